/**
 * How the order sheet suggests a quantity for each kind of print file, as data (issue 12 item
 * 7: "suggested quantity from the commune's hamlets"). The numbers are a starting point for the
 * office, stated on the sheet itself and in README ("The print-shop order sheet"); change them
 * here. A commune whose file gives no `hamlets` gets no suggestion, never a guessed one.
 */
import type { BannerFormat, PosterSize } from '../../paths.ts';

export type QuantityRule =
  /** Leaflets: per household when the commune gives households, else per hamlet; plus the commune centre's counter. */
  | { basis: 'households'; perHousehold: number; perHamlet: number; centre: number; roundTo: number }
  /** Posters and photocopy masters: per hamlet (its cultural house, nhà văn hóa thôn) plus the commune centre. */
  | { basis: 'hamlets'; perHamlet: number; centre: number }
  /** Banners, which only the office's edition makes: per commune of the province's content. */
  | { basis: 'communes'; perCommune: number };

export type QuantityKey = 'leaflet' | 'leafletMono' | `poster-${PosterSize}` | `banner-${BannerFormat}`;

export const QUANTITY_RULES: Record<QuantityKey, QuantityRule> = {
  /** One for every two households (a leaflet per family at the hamlet meeting, shared by neighbours); 80 a hamlet is that for a hamlet of 160 households. Print shops sell leaflets in lots of 50. */
  leaflet: { basis: 'households', perHousehold: 0.5, perHamlet: 80, centre: 100, roundTo: 50 },
  /** A master each for the hamlet head and two at the centre, to photocopy more when the colour leaflets run out. */
  leafletMono: { basis: 'hamlets', perHamlet: 1, centre: 2 },
  /** One on each hamlet cultural house's notice board, two at the commune centre (inside and at the gate). */
  'poster-a3': { basis: 'hamlets', perHamlet: 1, centre: 2 },
  /** The centre's main notice board. */
  'poster-a2': { basis: 'hamlets', perHamlet: 0, centre: 1 },
  /** A1 and A0 are for large outdoor boards, which not every commune has: none unless the office decides. */
  'poster-a1': { basis: 'hamlets', perHamlet: 0, centre: 0 },
  'poster-a0': { basis: 'hamlets', perHamlet: 0, centre: 0 },
  /** Across the road at the commune centre. */
  'banner-5000x1500': { basis: 'communes', perCommune: 1 },
  'banner-3000x1000': { basis: 'communes', perCommune: 1 },
  /** A pair, either side of the centre's gate. */
  'banner-800x2500': { basis: 'communes', perCommune: 2 },
};
