/**
 * Strict pages: the four elements on a page served with
 * `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for
 * 'script'; trusted-types lit-html` (the policy names SECURITY.md documents), loaded from a URL and from an inline
 * feed script, fed the hostile fixture. The page is its own document in an iframe (the test runner's page needs
 * inline scripts); its harness (tests/server/csp-harness.js) reports violations, errors and what each element shows.
 *
 * Both builds are checked: the source modules as the dev server serves them (Lit's development build), and one
 * classic script bundled like the drop-in (Lit's production build).
 */
import { expect } from '@open-wc/testing';
import { guardPage } from './helpers.js';

guardPage();

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

interface Report {
  violations: Violation[];
  errors: string[];
  timedOut: boolean;
  elements: { tag: string; id: string; state: string | null; text: string; links: string[]; rel: string[]; images: string[] }[];
}

/** The Trusted Types policies the elements create; SECURITY.md tells strict sites to allow exactly these. */
const DOCUMENTED_POLICIES = ['lit-html'];

/** Loads /__test__/csp/page?<query> in an iframe and waits for its harness's report. */
async function strictPage(query: Record<string, string>): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const report = new Promise<Report>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no report from the strict page')), 12000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'csp-report') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data as Report);
    });
  });
  frame.src = `/__test__/csp/page?${new URLSearchParams({ policies: DOCUMENTED_POLICIES.join(','), ...query })}`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

function expectAllReady(report: Report): void {
  expect(report.timedOut, 'the page settled').to.equal(false);
  expect(report.elements.map((e) => `${e.tag}${e.id ? `#${e.id}` : ''}: ${e.state}`)).to.deep.equal([
    'news-card: ready',
    'news-trending: ready',
    'news-byline: ready',
    'news-feed: ready',
    'news-trending#inline: ready',
  ]);
}

function expectHostileFeedInert(report: Report): void {
  const [card, trending, byline, feed, inline] = report.elements;
  const title = `<img src="/__test__/status/404?key=hostile-fixture-img" onerror="window.__pwn('title')"> Markup in every field`;
  for (const element of [card, trending, feed]) expect(element.text, element.tag).to.contain(title);
  expect(byline.text).to.contain(`By <img src="/__test__/status/404?key=hostile-fixture-img" onerror="window.__pwn('author.name')"> Ana`);
  expect(inline.text).to.contain('An inline feed needs no request <script>alert(1)</script>');
  for (const element of report.elements) {
    for (const url of [...element.links, ...element.images]) {
      expect(['http:', 'https:'], `${element.tag}: ${url}`).to.include(new URL(url, location.href).protocol);
    }
  }
}

describe('strict pages: CSP and Trusted Types', function () {
  this.timeout(20000);

  for (const [build, lit] of [
    ['source', "Lit's development build"],
    ['bundle', "Lit's production build, as in the drop-in script"],
  ] as const) {
    it(`${build} (${lit}): all four elements, and an inline feed, are ready with zero violations and no errors`, async () => {
      const report = await strictPage({ build });
      expect(report.violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(report.errors, 'uncaught errors').to.deep.equal([]);
      expectAllReady(report);
      expectHostileFeedInert(report);
    });
  }

  it('a feed with images (one of them broken) on the page\'s origin: every element ready, zero violations', async () => {
    const report = await strictPage({ build: 'bundle', feed: '/tests/fixtures/cards.json' });
    expect(report.violations).to.deep.equal([]);
    expectAllReady(report);
    expect(report.elements.find((e) => e.tag === 'news-card')!.text).to.contain('Harbor bridge reopens');
    expect(report.elements.find((e) => e.tag === 'news-feed')!.images.length).to.be.at.least(1);
  });

  it(`${DOCUMENTED_POLICIES.join(', ')} is the only Trusted Types policy the elements create: with none allowed, only it is reported`, async () => {
    const report = await strictPage({ build: 'bundle', policies: '' });
    const reported = report.violations.map((v) => `${v.directive}: ${v.sample}`);
    expect(reported).to.deep.equal(DOCUMENTED_POLICIES.map((name) => `trusted-types: ${name}`));
  });

  it("two copies of Lit on one page (the drop-in next to an npm build) need 'allow-duplicates'", async () => {
    const without = await strictPage({ build: 'both' });
    expect(without.violations.map((v) => `${v.directive}: ${v.sample}`)).to.deep.equal(['trusted-types: lit-html']);
    expect(without.errors).to.have.length(1);
    expect(without.errors[0]).to.match(/Policy with name "lit-html" already exists/);
    // The first copy defined the elements: the page still shows them.
    expectAllReady(without);

    const allowed = await strictPage({ build: 'both', duplicates: '1' });
    expect(allowed.violations).to.deep.equal([]);
    expect(allowed.errors).to.deep.equal([]);
    expectAllReady(allowed);
  });

  describe('the harness sees a violation when there is one (controls)', () => {
    const controls: [string, string, string][] = [
      ['inline-style', 'an inline style attribute', 'style-src-attr'],
      ['inner-html', 'a string assigned to innerHTML', 'require-trusted-types-for'],
      ['policy', 'a Trusted Types policy the page does not allow', 'trusted-types'],
      ['eval', 'eval', 'require-trusted-types-for'],
    ];
    for (const [violate, what, directive] of controls) {
      it(`${what}: one ${directive} violation is reported`, async () => {
        const report = await strictPage({ build: 'bundle', violate });
        expect(report.violations.map((v) => v.directive)).to.deep.equal([directive]);
        expectAllReady(report);
      });
    }
  });
});
