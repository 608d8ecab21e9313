import { readFile } from 'node:fs/promises';
import { parse, YAMLParseError } from 'yaml';
import { t } from '../i18n/t.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-dir.ts';
import { decodeText } from './decode-text.ts';

/** A file's text, checked UTF-8 without BOM or NUL, NFC-normalised so every later step sees one spelling of each letter. */
export async function readText(file: string): Promise<string> {
  try {
    return decodeText(await readFile(file), displayPath(file));
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new ContentError(displayPath(file), undefined, t('content.missingFile.problem'), t('content.missingFile.fix'));
  }
}

/**
 * How many aliases (*name) one YAML file may use. Content has no need for them; a few nested
 * aliases expand exponentially ("billion laughs", CWE-776), and the yaml package's own default
 * is 100 (https://eemeli.org/yaml/#parse-options, maxAliasCount).
 */
export const MAX_YAML_ALIASES = 20;

/** Parses YAML text; a syntax error or an alias bomb becomes a ContentError with the line. */
export function parseYaml(source: string, file: string): unknown {
  try {
    return parse(source, { maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new ContentError(displayPath(file), undefined, t('content.yamlAliases.problem', { max: MAX_YAML_ALIASES }), t('content.yamlAliases.fix'));
    }
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      // The parser's own words (English) stay as the detail: they name the token it stopped at.
      const detail = error.message.split('\n')[0] ?? '';
      throw new ContentError(displayPath(file), undefined, line ? t('content.yamlSyntaxAt.problem', { line, detail }) : t('content.yamlSyntax.problem', { detail }), t('content.yamlSyntax.fix'));
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
    throw new ContentError(displayPath(file), undefined, t('content.noFrontmatter.problem'), t('content.noFrontmatter.fix'));
  }
  return { frontmatter: parseYaml(match[1] ?? '', file), body: source.slice(match[0].length) };
}
