/**
 * `npm run bench` times the test suite too (issue 8: `npm test` well under two minutes on 2
 * cores): `npm test` as it runs (scripts/test.ts: the type check beside `vitest run`), in a child
 * process on this same Node (process.execPath), with every shared test site built afresh
 * (DVC_TEST_FRESH=1), as on a fresh checkout.
 */
import { spawnSync } from 'node:child_process';
import type { BenchRow } from './format-table.ts';

export function benchSuite(): BenchRow[] {
  const start = performance.now();
  const run = spawnSync(process.execPath, [new URL('../../scripts/test.ts', import.meta.url).pathname, '--reporter=dot'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DVC_TEST_FRESH: '1' } });
  const seconds = Math.round((performance.now() - start) / 100) / 10;
  return [{ label: `npm test${run.status === 0 ? '' : ' (FAILED)'}`, value: seconds, unit: 's' }];
}
