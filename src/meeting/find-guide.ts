import type { Content, Guide } from '../content/load-content.ts';

/** The guide a meeting file is made from (the catalogue only lists guides that exist). */
export function findGuide(content: Content, slug: string | undefined): Guide {
  const guide = content.guides.find((candidate) => candidate.slug === slug);
  if (!guide) throw new Error(`meeting kit: no guide "${slug}"`);
  return guide;
}
