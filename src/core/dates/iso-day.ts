/**
 * Calendar days as "YYYY-MM-DD" text: compared as strings, free of time zones. Read from what a cell holds:
 * an Excel serial number (the 1900 date system), "dd/mm/yyyy" (day first, as Vietnamese write it; "." or "-"
 * also separate) or "yyyy-mm-dd".
 */
export type IsoDay = string;

const SERIAL_EPOCH = 25569; // serial of 1970-01-01
const MS_PER_DAY = 86400000;

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/** "2025-07-01" from its parts; undefined for a day that does not exist (31/02). */
export function isoDay(year: number, month: number, day: number): IsoDay | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || year < 1000 || year > 9999) return undefined;
  if (!isRealDay(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The day of an Excel serial (fractions are the time of day and are dropped); undefined outside 1900–9999. */
export function isoDayOfSerial(serial: number): IsoDay | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  return new Date(Math.round((Math.floor(serial) - SERIAL_EPOCH) * MS_PER_DAY)).toISOString().slice(0, 10);
}

/** The day of "dd/mm/yyyy" or "yyyy-mm-dd" text (surrounding spaces allowed); undefined otherwise. */
export function isoDayOfText(text: string): IsoDay | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(t);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

/** The local calendar day of a Date (the day its owner sees), undefined for an invalid Date. */
export function isoDayOfDate(date: Date): IsoDay | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** "1/7/2025": a day written the Vietnamese way. */
export function formatDayVi(day: IsoDay): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${d}/${m}/${y}`;
}

/** The last day of a month: the day a report "N tháng năm Y" ends on (N = 12 for a full year). */
export function monthEnd(year: number, month: number): IsoDay | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  return isoDay(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}
