import type { Content, Guide } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { getEditions } from '../editions/get-editions.ts';
import { broadcastFiles, type ScriptKind } from '../paths.ts';
import { buildScript, createGuideLexicon, isOverTarget, type Script, type ScriptWarning } from './script/build-script.ts';
import { getScriptEdition, type ScriptEdition } from './script/script-edition.ts';
import { formatDuration } from './script/timing.ts';
import { KIND_LABELS } from './script/sections.ts';
import { t } from '../i18n/t.ts';

export const SCRIPT_KINDS: readonly ScriptKind[] = ['tin', 'bai'];

/** One script the kit publishes, with where its page, text and PDF live. */
export interface BroadcastEntry {
  /** The announcer page's path (KitFile id). */
  id: string;
  guide: string;
  kind: ScriptKind;
  edition: ScriptEdition;
  /** Date the guide's facts were checked: the PDF's fixed CreationDate. */
  reviewed: string;
  paths: { page: string; text: string; pdf: string };
  script: Script;
}

/**
 * Every script: each guide for the office edition, and each commune's featured guides with that
 * commune's station and contacts; a tin and a bài of each. The kit builder and the pages both read
 * this list, so the files on disk and the links on the site never disagree. Pure.
 */
export function getBroadcastCatalogue(content: Content): BroadcastEntry[] {
  return getEditions(content).flatMap((edition) => getBroadcastFiles(content, edition));
}

/** The scripts of one edition: a tin and a bài of each of its guides. Pure. */
export function getBroadcastFiles(content: Content, edition: Edition): BroadcastEntry[] {
  const scriptEdition = getScriptEdition(edition);
  return getBroadcastSlots(content, edition).map((slot) => writeBroadcastEntry(content, scriptEdition, slot));
}

/** Where one script of an edition goes, before it is written. */
export interface BroadcastSlot {
  id: string;
  guide: Guide;
  kind: ScriptKind;
  paths: BroadcastEntry['paths'];
}

/**
 * The scripts of one edition, in getBroadcastFiles' order, without writing them: the site lists
 * every script's page but, in an incremental build, renders only those whose inputs changed.
 * Pure.
 */
export function getBroadcastSlots(content: Content, edition: Edition): BroadcastSlot[] {
  const ref = edition.ref;
  return edition.guides.flatMap((slug) => {
    const guide = content.guides.find((entry) => entry.slug === slug);
    // loadContent already rejects featured guides that do not exist.
    if (!guide) return [];
    return SCRIPT_KINDS.map((kind) => ({
      id: broadcastFiles.page(slug, kind, ref),
      guide,
      kind,
      paths: { page: broadcastFiles.page(slug, kind, ref), text: broadcastFiles.text(slug, kind, ref), pdf: broadcastFiles.pdf(slug, kind, ref) },
    }));
  });
}

/** One script of an edition, written. Pure. */
export function getBroadcastEntry(content: Content, edition: Edition, slot: BroadcastSlot): BroadcastEntry {
  return writeBroadcastEntry(content, getScriptEdition(edition), slot);
}

function writeBroadcastEntry(content: Content, edition: ScriptEdition, { id, guide, kind, paths }: BroadcastSlot): BroadcastEntry {
  return { id, guide: guide.slug, kind, edition, reviewed: guide.reviewed, paths, script: buildScript(content, guide, edition, kind, createGuideLexicon(content, guide)) };
}

/**
 * Build warnings: scripts over their length target, and text the normaliser could not read.
 * Text from the guide is reported once per guide and kind, not once per edition; text from
 * the edition's file (station ID, help contacts) once per edition, naming that file and field.
 * A guide's script over its target in several communes (their contacts make it longer) is one
 * warning naming how many and the longest, not one per commune: a province's build printed 51
 * lines for three guides.
 */
export function getCatalogueWarnings(entries: readonly BroadcastEntry[]): string[] {
  const warnings = new Map<string, string>();
  const add = (key: string, warning: string) => {
    if (!warnings.has(key)) warnings.set(key, warning);
  };
  const overInCommunes = new Map<string, { script: Script; edition: ScriptEdition; count: number }>();
  for (const { script, edition } of entries) {
    const where = edition.edition.kind === 'office' ? '' : t('broadcastWarning.where', { edition: edition.name });
    const kind = KIND_LABELS[script.kind];
    if (isOverTarget(script)) {
      const warning = t('broadcastWarning.overTarget', { kind, guide: script.guide, where, duration: formatOverTarget(script), target: formatDuration(script.targetSeconds) });
      if (edition.edition.kind === 'office') add(warning, warning);
      else {
        // Its place among the warnings is the first commune's; the text is written below.
        const key = `over\0${script.guide}\0${script.kind}`;
        const longest = overInCommunes.get(key);
        if (!longest) {
          add(key, warning);
          overInCommunes.set(key, { script, edition, count: 1 });
        } else {
          longest.count++;
          if (script.seconds - script.noticeSeconds > longest.script.seconds - longest.script.noticeSeconds) Object.assign(longest, { script, edition });
        }
      }
    }
    for (const warning of script.warnings) {
      const problem = t('broadcastWarning.unreadable', { text: warning.text, message: warning.message });
      if (isEditionText(warning)) {
        add(`${edition.file}\0${warning.text}`, t('broadcastWarning.editionText', { edition: edition.name, where: `${edition.file} → ${getEditionField(edition, warning)}`, problem }));
      } else {
        const text = t('broadcastWarning.guideText', { kind, guide: script.guide, section: warning.section, problem });
        add(text, text);
      }
    }
  }
  for (const [key, { script, edition, count }] of overInCommunes) {
    if (count === 1) continue;
    const duration = formatOverTarget(script);
    warnings.set(key, t('broadcastWarning.overTargetInCommunes', { kind: KIND_LABELS[script.kind], guide: script.guide, count, duration, edition: edition.name, target: formatDuration(script.targetSeconds) }));
  }
  return [...warnings.values()];
}

/** The length over target rounded up, so that 120.4 s over a 2:00 target reads 2:01, not 2:00. */
function formatOverTarget(script: Script): string {
  return formatDuration(Math.ceil(script.seconds - script.noticeSeconds));
}

/** The station ID and the contacts sentence (the first help paragraph) are written from the edition's file. */
function isEditionText(warning: ScriptWarning): boolean {
  return warning.section === 'station' || (warning.section === 'help' && warning.paragraph === 0);
}

/** The field whose value holds the unreadable text; every field of the section when none does (the text spans two). */
function getEditionField(edition: ScriptEdition, warning: ScriptWarning): string {
  const texts = edition.texts.filter((item) => item.section === warning.section);
  const field = texts.find((item) => item.text.includes(warning.text))?.field;
  return field ?? [...new Set(texts.map((item) => item.field))].join(t('broadcastWarning.fieldOr'));
}
