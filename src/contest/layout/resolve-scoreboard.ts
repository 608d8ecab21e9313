/**
 * The scoreboard sheets: one page per round with a row per question and a column per team, then
 * the summary with a row per team, a column per round, the total and the rank. Scores are
 * written by hand; the secretary and the head of the jury sign each page.
 */
import type { Content } from '../../content/load-content.ts';
import type { Edition } from '../../editions/edition.ts';
import type { PdfLayout } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { t } from '../../i18n/t.ts';
import { A4_SHEET } from '../formats.ts';
import { getContestDate, getContestQuestions } from '../get-contest-questions.ts';
import { SCOREBOARD_TEAMS, STAGE_ROUNDS } from '../rounds.ts';
import { createTextBlock, type Block } from './blocks.ts';
import { flowBlocks, framePages, getContentWidth, TEMPLATE_SOURCE } from './flow-pages.ts';
import { createTableBlocks } from './resolve-table.ts';
import { createDocumentMeta, createTitleBlocks } from './title-blocks.ts';

export function resolveScoreboard(measure: TextMeasurer, content: Content, edition: Edition): PdfLayout {
  const width = getContentWidth(A4_SHEET);
  const teams = Array.from({ length: SCOREBOARD_TEAMS }, (_, i) => t('contest.board.team', { number: i + 1 }));
  const signature = () => createTextBlock(measure, [{ text: t('contest.board.signature'), source: TEMPLATE_SOURCE }], width, 8);
  const pages = STAGE_ROUNDS.map((round) => {
    const count = getContestQuestions(content, edition, round.type).length;
    const first = 16;
    const teamWidth = (width - first) / teams.length;
    const rows = Array.from({ length: count }, (_, i) => [`${i + 1}`, ...teams.map(() => '')]);
    const blocks: Block[] = [
      ...createTitleBlocks(measure, edition, t('contest.board.title', { round: t(round.label) }), width),
      createTextBlock(measure, [{ text: teams.map((team) => `${team} – ${t('contest.board.teamName')}……………`).join('    '), source: TEMPLATE_SOURCE }], width),
      ...createTableBlocks(measure, [first, ...teams.map(() => teamWidth)], [t('contest.board.question'), ...teams], [...rows, [t('contest.board.total'), ...teams.map(() => '')]]),
      signature(),
    ];
    return flowBlocks(A4_SHEET, blocks);
  });
  const columns = [t('contest.board.written'), ...STAGE_ROUNDS.map((round) => t(round.label)), t('contest.board.total'), t('contest.board.rank')];
  const teamColumn = 34;
  const summary = flowBlocks(A4_SHEET, [
    ...createTitleBlocks(measure, edition, t('contest.board.summary'), width),
    ...createTableBlocks(measure, [teamColumn, ...columns.map(() => (width - teamColumn) / columns.length)], ['', ...columns], teams.map((team) => [team, ...columns.map(() => '')])),
    signature(),
  ]);
  return {
    meta: createDocumentMeta(edition, t('contest.board.document'), getContestDate(content, edition)),
    pages: framePages(measure, A4_SHEET, { edition, document: t('contest.board.document') }, [...pages.flat(), ...summary]),
  };
}
