import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../src/bench/serve-static.ts';
import { getRunPlanFile, getSiteEntry, getTestCodeVersion, getVariantContentDir, resolveSiteKey, TEST_CACHE_DIR } from './test-cache.ts';
import { SITE_VARIANTS, type SiteVariantName } from './site-variants.ts';

/** Where one shared site will be: getBuiltSite waits for `${entry}/report.json` (or `${entry}.failed`). */
export interface SharedSiteRef {
  contentDir: string;
  entry: string;
  dir: string;
  url: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sharedSites: Record<SiteVariantName, SharedSiteRef>;
  }
}

/**
 * The shared sites of site-variants.ts: each is taken from node_modules/.cache/dvc-kit-tests when
 * its content and the code are unchanged, else built by one child process (build-shared-sites.ts)
 * that starts now and runs beside the tests, so the files that need no shared site (and the unit
 * tests) use both cores meanwhile; a file that reads a site waits in getBuiltSite until its build
 * is there. Every site is served on 127.0.0.1 from the start (the folder appears when built).
 * DVC_TEST_FRESH=1 rebuilds them all.
 */
export default async function setup(project: TestProject) {
  const fresh = Boolean(process.env.DVC_TEST_FRESH);
  const codeVersion = await getTestCodeVersion();
  const names = Object.keys(SITE_VARIANTS) as SiteVariantName[];
  const servers: Server[] = [];
  const sites = {} as Record<SiteVariantName, SharedSiteRef>;
  const toBuild: string[] = [];
  await mkdir(TEST_CACHE_DIR, { recursive: true });
  for (const name of names) {
    const variant = SITE_VARIANTS[name];
    const key = await resolveSiteKey(name, variant, codeVersion);
    const entry = getSiteEntry(TEST_CACHE_DIR, name, key);
    await rm(`${entry}.wanted`, { force: true });
    await rm(`${entry}.failed`, { force: true });
    const cached = await access(`${entry}/report.json`).then(() => true, () => false);
    // A fresh run removes the entry it rebuilds, or the tests would read the old build (it has a
    // report.json) while the builder made the new one.
    if (fresh && cached) await rm(entry, { recursive: true, force: true });
    if (fresh || !cached) toBuild.push(`${name}:${key}`);
    const { url, server } = await serveStatic(`${entry}/dist`);
    servers.push(server);
    sites[name] = { contentDir: getVariantContentDir(TEST_CACHE_DIR, name, key, variant), entry, dir: `${entry}/dist`, url };
  }
  let builder: ChildProcess | undefined;
  let stopping = false;
  if (toBuild.length > 0) {
    // Its own process: the build's long synchronous stretches would otherwise stall Vitest's main
    // thread, which serves the test workers their modules.
    builder = spawn(process.execPath, ['tests/helpers/build-shared-sites.ts', String(process.pid), TEST_CACHE_DIR, ...toBuild], { stdio: ['ignore', 'inherit', 'inherit'] });
    builder.on('exit', (code, signal) => {
      if (code === 0 || stopping) return;
      // A crash (out of memory, killed) leaves no .failed file: write one, so no test waits forever.
      const why = `build-shared-sites.ts stopped (${signal ?? `exit code ${code}`}) before building this site`;
      for (const pair of toBuild) {
        const [name, key] = pair.split(':') as [SiteVariantName, string];
        const entry = getSiteEntry(TEST_CACHE_DIR, name, key);
        void access(`${entry}/report.json`).catch(() => writeFile(`${entry}.failed`, why));
      }
    });
  }
  project.provide('sharedSites', sites);
  return async () => {
    // A run of a few files may end before the builder has built sites no file read: stop it.
    stopping = true;
    if (builder && builder.exitCode === null && builder.signalCode === null) builder.kill();
    for (const site of Object.values(sites)) await rm(`${site.entry}.wanted`, { force: true });
    await rm(getRunPlanFile(process.pid), { force: true });
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  };
}
