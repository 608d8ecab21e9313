// npm run lint:content [-- --content <dir>] [-- --today YYYY-MM-DD]
// Loads the content folder and lists what the content linter finds (old terms, phone numbers,
// long sentences, unlinked glossary words, stale reviews, old sources). Exit code 1 if anything.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { runBuildCommand } from '../src/build/build-command.ts';
import { getContentDir } from '../src/content/content-dir.ts';
import { loadContent } from '../src/content/load-content.ts';
import { formatFinding } from '../src/lint/finding.ts';
import { lintContent } from '../src/lint/lint-content.ts';
import { t } from '../src/i18n/t.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, today: { type: 'string' } } });
const contentDir = values.content ? path.resolve(values.content) : getContentDir();

await runBuildCommand(async () => {
  const findings = await lintContent(await loadContent(contentDir), values.today ? { today: values.today } : {});
  for (const finding of findings) console.log(`${formatFinding(finding)}\n`);
  const shown = path.relative(process.cwd(), contentDir) || contentDir;
  if (findings.length === 0) {
    console.log(t('lint.cli.clean', { dir: shown }));
    return;
  }
  console.log(t('lint.cli.count', { dir: shown, count: findings.length }));
  process.exitCode = 1;
});
