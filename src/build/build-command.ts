import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, ContentErrors } from '../content/content-error.ts';
import { getContentDir } from '../content/content-dir.ts';
import { t } from '../i18n/t.ts';
import type { BuildOptions } from './build-all.ts';
import { BuildUsageError } from './build-usage-error.ts';
import { BuildFsError } from './describe-fs-error.ts';
import { DEFAULT_CACHE_DIR } from './kit-cache.ts';
import { getDefaultJobs } from './worker-pool.ts';

/**
 * The options of `npm run build`:
 * - `--content <dir>` (default content/), `--out <dir>` (default dist/);
 * - `--only <kit>[,<kit>]`: just these kits (names from src/build/kits.ts);
 * - `--communes <slug|glob|office>[,…]`: the kit files of these editions only (one CI shard);
 * - `--jobs <n>`: build workers (default: every core); `--no-cache`: rebuild every file;
 * - `--strict-lint`: content linter findings stop the build (CI uses it).
 */
export function getBuildArgs(): BuildOptions {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      only: { type: 'string', multiple: true },
      communes: { type: 'string', multiple: true },
      jobs: { type: 'string' },
      'no-cache': { type: 'boolean' },
      'strict-lint': { type: 'boolean' },
    },
  });
  const list = (items: string[] | undefined) => items?.flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean);
  const jobs = values.jobs === undefined ? getDefaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new BuildUsageError(t('usage.jobs', { value: values.jobs ?? '' }));
  const only = list(values.only);
  const communes = list(values.communes);
  return {
    contentDir: values.content ? path.resolve(values.content) : getContentDir(),
    outDir: path.resolve(values.out ?? 'dist'),
    log: (line) => console.log(line),
    jobs,
    strictLint: values['strict-lint'] ?? false,
    ...(values['no-cache'] ? {} : { cacheDir: DEFAULT_CACHE_DIR }),
    ...(only ? { only } : {}),
    ...(communes ? { communes } : {}),
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
    if (error instanceof BuildFsError || error instanceof BuildUsageError) {
      console.error(`\n✖ ${error.message}`);
      process.exitCode = 1;
      return;
    }
    if (!(error instanceof ContentErrors || error instanceof ContentError)) throw error;
    console.error(`\n✖ ${error.message}${onContentError ? `\n\n${onContentError}` : ''}`);
    process.exitCode = 1;
  }
}
