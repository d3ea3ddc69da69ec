import { expect } from '@open-wc/testing';
import {
  AUTO_RELATIVE_MS,
  TICK_MS,
  formatDateTime,
  formatForStyle,
  formatRelative,
  formatShortDate,
  isoDateTime,
  now,
  parseTimeZone,
  pickTimeZone,
  setClock,
  subscribeTick,
  tick,
  tickSubscriberCount,
  timeZoneAbbreviation,
} from '../../src/format/date.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const winter = new Date('2025-01-15T12:00:00Z');
const summer = new Date('2025-07-15T12:00:00Z');

describe('timeZoneAbbreviation', () => {
  const cases: [zone: string | undefined, locale: string, winter: string, summer: string][] = [
    ['Europe/Copenhagen', 'en', 'CET', 'CEST'],
    ['Europe/Copenhagen', 'en-US', 'CET', 'CEST'],
    ['Europe/Copenhagen', 'en-GB', 'CET', 'CEST'],
    ['Europe/Copenhagen', 'de', 'MEZ', 'MESZ'],
    ['Europe/Copenhagen', 'de-AT', 'MEZ', 'MESZ'],
    ['Europe/Copenhagen', 'fr', 'CET', 'CEST'],
    ['Europe/Copenhagen', 'es', 'CET', 'CEST'],
    ['Europe/London', 'en', 'GMT', 'BST'],
    ['Europe/London', 'en-GB', 'GMT', 'BST'],
    ['Europe/London', 'de', 'GMT', 'BST'],
    ['America/New_York', 'en', 'EST', 'EDT'],
    ['America/New_York', 'en-GB', 'EST', 'EDT'],
    ['America/New_York', 'de', 'EST', 'EDT'],
    ['America/Los_Angeles', 'en', 'PST', 'PDT'],
    ['America/Los_Angeles', 'fr', 'PST', 'PDT'],
    ['UTC', 'en', 'UTC', 'UTC'],
    ['UTC', 'de', 'UTC', 'UTC'],
    ['Etc/UTC', 'fr', 'UTC', 'UTC'],
    // No abbreviation in common use for English readers: the locale's offset form stays.
    ['Asia/Kolkata', 'en', 'GMT+5:30', 'GMT+5:30'],
    ['Asia/Kolkata', 'fr', 'UTC+5:30', 'UTC+5:30'],
    ['Asia/Shanghai', 'de', 'GMT+8', 'GMT+8'],
    // ...but where the reader's locale has one, it wins.
    ['Asia/Kolkata', 'en-IN', 'IST', 'IST'],
    // No zone: the reader's own (the test page is pinned to America/New_York).
    [undefined, 'en', 'EST', 'EDT'],
  ];
  for (const [zone, locale, w, s] of cases) {
    it(`${zone ?? 'reader zone'} in ${locale}: ${w} / ${s}`, () => {
      expect(timeZoneAbbreviation(winter, zone, locale)).to.equal(w);
      expect(timeZoneAbbreviation(summer, zone, locale)).to.equal(s);
    });
  }

  it('switches at the DST change, not by month', () => {
    // Europe moves to summer time at 01:00 UTC on the last Sunday of March (2025-03-30).
    expect(timeZoneAbbreviation(new Date('2025-03-30T00:59:00Z'), 'Europe/Copenhagen', 'en')).to.equal('CET');
    expect(timeZoneAbbreviation(new Date('2025-03-30T01:00:00Z'), 'Europe/Copenhagen', 'en')).to.equal('CEST');
  });

  it('falls back to the reader zone and to en for bad input, and never throws', () => {
    expect(timeZoneAbbreviation(winter, 'Mars/Olympus_Mons', 'en')).to.equal('EST');
    expect(timeZoneAbbreviation(summer, 'Europe/Copenhagen', 'not a locale!')).to.equal('CEST');
    expect(timeZoneAbbreviation(new Date(Number.NaN), 'Europe/Copenhagen', 'en')).to.equal('');
  });
});

