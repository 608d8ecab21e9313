/**
 * Reads the question bank, content/quiz/*.yaml (optional: a site without a contest has no
 * folder). Each question comes back with its file, its place in the file and its guide, so every
 * later message can say "content/quiz/x.yaml → questions.3 (câu "id")".
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { quizFileSchema, type QuizQuestionData } from '../schemas/quiz.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-dir.ts';
import { parseWithFriendlyErrors } from './parse-with-friendly-errors.ts';
import { parseYaml, readText } from './read-source.ts';

export type QuizQuestion = QuizQuestionData & {
  /** The guide it tests: its own `guide`, else the quiz file's name. */
  guide: string;
  /** The quiz file as displayed, e.g. "content/quiz/lien-thong-khai-sinh.yaml". */
  file: string;
  /** Position in the file's `questions` (0-based), for messages. */
  index: number;
};

export interface QuizReport {
  questions: QuizQuestion[];
  errors: ContentError[];
}

export async function readQuiz(contentDir: string): Promise<QuizReport> {
  const folder = path.join(contentDir, 'quiz');
  if (!existsSync(folder)) return { questions: [], errors: [] };
  const files = (await readdir(folder)).filter((name) => name.endsWith('.yaml')).sort();
  const questions: QuizQuestion[] = [];
  const errors: ContentError[] = [];
  for (const name of files) {
    const file = path.join(folder, name);
    const shown = displayPath(file);
    let raw: unknown;
    try {
      raw = parseYaml(await readText(file), file);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
      continue;
    }
    const result = parseWithFriendlyErrors(quizFileSchema, raw, shown);
    if (!result.data) {
      errors.push(...result.errors.map((error) => withQuestionId(error, raw)));
      continue;
    }
    const fileGuide = path.basename(name, '.yaml');
    result.data.questions.forEach((question, index) => {
      questions.push({ ...question, guide: question.guide ?? fileGuide, file: shown, index });
    });
  }
  return { questions, errors };
}

/** The field of a question, named by place and id: `questions.3 (câu "khai-sinh-han")`. */
export function getQuestionField(index: number, id: string | undefined, rest?: string): string {
  return `questions.${index}${id ? ` (câu "${id}")` : ''}${rest ? `.${rest}` : ''}`;
}

/** A schema error inside a question gets the question's id in its field, read from the raw YAML. */
function withQuestionId(error: ContentError, raw: unknown): ContentError {
  const match = /^questions\.(\d+)(?:\.(.*))?$/.exec(error.field ?? '');
  if (!match) return error;
  const index = Number(match[1]);
  const entry = (raw as { questions?: unknown[] } | null)?.questions?.[index];
  const id = typeof (entry as { id?: unknown } | undefined)?.id === 'string' ? (entry as { id: string }).id : undefined;
  return new ContentError(error.file, getQuestionField(index, id, match[2]), error.problem, error.fix);
}
