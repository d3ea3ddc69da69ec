/**
 * Injection: a feed that carries markup, script, template syntax and hostile URLs, rendered by the real elements.
 * Every payload calls `window.__pwn(where)` if it ever runs, and its images ask the test server for a URL whose
 * requests are counted: nothing may run, nothing may be fetched, every text stays text, and only http(s) and
 * relative URLs reach `href` and `src`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/loader.js';
import {
  TAGS,
  container,
  feedOf,
  guardPage,
  headlines,
  mount,
  mountAll,
  part,
  parts,
  requestsFor,
  settle,
  shadowElements,
  sleep,
  stateOf,
  textOf,
  urlsIn,
  type Mounted,
} from './helpers.js';

guardPage();

const HOSTILE = '/tests/fixtures/security/hostile.json';

declare global {
  interface Window {
    __pwn?: (where: unknown) => void;
  }
}

/** What ran: every call of `window.__pwn`. */
let pwned: unknown[] = [];
beforeEach(() => {
  pwned = [];
  window.__pwn = (where) => void pwned.push(where);
  clearFeedCache();
});
afterEach(() => {
  delete window.__pwn;
});

/** Elements that feed data must never create. */
const FORBIDDEN = [
  'script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'style', 'link', 'meta', 'base', 'form', 'input', 'template',
];

/** Nothing ran, no forbidden element and no event-handler attribute exists, every URL is http(s). */
async function expectInert(all: Mounted[]): Promise<void> {
  // Give a parsed <img onerror> time to fail, and a <details ontoggle> time to toggle.
  await sleep(300);
  expect(pwned, 'payloads that ran').to.deep.equal([]);
  for (const { el } of all) {
    const nodes = shadowElements(el);
    const forbidden = nodes.filter((n) => FORBIDDEN.includes(n.localName)).map((n) => n.localName);
    expect(forbidden, `${el.localName}: forbidden elements`).to.deep.equal([]);
    const handlers = nodes.flatMap((n) =>
      Array.from(n.attributes)
        .filter((a) => /^on/i.test(a.name))
        .map((a) => `${n.localName}[${a.name}]`),
    );
    expect(handlers, `${el.localName}: event-handler attributes`).to.deep.equal([]);
    const { href, src } = urlsIn(el);
    for (const url of [...href, ...src]) {
      expect(['http:', 'https:'], `${el.localName}: ${url}`).to.include(new URL(url, el.baseURI).protocol);
    }
  }
}

/** Records every string the page hands to an HTML parser while `run` runs. */
async function watchHtmlParsing(run: () => Promise<void>): Promise<string[]> {
  const parsed: string[] = [];
  const restore: (() => void)[] = [];
  const wrapSetter = (proto: object, name: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, {
      ...descriptor,
      set(this: unknown, value: unknown) {
        parsed.push(String(value));
        descriptor.set!.call(this, value);
      },
    });
    restore.push(() => Object.defineProperty(proto, name, descriptor));
  };
  const wrapMethod = (proto: object, name: string, index: number) => {
    const original = (proto as Record<string, (...args: unknown[]) => unknown>)[name];
    (proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      parsed.push(String(args[index]));
      return original.apply(this, args);
    };
    restore.push(() => void ((proto as Record<string, unknown>)[name] = original));
  };
  wrapSetter(Element.prototype, 'innerHTML');
  wrapSetter(Element.prototype, 'outerHTML');
  wrapSetter(ShadowRoot.prototype, 'innerHTML');
  wrapMethod(Element.prototype, 'insertAdjacentHTML', 1);
  wrapMethod(Range.prototype, 'createContextualFragment', 0);
  wrapMethod(DOMParser.prototype, 'parseFromString', 0);
  wrapMethod(Document.prototype, 'write', 0);
  try {
    await run();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return parsed;
}

