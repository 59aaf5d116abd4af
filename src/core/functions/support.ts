import { bilingual } from "../message";
import { failure, Result, success } from "../result";
import { findActivity } from "../rules/activities";
import { builtInRuleLibrary } from "../rules/library";
import { RuleLibrary } from "../rules/schema";
import { maxSupport, selectCeiling, unverifiedCeiling } from "../rules/select";
import { argument, CellInput, readFund, readInteger, readNumber, readRequiredText, readUnit } from "./arguments";

/**
 * The largest support the rules allow a project: min(percentage × cost, cap × units), in `unit`
 * (triệu đồng by default; the cost is read in the same unit). KCĐP is bounded by the national ceiling:
 * without a province there is no provincial resolution to apply. #N/A where no verified ceiling exists.
 */
export function supportMaxOfCells(
  activityText: CellInput,
  totalCost: CellInput,
  source: CellInput,
  units: CellInput,
  year: CellInput,
  unit: CellInput,
  now: Date = new Date(),
  library: RuleLibrary = builtInRuleLibrary(),
): Result<number> {
  const written = readRequiredText(activityText, argument("nội dung", "activity"));
  if (!written.ok) return written;
  const activity = findActivity(written.value);
  if (!activity) {
    return failure(
      "value",
      bilingual(
        `Tham số "nội dung": không biết nội dung "${written.value}" (dùng mã như MMTB, MH hoặc tên nội dung).`,
        `Argument "activity": unknown activity "${written.value}" (use a code such as MMTB, MH or its name).`,
      ),
    );
  }
  const cost = readNumber(totalCost, argument("tổng kinh phí", "total cost"));
  if (!cost.ok) return cost;
  if (cost.value.value.isNegative()) {
    return failure("value", bilingual('Tham số "tổng kinh phí": không được âm.', 'Argument "total cost": must not be negative.'));
  }
  const fund = readFund(source, argument("nguồn kinh phí", "source"));
  if (!fund.ok) return fund;
  const count = readInteger(units, argument("số đơn vị", "units"), 1, 100000, 1);
  if (!count.ok) return count;
  const y = readInteger(year, argument("năm", "year"), 1990, 2100, now.getFullYear());
  if (!y.ok) return y;
  const u = readUnit(unit, argument("đơn vị", "unit"), "trieu");
  if (!u.ok) return u;
  const outUnit = u.value ?? "trieu";

  const selected = selectCeiling(library, { activity: activity.code, fund: fund.value, year: y.value });
  if (!selected) {
    const unverified = unverifiedCeiling(library, activity.code, y.value);
    const hint = unverified
      ? bilingual(
          ` Mức trong gói "${unverified.pack.basis}" chưa được xác minh nên không áp dụng.`,
          ` The ceiling of "${unverified.pack.basis}" is unverified, so it is not applied.`,
        )
      : bilingual("", "");
    return failure(
      "na",
      bilingual(
        `Chưa có mức hỗ trợ tối đa đã xác minh cho "${activity.vi}" (${activity.code}) năm ${y.value}.${hint.vi}`,
        `No verified support ceiling is known for "${activity.en}" (${activity.code}) in ${y.value}.${hint.en}`,
      ),
    );
  }
  return success(maxSupport(selected.ceiling, cost.value.value, count.value, outUnit).toNumber());
}
