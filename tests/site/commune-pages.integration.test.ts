import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { getTelHref } from '../../src/format/tel-href.ts';
import { getEditionCataloguePath, printFiles, routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { readPage } from '../helpers/read-html.ts';

const site = getBuiltSite();
const content = await loadContent(site.contentDir);
const communes = getEditions(content, { withoutOffice: true });

describe('commune pages', () => {
  it.each(communes.map((edition) => [edition.id, edition] as const))("%s has its own page with every contact as a tap-to-call link and an entry per featured guide", async (_id, edition) => {
    const slug = edition.ref.kind === 'commune' ? edition.ref.slug : '';
    const { document } = await readPage(site.dir, routes.commune(slug));
    const calls = [...document.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href'));
    for (const contact of edition.contacts) expect(calls).toContain(getTelHref(contact.phone.text));
    for (const guide of edition.guides) expect(document.querySelector(`#${guide} a`)?.getAttribute('href')).toBe(routes.guide(guide));
  });

  it('lists communes on the print, broadcast and help pages as links, not their files or contacts', async () => {
    for (const [route, target] of [
      [routes.print, (slug: string) => getEditionCataloguePath(routes.print, { kind: 'commune', slug })],
      [routes.broadcast, (slug: string) => getEditionCataloguePath(routes.broadcast, { kind: 'commune', slug })],
      [routes.help, (slug: string) => routes.commune(slug)],
    ] as const) {
      const { document } = await readPage(site.dir, route);
      const links = [...document.querySelectorAll('.commune-list a')].map((link) => link.getAttribute('href'));
      expect(links, route).toEqual(expect.arrayContaining(communes.map((edition) => target(edition.ref.kind === 'commune' ? edition.ref.slug : ''))));
    }
  });

  it("puts each commune's leaflets (colour and black-and-white), posters and order sheet on its own print page", async () => {
    const [edition] = communes;
    const { document } = await readPage(site.dir, getEditionCataloguePath(routes.print, edition!.ref));
    const downloads = [...document.querySelectorAll('a[download]')].map((link) => link.getAttribute('href'));
    expect(downloads.length).toBe(edition!.guides.length * 6 + 1);
    expect(downloads).toContain(printFiles.orderSheet(edition!.ref));
    for (const href of downloads) expect(href).toMatch(new RegExp(`^/in-an/xa/${edition!.ref.kind === 'commune' ? edition!.ref.slug : ''}/`));
  });

  it('links the order sheet from the office\'s print page too, and the build writes it', async () => {
    const { document } = await readPage(site.dir, routes.print);
    const card = document.querySelector(`.order-sheet-card a[href="${printFiles.orderSheet()}"]`);
    expect(card?.textContent).toContain('Phiếu đặt in');
    for (const edition of [undefined, ...communes.map((commune) => commune.ref)]) {
      const bytes = await readFile(path.join(site.dir, printFiles.orderSheet(edition)));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });
});
