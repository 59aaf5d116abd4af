import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { writeSummaryToPackage } from "../../scripts/summarize-workbook";
import { markerText } from "../../src/core/summary/tab-names";
import { buildPackage, cellXml } from "../../scripts/fuzz/package-parts";
import { convertWithLibreOffice } from "../summary/libreoffice";

jest.setTimeout(120_000);

/** Texts whose storage needs the `_xHHHH_` escapes: each must read back the same in KC and in LibreOffice. */
const TEXTS = ["_x0042_", "_x005F_", "_x0041_x0042_", "_xABCD\u0001", "a\r\nb", "\u0001\u0008\u001F", "\uFFFF", "  lề hai bên  ", "Hà Nội's <&>"];

describe("texts with escapes, written by KC and saved again by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "kc-escapes-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("read back identically in KC, and in LibreOffice (one CR LF aside: LibreOffice keeps a line break as LF)", async () => {
    const input = buildPackage({ sheets: [{ name: "Dữ liệu", body: `<sheetData><row r="1">${cellXml("A1", "1")}</row></sheetData>` }] });
    const cells = TEXTS.map((value, i) => ({ address: `B${i + 2}`, value }));
    const plan = {
      sheets: [
        {
          name: "TH_KiemTra",
          role: "findings" as const,
          marker: markerText("findings"),
          cells,
          merges: [],
          columnWidths: {},
          rowHeights: {},
          hiddenRows: [1],
          frozen: { rows: 0, columns: 0 },
          charts: [],
        },
      ],
      remove: [],
      notices: [],
      paragraphs: [],
    };
    const written = join(dir, "escapes.xlsx");
    writeFileSync(written, await writeSummaryToPackage(input, plan, "in.xlsx"));

    const kc = (await readWorkbookSnapshot(new Uint8Array(readFileSync(written)), written)).sheets.find((s) => s.name === "TH_KiemTra")!;
    expect(TEXTS.map((_, i) => kc.cell(i + 1, 1)?.value)).toEqual(TEXTS);

    // What LibreOffice holds once it has read the file, as it exports sheet 2 to UTF-8 CSV (no escapes there).
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2";
    const csv = await convertWithLibreOffice(written, join(dir, "csv"), filter, 120_000, "escapes-TH_KiemTra.csv");
    const rows = parseCsv(readFileSync(csv, "utf8"));
    expect(rows.slice(1).map((r) => r[1])).toEqual(TEXTS.map((t) => t.replace(/\r\n/g, "\n")));
  });
});

/** Rows of a CSV text: fields split on commas, quoted fields with doubled quotes and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      rows.at(-1)!.push(field);
      field = "";
    } else if (ch === "\n") {
      rows.at(-1)!.push(field);
      field = "";
      rows.push([]);
    } else field += ch;
  }
  if (field !== "" || rows.at(-1)!.length > 0) rows.at(-1)!.push(field);
  return rows.filter((r) => r.length > 0);
}
