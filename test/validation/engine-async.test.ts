import { validateWorkbook, validateWorkbookAsync } from "../../src/core/validation/engine";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { readFileSync } from "fs";
import { join } from "path";

describe("validateWorkbookAsync", () => {
  it("gives the same report as the synchronous validation, with progress after each sheet", async () => {
    const snapshot = await readWorkbookSnapshot(readFileSync(join(__dirname, "..", "..", "samples", "khu-vuc-phia-nam-2023.xlsx")));
    const progress: number[] = [];
    const report = await validateWorkbookAsync(snapshot, { onProgress: (done) => progress.push(done) });
    expect(report).toEqual(validateWorkbook(snapshot));
    expect(progress[progress.length - 1]).toBe(snapshot.sheets.length);
    expect(progress.length).toBe(snapshot.sheets.length);
  });
});
