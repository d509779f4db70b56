import { describe, expect, it } from 'vitest';
import { nonLatinScripts, unprintableCharacters } from './scripts';

describe('scripts', () => {
  it('finds each character no font prints, once, in order', () => {
    expect(unprintableCharacters('Ana ᎠᏂ 𓀀 Ꭰ')).toEqual(['Ꭰ', 'Ꮒ', '𓀀']);
    expect(unprintableCharacters('José Ñúñez 王小明 محمد דוד प्रिया Ολυμπία Дмитрий かな')).toEqual([]);
  });

  it('lists the scripts besides Latin a text needs, and none for punctuation and digits', () => {
    expect(nonLatinScripts('Dr. Amira حداد-Smith, 王 3')).toEqual(['arabic', 'cjk']);
    expect(nonLatinScripts('Ana-María (3), Ολυμπία, Дмитрий')).toEqual([]);
  });
});
