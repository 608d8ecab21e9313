/**
 * The contest kit's descriptor (hội thi): for every edition, the written round's question
 * sheets A and B with their answer keys and the answer sheet, the MC's cards, the scoreboard and
 * the rules template, each a PDF from a pure layout step drawn by renderPdf.
 */
import { defineKit, getSharedInputs, type BuiltFile } from '../build/kit.ts';
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { t } from '../i18n/t.ts';
import type { PdfLayout } from '../pdf/elements.ts';
import { renderPdf } from '../pdf/render-pdf.ts';
import { getTextMeasurer, type TextMeasurer } from '../pdf/text/measure-text.ts';
import { routes } from '../paths.ts';
import { CONTEST_VERSIONS, getContestFiles, type ContestFileEntry, type ContestJob } from './contest-catalogue.ts';
import { resolveAnswerKey } from './layout/resolve-answer-key.ts';
import { resolveAnswerSheet } from './layout/resolve-answer-sheet.ts';
import { resolveMcCards } from './layout/resolve-mc-cards.ts';
import { resolveQuestionSheet } from './layout/resolve-question-sheet.ts';
import { resolveRules } from './layout/resolve-rules.ts';
import { resolveScoreboard } from './layout/resolve-scoreboard.ts';
import { resolveVersion } from './resolve-version.ts';

/** The Info dictionary's Producer of every contest PDF. */
export const CONTEST_PRODUCER = 'dvc-kit contest kit (pdfkit)';

/** The layout of one contest file. */
export function resolveContestJob(measure: TextMeasurer, content: Content, edition: Edition, job: ContestJob): PdfLayout {
  const words = { true: t('contest.true'), false: t('contest.false') };
  switch (job.kind) {
    case 'question-sheet':
      return resolveQuestionSheet(measure, content, edition, resolveVersion(content, edition, job.version, words));
    case 'answer-key':
      return resolveAnswerKey(measure, content, edition, resolveVersion(content, edition, job.version, words));
    case 'answer-sheet':
      return resolveAnswerSheet(measure, content, edition, CONTEST_VERSIONS.map((version) => resolveVersion(content, edition, version, words)));
    case 'mc-cards':
      return resolveMcCards(measure, content, edition);
    case 'scoreboard':
      return resolveScoreboard(measure, content, edition);
    case 'rules':
      return resolveRules(measure, content, edition);
  }
}

export async function buildContestFile(content: Content, edition: Edition, entry: ContestFileEntry): Promise<BuiltFile[]> {
  const layout = resolveContestJob(getTextMeasurer(), content, edition, entry.job);
  return [{ path: entry.path, data: await renderPdf(layout, CONTEST_PRODUCER) }];
}

export const contestKit = defineKit<ContestFileEntry>({
  name: 'contest',
  label: t('contest.kit'),
  folder: routes.contest.replaceAll('/', ''),
  getFiles: getContestFiles,
  buildFile: buildContestFile,
  // The questions come from the quiz bank (in the shared inputs); of the guides a sheet shows
  // only titles, and its date is their latest review (get-contest-questions.ts).
  getInputs: (content) => ({ shared: getSharedInputs(content), guides: content.guides.map((guide) => [guide.slug, guide.title, guide.reviewed]) }),
});
