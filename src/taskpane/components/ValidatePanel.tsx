import { lazy, Suspense } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";
import { AboutKc } from "./AboutKc";

// The findings list, its rule titles and its filters are needed once a check has run: they load with the engine.
const loadResults = () => import(/* webpackChunkName: "results" */ "./ValidationResults");
const ValidationResults = lazy(() => loadResults().then((m) => ({ default: m.ValidationResults })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface ValidatePanelProps {
  session: KcSession;
  /** Shows the form that adds a blank province sheet of the standard. */
  onNewSheet: () => void;
  onHelp: () => void;
}

/** "Kiểm tra": the check button first, then what KC checks (before the first check) or the findings. */
export function ValidatePanel({ session, onNewSheet, onHelp }: ValidatePanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const noFile = session.openFile !== undefined && !session.fileName;
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        onClick={() => {
          void loadResults();
          void session.validate();
        }}
        disabled={session.busy !== undefined || noFile}
        data-testid="validate"
      >
        {session.busy === "validate" ? t("validate.running") : session.analysis ? t("validate.again") : t("validate.run")}
      </Button>
      {session.analysis ? (
        <Suspense fallback={null}>
          <ValidationResults session={session} onNewSheet={onNewSheet} onHelp={onHelp} />
        </Suspense>
      ) : (
        <AboutKc host={session.openFile ? "web" : "excel"} onNewSheet={onNewSheet} onHelp={onHelp} />
      )}
    </div>
  );
}
