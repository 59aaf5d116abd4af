import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { CellPeek } from "../../app/cell-peek";
import type { Lang } from "../../core/message";
import { formatNumber } from "../../core/numbers/format-vi";
import { decimalsOfValue } from "../../core/numbers/precision";
import { CellValue, isCellError } from "../../core/workbook/snapshot";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
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
  number: { textAlign: "end" },
  target: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

function shown(value: CellValue | undefined, lang: Lang): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return formatNumber(value, Math.min(decimalsOfValue(value), 4), lang);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  return value;
}

/**
 * The web page's "go to cell": the cells around the finding, the cell itself marked, its formula below.
 * The dialog is opened by code, not by a DialogTrigger: `onClose` gives focus back to the finding.
 */
export function CellPeekDialog({ peek, onClose }: { peek?: CellPeek; onClose: () => void }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const target = peek?.rows.flatMap((r) => r.cells).find((c) => c.target);
  return (
    <Dialog open={peek !== undefined} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        {peek && (
          <DialogBody>
            <DialogTitle>{t("peek.title", { sheet: peek.sheet, cell: peek.cell })}</DialogTitle>
            <DialogContent>
              <div className={styles.scroll}>
                <table className={styles.table} data-testid="peek">
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
                            className={mergeClasses(styles.cell, typeof c.value === "number" && styles.number, c.target && styles.target)}
                            title={c.formula ? `=${c.formula}` : undefined}
                            aria-current={c.target ? "location" : undefined}
                          >
                            {shown(c.value, lang)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {target?.formula && (
                <Text block className={styles.formula}>
                  {t("peek.formula")} ={target.formula}
                </Text>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={onClose}>
                {t("app.dismiss")}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
