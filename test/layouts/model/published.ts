import { Decimal } from "../../../src/core/numbers/decimal-config";
import { prng } from "../../../scripts/prng";
import { fineActivity, SHAPES } from "./activities";
import { Fund, FundFigures, Project, RegionFigures, ReportFigures, sumOf } from "./figures";
import { evenSplit, fundsOf, generateReport, indicatorsOf, makeProject, ProjectContext, splitAmount, TRIEU } from "./generate";

/**
 * Figures built around totals that were published (published-figures.md, real-layouts.md): the section
 * totals of Đắk Lắk's 2020 KCĐP plan, Lâm Đồng's 2017 six-month funding, the southern region's 2023
 * execution. Project-level and province-level splits are invented; the totals are the published ones.
 */

export interface SectionTotal {
  activity: number;
  count: number;
  /** Total support of the section, triệu đồng. */
  support: number;
  /** Total cost, triệu đồng (default: what the activity's share makes of the support). */
  cost?: number;
}

function context(seed: number, province: string, year: number, months: number): ProjectContext {
  return { rand: prng(seed), grain: TRIEU, year, province, several: 0, groups: 0.5, codePrefix: "DA", partial: months < 12 };
}

/** Projects of one fund whose supports (and costs, when given) add up to each section's totals exactly. */
export function projectsWithTotals(ctx: ProjectContext, fund: Fund, sections: readonly SectionTotal[], firstNo = 1): Project[] {
  const out: Project[] = [];
  for (const s of sections) {
    const code = fineActivity(s.activity).code;
    const shape = SHAPES[code];
    const support = new Decimal(s.support).times(TRIEU);
    let supports = splitAmount(ctx.rand, support, s.count, ctx.grain);
    if (shape.cap !== undefined && supports.some((x) => x.gt(new Decimal(shape.cap!).times(TRIEU)))) supports = evenSplit(support, s.count, ctx.grain);
    const costs =
      s.cost !== undefined ? proportional(new Decimal(s.cost).times(TRIEU), supports, ctx.grain) : supports.map((x) => costFor(x, shape.share, ctx.grain));
    supports.forEach((x, i) => {
      const p = makeProject(ctx, firstNo + out.length, fund, s.activity, x);
      p.cost = costs[i];
      p.support = x;
      p.counterpart = costs[i].minus(x);
      out.push(p);
    });
  }
  return out;
}

function costFor(support: Decimal, share: [number, number], grain: Decimal): Decimal {
  const mid = share[1] >= 1 ? 1 : (share[0] + share[1]) / 2;
  return support.div(mid).div(grain).ceil().times(grain);
}

/** `total` split in the proportions of `parts` (on the grain), the rounding left on the last part. */
function proportional(total: Decimal, parts: readonly Decimal[], grain: Decimal): Decimal[] {
  const whole = sumOf(parts);
  const out = parts.map((p) => total.times(p).div(whole).div(grain).floor().times(grain));
  out[out.length - 1] = out[out.length - 1].plus(total.minus(sumOf(out)));
  return out;
}

/**
 * Đắk Lắk's KCĐP plan 2020 (real-layouts.md §3.2, published-figures.md): 16 projects, 3.590 triệu =
 * 2.000 KCĐP + 1.590 counterpart; by content 7 machinery 2.700 (1.110 KCĐP), 4 training 380, 1 CNNT
 * development 310, 2 management 80, 2 information 120.
 */
export function dakLakPlan2020(): ReportFigures {
  const ctx = context(2020, "Đắk Lắk", 2020, 12);
  const projects = projectsWithTotals(ctx, "KCDP", [
    { activity: 10, count: 7, support: 1110, cost: 2700 },
    { activity: 1, count: 4, support: 380, cost: 380 },
    { activity: 15, count: 1, support: 310, cost: 310 },
    { activity: 23, count: 2, support: 80, cost: 80 },
    { activity: 18, count: 2, support: 120, cost: 120 },
  ]);
  return {
    province: "Đắk Lắk",
    year: 2020,
    months: 12,
    funds: fundsOf(ctx.rand, TRIEU, projects, 12, {}),
    projects,
    indicators: indicatorsOf(ctx.rand, projects),
  };
}

/**
 * Lâm Đồng 2017 after six months (real-layouts.md §3.4, published-figures.md): KCĐP plan 8.850 (8.510
 * allocated + 340 not), 59 projects, 5.065 disbursed; KCQG plan 1.400, 6 projects, 1.200 disbursed.
 */
export function lamDong2017(): ReportFigures {
  const ctx = context(2017, "Lâm Đồng", 2017, 6);
  const local = projectsWithTotals(ctx, "KCDP", [
    { activity: 10, count: 20, support: 3950 },
    { activity: 1, count: 15, support: 1200 },
    { activity: 5, count: 10, support: 760 },
    { activity: 18, count: 8, support: 1100 },
    { activity: 9, count: 2, support: 1100 },
    { activity: 12, count: 1, support: 180 },
    { activity: 15, count: 3, support: 220 },
  ]);
  const national = projectsWithTotals(
    ctx,
    "KCQG",
    [
      { activity: 10, count: 4, support: 900 },
      { activity: 9, count: 1, support: 400 },
      { activity: 18, count: 1, support: 100 },
    ],
    local.length + 1,
  );
  const projects = [...local, ...national];
  const m = (n: number) => new Decimal(n).times(TRIEU);
  const fund = (plan: number, allocated: number, actual: number, sameLastYear: number, previousPlan: number, previousActual: number): FundFigures => ({
    plan: m(plan),
    allocated: m(allocated),
    actual: m(actual),
    sameLastYear: m(sameLastYear),
    previousPlan: m(previousPlan),
    previousActual: m(previousActual),
  });
  return {
    province: "Lâm Đồng",
    year: 2017,
    months: 6,
    funds: { KCDP: fund(8850, 8510, 5065, 4420, 8300, 7940), KCQG: fund(1400, 1400, 1200, 950, 1250, 1180) },
    projects,
    indicators: indicatorsOf(ctx.rand, projects),
  };
}

