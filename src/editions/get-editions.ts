import type { Content } from '../content/load-content.ts';
import { OFFICE_EDITION, type Edition } from './edition.ts';
import { resolveEdition } from './resolve-edition.ts';

export interface EditionFilter {
  /** Commune slugs or globs ("phu-*") to build; undefined builds every commune (sharding across CI runners). */
  communes?: readonly string[];
  /** Leave out the office's own edition (a shard that builds communes only). */
  withoutOffice?: boolean;
}

/**
 * Every edition of the kit: the office's own first, then each commune in file-name order.
 * Kits, pages and catalogues all enumerate editions through this one function.
 */
export function getEditions(content: Content, filter: EditionFilter = {}): Edition[] {
  const matches = filter.communes ? createSlugMatcher(filter.communes) : () => true;
  return [
    ...(filter.withoutOffice ? [] : [resolveEdition(content, OFFICE_EDITION)]),
    ...content.communes.filter((commune) => matches(commune.slug)).map((commune) => resolveEdition(content, { kind: 'commune', slug: commune.slug })),
  ];
}

/** A slug matches a list entry exactly, or a glob where "*" stands for any run of letters, digits and hyphens. */
function createSlugMatcher(patterns: readonly string[]): (slug: string) => boolean {
  const expressions = patterns.map((pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[a-z0-9-]*')}$`));
  return (slug) => expressions.some((expression) => expression.test(slug));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
