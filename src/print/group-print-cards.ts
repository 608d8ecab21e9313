/**
 * The cards of a print catalogue page: one per file, except that the A2, A1 and A0 posters,
 * the A3 design enlarged, are download links on the A3's card instead of cards of their own
 * (fewer thumbnails to render and a "In ấn" page a phone on 3G can open, issue 13).
 */
import type { PrintFileEntry } from './print-catalogue.ts';

export interface PrintCard {
  entry: PrintFileEntry;
  /** The same poster at the larger sizes, smallest first. */
  enlargements: PrintFileEntry[];
}

export function groupPrintCards(entries: readonly PrintFileEntry[]): PrintCard[] {
  const cards: PrintCard[] = [];
  const posters = new Map<string, PrintCard>();
  for (const entry of entries) {
    const { job } = entry;
    const key = job.kind === 'poster' ? `${entry.edition.kind === 'commune' ? entry.edition.slug : ''}\0${job.guide}` : undefined;
    const card = key === undefined ? undefined : posters.get(key);
    if (card) {
      card.enlargements.push(entry);
      continue;
    }
    const created = { entry, enlargements: [] };
    cards.push(created);
    if (key !== undefined) posters.set(key, created);
  }
  return cards;
}
