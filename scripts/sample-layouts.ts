/**
 * Province sheets of the sample in the layouts provinces really send (docs/layouts.md), drawn from the same
 * figures as the standard sheets: a provincial report with a funding table by fund and a project list with
 * two parent headers (Bến Tre), a plan annex with fund sections holding activity sections (Vĩnh Long), a
 * decision annex in đồng with beneficiaries on sub-rows (Đồng Tháp).
 */
import ExcelJS from "exceljs";
import { CellInput, ProvinceSheetInput } from "../src/core/standard/compose";

type Row = Record<string, CellInput>;
type Value = string | number | null | { formula: string; result: number };

const valueOf = (c: CellInput | undefined): number => (typeof c === "object" && c !== null && "value" in c ? (c.value as number) : (c as number));
const textOf = (c: CellInput | undefined): string => String(typeof c === "object" && c !== null && "value" in c ? c.value : (c ?? ""));

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };

class SheetWriter {
  constructor(readonly ws: ExcelJS.Worksheet) {}
  set(address: string, value: Value, format?: string, style: { bold?: boolean; italic?: boolean; center?: boolean; wrap?: boolean; box?: boolean } = {}): this {
    const cell = this.ws.getCell(address);
    cell.value = value as ExcelJS.CellValue;
    if (format) cell.numFmt = format;
    if (style.bold || style.italic) cell.font = { bold: style.bold, italic: style.italic };
    if (style.center || style.wrap) cell.alignment = { horizontal: style.center ? "center" : undefined, vertical: "middle", wrapText: style.wrap };
    if (style.box) cell.border = THIN;
    return this;
  }
  header(range: string, text: string): this {
    const [first] = range.split(":");
    this.set(first, text, undefined, { bold: true, center: true, wrap: true, box: true });
    if (range.includes(":")) this.ws.mergeCells(range);
    return this;
  }
  widths(widths: number[]): void {
    widths.forEach((w, i) => (this.ws.getColumn(i + 1).width = w));
  }
}

const COLUMNS = "ABCDEFGHIJ";
const col = (i: number) => COLUMNS[i];
const fundName = (source: string) => (source === "KCQG" ? "Kinh phí khuyến công quốc gia" : "Kinh phí khuyến công địa phương");
const BENEFICIARIES = ["Cơ sở Huỳnh Văn Hùng (xã Phước Long)", "Công ty TNHH Phúc Tiến (xã Tân Thành)", "HTX Thạnh Phú (xã An Hiệp)"];

/**
 * Bến Tre: "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2023", Biểu 01 funding by fund (total first,
 * Roman numerals, % as points, column-number row "4=3/2") and Biểu 02 the project list as the province's
 * reporting system writes it (STT | Tên đề án | Thời gian | Nguồn vốn (triệu đồng) › TW | Địa phương |
 * Kinh phí thực hiện (triệu đồng) › Tổng kinh phí | KP Khuyến công hỗ trợ | KP DN đối ứng | beneficiaries
 * in one cell), total last, signatures.
 */
