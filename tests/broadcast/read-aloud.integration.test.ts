import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { describe, expect, it } from 'vitest';
import { loadReadAloudLexicon } from '../../src/broadcast/load-lexicon.ts';
import { normaliseForReading } from '../../src/broadcast/read-aloud/normalise.ts';
import { createLexicon } from '../../src/broadcast/read-aloud/lexicon.ts';

// The office's real lexicon (content/read-aloud.yaml), loaded through the schema, as the build does.
const lexicon = await loadReadAloudLexicon(EXAMPLE_CONTENT);
const north = (text: string) => normaliseForReading(text, { lexicon });
const south = (text: string) => normaliseForReading(text, { lexicon, dialect: 'south' });

// [category, written, Northern reading]: lines from commune bulletins, guides and FACTS.md.
const NORTH: [string, string, string][] = [
  ['cardinal', '0', 'không'],
  ['cardinal', '10', 'mười'],
  ['cardinal', '11', 'mười một'],
  ['cardinal', '14', 'mười bốn'],
  ['cardinal', '15', 'mười lăm'],
  ['cardinal', '21', 'hai mươi mốt'],
  ['cardinal', '24', 'hai mươi tư'],
  ['cardinal', '25', 'hai mươi lăm'],
  ['cardinal', '101', 'một trăm linh một'],
  ['cardinal', '105', 'một trăm linh năm'],
  ['cardinal', '110', 'một trăm mười'],
  ['cardinal', '1.000', 'một nghìn'],
  ['cardinal', '1.004', 'một nghìn không trăm linh bốn'],
  ['cardinal', '1.000.005', 'một triệu không trăm linh năm'],
  ['cardinal', '2.000.000.000', 'hai tỷ'],
  ['cardinal', '1.500.000.000.000', 'một nghìn năm trăm tỷ'],
  ['cardinal', 'Có 92 xã, phường', 'Có chín mươi hai xã, phường'],
  ['cardinal', 'Có 34 tỉnh, thành phố', 'Có ba mươi tư tỉnh, thành phố'],
  ['cardinal', 'Luật Hộ tịch 2014', 'Luật Hộ tịch hai nghìn không trăm mười bốn'],
  ['cardinal', 'nhập 12 số trên thẻ', 'nhập mười hai số trên thẻ'],
  ['cardinal', 'mã số 05', 'mã số không năm'],
  ['decimal', '0,5', 'không phẩy năm'],
  ['decimal', '2,75 ha', 'hai phẩy bảy mươi lăm héc ta'],
  ['decimal', '0,05', 'không phẩy không năm'],
  ['decimal', '1.234,5', 'một nghìn hai trăm ba mươi tư phẩy năm'],
  ['ordinal', 'thứ 2', 'thứ hai'],
  ['ordinal', 'Thứ 7', 'Thứ bảy'],
  ['ordinal', 'lần thứ 4', 'lần thứ tư'],
  ['ordinal', 'người thứ 1', 'người thứ nhất'],
  ['ordinal', 'lần thứ 14', 'lần thứ mười bốn'],
  ['ordinal', 'từ thứ 2 đến thứ 6', 'từ thứ hai đến thứ sáu'],
  ['range', '3-5 ngày', 'ba đến năm ngày'],
  ['range', 'từ 10 – 15 ngày làm việc', 'từ mười đến mười lăm ngày làm việc'],
  ['range', '1,5-2 giờ', 'một phẩy năm đến hai giờ'],
  ['percent', '80%', 'tám mươi phần trăm'],
  ['percent', '0,5%', 'không phẩy năm phần trăm'],
  ['percent', 'giảm 50 % lệ phí', 'giảm năm mươi phần trăm lệ phí'],
  ['percent', '30-50%', 'ba mươi đến năm mươi phần trăm'],
  ['percent', '100%', 'một trăm phần trăm'],
  ['date', '1/7/2025', 'ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm'],
  ['date', 'từ ngày 1/7/2024', 'từ ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi tư'],
  ['date', '31/12/2025', 'ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi lăm'],
  ['date', '1/1/2026', 'ngày mồng một tháng một năm hai nghìn không trăm hai mươi sáu'],
  ['date', '10/4/2026', 'ngày mồng mười tháng tư năm hai nghìn không trăm hai mươi sáu'],
  ['date', '11/11/2026', 'ngày mười một tháng mười một năm hai nghìn không trăm hai mươi sáu'],
  ['date', '24-06-2024', 'ngày hai mươi tư tháng sáu năm hai nghìn không trăm hai mươi tư'],
  ['date', '29/2/2024', 'ngày hai mươi chín tháng hai năm hai nghìn không trăm hai mươi tư'],
  ['date', 'Ngày 15/8 khai giảng', 'Ngày mười lăm tháng tám khai giảng'],
  ['date', 'tháng 7/2025', 'tháng bảy năm hai nghìn không trăm hai mươi lăm'],
  ['date', 'nộp trước 12/2025', 'nộp trước tháng mười hai năm hai nghìn không trăm hai mươi lăm'],
  ['date', '1/2026', 'tháng một năm hai nghìn không trăm hai mươi sáu'],
  ['date', 'Kế hoạch quý 4/2025', 'Kế hoạch quý bốn năm hai nghìn không trăm hai mươi lăm'],
  ['date', 'Quý 1/2026', 'Quý một năm hai nghìn không trăm hai mươi sáu'],
  ['date', 'áp dụng từ 1/7', 'áp dụng từ ngày mồng một tháng bảy'],
  ['date', 'Từ 1/7 đến 30/6', 'Từ ngày mồng một tháng bảy đến ngày ba mươi tháng sáu'],
  ['date', 'nộp trước 15/8', 'nộp trước ngày mười lăm tháng tám'],
  ['date', 'hạn chót 30/6', 'hạn chót ngày ba mươi tháng sáu'],
  ['date', 'đến hết 31/12', 'đến hết ngày ba mươi mốt tháng mười hai'],
  ['date', 'tới 10/10', 'tới ngày mồng mười tháng mười'],
  ['date', 'sau 2/9', 'sau ngày mồng hai tháng chín'],
  ['date', 'vào 20/11', 'vào ngày hai mươi tháng mười một'],
  ['date', 'vào 1/4', 'vào ngày mồng một tháng tư'],
  ['date', 'Hạn 5/1', 'Hạn ngày mồng năm tháng một'],
  ['date', 'trước ngày 30/6', 'trước ngày ba mươi tháng sáu'],
  ['date', 'từ ngày 1/7 đến ngày 15/7', 'từ ngày mồng một tháng bảy đến ngày mười lăm tháng bảy'],
  ['negative', '-5 độ', 'âm năm độ'],
  ['negative', 'nhiệt độ -3', 'nhiệt độ âm ba'],
  ['negative', 'nhiệt độ −3 độ', 'nhiệt độ âm ba độ'],
  ['negative', 'xuống -0,5 độ', 'xuống âm không phẩy năm độ'],
  ['negative', 'tăng trưởng -2%', 'tăng trưởng âm hai phần trăm'],
  ['negative', 'từ -5 đến 3 độ', 'từ âm năm đến ba độ'],
  ['negative', '(-3)', '(âm ba)'],
  ['range', '3 -5 ngày', 'ba đến năm ngày'],
  ['range', 'kéo dài 2–3 ngày', 'kéo dài hai đến ba ngày'],
  ['time', '7h30', 'bảy giờ ba mươi phút'],
  ['time', 'lúc 7h', 'lúc bảy giờ'],
  ['time', '17:05', 'mười bảy giờ năm phút'],
  ['time', 'Sáng 7h30-11h30', 'Sáng bảy giờ ba mươi phút đến mười một giờ ba mươi phút'],
  ['time', '13h30 – 17h', 'mười ba giờ ba mươi phút đến mười bảy giờ'],
  ['time', '0h00', 'không giờ'],
  ['money', '50.000đ', 'năm mươi nghìn đồng'],
  ['money', '2.500.000đ', 'hai triệu năm trăm nghìn đồng'],
  ['money', '50.000 đồng', 'năm mươi nghìn đồng'],
  ['money', '1.200.000 VNĐ', 'một triệu hai trăm nghìn đồng'],
  ['money', '15000 VND', 'mười lăm nghìn đồng'],
  ['money', '1,5 triệu đồng', 'một phẩy năm triệu đồng'],
  ['money', '0đ', 'không đồng'],
  ['phone', '0208 3855 123', 'không hai không tám, ba tám năm năm, một hai ba'],
  ['phone', '0912 345 001', 'không chín một hai, ba bốn năm, không không một'],
  ['phone', '0912345001', 'không chín một hai, ba bốn năm, không không một'],
  ['phone', '0912.345.001', 'không chín một hai, ba bốn năm, không không một'],
  ['phone', '+84 912 345 001', 'cộng tám bốn, chín một hai, ba bốn năm, không không một'],
  ['phone', '1800 1096', 'một tám không không, một không chín sáu'],
  ['phone', 'gọi 1900 1234 miễn phí', 'gọi một chín không không, một hai ba bốn miễn phí'],
  ['phone', '(0208) 3855 123', 'không hai không tám, ba tám năm năm, một hai ba'],
  ['phone', 'gọi (028) 3822 1234.', 'gọi không hai tám, ba tám hai hai, một hai ba bốn.'],
  ['phone', '(0208) 3855123', 'không hai không tám, ba tám năm năm, một hai ba'],
  ['phone', 'Điện thoại: (024) 3825.3536', 'Điện thoại: không hai bốn, ba tám hai năm, ba năm ba sáu'],
  ['address', 'dichvucong.gov.vn', 'dịch vụ công chấm gov chấm vn'],
  ['address', 'https://dichvucong.gov.vn', 'dịch vụ công chấm gov chấm vn'],
  ['address', 'vào dichvucong.gov.vn.', 'vào dịch vụ công chấm gov chấm vn.'],
  ['address', 'www.chinhphu.vn', 'vê kép vê kép vê kép chấm chính phủ chấm vn'],
  ['address', 'huongdan-dvc.thainguyen.gov.vn', 'hướng dẫn gạch ngang đê vê xê chấm Thái Nguyên chấm gov chấm vn'],
  ['address', 'hotro@dichvucong.gov.vn', 'hỗ trợ a còng dịch vụ công chấm gov chấm vn'],
  ['legal', 'Nghị định số 69/2024/NĐ-CP', 'Nghị định số sáu mươi chín năm hai nghìn không trăm hai mươi tư của Chính phủ'],
  ['legal', 'Nghị định 42/2022/NĐ-CP', 'Nghị định số bốn mươi hai năm hai nghìn không trăm hai mươi hai của Chính phủ'],
  ['legal', 'theo 118/2025/NĐ-CP', 'theo Nghị định số một trăm mười tám năm hai nghìn không trăm hai mươi lăm của Chính phủ'],
  ['legal', 'Quyết định 296/QĐ-VPCP', 'Quyết định số hai trăm chín mươi sáu của Văn phòng Chính phủ'],
  ['legal', 'Công văn 623/TTg-KSTT', 'Công văn số sáu trăm hai mươi ba của Thủ tướng Chính phủ'],
  ['legal', 'Nghị quyết 203/2025/QH15', 'Nghị quyết số hai trăm linh ba năm hai nghìn không trăm hai mươi lăm của Quốc hội khóa mười lăm'],
  ['legal', 'Luật số 72/2025/QH15', 'Luật số bảy mươi hai năm hai nghìn không trăm hai mươi lăm của Quốc hội khóa mười lăm'],
  ['legal', 'Thông tư 39/2020/TT-BTTTT', 'Thông tư số ba mươi chín năm hai nghìn không trăm hai mươi của Bộ Thông tin và Truyền thông'],
  ['legal', 'Quyết định 06/QĐ-TTg', 'Quyết định số sáu của Thủ tướng Chính phủ'],
  ['roman', 'Quý II', 'Quý hai'],
  ['roman', 'quý IV năm 2025', 'quý bốn năm hai nghìn không trăm hai mươi lăm'],
  ['roman', 'lần thứ XIV', 'lần thứ mười bốn'],
  ['roman', 'Đại hội XIII', 'Đại hội mười ba'],
  ['roman', 'khóa XV', 'khóa mười lăm'],
  ['roman', 'phần I', 'phần một'],
  ['roman', 'thứ I', 'thứ nhất'],
  ['abbreviation', 'UBND xã', 'Ủy ban nhân dân xã'],
  ['abbreviation', 'HĐND và UBND', 'Hội đồng nhân dân và Ủy ban nhân dân'],
  ['abbreviation', 'nộp hồ sơ TTHC', 'nộp hồ sơ thủ tục hành chính'],
  ['abbreviation', 'DVCTT toàn trình', 'dịch vụ công trực tuyến toàn trình'],
  ['abbreviation', 'thẻ BHYT, sổ BHXH', 'thẻ bảo hiểm y tế, sổ bảo hiểm xã hội'],
  ['abbreviation', 'thẻ CCCD gắn chip', 'thẻ căn cước công dân gắn chip'],
  ['abbreviation', 'theo NĐ-CP', 'theo Nghị định của Chính phủ'],
  ['abbreviation', 'QĐ-TTg', 'Quyết định của Thủ tướng Chính phủ'],
  ['abbreviation', 'trường THPT', 'trường trung học phổ thông'],
  ['abbreviation', 'lực lượng CSGT', 'lực lượng cảnh sát giao thông'],
  ['abbreviation', 'Quốc hội khóa QH15', 'Quốc hội khóa Quốc hội khóa mười lăm'],
  ['pronunciation', 'ứng dụng VNeID', 'ứng dụng vê en e ai đi'],
  ['pronunciation', 'mã OTP qua SMS', 'mã ô tê pê qua ét em ét'],
  ['pronunciation', 'Vào CH Play hoặc App Store', 'Vào xê hát plây hoặc áp xờ to'],
  ['punctuation', 'Công an xã/phường', 'Công an xã hoặc phường'],
  ['punctuation', 'Văn hóa - Xã hội', 'Văn hóa, Xã hội'],
  ['punctuation', 'giấy tờ & ảnh', 'giấy tờ và ảnh'],
  ['sentence', 'Từ 1/7/2025, UBND xã nhận hồ sơ 7h30-11h30; phí 50.000đ, gọi 0208 3855 123.',
    'Từ ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm, Ủy ban nhân dân xã nhận hồ sơ bảy giờ ba mươi phút đến mười một giờ ba mươi phút; phí năm mươi nghìn đồng, gọi không hai không tám, ba tám năm năm, một hai ba.'],
  ['sentence', 'Tối thiểu 80% hồ sơ nộp trên dichvucong.gov.vn', 'Tối thiểu tám mươi phần trăm hồ sơ nộp trên dịch vụ công chấm gov chấm vn'],
  ['sentence', 'Khoảng 3 ngày làm việc (5 ngày nếu cần xác minh).', 'Khoảng ba ngày làm việc (năm ngày nếu cần xác minh).'],
  ['sentence', 'Trẻ dưới 6 tuổi được cấp thẻ BHYT miễn phí.', 'Trẻ dưới sáu tuổi được cấp thẻ bảo hiểm y tế miễn phí.'],
  ['sentence', 'Bà con người H\'Mông, Tày, Nùng', 'Bà con người H\'Mông, Tày, Nùng'],
];