describe('formatDateTime', () => {
  const seed = new Date('2025-03-24T07:46:00+01:00');

  it('formats the seed example exactly', () => {
    expect(formatDateTime(seed, { locale: 'en', timeZone: 'Europe/Copenhagen' })).to.equal('Mar 24, 2025, 7:46 AM CET');
    expect(formatDateTime(seed, { locale: 'en-US', timeZone: 'Europe/Copenhagen' })).to.equal('Mar 24, 2025, 7:46 AM CET');
  });

  it('uses the locale order with the zone abbreviation, never an Intl offset', () => {
    expect(formatDateTime(seed, { locale: 'de', timeZone: 'Europe/Copenhagen' })).to.equal('24.03.2025, 07:46 MEZ');
    expect(formatDateTime(seed, { locale: 'en-GB', timeZone: 'Europe/Copenhagen' })).to.equal('24 Mar 2025, 07:46 CET');
    expect(formatDateTime(seed, { locale: 'fr', timeZone: 'Europe/Copenhagen' })).to.equal('24 mars 2025, 07:46 CET');
    expect(formatDateTime(seed, { locale: 'es', timeZone: 'Europe/Copenhagen' })).to.equal('24 mar 2025, 7:46 CET');
    const july = new Date('2025-07-01T09:30:00Z');
    expect(formatDateTime(july, { locale: 'en', timeZone: 'Europe/Copenhagen' })).to.equal('Jul 1, 2025, 11:30 AM CEST');
    expect(formatDateTime(july, { locale: 'en', timeZone: 'Europe/London' })).to.equal('Jul 1, 2025, 10:30 AM BST');
    expect(formatDateTime(july, { locale: 'en', timeZone: 'America/Los_Angeles' })).to.equal('Jul 1, 2025, 2:30 AM PDT');
  });

  it('shows the reader zone when no zone is given', () => {
    expect(formatDateTime(seed, { locale: 'en' })).to.equal('Mar 24, 2025, 2:46 AM EDT');
  });

  it('never throws on a bad zone, locale or date', () => {
    const reference = formatDateTime(seed, { locale: 'en' });
    for (const locale of ['not a locale!', '', 'en_US', '123', 'xx-YY']) {
      for (const timeZone of ['Mars/Base', '', 'GMT+99', 'null', '../etc']) {
        expect(formatDateTime(seed, { locale, timeZone }), `${locale} ${timeZone}`).to.equal(reference);
        expect(() => formatShortDate(seed, { locale, timeZone, now: seed })).not.to.throw();
        expect(() => formatRelative(seed, 0, locale)).not.to.throw();
        expect(() => formatForStyle(seed, { locale, timeZone, style: 'auto' })).not.to.throw();
      }
    }
    expect(formatDateTime(new Date('not a date'), { locale: 'en', timeZone: 'UTC' })).to.equal('');
    expect(formatShortDate(seed, { locale: 'en', timeZone: 'UTC', now: Number.NaN })).to.equal('Mar 24, 2025');
    expect(formatRelative(seed, Number.NaN, 'en')).to.equal('now');
  });
});

describe('formatShortDate', () => {
  const at = new Date('2025-03-24T12:00:00Z');

  it('shows the time with its zone for today, the day for this year, and the year otherwise', () => {
    const zone = { locale: 'en', timeZone: 'Europe/Copenhagen', now: at };
    expect(formatShortDate(new Date('2025-03-24T06:46:00Z'), zone)).to.equal('7:46 AM CET');
    expect(formatShortDate(new Date('2025-03-20T06:46:00Z'), zone)).to.equal('Mar 20');
    expect(formatShortDate(new Date('2024-12-31T06:46:00Z'), zone)).to.equal('Dec 31, 2024');
    expect(formatShortDate(new Date('2025-03-20T06:46:00Z'), { ...zone, locale: 'de' })).to.equal('20. März');
    expect(formatShortDate(new Date('2024-12-31T06:46:00Z'), { ...zone, locale: 'fr' })).to.equal('31 déc. 2024');
  });

  it('decides "today" in the display zone', () => {
    const lateNight = new Date('2025-03-23T23:30:00Z'); // Mar 24 in Copenhagen, Mar 23 in New York
    expect(formatShortDate(lateNight, { locale: 'en', timeZone: 'Europe/Copenhagen', now: at })).to.equal('12:30 AM CET');
    expect(formatShortDate(lateNight, { locale: 'en', timeZone: 'America/New_York', now: at })).to.equal('Mar 23');
  });
});