export function writeReportWithTwoTables(workbook: ExcelJS.Workbook, name: string, input: ProvinceSheetInput): void {
  const s = new SheetWriter(workbook.addWorksheet(name));
  const funding = input.funding as Row[];
  const projects = input.projects as Row[];
  s.set("A1", "UBND TỈNH BẾN TRE", undefined, { bold: true }).set("E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", undefined, { bold: true });
  s.set("A2", "SỞ CÔNG THƯƠNG", undefined, { bold: true }).set("E2", "Độc lập - Tự do - Hạnh phúc");
  s.header("A4:I4", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2023");
  s.set("A6", "Biểu 01: KINH PHÍ KHUYẾN CÔNG", undefined, { bold: true }).set("G6", "ĐVT: triệu đồng", undefined, { italic: true });
  ["STT", "Nguồn kinh phí / Nội dung", "Số đề án", "Kế hoạch năm", "Thực hiện", "Tỷ lệ % TH/KH", "Thực hiện cùng kỳ năm trước", "Kế hoạch năm trước"].forEach(
    (h, i) => s.header(`${col(i)}7`, h),
  );
  ["A", "B", "1", "2", "3", "4=3/2", "5", "6"].forEach((h, i) => s.set(`${col(i)}8`, h, undefined, { italic: true, center: true, box: true }));
  const count = (source: string) => projects.filter((p) => textOf(p.source) === source).length;
  const total = funding[2];
  const row = (r: number, no: string, label: string, projectsCount: number, f: Row) => {
    s.set(`A${r}`, no, undefined, { center: true, box: true }).set(`B${r}`, label, undefined, { box: true, bold: no === "" });
    s.set(`C${r}`, projectsCount, "#,##0", { box: true });
    s.set(`D${r}`, valueOf(f.plan), "#,##0", { box: true }).set(`E${r}`, valueOf(f.actual), "#,##0", { box: true });
    if (valueOf(f.plan) > 0) s.set(`F${r}`, Number(((valueOf(f.actual) / valueOf(f.plan)) * 100).toFixed(1)), "0.0", { box: true });
    s.set(`G${r}`, valueOf(f.sameLastYear), "#,##0", { box: true }).set(`H${r}`, valueOf(f.previousPlan), "#,##0", { box: true });
  };
  row(9, "", "TỔNG CỘNG", projects.length, total);
  row(10, "I", fundName("KCQG"), count("KCQG"), funding[0]);
  row(11, "II", fundName("KCĐP"), count("KCĐP"), funding[1]);

  s.set("A13", "Biểu 02: DANH SÁCH ĐỀ ÁN KHUYẾN CÔNG NĂM 2023", undefined, { bold: true });
  s.header("A14:A15", "STT").header("B14:B15", "Tên đề án").header("C14:C15", "Thời gian thực\nhiện (năm)");
  s.header("D14:E14", "Nguồn vốn\n(triệu đồng)").header("D15", "TW").header("E15", "Địa phương");
  s.header("F14:H14", "Kinh phí thực hiện\n(triệu đồng)").header("F15", "Tổng kinh phí").header("G15", "KP Khuyến công hỗ trợ").header("H15", "KP DN đối ứng");
  s.header("I14:I15", "Đơn vị thụ hưởng");
  let r = 16;
  projects.forEach((p, i) => {
    const national = textOf(p.source) === "KCQG";
    const support = valueOf(p.support);
    s.set(`A${r}`, i + 1, undefined, { center: true, box: true })
      .set(`B${r}`, textOf(p.name), undefined, { wrap: true, box: true })
      .set(`C${r}`, 2023, "0", { box: true });
    s.set(`D${r}`, national ? support : 0, "#,##0", { box: true }).set(`E${r}`, national ? 0 : support, "#,##0", { box: true });
    s.set(`F${r}`, valueOf(p.total), "#,##0", { box: true })
      .set(`G${r}`, support, "#,##0", { box: true })
      .set(`H${r}`, valueOf(p.counterpart), "#,##0", { box: true });
    const n = Math.max(1, valueOf(p.beneficiaries));
    s.set(`I${r}`, BENEFICIARIES.slice(0, n).join(", "), undefined, { wrap: true, box: true });
    r++;
  });
  const sum = (key: string) => projects.reduce((acc, p) => acc + valueOf(p[key]), 0);
  s.set(`B${r}`, "Tổng cộng", undefined, { bold: true, box: true });
  const fundSum = (fund: string) => projects.filter((p) => textOf(p.source) === fund).reduce((acc, p) => acc + valueOf(p.support), 0);
  s.set(`D${r}`, fundSum("KCQG"), "#,##0", { bold: true, box: true }).set(`E${r}`, fundSum("KCĐP"), "#,##0", { bold: true, box: true });
  s.set(`F${r}`, sum("total"), "#,##0", { bold: true, box: true })
    .set(`G${r}`, sum("support"), "#,##0", { bold: true, box: true })
    .set(`H${r}`, sum("counterpart"), "#,##0", { bold: true, box: true });
  s.set(`B${r + 2}`, "NGƯỜI LẬP BIỂU", undefined, { bold: true, center: true }).set(`G${r + 2}`, "GIÁM ĐỐC", undefined, { bold: true, center: true });
  s.widths([6, 44, 10, 12, 12, 14, 14, 14, 44]);
}

const ACTIVITY_TITLES: Record<string, string> = {
  MMTB: "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ",
  MH: "Xây dựng mô hình trình diễn kỹ thuật",
  DCCN: "Hỗ trợ ứng dụng dây chuyền công nghệ",
  DT: "Đào tạo nghề, truyền nghề",
  TTTT: "Thông tin tuyên truyền",
  HNHT: "Hội nghị, hội thảo, tham quan khảo sát",
  BCSP: "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu",
  HCTN: "Hội chợ, triển lãm trong nước",
  NLQL: "Nâng cao năng lực quản lý, tổ chức thực hiện",
  PTB: "Phòng trưng bày, giới thiệu sản phẩm",
};

/**
 * Vĩnh Long: a plan annex "(Kèm theo Quyết định …)" with a funding table whose fund is written per row
 * ("Trung ương", "Địa phương", as the province's system codes it), then the project list in sections by
 * fund (A. KCQG, B. KCĐP) holding sections by activity (I, II…), each with its subtotal, "TỔNG CỘNG (A+B)"
 * first, ĐVT line, column-number row "4=5+6". `mistake` adds 10 to the first activity subtotal's support.
 */
export function writePlanAnnexByFund(workbook: ExcelJS.Workbook, name: string, input: ProvinceSheetInput, mistake: boolean): void {
  const s = new SheetWriter(workbook.addWorksheet(name));
  const funding = input.funding as Row[];
  const projects = input.projects as Row[];
  s.set("A1", "UBND TỈNH VĨNH LONG", undefined, { bold: true });
  s.header("A3:H3", "PHỤ LỤC\nKẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG NĂM 2023");
  s.set("A4", "(Kèm theo Báo cáo số 215/BC-SCT ngày 25 tháng 12 năm 2023 của Sở Công Thương tỉnh Vĩnh Long)", undefined, { italic: true });
  s.set("G5", "ĐVT: triệu đồng", undefined, { italic: true });
  // Two years side by side: 2022 (plan, actual) and 2023 (plan, actual, %).
  s.header("B6:B7", "Nguồn vốn").header("C6:D6", "Năm 2022").header("E6:G6", "Năm 2023");
  ["Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)"].forEach((h, i) => s.header(`${col(i + 2)}7`, h));
  const fundRow = (r: number, label: string, f: Row) => {
    s.set(`B${r}`, label, undefined, { box: true, bold: label === "Tổng cộng" });
    s.set(`C${r}`, valueOf(f.previousPlan), "#,##0", { box: true }).set(`D${r}`, valueOf(f.sameLastYear), "#,##0", { box: true });
    s.set(`E${r}`, valueOf(f.plan), "#,##0", { box: true }).set(`F${r}`, valueOf(f.actual), "#,##0", { box: true });
    if (valueOf(f.plan) > 0) s.set(`G${r}`, Number(((valueOf(f.actual) / valueOf(f.plan)) * 100).toFixed(2)), "0.00", { box: true });
  };
  fundRow(8, "Trung ương", funding[0]);
  fundRow(9, "Địa phương", funding[1]);
  fundRow(10, "Tổng cộng", funding[2]);

  s.header("A12:A13", "STT").header("B12:B13", "Nội dung / Tên đề án").header("C12:C13", "Đơn vị thụ hưởng").header("D12:D13", "Thời gian TH");
  s.header("E12:G12", "Kinh phí").header("E13", "Tổng cộng").header("F13", "Hỗ trợ").header("G13", "Đối ứng").header("H12:H13", "Ghi chú");
  ["A", "B", "1", "2", "3=4+5", "4", "5", "6"].forEach((h, i) => s.set(`${col(i)}14`, h, undefined, { italic: true, center: true, box: true }));
  // Figures are written bottom-up as an officer adds them: activity subtotals from the projects, fund
  // sections from their subtotals, the total from the sections.
  type Figures = { total: number; support: number; counterpart: number };
  const add = (a: Figures, b: Figures): Figures => ({ total: a.total + b.total, support: a.support + b.support, counterpart: a.counterpart + b.counterpart });
  const zero: Figures = { total: 0, support: 0, counterpart: 0 };
  const of = (p: Row): Figures => ({ total: valueOf(p.total), support: valueOf(p.support), counterpart: valueOf(p.counterpart) });
  const lines: { no: string; label: string; figures?: Figures; project?: Row; n?: number }[] = [];
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  let grand = zero;
  let mistaken = !mistake;
  for (const [letter, fund] of [
    ["A", "KCQG"],
    ["B", "KCĐP"],
  ] as const) {
    const mine = projects.filter((p) => textOf(p.source) === fund);
    if (mine.length === 0) continue;
    const section = { no: letter, label: fund === "KCQG" ? "KINH PHÍ KHUYẾN CÔNG QUỐC GIA" : "KINH PHÍ KHUYẾN CÔNG ĐỊA PHƯƠNG", figures: zero };
    lines.push(section);
    const codes = [...new Set(mine.map((p) => textOf(p.activity)))];
    codes.forEach((code, k) => {
      const rows = mine.filter((p) => textOf(p.activity) === code);
      let figures = rows.map(of).reduce(add, zero);
      // The deliberate mistake: the first activity subtotal's support typed 10 above its projects'.
      if (!mistaken) {
        figures = { ...figures, support: figures.support + 10 };
        mistaken = true;
      }
      section.figures = add(section.figures, figures);
      lines.push({ no: roman[k], label: `${ACTIVITY_TITLES[code] ?? code} (${rows.length} đề án)`, figures });
      rows.forEach((p, i) => lines.push({ no: String(i + 1), label: textOf(p.name), project: p, n: valueOf(p.beneficiaries) }));
    });
    grand = add(grand, section.figures);
  }
  let r = 15;
  const figures = (row: number, f: Figures, bold: boolean) => {
    s.set(`E${row}`, f.total, "#,##0", { bold, box: true })
      .set(`F${row}`, f.support, "#,##0", { bold, box: true })
      .set(`G${row}`, f.counterpart, "#,##0", { bold, box: true });
  };
  s.set(`B${r}`, "TỔNG CỘNG (A+B)", undefined, { bold: true, box: true });
  figures(r, grand, true);
  r++;
  for (const line of lines) {
    s.set(`A${r}`, line.no, undefined, { center: true, box: true, bold: !line.project });
    s.set(`B${r}`, line.label, undefined, { wrap: true, box: true, bold: !line.project });
    if (line.project) {
      const p = line.project;
      s.set(`C${r}`, BENEFICIARIES.slice(0, Math.max(1, line.n ?? 1)).join(", "), undefined, { wrap: true, box: true }).set(`D${r}`, "2023", undefined, {
        box: true,
      });
      figures(r, of(p), false);
    } else figures(r, line.figures!, true);
    r++;
  }
  s.widths([6, 48, 36, 10, 12, 12, 12, 14]);
}

/**
 * Đồng Tháp: a decision annex in đồng ("DANH MỤC ĐỀ ÁN KHUYẾN CÔNG … NĂM 2023", "ĐVT: đồng") with a funding
 * table by fund and the projects whose beneficiaries stand on sub-rows with their own amounts (STT and
 * name merged down, "1.1", "1.2"), total last. `mistake` raises one sub-row's total cost by 1.000.000 đồng.
 */
export function writeDecisionAnnexInDong(workbook: ExcelJS.Workbook, name: string, input: ProvinceSheetInput, mistake: boolean): void {
  const s = new SheetWriter(workbook.addWorksheet(name));
  const funding = input.funding as Row[];
  const projects = input.projects as Row[];
  const dong = (x: number) => Math.round(x * 1_000_000);
  s.header("A1:F1", "PHỤ LỤC");
  s.header("A2:F2", "KINH PHÍ VÀ DANH MỤC ĐỀ ÁN KHUYẾN CÔNG ĐƯỢC HỖ TRỢ NĂM 2023");
  s.set("A3", "(Kèm theo Quyết định số 1515/QĐ-UBND ngày 06/10/2023 của UBND tỉnh Đồng Tháp)", undefined, { italic: true });
  s.set("F4", "ĐVT: đồng", undefined, { italic: true });
  ["TT", "Nguồn kinh phí", "Kế hoạch năm", "Thực hiện", "Tỷ lệ %", "Thực hiện cùng kỳ năm trước", "Kế hoạch năm trước"].forEach((h, i) =>
    s.header(`${col(i)}5`, h),
  );
  [
    ["1", "KCQG", funding[0]],
    ["2", "KCĐP", funding[1]],
    ["", "Tổng cộng", funding[2]],
  ].forEach(([no, label, f], i) => {
    const r = 6 + i;
    const row = f as Row;
    s.set(`A${r}`, no as string, undefined, { box: true }).set(`B${r}`, label as string, undefined, { box: true });
    s.set(`C${r}`, dong(valueOf(row.plan)), "#,##0", { box: true }).set(`D${r}`, dong(valueOf(row.actual)), "#,##0", { box: true });
    if (valueOf(row.plan) > 0) s.set(`E${r}`, Number(((valueOf(row.actual) / valueOf(row.plan)) * 100).toFixed(2)), "0.00", { box: true });
    s.set(`F${r}`, dong(valueOf(row.sameLastYear)), "#,##0", { box: true }).set(`G${r}`, dong(valueOf(row.previousPlan)), "#,##0", { box: true });
  });
  ["STT", "Tên đề án", "Đơn vị thụ hưởng", "Nguồn kinh phí", "Tổng kinh phí", "Kinh phí hỗ trợ", "Đối ứng"].forEach((h, i) => s.header(`${col(i)}11`, h));
  let r = 12;
  let mistaken = !mistake;
  projects.forEach((p, i) => {
    const n = Math.max(1, valueOf(p.beneficiaries));
    const split = (x: number) => {
      const parts = Array.from({ length: n }, () => Math.floor(dong(x) / n / 1000) * 1000);
      parts[0] += dong(x) - parts.reduce((a, b) => a + b, 0);
      return parts;
    };
    const [total, support] = [split(valueOf(p.total)), split(valueOf(p.support))];
    s.set(`A${r}`, i + 1, undefined, { center: true, box: true }).set(`B${r}`, textOf(p.name), undefined, { wrap: true, box: true });
    if (n > 1) {
      s.ws.mergeCells(`A${r}:A${r + n - 1}`);
      s.ws.mergeCells(`B${r}:B${r + n - 1}`);
      s.ws.mergeCells(`D${r}:D${r + n - 1}`);
    }
    s.set(`D${r}`, textOf(p.source), undefined, { box: true });
    for (let k = 0; k < n; k++) {
      const wrong = !mistaken && n > 1 && k === 1;
      s.set(`C${r + k}`, `${i + 1}.${k + 1} ${BENEFICIARIES[k]}`, undefined, { wrap: true, box: true });
      s.set(`E${r + k}`, total[k] + (wrong ? 1_000_000 : 0), "#,##0", { box: true }).set(`F${r + k}`, support[k], "#,##0", { box: true });
      s.set(`G${r + k}`, total[k] - support[k], "#,##0", { box: true });
      if (wrong) mistaken = true;
    }
    r += n;
  });
  const sum = (key: string) => projects.reduce((acc, p) => acc + dong(valueOf(p[key])), 0);
  s.set(`B${r}`, "Tổng cộng", undefined, { bold: true, box: true });
  s.set(`E${r}`, sum("total") + (mistake ? 1_000_000 : 0), "#,##0", { bold: true, box: true });
  s.set(`F${r}`, sum("support"), "#,##0", { bold: true, box: true }).set(`G${r}`, sum("counterpart"), "#,##0", { bold: true, box: true });
  s.widths([6, 44, 40, 14, 18, 18, 18]);
}
