import fc from "fast-check";
import { decodeEscapes } from "../../src/adapters/xlsx/package/escapes";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { ooxmlEscape } from "../../src/adapters/xlsx/package-writer/ooxml-text";
import { writeSummaryToPackage } from "../../scripts/summarize-workbook";
import { writeZip } from "../../src/adapters/xlsx/package-writer/zip-writer";
import { ZipArchive } from "../../src/adapters/xlsx/package/zip";
import { DEFAULT_LIMITS } from "../../src/adapters/xlsx/package/limits";
import { UnreadableWorkbookError } from "../../src/adapters/xlsx/package/refusal";
import { NotGeneratedError } from "../../src/adapters/xlsx/package-writer/write-errors";
import { summarizeWorkbook } from "../../scripts/summarize-workbook";
import { PlanCell, SheetPlan, SummaryPlan } from "../../src/core/summary/plan-types";
import { markerText } from "../../src/core/summary/tab-names";
import { buildPackage, cellXml, MAIN_NS, STRICT_MAIN_NS } from "../../scripts/fuzz/package-parts";
import { SOUTHERN_2023 } from "../summary/fixtures";
import { entriesOf, excelStyleParts, zipParts } from "./producers";

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** A generated tab holding these cells (B2, B3…), as the planner would plan it. */
function tab(name: string, cells: PlanCell[], role: SheetPlan["role"] = "findings"): SheetPlan {
  return {
    name,
    role,
    marker: markerText(role),
    cells,
    merges: [],
    columnWidths: {},
    rowHeights: {},
    hiddenRows: [1],
    frozen: { rows: 0, columns: 0 },
    charts: [],
  };
}

const planOf = (...sheets: SheetPlan[]): SummaryPlan => ({ sheets, remove: [], notices: [], paragraphs: [] });

/** A one-sheet package a user made, with a number in A1. */
const userPackage = () => buildPackage({ sheets: [{ name: "Dữ liệu", body: `<sheetData><row r="1">${cellXml("A1", "42")}</row></sheetData>` }] });

describe("texts KC writes read back as they were", () => {
  const awkward = [
    "_x0042_",
    "_x005F_",
    "_x0041_x0042_",
    "__x0041_",
    "_xABCD\u0001",
    "a\r\nb",
    "\u0001\u0008\u000B\u001F",
    "\uFFFF\uFFFE",
    "lone \uD800 and \uDC00 surrogates",
    "😀 pairs stay",
    "  spaces at both ends  ",
    "tab\tand\nline",
    "<&>\"'",
    "Hà Nội's _x",
  ];

  it("escapes so that KC's decoder gives the text back, for any text (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("_", "x", "0", "4", "1", "A", "f", "_", "\u0001", "\r", "\uFFFF", "\uD800", "\uDC00", "é", "😀") }),
        // eslint-disable-next-line no-control-regex -- the characters XML cannot hold are what the test looks for
        (s) => decodeEscapes(ooxmlEscape(s)) === s && !/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/.test(ooxmlEscape(s)),
      ),
      { numRuns: 2000 },
    );
    for (const s of awkward) expect(decodeEscapes(ooxmlEscape(s))).toBe(s);
    expect(ooxmlEscape("_x0042_")).toBe("_x005F_x0042_");
    expect(ooxmlEscape("\uFFFF")).toBe("_xFFFF_");
  });

  it("writes constants, formula results and extreme numbers that KC's reader reads back exactly", async () => {
    const numbers = [1.7976931348623157e308, -1.7976931348623157e308, -0, 5e-324, 1e21, 0.1 + 0.2, -123456.789];
    const cells: PlanCell[] = [
      ...awkward.map((value, i) => ({ address: `B${i + 2}`, value })),
      ...awkward.map((value, i) => ({ address: `C${i + 2}`, formula: `"x"&"y"`, result: value })),
      ...numbers.map((value, i) => ({ address: `D${i + 2}`, value })),
      { address: "E2", value: true },
      { address: "E3", formula: "1/0", result: { error: "#DIV/0!" } },
      { address: "E4", formula: `A1&"_x0041_"`, result: "" },
    ];
    const out = await writeSummaryToPackage(userPackage(), planOf(tab("TH_KiemTra", cells)), "in.xlsx");
    const back = (await readWorkbookSnapshot(out, "out.xlsx")).sheets.find((s) => s.name === "TH_KiemTra")!;
    for (const c of cells) {
      const { row, col } = { row: Number(c.address.slice(1)) - 1, col: c.address.charCodeAt(0) - 65 };
      const read = back.cell(row, col);
      const expected = c.formula !== undefined ? c.result : c.value;
      if (typeof expected === "number") expect([c.address, Object.is(read?.value, expected)]).toEqual([c.address, true]);
      else expect([c.address, read?.value]).toEqual([c.address, expected]);
      if (c.formula !== undefined) expect(read?.formula).toBe(c.formula);
    }
    expect(back.cell(0, 0)?.value).toBe(markerText("findings"));
  });
});

