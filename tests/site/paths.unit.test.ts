import { describe, expect, it } from 'vitest';
import { getTelHref } from '../../src/format/tel-href.ts';
import { absoluteUrl, broadcastFiles, getGuideSlugFromPath, printFiles, routes } from '../../src/paths.ts';

describe('paths', () => {
  it('builds readable addresses without diacritics', () => {
    expect(routes.guide('lien-thong-khai-sinh')).toBe('/huong-dan/lien-thong-khai-sinh/');
    expect(printFiles.leaflet('a', { kind: 'commune', slug: 'phu-dinh' })).toBe('/in-an/xa/phu-dinh/to-gap/a.pdf');
    expect(printFiles.thumbnail('/in-an/to-gap/a.pdf', 2)).toBe('/in-an/to-gap/a.trang-2.png');
    expect(broadcastFiles.text('a', 'tin')).toBe('/phat-thanh/a-tin.txt');
  });

  it('joins the site address and a path whether or not the site ends in a slash', () => {
    expect(absoluteUrl('https://x.gov.vn', '/huong-dan/a/')).toBe('https://x.gov.vn/huong-dan/a/');
    expect(absoluteUrl('https://x.gov.vn/dvc/', '/huong-dan/a/')).toBe('https://x.gov.vn/dvc/huong-dan/a/');
  });

  it('recognises guide paths and nothing else', () => {
    expect(getGuideSlugFromPath('/huong-dan/a-b/')).toBe('a-b');
    expect(getGuideSlugFromPath('/huong-dan/a-b/#cac-buoc')).toBe('a-b');
    expect(getGuideSlugFromPath('/huong-dan/')).toBeUndefined();
    expect(getGuideSlugFromPath('/thuat-ngu/')).toBeUndefined();
  });
});

describe('getTelHref', () => {
  it.each([
    ['0208 3855 123', 'tel:02083855123'],
    ['(0208) 3855 123', 'tel:02083855123'],
    ['0912.345.001', 'tel:0912345001'],
    ['+84 208 3855 123', 'tel:+842083855123'],
  ])('%s → %s', (phone, href) => {
    expect(getTelHref(phone)).toBe(href);
  });
});
