import { findActivity } from "../../../src/core/rules/activities";
import { fineActivity } from "../model/activities";
import { Fund, FUNDS, Project } from "../model/figures";
import { roman } from "./kit";
import { Section } from "./project-table";

/** Sections by activity code ("I. Ứng dụng máy móc thiết bị … (3 đề án)"), in the order codes first appear. */
export function sectionsByActivity(projects: readonly Project[], numbering: (i: number) => string = (i) => roman(i + 1)): Section[] {
  const codes: string[] = [];
  for (const p of projects) {
    const code = fineActivity(p.activity).code;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes.map((code, i) => {
    const own = projects.filter((p) => fineActivity(p.activity).code === code);
    return { no: numbering(i), label: `${findActivity(code)!.vi} (${own.length} đề án)`, projects: own, activity: code };
  });
}

export const FUND_SECTION_LABELS: Record<Fund, string> = {
  KCQG: "KINH PHÍ KHUYẾN CÔNG QUỐC GIA",
  KCDP: "KINH PHÍ KHUYẾN CÔNG ĐỊA PHƯƠNG",
};

/** "A. KINH PHÍ KHUYẾN CÔNG QUỐC GIA", "B. … ĐỊA PHƯƠNG", each holding its activity sections. */
export function sectionsByFund(projects: readonly Project[], order: readonly Fund[] = FUNDS): Section[] {
  return order
    .filter((fund) => projects.some((p) => p.fund === fund))
    .map((fund, i) => ({
      no: String.fromCharCode(65 + i),
      label: FUND_SECTION_LABELS[fund],
      fund,
      sections: sectionsByActivity(projects.filter((p) => p.fund === fund)),
    }));
}