describe('formatRelative', () => {
  const at = Date.parse('2025-03-24T12:00:00Z');
  const ago = (ms: number) => new Date(at - ms);

  it('counts whole elapsed units in English', () => {
    expect(formatRelative(ago(3 * HOUR), at, 'en')).to.equal('3 hours ago');
    expect(formatRelative(ago(3 * HOUR + 59 * MINUTE), at, 'en')).to.equal('3 hours ago');
    expect(formatRelative(ago(2 * DAY), at, 'en')).to.equal('2 days ago');
    expect(formatRelative(ago(DAY + HOUR), at, 'en')).to.equal('1 day ago');
    expect(formatRelative(ago(MINUTE), at, 'en')).to.equal('1 minute ago');
    expect(formatRelative(ago(59 * MINUTE), at, 'en')).to.equal('59 minutes ago');
    expect(formatRelative(ago(10 * DAY), at, 'en')).to.equal('1 week ago');
    expect(formatRelative(ago(29 * DAY), at, 'en')).to.equal('4 weeks ago');
    expect(formatRelative(ago(31 * DAY), at, 'en')).to.equal('1 month ago');
    expect(formatRelative(ago(45 * DAY), at, 'en')).to.equal('1 month ago');
    expect(formatRelative(ago(364 * DAY), at, 'en')).to.equal('11 months ago');
    expect(formatRelative(ago(400 * DAY), at, 'en')).to.equal('1 year ago');
  });

  it('says "now" under a minute, either way', () => {
    expect(formatRelative(ago(59_000), at, 'en')).to.equal('now');
    expect(formatRelative(ago(-30_000), at, 'en')).to.equal('now');
    expect(formatRelative(ago(0), at, 'de')).to.equal('jetzt');
  });

  it('handles the future', () => {
    expect(formatRelative(ago(-5 * MINUTE), at, 'en')).to.equal('in 5 minutes');
  });

  it('speaks the element language', () => {
    expect(formatRelative(ago(3 * HOUR), at, 'de')).to.equal('vor 3 Stunden');
    expect(formatRelative(ago(3 * HOUR), at, 'fr')).to.equal('il y a 3 heures');
    expect(formatRelative(ago(3 * HOUR), at, 'es')).to.equal('hace 3 horas');
    expect(formatRelative(ago(2 * DAY), new Date(at), 'de-AT')).to.equal('vor 2 Tagen');
  });
});

describe('formatForStyle', () => {
  const at = Date.parse('2025-03-24T12:00:00Z');
  const options = { locale: 'en', timeZone: 'Europe/Copenhagen', now: at };
  afterEach(() => setClock());

  it('auto: relative within 24 hours, absolute from then on', () => {
    const fresh = formatForStyle(new Date(at - AUTO_RELATIVE_MS + 1), options);
    expect(fresh.relative).to.equal(true);
    expect(fresh.text).to.equal('23 hours ago');
    const dayOld = new Date(at - AUTO_RELATIVE_MS);
    const old = formatForStyle(dayOld, options);
    expect(old.relative).to.equal(false);
    expect(old.text).to.equal('Mar 23, 2025, 1:00 PM CET');
    expect(old.text).to.equal(formatDateTime(dayOld, options));
  });

  it('auto: a minute of clock skew is "now", later future dates are absolute', () => {
    expect(formatForStyle(new Date(at + 30_000), options).text).to.equal('now');
    const later = formatForStyle(new Date(at + 2 * HOUR), options);
    expect(later.relative).to.equal(false);
    expect(later.text).to.equal('Mar 24, 2025, 3:00 PM CET');
  });

  it('relative and absolute are forced; unknown styles act as auto', () => {
    const old = new Date(at - 3 * DAY);
    expect(formatForStyle(old, { ...options, style: 'relative' }).text).to.equal('3 days ago');
    const recent = new Date(at - 2 * HOUR);
    expect(formatForStyle(recent, { ...options, style: 'absolute' }).text).to.equal('Mar 24, 2025, 11:00 AM CET');
    expect(formatForStyle(recent, { ...options, style: 'sometimes' as 'auto' }).text).to.equal('2 hours ago');
    expect(formatForStyle(recent, { ...options, style: null }).text).to.equal('2 hours ago');
  });

  it('returns the ISO instant for <time datetime> and the absolute form', () => {
    const result = formatForStyle(new Date('2025-03-24T07:46:00+01:00'), options);
    expect(result.datetime).to.equal('2025-03-24T06:46:00Z');
    expect(result.absolute).to.equal('Mar 24, 2025, 7:46 AM CET');
    expect(isoDateTime(new Date('2025-03-24T06:46:00.250Z'))).to.equal('2025-03-24T06:46:00.250Z');
    const invalid = formatForStyle(new Date(Number.NaN), options);
    expect(invalid).to.deep.equal({ text: '', datetime: '', absolute: '', relative: false });
  });

  it('reads "now" from the replaceable clock', () => {
    setClock(() => at);
    expect(now()).to.equal(at);
    expect(formatForStyle(new Date(at - 3 * HOUR), { locale: 'de', timeZone: 'UTC' }).text).to.equal('vor 3 Stunden');
    setClock();
    expect(Math.abs(now() - Date.now())).to.be.below(1000);
  });
});

