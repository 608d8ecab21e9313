/** Contact blocks (office or commune) as flow blocks: a heading, then "Label: value" lines, phone numbers large. */
import type { ContactBlock } from '../print-text.ts';
import { createParagraph } from './blocks.ts';
import type { FlowBlock } from './flow-blocks.ts';
import type { TextMeasurer } from './measure-text.ts';

export function createContactFlow(measure: TextMeasurer, blocks: ContactBlock[]): FlowBlock[] {
  return blocks.flatMap((block) => [
    { ...createParagraph(measure, block.heading.text, block.heading.source, { font: 'bold', colour: 'brand', scale: 1.05 }), keepWithNext: true, spaceBefore: (size: number) => (size * 0.9) / 2.83 },
    ...block.lines.map((line) =>
      line.prominent
        ? createParagraph(measure, `${line.label}: ${line.value.text}`, line.value.source, { font: 'bold', scale: 1.25 })
        : createParagraph(measure, `${line.label}: ${line.value.text}`, line.value.source),
    ),
  ]);
}
