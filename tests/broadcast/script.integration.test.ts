import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent, EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { getBroadcastCatalogue, getCatalogueWarnings } from '../../src/broadcast/catalogue.ts';
import { buildScript } from '../../src/broadcast/script/build-script.ts';
import { getScriptText, TEXT_SEPARATOR, toSpeakerText } from '../../src/broadcast/script/script-text.ts';
import { getScriptEdition } from '../../src/broadcast/script/script-edition.ts';
import { resolveEdition } from '../../src/editions/resolve-edition.ts';
import { toSpokenAsides } from '../../src/broadcast/script/asides.ts';
import { SAMPLE_NOTICE } from '../../src/broadcast/script/sample-notice.ts';
import { buildSections, SECTION_IDS } from '../../src/broadcast/script/sections.ts';
import { countSentenceEnds, formatDuration, formatDurationWords, PAUSE_SECONDS, timeParagraphs } from '../../src/broadcast/script/timing.ts';
import { countSyllables } from '../../src/broadcast/read-aloud/syllables.ts';
import { OFFICE_EDITION } from '../../src/editions/edition.ts';

// The small fixture content with the example office's read-aloud lexicon (a fixture, so an office
// that rewrites content/read-aloud.yaml keeps these tests green).
const lexiconYaml = await readFile(path.join(EXAMPLE_CONTENT, 'read-aloud.yaml'), 'utf8');
const contentDir = await copyContent({ 'read-aloud.yaml': () => lexiconYaml });
afterAll(() => rm(contentDir, { recursive: true, force: true }));
const content = await loadContent(contentDir);
const guide = content.guides.find((entry) => entry.slug === 'dang-ky-khai-sinh')!;
const office = getScriptEdition(resolveEdition(content, OFFICE_EDITION));
const commune = getScriptEdition(resolveEdition(content, { kind: 'commune', slug: 'xa-thu' }));

describe('timing', () => {
  it.each([
    ['một hai ba', 3],
    ['Ủy ban nhân dân xã.', 5],
    ['năm mươi nghìn đồng, gọi không hai', 7],
    ['', 0],
  ])('counts the syllables of "%s" as %i', (text, syllables) => {
    expect(countSyllables(text)).toBe(syllables);
  });

  it.each([
    ['Một câu.', 1],
    ['Một câu. Hai câu! Ba câu?', 3],
    ['Không có dấu chấm', 1],
    ['Lệ phí: 3,5 đồng.', 1],
  ])('counts the sentence ends of "%s" as %i', (text, ends) => {
    expect(countSentenceEnds(text)).toBe(ends);
  });

  it('divides syllables by the reading rate and adds a pause per sentence', () => {
    const words = Array.from({ length: 180 }, () => 'ba').join(' ');
    const timing = timeParagraphs([`${words}.`, 'Hai câu. Nữa.'], 180);
    expect(timing.syllables).toBe(183);
    expect(timing.sentences).toBe(3);
    expect(timing.seconds).toBeCloseTo(61 + 3 * PAUSE_SECONDS.sentence, 5);
  });

  it.each([[0, '0:00'], [59.6, '1:00'], [134, '2:14'], [300, '5:00']])('formats %f seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('says durations in words for the pages', () => {
    expect(formatDurationWords(85)).toBe('1 phút 25 giây');
    expect(formatDurationWords(120)).toBe('2 phút');
    expect(formatDurationWords(40)).toBe('40 giây');
  });
});

