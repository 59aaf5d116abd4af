/**
 * How many round trips the Office adapter makes to Excel, and how big they are, for workbooks of 1, 20
 * and 63 province sheets (plus one of 63 sheets of 400 projects each, well past a real region).
 * Measured against the fake Excel host of test/office (every `context.sync` counted, every response
 * and request sized as JSON), not timed: Excel's own latency per sync is what these counts multiply.
 */
import { readSnapshotIn } from "../src/adapters/office/read-snapshot";
import { writePlanIn } from "../src/adapters/office/write-plan";
import { createProvinceSheetIn } from "../src/adapters/office/province-sheet";
import { buildSummaryPlan } from "../src/core/summary/build-plan";
import { validateWorkbook } from "../src/core/validation/engine";
import { provinceWorkbook } from "../test/office/province-fixture";
import { machineLine, markdownTable, writeBenchSection } from "./report";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function measure(sheets: number, projects: number): Promise<(string | number)[]> {
  const fake = provinceWorkbook(sheets, projects);
  const { snapshot, stats } = await readSnapshotIn(fake.asContext());
  const readSyncs = fake.syncs;
  const largestRead = Math.max(...fake.syncRecords.map((r) => r.responseBytes));
  const cells = snapshot.sheets.reduce((n, s) => n + s.rowCount * s.colCount, 0);

  const plan = buildSummaryPlan(snapshot, validateWorkbook(snapshot), { lang: "vi" });
  const before = fake.syncs;
  const write = await writePlanIn(fake.asContext(), plan);
  const writeRecords = fake.syncRecords.slice(before);
  const largestWrite = Math.max(...writeRecords.map((r) => r.requestBytes));

  const created = fake.syncs;
  await createProvinceSheetIn(fake.asContext(), { province: "Cần Thơ", year: 2024, period: "Cả năm", unit: "triệu đồng" });
  const createSyncs = fake.syncs - created;

  return [
    sheets,
    projects,
    cells.toLocaleString("en"),
    readSyncs,
    stats.rangeLoads,
    `${kb(stats.plan.largestBatchBytes)} est. / ${kb(largestRead)} actual`,
    write.stats.syncs,
    kb(largestWrite),
    createSyncs,
  ];
}

export async function run(): Promise<void> {
  const rows = [];
  for (const [sheets, projects] of [
    [1, 40],
    [20, 40],
    [63, 40],
    [63, 400],
  ]) {
    rows.push(await measure(sheets, projects));
  }
  const table = markdownTable(
    [
      "Province sheets",
      "Projects per sheet",
      "Cells read",
      "Read syncs",
      "Range loads",
      "Largest read sync (response)",
      "Summary write syncs",
      "Largest write sync (request)",
      "New province sheet syncs",
    ],
    rows,
  );
  writeBenchSection(
    "office-syncs",
    `## Office adapter: syncs per operation\n\n${machineLine()}\n\nCounted against the fake Excel host (test/office/fake-excel.ts). Read: (1) sheet names, (2) used ranges, (3+) cells in row chunks grouped under a 4.5 MB estimate per sync (100 bytes per cell; Excel on the web refuses 5 MB). Write: (1) names, (2) markers of the tabs it would replace, (3) all cells, formats, links and the chart with calculation and screen updating suspended, (4) recalculation.\n\n${table}\n`,
  );
  process.stdout.write(`${table}\n`);
}

if (require.main === module) void run();
