/**
 * Dates for the elements: absolute and relative text in the element's language, time zone
 * abbreviations ("CET", not "GMT+1"), and one shared timer that keeps relative times fresh.
 * Pure functions apart from the clock and the ticker; every function accepts bad input without throwing.
 */
import { dateTimeFormat, parseTimeZone, relativeTimeFormat } from './intl-cache.js';

export { isValidTimeZone, parseTimeZone } from './intl-cache.js';

/** How a date is shown: `relative` ("3 hours ago"), `absolute` ("Mar 24, 2025, 7:46 AM CET"), `auto`. */
export type DateStyle = 'relative' | 'absolute' | 'auto';

export interface DateOptions {
  /** BCP 47 language tag of the element; invalid tags fall back to `en`. */
  locale: string;
  /** IANA time zone to show the time in; missing or invalid means the reader's own zone. */
  timeZone?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `auto` shows past dates younger than this as relative text. */
export const AUTO_RELATIVE_MS = DAY;
/** Interval of the shared ticker: relative text has minute precision. */
export const TICK_MS = MINUTE;

// ---------------------------------------------------------------------------------------------
// Clock

const systemClock = (): number => Date.now();
let clock = systemClock;

/** The current time in ms since the epoch. Elements read "now" only through this, so tests can freeze it. */
export function now(): number {
  return clock();
}

/** Replaces the clock behind {@link now} (for tests); no argument restores `Date.now`. */
export function setClock(fn?: () => number): void {
  clock = fn ?? systemClock;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function isValidDate(date: unknown): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

function toMs(value: Date | number): number {
  return typeof value === 'number' ? value : value.getTime();
}

/** The value for `<time datetime>`: UTC ISO 8601 without zero milliseconds, or `''` for an invalid date. */
export function isoDateTime(date: Date): string {
  return isValidDate(date) ? date.toISOString().replace('.000Z', 'Z') : '';
}

function zoneName(date: Date, timeZone: string | undefined, locale: string): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** Offset forms ("GMT+1", "UTC−5", "GMT+5:30") carry digits; real abbreviations ("CET", "GMT", "UTC") do not. */
const hasDigit = /\p{Nd}/u;

/**
 * The common abbreviation of `timeZone` at `date`: "CET"/"CEST" (German readers: "MEZ"/"MESZ"),
 * "GMT"/"BST", "EST"/"EDT", "PST"/"PDT", "UTC".
 *
 * Rule: take the reader's locale's short zone name; when that is an offset form (it has digits),
 * take the first real abbreviation from `en-US`, then `en-GB` (their data name the zones English
 * news uses); when neither has one, keep the reader's offset form ("GMT+9", "UTC+9"). `timeZone`
 * missing or invalid means the reader's own zone. Returns `''` for an invalid date.
 */
export function timeZoneAbbreviation(date: Date, timeZone: string | undefined, locale: string): string {
  if (!isValidDate(date)) return '';
  // Finding a name takes up to three Intl calls, and a feed has many dates on few days: each UTC day's name is found
  // once, from its first and last moment, unless the zone changes that day (daylight saving time).
  const day = Math.floor(date.getTime() / DAY);
  const key = `${timeZone ?? ''}|${locale}|${day}`;
  let name = dayAbbreviations.get(key);
  if (name === undefined) {
    const start = new Date(Math.max(day * DAY, -MAX_TIME));
    const end = new Date(Math.min(day * DAY + DAY - 1, MAX_TIME));
    const first = findAbbreviation(start, timeZone, locale);
    name = first === findAbbreviation(end, timeZone, locale) ? first : null;
    if (dayAbbreviations.size >= 1000) dayAbbreviations.clear();
    dayAbbreviations.set(key, name);
  }
  return name ?? findAbbreviation(date, timeZone, locale);
}

/** The last instant a `Date` can hold (and, negated, the first). */
const MAX_TIME = 8.64e15;

/** Abbreviations by zone, language and UTC day; `null` for a day on which the zone changes. */
const dayAbbreviations = new Map<string, string | null>();

function findAbbreviation(date: Date, timeZone: string | undefined, locale: string): string {
  const own = zoneName(date, timeZone, locale);
  if (!hasDigit.test(own)) return own;
  for (const english of ['en-US', 'en-GB']) {
    const name = zoneName(date, timeZone, english);
    if (name && !hasDigit.test(name)) return name;
  }
  return own;
}

// ---------------------------------------------------------------------------------------------
// Absolute

/**
 * Date and time with the zone's abbreviation: the locale's medium date and short time, then the
 * abbreviation ("Mar 24, 2025, 7:46 AM CET"; de "24.03.2025, 07:46 MEZ"). `''` for an invalid date.
 */
export function formatDateTime(date: Date, { locale, timeZone }: DateOptions): string {
  if (!isValidDate(date)) return '';
  const text = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  return `${text} ${timeZoneAbbreviation(date, timeZone, locale)}`;
}

/** Year, month and day of `date` in `timeZone`, for calendar comparisons. */
function calendarDay(date: Date, timeZone: string | undefined): string {
  return dateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}

/**
 * The compact form for lists (trending), compared with `now` in the display zone:
 * the same day → time with zone ("7:46 AM CET"); the same year → month and day ("Mar 24",
 * de "24. März"); otherwise with the year ("Mar 24, 2025"). A clock time always carries its zone;
 * a calendar date does not need one. `''` for an invalid date.
 */
export function formatShortDate(
  date: Date,
  { locale, timeZone, now: at = now() }: DateOptions & { now?: Date | number },
): string {
  if (!isValidDate(date)) return '';
  const today = new Date(toMs(at));
  const day = calendarDay(date, timeZone);
  const current = isValidDate(today) ? calendarDay(today, timeZone) : '';
  if (day === current) {
    const time = dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(date);
    return `${time} ${timeZoneAbbreviation(date, timeZone, locale)}`;
  }
  const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', timeZone };
  // calendarDay is "MM/DD/YYYY".
  if (day.split('/')[2] !== current.split('/')[2]) options.year = 'numeric';
  return dateTimeFormat(locale, options).format(date);
}

// ---------------------------------------------------------------------------------------------
// Relative

/**
 * Relative text in the element's language, counting whole elapsed units (rounded down):
 * under a minute "now"; then minutes, hours, days (under 7), weeks (under 30 days), months, years
 * ("3 hours ago", "2 days ago", "in 5 minutes"; de "vor 3 Stunden"). Always numeric ("1 day ago",
 * not "yesterday"): units count elapsed time, and 30 hours before 11 PM is not yesterday. `''` for an invalid date.
 */
export function formatRelative(date: Date, at: Date | number, locale: string): string {
  if (!isValidDate(date)) return '';
  const diff = date.getTime() - toMs(at);
  const elapsed = Math.abs(diff);
  const sign = diff < 0 ? -1 : 1;
  if (!(elapsed >= MINUTE)) return relativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'second');
  const days = Math.floor(elapsed / DAY);
  let value: number;
  let unit: Intl.RelativeTimeFormatUnit;
  if (elapsed < HOUR) [value, unit] = [Math.floor(elapsed / MINUTE), 'minute'];
  else if (elapsed < DAY) [value, unit] = [Math.floor(elapsed / HOUR), 'hour'];
  else if (days < 7) [value, unit] = [days, 'day'];
  else if (days < 30) [value, unit] = [Math.floor(days / 7), 'week'];
  else if (days < 365) [value, unit] = [Math.min(11, Math.floor(days / 30)), 'month'];
  else [value, unit] = [Math.floor(days / 365), 'year'];
  return relativeTimeFormat(locale).format(sign * value, unit);
}

// ---------------------------------------------------------------------------------------------
// By style

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
 * Formats `date` in a `date-style`: `relative`, `absolute`, or `auto` (relative when the date is
 * less than 24 hours old, else absolute; a date up to a minute ahead counts as "now", for clock skew).
 * An unknown style means `auto`. An invalid date gives empty strings.
 */
export function formatForStyle(
  date: Date,
  {
    style = 'auto',
    now: at = now(),
    locale,
    timeZone,
  }: DateOptions & { style?: DateStyle | null; now?: Date | number },
): FormattedDate {
  const absolute = formatDateTime(date, { locale, timeZone });
  if (!absolute) return { text: '', datetime: '', absolute: '', relative: false };
  const age = toMs(at) - date.getTime();
  const relative = style === 'relative' || (style !== 'absolute' && age > -MINUTE && age < AUTO_RELATIVE_MS);
  return {
    text: relative ? formatRelative(date, at, locale) : absolute,
    datetime: isoDateTime(date),
    absolute,
    relative,
  };
}

/** The zone that an element shows times in: its `time-zone` attribute, else the feed's, else the reader's (`undefined`). */
export function pickTimeZone(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    const zone = parseTimeZone(candidate);
    if (zone) return zone;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Shared ticker

export type TickCallback = (now: number) => void;

const subscribers = new Set<{ callback: TickCallback }>();
let timer: ReturnType<typeof setInterval> | undefined;

function report(error: unknown): void {
  if (typeof reportError === 'function') reportError(error);
  else console.error(error);
}

function tick(): void {
  const at = now();
  for (const { callback } of [...subscribers]) {
    try {
      callback(at);
    } catch (error) {
      report(error);
    }
  }
}

function onVisibilityChange(): void {
  // Background tabs throttle timers: bring relative times up to date as soon as the page is seen.
  if (document.visibilityState === 'visible') tick();
}

/**
 * Calls `callback(now)` every {@link TICK_MS} ms, and at once when a hidden page becomes visible.
 * All subscribers on the page share one interval, started by the first subscriber and cleared when
 * the last one leaves. A callback that throws is reported (`reportError`) and does not stop the
 * others. Returns the unsubscribe function; calling it again does nothing.
 */
export function subscribeTick(callback: TickCallback): () => void {
  const entry = { callback };
  subscribers.add(entry);
  if (timer === undefined) {
    timer = setInterval(tick, TICK_MS);
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibilityChange);
  }
  return () => {
    if (!subscribers.delete(entry) || subscribers.size > 0 || timer === undefined) return;
    clearInterval(timer);
    timer = undefined;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}

/** How many callbacks are subscribed to the ticker (0 means its timer is stopped). */
export function tickSubscriberCount(): number {
  return subscribers.size;
}
