/**
 * `npm run bench -- --communes 92`: a province's worth of editions. Copies the content folder,
 * adds N sample communes featuring 5 guides each, and measures a clean build against the
 * content's own (2-commune) build, a warm rebuild after one guide's summary changes, files,
 * peak memory and the largest page. Bars (issue "A province in a minute"): clean ≤ 4× the small
 * build, warm ≤ 15 % of clean, no page over 150 KB, peak memory ≤ 1 GB.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import type { BuildReport } from '../build/build-all.ts';
import { fromTransferredError } from '../build/transfer-error.ts';
import { getDefaultJobs } from '../build/worker-pool.ts';
import { loadContent } from '../content/load-content.ts';
import type { BuildProcessMessage } from './build-process.ts';
import type { BenchRow } from './format-table.ts';
import { getTreeMemory } from './get-tree-memory.ts';

/** Whether child processes are counted on this system (Linux /proc). */
const TREE = getTreeMemory();

const FEATURED_PER_COMMUNE = 5;

/** The catalogue pages of the office: they list its own files and the communes by name. */
const CATALOGUE_PAGES = ['/in-an/index.html', '/phat-thanh/index.html', '/hoi-nghi/index.html', '/hoi-thi/index.html', '/ket-qua/index.html', '/ho-tro/index.html'];

export async function benchScale(contentDir: string, communes: number): Promise<BenchRow[]> {
  process.stderr.write(`${communes} communes: a small build, a clean one and a warm one…\n`);
  const work = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-scale-'));
  try {
    const small = await timeBuild(contentDir, path.join(work, 'small'), path.join(work, 'cache-small'));
    const province = path.join(work, 'content');
    await cp(contentDir, province, { recursive: true });
    await addSampleCommunes(province, communes);
    const cacheDir = path.join(work, 'cache');
    const clean = await timeBuild(province, path.join(work, 'dist'), cacheDir);
    await editOneSummary(province);
    const warm = await timeBuild(province, path.join(work, 'dist'), cacheDir);
    const largest = await getLargestPage(path.join(work, 'dist'));
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    const catalogue = await Promise.all(CATALOGUE_PAGES.map(async (page) => ({ page, bytes: (await stat(path.join(work, 'dist', page)).catch(() => ({ size: 0 }))).size })));
    return [
      { label: `Clean build, content's own communes (${small.files} kit files)`, value: small.seconds, unit: 's' },
      ...small.stages.map((stage) => ({ label: `  ${stage.label}`, value: stage.value, unit: stage.unit })),
      { label: `Clean build, + ${communes} communes × ${FEATURED_PER_COMMUNE} guides (${clean.files} kit files)`, value: clean.seconds, unit: 's' },
      ...clean.stages.map((stage) => ({ label: `  ${stage.label}`, value: stage.value, unit: stage.unit })),
      { label: '  clean ÷ small (bar ≤ 4)', value: ratio(clean.seconds, small.seconds), unit: '×' },
      { label: `Warm rebuild after one guide's summary changed (${warm.built} files rebuilt)`, value: warm.seconds, unit: 's' },
      ...warm.stages.map((stage) => ({ label: `  ${stage.label}`, value: stage.value, unit: stage.unit })),
      { label: '  warm ÷ clean (bar ≤ 0.15)', value: ratio(warm.seconds, clean.seconds), unit: '×' },
      { label: `Largest page (${largest.path}) (bar ≤ 150 KB)`, value: kb(largest.bytes), unit: 'KB' },
      ...catalogue.map((item) => ({ label: `  ${item.page}`, value: kb(item.bytes), unit: 'KB' })),
      { label: `Peak memory, ${TREE.whole ? 'the build process with its workers and child processes' : 'the build process with its workers (child processes not visible here)'} (bar ≤ 1024 MB)`, value: Math.round(Math.max(small.peak, clean.peak, warm.peak) / 2 ** 20), unit: 'MB' },
      { label: 'Workers', value: getDefaultJobs(), unit: '' },
    ];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * One build in a fresh process (build-process.ts), with each stage's time, and for kits their
 * files, and the highest resident memory seen while the stage ran: the build process (its worker
 * threads included) plus every process it started (the site build, pagefind, esbuild), sampled
 * every 100 ms (get-tree-memory.ts). This process, which only waits, is not counted.
 */
async function timeBuild(contentDir: string, outDir: string, cacheDir: string) {
  const peaks = new Map<string, number>();
  let stage = 'start';
  const start = performance.now();
  const child = fork(new URL('./build-process.ts', import.meta.url), [JSON.stringify({ contentDir, outDir, jobs: getDefaultJobs(), cacheDir })], { execPath: process.execPath, execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const sample = () => peaks.set(stage, Math.max(peaks.get(stage) ?? 0, child.pid === undefined ? 0 : getTreeMemory(child.pid).bytes));
  const sampler = setInterval(sample, 100);
  const onStage = (next: string) => {
    // Each stage's peak as the next one starts, on stderr: a province build runs for minutes.
    if (stage !== 'start') process.stderr.write(`  ${stage}: peak ${Math.round((peaks.get(stage) ?? 0) / 2 ** 20)} MB\n`);
    sample();
    stage = next;
  };
  try {
    const report = await new Promise<BuildReport>((resolve, reject) => {
      let result: BuildReport | undefined;
      child.on('message', (message: BuildProcessMessage) => {
        if ('stage' in message) onStage(message.stage);
        else if ('report' in message) result = message.report;
        else if ('error' in message) reject(fromTransferredError(message.error));
      });
      child.on('error', reject);
      child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`bench build process ended with exit code ${code}`))));
    });
    const seconds = Math.round((performance.now() - start) / 100) / 10;
    const stages: BenchRow[] = report.timings.map((timing) => {
      const kit = report.kits.find((item) => item.kit === timing.stage);
      const files = kit ? `, ${kit.built} built + ${kit.cached} cached, ${Math.round(timing.ms / Math.max(1, kit.built + kit.cached))} ms/file` : '';
      return { label: `${timing.stage} (peak ${Math.round((peaks.get(timing.stage) ?? 0) / 2 ** 20)} MB${files})`, value: Math.round(timing.ms / 100) / 10, unit: 's' };
    });
    return { seconds, stages, files: report.files.built + report.files.cached, built: report.files.built, peak: Math.max(...peaks.values()) };
  } finally {
    clearInterval(sampler);
  }
}

