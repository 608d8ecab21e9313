import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { printFiles } from '../../src/paths.ts';
import { getPrintCatalogue, THUMBNAIL_BOX_PX } from '../../src/print/print-catalogue.ts';

let content: Content;
beforeAll(async () => {
  content = await loadContent(EXAMPLE_CONTENT);
});

describe('getPrintCatalogue', () => {
  it('lists a leaflet, its black-and-white copy and four posters per guide, per commune featured guide, and three banners per slogan', () => {
    const catalogue = getPrintCatalogue(content);
    const featured = content.communes.reduce((sum, commune) => sum + commune.featured.length, 0);
    const slogans = content.site.slogans.length + content.guides.length;
    expect(catalogue.filter((e) => e.job.kind === 'leaflet' && !e.job.mono)).toHaveLength(content.guides.length + featured);
    expect(catalogue.filter((e) => e.job.kind === 'leaflet' && e.job.mono)).toHaveLength(content.guides.length + featured);
    expect(catalogue.filter((e) => e.kind === 'poster')).toHaveLength(4 * (content.guides.length + featured));
    expect(catalogue.filter((e) => e.kind === 'banner')).toHaveLength(3 * slogans);
  });

  it('gives every file its own path from src/paths.ts', () => {
    const catalogue = getPrintCatalogue(content);
    expect(new Set(catalogue.map((e) => e.path)).size).toBe(catalogue.length);
    const guide = content.guides[0]!;
    expect(catalogue.map((e) => e.path)).toContain(printFiles.leaflet(guide.slug));
    expect(catalogue.map((e) => e.path)).toContain(printFiles.poster(guide.slug, 'a0'));
    expect(catalogue.map((e) => e.path)).toContain(printFiles.banner('khau-hieu-1', '800x2500'));
    const commune = content.communes[0]!;
    expect(catalogue.map((e) => e.path)).toContain(printFiles.leaflet(commune.featured[0]!, { kind: 'commune', slug: commune.slug }));
  });

  it('gives each page a thumbnail that fits the thumbnail box with the page proportions, except the enlarged A2–A0 posters, shown by their A3', () => {
    for (const entry of getPrintCatalogue(content)) {
      const enlarged = entry.job.kind === 'poster' && entry.job.size !== 'a3';
      expect(entry.thumbnails).toHaveLength(enlarged ? 0 : entry.pages);
      for (const thumbnail of entry.thumbnails) {
        expect(Math.max(thumbnail.width, thumbnail.height)).toBe(THUMBNAIL_BOX_PX);
        expect(thumbnail.width / thumbnail.height).toBeCloseTo(entry.trim.width / entry.trim.height, 1);
        expect(thumbnail.path).toBe(printFiles.thumbnail(entry.path, thumbnail.page));
        expect(thumbnail.alt).toContain(entry.title);
      }
    }
  });

  it('states trimmed sizes in mm, not the larger PDF page: A4 leaflet, A3 to A0 posters, banners', () => {
    const catalogue = getPrintCatalogue(content);
    const guide = content.guides[0]!.slug;
    const of = (path: string) => catalogue.find((e) => e.path === path)?.trim;
    expect(of(printFiles.leaflet(guide))).toEqual({ width: 297, height: 210 });
    expect(of(printFiles.poster(guide, 'a3'))).toEqual({ width: 297, height: 420 });
    expect(of(printFiles.poster(guide, 'a0'))).toEqual({ width: 841, height: 1189 });
    expect(of(printFiles.banner('khau-hieu-1', '5000x1500'))).toEqual({ width: 5000, height: 1500 });
    expect(of(printFiles.banner('khau-hieu-1', '3000x1000'))).toEqual({ width: 3000, height: 1000 });
    expect(of(printFiles.banner('khau-hieu-1', '800x2500'))).toEqual({ width: 800, height: 2500 });
  });
});
