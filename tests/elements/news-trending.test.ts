import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/news-trending.js';
import type { NewsTrending } from '../../src/elements/news-trending.js';
import { setClock, tick, tickSubscriberCount } from '../../src/format/date.js';
import type { NewsArticleClickDetail, NewsErrorDetail, NewsLoadDetail } from '../../src/events.js';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import '../../src/locales/es.js';
import { elementTestSetup, expectNone, feedWith, part, parts, render, settled, textOf, withPageStyle } from './helpers.js';

const FEED = '/tests/fixtures/trending-feed.json';
const EMPTY = '/tests/fixtures/empty-feed.json';
const HANG = '/__test__/hang?ms=5000';
/** 2025-03-24 10:46 in Copenhagen: three hours after the top story was published. */
const NOW = Date.parse('2025-03-24T10:46:00+01:00');

/** The feed's stories in the order the list must show them: rank 1, the two rank 2s in feed order, rank 3, the rest. */
const ORDER = [
  'Tensions Rise in the Balkans Amid New Regional Military Alliances',
  'Ranked second, earlier in the feed',
  'Ranked second, later in the feed',
  'Ranked third',
  'Unranked story listed first in the feed',
  'Unranked story without a date',
  'Unranked story listed last',
];

function headlines(el: Element): string[] {
  return parts(el, 'headline').map(textOf);
}

function trending(template: ReturnType<typeof html>, state = 'ready'): Promise<NewsTrending> {
  return render<NewsTrending>(template, state);
}

