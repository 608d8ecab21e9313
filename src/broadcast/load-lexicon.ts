import path from 'node:path';
import { ContentErrors } from '../content/content-error.ts';
import { parseWithFriendlyErrors } from '../content/parse-with-friendly-errors.ts';
import { displayPath } from '../content/content-dir.ts';
import { parseYaml, readText } from '../content/read-source.ts';
import { readAloudSchema } from '../schemas/read-aloud.ts';
import { createLexicon, type Lexicon } from './read-aloud/lexicon.ts';

/**
 * The office's lexicon from `<contentDir>/read-aloud.yaml`, validated with the same schema as
 * the build, for tools that need only this file (the read-aloud command). Errors name the field.
 */
export async function loadReadAloudLexicon(contentDir: string): Promise<Lexicon> {
  const file = path.join(contentDir, 'read-aloud.yaml');
  const { data, errors } = parseWithFriendlyErrors(readAloudSchema, parseYaml(await readText(file), file), displayPath(file));
  if (!data) throw new ContentErrors(errors);
  return createLexicon(data);
}
