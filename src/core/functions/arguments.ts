import { Bilingual, bilingual } from "../message";
import { Decimal } from "../numbers/decimal-config";
import { parseNumberText } from "../numbers/number-text";
import { MoneyUnit, parseUnit } from "../numbers/units";
import { RoundingMode } from "../numbers/consistency";
import { failure, Result, success } from "../result";
import { numberOfValue } from "../standard/read-cell";
import { parseSource } from "../standard/vocabulary";
import { Fund } from "../rules/select";
import { foldLabel } from "../text/fold";

/** A value as a spreadsheet hands it to a function: a number, text, a logical, or nothing. */
export type CellInput = number | string | boolean | null | undefined;

/** A number argument with the digits it was written with. */
export interface NumberArgument {
  value: Decimal;
  /** Digits after the point, in the units of `value` ("88,41%" → 4 digits of 0.8841). */
  decimals: number;
}

/** An argument's name in both languages, for messages: argument("kế hoạch", "plan"). */
export function argument(vi: string, en: string): Bilingual {
  return bilingual(vi, en);
}

function about(name: Bilingual, problem: Bilingual): Bilingual {
  return bilingual(`Tham số "${name.vi}": ${problem.vi}`, `Argument "${name.en}": ${problem.en}`);
}

export function isAbsent(value: CellInput): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Reads a number argument: a number, or text written the Vietnamese way ("4.792,98", "1.656") or the
 * unambiguous English way; "12,5%" is the fraction 0.125. An empty cell counts as 0, as in Excel
 * arithmetic. Ambiguous text ("1,656"), logicals and other text are refused with the reason.
 */
export function readNumber(input: CellInput, name: Bilingual): Result<NumberArgument> {
  if (isAbsent(input)) return success({ value: new Decimal(0), decimals: 0 });
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return failure("value", about(name, bilingual("giá trị không hữu hạn.", "not a finite value.")));
    const { value, decimals } = numberOfValue(input, undefined, false);
    return success({ value, decimals });
  }
  if (typeof input === "boolean") {
    return failure("value", about(name, bilingual("cần một số, không phải giá trị logic.", "a number is needed, not a logical value.")));
  }
  if (typeof input !== "string") return failure("value", about(name, bilingual("cần một số.", "a number is needed.")));
  const parsed = parseNumberText(input);
  if (!parsed.ok) return failure("value", about(name, parsed.message));
  const { value, decimals, percent } = parsed.value;
  return success(percent ? { value: value.div(100), decimals: decimals + 2 } : { value, decimals });
}

/** An optional whole number within [min, max]; `fallback` when absent. */
export function readInteger(input: CellInput, name: Bilingual, min: number, max: number, fallback: number): Result<number> {
  if (isAbsent(input)) return success(fallback);
  const read = readNumber(input, name);
  if (!read.ok) return read;
  const n = read.value.value;
  if (!n.isInteger() || n.lt(min) || n.gt(max)) {
    return failure(
      "value",
      about(
        name,
        bilingual(`cần một số nguyên từ ${min} đến ${max}, nhận được ${n.toString()}.`, `a whole number from ${min} to ${max} is needed, got ${n.toString()}.`),
      ),
    );
  }
  return success(n.toNumber());
}

/** Text of an argument, NFC and trimmed ("" when absent); numbers give their text. */
export function readText(input: CellInput): string {
  if (isAbsent(input)) return "";
  return String(input).normalize("NFC").trim();
}

/** A money unit: "triệu đồng", "tỷ", "trđ", "billion VND"…; `fallback` when absent. */
export function readUnit(input: CellInput, name: Bilingual, fallback?: MoneyUnit): Result<MoneyUnit | undefined> {
  if (isAbsent(input)) return success(fallback);
  const text = readText(input);
  const unit = parseUnit(text);
  if (!unit) {
    return failure(
      "value",
      about(
        name,
        bilingual(
          `"${text}" không phải đơn vị tiền (đồng, nghìn đồng, triệu đồng, tỷ đồng).`,
          `"${text}" is not a money unit (đồng, nghìn đồng, triệu đồng, tỷ đồng).`,
        ),
      ),
    );
  }
  return success(unit);
}

const MODES: Record<string, RoundingMode> = {
  round: "round",
  "lam tron": "round",
  tron: "round",
  rounding: "round",
  truncate: "truncate",
  cat: "truncate",
  "cat bo": "truncate",
  "cat bot": "truncate",
  truncation: "truncate",
  trunc: "truncate",
};

/** "round" (default) or "truncate", also in Vietnamese ("làm tròn", "cắt bỏ"). */
export function readMode(input: CellInput, name: Bilingual): Result<RoundingMode> {
  if (isAbsent(input)) return success("round");
  const text = readText(input);
  const mode = MODES[foldLabel(text)];
  if (!mode) {
    return failure(
      "value",
      about(
        name,
        bilingual(`"${text}" không phải cách làm tròn: dùng "round" hoặc "truncate".`, `"${text}" is not a rounding mode: use "round" or "truncate".`),
      ),
    );
  }
  return success(mode);
}

/** A funding source of a project: KCQG (default), "KCQG điểm", KCĐP. */
export function readFund(input: CellInput, name: Bilingual): Result<Fund> {
  if (isAbsent(input)) return success("KCQG");
  const text = readText(input);
  const source = parseSource(text);
  if (source === "KCQG" || source === "KCQG_DIEM" || source === "KCDP") return success(source);
  return failure(
    "value",
    about(name, bilingual(`"${text}" không phải nguồn kinh phí (KCQG, KCQG điểm, KCĐP).`, `"${text}" is not a funding source (KCQG, KCQG điểm, KCĐP).`)),
  );
}

/** Required text: absent gives #VALUE! naming the argument. */
export function readRequiredText(input: CellInput, name: Bilingual): Result<string> {
  const text = readText(input);
  if (text === "") return failure("value", about(name, bilingual("chưa nhập.", "missing.")));
  return success(text);
}

export { about as describeArgumentProblem };
