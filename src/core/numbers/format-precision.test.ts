import { formatAmount, formatNumber, formatPercent } from "./format-vi";
import { digitsOfFormat, shownInterval } from "./precision";
import { convertAmount, convertedDecimals, parseUnit } from "./units";
import { Decimal } from "./decimal-config";

describe("Vietnamese formatting", () => {
  it("uses a dot for thousands and a comma for decimals", () => {
    expect(formatNumber(4792.98)).toBe("4.792,98");
    expect(formatNumber(1234567.891, 1)).toBe("1.234.567,9");
    expect(formatNumber(-0.004, 2)).toBe("0,00");
    expect(formatNumber(2.675, 2)).toBe("2,68"); // exact half rounds away from zero, as Excel's ROUND
    expect(formatAmount(79.07, 2, "ty")).toBe("79,07 tỷ đồng");
    expect(formatPercent(0.8841)).toBe("88,41%");
    expect(formatNumber(1656.5, 1, "en")).toBe("1,656.5");
  });
});

describe("digits a number format shows", () => {
  it.each([
    ["#,##0.00", 2, false],
    ["0.0%", 3, true],
    ["0%", 2, true],
    ["#,##0", 0, false],
    ['#,##0.000 "tỷ"', 3, false],
    ["#,##0.00;[Red]-#,##0.00", 2, false],
    ["#,##0.0,", -2, false],
  ])("%s shows %i digits", (format, decimals, percent) => {
    expect(digitsOfFormat(format)).toEqual({ decimals, percent });
  });

  it.each(["General", "@", "", undefined])("%p shows the value's own digits", (format) => {
    expect(digitsOfFormat(format)).toBeUndefined();
    expect(shownInterval(12.57, format).toString()).toBe("[12.565; 12.575]");
  });

  it("judges a stored value by what its format shows", () => {
    expect(shownInterval(0.88412, "0.00%").toString()).toBe("[0.88405; 0.88415]");
    expect(shownInterval(3604.4999, "#,##0.0").toString()).toBe("[3604.45; 3604.55]");
  });
});

describe("units", () => {
  it("reads spellings of reports and converts exactly", () => {
    expect(parseUnit("Triệu đồng")).toBe("trieu");
    expect(parseUnit("TỶ ĐỒNG")).toBe("ty");
    expect(parseUnit("Đơn vị tính: triệu đồng")).toBe("trieu");
    expect(parseUnit("million VND")).toBe("trieu");
    expect(parseUnit("con gà")).toBeUndefined();
    expect(convertAmount(new Decimal("3604.5"), "trieu", "ty").toString()).toBe("3.6045");
    expect(convertedDecimals(1, "trieu", "ty")).toBe(4);
  });
});
