/**
 * Checks on the question bank that a schema cannot make: each multiple-choice question has
 * exactly one right answer and options that differ, it tests a guide that exists and a field
 * that guide has, its id is not taken, and no question repeats another (same words once case,
 * punctuation and spacing are set aside). Every message names the file, the question's place
 * and id, and the fix.
 */
import type { Guide } from './load-content.ts';
import { t } from '../i18n/t.ts';
import { ContentError } from './content-error.ts';
import { getQuestionField, type QuizQuestion } from './read-quiz.ts';

/**
 * `guideFiles`: slugs of every guide file, loaded or not. A question about a guide whose file
 * failed its own checks is not reported again: the guide's errors say what to fix.
 */
export function checkQuiz(questions: readonly QuizQuestion[], guides: readonly Guide[], guideFiles: readonly string[] = guides.map((guide) => guide.slug)): ContentError[] {
  const errors: ContentError[] = [];
  const bySlug = new Map(guides.map((guide) => [guide.slug, guide]));
  const ids = new Map<string, QuizQuestion>();
  const texts = new Map<string, QuizQuestion>();
  const at = (question: QuizQuestion, rest?: string) => getQuestionField(question.index, question.id, rest);
  const where = (question: QuizQuestion) => `${question.file} → ${at(question)}`;

  for (const question of questions) {
    const guide = bySlug.get(question.guide);
    if (!guide && !guideFiles.includes(question.guide)) {
      const field = question.file.endsWith(`/${question.guide}.yaml`) ? at(question) : at(question, 'guide');
      const examples = [...bySlug.keys()].slice(0, 3).join(', ');
      errors.push(new ContentError(question.file, field, t('quiz.unknownGuide.problem', { guide: question.guide }), t('quiz.unknownGuide.fix', { examples })));
    } else if (guide && !hasField(guide, question.tests.field)) {
      errors.push(new ContentError(question.file, at(question, 'tests.field'), t('quiz.unknownField.problem', { field: question.tests.field, guide: guide.slug }), t('quiz.unknownField.fix')));
    }

    const taken = ids.get(question.id);
    if (taken) {
      errors.push(new ContentError(question.file, at(question, 'id'), t('quiz.duplicateId.problem', { id: question.id, other: where(taken) }), t('quiz.duplicateId.fix')));
    } else ids.set(question.id, question);

    const key = normaliseQuestion(question.question);
    const twin = texts.get(key);
    if (twin) {
      errors.push(new ContentError(question.file, at(question, 'question'), t('quiz.repeated.problem', { other: where(twin) }), t('quiz.repeated.fix')));
    } else texts.set(key, question);

    if (question.type !== 'choice') continue;
    const right = question.options.filter((option) => option.correct).length;
    if (right !== 1) {
      const problem = right === 0 ? t('quiz.noRight.problem') : t('quiz.manyRight.problem', { count: right });
      errors.push(new ContentError(question.file, at(question, 'options'), problem, t('quiz.right.fix')));
    }
    const seen = new Map<string, number>();
    question.options.forEach((option, i) => {
      const first = seen.get(normaliseQuestion(option.text));
      if (first === undefined) seen.set(normaliseQuestion(option.text), i);
      else errors.push(new ContentError(question.file, at(question, `options.${i}`), t('quiz.sameOption.problem', { first, text: option.text }), t('quiz.sameOption.fix')));
    });
  }
  return errors;
}

/**
 * A question's words with case, punctuation and spacing set aside ("Khai sinh trong bao lâu?"
 * and "khai sinh  trong bao lâu" are one question). Diacritics stay: "mà" and "ma" differ.
 */
export function normaliseQuestion(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function hasField(guide: Guide, field: string): boolean {
  if (field === 'body') return guide.body.trim().length > 0;
  let value: unknown = guide;
  for (const part of field.split('.')) {
    if (value === null || typeof value !== 'object' || !(part in value)) return false;
    value = (value as Record<string, unknown>)[part];
  }
  return value !== undefined;
}
