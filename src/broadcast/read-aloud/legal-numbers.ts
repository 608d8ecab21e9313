import { readCardinal } from './numbers.ts';
import { END, START, type Rule, type RuleContext } from './rule.ts';

/**
 * Legal document numbers, read as an announcer would: "Nghị định số 69/2024/NĐ-CP" →
 * "Nghị định số sáu mươi chín năm hai nghìn không trăm hai mươi tư của Chính phủ";
 * "Công văn 623/TTg-KSTT" → "Công văn số sáu trăm hai mươi ba của Thủ tướng Chính phủ".
 * The code after the number is "<type>-<issuer>" (NĐ-CP), "<issuer>-<drafting unit>" (TTg-KSTT)
 * or an issuer with a term ("QH15": Quốc hội khóa mười lăm); the drafting unit is not read.
 */
const TYPE_WORDS = ['[Nn]ghị [Đđ]ịnh', '[Nn]ghị [Qq]uyết', '[Tt]hông [Tt]ư', '[Qq]uyết [Đđ]ịnh', '[Cc]ông [Vv]ăn', '[Cc]hỉ [Tt]hị', '[Ll]uật', '[Tt]hông [Bb]áo', '[Kk]ế [Hh]oạch', '[Hh]ướng [Dd]ẫn', '[Pp]háp [Ll]ệnh', '[Tt]ờ [Tt]rình', '[Bb]áo [Cc]áo', '[Gg]iấy [Mm]ời', '[Cc]ông [Đđ]iện', '[Vv]ăn [Bb]ản'];
const CODE_PART = '[A-ZĐ][A-Za-zĐđ0-9]*';

const LEGAL_NUMBER = new RegExp(
  // "QĐ- UBND": a space after the hyphen is a typing slip, read as "QĐ-UBND".
  `${START}(?:(?:[Ss]ố:\\s*)?(${TYPE_WORDS.join('|')})\\s+)?(?:[Ss]ố:?\\s*)?(\\d+[a-z]?)(?:\\/(\\d{4}))?\\/(${CODE_PART}(?:-[^\\S\\n]?${CODE_PART})*)${END}`,
  'gu',
);

/**
 * Party documents number the type before the slash: "Chỉ thị số 01-CT/TW" → "Chỉ thị số một của
 * Trung ương", "Nghị quyết số 18-NQ/TW".
 */
const PARTY_NUMBER = new RegExp(`${START}(?:(${TYPE_WORDS.join('|')})\\s+)?(?:[Ss]ố:?\\s*)?(\\d+)-(${CODE_PART})\\/(${CODE_PART}(?:-${CODE_PART})*)${END}`, 'gu');

export const legalNumberRule: Rule = {
  name: 'legal',
  pattern: () => LEGAL_NUMBER,
  requires: /\d[a-z]?\//,
  read: (match, context) => {
    const [written, writtenType, number = '', year, spacedCode = ''] = match;
    const code = spacedCode.replace(/-\s+/g, '-');
    const decoded = decodeCode(code, context);
    // "Thông báo số 308/TB-ĐLHTr … của Điện lực Hương Trà": the writer names the issuer in
    // words, so its unknown code need not be read (and is not a guess).
    const type = writtenType ?? context.lexicon.documentTypes.get(code.split('-')[0] ?? '');
    if ('unknown' in decoded && type && namesIssuerAfter(match)) {
      const words = [type, 'số', readDocumentNumber(number, context)];
      if (year) words.push('năm', readCardinal(year, context.dialect));
      return { spoken: words.join(' ') };
    }
    if ('unknown' in decoded) {
      return {
        spoken: written,
        warning: `Chưa biết đọc mã "${decoded.unknown}" trong số văn bản "${written}"`,
        fix: 'thêm vào abbreviations, documentTypes hoặc issuers trong content/read-aloud.yaml',
        advice: `Chưa biết đọc mã "${decoded.unknown}" trong số văn bản "${written}": viết đầy đủ tên văn bản và cơ quan ban hành, ví dụ "Quyết định số 12 của Ủy ban nhân dân tỉnh"`,
      };
    }
    // "Văn bản hợp nhất 05/VBHN-BGDĐT": the writer already said the type the code stands for.
    const typeSaid = !writtenType && decoded.type !== undefined && match.input.slice(Math.max(0, match.index - decoded.type.length - 1), match.index).trim().toLowerCase() === decoded.type.toLowerCase();
    const words = [writtenType ?? (typeSaid ? undefined : decoded.type), 'số', readDocumentNumber(number, context)];
    if (year) words.push('năm', readCardinal(year, context.dialect));
    // "Nghị định số 38/2015/NĐ-CP ngày 24 tháng 4 năm 2015 của Chính phủ": the writer names the
    // issuer after the date, so the reading does not say it first as well (issue 9).
    const issuer = decoded.issuer.replace(/^của /, '');
    if (!isNamedAfter(match, issuer, code) && !isNamedBefore(match, issuer, code)) words.push(`của ${issuer}`);
    return { spoken: words.filter(Boolean).join(' ') };
  },
};

