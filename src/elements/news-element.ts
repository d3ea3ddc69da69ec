import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isAbortError, resolveFeed } from '../feed/loader.js';
import { FeedError, type Article, type Feed, type NormalizeResult } from '../feed/types.js';
import { formatForStyle, pickTimeZone, subscribeTick, type DateStyle } from '../format/date.js';
import { errorMessage, resolveLang, resolveStrings, type NewsStrings } from '../format/strings.js';
import type { NewsArticleClickDetail, NewsErrorDetail, NewsLoadDetail } from '../events.js';
import { sharedStyles } from './shared.styles.js';

/** The `state` attribute that every element reflects. */
export type NewsState = 'loading' | 'ready' | 'empty' | 'error';

/** Feeds whose warnings were already written to the console: each is reported once. */
const reported = new WeakSet<NormalizeResult>();

/**
 * What the four elements share: where the data comes from (`.feed`, an inline feed script, `src`), the reflected
 * `state`, the three events, dates, strings and links. One level of inheritance and no more; each element adds
 * only what it renders.
 *
 * @fires news-load - The data has loaded. Detail: `{ feed, warnings }`.
 * @fires news-error - The data could not be shown. Detail: `{ code, message, src, status?, path? }`.
 * @fires news-article-click - A reader followed an article link. Detail: `{ article, position }`.
 * @csspart message - The text shown in the `empty` and `error` states.
 * @cssprop [--news-font=inherit] - Font family.
 * @cssprop [--news-headline-font=var(--news-font)] - Font family of headlines.
 * @cssprop [--news-color-text=inherit] - Text color; by default the page's.
 * @cssprop [--news-color-muted] - Secondary text (dates, bylines, credits); default: the text color at 68%.
 * @cssprop [--news-color-surface] - Placeholders and skeletons; default: the text color at 8%.
 * @cssprop [--news-color-border] - Rules and borders; default: the text color at 18%.
 * @cssprop [--news-accent=#b3122e] - Section kickers and ranks (a lighter red on dark pages).
 * @cssprop [--news-focus-color=#0a58ca] - Keyboard focus ring.
 * @cssprop [--news-radius=6px] - Corner radius of images and skeletons.
 * @cssprop [--news-space=12px] - Base spacing.
 */
export class NewsElement extends LitElement {
  /** Typed as a group so that elements can add their own: `static override styles = [NewsElement.styles, own]`. */
  static override styles: CSSResultGroup = sharedStyles;

  /** A parsed JSON Feed object. Wins over an inline feed script and `src`. */
  @property({ attribute: false }) feed?: unknown;

  /** URL of a JSON Feed, relative to the page. Elements with the same `src` share one request. */
  @property({ reflect: true }) src?: string;

  /** IANA time zone for dates (`Europe/Copenhagen`); else the feed's `_news.time_zone`, else the reader's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** `relative` ("3 hours ago"), `absolute` ("Mar 24, 2025, 7:46 AM CET") or `auto` (relative within a day). */
  @property({ attribute: 'date-style' }) dateStyle: DateStyle = 'auto';

  /** Where article links open, e.g. `_blank`; default: the same tab. New tabs get `rel="noopener noreferrer"`. */
  @property({ attribute: 'link-target' }) linkTarget?: string;

  /** Replacements for any of the visible strings (see `NewsStrings`). */
  @property({ attribute: false }) strings?: Partial<NewsStrings>;

  /** The loaded data. */
  @state() protected result?: NormalizeResult;

  @state() private _state: NewsState = 'loading';
  @state() private _error?: FeedError;

  /** `loading`, `ready`, `empty` or `error`; also reflected as the `state` attribute. */
  get state(): NewsState {
    return this._state;
  }

  private _abort?: AbortController;
  private _untick?: () => void;
  private _needsLoad = true;
  /** Set while rendering when a date is shown as relative text, so that the shared timer keeps it current. */
  protected usesRelativeTime = false;
  /** The articles that links point at, by position (from 1), for `news-article-click`. */
  protected linkedArticles: Article[] = [];

  constructor() {
    super();
    this.addEventListener('click', this._onClick);
  }