// [category, written, Southern reading]: linh → lẻ, nghìn → ngàn, 24 → hai mươi bốn, no "mồng".
const SOUTH: [string, string, string][] = [
  ['cardinal', '105', 'một trăm lẻ năm'],
  ['cardinal', '101', 'một trăm lẻ một'],
  ['cardinal', '24', 'hai mươi bốn'],
  ['cardinal', '21', 'hai mươi mốt'],
  ['cardinal', '1.000.005', 'một triệu không trăm lẻ năm'],
  ['money', '50.000đ', 'năm mươi ngàn đồng'],
  ['money', '2.500.000đ', 'hai triệu năm trăm ngàn đồng'],
  ['money', '15 nghìn đồng', 'mười lăm ngàn đồng'],
  ['date', '1/7/2025', 'ngày một tháng bảy năm hai ngàn không trăm hai mươi lăm'],
  ['date', '31/12/2025', 'ngày ba mươi mốt tháng mười hai năm hai ngàn không trăm hai mươi lăm'],
  ['date', 'từ 1/7 đến 10/7', 'từ ngày một tháng bảy đến ngày mười tháng bảy'],
  ['date', 'hạn 12/2025', 'hạn tháng mười hai năm hai ngàn không trăm hai mươi lăm'],
  ['date', 'quý 4/2024', 'quý bốn năm hai ngàn không trăm hai mươi bốn'],
  ['negative', '-24 độ', 'âm hai mươi bốn độ'],
  ['legal', 'Nghị quyết 203/2025/QH15', 'Nghị quyết số hai trăm lẻ ba năm hai ngàn không trăm hai mươi lăm của Quốc hội khóa mười lăm'],
  ['ordinal', 'lần thứ 4', 'lần thứ tư'],
  ['percent', '0,5%', 'không phẩy năm phần trăm'],
];

