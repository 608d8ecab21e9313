import { t, type MessageKey } from '../../i18n/t.ts';
import type { Script } from './build-script.ts';
import { SAMPLE_NOTICE } from './sample-notice.ts';
import { formatDurationWords } from './timing.ts';

/** Thông tư 39/2020/TT-BTTTT: bulletins on smart loudspeakers are normal, priority or emergency. */
export type BulletinPriority = 'thuong' | 'uuTien' | 'khanCap';

const PRIORITY_KEYS: Record<BulletinPriority, MessageKey> = {
  thuong: 'broadcast.priority.thuong',
  uuTien: 'broadcast.priority.uuTien',
  khanCap: 'broadcast.priority.khanCap',
};

/** The line between the operator's header and the text the speaker reads. */
export const TEXT_SEPARATOR = '----------------------------------------';

/**
 * The .txt for smart loudspeakers (FACTS.md "Loudspeakers"): the vendor's text-to-speech reads
 * exactly what it gets, so the text is plain sentences, one paragraph per section, with no
 * symbol it might spell out. Above a separator, a short header the operator copies into the
 * vendor's form: title, priority, a suggested schedule and the length. Guides are campaign
 * information, so their priority is "thường"; ưu tiên and khẩn cấp are for warnings and alerts.
 */
export function getScriptText(script: Script, priority: BulletinPriority = 'thuong'): string {
  const header = [
    t('broadcast.txt.title', { title: script.title }),
    t('broadcast.txt.priority', { priority: t(PRIORITY_KEYS[priority]) }),
    t('broadcast.txt.schedule', { schedule: t(script.kind === 'tin' ? 'broadcast.schedule.tin' : 'broadcast.schedule.bai') }),
    t('broadcast.txt.duration', { duration: formatDurationWords(script.seconds) }),
    t('broadcast.txt.start'),
  ];
  const paragraphs = [...(script.sample ? [SAMPLE_NOTICE] : []), ...script.sections.map((section) => section.spoken.join(' '))];
  return `${header.join('\n')}\n${TEXT_SEPARATOR}\n${paragraphs.map(toSpeakerText).filter(Boolean).join('\n\n')}\n`;
}

/**
 * One paragraph as a text-to-speech box should get it: brackets and dashes become pauses
 * (commas), semicolons and colons commas, quotation marks and other symbols go, and the
 * sentence-end marks stay. Words, digits left unread (already warned) and . , ? ! remain.
 */
export function toSpeakerText(paragraph: string): string {
  return paragraph
    .replace(/…|\.{3}/g, '.')
    .replace(/\s*[()[\]]\s*/g, ', ')
    .replace(/\s+[-–—]\s+/g, ', ')
    .replace(/[;:]/g, ',')
    .replace(/[^\p{L}\p{M}\p{N}\s.,?!]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,?!])/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/([.?!]),/g, '$1')
    .replace(/,\s*([.?!])/g, '$1')
    .replace(/^[\s,]+|[\s,]+$/g, '')
    .replace(/([^.?!])$/, '$1.');
}
