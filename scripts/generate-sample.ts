/**
 * `npm run sample`: writes samples/khu-vuc-phia-nam-2023.xlsx, a regional workbook of southern
 * provinces (pre-2025 names), most in the province sheet standard and three in the layouts provinces
 * really send (docs/layouts.md), with a notes sheet and a handful of deliberate mistakes listed in
 * docs/sample.md. Deterministic: a seeded PRNG drives every figure.
 */
import { mkdirSync, rmSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";
import ExcelJS from "exceljs";
import { composeProvinceSheet, ProvinceSheetInput, CellInput } from "../src/core/standard/compose";
import { MoneyUnit } from "../src/core/numbers/units";
import { formatNumber } from "../src/core/numbers/format-vi";
import { writeProvinceWorksheet } from "./exceljs-province-sheet";
import { prng } from "./prng";
import { regionFiles } from "./region-files";
import { writeDecisionAnnexInDong, writePlanAnnexByFund, writeReportWithTwoTables } from "./sample-layouts";

// Compiled to lib/scripts/, run from scripts/ by ts-jest: the repository root is one or two levels up.
const ROOT = join(__dirname, basename(dirname(__dirname)) === "lib" ? "../.." : "..");
export const SAMPLE_PATH = join(ROOT, "samples", "khu-vuc-phia-nam-2023.xlsx");

interface ProvinceSpec {
  name: string;
  code: string;
  unit?: MoneyUnit;
  /** How amounts are shown: number format decimals (the reader takes precision from them). */
  decimals?: number;
  /** Completion written as General percentage points (88.41) instead of a % format. */
  completionPoints?: boolean;
  /** Project amounts typed as Vietnamese text ("1.250"). */
  textNumbers?: boolean;
  /** Total row as SUM formulas with cached results. */
  formulas?: boolean;
  /** KCĐP funds planned but not yet allocated to projects (triệu). */
  unallocated?: number;
  /** A layout provinces really send instead of the standard (scripts/sample-layouts.ts). */
  layout?: "report" | "annex-by-fund" | "annex-dong";
}

// The provinces of the "khu vực phía Nam" conference, from Ninh Thuận, Bình Thuận, Lâm Đồng, Đắk Lắk,
// Đắk Nông southwards (names before the 2025 merger).
const PROVINCES: ProvinceSpec[] = [
  { name: "Ninh Thuận", code: "NT" },
  { name: "Bình Thuận", code: "BTh", formulas: true },
  { name: "Lâm Đồng", code: "LĐ", unallocated: 340 },
  { name: "Đắk Lắk", code: "ĐL", decimals: 1 },
  { name: "Đắk Nông", code: "ĐNo" },
  { name: "Bình Phước", code: "BP", formulas: true },
  { name: "Tây Ninh", code: "TN" },
  { name: "Bình Dương", code: "BD", unit: "ty" },
  { name: "Đồng Nai", code: "ĐN", decimals: 1 },
  { name: "Bà Rịa - Vũng Tàu", code: "BRVT" },
  { name: "TP. Hồ Chí Minh", code: "HCM", unit: "ty" },
  { name: "Long An", code: "LA", formulas: true },
  { name: "Tiền Giang", code: "TG" },
  { name: "Bến Tre", code: "BTr", layout: "report" },
  { name: "Trà Vinh", code: "TV", textNumbers: true },
  { name: "Vĩnh Long", code: "VL", layout: "annex-by-fund" },
  { name: "Đồng Tháp", code: "ĐT", layout: "annex-dong" },
  { name: "An Giang", code: "AG" },
  { name: "Kiên Giang", code: "KG", decimals: 1 },
  { name: "Cần Thơ", code: "CT" },
  { name: "Hậu Giang", code: "HG" },
  { name: "Sóc Trăng", code: "ST" },
  { name: "Cà Mau", code: "CM" },
];

interface ActivityShape {
  code: string;
  weight: number;
  total: [number, number];
  /** Share of the total the programme pays, and the cap per unit (triệu) when one applies. */
  share: number;
  cap?: number;
  perBeneficiary?: boolean;
  names: string[];
}

const ACTIVITY_SHAPES: ActivityShape[] = [
  {
    code: "MMTB",
    weight: 40,
    total: [400, 1500],
    share: 0.5,
    cap: 300,
    perBeneficiary: true,
    names: [
      "Ứng dụng máy sấy cà phê",
      "Ứng dụng máy chế biến hạt điều",
      "Ứng dụng máy xay xát gạo",
      "Ứng dụng máy dệt chiếu",
      "Ứng dụng thiết bị chế biến thủy sản",
      "Ứng dụng máy sản xuất gạch không nung",
      "Ứng dụng máy chế biến trái cây sấy",
      "Ứng dụng thiết bị sản xuất nước mắm",
      "Ứng dụng máy chế biến gỗ",
    ],
  },
  {
    code: "MH",
    weight: 6,
    total: [1800, 4000],
    share: 0.3,
    cap: 1000,
    names: ["Mô hình trình diễn kỹ thuật chế biến cà phê bột", "Mô hình trình diễn sản xuất bánh tráng", "Mô hình trình diễn chế biến dừa"],
  },
  {
    code: "DCCN",
    weight: 5,
    total: [800, 2000],
    share: 0.5,
    cap: 450,
    perBeneficiary: true,
    names: ["Ứng dụng dây chuyền sản xuất thức ăn chăn nuôi", "Ứng dụng dây chuyền đóng gói nông sản"],
  },
  { code: "DT", weight: 10, total: [40, 150], share: 1, names: ["Đào tạo nghề đan lát lục bình", "Truyền nghề dệt thổ cẩm", "Đào tạo nghề mây tre đan"] },
  { code: "TTTT", weight: 8, total: [50, 200], share: 1, names: ["Thông tin tuyên truyền khuyến công", "Xây dựng chuyên mục khuyến công trên truyền hình"] },
  { code: "HNHT", weight: 8, total: [30, 150], share: 0.8, names: ["Hội thảo sản xuất sạch hơn", "Tham quan khảo sát mô hình khuyến công"] },
  { code: "BCSP", weight: 5, total: [100, 200], share: 1, cap: 200, names: ["Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh"] },
  { code: "HCTN", weight: 5, total: [50, 300], share: 0.7, names: ["Tham gia hội chợ triển lãm hàng công nghiệp nông thôn"] },
  { code: "NLQL", weight: 5, total: [30, 100], share: 1, names: ["Nâng cao năng lực quản lý cho cán bộ khuyến công"] },
  { code: "PTB", weight: 4, total: [100, 300], share: 0.5, names: ["Hỗ trợ phòng trưng bày giới thiệu sản phẩm"] },
];

const STATUSES = ["Hoàn thành", "Hoàn thành", "Hoàn thành", "Đang thực hiện"];

interface Project {
  code: string;
  name: string;
  source: string;
  activity: string;
  beneficiaries: number;
  total: number;
  support: number;
  counterpart: number;
  status: string;
}

const roundTo = (x: number, step: number) => Math.round(x / step) * step;
const fix = (x: number, d: number) => Number(x.toFixed(d));

function pick<T>(rand: () => number, list: T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function pickShape(rand: () => number): ActivityShape {
  const total = ACTIVITY_SHAPES.reduce((s, a) => s + a.weight, 0);
  let r = rand() * total;
  for (const a of ACTIVITY_SHAPES) if ((r -= a.weight) < 0) return a;
  return ACTIVITY_SHAPES[0];
}

function makeProjects(rand: () => number, spec: ProvinceSpec, step: number): Project[] {
  const count = 7 + Math.floor(rand() * 9);
  const projects: Project[] = [];
  for (let i = 0; i < count; i++) {
    const shape = pickShape(rand);
    const beneficiaries = shape.perBeneficiary ? 1 + Math.floor(rand() * 3) : 1;
    const total = roundTo(shape.total[0] + rand() * (shape.total[1] - shape.total[0]), step * 5) * (shape.perBeneficiary ? Math.min(beneficiaries, 2) : 1);
    let support = roundTo(total * shape.share * (shape.share < 1 ? 0.8 + rand() * 0.2 : 1), step);
    if (shape.cap) support = Math.min(support, shape.cap * (shape.perBeneficiary ? beneficiaries : 1));
    support = fix(Math.min(support, total), 1);
    const national = (shape.code === "MMTB" || shape.code === "MH" || shape.code === "DCCN") && rand() < 0.45;
    projects.push({
      code: `${spec.code}-2023-${String(i + 1).padStart(2, "0")}`,
      name: pick(rand, shape.names),
      source: national ? "KCQG" : "KCĐP",
      activity: shape.code,
      beneficiaries,
      total: fix(total, 1),
      support,
      counterpart: fix(total - support, 1),
      status: pick(rand, STATUSES),
    });
  }
  return projects;
}

type Row = Record<string, CellInput>;

/** The province's sheet as the standard's input, before any deliberate mistake. */
function provinceInput(rand: () => number, spec: ProvinceSpec, adjust?: (projects: Project[]) => void): ProvinceSheetInput {
  const unit = spec.unit ?? "trieu";
  const step = spec.decimals === 1 ? 0.5 : 1;
  const projects = makeProjects(rand, spec, step);
  adjust?.(projects);
  const k = unit === "ty" ? 0.001 : 1;
  const amountDecimals = unit === "ty" ? 4 : (spec.decimals ?? 0);
  const amountFormat = amountDecimals === 0 ? "#,##0" : `#,##0.${"0".repeat(amountDecimals)}`;
  const amount = (x: number, asText = false): CellInput => {
    const v = fix(x * k, amountDecimals);
    if (asText) return formatNumber(v, amountDecimals, "vi");
    return { value: v, format: amountFormat };
  };
  const sum = (fund: string) => projects.filter((p) => p.source === fund).reduce((s, p) => s + p.support, 0);
  const rows: Row[] = [];
  const fundRows = ["KCQG", "KCĐP"].map((fund) => {
    const plan = fix(sum(fund) + (fund === "KCĐP" ? (spec.unallocated ?? 0) : 0), 1);
    const actual = fix(roundTo(plan * (0.78 + rand() * 0.22), step), 1);
    return {
      fund,
      plan,
      actual,
      same: fix(roundTo(actual * (0.8 + rand() * 0.35), step), 1),
      previous: fix(roundTo(plan * (0.85 + rand() * 0.3), step * 10), 1),
    };
  });
  const completion = (actual: number, plan: number): CellInput => {
    const shownActual = fix(actual * k, amountDecimals);
    const shownPlan = fix(plan * k, amountDecimals);
    const fraction = shownPlan === 0 ? 0 : shownActual / shownPlan;
    return spec.completionPoints ? { value: fix(fraction * 100, 2), format: "General" } : { value: fix(fraction, 4), format: "0.00%" };
  };
  for (const r of fundRows) {
    rows.push({
      source: r.fund,
      plan: amount(r.plan),
      actual: amount(r.actual),
      completion: completion(r.actual, r.plan),
      sameLastYear: amount(r.same),
      previousPlan: amount(r.previous),
    });
  }
  const totals = {
    plan: fundRows.reduce((s, r) => s + r.plan, 0),
    actual: fundRows.reduce((s, r) => s + r.actual, 0),
    same: fundRows.reduce((s, r) => s + r.same, 0),
    previous: fundRows.reduce((s, r) => s + r.previous, 0),
  };
  const totalCell = (x: number, col: string): CellInput => {
    const a = amount(x);
    if (!spec.formulas || typeof a !== "object" || a === null || !("value" in a)) return a;
    return { ...a, formula: `SUM(${col}10:${col}11)` };
  };
  rows.push({
    source: "Tổng cộng",
    plan: totalCell(totals.plan, "B"),
    actual: totalCell(totals.actual, "C"),
    completion: completion(totals.actual, totals.plan),
    sameLastYear: totalCell(totals.same, "E"),
    previousPlan: totalCell(totals.previous, "F"),
  });
  const projectRows: Row[] = projects.map((p, i) => ({
    no: i + 1,
    code: p.code,
    name: p.name,
    source: p.source,
    activity: p.activity,
    beneficiaries: p.beneficiaries,
    // Where a province types numbers as text, its first projects carry them ("1.250").
    total: amount(p.total, spec.textNumbers && i < 2),
    support: amount(p.support, spec.textNumbers && i < 2),
    counterpart: amount(p.counterpart, spec.textNumbers && i < 2),
    status: p.status,
  }));
  return { province: spec.name, year: 2023, period: "Cả năm", unit, funding: rows, projects: projectRows };
}

/**
 * A deliberate mistake: the sheet and the rule it breaks. `projects` changes the projects before the
 * funding table is built from them (the province planned what it approved); `sheet` changes the sheet
 * as typed. docs/sample.md lists them.
 */
interface Mistake {
  province: string;
  rule: string;
  projects?: (projects: Project[]) => void;
  sheet?: (input: ProvinceSheetInput) => void;
}

const project = (input: ProvinceSheetInput, i: number) => input.projects![i] as Row;
const valueOf = (c: CellInput) => (typeof c === "object" && c !== null && "value" in c ? (c.value as number) : (c as number));
const setValue = (row: Row, key: string, value: number) => {
  const c = row[key];
  row[key] = typeof c === "object" && c !== null && "value" in c ? { ...c, value } : value;
};
/** The first project of an activity, or the first project made into one. */
function projectOf(projects: Project[], activities: string[]): Project {
  const found = projects.find((p) => activities.includes(p.activity));
  if (found) return found;
  projects[0].activity = activities[0];
  return projects[0];
}

export const MISTAKES: Mistake[] = [
  // A project total that is not support + counterpart.
  { province: "Bình Thuận", rule: "calc/project-total", sheet: (input) => setValue(project(input, 2), "total", valueOf(project(input, 2).total) + 10) },
  // A funding total row off the sum of its sources (a figure typed over the formula).
  {
    province: "Tiền Giang",
    rule: "calc/total-row",
    sheet: (input) => {
      const total = input.funding![2] as Row;
      const actual = valueOf(total.actual) + 100;
      setValue(total, "actual", actual);
      setValue(total, "completion", fix(actual / valueOf(total.plan), 4));
    },
  },
  // A stated completion that actual / plan cannot give.
  { province: "An Giang", rule: "calc/completion", sheet: (input) => setValue(input.funding![1] as Row, "completion", 0.9534) },
  // Machinery support above 300 triệu for its single beneficiary (KCQG, TT 28/2018).
  {
    province: "Long An",
    rule: "cap/amount",
    projects: (projects) => Object.assign(projectOf(projects, ["MMTB"]), { source: "KCQG", beneficiaries: 1, total: 900, support: 350, counterpart: 550 }),
  },
  // A demonstration model paid above 30% of its cost.
  {
    province: "Kiên Giang",
    rule: "cap/percent",
    projects: (projects) =>
      Object.assign(projectOf(projects, ["MH", "HNHT", "DT"]), {
        activity: "MH",
        source: "KCQG",
        beneficiaries: 1,
        total: 2000,
        support: 700,
        counterpart: 1300,
      }),
  },
  // A training project typed in đồng in a triệu đồng sheet (the plan, in triệu, then misses it too).
  {
    province: "Hậu Giang",
    rule: "unit/suspect-scale",
    sheet: (input) => {
      const i = input.projects!.findIndex((r) => ["DT", "TTTT", "NLQL", "HNHT"].includes((r as Row).activity as string));
      const row = project(input, Math.max(i, 0));
      for (const key of ["total", "support", "counterpart"]) setValue(row, key, valueOf(row[key]) * 1_000_000);
    },
  },
  // A section subtotal of a plan annex typed above its projects' sum (written in scripts/sample-layouts.ts).
  { province: "Vĩnh Long", rule: "calc/total-row" },
  // A beneficiary sub-row of a decision annex whose total cost is not support + counterpart (idem).
  { province: "Đồng Tháp", rule: "calc/project-total" },
  // The same project code twice.
  { province: "Cà Mau", rule: "dup/project-code", sheet: (input) => (project(input, 4).code = project(input, 1).code) },
  // An activity that is not a khuyến công activity.
  { province: "Sóc Trăng", rule: "enum/activity", sheet: (input) => (project(input, 3).activity = "Khuyến nông") },
];

function notesSheet(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet("Ghi chú");
  const lines = [
    "TỔNG HỢP BÁO CÁO KHUYẾN CÔNG CÁC TỈNH, THÀNH PHỐ KHU VỰC PHÍA NAM NĂM 2023",
    "Dữ liệu mẫu do scripts/generate-sample.ts sinh ra (số liệu minh họa, không phải số liệu chính thức).",
    "Mỗi sheet tỉnh theo Biểu mẫu báo cáo khuyến công cấp tỉnh; đơn vị tính ghi ở đầu từng sheet.",
    "Bình Dương và TP. Hồ Chí Minh báo cáo theo tỷ đồng, các tỉnh khác theo triệu đồng.",
    "Tổng cộng 2023: xem các bảng tổng hợp TH_KinhPhi, TH_NoiDung sau khi chạy tổng hợp.",
  ];
  lines.forEach((text, i) => (ws.getCell(i + 1, 1).value = text));
  ws.getCell(1, 1).font = { bold: true };
  ws.getColumn(1).width = 100;
}

/** Builds the sample workbook in memory. */
export function buildSampleWorkbook(seed = 2023): ExcelJS.Workbook {
  const rand = prng(seed);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "KC sample generator";
  workbook.created = new Date(Date.UTC(2024, 0, 15));
  workbook.modified = new Date(Date.UTC(2024, 0, 15));
  notesSheet(workbook);
  for (const spec of PROVINCES) {
    const mistakes = MISTAKES.filter((x) => x.province === spec.name);
    const input = provinceInput(rand, spec, (projects) => mistakes.forEach((m) => m.projects?.(projects)));
    mistakes.forEach((m) => m.sheet?.(input));
    if (spec.layout === "report") writeReportWithTwoTables(workbook, spec.name, input);
    else if (spec.layout === "annex-by-fund") writePlanAnnexByFund(workbook, spec.name, input, mistakes.length > 0);
    else if (spec.layout === "annex-dong") writeDecisionAnnexInDong(workbook, spec.name, input, mistakes.length > 0);
    else writeProvinceWorksheet(workbook, spec.name, composeProvinceSheet(input));
  }
  return workbook;
}

/** The South of 2025 as separate province files, with the 2024 reports of the provinces it was formed from (docs/sample.md). */
export const REGION_FOLDER = join(ROOT, "samples", "khu-vuc-phia-nam-2025");

async function main(): Promise<void> {
  const buffer = Buffer.from(await buildSampleWorkbook().xlsx.writeBuffer());
  mkdirSync(dirname(SAMPLE_PATH), { recursive: true });
  writeFileSync(SAMPLE_PATH, buffer);
  process.stdout.write(`${SAMPLE_PATH} (${PROVINCES.length} province sheets, ${buffer.length} bytes)\n`);
  rmSync(REGION_FOLDER, { recursive: true, force: true });
  mkdirSync(REGION_FOLDER, { recursive: true });
  const files = await regionFiles();
  for (const f of files) writeFileSync(join(REGION_FOLDER, f.name), f.bytes);
  process.stdout.write(`${REGION_FOLDER} (${files.length} province files)\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
