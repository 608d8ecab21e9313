import { getContentDir } from '../../src/content/content-dir.ts';
import { EXAMPLE_CONTENT, FIXTURE_CONTENT, FIXTURE_TODAY } from './fixture-content.ts';

/** The fixture guide that the shared fixture build starts with a byte-order mark. */
export const BOM_GUIDE = 'guides/tai-khoan-vneid.mdx';

/** How one shared site of the integration and browser tests is built (a full `buildAll`). */
export interface SiteVariant {
  /** The content folder it starts from. */
  contentDir: string;
  /** Named edits to a copy of that folder, as in `copyContent`: file inside the folder → old text ("" for a new file) → new text. */
  edits?: Record<string, (text: string) => string>;
  /** Lint findings stop the build (the fixtures must stay lint-clean). */
  strictLint?: boolean;
  /** The day the linter dates "reviewed" against, so the build does not age. */
  today?: string;
}

/**
 * Every site the integration and browser tests share. Global setup builds each once per run (or
 * takes it from node_modules/.cache/dvc-kit-tests when neither its content nor the code changed)
 * and serves it; a test file reads one with `getBuiltSite(name)`. A test that needs another
 * content variant adds it here rather than building in its own `beforeAll`, so every file that
 * reads it shares one build. Test files only read these folders: a test that builds over a site
 * copies it first (`copySite`).
 */
export const SITE_VARIANTS = {
  /** A full example office (11 guides, two sample communes). */
  example: { contentDir: EXAMPLE_CONTENT },
  /**
   * The small fixture (3 guides, one commune, real contacts), strictly linted on a fixed day. One
   * guide starts with a byte-order mark before its front matter, as Notepad saves a file, so every
   * test of this build also checks that a BOM changes nothing, through Astro's loader as well as
   * ours (tests/content/hostile-content-build), without a second build to compare (a quarter of
   * a fresh `npm test`).
   */
  fixture: { contentDir: FIXTURE_CONTENT, strictLint: true, today: FIXTURE_TODAY, edits: { [BOM_GUIDE]: (text) => `\uFEFF${text}` } },
  /** The office's own content/ (or DVC_CONTENT_DIR), for the one smoke test (tests/smoke/). */
  office: { contentDir: getContentDir() },
} satisfies Record<string, SiteVariant>;

export type SiteVariantName = keyof typeof SITE_VARIANTS;
