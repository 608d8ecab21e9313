/**
 * A web address set on as few lines as it needs, broken after "/", "-" or "." (where a reader
 * typing it would expect a break, and never inside a word part). The shared wrapper breaks only
 * after "/", which leaves a long guide slug ("dang-nhap-dich-vu-cong-bang-vneid/") too wide for
 * a QR caption. No characters are added: each line is a run of the address itself.
 */
import type { TextSource } from '../content/sourced-text.ts';
import type { FontWeight } from '../fonts.ts';
import type { TextElement } from '../pdf/elements.ts';
import type { TextMeasurer } from '../pdf/text/measure-text.ts';
import { setText } from '../pdf/text/set-text.ts';
import type { ColourName } from '../tokens.ts';

export interface AddressSpec {
  address: string;
  source: TextSource;
  font: FontWeight;
  colour: ColourName;
  leading: number;
  align?: 'left' | 'center';
}

/** The address's lines, or undefined when one part between break points is wider than `width`. */
export function breakAddress(measure: TextMeasurer, address: string, font: FontWeight, sizePt: number, width: number): string[] | undefined {
  const parts = address.split(/(?<=[/.-])/);
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (measure.width(part, font, sizePt) > width) return undefined;
    if (line && measure.width(line + part, font, sizePt) > width) {
      lines.push(line);
      line = part;
    } else {
      line += part;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function setAddress(measure: TextMeasurer, spec: AddressSpec, sizePt: number, x: number, y: number, width: number): TextElement | undefined {
  const lines = breakAddress(measure, spec.address, spec.font, sizePt, width);
  if (!lines) return undefined;
  // Each line is set alone so the shared setter never re-breaks it; the element stacks them.
  const first = setText(measure, { text: lines[0]!, source: spec.source, font: spec.font, colour: spec.colour, leading: spec.leading, align: spec.align }, sizePt, x, y, width).element;
  const lineHeight = first.height;
  const rest = lines.slice(1).map((text, i) => {
    const line = setText(measure, { text, source: spec.source, font: spec.font, colour: spec.colour, leading: spec.leading, align: spec.align }, sizePt, x, y, width).element.lines[0]!;
    return { ...line, baseline: line.baseline + (i + 1) * lineHeight };
  });
  return { ...first, height: lines.length * lineHeight, lines: [...first.lines, ...rest] };
}
