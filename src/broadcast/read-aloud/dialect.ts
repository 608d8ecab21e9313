/**
 * The words that differ between Northern and Southern readings of numbers and dates.
 * Northern is the default: the commune stations this kit was made for are in Thái Nguyên.
 * Sources: /work/shared/FACTS.md "Loudspeakers" (105 → "một trăm linh năm", Southern "lẻ năm";
 * "mồng" for days 1–10 in the North); the Southern "ngàn" and "hai mươi bốn" follow Southern
 * broadcasters' usage.
 */
export type Dialect = 'north' | 'south';

export interface DialectWords {
  /** Zero tens inside a number: 105 → "một trăm linh năm" / "một trăm lẻ năm". */
  odd: string;
  /** 1 000: "nghìn" / "ngàn". */
  thousand: string;
  /** A final 4 after "mươi": 24 → "hai mươi tư" / "hai mươi bốn". */
  fourAfterTens: string;
  /** Word before days 1–10 in a date: "mồng một tháng bảy" in the North, none in the South. */
  earlyDayPrefix: string | undefined;
}

export const DIALECTS: Record<Dialect, DialectWords> = {
  north: { odd: 'linh', thousand: 'nghìn', fourAfterTens: 'tư', earlyDayPrefix: 'mồng' },
  south: { odd: 'lẻ', thousand: 'ngàn', fourAfterTens: 'bốn', earlyDayPrefix: undefined },
};
