import { START, type Rule } from './rule.ts';

/**
 * Short abbreviations that are also syllables, decided by case and context (issue 9):
 * "CA xã", "CA huyện" → "Công an xã"; "đo HA", "HA cao" → "huyết áp". Only in capitals; a "CA"
 * or "HA" without such a neighbour is left to unknown-words.ts, which warns.
 */
const POLICE = new RegExp(`${START}CA(?=\\s+(?:xã|phường|thị trấn|huyện|quận|tỉnh|thành phố|TP|thị xã|đặc khu)(?![\\p{L}\\p{M}]))`, 'gu');
const BLOOD_PRESSURE = new RegExp(`(?<=(?:[Đđ]o|[Cc]hỉ số|[Kk]iểm tra|[Tt]heo dõi)\\s+)HA(?![\\p{L}\\p{M}])|${START}HA(?=\\s+(?:cao|thấp)(?![\\p{L}\\p{M}]))`, 'gu');

export const policeRule: Rule = { name: 'lexicon', pattern: () => POLICE, requires: /CA/, read: () => ({ spoken: 'Công an' }) };
export const bloodPressureRule: Rule = { name: 'lexicon', pattern: () => BLOOD_PRESSURE, requires: /HA/, read: () => ({ spoken: 'huyết áp' }) };

/**
 * "BCH" is two bodies (issue 9 corpus): the Ban Chỉ huy of disaster prevention or military
 * affairs ("BCH PCTT&TKCN", "BCH phòng chống thiên tai", "BCH quân sự") and the Ban Chấp hành
 * of the Party, the Youth Union or an association ("BCH Đảng bộ", "BCH Đoàn"). Decided by the
 * next word; with neither, the office's own entry is used, or it is flagged.
 */
const BCH = /(?<![\p{L}\p{M}\p{N}])BCH(?![\p{L}\p{M}\p{N}])/gu;
const COMMAND_NEXT = /^\s+(?:PCTT|PCCC|TKCN|QS|quân sự|Quân sự|phòng|Phòng|PC|ứng phó|phòng thủ|Phòng thủ)(?![\p{L}\p{M}])/u;
const EXECUTIVE_NEXT = /^\s+(?:Đảng|đảng|Đoàn|đoàn|Hội|hội|Công đoàn|công đoàn|Chi bộ|chi bộ|Chi đoàn|chi đoàn|Trung ương|TW|TƯ|Liên đoàn|Hiệp hội|Đ[ảả]ng bộ)(?![\p{L}\p{M}])/u;

export const commandRule: Rule = {
  name: 'lexicon',
  pattern: () => BCH,
  requires: /BCH/,
  read: (match, context) => {
    const after = match.input.slice(match.index + 3, match.index + 40);
    if (COMMAND_NEXT.test(after)) return { spoken: 'Ban Chỉ huy' };
    if (EXECUTIVE_NEXT.test(after)) return { spoken: 'Ban Chấp hành' };
    if (context.lexicon.words.has('BCH')) return undefined;
    return {
      spoken: match[0],
      warning: '"BCH" có thể là Ban Chỉ huy hoặc Ban Chấp hành',
      fix: 'viết đầy đủ trong văn bản, hoặc thêm "BCH" vào abbreviations trong content/read-aloud.yaml',
      advice: '"BCH" có thể là Ban Chỉ huy hoặc Ban Chấp hành: viết đầy đủ tên ban',
    };
  },
};
