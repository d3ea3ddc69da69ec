/**
 * Dates for the elements: absolute and relative text in the element's language, time zone abbreviations ("CET", not
 * "GMT+1"), and one shared timer that keeps relative times fresh. Nothing here throws on bad input.
 */
import { dateTimeFormat, intl, once, parseTimeZone } from './intl-cache.js';

export { parseTimeZone };

/** How a date is shown: `relative` ("3 hours ago"), `absolute` ("Mar 24, 2025, 7:46 AM CET"), `auto`. */
export type DateStyle = 'relative' | 'absolute' | 'auto';

export interface DateOptions {
  /** BCP 47 language tag of the element; invalid tags fall back to `en`. */
  locale: string;
  /** IANA time zone to show the time in; missing or invalid means the reader's own zone. */
  timeZone?: string;
}

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/** `auto` shows past dates younger than this as relative text. */
export const AUTO_RELATIVE_MS = DAY;
/** Interval of the shared ticker: relative text has minute precision. */
export const TICK_MS = MINUTE;

/** The current time in ms since the epoch. Elements read "now" only through this, so tests can freeze it. */
export let now: () => number = Date.now;

/** Replaces the clock behind {@link now} (for tests); no argument restores `Date.now`. */
export function setClock(fn = Date.now): void {
  now = fn;
}

function isValidDate(date: unknown): date is Date {
  return date instanceof Date && !isNaN(+date);
}

/** The value for `<time datetime>`: UTC ISO 8601 without zero milliseconds, or `''` for an invalid date. */
export function isoDateTime(date: Date): string {
  return isValidDate(date) ? date.toISOString().replace('.000Z', 'Z') : '';
}

/** Offset forms ("GMT+1", "UTC−5", "GMT+5:30") have digits; abbreviations ("CET", "GMT", "UTC") do not. */
const OFFSET = /\p{Nd}/u;

/** The short names of the zone at `date` in `locale`, `en-US` and `en-GB`: the first that is no offset form. */
function findAbbreviation(date: Date, timeZone: string | undefined, locale: string): string {
  // `''` for a date out of range.
  if (!isValidDate(date)) return '';
  const names = [locale, 'en-US', 'en-GB'].map(
    (tag) =>
      dateTimeFormat(tag, { timeZone, timeZoneName: 'short' })
        .formatToParts(date)
        .find((part) => part.type === 'timeZoneName')?.value ?? '',
  );
  return names.find((name) => !OFFSET.test(name)) ?? names[0];
}

/**
 * The common abbreviation of `timeZone` at `date`: "CET"/"CEST" (German readers: "MEZ"/"MESZ"), "GMT"/"BST",
 * "EST"/"EDT", "UTC". The reader's locale's short name, unless that is an offset form: then the first abbreviation
 * in `en-US` or `en-GB` data (they name the zones English news uses), else the offset form ("GMT+9").
 * `timeZone` missing or invalid means the reader's own zone; `''` for an invalid date.
 */
export function timeZoneAbbreviation(date: Date, timeZone: string | undefined, locale: string): string {
  // Finding a name takes up to three Intl calls, and a feed has many dates on few days: a day's name is found once,
  // from its first and last moment; it is `''` when the zone changes its name that day (daylight saving time).
  const day = Math.floor(+date / DAY) * DAY;
  const dayName = once(`day ${timeZone} ${locale} ${day}`, () => {
    const [first, last] = [day, day + DAY - 1].map((ms) => findAbbreviation(new Date(ms), timeZone, locale));
    return first === last ? first : '';
  });
  return dayName || findAbbreviation(date, timeZone, locale);
}

/**
 * Date and time with the zone's abbreviation: the locale's medium date and short time, or what `format` asks for
 * ("Mar 24, 2025, 7:46 AM CET"; de "24.03.2025, 07:46 MEZ"). `''` for an invalid date.
 */
export function formatDateTime(
  date: Date,
  { locale, timeZone }: DateOptions,
  format: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  if (!isValidDate(date)) return '';
  return `${dateTimeFormat(locale, { ...format, timeZone }).format(date)} ${timeZoneAbbreviation(date, timeZone, locale)}`;
}

/**
 * The compact form for lists, compared with `now` in the display zone: the same day → time with zone ("7:46 AM
 * CET"); the same year → month and day ("Mar 24", de "24. März"); otherwise with the year ("Mar 24, 2025").
 */
