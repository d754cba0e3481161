// The outcomes report's period: whole calendar months, sent as dates (the first day of the first
// month, the last day of the last), which the outcomes route reads as an inclusive range.

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2026-03" as [2026, 3], or undefined for anything that is not a month. */
function parseMonth(month: string): [number, number] | undefined {
  const match = monthPattern.exec(month.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (year: number, month: number) => `${year}-${pad(month)}`;

export type RangeProblem = 'monthInvalid' | 'monthOrder';

/**
 * The query for a period of months (either end may be empty for no limit), or what is wrong with it.
 * `to` is the last day of its month: February of a leap year ends on the 29th.
 */
export function outcomesQuery(
  from: string,
  to: string,
): { query: string } | { problem: RangeProblem; field: 'from' | 'to' } {
  const start = from.trim() === '' ? undefined : parseMonth(from);
  const end = to.trim() === '' ? undefined : parseMonth(to);
  if (from.trim() !== '' && !start) return { problem: 'monthInvalid', field: 'from' };
  if (to.trim() !== '' && !end) return { problem: 'monthInvalid', field: 'to' };
  if (start && end && monthOf(...start) > monthOf(...end)) return { problem: 'monthOrder', field: 'to' };
  const params = new URLSearchParams();
  if (start) params.set('from', `${monthOf(...start)}-01`);
  if (end) {
    const lastDay = new Date(Date.UTC(end[0], end[1], 0)).getUTCDate();
    params.set('to', `${monthOf(...end)}-${pad(lastDay)}`);
  }
  const text = params.toString();
  return { query: text ? `?${text}` : '' };
}

/** The last twelve months up to and including this one. */
export function defaultMonths(now = new Date()): { from: string; to: string } {
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  const fromYear = month === 12 ? year : year - 1;
  const fromMonth = month === 12 ? 1 : month + 1;
  return { from: monthOf(fromYear, fromMonth), to: monthOf(year, month) };
}
