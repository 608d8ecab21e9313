/**
 * Meeting-kit formats as data, in mm (type sizes in pt). A slide is PowerPoint's 16:9 "wide"
 * layout, 13.333 × 7.5 in (12 192 000 × 6 858 000 EMU, ECMA-376 §19.2.1.39 sldSz), so the PPTX
 * and the PDF have the same page. Type is sized for a village-hall TV seen from the back row:
 * body ≥ 28 pt, titles ≥ 40 pt.
 */
import type { TypeRange } from '../pdf/elements.ts';

export const SLIDE = {
  width: 338.667,
  height: 190.5,
  /** Space kept clear on every side (TVs overscan by up to 5 %). */
  margin: 14,
  /** Slide titles shrink from max to min, then the build fails. */
  title: { max: 44, min: 40 } satisfies TypeRange,
  /** Height of the title area: two title lines at the largest size. */
  titleHeight: 38,
  /** Gap between the title area and the body. */
  titleGap: 6,
  /** Bullets and facts. */
  bodyPt: 30,
  /** A step's action, next to its number. */
  stepTitlePt: 36,
  /** A step's detail. */
  stepDetailPt: 28,
  /** The step number in its circle. */
  stepNumberPt: 60,
  stepCircle: 30,
  /** Cover slide: the guide's title. */
  cover: { max: 56, min: 40 } satisfies TypeRange,
  /** Smallest size any slide text may have; the tests read it back from the PPTX. */
  minBodyPt: 28,
  minTitlePt: 40,
  /** Space between bullets. */
  itemGap: 5,
  /** Bullet mark indent. */
  bulletIndent: 10,
  /** The MẪU badge in the top-right corner (kept free on every slide so decks match across editions). */
  badge: { width: 46, height: 20, pt: 32 },
  /** The QR code on its slide. */
  qr: 110,
  leading: 1.2,
} as const;

/** A4 portrait handouts and meeting packs: photocopied in black and white, so black text and rules only. */
export const SHEET = {
  width: 210,
  height: 297,
  margin: 15,
  titlePt: 24,
  headingPt: 17,
  bodyPt: 14,
  smallPt: 12,
  /** Rules thick enough to survive a worn photocopier. */
  rule: 0.8,
  /** Tick-box side and its outline. */
  box: 6,
  boxStroke: 0.5,
  qr: 38,
  /** Width of the handout's QR column: the code, and its address under it. */
  qrColumn: 78,
  leading: 1.3,
  gap: 3,
  /** Sign-in sheet rows: tall enough to write a name by hand. */
  rowHeight: 11,
  /** Footer band ("Cập nhật ngày …", page number). */
  footer: 10,
} as const;

/** Millimetres per inch, for the PPTX renderer (pptxgenjs takes inches). */
export const MM_PER_INCH = 25.4;
