import type { Guide } from '../../content/load-content.ts';
import type { Site } from '../../schemas/site.ts';
import type { ScriptKind } from '../../paths.ts';
import { t } from '../../i18n/t.ts';
import type { ScriptEdition } from './script-edition.ts';

/**
 * The parts of a loudspeaker script, in the order DESIGN.md "Broadcast" gives: station ID →
 * headline → lead → why it matters → numbered steps → where to get help → repeat the key facts
 * → sign-off. Text is written here as a person would write it ("Bước 1", "0208 3855 123");
 * the read-aloud normaliser turns it into what is said.
 */
export const SECTION_IDS = ['station', 'headline', 'lead', 'why', 'steps', 'help', 'recap', 'signoff'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Headings on the announcer page and PDF (not read aloud). */
export const SECTION_LABELS: Record<SectionId, string> = {
  station: 'Giới thiệu đài',
  headline: 'Tiêu đề',
  lead: 'Mở đầu',
  why: 'Vì sao cần biết',
  steps: 'Các bước',
  help: 'Hỏi ở đâu',
  recap: 'Nhắc lại',
  signoff: 'Kết thúc',
};

export interface WrittenSection {
  id: SectionId;
  /** Paragraphs as written. */
  paragraphs: string[];
}

/** Kinds of script: a short item (tin, ≤ 2 min) and a feature (bài, ≤ 5 min). */
export const KIND_LABELS: Record<ScriptKind, string> = { tin: 'Tin', bai: 'Bài' };

const WHY_BY_LEVEL: Record<Guide['onlineLevel'], string> = {
  'toan-trinh': 'Thủ tục này làm trọn trên mạng: bà con nộp hồ sơ và nhận kết quả mà không phải đi lại.',
  'mot-phan': 'Bà con nộp hồ sơ trên mạng, chỉ phải đến một lần khi cần, nên đỡ đi lại và chờ đợi.',
};

/**
 * `compact` is the shortest a tin can be while keeping every part: one key fact in the recap
 * instead of two. The catalogue uses it when the full tin runs over its 2-minute target.
 *
 * Written to be read as it stands (issue 9): a greeting after the station ID, whole sentences
 * instead of written labels ("Về lệ phí, …", not "Lệ phí: …"), no sentence said twice outside
 * the recap, the hotline repeated in the recap, and in a commune edition "Công an xã" named as
 * the commune's own police. Strings come from src/i18n/vi.ts.
 */
export function buildSections(guide: Guide, edition: ScriptEdition, site: Site, kind: ScriptKind, compact = false): WrittenSection[] {
  const long = kind === 'bai';
  const broadcast = guide.broadcast;
  const where = getChannelSentence(guide, site);
  const why = broadcast.whyItMatters ?? WHY_BY_LEVEL[guide.onlineLevel];
  const before = guide.before.map((item) => item.text);
  const keyFacts = long ? (broadcast.keyFacts ?? before) : (broadcast.keyFacts ?? before).slice(0, compact ? 1 : 2);
  // Written key facts are sentences; the default (what you need first) is a list of things.
  const recapFacts = broadcast.keyFacts ? keyFacts.map(sentence).join(' ') : t('broadcast.recapNeed', { items: list(keyFacts) });
  const hotline = edition.contacts[0]?.phone;
  const sections: Record<SectionId, string[]> = {
    station: [edition.stationId, t('broadcast.greeting')],
    headline: [sentence(guide.title)],
    lead: [sentence(broadcast.lead ?? guide.summary), ...(long ? [sentence(guide.audience)] : [])],
    why: [
      sentence(why),
      ...(long ? [getFeeLine(guide.fee, why), t('broadcast.time', { time: lower(sentence(guide.processingTime)) }), t('broadcast.result', { result: lower(sentence(guide.result)) })] : []),
    ],
    steps: [
      ...(long ? [t('broadcast.prepare', { items: list(before) })] : []),
      t('broadcast.stepCount', { count: guide.steps.length }),
      ...guide.steps.map((step, index) => t('broadcast.step', { number: index + 1, title: `${lower(sentence(step.title))}${long ? ` ${sentence(step.detail)}` : ''}` })),
    ],
    help: [
      // One sentence for all contacts: "Cần giúp đỡ, bà con liên hệ" twice in a row sounds like a slip.
      t('broadcast.help', { contacts: edition.contacts.map((contact) => t('broadcast.helpContact', { place: contact.place, phone: contact.phone })).join(t('broadcast.helpOr')) }),
      ...(long ? [sentence(guide.help)] : []),
    ],
    recap: [`${t('broadcast.recap')} ${sentence(guide.title)} ${where}`, recapFacts, ...(hotline ? [t('broadcast.recapHotline', { phone: hotline })] : [])],
    signoff: [t('broadcast.signoff', { kind: t(long ? 'broadcast.kind.bai' : 'broadcast.kind.tin'), title: lower(sentence(guide.title)) })],
  };
  const police = edition.commune ? (text: string) => nameCommunePolice(text, edition.commune!) : (text: string) => text;
  const said = new Set<string>();
  return SECTION_IDS.map((id) => ({
    id,
    // The recap repeats on purpose ("Xin nhắc lại"); everywhere else a sentence already said is left out.
    paragraphs: sections[id].filter(Boolean).map(police).map((paragraph) => (id === 'recap' || id === 'signoff' ? paragraph : dropSaid(paragraph, said))).filter(Boolean),
  }));
}

/**
 * "Công an xã", "Công an xã nơi đang ở", "Công an cấp xã" → "Công an xã Phú Đình" in that
 * commune's edition: listeners go to their own commune police. "Công an xã nơi đến ở" (where a
 * family moves to) may be another commune and is kept.
 */
export function nameCommunePolice(text: string, commune: string): string {
  return text.replace(/Công an (?:cấp xã|xã(?: nơi (?:đang ở|cư trú|thường trú))?)(?![\p{L}\p{M}]| nơi đến)/gu, t('broadcast.police', { place: commune }));
}

/** The paragraph without sentences already said in the script (compared without case and punctuation). */
function dropSaid(paragraph: string, said: Set<string>): string {
  const kept = paragraph.split(/(?<=[.!?…])\s+/).filter((part) => {
    const key = part.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
    if (!key) return true;
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });
  return kept.join(' ');
}

/**
 * "Về lệ phí, …" for the bài. When why-it-matters already speaks of the fee ("… không mất lệ
 * phí."), the fee's own sentences about money are not read a second time; its other facts
 * ("Trẻ dưới 6 tuổi được Nhà nước đóng bảo hiểm y tế.") still are, without the label.
 */
function getFeeLine(fee: string, why: string): string {
  if (!/lệ phí/i.test(why)) return t('broadcast.fee', { fee: lower(sentence(fee)) });
  return fee.split(/(?<=[.!?…])\s+/).filter((part) => !/phí/i.test(part)).map(sentence).join(' ');
}

function getChannelSentence(guide: Guide, site: Site): string {
  const host = new URL(site.portal.url).host;
  if (guide.channel === 'vneid') return 'Làm trên ứng dụng VNeID.';
  if (guide.channel === 'dichvucong') return `Làm trên ${site.portal.name}, địa chỉ ${host}.`;
  return `Làm trên ${site.portal.name}, địa chỉ ${host}, hoặc trên ứng dụng VNeID.`;
}

/** Ends a piece of text with a full stop so the reader pauses (and timing counts it). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "Thẻ căn cước" → "thẻ căn cước" after a colon; names and abbreviations keep their capitals. */
function lower(text: string): string {
  const [first = '', second = ''] = text;
  return second && second === second.toLowerCase() ? first.toLowerCase() + text.slice(1) : text;
}

function list(items: readonly string[]): string {
  return sentence(items.map((item) => lower(item.replace(/[.;,!?…\s]+$/, ''))).join('; '));
}
