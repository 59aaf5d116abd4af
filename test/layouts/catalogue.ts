import { Decimal } from "../../src/core/numbers/decimal-config";
import { renderProjectListForm } from "./layouts/l01-project-list-form";
import { renderPlanByActivity } from "./layouts/l02-plan-by-activity";
import { renderSupportByActivity } from "./layouts/l03-support-by-activity";
import { renderSettlement } from "./layouts/l04-settlement";
import { renderProjectResults } from "./layouts/l05-project-results";
import { renderResultsIndicators } from "./layouts/l06-results-indicators";
import { renderFundingByActivity } from "./layouts/l07-funding-by-activity";
import { renderImportFile } from "./layouts/l08-import-file";
import { renderProjectsTwoParents } from "./layouts/l08-projects-two-parents";
import { renderSheetPerFund } from "./layouts/l09-sheet-per-fund";
import { generateVoting, renderProductVoting } from "./layouts/l10-product-voting";
import { renderPlanAnnex } from "./layouts/l11-plan-annex";
import { renderBatchDecision } from "./layouts/l12-batch-decision";
import { renderImplementationReport } from "./layouts/l13-implementation-report";
import { renderTwoYearFunding } from "./layouts/l13-two-year-funding";
import { renderNationalList } from "./layouts/l14-national-list";
import { renderRegionalAnnex } from "./layouts/l15-regional-annex";
import { renderNotAReport } from "./layouts/not-a-report";
import { renderStandard } from "./layouts/standard";
import { ReportFigures } from "./model/figures";
import { generateReport, TRIEU } from "./model/generate";
import { dakLakPlan2020, dongThapBatch3, lamDong2017, nationalList2024, southRegion2024 } from "./model/published";
import {
  plantCapExceeded,
  plantColumnIdentity,
  plantCompletionMismatch,
  plantCompletionWrongPlan,
  plantEmptyTotal,
  plantFormulaOneColumnOff,
  plantFundSwap,
  plantIdentityMismatch,
  plantSubtotalMismatch,
  plantSubtotalTypedOverSum,
  plantSumOneRowShort,
  plantTextNumber,
  plantTotalMismatch,
  Where,
} from "./plant/plants";
import { exportedSheetPerFund, projectsInDongUnderTrieu } from "./plant/system-exports";
import { Rendered } from "./render/rendered";
import { Producer } from "./writers/producers";

/**
 * The fixed catalogue of the layouts corpus: for every layout a clean workbook, and planted twins whose
 * every error is listed in their key. Deterministic: the same seeds give the same files on every run.
 */
export interface CorpusEntry {
  /** Unique; the file's base name when the corpus is written out. */
  id: string;
  rendered: Rendered;
  /** The producer the .xlsx is written with (the in-memory snapshot does not depend on it). */
  producer: Producer;
  /** For a planted workbook: the id of its clean twin (also in the catalogue). */
  twin?: string;
}

/** The figures the catalogue draws on, by name, so a test can render the same figures in other layouts. */
export function corpusFigures() {
  return {
    dakNong2023: generateReport({ seed: 201, province: "Đắk Nông", year: 2023, months: 12, projects: { KCQG: 3, KCDP: 7 } }),
    binhDuong2023: generateReport({ seed: 202, province: "Bình Dương", year: 2023, months: 12, projects: { KCQG: 3, KCDP: 6 }, grain: TRIEU.times(10) }),
    hauGiang2024: generateReport({ seed: 101, province: "Hậu Giang", year: 2024, months: 12, projects: { KCQG: 4, KCDP: 8 } }),
    quangNam2024: generateReport({
      seed: 102,
      province: "Quảng Nam",
      year: 2024,
      months: 12,
      projects: { KCQG: 7, KCDP: 2 },
      activities: { KCQG: [10, 10, 9, 1, 18, 5, 11] },
    }),
    binhDinh2024: generateReport({ seed: 103, province: "Bình Định", year: 2024, months: 9, projects: { KCQG: 4, KCDP: 10 } }),
    thaiNguyen2023: generateReport({ seed: 104, province: "Thái Nguyên", year: 2023, months: 12, projects: { KCQG: 6, KCDP: 1 } }),
    dakNong2022: generateReport({ seed: 105, province: "Đắk Nông", year: 2022, months: 12, projects: { KCQG: 3, KCDP: 7 }, grain: new Decimal(100_000) }),
    benTre2023: generateReport({
      seed: 106,
      province: "Bến Tre",
      year: 2023,
      months: 12,
      projects: { KCQG: 3, KCDP: 8 },
      activities: { KCQG: [10, 9, 12], KCDP: [1, 2, 5, 10, 13, 14, 18, 19] },
    }),
    khanhHoa2023: generateReport({ seed: 111, province: "Khánh Hòa", year: 2023, months: 12, projects: { KCQG: 4, KCDP: 9 } }),
    vinhLong2023: generateReport({ seed: 113, province: "Vĩnh Long", year: 2023, months: 8, projects: { KCQG: 3, KCDP: 6 } }),
    dakLak2020: dakLakPlan2020(),
    lamDong2017: lamDong2017(),
    dongThap2021: dongThapBatch3(),
    north2024: nationalList2024(["Thái Nguyên", "Bắc Kạn", "Hoà Bình", "Phú Thọ"]),
    south2024: southRegion2024(),
  };
}

