import { Decimal } from "./decimal-config";
import { DecimalLike, Interval, toDecimal } from "./interval";
import { bilingual } from "../message";
import { failure, Result, success } from "../result";

/** The measures of khuyến công reports, each a function of two figures. */
export type Measure = "completion" | "growth" | "ratio" | "share";

const ZERO_DENOMINATOR = {
  completion: bilingual("Kế hoạch bằng 0: không tính được tỷ lệ đạt.", "The plan is zero: completion cannot be computed."),
  growth: bilingual("Kỳ so sánh bằng 0: không tính được tốc độ tăng.", "The previous figure is zero: growth cannot be computed."),
  ratio: bilingual("Kỳ so sánh bằng 0: không tính được tỷ lệ so với cùng kỳ.", "The previous figure is zero: the ratio cannot be computed."),
  share: bilingual("Tổng bằng 0: không tính được tỷ trọng.", "The total is zero: the share cannot be computed."),
};

/** completion = actual / plan; growth = current / previous − 1; ratio = current / previous; share = part / total. */
export function measure(kind: Measure, numerator: DecimalLike, denominator: DecimalLike): Result<Decimal> {
  const d = toDecimal(denominator);
  if (d.isZero()) return failure("div0", ZERO_DENOMINATOR[kind]);
  const q = toDecimal(numerator).div(d);
  return success(kind === "growth" ? q.minus(1) : q);
}

/** The same measure over intervals; undefined when the denominator can be zero. */
export function measureInterval(kind: Measure, numerator: Interval, denominator: Interval): Interval | undefined {
  const q = numerator.dividedBy(denominator);
  if (!q) return undefined;
  return kind === "growth" ? q.shift(-1) : q;
}

/** vốn đối ứng = tổng kinh phí − kinh phí khuyến công. */
export function counterpart(total: DecimalLike, support: DecimalLike): Decimal {
  return toDecimal(total).minus(toDecimal(support));
}