/** The package with some parts changed or added (each function gets the part's text, "" when it is new). */
async function withParts(bytes: Uint8Array, changes: Record<string, (xml: string) => string>): Promise<Uint8Array> {
  const parts = await entriesOf(bytes);
  for (const [name, change] of Object.entries(changes)) parts.set(name, new TextEncoder().encode(change(text(parts.get(name) ?? new Uint8Array()))));
  return writeZip([...parts.entries()].map(([name, data]) => ({ kind: "plain", name, data })));
}

describe("the user's own texts", () => {
  it("come back as they were, whatever escapes they hold (the shared strings part is not rewritten)", async () => {
    for (const stored of ["_x005F_x0042_", "_xFFFF_", "_x0041_", "a_x000D_b"]) {
      const bytes = buildPackage({
        sheets: [{ name: "Tỉnh A", body: `<sheetData><row r="1">${cellXml("A1", "0", "s")}</row></sheetData>` }],
        sharedStrings: [`<t>${stored}</t>`],
      });
      const { output } = await summarizeWorkbook(bytes, { lang: "vi", name: "so.xlsx" });
      const before = (await readWorkbookSnapshot(bytes, "so.xlsx")).sheets[0].cell(0, 0)?.value;
      const after = (await readWorkbookSnapshot(output, "out.xlsx")).sheets.find((s) => s.name === "Tỉnh A")!.cell(0, 0)?.value;
      expect([stored, after]).toEqual([stored, before]);
      expect(text((await entriesOf(output)).get("xl/sharedStrings.xml"))).toBe(text((await entriesOf(bytes)).get("xl/sharedStrings.xml")));
    }
  });
});

