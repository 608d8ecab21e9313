import { describe, expect, it } from 'vitest';
import type { Edition } from '../../src/editions/edition.ts';
import { paginateOrderSheet, getTableRoom } from '../../src/print/order-sheet/paginate-order-sheet.ts';
import { QUANTITY_RULES } from '../../src/print/order-sheet/quantity-rules.ts';
import { resolveJobQuantity, resolveQuantity } from '../../src/print/order-sheet/resolve-quantity.ts';
import { ORDER_SHEET } from '../../src/print/formats.ts';

const source = { file: 'content/communes/a.yaml', field: 'hamlets' };
const commune = (hamlets?: { count: number; households?: number }) => ({ ref: { kind: 'commune', slug: 'a' }, ...(hamlets ? { hamlets: { ...hamlets, source } } : {}) }) as unknown as Edition;
const office = { ref: { kind: 'office' } } as unknown as Edition;
const leaflet = { kind: 'leaflet', guide: 'g' } as const;

describe('suggested quantities', () => {
  it('gives leaflets one per two households plus 100 at the centre, rounded up to 50, when households are known', () => {
    // 2 100 households: 1 050 + 100 = 1 150; 950: 475 + 100 = 575 → 600.
    expect(resolveJobQuantity(leaflet, commune({ count: 14, households: 2100 }), 1)).toEqual({ kind: 'suggested', count: 1150 });
    expect(resolveJobQuantity(leaflet, commune({ count: 6, households: 950 }), 1)).toEqual({ kind: 'suggested', count: 600 });
  });

  it('gives leaflets 80 per hamlet plus 100 at the centre when only the hamlet count is known', () => {
    // 9 hamlets: 720 + 100 = 820 → 850.
    expect(resolveJobQuantity(leaflet, commune({ count: 9 }), 1)).toEqual({ kind: 'suggested', count: 850 });
  });

  it('gives A3 posters and photocopy masters one per hamlet plus two at the centre, one A2 and no A1 or A0', () => {
    const edition = commune({ count: 9 });
    expect(resolveJobQuantity({ kind: 'poster', guide: 'g', size: 'a3' }, edition, 1)).toEqual({ kind: 'suggested', count: 11 });
    expect(resolveJobQuantity({ kind: 'leaflet', guide: 'g', mono: true }, edition, 1)).toEqual({ kind: 'suggested', count: 11 });
    expect(resolveJobQuantity({ kind: 'poster', guide: 'g', size: 'a2' }, edition, 1)).toEqual({ kind: 'suggested', count: 1 });
    expect(resolveJobQuantity({ kind: 'poster', guide: 'g', size: 'a0' }, edition, 1)).toEqual({ kind: 'suggested', count: 0 });
  });

  it('suggests nothing for a commune whose file gives no hamlet count', () => {
    expect(resolveJobQuantity(leaflet, commune(), 3)).toEqual({ kind: 'none', why: 'no-hamlets' });
    expect(resolveJobQuantity({ kind: 'poster', guide: 'g', size: 'a3' }, commune(), 3)).toEqual({ kind: 'none', why: 'no-hamlets' });
  });

  it("suggests no leaflets or posters for the office's shared edition, and banners per commune", () => {
    expect(resolveJobQuantity(leaflet, office, 92)).toEqual({ kind: 'none', why: 'office' });
    const banner = (format: '5000x1500' | '800x2500') => ({ kind: 'banner', id: 'khau-hieu-1', format, slogan: 's' }) as const;
    expect(resolveJobQuantity(banner('5000x1500'), office, 92)).toEqual({ kind: 'suggested', count: 92 });
    expect(resolveJobQuantity(banner('800x2500'), office, 92)).toEqual({ kind: 'suggested', count: 184 });
  });

  it('rounds a household share up, never down', () => {
    expect(resolveQuantity({ basis: 'households', perHousehold: 0.5, perHamlet: 80, centre: 0, roundTo: 1 }, commune({ count: 1, households: 3 }), 1)).toEqual({ kind: 'suggested', count: 2 });
  });

  it('has a rule for every leaflet, poster and banner kind', () => {
    expect(Object.keys(QUANTITY_RULES).sort()).toEqual(['banner-3000x1000', 'banner-5000x1500', 'banner-800x2500', 'leaflet', 'leafletMono', 'poster-a0', 'poster-a1', 'poster-a2', 'poster-a3']);
  });
});

describe('order sheet pages', () => {
  it('keeps the column widths to the safe width of the A4 sheet', () => {
    const sum = Object.values(ORDER_SHEET.columns).reduce((a, b) => a + b, 0);
    expect(sum).toBe(ORDER_SHEET.trim.width - 2 * ORDER_SHEET.safe);
  });

  it('fits 131 mm of rows on the first page and 157 mm on later pages', () => {
    // 210 − 2×12 − 38 header − 10 heads − 7 footer; later pages have a 12 mm header.
    expect(getTableRoom(true)).toBe(131);
    expect(getTableRoom(false)).toBe(157);
  });

  it('breaks pages by fixed row heights and moves a group row over with its first file', () => {
    // 1 group (7) + 13 files (9 each) = 124 mm; a second group at 124 + 7 + 9 > 131 goes over.
    const types = ['group', ...Array<'file'>(13).fill('file'), 'group', 'file', 'file'] as const;
    const pages = paginateOrderSheet(types, 2);
    expect(pages.map((page) => page.rows.length)).toEqual([14, 3]);
    expect(pages.map((page) => page.legend)).toEqual([false, true]);
  });

  it('puts the rules on a page of their own when the last page is full', () => {
    // 17 files of 9 mm = 153 mm on the second page; the legend (8 + 6 × 4.6 mm) no longer fits.
    const types = Array<'file'>(14 + 17).fill('file');
    const pages = paginateOrderSheet(types, 6);
    expect(pages.map((page) => [page.rows.length, page.legend])).toEqual([[14, false], [17, false], [0, true]]);
  });
});
