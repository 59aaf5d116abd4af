import { foldLabel } from "../text/fold";

const FOLDED = new Map<string, string>();
const MAX_REMEMBERED = 10_000;

/** foldLabel remembered for the short texts tables repeat on every row (sources, statuses, codes). */
export function foldShort(text: string): string {
  let key = FOLDED.get(text);
  if (key === undefined) {
    key = foldLabel(text);
    if (FOLDED.size < MAX_REMEMBERED) FOLDED.set(text, key);
  }
  return key;
}

import { RowSource, ProjectStatus, ReportPeriod } from "./province-sheet";

const SOURCES: Record<string, RowSource> = {
  kcqg: "KCQG",
  "khuyen cong quoc gia": "KCQG",
  "kinh phi khuyen cong quoc gia": "KCQG",
  national: "KCQG",
  "national funds": "KCQG",
  "kcqg diem": "KCQG_DIEM",
  "de an kcqg diem": "KCQG_DIEM",
  "khuyen cong quoc gia diem": "KCQG_DIEM",
  "national pilot": "KCQG_DIEM",
  kcdp: "KCDP",
  "khuyen cong dia phuong": "KCDP",
  "kinh phi khuyen cong dia phuong": "KCDP",
  local: "KCDP",
  "local funds": "KCDP",
  "tong cong": "total",
  tong: "total",
  cong: "total",
  "tong so": "total",
  total: "total",
  "grand total": "total",
};

/** A source as written in a funding or project row: "KCQG", "KCĐP", "KCQG điểm", "Tổng cộng"… */
export function parseSource(text: string): RowSource {
  return SOURCES[foldShort(text)] ?? "other";
}

/** foldLabel for a code: ASCII codes ("DN-2023-01") fold by a quick path that gives the same key. */
export function codeKey(text: string): string {
  if (/^[A-Za-z0-9._\-/ ]+$/.test(text))
    return text
      .toLowerCase()
      .replace(/[._\-/ ]+/g, " ")
      .trim();
  return foldLabel(text);
}

const STATUSES: Record<string, ProjectStatus> = {
  "ke hoach": "plan",
  planned: "plan",
  plan: "plan",
  "chua thuc hien": "plan",
  "dang thuc hien": "ongoing",
  ongoing: "ongoing",
  "in progress": "ongoing",
  "hoan thanh": "done",
  "da hoan thanh": "done",
  completed: "done",
  done: "done",
  dung: "stopped",
  "dung thuc hien": "stopped",
  "da dung": "stopped",
  stopped: "stopped",
  cancelled: "stopped",
};

export function parseStatus(text: string): ProjectStatus | undefined {
  return STATUSES[foldShort(text)];
}

/** "6 tháng", "9 THÁNG", "Cả năm", "6 months", "full year" → months. */
export function parsePeriod(text: string): ReportPeriod | undefined {
  const key = foldLabel(text);
  if (["ca nam", "nam", "full year", "year", "annual", "12 thang"].includes(key)) return { months: 12, text };
  const m = /^(\d{1,2}) (thang|months?)(?: dau nam)?$/.exec(key);
  if (!m) return undefined;
  const months = Number(m[1]);
  return months >= 1 && months <= 12 ? { months, text } : undefined;
}

/** 2023, "2023", "Năm 2023" → 2023. */
export function parseYear(text: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(text);
  return m ? Number(m[1]) : undefined;
}
