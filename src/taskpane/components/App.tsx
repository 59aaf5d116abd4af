import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { FluentProvider, makeStaticStyles, makeStyles, ProgressBar, Text, Theme, tokens, webLightTheme } from "@fluentui/react-components";
import type { Claim } from "../../core/narrative/claim";
import type { Lang } from "../../core/message";
import type { RoundingMode } from "../../core/numbers/consistency";
import { handleCommands } from "../../app/command-bus";
import type { WorkbookPort } from "../../app/port";
import { LanguageChoice, loadUserSettings, withYearFromSheets } from "../../app/settings";
import { languageFromDisplay } from "../../i18n/i18n";
import { I18nProvider, useI18n } from "../../i18n/I18nProvider";
import { useKcSession } from "../useKcSession";
import { useSettings } from "../useSettings";
import { FileBar } from "./FileBar";
import { panelId, PaneTabs, tabId } from "./PaneTabs";
import { ValidatePanel } from "./ValidatePanel";

// Only the first tab is needed to open the pane: the others load when first shown, keeping what Excel
// loads at start-up small.
const SummaryPanel = lazy(() => import(/* webpackChunkName: "summary" */ "./SummaryPanel").then((m) => ({ default: m.SummaryPanel })));
const TextCheckPanel = lazy(() => import(/* webpackChunkName: "text" */ "./TextCheckPanel").then((m) => ({ default: m.TextCheckPanel })));
const MorePanel = lazy(() => import(/* webpackChunkName: "more" */ "./MorePanel").then((m) => ({ default: m.MorePanel })));
const ErrorBar = lazy(() => import(/* webpackChunkName: "error" */ "./ErrorBar").then((m) => ({ default: m.ErrorBar })));
const CellPeekDialog = lazy(() => import(/* webpackChunkName: "peek" */ "./CellPeekDialog").then((m) => ({ default: m.CellPeekDialog })));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  panel: { minWidth: 0 },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

// The app fills the page: its own background (from the theme) reaches the edges.
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

type TabId = "validate" | "summary" | "text" | "more";
const TABS: TabId[] = ["validate", "summary", "text", "more"];
/** What the "More" tab shows: its list, or one of its views. */
export type MoreView = "review" | "reading" | "settings" | "convert" | "about";

export interface KcAppProps {
  port: WorkbookPort;
  checkText: (text: string, options: { rounding: RoundingMode }) => Claim[] | Promise<Claim[]>;
  /** Fluent's theme for the host (see hostTheme); light when absent. */
  theme?: Theme;
}

/** The UI language of a stored choice: the host's display language unless the user chose one. */
function languageOf(choice: LanguageChoice, displayLanguage: string): Lang {
  return choice === "office" ? languageFromDisplay(displayLanguage) : choice;
}

/** The whole task pane (and the web page): Fluent theme, translations in the user's language, then the shell. */
export function KcApp(props: KcAppProps) {
  useGlobalStyles();
  const lang = useMemo(() => languageOf(loadUserSettings(props.port.userStore).language, props.port.host.displayLanguage), [props.port]);
  return (
    <FluentProvider theme={props.theme ?? webLightTheme}>
      <I18nProvider lang={lang}>
        <Shell {...props} />
      </I18nProvider>
    </FluentProvider>
  );
}

