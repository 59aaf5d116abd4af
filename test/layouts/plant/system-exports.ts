import { ReportFigures } from "../model/figures";
import { buildProjectsTwoParentsSheet } from "../layouts/l08-projects-two-parents";
import { L9_SHEETS, renderSheetPerFund } from "../layouts/l09-sheet-per-fund";
import { DONG } from "../render/kit";
import { finish, Rendered } from "../render/rendered";

/**
 * Header/content contradictions that shipped systems write (real-layouts.md §2.3, §2.4): the same figures
 * rendered correctly (the clean twin) and as the system writes them (planted), with the header cell the
 * finding belongs on and the cells that differ.
 */
export interface Twins {
  clean: Rendered;
  planted: Rendered;
}

/**
 * L9 as Bến Tre's export fills it: column D holds each project's total cost in đồng under "Kinh phí hỗ
 * trợ⏎(tỷ đồng)", and the TW sheet's beneficiaries are empty. One contradiction per sheet, on D3.
 */
export function exportedSheetPerFund(figures: ReportFigures): Twins {
  const fileName = "QuanlyBaoCaoDuAnKhuyenCong.xlsx";
  const clean = renderSheetPerFund(figures, { fileName });
  clean.id = "L9-system";
  const planted = renderSheetPerFund(figures, { fileName, exported: true });
  for (const fund of ["KCDP", "KCQG"] as const) {
    const name = L9_SHEETS[fund];
    planted.key.planted.push({ sheet: name, cell: "D3", kind: "header-contradiction", note: "total cost in đồng under 'Kinh phí hỗ trợ (tỷ đồng)'" });
    const rows = figures.projects.filter((p) => p.fund === fund).length;
    for (let r = 4; r < 4 + rows; r++) {
      planted.changed.push(`${name}!D${r}`);
      if (fund === "KCQG") planted.changed.push(`${name}!E${r}`);
    }
  }
  planted.id = "L9-system+export";
  return { clean, planted };
}

/**
 * L8 filled from the import file without converting: the amounts in đồng under headers that say
 * "(triệu đồng)". The contradiction belongs on D2, the first header cell that states the unit (F2 says it too).
 */
export function projectsInDongUnderTrieu(figures: ReportFigures, clean: Rendered): Twins {
  const { sheet, key } = buildProjectsTwoParentsSheet(figures.projects, DONG, false);
  const original = clean.key.sheets[sheet.name];
  if (original.year !== undefined) key.year = original.year;
  if (original.province !== undefined) key.province = original.province;
  const planted = finish(`${clean.id}+dong`, clean.title, clean.workbook.fileName, [{ sheet, key }]);
  planted.key.planted.push({ sheet: sheet.name, cell: "D2", kind: "header-contradiction", note: "amounts in đồng under '(triệu đồng)' headers (D2 and F2)" });
  figures.projects.forEach((_, i) => {
    for (const col of ["D", "E", "F", "G", "H"]) planted.changed.push(`${sheet.name}!${col}${4 + i}`);
  });
  return { clean, planted };
}
