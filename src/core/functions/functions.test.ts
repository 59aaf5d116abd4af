import { Decimal } from "../numbers/decimal-config";
import { amountText, convertCell, parseAmountCell } from "./amounts";
import { counterpartOfCells, measureOfCells } from "./measures";
import { phraseOfCells } from "./phrase";
import { consistentCells, sumCheckCells } from "./precision-checks";
import { supportMaxOfCells } from "./support";

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : undefined);

describe("measures", () => {
  it("computes completion, growth, ratio and share from numbers and text", () => {
    expect(value(measureOfCells("completion", 64.18, "72,59"))).toBeCloseTo(0.884144, 6);
    expect(value(measureOfCells("growth", 80.3, 72.59))).toBeCloseTo(0.106213, 6);
    expect(value(measureOfCells("ratio", "37,9", 32))).toBeCloseTo(1.184375, 6);
    expect(value(measureOfCells("share", 3.407, 7.231))).toBeCloseTo(0.471166, 6);
  });

  it("answers #DIV/0! for a zero or empty denominator", () => {
    expect(measureOfCells("completion", 5, 0)).toMatchObject({ ok: false, error: "div0" });
    expect(measureOfCells("growth", 5, null)).toMatchObject({ ok: false, error: "div0" });
  });

  it("computes counterpart funds exactly (Đắk Nông 2019: 7.231 − 3.407)", () => {
    expect(value(counterpartOfCells("7.231", 3407))).toBe(3824);
    expect(value(counterpartOfCells(0.3, 0.1))).toBe(0.2);
  });
});

describe("precision checks", () => {
  const exact = 3512.4 / 4120.75;

  it("accepts a rounding and refuses a truncation in round mode", () => {
    expect(value(consistentCells(0.8524, exact, undefined, "round"))).toBe(true);
    expect(value(consistentCells(0.8523, exact, undefined, "round"))).toBe(false);
    expect(value(consistentCells(0.8523, exact, undefined, "truncate"))).toBe(true);
    expect(value(consistentCells("85,24%", exact, undefined, "round"))).toBe(true);
  });

  it("uses the decimals given instead of the figure's own digits", () => {
    // 0.85 read as 2 digits stands for [0.845; 0.855]; read as 4 digits (0.8500) it does not hold 0.8524.
    expect(value(consistentCells(0.85, exact, undefined, "round"))).toBe(true);
    expect(value(consistentCells(0.85, exact, 4, "round"))).toBe(false);
  });

  it("finds no gap when rounding explains the sum, and the signed gap otherwise", () => {
    expect(value(sumCheckCells(12.57, [4.31, 8.25], undefined))).toBe(0);
    // 12.6 shows one digit and may be 12.57; the text "12,60" shows two and may not.
    expect(value(sumCheckCells(12.6, [4.31, 8.25], undefined))).toBe(0);
    expect(value(sumCheckCells("12,60", [4.31, 8.25], undefined))).toBeCloseTo(0.025, 12);
    // whole numbers show no digits: 10 may be 10.5, 4 + 8 may be 11.
    expect(value(sumCheckCells(10, [4, 8], undefined))).toBe(-0.5);
    expect(value(sumCheckCells("36,77", ["5,32", "31,44", null], undefined))).toBe(0);
  });

  it("applies a common digit count when given", () => {
    expect(value(sumCheckCells(12.6, [4.31, 8.25], 2))).toBeCloseTo(0.025, 12);
    // with 0 digits 13 stands for [12.5; 13.5] and the parts for [11.5; 13.5].
    expect(value(sumCheckCells(13, [4.31, 8.25], 0))).toBe(0);
  });

  it("answers #N/A for parts without any number and #VALUE! for words", () => {
    expect(sumCheckCells(1, [null, ""], undefined)).toMatchObject({ ok: false, error: "na" });
    expect(sumCheckCells(1, [1, "abc"], undefined)).toMatchObject({ ok: false, error: "value" });
  });
});

