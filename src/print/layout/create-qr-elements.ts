/**
 * A QR code with its quiet zone and the address printed under it, so people without a
 * scanner can type it. The address drops "https://" (phones add it) and breaks after "/".
 */
import type { TypeRange } from '../../pdf/elements.ts';
import { QR_QUIET_ZONE, type QrCode } from '../../pdf/qr.ts';
import { fitText } from '../../pdf/text/fit-text.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import type { PdfElement } from '../../pdf/elements.ts';
import type { TextSource } from '../../content/sourced-text.ts';

export interface QrPlacement {
  /** Centre of the code horizontally, and its top. */
  centreX: number;
  top: number;
  /** Side of the code without the quiet zone, mm. */
  size: number;
  /** Width available for the address lines. */
  addressWidth: number;
  /** Height available for the address lines. */
  addressHeight: number;
  addressRange: TypeRange;
  place: string;
  /** site.yaml `printAddress`: printed in place of the site's domain. */
  printAddress?: string;
}

/** The address starts this far into the quiet zone under the code, close enough to read as its caption (the decode tests scan it so). */
const ADDRESS_GAP_IN_QUIET_ZONES = 0.6;

/**
 * The address printed under a code, short enough to type from a phone and to set at 9.5 pt
 * or more (issue 12: 56 characters at 8 pt): the domain without "https://" and "www." (or
 * site.yaml `printAddress` in its place) and the path; a commune page's "#guide" is dropped,
 * since the page lists the commune's guides. The code itself encodes the full address.
 */
export function getPrintedAddress(url: string, printAddress?: string): string {
  const parsed = new URL(url);
  const host = printAddress ?? parsed.host.replace(/^www\./, '');
  return `${host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
}

/** Width of the blank margin round a code of this size (ISO/IEC 18004: 4 modules). */
export function getQrQuietZone(size: number, modules: number): number {
  return (QR_QUIET_ZONE * size) / (modules || 1);
}

export function createQrElements(measure: TextMeasurer, qr: QrCode, at: QrPlacement, source: TextSource): PdfElement[] {
  const quiet = getQrQuietZone(at.size, qr.modules.length);
  const x = at.centreX - at.size / 2;
  const address = fitText(
    measure,
    { text: getPrintedAddress(qr.url, at.printAddress), source, font: 'semibold', colour: 'ink', leading: 1.25, align: 'center' },
    at.addressRange,
    { x: at.centreX - at.addressWidth / 2, y: at.top + at.size + quiet * ADDRESS_GAP_IN_QUIET_ZONES, width: at.addressWidth, height: at.addressHeight },
    at.place,
  );
  return [
    { type: 'rect', x: x - quiet, y: at.top - quiet, width: at.size + 2 * quiet, height: at.size + 2 * quiet, fill: 'paper' },
    { type: 'qr', x, y: at.top, width: at.size, height: at.size, modules: qr.modules, colour: 'ink', url: qr.url },
    address,
  ];
}

/** Height the code, its quiet zone below and the address take, for reserving space. */
export function getQrBlockHeight(at: Pick<QrPlacement, 'size' | 'addressHeight'>, modules: number): number {
  return at.size + getQrQuietZone(at.size, modules) * ADDRESS_GAP_IN_QUIET_ZONES + at.addressHeight;
}
