import { expect } from '@open-wc/testing';
import { FeedError } from '../src/feed/types.js';

describe('smoke', () => {
  it('runs in a pinned time zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(new FeedError('http', 'x', { status: 404 }).status).to.equal(404);
  });
});

describe('test server', () => {
  it('lists the shared corpus when it is there', async () => {
    const listing = await (await fetch('/__test__/corpus/jsonfeed/')).json();
    if (!listing.available) return;
    expect(listing.files).to.include('allenpike-1.0.json');
    const text = await (await fetch(`/__test__/corpus/jsonfeed/allenpike-1.0.json`)).text();
    expect(text).to.contain('allenpike');
  });
});
