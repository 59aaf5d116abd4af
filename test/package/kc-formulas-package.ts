import { zipSync, Zippable } from "fflate";

/**
 * A workbook package with KC formulas, written part by part for the tests of "KC formulas to values": each
 * cell of the sheet "Tính toán" is written as it is before the conversion and as it must be after it (the
 * same text but the formula where it calls KC), beside parts the conversion must not touch: a chart (on a
 * drawing), comments (with their VML), custom XML, cell metadata of a dynamic array, a second sheet that
 * mentions KC without calling it, and a calculation chain.
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = (t: string) => `application/vnd.openxmlformats-officedocument.${t}`;
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export const KC_SHEET = "Tính toán";
export const OTHER_SHEET = "Ghi chú";

/** Cell formats of the styles part: 1 "#,##0.00", 2 "0.00%", 3 text. */
export const FORMAT_OF_STYLE: Record<number, string> = { 1: "#,##0.00", 2: "0.00%", 3: "@" };

/** The cells of "Tính toán", row by row: [before, after] (after = before when the cell keeps its formula). */
const ROWS: [string, string][][] = [
  [
    [`<c r="A1" s="1"><v>64.18</v></c>`, `<c r="A1" s="1"><v>64.18</v></c>`],
    [`<c r="B1" s="1"><v>72.59</v></c>`, `<c r="B1" s="1"><v>72.59</v></c>`],
    // A plain KC formula, a number result, with its style.
    [`<c r="C1" s="2"><f>KC.COMPLETION(A1,B1)</f><v>0.8841</v></c>`, `<c r="C1" s="2"><v>0.8841</v></c>`],
    // A formula that does not call KC stays.
    [`<c r="D1" s="1"><f>A1+B1</f><v>136.77</v></c>`, `<c r="D1" s="1"><f>A1+B1</f><v>136.77</v></c>`],
    // An array formula calling KC, a dynamic array (cm): its range F1:F3 holds values only.
    [`<c r="F1" s="1" cm="1"><f t="array" ref="F1:F3">KC.SPLIT(A1:B1)</f><v>64.18</v></c>`, `<c r="F1" s="1"><v>64.18</v></c>`],
    // A text result stays a text (t="str").
    [`<c r="G1" t="str"><f>KC.TEXT(A1,2,"tỷ")</f><v>64,18 tỷ đồng</v></c>`, `<c r="G1" t="str"><v>64,18 tỷ đồng</v></c>`],
    // A formula that only mentions KC in a text, or refers to a sheet named KC_…, calls nothing of KC's.
    [`<c r="H1" t="str"><f>"dùng KC.COMPLETION(a;b)"</f><v>dùng KC.COMPLETION(a;b)</v></c>`, ""],
    [`<c r="I1"><f>KC_QuyDinh!A1*2</f><v>4</v></c>`, ""],
  ],
  [
    [`<c r="A2"><v>5</v></c>`, ""],
    [`<c r="B2"><v>10</v></c>`, ""],
    // A shared formula calling KC: its master and every clone become values.
    [`<c r="C2" s="2"><f t="shared" ref="C2:C4" si="0">KC.SHARE(A2,B2)</f><v>0.5</v></c>`, `<c r="C2" s="2"><v>0.5</v></c>`],
    // A shared formula not calling KC stays, master and clones.
    [`<c r="D2"><f t="shared" ref="D2:D4" si="1">A2*2</f><v>10</v></c>`, ""],
    [`<c r="F2" s="1"><v>72.59</v></c>`, ""],
    // An error result stays an error (t="e").
    [`<c r="G2" t="e"><f>KC.PARSE("x")</f><v>#VALUE!</v></c>`, `<c r="G2" t="e"><v>#VALUE!</v></c>`],
  ],
  [
    [`<c r="A3"><v>6</v></c>`, ""],
    [`<c r="B3"><v>8</v></c>`, ""],
    [`<c r="C3" s="2"><f t="shared" si="0"/><v>0.75</v></c>`, `<c r="C3" s="2"><v>0.75</v></c>`],
    [`<c r="D3"><f t="shared" si="1"/><v>12</v></c>`, ""],
    [`<c r="F3" s="1"><v>0</v></c>`, ""],
    // A boolean result stays a boolean (t="b").
    [`<c r="G3" t="b"><f>KC.ISVALID(A1)</f><v>1</v></c>`, `<c r="G3" t="b"><v>1</v></c>`],
  ],
  [
    [`<c r="A4"><v>1</v></c>`, ""],
    [`<c r="B4"><v>4</v></c>`, ""],
    [`<c r="C4" s="2"><f t="shared" si="0"/><v>0.25</v></c>`, `<c r="C4" s="2"><v>0.25</v></c>`],
    [`<c r="D4"><f t="shared" si="1"/><v>2</v></c>`, ""],
    // A KC formula never calculated: the cell is left empty, with its style; its type goes with the formula.
    [`<c r="G4" s="3" t="str"><f>KC.TEXT(A4)</f></c>`, `<c r="G4" s="3"></c>`],
    // As a workbook saved by Excel without the add-in stores the call.
    [`<c r="H4" s="2"><f>_xldudf_KC_COMPLETION(A4,B4)</f><v>0.25</v></c>`, `<c r="H4" s="2"><v>0.25</v></c>`],
  ],
];

/** How many cells the conversion turns into values (the array formula counts once). */
export const KC_CELLS = 10;

function sheetXml(which: 0 | 1): string {
  const rows = ROWS.map(
    (cells, i) => `<row r="${i + 1}" spans="1:9">${cells.map(([before, after]) => (which === 0 ? before : after || before)).join("")}</row>`,
  );
  return (
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">` +
    `<dimension ref="A1:I4"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>` +
    `<sheetData>${rows.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/></worksheet>`
  );
}