  override connectedCallback(): void {
    // eslint-disable-next-line wc/guard-super-call -- LitElement always implements it.
    super.connectedCallback();
    this._needsLoad = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    // eslint-disable-next-line wc/guard-super-call -- LitElement always implements it.
    super.disconnectedCallback();
    this._abort?.abort();
    this._abort = undefined;
    this._untick?.();
    this._untick = undefined;
    // A load cut short reloads when the element comes back.
    if (this._state === 'loading') this._needsLoad = true;
  }

  /** Properties whose change means new data. Elements with more sources add theirs. */
  protected isSourceChange(changed: PropertyValues): boolean {
    return changed.has('feed') || changed.has('src');
  }

  /** Finds the element's data. Elements with an `.article` property override this. */
  protected resolveData(signal: AbortSignal): Promise<NormalizeResult | undefined> {
    return resolveFeed({ host: this, feed: this.feed, src: this.src, signal });
  }

  /** Whether the loaded data has something to show; `false` means the `empty` state. */
  protected hasContent(result: NormalizeResult): boolean {
    return result.feed.items.length > 0;
  }

  /** A `FeedError` when the loaded data lacks what this element needs (e.g. `not-found`). */
  protected checkData(_result: NormalizeResult): FeedError | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.isConnected && (this._needsLoad || (this.hasUpdated && this.isSourceChange(changed)))) {
      this._needsLoad = false;
      void this._load();
    }
  }

  private async _load(): Promise<void> {
    this._abort?.abort();
    const controller = (this._abort = new AbortController());
    this._setState('loading');
    let result: NormalizeResult | undefined;
    try {
      result = await this.resolveData(controller.signal);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this._fail(error instanceof FeedError ? error : new FeedError('invalid', String(error)));
      return;
    }
    if (controller.signal.aborted) return;
    this.result = result;
    this._error = undefined;
    if (!result) {
      this._setState('empty');
      return;
    }
    if (!reported.has(result) && result.warnings.length) {
      reported.add(result);
      const where = result.feed.feedUrl ?? this.localName;
      console.warn(
        `news-widgets: ${result.warnings.length} part(s) of the feed ${where} were dropped:\n` +
          result.warnings.map((warning) => `- ${warning.message}`).join('\n'),
      );
    }
    const problem = this.checkData(result);
    if (problem) {
      this._fail(problem);
      return;
    }
    this._setState(this.hasContent(result) ? 'ready' : 'empty');
    this.emit<NewsLoadDetail>('news-load', { feed: result.feed, warnings: result.warnings });
  }

  private _fail(error: FeedError): void {
    this._error = error;
    this._setState('error');
    const detail: NewsErrorDetail = { code: error.code, message: error.message, src: error.src };
    if (error.status !== undefined) detail.status = error.status;
    if (error.path !== undefined) detail.path = error.path;
    console.warn(`news-widgets: <${this.localName}> ${error.message}`);
    this.emit('news-error', detail);
  }

  private _setState(value: NewsState): void {
    this._state = value;
    this.setAttribute('state', value);
  }

  /** Dispatches a bubbling, composed event. */
  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private _onClick = (event: MouseEvent): void => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const position = Number(link?.dataset.position);
    const article = this.linkedArticles[position - 1];
    if (!article) return;
    this.emit<NewsArticleClickDetail>('news-article-click', { article, position });
  };

  // Rendering helpers ------------------------------------------------------------------------------------------

  /** The element's language: its `lang`, else the nearest ancestor's, else the document's. */
  protected get locale(): string {
    return resolveLang(this);
  }

  /** The visible strings in the element's language, with the page's replacements. */
  protected get text(): NewsStrings {
    return resolveStrings(this.locale, this.strings);
  }

  /** The zone dates are shown in. */
  protected get zone(): string | undefined {
    return pickTimeZone(this.timeZone, this.result?.feed.timeZone);
  }

  /** The loaded feed, when there is one. */
  protected get data(): Feed | undefined {
    return this.result?.feed;
  }

  /** `<time>` for a date in the element's `date-style`; `nothing` for no date. */
  protected renderTime(
    date: Date | undefined,
    part: string,
    style: DateStyle = this.dateStyle,
    locale = this.locale,
  ): TemplateResult | typeof nothing {
    if (!date) return nothing;
    const formatted = formatForStyle(date, { style, locale, timeZone: this.zone });
    if (!formatted.text) return nothing;
    if (formatted.relative) this.usesRelativeTime = true;
    return html`<time part=${part} datetime=${formatted.datetime} title=${ifDefined(formatted.relative ? formatted.absolute : undefined)}
      >${formatted.text}</time
    >`;
  }

  /**
   * An article link: the headline's own text names the article. `position` (from 1) is reported with
   * `news-article-click`. Without a URL, the content is rendered without a link.
   */
  protected renderLink(article: Article, position: number, content: unknown, part = 'link'): unknown {
    this.linkedArticles[position - 1] = article;
    if (!article.url) return content;
    const target = this.linkTarget || undefined;
    const newTab = !!target && target !== '_self' && target !== '_parent' && target !== '_top';
    return html`<a
      part=${part}
      href=${article.url}
      target=${target ?? nothing}
      rel=${newTab ? 'noopener noreferrer' : nothing}
      data-position=${position}
      >${content}${newTab ? html`<span class="visually-hidden"> ${this.text.newTab}</span>` : nothing}</a
    >`;
  }

  /** The `part="message"` text for the `empty` and `error` states. */
  protected renderMessage(): TemplateResult {
    const text = this.text;
    const message = this._error ? errorMessage(text, this._error.code) : text.empty;
    return html`<p part="message">${message}</p>`;
  }

  /** What the element shows while loading: a skeleton with the content's size. */
  protected renderSkeleton(): unknown {
    return html`<span class="visually-hidden">${this.text.loading}</span>
      <div class="skeleton" part="skeleton" aria-hidden="true"></div>`;
  }

  /** What the element shows when ready. */
  protected renderContent(_feed: Feed): unknown {
    return nothing;
  }

  protected override update(changed: PropertyValues): void {
    this.usesRelativeTime = false;
    this.linkedArticles = [];
    try {
      super.update(changed);
    } catch (error) {
      // Lit could not commit what render() returned: show the error state instead of throwing.
      this._renderFailed(error);
    }
  }

  /**
   * A render that threw (a bug of ours, or page data that breaks it: a `strings` getter that throws) must not break
   * the page: the element reports it once and moves to `error`. When rendering the error state throws too, the
   * element shows the built-in message instead and stops there, so that a failure never loops.
   */
  private _renderFailed(error: unknown): void {
    console.error(`news-widgets: <${this.localName}> rendering failed`, error);
    if (this._state === 'error') return;
    this._fail(new FeedError('invalid', `<${this.localName}> could not render its data: ${String(error)}`));
  }

  /** The `part="message"` of a failed render: the built-in text, without the page's strings (they may be the cause). */
  private _renderFallback(): TemplateResult {
    let message = '';
    try {
      message = errorMessage(resolveStrings(this.locale), 'invalid');
    } catch {
      // Nothing to say: the element stays blank rather than break the page.
    }
    return html`<p part="message">${message}</p>`;
  }

  protected override updated(): void {
    if (this.usesRelativeTime && !this._untick && this.isConnected) {
      this._untick = subscribeTick(() => this.requestUpdate());
    } else if (!this.usesRelativeTime && this._untick) {
      this._untick();
      this._untick = undefined;
    }
  }

  /**
   * The element's state as a template. An exception from the render helpers is caught here, inside `render()`: a
   * `render()` that throws would leave Lit's update cycle unfinished, and the element would never render again.
   */
  override render(): unknown {
    try {
      const feed = this.result?.feed;
      if (this._state === 'loading') return this.renderSkeleton();
      if (this._state === 'ready' && feed) return this.renderContent(feed);
      return this.renderMessage();
    } catch (error) {
      this._renderFailed(error);
      return this._renderFallback();
    }
  }
}

/** Defines `tag` unless it is already defined (the drop-in script may load twice, or beside the npm build). */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
