import JSZip from "jszip";
import { composeProvinceSheet } from "../../src/core/standard/compose";
import { a1, Cell, isCellError } from "../../src/core/workbook/snapshot";
import { ProvinceFixture } from "../summary/fixtures";

/**
 * Workbook packages written part by part, as other producers write them, for the tests of the package
 * writer: an Excel-style package whose user sheet carries a chart, an image, comments and threaded
 * comments, a table, a pivot table and its cache, data validations and conditional formats, with defined
 * names, an external link, custom XML, printer settings, a theme and document properties; the same
 * package as the .NET OpenXML SDK writes it (every SpreadsheetML element prefixed `x:`, odd relationship
 * ids); and a macro-enabled one (.xlsm) with a vbaProject.bin.
 */

export const USER_CHART_TITLE = "Biểu đồ của người dùng";
export const USER_SHEET = "Danh mục";

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
const REL = (t: string) => `${NS.r}/${t}`;
const CT = (t: string) => `application/vnd.openxmlformats-officedocument.${t}`;
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A 1×1 red PNG. */
const PNG = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="), (c) => c.charCodeAt(0));

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

/** Cell formats of the producer's styles.xml, by number format (4 is also bold). */
const XF_BY_FORMAT: Record<string, number> = { "#,##0.00": 1, "0.00%": 2, "0": 3, "#,##0.000": 4 };

function cellXml(ref: string, cell: Cell, sst: SharedStrings): string {
  const s = cell.format && XF_BY_FORMAT[cell.format] ? ` s="${XF_BY_FORMAT[cell.format]}"` : "";
  const v = cell.value;
  if (cell.formula !== undefined) {
    const f = `<f>${esc(cell.formula)}</f>`;
    if (typeof v === "number") return `<c r="${ref}"${s}>${f}<v>${v}</v></c>`;
    if (typeof v === "string") return `<c r="${ref}"${s} t="str">${f}<v>${esc(v)}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof v === "number") return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === "string") return `<c r="${ref}"${s} t="s"><v>${sst.id(v)}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v !== null && isCellError(v)) return `<c r="${ref}"${s} t="e"><v>${esc(v.error)}</v></c>`;
  return "";
}

function rowsXml(rows: (Cell | undefined)[][], sst: SharedStrings): string {
  return rows
    .map((cells, r) => {
      const inner = cells.map((c, col) => (c ? cellXml(a1(r, col), c, sst) : "")).join("");
      return inner ? `<row r="${r + 1}">${inner}</row>` : "";
    })
    .join("");
}

export interface ProducerOptions {
  /** Write every SpreadsheetML element with this prefix (the .NET OpenXML SDK writes "x:"). */
  prefix?: "x";
  /** A macro-enabled workbook with a VBA project. */
  macro?: boolean;
}

/** The package's parts, by name, as text or bytes, in the order a zip lists them. */
export type Parts = [name: string, content: string | Uint8Array][];

