/** The "In ấn" pages show one card per print file, with the A2–A0 posters as links on the A3's card. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { groupPrintCards } from '../../src/print/group-print-cards.ts';
import { getPrintFiles } from '../../src/print/print-catalogue.ts';
import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';

let content: Content;
beforeAll(async () => {
  content = await loadContent(EXAMPLE_CONTENT);
});

describe('groupPrintCards', () => {
  it('puts each guide’s A2, A1 and A0 posters on its A3 card, in size order, and keeps every other file a card of its own', () => {
    for (const edition of getEditions(content)) {
      const files = getPrintFiles(content, edition);
      const cards = groupPrintCards(files);
      expect(cards.flatMap((card) => [card.entry, ...card.enlargements]).map((entry) => entry.path).sort()).toEqual(files.map((entry) => entry.path).sort());
      for (const card of cards) {
        const { job } = card.entry;
        if (job.kind !== 'poster') {
          expect(card.enlargements).toEqual([]);
          continue;
        }
        expect(job.size).toBe('a3');
        expect(card.entry.thumbnails).toHaveLength(1);
        expect(card.enlargements.map((entry) => (entry.job.kind === 'poster' ? `${entry.job.guide} ${entry.job.size}` : ''))).toEqual(['a2', 'a1', 'a0'].map((size) => `${job.guide} ${size}`));
        for (const entry of card.enlargements) expect(entry.thumbnails).toEqual([]);
      }
    }
  });
});
