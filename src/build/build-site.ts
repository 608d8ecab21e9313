import { fork } from 'node:child_process';
import type { SiteProcessMessage } from './site-process.ts';
import { fromTransferredError } from './transfer-error.ts';
import { withAstroLock } from './with-astro-lock.ts';

/**
 * Builds the Astro site from `contentDir` into `outDir`, in a child process (site-process.ts).
 * Astro holds every page's modules, the content store and Vite's graph until the build ends:
 * some 600 MB more at 92 communes, which a long-lived build process never gives back, while its
 * kit workers need room after it (issue 13: peak memory ≤ 1 GB). A child's memory is freed when
 * it exits. It also means each build gets fresh modules, whatever ran in this process before.
 * One Astro build at a time per project folder (with-astro-lock.ts). With `cacheDir`, unchanged
 * per-commune pages are copied from the last build (build-astro-site.ts).
 */
export function buildSite(contentDir: string, outDir: string, cacheDir?: string): Promise<void> {
  return withAstroLock(process.cwd(), () => runSiteProcess(contentDir, outDir, cacheDir));
}

function runSiteProcess(contentDir: string, outDir: string, cacheDir: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    // No execArgv: a test runner's or profiler's flags are for this process, not the build.
    const child = fork(new URL('./site-process.ts', import.meta.url), cacheDir ? [contentDir, outDir, cacheDir] : [contentDir, outDir], {
      execPath: process.execPath,
      execArgv: [],
      cwd: process.cwd(),
      // glibc's malloc gives threads arenas of their own (up to 8 per core, mallopt M_ARENA_MAX),
      // and what Vite's and sharp's threads free stays in them: capped at two, the site process of
      // a 92-commune build peaked 40 to 110 MB lower, no slower. Other C libraries ignore it.
      env: { MALLOC_ARENA_MAX: '2', ...process.env, DVC_CONTENT_DIR: contentDir },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let message: SiteProcessMessage | undefined;
    child.on('message', (received: SiteProcessMessage) => (message = received));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (message?.ok) resolve();
      else if (message) reject(fromTransferredError(message.error));
      else reject(new Error(`The site build process (src/build/site-process.ts) ended without a result: ${signal ? `signal ${signal}` : `exit code ${code}`}.`));
    });
  });
}
