/**
 * What the slide layout hands to its two renderers (PPTX and PDF): positioned boxes in mm, the
 * PDF plumbing's own element types, with each text box also carrying its unwrapped paragraph so
 * PowerPoint gets editable text that wraps by itself inside the same box.
 */
import type { CircleElement, QrElement, RectElement, TextElement } from '../pdf/elements.ts';

export interface SlideText extends TextElement {
  /** The text before line breaking (PowerPoint rewraps it when edited). */
  paragraph: string;
  align: 'left' | 'center';
  /** Titles are held to ≥ 40 pt, body text to ≥ 28 pt; the PPTX names its shapes by role. */
  role: 'title' | 'body' | 'mark';
}

export type SlideElement = SlideText | RectElement | CircleElement | QrElement;

export interface LaidSlide {
  elements: SlideElement[];
  /** Speaker notes as written; the deck normalises them for reading aloud. */
  notes: string[];
}

export interface SlideDeck {
  /** Document title (PPTX core properties, PDF Info). */
  title: string;
  author: string;
  subject: string;
  /** YYYY-MM-DD: every date in the files, so the same content gives the same bytes. */
  date: string;
  slides: LaidSlide[];
}
