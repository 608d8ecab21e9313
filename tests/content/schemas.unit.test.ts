import { describe, expect, it } from 'vitest';
import { parseWithFriendlyErrors } from '../../src/content/parse-with-friendly-errors.ts';
import { communeSchema } from '../../src/schemas/commune.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { isoDate, text } from '../../src/schemas/text.ts';

const validGuide = {
  title: 'Đăng ký tạm trú',
  summary: 'Khai báo nơi ở tạm thời trên mạng.',
  lifeEvent: 'cu-tru',
  audience: 'Người đến ở nơi khác quá 30 ngày.',
  channel: 'ca-hai',
  onlineLevel: 'toan-trinh',
  before: ['Tài khoản VNeID mức 2'],
  steps: [{ title: 'Mở VNeID', detail: 'Chọn thủ tục hành chính.' }],
  fee: 'Theo quy định; xem trên Cổng.',
  processingTime: 'Tối đa 3 ngày làm việc.',
  result: 'Thông báo qua VNeID.',
  help: 'Công an xã.',
  slogan: 'Ở đâu cũng khai báo được',
  sources: [{ title: 'Cổng Dịch vụ công', url: 'https://dichvucong.gov.vn', date: '2026-11-01' }],
  reviewed: '2026-11-20',
};

describe('guide before items', () => {
  it('read a plain line and a { text, guide } item alike, as { text, guide? }', () => {
    const guide = guideSchema.parse({ ...validGuide, before: ['Ảnh chụp giấy tờ', { text: 'Tài khoản VNeID mức 2', guide: 'dang-ky-tai-khoan-vneid-muc-2' }] });
    expect(guide.before).toEqual([{ text: 'Ảnh chụp giấy tờ' }, { text: 'Tài khoản VNeID mức 2', guide: 'dang-ky-tai-khoan-vneid-muc-2' }]);
  });

  it('refuse a guide name that is not a file name', () => {
    const result = guideSchema.safeParse({ ...validGuide, before: [{ text: 'Tài khoản VNeID mức 2', guide: 'Đăng ký VNeID' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['before', 0, 'guide']);
  });

  it('leave the deadline out unless the guide has one', () => {
    expect(guideSchema.parse(validGuide).deadline).toBeUndefined();
    expect(guideSchema.parse({ ...validGuide, deadline: ' Trong 60 ngày kể từ ngày sinh ' }).deadline).toBe('Trong 60 ngày kể từ ngày sinh');
  });
});

describe('text()', () => {
  it('normalises decomposed Vietnamese to NFC and trims it', () => {
    const decomposed = ' Đa\u0306ng ky\u0301 ';
    expect(text().parse(decomposed)).toBe('Đăng ký');
    expect(text().parse(decomposed)).toBe('Đăng ký'.normalize('NFC'));
  });

  it('rejects text that is only spaces', () => {
    expect(text().safeParse('   ').success).toBe(false);
  });
});

describe('isoDate()', () => {
  it('accepts a YAML date object and a string alike', () => {
    expect(isoDate().parse(new Date('2026-11-20T00:00:00Z'))).toBe('2026-11-20');
    expect(isoDate().parse('2026-11-20')).toBe('2026-11-20');
  });

  it('rejects dates written the Vietnamese way, which are ambiguous to machines', () => {
    expect(isoDate().safeParse('20/11/2026').success).toBe(false);
  });
});

describe('guideSchema', () => {
  it('fills defaults so later code never handles undefined', () => {
    const guide = guideSchema.parse(validGuide);
    expect(guide.documents).toEqual([]);
    expect(guide.print).toEqual({});
    expect(guide.broadcast.pronunciations).toEqual([]);
  });

  it('names each bad field, what is wrong and how to fix it', () => {
    const { errors } = parseWithFriendlyErrors(guideSchema, { ...validGuide, onlineLevel: 'muc-do-4', slogan: undefined, steps: [{ title: ' ', detail: 'x' }] }, 'content/guides/tam-tru.mdx');
    expect(errors.map(({ file, field }) => `${file} → ${field}`)).toEqual([
      'content/guides/tam-tru.mdx → onlineLevel',
      'content/guides/tam-tru.mdx → steps.0.title',
      'content/guides/tam-tru.mdx → slogan',
    ]);
    const [level, title, slogan] = errors;
    expect(level?.problem).toContain('đang ghi "muc-do-4", giá trị này không dùng được');
    expect(level?.fix).toBe('ghi một trong các giá trị: "toan-trinh", "mot-phan".');
    expect(title?.problem).toContain('Trường `steps.0.title` đang trống');
    expect(slogan?.problem).toBe('Thiếu trường `slogan`.');
    expect(slogan?.fix).toContain('thêm dòng `slogan: …`');
    for (const error of errors) expect(error.message).toContain('\n  Cách sửa: ');
  });

  it('refuses unknown fields, so a typo is not silently dropped', () => {
    const { errors } = parseWithFriendlyErrors(guideSchema, { ...validGuide, sumary: 'x' }, 'g.mdx');
    expect(errors[0]?.message).toContain('Tệp có trường lạ: `sumary`.');
  });

  it('refuses a source that is not https', () => {
    const result = guideSchema.safeParse({ ...validGuide, sources: [{ title: 'x', url: 'http://dichvucong.gov.vn', date: '2026-01-01' }] });
    expect(result.success).toBe(false);
  });
});

describe('siteSchema and communeSchema', () => {
  it('defaults the reading rate to 180 syllables a minute and the portal to dichvucong.gov.vn', () => {
    const site = siteSchema.parse({
      title: 't', office: 'o', locality: { province: 'Thái Nguyên' }, url: 'https://a.gov.vn',
      support: { hotline: '1', address: 'a', hours: 'h' }, slogans: ['s'],
    });
    expect(site.readingRate).toBe(180);
    expect(site.portal.url).toBe('https://dichvucong.gov.vn');
    expect(site.sample).toBe(false);
  });

  it('requires 3 to 5 featured guides per commune', () => {
    const commune = {
      name: 'xã A', station: 'Đài', serviceCentre: { address: 'a', hours: 'h', phone: '1' },
      digitalTeam: { contact: 'c', phone: '2' }, featured: ['a', 'b'],
    };
    const { errors } = parseWithFriendlyErrors(communeSchema, commune, 'content/communes/a.yaml');
    expect(errors[0]?.message).toContain('featured: Trường `featured` phải có ít nhất 3 hướng dẫn.');
  });
});
