import { describe, expect, it } from 'vitest';
import { normaliseForReading } from '../../src/broadcast/read-aloud/normalise.ts';

// One case per class of issue 9's list, written from the issue's own examples, with only the
// built-in administrative lexicon (no office read-aloud.yaml).
const north = (text: string) => normaliseForReading(text);
const south = (text: string) => normaliseForReading(text, { dialect: 'south' });

describe('the classes of issue 9, read with no warning', () => {
  it.each([
    ['per after money and units', '30.000 đồng/hộ/tháng, 63,6 tạ/ha, 50 km/h', 'ba mươi nghìn đồng một hộ một tháng, sáu mươi ba phẩy sáu tạ một héc ta, năm mươi ki lô mét một giờ'],
    ['comrade', 'Đ/c Nguyễn Văn A', 'đồng chí Nguyễn Văn A'],
    ['leading zeros', '07 giờ 30 phút ngày 01 tháng 11, 03 ngày làm việc, 01 bản chính; 02 bản sao, 9 giờ 05', 'bảy giờ ba mươi phút ngày mồng một tháng mười một, ba ngày làm việc, một bản chính; hai bản sao, chín giờ năm phút'],
    ['emergency numbers', 'gọi 113 hoặc 115', 'gọi một một ba hoặc một một năm'],
    ['international numbers', 'gọi (+84) 912 345 678', 'gọi cộng tám bốn, chín một hai, ba bốn năm, sáu bảy tám'],
    ['1900 numbers', 'gọi 1900 1234', 'gọi một chín không không, một hai ba bốn'],
    ['a range of days', '(19 - 23/01/2026)', '(ngày mười chín đến ngày hai mươi ba tháng một năm hai nghìn không trăm hai mươi sáu)'],
    ['a range of money', 'hỗ trợ 4-6 triệu đồng', 'hỗ trợ bốn đến sáu triệu đồng'],
    ['ranges of hours', '(11-14h và 18-23h)', '(mười một đến mười bốn giờ và mười tám đến hai mươi ba giờ)'],
    ['a dash date', 'hạn chót ngày 31-10', 'hạn chót ngày ba mươi mốt tháng mười'],
    ['a date after a time of day', '10h sáng 10/10', 'mười giờ sáng ngày mồng mười tháng mười'],
    ['units that look like syllables', 'diện tích 2 ha, rộng 6 m', 'diện tích hai héc ta, rộng sáu mét'],
    ['areas', '120 m2 và 80 m²', 'một trăm hai mươi mét vuông và tám mươi mét vuông'],
    ['temperatures', '20 °C, 25 oC, 30 độ C', 'hai mươi độ xê, hai mươi lăm độ xê, ba mươi độ xê'],
    ['rainfall', 'lượng mưa 100-200 mm', 'lượng mưa một trăm đến hai trăm mi li mét'],
    ['roads and milestones', 'QL3, ĐT 254, Km 15', 'quốc lộ ba, đường tỉnh hai trăm năm mươi tư, ki lô mét mười lăm'],
    ['a list, not a decimal', 'tiêm mũi 1,2', 'tiêm mũi một, hai'],
    ['joined bodies', 'HĐND&UBND xã, NN&PTNT, KT-XH', 'Hội đồng nhân dân và Ủy ban nhân dân xã, nông nghiệp và phát triển nông thôn, kinh tế, xã hội'],
    ['CA by context', 'CA xã Phú Đình', 'Công an xã Phú Đình'],
    ['HA by context', 'đo HA định kỳ', 'đo huyết áp định kỳ'],
    ['BCH by context', 'BCH PCTT&TKCN xã; BCH Đoàn xã', 'Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn xã; Ban Chấp hành Đoàn xã'],
    ['the end mark and bullets', '• Mang theo CCCD./.', 'Mang theo căn cước công dân.'],
    ['a stray apostrophe after a time', 'từ 7h30’', 'từ bảy giờ ba mươi phút'],
    ['the issuer said once', 'Nghị định 69/2024/NĐ-CP ngày 25/6/2024 của Chính phủ', 'Nghị định số sáu mươi chín năm hai nghìn không trăm hai mươi tư ngày hai mươi lăm tháng sáu năm hai nghìn không trăm hai mươi tư của Chính phủ'],
    ['"ngày" not doubled', 'ngày ngày 5/6', 'ngày mồng năm tháng sáu'],
    ['"phút" the same for 7h30 and 7 giờ 30', '7h30 và 7 giờ 30', 'bảy giờ ba mươi phút và bảy giờ ba mươi phút'],
  ])('%s: "%s"', (_class, written, spoken) => {
    const result = north(written);
    expect(result.warnings.map((warning) => warning.text)).toEqual([]);
    expect(result.spoken).toBe(spoken);
  });

  it('reads them the Southern way with --south', () => {
    expect(south('07 giờ 30 ngày 01 tháng 11, 24 hộ, 105.000 đồng/hộ').spoken).toBe('bảy giờ ba mươi phút ngày một tháng mười một, hai mươi bốn hộ, một trăm lẻ năm ngàn đồng một hộ');
  });
});

describe('the classes of issue 9 that are flagged, never guessed', () => {
  it.each([
    ['a dossier code', 'mã hồ sơ 000.00.20.H56-250101-0001', '000.00.20.H56-250101-0001'],
    ['a licence plate', 'xe biển số 29A-123.45', '29A-123.45'],
    ['CA with nothing to settle it', 'liên hệ CA để được hướng dẫn', 'CA'],
    ['BCH with nothing to settle it', 'họp BCH mở rộng', 'BCH'],
    ['a slash after money we cannot read', '50.000 đồng/bình', '/'],
    ['shares that look like dates', 'thả bèo từ 1/3-2/3 mặt ao', '1/3-2/3'],
  ])('%s: "%s"', (_class, written, flagged) => {
    const result = north(written);
    expect(result.warnings.map((warning) => warning.text)).toContain(flagged);
    expect(result.spoken).toContain(flagged);
  });
});
