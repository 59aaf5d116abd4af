import JSZip from "jszip";
import { isCellError, parseA1 } from "../../../src/core/workbook/snapshot";
import { CorpusCell, CorpusSheet, CorpusWorkbook } from "../workbook/corpus-workbook";

/**
 * A second producer, written by hand so that the corpus does not trust one library's output: the smallest
 * package Excel and LibreOffice open, with every string inline (`t="inlineStr"`), no shared strings and NO
 * styles part (so no number format survives: readers see "General"), formulas with their cached values,
 * merges and column widths.
 */
export async function writeInlineStrings(workbook: CorpusWorkbook): Promise<Buffer> {
  const zip = new JSZip();
  const sheets = workbook.sheets;
  zip.file(
    "[Content_Types].xml",
    xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join("") +
        `</Types>`,
    ),
  );
  zip.file(
    "_rels/.rels",
    xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
        `</Relationships>`,
    ),
  );
  zip.file(
    "xl/workbook.xml",
    xml(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        `<sheets>${sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
        `</workbook>`,
    ),
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join("") +
        `</Relationships>`,
    ),
  );
  sheets.forEach((sheet, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, xml(worksheetXml(sheet))));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function worksheetXml(sheet: CorpusSheet): string {
  const rows = new Map<number, { col: number; address: string; cell: CorpusCell }[]>();
  for (const [address, cell] of sheet.cells) {
    const { row, col } = parseA1(address);
    if (!rows.has(row)) rows.set(row, []);
    rows.get(row)!.push({ col, address, cell });
  }
  const cols = [...sheet.widths.entries()]
    .map(([letter, width]) => ({ index: parseA1(`${letter}1`).col + 1, width }))
    .sort((a, b) => a.index - b.index)
    .map((c) => `<col min="${c.index}" max="${c.index}" width="${c.width}" customWidth="1"/>`)
    .join("");
  const data = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const height = sheet.heights.get(r + 1);
      const cells = rows
        .get(r)!
        .sort((a, b) => a.col - b.col)
        .map(({ address, cell }) => cellXml(address, cell))
        .join("");
      return `<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ""}>${cells}</row>`;
    })
    .join("");
  const merges =
    sheet.merges.length > 0 ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
  return (
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${data}</sheetData>${merges}</worksheet>`
  );
}

function cellXml(address: string, cell: CorpusCell): string {
  const v = cell.value;
  if (cell.formula !== undefined) {
    const f = `<f>${escape(cell.formula)}</f>`;
    if (typeof v === "number") return `<c r="${address}">${f}<v>${v}</v></c>`;
    if (typeof v === "boolean") return `<c r="${address}" t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (v !== null && isCellError(v)) return `<c r="${address}" t="e">${f}<v>${escape(v.error)}</v></c>`;
    return `<c r="${address}" t="str">${f}<v>${escape(String(v ?? ""))}</v></c>`;
  }
  if (typeof v === "number") return `<c r="${address}"><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${address}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v !== null && isCellError(v)) return `<c r="${address}" t="e"><v>${escape(v.error)}</v></c>`;
  return `<c r="${address}" t="inlineStr"><is><t xml:space="preserve">${escape(String(v))}</t></is></c>`;
}

function xml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

export function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
