import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/glossary/create-term-matcher.ts';

const glossary = [
  { id: 'ho-so', term: 'Hồ sơ', aliases: [] },
  { id: 'ho-so-dien-tu', term: 'Hồ sơ điện tử', aliases: [] },
  { id: 'ma-ho-so', term: 'Mã hồ sơ', aliases: ['mã số hồ sơ'] },
  { id: 'muc-2', term: 'Định danh điện tử mức 2', aliases: ['tài khoản mức 2', 'VNeID mức 2'] },
  { id: 'vneid', term: 'VNeID', aliases: [] },
  { id: 'the-can-cuoc', term: 'Thẻ căn cước, thẻ căn cước công dân', aliases: [] },
  { id: 'ho-khau', term: 'Hộ khẩu', aliases: [] },
];
const match = createTermMatcher(glossary);
const found = (text: string) => match(text).map(({ id, text: words }) => [id, words]);

describe('the glossary term matcher', () => {
  it('takes the longest term where several start at the same word: "hồ sơ điện tử", not "hồ sơ"', () => {
    expect(found('Bà con nộp hồ sơ điện tử trên Cổng Dịch vụ công.')).toEqual([['ho-so-dien-tu', 'hồ sơ điện tử']]);
    expect(found('Chép mã hồ sơ vào sổ, rồi tra hồ sơ trên điện thoại.')).toEqual([['ma-ho-so', 'mã hồ sơ'], ['ho-so', 'hồ sơ']]);
  });

  it('takes the alias "VNeID mức 2" over the shorter term "VNeID" inside it', () => {
    expect(found('Cần có VNeID mức 2 mới nộp được, VNeID mức 1 thì chưa.')).toEqual([['muc-2', 'VNeID mức 2'], ['vneid', 'VNeID']]);
  });

  it('matches whole syllables only: "hồ sơ" is not inside "hồ sơn", "VNeID" not inside "VNeIDs"', () => {
    expect(found('Nhà ở hồ sơn, gần chợ.')).toEqual([]);
    expect(found('Các tài khoản VNeIDs')).toEqual([]);
    expect(found('Thẻ căn cước công dân cũ vẫn dùng được.')).toEqual([['the-can-cuoc', 'Thẻ căn cước công dân']]);
  });

  it('keeps tone marks: "ho so" typed without them is not "hồ sơ", and "hộ khẩu" is not "hồ khẩu"', () => {
    expect(found('Gui ho so qua mang.')).toEqual([]);
    expect(found('Không còn hồ khẩu giấy.')).toEqual([]);
    expect(found('Không còn sổ hộ khẩu giấy.')).toEqual([['ho-khau', 'hộ khẩu']]);
  });

  it('ignores case, Vietnamese capitals included ("ĐỊNH DANH ĐIỆN TỬ MỨC 2")', () => {
    expect(found('ĐĂNG KÝ ĐỊNH DANH ĐIỆN TỬ MỨC 2 TẠI CÔNG AN XÃ')).toEqual([['muc-2', 'ĐỊNH DANH ĐIỆN TỬ MỨC 2']]);
  });

  it('finds a term broken over two lines of a paragraph, and one typed with combining marks once the text is NFC', () => {
    expect(found('Đăng ký tài khoản\nmức 2 tại xã.')).toEqual([['muc-2', 'tài khoản\nmức 2']]);
    expect(found('Tra ho\u0302\u0300 so\u031b'.normalize('NFC'))).toEqual([['ho-so', 'hồ sơ']]);
  });

  it('finds every use in a text, in order, without overlaps', () => {
    expect(match('Hồ sơ và hồ sơ điện tử.').map((m) => [m.index, m.id])).toEqual([[0, 'ho-so'], ['Hồ sơ và '.length, 'ho-so-dien-tu']]);
  });

  it('gives the first entry a variant two entries share, and nothing for an empty glossary', () => {
    const shared = createTermMatcher([{ id: 'a', term: 'Chủ hộ', aliases: [] }, { id: 'b', term: 'Người đứng tên', aliases: ['chủ hộ'] }]);
    expect(shared('Chủ hộ đồng ý.').map((m) => m.id)).toEqual(['a']);
    expect(createTermMatcher([])('Chủ hộ')).toEqual([]);
  });
});
