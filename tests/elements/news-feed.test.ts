import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/news-feed.js';
import type { NewsFeed } from '../../src/elements/news-feed.js';
import type { NewsArticleClickDetail, NewsErrorDetail, NewsLoadDetail } from '../../src/events.js';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import '../../src/locales/es.js';
import { elementTestSetup, expectNoInlineStyles, part, parts, render, settled, textOf, withPageStyle } from './helpers.js';

const PAGE_1 = '/tests/fixtures/feed-page-1.json';
const PAGE_2 = '/tests/fixtures/feed-page-2.json';
const NEXT_404 = '/tests/fixtures/feed-next-404.json';
const NEXT_HANG = '/tests/fixtures/feed-next-hang.json';
const EMPTY = '/tests/fixtures/empty-feed.json';
const HANG = '/__test__/hang?ms=5000';
const NOW = Date.parse('2024-03-28T12:00:00-05:00');

/** The headlines shown, in order. */
function headlines(el: Element): string[] {
  return parts(el, 'headline').map(textOf);
}

function stories(...numbers: number[]): string[] {
  return numbers.map((n) => `Story number ${n}`);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function moreButton(el: Element): HTMLButtonElement | null {
  return part(el, 'more') as HTMLButtonElement | null;
}

function feedElement(template: ReturnType<typeof html>, state = 'ready'): Promise<NewsFeed> {
  return render<NewsFeed>(template, state);
}

/** Clicks "Show more" and waits until `count` stories are shown. */
async function showMore(el: NewsFeed, count: number): Promise<void> {
  moreButton(el)!.click();
  await waitUntil(() => parts(el, 'item').length === count, `expected ${count} stories, got ${parts(el, 'item').length}`, {
    timeout: 4000,
  });
  await el.updateComplete;
}

/** A parent for a fixture, e.g. with `dir` or `lang`; removed with the fixture. */
function wrapper(attributes: Record<string, string>): HTMLElement {
  const div = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  return div;
}

describe('news-feed', () => {
  let originalFetch: typeof window.fetch;
  elementTestSetup(NOW);
  beforeEach(() => {
    originalFetch = window.fetch;
  });
  afterEach(() => {
    window.fetch = originalFetch;
  });

  describe('defaults', () => {
    it('shows the first 10 stories as cards in a list of items, in a grid', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} style="inline-size: 1000px"></news-feed>`);
      expect(el.limit).to.equal(10);
      expect(el.layout).to.equal('grid');
      expect(el.headingLevel).to.equal(3);
      const list = part(el, 'list')!;
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('role')).to.equal('list');
      const items = parts(el, 'item');
      expect(items).to.have.length(10);
      for (const item of items) {
        expect(item.localName).to.equal('li');
        expect(item.parentElement).to.equal(list);
        expect(item.querySelector('article[part~="card"]')).to.exist;
      }
      expect(headlines(el)).to.deep.equal(stories(...range(1, 10)));
      expect(parts(el, 'headline')[0].localName).to.equal('h3');
      // Columns: the first cards share a row.
      const [a, b] = items.map((item) => item.getBoundingClientRect());
      expect(a.top).to.equal(b.top);
      expect(b.left).to.be.greaterThan(a.right);
      expect(textOf(moreButton(el))).to.equal('Show more');
      expect(moreButton(el)!.type).to.equal('button');
      expectNoInlineStyles(el);
      await expect(el).to.be.accessible();
    });

    it('renders each card’s parts', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} limit="2"></news-feed>`);
      for (const name of ['card', 'media', 'image', 'credit', 'section', 'headline', 'link', 'summary', 'byline', 'date']) {
        expect(parts(el, name), name).to.have.length(2);
      }
      expect(textOf(part(el, 'byline'))).to.contain('By Ana Ruiz');
      expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
      expect(part(el, 'status')!.getAttribute('aria-live')).to.equal('polite');
    });

    it('renders the cards in its own shadow root, not as nested elements', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1}></news-feed>`);
      expect(el.shadowRoot!.querySelector('news-card')).to.equal(null);
      expect(el.querySelector('*')).to.equal(null);
    });
  });

  describe('attributes', () => {
    it('limit sets how many stories show at first', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} limit="3"></news-feed>`);
      expect(headlines(el)).to.deep.equal(stories(1, 2, 3));
    });

    it('an unusable limit is 10', async () => {
      for (const limit of ['0', '-2', 'many']) {
        const el = await feedElement(html`<news-feed src=${PAGE_1} limit=${limit}></news-feed>`);
        expect(parts(el, 'item'), `limit="${limit}"`).to.have.length(10);
      }
    });

    it('section keeps the stories whose section matches, ignoring case', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} section="world"></news-feed>`);
      expect(headlines(el)).to.deep.equal(stories(1, 4, 7, 10));
    });

    it('section matches a tag too', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} section="ENERGY"></news-feed>`);
      expect(headlines(el)).to.deep.equal(stories(3, 9));
    });

    it('section with no match is empty', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} section="Weather"></news-feed>`, 'empty');
      expect(textOf(part(el, 'message'))).to.equal('No stories to show right now.');
      await expect(el).to.be.accessible();
    });

    it('changing section filters again and resets paging', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} limit="2"></news-feed>`);
      await showMore(el, 4);
      el.section = 'Business';
      await el.updateComplete;
      await settled(el);
      expect(headlines(el)).to.deep.equal(stories(2, 6));
      el.section = 'Weather';
      await el.updateComplete;
      await settled(el, 'empty');
      el.section = '';
      await el.updateComplete;
      await settled(el);
      expect(headlines(el)).to.deep.equal(stories(1, 2));
    });

    it('layout="list" is one column of horizontal cards', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} layout="list" limit="3" style="inline-size: 800px"></news-feed>`);
      const items = parts(el, 'item').map((item) => item.getBoundingClientRect());
      expect(items.map((r) => r.left)).to.deep.equal([items[0].left, items[0].left, items[0].left]);
      expect(items[1].top).to.be.at.least(items[0].bottom);
      const media = part(el, 'media')!.getBoundingClientRect();
      const headline = part(el, 'headline')!.getBoundingClientRect();
      expect(media.right).to.be.at.most(headline.left);
      await expect(el).to.be.accessible();
    });

    it('--news-feed-min-column sets the narrowest grid column', async () => {
      const el = await feedElement(
        html`<news-feed src=${PAGE_1} limit="4" style="inline-size: 1000px; --news-feed-min-column: 400px; --news-feed-gap: 20px"></news-feed>`,
      );
      const [a, b, c] = parts(el, 'item').map((item) => item.getBoundingClientRect());
      expect(a.width).to.equal(490);
      expect(b.top).to.equal(a.top);
      expect(c.top).to.be.greaterThan(a.bottom);
    });

    it('mirrors under dir="rtl": the first card is on the right', async () => {
      const el = await fixture<NewsFeed>(html`<news-feed src=${PAGE_1} limit="2" style="inline-size: 800px"></news-feed>`, {
        parentNode: wrapper({ dir: 'rtl' }),
      });
      await settled(el);
      const [first, second] = parts(el, 'item').map((item) => item.getBoundingClientRect());
      expect(first.left).to.be.greaterThan(second.right);
    });

    it('heading-level sets the cards’ headline elements', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} heading-level="2" limit="2"></news-feed>`);
      expect(parts(el, 'headline').map((h) => h.localName)).to.deep.equal(['h2', 'h2']);
    });

    it('layout: a grid of cards with the image above the text, or a list with the image beside it', async () => {
      const beside = (card: HTMLElement) =>
        card.querySelector('.body')!.getBoundingClientRect().top < card.querySelector('.media')!.getBoundingClientRect().bottom;
      const grid = await feedElement(html`<news-feed src=${PAGE_1} limit="2" style="inline-size: 800px"></news-feed>`);
      expect(parts(grid, 'card').map(beside)).to.deep.equal([false, false]);
      const list = await feedElement(html`<news-feed src=${PAGE_1} layout="list" limit="2" style="inline-size: 800px"></news-feed>`);
      expect(parts(list, 'card').map(beside)).to.deep.equal([true, true]);
    });

    it('the page can hide the cards’ images with ::part(media)', async () => {
      await withPageStyle('.no-image::part(media) { display: none }', async () => {
        const el = await feedElement(html`<news-feed class="no-image" src=${PAGE_1} limit="2"></news-feed>`);
        for (const media of parts(el, 'media')) expect(media.checkVisibility()).to.equal(false);
      });
    });

    it('link-target="_blank" opens stories in a new tab safely', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} link-target="_blank" limit="2"></news-feed>`);
      for (const link of parts(el, 'link') as HTMLAnchorElement[]) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener noreferrer');
      }
    });

    it('lang="de" shows German strings', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} lang="de" limit="2"></news-feed>`);
      expect(textOf(moreButton(el))).to.equal('Mehr anzeigen');
      expect(textOf(part(el, 'byline'))).to.match(/^Von Ana Ruiz/);
      await showMore(el, 4);
      expect(textOf(part(el, 'status'))).to.equal('2 weitere Artikel geladen');
    });
  });

  describe('Show more', () => {
    it('reveals the next batch, then loads next_url, then disappears', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} limit="5"></news-feed>`);
      expect(headlines(el)).to.deep.equal(stories(...range(1, 5)));
      await showMore(el, 10);
      expect(headlines(el)).to.deep.equal(stories(...range(1, 10)));
      // The last two of page 1.
      await showMore(el, 12);
      expect(headlines(el)).to.deep.equal(stories(...range(1, 12)));
      // Page 2 (relative next_url): story 12 again is left out.
      await showMore(el, 16);
      expect(headlines(el)).to.deep.equal(stories(...range(1, 16)));
      expect(moreButton(el)).to.equal(null);
      expectNoInlineStyles(el);
      await expect(el).to.be.accessible();
    });

    it('shows every story once, even when pages repeat stories', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} limit="20"></news-feed>`);
      await showMore(el, 16);
      const links = (parts(el, 'link') as HTMLAnchorElement[]).map((link) => link.href);
      expect(new Set(links).size).to.equal(16);
    });

    it('moves the focus to the first new story and announces how many were added', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} limit="4"></news-feed>`);
      moreButton(el)!.focus();
      await showMore(el, 8);
      await waitUntil(() => el.shadowRoot!.activeElement === parts(el, 'link')[4], 'focus on the fifth story’s link');
      expect(textOf(part(el, 'status'))).to.equal('4 more stories loaded');
      // One story left on page 1; a repeated count is announced again.
      await showMore(el, 12);
      expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'link')[8]);
      expect(textOf(part(el, 'status'))).to.equal('4 more stories loaded');
      await showMore(el, 16);
      expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'link')[12]);
      expect(textOf(part(el, 'status'))).to.equal('4 more stories loaded');
    });

    it('says "1 more story" for one', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} limit="11"></news-feed>`);
      await showMore(el, 12);
      expect(textOf(part(el, 'status'))).to.equal('1 more story loaded');
    });

    it('reports positions over the whole list with news-article-click', async () => {
      const clicks: NewsArticleClickDetail[] = [];
      const el = await feedElement(
        html`<news-feed src=${PAGE_1} limit="6" @news-article-click=${(e: CustomEvent<NewsArticleClickDetail>) => clicks.push(e.detail)}></news-feed>`,
      );
      await showMore(el, 12);
      await showMore(el, 16);
      parts(el, 'link')[1].click();
      parts(el, 'link')[13].click();
      expect(clicks.map((c) => [c.position, c.article.id])).to.deep.equal([
        [2, 'story-2'],
        [14, 'story-14'],
      ]);
    });

    it('keeps the section filter on the next page, and ends when it adds nothing', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} section="sports" limit="5"></news-feed>`);
      expect(headlines(el)).to.deep.equal(stories(5, 11));
      moreButton(el)!.focus();
      moreButton(el)!.click();
      // Page 2 has no other Sports story (story 12 is a repeat): nothing is added and the button goes.
      await waitUntil(() => moreButton(el) === null, 'the button goes away', { timeout: 4000 });
      expect(headlines(el)).to.deep.equal(stories(5, 11));
      // The focus stays in the list rather than being lost with the button.
      await waitUntil(() => el.shadowRoot!.activeElement === parts(el, 'link')[1], 'focus on the last story');
    });

    it('a failing next page keeps the stories, says so by the button, fires news-error, and retries', async () => {
      const errors: NewsErrorDetail[] = [];
      const el = await feedElement(
        html`<news-feed src=${NEXT_404} @news-error=${(e: CustomEvent<NewsErrorDetail>) => errors.push(e.detail)}></news-feed>`,
      );
      expect(headlines(el)).to.deep.equal(stories(1, 2));
      moreButton(el)!.click();
      await waitUntil(() => errors.length === 1, 'news-error for the next page', { timeout: 4000 });
      await el.updateComplete;
      expect(errors[0].code).to.equal('http');
      expect(errors[0].status).to.equal(404);
      expect(errors[0].src).to.equal(new URL('/__test__/status/404', location.href).href);
      expect(el.state).to.equal('ready');
      expect(headlines(el)).to.deep.equal(stories(1, 2));
      expect(textOf(part(el, 'status'))).to.equal('Stories are unavailable right now.');
      expect(part(el, 'status')!.checkVisibility()).to.equal(true);
      expect(textOf(moreButton(el))).to.equal('Show more');
      expectNoInlineStyles(el);
      await expect(el).to.be.accessible();

      moreButton(el)!.click();
      await waitUntil(() => errors.length === 2, 'the button tries again', { timeout: 4000 });
    });

    it('a next page that fails once loads on the next try', async () => {
      let failures = 0;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).includes('feed-page-2.json') && failures === 0) {
          failures++;
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        return originalFetch(input, init);
      };
      const errors: NewsErrorDetail[] = [];
      const el = await feedElement(
        html`<news-feed src=${PAGE_1} limit="12" @news-error=${(e: CustomEvent<NewsErrorDetail>) => errors.push(e.detail)}></news-feed>`,
      );
      moreButton(el)!.click();
      await waitUntil(() => errors.length === 1, 'news-error', { timeout: 4000 });
      expect(errors[0].code).to.equal('network');
      expect(errors[0].src).to.equal(new URL(PAGE_2, location.href).href);
      await el.updateComplete;
      expect(textOf(part(el, 'status'))).to.equal('Stories couldn’t be loaded. Check your connection.');
      await showMore(el, 16);
      expect(textOf(part(el, 'status'))).to.equal('4 more stories loaded');
    });

    it('shows "Loading…" on the button while the next page loads, and stops loading when removed', async () => {
      const errors: unknown[] = [];
      const el = await feedElement(html`<news-feed src=${NEXT_HANG} @news-error=${(e: Event) => errors.push(e)}></news-feed>`);
      moreButton(el)!.click();
      await el.updateComplete;
      expect(textOf(moreButton(el))).to.equal('Loading…');
      expect(moreButton(el)!.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(errors).to.have.length(0);
    });

    it('a new src starts again from its first page', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} limit="4"></news-feed>`);
      await showMore(el, 8);
      el.src = PAGE_2;
      await el.updateComplete;
      await settled(el);
      expect(headlines(el)).to.deep.equal(stories(12, 13, 14, 15));
      expect(textOf(part(el, 'status'))).to.equal('');
    });

    it('a new limit starts again with that many', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} limit="4"></news-feed>`);
      await showMore(el, 8);
      el.limit = 3;
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal(stories(1, 2, 3));
      await showMore(el, 6);
    });

    it('a new .feed starts again', async () => {
      const feed = (n: number) => ({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Property feed',
        items: range(1, n).map((i) => ({ id: `p${i}`, title: `Property story ${i}`, url: `https://news.example/p${i}` })),
      });
      const el = await feedElement(html`<news-feed .feed=${feed(5)} limit="2"></news-feed>`);
      await showMore(el, 4);
      el.feed = feed(3);
      await el.updateComplete;
      await settled(el);
      expect(headlines(el)).to.deep.equal(['Property story 1', 'Property story 2']);
    });
  });

  describe('states', () => {
    it('loading: card-shaped placeholders in the same layout', async () => {
      const el = await feedElement(html`<news-feed src=${HANG} style="inline-size: 1000px"></news-feed>`, 'loading');
      const skeletons = parts(el, 'skeleton');
      expect(skeletons).to.have.length(6);
      expect(part(el, 'list')!.getAttribute('aria-hidden')).to.equal('true');
      const [a, b] = skeletons.map((s) => s.getBoundingClientRect());
      expect(a.top).to.equal(b.top);
      expect(a.height).to.be.greaterThan(200);
      expectNoInlineStyles(el);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('loading again: the stories shown stay, marked busy, until the new ones arrive', async () => {
      const el = await feedElement(html`<news-feed src=${PAGE_1} limit="3"></news-feed>`);
      el.src = HANG;
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(headlines(el)).to.deep.equal(stories(1, 2, 3));
      expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'skeleton')).to.equal(null);
      await expect(el).to.be.accessible();
      el.src = PAGE_2;
      await el.updateComplete;
      await settled(el);
      expect(headlines(el)).to.deep.equal(stories(12, 13, 14));
      expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('loading: no more placeholders than the limit', async () => {
      const el = await feedElement(html`<news-feed src=${HANG} limit="2"></news-feed>`, 'loading');
      expect(parts(el, 'skeleton')).to.have.length(2);
      el.remove();
    });

    it('ready: fires news-load once, for the first page', async () => {
      const loads: NewsLoadDetail[] = [];
      const el = await feedElement(
        html`<news-feed src=${PAGE_1} limit="12" @news-load=${(e: CustomEvent<NewsLoadDetail>) => loads.push(e.detail)}></news-feed>`,
      );
      expect(loads.map((d) => d.feed.title)).to.deep.equal(['Paged feed, page 1']);
      await showMore(el, 16);
      expect(loads).to.have.length(1);
    });

    it('empty: a feed without stories', async () => {
      const el = await feedElement(html`<news-feed src=${EMPTY}></news-feed>`, 'empty');
      expect(textOf(part(el, 'message'))).to.equal('No stories to show right now.');
      expect(part(el, 'list')).to.equal(null);
      expectNoInlineStyles(el);
      await expect(el).to.be.accessible();
    });

    it('error: the first page fails', async () => {
      const errors: NewsErrorDetail[] = [];
      const el = await feedElement(
        html`<news-feed src="/__test__/status/404" @news-error=${(e: CustomEvent<NewsErrorDetail>) => errors.push(e.detail)}></news-feed>`,
        'error',
      );
      expect(errors.map((e) => [e.code, e.status])).to.deep.equal([['http', 404]]);
      expect(textOf(part(el, 'message'))).to.equal('Stories are unavailable right now.');
      expect(part(el, 'more')).to.equal(null);
      expectNoInlineStyles(el);
      await expect(el).to.be.accessible();
    });

    it('error: not JSON, and not a feed', async () => {
      for (const [text, code] of [
        ['not json', 'parse'],
        ['{"items": 3}', 'invalid'],
      ]) {
        const errors: NewsErrorDetail[] = [];
        const src = `/__test__/body?type=application/json&text=${encodeURIComponent(text)}`;
        await feedElement(
          html`<news-feed src=${src} @news-error=${(e: CustomEvent<NewsErrorDetail>) => errors.push(e.detail)}></news-feed>`,
          'error',
        );
        expect(errors.map((e) => e.code)).to.deep.equal([code]);
      }
    });
  });

  describe('images', () => {
    it('shows the placeholder for an image that fails to load', async () => {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Images',
        items: [
          { id: 'ok', title: 'Loads', url: 'https://news.example/ok', image: '/tests/fixtures/images/photo.svg' },
          { id: 'bad', title: 'Fails', url: 'https://news.example/bad', image: '/__test__/status/404' },
        ],
      };
      const el = await feedElement(html`<news-feed .feed=${feed}></news-feed>`);
      // Lazy images load only in a page that renders (not in a background tab of the test browser): the browser's
      // error event is dispatched by hand when the image has not failed on its own yet.
      const broken = parts(el, 'image').find((img) => img.getAttribute('src')?.endsWith('/404'))!;
      if (!parts(el, 'image-placeholder').length) broken.dispatchEvent(new Event('error'));
      await waitUntil(() => parts(el, 'image-placeholder').length === 1, 'one placeholder', { timeout: 4000 });
      await el.updateComplete;
      const [first, second] = parts(el, 'card');
      expect(first.querySelector('[part~="image"]')!.checkVisibility()).to.equal(true);
      expect(second.querySelector<HTMLElement>('[part~="image"]')!.checkVisibility()).to.equal(false);
      expect(second.querySelector('[part~="image-placeholder"]')!.checkVisibility()).to.equal(true);
      expectNoInlineStyles(el);
    });
  });

  describe('long lists', () => {
    it('renders a thousand stories, skipping the work for cards off screen', async () => {
      const items = range(1, 1000).map((i) => ({
        id: `s${i}`,
        title: `Story ${i}`,
        url: `https://news.example/${i}`,
        summary: 'A dek.',
        _news: { section: 'World' },
      }));
      const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Long', items };
      const el = await feedElement(html`<news-feed .feed=${feed} limit="1000"></news-feed>`);
      const list = parts(el, 'item');
      expect(list).to.have.length(1000);
      expect(getComputedStyle(list[999]).contentVisibility).to.equal('auto');
      expect(textOf(list[999].querySelector('[part~="headline"]'))).to.equal('Story 1000');
      expect(moreButton(el)).to.equal(null);
    });
  });
});
