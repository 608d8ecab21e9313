/**
 * The broadcast kit's descriptor: for every edition's guides a tin and a bài, each as plain
 * UTF-8 text for text-to-speech boxes and a large-type PDF for the microphone. The announcer
 * pages are Astro pages reading the same files list.
 */
import { defineKit, getSharedInputs } from '../build/kit.ts';
import { t } from '../i18n/t.ts';
import { routes } from '../paths.ts';
import { getBroadcastFiles, getCatalogueWarnings, type BroadcastEntry } from './catalogue.ts';
import { renderScriptPdf } from './render-script-pdf.ts';
import { getScriptText } from './script/script-text.ts';

export const broadcastKit = defineKit<BroadcastEntry>({
  name: 'broadcast',
  label: t('broadcast.kit'),
  folder: routes.broadcast.replaceAll('/', ''),
  getFiles: getBroadcastFiles,
  buildFile: async (content, _edition, entry) => [
    { path: entry.paths.text, data: getScriptText(entry.script) },
    { path: entry.paths.pdf, data: await renderScriptPdf(entry, content.site.office) },
  ],
  // The entry holds the whole script (written from the guide and the edition) and its date.
  getInputs: (content, _edition, entry) => ({ shared: getSharedInputs(content), entry }),
  getWarnings: (_content, entries) => getCatalogueWarnings(entries),
});