/** The 20 provinces of the southern khuyến công conference before the 2025 merger. */
export const SOUTHERN_PROVINCES = [
  "Hồ Chí Minh",
  "Bình Dương",
  "Bình Phước",
  "Đồng Nai",
  "Tây Ninh",
  "Bà Rịa - Vũng Tàu",
  "Bình Thuận",
  "Long An",
  "Tiền Giang",
  "Bến Tre",
  "Trà Vinh",
  "Vĩnh Long",
  "Đồng Tháp",
  "An Giang",
  "Kiên Giang",
  "Cần Thơ",
  "Hậu Giang",
  "Sóc Trăng",
  "Bạc Liêu",
  "Cà Mau",
] as const;

/**
 * The southern region, 2023 and nine months of 2024 (real-layouts.md §4.2): the 2023 totals are the
 * published ones (plan 99.350 = KCQG 32.010 + KCĐP 67.340; actual 81.725 = 30.680 + 51.045), the 2024
 * plan above 91,3 tỷ; the split between provinces is invented. No projects: the annex shows funds only.
 */
export function southRegion2024(): RegionFigures {
  const rand = prng(2024);
  const m = (n: number) => new Decimal(n).times(TRIEU);
  const totals: Record<Fund, { previousPlan: number; previousActual: number; plan: number; actual: number; sameLastYear: number }> = {
    KCQG: { previousPlan: 32010, previousActual: 30680, plan: 30450, actual: 17240, sameLastYear: 15800 },
    KCDP: { previousPlan: 67340, previousActual: 51045, plan: 61120, actual: 26110, sameLastYear: 22900 },
  };
  const n = SOUTHERN_PROVINCES.length;
  const split: Record<Fund, Record<string, Decimal[]>> = { KCQG: {}, KCDP: {} };
  for (const fund of ["KCQG", "KCDP"] as const) {
    const t = totals[fund];
    const previousPlan = splitAmount(rand, m(t.previousPlan), n, TRIEU);
    const plan = splitAmount(rand, m(t.plan), n, TRIEU);
    // Each province executes a little more or less than the region (never above its plan).
    const varied = (total: number, base: Decimal[]) => {
      const rate = total / sumOf(base).div(TRIEU).toNumber();
      return proportional(
        m(total),
        base.map((b) => b.times(Math.min(1 - 0.15 + 0.3 * rand(), 0.99 / rate))),
        TRIEU,
      );
    };
    split[fund] = {
      previousPlan,
      previousActual: varied(t.previousActual, previousPlan),
      plan,
      actual: varied(t.actual, plan),
      sameLastYear: varied(t.sameLastYear, previousPlan),
    };
  }
  const reports: ReportFigures[] = SOUTHERN_PROVINCES.map((province, i) => {
    const fundOf = (fund: Fund): FundFigures => ({
      plan: split[fund].plan[i],
      allocated: split[fund].plan[i],
      actual: split[fund].actual[i],
      sameLastYear: split[fund].sameLastYear[i],
      previousPlan: split[fund].previousPlan[i],
      previousActual: split[fund].previousActual[i],
    });
    return { province, year: 2024, months: 9, funds: { KCQG: fundOf("KCQG"), KCDP: fundOf("KCDP") }, projects: [], indicators: { KCQG: {}, KCDP: {} } };
  });
  return { region: "KHU VỰC PHÍA NAM", year: 2024, months: 9, reports };
}

/** Several provinces' KCQG projects of one year, for the ministry's list (L14). */
export function nationalList2024(provinces: readonly string[], seed = 14): RegionFigures {
  const reports = provinces.map((province, i) =>
    generateReport({ seed: seed + i, province, year: 2024, months: 12, projects: { KCQG: 2 + (i % 3) }, groups: 0.5, codePrefix: "QG" }),
  );
  return { region: "CẢ NƯỚC", year: 2024, months: 12, reports };
}

/**
 * Đồng Tháp's third batch of 2021 (real-layouts.md §3.3, facts verified): five machinery projects of KCĐP
 * with ten beneficiaries, a little over 1,9 tỷ of support; and two projects of the first batch stopped at
 * the beneficiaries' request. Amounts in đồng (every part a multiple of a triệu).
 */
export function dongThapBatch3(): { figures: ReportFigures; stopped: Project[] } {
  const ctx: ProjectContext = { rand: prng(1515), grain: TRIEU, year: 2021, province: "Đồng Tháp", several: 1, groups: 0, codePrefix: "DT3", partial: false };
  const supports = [412, 398, 366, 384, 380];
  const projects = supports.map((s, i) => makeProject(ctx, i + 1, "KCDP", 10, new Decimal(s).times(TRIEU), 2));
  const stopped = [1, 2].map((i) => ({ ...makeProject({ ...ctx, several: 0, codePrefix: "DT1" }, i, "KCDP", 10), status: "Dừng" as const }));
  return {
    figures: {
      province: "Đồng Tháp",
      year: 2021,
      months: 12,
      funds: fundsOf(ctx.rand, TRIEU, projects, 12, {}),
      projects,
      indicators: indicatorsOf(ctx.rand, projects),
    },
    stopped,
  };
}
