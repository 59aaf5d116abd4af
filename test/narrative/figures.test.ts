import { tokenizeFigures } from "../../src/core/narrative/figures";
import { splitSentences } from "../../src/core/narrative/sentences";

const kinds = (text: string) => tokenizeFigures(text).map((f) => [f.kind, f.text]);

describe("tokenizeFigures", () => {
  it("reads Vietnamese numbers with their units, in any spelling of the unit", () => {
    const figures = tokenizeFigures("3.604,5 triệu đồng, 64,18 tỷ đồng, 4,25 tỉ đồng, 5.850 trđ, 2.150 tr.đ, 500.000 đồng, 2,035 tỷ");
    expect(figures.map((f) => [f.kind, f.value.toString(), f.decimals, f.unit])).toEqual([
      ["amount", "3604.5", 1, "trieu"],
      ["amount", "64.18", 2, "ty"],
      ["amount", "4.25", 2, "ty"],
      ["amount", "5850", 0, "trieu"],
      ["amount", "2150", 0, "trieu"],
      ["amount", "500000", 0, "dong"],
      // In prose "2,035" is Vietnamese: two point zero three five, never two thousand and thirty-five.
      ["amount", "2.035", 3, "ty"],
    ]);
  });

  it("reads percentages, counts of things and done/total counts with their offsets", () => {
    const text = "đạt 88,41 % kế hoạch; 13/13 đề án; 85 đề án và 412 cơ sở";
    const figures = tokenizeFigures(text);
    expect(figures.map((f) => [f.kind, f.text])).toEqual([
      ["percent", "88,41 %"],
      ["fraction", "13/13 đề án"],
      ["count", "85 đề án"],
      ["count", "412 cơ sở"],
    ]);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(figures[1].of?.toNumber()).toBe(13);
  });

  it("leaves out dates, legal references, page and list numbers and phone numbers", () => {
    expect(kinds("ngày 20/10/2023")).toEqual([]);
    expect(kinds("Nghị định 45/2012/NĐ-CP, Quyết định 1881/QĐ-TTg, Thông tư số 28/2018/TT-BTC")).toEqual([]);
    expect(kinds("Trang 3")).toEqual([]);
    expect(kinds("1. Kết quả\n2) Tồn tại")).toEqual([]);
    expect(kinds("Điện thoại: 0263.3822.456; ĐT 0912345678")).toEqual([]);
    expect(kinds("tháng 10/2023")).toEqual([]);
    expect(kinds("Điều 8 khoản 2")).toEqual([]);
  });

  it("keeps years and bare numbers apart from claims", () => {
    expect(kinds("năm 2024 có 150 đại biểu và 1.200 lượt khách")).toEqual([
      ["year", "2024"],
      ["number", "150"],
      ["number", "1.200"],
    ]);
  });

  it("tells a reference number from the figure after a word that only looks like it when folded", () => {
    // "số 12" is a reference; "cơ sở 3.824 triệu đồng" is money; "tổng số 85 đề án" is a count.
    expect(kinds("văn bản số 12 và vốn của các cơ sở 3.824 triệu đồng; tổng số 85 đề án")).toEqual([
      ["amount", "3.824 triệu đồng"],
      ["count", "85 đề án"],
    ]);
  });

  it("marks figures inside parentheses as asides", () => {
    const figures = tokenizeFigures("KCĐP 8,85 tỷ đồng (gồm 8,51 tỷ đồng đã phân bổ), KCQG 1,4 tỷ đồng");
    expect(figures.map((f) => f.inParens)).toEqual([false, true, false]);
  });
});

describe("splitSentences", () => {
  it("splits at sentence marks and line breaks, not at dots inside numbers or abbreviations", () => {
    const text = "Tổng là 7.231 triệu đồng. TP. Hồ Chí Minh đạt 3,5 tỷ đồng!\nTrong đó: KCQG 1,2 tỷ đồng";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Tổng là 7.231 triệu đồng.",
      "TP. Hồ Chí Minh đạt 3,5 tỷ đồng!",
      "Trong đó: KCQG 1,2 tỷ đồng",
    ]);
  });
});
