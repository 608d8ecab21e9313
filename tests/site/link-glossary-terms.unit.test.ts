import { describe, expect, it } from 'vitest';
import { createGlossaryLinker } from '../../src/format/link-glossary-terms.ts';

const entries = [
  { id: 'vneid', term: 'VNeID', aliases: [] },
  { id: 'muc-2', term: 'Định danh điện tử mức 2', aliases: ['VNeID mức 2'] },
  { id: 'the-can-cuoc', term: 'Thẻ căn cước, thẻ căn cước công dân', aliases: [] },
  { id: 'ma-ho-so', term: 'Mã hồ sơ', aliases: [] },
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
});
