/**
 * Province identity across the 2025 merger: the facts (data.ts), the units and their relations (units.ts),
 * reading names as officers write them (resolve.ts) and the texts that explain a result (messages.ts).
 */
export { MERGER_DAY, REGIONS, REGION_STATUS } from "./data";
export type { BoundaryVersion, KcRegion, UnitKind, DatedName } from "./data";
export {
  VERSIONS,
  officialName,
  parseRegion,
  predecessorsOf,
  provinceUnits,
  regionMembers,
  regionName,
  regionOf,
  successorOf,
  unitByCode,
  unitById,
  unitInVersion,
  versionAt,
} from "./units";
export type { OfficialName, ProvinceUnit } from "./units";
export { findProvince, findProvinces, resolveProvince, versionFor } from "./resolve";
export type { AmbiguousResolution, ProvinceMention, ProvinceResolution, ResolveOptions, SpellingMatch, UnitResolution, UnknownResolution } from "./resolve";
export { ambiguousMessage, mergedMessage, unitLabel, unresolvedMessage } from "./messages";
