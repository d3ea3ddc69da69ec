import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/news-card.js';
import type { NewsCard } from '../../src/elements/news-card.js';
import { normalizeFeed } from '../../src/feed/normalize.js';
import { formatDateTime, setClock } from '../../src/format/date.js';
import type { NewsArticleClickDetail, NewsErrorDetail, NewsLoadDetail } from '../../src/events.js';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import '../../src/locales/es.js';
import { elementTestSetup, expectNoInlineStyles, part, render, settled, textOf, withPageStyle } from './helpers.js';

const CARDS = '/tests/fixtures/cards.json';
const EMPTY = '/tests/fixtures/empty-feed.json';
const HANG = '/__test__/hang?ms=5000';
/** Three hours after the lead story of cards.json was published (2024-03-04 7:46 AM EST). */
const NOW = Date.parse('2024-03-04T10:46:00-05:00');
const LEAD_HEADLINE = 'Harbor bridge reopens after two years of repairs';

/** A part that is there and shown; fails with the part's name otherwise. */
function shown(el: Element, name: string): HTMLElement {
  const node = part(el, name);
  expect(node, `part "${name}"`).to.exist;
  expect(node!.checkVisibility(), `part "${name}" is visible`).to.equal(true);
  return node!;
}

/** Whether a part is absent or not shown. */
function isHidden(el: Element, name: string): boolean {
  const node = part(el, name);
  return !node || !node.checkVisibility();
}

/** Renders a card (inside a parent with `parentAttributes`, e.g. `dir` or `lang`) and waits for `state`. */
function card(template: ReturnType<typeof html>, state = 'ready', parentAttributes: Record<string, string> = {}): Promise<NewsCard> {
  const parentNode = document.createElement('div');
  for (const [name, value] of Object.entries(parentAttributes)) parentNode.setAttribute(name, value);
  return render<NewsCard>(template, state, parentNode);
}