/** The KC sheet as it must read after the conversion. */
export const KC_SHEET_AFTER = sheetXml(1);

/** The calculation chain, before and after (the kept entry after removed ones carries its sheet id). */
export const CALC_CHAIN = [
  `${DECL}<calcChain xmlns="${MAIN}"><c r="C1" i="1"/><c r="D1"/><c r="F1" a="1"/><c r="G1"/><c r="H1"/><c r="I1"/><c r="C2"/><c r="D2"/><c r="G2"/><c r="C3"/><c r="D3"/><c r="G3"/><c r="C4"/><c r="D4"/><c r="G4"/><c r="H4"/><c r="B1" i="2"/></calcChain>`,
  `${DECL}<calcChain xmlns="${MAIN}"><c r="D1" i="1"/><c r="H1" i="1"/><c r="I1" i="1"/><c r="D2" i="1"/><c r="D3" i="1"/><c r="D4" i="1"/><c r="B1" i="2"/></calcChain>`,
];

/** The second sheet: it mentions KC calls in a text and a comment-like formula, but calls none. */
const OTHER_SHEET_XML =
  `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Hàm KC.COMPLETION(a;b) cần add-in KC</t></is></c>` +
  `<c r="B1"><f>LEN("KC.SHARE(")</f><v>9</v></c></row></sheetData></worksheet>`;

/** The package's parts as texts, in zip order. */
export function kcFormulaParts(): [string, string][] {
  return [
    [
      "[Content_Types].xml",
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="${CT("vmlDrawing")}"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT("spreadsheetml.sheet.main+xml")}"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT("spreadsheetml.worksheet+xml")}"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT("spreadsheetml.worksheet+xml")}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CT("spreadsheetml.styles+xml")}"/><Override PartName="/xl/calcChain.xml" ContentType="${CT("spreadsheetml.calcChain+xml")}"/>` +
        `<Override PartName="/xl/metadata.xml" ContentType="${CT("spreadsheetml.sheetMetadata+xml")}"/>` +
        `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT("drawing+xml")}"/><Override PartName="/xl/charts/chart1.xml" ContentType="${CT("drawingml.chart+xml")}"/>` +
        `<Override PartName="/xl/comments1.xml" ContentType="${CT("spreadsheetml.comments+xml")}"/><Override PartName="/customXml/itemProps1.xml" ContentType="${CT("customXmlProperties+xml")}"/></Types>`,
    ],
    ["_rels/.rels", `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      "xl/workbook.xml",
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView activeTab="0"/></bookViews>` +
        `<sheets><sheet name="${KC_SHEET}" sheetId="1" r:id="rId1"/><sheet name="${OTHER_SHEET}" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029"/></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/>` +
        `<Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${R}/calcChain" Target="calcChain.xml"/>` +
        `<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/>` +
        `<Relationship Id="rId6" Type="${R}/customXml" Target="../customXml/item1.xml"/></Relationships>`,
    ],
    ["xl/worksheets/sheet1.xml", sheetXml(0)],
    [
      "xl/worksheets/_rels/sheet1.xml.rels",
      `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing1.xml"/>` +
        `<Relationship Id="rId2" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId3" Type="${R}/comments" Target="../comments1.xml"/></Relationships>`,
    ],
    ["xl/worksheets/sheet2.xml", OTHER_SHEET_XML],
    [
      "xl/styles.xml",
      `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
        `<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
        `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ],
    ["xl/calcChain.xml", CALC_CHAIN[0]],
    [
      "xl/metadata.xml",
      `${DECL}<metadata xmlns="${MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>` +
        `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
        `<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`,
    ],
    [
      "xl/drawings/drawing1.xml",
      `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
        `<xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    ],
    [
      "xl/drawings/_rels/drawing1.xml.rels",
      `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    ],
    [
      "xl/charts/chart1.xml",
      `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:autoTitleDeleted val="1"/>` +
        `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
        `<c:val><c:numRef><c:f>'${KC_SHEET}'!$C$2:$C$4</c:f><c:numCache><c:formatCode>0.00%</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>0.5</c:v></c:pt><c:pt idx="1"><c:v>0.75</c:v></c:pt><c:pt idx="2"><c:v>0.25</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>` +
        `<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
        `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
    ],
    [
      "xl/comments1.xml",
      `${DECL}<comments xmlns="${MAIN}"><authors><author>Cán bộ</author></authors><commentList><comment ref="C1" authorId="0"><text><t>Tỷ lệ hoàn thành tính bằng KC.COMPLETION</t></text></comment></commentList></comments>`,
    ],
    [
      "xl/drawings/vmlDrawing1.vml",
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>` +
        `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>`,
    ],
    ["customXml/item1.xml", `${DECL}<kcTest xmlns="urn:kc:test">Dữ liệu riêng của người dùng: KC.COMPLETION(A1,B1)</kcTest>`],
    [
      "customXml/itemProps1.xml",
      `${DECL}<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    ],
    [
      "customXml/_rels/item1.xml.rels",
      `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    ],
  ];
}

/** The parts zipped (deflated), in their order. */
export function zipTextParts(parts: [string, string][]): Uint8Array {
  const files: Zippable = {};
  for (const [name, text] of parts) files[name] = new TextEncoder().encode(text);
  return zipSync(files, { level: 6 });
}

/** The KC workbook as .xlsx bytes. */
export function kcFormulaPackage(): Uint8Array {
  return zipTextParts(kcFormulaParts());
}
