/**
 * Millimetres at the edges, points once, here. Layout works in mm (what a print shop talks
 * about); only the renderer turns mm into PDF points, and type sizes are given in pt as
 * typographers write them.
 */

/** PDF user-space points per inch (ISO 32000-1 §8.3.2.3). */
export const POINTS_PER_INCH = 72;
export const MM_PER_INCH = 25.4;
/** 1 mm in points. */
export const MM = POINTS_PER_INCH / MM_PER_INCH;

/** Millimetres → points. */
export function mmToPt(mm: number): number {
  return mm * MM;
}

/** Points → millimetres (type sizes and leading feed into mm layout through this). */
export function ptToMm(pt: number): number {
  return pt / MM;
}

/**
 * Largest page side a PDF viewer must accept in default user space: 14 400 units, 200 in
 * (ISO 32000-1 Annex C.2). Bigger pages set /UserUnit so one unit is several points.
 */
export const MAX_PAGE_SIDE_PT = 14_400;

/** The /UserUnit a page of this size needs: 1 up to 200 in a side, else the smallest whole factor that fits. */
export function getUserUnit(widthMm: number, heightMm: number): number {
  return Math.max(1, Math.ceil(Math.max(mmToPt(widthMm), mmToPt(heightMm)) / MAX_PAGE_SIDE_PT));
}
