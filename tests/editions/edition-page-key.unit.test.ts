import { describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditionPageKey } from '../../src/editions/get-edition-page-key.ts';
import { resolveEdition } from '../../src/editions/resolve-edition.ts';
import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';

// phu-dinh features lien-thong-khai-sinh; trung-hoi does not.
const content = await loadContent(EXAMPLE_CONTENT);
const key = (changed: Content, slug: string, ...more: unknown[]) => getEditionPageKey(changed, resolveEdition(changed, { kind: 'commune', slug }), ...more);
const editGuide = (slug: string, edit: Record<string, string>): Content => ({ ...content, guides: content.guides.map((guide) => (guide.slug === slug ? { ...guide, ...edit } : guide)) });

describe("a per-edition page's cache key", () => {
  it('changes when a guide the commune features changes, and not when another guide does', () => {
    const edited = editGuide('lien-thong-khai-sinh', { summary: 'Một tóm tắt khác.' });
    expect(key(edited, 'phu-dinh')).not.toBe(key(content, 'phu-dinh'));
    expect(key(edited, 'trung-hoi')).toBe(key(content, 'trung-hoi'));
  });

  it("changes for every commune when any guide's title changes (file lists name files by their guide)", () => {
    const retitled = editGuide('lien-thong-khai-sinh', { title: 'Một tên khác' });
    expect(key(retitled, 'trung-hoi')).not.toBe(key(content, 'trung-hoi'));
  });

  it("changes with the commune's own file and with site.yaml, which every page shows", () => {
    const communes = content.communes.map((commune) => (commune.slug === 'trung-hoi' ? { ...commune, name: 'xã Trung Hội Mới' } : commune));
    expect(key({ ...content, communes }, 'trung-hoi')).not.toBe(key(content, 'trung-hoi'));
    expect(key({ ...content, communes }, 'phu-dinh')).toBe(key(content, 'phu-dinh'));
    expect(key({ ...content, site: { ...content.site, office: 'Một văn phòng khác' } }, 'phu-dinh')).not.toBe(key(content, 'phu-dinh'));
  });

  it('changes with what the page is about besides the edition (a script)', () => {
    expect(key(content, 'phu-dinh', { script: 1 })).not.toBe(key(content, 'phu-dinh', { script: 2 }));
  });
});
