import { describe, expect, it } from 'vitest';
import { getAllowedDomains, isAllowedUrl } from '../../src/content/link-policy.ts';

const allowed = getAllowedDomains({ url: 'https://huongdan.thainguyen.gov.vn', linkAllowlist: ['chinhphu.vn'] });

describe('link policy', () => {
  it('always allows the site itself and gov.vn, plus the allowlist', () => {
    expect(allowed).toEqual(['huongdan.thainguyen.gov.vn', 'gov.vn', 'chinhphu.vn']);
  });

  it.each([
    ['https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', true],
    ['https://vanban.chinhphu.vn/?docid=1', true],
    ['https://huongdan.thainguyen.gov.vn/huong-dan/x/', true],
    ['http://dichvucong.gov.vn', false],
    ['https://notgov.vn', false],
    ['https://gov.vn.example.com', false],
    ['https://example.com', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedUrl(url, allowed)).toBe(expected);
  });
});