describe('normaliseForReading, Northern readings (default)', () => {
  it.each(NORTH)('%s: reads "%s" as "%s"', (_category, written, spoken) => {
    const result = north(written);
    expect(result.spoken).toBe(spoken);
    expect(result.warnings).toEqual([]);
  });
});

describe('normaliseForReading, Southern readings', () => {
  it.each(SOUTH)('%s: reads "%s" as "%s"', (_category, written, spoken) => {
    const result = south(written);
    expect(result.spoken).toBe(spoken);
    expect(result.warnings).toEqual([]);
  });
});

// [category, written, the text the warning points at]: never a silent guess.
const WARNINGS: [string, string, string][] = [
  ['unknown abbreviation', 'Liên hệ HTXNN xã', 'HTXNN'],
  ['mixed case', 'cài iPhone', 'iPhone'],
  ['letters and digits', 'mạng 4G', '4G'],
  ['loanword', 'làm online', 'online'],
  ['stray symbol', 'giấy tờ # ảnh', '#'],
  ['stray symbol', 'xem mục #3', '#'],
  ['impossible date', 'ngày 31/2/2025', 'ngày 31/2/2025'],
  ['impossible time', 'lúc 25h30', '25h30'],
  ['decimal point', 'nặng 3.5 kg', '3.5'],
  ['fraction', 'được 3/5 số phiếu', '3/5'],
  ['fraction after "trong"', 'trong 3/5 số hộ', '3/5'],
  ['fraction after a word that is not a date word', 'chiếm 1/4 diện tích', '1/4'],
  ['number after "số", not a month', 'hồ sơ số 12/2025', '12/2025'],
  ['month 13', 'nộp trước 13/2025', '13/2025'],
  ['quarter 5', 'quý 5/2025', 'quý 5/2025'],
  ['impossible day after a date word', 'hạn 31/2', 'hạn 31/2'],
  ['long number', 'số 123456789012', '123456789012'],
  ['unknown web word', 'vào zalo.me.vn', 'zalo.me.vn'],
  ['address path', 'xem vanban.chinhphu.vn/van-ban', 'vanban.chinhphu.vn/van-ban'],
  ['unknown document code', 'Quyết định 12/QĐ-XYZ', 'Quyết định 12/QĐ-XYZ'],
  ['roman numeral without a context word', 'xem XIV trang 3', 'XIV'],
];

