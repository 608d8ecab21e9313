import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { meetingKit } from '../../src/meeting/kit.ts';
import { meetingFiles, routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { readPage } from '../helpers/read-html.ts';

// The smoke build of the real content (global setup): asserts only what holds for any valid content.
const site = getBuiltSite();
let content: Content;

beforeAll(async () => {
  content = await loadContent(site.contentDir);
});

const exists = (sitePath: string) => existsSync(path.join(site.dir, sitePath));

describe('Hội nghị pages', () => {
  it('list the office’s decks and handouts, each link and thumbnail present in the build', async () => {
    const { document } = await readPage(site.dir, routes.meeting);
    const links = [...document.querySelectorAll('a[href^="/hoi-nghi/"]')].map((link) => link.getAttribute('href')!);
    const office = meetingKit.getFiles(content, getEditions(content)[0]!);
    for (const entry of office) {
      expect(links).toContain(entry.pdf);
      if (entry.pptx) expect(links).toContain(entry.pptx);
    }
    for (const link of links.filter((href) => !href.endsWith('/'))) expect(exists(link), link).toBe(true);
    const images = [...document.querySelectorAll('img')].map((image) => image.getAttribute('src')!);
    expect(images).toHaveLength(office.length);
    for (const image of images) expect(exists(image), image).toBe(true);
  });

  it('give each commune a page with its combined deck, meeting pack and featured guides', async () => {
    for (const edition of getEditions(content).slice(1)) {
      if (edition.ref.kind !== 'commune') continue;
      const { document } = await readPage(site.dir, routes.meetingCommune(edition.ref.slug));
      const links = [...document.querySelectorAll('a[download]')].map((link) => link.getAttribute('href')!);
      expect(links).toEqual(expect.arrayContaining([meetingFiles.combinedDeck(edition.ref.slug, 'pptx'), meetingFiles.pack(edition.ref.slug)]));
      for (const slug of edition.guides) expect(links).toContain(meetingFiles.handout(slug, edition.ref));
      for (const link of links) expect(exists(link), link).toBe(true);
    }
  });

  it('are linked from every guide page', async () => {
    for (const guide of content.guides) {
      const { document } = await readPage(site.dir, routes.guide(guide.slug));
      const links = [...document.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links).toEqual(expect.arrayContaining([meetingFiles.deck(guide.slug, 'pptx'), meetingFiles.handout(guide.slug), routes.meeting]));
    }
  });
});
