import path from 'node:path';

/**
 * The content folder: `content/` unless DVC_CONTENT_DIR points elsewhere (tests build small
 * fixture folders this way). Astro's config and the scripts both call this, so they agree.
 */
export function getContentDir(): string {
  return path.resolve(process.env.DVC_CONTENT_DIR ?? 'content');
}

/** A path as shown in messages: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
