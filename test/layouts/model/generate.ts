import { Decimal } from "../../../src/core/numbers/decimal-config";
import { prng } from "../../../scripts/prng";
import { fineActivity, INDICATORS, PRODUCTS, PROJECT_NAMES, SHAPES } from "./activities";
import { Amounts, Beneficiary, Fund, FundFigures, FUNDS, Project, ProjectStatus, ReportFigures, sumOf } from "./figures";

/** One triệu đồng, the grain of most layouts (amounts shown in triệu with no decimals, or in tỷ with 3). */
export const TRIEU = new Decimal(1_000_000);

export interface GenerateOptions {
  seed: number;
  province: string;
  year: number;
  /** Months of the period (12 = full year). */
  months: number;
  /** Number of projects per fund. */
  projects: Partial<Record<Fund, number>>;
  /** The activity rows (L7 numbers) each fund's projects are drawn from (default: a common mix). */
  activities?: Partial<Record<Fund, readonly number[]>>;
  /** Every amount is a multiple of this many đồng (default one triệu). */
  grain?: Decimal;
  /** Plan not yet allocated to projects, triệu đồng, per fund. */
  unallocated?: Partial<Record<Fund, number>>;
  /** Share of projects that name several beneficiaries, where the activity allows it (default 0.3). */
  several?: number;
  /** Share of group projects (no beneficiary), where the activity allows it (default 0.3). */
  groups?: number;
  /** Prefix of the project codes (default from the province). */
  codePrefix?: string;
}

const DEFAULT_ACTIVITIES: readonly number[] = [1, 2, 5, 6, 9, 10, 10, 10, 11, 12, 13, 14, 15, 18, 19, 23];

export type Random = () => number;

/** A province report whose figures are all consistent: the corpus's default source of figures. */
export function generateReport(options: GenerateOptions): ReportFigures {
  const rand = prng(options.seed);
  const grain = options.grain ?? TRIEU;
  const ctx: ProjectContext = {
    rand,
    grain,
    year: options.year,
    province: options.province,
    several: options.several ?? 0.3,
    groups: options.groups ?? 0.3,
    codePrefix: options.codePrefix ?? codePrefixOf(options.province),
    partial: options.months < 12,
  };
  const projects: Project[] = [];
  for (const fund of FUNDS) {
    const count = options.projects[fund] ?? 0;
    const pool = options.activities?.[fund] ?? DEFAULT_ACTIVITIES;
    for (let i = 0; i < count; i++) projects.push(makeProject(ctx, projects.length + 1, fund, pool[Math.floor(rand() * pool.length)]));
  }
  return {
    province: options.province,
    year: options.year,
    months: options.months,
    funds: fundsOf(rand, grain, projects, options.months, options.unallocated ?? {}),
    projects,
    indicators: indicatorsOf(rand, projects),
  };
}

export interface ProjectContext {
  rand: Random;
  grain: Decimal;
  year: number;
  province: string;
  several: number;
  groups: number;
  codePrefix: string;
  partial: boolean;
}

/**
 * A project of an activity whose support respects the activity's ceilings. With `support`, the project is
 * built around that support (its cost follows from the activity's share); otherwise both are drawn.
 */
export function makeProject(ctx: ProjectContext, no: number, fund: Fund, activity: number, support?: Decimal, beneficiaryCount?: number): Project {
  const code = fineActivity(activity).code;
  const shape = SHAPES[code];
  const { rand } = ctx;
  const product = pick(rand, PRODUCTS);
  const name = pick(rand, PROJECT_NAMES[code])
    .replace("{product}", product)
    .replace("{place}", `${pick(rand, COMMUNES)}`);
  let count = 1;
  if (shape.group && rand() < ctx.groups) count = 0;
  else if (shape.several && rand() < ctx.several) count = 2 + Math.floor(rand() * 2);
  if (beneficiaryCount !== undefined) count = beneficiaryCount;
  const beneficiaries: Beneficiary[] = [];
  for (let i = 0; i < count; i++) beneficiaries.push(makeBeneficiary(rand, product));
  let amounts: Amounts;
  if (support !== undefined) {
    amounts = amountsForSupport(ctx, code, support, Math.max(count, 1));
    if (count >= 2) splitShares(ctx, beneficiaries, amounts);
  } else if (count >= 2) {
    for (const b of beneficiaries) b.share = drawAmounts(ctx, code);
    amounts = addAmounts(beneficiaries.map((b) => b.share!));
  } else {
    amounts = drawAmounts(ctx, code);
  }
  const statuses: ProjectStatus[] = ctx.partial ? ["Đang thực hiện", "Đang thực hiện", "Hoàn thành", "Kế hoạch"] : ["Hoàn thành"];
  return {
    no,
    code: `${ctx.codePrefix}-${String(ctx.year % 100).padStart(2, "0")}-${String(no).padStart(2, "0")}`,
    name,
    fund,
    activity,
    beneficiaries,
    status: pick(rand, statuses),
    year: ctx.year,
    implementer: rand() < 0.7 ? `Trung tâm Khuyến công tỉnh ${ctx.province}` : "Phòng Quản lý Công nghiệp",
    ...amounts,
  };
}

