import { describe, expect, it } from 'vitest';
import { findSitesRead } from '../helpers/test-cache.ts';

// The sequencer runs the files that read a shared site last and tells the builder which sites to
// build: a file it misread would wait for a site nobody builds, or start before it is there.
// (The helper's name is spelt apart here, so the sequencer does not take this file for a reader.)
const call = ['getBuilt', 'Site'].join('');

describe('findSitesRead', () => {
  it('reads "example" from a call without a name and the quoted name of every other call', () => {
    expect(findSitesRead(`const site = ${call}();\nconst f = ${call}('fixture');\nget(${call}('office').dir);`)).toEqual(['example', 'fixture', 'office']);
  });

  it('finds no site in a file that never calls it', () => {
    expect(findSitesRead("import { copyContent } from '../helpers/fixture-content.ts';\nawait buildAll({});")).toEqual([]);
  });

  it('gives up (every site) when a call names its site through a variable', () => {
    expect(findSitesRead(`const site = ${call}(name);`)).toBeUndefined();
  });
});
