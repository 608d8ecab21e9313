import { describe, expect, it } from 'vitest';
import { splitGluedWord } from '../../src/search/split-glued-word.ts';

const vocabulary = new Set(['khai', 'sinh', 'tra', 'cuu', 'ho', 'so', 'thuong', 'tru', 'online']);

describe('splitGluedWord', () => {
  it('splits two table words typed without the space', () => {
    expect(splitGluedWord('khaisinh', vocabulary)).toEqual(['khai', 'sinh']);
    expect(splitGluedWord('tracuu', vocabulary)).toEqual(['tra', 'cuu']);
    expect(splitGluedWord('thuongtru', vocabulary)).toEqual(['thuong', 'tru']);
  });

  it('leaves alone a syllable, a word of the table and a word that is no two table words', () => {
    expect(splitGluedWord('hoso', new Set(['hoso', ...vocabulary]))).toBeUndefined();
    expect(splitGluedWord('thuong', vocabulary)).toBeUndefined();
    expect(splitGluedWord('online', vocabulary)).toBeUndefined();
    expect(splitGluedWord('payment', vocabulary)).toBeUndefined();
  });
});
