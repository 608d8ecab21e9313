/**
 * Design tokens shared by the site's CSS and the print kit's PDFs. Each colour has the RGB
 * value for screens and the CMYK value (percent) for presses, so a poster and a web page are
 * the same red. Contrast on the web is checked by axe-core in the browser tests.
 */
export interface ColourToken {
  /** sRGB hex for the web. */
  rgb: `#${string}`;
  /** CMYK in percent (0–100) for print. */
  cmyk: readonly [c: number, m: number, y: number, k: number];
}

export const colours = {
  /** Body text. Print: 100% K so small text is a solid plate, not a screen, and overprints the tint (src/pdf/overprint.ts). */
  ink: { rgb: '#1b1b1b', cmyk: [0, 0, 0, 100] },
  /** Secondary text (dates, captions); still AA on paper. */
  muted: { rgb: '#4a4a4a', cmyk: [0, 0, 0, 72] },
  /** Page background. */
  paper: { rgb: '#ffffff', cmyk: [0, 0, 0, 0] },
  /** Campaign red: headings on print, header band, banners. */
  brand: { rgb: '#a61b1b', cmyk: [0, 95, 90, 30] },
  /** Campaign yellow: slogan on red, step numbers. */
  accent: { rgb: '#ffd23f', cmyk: [0, 15, 85, 0] },
  /** Links and focus ring on the web. */
  link: { rgb: '#0b4f9c', cmyk: [95, 60, 0, 10] },
  /** Tinted panels (what you need first, help boxes). */
  tint: { rgb: '#fff4d6', cmyk: [0, 4, 18, 0] },
  /** Rules and borders. */
  rule: { rgb: '#8a8a8a', cmyk: [0, 0, 0, 50] },
  /** Pure black (K only) for sheets that are photocopied in black and white: no grey screen to break up. */
  black: { rgb: '#000000', cmyk: [0, 0, 0, 100] },
  /** Keyboard focus outline (black-on-yellow pattern, like GOV.UK). */
  focus: { rgb: '#ffdd00', cmyk: [0, 10, 100, 0] },
} as const satisfies Record<string, ColourToken>;

export type ColourName = keyof typeof colours;

/** Printer's registration colour for crop and fold marks: 100 % on every plate so marks show on each film. */
export const REGISTRATION_CMYK = [100, 100, 100, 100] as const;

/**
 * Type scale for the web, in px: base ≥ 18 px for older readers on small phones. Print type
 * sizes are ranges per field and format (largest first, shrinking to a stated minimum), so
 * they live with the formats in src/print/formats.ts.
 */
export const typeScale = {
  small: { px: 16 },
  base: { px: 18 },
  large: { px: 21 },
  heading3: { px: 22 },
  heading2: { px: 26 },
  heading1: { px: 32 },
} as const;

/** Spacing steps in px (web); print uses millimetres from its format tables. */
export const spacing = { xs: 4, s: 8, m: 16, l: 24, xl: 40 } as const;

/** The tokens as CSS custom properties, for the site's root stylesheet. */
export function getTokenCss(): string {
  const lines = [
    ...Object.entries(colours).map(([name, token]) => `--colour-${name}:${token.rgb};`),
    ...Object.entries(typeScale).map(([name, size]) => `--font-${name}:${size.px / 16}rem;`),
    ...Object.entries(spacing).map(([name, px]) => `--space-${name}:${px / 16}rem;`),
  ];
  return `:root{${lines.join('')}}`;
}
