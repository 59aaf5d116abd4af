import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  warning: { color: tokens.colorNeutralForeground2 },
});

export interface ConvertPanelProps {
  session: KcSession;
  hostKind: "excel" | "web";
  undoAsOneStep: boolean;
}

/**
 * "KC formulas to values", before a workbook goes to people without KC (they would see #NAME?): first
 * the cells are found and counted, then converted on a second, explicit click. In Excel the change is
 * made in the open workbook (the pane says whether Ctrl+Z can take it back); on the web page, in the
 * copy that is downloaded.
 */
export function ConvertPanel({ session, hostKind, undoAsOneStep }: ConvertPanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const found = session.kcFormulas;
  const total = found?.counts.reduce((s, c) => s + c.cells, 0) ?? 0;
  const idle = session.busy === undefined;
  const noFile = hostKind === "web" && !session.fileName;
  return (
    <div className={styles.root}>
      <Text>{t("convert.why")}</Text>
      <Button onClick={() => void session.findKcFormulas()} disabled={!idle || noFile} data-testid="convert-scan">
        {t("convert.scan")}
      </Button>
      {found && found.converted === undefined && total === 0 && <Text data-testid="convert-none">{t("convert.none")}</Text>}
      {found && found.converted === undefined && total > 0 && (
        <>
          <Text data-testid="convert-found">{t("convert.found", { count: total, sheets: found.counts.length })}</Text>
          <ul className={styles.list}>
            {found.counts.map((c) => (
              <li key={c.sheet}>{t("convert.sheet", { sheet: c.sheet, count: c.cells })}</li>
            ))}
          </ul>
          <Text className={styles.warning}>
            {t(hostKind === "web" ? "convert.confirmWeb" : undoAsOneStep ? "convert.confirmUndo" : "convert.confirmNoUndo")}
          </Text>
          <Button appearance="primary" onClick={() => void session.convertKcFormulas()} disabled={!idle} data-testid="convert-run">
            {t("convert.run", { count: total })}
          </Button>
        </>
      )}
      {found?.converted !== undefined && (
        <MessageBar intent="success" data-testid="converted">
          <MessageBarBody>{t(hostKind === "web" ? "convert.doneWeb" : "convert.done", { count: found.converted })}</MessageBarBody>
        </MessageBar>
      )}
      {found?.converted !== undefined && session.download && (
        <Button onClick={() => void session.download?.()} disabled={!idle} data-testid="convert-download">
          {t("web.download")}
        </Button>
      )}
    </div>
  );
}