describe('script structure', () => {
  const tin = buildScript(content, guide, commune, 'tin');
  const bai = buildScript(content, guide, commune, 'bai');

  it('has the eight parts in broadcast order', () => {
    expect(tin.sections.map((section) => section.id)).toEqual([...SECTION_IDS]);
    expect(bai.sections.map((section) => section.id)).toEqual(['station', 'headline', 'lead', 'why', 'steps', 'help', 'recap', 'signoff']);
  });

  it("opens with the commune's station and a greeting, and reads its contacts", () => {
    expect(tin.sections[0]?.spoken).toEqual(['Đây là Đài Truyền thanh xã Thử.', 'Kính thưa bà con nhân dân!']);
    const help = tin.sections.find((section) => section.id === 'help')!.spoken.join(' ');
    expect(help).toContain('không hai không tám, ba không không không, không không một');
    expect(help).toContain('không chín một hai, không không không, không không một');
  });

  it("introduces the office, which has no station, and uses its hotline in the office edition", () => {
    const script = buildScript(content, guide, office, 'tin');
    expect(script.sections[0]?.spoken[0]).toBe(`Sau đây là thông tin do ${content.site.office} gửi tới bà con.`);
    expect(script.sections.find((section) => section.id === 'help')?.written[0]).toContain(content.site.support.hotline);
  });

  it('numbers the steps in words, with details only in the bài', () => {
    const tinSteps = tin.sections.find((section) => section.id === 'steps')!.spoken;
    const baiSteps = bai.sections.find((section) => section.id === 'steps')!.spoken;
    expect(tinSteps).toContain('Bước một, đăng nhập dịch vụ công chấm gov chấm vn bằng vê en e ai đi.');
    expect(baiSteps).toContain('Bước một, đăng nhập dịch vụ công chấm gov chấm vn bằng vê en e ai đi. Chọn dịch vụ công liên thông khai sinh.');
  });

  it('reads fee, processing time and result in the bài only', () => {
    const why = (script: typeof tin) => script.sections.find((section) => section.id === 'why')!.spoken.join(' ');
    expect(why(bai)).toContain('Về thời gian, khoảng ba ngày làm việc.');
    expect(why(tin)).not.toContain('Thời gian');
  });

  it('times each section and adds them up, starting each where the last ended', () => {
    const sum = bai.sections.reduce((total, section) => total + section.seconds, 0);
    expect(bai.seconds).toBeCloseTo(bai.noticeSeconds + sum, 6);
    bai.sections.forEach((section, index) => {
      if (index > 0) expect(section.startsAt).toBeCloseTo(bai.sections[index - 1]!.startsAt + bai.sections[index - 1]!.seconds, 6);
    });
    expect(bai.syllables).toBe(countSyllables(getScriptText(bai).split(`${TEXT_SEPARATOR}\n`)[1]!));
    expect(bai.seconds).toBeGreaterThan(tin.seconds);
  });

  it('keeps the fixture tin under 2 minutes and the bài under 5', () => {
    expect(tin.seconds).toBeLessThanOrEqual(120);
    expect(bai.seconds).toBeLessThanOrEqual(300);
    expect(tin.rate).toBe(content.site.readingRate);
  });

  it('writes the plain text as one paragraph per section under a short header, with no symbols', () => {
    const [header = '', body = ''] = getScriptText(tin).split(`${TEXT_SEPARATOR}\n`);
    expect(body.split('\n\n')).toHaveLength(SECTION_IDS.length);
    expect(body).not.toMatch(/\d/);
    expect(body).not.toMatch(/[^\p{L}\p{M}\s.,?!]/u);
    expect(body.endsWith('.\n')).toBe(true);
    expect(header).toContain('Mức ưu tiên: thường (Thông tư 39/2020/TT-BTTTT)');
    expect(header).toMatch(/^Tiêu đề: .+\nMức ưu tiên: .+\nLịch phát gợi ý: .+\nThời lượng: khoảng .+\n/);
  });

  it.each([
    ['Bà con cần chuẩn bị: giấy chứng sinh; tài khoản (mức 2).', 'Bà con cần chuẩn bị, giấy chứng sinh, tài khoản, mức 2.'],
    ['Gọi “một một bốn” – ngay…', 'Gọi một một bốn, ngay.'],
    ['Kính thưa bà con nhân dân!', 'Kính thưa bà con nhân dân!'],
    ['Không có dấu chấm', 'Không có dấu chấm.'],
  ])('turns "%s" into speaker text "%s"', (paragraph, expected) => {
    expect(toSpeakerText(paragraph)).toBe(expected);
  });
});

