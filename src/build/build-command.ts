import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, ContentErrors } from '../content/content-error.ts';
import { getContentDir } from '../content/content-dir.ts';

/**
 * The options every build command takes: `--content <dir>` (default content/), `--out <dir>`
 * (default dist/) and `--strict-lint` (content linter findings stop the build; CI uses it).
 */
export function getBuildArgs(): { contentDir: string; outDir: string; strictLint: boolean } {
  const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' }, 'strict-lint': { type: 'boolean' } } });
  return {
    contentDir: values.content ? path.resolve(values.content) : getContentDir(),
    outDir: path.resolve(values.out ?? 'dist'),
    strictLint: values['strict-lint'] ?? false,
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
    if (!(error instanceof ContentErrors || error instanceof ContentError)) throw error;
    console.error(`\n✖ ${error.message}${onContentError ? `\n\n${onContentError}` : ''}`);
    process.exitCode = 1;
  }
}
