// npm test [-- vitest arguments]: the type check (astro check) and the test suite (vitest run) at
// once, each on this same Node (process.execPath). The check is one thread for about 25 s; beside
// the suite it fills the waits for test sites and browsers instead of coming before them (fresh
// test cache: 343 s one after the other, 320 s at once). The check's report is held back and
// printed after the suite's; either one failing fails.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
/** A package's command line, as its package.json names it (neither exports its bin file). */
const binOf = (name: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), (require(`${name}/package.json`) as { bin: Record<string, string> }).bin[name]!);
const ASTRO = binOf('astro');
const VITEST = binOf('vitest');

const check = new Promise<{ code: number; output: string }>((resolve) => {
  const child = spawn(process.execPath, [ASTRO, 'check'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('close', (code) => resolve({ code: code ?? 1, output }));
});

const suite = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, [VITEST, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('close', (code) => resolve(code ?? 1));
});

const checked = await check;
process.stdout.write(`\n${checked.output}`);
if (checked.code !== 0) console.error('astro check failed: see its report above.');
process.exit(suite !== 0 ? suite : checked.code);
