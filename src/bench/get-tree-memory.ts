/**
 * Resident memory of this process and of every process it started, directly or not: the Astro
 * site build (a child process, build-site.ts), pagefind's indexer binary, esbuild's service.
 * `process.resourceUsage().maxRSS` counts this process alone (getrusage RUSAGE_SELF), so a
 * build that moves work into children would look smaller than it is. Worker threads are part
 * of this process and counted in its own figure.
 *
 * Linux only: descendants are found through /proc/<pid>/task/<tid>/children and sized by
 * VmRSS in /proc/<pid>/status (proc(5)). RSS counts pages shared between processes (the node
 * binary, libraries) once per process, so the sum errs on the high side. Elsewhere the figure
 * is this process's RSS, and `whole` says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface TreeMemory {
  /** Bytes resident in this process and its descendants. */
  bytes: number;
  /** Processes counted. */
  processes: number;
  /** False where /proc cannot list children: then `bytes` is this process alone. */
  whole: boolean;
}

/** The children files need a kernel built with CONFIG_PROC_CHILDREN; without them only the root is counted. */
const CAN_LIST_CHILDREN = existsSync(`/proc/${process.pid}/task/${process.pid}/children`);

export function getTreeMemory(root: number = process.pid): TreeMemory {
  if (!CAN_LIST_CHILDREN) return { bytes: readRss(root) ?? process.memoryUsage.rss(), processes: 1, whole: false };
  let bytes = 0;
  let processes = 0;
  const seen = new Set<number>();
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const rss = readRss(pid);
    if (rss === undefined) continue; // A child that exited between listing and reading holds no memory any more.
    bytes += rss;
    processes++;
    pending.push(...readChildren(pid));
  }
  return { bytes, processes, whole: true };
}

function readRss(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    // Kernel threads and zombies have no VmRSS line: nothing resident.
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

function readChildren(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return []; // The process has exited.
  }
  return tasks.flatMap((tid) => {
    try {
      return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      return []; // A thread that ended after the listing has no children left.
    }
  });
}
