/**
 * Vietnam's provincial units before and after the 2025 merger, as facts with their sources.
 *
 * Sources (read 2026-08; written out by hand for KC):
 * - Nghị quyết 202/2025/QH15 (12/6/2025) on the arrangement of provincial units: 63 units become 34; the new
 *   provincial governments work from 1/7/2025. Every old province was merged whole into exactly one new unit,
 *   so a figure of an old province adds into its successor exactly.
 * - Codes: the statistics office's administrative-unit codes (mã ĐVHC). Old codes: the GSO list as of 1/3/2025;
 *   new codes: Cục Thống kê công văn 915/CTK-CSCL (also Quyết định 19/2025/QĐ-TTg). A new unit takes the code of
 *   the old province hosting its seat, so 7 codes changed holder (15, 24, 44, 52, 80, 82, 91): never key history
 *   by code alone, always by boundary version and code.
 * - Which old provinces formed each new one: the dvhcvn/20250701 mapping (MIT licence), which follows NQ 202/2025/QH15.
 * - Names that changed within a version: Tỉnh Thừa Thiên Huế became Thành phố Huế on 1/1/2025 (Nghị quyết
 *   1314/NQ-UBTVQH15); Tỉnh Đồng Nai became Thành phố Đồng Nai on 30/4/2026 (Nghị quyết 30/2026/QH16).
 * - Regions: the khuyến công regional conferences before the merger grouped the old provinces North 28, Central –
 *   Central Highlands 15, South 20 (the Central list verified from the 2022/2023 conferences; the South is the
 *   6 provinces of Đông Nam Bộ, the 13 of the Mekong Delta and Bình Thuận, inferred from the published counts;
 *   the North is the rest). After the merger, the ministry's 2025 regional Industry-and-Trade conferences used
 *   North 15, Central 11, South 8; that khuyến công uses the same split is likely but not verified.
 */

/** A boundary version: the 63 units in force until 30/6/2025, or the 34 in force from 1/7/2025. */
export type BoundaryVersion = "63" | "34";

/** The first day of the 34-unit version. */
export const MERGER_DAY = "2025-07-01";

/** Tỉnh, or Thành phố trực thuộc trung ương. */
export type UnitKind = "tinh" | "thanh-pho";

/**
 * The khuyến công regional groupings. How sure the membership is: for the 63 units, counts verified (28/15/20),
 * Central membership verified (2022, 2023 conferences), South inferred as Đông Nam Bộ + Mekong Delta + Bình Thuận,
 * North is the rest; for the 34, the ministry's 2025 regional Industry-and-Trade conferences (15/11/8, verified),
 * the same split for khuyến công likely, not verified.
 */
export type KcRegion = "north" | "central" | "south";

export const REGIONS: readonly KcRegion[] = ["north", "central", "south"];

/** A name a unit carried from a date on (the first entry has no start: it held since the version began). */
export interface DatedName {
  from?: string;
  name: string;
  kind: UnitKind;
}

export interface UnitFacts {
  code: string;
  /** The names in date order; most units have one. */
  names: readonly DatedName[];
  region: KcRegion;
}

export interface NewUnitFacts extends UnitFacts {
  /** Codes (version 63) of the old provinces that formed the unit. */
  formedFrom: readonly string[];
}

const tinh = (name: string): DatedName[] => [{ name, kind: "tinh" }];
const city = (name: string): DatedName[] => [{ name, kind: "thanh-pho" }];

