import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/news-byline.js';
import type { NewsByline } from '../../src/elements/news-byline.js';
import type { Article } from '../../src/feed/types.js';
import type { NewsErrorDetail, NewsLoadDetail } from '../../src/events.js';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import '../../src/locales/es.js';
import { elementTestSetup, expectNone, feedWith, part, parts, render, settled, textOf } from './helpers.js';

const FEED = '/tests/fixtures/byline-feed.json';
const EMPTY = '/tests/fixtures/empty-feed.json';
const HANG = '/__test__/hang?ms=5000';
const SEED = '2025-03-24T07:46:00+01:00';
/** One hour after the seed article was published. */
const NOW = Date.parse('2025-03-24T08:46:00+01:00');

/** The byline's pieces as a page's text shows them: joined by the " · " separators. */
function line(...pieces: string[]): string {
  return pieces.join('\u00a0· ');
}

function byline(template: ReturnType<typeof html>, state = 'ready'): Promise<NewsByline> {
  return render<NewsByline>(template, state);
}

function authorsOf(...names: string[]): { name: string }[] {
  return names.map((name) => ({ name }));
}

/** Runs `body` with console.warn captured; returns the warnings. */
async function capturingWarnings(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

/** Counts `fetch` calls while `body` runs. */
async function countingFetches(body: () => Promise<void>): Promise<number> {
  let calls = 0;
  const original = window.fetch;
  window.fetch = (...args: Parameters<typeof fetch>) => {
    calls++;
    return original.apply(window, args);
  };
  try {
    await body();
  } finally {
    window.fetch = original;
  }
  return calls;
}

describe('news-byline', () => {
  elementTestSetup(NOW);

  describe('defaults (from a feed)', () => {
    it('is defined; dates default to absolute', () => {
      expect(customElements.get('news-byline')).to.be.a('function');
      expect(document.createElement('news-byline').dateStyle).to.equal('absolute');
    });

    it('shows the first item: authors, published time with zone, updated, section, reading time, credit', async () => {
      const el = await byline(html`<news-byline src=${FEED}></news-byline>`);
      expect(part(el, 'byline')).to.exist;
      expect(textOf(part(el, 'authors'))).to.equal('By Asger Risom');
      const published = part(el, 'published')!;
      expect(published.localName).to.equal('time');
      expect(textOf(published)).to.equal('Mar 24, 2025, 7:46 AM CET');
      expect(published.getAttribute('datetime')).to.equal('2025-03-24T06:46:00Z');
      expect(textOf(part(el, 'updated'))).to.equal('Updated 9:10 AM CET');
      expect(textOf(part(el, 'section'))).to.equal('World');
      expect(textOf(part(el, 'reading-time'))).to.equal('4 min read');
      expect(textOf(part(el, 'credit'))).to.equal('Photo: Shutterstock');
      // The pieces in reading order.
      expect(textOf(part(el, 'byline'))).to.equal(
        line('By Asger Risom', 'Mar 24, 2025, 7:46 AM CET', 'Updated 9:10 AM CET', 'World', '4 min read', 'Photo: Shutterstock'),
      );
    });

    it('has no inline style attributes in its shadow root', async () => {
      const el = await byline(html`<news-byline src=${FEED}></news-byline>`);
      expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    });

    it('puts a separator, hidden from assistive technology, between each two pieces', async () => {
      const el = await byline(html`<news-byline src=${FEED}></news-byline>`);
      const separators = parts(el, 'separator');
      expect(separators.length).to.equal(5);
      expect(separators.every((s) => s.getAttribute('aria-hidden') === 'true' && s.textContent === '\u00a0·')).to.be.true;
      const few = await byline(html`<news-byline author="A" section="World"></news-byline>`);
      expect(parts(few, 'separator').length).to.equal(1);
      const one = await byline(html`<news-byline author="A"></news-byline>`);
      expect(parts(one, 'separator').length).to.equal(0);
    });
  });

  describe('item-id', () => {
    it('chooses the item', async () => {
      const el = await byline(html`<news-byline src=${FEED} item-id="trio"></news-byline>`);
      expect(textOf(part(el, 'authors'))).to.equal('By Henrik Vestergaard, Amalie Holm and Lars Winther');
    });

    it('switches when it changes', async () => {
      const el = await byline(html`<news-byline src=${FEED} item-id="seed"></news-byline>`);
      el.itemId = 'duo';
      await waitUntil(() => textOf(part(el, 'authors')) === 'By Jonas Brandt and Sofie Kjær');
      expect(el.state).to.equal('ready');
    });

    it('is a not-found error when the feed has no such item', async () => {
      const errors: NewsErrorDetail[] = [];
      await capturingWarnings(async () => {
        const el = await byline(
          html`<news-byline src=${FEED} item-id="gone" @news-error=${(e: CustomEvent<NewsErrorDetail>) => errors.push(e.detail)}></news-byline>`,
          'error',
        );
        expect(textOf(part(el, 'message'))).to.equal('This story is no longer available.');
        await expect(el).to.be.accessible();
      });
      expect(errors.length).to.equal(1);
      expect(errors[0].code).to.equal('not-found');
      expect(errors[0].message).to.contain('"gone"');
    });

    it('is empty for an item with nothing to show in a byline', async () => {
      const el = await byline(html`<news-byline src=${FEED} item-id="bare"></news-byline>`, 'empty');
      expect(part(el, 'message')).to.exist;
    });
  });

  describe('authors', () => {
    const joins: [lang: string, names: string[], expected: string][] = [
      ['en', ['A'], 'By A'],
      ['en', ['A', 'B'], 'By A and B'],
      ['en', ['A', 'B', 'C'], 'By A, B and C'],
      ['de', ['A'], 'Von A'],
      ['de', ['A', 'B', 'C'], 'Von A, B und C'],
      ['fr', ['A', 'B'], 'Par A et B'],
      ['fr', ['A', 'B', 'C'], 'Par A, B et C'],
      ['es', ['A', 'B', 'C'], 'Por A, B y C'],
    ];
    for (const [lang, names, expected] of joins) {
      it(`"${expected}" (${lang})`, async () => {
        const article = { id: '1', title: 'x', authors: authorsOf(...names) };
        const el = await byline(html`<news-byline lang=${lang} .article=${article}></news-byline>`);
        expect(textOf(part(el, 'authors'))).to.equal(expected);
        expect(parts(el, 'author').map(textOf)).to.deep.equal(names);
      });
    }

    it('links the authors that have a URL', async () => {
      const el = await byline(html`<news-byline src=${FEED} item-id="duo"></news-byline>`);
      const [jonas, sofie] = parts(el, 'author');
      expect(jonas.localName).to.equal('a');
      expect((jonas as HTMLAnchorElement).href).to.equal(new URL(`${FEED}#author-jonas-brandt`, location.href).href);
      expect(sofie.localName).to.equal('span');
    });

    it('drops unsafe author URLs and avatars from the feed', async () => {
      await capturingWarnings(async () => {
        const el = await byline(html`<news-byline src=${FEED} item-id="unsafe"></news-byline>`);
        expect(textOf(part(el, 'authors'))).to.equal('By Eve Example');
        expectNone(el.shadowRoot!.querySelector('a'));
        expectNone(part(el, 'avatar'));
      });
    });

    it('drops unsafe URLs of an item given as a property', async () => {
      const article = {
        title: 'Given',
        authors: [{ name: 'Mallory', url: 'javascript:alert(1)', avatar: 'javascript:alert(2)' }, { name: 'Trent', url: 'https://news.example/trent' }],
      };
      const el = await byline(html`<news-byline .article=${article}></news-byline>`);
      const links = el.shadowRoot!.querySelectorAll('a');
      expect(links.length).to.equal(1);
      expect(links[0].href).to.equal('https://news.example/trent');
      expectNone(el.shadowRoot!.querySelector('img'));
    });

    it('opens author links in a new tab with link-target', async () => {
      const el = await byline(html`<news-byline src=${FEED} link-target="_blank"></news-byline>`);
      const link = part(el, 'author') as HTMLAnchorElement;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(textOf(link)).to.equal('Asger Risom (opens in a new tab)');
    });

    it('takes a replacement "by" string', async () => {
      const el = await byline(html`<news-byline src=${FEED} .strings=${{ by: 'Written by {authors}' }}></news-byline>`);
      expect(textOf(part(el, 'authors'))).to.equal('Written by Asger Risom');
      expect(part(el, 'author')!.localName).to.equal('a');
    });
  });

  describe('avatars', () => {
    it('are small lazy images with empty alt text, for authors with an avatar', async () => {
      const el = await byline(html`<news-byline src=${FEED} item-id="duo"></news-byline>`);
      const avatars = parts(el, 'avatar') as HTMLImageElement[];
      expect(avatars.length).to.equal(1);
      expect(avatars[0].getAttribute('alt')).to.equal('');
      expect(avatars[0].getAttribute('loading')).to.equal('lazy');
      expect(avatars[0].src).to.equal(new URL('/demo/images/avatar-jb.svg', location.href).href);
      // Reserved size: the box is square and set before the image loads.
      const box = avatars[0].getBoundingClientRect();
      expect(box.width).to.be.greaterThan(10);
      expect(box.height).to.equal(box.width);
    });

    it('show at most three, overlapping', async () => {
      const authors = ['A', 'B', 'C', 'D'].map((name) => ({ name, avatar: `/demo/images/avatar-ar.svg?${name}` }));
      const el = await byline(html`<news-byline .article=${{ id: '1', title: 'x', authors }}></news-byline>`);
      const avatars = parts(el, 'avatar');
      expect(avatars.length).to.equal(3);
      const [first, second] = avatars.map((img) => img.getBoundingClientRect());
      expect(second.left).to.be.lessThan(first.right);
      expect(textOf(part(el, 'authors'))).to.equal('By A, B, C and D');
    });
  });

  describe('dates and time zones', () => {
    it('shows the seed byline exactly: "Mar 24, 2025, 7:46 AM CET"', async () => {
      const article = { id: 'seed', title: 'Seed', date_published: SEED, authors: authorsOf('Asger Risom') };
      const el = await byline(html`<news-byline lang="en" time-zone="Europe/Copenhagen" .article=${article}></news-byline>`);
      expect(textOf(part(el, 'published'))).to.equal('Mar 24, 2025, 7:46 AM CET');
    });

    it('uses German names: "24.03.2025, 07:46 MEZ"', async () => {
      const el = await byline(html`<news-byline lang="de" src=${FEED}></news-byline>`);
      expect(textOf(part(el, 'published'))).to.equal('24.03.2025, 07:46 MEZ');
      expect(textOf(part(el, 'authors'))).to.equal('Von Asger Risom');
      expect(textOf(part(el, 'updated'))).to.equal('Aktualisiert: 09:10 MEZ');
      expect(textOf(part(el, 'reading-time'))).to.equal('4 Min. Lesezeit');
      expect(textOf(part(el, 'credit'))).to.equal('Foto: Shutterstock');
    });

    const zones: [zone: string, winter: string, summer: string][] = [
      ['Europe/Copenhagen', 'Jan 15, 2025, 1:00 PM CET', 'Jul 15, 2025, 2:00 PM CEST'],
      ['Europe/London', 'Jan 15, 2025, 12:00 PM GMT', 'Jul 15, 2025, 1:00 PM BST'],
      ['America/New_York', 'Jan 15, 2025, 7:00 AM EST', 'Jul 15, 2025, 8:00 AM EDT'],
      ['America/Los_Angeles', 'Jan 15, 2025, 4:00 AM PST', 'Jul 15, 2025, 5:00 AM PDT'],
    ];
    const winter = '2025-01-15T12:00:00Z';
    const summer = '2025-07-15T12:00:00Z';
    for (const [zone, w, s] of zones) {
      it(`${zone} through the time-zone attribute: ${w.slice(-4).trim()} / ${s.slice(-4).trim()}`, async () => {
        const el = await byline(html`<news-byline time-zone=${zone} author="A" published=${winter}></news-byline>`);
        expect(textOf(part(el, 'published'))).to.equal(w);
        el.published = summer;
        await waitUntil(() => textOf(part(el, 'published')) === s, `expected ${s}, got ${textOf(part(el, 'published'))}`);
      });

      it(`${zone} through the feed's _news.time_zone`, async () => {
        const feed = feedWith(
          [
            { id: 'w', title: 'Winter', date_published: winter, authors: authorsOf('A') },
            { id: 's', title: 'Summer', date_published: summer, authors: authorsOf('A') },
          ],
          { _news: { time_zone: zone } },
        );
        const el = await byline(html`<news-byline .feed=${feed}></news-byline>`);
        expect(textOf(part(el, 'published'))).to.equal(w);
        el.itemId = 's';
        await waitUntil(() => textOf(part(el, 'published')) === s, `expected ${s}, got ${textOf(part(el, 'published'))}`);
      });
    }

    it('prefers the time-zone attribute over the feed zone', async () => {
      const el = await byline(html`<news-byline src=${FEED} time-zone="America/Los_Angeles"></news-byline>`);
      expect(textOf(part(el, 'published'))).to.equal('Mar 23, 2025, 11:46 PM PDT');
    });

    it('uses the reader zone when there is none', async () => {
      const el = await byline(html`<news-byline author="A" published=${SEED}></news-byline>`);
      // The test browser runs in America/New_York.
      expect(textOf(part(el, 'published'))).to.equal('Mar 24, 2025, 2:46 AM EDT');
    });

    it('honors an explicit date-style', async () => {
      const el = await byline(html`<news-byline src=${FEED} date-style="auto"></news-byline>`);
      const published = part(el, 'published')!;
      expect(textOf(published)).to.equal('1 hour ago');
      expect(published.getAttribute('title')).to.equal('Mar 24, 2025, 7:46 AM CET');
      // Modified at 9:10, "now" is 8:46: a change up to a minute ahead counts as now; later ones are absolute.
      expect(textOf(part(el, 'updated'))).to.equal('Updated 9:10 AM CET');
      el.dateStyle = 'relative';
      await el.updateComplete;
      expect(textOf(part(el, 'published'))).to.equal('1 hour ago');
      expect(textOf(part(el, 'updated'))).to.equal('Updated in 24 minutes');
      el.removeAttribute('date-style');
      await el.updateComplete;
      expect(textOf(part(el, 'published'))).to.equal('Mar 24, 2025, 7:46 AM CET');
    });
  });

  describe('updated', () => {
    it('is shown when the change is later than publication, with its own <time>', async () => {
      const el = await byline(html`<news-byline src=${FEED}></news-byline>`);
      const time = part(el, 'updated')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2025-03-24T08:10:00Z');
      expect(time.getAttribute('title')).to.equal('Mar 24, 2025, 9:10 AM CET');
    });

    it('is not shown when the change is not later', async () => {
      const same = await byline(html`<news-byline src=${FEED} item-id="duo"></news-byline>`);
      expectNone(part(same, 'updated'));
      const earlier = await byline(html`<news-byline src=${FEED} item-id="trio"></news-byline>`);
      expectNone(part(earlier, 'updated'));
      const seconds = await byline(html`<news-byline author="A" published=${SEED} updated="2025-03-24T07:46:30+01:00"></news-byline>`);
      expectNone(part(seconds, 'updated'));
    });

    it('shows the full date when the change is on a later day', async () => {
      const el = await byline(
        html`<news-byline author="A" time-zone="Europe/Copenhagen" published=${SEED} updated="2025-03-25T10:00:00+01:00"></news-byline>`,
      );
      expect(textOf(part(el, 'updated'))).to.equal('Updated Mar 25, 2025, 10:00 AM CET');
    });
  });

  describe('reading time and credit', () => {
    it('come from the item, and the credit attribute replaces its credit', async () => {
      const el = await byline(html`<news-byline src=${FEED}></news-byline>`);
      expect(textOf(part(el, 'reading-time'))).to.equal('4 min read');
      el.credit = 'Reuters';
      await el.updateComplete;
      expect(textOf(part(el, 'reading-time'))).to.equal('4 min read');
      expect(textOf(part(el, 'credit'))).to.equal('Photo: Reuters');
    });

    it('are left out when the item has none', async () => {
      const el = await byline(html`<news-byline src=${FEED} item-id="duo"></news-byline>`);
      expectNone(part(el, 'reading-time'));
      expectNone(part(el, 'credit'));
    });

    it('are in the element language', async () => {
      const article = { title: 'x', content_text: 'mot '.repeat(100) };
      const el = await byline(html`<news-byline lang="fr" author="A" credit="AFP" .article=${article}></news-byline>`);
      expect(textOf(part(el, 'reading-time'))).to.equal('1 min de lecture');
      expect(textOf(part(el, 'credit'))).to.equal('Photo\u00a0: AFP');
    });
  });

  describe('attributes alone', () => {
    it('need no feed and make no request', async () => {
      let el!: NewsByline;
      const fetches = await countingFetches(async () => {
        el = await byline(html`<news-byline
          author="Asger Risom"
          author-url="/authors/asger-risom"
          published=${SEED}
          section="World"
          credit="Shutterstock"
          time-zone="Europe/Copenhagen"
        ></news-byline>`);
      });
      expect(fetches).to.equal(0);
      expect(textOf(part(el, 'byline'))).to.equal(line('By Asger Risom', 'Mar 24, 2025, 7:46 AM CET', 'World', 'Photo: Shutterstock'));
      expect((part(el, 'author') as HTMLAnchorElement).href).to.equal(new URL('/authors/asger-risom', location.href).href);
      await expect(el).to.be.accessible();
    });

    it('are ready with an author alone, or a date alone', async () => {
      const author = await byline(html`<news-byline author="A"></news-byline>`);
      expect(textOf(part(author, 'byline'))).to.equal('By A');
      const date = await byline(html`<news-byline published=${SEED} time-zone="Europe/Copenhagen"></news-byline>`);
      expect(textOf(part(date, 'byline'))).to.equal('Mar 24, 2025, 7:46 AM CET');
      expectNone(part(date, 'authors'));
    });

    it('split several authors at commas, or at semicolons when there is one', async () => {
      const commas = await byline(html`<news-byline author="Henrik Vestergaard, Amalie Holm ,Lars Winther"></news-byline>`);
      expect(textOf(part(commas, 'authors'))).to.equal('By Henrik Vestergaard, Amalie Holm and Lars Winther');
      const semicolons = await byline(html`<news-byline author="Martin Luther King, Jr.; Jane Doe"></news-byline>`);
      expect(parts(semicolons, 'author').map(textOf)).to.deep.equal(['Martin Luther King, Jr.', 'Jane Doe']);
    });

    it('match author-url to the authors in order, dropping unsafe URLs with a warning', async () => {
      let el!: NewsByline;
      const warnings = await capturingWarnings(async () => {
        el = await byline(html`<news-byline author="A, B, C" author-url="https://news.example/a javascript:alert(1)"></news-byline>`);
      });
      const authors = parts(el, 'author');
      expect(authors.map((a) => a.localName)).to.deep.equal(['a', 'span', 'span']);
      expect((authors[0] as HTMLAnchorElement).href).to.equal('https://news.example/a');
      expect(warnings.some((w) => w.includes('javascript:alert(1)'))).to.be.true;
    });

    it('ignore an invalid date with a console warning', async () => {
      let el!: NewsByline;
      const warnings = await capturingWarnings(async () => {
        el = await byline(html`<news-byline author="A" published="March 24, 2025"></news-byline>`);
      });
      expectNone(part(el, 'published'));
      expect(warnings.some((w) => w.includes('published="March 24, 2025"') && w.includes('RFC 3339'))).to.be.true;
    });

    it('are empty when nothing is set, and ready once something is', async () => {
      const el = await byline(html`<news-byline></news-byline>`, 'empty');
      expect(textOf(part(el, 'message'))).to.equal('No stories to show right now.');
      await expect(el).to.be.accessible();
      el.author = 'Asger Risom';
      await settled(el);
      expect(textOf(part(el, 'authors'))).to.equal('By Asger Risom');
    });

    it('follow attribute changes', async () => {
      const el = await byline(html`<news-byline author="A" section="World"></news-byline>`);
      el.setAttribute('section', 'Europe');
      el.setAttribute('author', 'B and C, D');
      await waitUntil(() => textOf(part(el, 'authors')) === 'By B and C and D');
      expect(textOf(part(el, 'section'))).to.equal('Europe');
    });

    it('replace the matching fields of feed data', async () => {
      const el = await byline(html`<news-byline src=${FEED} section="Europe" author="Desk Editor" published="2025-03-24T08:00:00+01:00"></news-byline>`);
      expect(textOf(part(el, 'section'))).to.equal('Europe');
      expect(textOf(part(el, 'authors'))).to.equal('By Desk Editor');
      expectNone(part(el, 'avatar'));
      expect(textOf(part(el, 'published'))).to.equal('Mar 24, 2025, 8:00 AM CET');
      // The fields without an attribute still come from the feed.
      expect(textOf(part(el, 'reading-time'))).to.equal('4 min read');
    });
  });

  describe('the article property', () => {
    it('takes one JSON Feed item, relative URLs against the page', async () => {
      const item = {
        id: 'p1',
        title: 'Property item',
        date_published: SEED,
        authors: [{ name: 'Ana Ruiz', url: '/authors/ana-ruiz', avatar: '/demo/images/avatar-ar.svg' }],
        tags: ['City'],
      };
      const el = await byline(html`<news-byline time-zone="Europe/Copenhagen" .article=${item}></news-byline>`);
      expect(textOf(part(el, 'byline'))).to.equal(line('By Ana Ruiz', 'Mar 24, 2025, 7:46 AM CET', 'City'));
      expect((part(el, 'author') as HTMLAnchorElement).href).to.equal(new URL('/authors/ana-ruiz', location.href).href);
    });

    it('takes an item without id or title', async () => {
      const el = await byline(html`<news-byline .article=${{ authors: authorsOf('A', 'B') }}></news-byline>`);
      expect(textOf(part(el, 'authors'))).to.equal('By A and B');
    });

    it('takes every field of the item', async () => {
      const item = {
        id: 'n1',
        title: 'An item',
        authors: [{ name: 'Mette Lund' }],
        date_published: SEED,
        date_modified: '2025-03-24T09:10:00+01:00',
        image: 'https://news.example/i.jpg',
        content_text: 'word '.repeat(3 * 230),
        _news: { section: 'Business', image_credit: 'Reuters' },
      };
      const el = await byline(html`<news-byline time-zone="Europe/Copenhagen" .article=${item}></news-byline>`);
      expect(textOf(part(el, 'byline'))).to.equal(
        line('By Mette Lund', 'Mar 24, 2025, 7:46 AM CET', 'Updated 9:10 AM CET', 'Business', '3 min read', 'Photo: Reuters'),
      );
    });

    it('wins over src', async () => {
      const el = await byline(html`<news-byline src=${FEED} .article=${{ authors: authorsOf('Property Author') }}></news-byline>`);
      expect(textOf(part(el, 'authors'))).to.equal('By Property Author');
    });

    it('is an invalid error when it is not an item', async () => {
      const errors: NewsErrorDetail[] = [];
      await capturingWarnings(async () => {
        const el = await byline(
          html`<news-byline .article=${'By Asger Risom' as unknown as Article} @news-error=${(e: CustomEvent<NewsErrorDetail>) => errors.push(e.detail)}></news-byline>`,
          'error',
        );
        expect(textOf(part(el, 'message'))).to.equal('Stories can’t be shown right now.');
      });
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid']);
    });
  });

  describe('other data sources', () => {
    it('reads the .feed property', async () => {
      const feed = feedWith([{ id: '1', title: 'x', authors: authorsOf('Feed Author'), _news: { section: 'Local' } }]);
      const el = await byline(html`<news-byline .feed=${feed}></news-byline>`);
      expect(textOf(part(el, 'byline'))).to.equal(line('By Feed Author', 'Local'));
    });

    it('reads an inline feed script', async () => {
      const feed = JSON.stringify(feedWith([{ id: '1', title: 'x', authors: authorsOf('Inline Author') }]));
      const el = await byline(html`<news-byline><script type="application/feed+json">${feed}</script></news-byline>`);
      expect(textOf(part(el, 'authors'))).to.equal('By Inline Author');
    });
  });

  describe('events', () => {
    it('fires news-load with the feed', async () => {
      const loads: NewsLoadDetail[] = [];
      await byline(html`<news-byline src=${FEED} @news-load=${(e: CustomEvent<NewsLoadDetail>) => loads.push(e.detail)}></news-byline>`);
      expect(loads.length).to.equal(1);
      expect(loads[0].feed.title).to.equal('Byline fixture');
    });

    it('fires news-load in attribute mode, with the byline as the one item', async () => {
      const loads: NewsLoadDetail[] = [];
      await byline(html`<news-byline author="A" section="World" @news-load=${(e: CustomEvent<NewsLoadDetail>) => loads.push(e.detail)}></news-byline>`);
      expect(loads.length).to.equal(1);
      expect(loads[0].feed.items[0].authors).to.deep.equal([{ name: 'A' }]);
      expect(loads[0].feed.items[0].section).to.equal('World');
    });

    it('does not fire news-article-click for author links: they are not articles', async () => {
      let clicks = 0;
      const wrapper = fixtureSync(html`<div @news-article-click=${() => clicks++}><news-byline src=${FEED}></news-byline></div>`);
      const el = wrapper.querySelector('news-byline')!;
      await settled(el);
      part(el, 'author')!.click();
      expect(clicks).to.equal(0);
    });

    const failures: [string, string, Partial<NewsErrorDetail>][] = [
      ['http', '/__test__/status/404', { status: 404 }],
      ['parse', `/__test__/body?type=application/json&text=${encodeURIComponent('not json')}`, {}],
      ['invalid', `/__test__/body?type=application/json&text=${encodeURIComponent('[1,2]')}`, { path: '' }],
    ];
    for (const [code, src, extra] of failures) {
      it(`fires news-error with code ${code}`, async () => {
        const errors: NewsErrorDetail[] = [];
        await capturingWarnings(async () => {
          const el = await byline(
            html`<news-byline src=${src} @news-error=${(e: CustomEvent<NewsErrorDetail>) => errors.push(e.detail)}></news-byline>`,
            'error',
          );
          expect(part(el, 'message')).to.exist;
          expectNone(part(el, 'byline'));
        });
        expect(errors.length).to.equal(1);
        expect(errors[0].code).to.equal(code);
        expect(errors[0].src).to.equal(new URL(src, location.href).href);
        expect(errors[0]).to.include(extra);
      });
    }
  });

  describe('states', () => {
    it('loading: one skeleton line with an avatar circle, announced as loading', async () => {
      const el = await fixture<NewsByline>(html`<news-byline src=${HANG}></news-byline>`);
      expect(el.getAttribute('state')).to.equal('loading');
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      expect(textOf(el.shadowRoot!.querySelector('.visually-hidden'))).to.equal('Loading…');
      await expect(el).to.be.accessible();
    });

    it('loading holds the height of a one-line byline', async () => {
      const loading = await fixture<NewsByline>(html`<news-byline src=${HANG}></news-byline>`);
      const ready = await byline(html`<news-byline src=${FEED} item-id="trio"></news-byline>`);
      const withAvatar = await byline(html`<news-byline src=${FEED} item-id="duo"></news-byline>`);
      const height = loading.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(0);
      expect(ready.getBoundingClientRect().height).to.equal(height);
      expect(withAvatar.getBoundingClientRect().height).to.equal(height);
    });

    it('ready: accessible', async () => {
      const el = await byline(html`<news-byline src=${FEED}></news-byline>`);
      await expect(el).to.be.accessible();
    });

    it('empty: a message when the feed has no items', async () => {
      const el = await byline(html`<news-byline src=${EMPTY}></news-byline>`, 'empty');
      expect(textOf(part(el, 'message'))).to.equal('No stories to show right now.');
      await expect(el).to.be.accessible();
    });

    it('error: accessible', async () => {
      await capturingWarnings(async () => {
        const el = await byline(html`<news-byline src="/__test__/status/404"></news-byline>`, 'error');
        expect(textOf(part(el, 'message'))).to.equal('Stories are unavailable right now.');
        await expect(el).to.be.accessible();
      });
    });
  });
});