let cached: CorpusEntry[] | undefined;

/** Every workbook of the corpus, clean ones and planted twins. Built once per process. */
export function corpus(): CorpusEntry[] {
  cached ??= buildCorpus();
  return cached;
}

export function corpusEntry(id: string): CorpusEntry {
  const entry = corpus().find((e) => e.id === id);
  if (!entry) throw new Error(`No corpus entry ${id}`);
  return entry;
}

/** The clean entries (no planted error). */
export function cleanEntries(): CorpusEntry[] {
  return corpus().filter((e) => e.twin === undefined);
}

/** The planted entries with their clean twins. */
export function plantedEntries(): { entry: CorpusEntry; twin: CorpusEntry }[] {
  return corpus()
    .filter((e) => e.twin !== undefined)
    .map((entry) => ({ entry, twin: corpusEntry(entry.twin!) }));
}

type Plant = (r: Rendered, where?: Where) => Rendered;

function buildCorpus(): CorpusEntry[] {
  const f = corpusFigures();
  const entries: CorpusEntry[] = [];
  const clean = (rendered: Rendered, producer: Producer = "exceljs"): Rendered => {
    entries.push({ id: rendered.id, rendered, producer });
    return rendered;
  };
  const planted = (twin: Rendered, name: string, plants: [Plant, Where?][], producer: Producer = "exceljs"): void => {
    let r = twin;
    for (const [plant, where] of plants) r = plant(r, where ?? {});
    r.id = `${twin.id}+${name}`;
    entries.push({ id: r.id, rendered: r, producer, twin: twin.id });
  };

  // KC's own standard.
  const standard = clean(renderStandard(f.dakNong2023));
  planted(standard, "arithmetic", [[plantTotalMismatch], [plantIdentityMismatch, { pick: 1 }], [plantTextNumber], [plantCompletionMismatch]]);
  planted(standard, "cap", [[plantCapExceeded], [plantIdentityMismatch, { pick: 4 }]]);
  const standardFormulas = clean(renderStandard(f.dakNong2023, { formulas: true }));
  planted(standardFormulas, "review", [[plantSubtotalTypedOverSum], [plantSumOneRowShort], [plantCompletionWrongPlan]], "exceljs-prefixed");
  clean(renderStandard(f.binhDuong2023, { unit: "ty" }));

  // L1–L5: official forms copied by hand.
  const l1 = clean(renderProjectListForm(f.hauGiang2024));
  planted(l1, "planted", [[plantIdentityMismatch, { pick: 2 }], [plantTotalMismatch, { pick: 1 }], [plantTextNumber]]);
  const l2 = clean(renderPlanByActivity(f.quangNam2024));
  planted(l2, "planted", [[plantSubtotalMismatch, { pick: 1 }], [plantCapExceeded]]);
  const l3 = clean(renderSupportByActivity(f.binhDinh2024), "inline-prefixed");
  planted(l3, "planted", [[plantColumnIdentity, { pick: 1 }], [plantTotalMismatch]], "inline-prefixed");
  const l4 = clean(renderSettlement(f.thaiNguyen2023));
  planted(l4, "planted", [[plantIdentityMismatch, { pick: 1 }], [plantTextNumber]]);
  const l5 = clean(renderProjectResults(f.dakNong2022));
  planted(l5, "planted", [
    [plantTotalMismatch, { pick: 2 }],
    [plantTextNumber, { pick: 1 }],
  ]);

  // L6–L10: Bến Tre's templates and exports.
  clean(renderResultsIndicators(f.benTre2023));
  const l6l7 = clean(renderResultsIndicators(f.benTre2023, { withFunding: true }));
  planted(l6l7, "export", [
    [plantFundSwap, { sheet: "Kết quả" }],
    [plantEmptyTotal, { sheet: "Kết quả" }],
    [plantEmptyTotal, { sheet: "Kinh phí" }],
  ]);
  const l7 = clean(renderFundingByActivity(f.benTre2023));
  planted(l7, "planted", [[plantTotalMismatch, { pick: 1 }], [plantTextNumber]]);
  const l7bare = clean(renderFundingByActivity(f.benTre2023, { unitColumn: false, fileName: "baocaokinhphikhuyencong.xlsx" }), "exceljs-prefixed");
  planted(l7bare, "export", [[plantEmptyTotal]], "exceljs-prefixed");
  const l8 = clean(renderProjectsTwoParents(f.benTre2023));
  planted(l8, "planted", [[plantIdentityMismatch, { pick: 3 }]]);
  const dong = projectsInDongUnderTrieu(f.benTre2023, l8);
  entries.push({ id: dong.planted.id, rendered: dong.planted, producer: "exceljs", twin: l8.id });
  clean(renderProjectsTwoParents(f.benTre2023, { flipped: true }), "inline");
  clean(renderImportFile(f.benTre2023));
  clean(renderImportFile(f.benTre2023, { fundCodes: "number" }), "inline");
  clean(renderSheetPerFund(f.benTre2023));
  const system = exportedSheetPerFund(f.benTre2023);
  clean(system.clean, "exceljs-prefixed");
  entries.push({ id: system.planted.id, rendered: system.planted, producer: "exceljs-prefixed", twin: system.clean.id });
  const l10 = clean(renderProductVoting(generateVoting(2023, "Bến Tre", 2023)));
  planted(l10, "review", [[plantSubtotalTypedOverSum], [plantSumOneRowShort, { pick: 2 }]]);

  // L11–L13: provincial decisions and reports.
  const l11 = clean(renderPlanAnnex(f.dakLak2020));
  planted(l11, "planted", [
    [plantSubtotalMismatch, { pick: 4 }],
    [plantCapExceeded, { pick: 2 }],
    [plantIdentityMismatch, { pick: 9 }],
  ]);
  const l11f = clean(renderPlanAnnex(f.dakLak2020, { formulas: true }));
  planted(l11f, "review", [[plantSumOneRowShort, { pick: 3 }], [plantFormulaOneColumnOff], [plantSubtotalTypedOverSum, { pick: 7 }]]);
  const l11funds = clean(renderPlanAnnex(f.khanhHoa2023, { byFund: true }));
  planted(l11funds, "planted", [
    [plantSubtotalMismatch, { pick: 4 }],
    [plantTotalMismatch, { pick: 1 }],
  ]);
  const { figures: dongThap, stopped } = f.dongThap2021;
  const l12 = clean(renderBatchDecision(dongThap, stopped));
  planted(l12, "planted", [
    [plantIdentityMismatch, { pick: 3 }],
    [plantTotalMismatch, { pick: 1 }],
  ]);
  const l13 = clean(renderImplementationReport(f.lamDong2017));
  planted(l13, "planted", [
    [plantCompletionMismatch, { pick: 2 }],
    [plantTotalMismatch, { pick: 1 }],
  ]);
  const l13f = clean(renderImplementationReport(f.lamDong2017, { formulas: true }));
  planted(l13f, "review", [[plantCompletionWrongPlan], [plantFormulaOneColumnOff, { pick: 1 }]]);
  const twoYear = clean(renderTwoYearFunding(f.vinhLong2023));
  planted(twoYear, "planted", [[plantCompletionMismatch, { pick: 4 }]]);

  // L14–L15: the ministry's list and the regional annex.
  const l14 = clean(renderNationalList(f.north2024));
  planted(l14, "planted", [[plantSubtotalMismatch, { pick: 2 }], [plantIdentityMismatch]]);
  const l15 = clean(renderRegionalAnnex(f.south2024));
  planted(l15, "planted", [[plantColumnIdentity], [plantCompletionMismatch, { pick: 5 }], [plantTotalMismatch, { pick: 3 }]]);
  const l15f = clean(renderRegionalAnnex(f.south2024, { formulas: true }));
  planted(l15f, "review", [[plantCompletionWrongPlan, { pick: 1 }], [plantFormulaOneColumnOff], [plantSumOneRowShort, { pick: 1 }]]);
  const l15flipped = clean(renderRegionalAnnex(f.south2024, { flipped: true }), "inline-prefixed");
  planted(l15flipped, "planted", [[plantCompletionMismatch], [plantColumnIdentity, { pick: 7 }]], "inline-prefixed");

  clean(renderNotAReport("Bến Tre", 2023));
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new Error(`Two corpus entries are called ${e.id}`);
    ids.add(e.id);
  }
  return entries;
}

/** The project-bearing layouts that can show any province report's figures, for "same figures, any layout" tests. */
export function renderEveryLayout(figures: ReportFigures): Rendered[] {
  return [
    renderStandard(figures),
    renderStandard(figures, { formulas: true }),
    renderProjectListForm(figures),
    renderSupportByActivity(figures),
    renderProjectResults(figures),
    renderProjectsTwoParents(figures),
    renderProjectsTwoParents(figures, { flipped: true }),
    renderSheetPerFund(figures),
    renderFundingByActivity(figures),
    renderPlanAnnex(figures, { byFund: true }),
    renderPlanAnnex(figures, { byFund: true, formulas: true }),
  ];
}
