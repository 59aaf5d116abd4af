import fc from "fast-check";
import { formatNumber } from "../../src/core/numbers/format-vi";
import { composeProvinceSheet, ProvinceSheetInput } from "../../src/core/standard/compose";
import { FUNDING_COLUMNS, HEADER_FIELDS, PROJECT_COLUMNS } from "../../src/core/standard/layout";
import { readSheet } from "../../src/core/reading/read-sheet";
import { validateWorkbook } from "../../src/core/validation/engine";
import { Cell, CellValue, GridSheet } from "../../src/core/workbook/snapshot";

const labels = [...HEADER_FIELDS, ...FUNDING_COLUMNS, ...PROJECT_COLUMNS].flatMap((s) => [s.label.vi, s.label.en]);
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.constantFrom(
    ...labels,
    "KCQG",
    "KCĐP",
    "Tổng cộng",
    "KCQG điểm",
    "MMTB",
    "1.656",
    "3.604,5",
    "1,656",
    "88,41%",
    "tỷ đồng",
    "2023",
    "Cả năm",
    "KC_QuyDinh",
  ),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: "#DIV/0!" }, { error: "#REF!" }),
);
const cell: fc.Arbitrary<Cell | undefined> = fc.option(
  fc.record(
    {
      value: cellValue,
      format: fc.option(fc.constantFrom("General", "0.00%", "#,##0", "#,##0.0,", "@", '0.0"x"'), { nil: undefined }),
      formula: fc.option(fc.constant("A1+1"), { nil: undefined }),
    },
    { requiredKeys: ["value"] },
  ),
  { nil: undefined },
);
const sheet = fc
  .tuple(fc.constantFrom("A", "KC_QuyDinh", "Ghi chú", "Tỉnh"), fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }))
  .map(([name, rows]) => new GridSheet(name, rows));

describe("properties", () => {
  it("random sheets and cell contents never make the reader or the validator throw", () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 4 }), (sheets) => {
        for (const s of sheets) readSheet(s);
        const report = validateWorkbook({ sheets });
        expect(report.stats.findings).toBe(report.findings.length);
      }),
      { numRuns: 300 },
    );
  });

  it("random cells planted in a real province sheet never throw", () => {
    const base = composeProvinceSheet({
      province: "An Giang",
      year: 2023,
      funding: [{ source: "KCQG", plan: 1 }],
      projects: [{ name: "x", source: "KCQG", activity: "MMTB", total: 1, support: 1, counterpart: 0 }],
    }).rows;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.nat(11), cell), { maxLength: 12 }), (plants) => {
        const rows = base.map((r) => [...r]);
        for (const [r, c, v] of plants) (rows[r] ??= [])[c] = v;
        validateWorkbook({ sheets: [new GridSheet("P", rows)] });
      }),
      { numRuns: 300 },
    );
  });

  /** A province sheet whose identities hold exactly, figures with `d` decimals in a random unit. */
  const consistentProvince = fc
    .record({ decimals: fc.integer({ min: 0, max: 3 }), unit: fc.constantFrom("trieu", "ty", "nghin") })
    .chain(({ decimals, unit }) => {
      // Amounts a project really has, from 1 triệu to 100 tỷ đồng, in the sheet's unit and digits.
      const exponent = { nghin: 3, trieu: 6, ty: 9 }[unit];
      const lo = Math.max(1, Math.ceil(10 ** (6 - exponent + decimals)));
      const hi = Math.max(lo, Math.floor(10 ** (11 - exponent + decimals)));
      return fc.record({
        decimals: fc.constant(decimals),
        unit: fc.constant(unit),
        projects: fc.array(
          fc.record({
            fund: fc.constantFrom("KCQG", "KCĐP", "KCQG điểm"),
            activity: fc.constantFrom("DT", "TTTT", "HNHT", "HCTN", "KHAC"),
            support: fc.oneof(fc.constant(0), fc.integer({ min: lo, max: hi })),
            counterpart: fc.oneof(fc.constant(0), fc.integer({ min: lo, max: hi })),
            text: fc.boolean(),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        actualShare: fc.oneof(fc.constant(0), fc.double({ min: 0.2, max: 1.2, noNaN: true })),
      });
    })
    .map(({ decimals, unit, projects, actualShare }): ProvinceSheetInput => {
      const scale = 10 ** decimals;
      const format = decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
      const amount = (units: number) => ({ value: units / scale, format });
      const plan = (fund: string) => projects.filter((p) => (fund === "KCQG" ? p.fund !== "KCĐP" : p.fund === "KCĐP")).reduce((s, p) => s + p.support, 0);
      const rows = ["KCQG", "KCĐP"].map((fund) => {
        const p = plan(fund);
        const a = Math.round(p * actualShare);
        return { source: fund, p, a };
      });
      const completion = (a: number, p: number) => (p === 0 ? null : { value: Number((a / p).toFixed(4)), format: "0.00%" });
      const tp = rows[0].p + rows[1].p;
      const ta = rows[0].a + rows[1].a;
      return {
        province: "Bến Tre",
        year: 2023,
        unit: unit as ProvinceSheetInput["unit"],
        funding: [
          ...rows.map((r) => ({ source: r.source, plan: amount(r.p), actual: amount(r.a), completion: completion(r.a, r.p) })),
          { source: "Tổng cộng", plan: amount(tp), actual: amount(ta), completion: completion(ta, tp) },
        ],
        projects: projects.map((p, i) => ({
          code: `P${i}`,
          name: `Đề án ${i}`,
          source: p.fund,
          activity: p.activity,
          // Text numbers as Vietnamese type them; three decimals would be ambiguous ("1,656"), so not then.
          total: p.text && decimals !== 3 ? formatNumber((p.support + p.counterpart) / scale, decimals, "vi") : amount(p.support + p.counterpart),
          support: amount(p.support),
          counterpart: amount(p.counterpart),
        })),
      };
    });

  it("province sheets consistent by construction give no error", () => {
    fc.assert(
      fc.property(fc.array(consistentProvince, { minLength: 1, maxLength: 3 }), (inputs) => {
        // One province per sheet: two sheets of one province and year are a duplicate report (an error).
        const provinces = ["Bến Tre", "Trà Vinh", "Vĩnh Long"];
        const sheets = inputs.map((input, i) => new GridSheet(`T${i}`, composeProvinceSheet({ ...input, province: provinces[i] }).rows));
        const errors = validateWorkbook({ sheets }).findings.filter((f) => f.severity === "error");
        expect(errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
