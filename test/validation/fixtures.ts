import { composeProvinceSheet, ProvinceSheetInput } from "../../src/core/standard/compose";
import { GridSheet, WorkbookSnapshot } from "../../src/core/workbook/snapshot";

/** Đắk Nông-like 2023 sheet in triệu đồng whose identities all hold: 3.407 of support, as in 2019. */
export function goodInput(overrides: Partial<ProvinceSheetInput> = {}): ProvinceSheetInput {
  return {
    province: "Đắk Nông",
    year: 2023,
    period: "Cả năm",
    unit: "trieu",
    funding: [
      { source: "KCQG", plan: 1200, actual: 1100, completion: 0.9167, sameLastYear: 950, previousPlan: 1000 },
      { source: "KCĐP", plan: 2207, actual: 2000, completion: 0.9062, sameLastYear: 1800, previousPlan: 2100 },
      { source: "Tổng cộng", plan: 3407, actual: 3100, completion: 0.9099, sameLastYear: 2750, previousPlan: 3100 },
    ],
    projects: [
      {
        no: 1,
        code: "DN-01",
        name: "Ứng dụng máy sấy cà phê",
        source: "KCQG",
        activity: "MMTB",
        beneficiaries: 1,
        total: 700,
        support: 300,
        counterpart: 400,
        status: "Hoàn thành",
      },
      {
        no: 2,
        code: "DN-02",
        name: "Mô hình trình diễn chế biến hạt điều",
        source: "KCQG",
        activity: "MH",
        beneficiaries: 1,
        total: 3000,
        support: 900,
        counterpart: 2100,
        status: "Đang thực hiện",
      },
      {
        no: 3,
        code: "DN-03",
        name: "Máy ép dầu mắc ca cho hai cơ sở",
        source: "KCĐP",
        activity: "MMTB",
        beneficiaries: 2,
        total: 1200,
        support: 550,
        counterpart: 650,
        status: "Hoàn thành",
      },
      {
        no: 4,
        code: "DN-04",
        name: "Đào tạo nghề đan lát",
        source: "KCĐP",
        activity: "DT",
        beneficiaries: 1,
        total: 57,
        support: 57,
        counterpart: 0,
        status: "Hoàn thành",
      },
      {
        no: 5,
        code: "DN-05",
        name: "Hội thảo sản xuất sạch hơn",
        source: "KCĐP",
        activity: "HNHT",
        beneficiaries: 1,
        total: 150,
        support: 100,
        counterpart: 50,
        status: "Hoàn thành",
      },
      {
        no: 6,
        code: "DN-06",
        name: "Tuyên truyền khuyến công",
        source: "KCĐP",
        activity: "TTTT",
        beneficiaries: 1,
        total: 2000,
        support: 1500,
        counterpart: 500,
        status: "Kế hoạch",
      },
    ],
    ...overrides,
  };
}

export function sheetOf(input: ProvinceSheetInput, name = input.province): GridSheet {
  return new GridSheet(name, composeProvinceSheet(input).rows);
}

export function workbookOf(...sheets: GridSheet[]): WorkbookSnapshot {
  return { sheets };
}

type Rows = NonNullable<ProvinceSheetInput["projects"]>;
/** The good input with project `index` changed. */
export function withProject(index: number, change: Rows[number], base = goodInput()): ProvinceSheetInput {
  const projects = base.projects!.map((p, i) => (i === index ? { ...p, ...change } : p));
  return { ...base, projects };
}

type FundingRows = NonNullable<ProvinceSheetInput["funding"]>;
export function withFunding(index: number, change: FundingRows[number], base = goodInput()): ProvinceSheetInput {
  const funding = base.funding!.map((p, i) => (i === index ? { ...p, ...change } : p));
  return { ...base, funding };
}
