/**
 * Every string the elements show, in English, German, French and Spanish, and replaceable by the
 * page. Templates use `{name}` placeholders; a template may hold two plural forms, `one|other`.
 */
import type { FeedErrorCode } from '../feed/types.js';
import { listFormat, numberFormat, pluralRules, safeLocale } from './intl-cache.js';

export interface NewsStrings {
  /** Byline: `{authors}` is the joined list of names ("By A, B and C"). */
  by: string;
  /** `{date}` is the formatted date of the last change, absolute or relative. */
  updated: string;
  /** `{minutes}`: whole minutes. */
  readingTime: string;
  /** `{credit}`: who the image is credited to. */
  imageCredit: string;
  /** Default heading of `news-trending`. */
  trendingHeading: string;
  /** The button of `news-feed` that loads more stories. */
  showMore: string;
  /** Announced to screen readers while loading. */
  loading: string;
  /** Shown when the feed has no stories to show. */
  empty: string;
  /** Reader-facing error messages, one per `news-error` code; details go to the event and the console. */
  errorNetwork: string;
  errorTimeout: string;
  errorHttp: string;
  errorParse: string;
  errorInvalid: string;
  errorNotFound: string;
  /** Announced to screen readers after "Show more": `{count}` stories were added (`one|other`). */
  newItems: string;
  /** Label of a rank in `news-trending`: `{rank}`. */
  rank: string;
  /** Added to the name of a link that opens in a new tab (`link-target="_blank"`). */
  newTab: string;
}

const unreadable = 'Stories can’t be shown right now.';
const en: NewsStrings = {
  by: 'By {authors}',
  updated: 'Updated {date}',
  readingTime: '{minutes} min read',
  imageCredit: 'Photo: {credit}',
  trendingHeading: 'Trending Now',
  showMore: 'Show more',
  loading: 'Loading…',
  empty: 'No stories to show right now.',
  errorNetwork: 'Stories couldn’t be loaded. Check your connection.',
  errorTimeout: 'Stories are taking too long to load. Try again later.',
  errorHttp: 'Stories are unavailable right now.',
  errorParse: unreadable,
  errorInvalid: unreadable,
  errorNotFound: 'This story is no longer available.',
  newItems: '{count} more story loaded|{count} more stories loaded',
  rank: 'No. {rank}',
  newTab: '(opens in a new tab)',
};

const deUnreadable = 'Artikel können gerade nicht angezeigt werden.';
const de: NewsStrings = {
  by: 'Von {authors}',
  updated: 'Aktualisiert: {date}',
  readingTime: '{minutes} Min. Lesezeit',
  imageCredit: 'Foto: {credit}',
  trendingHeading: 'Im Trend',
  showMore: 'Mehr anzeigen',
  loading: 'Wird geladen…',
  empty: 'Derzeit keine Artikel.',
  errorNetwork: 'Artikel konnten nicht geladen werden. Bitte Verbindung prüfen.',
  errorTimeout: 'Das Laden dauert zu lange. Bitte später erneut versuchen.',
  errorHttp: 'Artikel sind gerade nicht verfügbar.',
  errorParse: deUnreadable,
  errorInvalid: deUnreadable,
  errorNotFound: 'Dieser Artikel ist nicht mehr verfügbar.',
  newItems: '{count} weiterer Artikel geladen|{count} weitere Artikel geladen',
  rank: 'Nr. {rank}',
  newTab: '(öffnet in neuem Tab)',
};

const frUnreadable = 'Les articles ne peuvent pas être affichés pour le moment.';
const fr: NewsStrings = {
  by: 'Par {authors}',
  updated: 'Mis à jour\u00a0: {date}',
  readingTime: '{minutes} min de lecture',
  imageCredit: 'Photo\u00a0: {credit}',
  trendingHeading: 'Tendances',
  showMore: 'Afficher plus',
  loading: 'Chargement…',
  empty: 'Aucun article pour le moment.',
  errorNetwork: 'Impossible de charger les articles. Vérifiez votre connexion.',
  errorTimeout: 'Le chargement prend trop de temps. Réessayez plus tard.',
  errorHttp: 'Les articles sont indisponibles pour le moment.',
  errorParse: frUnreadable,
  errorInvalid: frUnreadable,
  errorNotFound: 'Cet article n’est plus disponible.',
  newItems: '{count} article de plus chargé|{count} articles de plus chargés',
  rank: 'N°\u00a0{rank}',
  newTab: '(s’ouvre dans un nouvel onglet)',
};

const esUnreadable = 'No se pueden mostrar las noticias en este momento.';
const es: NewsStrings = {
  by: 'Por {authors}',
  updated: 'Actualizado: {date}',
  readingTime: '{minutes} min de lectura',
  imageCredit: 'Foto: {credit}',
  trendingHeading: 'Tendencias',
  showMore: 'Mostrar más',
  loading: 'Cargando…',
  empty: 'No hay noticias por ahora.',
  errorNetwork: 'No se pudieron cargar las noticias. Comprueba tu conexión.',
  errorTimeout: 'La carga está tardando demasiado. Inténtalo más tarde.',
  errorHttp: 'Las noticias no están disponibles en este momento.',
  errorParse: esUnreadable,
  errorInvalid: esUnreadable,
  errorNotFound: 'Esta noticia ya no está disponible.',
  newItems: 'Se cargó {count} noticia más|Se cargaron {count} noticias más',
  rank: 'N.º {rank}',
  newTab: '(se abre en una pestaña nueva)',
};

