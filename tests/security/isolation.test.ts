/**
 * Isolation: a widget that fails, for whatever reason, fails alone. The page's other widgets still show their
 * stories, the page's own content is untouched, and the page sees no uncaught error or unhandled rejection (the
 * guard below, which every file of tests/security installs; its own controls are at the end of this file).
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/loader.js';
import {
  READER_MESSAGES,
  TAGS,
  container,
  guardPage,
  headlines,
  messageOf,
  mount,
  newKey,
  part,
  settle,
  sleep,
  stateOf,
  textOf,
  type Mounted,
  type Tag,
} from './helpers.js';

const guard = guardPage();

const GOOD = '/tests/fixtures/small-feed.json';
const STORY = 'Harbor bridge reopens after two years of repairs';

beforeEach(() => clearFeedCache());

/** The page's own content next to the widgets: it must stay as it is. */
function pageContent(parent: HTMLElement): HTMLParagraphElement {
  const p = document.createElement('p');
  p.id = 'own-content';
  p.textContent = 'The page’s own article text.';
  parent.append(p);
  return p;
}

function expectGood(mounted: Mounted): void {
  const { el } = mounted;
  expect(stateOf(el), el.localName).to.equal('ready');
  expect(mounted.errors, `${el.localName}: news-error`).to.deep.equal([]);
  if (el.localName === 'news-byline') expect(textOf(part(el, 'authors'))).to.equal('By Ana Ruiz');
  else expect(headlines(el), el.localName).to.include(STORY);
}

