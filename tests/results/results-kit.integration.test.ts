import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKit } from '../../src/build/run-kit.ts';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { resultsFiles } from '../../src/paths.ts';
import { resultsKit } from '../../src/results/kit.ts';
import { copyContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { getRawPageBoxes, normalise, readPdfText } from '../helpers/pdf.ts';

// The fixture's figures (tests/fixtures/content/results/): xã Thử, 2025-01 to 2026-02, real (not sample).
let content: Content;
let outDir: string;
const XA_THU = { kind: 'commune', slug: 'xa-thu' } as const;
const read = (sitePath: string) => readFile(path.join(outDir, sitePath));

beforeAll(async () => {
  content = await loadContent(FIXTURE_CONTENT);
  outDir = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-results-'));
  await runKit(resultsKit, content, outDir);
});

describe('the results kit on the fixture figures', () => {
  it('makes a report per year and for the latest month, a CSV per edition and an item per commune month', () => {
    const office = resultsKit.getFiles(content, getEditions(content)[0]!);
    expect(office.map((file) => file.path)).toEqual([resultsFiles.csv(), resultsFiles.report('2025'), resultsFiles.report('2026'), resultsFiles.report('2026-02')]);
  });

  it('writes the year report whose text reads back: title, targets, who met them, ranking and growth', async () => {
    const [page] = await readPdfText(await read(resultsFiles.report('2026')));
    const text = normalise(page!);
    expect(text).toContain('Báo cáo kết quả dịch vụ công trực tuyến năm 2026');
    expect(text).toContain('Chỉ tiêu: ít nhất 80% hồ sơ nộp trực tuyến và 95% hồ sơ giải quyết đúng hạn');
    // January and February 2026: 128 + 170 of 160 + 200 dossiers online, 82,8%; a year earlier 75 + 108 of 330, 55,5%;
    // on time 156 + 196 of 360, 97,8%.
    expect(text).toContain('Toàn bộ: 360 hồ sơ tiếp nhận, 298 nộp trực tuyến (82,8%)');
    expect(text).toContain('So với cùng kỳ năm trước: tỷ lệ nộp trực tuyến +27,3 điểm phần trăm (từ 55,5% lên 82,8%)');
    expect(text).toContain('Đạt chỉ tiêu: xã Thử.');
    expect(text).toMatch(/1 xã Thử 360 298 82,8% 97,8% \+27,3 Đạt/);
    expect(text).not.toContain('MẪU');
  });

  it('sets the report on A4 portrait', async () => {
    const [box] = getRawPageBoxes(await read(resultsFiles.report('2026-02')));
    expect(box!.media).toEqual([0, 0, 210, 297]);
  });

  it('writes the month item as spoken words, with last year\'s same month', async () => {
    const text = (await read(resultsFiles.item('2026-02', XA_THU))).toString('utf8');
    expect(text).toBe(
      'Tháng hai năm hai nghìn không trăm hai mươi sáu, xã Thử tiếp nhận hai trăm hồ sơ thủ tục hành chính, trong đó có một trăm bảy mươi hồ sơ nộp trên mạng, đạt tám mươi lăm phần trăm.\n\n' +
        'Như vậy xã Thử đã đạt chỉ tiêu tám mươi phần trăm hồ sơ nộp trực tuyến.\n\n' +
        'So với tháng hai năm hai nghìn không trăm hai mươi lăm, tỷ lệ nộp trên mạng tăng hai mươi lăm điểm phần trăm.\n\n' +
        'Bà con nộp hồ sơ tại dịch vụ công chấm gov chấm vn hoặc trên ứng dụng vê en e ai đi; cần giúp, xin liên hệ Tổ công nghệ số cộng đồng của xã.\n',
    );
  });

  it('writes the commune CSV with a byte-order mark, the sheet headers and the shares', async () => {
    const csv = (await read(resultsFiles.csv(XA_THU))).toString('utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFTháng,Xã,Tiếp nhận,Trực tuyến,Toàn trình,Đúng hạn,Thanh toán trực tuyến,Tỷ lệ trực tuyến (%),Tỷ lệ toàn trình (%),Tỷ lệ đúng hạn (%),Tỷ lệ thanh toán trực tuyến (%)');
    expect(lines).toContain('2026-02,xa-thu,200,170,85,196,50,85.0,42.5,98.0,25.0');
    expect(lines).toHaveLength(14 + 2);
  });
});

describe('sample figures', () => {
  it('say MẪU in the report, the CSV and the spoken item', async () => {
    const dir = await copyContent({ 'site.yaml': (text) => `${text}results:\n  sample: true\n` });
    const sample = await loadContent(dir);
    const out = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-results-sample-'));
    await runKit(resultsKit, sample, out, { filter: (file) => file.path.endsWith('2026-02.pdf') || file.path.endsWith('tin-2026-02.txt') || file.path.endsWith('.csv') });
    const pages = await readPdfText(await readFile(path.join(out, resultsFiles.report('2026-02'))));
    expect(pages.every((page) => page.includes('MẪU – SỐ LIỆU MẪU'))).toBe(true);
    expect((await readFile(path.join(out, resultsFiles.item('2026-02', XA_THU)), 'utf8')).startsWith('Bản mẫu. Số liệu trong tin này là số liệu mẫu')).toBe(true);
    expect(await readFile(path.join(out, resultsFiles.csv()), 'utf8')).toContain(',"MẪU – số liệu');
  });
});
