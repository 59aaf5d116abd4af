import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CellPeek } from "../../app/cell-peek";
import type { Lang } from "../../core/message";
import { formatNumber } from "../../core/numbers/format-vi";
import { decimalsOfValue } from "../../core/numbers/precision";
import { CellValue, isCellError } from "../../core/workbook/snapshot";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    paddingInline: tokens.spacingHorizontalS,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    maxWidth: "14em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  compact: { maxWidth: "7em" },
  number: { textAlign: "end" },
  // The region is told by a dashed border as well as its tint, for readers who do not see the colour.
  region: {
    backgroundColor: tokens.colorPaletteBlueBackground2,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorPaletteBlueBorderActive}`,
  },
  target: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** A cell's value as the pane shows it: numbers the user's way (1.070,5 in Vietnamese), errors by their code. */
export function cellText(value: CellValue | undefined, lang: Lang): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return formatNumber(value, Math.min(decimalsOfValue(value), 4), lang);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  return value;
}

export interface PeekTableProps {
  peek: CellPeek;
  /** Names the table for screen readers. */
  label: string;
  /** Narrow cells, for the task pane (the cell view's dialog has room for wider ones). */
  compact?: boolean;
  testId?: string;
}

/** The cells of a peek as a small grid: column letters and row numbers, the cell marked, its region (if any) marked; formulas in the cells' tooltips. */
export function PeekTable({ peek, label, compact = false, testId = "peek" }: PeekTableProps) {
  const styles = useStyles();
  const { lang } = useI18n();
  return (
    // A grid wider than the pane scrolls: the keyboard reaches it too (Tab, then the arrow keys).
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={label}>
      <table className={styles.table} aria-label={label} data-testid={testId}>
        <thead>
          <tr>
            <td className={styles.head} />
            {peek.columns.map((c) => (
              <th key={c} scope="col" className={mergeClasses(styles.head, styles.cell)}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {peek.rows.map((row) => (
            <tr key={row.row}>
              <th scope="row" className={mergeClasses(styles.head, styles.cell)}>
                {row.row}
              </th>
              {row.cells.map((c) => (
                <td
                  key={c.address}
                  className={mergeClasses(
                    styles.cell,
                    compact && styles.compact,
                    typeof c.value === "number" && styles.number,
                    c.inRegion && styles.region,
                    c.target && styles.target,
                  )}
                  title={c.formula ? `${c.address}: =${c.formula}` : undefined}
                  aria-current={c.target ? "location" : undefined}
                  data-region={c.inRegion || undefined}
                >
                  {cellText(c.value, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
