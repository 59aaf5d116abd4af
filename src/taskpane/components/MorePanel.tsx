import { lazy, Suspense } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { WorkbookPort } from "../../app/port";
import type { RoundingMode } from "../../core/numbers/consistency";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";
import type { SettingsState } from "../useSettings";
import type { MoreView } from "./App";
import { cardButton } from "./card-button";

const SettingsPanel = lazy(() => import(/* webpackChunkName: "settings" */ "./SettingsPanel").then((m) => ({ default: m.SettingsPanel })));
const ConvertPanel = lazy(() => import(/* webpackChunkName: "convert" */ "./ConvertPanel").then((m) => ({ default: m.ConvertPanel })));
const ReviewPanel = lazy(() => import(/* webpackChunkName: "review-view" */ "./ReviewPanel").then((m) => ({ default: m.ReviewPanel })));
const ReadingPanel = lazy(() => import(/* webpackChunkName: "reading-view" */ "./ReadingPanel").then((m) => ({ default: m.ReadingPanel })));
const HelpPanel = lazy(() => import(/* webpackChunkName: "help" */ "./HelpPanel").then((m) => ({ default: m.HelpPanel })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  entry: {
    ...cardButton,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  entryTitle: { fontWeight: tokens.fontWeightSemibold },
  entryText: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  back: { alignSelf: "flex-start" },
});

/**
 * The views that are used now and then, one click away from the tabs so the tabs fit a 300 px pane: the
 * formula review (#11), how KC read each sheet (#10), settings, KC formulas to values, help.
 */
const VIEWS: MoreView[] = ["review", "reading", "settings", "convert", "about"];

export interface MorePanelProps {
  view?: MoreView;
  onView: (view: MoreView | undefined) => void;
  port: WorkbookPort;
  session: KcSession;
  settings: SettingsState;
  onRounding: (mode: RoundingMode) => void;
  /** Runs the check again on the Kiểm tra tab (after a correction of a reading). */
  onCheck: () => void;
}

export function MorePanel({ view, onView, port, session, settings, onRounding, onCheck }: MorePanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  if (!view) {
    return (
      <nav aria-label={t("more.title")} className={styles.root}>
        <ul className={styles.list}>
          {VIEWS.map((id) => (
            <li key={id}>
              <button type="button" className={styles.entry} onClick={() => onView(id)} data-testid={`more-${id}`}>
                <span className={styles.entryTitle}>{t(`more.${id}.title`)}</span>
                <span className={styles.entryText}>{t(`more.${id}.text`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
    );
  }
  const { user, workbook } = settings;
  return (
    <section className={styles.root} aria-labelledby="kc-more-view">
      <Button className={styles.back} size="small" appearance="subtle" onClick={() => onView(undefined)} data-testid="more-back">
        {t("more.back")}
      </Button>
      <Text as="h2" id="kc-more-view" size={400} weight="semibold">
        {t(`more.${view}.title`)}
      </Text>
      <Suspense fallback={<Text>{t("app.loading")}</Text>}>
        {view === "settings" && (
          <SettingsPanel
            language={user.language}
            hostLanguage={port.host.displayLanguage}
            hostKind={port.host.kind}
            onLanguage={(language) => settings.updateUser({ language })}
            rounding={user.rounding}
            onRounding={onRounding}
            region={user.region}
            onRegion={(region) => settings.updateUser({ region })}
            workbook={port.host.kind === "web" && !session.fileName ? undefined : workbook}
            onWorkbook={settings.updateWorkbook}
            sheetsYear={session.analysis?.reportYear}
            hasRulesSheet={session.analysis?.workbookPacks !== undefined}
            workbookPacks={session.analysis?.workbookPacks}
          />
        )}
        {view === "review" && <ReviewPanel session={session} hostKind={port.host.kind} />}
        {view === "reading" && <ReadingPanel session={session} hostKind={port.host.kind} onCheck={onCheck} />}
        {view === "convert" && <ConvertPanel session={session} hostKind={port.host.kind} undoAsOneStep={port.host.undoAsOneStep ?? false} />}
        {view === "about" && <HelpPanel hostKind={port.host.kind} />}
      </Suspense>
    </section>
  );
}