/** The 63 units before 1/7/2025, by code, with their khuyến công region. */
export const UNITS_63: readonly UnitFacts[] = [
  { code: "01", names: city("Hà Nội"), region: "north" },
  { code: "02", names: tinh("Hà Giang"), region: "north" },
  { code: "04", names: tinh("Cao Bằng"), region: "north" },
  { code: "06", names: tinh("Bắc Kạn"), region: "north" },
  { code: "08", names: tinh("Tuyên Quang"), region: "north" },
  { code: "10", names: tinh("Lào Cai"), region: "north" },
  { code: "11", names: tinh("Điện Biên"), region: "north" },
  { code: "12", names: tinh("Lai Châu"), region: "north" },
  { code: "14", names: tinh("Sơn La"), region: "north" },
  { code: "15", names: tinh("Yên Bái"), region: "north" },
  { code: "17", names: tinh("Hoà Bình"), region: "north" },
  { code: "19", names: tinh("Thái Nguyên"), region: "north" },
  { code: "20", names: tinh("Lạng Sơn"), region: "north" },
  { code: "22", names: tinh("Quảng Ninh"), region: "north" },
  { code: "24", names: tinh("Bắc Giang"), region: "north" },
  { code: "25", names: tinh("Phú Thọ"), region: "north" },
  { code: "26", names: tinh("Vĩnh Phúc"), region: "north" },
  { code: "27", names: tinh("Bắc Ninh"), region: "north" },
  { code: "30", names: tinh("Hải Dương"), region: "north" },
  { code: "31", names: city("Hải Phòng"), region: "north" },
  { code: "33", names: tinh("Hưng Yên"), region: "north" },
  { code: "34", names: tinh("Thái Bình"), region: "north" },
  { code: "35", names: tinh("Hà Nam"), region: "north" },
  { code: "36", names: tinh("Nam Định"), region: "north" },
  { code: "37", names: tinh("Ninh Bình"), region: "north" },
  { code: "38", names: tinh("Thanh Hóa"), region: "north" },
  { code: "40", names: tinh("Nghệ An"), region: "north" },
  { code: "42", names: tinh("Hà Tĩnh"), region: "north" },
  { code: "44", names: tinh("Quảng Bình"), region: "central" },
  { code: "45", names: tinh("Quảng Trị"), region: "central" },
  {
    code: "46",
    names: [
      { name: "Thừa Thiên Huế", kind: "tinh" },
      { from: "2025-01-01", name: "Huế", kind: "thanh-pho" },
    ],
    region: "central",
  },
  { code: "48", names: city("Đà Nẵng"), region: "central" },
  { code: "49", names: tinh("Quảng Nam"), region: "central" },
  { code: "51", names: tinh("Quảng Ngãi"), region: "central" },
  { code: "52", names: tinh("Bình Định"), region: "central" },
  { code: "54", names: tinh("Phú Yên"), region: "central" },
  { code: "56", names: tinh("Khánh Hòa"), region: "central" },
  { code: "58", names: tinh("Ninh Thuận"), region: "central" },
  { code: "60", names: tinh("Bình Thuận"), region: "south" },
  { code: "62", names: tinh("Kon Tum"), region: "central" },
  { code: "64", names: tinh("Gia Lai"), region: "central" },
  { code: "66", names: tinh("Đắk Lắk"), region: "central" },
  { code: "67", names: tinh("Đắk Nông"), region: "central" },
  { code: "68", names: tinh("Lâm Đồng"), region: "central" },
  { code: "70", names: tinh("Bình Phước"), region: "south" },
  { code: "72", names: tinh("Tây Ninh"), region: "south" },
  { code: "74", names: tinh("Bình Dương"), region: "south" },
  { code: "75", names: tinh("Đồng Nai"), region: "south" },
  { code: "77", names: tinh("Bà Rịa - Vũng Tàu"), region: "south" },
  { code: "79", names: city("Hồ Chí Minh"), region: "south" },
  { code: "80", names: tinh("Long An"), region: "south" },
  { code: "82", names: tinh("Tiền Giang"), region: "south" },
  { code: "83", names: tinh("Bến Tre"), region: "south" },
  { code: "84", names: tinh("Trà Vinh"), region: "south" },
  { code: "86", names: tinh("Vĩnh Long"), region: "south" },
  { code: "87", names: tinh("Đồng Tháp"), region: "south" },
  { code: "89", names: tinh("An Giang"), region: "south" },
  { code: "91", names: tinh("Kiên Giang"), region: "south" },
  { code: "92", names: city("Cần Thơ"), region: "south" },
  { code: "93", names: tinh("Hậu Giang"), region: "south" },
  { code: "94", names: tinh("Sóc Trăng"), region: "south" },
  { code: "95", names: tinh("Bạc Liêu"), region: "south" },
  { code: "96", names: tinh("Cà Mau"), region: "south" },
];

