/**
 * The build process stays small while the site's child process runs (issue 13: peak memory ≤ 1 GB
 * at 92 communes): the kits' code (pdfkit, pdf.js, pptxgenjs, some 90 MB of RSS) is imported only
 * once the site is built, by `await import()`. A static import anywhere under build-all.ts loads it
 * up front; the worker pool's did (the build process then started its site stage at 164 MB, 108
 * without).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every src/ module build-all.ts imports statically, with the chain that reaches it. */
function getStaticImports(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const source = readFileSync(file, 'utf8');
    // Value imports and re-exports; `import type` and `await import()` load nothing at start.
    for (const [, specifier] of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gm)) {
      const target = path.resolve(path.dirname(file), specifier!);
      if (reached.has(target)) continue;
      reached.set(target, [...reached.get(file)!, target]);
      queue.push(target);
    }
  }
  return reached;
}

describe('what the build process loads before its site stage', () => {
  const reached = getStaticImports(path.resolve('src/build/build-all.ts'));
  const chain = (file: string) => reached.get(path.resolve(file))?.map((step) => path.relative(process.cwd(), step)).join(' → ');

  it('follows the static imports it should (the check itself works)', () => {
    expect(chain('src/build/worker-pool.ts')).toBeDefined();
    expect(chain('src/content/load-content.ts')).toBeDefined();
  });

  it.each(['src/build/kits.ts', 'src/print/kit.ts', 'src/broadcast/kit.ts', 'src/meeting/kit.ts'])('does not import %s statically', (file) => {
    expect(chain(file)).toBeUndefined();
  });
});
