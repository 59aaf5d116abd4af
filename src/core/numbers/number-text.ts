import { Decimal } from "./decimal-config";
import { bilingual } from "../message";
import { failure, Result, success } from "../result";

/** How a number was written: Vietnamese (1.234,5), English (1,234.5), or with no separator at all. */
export type NumberStyle = "vi" | "en" | "plain";

export interface ParsedNumber {
  value: Decimal;
  /** Digits written after the decimal separator. */
  decimals: number;
  style: NumberStyle;
  /** A trailing % was written: `value` is then in percentage points. */
  percent: boolean;
}

const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const GROUPED_3 = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_3_COMMA = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Reads a number written as text, Vietnamese first: "4.792,98", "1.656" (one thousand six hundred
 * fifty-six), "64,18". English text ("1,656.5", "12.57") is read when it cannot be Vietnamese.
 * Text that both conventions read differently ("1,656") is refused, never guessed.
 */
export function parseNumberText(input: string, options: { vietnamese?: boolean } = {}): Result<ParsedNumber> {
  const original = input;
  let text = input.normalize("NFC").trim();
  if (text === "") return failure("value", bilingual("Ô trống, không có số.", "Empty text, no number."));

  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (/^[-−–+]/.test(text)) {
    negative = text[0] !== "+";
    text = text.slice(1).trim();
  }
  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  // Spaces between digit groups ("1 234 567") are thousands separators in both conventions.
  if (/^\d{1,3}(?:[\s\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/.test(text)) text = text.replace(SPACES, "");

  const body = readDigits(text, options.vietnamese === true);
  if (!body.ok) {
    return failure("value", bilingual(`"${original}" không phải là số: ${body.message.vi}`, `"${original}" is not a number: ${body.message.en}`));
  }
  const { digits, decimals, style } = body.value;
  let value = new Decimal(digits);
  if (negative) value = value.neg();
  return success({ value, decimals, style, percent });
}

interface DigitReading {
  digits: string;
  decimals: number;
  style: NumberStyle;
}

/** `vietnamese`: the text is known to be Vietnamese prose, so "2,035" is two point zero three five. */
function readDigits(text: string, vietnamese: boolean): Result<DigitReading> {
  if (/^\d+$/.test(text)) return success({ digits: text, decimals: 0, style: "plain" });

  const dots = count(text, ".");
  const commas = count(text, ",");
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) {
    return failure("value", bilingual("có ký tự không phải chữ số.", "it contains characters that are not digits."));
  }

  if (dots > 0 && commas > 0) {
    const lastDot = text.lastIndexOf(".");
    const lastComma = text.lastIndexOf(",");
    if (lastComma > lastDot && commas === 1) {
      const [intPart, frac] = text.split(",");
      if ((GROUPED_3.test(intPart) || /^\d+$/.test(intPart)) && /^\d+$/.test(frac)) {
        return success({ digits: `${intPart.replace(/\./g, "")}.${frac}`, decimals: frac.length, style: "vi" });
      }
    }
    if (lastDot > lastComma && dots === 1) {
      const [intPart, frac] = text.split(".");
      if ((GROUPED_3_COMMA.test(intPart) || /^\d+$/.test(intPart)) && /^\d+$/.test(frac)) {
        return success({ digits: `${intPart.replace(/,/g, "")}.${frac}`, decimals: frac.length, style: "en" });
      }
    }
    return failure("value", bilingual("dấu chấm và dấu phẩy đặt sai chỗ.", "dots and commas are misplaced."));
  }

  if (dots > 0) {
    // A dot between groups of three is the Vietnamese thousands separator: "1.656" is 1656.
    if (GROUPED_3.test(text)) return success({ digits: text.replace(/\./g, ""), decimals: 0, style: "vi" });
    if (dots === 1 && /^\d*\.\d+$/.test(text)) {
      const frac = text.split(".")[1];
      return success({ digits: text.startsWith(".") ? `0${text}` : text, decimals: frac.length, style: "en" });
    }
    return failure("value", bilingual("dấu chấm phân nhóm không đúng nhóm ba chữ số.", "dots do not separate groups of three digits."));
  }

  // Commas only.
  if (commas === 1) {
    const [intPart, frac] = text.split(",");
    if (!/^\d+$/.test(frac)) return failure("value", bilingual("thiếu chữ số sau dấu phẩy.", "no digits after the comma."));
    const digitsBefore = intPart === "" ? "0" : intPart;
    const couldBeEnglishThousands = !vietnamese && frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart);
    if (couldBeEnglishThousands) {
      return failure(
        "value",
        bilingual(
          `không rõ: theo cách viết Việt Nam là ${digitsBefore},${frac} (số thập phân), theo cách viết tiếng Anh là ${digitsBefore}${frac}. Hãy nhập số không định dạng hoặc viết rõ phần thập phân.`,
          `ambiguous: Vietnamese reading ${digitsBefore}.${frac}, English reading ${digitsBefore}${frac}. Enter a plain number or write the decimals unambiguously.`,
        ),
      );
    }
    return success({ digits: `${digitsBefore}.${frac}`, decimals: frac.length, style: "vi" });
  }
  if (GROUPED_3_COMMA.test(text)) return success({ digits: text.replace(/,/g, ""), decimals: 0, style: "en" });
  return failure("value", bilingual("dấu phẩy đặt sai chỗ.", "commas are misplaced."));
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
