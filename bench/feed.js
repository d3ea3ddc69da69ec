// Deterministic JSON Feeds for the bench: the same seed gives the same feed, in Node and in the browser. Items look
// like a news site's: a headline, a dek, a body of 1–2 KB of HTML with links and character references, an image with
// alt text and credit, one to three authors with avatars, tags, a section, dates (some updated later) and ranks.

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'government council minister election vote budget market shares energy prices climate storm coast city ' +
  'police court judge report study researchers hospital patients school teachers students league season coach ' +
  'striker final record company workers union strike talks agreement border trade tariffs bank rates inflation ' +
  'housing rents airport flights rail network bridge river flood summer winter festival museum artist album film ' +
  'director award science space mission satellite ocean forest wildlife farmers harvest water supply power grid ' +
  'data privacy app users platform startup investors growth plan project mayor region village families children ' +
  'after before during against amid over under new first last major small local national global public'
).split(' ');
const FIRST = ['Anna', 'Ben', 'Clara', 'David', 'Emma', 'Farid', 'Greta', 'Hugo', 'Ida', 'Jonas', 'Karin', 'Lars', 'Maja', 'Nils', 'Olivia', 'Per'];
const LAST = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen'];
const SECTIONS = ['World', 'Politics', 'Business', 'Climate', 'Sport', 'Culture', 'Science', 'Technology', 'Local'];
const CREDITS = ['Reuters', 'AP Photo', 'Ritzau Scanpix', 'Getty Images', 'Staff photographer'];

const MINUTE = 60_000;

/** Image URLs are `/bench/img/<n>.svg` (n < IMAGES) and `/bench/img/avatar-<n>.svg` (n < AVATARS). */
export const IMAGES = 40;
export const AVATARS = 24;

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function words(rand, min, max) {
  const n = min + Math.floor(rand() * (max - min + 1));
  const out = [];
  for (let i = 0; i < n; i++) out.push(pick(rand, WORDS));
  return out;
}

function sentence(rand, min, max) {
  const w = words(rand, min, max);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return w.join(' ');
}

function paragraph(rand) {
  const parts = [];
  const sentences = 3 + Math.floor(rand() * 3);
  for (let i = 0; i < sentences; i++) {
    let s = sentence(rand, 8, 18);
    const r = rand();
    if (r < 0.15) s = s.replace(/ (\w+) /, ' <a href="https://news.example.com/topic/$1">$1</a> ');
    else if (r < 0.25) s = s.replace(/ (\w+) /, ' <em>$1</em> ');
    else if (r < 0.35) s += ' &ndash; ' + pick(rand, WORDS) + '&rsquo;s ' + pick(rand, WORDS);
    parts.push(s + '.');
  }
  return `<p>${parts.join(' ')}</p>`;
}

/** An RFC 3339 date-time for `ms`: in UTC, or in a fixed offset (minutes) written out. */
function rfc3339(ms, offsetMinutes) {
  const local = new Date(ms + offsetMinutes * MINUTE).toISOString().replace(/\.\d{3}Z$/, '');
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A JSON Feed 1.1 object with `items` items. `now` (ms) anchors the dates: item i was published about 7·i minutes
 * before it, so the first couple of hundred are less than a day old (relative dates) and the rest are older.
 * `bodies: false` leaves out `content_html`.
 */
export function makeFeed({ items = 100, seed = 1, now = Date.UTC(2025, 2, 24, 12), bodies = true, nextUrl } = {}) {
  const rand = random(seed);
  const list = [];
  for (let i = 0; i < items; i++) {
    const id = `${seed}-${i}`;
    const title = sentence(rand, 6, 13) + (rand() < 0.1 ? ' &amp; ' + pick(rand, WORDS) : '');
    const published = now - i * 7 * MINUTE - Math.floor(rand() * 5) * MINUTE;
    const authors = [];
    const authorCount = rand() < 0.6 ? 1 : rand() < 0.8 ? 2 : 3;
    for (let a = 0; a < authorCount; a++) {
      const first = Math.floor(rand() * FIRST.length);
      const last = Math.floor(rand() * LAST.length);
      const slug = `${FIRST[first]}-${LAST[last]}`.toLowerCase().replace(/ø/g, 'o');
      const avatar = `/bench/img/avatar-${(first * LAST.length + last) % AVATARS}.svg`;
      authors.push({ name: `${FIRST[first]} ${LAST[last]}`, url: `https://news.example.com/by/${slug}`, avatar });
    }
    const section = pick(rand, SECTIONS);
    const item = {
      id,
      url: `https://news.example.com/${section.toLowerCase()}/${title.split(' ').slice(0, 5).join('-').toLowerCase().replace(/[^a-z-]/g, '')}-${i}`,
      title,
      summary: sentence(rand, 18, 34) + '.',
      image: `/bench/img/${i % IMAGES}.svg`,
      date_published: rfc3339(published, i % 3 === 0 ? 60 : 0),
      authors,
      tags: [section, pick(rand, WORDS), pick(rand, WORDS)],
      _news: {
        section,
        image_alt: sentence(rand, 5, 10),
        image_credit: pick(rand, CREDITS),
      },
    };
    if (bodies) {
      const paragraphs = [];
      let length = 0;
      const target = 1000 + Math.floor(rand() * 1000);
      while (length < target) {
        const p = paragraph(rand);
        paragraphs.push(p);
        length += p.length;
      }
      item.content_html = paragraphs.join('\n');
    }
    if (rand() < 0.3) item.date_modified = rfc3339(published + (5 + Math.floor(rand() * 120)) * MINUTE, 0);
    if (i < 10) item._news.rank = 10 - i;
    list.push(item);
  }
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The Daily Example',
    home_page_url: 'https://news.example.com/',
    feed_url: 'https://news.example.com/feed.json',
    language: 'en',
    _news: { time_zone: 'Europe/Copenhagen' },
    items: list,
  };
  if (nextUrl) feed.next_url = nextUrl;
  return feed;
}