export function formatShortDate(date: Date, options: DateOptions & { now?: Date | number }): string {
  // Swedish short dates are ISO 8601 ("2025-03-24").
  const [day, today] = [date, new Date(options.now ?? now())].map((value) =>
    isValidDate(value) ? dateTimeFormat('sv', { dateStyle: 'short', timeZone: options.timeZone }).format(value) : '',
  );
  if (!day || day === today) return formatDateTime(date, options, { timeStyle: 'short' });
  const year = today.startsWith(day.slice(0, 4)) ? undefined : 'numeric';
  return dateTimeFormat(options.locale, { year, month: 'short', day: 'numeric', timeZone: options.timeZone }).format(date);
}

/** Units of relative text, largest first, with their length in ms. */
const UNITS = { year: 365 * DAY, month: (365 / 12) * DAY, week: 7 * DAY, day: DAY, hour: 60 * MINUTE, minute: MINUTE };

/**
 * Relative text in the element's language, in whole elapsed units of the largest unit that fits: "now" under a
 * minute, then minutes, hours, days, weeks, months, years ("3 hours ago", "in 5 minutes"; de "vor 3 Stunden").
 * Always numeric ("1 day ago", not "yesterday": 30 hours before 11 PM is not yesterday). `''` for an invalid date.
 */
export function formatRelative(date: Date, at: Date | number, locale: string): string {
  if (!isValidDate(date)) return '';
  const diff = +date - +at;
  const [unit, size] = Object.entries(UNITS).find(([, size]) => Math.abs(diff) >= size) ?? ['second', Infinity];
  const format = intl(Intl.RelativeTimeFormat, locale, { numeric: size < Infinity ? 'always' : 'auto' });
  return format.format(Math.trunc(diff / size) || 0, unit as Intl.RelativeTimeFormatUnit);
}

export interface FormattedDate {
  /** What the reader sees. */
  text: string;
  /** For `<time datetime>`: UTC ISO 8601. */
  datetime: string;
  /** The absolute form, e.g. for a `title` when `text` is relative. */
  absolute: string;
  /** Whether `text` is relative: the element should then subscribe to {@link subscribeTick}. */
  relative: boolean;
}

/**
 * Formats `date` in a `date-style`: `relative`, `absolute`, or `auto` (relative when the date is less than 24 hours
 * old, else absolute; a date up to a minute ahead counts as "now", for clock skew). An unknown style means `auto`.
 * An invalid date gives empty strings.
 */
export function formatForStyle(
  date: Date,
  { style, now: at = now(), ...options }: DateOptions & { style?: DateStyle | null; now?: Date | number },
): FormattedDate {
  const absolute = formatDateTime(date, options);
  const age = +at - +date;
  const relative = !!absolute && (style === 'relative' || (style !== 'absolute' && age > -MINUTE && age < DAY));
  return { text: relative ? formatRelative(date, at, options.locale) : absolute, datetime: isoDateTime(date), absolute, relative };
}

/** The zone an element shows times in: the first valid candidate (its `time-zone`, the feed's), else the reader's. */
export function pickTimeZone(...candidates: unknown[]): string | undefined {
  return candidates.map(parseTimeZone).find(Boolean);
}

// ---------------------------------------------------------------------------------------------------------------
// The shared ticker

export type TickCallback = (now: number) => void;

const subscribers = new Set<TickCallback>();
let timer: ReturnType<typeof setInterval> | undefined;

/** Calls every subscriber with the current time: what the shared timer does every minute. */
export function tick(): void {
  const at = now();
  for (const callback of [...subscribers]) {
    try {
      callback(at);
    } catch (error) {
      reportError(error);
    }
  }
}

/**
 * Calls `callback(now)` every {@link TICK_MS} ms (a background tab may be ticked less often). All subscribers share
 * one interval, started by the first and cleared when the last leaves. A callback that throws is reported
 * (`reportError`) and does not stop the others. Returns the unsubscribe function; calling it again does nothing.
 */
export function subscribeTick(callback: TickCallback): () => void {
  subscribers.add(callback);
  timer ??= setInterval(tick, TICK_MS);
  return () => {
    if (subscribers.delete(callback) && !subscribers.size) timer = void clearInterval(timer);
  };
}

/** How many callbacks are subscribed to the ticker (0 means its timer is stopped). */
export function tickSubscriberCount(): number {
  return subscribers.size;
}
