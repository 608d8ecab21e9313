import type { Content, Guide } from '../../content/load-content.ts';
import { t } from '../../i18n/t.ts';
import type { ScriptKind } from '../../paths.ts';
import { createLexicon, type Lexicon } from '../read-aloud/lexicon.ts';
import { normaliseForReading, type ReadAloudChange, type ReadAloudResult, type ReadAloudWarning } from '../read-aloud/normalise.ts';
import { toSpokenAsides } from './asides.ts';
import { SAMPLE_NOTICE } from './sample-notice.ts';
import { buildSections, SECTION_LABELS, type SectionId } from './sections.ts';
import type { ScriptEdition } from './script-edition.ts';
import { PAUSE_SECONDS, TARGET_SECONDS, timeParagraphs } from './timing.ts';

export interface ScriptSection {
  id: SectionId;
  label: string;
  written: string[];
  /** What is read: the normalised paragraphs (the .txt for text-to-speech, and the timing). */
  spoken: string[];
  /**
   * What the announcer sees: the spoken paragraphs, except that a name with a pronunciation
   * ("VNeID") carries its hint once, at its first use, and is written normally after that:
   * "VNeID (đọc là: vê en e ai đi)" … "VNeID" (issue 9).
   */
  read: string[];
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
  /** Built from made-up contacts: the text starts with SAMPLE_NOTICE, which is read and so timed. */
  sample: boolean;
  /** Seconds the sample notice takes before the station ID (0 for a real edition); included in `seconds`. */
  noticeSeconds: number;
  /** Syllables a minute used for the timing (content/site.yaml `readingRate`). */
  rate: number;
  warnings: ScriptWarning[];
  /** Abbreviations, names, document numbers and addresses read differently from how they are written. */
  notes: ReadAloudChange[];
}

/** Rules whose changes an announcer may want explained next to the script. */
const NOTE_RULES = new Set(['lexicon', 'legal', 'address']);

/**
 * A guide's lexicon, one object per guide of a loaded content: every edition's scripts of the
 * guide then share its compiled patterns (compileLexicon) and its paragraphs' readings (below).
 */
const guideLexicons = new WeakMap<Content, WeakMap<Guide, Lexicon>>();

export function createGuideLexicon(content: Content, guide: Guide): Lexicon {
  let byGuide = guideLexicons.get(content);
  if (!byGuide) guideLexicons.set(content, (byGuide = new WeakMap()));
  let lexicon = byGuide.get(guide);
  if (!lexicon) byGuide.set(guide, (lexicon = createLexicon(content.readAloud, guide.broadcast.pronunciations)));
  return lexicon;
}

/**
 * Each paragraph read once per lexicon. Most paragraphs of a script are the same in every
 * edition (only the contacts and the commune's name differ), and a province builds one edition
 * per commune: at 92 communes the site stage normalised the same paragraphs 94 times over.
 * The results are only read, never changed.
 */
const readings = new WeakMap<Lexicon, Map<string, ReadAloudResult>>();

function readParagraph(paragraph: string, lexicon: Lexicon): ReadAloudResult {
  let byText = readings.get(lexicon);
  if (!byText) readings.set(lexicon, (byText = new Map()));
  let result = byText.get(paragraph);
  if (!result) byText.set(paragraph, (result = normaliseForReading(paragraph, { lexicon })));
  return result;
}

/** A guide's script for one edition: sections written, normalised and timed. Pure. */
export function buildScript(content: Content, guide: Guide, edition: ScriptEdition, kind: ScriptKind, lexicon = createGuideLexicon(content, guide)): Script {
  const full = composeScript(content, guide, edition, kind, lexicon, false);
  return kind === 'tin' && isOverTarget(full) ? composeScript(content, guide, edition, kind, lexicon, true) : full;
}

/**
 * Whether the script runs past its target once published: the sample notice is read (and timed)
 * in a sample edition but goes with the made-up contacts, so it does not count against the
 * content, which is what the office would shorten.
 */
export function isOverTarget(script: Pick<Script, 'seconds' | 'noticeSeconds' | 'targetSeconds'>): boolean {
  return script.seconds - script.noticeSeconds > script.targetSeconds;
}

function composeScript(content: Content, guide: Guide, edition: ScriptEdition, kind: ScriptKind, lexicon: Lexicon, compact: boolean): Script {
  const rate = content.site.readingRate;
  const warnings: ScriptWarning[] = [];
  const notes = new Map<string, ReadAloudChange>();
  const names = new Set([...content.readAloud.pronunciations, ...guide.broadcast.pronunciations].map((entry) => entry.written));
  const hinted = new Set<string>();
  // A text-to-speech box reads the sample notice like any other sentence: it is part of the length.
  const noticeSeconds = edition.sample ? timeParagraphs([SAMPLE_NOTICE], rate).seconds + PAUSE_SECONDS.section : 0;
  let clock = noticeSeconds;
  const sections = buildSections(guide, edition, content.site, kind, compact).map((section, index): ScriptSection => {
    const read: string[] = [];
    const spoken = section.paragraphs.map((paragraph, paragraphIndex) => {
      const result = readParagraph(toSpokenAsides(paragraph), lexicon);
      warnings.push(...result.warnings.map((warning) => ({ ...warning, section: section.id, paragraph: paragraphIndex })));
      for (const change of result.changes) if (NOTE_RULES.has(change.rule) && !notes.has(change.written)) notes.set(change.written, change);
      read.push(hintOnce(result.spoken, result.changes.filter((change) => names.has(change.written)), hinted));
      return result.spoken;
    });
    const timing = timeParagraphs(spoken, rate);
    const seconds = timing.seconds + (index > 0 ? PAUSE_SECONDS.section : 0);
    const startsAt = clock;
    clock += seconds;
    return { id: section.id, label: SECTION_LABELS[section.id], written: section.paragraphs, spoken, read, syllables: timing.syllables, seconds, startsAt };
  });
  const noticeSyllables = edition.sample ? timeParagraphs([SAMPLE_NOTICE], rate).syllables : 0;
  return {
    guide: guide.slug,
    kind,
    title: guide.title,
    sections,
    syllables: noticeSyllables + sections.reduce((sum, section) => sum + section.syllables, 0),
    seconds: clock,
    targetSeconds: TARGET_SECONDS[kind],
    sample: edition.sample,
    noticeSeconds,
    rate,
    warnings,
    notes: [...notes.values()],
  };
}

/**
 * The announcer's text of one paragraph: the first use of each name in the script shows the
 * written name with its pronunciation, later uses the written name alone (the announcer now
 * knows how to say it). Names are found in the spoken text in order, after each other.
 */
function hintOnce(spoken: string, changes: readonly ReadAloudChange[], hinted: Set<string>): string {
  let text = spoken;
  let from = 0;
  for (const change of changes) {
    const at = text.indexOf(change.spoken, from);
    if (at < 0) continue;
    const shown = hinted.has(change.written) ? change.written : t('broadcast.pronunciationHint', { written: change.written, spoken: change.spoken });
    hinted.add(change.written);
    text = text.slice(0, at) + shown + text.slice(at + change.spoken.length);
    from = at + shown.length;
  }
  return text;
}
