/**
 * One file per province, as officers receive them: the South of 2025 (its 8 units after the merger of
 * 1/7/2025) and the 2024 reports of the 19 old provinces they were formed from, each in a layout provinces
 * really send (the layouts corpus renderers, test/layouts: KC's standard, the six-month implementation
 * report "Biểu 01", the two-year funding table), written by the corpus producers (ExcelJS, or a hand-written
 * package with inline strings). Deterministic: one seed per province. `npm run sample` writes them to
 * samples/khu-vuc-phia-nam-2025/; the demo and the tests summarise them.
 */
import { MoneyUnit } from "../src/core/numbers/units";
import { predecessorsOf, regionMembers } from "../src/core/provinces/units";
import { renderImplementationReport } from "../test/layouts/layouts/l13-implementation-report";
import { renderTwoYearFunding } from "../test/layouts/layouts/l13-two-year-funding";
import { renderStandard } from "../test/layouts/layouts/standard";
import { ReportFigures } from "../test/layouts/model/figures";
import { generateReport, TRIEU } from "../test/layouts/model/generate";
import { Rendered } from "../test/layouts/render/rendered";
import { produce, Producer } from "../test/layouts/writers/producers";

export interface ProvinceFile {
  /** The file's name (no folder): "2025 - Vĩnh Long - Bieu 01.xlsx". */
  name: string;
  province: string;
  year: number;
  layout: string;
  bytes: Buffer;
}

/** `grain`: amounts are multiples of this many triệu (a sheet in tỷ đồng with 2 decimals shows 10 triệu at most). */
type Layout = { id: string; render: (f: ReportFigures) => Rendered; producer: Producer; grain?: number };

const LAYOUTS: readonly Layout[] = [
  { id: "standard", render: (f) => renderStandard(f), producer: "exceljs" },
  { id: "L13", render: (f) => renderImplementationReport(f), producer: "exceljs" },
  { id: "L13-two-year", render: (f) => renderTwoYearFunding(f), producer: "inline" },
  { id: "standard-ty", render: (f) => renderStandard(f, { unit: "ty" as MoneyUnit }), producer: "exceljs", grain: 10 },
  { id: "L13-formulas", render: (f) => renderImplementationReport(f, { formulas: true }), producer: "exceljs" },
  { id: "standard-formulas", render: (f) => renderStandard(f, { formulas: true }), producer: "inline" },
];

/** A province's report of a year in the i-th layout, under a file name that says year, province and layout. */
async function provinceFile(province: string, year: number, i: number, seed: number, size = 1): Promise<ProvinceFile> {
  const layout = LAYOUTS[i % LAYOUTS.length];
  const grain = TRIEU.times(layout.grain ?? 1);
  const figures = generateReport({ seed, province, year, months: 12, projects: { KCQG: (2 + (seed % 3)) * size, KCDP: (3 + (seed % 4)) * size }, grain });
  const rendered = layout.render(figures);
  const bytes = await produce(rendered.workbook, layout.producer);
  return { name: `${year} - ${province} - ${layout.id}.xlsx`, province, year, layout: layout.id, bytes };
}

/**
 * The files of a region: its units' reports of `year` (on the boundaries of that year's end) and, with
 * `comparison`, the reports of the year before of every unit they were formed from. `leaveOut` names old
 * provinces whose comparison report is not sent (a merged province then lacks a predecessor).
 */
export async function regionFiles(options: { year?: number; comparison?: boolean; leaveOut?: readonly string[] } = {}): Promise<ProvinceFile[]> {
  const year = options.year ?? 2025;
  const units = regionMembers("south", "34");
  const files: ProvinceFile[] = [];
  // A new unit runs about as many projects as its predecessors did together.
  for (const [i, unit] of units.entries()) files.push(await provinceFile(unit.name, year, i, 2500 + Number(unit.code), predecessorsOf(unit).length));
  if (options.comparison ?? true) {
    const olds = units.flatMap((u) => predecessorsOf(u)).filter((u) => !(options.leaveOut ?? []).includes(u.name));
    for (const [i, old] of olds.entries()) files.push(await provinceFile(old.name, year - 1, i + 1, 2400 + Number(old.code)));
  }
  return files;
}
