import ExcelJS from "exceljs";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { writeProvinceWorksheet } from "../../scripts/exceljs-province-sheet";
import { composeProvinceSheet, ProvinceSheetInput } from "../../src/core/standard/compose";
import { WorkbookSnapshot } from "../../src/core/workbook/snapshot";

/** A province sheet to put in a test workbook: its worksheet name and what the standard sheet holds. */
export interface ProvinceFixture {
  sheet: string;
  input: ProvinceSheetInput;
}

type Row = [source: string, plan: number, actual: number, same?: number, previous?: number];

/** Funding rows KCQG, KCĐP and (when asked) a total row of formulas, as a province types them. */
export function fundingRows(rows: Row[]): ProvinceSheetInput["funding"] {
  return rows.map(([source, plan, actual, same, previous]) => ({ source, plan, actual, sameLastYear: same, previousPlan: previous }));
}

/** An ExcelJS workbook holding the province sheets, written with the standard's template writer. */
export function workbookOf(fixtures: readonly ProvinceFixture[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const f of fixtures) writeProvinceWorksheet(wb, f.sheet, composeProvinceSheet(f.input));
  return wb;
}

export async function bufferOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function snapshotOf(wb: ExcelJS.Workbook): Promise<WorkbookSnapshot> {
  return readWorkbookSnapshot(await bufferOf(wb));
}

/**
 * Five southern provinces of 2023 in four different units, with invented figures of the size the
 * regional conference reports (KCQG 10,9 tỷ, KCĐP 49,1 tỷ planned). Same period and previous plan stated.
 */
export const SOUTHERN_2023: ProvinceFixture[] = [
  {
    sheet: "Bà Rịa - Vũng Tàu",
    input: {
      province: "Bà Rịa - Vũng Tàu",
      year: 2023,
      unit: "trieu",
      funding: fundingRows([
        ["KCQG", 2500, 2350, 2100, 2400],
        ["KCĐP", 4200, 3900, 3600, 4000],
      ]),
      projects: [
        { no: 1, code: "BR-01", name: "Máy sấy nông sản", source: "KCQG", activity: "MMTB", beneficiaries: 2, total: 1200, support: 500, counterpart: 700 },
        {
          no: 2,
          code: "BR-02",
          name: "Lớp dạy nghề mây tre",
          source: "KCĐP",
          activity: "Đào tạo nghề, truyền nghề",
          beneficiaries: 1,
          total: 300,
          support: 300,
          counterpart: 0,
        },
        {
          no: 3,
          code: "BR-03",
          name: "Mô hình chế biến hải sản",
          source: "KCQG điểm",
          activity: "mô hình trình diễn",
          beneficiaries: 1,
          total: 3000,
          support: 900,
          counterpart: 2100,
        },
      ],
    },
  },
  {
    sheet: "Cà Mau",
    input: {
      province: "Cà Mau",
      year: 2023,
      unit: "trieu",
      funding: fundingRows([
        ["KCQG", 1800, 1650, 1500, 1700],
        ["KCĐP", 3500, 3150, 3000, 3300],
      ]),
      projects: [
        { no: 1, code: "CM-01", name: "Dây chuyền đóng gói", source: "KCĐP", activity: "MMTB", beneficiaries: 3, total: 900, support: 450, counterpart: 450 },
        {
          no: 2,
          code: "CM-02",
          name: "Máy ép viên",
          source: "KCQG",
          activity: "Máy móc thiết bị",
          beneficiaries: 1,
          total: 640,
          support: 300,
          counterpart: 340,
        },
      ],
    },
  },
  {
    sheet: "Đồng Tháp",
    input: {
      province: "Đồng Tháp",
      year: 2023,
      unit: "ty",
      funding: fundingRows([
        ["KCQG", 2.1, 2.05, 1.9, 2.0],
        ["KCĐP", 5.4, 5.1, 4.8, 5.0],
      ]),
      projects: [
        { no: 1, code: "DT-01", name: "Mô hình sấy xoài", source: "KCĐP", activity: "MH", beneficiaries: 1, total: 2.5, support: 0.75, counterpart: 1.75 },
      ],
    },
  },
  {
    sheet: "TP. Hồ Chí Minh",
    input: {
      province: "TP. Hồ Chí Minh",
      year: 2023,
      unit: "nghin",
      funding: fundingRows([
        ["KCQG", 3_000_000, 2_700_000, 2_500_000, 2_800_000],
        ["KCĐP", 30_000_000, 26_400_000, 24_000_000, 28_000_000],
      ]),
    },
  },
  {
    sheet: "Long An",
    input: {
      province: "Long An",
      year: 2023,
      unit: "dong",
      funding: fundingRows([
        ["KCQG", 1_500_000_000, 1_380_000_000, 1_200_000_000, 1_400_000_000],
        ["KCĐP", 6_000_000_000, 5_400_000_000, 5_000_000_000, 5_500_000_000],
      ]),
    },
  },
];
