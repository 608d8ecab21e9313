/**
 * Paper of the contest kit, in mm, as data: A4 portrait for sheets the office photocopies, A5
 * for the MC's cards (ISO 216). Office printers do not print to the edge, so there is no bleed;
 * margins keep text inside the 5 mm most printers cannot reach, with room for a staple.
 */
import type { TypeRange } from '../pdf/elements.ts';

export interface ContestFormat {
  /** Trimmed size: what comes out of the printer. */
  page: { width: number; height: number };
  margin: { top: number; right: number; bottom: number; left: number };
  /** Running head and page number band inside the top and bottom margins. */
  headSize: number;
}

export const A4_SHEET: ContestFormat = {
  page: { width: 210, height: 297 },
  margin: { top: 20, right: 18, bottom: 20, left: 20 },
  headSize: 8,
};

export const A5_CARD: ContestFormat = {
  page: { width: 148, height: 210 },
  margin: { top: 18, right: 14, bottom: 16, left: 14 },
  headSize: 7.5,
};

/** Type sizes in pt. Sheets are read at arm's length; cards are read aloud under stage lights. */
export const CONTEST_TYPE = {
  title: 16,
  subtitle: 11,
  heading: 12,
  body: 10.5,
  small: 8.5,
  /** The question on the front of an MC card: large, shrunk to fit down to the minimum. */
  cardQuestion: { max: 22, min: 13 } satisfies TypeRange,
  /** The answer block on the back of a card. */
  cardAnswer: { max: 16, min: 10 } satisfies TypeRange,
  leading: 1.3,
} as const;

/** Spacing in mm. */
export const CONTEST_SPACE = {
  afterTitle: 6,
  betweenQuestions: 4.5,
  optionIndent: 7,
  afterHeading: 2.5,
  paragraph: 2.5,
  /** Side of an answer box on the answer sheet. */
  tickBox: 5,
  /** Height of a table row on the scoreboard. */
  tableRow: 9,
  /** Stroke of table and box lines. */
  rule: 0.3,
} as const;
