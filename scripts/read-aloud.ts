// npm run read-aloud -- "văn bản" [--south] [--content <dir>]
// Prints the text as it is read aloud. Without a text argument, reads stdin and writes one
// output line per input line. Warnings (what could not be read confidently) go to stderr.
import { text as readStdin } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { runBuildCommand } from '../src/build/build-command.ts';
import { getContentDir } from '../src/content/content-dir.ts';
import { loadReadAloudLexicon } from '../src/broadcast/load-lexicon.ts';
import { normaliseForReading } from '../src/broadcast/read-aloud/normalise.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { south: { type: 'boolean', default: false }, content: { type: 'string' } },
});

await runBuildCommand(async () => {
  const lexicon = await loadReadAloudLexicon(values.content ?? getContentDir());
  const dialect = values.south ? 'south' : 'north';
  const input = positionals.length > 0 ? positionals.join(' ') : (await readStdin(process.stdin)).replace(/\r?\n$/, '');
  const lines = input.split(/\r?\n/);
  const output = lines.map((line, index) => {
    const result = normaliseForReading(line, { dialect, lexicon });
    for (const warning of result.warnings) {
      const where = lines.length > 1 ? `dòng ${index + 1}, ` : '';
      process.stderr.write(`⚠ ${where}ký tự ${warning.start + 1}–${warning.end}: ${warning.message}\n`);
    }
    return result.spoken;
  });
  process.stdout.write(`${output.join('\n')}\n`);
});
