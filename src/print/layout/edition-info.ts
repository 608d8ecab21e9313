/**
 * What differs between the office's edition and a commune's: whose name is on the cover,
 * and whether the "MẪU" stamp goes on. A commune edition also prints the office hotline, so
 * it is a sample when either the commune or site.yaml says `sample: true`.
 */
import path from 'node:path';
import { displayPath } from '../../content/content-dir.ts';
import type { CommuneEdition, Content } from '../../content/load-content.ts';
import type { SourcedText } from '../print-text.ts';
import type { TextSource } from './types.ts';

export interface EditionInfo {
  sample: boolean;
  /** The file whose `sample: true` put the stamp on (for messages). */
  sampleSource: TextSource;
  office: SourcedText;
  /** The commune, or the province for the office's edition. */
  place: SourcedText;
  /** Added to PDF titles: " – xã Phú Đình". */
  suffix: string;
  siteFile: string;
}

export function getEditionInfo(content: Content, commune: CommuneEdition | undefined): EditionInfo {
  const siteFile = displayPath(path.join(content.dir, 'site.yaml'));
  const office = { text: content.site.office, source: { file: siteFile, field: 'office' } };
  if (!commune) {
    return {
      sample: content.site.sample,
      sampleSource: { file: siteFile, field: 'sample' },
      office,
      place: { text: content.site.locality.commune ?? `tỉnh ${content.site.locality.province}`, source: { file: siteFile, field: 'locality' } },
      suffix: '',
      siteFile,
    };
  }
  const file = displayPath(commune.file);
  return {
    sample: commune.sample || content.site.sample,
    sampleSource: { file: commune.sample ? file : siteFile, field: 'sample' },
    office,
    place: { text: commune.name, source: { file, field: 'name' } },
    suffix: ` – ${commune.name}`,
    siteFile,
  };
}
