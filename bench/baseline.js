// The vanilla baseline: what a careful developer would write by hand to show the same feed with no library. It reads
// the raw JSON Feed, builds each widget from a <template> that it clones, fills it with textContent and
// setAttribute, formats dates with Intl formatters it creates once, and puts it all in a shadow root that adopts the
// same style sheets as the element it stands for. It produces the same DOM as news-feed, news-card, news-trending
// and news-byline (the bench checks that, node for node), but trusts its feed: no cleaning, no URL checks beyond
// resolving relative ones, no warnings, no states, no events, no paging.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------------------------------
// Dates, with formatters made once per language and zone

const formatters = new Map();

function formatsFor(locale, timeZone) {
  const key = `${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    // Each formatter is made the first time it is needed (making one costs more than using it a thousand times).
    const lazy = (make) => {
      let value;
      return () => (value ??= make());
    };
    const dateTime = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }));
    const time = lazy(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }));
    const monthDay = lazy(() => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone }));
    const monthDayYear = lazy(() => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric', timeZone }));
    const day = lazy(() => new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }));
    const zoneNames = [locale, 'en-US', 'en-GB'].map((l) => lazy(() => new Intl.DateTimeFormat(l, { timeZone, timeZoneName: 'short' })));
    const relative = lazy(() => new Intl.RelativeTimeFormat(locale));
    const now = lazy(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
    const list = lazy(() => new Intl.ListFormat(locale.split('-')[0] === 'en' ? 'en-GB' : locale, { type: 'conjunction' }));
    const number = lazy(() => new Intl.NumberFormat(locale));
    f = {
      get dateTime() { return dateTime(); },
      get time() { return time(); },
      get monthDay() { return monthDay(); },
      get monthDayYear() { return monthDayYear(); },
      get day() { return day(); },
      zoneNames,
      zoneByHour: new Map(),
      get relative() { return relative(); },
      get now() { return now(); },
      get list() { return list(); },
      get number() { return number(); },
    };
    formatters.set(key, f);
  }
  return f;
}

const hasDigit = /\p{Nd}/u;

/**
 * "CET", "CEST", "EST"…: the language's own short zone name, else the first English one that is not "GMT+1".
 * Remembered by the hour: zones change on the hour.
 */
function zoneAbbreviation(f, date) {
  const hour = Math.floor(date.getTime() / HOUR);
  let name = f.zoneByHour.get(hour);
  if (name === undefined) {
    name = findZoneAbbreviation(f, date);
    f.zoneByHour.set(hour, name);
  }
  return name;
}

function findZoneAbbreviation(f, date) {
  let own = '';
  for (let i = 0; i < f.zoneNames.length; i++) {
    const parts = f.zoneNames[i]().formatToParts(date);
    let name = '';
    for (const part of parts) if (part.type === 'timeZoneName') name = part.value;
    if (i === 0) own = name;
    if (name && !hasDigit.test(name)) return name;
  }
  return own;
}

function absolute(f, date) {
  return `${f.dateTime.format(date)} ${zoneAbbreviation(f, date)}`;
}

function relative(f, date, now) {
  const diff = date.getTime() - now;
  const elapsed = Math.abs(diff);
  const sign = diff < 0 ? -1 : 1;
  if (!(elapsed >= MINUTE)) return f.now.format(0, 'second');
  const days = Math.floor(elapsed / DAY);
  let value;
  let unit;
  if (elapsed < HOUR) [value, unit] = [Math.floor(elapsed / MINUTE), 'minute'];
  else if (elapsed < DAY) [value, unit] = [Math.floor(elapsed / HOUR), 'hour'];
  else if (days < 7) [value, unit] = [days, 'day'];
  else if (days < 30) [value, unit] = [Math.floor(days / 7), 'week'];
  else if (days < 365) [value, unit] = [Math.min(11, Math.floor(days / 30)), 'month'];
  else [value, unit] = [Math.floor(days / 365), 'year'];
  return f.relative.format(sign * value, unit);
}

/** Relative within a day (`auto`), else absolute; `relative` says which. */
function autoDate(f, date, now) {
  const age = now - date.getTime();
  const isRelative = age > -MINUTE && age < DAY;
  const abs = absolute(f, date);
  return { text: isRelative ? relative(f, date, now) : abs, absolute: abs, relative: isRelative };
}

function iso(date) {
  return date.toISOString().replace('.000Z', 'Z');
}

// ---------------------------------------------------------------------------------------------------------------
// Text and URLs: the feed is trusted, only character references and relative URLs are dealt with

const references = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0' };

function decode(s) {
  return s.includes('&') ? s.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (m) => references[m]) : s;
}

function resolve(url, base) {
  return url ? new URL(url, base).href : undefined;
}

function authorsOf(item, feed) {
  return item.authors ?? (item.author ? [item.author] : feed.authors ?? []);
}

/** A template's content, parsed once; clones of it are made with document.importNode, straight into the page. */
function template(html) {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content;
}

/** Style sheets made from the same CSS text as the element's, once per element type. */
const sheets = new Map();

function shadow(host, cssTexts) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  let list = sheets.get(cssTexts);
  if (!list) {
    list = cssTexts.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
    sheets.set(cssTexts, list);
  }
  root.adoptedStyleSheets = list;
  return root;
}

// ---------------------------------------------------------------------------------------------------------------
// Cards (news-feed and news-card)

const cardHtml = `<article part="card">
    <figure part="media" class="media"><img decoding="async" part="image" loading="lazy" alt=""><figcaption part="credit" class="credit"></figcaption>
    </figure>
    <div class="body">
      <div>
        <p part="section" class="section"></p>
        <h3 part="headline"><a part="link"></a></h3>
        <p part="summary" class="summary"></p>
      </div>
      <p part="byline" class="byline">
        <span class="by"></span> <time part="date"></time>
      </p>
    </div>
  </article>`;

let cardTemplate;
let itemTemplate;

/** A text node as the only child of `el`, for updates that set its `data`. */
function textIn(el) {
  return el.appendChild(document.createTextNode(''));
}

/** The nodes of one card that change with its article (elements, and the text nodes that hold its text). */
function cardRefs(article) {
  const [figure, body] = article.children;
  const [text, byline] = body.children;
  const [section, heading, summary] = text.children;
  const link = heading.firstElementChild;
  const credit = figure.lastElementChild;
  const by = byline.firstElementChild;
  const time = byline.lastElementChild;
  return {
    figure,
    text,
    img: figure.firstElementChild,
    credit,
    creditText: textIn(credit),
    section,
    sectionText: textIn(section),
    heading,
    link,
    headline: textIn(link),
    summary,
    summaryText: textIn(summary),
    byline,
    by,
    byText: textIn(by),
    time,
    timeText: textIn(time),
  };
}

/** What every card of one render shares: language, zone, formatters, the time, the page's base URL. */
function cardContext(feed, locale, base) {
  return { feed, locale, base, f: formatsFor(locale, feed._news?.time_zone), now: Date.now(), language: feed.language };
}

function fillCard(c, item, ctx) {
  const { f } = ctx;
  const news = item._news ?? {};
  const image = item.image ?? item.banner_image;
  const credit = image && news.image_credit ? `Photo: ${news.image_credit}` : '';
  // Empty pieces are hidden by the element's styles (`:empty`, `img:not([src])`).
  if (image) {
    c.img.setAttribute('src', resolve(image, ctx.base));
    c.img.setAttribute('alt', news.image_alt ?? '');
    c.figure.setAttribute('part', 'media');
  } else {
    c.img.removeAttribute('src');
    c.img.setAttribute('alt', '');
    c.figure.setAttribute('part', 'media image-placeholder');
  }
  c.creditText.data = credit;
  c.sectionText.data = news.section ?? item.tags?.[0] ?? '';
  const lang = item.language ?? ctx.language;
  if (lang) c.text.setAttribute('lang', lang);
  if (item.url) c.link.setAttribute('href', item.url);
  else c.link.removeAttribute('href');
  c.headline.data = decode(item.title);
  c.summaryText.data = item.summary ? decode(item.summary) : '';
  const names = [];
  for (const author of authorsOf(item, ctx.feed)) if (author.name) names.push(author.name);
  const by = names.length ? `By ${f.list.format(names)}` : '';
  const published = item.date_published ?? item.date_modified;
  const date = published ? autoDate(f, new Date(published), ctx.now) : undefined;
  const when = date ? date.text : '';
  c.byText.data = by;
  c.timeText.data = when;
  if (date) {
    c.time.setAttribute('datetime', iso(new Date(published)));
    c.time.setAttribute('title', date.absolute);
  } else {
    c.time.removeAttribute('datetime');
    c.time.removeAttribute('title');
  }
}

const listHtml = `<ul part="list" role="list" aria-busy="false">
        </ul>
      <div class="footer">
      <div part="status" role="status" aria-live="polite" class="status">
        <span class="visually-hidden"></span>
      </div>
    </div>`;
let listTemplate;

/** What the four hand-written widgets share: the host, its styles and options, and the item it shows. */
class VanillaWidget {
  constructor(host, { cssTexts, locale = 'en', ...options }) {
    this.host = host;
    this.cssTexts = cssTexts;
    this.locale = locale;
    Object.assign(this, options);
  }

  /** The item with `this.itemId`, else the first. */
  item(feed) {
    return this.itemId === undefined ? feed.items[0] : feed.items.find((i) => String(i.id) === this.itemId);
  }
}

/** `news-feed limit=N` by hand: a grid of cards, built once and then updated in place. */
export class VanillaFeed extends VanillaWidget {
  cards = [];

  constructor(host, options) {
    super(host, { limit: 10, ...options });
  }

  render(feed) {
    const root = shadow(this.host, this.cssTexts);
    if (!this.list) {
      listTemplate ??= template(listHtml);
      root.append(document.importNode(listTemplate, true));
      this.list = root.firstElementChild;
      this.listEnd = this.list.lastChild;
    }
    const items = feed.items.length > this.limit ? feed.items.slice(0, this.limit) : feed.items;
    const ctx = cardContext(feed, this.locale, this.host.baseURI);
    itemTemplate ??= template(`<li part="item" class="item">${cardHtml}</li>`);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < items.length; i++) {
      let card = this.cards[i];
      if (!card) {
        const li = document.importNode(itemTemplate.firstElementChild, true);
        card = this.cards[i] = cardRefs(li.firstElementChild);
        card.li = li;
        fragment.append(li);
      }
      fillCard(card, items[i], ctx);
    }
    while (this.cards.length > items.length) this.cards.pop().li.remove();
    if (fragment.firstChild) this.list.insertBefore(fragment, this.listEnd);
    this.list.className = ` ${items.length > 12 ? 'long' : ''}`;
  }
}

/** `news-card item-id=…` by hand. */
export class VanillaCard extends VanillaWidget {
  render(feed) {
    const root = shadow(this.host, this.cssTexts);
    const item = this.item(feed);
    if (!this.card) {
      cardTemplate ??= template(cardHtml);
      const article = document.importNode(cardTemplate.firstElementChild, true);
      this.card = cardRefs(article);
      root.append(article);
    }
    fillCard(this.card, item, cardContext(feed, this.locale, this.host.baseURI));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// news-trending

const trendingHtml = `<h2 part="heading"><slot name="heading">Trending Now</slot></h2><ol part="list" role="list"></ol>`;
const trendingItemHtml = `<li part="item" class="item">
      <span part="rank" class="rank" aria-hidden="true"></span>
      <div><a part="link"><span part="headline" class="headline"></span></a> <span class="meta"><span part="section"></span><span part="separator" aria-hidden="true">\u00a0·</span> <time part="date"></time></span></div>
    </li>`;
let trendingTemplate;
let trendingItemTemplate;

/** "Mar 24", "7:46 AM CET" or "Mar 24, 2025", against today in the zone. */
function shortDate(f, date, now) {
  const day = f.day.format(date);
  const today = f.day.format(now);
  if (day === today) return `${f.time.format(date)} ${zoneAbbreviation(f, date)}`;
  return (day.slice(6) === today.slice(6) ? f.monthDay : f.monthDayYear).format(date);
}

/** `news-trending limit=N` by hand: ranked stories first, then feed order. */
export class VanillaTrending extends VanillaWidget {
  constructor(host, options) {
    super(host, { limit: 5, ...options });
  }

  render(feed) {
    const root = shadow(this.host, this.cssTexts);
    const ranked = [];
    const rest = [];
    for (const item of feed.items) (item._news?.rank === undefined ? rest : ranked).push(item);
    ranked.sort((a, b) => a._news.rank - b._news.rank);
    const stories = ranked.concat(rest).slice(0, this.limit);
    const f = formatsFor(this.locale, feed._news?.time_zone);
    const now = Date.now();
    trendingTemplate ??= template(trendingHtml);
    trendingItemTemplate ??= template(trendingItemHtml);
    const content = document.importNode(trendingTemplate, true);
    const list = content.lastElementChild;
    for (let i = 0; i < stories.length; i++) {
      const item = stories[i];
      const li = document.importNode(trendingItemTemplate.firstElementChild, true);
      const [rank, body] = li.children;
      rank.textContent = i + 1;
      const link = body.firstElementChild;
      link.setAttribute('href', item.url);
      link.firstElementChild.textContent = decode(item.title);
      const [section, , time] = body.lastElementChild.children;
      section.textContent = item._news?.section ?? item.tags?.[0];
      const date = new Date(item.date_published);
      const formatted = autoDate(f, date, now);
      time.setAttribute('datetime', iso(date));
      time.setAttribute('title', formatted.absolute);
      time.textContent = formatted.relative ? formatted.text : shortDate(f, date, now);
      list.append(li);
    }
    root.replaceChildren(content);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// news-byline

const separatorHtml = `<span part="separator" aria-hidden="true">\u00a0·</span> `;
let separatorTemplate;
let avatarTemplate;

function el(tag, part, text) {
  const node = document.createElement(tag);
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `news-byline item-id=…` by hand: authors with links and avatars, dates, section, reading time, credit. */
export class VanillaByline extends VanillaWidget {
  render(feed) {
    const root = shadow(this.host, this.cssTexts);
    const item = this.item(feed);
    const base = this.host.baseURI;
    const f = formatsFor(this.locale, feed._news?.time_zone);
    separatorTemplate ??= template(separatorHtml);
    avatarTemplate ??= template(`<img part="avatar" alt="" loading="lazy" decoding="async">`);
    const line = el('div', 'byline');
    const authors = authorsOf(item, feed);
    const avatars = el('span');
    avatars.className = 'avatars';
    for (const author of authors) {
      if (avatars.childElementCount === 3) break;
      if (!author.avatar) continue;
      const img = document.importNode(avatarTemplate.firstElementChild);
      img.setAttribute('src', resolve(author.avatar, base));
      avatars.append(img);
    }
    if (avatars.firstChild) line.append(avatars, ' ');
    const text = el('span');
    text.className = 'text';
    const pieces = [];

    const named = authors.filter((a) => a.name);
    if (named.length) {
      const span = el('span', 'authors', 'By ');
      let index = 0;
      for (const part of f.list.formatToParts(named.map((a) => a.name))) {
        if (part.type === 'element') {
          const author = named[index++];
          const name = el(author.url ? 'a' : 'span', 'author', part.value);
          if (author.url) name.setAttribute('href', author.url);
          span.append(name);
        } else {
          span.append(part.value);
        }
      }
      pieces.push(span);
    }
    const published = item.date_published ? new Date(item.date_published) : undefined;
    if (published) {
      const time = el('time', 'published', absolute(f, published));
      time.setAttribute('datetime', iso(published));
      time.setAttribute('title', time.textContent);
      pieces.push(time);
    }
    const modified = item.date_modified ? new Date(item.date_modified) : undefined;
    if (modified && !(published && modified - published < MINUTE)) {
      const abs = absolute(f, modified);
      const shown =
        published && f.day.format(published) === f.day.format(modified)
          ? `${f.time.format(modified)} ${zoneAbbreviation(f, modified)}`
          : abs;
      const time = el('time', undefined, shown);
      time.setAttribute('datetime', iso(modified));
      time.setAttribute('title', abs);
      const updated = el('span', 'updated', 'Updated ');
      updated.append(time);
      pieces.push(updated);
    }
    const section = item._news?.section ?? item.tags?.[0];
    if (section) pieces.push(el('span', 'section', section));
    const body = item.content_text ?? item.content_html;
    if (body) {
      const words = (item.content_text ?? item.content_html.replace(/<[^>]*>/g, ' ')).split(/\s+/).filter(Boolean).length;
      const minutes = Math.max(1, Math.round(words / 230));
      pieces.push(el('span', 'reading-time', `${f.number.format(minutes)} min read`));
    }
    const credit = item._news?.image_credit;
    if (credit) pieces.push(el('span', 'credit', `Photo: ${credit}`));
    for (let i = 0; i < pieces.length; i++) {
      if (i > 0) text.append(document.importNode(separatorTemplate, true));
      text.append(pieces[i]);
    }
    line.append(text);
    root.replaceChildren(line);
  }
}
