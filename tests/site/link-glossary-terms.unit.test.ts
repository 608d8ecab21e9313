import { describe, expect, it } from 'vitest';
import { createGlossaryLinker, MAX_GLOSSARY_LINKS } from '../../src/format/link-glossary-terms.ts';

const entries = [
  { id: 'vneid', term: 'VNeID', aliases: [] },
  { id: 'muc-2', term: 'Định danh điện tử mức 2', aliases: ['VNeID mức 2'] },
  { id: 'the-can-cuoc', term: 'Thẻ căn cước, thẻ căn cước công dân', aliases: [] },
  { id: 'ma-ho-so', term: 'Mã hồ sơ', aliases: [] },
  { id: 'ho-so', term: 'Hồ sơ', aliases: [] },
  { id: 'ho-so-dien-tu', term: 'Hồ sơ điện tử', aliases: [] },
];

describe('glossary links in guide text', () => {
  it('links a term where the page first uses it, and not again', () => {
    const link = createGlossaryLinker(entries);
    expect(link('Mở ứng dụng VNeID.')).toEqual(['Mở ứng dụng ', { text: 'VNeID', id: 'vneid' }, '.']);
    expect(link('Đăng nhập VNeID lần nữa.')).toEqual(['Đăng nhập VNeID lần nữa.']);
  });

  it('prefers the longest variant at the same place, so "VNeID mức 2" links to level 2, not to VNeID', () => {
    const link = createGlossaryLinker(entries);
    expect(link('Cần VNeID mức 2 rồi mới dùng VNeID.')).toEqual(['Cần ', { text: 'VNeID mức 2', id: 'muc-2' }, ' rồi mới dùng ', { text: 'VNeID', id: 'vneid' }, '.']);
  });

  it('never links the shorter term inside a longer one the page already linked: "hồ sơ" stays plain in "hồ sơ điện tử"', () => {
    const link = createGlossaryLinker(entries);
    expect(link('Nộp hồ sơ điện tử.')).toEqual(['Nộp ', { text: 'hồ sơ điện tử', id: 'ho-so-dien-tu' }, '.']);
    expect(link('Lần sau nộp hồ sơ điện tử nhanh hơn.')).toEqual(['Lần sau nộp hồ sơ điện tử nhanh hơn.']);
    expect(link('Hồ sơ giấy thì mang đến xã.')).toEqual([{ text: 'Hồ sơ', id: 'ho-so' }, ' giấy thì mang đến xã.']);
  });

  it('treats each comma-separated part of a term as a variant, ignoring case', () => {
    const link = createGlossaryLinker(entries);
    expect(link('Mang theo thẻ căn cước công dân.')).toEqual(['Mang theo ', { text: 'thẻ căn cước công dân', id: 'the-can-cuoc' }, '.']);
    expect(createGlossaryLinker(entries)('Nhập MÃ HỒ SƠ')).toEqual(['Nhập ', { text: 'MÃ HỒ SƠ', id: 'ma-ho-so' }]);
  });

  it('matches whole words only: "mã hồ sơ" is not inside "mã hồ sơn"', () => {
    expect(createGlossaryLinker(entries)('Gõ mã hồ sơn')).toEqual(['Gõ mã hồ sơn']);
  });

  it('matches text typed with combining marks like the precomposed term', () => {
    expect(createGlossaryLinker(entries)('Ma\u0303 ho\u0302\u0300 so\u031b')).toEqual([{ text: 'Mã hồ sơ', id: 'ma-ho-so' }]);
  });

  it(`links at most ${MAX_GLOSSARY_LINKS} terms a page, the first ones in reading order`, () => {
    const many = Array.from({ length: MAX_GLOSSARY_LINKS + 2 }, (_, i) => ({ id: `tu-${i}`, term: `từ${i}`, aliases: [] }));
    const link = createGlossaryLinker(many);
    const parts = many.flatMap((entry) => link(`Đọc ${entry.term}.`));
    expect(parts.filter((part) => typeof part !== 'string').map((part) => (part as { id: string }).id)).toEqual(many.slice(0, MAX_GLOSSARY_LINKS).map((entry) => entry.id));
  });

  it('gives each planned text its planned links, whatever order the page asks in', () => {
    const link = createGlossaryLinker(entries, { plan: ['Mở VNeID.', 'Cài VNeID và tra mã hồ sơ.'] });
    expect(link('Cài VNeID và tra mã hồ sơ.')).toEqual(['Cài VNeID và tra ', { text: 'mã hồ sơ', id: 'ma-ho-so' }, '.']);
    expect(link('Mở VNeID.')).toEqual(['Mở ', { text: 'VNeID', id: 'vneid' }, '.']);
    expect([...link.linked]).toEqual(['vneid', 'ma-ho-so']);
  });

  it('lets an author\'s own link be the first: a reserved term stays plain until its link claims it, and a second link is refused', () => {
    const link = createGlossaryLinker(entries);
    link.reserve('vneid');
    expect(link('Tải VNeID.')).toEqual(['Tải VNeID.']);
    expect(link.claim('vneid')).toBe(true);
    expect(link.claim('vneid')).toBe(false);
  });

  it(`refuses an author's link past the page's ${MAX_GLOSSARY_LINKS} links too`, () => {
    const link = createGlossaryLinker(entries, { maxLinks: 1 });
    link('Mở VNeID.');
    expect(link.claim('ma-ho-so')).toBe(false);
  });
});
