/**
 * The announcer's PDF, as data: A4 portrait, type no smaller than 16 pt so it can be read at
 * arm's length at the microphone, wide line spacing, and a margin column for section timings.
 * Lengths in millimetres, converted to points once by the renderer (src/pdf/units.ts).
 */
export const SCRIPT_PDF = {
  page: { width: 210, height: 297 },
  margin: { top: 18, bottom: 22, right: 15 },
  /** Timings column on the left; the script starts at `textLeft`. */
  timing: { left: 10, width: 26 },
  textLeft: 40,
  /** Footer baseline distance from the bottom trim. */
  footerFromBottom: 14,
  gap: { afterTitle: 4, beforeSection: 7, afterHeading: 2, afterParagraph: 3 },
  /** Sizes in points; the smallest is 16 (issue 4: ≥ 16 pt). */
  size: { title: 26, meta: 16, heading: 17, body: 19, timing: 16, footer: 16, note: 17 },
  /** Extra space between lines, in points (≈ 1.6 line height for the body). */
  lineGap: { body: 11, note: 7, title: 4, meta: 4, heading: 2 },
  /** Line pitch of the timing column, as a multiple of its type size. */
  timingLeading: 1.3,
  /** Bullet before each pronunciation note and check. */
  bullet: '• ',
} as const;
