/** Contact blocks (office or commune) as flow blocks: a heading, then "Label: value" lines, phone numbers large. */
import type { ContactBlock } from '../print-text.ts';
import { ptToMm } from '../../pdf/units.ts';
import { BLOCK_SCALE, createParagraph } from './blocks.ts';
import type { FlowBlock } from './flow-blocks.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';

export function createContactFlow(measure: TextMeasurer, blocks: ContactBlock[]): FlowBlock[] {
  return blocks.flatMap((block) => [
    { ...createParagraph(measure, block.heading.text, block.heading.source, { font: 'bold', colour: 'brand', scale: BLOCK_SCALE.contactHeading }), keepWithNext: true, spaceBefore: (size: number) => ptToMm(size * BLOCK_SCALE.contactSpace) },
    ...block.lines.map((line) =>
      line.prominent
        ? createParagraph(measure, `${line.label}: ${line.value.text}`, line.value.source, { font: 'bold', scale: BLOCK_SCALE.prominent })
        : createParagraph(measure, `${line.label}: ${line.value.text}`, line.value.source),
    ),
  ]);
}
