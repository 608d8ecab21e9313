import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, ContentErrors } from '../content/content-error.ts';
import { getContentDir } from '../content/content-dir.ts';
import { BuildUsageError } from './build-usage-error.ts';

/**
 * The options of `npm run build`: `--content <dir>` (default content/), `--out <dir>` (default
 * dist/) and `--only <kit>[,<kit>]` (kit names from src/build/kits.ts; default everything).
 */
export function getBuildArgs(): { contentDir: string; outDir: string; only: string[] | undefined } {
  const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' }, only: { type: 'string', multiple: true } } });
  return {
    contentDir: values.content ? path.resolve(values.content) : getContentDir(),
    outDir: path.resolve(values.out ?? 'dist'),
    only: values.only?.flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean),
  };
}

/**
 * Runs a build command. Content problems are printed as the office reads them (file, field,
 * fix) and end the process with exit code 1; anything else is a bug and keeps its stack trace.
 */
export async function runBuildCommand(run: () => Promise<void>, onContentError = ''): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof ContentErrors || error instanceof ContentError || error instanceof BuildUsageError)) throw error;
    console.error(`\n✖ ${error.message}${onContentError ? `\n\n${onContentError}` : ''}`);
    process.exitCode = 1;
  }
}
