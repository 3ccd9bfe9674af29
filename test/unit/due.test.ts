import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deadlineRange, dueBucket, dueDate, effectiveDeadline, formatDate, groupByDue, type CalendarDate } from '../../src/core/due';

const today: CalendarDate = { year: 2026, month: 3, day: 15 };

test('a year deadline runs to the end of that year', () => {
  const range = deadlineRange('2025')!;
  assert.equal(formatDate(range.start), '2025-01-01');
  assert.equal(formatDate(range.end), '2025-12-31');
});

test('a period ends at the end of its last year', () => {
  assert.equal(formatDate(deadlineRange('2021/2025')!.end), '2025-12-31');
  assert.equal(formatDate(deadlineRange('2021/2025')!.start), '2021-01-01');
});

test('a month deadline ends on the last day of that month, leap years included', () => {
  assert.equal(formatDate(deadlineRange('2026-06')!.end), '2026-06-30');
  assert.equal(formatDate(deadlineRange('2024-02')!.end), '2024-02-29');
  assert.equal(formatDate(deadlineRange('2100-02')!.end), '2100-02-28');
});

test('a day deadline is that day; invalid deadlines are none', () => {
  assert.equal(formatDate(deadlineRange('2026-07-31')!.end), '2026-07-31');
  for (const bad of ['', null, undefined, '2026-13', '2026-02-30', '明年', '2025/2021']) assert.equal(deadlineRange(bad), null, String(bad));
});

test('buckets against today', () => {
  assert.equal(dueBucket('2025', today), 'overdue');
  assert.equal(dueBucket('2026-03-14', today), 'overdue');
  assert.equal(dueBucket('2026-03-15', today), 'soon');
  assert.equal(dueBucket('2026-03', today), 'soon');
  assert.equal(dueBucket('2026-04-14', today), 'soon');
  assert.equal(dueBucket('2026-04-15', today), 'thisYear');
  assert.equal(dueBucket('2026', today), 'thisYear');
  assert.equal(dueBucket('2027-01', today), 'later');
  assert.equal(dueBucket('2021/2025', today), 'overdue');
  assert.equal(dueBucket('2026/2030', today), 'later');
  assert.equal(dueBucket(null, today), 'none');
});

test('the soon window is configurable', () => {
  assert.equal(dueBucket('2026-04-30', today), 'thisYear');
  assert.equal(dueBucket('2026-04-30', today, { soonDays: 60 }), 'soon');
  assert.equal(dueBucket('2026-03-20', today, { soonDays: 0 }), 'thisYear');
});

test('a ledger due date overrides the extracted deadline when it parses', () => {
  assert.equal(dueBucket('2025', today, { due: '2027-05' }), 'later');
  assert.equal(dueBucket(null, today, { due: '2026-01-01' }), 'overdue');
  assert.equal(dueBucket('2025', today, { due: 'soon-ish' }), 'overdue');
  assert.equal(effectiveDeadline('2025', '2027'), '2027');
  assert.equal(effectiveDeadline('2025', null), '2025');
  assert.equal(formatDate(dueDate('2025', { due: '2026-06' })!), '2026-06-30');
});

test('groupByDue fills every bucket in due order and counts each thing once', () => {
  const things = [
    { id: 'a', deadline: '2027' },
    { id: 'b', deadline: '2025' },
    { id: 'c', deadline: null },
    { id: 'd', deadline: '2024-05' },
    { id: 'e', deadline: '2026-03-20' },
    { id: 'f', deadline: '2026-09' },
  ];
  const groups = groupByDue(things, (t) => t.deadline, today);
  assert.deepEqual(
    Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v.map((t) => t.id)])),
    { overdue: ['d', 'b'], soon: ['e'], thisYear: ['f'], later: ['a'], none: ['c'] },
  );
  const overridden = groupByDue(things, (t) => t.deadline, today, { dueOf: (t) => (t.id === 'c' ? '2026-03-16' : undefined) });
  assert.deepEqual(overridden.soon.map((t) => t.id), ['c', 'e']);
});
