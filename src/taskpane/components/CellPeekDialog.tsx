import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CellPeek } from "../../app/cell-peek";
import { useI18n } from "../../i18n/I18nProvider";
import { PeekTable } from "./PeekTable";

const useStyles = makeStyles({
  formula: { overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * The web page's "go to cell": the cells around the finding, the cell itself marked, its formula below
 * (for a suspect of the formula review: its region marked too, and the formula proposed).
 * The dialog is opened by code, not by a DialogTrigger: `onClose` gives focus back to the finding.
 */
export function CellPeekDialog({ peek, onClose }: { peek?: CellPeek; onClose: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const target = peek?.rows.flatMap((r) => r.cells).find((c) => c.target);
  return (
    <Dialog open={peek !== undefined} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        {peek && (
          <DialogBody>
            <DialogTitle>{t("peek.title", { sheet: peek.sheet, cell: peek.cell })}</DialogTitle>
            <DialogContent>
              <div className={styles.content}>
                <PeekTable peek={peek} label={t("peek.title", { sheet: peek.sheet, cell: peek.cell })} />
                {target?.formula && (
                  <Text block className={styles.formula}>
                    {t("peek.formula")} <code className={styles.code}>={target.formula}</code>
                  </Text>
                )}
                {peek.proposed && (
                  <Text block className={styles.formula} data-testid="peek-proposed">
                    {t("peek.proposed")} <code className={styles.code}>{peek.proposed}</code>
                  </Text>
                )}
              </div>
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
