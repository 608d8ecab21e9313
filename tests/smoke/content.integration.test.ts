/**
 * The one test of the office's own content/: it builds, and every output the site and the kits
 * promise is there. It asserts only what holds for any valid content, so it stays green when an
 * office replaces the example guides, communes and contacts with its own.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KITS } from '../../src/build/kits.ts';
import { getContentDir } from '../../src/content/content-dir.ts';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';

// The shared "office" build (tests/helpers/site-variants.ts): a full build of getContentDir().
const office = getBuiltSite('office');
const out = office.dir;
let content: Content;

beforeAll(async () => {
  expect(office.contentDir).toBe(getContentDir());
  content = await loadContent(getContentDir());
});

const exists = (sitePath: string) => access(path.join(out, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath)).then(() => true, () => false);

describe('a build of content/', () => {
  it('has a page for every guide', async () => {
    for (const guide of content.guides) expect(await exists(routes.guide(guide.slug)), guide.slug).toBe(true);
  });

  it('makes the main output of every file each registered kit lists for every edition', async () => {
    for (const edition of getEditions(content)) {
      for (const kit of KITS) {
        for (const file of kit.getFiles(content, edition)) expect(await exists(file.id), `${kit.name} ${edition.id} ${file.id}`).toBe(true);
      }
    }
  });

  it('shows the sample notice on the home page exactly when the office edition is a sample', async () => {
    const home = await readFile(path.join(out, 'index.html'), 'utf8');
    const [office] = getEditions(content);
    expect(home.includes('class="sample-notice"')).toBe(office!.sample);
  });
});
