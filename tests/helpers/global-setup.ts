import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAll } from '../../src/build/build-all.ts';
import { EXAMPLE_CONTENT } from './fixture-content.ts';
import { serveStatic } from '../../src/bench/serve-static.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    contentDir: string;
    siteDir: string;
    siteUrl: string;
    buildWarnings: string[];
  }
}

/**
 * One full build of the example content fixture (tests/fixtures/example-content), served on
 * 127.0.0.1 for the integration and browser tests.
 */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-site-'));
  const outDir = path.join(root, 'dist');
  const contentDir = EXAMPLE_CONTENT;
  const report = await buildAll({ contentDir, outDir, log: () => {} });
  const { url, server } = await serveStatic(outDir);
  project.provide('contentDir', contentDir);
  project.provide('siteDir', outDir);
  project.provide('siteUrl', url);
  project.provide('buildWarnings', report.warnings);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  };
}
