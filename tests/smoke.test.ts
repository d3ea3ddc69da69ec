import { expect } from '@open-wc/testing';
import { FeedError } from '../src/feed/types.js';

describe('smoke', () => {
  it('runs in a pinned time zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(new FeedError('http', 'x', { status: 404 }).status).to.equal(404);
  });
});
