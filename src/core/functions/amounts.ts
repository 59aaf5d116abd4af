import { bilingual } from "../message";
import { parseAmountText } from "../numbers/amount-text";
import { formatAmount } from "../numbers/format-vi";
import { convertAmount, MoneyUnit } from "../numbers/units";
import { failure, Result, success } from "../result";
import { argument, CellInput, readInteger, readNumber, readRequiredText, readUnit } from "./arguments";

const TEXT = argument("văn bản", "text");
const TO_UNIT = argument("đổi sang đơn vị", "to unit");

/**
 * The number in an amount written the Vietnamese way ("79,07 tỷ đồng", "3.604,5 trđ"), converted to
 * `toUnit` when given. A percentage ("12,5%") gives its fraction. A number cell is returned as it is.
 */
export function parseAmountCell(text: CellInput, toUnit: CellInput): Result<number> {
  const target = readUnit(toUnit, TO_UNIT);
  if (!target.ok) return target;
  if (typeof text === "number") {
    const n = readNumber(text, TEXT);
    if (!n.ok) return n;
    return target.value ? failure("value", noUnit(String(text))) : success(n.value.value.toNumber());
  }
  const written = readRequiredText(text, TEXT);
  if (!written.ok) return written;
  const amount = parseAmountText(written.value);
  if (!amount.ok) return amount;
  const { value, unit, percent } = amount.value;
  if (percent) return target.value ? failure("value", noUnit(written.value)) : success(value.div(100).toNumber());
  if (!target.value) return success(value.toNumber());
  if (!unit) return failure("value", noUnit(written.value));
  return success(convertAmount(value, unit, target.value).toNumber());
}

function noUnit(text: string) {
  return bilingual(`"${text}" không ghi đơn vị tiền nên không đổi được đơn vị.`, `"${text}" states no money unit, so it cannot be converted.`);
}

/** An amount from one unit to another: 3.604,5 triệu đồng → 3,6045 tỷ đồng. */
export function convertCell(value: CellInput, fromUnit: CellInput, toUnit: CellInput): Result<number> {
  const v = readNumber(value, argument("số tiền", "value"));
  if (!v.ok) return v;
  const from = readUnit(fromUnit, argument("từ đơn vị", "from unit"));
  if (!from.ok) return from;
  const to = readUnit(toUnit, TO_UNIT);
  if (!to.ok) return to;
  if (!from.value || !to.value) {
    return failure("value", bilingual("Cần cả đơn vị gốc và đơn vị đích.", "Both the unit to convert from and the unit to convert to are needed."));
  }
  return success(convertAmount(v.value.value, from.value, to.value).toNumber());
}

/** "79,07 tỷ đồng": a number written the Vietnamese way whatever the host's locale, with its unit if given. */
export function amountText(value: CellInput, decimals: CellInput, unit: CellInput): Result<string> {
  const v = readNumber(value, argument("số", "value"));
  if (!v.ok) return v;
  const d = readInteger(decimals, argument("số chữ số thập phân", "decimals"), 0, 15, 2);
  if (!d.ok) return d;
  const u = readUnit(unit, argument("đơn vị", "unit"));
  if (!u.ok) return u;
  return success(formatAmount(v.value.value, d.value, u.value as MoneyUnit | undefined));
}
