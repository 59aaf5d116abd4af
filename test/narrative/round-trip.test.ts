import fc from "fast-check";
import { checkText } from "../../src/core/narrative/check-text";
import { phrase, phraseForValue, PHRASE_KINDS } from "../../src/core/narrative/phrases";
import { regionalReportSegments, RegionalFigure } from "../../src/core/narrative/regional-report";
import { renderSegmentsText, Segment } from "../../src/core/narrative/segments";

/** Regional figures in tỷ đồng that add up: each total is the sum of its funds. */
const regionalFigures = fc
  .record({
    provinces: fc.integer({ min: 1, max: 34 }),
    kcqgPlan: fc.integer({ min: 1, max: 400_000 }),
    kcdpPlan: fc.integer({ min: 1, max: 900_000 }),
    kcqgRate: fc.integer({ min: 0, max: 1_300 }),
    kcdpRate: fc.integer({ min: 0, max: 1_300 }),
    sameLastYear: fc.integer({ min: 1, max: 2_000_000 }),
    previousPlan: fc.integer({ min: 1, max: 2_000_000 }),
  })
  .map((r): Record<RegionalFigure, number> => {
    // Figures with up to 4 decimals in tỷ (100 000 đồng), as province sheets in triệu give them.
    const kcqgPlan = r.kcqgPlan / 10_000;
    const kcdpPlan = r.kcdpPlan / 10_000;
    const kcqgActual = Math.round(kcqgPlan * r.kcqgRate) / 1_000;
    const kcdpActual = Math.round(kcdpPlan * r.kcdpRate) / 1_000;
    return {
      provinces: r.provinces,
      kcqgPlan,
      kcdpPlan,
      totalPlan: kcqgPlan + kcdpPlan,
      kcqgActual,
      kcdpActual,
      totalActual: kcqgActual + kcdpActual,
      sameLastYear: r.sameLastYear / 10_000,
      previousPlan: r.previousPlan / 10_000,
    };
  });

const inputs = fc.record({
  year: fc.integer({ min: 2013, max: 2030 }),
  months: fc.constantFrom(6, 8, 9, 11, 12),
  region: fc.constantFrom(undefined, "khu vực phía Nam", "khu vực miền Trung - Tây Nguyên"),
  hasSameLastYear: fc.boolean(),
  hasPreviousPlan: fc.boolean(),
});

const notInconsistent = (text: string) => {
  const bad = checkText(text).filter((c) => c.verdict === "inconsistent");
  if (bad.length > 0) throw new Error(`${text}\n→ ${JSON.stringify(bad, null, 1)}`);
};

describe("round trip: what the writer writes, the checker reads as consistent", () => {
  it("every regional report paragraph over consistent figures", () => {
    fc.assert(
      fc.property(regionalFigures, inputs, (figures, input) => {
        const paragraphs = regionalReportSegments({
          year: input.year,
          period: { months: input.months, text: `${input.months} tháng` },
          region: input.region,
          hasSameLastYear: input.hasSameLastYear,
          hasPreviousPlan: input.hasPreviousPlan,
        });
        const text = paragraphs.map((p) => renderSegmentsText(p, figures)).join("\n");
        notInconsistent(text);
        // The writer's claims are all found, not skipped.
        const claims = checkText(text);
        const count = (kind: string) => claims.filter((c) => c.kind === kind).length;
        expect([count("amount-sum"), count("completion"), count("ratio"), count("growth")]).toEqual([
          1,
          3,
          input.hasSameLastYear ? 1 : 0,
          input.hasPreviousPlan ? 1 : 0,
        ]);
        // With the total plan in the text, every completion is checked, the funds' through derived plans,
        // when the shown digits determine them: a fund's plan is the total minus the other's actual ÷ its
        // completion, so each actual needs ≥ 0,5 tỷ (±1%), each completion ≥ 10% (±0,05%) and each fund
        // ≥ 2% of the total plan. With fewer digits a derived plan can span zero (0,25 tỷ ÷ 1,00% is
        // 24,38–25,63 tỷ out of 24,92) and the claim is rightly unverifiable.
        const determinate = (
          [
            [figures.kcqgActual, figures.kcqgPlan],
            [figures.kcdpActual, figures.kcdpPlan],
          ] as const
        ).every(([actual, plan]) => actual >= 0.5 && actual / plan >= 0.1 && plan >= 0.02 * figures.totalPlan);
        if (input.hasPreviousPlan && determinate) expect(claims.filter((c) => c.kind === "completion" && c.verdict === "unverifiable")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("every phrase KC.PHRASE writes, after the figures it was computed from", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PHRASE_KINDS),
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.integer({ min: 0, max: 3 }),
        (kind, a, b, decimals) => {
          const numerator = a / 100;
          const denominator = b / 100;
          const written = phrase(kind, numerator, denominator, kind === "growth" ? "năm 2023" : undefined, decimals);
          if (!written.ok) return;
          const base = `(${String(denominator).replace(".", ",")} tỷ đồng)`;
          const text = `Năm 2024, kinh phí là ${String(numerator).replace(".", ",")} tỷ đồng, ${written.value} ${base}.`;
          const claims = checkText(text);
          expect(claims).toHaveLength(1);
          expect(claims[0].kind).toBe(kind);
          expect(claims[0].verdict).toBe("consistent");
        },
      ),
      { numRuns: 400 },
    );
  });

  it("a project paragraph built from segments: total, support and counterpart", () => {
    const paragraph: Segment[] = [
      { kind: "text", text: "Hoàn thành " },
      { kind: "count", figure: "projects" },
      { kind: "text", text: " đề án với tổng kinh phí thực hiện là " },
      { kind: "amount", figure: "total", decimals: 1, unit: "trieu" },
      { kind: "text", text: ", trong đó, Khuyến công địa phương hỗ trợ là " },
      { kind: "amount", figure: "support", decimals: 1, unit: "trieu" },
      { kind: "text", text: ", nguồn đối ứng của doanh nghiệp là " },
      { kind: "amount", figure: "counterpart", decimals: 1, unit: "trieu" },
      { kind: "text", text: " (" },
      { kind: "phrase", measure: "share", numerator: "counterpart", denominator: "total", label: "", decimals: 1 },
      { kind: "text", text: ")." },
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 1, max: 5_000_000 }), (projects, s, c) => {
        const figures = { projects, support: s / 100, counterpart: c / 100, total: (s + c) / 100 };
        const text = renderSegmentsText(paragraph, figures);
        notInconsistent(text);
        expect(checkText(text).map((k) => k.kind)).toEqual(["amount-sum", "share"]);
      }),
      { numRuns: 300 },
    );
  });

  it("phraseForValue's rounding is read back as the interval it stands for", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
        const text = `Kế hoạch năm 2024 là ${b} triệu đồng. Năm 2024 thực hiện ${a} triệu đồng, ${phraseForValue("completion", a / b, "kế hoạch", 1)}.`;
        expect(checkText(text).map((c) => c.verdict)).toEqual(["consistent"]);
      }),
      { numRuns: 300 },
    );
  });
});