describe('injection: the hostile fixture, loaded from a URL', () => {
  it('markup, script and template syntax in every field render as inert text in all four elements', async () => {
    const all = mountAll(container(), { src: HOSTILE });
    await settle(all);
    for (const tag of TAGS) expect(stateOf(all[tag].el), tag).to.equal('ready');
    await expectInert(Object.values(all));
    expect((await requestsFor('hostile-fixture-img')).count, 'requests for the payload image').to.equal(0);

    const title = `<img src="/__test__/status/404?key=hostile-fixture-img" onerror="window.__pwn('title')"> Markup in every field`;
    expect(headlines(all['news-feed'].el)).to.deep.equal([title, 'Every link and image of this story is hostile', 'A story with safe links']);
    expect(headlines(all['news-trending'].el)[0]).to.equal(title);
    const card = all['news-card'].el;
    expect(headlines(card)).to.deep.equal([title]);
    expect(textOf(part(card, 'summary'))).to.equal(
      "<script>window.__pwn('summary')</script>${window.__pwn('summary.template')} {{constructor.constructor('window.__pwn(1)')()}} <?lit$1234$>",
    );
    expect(textOf(part(card, 'section'))).to.equal(`<svg onload="window.__pwn('section')">World</svg>`);
    expect(textOf(part(card, 'credit'))).to.equal("Photo: </figcaption><script>window.__pwn('image_credit')</script>");
    expect(part(card, 'image')!.getAttribute('alt')).to.equal(`"><img src=x onerror="window.__pwn('image_alt')">`);
    expect(textOf(part(all['news-byline'].el, 'authors'))).to.equal(
      `By <img src="/__test__/status/404?key=hostile-fixture-img" onerror="window.__pwn('author.name')"> Ana and {{constructor.constructor('window.__pwn(2)')()}} Ben`,
    );
  });

  it('the story with only hostile URLs keeps its text but has no link, no image and no avatar', async () => {
    const parent = container();
    const all = [
      mount(parent, 'news-card', { src: HOSTILE, 'item-id': 'schemes' }),
      mount(parent, 'news-byline', { src: HOSTILE, 'item-id': 'schemes' }),
    ];
    await settle(all);
    const [card, byline] = all.map((m) => m.el);
    expect(headlines(card)).to.deep.equal(['Every link and image of this story is hostile']);
    expect(card.shadowRoot!.querySelector('[href]')).to.equal(null);
    expect(part(card, 'image')!.hasAttribute('src')).to.equal(false);
    expect(part(card, 'image-placeholder')).to.not.equal(null);
    expect(parts(byline, 'author').map((a) => a.localName)).to.deep.equal(['span']);
    expect(parts(byline, 'avatar')).to.have.length(0);
    await expectInert(all);
  });

  it('a feed cannot pollute prototypes: __proto__ and constructor keys in the fixture change nothing', async () => {
    const before = [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).join());
    const all = mountAll(container(), { src: HOSTILE });
    await settle(all);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect([Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).join())).to.deep.equal(before);
    // The item's own title wins, and its "__proto__" link never becomes the story's link.
    expect(all['news-card'].el.shadowRoot!.querySelector('[href]')).to.equal(null);
  });
});

