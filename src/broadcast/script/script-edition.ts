import type { Content } from '../../content/load-content.ts';
import type { Edition } from '../../paths.ts';

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
  };
}
