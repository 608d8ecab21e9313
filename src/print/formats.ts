/**
 * Every print format as data, in millimetres (type sizes in pt). Layout steps read these
 * tables; nothing else in src/print knows a sheet size. Geometry follows DESIGN.md "Print
 * geometry".
 */
import type { BannerFormat, PosterSize } from '../paths.ts';
import type { TypeRange } from '../pdf/elements.ts';
import { t } from '../i18n/t.ts';

/** Printer's marks outside the bleed. */
export interface MarkStyle {
  /** Distance from the trim edge to where a crop mark starts (= the bleed, so marks never touch it). */
  offset: number;
  /** Length of a crop or fold mark. */
  length: number;
  /** Stroke width in pt (0.25 pt is the usual hairline). */
  weightPt: number;
  /** Fold marks are dashed so the binder can tell them from crop marks: [dash, gap] in mm. */
  foldDash: readonly [number, number];
}

export interface SheetFormat {
  /** Trimmed size: what the reader holds. */
  trim: { width: number; height: number };
  /** Background colour runs this far past the trim (BleedBox). */
  bleed: number;
  /** Text and QR codes stay this far inside the trim and every fold. */
  safe: number;
  marks: MarkStyle;
}

const OFFSET_MARKS: MarkStyle = { offset: 3, length: 5, weightPt: 0.25, foldDash: [2, 1] };

/** Backgrounds are laid out this far past the trim on every format; resolveSheet trims them to the bleed. */
export const BACKGROUND_OVERRUN = 50;

/**
 * A background that ends at a fold runs this far past it, under the neighbouring panel: folds
 * drift 0.5–1 mm on the folder, and an edge exactly on the fold shows a white hairline or a
 * strip of colour on the wrong side. Well inside the 5 mm safe margin, so no text meets it.
 */
export const FOLD_OVERRUN = 1.5;

/** One panel of the folded leaflet, left to right on its side of the sheet. */
export interface PanelSpec {
  id: 'flap-outside' | 'back' | 'front' | 'inside-1' | 'inside-2' | 'inside-3';
  width: number;
  /** How the panel is named in build errors, for the person editing the guide. */
  label: string;
}

/**
 * Tri-fold A4 roll fold. The tuck-in flap is 3 mm narrower so it folds inside without
 * buckling. Outside left→right: flap (outside), back cover, front cover; inside: 1, 2, 3 (flap inside).
 */
export const LEAFLET = {
  trim: { width: 297, height: 210 },
  bleed: 3,
  safe: 5,
  marks: OFFSET_MARKS,
  sides: {
    outside: [
      { id: 'flap-outside', width: 97, label: t('pdfPlace.panel.flapOutside') },
      { id: 'back', width: 100, label: t('pdfPlace.panel.back') },
      { id: 'front', width: 100, label: t('pdfPlace.panel.front') },
    ],
    inside: [
      { id: 'inside-1', width: 100, label: t('pdfPlace.panel.inside1') },
      { id: 'inside-2', width: 100, label: t('pdfPlace.panel.inside2') },
      { id: 'inside-3', width: 97, label: t('pdfPlace.panel.inside3') },
    ],
  },
  type: {
    /**
     * Lists, help text, contacts. 9.5 pt is the smallest: at 8 pt older readers in the hamlets
     * could not read the leaflet at arm's length (issue 12).
     */
    body: { max: 12, min: 9.5 },
    /**
     * The steps and facts flowing across the three inside panels: they grow up to 14 pt until
     * the panels are full, instead of leaving half the spread blank at 12 pt.
     */
    inside: { max: 14, min: 9.5 },
    coverTitle: { max: 30, min: 18 },
    slogan: { max: 15, min: 11 },
    /** The web address under the QR code: typed from it, so never under the 9.5 pt body minimum. */
    address: { max: 11, min: 9.5 },
  },
  /**
   * The back cover's QR code, at the foot of the panel under the contacts. 25 mm scans from
   * a phone at 30 cm; 45 mm (about 1.2 mm a module) scans from arm's length on a notice
   * board and fills the panel's lower half instead of leaving it empty. The longest commune
   * contact block still fits above it at the full body size.
   */
  backQr: {
    /** Side of the code without its quiet zone. */
    size: 45,
    /** Room for the address printed under the code (two lines at `type.address.max`). */
    addressHeight: 12,
    /** Clear space between the contacts and the code's quiet zone. */
    gapAbove: 3,
  },
  /**
   * The red front cover, in mm from the top of its safe area (`fromBottom`: from its foot):
   * the office's name, a yellow rule, the title, the slogan, then the place and the series
   * name at the foot. `leading` is the line height as a multiple of the type size.
   */
  front: {
    office: { height: 14, leading: 1.25 },
    rule: { top: 17, width: 24, height: 1.2 },
    title: { top: 24, height: 92, leading: 1.15 },
    slogan: { top: 122, height: 36, leading: 1.25 },
    place: { fromBottom: 30, height: 12, leading: 1.2 },
    /**
     * What fills the band between the title and the slogan when it is at least `minHeight` tall
     * (issue 12: the cover was half empty): the phone pictogram, at most `pictogramHeight`; on a
     * commune edition the commune's name, large. `gap` keeps it clear of both.
     */
    band: { minHeight: 24, gap: 5, pictogramHeight: 40, leading: 1.1, commune: { max: 30, min: 16 } },
    series: { fromBottom: 14, height: 14, leading: 1.25 },
  },
  /** Line height as a multiple of the type size. */
  leading: 1.3,
} as const satisfies SheetFormat & Record<string, unknown>;