/** The 34 units from 1/7/2025, by code, with the old provinces that formed each and its 2025 region. */
export const UNITS_34: readonly NewUnitFacts[] = [
  { code: "01", names: city("Hà Nội"), region: "north", formedFrom: ["01"] },
  { code: "04", names: tinh("Cao Bằng"), region: "north", formedFrom: ["04"] },
  { code: "08", names: tinh("Tuyên Quang"), region: "north", formedFrom: ["02", "08"] },
  { code: "11", names: tinh("Điện Biên"), region: "north", formedFrom: ["11"] },
  { code: "12", names: tinh("Lai Châu"), region: "north", formedFrom: ["12"] },
  { code: "14", names: tinh("Sơn La"), region: "north", formedFrom: ["14"] },
  { code: "15", names: tinh("Lào Cai"), region: "north", formedFrom: ["10", "15"] },
  { code: "19", names: tinh("Thái Nguyên"), region: "north", formedFrom: ["06", "19"] },
  { code: "20", names: tinh("Lạng Sơn"), region: "north", formedFrom: ["20"] },
  { code: "22", names: tinh("Quảng Ninh"), region: "north", formedFrom: ["22"] },
  { code: "24", names: tinh("Bắc Ninh"), region: "north", formedFrom: ["24", "27"] },
  { code: "25", names: tinh("Phú Thọ"), region: "north", formedFrom: ["17", "25", "26"] },
  { code: "31", names: city("Hải Phòng"), region: "north", formedFrom: ["30", "31"] },
  { code: "33", names: tinh("Hưng Yên"), region: "north", formedFrom: ["33", "34"] },
  { code: "37", names: tinh("Ninh Bình"), region: "north", formedFrom: ["35", "36", "37"] },
  { code: "38", names: tinh("Thanh Hóa"), region: "central", formedFrom: ["38"] },
  { code: "40", names: tinh("Nghệ An"), region: "central", formedFrom: ["40"] },
  { code: "42", names: tinh("Hà Tĩnh"), region: "central", formedFrom: ["42"] },
  { code: "44", names: tinh("Quảng Trị"), region: "central", formedFrom: ["44", "45"] },
  { code: "46", names: city("Huế"), region: "central", formedFrom: ["46"] },
  { code: "48", names: city("Đà Nẵng"), region: "central", formedFrom: ["48", "49"] },
  { code: "51", names: tinh("Quảng Ngãi"), region: "central", formedFrom: ["51", "62"] },
  { code: "52", names: tinh("Gia Lai"), region: "central", formedFrom: ["52", "64"] },
  { code: "56", names: tinh("Khánh Hòa"), region: "central", formedFrom: ["56", "58"] },
  { code: "66", names: tinh("Đắk Lắk"), region: "central", formedFrom: ["54", "66"] },
  { code: "68", names: tinh("Lâm Đồng"), region: "central", formedFrom: ["60", "67", "68"] },
  {
    code: "75",
    names: [
      { name: "Đồng Nai", kind: "tinh" },
      { from: "2026-04-30", name: "Đồng Nai", kind: "thanh-pho" },
    ],
    region: "south",
    formedFrom: ["70", "75"],
  },
  { code: "79", names: city("Hồ Chí Minh"), region: "south", formedFrom: ["74", "77", "79"] },
  { code: "80", names: tinh("Tây Ninh"), region: "south", formedFrom: ["72", "80"] },
  { code: "82", names: tinh("Đồng Tháp"), region: "south", formedFrom: ["82", "87"] },
  { code: "86", names: tinh("Vĩnh Long"), region: "south", formedFrom: ["83", "84", "86"] },
  { code: "91", names: tinh("An Giang"), region: "south", formedFrom: ["89", "91"] },
  { code: "92", names: city("Cần Thơ"), region: "south", formedFrom: ["92", "93", "94"] },
  { code: "96", names: tinh("Cà Mau"), region: "south", formedFrom: ["95", "96"] },
];

/**
 * Other ways officers write a name, by any official name of the unit (prefixes, case, spacing, punctuation and tone-mark
 * placement are handled by matching, not listed here). Old spellings and abbreviations in common use; two-letter
 * initials are deliberately absent: they are ambiguous (see matching).
 */
export const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  "Hà Nội": ["Hanoi", "TP.HN", "TPHN"],
  "Bắc Kạn": ["Bắc Cạn"],
  "Hải Phòng": ["Haiphong"],
  Huế: ["Thừa Thiên Huế", "Thừa Thiên - Huế", "TT Huế", "TT-Huế", "T.T.Huế", "TTH"],
  "Đà Nẵng": ["Danang"],
  "Kon Tum": ["Kontum"],
  "Đắk Lắk": ["Đắc Lắc", "Đăk Lăk", "Đắk Lăk", "Đăk Lắk", "Đắc Lắk", "Đắk Lắc", "Darlac", "Đắc Lăk"],
  "Đắk Nông": ["Đắc Nông", "Đăk Nông"],
  "Bà Rịa - Vũng Tàu": ["BR-VT", "BRVT"],
  "Hồ Chí Minh": ["TP.HCM", "TPHCM", "HCM", "HCMC", "Ho Chi Minh City", "Sài Gòn", "Saigon"],
};