describe('wording', () => {
  const paragraphsOf = (sections: ReturnType<typeof buildSections>, id: string) => sections.find((section) => section.id === id)!.paragraphs;

  it('names every contact in one "Cần giúp đỡ" sentence', () => {
    const [first = '', ...rest] = paragraphsOf(buildSections(guide, commune, content.site, 'tin'), 'help');
    expect(first).toBe('Cần giúp đỡ, bà con liên hệ Trung tâm Phục vụ hành chính công xã Thử, số điện thoại 0208 3000 001, hoặc Tổ công nghệ số cộng đồng xã Thử, số điện thoại 0912 000 001.');
    expect(first.match(/Cần giúp đỡ/g)).toHaveLength(1);
    expect(rest.join(' ')).not.toContain('Cần giúp đỡ');
  });

  // [why it matters, fee, what the bài reads after why-it-matters about the fee ('' = nothing)]
  it.each([
    ['Không phải đi lại.', 'Không mất lệ phí khi đăng ký đúng hạn.', 'Về lệ phí, không mất lệ phí khi đăng ký đúng hạn.'],
    ['Khai tử đúng hạn không mất lệ phí.', 'Khai tử đúng hạn không mất lệ phí.', ''],
    ['Đăng ký kết hôn không mất lệ phí.', 'Không mất lệ phí với công dân Việt Nam cư trú ở trong nước.', ''],
    ['Khai sinh đúng hạn không mất lệ phí.', 'Khai sinh đúng hạn không mất lệ phí. Trẻ dưới 6 tuổi được Nhà nước đóng bảo hiểm y tế.', 'Trẻ dưới 6 tuổi được Nhà nước đóng bảo hiểm y tế.'],
    ['Có thủ tục còn được giảm phí khi nộp trên mạng.', 'Số tiền tùy từng thủ tục.', 'Về lệ phí, số tiền tùy từng thủ tục.'],
  ])('with why-it-matters "%s" and fee "%s", reads the fee as "%s"', (whyItMatters, fee, expected) => {
    const withFee = { ...guide, fee, broadcast: { ...guide.broadcast, whyItMatters } };
    const why = paragraphsOf(buildSections(withFee, commune, content.site, 'bai'), 'why');
    expect(why[0]).toBe(whyItMatters);
    expect(why[1]).toBe(expected || `Về thời gian, ${guide.processingTime.charAt(0).toLowerCase()}${guide.processingTime.slice(1)}`);
  });

  it.each([
    ['giấy chứng sinh (bản điện tử hoặc ảnh chụp rõ); biết nơi ở.', 'giấy chứng sinh, bản điện tử hoặc ảnh chụp rõ; biết nơi ở.'],
    ['Khoảng 3 ngày làm việc (5 ngày nếu cần xác minh).', 'Khoảng 3 ngày làm việc, 5 ngày nếu cần xác minh.'],
    ['anh Ma Văn Hùng (mẫu), số điện thoại 0912', 'anh Ma Văn Hùng, mẫu, số điện thoại 0912'],
    ['ứng dụng định danh (VNeID) trên điện thoại', 'ứng dụng định danh, VNeID, trên điện thoại'],
    ['(Mẫu) Đây là bản tin', 'Mẫu, Đây là bản tin'],
    ['gọi (0208) 3855 123', 'gọi (0208) 3855 123'],
    ['không có ngoặc', 'không có ngoặc'],
  ])('reads the aside in "%s" between pauses: "%s"', (written, spoken) => {
    expect(toSpokenAsides(written)).toBe(spoken);
  });

  it('reads no round brackets in a script', () => {
    const withAside = { ...guide, before: [{ text: 'Giấy chứng sinh (bản điện tử hoặc ảnh chụp rõ)' }, ...guide.before] };
    const text = getScriptText(buildScript(content, withAside, commune, 'bai')).split(`${TEXT_SEPARATOR}\n`)[1]!;
    expect(text).toContain('giấy chứng sinh, bản điện tử hoặc ảnh chụp rõ,');
    expect(text).not.toMatch(/[()]/);
  });
});

