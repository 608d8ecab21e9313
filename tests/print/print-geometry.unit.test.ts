import { describe, expect, it } from 'vitest';
import { BANNER_FORMAT_KEYS, BANNERS, getPosterFormat, LEAFLET, POSTER_SIZE_KEYS, SLUG_LINE, type SheetFormat } from '../../src/print/formats.ts';
import { getFont } from '../../src/pdf/get-font.ts';
import { getFoldPositions, resolveLeafletPanels } from '../../src/print/layout/resolve-leaflet-panels.ts';
import { getSlugMargin, resolveSheet } from '../../src/print/layout/resolve-sheet.ts';
import { getUserUnit, mmToPt, ptToMm } from '../../src/pdf/units.ts';

describe('leaflet panels', () => {
  it('puts flap outside, back cover and front cover left to right on the outside, 97/100/100 mm', () => {
    const panels = resolveLeafletPanels('outside');
    expect(panels.map((p) => [p.id, p.box.x, p.box.width])).toEqual([
      ['flap-outside', 0, 97],
      ['back', 97, 100],
      ['front', 197, 100],
    ]);
  });

  it('puts inside 1, 2 and the 97 mm flap inside left to right on the inside', () => {
    const panels = resolveLeafletPanels('inside');
    expect(panels.map((p) => [p.id, p.box.x, p.box.width])).toEqual([
      ['inside-1', 0, 100],
      ['inside-2', 100, 100],
      ['inside-3', 200, 97],
    ]);
  });

  it('folds the outside at 97 and 197 mm and the inside at 100 and 200 mm from the left trim', () => {
    expect(getFoldPositions('outside')).toEqual([97, 197]);
    expect(getFoldPositions('inside')).toEqual([100, 200]);
  });

  it('backs each outside panel with the inside panel of the same width once the sheet is turned', () => {
    const outside = resolveLeafletPanels('outside').map((p) => p.box.width);
    const inside = resolveLeafletPanels('inside').map((p) => p.box.width);
    expect([...outside].reverse()).toEqual(inside);
  });

  it('keeps every safe area 5 mm from the trim and from each fold', () => {
    for (const side of ['outside', 'inside'] as const) {
      const edges = [0, ...getFoldPositions(side), LEAFLET.trim.width];
      for (const panel of resolveLeafletPanels(side)) {
        const left = panel.safe.x;
        const right = panel.safe.x + panel.safe.width;
        const nearest = Math.min(...edges.map((edge) => Math.min(Math.abs(edge - left), Math.abs(edge - right))));
        expect(nearest).toBeGreaterThanOrEqual(5);
        expect(panel.safe.y).toBe(5);
        expect(LEAFLET.trim.height - (panel.safe.y + panel.safe.height)).toBe(5);
      }
    }
  });
});

const formats: [string, SheetFormat, number][] = [
  ['leaflet', LEAFLET, 5],
  ...POSTER_SIZE_KEYS.map((size): [string, SheetFormat, number] => [`poster ${size}`, getPosterFormat(size), 12]),
  ...BANNER_FORMAT_KEYS.map((format): [string, SheetFormat, number] => [`banner ${format}`, BANNERS[format], 50]),
];

describe.each(formats)('%s sheet', (_name, format, safe) => {
  const sheet = resolveSheet({ trim: format.trim, elements: [{ type: 'rect', x: -100, y: -100, width: format.trim.width + 200, height: format.trim.height + 200, fill: 'brand' }] }, format);
  const margin = getSlugMargin(format);

  it('adds bleed and a slug for the marks around the trim', () => {
    expect(sheet.trimBox).toEqual({ x: margin, y: margin, ...format.trim });
    expect(sheet.bleedBox).toEqual({ x: margin - format.bleed, y: margin - format.bleed, width: format.trim.width + 2 * format.bleed, height: format.trim.height + 2 * format.bleed });
    expect(sheet.media).toEqual({ width: format.trim.width + 2 * margin, height: format.trim.height + 2 * margin });
  });

  it('trims backgrounds to the bleed box', () => {
    const [background] = sheet.elements;
    expect(background).toMatchObject({ type: 'rect', ...sheet.bleedBox });
  });

  it('draws eight crop marks, all outside the bleed and on the trim lines', () => {
    const marks = sheet.elements.filter((e) => e.type === 'mark' && !e.dash);
    expect(marks).toHaveLength(8);
    const bleed = sheet.bleedBox;
    for (const mark of marks) {
      if (mark.type !== 'mark') continue;
      const outside = (x: number, y: number) => x <= bleed.x + 1e-9 || x >= bleed.x + bleed.width - 1e-9 || y <= bleed.y + 1e-9 || y >= bleed.y + bleed.height - 1e-9;
      expect(outside(mark.x1, mark.y1) && outside(mark.x2, mark.y2)).toBe(true);
      const onTrimLine = [sheet.trimBox.x, sheet.trimBox.x + sheet.trimBox.width].includes(mark.x1) || [sheet.trimBox.y, sheet.trimBox.y + sheet.trimBox.height].includes(mark.y1);
      expect(onTrimLine).toBe(true);
    }
  });

  it('leaves the slug below the bleed tall enough for the slug line, its ascent and descent clear of the bleed and the page edge', () => {
    const font = getFont(SLUG_LINE.font);
    const line = ptToMm(((font.ascent - font.descent) / font.unitsPerEm) * SLUG_LINE.size.max);
    expect(margin - format.bleed).toBeGreaterThanOrEqual(line + 2 * SLUG_LINE.clearance);
  });

  it(`keeps a ${safe} mm safe margin in its format table`, () => {
    expect(format.safe).toBe(safe);
  });

  it('fits a PDF page without UserUnit (every side under 200 in)', () => {
    expect(Math.max(mmToPt(sheet.media.width), mmToPt(sheet.media.height))).toBeLessThan(14_400);
    expect(sheet.userUnit).toBe(1);
  });
});

describe('posters and banners', () => {
  it('scales the A3 layout by √2 per size step', () => {
    expect(POSTER_SIZE_KEYS.map((size) => Math.round(getPosterFormat(size).scale * 1000) / 1000)).toEqual([1, 1.414, 2, 2.832]);
  });

  it('has the three banner sizes, horizontal and vertical', () => {
    expect(BANNER_FORMAT_KEYS.map((key) => BANNERS[key].trim)).toEqual([
      { width: 5000, height: 1500 },
      { width: 3000, height: 1000 },
      { width: 800, height: 2500 },
    ]);
  });

  it('asks for a UserUnit only past 200 in a side', () => {
    expect(getUserUnit(5046, 1546)).toBe(1);
    expect(getUserUnit(6000, 1500)).toBe(2);
  });

  it('puts dashed fold marks in the slug above and below each fold', () => {
    const sheet = resolveSheet({ trim: LEAFLET.trim, elements: [] }, LEAFLET, getFoldPositions('outside'));
    const folds = sheet.elements.filter((e) => e.type === 'mark' && e.dash);
    expect(folds.map((f) => f.type === 'mark' && [f.x1 - sheet.trimBox.x, f.y1, f.y2])).toEqual([
      [97, 0, 5],
      [97, 221, 226],
      [197, 0, 5],
      [197, 221, 226],
    ]);
  });
});
