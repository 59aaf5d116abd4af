import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Claim } from "../../core/narrative/claim";
import type { RoundingMode } from "../../core/numbers/consistency";
import { handleCommands } from "../../app/command-bus";
import type { WorkbookPort } from "../../app/port";
import { workbookRulePacks } from "../../app/workbook-rules";
import { createI18n, languageFromDisplay } from "../../i18n/i18n";
import { I18nProvider, useI18n } from "../../i18n/I18nProvider";
import { useKcSession } from "../useKcSession";
import { FileBar } from "./FileBar";
import type { LanguageChoice } from "./SettingsPanel";
import { ValidatePanel } from "./ValidatePanel";

// Only the first tab is needed to open the pane: the others load when first shown, keeping what Excel
// loads at start-up small.
const SummaryPanel = lazy(() => import(/* webpackChunkName: "summary" */ "./SummaryPanel").then((m) => ({ default: m.SummaryPanel })));
const TextCheckPanel = lazy(() => import(/* webpackChunkName: "text" */ "./TextCheckPanel").then((m) => ({ default: m.TextCheckPanel })));
const SettingsPanel = lazy(() => import(/* webpackChunkName: "settings" */ "./SettingsPanel").then((m) => ({ default: m.SettingsPanel })));
const CellPeekDialog = lazy(() => import(/* webpackChunkName: "peek" */ "./CellPeekDialog").then((m) => ({ default: m.CellPeekDialog })));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
  panel: {
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
  },
  status: { minHeight: tokens.lineHeightBase300 },
});

// The app fills the page: its own background (from the theme) reaches the edges.
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

type TabId = "validate" | "summary" | "text" | "settings";
const TABS: TabId[] = ["validate", "summary", "text", "settings"];

export interface KcAppProps {
  port: WorkbookPort;
  checkText: (text: string, options: { rounding: RoundingMode }) => Claim[] | Promise<Claim[]>;
}

/** The whole task pane (and the web page): Fluent theme, translations, then the shell. */
export function KcApp(props: KcAppProps) {
  useGlobalStyles();
  const i18n = useMemo(() => createI18n(languageFromDisplay(props.port.host.displayLanguage)), [props.port]);
  return (
    <FluentProvider theme={props.port.host.dark ? webDarkTheme : webLightTheme}>
      <I18nProvider i18n={i18n}>
        <Shell {...props} />
      </I18nProvider>
    </FluentProvider>
  );
}

function Shell({ port, checkText }: KcAppProps) {
  const styles = useStyles();
  const { t, lang, setLanguage } = useI18n();
  const [tab, setTab] = useState<TabId>("validate");
  const [language, setLanguageChoice] = useState<LanguageChoice>("office");
  const session = useKcSession(port, lang);

  useEffect(() => {
    const next = language === "office" ? languageFromDisplay(port.host.displayLanguage) : language;
    if (next !== lang) setLanguage(next);
  }, [language, lang, port.host.displayLanguage, setLanguage]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

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

  const snapshot = session.analysis?.snapshot;
  // The cell view stays mounted once opened, so it can animate closed and give focus back.
  const peekUsed = useRef(false);
  if (session.peek) peekUsed.current = true;
  const workbookPacks = useMemo(() => (snapshot ? workbookRulePacks(snapshot) : undefined), [snapshot]);
  const status = session.busy
    ? t(`status.${session.busy}`, { percent: Math.round(session.progress * 100) })
    : session.analysis
      ? t("status.done", { count: session.analysis.report.findings.length, sheets: session.analysis.report.stats.provinceSheets })
      : "";

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {t("app.title")}
        </Text>
        <Text className={styles.subtitle} size={200}>
          {t("app.subtitle")}
        </Text>
      </header>
      {session.openFile && <FileBar session={session} />}
      <div className={styles.status} role="status" aria-live="polite" data-testid="status">
        {session.busy && <ProgressBar value={session.progress} max={1} thickness="large" aria-label={status} />}
        <Text size={200}>{status}</Text>
      </div>
      {session.error && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>{session.error[lang]}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={session.dismissError}>{t("app.dismiss")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t("app.sections")}>
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`kc-tab-${id}`} aria-controls={`kc-panel-${id}`} data-testid={`tab-${id}`}>
            {t(`tabs.${id}`)}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" id={`kc-panel-${tab}`} aria-labelledby={`kc-tab-${tab}`}>
        {tab === "validate" && <ValidatePanel session={session} />}
        <Suspense fallback={<Text>{t("app.loading")}</Text>}>
          {tab === "summary" && <SummaryPanel session={session} />}
          {tab === "text" && <TextCheckPanel check={(text) => checkText(text, { rounding: session.rounding })} />}
          {tab === "settings" && (
            <SettingsPanel
              language={language}
              hostLanguage={port.host.displayLanguage}
              hostKind={port.host.kind}
              onLanguage={setLanguageChoice}
              rounding={session.rounding}
              onRounding={session.setRounding}
              hasRulesSheet={workbookPacks !== undefined}
              workbookPacks={workbookPacks}
            />
          )}
        </Suspense>
      </div>
      {peekUsed.current && (
        <Suspense fallback={null}>
          <CellPeekDialog peek={session.peek} onClose={session.closePeek} />
        </Suspense>
      )}
    </main>
  );
}