/** Adds the prefix to every element of the main namespace (unprefixed), binding it instead of the default namespace. */
function prefixed(xml: string, prefix: string | undefined): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`).replace(`xmlns="${NS.main}"`, `xmlns:${prefix}="${NS.main}"`);
}

export function excelStyleParts(provinces: readonly ProvinceFixture[], options: ProducerOptions = {}): Parts {
  const sst = new SharedStrings();
  const p = options.prefix;
  const rid = (n: number) => (p ? `R${(0xa1b2c3 + n * 7919).toString(16)}` : `rId${n}`);
  const parts: Parts = [];
  const sheetNames = [USER_SHEET, ...provinces.map((f) => f.sheet)];

  // The user's own sheet: a small table, its pivot, a chart, an image, comments, validations, conditional formats.
  const userRows: (Cell | undefined)[][] = [
    [{ value: "Mã" }, { value: "Tên" }, { value: "Số tiền" }],
    [{ value: "A" }, { value: "Cà Mau" }, { value: 12.5, format: "#,##0.00" }],
    [{ value: "B" }, { value: "Bạc Liêu" }, { value: 7.25, format: "#,##0.000" }],
    [{ value: "C" }, { value: "Kiên Giang" }, { value: 3, format: "#,##0.00" }],
    [{ value: "Tổng" }, undefined, { value: 22.75, formula: "SUM(C2:C4)", format: "#,##0.00" }],
    [{ value: "Ghi chú có _x0041_ nguyên văn" }],
  ];
  const userSheet =
    `${DECL}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">` +
    `<sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:C6"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="2" max="2" width="18.7109375" customWidth="1"/></cols>` +
    `<sheetData>${rowsXml(userRows, sst)}</sheetData>` +
    `<conditionalFormatting sqref="C2:C4"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>10</formula></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="A2:A4"><formula1>"A,B,C"</formula1></dataValidation></dataValidations>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait" r:id="${rid(1)}"/>` +
    `<drawing r:id="${rid(2)}"/><legacyDrawing r:id="${rid(3)}"/><tableParts count="1"><tablePart r:id="${rid(4)}"/></tableParts></worksheet>`;
  parts.push(["xl/worksheets/sheet1.xml", prefixed(userSheet, p)]);
  parts.push([
    "xl/worksheets/_rels/sheet1.xml.rels",
    `${DECL}<Relationships xmlns="${NS.pkgRels}">` +
      `<Relationship Id="${rid(1)}" Type="${REL("printerSettings")}" Target="../printerSettings/printerSettings1.bin"/>` +
      `<Relationship Id="${rid(2)}" Type="${REL("drawing")}" Target="../drawings/drawing1.xml"/>` +
      `<Relationship Id="${rid(3)}" Type="${REL("vmlDrawing")}" Target="../drawings/vmlDrawing1.vml"/>` +
      `<Relationship Id="${rid(4)}" Type="${REL("table")}" Target="../tables/table1.xml"/>` +
      `<Relationship Id="${rid(5)}" Type="${REL("comments")}" Target="../comments1.xml"/>` +
      `<Relationship Id="${rid(6)}" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>` +
      `</Relationships>`,
  ]);
  parts.push(["xl/printerSettings/printerSettings1.bin", Uint8Array.from({ length: 220 }, (_, i) => (i * 37) % 256)]);
  parts.push([
    "xl/tables/table1.xml",
    prefixed(
      `${DECL}<table xmlns="${NS.main}" id="1" name="BangDanhMuc" displayName="BangDanhMuc" ref="A1:C4" totalsRowShown="0"><autoFilter ref="A1:C4"/>` +
        `<tableColumns count="3"><tableColumn id="1" name="Mã"/><tableColumn id="2" name="Tên"/><tableColumn id="3" name="Số tiền"/></tableColumns>` +
        `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
      p,
    ),
  ]);
  parts.push([
    "xl/comments1.xml",
    prefixed(
      `${DECL}<comments xmlns="${NS.main}"><authors><author>tc={6B1C2D3E-0000-4000-8000-000000000001}</author></authors><commentList>` +
        `<comment ref="B2" authorId="0"><text><t>[Threaded comment] Kiểm tra lại số liệu Cà Mau</t></text></comment></commentList></comments>`,
      p,
    ),
  ]);
  parts.push([
    "xl/threadedComments/threadedComment1.xml",
    `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B2" dT="2024-03-01T08:00:00.00" personId="{0A1B2C3D-0000-4000-8000-000000000002}" id="{6B1C2D3E-0000-4000-8000-000000000001}"><text>Kiểm tra lại số liệu Cà Mau</text></threadedComment></ThreadedComments>`,
  ]);
  parts.push([
    "xl/persons/person.xml",
    `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Cán bộ Sở Công Thương" id="{0A1B2C3D-0000-4000-8000-000000000002}" userId="can.bo@example.vn" providerId="None"/></personList>`,
  ]);
  parts.push([
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
      `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:108pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox/>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`,
  ]);
  parts.push([
    "xl/drawings/drawing1.xml",
    `${DECL}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
      `<xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
      `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 2" descr="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip xmlns:r="${NS.r}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
  ]);
  parts.push([
    "xl/drawings/_rels/drawing1.xml.rels",
    `${DECL}<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="${REL("chart")}" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${REL("image")}" Target="../media/image1.png"/></Relationships>`,
  ]);
  parts.push(["xl/media/image1.png", PNG]);
  const sheetRef = `'${USER_SHEET}'`;
  parts.push([
    "xl/charts/chart1.xml",
    `${DECL}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${USER_CHART_TITLE}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
      `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Số tiền</c:v></c:tx>` +
      `<c:cat><c:strRef><c:f>${esc(sheetRef)}!$B$2:$B$4</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>Cà Mau</c:v></c:pt><c:pt idx="1"><c:v>Bạc Liêu</c:v></c:pt><c:pt idx="2"><c:v>Kiên Giang</c:v></c:pt></c:strCache></c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${esc(sheetRef)}!$C$2:$C$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>12.5</c:v></c:pt><c:pt idx="1"><c:v>7.25</c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>` +
      `<c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx>` +
      `<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  ]);

  // A pivot table of the user's table on a sheet of its own.
  const pivotSheetIndex = sheetNames.length + 1;
  sheetNames.push("Pivot");
  parts.push([
    `xl/worksheets/sheet${pivotSheetIndex}.xml`,
    prefixed(
      `${DECL}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"><dimension ref="A3:B7"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
        `<sheetData>${rowsXml(
          [
            [],
            [],
            [{ value: "Row Labels" }, { value: "Sum of Số tiền" }],
            [{ value: "Bạc Liêu" }, { value: 7.25 }],
            [{ value: "Cà Mau" }, { value: 12.5 }],
            [{ value: "Kiên Giang" }, { value: 3 }],
            [{ value: "Grand Total" }, { value: 22.75 }],
          ],
          sst,
        )}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
      p,
    ),
  ]);
  parts.push([
    `xl/worksheets/_rels/sheet${pivotSheetIndex}.xml.rels`,
    `${DECL}<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="${REL("pivotTable")}" Target="../pivotTables/pivotTable1.xml"/></Relationships>`,
  ]);
  parts.push([
    "xl/pivotTables/pivotTable1.xml",
    prefixed(
      `${DECL}<pivotTableDefinition xmlns="${NS.main}" name="PivotTable1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
        `<location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="3"><pivotField showAll="0"/><pivotField axis="axisRow" showAll="0"><items count="4"><item x="1"/><item x="0"/><item x="2"/><item t="default"/></items></pivotField><pivotField dataField="1" numFmtId="4" showAll="0"/></pivotFields>` +
        `<rowFields count="1"><field x="1"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>` +
        `<dataFields count="1"><dataField name="Sum of Số tiền" fld="2" baseField="0" baseItem="0" numFmtId="4"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`,
      p,
    ),
  ]);
  parts.push([
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    `${DECL}<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="${REL("pivotCacheDefinition")}" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  ]);
  parts.push([
    "xl/pivotCache/pivotCacheDefinition1.xml",
    prefixed(
      `${DECL}<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.r}" r:id="rId1" refreshedBy="KC test" refreshedDate="45352.5" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="3">` +
        `<cacheSource type="worksheet"><worksheetSource ref="A1:C4" sheet="${esc(USER_SHEET)}"/></cacheSource><cacheFields count="3">` +
        `<cacheField name="Mã" numFmtId="0"><sharedItems/></cacheField><cacheField name="Tên" numFmtId="0"><sharedItems count="3"><s v="Cà Mau"/><s v="Bạc Liêu"/><s v="Kiên Giang"/></sharedItems></cacheField>` +
        `<cacheField name="Số tiền" numFmtId="4"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="3" maxValue="12.5"/></cacheField></cacheFields></pivotCacheDefinition>`,
      p,
    ),
  ]);
  parts.push([
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    `${DECL}<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="${REL("pivotCacheRecords")}" Target="pivotCacheRecords1.xml"/></Relationships>`,
  ]);
  parts.push([
    "xl/pivotCache/pivotCacheRecords1.xml",
    prefixed(
      `${DECL}<pivotCacheRecords xmlns="${NS.main}" count="3"><r><s v="A"/><x v="0"/><n v="12.5"/></r><r><s v="B"/><x v="1"/><n v="7.25"/></r><r><s v="C"/><x v="2"/><n v="3"/></r></pivotCacheRecords>`,
      p,
    ),
  ]);

  // The province sheets, as Excel stores them (shared strings, styles by index).
  provinces.forEach((f, i) => {
    const composed = composeProvinceSheet(f.input);
    const extras =
      i === 0
        ? `<mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells><conditionalFormatting sqref="D10:D12"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>`
        : "";
    parts.push([
      `xl/worksheets/sheet${i + 2}.xml`,
      prefixed(
        `${DECL}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="7" topLeftCell="A8" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
          `<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="22" customWidth="1"/></cols><sheetData>${rowsXml(composed.rows, sst)}</sheetData>${extras}` +
          `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
        p,
      ),
    ]);
  });

  const sheetCount = sheetNames.length;
  const sheetRels = sheetNames.map((_, i) => ({ id: rid(10 + i), target: `worksheets/sheet${i + 1}.xml` }));
  const firstProvince = `'${provinces[0].sheet.replace(/'/g, "''")}'`;
  parts.push([
    "xl/workbook.xml",
    prefixed(
      `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
        `<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="22228"/><workbookPr${options.macro ? ' codeName="ThisWorkbook"' : ""} defaultThemeVersion="166925"/>` +
        `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews><sheets>` +
        sheetNames.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="${sheetRels[i].id}"/>`).join("") +
        `</sheets><externalReferences><externalReference r:id="${rid(40)}"/></externalReferences><definedNames>` +
        `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${esc(`'${USER_SHEET}'`)}!$A$1:$C$4</definedName>` +
        `<definedName name="_xlnm.Print_Area" localSheetId="1">${esc(firstProvince)}!$A$1:$K$30</definedName>` +
        `<definedName name="TongDanhMuc">${esc(`'${USER_SHEET}'`)}!$C$5</definedName><definedName name="NguonNgoai">[1]Sheet1!$A$1</definedName></definedNames>` +
        `<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="7" r:id="${rid(41)}"/></pivotCaches>` +
        `<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`,
      p,
    ),
  ]);
  parts.push([
    "xl/_rels/workbook.xml.rels",
    `${DECL}<Relationships xmlns="${NS.pkgRels}">` +
      sheetRels.map((s) => `<Relationship Id="${s.id}" Type="${REL("worksheet")}" Target="${s.target}"/>`).join("") +
      `<Relationship Id="${rid(30)}" Type="${REL("theme")}" Target="theme/theme1.xml"/>` +
      `<Relationship Id="${rid(31)}" Type="${REL("styles")}" Target="styles.xml"/>` +
      `<Relationship Id="${rid(32)}" Type="${REL("sharedStrings")}" Target="sharedStrings.xml"/>` +
      `<Relationship Id="${rid(33)}" Type="${REL("calcChain")}" Target="calcChain.xml"/>` +
      `<Relationship Id="${rid(34)}" Type="${REL("customXml")}" Target="../customXml/item1.xml"/>` +
      `<Relationship Id="${rid(35)}" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>` +
      `<Relationship Id="${rid(40)}" Type="${REL("externalLink")}" Target="externalLinks/externalLink1.xml"/>` +
      `<Relationship Id="${rid(41)}" Type="${REL("pivotCacheDefinition")}" Target="pivotCache/pivotCacheDefinition1.xml"/>` +
      (options.macro
        ? `<Relationship Id="${rid(42)}" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`
        : "") +
      `</Relationships>`,
  ]);
  parts.push([
    "xl/externalLinks/externalLink1.xml",
    prefixed(
      `${DECL}<externalLink xmlns="${NS.main}" xmlns:r="${NS.r}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
      p,
    ),
  ]);
  parts.push([
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    `${DECL}<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="${REL("externalLinkPath")}" Target="file:///C:/BaoCao/nguon.xlsx" TargetMode="External"/></Relationships>`,
  ]);
  parts.push([
    "xl/calcChain.xml",
    prefixed(`${DECL}<calcChain xmlns="${NS.main}"><c r="C5" i="1"/>${provinces.length > 0 ? `<c r="D10" i="2"/><c r="D11"/>` : ""}</calcChain>`, p),
  ]);
  parts.push(["xl/theme/theme1.xml", THEME]);
  parts.push([
    "xl/styles.xml",
    prefixed(
      `${DECL}<styleSheet xmlns="${NS.main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.000"/></numFmts>` +
        `<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
        `<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>` +
        `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>` +
        `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`,
      p,
    ),
  ]);
  parts.push([
    "xl/sharedStrings.xml",
    prefixed(
      `${DECL}<sst xmlns="${NS.main}" count="${sst.list.length}" uniqueCount="${sst.list.length}">${sst.list.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`,
      p,
    ),
  ]);
  if (options.macro) parts.push(["xl/vbaProject.bin", Uint8Array.from({ length: 1536 }, (_, i) => (i * 131 + 7) % 256)]);
  parts.push(["customXml/item1.xml", `${DECL}<kcTest xmlns="urn:kc:test">Dữ liệu riêng của người dùng</kcTest>`]);
  parts.push([
    "customXml/itemProps1.xml",
    `${DECL}<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  ]);
  parts.push([
    "customXml/_rels/item1.xml.rels",
    `${DECL}<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="${REL("customXmlProps")}" Target="itemProps1.xml"/></Relationships>`,
  ]);
  parts.push([
    "docProps/app.xml",
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
      `<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Trang tính</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetCount}</vt:i4></vt:variant><vt:variant><vt:lpstr>Phạm vi Có tên</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="${sheetCount + 2}" baseType="lpstr">${sheetNames.map((n) => `<vt:lpstr>${esc(n)}</vt:lpstr>`).join("")}<vt:lpstr>${esc(provinces[0].sheet)}!Print_Area</vt:lpstr><vt:lpstr>TongDanhMuc</vt:lpstr></vt:vector></TitlesOfParts>` +
      `<Company>Sở Công Thương</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
  ]);
  parts.push([
    "docProps/core.xml",
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Cán bộ</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T08:00:00Z</dcterms:created></cp:coreProperties>`,
  ]);
  parts.push([
    "docProps/custom.xml",
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="DonVi"><vt:lpwstr>Phòng Khuyến công</vt:lpwstr></property></Properties>`,
  ]);
  parts.push([
    "_rels/.rels",
    `${DECL}<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId3" Type="${REL("extended-properties")}" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId1" Type="${REL("officeDocument")}" Target="xl/workbook.xml"/><Relationship Id="rId4" Type="${REL("custom-properties")}" Target="docProps/custom.xml"/></Relationships>`,
  ]);
  const workbookType = options.macro ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : CT("spreadsheetml.sheet.main+xml");
  parts.unshift([
    "[Content_Types].xml",
    `${DECL}<Types xmlns="${NS.types}"><Default Extension="bin" ContentType="${options.macro ? "application/vnd.ms-office.vbaProject" : CT("spreadsheetml.printerSettings")}"/>` +
      `<Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="vml" ContentType="${CT("vmlDrawing")}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/>` +
      sheetNames.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT("spreadsheetml.worksheet+xml")}"/>`).join("") +
      (options.macro ? `<Override PartName="/xl/printerSettings/printerSettings1.bin" ContentType="${CT("spreadsheetml.printerSettings")}"/>` : "") +
      `<Override PartName="/xl/theme/theme1.xml" ContentType="${CT("theme+xml")}"/><Override PartName="/xl/styles.xml" ContentType="${CT("spreadsheetml.styles+xml")}"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT("spreadsheetml.sharedStrings+xml")}"/><Override PartName="/xl/calcChain.xml" ContentType="${CT("spreadsheetml.calcChain+xml")}"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT("drawing+xml")}"/><Override PartName="/xl/charts/chart1.xml" ContentType="${CT("drawingml.chart+xml")}"/>` +
      `<Override PartName="/xl/tables/table1.xml" ContentType="${CT("spreadsheetml.table+xml")}"/><Override PartName="/xl/comments1.xml" ContentType="${CT("spreadsheetml.comments+xml")}"/>` +
      `<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>` +
      `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${CT("spreadsheetml.pivotTable+xml")}"/><Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${CT("spreadsheetml.pivotCacheDefinition+xml")}"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${CT("spreadsheetml.pivotCacheRecords+xml")}"/><Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="${CT("spreadsheetml.externalLink+xml")}"/>` +
      `<Override PartName="/customXml/itemProps1.xml" ContentType="${CT("customXmlProperties+xml")}"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${CT("extended-properties+xml")}"/>` +
      `<Override PartName="/docProps/custom.xml" ContentType="${CT("custom-properties+xml")}"/></Types>`,
  ]);
  return parts;
}

/** The parts zipped, text as UTF-8, in their order; stored (not deflated) entries where `store` says so. */
export async function zipParts(parts: Parts, store: (name: string) => boolean = () => false): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of parts) zip.file(name, content, { createFolders: false, compression: store(name) ? "STORE" : "DEFLATE" });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every entry of a zip, uncompressed, by name. */
export async function entriesOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) out.set(entry.name, await entry.async("uint8array"));
  return out;
}

/** A small theme with the colour, font and format schemes Excel requires. */
const THEME =
  `${DECL}<a:theme xmlns:a="${NS.a}" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
  `<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>` +
  `<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>` +
  `<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>` +
  `<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>` +
  `<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>` +
  `<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>` +
  `<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;
