import path from 'node:path';
import { runKit } from '../build/run-kit.ts';
import type { Content } from '../content/load-content.ts';
import { broadcastKit } from './kit.ts';

export interface BroadcastFile {
  /** Absolute path written. */
  path: string;
  bytes: number;
  ms: number;
}

export interface BroadcastReport {
  files: BroadcastFile[];
  /** Scripts over their length target, text that cannot be read aloud. */
  warnings: string[];
}

/** The broadcast kit on its own (tests, benchmarks): the registry's runner over its descriptor. */
export async function buildBroadcastKit(content: Content, distDir: string, log: (line: string) => void = () => {}): Promise<BroadcastReport> {
  const report = await runKit(broadcastKit, content, distDir, { log });
  const files = report.files.flatMap(({ written, ms }) => written.map((item) => ({ path: path.join(distDir, item.path), bytes: item.bytes, ms: ms / written.length })));
  return { files, warnings: report.warnings };
}
