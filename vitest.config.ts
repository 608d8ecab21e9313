import { defineConfig } from 'vitest/config';

// Test files say where they run: *.unit.test.ts (pure, fast), *.integration.test.ts (build
// outputs and read them back), *.browser.test.ts (Debian Chromium through playwright-core).
// Integration and browser tests share one full build of content/, made once in global setup.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Two cores: builds and Chromium are heavy, so at most two test files at once.
    maxWorkers: 2,
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
