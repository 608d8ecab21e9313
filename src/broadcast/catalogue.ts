import type { Content } from '../content/load-content.ts';
import { broadcastFiles, OFFICE_EDITION, type Edition, type ScriptKind } from '../paths.ts';
import { buildScript, createGuideLexicon, type Script } from './script/build-script.ts';
import { resolveScriptEdition, type ScriptEdition } from './script/script-edition.ts';
import { formatDuration } from './script/timing.ts';

export const SCRIPT_KINDS: readonly ScriptKind[] = ['tin', 'bai'];

/** One script the kit publishes, with where its page, text and PDF live. */
export interface BroadcastEntry {
  guide: string;
  kind: ScriptKind;
  edition: ScriptEdition;
  /** Date the guide's facts were checked: the PDF's fixed CreationDate. */
  reviewed: string;
  paths: { page: string; text: string; pdf: string };
  script: Script;
}

const cache = new WeakMap<Content, BroadcastEntry[]>();

/**
 * Every script: each guide for the office edition, and each commune's featured guides with that
 * commune's station and contacts; a tin and a bài of each. The kit builder and the pages both read
 * this list, so the files on disk and the links on the site never disagree. Pure.
 */
export function getBroadcastCatalogue(content: Content): BroadcastEntry[] {
  const cached = cache.get(content);
  if (cached) return cached;
  const entries: BroadcastEntry[] = [];
  const editions: { edition: Edition; guides: string[] }[] = [
    { edition: OFFICE_EDITION, guides: content.guides.map((guide) => guide.slug) },
    ...content.communes.map((commune) => ({ edition: { kind: 'commune', slug: commune.slug } as Edition, guides: commune.featured })),
  ];
  for (const { edition, guides } of editions) {
    const scriptEdition = resolveScriptEdition(content, edition);
    for (const slug of guides) {
      const guide = content.guides.find((entry) => entry.slug === slug);
      if (!guide) continue; // loadContent already rejects featured guides that do not exist.
      const lexicon = createGuideLexicon(content, guide);
      for (const kind of SCRIPT_KINDS) {
        entries.push({
          guide: slug,
          kind,
          edition: scriptEdition,
          reviewed: guide.reviewed,
          paths: { page: broadcastFiles.page(slug, kind, edition), text: broadcastFiles.text(slug, kind, edition), pdf: broadcastFiles.pdf(slug, kind, edition) },
          script: buildScript(content, guide, scriptEdition, kind, lexicon),
        });
      }
    }
  }
  cache.set(content, entries);
  return entries;
}

/** The scripts of one guide (office edition first), for the link list on the guide's page. */
export function getGuideScripts(content: Content, guide: string): BroadcastEntry[] {
  return getBroadcastCatalogue(content).filter((entry) => entry.guide === guide);
}

/**
 * Build warnings: scripts over their length target, and text the normaliser could not read.
 * Text from the guide is reported once per guide and kind, not once per edition.
 */
export function getCatalogueWarnings(entries: readonly BroadcastEntry[]): string[] {
  const warnings = new Set<string>();
  for (const { script, edition } of entries) {
    const where = edition.edition.kind === 'office' ? '' : `, ${edition.name}`;
    if (script.seconds > script.targetSeconds) {
      warnings.add(`Script for ${script.guide} (${script.kind}${where}) runs ${formatDuration(script.seconds)}, over its ${formatDuration(script.targetSeconds)} target`);
    }
    for (const warning of script.warnings) {
      warnings.add(`Script for ${script.guide} (${script.kind}), section ${warning.section}: cannot read "${warning.text}" aloud: ${warning.message}`);
    }
  }
  return [...warnings];
}
