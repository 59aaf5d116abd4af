import { IsoDay } from "../dates/iso-day";
import { BoundaryVersion, DatedName, KcRegion, MERGER_DAY, UNITS_34, UNITS_63, UnitFacts, UnitKind } from "./data";

/**
 * A provincial unit of one boundary version. Its id joins version and code ("63:83" Bến Tre, "34:86" Vĩnh
 * Long): a code alone is no identity, since 7 codes changed holder on 1/7/2025.
 */
export interface ProvinceUnit {
  readonly id: string;
  readonly version: BoundaryVersion;
  readonly code: string;
  /** The unit's latest short name, without "Tỉnh"/"Thành phố" ("Bến Tre", "Hồ Chí Minh", "Huế"). */
  readonly name: string;
  readonly names: readonly DatedName[];
  readonly region: KcRegion;
}

/** A unit's name on a given day: short, its kind, and the full official form ("Tỉnh Bến Tre"). */
export interface OfficialName {
  name: string;
  kind: UnitKind;
  fullName: string;
}

export const VERSIONS: readonly BoundaryVersion[] = ["63", "34"];

function unitOf(version: BoundaryVersion, facts: UnitFacts): ProvinceUnit {
  return {
    id: `${version}:${facts.code}`,
    version,
    code: facts.code,
    name: facts.names[facts.names.length - 1].name,
    names: facts.names,
    region: facts.region,
  };
}

const UNITS: Record<BoundaryVersion, readonly ProvinceUnit[]> = {
  "63": UNITS_63.map((f) => unitOf("63", f)),
  "34": UNITS_34.map((f) => unitOf("34", f)),
};
const BY_ID = new Map([...UNITS["63"], ...UNITS["34"]].map((u) => [u.id, u]));
const SUCCESSOR = new Map<string, ProvinceUnit>();
const PREDECESSORS = new Map<string, ProvinceUnit[]>();
for (const facts of UNITS_34) {
  const unit = BY_ID.get(`34:${facts.code}`)!;
  const olds = facts.formedFrom.map((code) => BY_ID.get(`63:${code}`)!);
  PREDECESSORS.set(unit.id, olds);
  for (const old of olds) SUCCESSOR.set(old.id, unit);
}

/** The units of a version in code order. */
export function provinceUnits(version: BoundaryVersion): readonly ProvinceUnit[] {
  return UNITS[version];
}

export function unitById(id: string): ProvinceUnit | undefined {
  return BY_ID.get(id);
}

/** The unit holding a statistics-office code in a version ("15" is Yên Bái in "63", Lào Cai in "34"). */
export function unitByCode(version: BoundaryVersion, code: string | number): ProvinceUnit | undefined {
  return BY_ID.get(`${version}:${String(code).trim().padStart(2, "0")}`);
}

/** The version in force on a day: the 63 units until 30/6/2025, the 34 from 1/7/2025. */
export function versionAt(day: IsoDay): BoundaryVersion {
  return day < MERGER_DAY ? "63" : "34";
}

/** The 2025 unit an old province became part of; a 2025 unit is its own successor. */
export function successorOf(unit: ProvinceUnit): ProvinceUnit {
  return unit.version === "34" ? unit : SUCCESSOR.get(unit.id)!;
}

/** The old provinces (version 63) that formed a 2025 unit, in code order; an old province is its own predecessor. */
export function predecessorsOf(unit: ProvinceUnit): readonly ProvinceUnit[] {
  return unit.version === "63" ? [unit] : PREDECESSORS.get(unit.id)!;
}

/**
 * The unit of `version` that a unit's territory lies in: an old province's successor, or a 2025 unit formed
 * from one old province only. Undefined for a 2025 unit formed from several (no single unit before the merger).
 */
export function unitInVersion(unit: ProvinceUnit, version: BoundaryVersion): ProvinceUnit | undefined {
  if (unit.version === version) return unit;
  if (version === "34") return successorOf(unit);
  const olds = predecessorsOf(unit);
  return olds.length === 1 ? olds[0] : undefined;
}

/**
 * The khuyến công region of a unit in a version (its own by default). A 2025 unit counted in the 63-unit
 * grouping has its predecessors' region when they share one, else none (Lâm Đồng: central and south).
 */
export function regionOf(unit: ProvinceUnit, version: BoundaryVersion = unit.version): KcRegion | undefined {
  if (unit.version === version) return unit.region;
  if (version === "34") return successorOf(unit).region;
  const regions = new Set(predecessorsOf(unit).map((u) => u.region));
  return regions.size === 1 ? [...regions][0] : undefined;
}

/** The units of a region in a version, in code order. */
export function regionMembers(region: KcRegion, version: BoundaryVersion): readonly ProvinceUnit[] {
  return UNITS[version].filter((u) => u.region === region);
}

function fullName(name: string, kind: UnitKind): string {
  return `${kind === "tinh" ? "Tỉnh" : "Thành phố"} ${name}`;
}

/** A unit's official name on a day (its latest name when no day is given): "Tỉnh Đồng Nai" until 29/4/2026, then "Thành phố Đồng Nai". */
export function officialName(unit: ProvinceUnit, day?: IsoDay): OfficialName {
  let current = unit.names[unit.names.length - 1];
  if (day !== undefined) {
    current = unit.names[0];
    for (const n of unit.names) if (n.from === undefined || n.from <= day) current = n;
  }
  return { name: current.name, kind: current.kind, fullName: fullName(current.name, current.kind) };
}
