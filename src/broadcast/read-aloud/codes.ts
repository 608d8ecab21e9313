import { readCardinal } from './numbers.ts';
import { HAS_DIGIT_CAPITAL, HAS_DOTTED_DIGITS } from './quick-tests.ts';
import { END, NUM_START, START, type Rule } from './rule.ts';

/**
 * Codes that must not be read as numbers (issue 9). A dossier code ("000.00.20.H56-250101-0001"),
 * a procedure code ("1.000948.H38") or a licence plate ("29A-123.45") read aloud as amounts is
 * wrong, and read character by character it is too long for anyone to note down from a
 * loudspeaker: the writer should say where to find it instead. Warned, never guessed.
 */
const DOSSIER = new RegExp(`${NUM_START}\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}${END}`, 'gu');
const PROCEDURE = new RegExp(`${NUM_START}\\d\\.\\d{6}(?:\\.\\d{6})?\\.[A-Z0-9]{3}${END}`, 'gu');
const PLATE = new RegExp(`${NUM_START}\\d{2}[A-Z]{1,2}\\d?\\s?-\\s?\\d{3}\\.?\\d{2}${END}`, 'gu');

export const dossierCodeRule: Rule = {
  name: 'code',
  pattern: () => DOSSIER,
  requires: HAS_DOTTED_DIGITS,
  read: (match) => ({
    spoken: match[0],
    warning: `"${match[0]}" là mã hồ sơ, đọc trên loa người nghe không ghi lại được`,
    advice: `"${match[0]}" là mã hồ sơ, đọc trên loa người nghe không ghi lại được: viết "mã hồ sơ in trên giấy tiếp nhận" hoặc bỏ đi`,
  }),
};

export const procedureCodeRule: Rule = {
  name: 'code',
  pattern: () => PROCEDURE,
  requires: HAS_DOTTED_DIGITS,
  read: (match) => ({
    spoken: match[0],
    warning: `"${match[0]}" là mã thủ tục hành chính, không đọc trên loa`,
    advice: `"${match[0]}" là mã thủ tục hành chính, không đọc trên loa: nói tên thủ tục thay cho mã`,
  }),
};

export const plateRule: Rule = {
  name: 'code',
  pattern: () => PLATE,
  requires: HAS_DIGIT_CAPITAL,
  read: (match) => ({
    spoken: match[0],
    warning: `"${match[0]}" trông như biển số xe: đọc từng chữ, từng số`,
    advice: `"${match[0]}" trông như biển số xe: viết cách đọc từng chữ, từng số (ví dụ "hai chín a, một hai ba, bốn năm")`,
  }),
};

/**
 * "mũi 1,2", "lớp 1,2,3", "khoản 1,2": after a word that numbers things, a comma between
 * small numbers is a list ("mũi một, hai"), not a decimal ("một phẩy hai").
 */
const LIST_WORDS = ['mũi', 'lớp', 'loại', 'bước', 'tổ', 'thôn', 'khu', 'đội', 'xóm', 'ấp', 'khoản', 'điểm', 'điều', 'phòng', 'tầng', 'tuần', 'quý', 'đợt', 'lần', 'khóm', 'bản'];
const LIST = new RegExp(`${START}((?:${LIST_WORDS.map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join('|')})\\s+)(\\d{1,2}(?:,\\d{1,2})+)${END}`, 'gu');

export const listRule: Rule = {
  name: 'number',
  pattern: () => LIST,
  requires: /\d,\d/,
  read: (match, context) => {
    const [, word = '', items = ''] = match;
    return { spoken: `${word}${items.split(',').map((item) => readCardinal(String(Number(item)), context.dialect)).join(', ')}` };
  },
};

/** "24/24", "24/7": round the clock, said as written ("hai mươi tư trên hai mươi tư"), never a date. */
const ROUND_THE_CLOCK = new RegExp(`${NUM_START}24\\/(24|7)(?:\\s?(giờ|g|h))?${END}`, 'gu');

export const roundTheClockRule: Rule = {
  name: 'number',
  pattern: () => ROUND_THE_CLOCK,
  requires: /24\//,
  read: (match, context) => {
    const [, per = '', hours] = match;
    return { spoken: `hai mươi ${context.words.fourAfterTens} trên ${per === '7' ? 'bảy' : `hai mươi ${context.words.fourAfterTens}`}${hours ? ' giờ' : ''}` };
  },
};

/**
 * Equipment and pole codes mixing digits, capitals and a slash ("31B/82", "PĐ 31B/322" in a
 * power-cut notice): one code, flagged once as a whole rather than piece by piece.
 */
const MIXED_CODE = new RegExp(`${NUM_START}\\d+[A-Z]+\\d*\\/\\d+[A-Z]?${END}`, 'gu');

export const mixedCodeRule: Rule = {
  name: 'code',
  pattern: () => MIXED_CODE,
  requires: HAS_DIGIT_CAPITAL,
  read: (match) => ({
    spoken: match[0],
    warning: `"${match[0]}" là một mã (số cột, số trạm…), không đọc được như một con số`,
    advice: `"${match[0]}" là một mã: viết cách đọc (ví dụ "cột số ba mươi mốt bê, tám mươi hai") hoặc nói tên nơi thay cho mã`,
  }),
};
