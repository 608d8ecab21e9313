import { describe, expect, it } from 'vitest';
import { getUnmatchedCommunes } from '../../src/build/get-unmatched-communes.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

describe('npm run build -- --communes', () => {
  it('warns in Vietnamese, naming the pattern and the communes there are, when a name matches no commune', async () => {
    const content = await loadContent(FIXTURE_CONTENT);
    expect(getUnmatchedCommunes(content, ['xa-thu', 'office', 'xa-*', 'xa-tu'])).toEqual([
      '--communes xa-tu: không có xã nào trong content/communes/ khớp với tên này, nên không dựng tệp nào cho nó. Kiểm tra chính tả; các xã: xa-thu.',
    ]);
  });
});
