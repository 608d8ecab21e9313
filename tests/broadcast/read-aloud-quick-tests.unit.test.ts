import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/broadcast/corpus/load-corpus.ts';
import { DIALECTS } from '../../src/broadcast/read-aloud/dialect.ts';
import { compileLexicon, createLexicon, EMPTY_LEXICON } from '../../src/broadcast/read-aloud/lexicon.ts';
import { normaliseForReading } from '../../src/broadcast/read-aloud/normalise.ts';
import { HAS_UNUSUAL_CHARACTER } from '../../src/broadcast/read-aloud/quick-tests.ts';
import type { RuleContext } from '../../src/broadcast/read-aloud/rule.ts';
import { RULES } from '../../src/broadcast/read-aloud/rules.ts';
import { strayRule } from '../../src/broadcast/read-aloud/symbols.ts';

// A rule is skipped when the text fails its quick test (Rule.requires), so a quick test that a
// match can fail would silently drop readings. Checked on every corpus line, and on one line for
// each rule the corpus does not exercise, so that no quick test goes unchecked.
const SAMPLES = [
  'Gửi hồ sơ về địa chỉ vanhoa@thainguyen.gov.vn trước ngày 5.',
  'Truy cập dichvucong.gov.vn hoặc https://DICHVUCONG.GOV.VN/p/home để nộp.',
  'Mã hồ sơ 000.00.20.H56-250101-0001 đã được tiếp nhận.',
  'Thủ tục 1.000948.H38 được giải quyết trong ngày.',
  'Xe biển số 29A-123.45 đỗ trái phép.',
  'Thực hiện Chỉ thị số 01-CT/TW của Ban Bí thư.',
  'Sạt lở tại Km 15+500 QL3 và ĐT.254.',
  'Liên hệ CA xã để được hướng dẫn.',
  'Người cao tuổi nên đo HA thường xuyên, nhất là khi HA cao.',
  'Tập trung tại đường 30/4 lúc 7h.',
  'Ngày 31.8 khai giảng.',
  'Cắt điện từ 11-14h.',
  'Gọi tổng đài 0290 1022 để phản ánh.',
  'Điện thoại (0208) 3855 123.',
  'Gọi 19001234 miễn phí.',
  'Nhiệt độ xuống -5 độ.',
  'Ghi rõ ngày/tháng/năm sinh.',
];
const texts = [...(await loadCorpus()).map((line) => line.written.normalize('NFC')), ...SAMPLES];
const context: RuleContext = { dialect: 'north', words: DIALECTS.north, lexicon: compileLexicon(EMPTY_LEXICON) };

describe('quick tests of the read-aloud rules', () => {
  const checked = RULES.filter((rule) => rule.requires).map((rule, index) => [`${index} ${rule.name}: ${rule.requires?.source}`, rule] as const);

  it.each(checked)('%s passes on the text around every match of its rule', (_label, rule) => {
    const pattern = rule.pattern(context)!;
    const failed: string[] = [];
    let matches = 0;
    for (const text of texts) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0] === '') {
          pattern.lastIndex++;
          continue;
        }
        matches++;
        // Two characters before and thirty after: look-behinds and look-aheads see that far.
        const around = text.slice(Math.max(0, match.index - 2), match.index + match[0].length + 30);
        if (!rule.requires!.test(around)) failed.push(match[0]);
      }
    }
    expect(matches).toBeGreaterThan(0);
    expect(failed).toEqual([]);
  });

  it('lets through only characters that the stray-symbol rule reads as letters, digits, spaces or pauses', () => {
    const stray = new RegExp(strayRule.pattern(context)!.source, 'u');
    const wronglyPassed: string[] = [];
    // Astral characters are two UTF-16 units, each of which the quick test flags as unusual.
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      if (!HAS_UNUSUAL_CHARACTER.test(character) && stray.test(character)) wronglyPassed.push(`U+${code.toString(16).padStart(4, '0')}`);
    }
    expect(wronglyPassed).toEqual([]);
    expect(HAS_UNUSUAL_CHARACTER.test('Ủy ban nhân dân xã Đồng Hỷ: 7h30, “ngày 1 tháng 7” – (mẫu)…')).toBe(false);
    expect(HAS_UNUSUAL_CHARACTER.test('giá 5 × 3')).toBe(true);
  });
});

describe('the look-ahead of the lexicon pattern', () => {
  it('still finds entries that start with a character special in a character class', () => {
    const lexicon = createLexicon({ abbreviations: ['^TT', ']AB', '-CD', '\\EF', 'Z'].map((written, index) => ({ written, spoken: `mục ${index}` })) });
    const { changes } = normaliseForReading('gửi ^TT, ]AB, -CD, \\EF và Z', { lexicon });
    expect(changes.map((change) => [change.rule, change.written])).toEqual([['lexicon', '^TT'], ['lexicon', ']AB'], ['lexicon', '-CD'], ['lexicon', '\\EF'], ['lexicon', 'Z']]);
  });
});
