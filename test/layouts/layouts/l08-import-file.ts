import { ReportFigures } from "../model/figures";
import { DONG, header, shown, TableKeyBuilder } from "../render/kit";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

export interface ImportFileOptions {
  /** How "Nguồn vốn" is coded: the text "Trung ương" / "Địa phương", or the numbers 1 / 2 (both occur). */
  fundCodes?: "text" | "number";
}

/**
 * The flat import file of Bến Tre's system (real-layouts.md §2.3, end): one header row
 * "Tên đề án | Thời gian thực hiện (năm) | Nguồn vốn | Tổng kinh phí␠ | … | STT" (STT last, a trailing space),
 * amounts in đồng with no unit stated anywhere, the fund per row, and a second sheet of beneficiaries
 * linked back by "Dòng import". With no unit, the project sheet reads only in part; the beneficiary list
 * is not a report.
 */
export function renderImportFile(figures: ReportFigures, options: ImportFileOptions = {}): Rendered {
  const numeric = options.fundCodes === "number";
  const projects = new CorpusSheet("Sheet1");
  const headers = [
    "Tên đề án",
    "Thời gian thực hiện (năm)",
    "Nguồn vốn",
    "Tổng kinh phí ",
    "Kinh phí khuyến công hỗ trợ",
    "Kinh phí doanh nghiệp đối ứng",
    "STT",
  ];
  headers.forEach((h, i) => header(projects, `${"ABCDEFG"[i]}1`, h));
  const widths = [50, 14, 12, 18, 18, 18, 6];
  widths.forEach((w, i) => projects.width("ABCDEFG"[i], w));
  const table = new TableKeyBuilder([1], "A", "G")
    .column("A", { kind: "label" })
    .column("B", { kind: "time" })
    .column("C", { kind: "fund" })
    .column("D", { kind: "amount", measure: "cost" })
    .column("E", { kind: "amount", measure: "support" })
    .column("F", { kind: "amount", measure: "counterpart" })
    .column("G", { kind: "no" });
  figures.projects.forEach((p, i) => {
    const r = i + 2;
    projects.set(`A${r}`, p.name);
    projects.set(`B${r}`, p.year);
    projects.set(`C${r}`, numeric ? (p.fund === "KCQG" ? 1 : 2) : p.fund === "KCQG" ? "Trung ương" : "Địa phương");
    projects.typed(`D${r}`, `E${r}+F${r}`);
    projects.set(`E${r}`, shown(p.support, DONG));
    projects.set(`F${r}`, shown(p.counterpart, DONG));
    projects.set(`G${r}`, i + 1);
  });
  const last = figures.projects.length + 1;

  const firms = new CorpusSheet("Sheet2");
  ["Tên Doanh nghiệp", "Mã doanh nghiệp", "Địa chỉ", "Người đại diện", "Ngành nghề kinh doanh", "Dòng import"].forEach((h, i) =>
    header(firms, `${"ABCDEF"[i]}1`, h),
  );
  [36, 16, 36, 22, 26, 12].forEach((w, i) => firms.width("ABCDEF"[i], w));
  let r = 2;
  figures.projects.forEach((p, i) => {
    for (const b of p.beneficiaries) {
      firms.set(`A${r}`, b.name);
      firms.set(`B${r}`, String(1300000000 + r * 7919));
      firms.set(`C${r}`, b.address);
      firms.set(`D${r}`, b.name.replace(/^(Cơ sở|Công ty TNHH|HTX) /, ""));
      firms.set(`E${r}`, "Sản xuất, chế biến");
      firms.set(`F${r}`, i + 2);
      r++;
    }
  });
  return finish(
    numeric ? "L8-import-coded" : "L8-import",
    "Bến Tre import file (real-layouts.md §2.3): flat, STT last, đồng with no unit stated, fund per row, beneficiaries on a second sheet",
    "industrialpromotionproject.xlsx",
    [
      { sheet: projects, key: { status: "partial", tables: [table.build(last)] } },
      { sheet: firms, key: { status: "not-report", tables: [] } },
    ],
  );
}
