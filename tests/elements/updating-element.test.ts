import { expect } from '@open-wc/testing';
import { html } from 'lit/html.js';
import { UpdatingElement, css, type PropertyDeclarations, type PropertyValues } from '../../src/elements/updating-element.js';

/** A test element that records its updates. */
class TestCounter extends UpdatingElement {
  static override properties: PropertyDeclarations = {
    label: {},
    count: { type: Number },
    src: { reflect: true },
    data: { attribute: false },
    itemId: { attribute: 'item-id' },
  };
  static override styles = [css`:host { display: block; color: rgb(1, 2, 3); }`];

  label = 'none';
  count = 0;
  src?: string;
  data?: unknown;
  itemId?: string;
  updates: PropertyValues[] = [];
  renders = 0;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('count') && this.count > 10) this.count = 10;
  }

  protected override render(): unknown {
    this.renders++;
    return html`<p>${this.label}: ${this.count}</p>`;
  }

  protected override updated(changed: PropertyValues): void {
    this.updates.push(new Map(changed));
  }
}
customElements.define('test-counter', TestCounter);

const make = () => document.createElement('test-counter') as TestCounter;
const text = (el: TestCounter) => el.shadowRoot!.querySelector('p')!.textContent;

describe('UpdatingElement', () => {
  afterEach(() => document.querySelectorAll('test-counter').forEach((el) => el.remove()));

  it('does no work before it is connected', async () => {
    const el = make();
    el.label = 'a';
    await el.updateComplete;
    expect(el.renders).to.equal(0);
    expect(el.shadowRoot).to.equal(null);
    document.body.append(el);
    await el.updateComplete;
    expect(el.renders).to.equal(1);
    expect(text(el)).to.equal('a: 0');
  });

  it('batches property changes into one update, with the values before it', async () => {
    const el = make();
    document.body.append(el);
    await el.updateComplete;
    el.label = 'b';
    el.count = 2;
    el.count = 3;
    await el.updateComplete;
    expect(el.renders).to.equal(2);
    expect(text(el)).to.equal('b: 3');
    expect([...el.updates[1]]).to.deep.equal([
      ['label', 'none'],
      ['count', 0],
    ]);
  });

  it('does not update when a property is set to the value it has', async () => {
    const el = make();
    document.body.append(el);
    await el.updateComplete;
    el.label = 'none';
    await el.updateComplete;
    expect(el.renders).to.equal(1);
  });

  it('reads attributes into properties: strings, numbers, custom names; none for attribute: false', async () => {
    const el = make();
    el.setAttribute('label', 'from attribute');
    el.setAttribute('count', '7');
    el.setAttribute('item-id', 'x1');
    el.setAttribute('data', 'ignored');
    document.body.append(el);
    await el.updateComplete;
    expect(el.label).to.equal('from attribute');
    expect(el.count).to.equal(7);
    expect(el.itemId).to.equal('x1');
    expect(el.data).to.equal(undefined);
    el.removeAttribute('count');
    await el.updateComplete;
    expect(el.count).to.equal(null);
  });

  it('reflects a property declared with reflect to its attribute', async () => {
    const el = make();
    document.body.append(el);
    el.src = 'feed.json';
    await el.updateComplete;
    expect(el.getAttribute('src')).to.equal('feed.json');
    el.src = undefined;
    await el.updateComplete;
    expect(el.hasAttribute('src')).to.equal(false);
    expect(el.hasAttribute('label')).to.equal(false);
  });

  it('keeps a value set before the element was defined over the default', async () => {
    const early = document.createElement('test-counter-early') as TestCounter;
    (early as unknown as Record<string, unknown>).count = 5;
    document.body.append(early);
    customElements.define('test-counter-early', class extends TestCounter {});
    await early.updateComplete;
    expect(early.count).to.equal(5);
    expect(text(early)).to.equal('none: 5');
    early.remove();
  });

  it('lets willUpdate change a property within the same update', async () => {
    const el = make();
    document.body.append(el);
    await el.updateComplete;
    el.count = 50;
    await el.updateComplete;
    expect(text(el)).to.equal('none: 10');
    expect(el.renders).to.equal(2);
  });

  it('adopts its styles into an open shadow root, one sheet per CSS text', async () => {
    const [a, b] = [make(), make()];
    document.body.append(a, b);
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(getComputedStyle(a).color).to.equal('rgb(1, 2, 3)');
    expect(a.shadowRoot!.adoptedStyleSheets[0]).to.equal(b.shadowRoot!.adoptedStyleSheets[0]);
  });

  it('reports an update that throws on the console and keeps updating', async () => {
    const el = make();
    document.body.append(el);
    await el.updateComplete;
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (error: unknown) => errors.push(error);
    const render = el['render'];
    try {
      el['render'] = () => {
        throw new Error('broken render');
      };
      el.label = 'c';
      await el.updateComplete;
    } finally {
      console.error = consoleError;
      el['render'] = render;
    }
    expect(String(errors[0])).to.contain('broken render');
    el.label = 'd';
    await el.updateComplete;
    expect(text(el)).to.equal('d: 0');
  });
});