/** Cost and support drawn for one beneficiary (or a whole project), within the activity's ceilings. */
function drawAmounts(ctx: ProjectContext, code: string): Amounts {
  // In whole grains, with plain numbers (exact below 2^53): the benchmark draws a hundred thousand of these.
  const shape = SHAPES[code];
  const perTrieu = TRIEU.div(ctx.grain).toNumber();
  const cost = Math.ceil(between(ctx.rand, shape.cost[0], shape.cost[1]) * perTrieu);
  let support = Math.floor(cost * between(ctx.rand, shape.share[0], shape.share[1]));
  if (shape.cap !== undefined) support = Math.min(support, Math.floor(shape.cap * perTrieu));
  if (support <= 0) support = 1;
  return { cost: ctx.grain.times(cost), support: ctx.grain.times(support), counterpart: ctx.grain.times(cost - support) };
}

/** A project around a given support: the cost is what the activity's largest share makes of it. */
function amountsForSupport(ctx: ProjectContext, code: string, support: Decimal, beneficiaries: number): Amounts {
  const shape = SHAPES[code];
  if (shape.cap !== undefined) {
    const cap = new Decimal(shape.cap).times(TRIEU).times(shape.perProject ? 1 : beneficiaries);
    if (support.gt(cap)) throw new Error(`A ${code} project cannot receive ${support.div(TRIEU)} triệu (cap ${cap.div(TRIEU)})`);
  }
  const share = shape.share[1] >= 1 ? 1 : (shape.share[0] + shape.share[1]) / 2;
  const cost = grainOf(ctx, support.div(share), "up");
  return { cost, support, counterpart: cost.minus(support) };
}

/** Splits a project's amounts evenly between its beneficiaries, each part at the project's share. */
function splitShares(ctx: ProjectContext, beneficiaries: Beneficiary[], amounts: Amounts): void {
  const n = beneficiaries.length;
  const supports = evenSplit(amounts.support, n, ctx.grain);
  const ratio = amounts.cost.div(amounts.support);
  const costs = supports.map((s) => grainOf(ctx, s.times(ratio), "down"));
  costs[n - 1] = costs[n - 1].plus(amounts.cost.minus(sumOf(costs)));
  beneficiaries.forEach((b, i) => (b.share = { cost: costs[i], support: supports[i], counterpart: costs[i].minus(supports[i]) }));
}

/** `total` in `parts` multiples of `grain` as equal as they can be (the first ones one grain larger). */
export function evenSplit(total: Decimal, parts: number, grain: Decimal): Decimal[] {
  const units = total.div(grain);
  if (!units.isInteger()) throw new Error(`${total} is not a multiple of ${grain}`);
  const q = units.divToInt(parts);
  const r = units.minus(q.times(parts)).toNumber();
  return Array.from({ length: parts }, (_, i) => q.plus(i < r ? 1 : 0).times(grain));
}

/**
 * `total` split into `parts` positive multiples of `grain` that add up to it exactly. With `floor`, part i
 * is at least floor[i] (costs split at least as large as their supports).
 */
export function splitAmount(rand: Random, total: Decimal, parts: number, grain: Decimal, floor?: readonly Decimal[]): Decimal[] {
  const units = total.div(grain);
  if (!units.isInteger()) throw new Error(`${total} is not a multiple of ${grain}`);
  const base = floor ? floor.map((f) => f.div(grain).ceil()) : new Array<Decimal>(parts).fill(new Decimal(1));
  const spare = units.minus(sumOf(base));
  if (spare.lt(0)) throw new Error(`${total} cannot be split into ${parts} parts of at least the floors`);
  const weights = base.map(() => 0.5 + rand());
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const extra = weights.map((w) => spare.times(w / weightSum).floor());
  extra[parts - 1] = extra[parts - 1].plus(spare.minus(sumOf(extra)));
  return base.map((b, i) => b.plus(extra[i]).times(grain));
}

export function addAmounts(parts: readonly Amounts[]): Amounts {
  return {
    cost: sumOf(parts.map((p) => p.cost)),
    support: sumOf(parts.map((p) => p.support)),
    counterpart: sumOf(parts.map((p) => p.counterpart)),
  };
}

