import { readDigits } from './numbers.ts';
import { HAS_SERVICE_NUMBER } from './quick-tests.ts';
import { NUM_END, NUM_START, type Rule } from './rule.ts';

/**
 * Short service and emergency numbers, read digit by digit like a phone number: 111 (bảo vệ
 * trẻ em), 112 (tìm kiếm cứu nạn), 113 (công an), 114 (cứu hỏa), 115 (cấp cứu), 1022 (tổng
 * đài dịch vụ công), as they are announced. "114 hộ" is a count. Decided in this order: a word
 * about calling right before ("gọi 113", "số 114", "Tổng đài 1022") → digits; a counted thing
 * right after ("115 người") → a number; a word about calling elsewhere in the clause ("số điện
 * thoại … là 115") → digits; otherwise a warning, never a guess.
 */
// NUM_END: "114,1 độ Kinh Đông" is a decimal, not the fire brigade.
const SERVICE = new RegExp(`${NUM_START}(1022|11[1-5])${NUM_END}`, 'gu');
const CALL_WORDS = 'gọi|số|bấm|quay|báo|tổng đài|đường dây nóng|điện thoại|hotline|liên hệ|đầu số|SĐT|ĐT|số máy|cứu hỏa|cấp cứu';
const RIGHT_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${CALL_WORDS})[\\s:(“"]*(?:(?:là|đến|cho|về|ngay|tới|số|theo|thẳng)[\\s:(“"]+)*$`, 'iu');
const IN_CLAUSE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${CALL_WORDS}|khẩn cấp|cuộc gọi)(?![\\p{L}\\p{M}])`, 'iu');
const COUNTED = /^\s+(?:hộ|người|công dân|trường hợp|lượt|ca|em|cháu|trẻ|học sinh|xã|thôn|gia đình|hồ sơ|đơn vị|cơ sở|tấn|ha|km|m|đồng|triệu|tỷ|nghìn|ngày|tháng|năm|tuổi|con|chiếc|cái|căn|nhà|phòng|bộ|bản|trang|tiêu chí|đảng viên|thanh niên|cán bộ|điểm|suất)(?![\p{L}\p{M}])/u;

export const serviceNumberRule: Rule = {
  name: 'service',
  pattern: () => SERVICE,
  requires: HAS_SERVICE_NUMBER,
  read: (match) => {
    const start = match.index;
    const end = start + match[0].length;
    const before = match.input.slice(Math.max(0, start - 120), start);
    const after = match.input.slice(end, end + 120);
    if (RIGHT_BEFORE.test(before.slice(-40))) return { spoken: readDigits(match[0]) };
    if (COUNTED.test(after)) return undefined;
    const clause = `${before.split(/[.;!?\n]/).pop() ?? ''} ${after.split(/[.;!?\n]/)[0] ?? ''}`;
    if (IN_CLAUSE.test(clause)) return { spoken: readDigits(match[0]) };
    return {
      spoken: match[0],
      warning: `"${match[0]}" có thể là số điện thoại khẩn cấp hoặc là một con số`,
      advice: `"${match[0]}" có thể là số điện thoại khẩn cấp hoặc là một con số: nếu là số điện thoại, viết "gọi số ${match[0]}"; nếu là số lượng, viết kèm thứ được đếm`,
    };
  },
};