describe('news-trending', () => {
  elementTestSetup(NOW);

  describe('defaults', () => {
    it('is defined and upgrades as news-trending', () => {
      expect(customElements.get('news-trending')).to.be.a('function');
      expect(document.createElement('news-trending').limit).to.equal(5);
    });

    it('shows the five top stories under an h2 "Trending Now"', async () => {
      const el = await trending(html`<news-trending src=${FEED}></news-trending>`);
      const heading = part(el, 'heading')!;
      expect(heading.localName).to.equal('h2');
      expect(textOf(heading)).to.equal('Trending Now');
      expect(part(el, 'list')!.localName).to.equal('ol');
      expect(parts(el, 'item').length).to.equal(5);
      expect(parts(el, 'item').every((item) => item.localName === 'li')).to.be.true;
      expect(headlines(el)).to.deep.equal(ORDER.slice(0, 5));
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.state).to.equal('ready');
    });

    it('has no inline style attributes in its shadow root', async () => {
      const el = await trending(html`<news-trending src=${FEED} limit="10"></news-trending>`);
      expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    });
  });

  describe('order', () => {
    it('puts ranked stories first by rank, ties in feed order, then the rest in feed order', async () => {
      const el = await trending(html`<news-trending src=${FEED} limit="20"></news-trending>`);
      expect(headlines(el)).to.deep.equal(ORDER);
    });

    it('numbers the entries by position, from 1', async () => {
      const el = await trending(html`<news-trending src=${FEED} limit="7"></news-trending>`);
      expect(parts(el, 'rank').map(textOf)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7']);
    });

    it('keeps feed order when no story is ranked', async () => {
      const feed = feedWith([
        { id: '1', title: 'First' },
        { id: '2', title: 'Second' },
        { id: '3', title: 'Third' },
      ]);
      const el = await trending(html`<news-trending .feed=${feed}></news-trending>`);
      expect(headlines(el)).to.deep.equal(['First', 'Second', 'Third']);
    });

    it('reorders when the feed property changes', async () => {
      const el = await trending(html`<news-trending .feed=${feedWith([{ id: '1', title: 'One' }])}></news-trending>`);
      el.feed = feedWith([
        { id: '1', title: 'One' },
        { id: '2', title: 'Two', _news: { rank: 1 } },
      ]);
      await waitUntil(() => headlines(el).length === 2);
      expect(headlines(el)).to.deep.equal(['Two', 'One']);
    });
  });

  describe('limit', () => {
    it('shows at most `limit` stories', async () => {
      const el = await trending(html`<news-trending src=${FEED} limit="2"></news-trending>`);
      expect(headlines(el)).to.deep.equal(ORDER.slice(0, 2));
      el.limit = 3;
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal(ORDER.slice(0, 3));
    });

    it('shows every story when the feed has fewer than `limit`', async () => {
      const el = await trending(html`<news-trending src=${FEED} limit="50"></news-trending>`);
      expect(parts(el, 'item').length).to.equal(7);
    });

    for (const bad of ['0', '-3', 'many', 'Infinity']) {
      it(`falls back to 5 for limit="${bad}"`, async () => {
        const el = await trending(html`<news-trending src=${FEED} limit=${bad}></news-trending>`);
        expect(parts(el, 'item').length).to.equal(5);
      });
    }
  });

  describe('heading', () => {
    it('takes its text from the heading attribute', async () => {
      const el = await trending(html`<news-trending src=${FEED} heading="Most read"></news-trending>`);
      expect(textOf(part(el, 'heading'))).to.equal('Most read');
      el.heading = '  ';
      await el.updateComplete;
      expect(textOf(part(el, 'heading'))).to.equal('Trending Now');
    });

    it('is replaced by the heading slot', async () => {
      const el = await trending(
        html`<news-trending src=${FEED} heading="Not shown"><a slot="heading" href="#most-read">Most read today</a></news-trending>`,
      );
      const slot = part(el, 'heading')!.querySelector('slot')!;
      expect(slot.name).to.equal('heading');
      const assigned = slot.assignedElements();
      expect(assigned.length).to.equal(1);
      expect(assigned[0].textContent).to.equal('Most read today');
      await expect(el).to.be.accessible();
    });

    it('has the level of heading-level', async () => {
      const el = await trending(html`<news-trending src=${FEED} heading-level="3"></news-trending>`);
      expect(part(el, 'heading')!.localName).to.equal('h3');
      for (const [level, tag] of [
        [1, 'h1'],
        [4, 'h4'],
        [5, 'h5'],
        [6, 'h6'],
        [9, 'h2'],
        [0, 'h2'],
      ] as const) {
        el.headingLevel = level;
        await el.updateComplete;
        expect(part(el, 'heading')!.localName).to.equal(tag);
      }
    });

    it('can be hidden by the page with ::part(heading)', async () => {
      await withPageStyle('.no-heading::part(heading) { display: none }', async () => {
        const el = await trending(html`<news-trending class="no-heading" src=${FEED}></news-trending>`);
        expect(part(el, 'heading')!.checkVisibility()).to.equal(false);
        expect(parts(el, 'item').length).to.equal(5);
      });
    });

    const headings: [string, string][] = [
      ['de', 'Im Trend'],
      ['fr', 'Tendances'],
      ['es', 'Tendencias'],
      ['de-AT', 'Im Trend'],
      ['ja', 'Trending Now'],
    ];
    for (const [lang, expected] of headings) {
      it(`is "${expected}" for lang="${lang}"`, async () => {
        const el = await trending(html`<news-trending src=${FEED} lang=${lang}></news-trending>`);
        expect(textOf(part(el, 'heading'))).to.equal(expected);
      });
    }

    it("follows an ancestor's lang", async () => {
      const wrapper = fixtureSync(html`<div lang="fr"><news-trending src=${FEED}></news-trending></div>`);
      const el = wrapper.querySelector('news-trending')!;
      await settled(el);
      expect(textOf(part(el, 'heading'))).to.equal('Tendances');
    });

    it('takes replacement strings', async () => {
      const el = await trending(html`<news-trending src=${FEED} .strings=${{ trendingHeading: 'Hot right now' }}></news-trending>`);
      expect(textOf(part(el, 'heading'))).to.equal('Hot right now');
    });
  });

  describe('entries', () => {
    it('renders rank, headline link, section and time as parts', async () => {
      const el = await trending(html`<news-trending src=${FEED}></news-trending>`);
      const first = parts(el, 'item')[0];
      const rank = first.querySelector('[part~="rank"]')!;
      expect(rank.textContent).to.equal('1');
      expect(rank.getAttribute('aria-hidden')).to.equal('true');
      const link = first.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
      expect(link.href).to.equal(new URL(`${FEED}#c`, location.href).href);
      expect(textOf(link)).to.equal(ORDER[0]);
      expect(link.querySelector('[part~="headline"]')).to.exist;
      expect(link.hasAttribute('target')).to.be.false;
      expect(textOf(first.querySelector('[part~="section"]'))).to.equal('World');
      const time = first.querySelector('time[part~="date"]')!;
      expect(time.getAttribute('datetime')).to.equal('2025-03-24T06:46:00Z');
      const separator = first.querySelector('[part~="separator"]')!;
      expect(separator.getAttribute('aria-hidden')).to.equal('true');
      expect(textOf(first)).to.equal(`1 ${ORDER[0]} World\u00a0· 3 hours ago`);
    });

    it('uses the first tag when a story has no section, and shows no section when it has neither', async () => {
      const el = await trending(html`<news-trending src=${FEED} limit="7"></news-trending>`);
      const items = parts(el, 'item');
      expect(textOf(items[6].querySelector('[part~="section"]'))).to.equal('Sports');
      expectNone(items[2].querySelector('[part~="section"]'));
      expectNone(items[2].querySelector('[part~="separator"]'));
      expectNone(items[5].querySelector('[part~="date"]'));
    });

    it('renders feed text as text and drops unsafe links', async () => {
      const feed = feedWith([{ id: '1', title: '<img src=x onerror=alert(1)> Bold claim', url: 'javascript:alert(1)' }]);
      const el = await trending(html`<news-trending .feed=${feed}></news-trending>`);
      expect(headlines(el)).to.deep.equal(['<img src=x onerror=alert(1)> Bold claim']);
      expectNone(el.shadowRoot!.querySelector('img'));
      expectNone(el.shadowRoot!.querySelector('a'));
      await expect(el).to.be.accessible();
    });

    it('opens links in a new tab with link-target, and says so', async () => {
      const el = await trending(html`<news-trending src=${FEED} link-target="_blank"></news-trending>`);
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(textOf(link)).to.contain('(opens in a new tab)');
    });
  });

  describe('dates', () => {
    it('are relative within a day and compact otherwise, in the feed time zone', async () => {
      const el = await trending(html`<news-trending src=${FEED} limit="7"></news-trending>`);
      const dates = parts(el, 'date').map(textOf);
      expect(dates).to.deep.equal(['3 hours ago', '30 minutes ago', 'Mar 23', 'Mar 20', 'Dec 31, 2024', 'Mar 22']);
      const first = parts(el, 'date')[0];
      expect(first.getAttribute('title')).to.equal('Mar 24, 2025, 7:46 AM CET');
    });

    it('honors date-style="absolute" with the compact form', async () => {
      const el = await trending(html`<news-trending src=${FEED} date-style="absolute" limit="3"></news-trending>`);
      expect(parts(el, 'date').map(textOf)).to.deep.equal(['7:46 AM CET', '10:16 AM CET', 'Mar 23']);
    });

    it('honors date-style="relative"', async () => {
      const el = await trending(html`<news-trending src=${FEED} date-style="relative" limit="4"></news-trending>`);
      expect(parts(el, 'date').map(textOf)).to.deep.equal(['3 hours ago', '30 minutes ago', '1 day ago', '3 days ago']);
    });

    it('shows times in the time-zone attribute over the feed zone', async () => {
      const el = await trending(html`<news-trending src=${FEED} date-style="absolute" time-zone="America/New_York" limit="1"></news-trending>`);
      expect(parts(el, 'date').map(textOf)).to.deep.equal(['2:46 AM EDT']);
    });

    it('are in the element language', async () => {
      const el = await trending(html`<news-trending src=${FEED} lang="de" limit="3"></news-trending>`);
      expect(parts(el, 'date').map(textOf)).to.deep.equal(['vor 3 Stunden', 'vor 30 Minuten', '23. März']);
    });

    it('stay current: the shared timer updates relative times', async () => {
      const el = await trending(html`<news-trending src=${FEED} limit="1"></news-trending>`);
      expect(textOf(part(el, 'date'))).to.equal('3 hours ago');
      expect(tickSubscriberCount()).to.be.greaterThan(0);
      setClock(() => NOW + 60 * 60_000);
      await el.updateComplete;
      // Nothing renders by itself until the timer ticks.
      expect(textOf(part(el, 'date'))).to.equal('3 hours ago');
      // A tick: what the shared timer does every minute.
      tick();
      await el.updateComplete;
      expect(textOf(part(el, 'date'))).to.equal('4 hours ago');
      setClock(() => NOW + 2 * 60 * 60_000);
      tick();
      await el.updateComplete;
      expect(textOf(part(el, 'date'))).to.equal('5 hours ago');
    });

    it('leave the timer when no relative time is shown or the element is removed', async () => {
      const before = tickSubscriberCount();
      const el = await trending(html`<news-trending src=${FEED} limit="1"></news-trending>`);
      expect(tickSubscriberCount()).to.equal(before + 1);
      el.dateStyle = 'absolute';
      await el.updateComplete;
      expect(tickSubscriberCount()).to.equal(before);
      el.dateStyle = 'auto';
      await el.updateComplete;
      expect(tickSubscriberCount()).to.equal(before + 1);
      el.remove();
      expect(tickSubscriberCount()).to.equal(before);
    });
  });

  describe('data sources', () => {
    it('reads an inline feed script without a request', async () => {
      const feed = JSON.stringify(feedWith([{ id: 'x', title: 'Inline story', _news: { rank: 1 } }]));
      const el = await fixture<NewsTrending>(
        html`<news-trending><script type="application/feed+json">${feed}</script></news-trending>`,
      );
      await settled(el);
      expect(headlines(el)).to.deep.equal(['Inline story']);
    });

    it('shares one request between elements with the same src', async () => {
      const key = `trending-${Math.random().toString(36).slice(2)}`;
      const src = `/__test__/count/trending-feed.json?key=${key}`;
      const wrapper = fixtureSync(html`<div>
        <news-trending src=${src}></news-trending><news-trending src=${src} limit="2"></news-trending>
      </div>`);
      const [a, b] = Array.from(wrapper.querySelectorAll('news-trending'));
      await settled(a);
      await settled(b);
      const { count } = await (await fetch(`/__test__/requests?key=${key}`)).json();
      expect(count).to.equal(1);
      expect(parts(b, 'item').length).to.equal(2);
    });
  });

  describe('events', () => {
    it('fires news-load with the feed', async () => {
      const loads: NewsLoadDetail[] = [];
      const el = await trending(html`<news-trending src=${FEED} @news-load=${(e: CustomEvent<NewsLoadDetail>) => loads.push(e.detail)}></news-trending>`);
      expect(el.state).to.equal('ready');
      expect(loads.length).to.equal(1);
      expect(loads[0].feed.title).to.equal('Trending fixture');
      expect(loads[0].feed.items.length).to.equal(7);
    });

    it('fires news-article-click with the article and its position from 1', async () => {
      const clicks: NewsArticleClickDetail[] = [];
      const el = await trending(html`<news-trending src=${FEED}></news-trending>`);
      document.addEventListener('news-article-click', (e) => clicks.push(e.detail), { once: true });
      parts(el, 'link')[1].click();
      expect(clicks.length).to.equal(1);
      expect(clicks[0].position).to.equal(2);
      expect(clicks[0].article.id).to.equal('d');
      expect(clicks[0].article.headline).to.equal(ORDER[1]);
    });

    it('bubbles news-article-click out of the shadow root, and not for clicks outside links', async () => {
      let count = 0;
      const wrapper = fixtureSync(html`<div @news-article-click=${() => count++}><news-trending src=${FEED}></news-trending></div>`);
      const el = wrapper.querySelector('news-trending')!;
      await settled(el);
      part(el, 'rank')!.click();
      part(el, 'heading')!.click();
      expect(count).to.equal(0);
      (part(el, 'headline') as HTMLElement).click();
      expect(count).to.equal(1);
    });

    const failures: [string, string, string, Partial<NewsErrorDetail>][] = [
      ['http', '/__test__/status/404', 'Stories are unavailable right now.', { status: 404 }],
      ['parse', `/__test__/body?type=application/json&text=${encodeURIComponent('<html>oops')}`, 'Stories can’t be shown right now.', {}],
      ['invalid', `/__test__/body?type=application/json&text=${encodeURIComponent('{"rss":{}}')}`, 'Stories can’t be shown right now.', { path: 'version' }],
    ];
    for (const [code, src, message, extra] of failures) {
      it(`fires news-error with code ${code} and shows a message`, async () => {
        const errors: NewsErrorDetail[] = [];
        const warn = console.warn;
        console.warn = () => undefined;
        try {
          const el = await trending(html`<news-trending src=${src} @news-error=${(e: CustomEvent<NewsErrorDetail>) => errors.push(e.detail)}></news-trending>`, 'error');
          expect(errors.length).to.equal(1);
          expect(errors[0].code).to.equal(code);
          expect(errors[0].src).to.equal(new URL(src, location.href).href);
          expect(errors[0]).to.include(extra);
          expect(textOf(part(el, 'message'))).to.equal(message);
          expect(textOf(part(el, 'heading'))).to.equal('Trending Now');
          expectNone(part(el, 'list'));
        } finally {
          console.warn = warn;
        }
      });
    }
  });

  describe('states', () => {
    it('loading: a skeleton of `limit` rows under the heading, announced as loading', async () => {
      const el = await fixture<NewsTrending>(html`<news-trending src=${HANG} limit="3"></news-trending>`);
      expect(el.getAttribute('state')).to.equal('loading');
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      // One placeholder entry per story to come.
      expect(skeleton.querySelectorAll('[part~="item"]').length).to.equal(3);
      expect(textOf(part(el, 'heading'))).to.equal('Trending Now');
      expect(textOf(el.shadowRoot!.querySelector('.visually-hidden'))).to.equal('Loading…');
      await expect(el).to.be.accessible();
      el.limit = 7;
      await el.updateComplete;
      expect(part(el, 'skeleton')!.querySelectorAll('[part~="item"]').length).to.equal(7);
    });

    it('ready: accessible', async () => {
      const el = await trending(html`<news-trending src=${FEED} limit="7"></news-trending>`);
      await expect(el).to.be.accessible();
    });

    it('empty: a message when the feed has no stories', async () => {
      const el = await trending(html`<news-trending src=${EMPTY}></news-trending>`, 'empty');
      expect(textOf(part(el, 'message'))).to.equal('No stories to show right now.');
      expectNone(part(el, 'list'));
      await expect(el).to.be.accessible();
    });

    it('empty: with no data source at all', async () => {
      const el = await trending(html`<news-trending></news-trending>`, 'empty');
      expect(part(el, 'message')).to.exist;
    });

    it('error: accessible, with the message in the element language', async () => {
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        const el = await trending(html`<news-trending lang="de" src="/__test__/status/404"></news-trending>`, 'error');
        expect(textOf(part(el, 'message'))).to.equal('Artikel sind gerade nicht verfügbar.');
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });
  });
});
