/**
 * The glossary entries a guide page links up to the end of its MDX body, handed from the MDX
 * plugin to the page. The plugin writes them into the compiled module's frontmatter, which
 * Astro's render() returns as `remarkPluginFrontmatter` (astro/dist/content/runtime.js), so the
 * help box after the body links only terms the page has not linked yet.
 */
const KEY = 'glossaryLinked';

export function setBodyGlossaryLinks(frontmatter: unknown, ids: Iterable<string>): void {
  if (frontmatter && typeof frontmatter === 'object') (frontmatter as Record<string, unknown>)[KEY] = [...ids];
}

export function getBodyGlossaryLinks(frontmatter: unknown): string[] {
  const ids = frontmatter && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>)[KEY] : undefined;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
