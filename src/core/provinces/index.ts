/**
 * Province identity across the 2025 merger: the facts (data.ts), the units and their relations (units.ts),
 * reading names as officers write them (resolve.ts) and the texts that explain a result (messages.ts).
 */
export { VERSIONS, officialName, predecessorsOf, provinceUnits, regionMembers, regionOf, successorOf, unitByCode, unitInVersion, versionAt } from "./units";
export type { ProvinceUnit } from "./units";
export { findProvince, findProvinces, resolveProvince } from "./resolve";
export type { AmbiguousResolution, ProvinceResolution, ResolveOptions, UnitResolution, UnknownResolution } from "./resolve";
export { mergedMessage, unresolvedMessage } from "./messages";
