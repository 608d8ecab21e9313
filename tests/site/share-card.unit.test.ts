import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createShareCardSvg, renderShareCard, SHARE_CARD } from '../../src/share-card/create-share-card.ts';

const card = { title: 'Đăng ký khai sinh cho con trên mạng', slogan: 'Khai sinh cho con ngay tại nhà', office: 'Văn phòng thử nghiệm', host: 'thu-nghiem.example.gov.vn', sample: false };

describe('share cards', () => {
  it('draw every letter as a path from Be Vietnam Pro, so no system font is needed', () => {
    const svg = createShareCardSvg(card);
    expect(svg).not.toMatch(/<text|font-family/);
    expect(svg.match(/<path /g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('render as a 1200×630 PNG', async () => {
    const png = await renderShareCard(card);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', SHARE_CARD.width, SHARE_CARD.height]);
  });

  it('carry the MẪU stamp for sample editions only', async () => {
    const plain = createShareCardSvg(card);
    const sample = createShareCardSvg({ ...card, sample: true });
    expect(plain).not.toContain('rotate(');
    expect(sample).toContain('rotate(');
    // The stamp is ink on the card, not only markup: the top-right corner changes.
    const corner = async (svg: string) => sharp(Buffer.from(svg)).extract({ left: 900, top: 40, width: 260, height: 140 }).raw().toBuffer();
    expect((await corner(sample)).equals(await corner(plain))).toBe(false);
  });

  it('fit a very long title on the red part of the card by shrinking it and cutting it short', () => {
    const long = { ...card, title: Array.from({ length: 40 }, () => 'thủ tục').join(' ') };
    // White paths are title letters; their points (x y pairs) must stay above the white band.
    const white = [...createShareCardSvg(long).matchAll(/<path fill="#ffffff" d="([^"]+)"/g)].map((m) => m[1]!);
    const points = white.flatMap((d) => [...d.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) })));
    expect(points.length).toBeGreaterThan(100);
    expect(Math.max(...points.map((p) => p.x))).toBeLessThanOrEqual(SHARE_CARD.width - 72);
    expect(Math.max(...points.map((p) => p.y))).toBeLessThan(SHARE_CARD.height - 110);
  });
});
