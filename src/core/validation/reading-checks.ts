import { bilingual } from "../message";
import { unitName } from "../numbers/units";
import { fundName } from "../reading/role-names";
import { SheetReading } from "../reading/types";
import { a1 } from "../workbook/snapshot";
import { SheetContext } from "./context";
import { num } from "./message";

/**
 * Findings about the reading itself: two pieces of evidence that disagree (a unit line against a header,
 * a header's unit against its figures, a row's fund against its section), a unit KC had to assume, a
 * correction of the officer that no longer fits (the province: province-checks.ts).
 */
export function checkReading(reading: SheetReading, ctx: SheetContext): void {
  for (const c of reading.conflicts) {
    switch (c.kind) {
      case "unit":
        ctx.report("read/unit-conflict", c.cell, { stated: unitName(c.stated), other: unitName(c.other), otherCell: c.otherCell }, { related: [c.otherCell] });
        break;
      case "unit-values": {
        ctx.report(
          "read/unit-contradiction",
          c.cell,
          {
            column: c.column,
            stated: unitName(c.stated),
            likely: unitName(c.likely),
            median: num(c.median, c.median >= 100 ? 0 : 2),
          },
          { related: c.cells, found: c.median },
        );
        break;
      }
      case "fund":
        ctx.report(
          "read/fund-conflict",
          c.cell,
          { stated: fundName(c.stated), other: fundName(c.other), otherCell: c.otherCell || ctx.sheet, otherText: c.otherText },
          { related: c.otherCell ? [c.otherCell] : [], found: c.stated },
        );
        break;
    }
  }
  for (const table of reading.tables) {
    if (table.unit?.confidence !== "assumed") continue;
    const first = table.columns.find((c) => c.role.kind === "amount" && !c.unit);
    if (!first) continue;
    const range = `${a1(table.top, table.left)}:${a1(table.bottom, table.right)}`;
    const dong = table.unit.value === "dong";
    ctx.report("read/unit-assumed", first.headerCell, {
      table: range,
      unit: unitName(table.unit.value),
      why: dong ? bilingual("các số đều rất lớn", "the amounts are that large") : bilingual("đơn vị thường gặp", "the usual unit"),
    });
  }
}
