import type { Dialect } from './read-aloud/dialect.ts';
import type { Lexicon } from './read-aloud/lexicon.ts';
import { normaliseForReading } from './read-aloud/normalise.ts';
import { timeParagraphs } from './script/timing.ts';

/** One place in a pasted text that cannot be read confidently, for staff (no file or field names). */
export interface PastedWarning {
  /** 1-based line of the pasted text. */
  line: number;
  /** 1-based first and last character in that line. */
  from: number;
  to: number;
  /** Plain Vietnamese: what is wrong and what to write instead ("viết đầy đủ: …"). */
  advice: string;
}

export interface PastedReading {
  /** The spoken form of each non-empty line. */
  paragraphs: string[];
  warnings: PastedWarning[];
  syllables: number;
  seconds: number;
}

/**
 * What the paste page shows for a text: its spoken form line by line, the warnings in the words
 * meant for staff (ReadAloudWarning.advice, never the file to edit) and the reading time. Pure,
 * so the page's Web Worker and the tests run the same code.
 */
export function readPastedText(text: string, dialect: Dialect, rate: number, lexicon?: Lexicon): PastedReading {
  const lines = text.split(/\r?\n/);
  const paragraphs: string[] = [];
  const warnings: PastedWarning[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const result = normaliseForReading(line, { dialect, lexicon });
    paragraphs.push(result.spoken);
    for (const warning of result.warnings) warnings.push({ line: index + 1, from: warning.start + 1, to: warning.end, advice: warning.advice });
  });
  const timing = timeParagraphs(paragraphs, rate);
  return { paragraphs, warnings, syllables: timing.syllables, seconds: timing.seconds };
}
