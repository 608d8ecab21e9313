/**
 * Reads `content/print-terms.yaml` (src/schemas/print-terms.ts). The file is optional and may
 * be empty: without it large type still breaks only at spaces, balanced, just without knowing
 * which syllables belong together.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { printTermsSchema, type PrintTerms } from '../schemas/print-terms.ts';
import { checkInsideContent } from './check-inside-content.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-dir.ts';
import { parseWithFriendlyErrors } from './parse-with-friendly-errors.ts';
import { parseYaml, readText } from './read-source.ts';

export const PRINT_TERMS_FILE = 'print-terms.yaml';

const printTermsOrEmpty = z.preprocess((value) => value ?? {}, printTermsSchema);

export async function readPrintTerms(dir: string): Promise<{ data: PrintTerms; errors: ContentError[] }> {
  const file = path.join(dir, PRINT_TERMS_FILE);
  const empty = printTermsSchema.parse({});
  if (!existsSync(file)) return { data: empty, errors: [] };
  try {
    await checkInsideContent(file, dir);
    const result = parseWithFriendlyErrors(printTermsOrEmpty, parseYaml(await readText(file), file), displayPath(file));
    return { data: result.data ?? empty, errors: result.errors };
  } catch (error) {
    if (error instanceof ContentError) return { data: empty, errors: [error] };
    throw error;
  }
}