/** ISO 216 A-series posters. A2–A0 are the A3 layout scaled, so one review covers all four. */
export const POSTER_REFERENCE = {
  trim: { width: 297, height: 420 },
  bleed: 3,
  safe: 12,
  marks: OFFSET_MARKS,
  type: {
    headline: { max: 60, min: 34 },
    slogan: { max: 28, min: 18 },
    step: { max: 34, min: 20 },
    /** The number in each step's yellow disc. */
    stepNumber: { max: 40, min: 20 },
    contact: { max: 16, min: 11 },
    commune: { max: 34, min: 16 },
    /** Under the QR code; 11 pt at A3, larger on A2–A0. */
    address: { max: 16, min: 11 },
  },
  qrSize: 70,
  leading: 1.2,
  /** Vertical bands, mm from the top trim: red band, steps, then the tinted QR and contacts band. */
  bands: { brandBottom: 178, stepsTop: 192, stepHeight: 38, contactTop: 316 },
  /** The tinted band starts this far above `bands.contactTop`. */
  contactBandPadding: 8,
  /** Height of the office's name at the top of the safe area. */
  officeHeight: 10,
  /**
   * A commune edition's name under the office's, large in yellow: the poster is that
   * commune's. The headline group then starts at `headlineTop` instead of `headline.top`.
   */
  commune: { top: 23, height: 15, headlineTop: 42, leading: 1.1 },
  /**
   * Headline and slogan, centred as a group between `top` and `bottomGap` above the red
   * band's foot; `gap` between them, the headline at most `headlineHeight` tall.
   */
  headline: { top: 28, gap: 8, bottomGap: 10, headlineHeight: 96, headlineLeading: 1.1 },
  /**
   * Each step: a disc `badge` wide, `gutter` before the text, `gapBelow` under the text box;
   * the disc's number is set solid and dropped `numberDropEm` ems so it looks centred.
   */
  steps: { badge: 24, gutter: 8, gapBelow: 6, leading: 1.15, numberLeading: 1, numberDropEm: 0.03 },
  /**
   * The QR code, `offsetX` right of the safe edge and `offsetY` below `bands.contactTop`; its
   * address `addressExtraWidth` wider than the code and `addressHeight` tall. The contacts
   * start `contactsAfter` past the code's size from the safe edge, clear of its quiet zone
   * and address.
   */
  qr: { offsetX: 4, offsetY: 2, addressExtraWidth: 30, addressHeight: 14, contactsAfter: 26 },
} as const satisfies SheetFormat & Record<string, unknown>;

