// Validation of the `due` dates people type into the ledger: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date).

const DUE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isValidDueDate(value: string): boolean {
  const match = DUE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return year >= 1900 && year <= 2999;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
