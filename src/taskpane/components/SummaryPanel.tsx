import { Button, Divider, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";
import { CompletionChart } from "./CompletionChart";
import { InsertFilesSection } from "./InsertFilesSection";
import { NewSheetForm } from "./NewSheetForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  notices: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface SummaryPanelProps {
  session: KcSession;
  /** Excel groups the write into one undo step (ExcelApi 1.20). */
  undoAsOneStep: boolean;
  /** Put the cursor in the new province sheet form (the user asked for a template). */
  focusNewSheet?: boolean;
  /** Excel can insert sheets from a file (ExcelApi 1.13). */
  insertsSheets?: boolean;
}

const UNDO_TEXT = { "one-step": "summary.undoOneStep", "not-grouped": "summary.undoNotGrouped", copy: "summary.writtenWeb" } as const;

export function SummaryPanel({ session, undoAsOneStep, focusNewSheet = false, insertsSheets = false }: SummaryPanelProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const noWorkbook = session.openFile !== undefined && !session.fileName;
  const idle = session.busy === undefined;
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="kc-summary-title">
        <Text as="h2" id="kc-summary-title" weight="semibold" size={300}>
          {t("summary.title")}
        </Text>
        <Text>{t("summary.help")}</Text>
        <Button appearance="primary" onClick={() => void session.summarize()} disabled={!idle || noWorkbook} data-testid="summarize">
          {session.busy === "summary" ? t("summary.running") : t("summary.run")}
        </Button>
        {!session.download && (
          <Text size={200} className={styles.hint} data-testid="undo-hint">
            {t(undoAsOneStep ? "summary.undoHintOneStep" : "summary.undoHintNotGrouped")}
          </Text>
        )}
        {session.written && (
          <MessageBar intent="success" role="status" data-testid="written">
            <MessageBarBody>
              {t("summary.written", { sheets: session.written.sheets.join(", ") })} {t(UNDO_TEXT[session.written.undo])}
            </MessageBarBody>
          </MessageBar>
        )}
        {session.notices.length > 0 && (
          <MessageBar intent="info">
            <MessageBarBody>
              <ul className={styles.notices} data-testid="notices">
                {session.notices.map((n, i) => (
                  <li key={i}>{n[lang]}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {session.download && (
          <Button onClick={() => void session.download?.()} disabled={!idle || noWorkbook} data-testid="download">
            {t("web.download")}
          </Button>
        )}
      </section>
      {session.insertReportFiles && (
        <>
          <Divider />
          <InsertFilesSection session={session} insertsSheets={insertsSheets} />
        </>
      )}
      <Divider />
      <section className={styles.section} aria-labelledby="kc-overview-title">
        <Text as="h2" id="kc-overview-title" weight="semibold" size={300}>
          {t("overview.title")}
        </Text>
        {session.analysis ? <CompletionChart rows={session.analysis.completion} /> : <Text>{t("overview.needValidate")}</Text>}
      </section>
      <Divider />
      <NewSheetForm onCreate={session.createProvinceSheet} disabled={!idle || noWorkbook} created={session.createdSheet} autoFocus={focusNewSheet} />
    </div>
  );
}
