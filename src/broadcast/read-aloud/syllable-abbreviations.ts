import { START, type Rule } from './rule.ts';

/**
 * Short abbreviations that are also syllables, decided by case and context (issue 9):
 * "CA xã", "CA huyện" → "Công an xã"; "đo HA", "HA cao" → "huyết áp". Only in capitals; a "CA"
 * or "HA" without such a neighbour is left to unknown-words.ts, which warns.
 */
const POLICE = new RegExp(`${START}CA(?=\\s+(?:xã|phường|thị trấn|huyện|quận|tỉnh|thành phố|TP|thị xã|đặc khu)(?![\\p{L}\\p{M}]))`, 'gu');
const BLOOD_PRESSURE = new RegExp(`(?<=(?:[Đđ]o|[Cc]hỉ số|[Kk]iểm tra|[Tt]heo dõi)\\s+)HA(?![\\p{L}\\p{M}])|${START}HA(?=\\s+(?:cao|thấp)(?![\\p{L}\\p{M}]))`, 'gu');

export const policeRule: Rule = { name: 'lexicon', pattern: () => POLICE, read: () => ({ spoken: 'Công an' }) };
export const bloodPressureRule: Rule = { name: 'lexicon', pattern: () => BLOOD_PRESSURE, read: () => ({ spoken: 'huyết áp' }) };
