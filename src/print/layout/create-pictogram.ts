/**
 * The cover's pictogram: a phone with a tick on its screen ("done on the phone"), as stroked
 * paths only (pure layout data; render draws the points). Line art, not filled shapes, so the
 * same drawing stays a clean outline on the black-and-white photocopy edition.
 */
import type { Box, PathElement } from '../../pdf/elements.ts';
import type { ColourName } from '../../tokens.ts';

/** Proportions of the drawing, as shares of its height (a phone is about half as wide as tall). */
const PHONE = { aspect: 0.55, corner: 0.09, screenInset: 0.08, screenTop: 0.13, screenBottom: 0.83, buttonY: 0.915, buttonWidth: 0.16 } as const;

export interface PictogramStyle {
  body: ColourName;
  tick: ColourName;
}

/** Centred in `box`, as tall as it allows. Stroke weights scale with the drawing. */
export function createPhonePictogram(box: Box, style: PictogramStyle): PathElement[] {
  const height = Math.min(box.height, box.width / PHONE.aspect);
  const width = height * PHONE.aspect;
  const x = box.x + (box.width - width) / 2;
  const y = box.y + (box.height - height) / 2;
  const weight = height * 0.11; // pt for a drawing `height` mm tall: about 3.3 pt at 30 mm
  const inset = height * PHONE.screenInset;
  const screen = { x: x + inset, y: y + height * PHONE.screenTop, width: width - 2 * inset, height: height * (PHONE.screenBottom - PHONE.screenTop) };
  const tick = [
    [screen.x + screen.width * 0.2, screen.y + screen.height * 0.52],
    [screen.x + screen.width * 0.42, screen.y + screen.height * 0.72],
    [screen.x + screen.width * 0.8, screen.y + screen.height * 0.3],
  ] as const;
  const buttonHalf = (width * PHONE.buttonWidth) / 2;
  return [
    { type: 'path', points: roundedOutline(x, y, width, height, height * PHONE.corner), colour: style.body, weightPt: weight },
    { type: 'path', points: [[x + width / 2 - buttonHalf, y + height * PHONE.buttonY], [x + width / 2 + buttonHalf, y + height * PHONE.buttonY]], colour: style.body, weightPt: weight },
    { type: 'path', points: tick, colour: style.tick, weightPt: weight * 1.6 },
  ];
}

/** A closed rounded rectangle as a polyline, each corner in four segments. */
function roundedOutline(x: number, y: number, width: number, height: number, r: number): [number, number][] {
  const corners = [
    [x + width - r, y + r, -90],
    [x + width - r, y + height - r, 0],
    [x + r, y + height - r, 90],
    [x + r, y + r, 180],
  ] as const;
  const points: [number, number][] = [];
  for (const [cx, cy, start] of corners) {
    for (let step = 0; step <= 4; step++) {
      const angle = ((start + step * 22.5) * Math.PI) / 180;
      points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
    }
  }
  points.push(points[0]!);
  return points;
}
