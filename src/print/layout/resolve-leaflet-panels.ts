/**
 * Panel geometry of the tri-fold leaflet, from the format table: where each panel sits on
 * its side of the sheet, where the folds are, and the safe area text must stay inside
 * (DESIGN.md: ≥ 5 mm from the trim and from each fold). Pure numbers, in trim mm.
 */
import { LEAFLET, type PanelSpec } from '../formats.ts';
import type { Box } from '../../pdf/elements.ts';

export type LeafletSide = 'outside' | 'inside';

export interface LeafletPanel {
  id: PanelSpec['id'];
  label: string;
  /** The panel from fold to fold (or trim), full height. */
  box: Box;
  /** Where text and QR codes may go. */
  safe: Box;
}

export function resolveLeafletPanels(side: LeafletSide, format = LEAFLET): LeafletPanel[] {
  const { height } = format.trim;
  let x = 0;
  return format.sides[side].map((panel) => {
    const box = { x, y: 0, width: panel.width, height };
    x += panel.width;
    const safe = { x: box.x + format.safe, y: format.safe, width: panel.width - 2 * format.safe, height: height - 2 * format.safe };
    return { id: panel.id, label: panel.label, box, safe };
  });
}

/** Fold positions from the left trim: outside 97 and 197 mm, inside 100 and 200 mm. */
export function getFoldPositions(side: LeafletSide, format = LEAFLET): number[] {
  const panels = format.sides[side];
  const folds: number[] = [];
  let x = 0;
  for (const panel of panels.slice(0, -1)) {
    x += panel.width;
    folds.push(x);
  }
  return folds;
}

/** Finds a panel by id (the layout asks for "front", not for index 2). */
export function getPanel(panels: LeafletPanel[], id: PanelSpec['id']): LeafletPanel {
  const panel = panels.find((candidate) => candidate.id === id);
  if (!panel) throw new Error(`resolveLeafletPanels: no panel "${id}"`);
  return panel;
}