describe('injection: text fields, one payload each', () => {
  /** Short names of the fields, so that every payload fits the shortest text limit (a section: 100 characters). */
  const short = (field: string) => field.replace(/[^a-z]/g, '').slice(0, 4);
  /** A payload that calls `window.__pwn(field)` if it is ever markup, script or a template. */
  const payload = (field: string) => {
    const f = short(field);
    return `<img src=x onerror="__pwn('${f}')"><script>__pwn('${f}')</script>\${__pwn('${f}')}{{__pwn('${f}')}}`;
  };
  /** The text of the payload once its tags are dropped and the script's content with them, as content_html is read. */
  const payloadText = (field: string) => `\${__pwn('${short(field)}')}{{__pwn('${short(field)}')}}`;

  function hostileItem(id: string, fields: string[]) {
    const item: Record<string, unknown> = { id, url: `/stories/${id}`, image: '/tests/fixtures/images/photo.svg' };
    const news: Record<string, unknown> = {};
    for (const field of fields) {
      if (field === 'authors[0].name') item.authors = [{ name: payload(field), url: '/authors/1' }];
      else if (field === 'tags[0]') item.tags = [payload(field)];
      else if (field.startsWith('_news.')) news[field.slice(6)] = payload(field);
      else item[field] = payload(field);
    }
    item._news = news;
    return item;
  }

  it('title, summary, names, section, alt and credit show their markup as text, verbatim', async () => {
    const fields = ['title', 'summary', 'authors[0].name', '_news.section', '_news.image_alt', '_news.image_credit'];
    for (const field of fields) expect(payload(field).length, field).to.be.at.most(100);
    const feed = feedOf([hostileItem('all', fields)], { title: payload('feed.title') });
    const parent = container();
    const all = TAGS.map((tag) => mount(parent, tag, {}, { feed }));
    await settle(all);
    const [card, trending, byline, list] = all.map((m) => m.el);
    for (const el of [card, trending, list]) expect(headlines(el), el.localName).to.deep.equal([payload('title')]);
    expect(textOf(part(card, 'summary'))).to.equal(payload('summary'));
    expect(textOf(part(card, 'section'))).to.equal(payload('_news.section'));
    expect(textOf(part(trending, 'section'))).to.equal(payload('_news.section'));
    expect(part(card, 'image')!.getAttribute('alt')).to.equal(payload('_news.image_alt'));
    expect(textOf(part(card, 'credit'))).to.equal(`Photo: ${payload('_news.image_credit')}`);
    expect(textOf(part(byline, 'authors'))).to.equal(`By ${payload('authors[0].name')}`);
    expect(textOf(part(byline, 'credit'))).to.equal(`Photo: ${payload('_news.image_credit')}`);
    expect(textOf(part(card, 'byline'))).to.contain(`By ${payload('authors[0].name')}`);
    await expectInert(all);
  });

  it('content_text and a tag show as text; content_html is read as text, its tags and scripts dropped', async () => {
    const feed = feedOf([
      hostileItem('text', ['title', 'content_text', 'tags[0]']),
      hostileItem('html', ['title', 'content_html']),
    ]);
    const parent = container();
    const all = [
      mount(parent, 'news-card', { 'item-id': 'text' }, { feed }),
      mount(parent, 'news-card', { 'item-id': 'html' }, { feed }),
      mount(parent, 'news-feed', {}, { feed }),
    ];
    await settle(all);
    const [textCard, htmlCard] = all.map((m) => m.el);
    expect(textOf(part(textCard, 'summary'))).to.equal(payload('content_text'));
    expect(textOf(part(textCard, 'section'))).to.equal(payload('tags[0]'));
    expect(textOf(part(htmlCard, 'summary'))).to.equal(payloadText('content_html'));
    await expectInert(all);
  });

  it('content_html with scripts and event handlers never reaches an HTML parser, not even to be turned into text', async () => {
    const html = [
      `<p>Readable <b>body</b></p><script>window.__pwn('script')</script>`,
      `<img src="/__test__/status/404?key=html-parse-probe" onerror="window.__pwn('img')">`,
      `<svg><animate onbegin="window.__pwn('svg')" attributeName="x" dur="1s"/></svg>`,
      `<iframe srcdoc="<script>parent.__pwn('iframe')</script>"></iframe>`,
      `<details open ontoggle="window.__pwn('details')"><summary>x</summary></details>`,
      `<video><source onerror="window.__pwn('video')"></video><body onload="window.__pwn('body')">`,
      `<object data="javascript:window.__pwn('object')"></object>`,
      `<style>*{background:url(/__test__/status/404?key=html-parse-probe)}</style>`,
    ].join('');
    const feed = feedOf([{ id: 'h', content_html: html, authors: [{ name: 'Ana' }] }]);
    let all: Mounted[] = [];
    const parsed = await watchHtmlParsing(async () => {
      // The control: the watcher sees what is handed to a parser.
      document.createElement('template').innerHTML = '<i>watcher control</i>';
      const parent = container();
      all = TAGS.map((tag) => mount(parent, tag, {}, { feed }));
      await settle(all);
      await sleep(300);
    });
    expect(parsed).to.include('<i>watcher control</i>');
    expect(parsed.filter((text) => text.includes('__pwn')), 'feed HTML handed to a parser').to.deep.equal([]);
    for (const { el } of all) expect(stateOf(el), el.localName).to.equal('ready');
    expect(headlines(all[0].el)).to.deep.equal(['Readable body x']);
    await expectInert(all);
    expect((await requestsFor('html-parse-probe')).count, 'requests made by the HTML').to.equal(0);
  });
});