describe('text that cannot be read confidently', () => {
  it.each(WARNINGS)('warns about %s in "%s"', (_category, written, flagged) => {
    const { warnings } = north(written);
    expect(warnings.map((warning) => warning.text)).toContain(flagged);
    const warning = warnings.find((entry) => entry.text === flagged);
    expect(written.slice(warning?.start, warning?.end)).toBe(flagged);
    expect(warning?.message).toMatch(/\S/);
  });

  it('keeps the unread text as written instead of guessing', () => {
    expect(north('Liên hệ HTXNN xã').spoken).toBe('Liên hệ HTXNN xã');
  });

  it('names the file to extend in the message', () => {
    expect(north('HTXNN').warnings[0]?.message).toBe('Viết tắt "HTXNN" chưa có cách đọc: thêm vào abbreviations trong content/read-aloud.yaml.');
  });

  it('gives positions in the input, for every warning in a line', () => {
    const { warnings } = north('UBND # HTXNN');
    expect(warnings.map(({ start, end }) => [start, end])).toEqual([[5, 6], [7, 12]]);
  });
});

describe('the lexicon', () => {
  it('reads all-capital Vietnamese words as words, not abbreviations', () => {
    expect(north('MIỄN PHÍ cho bà con').warnings).toEqual([]);
  });

  it('lets a guide pronunciation win over the office lexicon', () => {
    const guideLexicon = createLexicon({ pronunciations: [{ written: 'VNeID', spoken: 'vê nê ích' }] }, [{ written: 'VNeID', spoken: 'vê en e ai đi' }]);
    expect(normaliseForReading('VNeID', { lexicon: guideLexicon }).spoken).toBe('vê en e ai đi');
  });

  it('reads the built-in administrative abbreviations when the office gives no lexicon', () => {
    expect(normaliseForReading('UBND xã, NVQS, CLB').spoken).toBe('Ủy ban nhân dân xã, nghĩa vụ quân sự, câu lạc bộ');
  });

  it('still flags abbreviations that neither the office nor the built-in list knows', () => {
    expect(normaliseForReading('HTXNN xã').warnings[0]?.text).toBe('HTXNN');
  });

  it('lists what it changed, for pronunciation notes', () => {
    const { changes } = north('UBND xã, 69/2024/NĐ-CP');
    expect(changes.map((change) => [change.rule, change.written])).toEqual([['lexicon', 'UBND'], ['legal', '69/2024/NĐ-CP']]);
  });
});
