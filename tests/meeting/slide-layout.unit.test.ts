import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/content-error.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { createCombinedDeck, createGuideDeck } from '../../src/meeting/create-decks.ts';
import { SLIDE } from '../../src/meeting/formats.ts';
import { resolveSlides } from '../../src/meeting/layout-slides.ts';
import type { LaidSlide, SlideText } from '../../src/meeting/slide-elements.ts';
import type { ListItem, StepItem } from '../../src/meeting/slide-specs.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { copyContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

const measure = getTextMeasurer();
const source = { file: 'content/guides/thu.mdx', field: 'before.0' };
const item = (text: string, splittable = false): ListItem => ({ text: { text, source }, notes: text, marker: '•', splittable });
const texts = (slide: LaidSlide) => slide.elements.filter((element): element is SlideText => element.type === 'text');
const sentence = 'Bà con mở ứng dụng trên điện thoại, chọn đúng thủ tục và điền đủ các ô trong tờ khai.';

describe('slide layout', () => {
  it('continues a list that runs past the slide on a "(tiếp)" slide, keeping every item whole', () => {
    const items = Array.from({ length: 9 }, (_, i) => item(`Mục ${i + 1}: ${sentence}`));
    const slides = resolveSlides(measure, [{ kind: 'list', title: 'Cần chuẩn bị', items, notes: [] }]);
    expect(slides.length).toBeGreaterThan(1);
    expect(texts(slides[1]!)[0]!.paragraph).toBe('Cần chuẩn bị (tiếp)');
    const bodies = slides.flatMap((slide) => texts(slide).filter((text) => text.role === 'body' && text.paragraph !== '•'));
    expect(bodies.map((text) => text.paragraph)).toEqual(items.map((entry) => entry.text.text));
    for (const slide of slides) for (const text of texts(slide)) expect(text.y + text.height).toBeLessThanOrEqual(SLIDE.height - SLIDE.margin + 1e-9);
  });

  it('splits one prose item taller than a slide at its sentence ends', () => {
    const long = Array.from({ length: 12 }, () => sentence).join(' ');
    const slides = resolveSlides(measure, [{ kind: 'list', title: 'Vì sao nên làm?', items: [item(long, true)], notes: [] }]);
    expect(slides.length).toBeGreaterThan(1);
    const words = slides.flatMap((slide) => texts(slide).filter((text) => text.role === 'body' && text.paragraph !== '•').map((text) => text.paragraph));
    expect(words.join(' ')).toBe(long);
  });

  it('fails naming the file and field when one sentence alone does not fit a slide', () => {
    const long = Array.from({ length: 200 }, () => 'chữ').join(' ');
    expect(() => resolveSlides(measure, [{ kind: 'list', title: 'Cần chuẩn bị', items: [item(long, true)], notes: [] }])).toThrow(
      /content\/guides\/thu\.mdx → before\.0: Chữ không vừa một trang trình chiếu, kể cả ở cỡ 30 pt/,
    );
  });

  it('puts one or two steps on a slide with their number, never more', () => {
    const step = (number: number, detail: string): StepItem => ({ number, total: 3, title: { text: `Bước số ${number}`, source }, detail: { text: detail, source }, notes: '' });
    const slides = resolveSlides(measure, [{ kind: 'steps', steps: [step(1, 'Ngắn.'), step(2, 'Ngắn.'), step(3, Array.from({ length: 5 }, () => sentence).join(' '))] }]);
    expect(slides.map((slide) => texts(slide)[0]!.paragraph)).toEqual(['Các bước (1–2 / 3)', 'Các bước (3 / 3)']);
    expect(slides[0]!.elements.filter((element) => element.type === 'circle')).toHaveLength(2);
  });

  it('sets no slide text under 28 pt and no title under 40 pt, and marks every slide of a sample edition MẪU', async () => {
    const dir = await copyContent({ 'communes/xa-thu.yaml': (text) => `${text}\nsample: true\n` });
    const content = await loadContent(dir);
    const commune = getEditions(content)[1]!;
    const deck = createCombinedDeck(measure, content, commune);
    for (const slide of deck.slides) {
      for (const text of texts(slide)) expect(text.size).toBeGreaterThanOrEqual(text.role === 'title' ? SLIDE.minTitlePt : SLIDE.minBodyPt);
      expect(texts(slide).some((text) => text.role === 'mark' && text.paragraph === 'MẪU')).toBe(true);
    }
  });

  it('fails naming the guide and the step field when a step is too long for a slide', async () => {
    const dir = await copyContent({
      'guides/dang-ky-khai-sinh.mdx': (text) => text.replace('detail: Chọn dịch vụ công liên thông khai sinh.', `detail: ${Array.from({ length: 160 }, () => 'chữ').join(' ')}`),
    });
    const content = await loadContent(dir);
    const guide = content.guides.find((entry) => entry.slug === 'dang-ky-khai-sinh')!;
    let error: unknown;
    try {
      createGuideDeck(measure, content, getEditions(content)[0]!, guide);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/guides\/dang-ky-khai-sinh\.mdx → steps\.0\.detail: Chữ không vừa một trang trình chiếu các bước, kể cả ở cỡ 28 pt/);
  });

  it('lays out the fixture decks within the slide', async () => {
    const content = await loadContent(FIXTURE_CONTENT);
    for (const guide of content.guides) {
      const deck = createGuideDeck(measure, content, getEditions(content)[0]!, guide);
      for (const slide of deck.slides) {
        for (const element of slide.elements) {
          if (element.type === 'circle') continue;
          expect(element.x).toBeGreaterThanOrEqual(0);
          expect(element.x + element.width).toBeLessThanOrEqual(SLIDE.width);
          expect(element.y + element.height).toBeLessThanOrEqual(SLIDE.height);
        }
      }
    }
  });
});

describe('contact lines', () => {
  it('keep an address line on the slide of the name it belongs to', () => {
    let continued = 0;
    for (let pairs = 2; pairs <= 8; pairs++) {
      const items: ListItem[] = Array.from({ length: pairs }, (_, i) => [
        { ...item(`Trung tâm số ${i + 1}: 0208 3870 00${i}`), strong: true },
        { ...item(`Trụ sở số ${i + 1}, giờ hành chính, thứ Hai đến thứ Sáu`), marker: '' },
      ]).flat();
      const slides = resolveSlides(measure, [{ kind: 'list', title: 'Hỏi ở đâu?', items, notes: [] }]);
      const lines = slides.map((slide) => texts(slide).filter((text) => text.role === 'body' && text.paragraph !== '•').map((text) => text.paragraph));
      expect(lines.flat()).toEqual(items.map((entry) => entry.text.text));
      for (const slide of lines) expect(slide[0]).toMatch(/^Trung tâm/);
      continued += slides.length - 1;
    }
    expect(continued).toBeGreaterThan(0);
  });
});
