import { describe, expect, it } from 'vitest';
import { checkPlainText } from './plain-text';

const course = { what: 'The course', max: 10, empty: 'Name the course.' };

describe('checkPlainText', () => {
  it('gives back the text as it will print: NFC, trimmed, one space between words', () => {
    expect(checkPlainText('  Cardio\u0301   3 ', course)).toEqual({ ok: true, text: 'Cardió 3' });
  });

  it('names the field in its messages and uses the field’s own limit and empty message', () => {
    expect(checkPlainText(' ', course)).toEqual({ ok: false, message: 'Name the course.' });
    expect(checkPlainText('Block 12345', course)).toEqual({
      ok: false,
      message: 'The course is 11 characters long; it can be at most 10.',
    });
    expect(checkPlainText('Block\u202E3', course)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The course contains a control character/),
    });
  });
});
