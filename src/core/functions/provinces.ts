import { formatDayVi, IsoDay, isoDay, isoDayOfSerial, isoDayOfText } from "../dates/iso-day";
import { bilingual } from "../message";
import { officialName, predecessorsOf, resolveProvince, successorOf, unresolvedMessage, UnitResolution } from "../provinces";
import { failure, Result, success } from "../result";
import { argument, CellInput, describeArgumentProblem, isAbsent, readRequiredText, readText } from "./arguments";

const NAME = argument("tên tỉnh", "name");
const DATE = argument("ngày", "date");

/** Years a date argument may be written as: 2024 means 31/12/2024, the boundaries a year's report ends on. */
const YEARS = { min: 1900, max: 2200 };

function yearEnd(year: number): IsoDay {
  return isoDay(year, 12, 31)!;
}

/**
 * A date argument: an Excel date (serial), text "dd/mm/yyyy" or "yyyy-mm-dd", or a year (2024 or "2024", read
 * as 31/12 of that year: a year's report uses the boundaries of its end). `today` when absent.
 */
export function readDay(input: CellInput, today: IsoDay): Result<IsoDay> {
  if (isAbsent(input)) return success(today);
  let day: IsoDay | undefined;
  if (typeof input === "number") {
    day = Number.isInteger(input) && input >= YEARS.min && input <= YEARS.max ? yearEnd(input) : isoDayOfSerial(input);
  } else if (typeof input === "string") {
    const text = readText(input);
    day = /^\d{4}$/.test(text) ? yearEnd(Number(text)) : isoDayOfText(text);
  }
  if (day !== undefined) return success(day);
  return failure(
    "value",
    describeArgumentProblem(
      DATE,
      bilingual(
        `"${readText(input)}" không phải ngày (dùng ô ngày, "dd/mm/yyyy" hoặc năm, ví dụ 2024).`,
        `"${readText(input)}" is not a date (use a date cell, "dd/mm/yyyy" or a year such as 2024).`,
      ),
    ),
  );
}

/** The unit a name means at a day, or the reason there is none (#N/A; a missing name is #VALUE!). */
function resolveAt(nameInput: CellInput, day: IsoDay, version?: "63"): Result<UnitResolution> {
  const name = readRequiredText(nameInput, NAME);
  if (!name.ok) return name;
  const resolution = resolveProvince(name.value, version ? { version, approximate: true } : { date: day, approximate: true });
  if (resolution.kind !== "unit") return failure("na", unresolvedMessage(name.value, resolution));
  return success(resolution);
}

/** The unit in force on the day that the named territory lies in (an old province named after the merger: its successor). */
function unitInForce(nameInput: CellInput, dateInput: CellInput, today: IsoDay) {
  const day = readDay(dateInput, today);
  if (!day.ok) return day;
  const found = resolveAt(nameInput, day.value);
  if (!found.ok) return found;
  const { unit, current } = found.value;
  if (!current) {
    const olds = predecessorsOf(unit).map((u) => officialName(u, day.value).fullName);
    const name = officialName(unit).fullName;
    return failure(
      "na",
      bilingual(
        `${name} được lập từ 1/7/2025 (từ ${olds.join(", ")}); ngày ${formatDayVi(day.value)} các tỉnh này còn riêng.`,
        `${name} was formed on 1/7/2025 (from ${olds.join(", ")}); on ${formatDayVi(day.value)} they were separate.`,
      ),
    );
  }
  return success({ unit: current, day: day.value });
}

/** KC.PROVINCE: the official name ("Tỉnh Vĩnh Long") of the unit in force on the date that a name means. */
export function provinceOfCells(name: CellInput, date: CellInput, today: IsoDay): Result<string> {
  const found = unitInForce(name, date, today);
  return found.ok ? success(officialName(found.value.unit, found.value.day).fullName) : found;
}

/** KC.PROVINCECODE: the statistics-office code of that unit ("86"), as text: codes have leading zeros ("01"). */
export function provinceCodeOfCells(name: CellInput, date: CellInput, today: IsoDay): Result<string> {
  const found = unitInForce(name, date, today);
  return found.ok ? success(found.value.unit.code) : found;
}

/** KC.SUCCESSOR: the official name of the 2025 unit an old province became part of (a 2025 name gives itself). */
export function successorOfCells(name: CellInput, today: IsoDay): Result<string> {
  const found = resolveAt(name, today, "63");
  return found.ok ? success(officialName(successorOf(found.value.unit), today).fullName) : found;
}
