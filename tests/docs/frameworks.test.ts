// The README's React, Vue and Svelte examples, compiled by each framework's compiler exactly as written
// (tests/server/examples.mjs) and run here: objects arrive as properties, attributes as attributes, and the
// framework's event binding receives our events. (Frameworks set a value as a property when the element has one,
// so `variant` and `layout` arrive as properties.)
import { expect, waitUntil } from '@open-wc/testing';

interface Example {
  mount(container: HTMLElement, props: Record<string, unknown>): () => void;
}

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'The Framework Gazette',
  items: Array.from({ length: 8 }, (_, i) => ({
    id: `story-${i + 1}`,
    title: `Story number ${i + 1}`,
    url: `https://example.com/story-${i + 1}`,
    date_published: '2025-03-24T07:46:00+01:00',
  })),
};

let container: HTMLElement;
let unmount: (() => void) | undefined;
let logged: unknown[][];
const { log, warn } = console;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  logged = [];
  console.log = (...args: unknown[]) => logged.push(['log', ...args]);
  console.warn = (...args: unknown[]) => logged.push(['warn', ...args]);
});

afterEach(() => {
  console.log = log;
  console.warn = warn;
  unmount?.();
  unmount = undefined;
  container.remove();
});

async function mount(name: string, props: Record<string, unknown>): Promise<HTMLElement> {
  const example = (await import(`/__examples__/${name}.js`)) as Example;
  unmount = example.mount(container, props);
  const el = container.querySelector<HTMLElement>('news-trending, news-card, news-feed');
  expect(el, `the ${name} example rendered no news element`).to.not.equal(null);
  await waitUntil(() => ['ready', 'error'].includes(el!.getAttribute('state') ?? ''), `${name}: the element never settled`);
  return el!;
}

function items(el: HTMLElement, part: string): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`));
}

describe('README framework examples', () => {
  it('React: feed and limit, news-article-click reaches the handler', async () => {
    const el = await mount('react', { feed });
    expect(el.localName).to.equal('news-trending');
    expect((el as HTMLElement & { feed: unknown }).feed).to.equal(feed);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(items(el, 'headline')).to.have.length(5);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
    const call = logged.find(([, detail]) => typeof detail === 'object' && detail !== null && 'position' in detail);
    expect(call, 'the onnews-article-click handler did not log the detail').to.not.equal(undefined);
    expect((call![1] as { position: number }).position).to.equal(1);
  });

  it('Vue: feed through .prop, variant, news-error reaches the handler', async () => {
    const el = await mount('vue', { feed });
    expect(el.localName).to.equal('news-card');
    expect((el as HTMLElement & { feed: unknown }).feed).to.equal(feed);
    expect((el as HTMLElement & { variant: string }).variant).to.equal('horizontal');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(items(el, 'headline').map((h) => h.textContent?.trim())).to.deep.equal(['Story number 1']);
    unmount!();

    const broken = await mount('vue', { feed: { title: 'not a feed' } });
    expect(broken.getAttribute('state')).to.equal('error');
    await waitUntil(() => logged.some(([kind]) => kind === 'warn'), 'the @news-error handler was not called');
    const [, message] = logged.find(([kind]) => kind === 'warn')!;
    expect(message).to.be.a('string').and.not.equal('');
  });

  it('Svelte: feed, limit and layout, news-load reaches the handler', async () => {
    const el = await mount('svelte', { feed });
    expect(el.localName).to.equal('news-feed');
    expect((el as HTMLElement & { feed: unknown }).feed).to.equal(feed);
    expect((el as HTMLElement & { layout: string }).layout).to.equal('grid');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(items(el, 'headline')).to.have.length(6);
    await waitUntil(() => logged.some(([, title]) => title === 'The Framework Gazette'), 'the onnews-load handler did not log');
  });
});
