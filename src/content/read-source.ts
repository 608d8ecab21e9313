import { readFile } from 'node:fs/promises';
import { parse, YAMLParseError } from 'yaml';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-dir.ts';

/** A file's text, NFC-normalised so every later step sees one spelling of each letter. */
export async function readText(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).normalize('NFC');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new ContentError(displayPath(file), undefined, 'is missing', 'create the file; README.md ("Where content lives") lists what each file holds.');
  }
}

/** Parses YAML text; a syntax error becomes a ContentError with the line. */
export function parseYaml(source: string, file: string): unknown {
  try {
    return parse(source);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      throw new ContentError(displayPath(file), undefined, `is not valid YAML${line ? ` at line ${line}` : ''}: ${error.message.split('\n')[0]}`, 'check indentation and quotes on that line; text containing ": " must be in quotes.');
    }
    throw error;
  }
}

export interface MdxSource {
  /** Parsed frontmatter (not yet validated). */
  frontmatter: unknown;
  /** Everything after the closing `---`. */
  body: string;
}

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string, file: string): MdxSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) {
    throw new ContentError(displayPath(file), undefined, 'has no frontmatter', 'start the file with a line `---`, the YAML fields, and another line `---`.');
  }
  return { frontmatter: parseYaml(match[1] ?? '', file), body: source.slice(match[0].length) };
}
