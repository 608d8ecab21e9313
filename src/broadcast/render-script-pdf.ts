import { renderPdf } from '../pdf/render-pdf.ts';
import { getTextMeasurer } from '../pdf/text/measure-text.ts';
import type { BroadcastEntry } from './catalogue.ts';
import { layoutScriptPdf } from './pdf/layout-script-pdf.ts';

/** Which kit wrote the announcer PDFs (the Info dictionary's Producer). */
export const BROADCAST_PRODUCER = 'dvc-kit';

/**
 * The announcer's PDF: the pure layout (src/broadcast/pdf/) drawn by the shared renderer. Same
 * script → same bytes: CreationDate and ModDate are the guide's `reviewed` date.
 */
export function renderScriptPdf(entry: BroadcastEntry, office: string): Promise<Buffer> {
  return renderPdf(layoutScriptPdf(getTextMeasurer(), entry, office), BROADCAST_PRODUCER);
}