describe("the package writer", () => {
  it("copies every entry it does not edit as it was stored, and edits only what it must", async () => {
    const input = await zipParts(excelStyleParts(SOUTHERN_2023), (n) => n.endsWith(".png") || n.endsWith(".bin"));
    const { output } = await summarizeWorkbook(input, { lang: "vi", name: "in.xlsx" });
    const before = ZipArchive.open(input, "in", DEFAULT_LIMITS);
    const after = ZipArchive.open(output, "out", DEFAULT_LIMITS);
    const edited = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"];
    for (const entry of before.entries) {
      const copy = after.get(entry.name)!;
      if (edited.includes(entry.name)) continue;
      // The stored bytes themselves (compressed or not), the method and the CRC: nothing was unpacked and packed again.
      expect([entry.name, copy.method, copy.crc32, Buffer.from(after.stored(copy)).equals(Buffer.from(before.stored(entry)))]).toEqual([
        entry.name,
        entry.method,
        entry.crc32,
        true,
      ]);
    }
    expect(before.entries.filter((e) => e.method === 0).map((e) => e.name)).toEqual(["xl/printerSettings/printerSettings1.bin", "xl/media/image1.png"]);
  });

  it("appends its cell formats to the styles part, keeps every existing index, and reuses them when it writes again", async () => {
    const input = await zipParts(excelStyleParts(SOUTHERN_2023));
    const stylesBefore = text((await entriesOf(input)).get("xl/styles.xml"));
    const once = await summarizeWorkbook(input, { lang: "vi", name: "in.xlsx" });
    const twice = await summarizeWorkbook(once.output, { lang: "vi", name: "in.xlsx" });
    const stylesOnce = text((await entriesOf(once.output)).get("xl/styles.xml"));
    const xfs = (xml: string) => [...xml.matchAll(/<xf\b[^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    const cellXfs = (xml: string) => xfs(/<cellXfs\b.*?<\/cellXfs>/s.exec(xml)![0]);
    expect(cellXfs(stylesOnce).slice(0, cellXfs(stylesBefore).length)).toEqual(cellXfs(stylesBefore));
    expect(cellXfs(stylesOnce).length).toBeGreaterThan(cellXfs(stylesBefore).length);
    expect(/<cellXfs count="(\d+)"/.exec(stylesOnce)![1]).toBe(String(cellXfs(stylesOnce).length));
    expect(text((await entriesOf(twice.output)).get("xl/styles.xml"))).toBe(stylesOnce);
    // The new fonts keep the workbook's own font (name, size, scheme), with bold, size or colour on top.
    expect(stylesOnce).toMatch(/<font><b\/><sz val="13"\/><color theme="1"\/><name val="Calibri"\/><family val="2"\/><scheme val="minor"\/><\/font>/);
  });

  it("writes into a package with x: prefixes using its prefix, and into one with no styles part", async () => {
    const prefixed = await summarizeWorkbook(await zipParts(excelStyleParts(SOUTHERN_2023, { prefix: "x" })), { lang: "vi", name: "in.xlsx" });
    const parts = await entriesOf(prefixed.output);
    expect(text(parts.get("xl/workbook.xml"))).toMatch(/<x:sheet name="TH_KinhPhi" sheetId="\d+" r:id="rId\d+"\/><x:sheet name="TH_NoiDung"/);
    expect(text(parts.get("xl/styles.xml"))).toMatch(/<x:cellXfs count="\d+">.*<x:xf numFmtId="4" fontId="\d+" fillId="\d+" borderId="\d+" xfId="0"/s);
    expect(text(parts.get("xl/styles.xml"))).not.toMatch(/<(?!\/?x:|\?xml)[a-z]/);

    const bare = buildPackage({ sheets: [{ name: "S", body: `<sheetData><row r="1">${cellXml("A1", "1")}</row></sheetData>` }] });
    expect([...(await entriesOf(bare)).keys()]).not.toContain("xl/styles.xml");
    const out = await writeSummaryToPackage(bare, planOf(tab("TH_KiemTra", [{ address: "B2", value: "x", styles: ["header"], format: "0.000" }])), "bare.xlsx");
    const written = await entriesOf(out);
    expect(text(written.get("xl/styles.xml"))).toContain('<numFmt numFmtId="164" formatCode="0.000"/>');
    expect(text(written.get("[Content_Types].xml"))).toContain('PartName="/xl/styles.xml"');
    const read = (await readWorkbookSnapshot(out, "out")).sheets.find((s) => s.name === "TH_KiemTra")!;
    expect(read.cell(1, 1)).toEqual({ value: "x", format: "0.000" });
  });

  it("refuses to replace or remove a sheet without KC's marker, and to add a tab whose name a sheet has", async () => {
    const input = userPackage();
    await expect(writeSummaryToPackage(input, planOf({ ...tab("Dữ liệu", []), replaces: "Dữ liệu" }), "in.xlsx")).rejects.toBeInstanceOf(NotGeneratedError);
    await expect(writeSummaryToPackage(input, { ...planOf(), remove: ["Dữ liệu"] }, "in.xlsx")).rejects.toThrow(/Dữ liệu.*not generated by KC/);
    await expect(writeSummaryToPackage(input, planOf(tab("DỮ LIỆU", [])), "in.xlsx")).rejects.toBeInstanceOf(NotGeneratedError);
  });

  it("removes a duplicate generated tab with what only it used: its drawing and chart, names scoped to it, its calculation-chain entries", async () => {
    const chart = {
      type: "column" as const,
      title: "Cũ",
      categories: { sheet: "TH_Cu", from: "A2", to: "A3" },
      series: [{ name: "s", values: { sheet: "TH_Cu", from: "B2", to: "B3" } }],
      anchor: { from: "D2", to: "H10" },
      percent: false,
    };
    const old = { ...tab("TH_Cu", [{ address: "B2", formula: "2+2", result: 4 }], "report"), charts: [chart] };
    const kiemTra = tab("TH_KiemTra", [{ address: "B2", formula: "1+1", result: 2 }]);
    const first = await writeSummaryToPackage(userPackage(), planOf(old, kiemTra), "in.xlsx");
    // What Excel adds once the user works in the file: names scoped to sheets, the active tab, a calculation chain.
    const input = await withParts(first, {
      "xl/workbook.xml": (xml) =>
        xml
          .replace("</sheets>", `</sheets><bookViews><workbookView activeTab="2"/></bookViews>`)
          .replace(
            "</workbook>",
            `<definedNames><definedName name="TrenCu" localSheetId="1">TH_Cu!$B$2</definedName><definedName name="TrenKiemTra" localSheetId="2">TH_KiemTra!$B$2</definedName><definedName name="ChungCaSo">'Dữ liệu'!$A$1</definedName></definedNames></workbook>`,
          ),
      "xl/calcChain.xml": () =>
        `<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="${MAIN_NS}"><c r="B2" i="2"/><c r="A1" i="1"/><c r="A2"/><c r="B2" i="3"/></calcChain>`,
      "xl/_rels/workbook.xml.rels": (xml) =>
        xml.replace(
          "</Relationships>",
          `<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`,
        ),
    });
    const second = await writeSummaryToPackage(
      input,
      { sheets: [{ ...kiemTra, replaces: "TH_KiemTra" }], remove: ["TH_Cu"], notices: [], paragraphs: [] },
      "in.xlsx",
    );
    const after = await entriesOf(second);
    const workbook = text(after.get("xl/workbook.xml"));
    expect(workbook).not.toContain('name="TH_Cu"');
    expect(workbook).not.toContain("TrenCu");
    expect(workbook).toContain('<definedName name="TrenKiemTra" localSheetId="1">');
    expect(workbook).toContain('<definedName name="ChungCaSo">');
    expect(workbook).toContain('<workbookView activeTab="1"/>');
    expect([...after.keys()].filter((n) => /drawing|chart\d/.test(n))).toEqual([]);
    expect(text(after.get("[Content_Types].xml"))).not.toMatch(/drawing\+xml|chart\+xml/);
    // Only the user's sheet (id 1) keeps its entries, each with its sheet id.
    expect(text(after.get("xl/calcChain.xml"))).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="${MAIN_NS}"><c r="A1" i="1"/><c r="A2" i="1"/></calcChain>`,
    );
    expect((await readWorkbookSnapshot(second, "x")).sheets.map((s) => s.name)).toEqual(["Dữ liệu", "TH_KiemTra"]);
  });

  it("keeps a part it cannot parse as it is: a broken relationships part of the user's drawing, over two runs", async () => {
    const parts = excelStyleParts(SOUTHERN_2023).map(([name, content]): [string, string | Uint8Array] =>
      name === "xl/drawings/_rels/drawing1.xml.rels"
        ? [name, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id=']
        : [name, content],
    );
    const input = await zipParts(parts);
    const once = await summarizeWorkbook(input, { lang: "vi", name: "in.xlsx" });
    const twice = await summarizeWorkbook(once.output, { lang: "vi", name: "in.xlsx" });
    for (const output of [once.output, twice.output]) {
      const after = await entriesOf(output);
      expect(text(after.get("xl/drawings/_rels/drawing1.xml.rels"))).toBe(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id=',
      );
      expect((await readWorkbookSnapshot(output, "out")).sheets.map((s) => s.name).filter((n) => n.startsWith("TH_"))).toEqual([
        "TH_KinhPhi",
        "TH_NoiDung",
        "TH_KiemTra",
        "TH_BaoCao",
      ]);
    }
  });

  it("updates the application properties' sheet titles and leaves the rest of them", async () => {
    const { output } = await summarizeWorkbook(await zipParts(excelStyleParts(SOUTHERN_2023)), { lang: "vi", name: "in.xlsx" });
    const app = text((await entriesOf(output)).get("docProps/app.xml"));
    expect(app).toContain("<vt:lpstr>Trang tính</vt:lpstr></vt:variant><vt:variant><vt:i4>11</vt:i4>");
    expect(app).toMatch(
      /<vt:lpstr>Pivot<\/vt:lpstr><vt:lpstr>TH_KinhPhi<\/vt:lpstr><vt:lpstr>TH_NoiDung<\/vt:lpstr><vt:lpstr>TH_KiemTra<\/vt:lpstr><vt:lpstr>TH_BaoCao<\/vt:lpstr><vt:lpstr>Bà Rịa - Vũng Tàu!Print_Area<\/vt:lpstr>/,
    );
    expect(app).toContain('<vt:vector size="13" baseType="lpstr">');
    expect(app).toContain("<Company>Sở Công Thương</Company>");
  });

  it("refuses, in the reader's words, what the reader refuses", async () => {
    await expect(writeSummaryToPackage(new TextEncoder().encode("not a zip"), planOf(), "x.xlsx")).rejects.toBeInstanceOf(UnreadableWorkbookError);
    const noSheets = buildPackage({ sheets: [] });
    await expect(writeSummaryToPackage(noSheets, planOf(), "empty.xlsx")).rejects.toThrow(/empty\.xlsx: the workbook has no worksheet/);
  });

  it("writes into a Strict Open XML package with the Strict namespaces", async () => {
    const strict = buildPackage({ strict: true, sheets: [{ name: "S", body: `<sheetData><row r="1">${cellXml("A1", "1")}</row></sheetData>` }] });
    const out = await writeSummaryToPackage(strict, planOf(tab("TH_KiemTra", [{ address: "B2", value: "x", styles: ["bold"] }])), "strict.xlsx");
    const parts = await entriesOf(out);
    const sheet = [...parts.entries()].find(([n, b]) => n.startsWith("xl/worksheets/") && text(b).includes("KC:generated"))!;
    expect(text(sheet[1])).toContain(`<worksheet xmlns="${STRICT_MAIN_NS}" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">`);
    expect(text(parts.get("xl/_rels/workbook.xml.rels"))).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet"');
    const back = (await readWorkbookSnapshot(out, "strict.xlsx")).sheets.find((s) => s.name === "TH_KiemTra")!;
    expect(back.cell(1, 1)?.value).toBe("x");
  });
});
