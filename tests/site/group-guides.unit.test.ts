import { describe, expect, it } from 'vitest';
import { groupByLifeEvent, rankFeatured } from '../../src/content/group-guides.ts';

describe('rankFeatured', () => {
  it('puts first the guides most communes feature, and feature early', () => {
    expect(rankFeatured([['a', 'b', 'c'], ['b', 'd', 'e'], ['c', 'b', 'a']], 3)).toEqual(['b', 'a', 'c']);
  });

  it('fills the home page from the fallback when no commune features anything', () => {
    expect(rankFeatured([], 2, ['x', 'y', 'z'])).toEqual(['x', 'y']);
  });
});

describe('groupByLifeEvent', () => {
  it('groups in the order of LIFE_EVENTS, sorts titles the Vietnamese way and leaves out empty groups', () => {
    const guide = (lifeEvent: 'cu-tru' | 'tai-khoan', title: string) => ({ lifeEvent, title });
    const groups = groupByLifeEvent([guide('cu-tru', 'Đăng ký thường trú'), guide('tai-khoan', 'VNeID'), guide('cu-tru', 'Đăng ký tạm trú')]);
    expect(groups.map((group) => [group.key, group.guides.map((g) => g.title)])).toEqual([
      ['tai-khoan', ['VNeID']],
      ['cu-tru', ['Đăng ký tạm trú', 'Đăng ký thường trú']],
    ]);
  });
});
