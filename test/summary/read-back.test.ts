import { UnreadableWorkbookError } from "../../src/adapters/xlsx/package/refusal";
import { summarizeWorkbook } from "../../src/adapters/xlsx/write-summary";
import { buildPackage, cellXml } from "../../scripts/fuzz/package-parts";

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const sheetData = (...rows: string[]) => `<sheetData>${rows.join("")}</sheetData>`;

// Reading the sheets, writing through ExcelJS and reading back takes seconds on a busy machine.
jest.setTimeout(60_000);

describe("texts summarize cannot yet write faithfully", () => {
  it("are refused with words about the copy, never written changed or unreadable", async () => {
    for (const text of ["_x005F_x0042_", "_xFFFF_"]) {
      const bytes = buildPackage({ sheets: [{ name: "Tỉnh A", body: sheetData(row(1, cellXml("A1", "0", "s"))) }], sharedStrings: [`<t>${text}</t>`] });
      const error = await summarizeWorkbook(bytes, { lang: "vi", name: "so.xlsx" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableWorkbookError);
      expect((error as UnreadableWorkbookError).reason).toBe("unsupported");
      expect((error as UnreadableWorkbookError).text.en).toMatch(
        /^so\.xlsx: KC read the file but (cannot yet write a copy that keeps sheet 'Tỉnh A' as it is \(A1: |the copy its current writer made cannot be read back \()/,
      );
    }
  });
});