describe('injection: URLs', () => {
  /** javascript:, vbscript:, data: and the ways to hide them: case, whitespace, controls, entities. */
  const HOSTILE_URLS = [
    'javascript:window.__pwn(1)',
    'JaVaScRiPt:window.__pwn(1)',
    'JAVASCRIPT:window.__pwn(1)',
    ' javascript:window.__pwn(1)',
    '\tjavascript:window.__pwn(1)',
    '\njavascript:window.__pwn(1)',
    'java\tscript:window.__pwn(1)',
    'java\nscript:window.__pwn(1)',
    'java\rscript:window.__pwn(1)',
    'jav\u0000ascript:window.__pwn(1)',
    '\u0000javascript:window.__pwn(1)',
    '\u0001javascript:window.__pwn(1)',
    '\u001fjavascript:window.__pwn(1)',
    'javascript\u0000:window.__pwn(1)',
    '\u00a0javascript:window.__pwn(1)',
    '\u202ejavascript:window.__pwn(1)',
    '\ufeffjavascript:window.__pwn(1)',
    'javascript&colon;window.__pwn(1)',
    '&#106;avascript:window.__pwn(1)',
    '&#x6A;avascript:window.__pwn(1)',
    '&#0000106&#0000097vascript:window.__pwn(1)',
    'jav&#x09;ascript:window.__pwn(1)',
    'jav&#9;ascript:window.__pwn(1)',
    'javascript://%0awindow.__pwn(1)',
    'javascript:/*--></title></style></textarea></script><svg/onload=window.__pwn(1)>',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    ' vbscript:msgbox(1)',
    'data:text/html,<script>window.__pwn(1)</script>',
    'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd24oMSk8L3NjcmlwdD4=',
    'DATA:image/svg+xml,<svg onload=window.__pwn(1)>',
    ' data:image/png;base64,AAAA',
    'd\u0000ata:text/html,x',
    'file:///etc/passwd',
    'blob:https://news.example/1',
    'about:blank',
    'livescript:window.__pwn(1)',
  ];

  function schemeFeed() {
    const items: Record<string, unknown>[] = HOSTILE_URLS.map((url, i) => ({
      id: `u${i}`,
      title: `Hostile URL ${i}`,
      url,
      external_url: url,
      image: url,
      banner_image: url,
      attachments: [{ url, mime_type: 'image/png' }],
      authors: [{ name: `Author ${i}`, url, avatar: url }],
    }));
    // The control: the same shape with safe URLs, so that every check below can see a link when there is one.
    items.push({
      id: 'safe',
      title: 'Safe URLs',
      url: '/stories/safe',
      image: '/tests/fixtures/images/photo.svg',
      authors: [{ name: 'Safe Author', url: 'https://news.example/authors/safe', avatar: '/tests/fixtures/images/photo.svg' }],
    });
    return feedOf(items);
  }

  it(`${HOSTILE_URLS.length} hostile and obfuscated URLs are dropped from links, images and avatars of every element`, async () => {
    const feed = schemeFeed();
    const parent = container();
    const lists = [mount(parent, 'news-feed', { limit: '100' }, { feed }), mount(parent, 'news-trending', { limit: '100' }, { feed })];
    const singles = HOSTILE_URLS.flatMap((_, i) => [
      mount(parent, 'news-card', { 'item-id': `u${i}` }, { feed }),
      mount(parent, 'news-byline', { 'item-id': `u${i}` }, { feed }),
    ]);
    const safe = [mount(parent, 'news-card', { 'item-id': 'safe' }, { feed }), mount(parent, 'news-byline', { 'item-id': 'safe' }, { feed })];
    await settle([...lists, ...singles, ...safe]);

    const [list, trending] = lists.map((m) => m.el);
    expect(headlines(list)).to.have.length(HOSTILE_URLS.length + 1);
    const links = (el: Element) => parts(el, 'item').map((item) => item.querySelector('a[href]')?.getAttribute('href') ?? null);
    expect(links(list)).to.deep.equal([...HOSTILE_URLS.map(() => null), `${location.origin}/stories/safe`]);
    expect(links(trending)).to.deep.equal([...HOSTILE_URLS.map(() => null), `${location.origin}/stories/safe`]);
    const sources = parts(list, 'image').map((img) => img.getAttribute('src'));
    expect(sources.filter(Boolean)).to.deep.equal([`${location.origin}/tests/fixtures/images/photo.svg`]);

    for (const { el } of singles) {
      if (el.localName === 'news-card') {
        expect(el.shadowRoot!.querySelector('[href]'), 'card link').to.equal(null);
        expect(part(el, 'image')!.hasAttribute('src'), 'card image').to.equal(false);
      } else {
        expect(parts(el, 'author').map((a) => a.localName), 'byline author').to.deep.equal(['span']);
        expect(parts(el, 'avatar'), 'byline avatar').to.have.length(0);
      }
    }
    const [safeCard, safeByline] = safe.map((m) => m.el);
    expect(part(safeCard, 'link')!.getAttribute('href')).to.equal(`${location.origin}/stories/safe`);
    expect(part(safeCard, 'image')!.getAttribute('src')).to.equal(`${location.origin}/tests/fixtures/images/photo.svg`);
    expect(parts(safeByline, 'author')[0].getAttribute('href')).to.equal('https://news.example/authors/safe');
    expect(parts(safeByline, 'avatar')).to.have.length(1);

    const warnings = lists[0].loads[0].warnings;
    expect(warnings.filter((w) => w.path === 'items[0].url')[0].message).to.equal(
      'Item "u0" (items[0]): url "javascript:window.__pwn(1)" is not an http(s) URL; dropped.',
    );
    await expectInert([...lists, ...singles, ...safe]);
  });

  it('an .article given by the page (a JSON Feed item) has its hostile URLs dropped too', async () => {
    const parent = container();
    const article = {
      id: 'a',
      title: 'An article from the page',
      url: 'javascript:window.__pwn("article.url")',
      image: 'data:image/svg+xml,<svg onload=window.__pwn(1)>',
      authors: [{ name: 'Ana', url: 'vbscript:msgbox(1)', avatar: ' javascript:window.__pwn(2)' }],
    };
    const item = { id: 'i', title: 'A JSON Feed item from the page', url: 'java\tscript:window.__pwn(3)', authors: [{ name: 'Ben', url: '&#106;avascript:x' }] };
    const all = [
      mount(parent, 'news-card', {}, { article }),
      mount(parent, 'news-byline', {}, { article }),
      mount(parent, 'news-card', {}, { article: item }),
      mount(parent, 'news-byline', {}, { article: item }),
    ];
    await settle(all);
    for (const { el } of all) expect(stateOf(el), el.localName).to.equal('ready');
    expect(all[0].el.shadowRoot!.querySelector('[href]')).to.equal(null);
    expect(part(all[0].el, 'image')!.hasAttribute('src')).to.equal(false);
    expect(parts(all[1].el, 'author').map((a) => a.localName)).to.deep.equal(['span']);
    expect(parts(all[1].el, 'avatar')).to.have.length(0);
    expect(all[2].el.shadowRoot!.querySelector('[href]')).to.equal(null);
    expect(parts(all[3].el, 'author').map((a) => a.localName)).to.deep.equal(['span']);
    await expectInert(all);
  });

  it('news-byline drops an author-url attribute that is not http(s)', async () => {
    const parent = container();
    const byline = mount(parent, 'news-byline', { author: 'Ana, Ben', 'author-url': 'javascript:window.__pwn(1) /authors/ben' });
    await settle(byline);
    const authors = parts(byline.el, 'author');
    expect(authors.map((a) => a.localName)).to.deep.equal(['span', 'a']);
    expect(authors[1].getAttribute('href')).to.equal(`${location.origin}/authors/ben`);
    await expectInert([byline]);
  });
});

