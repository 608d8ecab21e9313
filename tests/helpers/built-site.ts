import { inject } from 'vitest';

/** The content folder built once by global setup (content/ unless DVC_CONTENT_DIR says otherwise), its output folder and the address it is served at. */
export function getBuiltSite(): { contentDir: string; dir: string; url: string; warnings: string[] } {
  return { contentDir: inject('contentDir'), dir: inject('siteDir'), url: inject('siteUrl'), warnings: inject('buildWarnings') };
}
