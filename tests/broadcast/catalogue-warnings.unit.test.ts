import { describe, expect, it } from 'vitest';
import { getCatalogueWarnings, type BroadcastEntry } from '../../src/broadcast/catalogue.ts';
import type { ScriptWarning } from '../../src/broadcast/script/build-script.ts';
import type { ScriptEdition } from '../../src/broadcast/script/script-edition.ts';
import type { ScriptKind } from '../../src/paths.ts';

const commune: ScriptEdition = {
  edition: { kind: 'commune', slug: 'xa-thu' },
  name: 'xã Thử',
  station: 'Đài Truyền thanh xã Thử ĐTTX',
  stationId: 'Đây là Đài Truyền thanh xã Thử ĐTTX.',
  commune: 'xã Thử',
  sample: false,
  contacts: [{ place: 'Tổ công nghệ số TCNS', phone: '0912 000 001' }],
  file: 'content/communes/xa-thu.yaml',
  texts: [
    { section: 'station', field: 'station', text: 'Đài Truyền thanh xã Thử ĐTTX' },
    { section: 'help', field: 'name', text: 'xã Thử' },
    { section: 'help', field: 'digitalTeam.contact', text: 'Tổ công nghệ số TCNS' },
    { section: 'help', field: 'digitalTeam.phone', text: '0912 000 001' },
  ],
};

const unreadable = (text: string, section: ScriptWarning['section'], paragraph = 0): ScriptWarning => ({
  start: 0,
  end: text.length,
  text,
  message: `Viết tắt "${text}" chưa có cách đọc.`,
  advice: `Viết tắt "${text}" chưa có cách đọc: viết đầy đủ các chữ.`,
  section,
  paragraph,
});

/** A script of `guide` in the commune edition, within its length target, with these warnings. */
function entry(guide: string, kind: ScriptKind, warnings: ScriptWarning[]): BroadcastEntry {
  return {
    id: `/phat-thanh/xa/xa-thu/${guide}/${kind}/`,
    guide,
    kind,
    edition: commune,
    reviewed: '2026-03-05',
    paths: { page: `/phat-thanh/xa/xa-thu/${guide}-${kind}/`, text: `/phat-thanh/xa/xa-thu/${guide}-${kind}.txt`, pdf: `/phat-thanh/xa/xa-thu/${guide}-${kind}.pdf` },
    script: { guide, kind, title: guide, sections: [], syllables: 0, seconds: 60, targetSeconds: 120, sample: false, noticeSeconds: 0, rate: 180, warnings, notes: [] },
  };
}

describe('catalogue warnings about text that cannot be read aloud', () => {
  it("reports text from the commune's file once per edition, naming the file and the field", () => {
    const stationAndHelp = () => [unreadable('ĐTTX', 'station'), unreadable('TCNS', 'help')];
    const entries = ['dang-ky-khai-sinh', 'dang-ky-ket-hon'].flatMap((guide) => (['tin', 'bai'] as const).map((kind) => entry(guide, kind, stationAndHelp())));
    expect(getCatalogueWarnings(entries)).toEqual([
      'Kịch bản của xã Thử: content/communes/xa-thu.yaml → station: không đọc được "ĐTTX" trên loa: Viết tắt "ĐTTX" chưa có cách đọc.',
      'Kịch bản của xã Thử: content/communes/xa-thu.yaml → digitalTeam.contact: không đọc được "TCNS" trên loa: Viết tắt "TCNS" chưa có cách đọc.',
    ]);
  });

  it('reports text from the guide once per guide and kind, the help text of a bài included', () => {
    const entries = [
      entry('dang-ky-khai-sinh', 'bai', [unreadable('HTXNN', 'steps'), unreadable('UBMTTQ', 'help', 1)]),
      entry('dang-ky-khai-sinh', 'bai', [unreadable('HTXNN', 'steps')]),
    ];
    expect(getCatalogueWarnings(entries)).toEqual([
      'Bài của hướng dẫn dang-ky-khai-sinh, phần steps: không đọc được "HTXNN" trên loa: Viết tắt "HTXNN" chưa có cách đọc.',
      'Bài của hướng dẫn dang-ky-khai-sinh, phần help: không đọc được "UBMTTQ" trên loa: Viết tắt "UBMTTQ" chưa có cách đọc.',
    ]);
  });

  it('names every field of the section when the text is in none of them alone', () => {
    expect(getCatalogueWarnings([entry('dang-ky-khai-sinh', 'tin', [unreadable('số TCNS, số', 'help')])])).toEqual([
      'Kịch bản của xã Thử: content/communes/xa-thu.yaml → name hoặc digitalTeam.contact hoặc digitalTeam.phone: không đọc được "số TCNS, số" trên loa: Viết tắt "số TCNS, số" chưa có cách đọc.',
    ]);
  });
});

describe('catalogue warnings about length', () => {
  const timed = (seconds: number, noticeSeconds: number): BroadcastEntry => {
    const base = entry('dang-ky-khai-sinh', 'tin', []);
    return { ...base, script: { ...base.script, seconds, noticeSeconds, sample: noticeSeconds > 0 } };
  };

  it('does not count the sample notice against the target, since it goes when the office publishes', () => {
    expect(getCatalogueWarnings([timed(125, 7)])).toEqual([]);
  });

  it('warns with the length the published script will have when the content itself is over', () => {
    expect(getCatalogueWarnings([timed(135, 7)])).toEqual([
      'Tin của hướng dẫn dang-ky-khai-sinh (xã Thử) đọc hết 2:08, quá thời lượng 2:00: viết ngắn lại các bước hoặc phần lưu ý của hướng dẫn.',
    ]);
  });

  it("says once, with the count and the longest, that a guide's script is over in several communes, and apart for the office", () => {
    const inCommune = (slug: string, name: string, seconds: number): BroadcastEntry => {
      const base = timed(seconds, 0);
      return { ...base, edition: { ...commune, edition: { kind: 'commune', slug }, name } };
    };
    const office: BroadcastEntry = { ...timed(124, 0), edition: { ...commune, edition: { kind: 'office' }, name: 'Sở' } };
    const bai = { ...inCommune('xa-mot', 'xã Một', 200), kind: 'bai' as const, script: { ...inCommune('xa-mot', 'xã Một', 200).script, kind: 'bai' as const, targetSeconds: 180 } };
    expect(getCatalogueWarnings([inCommune('xa-mot', 'xã Một', 121), office, bai, inCommune('xa-hai', 'xã Hai', 130), inCommune('xa-ba', 'xã Ba', 125), inCommune('xa-bon', 'xã Bốn', 90)])).toEqual([
      'Tin của hướng dẫn dang-ky-khai-sinh quá thời lượng 2:00 ở 3 xã (dài nhất 2:10, xã Hai): viết ngắn lại các bước hoặc phần lưu ý của hướng dẫn.',
      'Tin của hướng dẫn dang-ky-khai-sinh đọc hết 2:04, quá thời lượng 2:00: viết ngắn lại các bước hoặc phần lưu ý của hướng dẫn.',
      'Bài của hướng dẫn dang-ky-khai-sinh (xã Một) đọc hết 3:20, quá thời lượng 3:00: viết ngắn lại các bước hoặc phần lưu ý của hướng dẫn.',
    ]);
  });
});