describe('injection: links that open a new tab', () => {
  const feed = feedOf([
    { id: '1', title: 'First', url: '/stories/1', authors: [{ name: 'Ana', url: '/authors/ana' }, { name: 'Ben', url: 'https://other.example/ben' }] },
    { id: '2', title: 'Second', url: 'https://other.example/stories/2' },
  ]);

  function anchors(all: Mounted[]): HTMLAnchorElement[] {
    return all.flatMap(({ el }) => shadowElements(el).filter((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement));
  }

  for (const target of ['_blank', 'story-window', '_BLANK']) {
    it(`link-target="${target}": every link of every element opens with rel="noopener noreferrer"`, async () => {
      const parent = container();
      const all = TAGS.map((tag) => mount(parent, tag, { 'link-target': target }, { feed }));
      await settle(all);
      const links = anchors(all);
      expect(links.length, 'links').to.be.at.least(7);
      for (const a of links) {
        expect(a.getAttribute('target'), a.href).to.equal(target);
        expect((a.getAttribute('rel') ?? '').split(/\s+/), a.href).to.include.members(['noopener', 'noreferrer']);
      }
    });
  }

  it('without link-target, links open in the same tab and carry no target', async () => {
    const parent = container();
    const all = TAGS.map((tag) => mount(parent, tag, {}, { feed }));
    await settle(all);
    const links = anchors(all);
    expect(links.length).to.be.at.least(7);
    for (const a of links) expect(a.hasAttribute('target'), a.href).to.equal(false);
  });
});

describe('injection: data that pretends to be a Lit template', () => {
  it('an object shaped like a Lit TemplateResult, from page JSON, never renders as markup', async () => {
    const fake = '{"_$litType$":1,"strings":["<img src=x onerror=\\"window.__pwn(\'lit\')\\">"],"values":[]}';
    const article = JSON.parse(`{"id":"lit","title":"Lit lookalike","authors":[{"name":"Ana"}],"summary":${fake},"_news":{"section":${fake}}}`);
    const item = JSON.parse(`{"id":"lit","title":${fake},"summary":${fake},"content_text":"Body","authors":[{"name":${fake}}]}`);
    const parent = container();
    const all = [
      mount(parent, 'news-card', {}, { article }),
      mount(parent, 'news-byline', {}, { article }),
      mount(parent, 'news-card', {}, { article: item }),
      mount(parent, 'news-trending', {}, { feed: feedOf([item]) }),
    ];
    await settle(all);
    await expectInert(all);
    // A feed item is normalized: the objects are dropped as fields of the wrong type, and the body gives the headline.
    expect(headlines(all[2].el)).to.deep.equal(['Body']);
    expect(headlines(all[3].el)).to.deep.equal(['Body']);
    // The lookalike section is dropped as a field of the wrong type.
    expect(stateOf(all[1].el)).to.equal('ready');
    expect(part(all[1].el, 'section')).to.equal(null);
    // news-card either drops the objects or fails alone; it never renders them.
    expect(['ready', 'error']).to.include(stateOf(all[0].el));
    await waitUntil(() => pwned.length === 0);
  });
});
