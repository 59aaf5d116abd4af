import { Decimal } from "../../../src/core/numbers/decimal-config";

/**
 * The figures of a province's khuyến công report, whatever layout shows them. Amounts are exact decimals
 * in đồng; each layout converts them to its unit and shows them with its digits, and the generators keep
 * every amount a multiple of a grain the layouts can show exactly, so every identity holds with the digits
 * shown.
 */

export type Fund = "KCQG" | "KCDP";
export const FUNDS: readonly Fund[] = ["KCQG", "KCDP"];

export type ProjectStatus = "Kế hoạch" | "Đang thực hiện" | "Hoàn thành" | "Dừng";

export interface Amounts {
  /** Tổng kinh phí = support + counterpart. */
  cost: Decimal;
  /** Kinh phí khuyến công hỗ trợ. */
  support: Decimal;
  /** Vốn đối ứng of the beneficiaries. */
  counterpart: Decimal;
}

export interface Beneficiary {
  name: string;
  /** Xã, huyện: layouts write "Cơ sở A (xã …)". */
  address: string;
  /** Its part of the project when the project has several beneficiaries (the parts add up to the project). */
  share?: Amounts;
}

export interface Project extends Amounts {
  /** 1-based order in the report. */
  no: number;
  code: string;
  name: string;
  fund: Fund;
  /** The activity row of the L7 list (model/activities.ts). */
  activity: number;
  /** None for a group project (đề án nhóm); several share the project's amounts. */
  beneficiaries: Beneficiary[];
  status: ProjectStatus;
  /** Thời gian thực hiện (năm). */
  year: number;
  /** Đơn vị thực hiện. */
  implementer: string;
}

export interface FundFigures {
  /** Kế hoạch năm (approved). */
  plan: Decimal;
  /** Kế hoạch đã phân bổ: the support of the fund's projects. */
  allocated: Decimal;
  /** Thực hiện to the end of the period. */
  actual: Decimal;
  /** Thực hiện cùng kỳ năm trước. */
  sameLastYear: Decimal;
  /** Kế hoạch năm trước. */
  previousPlan: Decimal;
  /** Thực hiện năm trước (full year), for two-year tables. */
  previousActual: Decimal;
}

export interface ReportFigures {
  /** The official name (the 63 provinces before 1/7/2025 for earlier reports). */
  province: string;
  year: number;
  /** Months of the period: 12 for a full year. */
  months: number;
  funds: Record<Fund, FundFigures>;
  projects: Project[];
  /** Results indicators (L6) per fund, keyed "10" for an indicator and "10.1" for its first child. */
  indicators: Record<Fund, Record<string, number>>;
}

/** A regional table's figures: one report per province (the regional annex, the ministry's list). */
export interface RegionFigures {
  region: string;
  year: number;
  months: number;
  reports: ReportFigures[];
}

export function sumOf(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), new Decimal(0));
}
