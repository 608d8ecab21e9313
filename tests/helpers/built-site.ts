import { inject } from 'vitest';

/** The example content fixture built once by global setup, its output folder and the address it is served at. */
export function getBuiltSite(): { contentDir: string; dir: string; url: string; warnings: string[] } {
  return { contentDir: inject('contentDir'), dir: inject('siteDir'), url: inject('siteUrl'), warnings: inject('buildWarnings') };
}
