/**
 * What a slide says, before any geometry: the deck builders make these from the guide and the
 * edition, and resolveSlides (layout-slides.ts) turns each into one or more laid-out slides.
 */
import type { SourcedText, TextSource } from '../content/sourced-text.ts';
import type { QrCode } from '../pdf/qr.ts';

export interface ListItem {
  text: SourcedText;
  /** What the presenter says for this item (speaker notes, as written). */
  notes: string;
  /** "•" or "1." */
  marker: string;
  /** Prose that may be split at sentence ends when it alone is taller than a slide. */
  splittable?: boolean;
  /** Set in bold (contact names, phone numbers). */
  strong?: boolean;
}

export interface StepItem {
  number: number;
  total: number;
  title: SourcedText;
  detail: SourcedText;
  notes: string;
}

export type SlideSpec =
  | { kind: 'cover'; kicker: string; title: SourcedText; lines: string[]; notes: string[] }
  | { kind: 'list'; title: string; items: ListItem[]; notes: string[] }
  | { kind: 'steps'; steps: StepItem[] }
  | { kind: 'qr'; title: string; qr: QrCode; hint: string; source: TextSource; notes: string[] };
