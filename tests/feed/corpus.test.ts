/**
 * Every document of the shared real-world corpus (../shared/corpus, served by the test server under
 * /__test__/corpus/) through JSON.parse and normalizeFeed, plus facts read by hand from the files themselves.
 * Skipped, and says so, when the corpus is not there.
 */
import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/feed/normalize.js';
import { FeedError, type Article, type NormalizeResult } from '../../src/feed/types.js';

interface Listing {
  available: boolean;
  files: string[];
}

async function listing(folder: string): Promise<Listing> {
  const response = await fetch(`/__test__/corpus/${folder}/`);
  if (!response.ok) return { available: false, files: [] };
  return (await response.json()) as Listing;
}

async function corpusText(folder: string, file: string): Promise<string> {
  const response = await fetch(`/__test__/corpus/${folder}/${file}`);
  if (!response.ok) throw new Error(`${folder}/${file}: HTTP ${response.status}`);
  const text = await response.text();
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function skipWithoutCorpus(context: Mocha.Context, list: Listing): void {
  if (list.available && list.files.length > 0) return;
  console.log('shared corpus not found; skipped');
  context.skip();
}

const iso = (date: Date | undefined) => date?.toISOString();

describe('corpus: jsonfeed/ (valid JSON Feeds)', function () {
  this.timeout(30000);
  let files: Listing;
  const results = new Map<string, NormalizeResult>();

  before(async function () {
    files = await listing('jsonfeed');
    skipWithoutCorpus(this, files);
    for (const file of files.files) {
      results.set(file, normalizeFeed(JSON.parse(await corpusText('jsonfeed', file)), {}));
    }
  });

  function feed(file: string): NormalizeResult {
    const result = results.get(file);
    if (result === undefined) throw new Error(`${file} is not in the corpus`);
    return result;
  }

  it('normalizes every file without an exception, each article usable', () => {
    expect(results.size).to.equal(files.files.length);
    expect(results.size).to.be.at.least(40);
    for (const [file, { feed: f }] of results) {
      expect(f.title, file).to.be.a('string');
      for (const article of f.items) {
        expect(article.id, file).to.be.a('string').and.not.equal('');
        expect(article.headline, `${file} ${article.id}`).to.be.a('string').and.not.equal('');
        expect(article.headline.length, `${file} ${article.id}`).to.be.at.most(300);
        expect(article.headline, file).to.not.match(/<script|<\/?p>/i);
      }
    }
  });

  it('allenpike (1.0): three essays, feed author on every item, dates with -07:00', () => {
    const { feed: f, warnings } = feed('allenpike-1.0.json');
    expect(f.items.map((a) => a.headline)).to.deep.equal(['Steve Stories', 'The Principle of Least Surprise', 'Feedback Mountain']);
    expect(f.items[0].id).to.equal('/2017/steve-stories');
    expect(f.items[0].url).to.equal('http://www.allenpike.com/2017/steve-stories');
    expect(f.items[0].authors).to.deep.equal([{ name: 'Allen Pike' }]);
    expect(iso(f.items[0].published)).to.equal('2017-05-01T03:00:00.000Z');
    expect(iso(f.items[2].published)).to.equal('2017-03-01T06:00:00.000Z');
    expect(warnings).to.deep.equal([]);
  });

  it('curtclifton (1.0): dates without a time zone are dropped, one warning each', () => {
    const { feed: f, warnings } = feed('curtclifton-1.0.json');
    expect(f.items).to.have.length(26);
    expect(f.items[0].id).to.equal('twitter-quitter');
    expect(f.items[0].headline).to.equal('Twitter Quitter');
    expect(f.items.every((a) => a.published === undefined && a.modified === undefined)).to.equal(true);
    expect(warnings).to.have.length(27);
    expect(warnings[0]).to.deep.equal({
      path: 'items[0].date_published',
      itemId: 'twitter-quitter',
      message: 'Item "twitter-quitter" (items[0]): date_published "2018-01-06T08:00" is not an RFC 3339 date; dropped.',
    });
    expect(f.items[0].authors).to.deep.equal([
      { name: 'Curt Clifton', url: 'http://curtclifton.net/about', avatar: 'http://curtclifton.net/images/HeadShot.jpg' },
    ]);
  });

  it('daringfireball 2017 (1.0) and 2021 (1.1): author and authors give the same byline', () => {
    const v10 = feed('daringfireball-2017-1.0.json').feed;
    const v11 = feed('daringfireball-2021-1.1.json').feed;
    expect(v10.items).to.have.length(48);
    expect(v11.items).to.have.length(48);
    expect(v10.items[0].headline).to.equal('‘Spectre’ Trailer Re-Cut to With Roger Moore as Bond');
    expect(v10.items[0].url).to.equal('https://daringfireball.net/linked/2017/05/24/moore-spectre');
    expect(v11.items[0].headline).to.equal('MailTrackerBlocker for Apple Mail on MacOS');
    expect(iso(v11.items[0].modified)).to.equal('2021-02-27T01:09:39.000Z');
    expect(v10.items[0].authors).to.deep.equal(v11.items[0].authors);
    expect(v11.items[0].authors).to.deep.equal([{ name: 'John Gruber' }]);
  });

  it('doyouknow (Arabic, 1.0 with language): RTL text kept, date-only dates dropped', () => {
    const { feed: f, warnings } = feed('doyouknow-arabic-rtl-1.0.json');
    expect(f.language).to.equal('ar');
    expect(f.items).to.have.length(20);
    expect(f.items[0].headline).to.equal('كيف تُختبر آليات ألعاب الطاولة فعلياً قبل إطلاقها');
    expect(f.items[0].language).to.equal('ar');
    expect(f.items[0].tags).to.deep.equal(['الترفيه والألعاب']);
    expect(f.items[0].section).to.equal('الترفيه والألعاب');
    expect(f.items[0].published).to.equal(undefined);
    expect(warnings[0].message).to.contain('date_published "2026-08-18" is not an RFC 3339 date');
  });

  it('rosemaryorchard (1.0, large): tags as a comma-separated string, &amp; in titles, null external_url', () => {
    const { feed: f } = feed('rosemaryorchard-large-1.0.json');
    expect(f.items).to.have.length(84);
    expect(f.items[0].headline).to.equal('Workflow: Add Task & Sub Tasks To OmniFocus');
    expect(f.items[0].tags).to.deep.equal(['workflow', 'omnifocus']);
    expect(f.items[1].tags).to.deep.equal([]);
    expect(f.items[2].tags).to.deep.equal(['automators', 'shortcuts', 'siri shortcuts', 'workflow']);
    expect(f.items[0].url).to.equal('https://www.rosemaryorchard.com/blog/workflow-add-task-sub-tasks-to-omnifocus');
    expect(iso(f.items[0].published)).to.equal('2018-08-24T05:00:00.000Z');
  });

  it('aliapourvous (French): double-escaped title, "author": "" warned, empty dates ignored', () => {
    const { feed: f, warnings } = feed('aliapourvous-french-localhost-1.0.json');
    expect(f.title).to.equal('Coucou! C’est Alia & C pour vous!');
    expect(f.items).to.have.length(4);
    expect(f.items[1].image?.src).to.equal(
      'https://3.bp.blogspot.com/-u6Du0RXYArI/WM09Pb0cK9I/AAAAAAAALC8/zwQqeCjK0gERZq2d2MpnnpK_TT1G4NtdgCLcB/s1600/barbecue.jpg',
    );
    expect(f.items[0].modified).to.equal(undefined);
    expect(warnings.map((w) => w.path)).to.deep.equal(['items[0].author', 'items[1].author', 'items[2].author', 'items[3].author']);
    expect(f.items[2].summary).to.equal('Le projet prend nos personnages préférés de film et les met dans différentes images de la réalité russe.');
    // "summary": null: the dek comes from content_text.
    expect(f.items[0].summary).to.match(/^Toujours un plaisir de se faire chouchouter par Fanfan qui sait comment vous sublimer/);
  });

  it('harf (Urdu title): null author url and avatar are simply absent', () => {
    const { feed: f, warnings } = feed('harf-urdu-nulls-1.0.json');
    expect(f.title).to.equal('حرف حیراں');
    expect(f.authors).to.deep.equal([{ name: 'aen' }]);
    expect(f.items[0].headline).to.equal('Hacks for Urdu');
    expect(iso(f.items[0].published)).to.equal('2023-09-12T00:00:00.000Z');
    expect(warnings).to.deep.equal([]);
  });

  it('hikki (Chinese): a duplicated item is dropped, repeated tags are merged', () => {
    const { feed: f, warnings } = feed('hikki-chinese-hexo-1.0.json');
    expect(f.items).to.have.length(19);
    expect(f.items[0].headline).to.equal('QQ/微信/支付宝 收款码美化');
    expect(f.items[0].tags).to.deep.equal(['生活', '好物推荐', '一个小技巧']);
    expect(iso(f.items[0].published)).to.equal('2022-04-10T17:19:45.000Z');
    expect(warnings.map((w) => [w.path, w.itemId])).to.deep.equal([['items[12].id', 'https://www.hikki.site/2022/04/04/43d2d741.html']]);
  });

  it('hugo-garbled-dates: impossible dates dropped, items kept', () => {
    const { feed: f, warnings } = feed('hugo-garbled-dates-1.0.json');
    expect(f.items).to.have.length(7);
    expect(f.items[0].url).to.equal('http://localhost:1313/posts/ljctest2/');
    expect(f.items.every((a) => a.published === undefined && a.modified === undefined)).to.equal(true);
    expect(warnings).to.have.length(14);
  });

  it('journal-3960 (German 1.1): language, image over banner_image, mailto: author link dropped', () => {
    const { feed: f } = feed('journal-3960-de-1.1.json');
    expect(f.title).to.equal('fboës - Der Blog | Startseite');
    expect(f.language).to.equal('de-DE');
    expect(f.items[0].headline).to.equal('Lecker, lecker');
    expect(f.items[0].language).to.equal('de-DE');
    expect(f.items[0].tags).to.deep.equal(['Lustiges']);
    expect(f.items[0].authors[0].url).to.equal(undefined);
    expect(f.items[0].authors[0].name).to.equal('Frank Boës');
  });

  it('krisbaker (Japanese 1.1): language and authors from the feed', () => {
    const { feed: f } = feed('krisbaker-japanese-1.1.json');
    expect(f.language).to.equal('ja');
    expect(f.items[0].headline).to.equal('KiFinderがアプリになる');
    expect(f.items[0].language).to.equal('ja');
    expect(f.items[0].authors).to.deep.equal([{ name: 'Kristopher Baker' }]);
    expect(iso(f.items[0].published)).to.equal('2026-06-30T11:00:00.000Z');
  });

  it('manton micro.blog: untitled posts get a headline from their text; photo-only posts are dropped', () => {
    const { feed: f, warnings } = feed('manton-microblog-hosted-1.0.json');
    expect(f.items).to.have.length(22);
    expect(f.items[0].headline).to.equal('Testing on Thursday.');
    expect(warnings.map((w) => w.path)).to.deep.equal(['items[3]', 'items[8]', 'items[20]']);
  });

  it('publii (relative URLs): kept relative without a base, resolved with one', async () => {
    const { feed: f } = feed('publii-french-relative-urls-1.0.json');
    expect(f.items[0].url).to.equal('/0swstocks.html');
    expect(f.items[0].image?.src).to.equal('/media/posts/16/thumbnail.jpg');
    expect(f.items[1].headline).to.equal("Lazy-load d'images dans boostrap");
    const loaded = normalizeFeed(JSON.parse(await corpusText('jsonfeed', 'publii-french-relative-urls-1.0.json')), {
      url: 'https://oswin.io/feed.json',
    });
    expect(loaded.feed.items[0].url).to.equal('https://oswin.io/0swstocks.html');
    expect(loaded.feed.feedUrl).to.equal('https://oswin.io/feed.json');
  });

  it('spec-simple-example (with a BOM): both untitled items kept', () => {
    const { feed: f } = feed('spec-simple-example-bom-1.0.json');
    expect(f.items.map((a) => [a.id, a.headline])).to.deep.equal([
      ['2', 'This is a second item.'],
      ['1', 'Hello, world!'],
    ]);
  });

  it('vuepress (Chinese 1.1): an item without date_published, an empty authors list', () => {
    const { feed: f } = feed('vuepress-feed2-chinese-1.1.json');
    expect(f.items[1].headline).to.equal('自定义标题');
    expect(f.items[1].summary).to.equal('自定义描述');
    expect(f.items[1].published).to.equal(undefined);
    expect(iso(f.items[1].modified)).to.equal('2022-07-18T14:45:08.000Z');
    expect(f.items[1].authors).to.deep.equal([]);
    expect(f.items[0].authors).to.deep.equal([{ name: 'Mr.Hope' }]);
  });

  it('adventuresindevops (iframes, inline SVG): summaries and headlines hold no markup', () => {
    const { feed: f } = feed('adventuresindevops-iframes-1.0.json');
    expect(f.items).to.have.length(20);
    expect(f.items[0].headline).to.equal('Why does anyone use Crossplane?');
    expect(f.items[0].summary).to.equal('Pushkar shares why teams switch to Crossplane and the perils of misaligned organizational incentives.');
    expect(iso(f.items[0].modified)).to.equal('2026-08-07T00:00:00.000Z');
    expect(f.items[0].published).to.equal(undefined);
    for (const article of f.items) expect(article.summary ?? '').to.not.match(/<|&lt;|viewBox/);
  });

  it('hologramradio and timetable (podcasts): every episode kept, image from item image', () => {
    const holo = feed('hologramradio-podcast-1.0.json').feed;
    expect(holo.items).to.have.length(40);
    expect(holo.items[0].headline).to.equal('Learn Me Something eSports');
    expect(holo.items[0].image?.src).to.equal('https://hologramradio.org/images/LMS-E54-eSports.jpg');
    expect(holo.items.every((a: Article) => a.image !== undefined)).to.equal(true);
    expect(feed('timetable-podcast-1.0.json').feed.items).to.have.length(45);
  });

  it('microblog conversation: untitled posts, author avatars with query strings', () => {
    const { feed: f } = feed('microblog-conversation-api-1.0.json');
    expect(f.items).to.have.length(12);
    expect(f.items[0].id).to.equal('763276');
    expect(f.items[0].headline.startsWith('@eli I will agree. jQuery made scripting easy enough for everyone to try.')).to.equal(true);
    expect(f.items[0].authors[0].avatar).to.equal(
      'https://www.gravatar.com/avatar/974dccbf118a9ee9846f4e9f16273ddd?s=96&d=https%3A%2F%2Fmicro.blog%2Fimages%2Fblank_avatar.png',
    );
  });

  it('zero-item feeds stay feeds', () => {
    const empty = [
      'publii-empty-items-1.0.json',
      'brunow-minimal-empty-1.1.json',
      'microblog-podcast-extension-1.0.json',
      'rsslobster-websub-hubs-empty-1.1.json',
    ];
    for (const file of empty) {
      expect(feed(file).feed.items, file).to.deep.equal([]);
    }
  });
});

/** What each invalid document should give: not JSON, not a feed, or a feed with warnings. */
const EXPECTED_INVALID: Record<string, 'parse' | 'invalid' | 'warnings' | 'clean'> = {
  // The MANIFEST says this file has no version, but it has one (near the end of the one-line document): a clean feed.
  'allthis-missing-version-1.0.json': 'clean',
  'allthis-truncated-partial.json': 'parse',
  'anzenkodo-syntax-error-1.1.json': 'parse',
  'feedparser-author-is-array.json': 'invalid',
  'feedparser-expired-is-string.json': 'invalid',
  'feedparser-hubs-mixed-types.json': 'invalid',
  'feedparser-item-title-script-html.json': 'invalid',
  'feedparser-items-id-is-object.json': 'invalid',
  'feedparser-items-id-nan.json': 'parse',
  'feedparser-version-unknown.json': 'invalid',
  'gofeed-bare-version-string-1.1.json': 'warnings',
  'gofeed-null-feed-author-1.1.json': 'warnings',
  'gofeed-null-item-1.1.json': 'warnings',
  'gofeed-null-item-author-1.1.json': 'warnings',
  'gofeed-truncated-misspelled-version.json': 'parse',
  'influxdata-items-without-id-1.1.json': 'warnings',
  'scriptingnews-rss-in-json-not-jsonfeed.json': 'invalid',
  'sonicdoe-duplicate-item-ids-1.0.json': 'warnings',
  'sonicdoe-item-missing-id-1.0.json': 'warnings',
  // A next_url that is the feed's own URL is kept: news-feed stops paging at a page it has already loaded.
  'sonicdoe-next-url-equals-feed-url-1.0.json': 'clean',
  'thedojomx-html-page-at-feed-json.json': 'parse',
};

describe('corpus: jsonfeed-invalid/', function () {
  this.timeout(30000);
  let files: Listing;

  before(async function () {
    files = await listing('jsonfeed-invalid');
    skipWithoutCorpus(this, files);
  });

  it('gives a JSON parse failure, FeedError "invalid" or warnings, and never any other exception', async () => {
    const outcomes: Record<string, string> = {};
    for (const file of files.files) {
      const text = await corpusText('jsonfeed-invalid', file);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        expect(error, file).to.be.instanceOf(SyntaxError);
        outcomes[file] = 'parse';
        continue;
      }
      try {
        const { warnings } = normalizeFeed(json, { url: `https://corpus.example/${file}` });
        outcomes[file] = warnings.length > 0 ? 'warnings' : 'clean';
      } catch (error) {
        expect(error, file).to.be.instanceOf(FeedError);
        expect((error as FeedError).code, file).to.equal('invalid');
        expect((error as FeedError).path, file).to.be.a('string');
        expect((error as FeedError).src, file).to.equal(`https://corpus.example/${file}`);
        outcomes[file] = 'invalid';
      }
    }
    for (const [file, outcome] of Object.entries(outcomes)) {
      if (file in EXPECTED_INVALID) expect(outcome, file).to.equal(EXPECTED_INVALID[file]);
      else expect(['parse', 'invalid', 'warnings'], file).to.include(outcome);
    }
    expect(Object.keys(outcomes)).to.include.members(Object.keys(EXPECTED_INVALID));
  });
});
