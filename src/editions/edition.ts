/**
 * An edition is who an output is for: the office itself, or one commune with its own centre,
 * phones, station and featured guides (DESIGN.md "Editions and kits"). Every kit, page and
 * catalogue takes editions from src/editions/ and never works out "is this a sample", "which
 * contacts" or "which guides" on its own.
 */
import type { SourcedText, TextSource } from '../content/sourced-text.ts';
import type { Locale } from '../i18n/t.ts';

/** Which edition an output belongs to; what paths and catalogue entries carry. */
export type EditionRef = { kind: 'office' } | { kind: 'commune'; slug: string };

export const OFFICE_EDITION: EditionRef = { kind: 'office' };

/** One place people can call or visit, in the order outputs list them. */
export interface EditionContact {
  /** office: site.yaml support; service-centre: the commune's Trung tâm Phục vụ hành chính công; digital-team: its Tổ công nghệ số cộng đồng. */
  role: 'office' | 'service-centre' | 'digital-team';
  /** Who answers, as printed: the office, "Trung tâm Phục vụ hành chính công xã …", "Tổ công nghệ số cộng đồng". */
  name: SourcedText;
  /** A named person to ask for (the digital team's contact). */
  person?: SourcedText;
  phone: SourcedText;
  address?: SourcedText;
  hours?: SourcedText;
}

/** A commune's hamlets as its file states them (`hamlets`), for suggested print quantities. */
export interface EditionHamlets {
  count: number;
  /** Households in the commune, when the file gives them. */
  households?: number;
  /** Where the figures come from: the commune's file, field `hamlets`. */
  source: TextSource;
}

export interface Edition {
  ref: EditionRef;
  /** Stable id: "office" or "xa/<slug>" (cache keys, shard filters, test names). */
  id: string;
  /** Language of the edition's outputs. Only Vietnamese so far. */
  locale: Locale;
  /** Made-up contacts: every output carries a visible "MẪU" mark. */
  sample: boolean;
  /** The file and field whose `sample: true` made it a sample (site.yaml for the office; for a commune, its own file first). */
  sampleSource: TextSource;
  /** The edition's own file as displayed: site.yaml or content/communes/<slug>.yaml. */
  file: string;
  /** Who the edition is named for in titles and footers: the office, or the commune. */
  name: SourcedText;
  /** The office publishing the kit (site.yaml `office`), on every edition. */
  office: SourcedText;
  /** The commune, or the office's locality ("tỉnh Thái Nguyên") for the office's own edition. */
  place: SourcedText;
  /** The site's address (site.yaml `url`): what QR codes and links on this edition's outputs lead to. */
  siteUrl: SourcedText;
  /** The commune's radio station; the office has none. */
  station?: SourcedText;
  /** Where to get help, most local first; a commune edition ends with the office. */
  contacts: EditionContact[];
  /** Guides this edition publishes: every guide for the office, the commune's `featured` in its order. */
  guides: string[];
  /** The commune's hamlets, when its file gives them; never on the office's edition, which has none. */
  hamlets?: EditionHamlets;
  /** Appended to document titles: "" for the office, " – xã Phú Đình" for a commune. */
  titleSuffix: string;
}
