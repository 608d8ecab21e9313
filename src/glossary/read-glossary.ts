import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../content/read-source.ts';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary.ts';

const cache = new Map<string, { stamp: string; terms: GlossaryTerm[] }>();

/**
 * The glossary of a content folder for the MDX plugin, which runs inside Vite and cannot wait
 * for getContent(). Read again when the file changes (so `astro dev` follows edits). A missing
 * or invalid glossary gives no terms: the content loader reports that problem, with file and
 * field, before any page is built.
 */
export function readGlossary(contentDir: string): GlossaryTerm[] {
  const file = path.join(contentDir, 'glossary.yaml');
  let stamp: string;
  try {
    const stat = statSync(file);
    stamp = `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return [];
  }
  const cached = cache.get(file);
  if (cached?.stamp === stamp) return cached.terms;
  let terms: GlossaryTerm[] = [];
  try {
    const parsed = glossarySchema.safeParse(parseYaml(readFileSync(file, 'utf8'), file));
    if (parsed.success) terms = parsed.data;
  } catch {
    // A YAML syntax error: the loader reports it with its line.
  }
  cache.set(file, { stamp, terms });
  return terms;
}
