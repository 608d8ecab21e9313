import path from 'node:path';
import { displayPath } from '../content/content-dir.ts';
import type { CommuneEdition, Content } from '../content/load-content.ts';
import { createSourcedText } from '../content/sourced-text.ts';
import { t } from '../i18n/t.ts';
import type { Edition, EditionContact, EditionRef } from './edition.ts';

/**
 * Everything an output needs to know about who it is for, from site.yaml and the commune's
 * file. A commune edition also prints the office's hotline, so it is a sample when either the
 * commune or site.yaml says `sample: true`; the message names the commune's file first.
 */
export function resolveEdition(content: Content, ref: EditionRef): Edition {
  const { site } = content;
  const siteFile = displayPath(path.join(content.dir, 'site.yaml'));
  const atSite = createSourcedText(siteFile);
  const office = atSite(site.office, 'office');
  const officeContact: EditionContact = {
    role: 'office',
    name: office,
    phone: atSite(site.support.hotline, 'support.hotline'),
    address: atSite(site.support.address, 'support.address'),
    hours: atSite(site.support.hours, 'support.hours'),
  };
  if (ref.kind === 'office') {
    return {
      ref,
      id: 'office',
      locale: 'vi',
      sample: site.sample,
      sampleSource: { file: siteFile, field: 'sample' },
      file: siteFile,
      name: office,
      office,
      siteUrl: atSite(site.url, 'url'),
      place: atSite(site.locality.commune ?? t('edition.province', { province: site.locality.province }), 'locality'),
      contacts: [officeContact],
      guides: content.guides.map((guide) => guide.slug),
      titleSuffix: '',
    };
  }
  const commune = findCommune(content, ref.slug);
  const file = displayPath(commune.file);
  const at = createSourcedText(file);
  return {
    ref,
    id: `xa/${commune.slug}`,
    locale: 'vi',
    sample: commune.sample || site.sample,
    sampleSource: { file: commune.sample ? file : siteFile, field: 'sample' },
    file,
    name: at(commune.name, 'name'),
    office,
    siteUrl: atSite(site.url, 'url'),
    place: at(commune.name, 'name'),
    station: at(commune.station, 'station'),
    contacts: [
      {
        role: 'service-centre',
        name: at(t('edition.serviceCentre', { commune: commune.name }), 'name'),
        phone: at(commune.serviceCentre.phone, 'serviceCentre.phone'),
        address: at(commune.serviceCentre.address, 'serviceCentre.address'),
        hours: at(commune.serviceCentre.hours, 'serviceCentre.hours'),
      },
      {
        role: 'digital-team',
        name: at(t('edition.digitalTeam'), 'digitalTeam'),
        person: at(commune.digitalTeam.contact, 'digitalTeam.contact'),
        phone: at(commune.digitalTeam.phone, 'digitalTeam.phone'),
      },
      officeContact,
    ],
    guides: [...commune.featured],
    ...(commune.hamlets ? { hamlets: { ...commune.hamlets, source: { file, field: 'hamlets' } } } : {}),
    titleSuffix: t('edition.titleSuffix', { place: commune.name }),
  };
}

/** The commune file behind a commune edition (pages that show the commune's own fields). */
export function findCommune(content: Content, slug: string): CommuneEdition {
  const commune = content.communes.find((entry) => entry.slug === slug);
  if (!commune) throw new Error(`resolveEdition: no commune "${slug}" in ${displayPath(path.join(content.dir, 'communes'))}/`);
  return commune;
}
