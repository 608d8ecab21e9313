import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { searchTermsSchema } from '../../src/schemas/search-terms.ts';
import { createTermMatcher, resolveQuery } from '../../src/search/resolve-query.ts';
import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';

// The example office's term table (a copy of content/search-terms.yaml): the questions of
// tests/corpus/search-queries.yaml that missed until the table or the query handling changed.
const terms = searchTermsSchema.parse(parse(await readFile(path.join(EXAMPLE_CONTENT, 'search-terms.yaml'), 'utf8')));
const matcher = createTermMatcher(terms);
const alternatives = (query: string) => resolveQuery(query, matcher).map((concept) => concept.alternatives);

describe('the example term table', () => {
  it('reads "chuyen ho khau" as one thing, searched as thường trú too', () => {
    expect(alternatives('chuyen ho khau tu tinh khac ve')[0]).toEqual(['chuyen ho khau', 'thường trú']);
  });

  it('sends "giấy chứng tử" to khai tử', () => {
    expect(alternatives('lam giay chung tu cho ba ngoai')[0]).toEqual(['giay chung tu', 'khai tử']);
  });

  it('expands "qg" and "tk", and reads "dinh danh" as one term', () => {
    expect(alternatives('vao cong dvc qg bang tk dinh danh')).toEqual([
      ['vao', 'đăng nhập'],
      ['cong'],
      ['dịch vụ công'],
      ['quốc gia'],
      ['tài khoản'],
      ['dinh danh', 'định danh'],
    ]);
  });

  it('expands the short forms of whole procedures (đkkh, đkks) and of hộ khẩu (hk)', () => {
    expect(alternatives('đkkh')).toEqual([['đăng ký kết hôn', 'kết hôn']]);
    expect(alternatives('dkks cho be')).toEqual([['đăng ký khai sinh', 'khai sinh'], ['be', 'con']]);
    expect(alternatives('nhap hk')).toEqual([['nhap hộ khẩu', 'thường trú']]);
  });

  it('reads Telex, a swapped pair of letters and a word of several syllables typed without tones', () => {
    expect(alternatives('ddawng kys thuwowngf trus')).toEqual([['đăng ký'], ['thường trú']]);
    expect(alternatives('dang ky thuogn tru')).toEqual([['dang ky', 'đăng ký'], ['thuong tru']]);
    expect(alternatives('hs bao gio co ket qua')).toEqual([['hồ sơ'], ['ket qua']]);
  });

  it('splits two words typed without the space between them', () => {
    expect(alternatives('tracuu hoso')).toEqual([['tra cuu'], ['ho so']]);
  });

  it('no longer sends "quên mật khẩu" to đăng nhập alone: both the VNeID and the log-in guides say how to get it back', () => {
    expect(alternatives('quen mat khau vneid')).toEqual([['quen'], ['mat khau'], ['vneid']]);
  });
});
