import { expect } from '@open-wc/testing';
// @ts-expect-error plain JavaScript module shared with the docs script
import { apiTable, elementsOf, readmeTable } from '../../tools/api-tables.mjs';

const tags = ['news-card', 'news-trending', 'news-byline', 'news-feed'];

describe('README reference tables', () => {
  let manifest: unknown;
  let readme: string;

  before(async () => {
    manifest = await (await fetch('/custom-elements.json')).json();
    readme = await (await fetch('/README.md')).text();
  });

  it('the manifest describes all four elements', () => {
    expect([...elementsOf(manifest).keys()].sort()).to.deep.equal([...tags].sort());
  });

  for (const tag of tags) {
    it(`${tag}: the README table matches custom-elements.json (run npm run docs to update it)`, () => {
      const element = elementsOf(manifest).get(tag);
      expect(readmeTable(readme, tag), `README.md has no <!-- api:${tag} --> block`).to.be.a('string');
      expect(readmeTable(readme, tag)).to.equal(apiTable(element).trim());
    });
  }
});
