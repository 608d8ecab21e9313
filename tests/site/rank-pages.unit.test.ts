import { describe, expect, it } from 'vitest';
import { rankPages, type ConceptHits, type PageInfo } from '../../src/search/rank-pages.ts';

const pages: Record<string, PageInfo> = {
  tamTru: { kind: 'guide', title: 'Đăng ký tạm trú trên mạng' },
  thuongTru: { kind: 'guide', title: 'Đăng ký thường trú trên mạng' },
  glossary: { kind: 'other', title: 'Thuật ngữ' },
  help: { kind: 'other', title: 'Hỗ trợ' },
};
const infoOf = (id: string) => pages[id];

/** A concept found as whole words on `exact`, with equal plain scores there. */
const concept = (text: string, exact: string[], known = false): ConceptHits => ({
  known,
  variants: [{ text, exact, scored: exact.map((id) => ({ id, score: 1 })) }],
});

describe('rankPages', () => {
  it('ranks by how many concepts a page contains when not every page has them all', () => {
    const ranked = rankPages([concept('mã', ['help', 'glossary']), concept('số', ['help', 'glossary']), concept('otp', ['help']), concept('xyzzy', [])], 4, infoOf);
    expect(ranked.map((page) => [page.id, page.concepts])).toEqual([['help', 3], ['glossary', 2]]);
  });

  it('leaves out pages far behind the best one', () => {
    const ranked = rankPages([concept('tạm', ['tamTru', 'glossary']), concept('trú', ['tamTru', 'thuongTru', 'glossary'])], 4, infoOf);
    expect(ranked.map((page) => page.id)).toEqual(['tamTru']);
  });

  it('puts a guide above the glossary for the same words', () => {
    const ranked = rankPages([concept('hồ sơ', ['glossary', 'thuongTru'], true), concept('công an', ['glossary', 'thuongTru'])], 4, infoOf);
    expect(ranked.map((page) => page.id)).toEqual(['thuongTru', 'glossary']);
  });

  it('weighs a rare concept above one found on every page', () => {
    const ranked = rankPages([concept('trên mạng', ['tamTru', 'thuongTru', 'glossary', 'help']), concept('hỗ trợ', ['help'])], 4, infoOf);
    expect(ranked[0]!.id).toBe('help');
  });

  it('counts a concept in the title more than one in the text', () => {
    const ranked = rankPages([concept('tạm trú', ['thuongTru', 'tamTru'])], 4, infoOf);
    expect(ranked[0]!.id).toBe('tamTru');
  });

  it('falls back to word beginnings, at half weight and without highlights, when a concept is nowhere as a whole word', () => {
    const typo: ConceptHits = { known: false, variants: [{ text: 'thuon', exact: [], scored: [{ id: 'thuongTru', score: 2 }] }] };
    const [page] = rankPages([typo], 4, infoOf);
    expect(page!.id).toBe('thuongTru');
    expect(page!.words).toEqual([]);
  });

  it('lists for highlighting only the spellings found on that page as whole words', () => {
    const hits: ConceptHits = { known: false, variants: [
      { text: 'dang', exact: ['help'], scored: [{ id: 'help', score: 1 }] },
      { text: 'đang', exact: ['tamTru'], scored: [{ id: 'tamTru', score: 1 }] },
    ] };
    const ranked = rankPages([hits], 4, infoOf);
    expect(ranked.find((page) => page.id === 'tamTru')!.words).toEqual(['đang']);
  });

  it('puts first, in a near tie, the guide whose title the query names: "vao cong dvc qg bang tk dinh danh" is the log-in guide', () => {
    const titles: Record<string, PageInfo> = {
      dangNhap: { kind: 'guide', title: 'Đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID' },
      vneid: { kind: 'guide', title: 'Đăng ký tài khoản định danh điện tử VNeID mức 2' },
      thuongTru: { kind: 'guide', title: 'Đăng ký thường trú trên mạng' },
    };
    // 14 pages, as in the example content; concepts on half of them or more get no plain search, hence no scores.
    const everyPage = ['dangNhap', 'vneid', 'thuongTru', ...'abcdefghijk'].map((id) => ({ id, score: 0 }));
    const hits = (text: string, found: { id: string; score: number }[], known = true): ConceptHits => ({
      known,
      variants: [{ text, exact: found.map((hit) => hit.id), scored: found.filter((hit) => hit.score > 0) }],
    });
    const ranked = rankPages(
      [
        hits('đăng nhập', everyPage),
        hits('cong', everyPage, false),
        hits('dịch vụ công', everyPage),
        hits('quốc gia', everyPage),
        hits('tài khoản', everyPage),
        hits('định danh', [{ id: 'vneid', score: 1 }, { id: 'dangNhap', score: 0.2 }, { id: 'thuongTru', score: 0.2 }, { id: 'a', score: 0.3 }, { id: 'b', score: 0.1 }, { id: 'c', score: 0.1 }]),
      ],
      14,
      (id) => titles[id] ?? { kind: 'other', title: 'Thuật ngữ' },
    );
    expect(ranked.map((page) => page.id).slice(0, 2)).toEqual(['dangNhap', 'vneid']);
  });

  it('puts first the guide whose title has two of the query’s concepts in the query’s order: "chi co tam tru thi dk ket hon" asks about marriage', () => {
    const titled = { ...pages, ketHon: { kind: 'guide' as const, title: 'Đăng ký kết hôn, nộp hồ sơ trên mạng' } };
    const both = ['tamTru', 'ketHon'];
    const rank = (...order: ConceptHits[]) => rankPages(order, 4, (id) => titled[id as keyof typeof titled]).map((page) => page.id);
    const tamTru = concept('tạm trú', both, true);
    const dangKy = concept('đăng ký', both, true);
    const ketHon = concept('kết hôn', both, true);
    expect(rank(tamTru, dangKy, ketHon)[0]).toBe('ketHon');
    // "ket hon roi thi dk tam tru o dau": the same words, the other procedure.
    expect(rank(ketHon, dangKy, tamTru)[0]).toBe('tamTru');
  });

  it('does not let a stray word on one page outweigh the procedure the term table recognised: "ko khai tu cho ong noi"', () => {
    const titled: Record<string, PageInfo> = { khaiTu: { kind: 'guide', title: 'Khai tử cho người thân' }, khaiSinh: { kind: 'guide', title: 'Khai sinh cho con' } };
    const ranked = rankPages([concept('khai tử', ['khaiTu', 'khaiSinh', 'a', 'b'], true), concept('ông', ['khaiSinh'])], 14, (id) => titled[id]);
    expect(ranked[0]!.id).toBe('khaiTu');
  });

  it('counts a concept in the first part of a title more than one after its comma: "nhap ho khau cho ong ba" is the residence guide', () => {
    const titled: Record<string, PageInfo> = {
      // The residence guide's title is the longer: the share of it the query covers is smaller.
      thuongTru: { kind: 'guide', title: 'Đăng ký thường trú cho người ở nhà thuê, nhà mượn' },
      khaiSinh: { kind: 'guide', title: 'Khai sinh, thường trú cho con' },
    };
    const ranked = rankPages([concept('thường trú', ['thuongTru', 'khaiSinh'], true), concept('ông bà', ['khaiSinh', 'thuongTru'])], 14, (id) => titled[id]);
    expect(ranked.map((page) => page.id)).toEqual(['thuongTru', 'khaiSinh']);
  });

  it('counts more the concept the question asks to do than where or for whom: "lam ks cho con o noi tam tru"', () => {
    const titled: Record<string, PageInfo> = { khaiSinh: { kind: 'guide', title: 'Khai sinh cho con' }, tamTru: { kind: 'guide', title: 'Đăng ký tạm trú' } };
    // Both pages have both words; "tạm trú" is the rarer on the site.
    const rank = (khaiSinhAsked: boolean) =>
      rankPages([{ ...concept('khai sinh', ['khaiSinh', 'tamTru', 'other'], true), asked: khaiSinhAsked }, concept('tạm trú', ['khaiSinh', 'tamTru'], true)], 14, (id) => titled[id])[0]!.id;
    expect(rank(true)).toBe('khaiSinh');
    expect(rank(false)).toBe('tamTru');
  });

  it('finds nothing when no concept is anywhere', () => {
    expect(rankPages([concept('xyzzy', [])], 4, infoOf)).toEqual([]);
  });
});
