import { describe, expect, it } from 'vitest';
import { expandQuery, MAX_VARIANTS, mergeByBestScore } from '../../src/search/expand-query.ts';

describe('expandQuery', () => {
  it('adds the đ variant of a word starting with d, keeping the typed query first', () => {
    expect(expandQuery('dang ky khai sinh')).toEqual(['dang ky khai sinh', 'đang ky khai sinh']);
  });

  it('keeps capitals: DANG becomes ĐANG', () => {
    expect(expandQuery('DANG KY')).toEqual(['DANG KY', 'ĐANG KY']);
  });

  it('expands every word starting with d', () => {
    expect(expandQuery('dich vu cong dang ky')).toEqual([
      'dich vu cong dang ky',
      'dich vu cong đang ky',
      'đich vu cong dang ky',
      'đich vu cong đang ky',
    ]);
  });

  it('leaves words that already start with đ or with other letters alone', () => {
    expect(expandQuery('đăng ký  ly lich tu phap')).toEqual(['đăng ký ly lich tu phap']);
  });

  it('caps the number of variants', () => {
    const variants = expandQuery('d1 d2 d3 d4 d5 d6 d7');
    expect(variants).toHaveLength(MAX_VARIANTS);
    expect(variants[0]).toBe('d1 d2 d3 d4 d5 d6 d7');
  });

  it('normalises decomposed input to NFC before expanding', () => {
    expect(expandQuery('da\u0306ng')).toEqual(['dăng', 'đăng']);
  });

  it('returns nothing for an empty query', () => {
    expect(expandQuery('   ')).toEqual([]);
  });
});

describe('mergeByBestScore', () => {
  it('keeps one hit per page with its best score, best first', () => {
    const merged = mergeByBestScore([
      [{ id: 'a', score: 2, item: 'a1' }, { id: 'b', score: 1, item: 'b1' }],
      [{ id: 'b', score: 4, item: 'b2' }, { id: 'a', score: 1, item: 'a2' }],
    ]);
    expect(merged.map((hit) => [hit.id, hit.score, hit.item])).toEqual([['a', 1, 'a1'], ['b', 1, 'b2']]);
  });

  it('ranks the reading that matches most pages above a rare word that scores high alone', () => {
    // "dang ky": "dạng" matches one glossary page with a high score; "đăng ký" matches many guides.
    const merged = mergeByBestScore([
      [{ id: 'glossary', score: 2.5, item: 'dạng' }],
      [1.25, 1.23, 1.22, 1.2].map((score, i) => ({ id: `guide-${i}`, score, item: 'đăng ký' })),
    ]);
    expect(merged.map((hit) => hit.id)).toEqual(['guide-0', 'guide-1', 'guide-2', 'guide-3', 'glossary']);
  });

  it('returns nothing when no variant found anything', () => {
    expect(mergeByBestScore([[], []])).toEqual([]);
  });
});
