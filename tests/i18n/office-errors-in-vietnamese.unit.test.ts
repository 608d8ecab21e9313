/**
 * Errors and warnings the office reads are Vietnamese and come from the message table (issue 8,
 * item 4). A scan of src/: every `new ContentError(…)`, `new BuildUsageError(…)` or
 * `new BuildFsError(…)` may hold string literals only as t() keys, paths and joining marks — never
 * a run of three English words, which is what an untranslated sentence looks like. Errors that
 * only a developer meets (a broken invariant, an upstream format change) stay plain `Error`s in
 * English and are not scanned.
 */
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const OFFICE_ERRORS = /\bnew (ContentError|BuildUsageError|BuildFsError)\(/g;
const ENGLISH_RUN = /\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\b/;

/** The source of a call from its opening parenthesis to the matching one. */
function getCallText(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return source.slice(open, i + 1);
  }
  return source.slice(open);
}

/** String and template literals in a piece of code, t() keys left out. */
function getLiterals(code: string): string[] {
  const withoutKeys = code.replace(/\bt\(\s*'[\w.]+'/g, 't(');
  return [...withoutKeys.matchAll(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g)].map((match) => match[0]);
}

function findEnglishOfficeErrors(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(OFFICE_ERRORS)) {
    const call = getCallText(source, match.index + match[0].length - 1);
    for (const literal of getLiterals(call)) if (ENGLISH_RUN.test(literal)) found.push(`${file}: ${match[1]} with ${literal}`);
  }
  return found;
}

describe('office-facing errors', () => {
  it('flag an English sentence and pass a message-table call', () => {
    expect(findEnglishOfficeErrors('a.ts', "throw new ContentError(file, field, `does not fit the ${place}`, 'shorten the text.');")).toEqual([
      'a.ts: ContentError with `does not fit the ${place}`',
      "a.ts: ContentError with 'shorten the text.'",
    ]);
    expect(findEnglishOfficeErrors('a.ts', "new ContentError(source.file, source.field, t('pdfError.overflow.problem', { place, over }), t('pdfError.overflow.fix'))")).toEqual([]);
    expect(findEnglishOfficeErrors('a.ts', "new BuildUsageError(t('usage.unknownKit', { name, kits: KITS.map((kit) => kit.name).join(', ') }))")).toEqual([]);
  });

  it('are built from the message table everywhere in src/', async () => {
    const files = (await readdir('src', { recursive: true })).filter((file) => /\.(astro|ts)$/.test(file));
    const found: string[] = [];
    for (const file of files) found.push(...findEnglishOfficeErrors(file, await readFile(`src/${file}`, 'utf8')));
    expect(found).toEqual([]);
  });
});
