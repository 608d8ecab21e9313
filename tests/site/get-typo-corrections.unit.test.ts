import { describe, expect, it } from 'vitest';
import { getTypoCorrections } from '../../src/search/get-typo-corrections.ts';

const vocabulary = new Set(['thuong', 'tru', 'ket', 'hon', 'hen', 'thanh', 'toan', 'khai', 'sinh']);

describe('getTypoCorrections', () => {
  it('corrects two swapped letters, a missing letter, an extra letter and a wrong letter', () => {
    expect(getTypoCorrections('thuogn', vocabulary)).toEqual(['thuong']);
    expect(getTypoCorrections('thah', vocabulary)).toEqual(['thanh']);
    expect(getTypoCorrections('sinhh', vocabulary)).toEqual(['sinh']);
    expect(getTypoCorrections('toqn', vocabulary)).toEqual(['toan']);
  });

  it('lists every word one edit away', () => {
    expect(getTypoCorrections('hn', vocabulary)).toEqual(['hon', 'hen']);
  });

  it('leaves alone a word some Vietnamese syllable is spelt as, and a word of the table', () => {
    expect(getTypoCorrections('khia', vocabulary)).toEqual([]);
    expect(getTypoCorrections('thuong', vocabulary)).toEqual([]);
    expect(getTypoCorrections('que', vocabulary)).toEqual([]);
  });
});
