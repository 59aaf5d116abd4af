import { Fund, ReportFigures } from "../model/figures";
import { header, liveRatioFormula, percentFormat, PercentStyle, ratioFormula, shown, signatureBlock, TableKeyBuilder, TRIEU } from "../render/kit";
import { centredLine, documentHeader, unitLine } from "../render/official";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

export interface ImplementationReportOptions {
  /** The total row and the completion column as live formulas (=D10+D13, =E10/D10*100). */
  formulas?: boolean;
}

const POINTS: PercentStyle = { points: true, decimals: 1 };

/**
 * Layout L13 (real-layouts.md §3.4, [R] with verified figures): "Biểu 01: TÌNH HÌNH THỰC HIỆN KINH PHÍ
 * KHUYẾN CÔNG 6 THÁNG NĂM …" under a formal header, "ĐVT: triệu đồng", STT | Nguồn kinh phí / Nội dung | Số
 * đề án | Kế hoạch năm | Thực hiện (giải ngân, tạm ứng) 6 tháng | Tỷ lệ % TH/KH, the column-number row
 * "A | B | 1 | 2 | 3 | 4=3/2", TỔNG CỘNG first, a row per fund (KCĐP then KCQG) with the KCĐP plan split
 * "trong đó: đã phân bổ / chưa phân bổ" (not additive; the allocated row's % uses the allocated plan, as
 * Lâm Đồng's "≈ 60 %" does), percentages as points with one decimal.
 */
export function renderImplementationReport(figures: ReportFigures, options: ImplementationReportOptions = {}): Rendered {
  const live = options.formulas === true;
  const sheet = new CorpusSheet("Bieu 01");
  let row = documentHeader(sheet, 1, {
    issuer: [`SỞ CÔNG THƯƠNG TỈNH ${figures.province.toUpperCase()}`, "TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP"],
    left: ["A", "B"],
    right: ["C", "F"],
  });
  const period = figures.months === 12 ? `NĂM ${figures.year}` : `${figures.months} THÁNG NĂM ${figures.year}`;
  row = centredLine(sheet, row, "A", "F", `Biểu 01: TÌNH HÌNH THỰC HIỆN KINH PHÍ KHUYẾN CÔNG ${period}`, { bold: true, size: 12 });
  row = unitLine(sheet, row, "E", "F", "ĐVT: triệu đồng");
  const top = row;
  header(sheet, `A${top}:A${top + 1}`, "STT");
  header(sheet, `B${top}:B${top + 1}`, "Nguồn kinh phí / Nội dung");
  header(sheet, `C${top}:C${top + 1}`, "Số đề án");
  header(sheet, `D${top}:D${top + 1}`, "Kế hoạch năm");
  header(sheet, `E${top}:E${top + 1}`, `Thực hiện (giải ngân, tạm ứng) ${figures.months} tháng`);
  header(sheet, `F${top}:F${top + 1}`, "Tỷ lệ % TH/KH");
  const widths: Record<string, number> = { A: 6, B: 40, C: 10, D: 16, E: 22, F: 12 };
  for (const [c, w] of Object.entries(widths)) sheet.width(c, w);
  const table = new TableKeyBuilder([top, top + 1], "A", "F")
    .column("A", { kind: "no" })
    .column("B", { kind: "label" })
    .column("C", { kind: "count", measure: "projects" })
    .column("D", { kind: "amount", measure: "plan" })
    .column("E", { kind: "amount", measure: "actual" })
    .column("F", { kind: "percent", measure: "completion" });
  ["A", "B", "1", "2", "3", "4=3/2"].forEach((n, i) => sheet.set(`${"ABCDEF"[i]}${top + 2}`, n, { style: { italic: true, align: "center" } }));
  table.row(top + 2, "columnNumbers");
  table.columnIdentities = ["4=3/2"];

  const total = top + 3;
  const local = total + 1;
  const allocated = local + 1;
  const unallocated = local + 2;
  const national = local + 3;
  const completion = (r: number) => {
    if (live) sheet.formula(`F${r}`, liveRatioFormula(`E${r}`, `D${r}`, POINTS), { format: percentFormat(POINTS) });
    else sheet.typed(`F${r}`, ratioFormula(`E${r}`, `D${r}`, POINTS), { format: percentFormat(POINTS) });
  };
  const fundRow = (r: number, no: string, label: string, fund: Fund) => {
    const f = figures.funds[fund];
    sheet.set(`A${r}`, no, { style: { bold: true, align: "center" } });
    sheet.set(`B${r}`, label, { style: { bold: true } });
    sheet.set(`C${r}`, figures.projects.filter((p) => p.fund === fund).length);
    sheet.set(`D${r}`, shown(f.plan, TRIEU), { format: TRIEU.format });
    sheet.set(`E${r}`, shown(f.actual, TRIEU), { format: TRIEU.format });
    completion(r);
  };
  sheet.set(`B${total}`, "TỔNG CỘNG", { style: { bold: true } });
  for (const col of ["C", "D", "E"]) {
    const f = `${col}${local}+${col}${national}`;
    if (live) sheet.formula(`${col}${total}`, f, { format: col === "C" ? undefined : TRIEU.format, style: { bold: true } });
    else sheet.typed(`${col}${total}`, f, { format: col === "C" ? undefined : TRIEU.format, style: { bold: true } });
  }
  completion(total);
  table.row(total, "total");
  fundRow(local, "I", "Kinh phí khuyến công địa phương", "KCDP");
  const kcdp = figures.funds.KCDP;
  sheet.set(`B${allocated}`, "  trong đó: đã phân bổ", { style: { italic: true } });
  sheet.set(`D${allocated}`, shown(kcdp.allocated, TRIEU), { format: TRIEU.format });
  sheet.set(`E${allocated}`, shown(kcdp.actual, TRIEU), { format: TRIEU.format });
  completion(allocated);
  sheet.set(`B${unallocated}`, "  chưa phân bổ", { style: { italic: true } });
  sheet.typed(`D${unallocated}`, `D${local}-D${allocated}`, { format: TRIEU.format });
  sheet.set(`E${unallocated}`, 0, { format: TRIEU.format });
  table.row(allocated, "ofWhich").row(unallocated, "ofWhich");
  fundRow(national, "II", "Kinh phí khuyến công quốc gia", "KCQG");
  sheet.boxes.push(`A${top}:F${national}`);
  signatureBlock(
    sheet,
    national + 2,
    { from: "A", to: "B", title: "NGƯỜI LẬP BIỂU", name: "Ngô Thị Mai" },
    { from: "D", to: "F", date: `${figures.province}, ngày 10 tháng 7 năm ${figures.year}`, title: "GIÁM ĐỐC", name: "Dương Văn Tâm" },
  );
  return finish(
    live ? "L13-formulas" : "L13",
    `L13 (real-layouts.md §3.4): funding by fund, KH | TH | %, total first, 'trong đó' rows not additive, identity 4=3/2${live ? ", live formulas" : ""}`,
    `Bao cao ${figures.months} thang ${figures.year} - ${figures.province}.xlsx`,
    [
      {
        sheet,
        key: { status: "read", province: figures.province, year: figures.year, months: figures.months, unit: "trieu", tables: [table.build(national)] },
      },
    ],
  );
}
