/**
 * Fills the leaflet cover's empty band between the title and the slogan (issue 12): a commune
 * edition's name in large type (from the edition, never from content), otherwise the phone
 * pictogram. A band too short for either stays empty; nothing is shrunk to make room.
 */
import type { Edition } from '../../editions/edition.ts';
import type { PdfElement } from '../../pdf/elements.ts';
import { fitText } from '../../pdf/text/fit-text.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { LEAFLET } from '../formats.ts';
import { createPhonePictogram } from './create-pictogram.ts';

export interface CoverBand {
  x: number;
  width: number;
  /** Bottom of the title and top of the slogan, mm. */
  top: number;
  bottom: number;
}

export function createCoverBand(measure: TextMeasurer, edition: Edition, band: CoverBand, place: string): PdfElement[] {
  const B = LEAFLET.front.band;
  const top = band.top + B.gap;
  const height = band.bottom - B.gap - top;
  if (height < B.minHeight) return [];
  if (edition.ref.kind === 'commune') {
    const name = fitText(measure, { ...edition.place, font: 'extrabold', colour: 'accent', leading: B.leading, balance: true }, B.commune, { x: band.x, y: top, width: band.width, height }, place);
    return [{ ...name, y: top + (height - name.height) / 2 }];
  }
  const drawn = Math.min(height, B.pictogramHeight);
  return createPhonePictogram({ x: band.x, y: top + (height - drawn) / 2, width: band.width, height: drawn }, { body: 'paper', tick: 'accent' });
}
