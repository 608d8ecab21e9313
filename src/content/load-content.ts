import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { communeSchema, type Commune } from '../schemas/commune.ts';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { guideSchema, type GuideData } from '../schemas/guide.ts';
import { pageSchema, type PageData } from '../schemas/page.ts';
import { readAloudSchema, type ReadAloud } from '../schemas/read-aloud.ts';
import { searchTermsSchema, type SearchTerms } from '../schemas/search-terms.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { slug as slugSchema } from '../schemas/text.ts';
import { loadResults } from '../results/load-results.ts';
import type { Results } from '../results/figures.ts';
import { checkContent } from './check-content.ts';
import { checkDates } from './check-dates.ts';
import { checkFolderFiles } from './check-folder-files.ts';
import { checkInsideContent } from './check-inside-content.ts';
import { getToday } from './get-today.ts';
import { MAX_BODY_BYTES } from './limits.ts';
import { checkQuiz } from './check-quiz.ts';
import { t } from '../i18n/t.ts';
import { ContentError, ContentErrors } from './content-error.ts';
import { displayPath, getContentDir } from './content-dir.ts';
import { parseWithFriendlyErrors } from './parse-with-friendly-errors.ts';
import { readMdxBody, type MdxLink } from './read-mdx-body.ts';
import { readQuiz, type QuizQuestion } from './read-quiz.ts';
import { readPrintTerms } from './read-print-terms.ts';
import type { PrintTerms } from '../schemas/print-terms.ts';
import { parseYaml, readText, splitFrontmatter } from './read-source.ts';

export interface Guide extends GuideData {
  slug: string;
  file: string;
  /** MDX body, NFC. */
  body: string;
  /** Links found in the body, for checks. */
  bodyLinks: MdxLink[];
}

export interface ContentPage extends PageData {
  slug: string;
  file: string;
  body: string;
  bodyLinks: MdxLink[];
}

export interface CommuneEdition extends Commune {
  slug: string;
  file: string;
}

/** The whole typed content model, as the print and broadcast kits and the checks see it. */
export interface Content {
  dir: string;
  site: Site;
  guides: Guide[];
  pages: ContentPage[];
  communes: CommuneEdition[];
  glossary: GlossaryTerm[];
  readAloud: ReadAloud;
  /** How people type on phones (content/search-terms.yaml), for the search page. */
  searchTerms: SearchTerms;
  /** Campaign results from content/results/*.csv (src/results/load-results.ts); empty without the folder. */
  results: Results;
  /** The contest question bank, content/quiz/*.yaml (empty without the folder). */
  quiz: QuizQuestion[];
  /** Compounds large print type keeps on one line (content/print-terms.yaml, optional). */
  printTerms: PrintTerms;
}

/**
 * Loads and validates everything in the content folder. Collects every problem before
 * throwing (ContentErrors), so one build run shows the office all it has to fix.
 * Scripts use this; Astro pages use the collections in src/content.config.ts, which apply
 * the same schemas.
 */
export interface LoadOptions {
  /** Today as YYYY-MM-DD, for refusing dates in the future (default: today in Vietnam; tests pin it). */
  today?: string;
}

