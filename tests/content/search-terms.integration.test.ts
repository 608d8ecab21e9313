import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../src/content/content-error.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { copyContent } from '../helpers/fixture-content.ts';

describe('content/search-terms.yaml', () => {
  it('is loaded with the rest of the content', async () => {
    const { searchTerms } = await loadContent(await copyContent());
    expect(searchTerms.abbreviations).toContainEqual({ short: ['dk', 'đk', 'dky', 'đky', 'dki', 'đki', 'dangky'], full: ['đăng ký'] });
    expect(searchTerms.synonyms.find((entry) => entry.typed.includes('hộ khẩu'))?.alsoSearch).toEqual(['thường trú']);
    expect(searchTerms.filler).toContain('ở đâu');
  });

  it('is optional: without it the search still folds tones and d/đ', async () => {
    const dir = await copyContent();
    await rm(path.join(dir, 'search-terms.yaml'));
    expect(await loadContent(dir).then((content) => content.searchTerms)).toEqual({ abbreviations: [], synonyms: [], alike: [], phrases: [], filler: [] });
  });

  it('names the file, the entry and the fix when an abbreviation is a phrase', async () => {
    const dir = await copyContent({ 'search-terms.yaml': (text) => text.replace('short: [dk, đk,', 'short: [d k, đk,') });
    const error = await loadContent(dir).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ContentErrors);
    const message = (error as Error).message;
    expect(message).toContain('search-terms.yaml');
    expect(message).toContain('search-terms.yaml → abbreviations.0.short.0: ');
    expect(message).toContain('phải là một từ gồm chữ cái và chữ số, không có dấu cách hay gạch ngang (cụm từ ghi ở synonyms)');
  });

  it('refuses a typed form in two entries, which the search would use only one of, naming both', async () => {
    const dir = await copyContent({ 'search-terms.yaml': (text) => text.replace('typed: [đẻ, sinh con,', 'typed: [đẻ, Cháu, sinh con,') });
    const message = await loadContent(dir).then(() => '', (e: Error) => e.message);
    expect(message).toMatch(/synonyms\.\d+\.typed\.1: /);
    expect(message).toMatch(/bị trùng: "Cháu" đã có ở synonyms\.\d+ \(không kể dấu và đ\/d\)/);
  });

  it('refuses a group of alike spellings with only one spelling', async () => {
    const dir = await copyContent({ 'search-terms.yaml': (text) => text.replace('  - [kí, ký]\n', '  - [kí]\n') });
    const message = await loadContent(dir).then(() => '', (e: Error) => e.message);
    expect(message).toContain('alike.0: ');
    expect(message).toContain('phải ghi ít nhất hai cách viết của cùng một từ');
  });
});
