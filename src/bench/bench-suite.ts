/**
 * `npm run bench` times the test suite too (issue 8: `npm test` well under two minutes on 2
 * cores): the two steps of `npm test`, the type check (`astro check`) and `vitest run`, each in a
 * child process on this same Node (process.execPath), with every shared test site built afresh
 * (DVC_TEST_FRESH=1), as on a fresh checkout; the "npm test" row is their sum.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BenchRow } from './format-table.ts';

const require = createRequire(import.meta.url);

function timeStep(label: string, args: string[]): BenchRow & { ok: boolean } {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DVC_TEST_FRESH: '1' } });
  const seconds = (performance.now() - start) / 1000;
  const ok = run.status === 0;
  return { label: `${label}${ok ? '' : ' (FAILED)'}`, value: Math.round(seconds * 10) / 10, unit: 's', ok };
}

export function benchSuite(): BenchRow[] {
  const check = timeStep('  astro check', [path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs'), 'check']);
  const vitest = timeStep('  vitest run', [require.resolve('vitest/vitest.mjs'), 'run', '--reporter=dot']);
  const total = Math.round((check.value + vitest.value) * 10) / 10;
  const failed = check.ok && vitest.ok ? '' : ' (FAILED)';
  return [{ label: `npm test${failed}`, value: total, unit: 's' }, ...[check, vitest].map(({ label, value, unit }) => ({ label, value, unit }))];
}
