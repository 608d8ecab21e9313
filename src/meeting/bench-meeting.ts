/**
 * Meeting-kit figures for `npm run bench`: build time per deck (layout + PPTX + PDF + thumbnail),
 * per handout and pack, file sizes by kind, and the whole kit. Builds into a temporary folder
 * and removes it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from '../bench/format-table.ts';
import { runKit } from '../build/run-kit.ts';
import type { Content } from '../content/load-content.ts';
import { meetingKit } from './kit.ts';
import type { MeetingFileKind } from './meeting-catalogue.ts';

export async function benchMeeting(content: Content): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dvc-meeting-bench-'));
  try {
    const report = await runKit(meetingKit, content, dir);
    const of = (kind: MeetingFileKind) => report.files.filter((file) => file.file.kind === kind);
    const bytes = (kind: MeetingFileKind, extension: string) => of(kind).flatMap((file) => file.written.filter((item) => item.path.endsWith(extension)).map((item) => item.bytes));
    const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
    const max = (values: number[]) => Math.max(0, ...values);
    const kb = (value: number) => Math.round(value / 102.4) / 10;
    const ms = (kind: MeetingFileKind) => Math.round(mean(of(kind).map((file) => file.ms)));
    return [
      { label: 'Guide deck: layout + PPTX + PDF + thumbnail, mean', value: ms('deck'), unit: 'ms' },
      { label: 'Combined commune deck, mean', value: ms('combined'), unit: 'ms' },
      { label: 'Handout A4, mean', value: ms('handout'), unit: 'ms' },
      { label: 'Meeting pack, mean', value: ms('pack'), unit: 'ms' },
      { label: 'Guide deck PPTX size, mean', value: kb(mean(bytes('deck', '.pptx'))), unit: 'KB' },
      { label: 'Guide deck PPTX size, largest', value: kb(max(bytes('deck', '.pptx'))), unit: 'KB' },
      { label: 'Guide deck PDF size, mean', value: kb(mean(bytes('deck', '.pdf'))), unit: 'KB' },
      { label: 'Combined deck PPTX size, largest', value: kb(max(bytes('combined', '.pptx'))), unit: 'KB' },
      { label: 'Combined deck PDF size, largest', value: kb(max(bytes('combined', '.pdf'))), unit: 'KB' },
      { label: 'Handout PDF size, largest', value: kb(max(bytes('handout', '.pdf'))), unit: 'KB' },
      { label: 'Meeting pack PDF size, largest', value: kb(max(bytes('pack', '.pdf'))), unit: 'KB' },
      { label: `Whole meeting kit (${report.files.length} files + thumbnails)`, value: Math.round(report.totalMs / 100) / 10, unit: 's' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
