import { Button, Divider, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";
import { CompletionChart } from "./CompletionChart";
import { NewSheetForm } from "./NewSheetForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  notices: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function SummaryPanel({ session }: { session: KcSession }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const noWorkbook = session.openFile !== undefined && !session.fileName;
  const idle = session.busy === undefined;
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="kc-summary-title">
        <Text as="h2" id="kc-summary-title" weight="semibold" size={400}>
          {t("summary.title")}
        </Text>
        <Text>{t("summary.help")}</Text>
        <Button appearance="primary" onClick={() => void session.summarize()} disabled={!idle || noWorkbook} data-testid="summarize">
          {session.busy === "summary" ? t("summary.running") : t("summary.run")}
        </Button>
        {session.written && (
          <MessageBar intent="success" role="status" data-testid="written">
            <MessageBarBody>{t(session.download ? "summary.writtenWeb" : "summary.written", { sheets: session.written.join(", ") })}</MessageBarBody>
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
      <Divider />
      <section className={styles.section} aria-labelledby="kc-overview-title">
        <Text as="h2" id="kc-overview-title" weight="semibold" size={400}>
          {t("overview.title")}
        </Text>
        {session.analysis ? <CompletionChart rows={session.analysis.completion} /> : <Text>{t("overview.needValidate")}</Text>}
      </section>
      <Divider />
      <NewSheetForm onCreate={session.createProvinceSheet} disabled={!idle || noWorkbook} created={session.createdSheet} />
    </div>
  );
}