describe("amounts", () => {
  it("reads Vietnamese amounts and converts them", () => {
    expect(value(parseAmountCell("79,07 tỷ đồng", undefined))).toBe(79.07);
    expect(value(parseAmountCell("3.604,5 trđ", "tỷ đồng"))).toBe(3.6045);
    expect(value(parseAmountCell("12,5%", undefined))).toBe(0.125);
    expect(parseAmountCell("1.656", "tỷ")).toMatchObject({ ok: false, error: "value" });
    expect(parseAmountCell("1,656 tỷ", undefined)).toMatchObject({ ok: false, error: "value" });
  });

  it("converts between units", () => {
    expect(value(convertCell(3604.5, "triệu đồng", "tỷ đồng"))).toBe(3.6045);
    expect(value(convertCell("1,5", "tỷ", "nghìn đồng"))).toBe(1500000);
    expect(convertCell(1, "đô la", "tỷ")).toMatchObject({ ok: false, error: "value" });
  });

  it("writes numbers the Vietnamese way", () => {
    expect(value(amountText(79.07, undefined, "tỷ"))).toBe("79,07 tỷ đồng");
    expect(value(amountText(3604.5, 1, "trđ"))).toBe("3.604,5 triệu đồng");
    expect(value(amountText("1.210", 0, undefined))).toBe("1.210");
  });
});

describe("phrase", () => {
  it("writes the report phrases", () => {
    expect(value(phraseOfCells("completion", 64.18, 72.59, undefined, undefined))).toBe("đạt 88,41% so với kế hoạch");
    expect(value(phraseOfCells("tăng", 80.3, 72.59, "năm 2023", undefined))).toBe("tăng 10,62% so với năm 2023");
    expect(value(phraseOfCells("growth", 7, 8, "năm 2023", 1))).toBe("giảm 12,5% so với năm 2023");
    expect(value(phraseOfCells("bằng", 37.9, 32.01, undefined, undefined))).toBe("bằng 118,40% so với cùng kỳ");
  });

  it("refuses unknown kinds and zero denominators", () => {
    expect(phraseOfCells("average", 1, 2, undefined, undefined)).toMatchObject({ ok: false, error: "value" });
    expect(phraseOfCells("đạt", 1, 0, undefined, undefined)).toMatchObject({ ok: false, error: "div0" });
  });
});

describe("supportMax", () => {
  const y2024 = new Date("2024-06-01");

  it("binds the percentage or the cap, whichever is lower (MMTB 50% ≤ 300 per establishment)", () => {
    expect(value(supportMaxOfCells("MMTB", 500, undefined, undefined, 2024, undefined))).toBe(250);
    expect(value(supportMaxOfCells("MMTB", 700, undefined, undefined, 2024, undefined))).toBe(300);
    expect(value(supportMaxOfCells("máy móc thiết bị", 700, "KCQG", 2, 2024, undefined))).toBe(350);
  });

  it("uses the rules in force in the year (MMTB was ≤ 200 under TTLT 26/2014)", () => {
    expect(value(supportMaxOfCells("MMTB", 700, undefined, undefined, 2016, undefined))).toBe(200);
  });

  it("converts cost and result to the unit asked", () => {
    expect(value(supportMaxOfCells("MMTB", 0.7, undefined, undefined, 2024, "tỷ đồng"))).toBeCloseTo(0.3, 12);
  });

  it("bounds KCĐP by the national ceiling and defaults the year to the current one", () => {
    expect(value(supportMaxOfCells("MH", 5000, "KCĐP", undefined, undefined, undefined, y2024))).toBe(1000);
  });

  it("answers #N/A where no verified ceiling exists and #VALUE! for an unknown activity", () => {
    const u = supportMaxOfCells("MT", 1000, undefined, undefined, 2024, undefined);
    expect(u).toMatchObject({ ok: false, error: "na" });
    if (!u.ok) expect(u.message.en).toContain("unverified");
    expect(supportMaxOfCells("DT", 1000, undefined, undefined, 2024, undefined)).toMatchObject({ ok: false, error: "na" });
    expect(supportMaxOfCells("XYZ", 1000, undefined, undefined, 2024, undefined)).toMatchObject({ ok: false, error: "value" });
    expect(supportMaxOfCells("MMTB", -1, undefined, undefined, 2024, undefined)).toMatchObject({ ok: false, error: "value" });
  });

  it("keeps exact decimal arithmetic", () => {
    expect(new Decimal(value(supportMaxOfCells("MH", 333.3, undefined, undefined, 2024, undefined)) ?? 0).toString()).toBe("99.99");
  });
});
