/**
 * The kit registry: every output family the build makes besides the site pages, in build order.
 * A kit is a folder under src/ exporting one descriptor (src/build/kit.ts); add it here.
 */
import { broadcastKit } from '../broadcast/kit.ts';
import { contestKit } from '../contest/kit.ts';
import { meetingKit } from '../meeting/kit.ts';
import { printKit } from '../print/kit.ts';
import { resultsKit } from '../results/kit.ts';
import { t } from '../i18n/t.ts';
import { BuildUsageError } from './build-usage-error.ts';
import type { Kit, KitFile } from './kit.ts';

export const KITS: readonly Kit<KitFile>[] = [printKit, broadcastKit, meetingKit, contestKit, resultsKit];

/** The kit named on the command line (`--only print`), or an error listing the names. */
export function getKit(name: string): Kit<KitFile> {
  const kit = KITS.find((candidate) => candidate.name === name);
  if (!kit) throw new BuildUsageError(t('usage.unknownKit', { name, kits: KITS.map((candidate) => candidate.name).join(', ') }));
  return kit;
}
