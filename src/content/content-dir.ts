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

/**
 * A content file as the build prints it on what it makes ("communes/xa-thu.yaml"): its path inside
 * the content folder, so the same content gives the same bytes wherever its folder lies (a copy,
 * a CI runner's checkout). Takes a path as `displayPath` gives it.
 */
export function printedContentPath(contentDir: string, file: string): string {
  return path.relative(contentDir, path.resolve(file)).split(path.sep).join('/');
}