function Shell({ port, checkText }: KcAppProps) {
  const styles = useStyles();
  const { t, lang, setLanguage } = useI18n();
  const [tab, setTab] = useState<TabId>("validate");
  const [moreView, setMoreView] = useState<MoreView>();
  const [newSheetAsked, setNewSheetAsked] = useState(false);
  const settings = useSettings(port);
  const { user, workbook, updateWorkbook, reloadWorkbook } = settings;
  const region = workbook?.region ?? user.region;
  const session = useKcSession(port, { lang, rounding: user.rounding, region });

  useEffect(() => {
    const next = languageOf(user.language, port.host.displayLanguage);
    if (next !== lang) setLanguage(next);
  }, [user.language, lang, port.host.displayLanguage, setLanguage]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The open workbook's settings: at start in Excel, after a file is opened on the web page.
  useEffect(() => {
    void reloadWorkbook().catch(() => undefined);
  }, [reloadWorkbook, session.fileName]);

  // A check that read one report year from the province sheets saves it with the workbook (KC.SUPPORTMAX's default).
  const reportYear = session.analysis?.reportYear;
  useEffect(() => {
    if (!workbook) return;
    const next = withYearFromSheets(workbook, reportYear);
    if (next) void updateWorkbook(next).catch(() => undefined);
  }, [workbook, reportYear, updateWorkbook]);

  // Ribbon buttons run through the pane, so their progress and results show here.
  const { validate, summarize } = session;
  useEffect(
    () =>
      handleCommands(async (request) => {
        setTab(request === "validate" ? "validate" : "summary");
        await (request === "validate" ? validate() : summarize());
      }),
    [validate, summarize],
  );

  const showTab = (next: TabId) => {
    setTab(next);
    setNewSheetAsked(false);
    if (next !== "more") setMoreView(undefined);
  };
  const status = session.busy ? t(`status.${session.busy}`, { percent: Math.round(session.progress * 100) }) : "";
  const report = session.analysis?.report;
  // Shown as the counts line of the results; said once more here for screen readers.
  const done = !session.busy && report ? t("status.done", { count: report.findings.length, sheets: report.stats.provinceSheets }) : "";

  return (
    <main className={styles.root}>
      <Text as="h1" size={400} weight="semibold">
        {t("app.title")}
      </Text>
      {session.openFile && <FileBar session={session} />}
      <PaneTabs tabs={TABS.map((id) => ({ id, label: t(`tabs.${id}`) }))} selected={tab} onSelect={showTab} label={t("app.sections")} />
      <div className={styles.status} role="status" aria-live="polite" data-testid="status">
        {session.busy && <ProgressBar value={session.progress} max={1} thickness="large" aria-label={status} />}
        {status && <Text size={200}>{status}</Text>}
        {done && <span className={styles.visuallyHidden}>{done}</span>}
      </div>
      {session.error && (
        <Suspense fallback={<Text role="alert">{session.error[lang]}</Text>}>
          <ErrorBar error={session.error} onDismiss={session.dismissError} />
        </Suspense>
      )}
      <div className={styles.panel} role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        {tab === "validate" && (
          <ValidatePanel
            session={session}
            onNewSheet={() => {
              showTab("summary");
              setNewSheetAsked(true);
            }}
            onHelp={() => {
              setTab("more");
              setMoreView("about");
            }}
          />
        )}
        <Suspense fallback={<Text>{t("app.loading")}</Text>}>
          {tab === "summary" && (
            <SummaryPanel
              session={session}
              undoAsOneStep={port.host.undoAsOneStep ?? false}
              focusNewSheet={newSheetAsked}
              insertsSheets={port.host.insertsSheets ?? false}
            />
          )}
          {tab === "text" && <TextCheckPanel check={(text) => checkText(text, { rounding: user.rounding })} />}
          {tab === "more" && (
            <MorePanel
              view={moreView}
              onView={setMoreView}
              onCheck={() => {
                showTab("validate");
                void session.validate();
              }}
              port={port}
              session={session}
              settings={settings}
              onRounding={(mode) => {
                settings.updateUser({ rounding: mode });
                // Findings depend on the rounding mode: recompute them when there are findings on screen.
                if (session.analysis) void session.validate(mode);
              }}
            />
          )}
        </Suspense>
      </div>
      {session.peekOpened && (
        <Suspense fallback={null}>
          <CellPeekDialog peek={session.peek} onClose={session.closePeek} />
        </Suspense>
      )}
    </main>
  );
}
