import { mdxToMdast } from 'satteri';
import { t } from '../i18n/t.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-dir.ts';
import { findUnsafeMdx, type MdxNode } from './safe-mdx/find-unsafe-mdx.ts';

export interface MdxLink {
  url: string;
  line: number;
  column: number;
}

export interface MdxBodyReport {
  links: MdxLink[];
  errors: ContentError[];
}

/** Where a finding is, as the field of its message: "body (dòng 12:5)". */
export const bodyPlace = ({ line, column }: { line: number; column: number }) => t('contentError.body', { line, column });

/**
 * Parses an MDX file the way Astro will (Sätteri, Astro 7's Markdown processor, the same copy
 * @astrojs/mdx uses, so the two cannot disagree about what is code), refuses everything outside
 * the safe subset (src/content/safe-mdx/) before Astro compiles it, and returns every address
 * in the body for the link policy (check-content.ts).
 */
export async function readMdxBody(source: string, file: string): Promise<MdxBodyReport> {
  const shown = displayPath(file);
  let tree: MdxNode;
  try {
    tree = mdxToMdast(source) as MdxNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { links: [], errors: [new ContentError(shown, 'body', t('content.invalidMdx.problem', { detail: message }), t('content.invalidMdx.fix'))] };
  }
  const { findings, urls } = findUnsafeMdx(tree);
  return {
    links: urls,
    errors: findings.map((finding) => new ContentError(shown, bodyPlace(finding), finding.found, finding.fix)),
  };
}
