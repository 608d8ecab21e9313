import { defineConfig } from 'vitest/config';

// Test files say where they run: *.unit.test.ts (pure), *.integration.test.ts (build outputs
// and read them), *.browser.test.ts (Debian Chromium through playwright-core).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Integration and browser tests build sites and PDFs; two cores, so keep parallelism low.
    maxWorkers: 2,
  },
});
