/**
 * Where a printed QR code leads: a commune's pieces to the guide's entry on the commune page
 * (its own contacts and hours), the office's to the guide page. The full address is encoded;
 * only the printed caption may be shortened.
 */
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { absoluteUrl, getEditionGuidePath } from '../paths.ts';

export function getQrTarget(content: Content, guide: string, edition: Edition): string {
  return absoluteUrl(content.site.url, getEditionGuidePath(guide, edition.ref));
}
