import { routes } from '../paths.ts';

/**
 * Where a glossary entry is explained: its anchor on the glossary page, `/thuat-ngu/#chu-ho`.
 * A plain link works with no JavaScript, prints as text, and the link checks know /thuat-ngu/.
 */
export function getGlossaryHref(id: string): string {
  return `${routes.glossary}#${id}`;
}

const GLOSSARY_LINK = new RegExp(`^${routes.glossary.replace(/\//g, '\\/')}?#([a-z0-9-]+)$`);

/** The glossary id a link points to, or undefined if it is not a glossary link. */
export function getGlossaryId(href: string): string | undefined {
  return GLOSSARY_LINK.exec(href)?.[1];
}
