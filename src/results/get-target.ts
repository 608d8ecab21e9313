import type { ResultTarget } from '../schemas/results.ts';
import type { Site } from '../schemas/site.ts';

/** A commune's targets: its own override in site.yaml where set, else the general target; the office's are the general ones. */
export function getTarget(site: Site, commune?: string): ResultTarget {
  const { online, onTime, communes } = site.results.targets;
  const own = commune === undefined ? undefined : communes[commune];
  return { online: own?.online ?? online, onTime: own?.onTime ?? onTime };
}