export async function loadContent(dir: string = getContentDir(), { today = getToday() }: LoadOptions = {}): Promise<Content> {
  const errors: ContentError[] = [];
  const collect = <T>(result: { data: T | undefined; errors: ContentError[] }): T | undefined => {
    errors.push(...result.errors);
    return result.data;
  };
  const guard = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
      return undefined;
    }
  };

  const readYaml = <S extends z.ZodType>(file: string, schema: S) =>
    guard(async () => (await checkInsideContent(file, dir), collect(parseWithFriendlyErrors(schema, parseYaml(await readText(file), file), displayPath(file)))));

  const readMdx = <S extends z.ZodType>(file: string, schema: S) =>
    guard(async () => {
      await checkInsideContent(file, dir);
      const source = await readText(file);
      const { frontmatter, body } = splitFrontmatter(source, file);
      const bytes = Buffer.byteLength(body);
      if (bytes > MAX_BODY_BYTES) {
        errors.push(new ContentError(displayPath(file), 'body', t('content.bodyTooBig.problem', { size: Math.ceil(bytes / 1024), max: MAX_BODY_BYTES / 1024 }), t('content.bodyTooBig.fix')));
        return undefined;
      }
      const data = collect(parseWithFriendlyErrors(schema, frontmatter, displayPath(file)));
      const report = await readMdxBody(source, file);
      errors.push(...report.errors);
      return data && { ...data, slug: slugOf(file, errors), file, body, bodyLinks: report.links };
    });

  const site = await readYaml(path.join(dir, 'site.yaml'), siteSchema);
  const glossary = await readYaml(path.join(dir, 'glossary.yaml'), glossarySchema);
  // read-aloud.yaml is optional, and may be empty: every field has a default.
  const readAloudOrEmpty = z.preprocess((value) => value ?? {}, readAloudSchema);
  const readAloudFile = path.join(dir, 'read-aloud.yaml');
  const readAloud = (existsSync(readAloudFile) ? await readYaml(readAloudFile, readAloudOrEmpty) : undefined) ?? readAloudSchema.parse({});
  // search-terms.yaml is optional too: without it, search still folds tones and d/đ.
  const searchTermsOrEmpty = z.preprocess((value) => value ?? {}, searchTermsSchema);
  const searchTermsFile = path.join(dir, 'search-terms.yaml');
  const searchTerms = (existsSync(searchTermsFile) ? await readYaml(searchTermsFile, searchTermsOrEmpty) : undefined) ?? searchTermsSchema.parse({});
  const printTerms = collect(await readPrintTerms(dir))!;
  const folder = async (name: string, extension: string) => {
    const files = await guard(async () => (await checkInsideContent(path.join(dir, name), dir), listFolder(path.join(dir, name), name !== 'communes')));
    const { accepted, errors: refused } = checkFolderFiles(files ?? [], extension);
    errors.push(...refused);
    return accepted;
  };
  const guideFiles = await folder('guides', '.mdx');
  const guides = await readAll(guideFiles, (file) => readMdx(file, guideSchema));
  const pages = await readAll(await folder('pages', '.mdx'), (file) => readMdx(file, pageSchema));
  const communes = await readAll(await folder('communes', '.yaml'), async (file) => {
    const data = await readYaml(file, communeSchema);
    return data && { ...data, slug: slugOf(file, errors), file };
  });

  const results = collect(await loadResults(dir, { communes, guides: guides.map((guide) => guide.slug) }, site))!;

  const quiz = await readQuiz(dir);
  const guideSlugs = guideFiles.map((file) => path.basename(file, '.mdx'));
  errors.push(...quiz.errors, ...checkQuiz(quiz.questions, guides, guideSlugs));

  if (errors.length === 0 && site && glossary) {
    const content: Content = { dir, site, guides, pages, communes, glossary, readAloud, searchTerms, results, quiz: quiz.questions, printTerms };
    errors.push(...checkContent(content), ...checkDates(guides, today));
    if (errors.length === 0) return content;
  }
  if (errors.length === 0) throw new Error(`loadContent: ${dir} produced no content and no error`);
  throw new ContentErrors(errors);
}

/** The files in a content folder, sorted. A missing folder is an error unless it is optional (communes). */
async function listFolder(folder: string, required: boolean): Promise<string[]> {
  try {
    return (await readdir(folder)).sort().map((name) => path.join(folder, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (!required) return [];
    throw new ContentError(displayPath(folder), undefined, t('content.missingFolder.problem'), t('content.missingFolder.fix', { folder: path.basename(folder) }));
  }
}

async function readAll<T>(files: string[], read: (file: string) => Promise<T | undefined>): Promise<T[]> {
  const items: (T | undefined)[] = await Promise.all(files.map(read));
  return items.filter((item): item is T => item !== undefined);
}

/** The slug is the file name; it becomes a URL, so it must be plain ASCII. */
function slugOf(file: string, errors: ContentError[]): string {
  const slug = path.basename(file, path.extname(file));
  if (!slugSchema().safeParse(slug).success) {
    errors.push(new ContentError(displayPath(file), undefined, t('content.badSlug.problem', { slug }), t('content.badSlug.fix')));
  }
  return slug;
}