/** N made-up communes ("xã Mẫu 1" …), each featuring 5 guides in turn, all marked sample. */
async function addSampleCommunes(contentDir: string, count: number): Promise<void> {
  const guides = (await loadContent(contentDir)).guides.map((guide) => guide.slug);
  await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const n = i + 1;
      const featured = Array.from({ length: FEATURED_PER_COMMUNE }, (_, k) => guides[(i + k) % guides.length]!);
      const yaml = [
        `name: xã Mẫu ${n}`,
        `station: Đài Truyền thanh xã Mẫu ${n}`,
        'serviceCentre:',
        `  address: Trụ sở Ủy ban nhân dân xã Mẫu ${n} (địa chỉ mẫu)`,
        '  hours: Sáng 7 giờ 30 đến 11 giờ 30, thứ Hai đến thứ Sáu',
        `  phone: 0208 3870 ${String(n).padStart(3, '0')}`,
        'digitalTeam:',
        `  contact: Tổ công nghệ số cộng đồng xã Mẫu ${n} (mẫu)`,
        `  phone: 0912 345 ${String(n).padStart(3, '0')}`,
        'featured:',
        ...featured.map((slug) => `  - ${slug}`),
        'sample: true',
        '',
      ].join('\n');
      return writeFile(path.join(contentDir, 'communes', `xa-mau-${String(n).padStart(3, '0')}.yaml`), yaml);
    }),
  );
}

async function editOneSummary(contentDir: string): Promise<void> {
  const folder = path.join(contentDir, 'guides');
  const [first] = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort();
  const file = path.join(folder, first!);
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^summary: (.*)$/m, 'summary: $1 (đã sửa)'));
}

async function getLargestPage(dir: string): Promise<{ path: string; bytes: number }> {
  let largest = { path: '', bytes: 0 };
  for (const name of await readdir(dir, { recursive: true })) {
    if (!name.endsWith('.html')) continue;
    const { size } = await stat(path.join(dir, name));
    if (size > largest.bytes) largest = { path: `/${name}`, bytes: size };
  }
  return largest;
}