describe('time zone helpers', () => {
  it('parseTimeZone canonicalizes known zones and rejects the rest', () => {
    expect(parseTimeZone('europe/copenhagen')).to.equal('Europe/Copenhagen');
    expect(parseTimeZone(' UTC ')).to.equal('UTC');
    expect(parseTimeZone('America/New_York')).to.equal('America/New_York');
    for (const bad of ['Mars/Base', '', '   ', null, undefined, 42, {}]) {
      expect(parseTimeZone(bad), String(bad)).to.equal(undefined);
    }
  });

  it('parseTimeZone tells known zones from unknown ones', () => {
    expect(parseTimeZone('Asia/Kolkata')).to.be.a('string');
    expect(parseTimeZone('Asia/Nowhere')).to.equal(undefined);
    expect(parseTimeZone(undefined)).to.equal(undefined);
  });

  it('pickTimeZone takes the first valid candidate', () => {
    expect(pickTimeZone('bogus', undefined, 'europe/london', 'UTC')).to.equal('Europe/London');
    expect(pickTimeZone(null, '', 'nope')).to.equal(undefined);
  });
});

describe('subscribeTick', () => {
  type Timer = { fn: () => void; ms: number | undefined; id: number };
  let timers: Timer[];
  let cleared: unknown[];
  let reported: unknown[];
  const real = { setInterval: window.setInterval, clearInterval: window.clearInterval, reportError: window.reportError };

  beforeEach(() => {
    timers = [];
    cleared = [];
    reported = [];
    window.setInterval = ((fn: () => void, ms?: number) => {
      const id = 7000 + timers.length;
      timers.push({ fn, ms, id });
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id: unknown) => cleared.push(id)) as typeof window.clearInterval;
    window.reportError = (error: unknown) => reported.push(error);
  });

  afterEach(() => {
    Object.assign(window, real);
    setClock();
  });

  it('shares one timer, started by the first subscriber and stopped with the last', () => {
    expect(tickSubscriberCount()).to.equal(0);
    const calls: string[] = [];
    const offA = subscribeTick(() => calls.push('a'));
    const offB = subscribeTick(() => calls.push('b'));
    const offC = subscribeTick(() => calls.push('c'));
    expect(timers).to.have.length(1);
    expect(timers[0].ms).to.equal(TICK_MS);
    expect(TICK_MS).to.equal(60_000);
    expect(tickSubscriberCount()).to.equal(3);

    timers[0].fn();
    expect(calls).to.deep.equal(['a', 'b', 'c']);

    offA();
    offA(); // a second call must not remove someone else
    offB();
    expect(tickSubscriberCount()).to.equal(1);
    expect(cleared).to.deep.equal([]);
    timers[0].fn();
    expect(calls).to.deep.equal(['a', 'b', 'c', 'c']);

    offC();
    expect(cleared).to.deep.equal([timers[0].id]);
    expect(tickSubscriberCount()).to.equal(0);

    // A new subscriber starts a fresh timer.
    const offD = subscribeTick(() => {});
    expect(timers).to.have.length(2);
    offD();
    expect(cleared).to.deep.equal([timers[0].id, timers[1].id]);
  });

  it('passes the clock time, and a throwing callback does not stop the others', () => {
    setClock(() => 1234);
    const seen: number[] = [];
    const boom = new Error('boom');
    const off1 = subscribeTick(() => {
      throw boom;
    });
    const off2 = subscribeTick((t) => seen.push(t));
    timers[0].fn();
    expect(seen).to.deep.equal([1234]);
    expect(reported).to.deep.equal([boom]);
    off1();
    off2();
  });

  it('tick() calls every subscriber at once with the current time, and none after the last unsubscribe', () => {
    setClock(() => 1234);
    const seen: number[] = [];
    const off = subscribeTick((t) => seen.push(t));
    tick();
    off();
    tick();
    expect(seen).to.deep.equal([1234]);
  });
});
