// Deadlines as calendar dates: a deadline string → the range of days it covers, and an item's
// due bucket against today (已逾期 / 30 天内 / 今年内 / 以后 / 无期限). Pure; no Date time zones involved.

/** A calendar day. `month` 1–12, `day` 1–31. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface DateRange {
  start: CalendarDate;
  /** The last day the deadline allows (inclusive). */
  end: CalendarDate;
}

export type DueBucket = 'overdue' | 'soon' | 'thisYear' | 'later' | 'none';

/** Display order of the buckets (most urgent first). */
export const DUE_BUCKETS: readonly DueBucket[] = ['overdue', 'soon', 'thisYear', 'later', 'none'];

export interface DueOptions {
  /** "Due soon" means the deadline ends within this many days from today (default 30). */
  soonDays?: number;
  /** Overrides the extracted deadline (a ledger entry's `due`); used when it parses. */
  due?: string | null;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{1,2})$/;
const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const PERIOD = /^(\d{4})\s*\/\s*(\d{4})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validMonth(month: number): boolean {
  return month >= 1 && month <= 12;
}

/** The range of days a deadline string covers, or null when it is empty or not a deadline. */
export function deadlineRange(deadline: string | null | undefined): DateRange | null {
  if (!deadline) return null;
  const text = deadline.trim();
  let m = YEAR.exec(text);
  if (m) {
    const year = Number(m[1]);
    return { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } };
  }
  m = MONTH.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (!validMonth(month)) return null;
    return { start: { year, month, day: 1 }, end: { year, month, day: daysInMonth(year, month) } };
  }
  m = DAY.exec(text);
  if (m) {
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (!validMonth(date.month) || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return null;
    return { start: date, end: date };
  }
  m = PERIOD.exec(text);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to < from) return null;
    return { start: { year: from, month: 1, day: 1 }, end: { year: to, month: 12, day: 31 } };
  }
  return null;
}

/** Days since 1970-01-01 (proleptic Gregorian); only differences matter. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

/** Today's calendar date in the local time zone of whoever calls. */
export function calendarDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function formatDate(date: CalendarDate): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The deadline that applies: a parsable override wins over the extracted one. */
export function effectiveDeadline(deadline: string | null | undefined, due?: string | null): string | null {
  if (due && deadlineRange(due)) return due.trim();
  return deadline ?? null;
}

/** The last day an item is due, or null when it has no (valid) deadline. */
export function dueDate(deadline: string | null | undefined, options: DueOptions = {}): CalendarDate | null {
  return deadlineRange(effectiveDeadline(deadline, options.due))?.end ?? null;
}

/** Puts a deadline into a bucket against `today`. */
export function dueBucket(deadline: string | null | undefined, today: CalendarDate, options: DueOptions = {}): DueBucket {
  const end = dueDate(deadline, options);
  if (!end) return 'none';
  const daysLeft = dayNumber(end) - dayNumber(today);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= (options.soonDays ?? 30)) return 'soon';
  if (end.year === today.year) return 'thisYear';
  return 'later';
}

/** Sorts things into due buckets (every bucket present, possibly empty), each sorted by due date. */
export function groupByDue<T>(
  things: readonly T[],
  deadlineOf: (thing: T) => string | null,
  today: CalendarDate,
  options: { soonDays?: number; dueOf?: (thing: T) => string | null | undefined } = {},
): Record<DueBucket, T[]> {
  const groups: Record<DueBucket, T[]> = { overdue: [], soon: [], thisYear: [], later: [], none: [] };
  const keyed = things.map((thing) => {
    const due = options.dueOf?.(thing);
    const end = dueDate(deadlineOf(thing), { due });
    return { thing, end: end ? dayNumber(end) : Infinity, bucket: dueBucket(deadlineOf(thing), today, { soonDays: options.soonDays, due }) };
  });
  keyed.sort((a, b) => a.end - b.end);
  for (const { thing, bucket } of keyed) groups[bucket].push(thing);
  return groups;
}
