import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { OFFICE_EDITION } from '../../src/editions/edition.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { resolveEdition } from '../../src/editions/resolve-edition.ts';
import { copyContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

const content = await loadContent(FIXTURE_CONTENT);
const sampleCommune = await loadContent(await copyContent({ 'communes/xa-thu.yaml': (text) => `${text}sample: true\n` }));
const sampleOffice = await loadContent(await copyContent({ 'site.yaml': (text) => text.replace(/^sample: false$/m, '').concat('sample: true\n') }));

describe('resolveEdition', () => {
  it('gives the office edition every guide, the office as its only contact and no station', () => {
    const office = resolveEdition(content, OFFICE_EDITION);
    expect(office).toMatchObject({ id: 'office', locale: 'vi', sample: false, titleSuffix: '' });
    expect(office.station).toBeUndefined();
    expect(office.guides).toEqual(content.guides.map((guide) => guide.slug));
    expect(office.contacts.map((contact) => [contact.role, contact.phone.text, contact.phone.source.field])).toEqual([['office', '0208 3000 000', 'support.hotline']]);
    expect(office.place.text).toBe('xã Thử Nghiệm'); // site.yaml locality.commune: the office is a commune's
  });

  it("lists a commune's centre, then its digital team, then the office, each with the file and field it comes from", () => {
    const commune = resolveEdition(content, { kind: 'commune', slug: 'xa-thu' });
    expect(commune.contacts.map((contact) => `${contact.role} ${contact.name.text} ${contact.phone.text} ${contact.phone.source.file} → ${contact.phone.source.field}`)).toEqual([
      `service-centre Trung tâm Phục vụ hành chính công xã Thử 0208 3000 001 ${commune.file} → serviceCentre.phone`,
      `digital-team Tổ công nghệ số cộng đồng 0912 000 001 ${commune.file} → digitalTeam.phone`,
      `office Văn phòng thử nghiệm 0208 3000 000 ${commune.office.source.file} → support.hotline`,
    ]);
    expect(commune).toMatchObject({ id: 'xa/xa-thu', titleSuffix: ' – xã Thử', guides: ['tai-khoan-vneid', 'dang-ky-khai-sinh', 'tra-cuu-ho-so'] });
    expect(commune.station?.text).toBe('Đài Truyền thanh xã Thử');
  });

  it("makes a commune a sample when its own file says so, naming that file", () => {
    const commune = resolveEdition(sampleCommune, { kind: 'commune', slug: 'xa-thu' });
    expect(commune.sample).toBe(true);
    expect(commune.sampleSource).toEqual({ file: commune.file, field: 'sample' });
    expect(resolveEdition(sampleCommune, OFFICE_EDITION).sample).toBe(false);
  });

  it('makes every commune a sample when site.yaml is one, since each prints the office hotline, naming site.yaml', () => {
    const commune = resolveEdition(sampleOffice, { kind: 'commune', slug: 'xa-thu' });
    expect(commune.sample).toBe(true);
    expect(commune.sampleSource.file).toMatch(/site\.yaml$/);
  });

  it('refuses a commune that does not exist, naming the folder', () => {
    expect(() => resolveEdition(content, { kind: 'commune', slug: 'khong-co' })).toThrow(/no commune "khong-co" in .*communes\//);
  });
});

describe('getEditions', () => {
  it('puts the office first, then the communes', () => {
    expect(getEditions(content).map((edition) => edition.id)).toEqual(['office', 'xa/xa-thu']);
  });

  it('takes a shard of communes by slug or glob, with or without the office', () => {
    expect(getEditions(content, { communes: ['xa-*'] }).map((edition) => edition.id)).toEqual(['office', 'xa/xa-thu']);
    expect(getEditions(content, { communes: ['phu-*'], withoutOffice: true })).toEqual([]);
    expect(getEditions(content, { communes: ['xa-thu'], withoutOffice: true }).map((edition) => edition.id)).toEqual(['xa/xa-thu']);
  });
});
