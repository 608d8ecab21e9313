import { describe, expect, it } from 'vitest';
import { searchTermsSchema } from '../../src/schemas/search-terms.ts';
import { createTermMatcher, resolveQuery } from '../../src/search/resolve-query.ts';

const matcher = createTermMatcher(
  searchTermsSchema.parse({
    abbreviations: [
      { short: ['dk', 'đk'], full: 'đăng ký' },
      { short: 'mk', full: ['mức', 'mật khẩu'] },
      { short: ['k', 'ko'], full: 'không' },
      { short: 'ntn', full: 'như thế nào' },
      { short: 'tk', full: 'tài khoản' },
      { short: 'kt', full: ['khai tử', 'kiểm tra'] },
      { short: 'kh', full: 'kết hôn' },
    ],
    synonyms: [
      { typed: ['hộ khẩu'], alsoSearch: 'thường trú' },
      { typed: ['cháu', 'em bé'], alsoSearch: 'con' },
    ],
    alike: [['kí', 'ký']],
    phrases: ['kết quả'],
    filler: ['ở đâu', 'thế nào', 'như thế nào', 'xin', 'được không', 'không', 'em', 'cần', 'tại'],
  }),
);

const alternatives = (query: string) => resolveQuery(query, matcher).map((concept) => concept.alternatives);

describe('resolveQuery', () => {
  it('expands abbreviations typed with or without đ, as one concept per abbreviation', () => {
    expect(alternatives('dk tam tru')).toEqual([['đăng ký'], ['tam'], ['tru']]);
    expect(alternatives('ĐK tam tru')).toEqual([['đăng ký'], ['tam'], ['tru']]);
  });

  it('keeps every full form of an ambiguous abbreviation', () => {
    expect(alternatives('tai khoan mk 2')).toEqual([['tai khoan'], ['mức', 'mật khẩu'], ['2']]);
  });

  it('searches a synonym as typed and as the guides say it, matching it without tones', () => {
    expect(alternatives('nhap ho khau')).toEqual([['nhap'], ['ho khau', 'thường trú']]);
    expect(alternatives('khai sinh cho cháu')).toEqual([['khai'], ['sinh'], ['cho'], ['cháu', 'con']]);
  });

  it('treats alike spellings as one word', () => {
    expect(alternatives('dang ki')).toEqual([['dang'], ['ki', 'ký']]);
  });

  it('drops question words and filler, also when they come from an abbreviation ("ntn", "ko")', () => {
    expect(alternatives('xin giay ket hon o dau')).toEqual([['giay'], ['ket hon']]);
    expect(alternatives('lam the nao')).toEqual([['lam']]);
    expect(alternatives('dk tam tru ntn')).toEqual([['đăng ký'], ['tam'], ['tru']]);
    expect(alternatives('tam tru dc ko')).toEqual([['tam'], ['tru'], ['dc']]);
  });

  it('prefers the longer phrase: "em bé" is a child, "em" alone is filler', () => {
    expect(alternatives('em bé')).toEqual([['em bé', 'con']]);
    expect(alternatives('em hoi')).toEqual([['hoi']]);
  });

  it('reads a word typed with tones as typed: "căn" is not the filler "cần"', () => {
    expect(alternatives('căn cước')).toEqual([['căn'], ['cước']]);
    expect(alternatives('can cuoc')).toEqual([['cuoc']]);
  });

  it('keeps the words of a query made only of filler', () => {
    expect(alternatives('xin được không')).toEqual([['xin'], ['được'], ['không']]);
  });

  it('searches the syllables of a term the guides use together, typed without tones ("khai tu", not "tu" alone)', () => {
    expect(resolveQuery('khai tu cho bo', matcher)).toEqual([
      { typed: 'khai tu', alternatives: ['khai tu'], known: true },
      { typed: 'cho', alternatives: ['cho'], known: false },
      { typed: 'bo', alternatives: ['bo'], known: false },
    ]);
    expect(resolveQuery('xem ket qua', matcher)).toEqual([
      { typed: 'xem', alternatives: ['xem'], known: false },
      { typed: 'ket qua', alternatives: ['ket qua'], known: false },
    ]);
  });

  it('keeps every full form of an abbreviation, also when one is a term ("kt": khai tử or kiểm tra)', () => {
    expect(alternatives('kt cho bo')).toEqual([['khai tử', 'kiểm tra'], ['cho'], ['bo']]);
  });

  it('matches the words of an expanded abbreviation with their marks: "tài" of "tk" is not the filler "tại"', () => {
    expect(alternatives('tk dinh danh')).toEqual([['tài khoản'], ['dinh'], ['danh']]);
  });

  it('reads Telex typed with the Vietnamese keyboard off before matching the table', () => {
    expect(alternatives('ddawng kys keets hoon')).toEqual([['đăng ký'], ['kết hôn']]);
  });

  it('corrects a mistyped word to the table word that makes a term with its neighbour', () => {
    expect(alternatives('dang ky ket hn')).toEqual([['dang ky', 'đăng ký'], ['ket hon']]);
  });

  it('returns no concepts for an empty or punctuation-only query', () => {
    expect(resolveQuery('  ?! ', matcher)).toEqual([]);
  });
  it('marks the concept right after a verb of doing as what is asked, through filler, and no other', () => {
    const asked = (query: string) => resolveQuery(query, matcher).filter((concept) => concept.asked).map((concept) => concept.typed);
    // "xin" is filler and a verb: the next concept is asked; "dk" is a concept and a verb.
    expect(asked('xin ket hon o dau')).toEqual(['ket hon']);
    expect(asked('o ho khau thi dk kh duoc khong')).toEqual(['kết hôn']);
    expect(asked('ho khau o dau')).toEqual([]);
  });
});
