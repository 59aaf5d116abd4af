import { Bilingual } from "../message";
import { counterpart, Measure, measure } from "../numbers/ratios";
import { Result, success } from "../result";
import { argument, CellInput, readNumber } from "./arguments";

/** The two figures of each measure, named as reports name them. */
export const MEASURE_ARGUMENTS: Record<Measure, [Bilingual, Bilingual]> = {
  completion: [argument("thực hiện", "actual"), argument("kế hoạch", "plan")],
  growth: [argument("kỳ này", "current"), argument("kỳ trước", "previous")],
  ratio: [argument("kỳ này", "current"), argument("cùng kỳ", "previous")],
  share: [argument("phần", "part"), argument("tổng", "total")],
};

/** completion = actual / plan, growth = current / previous − 1, ratio = current / previous, share = part / total. */
export function measureOfCells(kind: Measure, numerator: CellInput, denominator: CellInput): Result<number> {
  const [numName, denName] = MEASURE_ARGUMENTS[kind];
  const num = readNumber(numerator, numName);
  if (!num.ok) return num;
  const den = readNumber(denominator, denName);
  if (!den.ok) return den;
  const value = measure(kind, num.value.value, den.value.value);
  return value.ok ? success(value.value.toNumber()) : value;
}

/** vốn đối ứng = tổng kinh phí − kinh phí khuyến công. */
export function counterpartOfCells(total: CellInput, support: CellInput): Result<number> {
  const t = readNumber(total, argument("tổng kinh phí", "total cost"));
  if (!t.ok) return t;
  const s = readNumber(support, argument("kinh phí hỗ trợ", "support"));
  if (!s.ok) return s;
  return success(counterpart(t.value.value, s.value.value).toNumber());
}