export const POSTER_SIZES: Record<PosterSize, { width: number; height: number; label: string }> = {
  a3: { width: 297, height: 420, label: 'A3' },
  a2: { width: 420, height: 594, label: 'A2' },
  a1: { width: 594, height: 841, label: 'A1' },
  a0: { width: 841, height: 1189, label: 'A0' },
};

export const POSTER_SIZE_KEYS = Object.keys(POSTER_SIZES) as PosterSize[];

/** A poster size as a sheet format: the A3 layout's bleed and marks stay in real mm. */
export function getPosterFormat(size: PosterSize): SheetFormat & { scale: number } {
  const trim = POSTER_SIZES[size];
  return { ...POSTER_REFERENCE, trim: { width: trim.width, height: trim.height }, scale: trim.width / POSTER_REFERENCE.trim.width };
}

/**
 * Banners (băng rôn) in mm. Hems and eyelets take the edge, so nothing is printed within
 * 50 mm of it. One slogan in huge type; `slogan.min` keeps it readable from the road.
 */
export const BANNERS: Record<BannerFormat, SheetFormat & { label: string; type: { slogan: TypeRange; office: TypeRange; commune: TypeRange; date: TypeRange } }> = {
  '5000x1500': { label: 'Băng rôn ngang 5000×1500 mm', trim: { width: 5000, height: 1500 }, bleed: 5, safe: 50, marks: { ...OFFSET_MARKS, offset: 5, length: 10 }, type: { slogan: { max: 1100, min: 280 }, office: { max: 160, min: 60 }, commune: { max: 240, min: 90 }, date: { max: 80, min: 36 } } },
  '3000x1000': { label: 'Băng rôn ngang 3000×1000 mm', trim: { width: 3000, height: 1000 }, bleed: 5, safe: 50, marks: { ...OFFSET_MARKS, offset: 5, length: 10 }, type: { slogan: { max: 700, min: 170 }, office: { max: 110, min: 40 }, commune: { max: 160, min: 60 }, date: { max: 56, min: 24 } } },
  '800x2500': { label: 'Băng rôn dọc 800×2500 mm', trim: { width: 800, height: 2500 }, bleed: 5, safe: 50, marks: { ...OFFSET_MARKS, offset: 5, length: 10 }, type: { slogan: { max: 500, min: 110 }, office: { max: 60, min: 30 }, commune: { max: 110, min: 45 }, date: { max: 40, min: 20 } } },
};

export const BANNER_FORMAT_KEYS = Object.keys(BANNERS) as BannerFormat[];

/**
 * How every banner divides its safe area, as shares of the safe height so the three sizes
 * look alike: [MẪU stamp, sample editions only] · slogan · office name.
 */
export const BANNER_LAYOUT = {
  /** The office's name at the foot of the safe area. */
  officeShare: 0.14,
  /** Between the bands (stamp, slogan, office). */
  gapShare: 0.03,
  sloganLeading: 1.12,
  officeLeading: 1.15,
  /** A commune edition's name, in its own band above the office's name (issue 12: whose banner it is). */
  communeShare: 0.12,
  /** Of the office band, the share under the office's name for "Cập nhật ngày …" (issue 11 point 5). */
  dateShare: 0.3,
  /**
   * The "MẪU" stamp of a sample edition: red letters on a white plate across the top of the
   * safe area, in a band of its own. A see-through diagonal word over a huge slogan was too
   * faint to see on a proof, and a solid one would cover the slogan.
   */
  sampleStamp: {
    /** Largest plate height, as a share of the safe height. */
    heightShare: 0.18,
    /** Largest plate width, as a share of the safe width (the tall banner is narrow). */
    widthShare: 0.6,
    /** Space round the word inside the plate, in ems of the stamp's type size. */
    paddingEm: 0.3,
    /** Corner radius, in ems. */
    radiusEm: 0.15,
  },
} as const;


/**
 * How the print shop runs each product: stock, weight, fold, sides and colour. The order sheet
 * (src/print/order-sheet/) prints these facts and nothing else states them, so a change of paper
 * is made here once. Words for each id are in src/i18n/vi.ts (`order.paper.*`, `order.fold.*`).
 */
