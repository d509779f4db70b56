import { describe, expect, it } from 'vitest';
import { envelopeCredential } from '@/lib/verify/find-token';
import { fileTooLarge, MAX_FILE_BYTES, splitPastedCodes } from './inputs';

/** Something shaped like one of the module's codes: a JWS header, a payload and an 86-character signature. */
function code(seed: string): string {
  const header = `eyJhbGciOiJFZERTQSIsImtpZCI6Ik${seed}In0`;
  const payload = `eyJuYW1lIjoiQW5hIiwic2NvcmUiOjEwMH0${seed}`;
  return `${header}.${payload}.${seed.repeat(86).slice(0, 86)}`;
}

const wrap = (text: string, width = 76) => text.replace(new RegExp(`(.{${width}})`, 'g'), '$1\n');

describe('splitPastedCodes', () => {
  it('reads one code per line, and several on a line', () => {
    const [a, b, c] = [code('a'), code('b'), code('c')];
    expect(splitPastedCodes(`${a}\n${b}\r\n\n${c}\n`)).toEqual([a, b, c]);
    expect(splitPastedCodes(`${a} ${b}\t${c}`)).toEqual([a, b, c]);
  });

  it('puts a code that was wrapped over several lines back together', () => {
    const [a, b] = [code('a'), code('b')];
    expect(splitPastedCodes(`${wrap(a)}\n${wrap(b, 40)}`)).toEqual([a, b]);
    // A wrap right after a dot, so that the next line starts like a new code.
    const [header, rest] = [a.slice(0, a.indexOf('.') + 1), a.slice(a.indexOf('.') + 1)];
    expect(splitPastedCodes(`${header}\n${rest}\n${b}`)).toEqual([a, b]);
  });

  it('reads verification links, wrapped or not', () => {
    const link = `https://module.example/verify#c=${code('a')}`;
    expect(splitPastedCodes(`${wrap(link, 60)}\n/verify#c=${code('b')}`)).toEqual([
      link,
      `/verify#c=${code('b')}`,
    ]);
  });

  it('reads a credential file’s JSON, over several lines, between codes', () => {
    const json = JSON.stringify(envelopeCredential(code('j')), null, 2);
    expect(splitPastedCodes(`${code('a')}\n${json}\n${code('b')}`)).toEqual([code('a'), json, code('b')]);
  });

  it('skips list markers, and keeps other text as entries of their own, one per line', () => {
    const [a, b] = [code('a'), code('b')];
    expect(splitPastedCodes(`1. ${a}\n2) ${b}\n- hello there\nsomething else`)).toEqual([
      a,
      b,
      'hello there',
      'something else',
    ]);
    expect(splitPastedCodes(`Ana's code: ${a}`)).toEqual(["Ana's code:", a]);
  });

  it('does not join a broken code to the next whole one', () => {
    const broken = code('a').slice(0, 60);
    expect(splitPastedCodes(`${broken}\n${code('b')}`)).toEqual([broken, code('b')]);
  });

  it('finds nothing in blank text', () => {
    expect(splitPastedCodes(' \n\t\r\n')).toEqual([]);
  });
});

describe('fileTooLarge', () => {
  it('says the size and that the file was not read', () => {
    expect(fileTooLarge(MAX_FILE_BYTES * 2)).toEqual({
      valid: false,
      reason: 'malformed',
      message:
        'This file is 10.0 MB, far larger than any certificate of this module (under 1 MB), so it was not read.',
    });
  });
});