describe('sample editions', () => {
  it.each([
    ['a sample commune', { ...commune, sample: true }, true],
    ['a real commune', commune, false],
    ['a sample office edition', { ...office, sample: true }, true],
    ['a real office edition', office, false],
  ])('starts the text of %s with the spoken sample notice: %s', (_name, edition, sample) => {
    const body = getScriptText(buildScript(content, guide, edition, 'tin')).split(`${TEXT_SEPARATOR}\n`)[1]!;
    expect(body.startsWith(`${SAMPLE_NOTICE}\n\n`)).toBe(sample);
    expect(body.includes('Bản mẫu')).toBe(sample);
  });

  it('counts the notice in the reading time, since a text-to-speech box reads it too', () => {
    const real = buildScript(content, guide, commune, 'tin');
    const sample = buildScript(content, guide, { ...commune, sample: true }, 'tin');
    expect(sample.noticeSeconds).toBeGreaterThan(3);
    expect(sample.seconds).toBeCloseTo(real.seconds + sample.noticeSeconds, 6);
    expect(sample.sections[0]!.startsAt).toBeCloseTo(sample.noticeSeconds, 6);
  });
});

describe('fitting a tin into 2 minutes', () => {
  it('keeps one key fact instead of two in a compact tin, and every part', () => {
    const recap = (compact: boolean) => buildSections(guide, commune, content.site, 'tin', compact).find((section) => section.id === 'recap')!.paragraphs[1];
    expect(recap(false)).toBe('Bà con cần có tài khoản VNeID mức 2 của cha hoặc mẹ; ảnh chụp giấy chứng sinh.');
    expect(recap(true)).toBe('Bà con cần có tài khoản VNeID mức 2 của cha hoặc mẹ.');
    expect(buildSections(guide, commune, content.site, 'tin', true).map((section) => section.id)).toEqual([...SECTION_IDS]);
  });

  it('uses the compact tin only when the full one is over its target', () => {
    const slow = { ...content, site: { ...content.site, readingRate: 100 } };
    const slowTin = buildScript(slow, guide, commune, 'tin');
    const fastTin = buildScript(content, guide, commune, 'tin');
    expect(slowTin.sections.find((section) => section.id === 'recap')!.written[1]).toBe('Bà con cần có tài khoản VNeID mức 2 của cha hoặc mẹ.');
    expect(fastTin.sections.find((section) => section.id === 'recap')!.written[1]).toContain('ảnh chụp giấy chứng sinh');
  });

  it('reads written key facts as sentences', () => {
    const withFacts = { ...guide, broadcast: { ...guide.broadcast, keyFacts: ['Không mất lệ phí', 'Kết quả sau 3 ngày.'] } };
    const recap = buildSections(withFacts, commune, content.site, 'bai').find((section) => section.id === 'recap')!.paragraphs[1];
    expect(recap).toBe('Không mất lệ phí. Kết quả sau 3 ngày.');
  });
});

describe('catalogue', () => {
  const entries = getBroadcastCatalogue(content);

  it('lists a tin and a bài of every guide, and of every featured guide per commune', () => {
    const expected = (content.guides.length + content.communes.reduce((sum, c) => sum + c.featured.length, 0)) * 2;
    expect(entries).toHaveLength(expected);
    expect(entries.map((entry) => entry.paths.pdf)).toContain('/phat-thanh/xa/xa-thu/dang-ky-khai-sinh-bai.pdf');
    expect(new Set(entries.map((entry) => entry.paths.page)).size).toBe(entries.length);
  });

  it('warns, naming the guide, when a script runs over its target', () => {
    const slow = { ...content, site: { ...content.site, readingRate: 100 } };
    const warnings = getCatalogueWarnings(getBroadcastCatalogue(slow));
    expect(warnings.some((warning) => /^Tin của hướng dẫn \S+( \(xã Thử\))? đọc hết \d:\d\d, quá thời lượng 2:00: /.test(warning))).toBe(true);
  });

  it('has no warnings for the fixture content at 180 syllables a minute', () => {
    expect(getCatalogueWarnings(entries).filter((warning) => warning.includes('quá thời lượng'))).toEqual([]);
  });
});