export interface PressSpec {
  /** The stock, in the trade's terms: coated matt (couché mờ), coated gloss, plain copier paper, hiflex banner vinyl. */
  paper: 'coated-matt' | 'coated-gloss' | 'copier' | 'hiflex';
  /** g/m². */
  weight: number;
  /** Tri-fold roll fold (DESIGN.md "Print geometry"), or flat. */
  fold: 'roll-3' | 'none';
  /** Printed on one side or both. */
  sides: 1 | 2;
  /**
   * Which edge the sheet turns on between the two sides (duplex): the tri-fold's panels back each
   * other when the landscape sheet turns about its 210 mm edge (print-geometry.unit.test.ts).
   */
  flip?: 'short' | 'long';
  /** Four-colour process, or black only (the photocopy edition). */
  colour: 'cmyk' | 'black';
}

export const PRESS: Record<'leaflet' | 'leafletMono' | 'poster' | 'banner', PressSpec> = {
  /** 150 g/m² folds cleanly on a buckle folder without cracking along the folds of a matt coat. */
  leaflet: { paper: 'coated-matt', weight: 150, fold: 'roll-3', sides: 2, flip: 'short', colour: 'cmyk' },
  /** The commune office's copier paper: plain 80 g/m² A4, folded by hand. */
  leafletMono: { paper: 'copier', weight: 80, fold: 'roll-3', sides: 2, flip: 'short', colour: 'black' },
  /** Notice boards under glass or on a cultural house wall, indoors or sheltered. */
  poster: { paper: 'coated-gloss', weight: 200, fold: 'none', sides: 1, colour: 'cmyk' },
  /** Outdoor banners, hemmed with eyelets (the 50 mm edge kept free, BANNERS.safe). */
  banner: { paper: 'hiflex', weight: 440, fold: 'none', sides: 1, colour: 'cmyk' },
};

/**
 * The slug line on every press sheet: file name, side and date, in the slug below the bleed
 * (issue 12 item 7), so a sheet that comes off the press or turns up in a hamlet says which
 * file and which side it is. `clearance` keeps it this far from the bleed, the media edge and
 * every mark; the geometry test checks each format's slug is tall enough for it at `size.max`.
 */
export const SLUG_LINE = {
  size: { max: 6, min: 5 },
  clearance: 1,
  font: 'regular',
  /**
   * The photocopy edition has no slug (its page is the A4 trim): the line sits in the bottom
   * margin instead, between the panel frames (MONO.frameInset) and the text's 5 mm safe area.
   */
  copier: { size: 5, baselineFromBottom: 3.5 },
} as const;

/**
 * The print-shop order sheet ("Phiếu đặt in"), A4 landscape, for an office printer: no bleed,
 * nothing within `safe` of the edge. Rows are of fixed height so the page count is known from
 * the file list alone (getPrintFiles lists the sheet with its pages). Lengths in mm, type in pt.
 */
export const ORDER_SHEET = {
  trim: { width: 297, height: 210 },
  safe: 12,
  /** Title, edition, date and the hamlet line on the first page; later pages repeat a short header. */
  header: { first: 38, next: 12 },
  /** Column heads of the table, repeated on every page. */
  head: 10,
  /** A file: its name and what it is (two lines). */
  row: 9,
  /** A group of files: the guide's title or the banner's slogan. */
  group: 7,
  /** "Trang 1/3" at the foot. */
  footer: 7,
  /** The rules of the suggested quantities, after the table on the last page: heading and each rule. */
  legend: { heading: 8, line: 4.6 },
  padding: 1.5,
  leading: 1.25,
  /** Columns left to right, widths in mm (sum: the safe width, 273 mm). */
  columns: { index: 9, file: 90, trim: 24, paper: 40, fold: 20, sides: 38, colour: 22, quantity: 30 },
  type: {
    title: { max: 18, min: 14 },
    edition: { max: 11, min: 8 },
    note: { max: 9, min: 7 },
    head: 8,
    cell: { max: 8, min: 6.5 },
    group: { max: 8.5, min: 7 },
    legend: { max: 8, min: 6.5 },
    /** The red "MẪU" of a sample edition at the top right: first page, later pages. */
    sample: { first: 26, next: 16 },
  },
} as const;
