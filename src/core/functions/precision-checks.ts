import { bilingual } from "../message";
import { Interval } from "../numbers/interval";
import { judgeStated, RoundingMode, sumGap } from "../numbers/consistency";
import { failure, Result, success } from "../result";
import { argument, CellInput, isAbsent, NumberArgument, readInteger, readNumber } from "./arguments";

const DECIMALS = argument("số chữ số thập phân", "decimals");

/** Digits a figure is taken to show: the given count, else the digits it was written with. */
function readDecimals(input: CellInput): Result<number | undefined> {
  if (isAbsent(input)) return success(undefined);
  return readInteger(input, DECIMALS, -12, 15, 0);
}

/**
 * TRUE when `stated`, shown with `decimals` digits, can be a rounding (mode "round") or a truncation
 * (mode "truncate") of `exact`. In round mode a figure only a truncation explains is not consistent.
 */
export function consistentCells(stated: CellInput, exact: CellInput, decimals: CellInput, mode: RoundingMode): Result<boolean> {
  const s = readNumber(stated, argument("số đã nêu", "stated"));
  if (!s.ok) return s;
  const e = readNumber(exact, argument("giá trị chính xác", "exact"));
  if (!e.ok) return e;
  const d = readDecimals(decimals);
  if (!d.ok) return d;
  const digits = d.value ?? s.value.decimals;
  return success(judgeStated(s.value.value, digits, Interval.exact(e.value.value), mode) === "consistent");
}

function shown(figure: NumberArgument, decimals: number | undefined): Interval {
  return Interval.shown(figure.value, decimals ?? figure.decimals);
}

/**
 * 0 when `total` can be the sum of `parts` once every figure's rounding is counted, else the smallest
 * gap no rounding explains (positive when the total is too large). Empty cells among the parts are
 * skipped, as SUM does.
 */
export function sumCheckCells(total: CellInput, parts: readonly CellInput[], decimals: CellInput): Result<number> {
  const d = readDecimals(decimals);
  if (!d.ok) return d;
  const t = readNumber(total, argument("tổng", "total"));
  if (!t.ok) return t;
  const intervals: Interval[] = [];
  for (const [i, part] of parts.entries()) {
    if (isAbsent(part)) continue;
    const p = readNumber(part, argument(`thành phần thứ ${i + 1}`, `part ${i + 1}`));
    if (!p.ok) return p;
    intervals.push(shown(p.value, d.value));
  }
  if (intervals.length === 0) {
    return failure("na", bilingual("Vùng thành phần không có số nào.", "The parts range holds no number."));
  }
  return success(sumGap(shown(t.value, d.value), intervals).toNumber());
}