describe('a script an announcer reads as it stands (issue 9)', () => {
  const scripts = [office, commune].flatMap((edition) => content.guides.flatMap((each) => (['tin', 'bai'] as const).map((kind) => buildScript(content, each, edition, kind))));

  it('has no written label such as "Lệ phí:" or "Bước 1:" anywhere in what is read', () => {
    for (const script of scripts) {
      for (const paragraph of script.sections.flatMap((section) => section.spoken)) {
        expect(paragraph, `${script.guide} ${script.kind}`).not.toMatch(/(?:^|[.!?]\s)[\p{Lu}][\p{L}\p{M}]*(?:\s[\p{L}\p{M}]+){0,3}:/u);
      }
    }
  });

  it('says no sentence twice outside the recap and the sign-off', () => {
    for (const script of scripts) {
      const sentences = script.sections.filter((section) => section.id !== 'recap' && section.id !== 'signoff')
        .flatMap((section) => section.spoken.join(' ').split(/(?<=[.!?])\s+/)).map((text) => text.toLowerCase());
      expect(sentences.length, `${script.guide} ${script.kind}`).toBe(new Set(sentences).size);
    }
  });

  it('drops a sentence the guide repeats, keeping its first place', () => {
    const repeating = { ...guide, audience: guide.summary };
    const lead = buildSections(repeating, commune, content.site, 'bai').find((section) => section.id === 'lead')!.paragraphs;
    expect(lead).toEqual([guide.summary.endsWith('.') ? guide.summary : `${guide.summary}.`]);
  });

  it('repeats the first hotline in the recap', () => {
    for (const script of scripts) {
      const recap = script.sections.find((section) => section.id === 'recap')!;
      const help = script.sections.find((section) => section.id === 'help')!;
      const written = /^Cần hỏi thêm, bà con gọi số (.+)\.$/.exec(recap.written.at(-1)!)?.[1];
      const spoken = /^Cần hỏi thêm, bà con gọi số (.+)\.$/.exec(recap.spoken.at(-1)!)?.[1];
      expect(written, script.guide).toBeTruthy();
      expect(help.written[0]).toContain(`số điện thoại ${written}`);
      expect(help.spoken[0]).toContain(`số điện thoại ${spoken}`);
    }
  });

  it("names the commune's own police in a commune edition, and keeps the office edition general", () => {
    const withPolice = { ...guide, help: 'Bà con đến Công an xã nơi đang ở để được hướng dẫn; hoặc hỏi Công an xã nơi đến ở.' };
    const communeHelp = buildSections(withPolice, commune, content.site, 'bai').find((section) => section.id === 'help')!.paragraphs[1];
    const officeHelp = buildSections(withPolice, office, content.site, 'bai').find((section) => section.id === 'help')!.paragraphs[1];
    expect(communeHelp).toBe('Bà con đến Công an xã Thử để được hướng dẫn; hoặc hỏi Công an xã nơi đến ở.');
    expect(officeHelp).toBe(withPolice.help);
  });

  it('gives a name its pronunciation once on the announcer page, then writes it normally', () => {
    const script = buildScript(content, guide, commune, 'bai');
    const read = script.sections.flatMap((section) => section.read).join(' ');
    const spoken = script.sections.flatMap((section) => section.spoken).join(' ');
    expect(read.match(/VNeID \(đọc là: vê en e ai đi\)/g)).toHaveLength(1);
    expect(read.indexOf('VNeID (đọc là')).toBeLessThan(read.lastIndexOf('VNeID'));
    // The text-to-speech text always has the pronounced form: a machine does not remember.
    expect(spoken).not.toContain('VNeID');
  });
});
