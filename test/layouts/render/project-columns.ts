import { findActivity } from "../../../src/core/rules/activities";
import { fineActivity } from "../model/activities";
import { Fund } from "../model/figures";
import { shown } from "./kit";
import { ColumnSpec } from "./project-table";

/** Column specs the project lists of official forms are made of (render/project-table.ts). */

type Extra = Partial<Pick<ColumnSpec, "parent" | "number" | "width" | "header">>;

export function noColumn(extra: Extra = {}): ColumnSpec {
  return { id: "no", header: "STT", width: 6, role: { kind: "no" }, value: ({ no }) => ({ value: no, style: { align: "center" } }), ...extra };
}

export function nameColumn(extra: Extra = {}): ColumnSpec {
  return {
    id: "name",
    header: "Tên đề án",
    width: 46,
    role: { kind: "label" },
    value: ({ project }) => ({ value: project.name, style: { wrap: true } }),
    ...extra,
  };
}

/** Beneficiaries: names joined by "; " (or with addresses, "A (xã …), B (xã …)"); empty for a group project. */
export function beneficiaryColumn(extra: Extra & { withAddress?: boolean } = {}): ColumnSpec {
  const { withAddress, ...rest } = extra;
  return {
    id: "beneficiary",
    header: "Đơn vị thụ hưởng",
    width: 30,
    role: { kind: "beneficiary" },
    value: ({ project }) =>
      project.beneficiaries.length === 0
        ? undefined
        : {
            value: project.beneficiaries.map((b) => (withAddress ? `${b.name} (${b.address})` : b.name)).join(withAddress ? ", " : "; "),
            style: { wrap: true },
          },
    ...rest,
  };
}

export function implementerColumn(extra: Extra = {}): ColumnSpec {
  return {
    id: "implementer",
    header: "Đơn vị thực hiện",
    width: 22,
    role: { kind: "note" },
    value: ({ project }) => ({ value: project.implementer, style: { wrap: true } }),
    ...extra,
  };
}

/** The activity by its Vietnamese name (the rule library's name of the code). */
export function activityColumn(extra: Extra = {}): ColumnSpec {
  return {
    id: "activity",
    header: "Nội dung hỗ trợ",
    width: 28,
    role: { kind: "activity" },
    value: ({ project }) => ({ value: findActivity(fineActivity(project.activity).code)!.vi, style: { wrap: true } }),
    ...extra,
  };
}

export function fundColumn(labels: Record<Fund, string | number>, extra: Extra = {}): ColumnSpec {
  return { id: "fund", header: "Nguồn kinh phí", width: 12, role: { kind: "fund" }, value: ({ project }) => ({ value: labels[project.fund] }), ...extra };
}

export function timeColumn(extra: Extra = {}): ColumnSpec {
  return { id: "time", header: "Thời gian thực hiện", width: 11, role: { kind: "time" }, value: ({ project }) => ({ value: project.year }), ...extra };
}

export function statusColumn(extra: Extra = {}): ColumnSpec {
  return { id: "status", header: "Tình trạng", width: 16, role: { kind: "status" }, value: ({ project }) => ({ value: project.status }), ...extra };
}

/** Ghi chú: "Đề án nhóm" on group projects. */
export function noteColumn(extra: Extra = {}): ColumnSpec {
  return {
    id: "note",
    header: "Ghi chú",
    width: 14,
    role: { kind: "note" },
    value: ({ project }) => (project.beneficiaries.length === 0 ? { value: "Đề án nhóm" } : undefined),
    ...extra,
  };
}

export function beneficiaryCountColumn(extra: Extra = {}): ColumnSpec {
  return {
    id: "beneficiaries",
    header: "Số cơ sở thụ hưởng",
    width: 10,
    role: { kind: "count", measure: "beneficiaries" },
    value: ({ project }) => (project.beneficiaries.length > 0 ? { value: project.beneficiaries.length } : undefined),
    ...extra,
  };
}

/** Tổng kinh phí: the sum of support and counterpart (typed, or a live formula in the formulas variant). */
export function costColumn(extra: Extra = {}): ColumnSpec {
  return {
    id: "cost",
    header: "Tổng kinh phí",
    width: 15,
    role: { kind: "amount", measure: "cost" },
    summed: true,
    value: ({ row, col, style, formulas }) => {
      const f = `${col("support")}${row}+${col("counterpart")}${row}`;
      return formulas ? { formula: f, format: style.format } : { typed: f, format: style.format };
    },
    ...extra,
  };
}

export function supportColumn(extra: Extra & { fund?: Fund } = {}): ColumnSpec {
  const { fund, ...rest } = extra;
  return {
    id: "support",
    header: "Kinh phí khuyến công hỗ trợ",
    width: 15,
    role: fund ? { kind: "amount", measure: "support", fund } : { kind: "amount", measure: "support" },
    summed: true,
    value: ({ project, style }) => ({ value: shown(project.support, style), format: style.format }),
    ...rest,
  };
}

export function counterpartColumn(extra: Extra = {}): ColumnSpec {
  return {
    id: "counterpart",
    header: "Vốn đối ứng",
    width: 15,
    role: { kind: "amount", measure: "counterpart" },
    summed: true,
    value: ({ project, style }) => ({ value: shown(project.counterpart, style), format: style.format }),
    ...extra,
  };
}
