import type { Content, Guide } from '../../content/load-content.ts';
import type { ScriptKind } from '../../paths.ts';
import { createLexicon, type Lexicon } from '../read-aloud/lexicon.ts';
import { normaliseForReading, type ReadAloudChange, type ReadAloudWarning } from '../read-aloud/normalise.ts';
import { toSpokenAsides } from './asides.ts';
import { SAMPLE_NOTICE } from './sample-notice.ts';
import { buildSections, SECTION_LABELS, type SectionId } from './sections.ts';
import type { ScriptEdition } from './script-edition.ts';
import { PAUSE_SECONDS, TARGET_SECONDS, timeParagraphs } from './timing.ts';

export interface ScriptSection {
  id: SectionId;
  label: string;
  written: string[];
  /** What is read: the normalised paragraphs. */
  spoken: string[];
  syllables: number;
  /** Reading time of this section, pauses included. */
  seconds: number;
  /** Seconds from the start of the script to the start of this section. */
  startsAt: number;
}

export interface ScriptWarning extends ReadAloudWarning {
  section: SectionId;
  /** Index of the written paragraph in its section. */
  paragraph: number;
}

export interface Script {
  guide: string;
  kind: ScriptKind;
  title: string;
  sections: ScriptSection[];
  syllables: number;
  seconds: number;
  targetSeconds: number;
  /** Built from made-up contacts: the text starts with SAMPLE_NOTICE (not timed: it is never aired). */
  sample: boolean;
  /** Syllables a minute used for the timing (content/site.yaml `readingRate`). */
  rate: number;
  warnings: ScriptWarning[];
  /** Abbreviations, names, document numbers and addresses read differently from how they are written. */
  notes: ReadAloudChange[];
}

/** Rules whose changes an announcer may want explained next to the script. */
const NOTE_RULES = new Set(['lexicon', 'legal', 'address']);

export function createGuideLexicon(content: Content, guide: Guide): Lexicon {
  return createLexicon(content.readAloud, guide.broadcast.pronunciations);
}

/** A guide's script for one edition: sections written, normalised and timed. Pure. */
export function buildScript(content: Content, guide: Guide, edition: ScriptEdition, kind: ScriptKind, lexicon = createGuideLexicon(content, guide)): Script {
  const full = composeScript(content, guide, edition, kind, lexicon, false);
  return kind === 'tin' && full.seconds > full.targetSeconds ? composeScript(content, guide, edition, kind, lexicon, true) : full;
}

function composeScript(content: Content, guide: Guide, edition: ScriptEdition, kind: ScriptKind, lexicon: Lexicon, compact: boolean): Script {
  const rate = content.site.readingRate;
  const warnings: ScriptWarning[] = [];
  const notes = new Map<string, ReadAloudChange>();
  let clock = 0;
  const sections = buildSections(guide, edition, content.site, kind, compact).map((section, index): ScriptSection => {
    const spoken = section.paragraphs.map((paragraph, paragraphIndex) => {
      const result = normaliseForReading(toSpokenAsides(paragraph), { lexicon });
      warnings.push(...result.warnings.map((warning) => ({ ...warning, section: section.id, paragraph: paragraphIndex })));
      for (const change of result.changes) if (NOTE_RULES.has(change.rule) && !notes.has(change.written)) notes.set(change.written, change);
      return result.spoken;
    });
    const timing = timeParagraphs(spoken, rate);
    const seconds = timing.seconds + (index > 0 ? PAUSE_SECONDS.section : 0);
    const startsAt = clock;
    clock += seconds;
    return { id: section.id, label: SECTION_LABELS[section.id], written: section.paragraphs, spoken, syllables: timing.syllables, seconds, startsAt };
  });
  return {
    guide: guide.slug,
    kind,
    title: guide.title,
    sections,
    syllables: sections.reduce((sum, section) => sum + section.syllables, 0),
    seconds: clock,
    targetSeconds: TARGET_SECONDS[kind],
    sample: edition.sample,
    rate,
    warnings,
    notes: [...notes.values()],
  };
}

/**
 * The script as plain UTF-8 text for text-to-speech boxes: spoken form, a blank line between
 * parts, and for a sample edition the sample notice first.
 */
export function getScriptText(script: Script): string {
  const parts = script.sections.map((section) => section.spoken.join('\n'));
  return `${[...(script.sample ? [SAMPLE_NOTICE] : []), ...parts].join('\n\n')}\n`;
}
