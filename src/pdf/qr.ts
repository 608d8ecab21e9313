/**
 * QR codes for print: the module matrix from `qr`, drawn later as vector squares (sharp at
 * any poster size, a few hundred bytes). Only allowlisted https addresses are encoded: a
 * printed code cannot be corrected once 5 000 leaflets are out.
 */
import encodeQR from 'qr';
import { getAllowedDomains, isAllowedUrl } from '../content/link-policy.ts';
import type { Site } from '../schemas/site.ts';
import { createQrTargetError } from './pdf-errors.ts';
import type { TextSource } from '../content/sourced-text.ts';

export interface QrCode {
  url: string;
  /** modules[row][column], true = dark; no quiet zone (layout leaves 4 modules of paper). */
  modules: boolean[][];
}

/** Modules of light margin a scanner needs around the code (ISO/IEC 18004 §6.3.8). */
export const QR_QUIET_ZONE = 4;

/**
 * Medium error correction (15 %): survives a fold or a smudge on a leaflet while keeping the
 * modules large for cheap phone cameras.
 */
export function createQrCode(url: string, site: Pick<Site, 'url' | 'linkAllowlist'>, source: TextSource): QrCode {
  const allowed = getAllowedDomains(site);
  if (!isAllowedUrl(url, allowed)) throw createQrTargetError(source, url, allowed);
  return { url, modules: getModules(url) };
}

/**
 * Module matrices by address: a guide's leaflet and its four posters carry the same code, and
 * encoding (Reed–Solomon, eight masks scored) was 5 % of a leaflet's profile. Callers get
 * their own copy of the rows. Bounded so a province build does not keep every address.
 */
const matrices = new Map<string, boolean[][]>();
const MATRIX_LIMIT = 2_000;

function getModules(url: string): boolean[][] {
  let modules = matrices.get(url);
  if (!modules) {
    // `qr` insists on a quiet zone; ask for the thinnest and slice it off (as its docs advise).
    const padded = encodeQR(url, 'raw', { ecc: 'medium', border: 1 });
    modules = padded.slice(1, -1).map((row) => row.slice(1, -1));
    if (matrices.size >= MATRIX_LIMIT) matrices.clear();
    matrices.set(url, modules);
  }
  return modules.map((row) => [...row]);
}
