import { parseNumberText } from "./number-text";
import { parseAmountText } from "./amount-text";

const read = (text: string) => {
  const r = parseNumberText(text);
  if (!r.ok) throw new Error(r.message.en);
  return { value: r.value.value.toString(), decimals: r.value.decimals, style: r.value.style, percent: r.value.percent };
};

describe("parseNumberText", () => {
  it.each([
    ["4.792,98", "4792.98", 2, "vi"],
    ["1.656", "1656", 0, "vi"],
    ["64,18", "64.18", 2, "vi"],
    ["3.604,5", "3604.5", 1, "vi"],
    ["21.380", "21380", 0, "vi"],
    ["1.234.567", "1234567", 0, "vi"],
    ["0,125", "0.125", 3, "vi"],
    ["1,656.5", "1656.5", 1, "en"],
    ["1,234,567", "1234567", 0, "en"],
    ["12.57", "12.57", 2, "en"],
    ["1 234 567", "1234567", 0, "plain"],
    ["7231", "7231", 0, "plain"],
  ])("reads %s as %s", (text, value, decimals, style) => {
    expect(read(text)).toMatchObject({ value, decimals, style });
  });

  it("reads signs, parentheses and percentages", () => {
    expect(read("-1.656,5").value).toBe("-1656.5");
    expect(read("−2,5").value).toBe("-2.5");
    expect(read("(300)").value).toBe("-300");
    expect(read("88,41%")).toMatchObject({ value: "88.41", decimals: 2, percent: true });
  });

  it("refuses text both conventions read differently, and says why", () => {
    const r = parseNumberText("1,656");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe("value");
      expect(r.message.vi).toContain("không rõ");
      expect(r.message.en).toContain("ambiguous");
    }
  });

  it.each(["", "abc", "1.2.3", "1,2,3", "1.23,4.5", "12a", "1..2", "--1"])("refuses %p", (text) => {
    expect(parseNumberText(text).ok).toBe(false);
  });
});

describe("parseAmountText", () => {
  it("reads an amount with its unit", () => {
    const r = parseAmountText("79,07 tỷ đồng");
    expect(r.ok && r.value.value.toString()).toBe("79.07");
    expect(r.ok && r.value.unit).toBe("ty");
  });

  it.each([
    ["3.604,5 triệu đồng", "trieu"],
    ["1.210 trđ", "trieu"],
    ["2,5 tỉ", "ty"],
    ["500 tr.đ", "trieu"],
    ["12 nghìn đồng", "nghin"],
    ["1.000.000 đồng", "dong"],
  ])("reads the unit of %s", (text, unit) => {
    const r = parseAmountText(text);
    expect(r.ok && r.value.unit).toBe(unit);
  });

  it("refuses a word that is not a unit", () => {
    expect(parseAmountText("12 con gà").ok).toBe(false);
  });
});
