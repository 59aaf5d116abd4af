import { bilingual } from "../message";
import { failure, Result, success } from "../result";
import { parseNumberText, ParsedNumber } from "./number-text";
import { MoneyUnit, parseUnit } from "./units";

export interface ParsedAmount extends ParsedNumber {
  unit?: MoneyUnit;
}

const AMOUNT = /^\s*([-−–+(]?\s*[\d][\d.,\s\u00a0\u202f]*\)?\s*%?)\s*(.*?)\s*$/u;

/** Reads "79,07 tỷ đồng", "3.604,5 trđ", "1.210 triệu đồng", "12,5%" or a bare number. */
export function parseAmountText(text: string): Result<ParsedAmount> {
  const match = AMOUNT.exec(text.normalize("NFC"));
  if (!match) {
    return failure("value", bilingual(`"${text}" không có số tiền nào.`, `"${text}" holds no amount.`));
  }
  const number = parseNumberText(match[1].trim());
  if (!number.ok) return number;
  const rest = match[2];
  if (rest === "") return success(number.value);
  const unit = parseUnit(rest);
  if (!unit || number.value.percent) {
    return failure(
      "value",
      bilingual(`"${rest}" không phải đơn vị tiền (đồng, nghìn, triệu, tỷ đồng).`, `"${rest}" is not a money unit (đồng, nghìn, triệu, tỷ đồng).`),
    );
  }
  return success({ ...number.value, unit });
}
