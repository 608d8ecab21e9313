import type { Edition, EditionRef } from '../../editions/edition.ts';
import { t } from '../../i18n/t.ts';

/** A value of the edition's file that is read aloud in the station ID or the help section. */
export interface EditionText {
  section: 'station' | 'help';
  /** Field path in the edition's file, e.g. "digitalTeam.phone". */
  field: string;
  text: string;
}

/** An edition as it goes on air: who speaks, and whom listeners call. Derived from src/editions only. */
export interface ScriptEdition {
  edition: EditionRef;
  /** "Phòng Văn hóa - Xã hội (mẫu)" or "xã Phú Đình". */
  name: string;
  /** Station ID read first, e.g. "Đài Truyền thanh xã Phú Đình"; the office, which has no station, names its programme. */
  station: string;
  /** The sentence that opens the script: "Đây là Đài Truyền thanh xã …" or, for the office, which has no station, "Sau đây là thông tin do … gửi tới bà con." */
  stationId: string;
  /** The commune ("xã Phú Đình") of a commune edition, so that its own police are named; none for the office. */
  commune?: string;
  /** Made-up contacts: the PDF and page carry "MẪU", the .txt opens with SAMPLE_NOTICE. */
  sample: boolean;
  /** Where to get help, in the order they are read. */
  contacts: { place: string; phone: string; hours?: string; address?: string }[];
  /** Where the station ID and contacts come from: site.yaml or content/communes/<slug>.yaml (as displayed). */
  file: string;
  /** The values of `file` read aloud, so a build warning can name the field to fix. */
  texts: EditionText[];
}

/**
 * On air a commune edition sends listeners to the commune's own centre and digital team (the
 * office's hotline is on its leaflets); the office's edition to the office.
 */
export function getScriptEdition(edition: Edition): ScriptEdition {
  const onAir = edition.ref.kind === 'office' ? edition.contacts : edition.contacts.filter((contact) => contact.role !== 'office');
  const station = edition.station ?? { text: t('broadcast.officeStation', { office: edition.office.text }), source: edition.office.source };
  const contacts = onAir.map((contact) => ({
    place: (contact.person ?? contact.name).text,
    phone: contact.phone.text,
    ...(contact.hours ? { hours: contact.hours.text } : {}),
    ...(contact.address ? { address: contact.address.text } : {}),
  }));
  const helpTexts = onAir.flatMap((contact) => [contact.person ?? contact.name, contact.phone]);
  return {
    edition: edition.ref,
    name: edition.name.text,
    station: station.text,
    stationId: edition.station ? t('broadcast.stationId', { station: edition.station.text }) : t('broadcast.officeStationId', { office: edition.office.text }),
    ...(edition.ref.kind === 'commune' ? { commune: edition.place.text } : {}),
    sample: edition.sample,
    contacts,
    file: edition.file,
    texts: [
      { section: 'station', field: station.source.field, text: edition.station ? station.text : edition.office.text },
      ...(edition.ref.kind === 'commune' ? [{ section: 'help' as const, field: edition.place.source.field, text: edition.place.text }] : []),
      ...helpTexts.map((item) => ({ section: 'help' as const, field: item.source.field, text: item.text })),
    ],
  };
}
