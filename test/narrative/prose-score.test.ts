import { checkText } from "../../src/core/narrative/check-text";
import { reportTextOf, scoreLabelledText } from "../../scripts/prose-score";

// Invented text in the shape of the labelled corpus: one wrong total, one right completion.
const TEXT =
  "Năm 2024, tổng kinh phí 5.236 triệu đồng, trong đó kinh phí khuyến công hỗ trợ 2.180 triệu đồng, vốn đối ứng 3.156 triệu đồng. " +
  "Kế hoạch năm 2024 là 3.500 triệu đồng; đã giải ngân 2.205 triệu đồng, đạt 63% kế hoạch.";

describe("scoring the checker on labelled prose", () => {
  it("counts a labelled inconsistency caught and no false alarm", () => {
    const score = scoreLabelledText(TEXT, checkText(TEXT), { inconsistent: ["5.236"], not_inconsistent: ["63%"], truncated: [] });
    expect(score).toMatchObject({ falseInconsistent: 0, caught: 1, inconsistentLabels: 1, missed: [], falselyAccused: [], read: 2, labels: 2, absent: [] });
  });

  it("counts an inconsistent verdict on a figure labelled not inconsistent as a false alarm", () => {
    const score = scoreLabelledText(TEXT, checkText(TEXT), { inconsistent: [], not_inconsistent: ["5.236", "63%"], truncated: ["63%"] });
    expect(score.falseInconsistent).toBe(1);
    expect(score.falselyAccused).toEqual(["5.236"]);
    expect(score.truncationsMissed).toEqual(["63%"]);
  });

  it("reports labels that are not in the text instead of passing them", () => {
    expect(scoreLabelledText(TEXT, [], { inconsistent: ["9.999"], not_inconsistent: [], truncated: [] })).toMatchObject({
      absent: ["9.999"],
      missed: ["9.999"],
    });
  });

  it("blanks the corpus's metadata lines, keeping offsets", () => {
    const file = "# source: https://example.org/bai-viet-2019\n# date: 2025-01-02\n\nNăm 2024, thực hiện 12/15 đề án.";
    const text = reportTextOf(file);
    expect(text).toHaveLength(file.length);
    expect(text).not.toContain("2025");
    expect(text.endsWith("Năm 2024, thực hiện 12/15 đề án.")).toBe(true);
  });
});
