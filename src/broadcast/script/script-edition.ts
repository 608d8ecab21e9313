import path from 'node:path';
import { displayPath } from '../../content/content-dir.ts';
import type { Content } from '../../content/load-content.ts';
import type { Edition } from '../../paths.ts';

/** A value of the edition's file that is read aloud in the station ID or the help section. */
export interface EditionText {
  section: 'station' | 'help';
  /** Field path in the edition's file, e.g. "digitalTeam.phone". */
  field: string;
  text: string;
}

/** Who is on air and whom listeners call: the office's own edition, or a commune's. */
export interface ScriptEdition {
  edition: Edition;
  /** "Phòng Văn hóa - Xã hội (mẫu)" or "xã Phú Đình". */
  name: string;
  /** Station ID read first, e.g. "Đài Truyền thanh xã Phú Đình". */
  station: string;
  /** Made-up contacts: the PDF and page carry "MẪU", the .txt opens with SAMPLE_NOTICE. */
  sample: boolean;
  /** Where to get help, in the order they are read. */
  contacts: { place: string; phone: string; hours?: string; address?: string }[];
  /** Where the station ID and contacts come from: site.yaml or content/communes/<slug>.yaml (as displayed). */
  file: string;
  /** The values of `file` read aloud, so a build warning can name the field to fix. */
  texts: EditionText[];
}

export function resolveScriptEdition(content: Content, edition: Edition): ScriptEdition {
  const { site } = content;
  if (edition.kind === 'office') {
    return {
      edition,
      name: site.office,
      station: `chương trình phát thanh của ${site.office}`,
      sample: site.sample,
      contacts: [{ place: site.office, phone: site.support.hotline, hours: site.support.hours, address: site.support.address }],
      file: displayPath(path.join(content.dir, 'site.yaml')),
      texts: [
        { section: 'station', field: 'office', text: site.office },
        { section: 'help', field: 'office', text: site.office },
        { section: 'help', field: 'support.hotline', text: site.support.hotline },
      ],
    };
  }
  const commune = content.communes.find((entry) => entry.slug === edition.slug);
  if (!commune) throw new Error(`resolveScriptEdition: no commune "${edition.slug}" in content/communes/`);
  return {
    edition,
    name: commune.name,
    station: commune.station,
    sample: commune.sample || site.sample,
    contacts: [
      { place: `Trung tâm Phục vụ hành chính công ${commune.name}`, phone: commune.serviceCentre.phone, hours: commune.serviceCentre.hours, address: commune.serviceCentre.address },
      { place: commune.digitalTeam.contact, phone: commune.digitalTeam.phone },
    ],
    file: displayPath(commune.file),
    texts: [
      { section: 'station', field: 'station', text: commune.station },
      { section: 'help', field: 'name', text: commune.name },
      { section: 'help', field: 'serviceCentre.phone', text: commune.serviceCentre.phone },
      { section: 'help', field: 'digitalTeam.contact', text: commune.digitalTeam.contact },
      { section: 'help', field: 'digitalTeam.phone', text: commune.digitalTeam.phone },
    ],
  };
}
