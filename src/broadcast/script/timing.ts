import { countSyllables } from '../read-aloud/syllables.ts';

/**
 * Reading time: syllables ÷ rate, plus pauses. FACTS.md "Loudspeakers": outdoors, for older and
 * minority listeners, read at 160–200 syllables a minute (plan on 180; content/site.yaml
 * `readingRate`). Announcers breathe at each sentence end and leave a longer gap between parts.
 */
export const PAUSE_SECONDS = {
  /** After . ! ? and at the end of each paragraph. */
  sentence: 0.5,
  /** Between two sections of a script (station ID → headline → …). */
  section: 1,
} as const;

/** Length targets (FACTS.md: a tin runs 1–2 minutes, a bài 3–5). */
export const TARGET_SECONDS = { tin: 120, bai: 300 } as const;

export interface Timing {
  syllables: number;
  /** Sentence ends counted for pauses. */
  sentences: number;
  seconds: number;
}

export function timeParagraphs(paragraphs: readonly string[], rate: number): Timing {
  let syllables = 0;
  let sentences = 0;
  for (const paragraph of paragraphs) {
    syllables += countSyllables(paragraph);
    sentences += countSentenceEnds(paragraph);
  }
  return { syllables, sentences, seconds: (syllables / rate) * 60 + sentences * PAUSE_SECONDS.sentence };
}

/** Sentence ends inside a paragraph, and the paragraph's own end when it has no full stop. */
export function countSentenceEnds(paragraph: string): number {
  const inside = paragraph.match(/[.!?…]+(?=\s|$)/g)?.length ?? 0;
  return /[.!?…]\s*$/.test(paragraph) || paragraph.trim() === '' ? inside : inside + 1;
}

/** Seconds as "m:ss", the way announcers mark their scripts. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Seconds in words for screen readers and page text: "1 phút 25 giây". */
export function formatDurationWords(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return [minutes ? `${minutes} phút` : '', rest || !minutes ? `${rest} giây` : ''].filter(Boolean).join(' ');
}
