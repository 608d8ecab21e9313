import { describe, expect, it } from 'vitest';
import { expandQuery, MAX_VARIANTS } from '../../src/search/expand-query.ts';

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
