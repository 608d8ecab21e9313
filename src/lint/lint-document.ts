import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Finding, RuleId } from './finding.ts';
import type { TextPiece } from './text-piece.ts';

/** What kind of file a document is; each rule says which kinds it reads. */
export type DocumentKind = 'guide' | 'page' | 'glossary' | 'site' | 'commune';

/** One content file as the rules see it: its prose in pieces, and the lines of its fields. */
export interface LintDocument {
  kind: DocumentKind;
  /** Path as shown to the office. */
  file: string;
  pieces: TextPiece[];
  /** Line of each frontmatter or YAML field path ("reviewed", "sources"). */
  lines: Map<string, number>;
  /** Dates a guide's date rules read. */
  dates?: { reviewed: string; sources: string[] };
}

export interface LintContext {
  glossary: GlossaryTerm[];
  /** Today's date, YYYY-MM-DD: injected so that tests and builds of old content are repeatable. */
  today: string;
}

/** A rule reads one document at a time and returns what it found. */
export interface LintRule {
  id: RuleId;
  /** Why the rule exists, with its legal source where there is one. */
  reason: string;
  kinds: readonly DocumentKind[];
  check(document: LintDocument, context: LintContext): Finding[];
}
