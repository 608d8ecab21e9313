import { defineConfig } from 'vitest/config';
import { SitesLastSequencer } from './tests/helpers/sites-last-sequencer.ts';

// Test files say where they run: *.unit.test.ts (pure, fast), *.integration.test.ts (build
// outputs and read them back), *.browser.test.ts (Debian Chromium through playwright-core).
// Integration and browser tests share the sites of tests/helpers/site-variants.ts, built once per
// run beside the tests (or taken from node_modules/.cache/dvc-kit-tests) by global setup.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // expect.poll gives up after 1 s by default: a debounced worker reply in Chromium on a loaded
    // 2-core CI runner can take longer. A wrong result still fails, after 10 s.
    expect: { poll: { timeout: 10_000 } },
    // Two cores: builds and Chromium are heavy, so at most two test files at once (plus the
    // shared-site builder while it runs).
    maxWorkers: 2,
    // Each test file gets no fresh module graph: the files of a worker share its imports (pdfkit,
    // fonts, playwright, the content loader), which a fresh graph per file loaded again, 0.2 to 2 s a
    // file (unit tests 30 s -> 12 s, the whole suite 260 s -> 190 s). So a test file must leave
    // what it changes as it found it (process.env, the current folder); none mocks modules.
    isolate: false,
    // The files that wait for a shared site run last, so the others fill both workers meanwhile.
    sequence: { sequencer: SitesLastSequencer },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.unit.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.integration.test.ts', 'tests/**/*.browser.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