export const partyNumberRule: Rule = {
  name: 'legal',
  pattern: () => PARTY_NUMBER,
  requires: /\d-[A-ZĐ]/u,
  read: (match, context) => {
    const [written, writtenType, number = '', typeCode = '', issuerCode = ''] = match;
    const type = writtenType ?? context.lexicon.documentTypes.get(typeCode);
    const issuer = readIssuer(issuerCode.split('-')[0] ?? '', context);
    if (!type || !issuer) {
      return { spoken: written, warning: `Chưa biết đọc số văn bản "${written}"`, fix: 'thêm mã vào documentTypes hoặc issuers trong content/read-aloud.yaml', advice: `Chưa biết đọc số văn bản "${written}": viết đầy đủ tên văn bản và cơ quan ban hành` };
    }
    const words = [type, 'số', readCardinal(String(Number(number)), context.dialect)];
    if (!isNamedAfter(match, issuer, issuerCode)) words.push(`của ${issuer}`);
    return { spoken: words.join(' ') };
  },
};

type Decoded = { type: string | undefined; issuer: string } | { unknown: string };

function decodeCode(code: string, context: RuleContext): Decoded {
  const whole = context.lexicon.words.get(code);
  if (whole) return splitType(whole, context);
  const [first = '', second] = code.split('-');
  const type = context.lexicon.documentTypes.get(first);
  if (type) {
    if (!second) return { unknown: code };
    const issuer = readIssuer(second, context);
    return issuer ? { type, issuer } : { unknown: second };
  }
  const issuer = readIssuer(first, context);
  return issuer ? { type: undefined, issuer } : { unknown: first };
}

/** "QH15" → "Quốc hội khóa mười lăm"; "CP" → "Chính phủ". */
function readIssuer(part: string, context: RuleContext): string | undefined {
  // An abbreviation that is not a body ("LĐTBXH" → "lao động, thương binh và xã hội") names no issuer.
  const word = context.lexicon.words.get(part);
  const known = context.lexicon.issuers.get(part) ?? (word && word[0] !== word[0]?.toLowerCase() ? word : undefined);
  if (known) return known;
  const term = /^([A-ZĐa-z]+)(\d+)$/.exec(part);
  const body = term?.[1] && context.lexicon.issuers.get(term[1]);
  return body && term?.[2] ? `${body} khóa ${readCardinal(term[2], context.dialect)}` : undefined;
}

/** A whole-code abbreviation such as "NĐ-CP" → "Nghị định của Chính phủ": type, then issuer. */
function splitType(spoken: string, context: RuleContext): Decoded {
  for (const type of [...context.lexicon.documentTypes.values()].sort((a, b) => b.length - a.length)) {
    if (spoken.toLowerCase().startsWith(`${type.toLowerCase()} `)) return { type, issuer: spoken.slice(type.length + 1) };
  }
  return { type: undefined, issuer: spoken };
}

/** The rest of the clause (to ";", a full stop or the line end) says "của <issuer>" itself. */
function isNamedAfter(match: RegExpExecArray, issuer: string, code: string): boolean {
  const rest = match.input.slice(match.index + match[0].length, match.index + match[0].length + 160).split(/[;\n]|\.(?:\s|$)/)[0] ?? '';
  // The first two words of the issuer are enough ("của Bộ Lao động - Thương binh và Xã hội"), and
  // up to three words may come between ("của Thủ tướng Chính phủ", "của UBND tỉnh").
  const names = [issuer.split(' ').slice(0, 2).join(' '), ...code.split('-')].filter((name) => name.length > 1).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`của\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3}?(?:${names.join('|')})(?![\\p{L}\\p{M}])`, 'iu').test(rest);
}

/** The rest of the clause says "của <a named body>" (a capital or an abbreviation follows). */
function namesIssuerAfter(match: RegExpExecArray): boolean {
  const rest = match.input.slice(match.index + match[0].length, match.index + match[0].length + 160).split(/[;\n]|\.(?:\s|$)/)[0] ?? '';
  return /(?<![\p{L}\p{M}])của\s+\p{Lu}/u.test(rest);
}

const LETTERS: Record<string, string> = { a: 'a', b: 'bê', c: 'xê', d: 'đê', đ: 'đê', e: 'e' };

/** "08" → "tám"; "168a" (a number added between two others) → "một trăm sáu mươi tám a". */
function readDocumentNumber(number: string, context: RuleContext): string {
  const [, digits = '', letter] = /^(\d+)([a-z])?$/.exec(number) ?? [];
  const spoken = readCardinal(String(Number(digits)), context.dialect);
  return letter ? `${spoken} ${LETTERS[letter] ?? letter}` : spoken;
}

/**
 * "Chính phủ ban hành Nghị định 59/2023/NĐ-CP", "UBND xã … ban hành thông báo số 415/TB-UBND":
 * the clause names the issuer right before the number, so it is not said again after it.
 */
function isNamedBefore(match: RegExpExecArray, issuer: string, code: string): boolean {
  const before = match.input.slice(Math.max(0, match.index - 80), match.index).split(/[;\n]|\.(?:\s|$)/).pop() ?? '';
  const names = [issuer.split(' ').slice(0, 2).join(' '), ...code.split('-')].filter((name) => name.length > 1).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${names.join('|')})(?![\\p{L}\\p{M}])[^,;]*?\\s(?:ban hành|có|ra|gửi)\\s+[^,;]*$`, 'iu').test(before);
}
