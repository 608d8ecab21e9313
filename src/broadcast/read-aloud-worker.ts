/// <reference lib="webworker" />
/**
 * The paste page's Web Worker (src/pages/phat-thanh/doc-thu.astro): normalising a 200 KB paste
 * takes longer than a keystroke may (issue 9: one keystroke cost a second), so it runs here,
 * off the page's thread. Bundled by Vite as a module worker; no eval, no inline code.
 */
import type { Dialect } from './read-aloud/dialect.ts';
import type { Lexicon } from './read-aloud/lexicon.ts';
import { readPastedText, type PastedReading } from './read-pasted-text.ts';

export interface ReadRequest {
  id: number;
  text: string;
  dialect: Dialect;
  rate: number;
  /** Sent with the first request only; kept for the next ones. */
  lexicon?: Lexicon;
}

export interface ReadResponse extends PastedReading {
  id: number;
}

let lexicon: Lexicon | undefined;

self.addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  const request = event.data;
  if (request.lexicon) lexicon = request.lexicon;
  const response: ReadResponse = { id: request.id, ...readPastedText(request.text, request.dialect, request.rate, lexicon) };
  self.postMessage(response);
});
