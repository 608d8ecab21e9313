/**
 * The contest rules template (thể lệ): organiser, teams, the written round and the three stage
 * rounds with their number of questions, time and points, scoring and jury, with dotted blanks
 * the organising board fills in. Counts come from the edition's questions, so the rules and the
 * cards always agree.
 */
import type { Content } from '../../content/load-content.ts';
import type { Edition } from '../../editions/edition.ts';
import type { PdfLayout } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { t } from '../../i18n/t.ts';
import { A4_SHEET } from '../formats.ts';
import { getContestDate, getContestQuestions } from '../get-contest-questions.ts';
import { getWrittenMinutes, STAGE_ROUNDS, WRITTEN_ROUND } from '../rounds.ts';
import { createTextBlock, type Block } from './blocks.ts';
import { flowBlocks, framePages, getContentWidth, TEMPLATE_SOURCE } from './flow-pages.ts';
import { createDocumentMeta, createTitleBlocks } from './title-blocks.ts';

export function resolveRules(measure: TextMeasurer, content: Content, edition: Edition): PdfLayout {
  const width = getContentWidth(A4_SHEET);
  const titles = new Map(content.guides.map((guide) => [guide.slug, guide.title]));
  const written = getContestQuestions(content, edition).filter((question) => question.type !== 'situation').length;
  const paragraph = (text: string, number: number): Block => createTextBlock(measure, [{ text: `${number}. ${text}`, source: TEMPLATE_SOURCE }], width, 3.5);
  const stage = STAGE_ROUNDS.map((round) => {
    const count = getContestQuestions(content, edition, round.type).length;
    const time = round.prepareSeconds > 0 ? t('contest.rules.prepareAnswer', { prepare: round.prepareSeconds, minutes: round.secondsPerQuestion / 60 }) : t('contest.rules.seconds', { seconds: round.secondsPerQuestion });
    return { round, count, text: t('contest.rules.stage', { round: t(round.label), count, time, points: round.points, how: t(round.howToAnswer) }) };
  });
  // Reading a question and hearing the answers takes about half a minute more than the answer time.
  const stageMinutes = Math.ceil(stage.reduce((sum, { round, count }) => sum + count * (round.secondsPerQuestion + round.prepareSeconds + 30), 0) / 60);
  const texts = [
    t('contest.rules.organiser', { office: edition.office.text }),
    t('contest.rules.teams', { guides: edition.guides.map((slug) => titles.get(slug) ?? slug).join('; ') }),
    t('contest.rules.written', { count: written, minutes: getWrittenMinutes(written), points: WRITTEN_ROUND.points }),
    ...stage.map(({ text }) => text),
    t('contest.rules.timing', { minutes: stageMinutes }),
    t('contest.rules.scoring'),
    t('contest.rules.jury'),
  ];
  const blocks: Block[] = [
    ...createTitleBlocks(measure, edition, t('contest.rules.title'), width),
    ...texts.map((text, i) => paragraph(text, i + 1)),
  ];
  return {
    meta: createDocumentMeta(edition, t('contest.rules.document'), getContestDate(content, edition)),
    pages: framePages(measure, A4_SHEET, { edition, document: t('contest.rules.document') }, flowBlocks(A4_SHEET, blocks)),
  };
}
