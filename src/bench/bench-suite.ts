/**
 * `npm run bench` times the test suite too (issue: well under two minutes on 2 cores): each
 * vitest project run on its own, in a child process on this same Node (process.execPath).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { BenchRow } from './format-table.ts';

const PROJECTS = ['unit', 'integration'] as const;

export function benchSuite(): BenchRow[] {
  const vitest = createRequire(import.meta.url).resolve('vitest/vitest.mjs');
  return PROJECTS.map((project) => {
    const start = performance.now();
    const run = spawnSync(process.execPath, [vitest, 'run', '--project', project, '--reporter=dot'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const seconds = (performance.now() - start) / 1000;
    const status = run.status === 0 ? '' : ' (FAILED)';
    return { label: `Test suite, ${project}${status}`, value: Math.round(seconds * 10) / 10, unit: 's' };
  });
}
