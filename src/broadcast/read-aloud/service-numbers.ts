import { readDigits } from './numbers.ts';
import { END, NUM_START, type Rule } from './rule.ts';

/**
 * Short service and emergency numbers, read digit by digit like a phone number: 111 (bảo vệ
 * trẻ em), 112 (tìm kiếm cứu nạn), 113 (công an), 114 (cứu hỏa), 115 (cấp cứu), 1022 (tổng
 * đài dịch vụ công), as the numbers are announced (Thông tư 10/2021/TT-BTTTT, Quy hoạch kho
 * số viễn thông). "114 hộ" is a count. Without a word about calling before it or a thing
 * counted after it, which of the two the writer meant is a warning, never a guess.
 */
const SERVICE = new RegExp(`${NUM_START}(1022|11[1-5])${END}`, 'gu');
const CALL_CONTEXT = /(?:gọi|số|bấm|quay|báo|tổng đài|đường dây nóng|điện thoại|hotline|liên hệ|đầu số|SĐT|ĐT|số máy)[\s:(“"]*(?:(?:là|đến|cho|về|ngay|tới|số|theo)\s+)*$/iu;
const COUNTED = /^\s+(?!(?:để|khi|hoặc|và|hay|miễn|ngay|nếu|được|sẽ|của|tiếp|hoạt|luôn)(?![\p{L}\p{M}]))[\p{Ll}]/u;

export const serviceNumberRule: Rule = {
  name: 'service',
  pattern: () => SERVICE,
  read: (match) => {
    const before = match.input.slice(Math.max(0, match.index - 30), match.index);
    const after = match.input.slice(match.index + match[0].length, match.index + match[0].length + 20);
    if (CALL_CONTEXT.test(before)) return { spoken: readDigits(match[0]) };
    if (COUNTED.test(after)) return undefined;
    return {
      spoken: match[0],
      warning: `"${match[0]}" có thể là số điện thoại khẩn cấp hoặc là một con số`,
      advice: `"${match[0]}" có thể là số điện thoại khẩn cấp hoặc là một con số: nếu là số điện thoại, viết "gọi số ${match[0]}"; nếu là số lượng, viết kèm thứ được đếm`,
    };
  },
};
