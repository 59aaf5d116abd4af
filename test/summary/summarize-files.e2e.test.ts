import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { summarizeFiles } from "../../src/adapters/xlsx/summarize-files";
import { regionFiles } from "../../scripts/region-files";
import { readFormulaResults, recalculateWithLibreOffice } from "./libreoffice";

jest.setTimeout(180_000);

describe("South 2025 against its 2024 reports, merged provinces summed, recalculated by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "kc-merged-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("computes every formula of the copies and of the summary (the merged comparisons among them) to the values KC cached", async () => {
    const files = await regionFiles();
    const { output, plan } = await summarizeFiles(
      files.map((f) => ({ file: f.name, bytes: new Uint8Array(f.bytes) })),
      { lang: "vi", outputName: "khu-vuc.xlsx", region: "south" },
    );
    expect(plan.findings).toEqual([]);
    const path = join(dir, "khu-vuc.xlsx");
    writeFileSync(path, output);
    const recalculated = await readFormulaResults(await recalculateWithLibreOffice(path, join(dir, "recalc")));
    const cached = await readFormulaResults(path);
    const mismatches: string[] = [];
    let merged = 0;
    for (const [sheet, cells] of cached) {
      for (const [address, value] of cells) {
        const got = recalculated.get(sheet)?.get(address);
        const same = typeof got === "number" && typeof value === "number" ? Math.abs(got - value) <= 1e-9 * Math.max(1, Math.abs(got)) : got === value;
        if (!same) mismatches.push(`${sheet}!${address}: cached ${JSON.stringify(value)}, LibreOffice ${JSON.stringify(got)}`);
      }
    }
    // The comparison columns K (same period) and M (previous plan) of the 8 rows sum 19 old provinces' copies.
    for (const address of ["K", "M"].flatMap((c) => [6, 7, 8, 9, 10, 11, 12, 13].map((r) => `${c}${r}`))) {
      expect(typeof cached.get("TH_KinhPhi")?.get(address)).toBe("number");
      merged++;
    }
    expect(mismatches).toEqual([]);
    expect(merged).toBe(16);
    expect(plan.paragraphs[0]).toContain("so sánh theo địa giới hành chính 34 tỉnh");
  });
});
