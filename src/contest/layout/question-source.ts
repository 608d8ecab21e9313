import type { QuizQuestion } from '../../content/read-quiz.ts';
import { getQuestionField } from '../../content/read-quiz.ts';
import type { TextSource } from '../../content/sourced-text.ts';

/** Where a question's text lives, for errors: `content/quiz/x.yaml → questions.2 (câu "id").options.1.text`. */
export function getQuestionSource(question: QuizQuestion, rest: string): TextSource {
  return { file: question.file, field: getQuestionField(question.index, question.id, rest) };
}
