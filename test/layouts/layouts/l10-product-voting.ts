import { prng } from "../../../scripts/prng";
import { header, TableKeyBuilder, text, title } from "../render/kit";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";
import { provinceOfFile } from "./l07-funding-by-activity";

const GROUPS = [
  "- Nhóm thủ công mỹ nghệ",
  "- Nhóm chế biến nông, lâm, thủy sản và thực phẩm",
  "- Nhóm phụ tùng, máy móc, thiết bị, cơ khí",
  "- Nhóm sản phẩm khác",
] as const;

/** Products registered and certified per group, at the central and the provincial round. */
export interface VotingFigures {
  province: string;
  year: number;
  registered: { central: number[]; provincial: number[] };
  certified: { central: number[]; provincial: number[] };
}

export function generateVoting(seed: number, province: string, year: number): VotingFigures {
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const registered = { central: GROUPS.map(() => int(1, 6)), provincial: GROUPS.map(() => int(8, 30)) };
  const certified = {
    central: registered.central.map((n) => int(0, n)),
    provincial: registered.provincial.map((n) => int(Math.floor(n / 2), n)),
  };
  return { province, year, registered, certified };
}

export interface ProductVotingOptions {
  /** Parents as live SUM formulas over their "Tr.đó" groups, as the template has them (default); typed otherwise. */
  formulas?: boolean;
}

/**
 * Layout L10 (real-layouts.md §2.5): Bến Tre's product-voting report, the only template with a complete
 * column-number row ("A | B | C | 1 | 2") and formulas: each indicator is the live SUM of its "Tr.đó" /
 * "- Nhóm …" children, written after it (additive "of which" rows, by the sheet's own formula). The period
 * parent "SPCNNTTB thực hiện Năm 2023" spans two rows over "Cấp trung ương | Cấp tỉnh" (levels of the
 * contest, not funds). Counts only: no money unit. The legend sits in a merged B20:D20.
 */
export function renderProductVoting(v: VotingFigures, options: ProductVotingOptions = {}): Rendered {
  const live = options.formulas !== false;
  const sheet = new CorpusSheet("Sheet1");
  title(sheet, "A1:E1", "BÁO CÁO KẾT QUẢ BÌNH CHỌN SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU ");
  sheet.merge("A2:E2");
  header(sheet, "A4:A6", "TT");
  header(sheet, "B4:B6", "Chỉ tiêu");
  header(sheet, "C4:C6", "Đơn vị tính");
  header(sheet, "D4:E5", `SPCNNTTB thực hiện Năm ${v.year}`);
  header(sheet, "D6", "Cấp trung ương");
  header(sheet, "E6", "Cấp tỉnh");
  const widths: Record<string, number> = { A: 7, B: 64, C: 12, D: 14, E: 14 };
  for (const [c, w] of Object.entries(widths)) sheet.width(c, w);
  const table = new TableKeyBuilder([4, 5, 6], "A", "E")
    .column("A", { kind: "no" })
    .column("B", { kind: "label" })
    .column("C", { kind: "unit" })
    .column("D", { kind: "count", measure: "indicator" })
    .column("E", { kind: "count", measure: "indicator" });
  ["A", "B", "C", "1", "2"].forEach((n, i) => sheet.set(`${"ABCDE"[i]}7`, n, { style: { italic: true, align: "center" } }));
  table.row(7, "columnNumbers");
  const block = (parentRow: number, no: number, label: string, counts: { central: number[]; provincial: number[] }) => {
    sheet.set(`A${parentRow}`, no, { style: { align: "center" } });
    sheet.set(`B${parentRow}`, label, { style: { bold: true, wrap: true } });
    sheet.set(`C${parentRow}`, "Sản phẩm");
    for (const col of ["D", "E"]) {
      const f = `SUM(${col}${parentRow + 1}:${col}${parentRow + 4})`;
      if (live) sheet.formula(`${col}${parentRow}`, f);
      else sheet.typed(`${col}${parentRow}`, f);
    }
    GROUPS.forEach((g, i) => {
      const r = parentRow + 1 + i;
      if (i === 0) sheet.set(`A${r}`, "Tr.đó", { style: { italic: true } });
      sheet.set(`B${r}`, g);
      sheet.set(`C${r}`, "Sản phẩm");
      sheet.set(`D${r}`, counts.central[i]);
      sheet.set(`E${r}`, counts.provincial[i]);
      table.row(r, "ofWhich");
    });
  };
  block(8, 1, "Số sản phẩm đăng ký tham gia bình chọn", v.registered);
  block(13, 2, "Tổng sản phẩm được cấp giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu", v.certified);
  sheet.boxes.push("A4:E17");
  text(sheet, "B20:D20", "Ghi chú:  - SPCNNTTB: Sản phẩm công nghiệp nông thôn tiêu biểu");
  const fileName = `${v.province} - Kết quả bình chọn SPCNNTTB ${v.year}.xlsx`;
  const province = provinceOfFile(fileName, v.province);
  return finish(
    live ? "L10" : "L10-typed",
    "L10 (real-layouts.md §2.5): product voting, full column-number row, parents as SUM of their 'Tr.đó' rows, counts only",
    fileName,
    [{ sheet, key: { status: "read", year: v.year, months: 12, ...(province ? { province } : {}), tables: [table.build(17)] } }],
  );
}
