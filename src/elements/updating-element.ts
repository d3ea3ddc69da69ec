/**
 * The reactive base of the elements, on lit-html (Lit's templates) alone: declared properties with their attributes,
 * one batched update per microtask that renders into an open shadow root, and styles adopted from constructed style
 * sheets. LitElement does this and more (controllers, decorators, `<style>` fallbacks for browsers without
 * constructable style sheets, server rendering); these elements need only this part, at a fraction of its bytes.
 * The lifecycle has LitElement's names and order: `willUpdate(changed)`, `render()`, `updated(changed)`,
 * `requestUpdate()`, `updateComplete`, `hasUpdated`.
 */
import { render } from 'lit/html.js';

export interface PropertyOptions {
  /** The attribute's name; `false` for none. Default: the property's name in lower case. */
  attribute?: string | false;
  /** `Number`: the attribute is read as a number (a removed attribute is `null`). Default: a string. */
  type?: NumberConstructor;
  /** The attribute follows the property. */
  reflect?: boolean;
}

export type PropertyDeclarations = Record<string, PropertyOptions>;

/** The properties that changed in an update, with their values before it. */
export type PropertyValues = Map<string, unknown>;

/** Tags CSS text (so that the build minifies it) and returns it as it is written. */
export const css = String.raw;

/** One constructed style sheet per CSS text, shared by every element that uses it. */
const sheets = new Map<string, CSSStyleSheet>();

function sheet(text: string): CSSStyleSheet {
  let made = sheets.get(text);
  if (!made) {
    made = new CSSStyleSheet();
    made.replaceSync(text);
    sheets.set(text, made);
  }
  return made;
}

/**
 * The declared properties of a class and of the classes it extends. (A class that declares none inherits its parent's
 * `properties`, which then merge twice, to the same result.)
 */
function declared(type: typeof UpdatingElement): PropertyDeclarations {
  return type == UpdatingElement ? {} : { ...declared(Object.getPrototypeOf(type)), ...type.properties };
}

const attributeOf = (name: string, options: PropertyOptions): string | false =>
  options.attribute ?? name.toLowerCase();

export abstract class UpdatingElement extends HTMLElement {
  /** Properties whose change updates the element, with their attributes. Subclasses add theirs. */
  static properties: PropertyDeclarations = {};
  /** CSS texts (written with {@link css}) adopted into the shadow root. */
  static styles: string[] = [];

  /** Defines the accessors of the declared properties; read once, when the element is defined. */
  static get observedAttributes(): string[] {
    const properties = declared(this);
    const attributes = [];
    for (const [name, options] of Object.entries(properties)) {
      Object.defineProperty(this.prototype, name, {
        get(this: UpdatingElement) {
          return this._values[name];
        },
        set(this: UpdatingElement, value: unknown) {
          const old = this._values[name];
          if (!Object.is(old, value)) {
            this._values[name] = value;
            this.requestUpdate(name, old);
          }
        },
        configurable: true,
      });
      const attribute = attributeOf(name, options);
      if (attribute) attributes.push(attribute);
    }
    return attributes;
  }

  /**
   * Whether the element has rendered once.
   * @ignore (a lifecycle member, as in LitElement: not part of any element's reference)
   */
  hasUpdated = false;
  private _values: Record<string, unknown> = {};
  private _changed: PropertyValues = new Map();
  /** Values set on the element before it was upgraded: they win over the defaults, at the first update. */
  private _early: Record<string, unknown> = {};
  private _pending = false;
  private _done: Promise<unknown> = Promise.resolve();

  constructor() {
    super();
    for (const name in declared(this.constructor as typeof UpdatingElement)) {
      if (Object.hasOwn(this, name)) {
        this._early[name] = this[name as keyof this];
        delete this[name as keyof this];
      }
    }
  }

  /**
   * Resolves once the element has no update pending (after the one in progress, and any it asked for).
   * @ignore (a lifecycle member, as in LitElement: not part of any element's reference)
   */
  get updateComplete(): Promise<boolean> {
    return this._done.then(() => !this._pending || this.updateComplete);
  }

  connectedCallback(): void {
    if (!this.shadowRoot) {
      const type = this.constructor as typeof UpdatingElement;
      // The shadow root is made on connection, not in the constructor: no work before an element is connected.
      // eslint-disable-next-line wc/attach-shadow-constructor
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = type.styles.map(sheet);
    }
    this.requestUpdate();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const properties = declared(this.constructor as typeof UpdatingElement);
    for (const [name, options] of Object.entries(properties)) {
      if (attributeOf(name, options) == attribute) {
        (this as Record<string, unknown>)[name] = options.type && value != null ? options.type(value) : value;
      }
    }
  }

  /**
   * Asks for an update in the next microtask (once connected). With `name`, records that this property changed from
   * `old`; a change made in `willUpdate` joins the update in progress.
   */
  requestUpdate(name?: string, old?: unknown): void {
    if (name != null && !this._changed.has(name)) this._changed.set(name, old);
    // The shadow root, made on the first connection, is the sign that the element may update.
    if (!this._pending && this.shadowRoot) {
      this._pending = true;
      this._done = Promise.resolve().then(() => this._update());
    }
  }

  private _update(): void {
    const changed = this._changed;
    try {
      if (!this.hasUpdated) Object.assign(this, this._early);
      this.willUpdate(changed);
      render(this.render(), this.shadowRoot!, { host: this });
      const properties = declared(this.constructor as typeof UpdatingElement);
      for (const name of changed.keys()) {
        const attribute = properties[name]?.reflect && attributeOf(name, properties[name]);
        const value = this._values[name];
        if (attribute) {
          if (value == null) this.removeAttribute(attribute);
          else this.setAttribute(attribute, String(value));
        }
      }
    } catch (error) {
      console.error(error);
    }
    this._changed = new Map();
    this._pending = false;
    this.hasUpdated = true;
    try {
      this.updated(changed);
    } catch (error) {
      console.error(error);
    }
  }

  /** Before rendering: compute what the render needs. Property changes made here join this update. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** What the shadow root shows: anything lit-html renders. */
  protected abstract render(): unknown;

  /** After rendering. A property change made here asks for another update. */
  protected updated(_changed: PropertyValues): void {}
}
