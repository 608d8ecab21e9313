import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { createHandout } from '../../src/meeting/create-handout.ts';
import { createMeetingPack } from '../../src/meeting/create-meeting-pack.ts';
import { SHEET } from '../../src/meeting/formats.ts';
import type { PdfLayout } from '../../src/pdf/elements.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

const measure = getTextMeasurer();
let content: Content;

beforeAll(async () => {
  content = await loadContent(FIXTURE_CONTENT);
});

/** What a black-and-white photocopier keeps clean: black ink only, and no filled area thicker than a rule. */
function expectPhotocopySafe(layout: PdfLayout) {
  for (const page of layout.pages) {
    for (const element of page.elements) {
      if (element.type === 'text') {
        expect(element.colour).toBe('black');
        expect(element.size).toBeGreaterThanOrEqual(SHEET.smallPt);
      }
      if (element.type === 'qr') expect(element.colour).toBe('black');
      if (element.type === 'rect') {
        expect(element.fill).toBe('black');
        expect(Math.min(element.width, element.height)).toBeLessThanOrEqual(SHEET.rule * 2);
      }
      if (element.type !== 'circle' && element.type !== 'mark' && element.type !== 'line' && element.type !== 'path') {
        expect(element.x).toBeGreaterThanOrEqual(0);
        expect(element.x + element.width).toBeLessThanOrEqual(SHEET.width);
        expect(element.y + element.height).toBeLessThanOrEqual(SHEET.height);
      }
    }
  }
}

describe('A4 sheets', () => {
  it('lay out every handout in black text and rules only, within the page', () => {
    for (const edition of getEditions(content)) {
      for (const guide of content.guides.filter((entry) => edition.guides.includes(entry.slug))) expectPhotocopySafe(createHandout(measure, content, edition, guide));
    }
  });

  it('lay out the meeting pack in black text and rules only: agenda, sign-in sheet, report form', () => {
    const pack = createMeetingPack(measure, content, getEditions(content)[1]!);
    expect(pack.pages).toHaveLength(3);
    expectPhotocopySafe(pack);
  });

  it('give every handout page the review date as dd/mm/yyyy', () => {
    const guide = content.guides[0]!;
    const handout = createHandout(measure, content, getEditions(content)[0]!, guide);
    const [year, month, day] = guide.reviewed.split('-');
    for (const page of handout.pages) {
      const lines = page.elements.flatMap((element) => (element.type === 'text' ? element.lines.map((line) => line.text) : []));
      expect(lines).toContain(`Cập nhật ngày ${day}/${month}/${year}`);
    }
  });
});
