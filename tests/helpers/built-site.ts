import { inject } from 'vitest';

/** The site built once from content/ by global setup, and the address it is served at. */
export function getBuiltSite(): { dir: string; url: string; warnings: string[] } {
  return { dir: inject('siteDir'), url: inject('siteUrl'), warnings: inject('buildWarnings') };
}