/** Plan, allocation and execution of each fund, from its projects. */
export function fundsOf(
  rand: Random,
  grain: Decimal,
  projects: readonly Project[],
  months: number,
  unallocated: Partial<Record<Fund, number>>,
): Record<Fund, FundFigures> {
  const round = (d: Decimal) => d.div(grain).round().times(grain);
  const out = {} as Record<Fund, FundFigures>;
  for (const fund of FUNDS) {
    const allocated = sumOf(projects.filter((p) => p.fund === fund).map((p) => p.support));
    const plan = allocated.plus(new Decimal(unallocated[fund] ?? 0).times(TRIEU));
    const executed = months >= 12 ? between(rand, 0.86, 0.99) : Math.min(0.97, (months / 12) * between(rand, 0.85, 1.25));
    const actual = round(plan.times(executed));
    const previousPlan = round(plan.times(between(rand, 0.8, 1.1)));
    out[fund] = {
      plan,
      allocated,
      actual,
      sameLastYear: round(actual.times(between(rand, 0.75, 1.2))),
      previousPlan,
      previousActual: round(previousPlan.times(between(rand, 0.85, 0.99))),
    };
  }
  return out;
}

/** The results indicators of each fund (L6), from the fund's projects: counted where the fund paid for the activity. */
export function indicatorsOf(rand: Random, projects: readonly Project[]): Record<Fund, Record<string, number>> {
  const out = { KCQG: {}, KCDP: {} } as Record<Fund, Record<string, number>>;
  for (const fund of FUNDS) {
    for (const indicator of INDICATORS) {
      const own = projects.filter((p) => p.fund === fund && p.activity === indicator.activity);
      const establishments = own.reduce((n, p) => n + Math.max(p.beneficiaries.length, 1), 0);
      const values = indicatorValues(
        rand,
        indicator.no,
        own.length,
        establishments,
        sumOf(own.map((p) => p.cost))
          .div(TRIEU)
          .round()
          .toNumber(),
      );
      out[fund][String(indicator.no)] = values[0];
      indicator.children.forEach((_, i) => (out[fund][`${indicator.no}.${i + 1}`] = values[i + 1]));
    }
  }
  return out;
}

function indicatorValues(rand: Random, no: number, projects: number, establishments: number, costTrieu: number): number[] {
  if (projects === 0) return [0, 0];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  switch (no) {
    case 1: {
      const trained = projects * int(25, 35);
      return [trained, Math.floor(trained * between(rand, 0.7, 0.9))];
    }
    case 2:
    case 3:
    case 4:
      return [projects * int(20, 35)];
    case 6:
    case 7:
      return [projects, projects * int(10, 20)];
    case 8:
    case 10:
    case 14:
    case 15:
    case 16:
      return no === 10 ? [establishments, costTrieu] : [establishments];
    case 9:
      return [projects, costTrieu];
    case 12:
      return [int(12, 30)];
    case 13:
      return [projects, projects * int(60, 150)];
    case 17:
      return [projects * int(4, 12)];
    case 18:
      return [projects * int(6, 24)];
    case 22:
      return [projects, projects * int(30, 50)];
    default:
      return [projects];
  }
}

function makeBeneficiary(rand: Random, product: string): Beneficiary {
  const kind = rand();
  const person = `${pick(rand, SURNAMES)} ${pick(rand, MIDDLE)} ${pick(rand, GIVEN)}`;
  const name =
    kind < 0.5 ? `Cơ sở ${person}` : kind < 0.8 ? `Công ty TNHH ${pick(rand, GIVEN)} ${pick(rand, FIRM_WORDS)}` : `HTX ${product} ${pick(rand, COMMUNES)}`;
  return { name, address: `xã ${pick(rand, COMMUNES)}, huyện ${pick(rand, DISTRICTS)}` };
}

function grainOf(ctx: ProjectContext, amount: Decimal, way: "up" | "down"): Decimal {
  const units = amount.div(ctx.grain);
  return (way === "up" ? units.ceil() : units.floor()).times(ctx.grain);
}

export function between(rand: Random, lo: number, hi: number): number {
  return lo + (hi - lo) * rand();
}

export function pick<T>(rand: Random, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

function codePrefixOf(province: string): string {
  return province
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "D")
    .split(/[\s.-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase())
    .join("");
}

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"] as const;
const MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc"] as const;
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hạnh", "Hùng", "Lan", "Mai", "Nam", "Phúc", "Sơn", "Tâm", "Trung", "Vinh", "Yến", "Khoa"] as const;
const FIRM_WORDS = ["Phát", "Thịnh", "Lợi", "Hưng", "Tiến"] as const;
const COMMUNES = [
  "Phú Hòa",
  "Tân Thành",
  "An Bình",
  "Long Hưng",
  "Mỹ Lộc",
  "Bình Thạnh",
  "Hòa Lợi",
  "Thạnh Phú",
  "Tân Hội",
  "Phước Long",
  "Vĩnh Thuận",
  "Lộc Ninh",
] as const;
const DISTRICTS = ["Châu Thành", "Mỏ Cày Nam", "Ba Tri", "Giồng Trôm", "Chợ Gạo", "Lai Vung", "Krông Pắc", "Cư M'gar", "Đức Trọng", "Di Linh"] as const;