describe('news-card', () => {
  elementTestSetup(NOW);

  describe('defaults', () => {
    it('shows the first item of the feed as a standard card with an h3 headline', async () => {
      const el = await card(html`<news-card src=${CARDS}></news-card>`);
      expect(el.variant).to.equal('standard');
      expect(el.headingLevel).to.equal(3);
      expect(el.state).to.equal('ready');
      const headline = shown(el, 'headline');
      expect(headline.localName).to.equal('h3');
      expect(textOf(headline)).to.equal(LEAD_HEADLINE);
      expect(shown(el, 'card').localName).to.equal('article');
    });

    it('renders every piece in its part', async () => {
      const el = await card(html`<news-card src=${CARDS}></news-card>`);
      for (const name of ['card', 'media', 'image', 'credit', 'section', 'headline', 'link', 'summary', 'byline', 'date']) {
        shown(el, name);
      }
      expect(textOf(part(el, 'section'))).to.equal('City');
      expect(textOf(part(el, 'summary'))).to.equal('Commuters return to the crossing a month ahead of schedule.');
      expect(textOf(part(el, 'credit'))).to.equal('Photo: Shutterstock');
      expect(part(el, 'media')!.localName).to.equal('figure');
      expect(part(el, 'credit')!.localName).to.equal('figcaption');
      expect(isHidden(el, 'image-placeholder')).to.equal(true);
      expectNoInlineStyles(el);
    });

    it('links the headline to the story, in the same tab', async () => {
      const el = await card(html`<news-card src=${CARDS}></news-card>`);
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.parentElement).to.equal(part(el, 'headline'));
      expect(link.href).to.equal('https://news.example/stories/lead');
      expect(textOf(link)).to.equal(LEAD_HEADLINE);
      expect(link.hasAttribute('target')).to.equal(false);
      expect(link.hasAttribute('rel')).to.equal(false);
    });

    it('shows a lazy image with the feed’s alt text in a box of the image ratio', async () => {
      const el = await card(html`<news-card src=${CARDS} style="inline-size: 320px"></news-card>`);
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.localName).to.equal('img');
      expect(img.getAttribute('src')).to.equal(new URL('/tests/fixtures/images/photo.svg', location.href).href);
      expect(img.alt).to.equal('Cars crossing the bridge at dawn');
      expect(img.loading).to.equal('lazy');
      expect(img.decoding).to.equal('async');
      const box = part(el, 'media')!.getBoundingClientRect();
      expect(box.width).to.equal(320);
      expect(box.height).to.be.closeTo((320 * 9) / 16, 1);
    });

    it('gives an image without alt text in the feed an empty alt: the headline names the story', async () => {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'x',
        items: [{ id: 'a', title: 'No alt', url: 'https://news.example/a', image: '/tests/fixtures/images/photo.svg' }],
      };
      const el = await card(html`<news-card .feed=${feed}></news-card>`);
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.hasAttribute('alt')).to.equal(true);
      expect(img.getAttribute('alt')).to.equal('');
      expect(isHidden(el, 'credit')).to.equal(true);
    });

    it('shows a compact byline: authors, a dot, and the time', async () => {
      const el = await card(html`<news-card src=${CARDS}></news-card>`);
      const byline = part(el, 'byline')!;
      expect(textOf(byline)).to.equal('By Ana Ruiz and Ben Holt 3 hours ago');
      const time = part(el, 'date') as HTMLTimeElement;
      expect(time.localName).to.equal('time');
      expect(time.parentElement).to.equal(byline);
      expect(time.dateTime).to.equal('2024-03-04T12:46:00Z');
      expect(time.title).to.equal('Mar 4, 2024, 7:46 AM EST');
      // The dot between the names and the date is drawn, not read out.
      const by = time.previousElementSibling!;
      const separator = getComputedStyle(by, '::after').content;
      expect(separator).to.contain('·');
    });

    it('line-clamps a long headline and dek, keeping the whole text in the page', async () => {
      const el = await card(html`<news-card src=${CARDS} item-id="long" style="inline-size: 300px"></news-card>`);
      const headline = part(el, 'headline')!;
      const summary = part(el, 'summary')!;
      expect(textOf(headline)).to.match(/^A very long headline .* could ever show all of it$/);
      expect(textOf(summary)).to.match(/and then it finally ends here\.$/);
      expect(getComputedStyle(headline).webkitLineClamp).to.equal('4');
      expect(getComputedStyle(summary).webkitLineClamp).to.equal('3');
      expect(headline.scrollHeight).to.be.greaterThan(headline.clientHeight);
      expect(summary.scrollHeight).to.be.greaterThan(summary.clientHeight);
    });

    it('shows a placeholder of the same size when the item has no image', async () => {
      const el = await card(html`<news-card src=${CARDS} item-id="no-image" style="inline-size: 320px"></news-card>`);
      const placeholder = shown(el, 'image-placeholder');
      expect(placeholder).to.equal(part(el, 'media'));
      expect(isHidden(el, 'image')).to.equal(true);
      expect(isHidden(el, 'credit')).to.equal(true);
      expect(placeholder.getBoundingClientRect().height).to.be.closeTo((320 * 9) / 16, 1);
      await expect(el).to.be.accessible();
    });

    it('shows the headline as text when the item has no link', async () => {
      const el = await card(html`<news-card src=${CARDS} item-id="no-link"></news-card>`);
      expect(textOf(part(el, 'headline'))).to.equal('A story without a link');
      expect(el.shadowRoot!.querySelector('a[href]')).to.equal(null);
      expect(textOf(part(el, 'byline'))).to.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('broken images', () => {
    it('replaces an image that fails to load with the placeholder, keeping the box', async () => {
      // hero: an eager image fails even in a page that does not render (a background tab of the test browser).
      const el = await card(html`<news-card src=${CARDS} item-id="broken-image" variant="hero" style="inline-size: 320px"></news-card>`);
      await waitUntil(() => part(el, 'image-placeholder'), 'the placeholder replaces the broken image', { timeout: 4000 });
      await el.updateComplete;
      const placeholder = shown(el, 'image-placeholder');
      expect(isHidden(el, 'image')).to.equal(true);
      expect(isHidden(el, 'credit')).to.equal(true);
      expect(placeholder.getBoundingClientRect().height).to.be.closeTo((320 * 9) / 16, 1);
      expectNoInlineStyles(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('item-id picks the item, and follows changes', async () => {
      const el = await card(html`<news-card src=${CARDS} item-id="no-image"></news-card>`);
      expect(textOf(part(el, 'headline'))).to.equal('Library extends weekend hours');
      el.itemId = 'lead';
      await el.updateComplete;
      await settled(el);
      expect(textOf(part(el, 'headline'))).to.equal(LEAD_HEADLINE);
    });

    it('resolves relative item URLs against the feed’s URL', async () => {
      const el = await card(html`<news-card src=${CARDS} item-id="no-image"></news-card>`);
      expect((part(el, 'link') as HTMLAnchorElement).href).to.equal(new URL('/stories/no-image', location.href).href);
    });

    it('heading-level sets the headline element, 1 to 6; anything else is 3', async () => {
      for (const [value, tag] of [
        ['1', 'h1'],
        ['2', 'h2'],
        ['6', 'h6'],
        ['0', 'h3'],
        ['7', 'h3'],
        ['2.5', 'h3'],
        ['two', 'h3'],
      ]) {
        const el = await card(html`<news-card src=${CARDS} heading-level=${value}></news-card>`);
        expect(part(el, 'headline')!.localName, `heading-level="${value}"`).to.equal(tag);
        expect(textOf(part(el, 'headline'))).to.equal(LEAD_HEADLINE);
      }
    });

    it('the page can hide the image and its placeholder with ::part(media)', async () => {
      await withPageStyle('.no-image::part(media) { display: none }', async () => {
        const el = await card(html`<news-card class="no-image" src=${CARDS}></news-card>`);
        expect(isHidden(el, 'media')).to.equal(true);
        expect(isHidden(el, 'image')).to.equal(true);
        shown(el, 'headline');
        const other = await card(html`<news-card class="no-image" src=${CARDS} item-id="no-image"></news-card>`);
        expect(isHidden(other, 'image-placeholder')).to.equal(true);
      });
    });

    it('link-target="_blank" opens a new tab safely and says so', async () => {
      const el = await card(html`<news-card src=${CARDS} link-target="_blank"></news-card>`);
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(textOf(link)).to.equal(`${LEAD_HEADLINE} (opens in a new tab)`);
      await expect(el).to.be.accessible();
    });

    it('date-style="absolute" shows the date and time with the feed’s zone', async () => {
      const el = await card(html`<news-card src=${CARDS} date-style="absolute"></news-card>`);
      expect(textOf(part(el, 'date'))).to.equal('Mar 4, 2024, 7:46 AM EST');
    });

    it('time-zone overrides the feed’s zone', async () => {
      const el = await card(html`<news-card src=${CARDS} date-style="absolute" time-zone="Europe/Berlin"></news-card>`);
      expect(textOf(part(el, 'date'))).to.equal('Mar 4, 2024, 1:46 PM CET');
    });

    it('shows relative dates against the clock, and absolute ones after a day', async () => {
      const el = await card(html`<news-card src=${CARDS}></news-card>`);
      expect(textOf(part(el, 'date'))).to.equal('3 hours ago');
      setClock(() => NOW + 2 * 24 * 3600e3);
      el.requestUpdate();
      await el.updateComplete;
      expect(textOf(part(el, 'date'))).to.equal('Mar 4, 2024, 7:46 AM EST');
    });

    it('lang="de" shows German strings and dates', async () => {
      const el = await card(html`<news-card src=${CARDS} lang="de"></news-card>`);
      expect(textOf(part(el, 'byline'))).to.equal('Von Ana Ruiz und Ben Holt vor 3 Stunden');
      expect(textOf(part(el, 'credit'))).to.equal('Foto: Shutterstock');
      expect(part(el, 'date')!.title).to.equal(formatDateTime(new Date('2024-03-04T12:46:00Z'), { locale: 'de', timeZone: 'America/New_York' }));
    });

    it('follows the language of an ancestor', async () => {
      const el = await card(html`<news-card src=${CARDS}></news-card>`, 'ready', { lang: 'fr' });
      expect(textOf(part(el, 'byline'))).to.equal('Par Ana Ruiz et Ben Holt il y a 3 heures');
    });
  });

  describe('variants', () => {
    it('compact has no image', async () => {
      const el = await card(html`<news-card src=${CARDS} variant="compact"></news-card>`);
      expect(isHidden(el, 'media')).to.equal(true);
      expect(isHidden(el, 'image')).to.equal(true);
      shown(el, 'headline');
      shown(el, 'byline');
      await expect(el).to.be.accessible();
    });

    it('hero loads its image at once and has the largest headline', async () => {
      const standard = await card(html`<news-card src=${CARDS} style="inline-size: 800px"></news-card>`);
      const hero = await card(html`<news-card src=${CARDS} variant="hero" style="inline-size: 800px"></news-card>`);
      const img = part(hero, 'image') as HTMLImageElement;
      expect(img.loading).to.equal('eager');
      expect((part(standard, 'image') as HTMLImageElement).loading).to.equal('lazy');
      const size = (el: NewsCard) => parseFloat(getComputedStyle(part(el, 'headline')!).fontSize);
      expect(size(hero)).to.be.greaterThan(size(standard) * 1.3);
      expect(part(hero, 'media')!.getBoundingClientRect().width).to.equal(800);
      await expect(hero).to.be.accessible();
    });

    it('horizontal puts the image beside the text where there is room, above it where there is not', async () => {
      const wide = await card(html`<news-card src=${CARDS} variant="horizontal" style="inline-size: 640px"></news-card>`);
      const media = part(wide, 'media')!.getBoundingClientRect();
      const headline = part(wide, 'headline')!.getBoundingClientRect();
      expect(media.right).to.be.at.most(headline.left);
      expect(media.top).to.be.closeTo(headline.top, 40);

      const narrow = await card(html`<news-card src=${CARDS} variant="horizontal" style="inline-size: 300px"></news-card>`);
      const narrowMedia = part(narrow, 'media')!.getBoundingClientRect();
      expect(narrowMedia.width).to.equal(300);
      expect(narrowMedia.bottom).to.be.at.most(part(narrow, 'headline')!.getBoundingClientRect().top);
      await expect(wide).to.be.accessible();
    });

    it('mirrors under dir="rtl": the image of a horizontal card is on the right', async () => {
      const el = await card(html`<news-card src=${CARDS} variant="horizontal" style="inline-size: 640px"></news-card>`, 'ready', {
        dir: 'rtl',
      });
      const media = part(el, 'media')!.getBoundingClientRect();
      const headline = part(el, 'headline')!.getBoundingClientRect();
      expect(media.left).to.be.at.least(headline.right);
      // The credit sits in the image's inline-end corner: the left one.
      const credit = part(el, 'credit')!.getBoundingClientRect();
      expect(credit.left).to.be.closeTo(media.left, 1);
    });

    it('an unknown variant is standard', async () => {
      const el = await card(html`<news-card src=${CARDS} variant="giant" style="inline-size: 800px"></news-card>`);
      const standard = await card(html`<news-card src=${CARDS} style="inline-size: 800px"></news-card>`);
      shown(el, 'image');
      const size = (node: NewsCard) => getComputedStyle(part(node, 'headline')!).fontSize;
      expect(size(el)).to.equal(size(standard));
      expect(part(el, 'media')!.getBoundingClientRect().width).to.equal(800);
    });
  });

  describe('theming', () => {
    it('reads --news-image-ratio and --news-card-padding from the page', async () => {
      const el = await card(
        html`<news-card src=${CARDS} style="inline-size: 300px; --news-image-ratio: 1 / 1; --news-card-padding: 10px"></news-card>`,
      );
      const media = part(el, 'media')!.getBoundingClientRect();
      expect(media.width).to.equal(280);
      expect(media.height).to.be.closeTo(280, 1);
    });
  });

  describe('properties', () => {
    it('.feed shows the feed’s first item, relative URLs against the page', async () => {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Property feed',
        items: [{ id: 'p', title: 'From a property', url: 'stories/p', _news: { section: 'World' } }],
      };
      const el = await card(html`<news-card .feed=${feed} src=${CARDS}></news-card>`);
      expect(textOf(part(el, 'headline'))).to.equal('From a property');
      expect((part(el, 'link') as HTMLAnchorElement).href).to.equal(new URL('stories/p', document.baseURI).href);
    });

    it('.article takes one JSON Feed item and wins over .feed and src', async () => {
      const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [{ id: 'f', title: 'From the feed' }] };
      const article = {
        title: 'One item, no id needed',
        url: 'stories/one',
        summary: 'Given by a framework.',
        authors: [{ name: 'Eva Berg' }],
        date_published: '2024-03-04T09:46:00-05:00',
        _news: { section: 'Opinion' },
      };
      const el = await card(html`<news-card .article=${article} .feed=${feed} src=${CARDS}></news-card>`);
      expect(textOf(part(el, 'headline'))).to.equal('One item, no id needed');
      expect((part(el, 'link') as HTMLAnchorElement).href).to.equal(new URL('stories/one', document.baseURI).href);
      expect(textOf(part(el, 'section'))).to.equal('Opinion');
      expect(textOf(part(el, 'byline'))).to.equal('By Eva Berg 1 hour ago');
    });

    it('.article drops unsafe links; a normalized Article is not an item', async () => {
      const el = await card(html`<news-card .article=${{ id: 'n', title: 'Item', url: 'https://news.example/n' }}></news-card>`);
      expect((part(el, 'link') as HTMLAnchorElement).href).to.equal('https://news.example/n');

      el.article = { title: 'Unsafe', url: 'javascript:alert(1)' };
      await el.updateComplete;
      await settled(el);
      expect(textOf(part(el, 'headline'))).to.equal('Unsafe');
      expect(el.shadowRoot!.querySelector('a[href]')).to.equal(null);

      const [normalized] = normalizeFeed(
        { version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [{ id: 'n', title: 'Normalized', url: 'https://news.example/n' }] },
      ).feed.items;
      el.article = { ...normalized };
      await el.updateComplete;
      await settled(el, 'error');
    });

    it('.article that is not an item is an invalid error', async () => {
      const errors: NewsErrorDetail[] = [];
      const el = await card(
        html`<news-card .article=${{ id: 'x', tags: ['no title'] }} @news-error=${(e: CustomEvent<NewsErrorDetail>) => errors.push(e.detail)}></news-card>`,
        'error',
      );
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid']);
      shown(el, 'message');
    });

    it('reads an inline feed script', async () => {
      const el = document.createElement('news-card');
      const script = document.createElement('script');
      script.type = 'application/feed+json';
      script.textContent = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Inline',
        items: [{ id: 'i', title: 'From the page itself', url: 'https://news.example/i' }],
      });
      el.append(script);
      await fixture(el);
      await settled(el);
      expect(textOf(part(el, 'headline'))).to.equal('From the page itself');
    });
  });

  describe('states', () => {
    it('loading: a skeleton holding the card’s space, announced as loading', async () => {
      const el = await card(html`<news-card src=${HANG} style="inline-size: 320px"></news-card>`, 'loading');
      const skeleton = shown(el, 'skeleton');
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      expect(textOf(el.shadowRoot!.querySelector('.visually-hidden'))).to.equal('Loading…');
      const loadingHeight = el.getBoundingClientRect().height;
      expectNoInlineStyles(el);
      await expect(el).to.be.accessible();

      const ready = await card(html`<news-card src=${CARDS} style="inline-size: 320px"></news-card>`);
      const readyHeight = ready.getBoundingClientRect().height;
      expect(Math.abs(loadingHeight - readyHeight) / readyHeight).to.be.below(0.15);
      el.remove();
    });

    it('loading again: the story shown stays until the new one arrives', async () => {
      const el = await card(html`<news-card src=${CARDS}></news-card>`);
      el.src = HANG;
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(textOf(part(el, 'headline'))).to.equal(LEAD_HEADLINE);
      expect(part(el, 'skeleton')).to.equal(null);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('loading, compact: no image box in the skeleton', async () => {
      const el = await card(html`<news-card src=${HANG} variant="compact"></news-card>`, 'loading');
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="skeleton"] .media')!.checkVisibility()).to.equal(false);
      el.remove();
    });

    it('ready: fires news-load with the feed', async () => {
      const loads: NewsLoadDetail[] = [];
      const el = await card(html`<news-card src=${CARDS} @news-load=${(e: CustomEvent<NewsLoadDetail>) => loads.push(e.detail)}></news-card>`);
      expect(loads).to.have.length(1);
      expect(loads[0].feed.title).to.equal('Card fixtures');
      expect(el.getAttribute('state')).to.equal('ready');
      expectNoInlineStyles(el);
      await expect(el).to.be.accessible();
    });

    it('empty: a feed without items shows the empty message', async () => {
      const el = await card(html`<news-card src=${EMPTY}></news-card>`, 'empty');
      expect(textOf(shown(el, 'message'))).to.equal('No stories to show right now.');
      expectNoInlineStyles(el);
      await expect(el).to.be.accessible();
    });

    it('empty: nothing configured', async () => {
      const el = await card(html`<news-card></news-card>`, 'empty');
      shown(el, 'message');
    });

    const errors: [string, string, Partial<NewsErrorDetail>, string][] = [
      ['http', '/__test__/status/404', { status: 404 }, 'Stories are unavailable right now.'],
      ['parse', `/__test__/body?type=application/json&text=${encodeURIComponent('<html>')}`, {}, 'Stories can’t be shown right now.'],
      ['invalid', `/__test__/body?type=application/json&text=${encodeURIComponent('{"rss":1}')}`, { path: 'version' }, 'Stories can’t be shown right now.'],
    ];
    for (const [code, src, extra, message] of errors) {
      it(`error: ${code}`, async () => {
        const details: NewsErrorDetail[] = [];
        const el = await card(
          html`<news-card src=${src} @news-error=${(e: CustomEvent<NewsErrorDetail>) => details.push(e.detail)}></news-card>`,
          'error',
        );
        expect(details).to.have.length(1);
        expect(details[0].code).to.equal(code);
        expect(details[0].src).to.equal(new URL(src, location.href).href);
        for (const [key, value] of Object.entries(extra)) expect(details[0][key as keyof NewsErrorDetail]).to.equal(value);
        expect(textOf(shown(el, 'message'))).to.equal(message);
        expectNoInlineStyles(el);
        await expect(el).to.be.accessible();
      });
    }

    it('error: not-found when item-id is not in the feed', async () => {
      const details: NewsErrorDetail[] = [];
      const el = await card(
        html`<news-card src=${CARDS} item-id="gone" @news-error=${(e: CustomEvent<NewsErrorDetail>) => details.push(e.detail)}></news-card>`,
        'error',
      );
      expect(details.map((d) => d.code)).to.deep.equal(['not-found']);
      expect(details[0].message).to.contain('"gone"');
      expect(textOf(shown(el, 'message'))).to.equal('This story is no longer available.');
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('news-article-click reports the article and position 1', async () => {
      const clicks: NewsArticleClickDetail[] = [];
      const el = await card(
        html`<news-card src=${CARDS} @news-article-click=${(e: CustomEvent<NewsArticleClickDetail>) => clicks.push(e.detail)}></news-card>`,
      );
      part(el, 'link')!.click();
      expect(clicks).to.have.length(1);
      expect(clicks[0].position).to.equal(1);
      expect(clicks[0].article.id).to.equal('lead');
      expect(clicks[0].article.headline).to.equal(LEAD_HEADLINE);
    });

    it('a click elsewhere in the card is not an article click', async () => {
      const clicks: unknown[] = [];
      const el = await card(html`<news-card src=${CARDS} @news-article-click=${(e: Event) => clicks.push(e)}></news-card>`);
      part(el, 'summary')!.click();
      expect(clicks).to.have.length(0);
    });
  });
});
