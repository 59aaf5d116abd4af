import { phrase, phraseForValue, phraseKind } from "./phrases";

describe("report phrases", () => {
  it("writes the phrases of regional reports", () => {
    expect(phrase("completion", 64.18, 72.59)).toEqual({ ok: true, value: "đạt 88,41% so với kế hoạch" });
    expect(phrase("growth", 80.3, 72.59, "năm 2023")).toEqual({ ok: true, value: "tăng 10,62% so với năm 2023" });
    expect(phrase("growth", 9, 10, "năm 2022")).toEqual({ ok: true, value: "giảm 10,00% so với năm 2022" });
    expect(phrase("ratio", 37.9, 32.01, undefined, 1)).toEqual({ ok: true, value: "bằng 118,4% so với cùng kỳ" });
    expect(phraseForValue("share", 0.328, "tổng kinh phí")).toBe("chiếm 32,80% tổng kinh phí");
  });

  it("answers #DIV/0! for a zero denominator", () => {
    const r = phrase("completion", 5, 0);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe("div0");
  });

  it("reads the kind as users type it", () => {
    expect(phraseKind("Tăng")).toBe("growth");
    expect(phraseKind("cùng kỳ")).toBe("ratio");
    expect(phraseKind("completion")).toBe("completion");
    expect(phraseKind("nonsense")).toBeUndefined();
  });
});