describe('isolation: one broken widget among good ones', () => {
  for (const broken of TAGS) {
    it(`a ${broken} whose feed answers 404 fails alone: the three other widgets show their stories`, async () => {
      const parent = container();
      const own = pageContent(parent);
      const widgets = {} as Record<Tag, Mounted>;
      for (const tag of TAGS) {
        widgets[tag] = mount(parent, tag, { src: tag === broken ? `/__test__/status/404?key=${newKey()}` : GOOD });
      }
      await settle(widgets);
      for (const tag of TAGS) {
        if (tag === broken) {
          expect(stateOf(widgets[tag].el)).to.equal('error');
          expect(widgets[tag].errors.map((e) => e.code)).to.deep.equal(['http']);
          expect(messageOf(widgets[tag].el)).to.equal(READER_MESSAGES.http);
        } else {
          expectGood(widgets[tag]);
        }
      }
      expect(own.isConnected && own.textContent).to.equal('The page’s own article text.');
      expect(parent.children).to.have.length(5);
    });
  }

  it('each kind of failure stays in its own widget: bad JSON, a missing item, a throwing feed object, no feed', async () => {
    const parent = container();
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('a getter of the page threw');
        },
        getOwnPropertyDescriptor() {
          throw new Error('a getter of the page threw');
        },
      },
    );
    const widgets = {
      badJson: mount(parent, 'news-feed', {}, {}, '{"version": "https://jsonfeed.org/version/1.1", "items": ['),
      missing: mount(parent, 'news-card', { src: GOOD, 'item-id': 'not-in-the-feed' }),
      throwing: mount(parent, 'news-trending', {}, { feed: throwing }),
      nothing: mount(parent, 'news-trending', {}),
      goodCard: mount(parent, 'news-card', { src: GOOD }),
      goodTrending: mount(parent, 'news-trending', { src: GOOD }),
      goodByline: mount(parent, 'news-byline', { src: GOOD }),
      goodFeed: mount(parent, 'news-feed', { src: GOOD }),
    };
    await settle(widgets);
    expect(widgets.badJson.errors.map((e) => e.code)).to.deep.equal(['parse']);
    expect(widgets.badJson.errors[0].message).to.match(/^The inline feed script is not JSON \(/);
    expect(widgets.missing.errors[0]).to.include({ code: 'not-found' });
    expect(messageOf(widgets.missing.el)).to.equal(READER_MESSAGES['not-found']);
    expect(widgets.throwing.errors[0]).to.include({ code: 'invalid', path: '' });
    expect(widgets.throwing.errors[0].message).to.equal('The feed property could not be read: a getter of the page threw');
    expect(stateOf(widgets.nothing.el)).to.equal('empty');
    expect(messageOf(widgets.nothing.el)).to.equal(READER_MESSAGES.empty);
    for (const good of [widgets.goodCard, widgets.goodTrending, widgets.goodByline, widgets.goodFeed]) expectGood(good);
  });

  it('a strings property whose every getter throws breaks only its widget, which settles in error (no render loop)', async () => {
    const parent = container();
    let reads = 0;
    const strings = new Proxy(
      {},
      {
        get() {
          reads += 1;
          throw new Error('a strings getter threw');
        },
      },
    );
    const bad = TAGS.map((tag) => mount(parent, tag, { src: GOOD }, { strings }));
    const good = TAGS.map((tag) => mount(parent, tag, { src: GOOD }));
    await settle([...bad, ...good]);
    await sleep(200);
    const settledReads = reads;
    await sleep(200);
    expect(reads, 'the throwing getter is not read again and again').to.equal(settledReads);
    for (const { el } of bad) expect(stateOf(el), el.localName).to.equal('error');
    for (const mounted of good) expectGood(mounted);
  });

  it('attribute values no widget understands fall back to the defaults; the widget still shows its stories', async () => {
    const parent = container();
    const odd = {
      lang: '"><script>alert(1)</script>',
      'time-zone': 'Mars/Olympus_Mons',
      'date-style': '<b>bogus</b>',
      'link-target': '',
    };
    const widgets = [
      mount(parent, 'news-card', { ...odd, src: GOOD, variant: 'nonsense', 'heading-level': '99' }),
      mount(parent, 'news-trending', { ...odd, src: GOOD, limit: '-5', 'heading-level': 'NaN' }),
      mount(parent, 'news-byline', { ...odd, src: GOOD, published: 'yesterday', 'reading-time': '-3' }),
      mount(parent, 'news-feed', { ...odd, src: GOOD, limit: 'Infinity', layout: 'spiral', section: '   ' }),
    ];
    await settle(widgets);
    for (const mounted of widgets) expectGood(mounted);
    expect(headlines(widgets[1].el)).to.have.length(2);
  });

  it('a widget removed and put back many times while loading ends ready, like its neighbours', async () => {
    const parent = container();
    const moved = mount(parent, 'news-feed', { src: `/__test__/trickle/small-feed.json?parts=3&ms=60&key=${newKey()}` });
    const still = mount(parent, 'news-card', { src: GOOD });
    for (let i = 0; i < 10; i++) {
      moved.el.remove();
      parent.append(moved.el);
      await sleep(5);
    }
    await settle([moved, still]);
    expectGood(moved);
    expectGood(still);
    expect(moved.errors).to.deep.equal([]);
    expect(moved.loads).to.have.length(1);
  });
});

describe('isolation: the page guard (controls)', () => {
  it('notices an uncaught error', () => {
    // The test runner's own window.onerror would fail this test: it is set aside while the event is dispatched.
    const runner = window.onerror;
    window.onerror = null;
    try {
      window.dispatchEvent(new ErrorEvent('error', { message: 'control error' }));
    } finally {
      window.onerror = runner;
    }
    expect(guard.seen).to.deep.equal(['error: control error']);
    guard.seen.length = 0;
  });

  it('notices an unhandled rejection', () => {
    const event = new PromiseRejectionEvent('unhandledrejection', { promise: Promise.resolve(), reason: new Error('control rejection') });
    window.dispatchEvent(event);
    expect(guard.seen).to.deep.equal(['unhandledrejection: Error: control rejection']);
    guard.seen.length = 0;
  });

  it('ignores a broken image, which is no script error', async () => {
    const img = document.createElement('img');
    const failed = new Promise((resolve) => img.addEventListener('error', resolve));
    img.src = `/__test__/status/404?key=${newKey()}`;
    container().append(img);
    await failed;
    expect(guard.seen).to.deep.equal([]);
  });
});
