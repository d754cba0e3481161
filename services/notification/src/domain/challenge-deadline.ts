import type { Locale } from '@suite/contracts';
import { copy } from './mail-copy';

/** When a page or email is written, and the time zone its readers live in (the service's TIMEZONE). */
export interface DeadlineClock {
  now: Date;
  timeZone: string;
}

// en-GB rather than en-US: day before month ("15 January 2027"), as Swedish readers expect.
const intlLocales: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

// Building an Intl formatter costs far more than using one, and every email with a deadline needs one.
const formatters = new Map<string, Intl.DateTimeFormat>();
function cachedFormatter(key: string, make: () => Intl.DateTimeFormat) {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

function isLocalMidnight(at: Date, timeZone: string): boolean {
  const clock = cachedFormatter(`clock|${timeZone}`, () => {
    // h23, not hour12: false: some ICU versions write midnight as 24:00 under the latter.
    const fields = { hour: '2-digit', minute: '2-digit', second: '2-digit' } as const;
    return new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', ...fields });
  });
  return clock
    .formatToParts(at)
    .filter((p) => p.type === 'hour' || p.type === 'minute' || p.type === 'second')
    .every((p) => Number(p.value) === 0);
}

/**
 * The deadline as a reader says it. At midnight where they live the deadline is the end of the day
 * before, and "Sista dag: 14 januari" says that exactly: "15 januari" would let people answer on a day
 * that is already closed. Any other time is written with the date.
 */
function formatDeadline(locale: Locale, deadline: Date, timeZone: string): string {
  const atMidnight = isLocalMidnight(deadline, timeZone);
  const formatter = cachedFormatter(
    `${locale}|${timeZone}|${atMidnight}`,
    () =>
      new Intl.DateTimeFormat(intlLocales[locale], {
        timeZone,
        dateStyle: 'long',
        ...(atMidnight ? {} : { timeStyle: 'short' }),
      }),
  );
  return formatter.format(atMidnight ? new Date(deadline.getTime() - 1) : deadline);
}

/** "Sista dag: 15 januari 2027", or plainly that the deadline has passed (from its very moment on). */
export function deadlineText(locale: Locale, deadline: Date, clock: DeadlineClock): string {
  const t = copy[locale];
  if (clock.now.getTime() >= deadline.getTime()) return t.deadlinePassed;
  return t.deadline(formatDeadline(locale, deadline, clock.timeZone));
}