const tables: Record<string, NewsStrings> = { en, de, fr, es };

/** The primary language subtag of `lang`, lower case (`de-AT` → `de`); `en` for an invalid tag. */
export function primaryLanguage(lang: string | undefined | null): string {
  return safeLocale(lang).split('-')[0].toLowerCase();
}

/**
 * The strings for `lang` (`de-AT` → German; a language without a table → English), with `overrides`
 * on top. Only known keys with string values are taken from `overrides` (it may come from page JSON).
 * Without overrides the shared built-in table is returned: do not modify it.
 */
export function resolveStrings(lang: string, overrides?: Partial<NewsStrings> | null): NewsStrings {
  const base = tables[primaryLanguage(lang)] ?? en;
  if (!overrides || typeof overrides !== 'object') return base;
  const strings = { ...base };
  for (const key of Object.keys(base) as (keyof NewsStrings)[]) {
    const value: unknown = overrides[key];
    if (typeof value === 'string') strings[key] = value;
  }
  return strings;
}

const errorKeys: Record<FeedErrorCode, keyof NewsStrings> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  http: 'errorHttp',
  parse: 'errorParse',
  invalid: 'errorInvalid',
  'not-found': 'errorNotFound',
};

/** The reader-facing message for a `news-error` code; an unknown code gets the `http` message. */
export function errorMessage(strings: NewsStrings, code: FeedErrorCode | string): string {
  return strings[errorKeys[code as FeedErrorCode] ?? 'errorHttp'];
}

const placeholder = /\{(\w+)\}/g;

/**
 * Splits `template` at its `{name}` placeholders and puts `values[name]` in their place, keeping
 * any kind of value (e.g. a Lit template for a link). Unknown placeholders stay as written.
 * `fillParts('By {authors}', { authors: x })` → `['By ', x]`.
 */
export function fillParts<T>(template: string, values: Record<string, T>): (string | T)[] {
  const parts: (string | T)[] = [];
  let last = 0;
  for (const match of template.matchAll(placeholder)) {
    if (!Object.prototype.hasOwnProperty.call(values, match[1])) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(values[match[1]]);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/**
 * Fills `template` with `values`. Numbers are formatted for `locale` ("1,234"; de "1.234").
 * A template with two forms, `one|other`, uses the first when the plural rules of `locale` call the
 * first number among `values` "one" (`fill('{n} story|{n} stories', { n: 1 })` → "1 story").
 */
export function fill(template: string, values: Record<string, string | number>, locale = 'en'): string {
  const forms = template.split('|');
  if (forms.length > 1) {
    const count = Object.values(values).find((value) => typeof value === 'number');
    const one = typeof count === 'number' && pluralRules(locale).select(count) === 'one';
    template = one ? forms[0] : forms.slice(1).join('|');
  }
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    text[key] = typeof value === 'number' ? numberFormat(locale).format(value) : value;
  }
  return fillParts(template, text).join('');
}

/** The list formatter for `locale`; English lists use news style, without the serial comma. */
function authorList(locale: string): Intl.ListFormat {
  return listFormat(primaryLanguage(locale) === 'en' ? 'en-GB' : locale, { type: 'conjunction' });
}

/**
 * The joined list as parts, for rendering each name as a link: `element` parts are the items in
 * order, `literal` parts the separators (`A`, `, `, `B`, ` and `, `C`).
 */
export function listParts(items: string[], locale: string): { type: 'element' | 'literal'; value: string }[] {
  return authorList(locale).formatToParts(items);
}

/** Joins names: "A", "A and B", "A, B and C" (de "A, B und C", fr "A, B et C", es "A, B y C"). */
export function joinList(items: string[], locale: string): string {
  return authorList(locale).format(items);
}

/**
 * "By A, B and C" in the language of `locale`, from the `by` string of `strings` (default: the
 * built-in table for `locale`). Blank names are skipped; no names gives `''`.
 */
export function formatAuthors(names: string[], locale: string, strings: NewsStrings = resolveStrings(locale)): string {
  const clean = names.map((name) => String(name ?? '').trim()).filter(Boolean);
  return clean.length ? fill(strings.by, { authors: joinList(clean, locale) }, locale) : '';
}

/**
 * The language of `el`: its own non-empty `lang`, else the nearest ancestor's, walking out of
 * shadow roots through their hosts (slotted content follows its light-DOM parents), else the
 * document's, else `navigator.language`, else `en`. Returned as written; Intl calls validate it.
 */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
    if (node instanceof Document) break;
  }
  return document.documentElement?.lang?.trim() || (typeof navigator !== 'undefined' && navigator.language) || 'en';
}
