import { lazy, Suspense, useMemo, useState } from "react";
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { defaultFilter, filterFindings, FindingFilter, groupBySheet, ruleCounts } from "../../app/findings-view";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";

// The filters (a drop-down with its positioning code) are needed only once there are findings.
const FindingFilters = lazy(() => import(/* webpackChunkName: "filters" */ "./FindingFilters").then((m) => ({ default: m.FindingFilters })));
import { FindingsList } from "./FindingsList";

const PAGE = 300;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export function ValidatePanel({ session }: { session: KcSession }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [filter, setFilter] = useState<FindingFilter>(defaultFilter);
  const report = session.analysis?.report;
  const findings = report?.findings;
  const shown = useMemo(() => (findings ? filterFindings(findings, filter) : []), [findings, filter]);
  // Thousands of findings would make a slow list: show them a page at a time.
  const [limit, setLimit] = useState(PAGE);
  const groups = useMemo(() => groupBySheet(shown.slice(0, limit)), [shown, limit]);
  const rules = useMemo(() => (findings ? ruleCounts(findings) : []), [findings]);
  const changeFilter = (next: FindingFilter) => {
    setFilter(next);
    setLimit(PAGE);
  };

  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        onClick={() => void session.validate()}
        disabled={session.busy !== undefined || (session.openFile && !session.fileName)}
        data-testid="validate"
      >
        {session.busy === "validate" ? t("validate.running") : t("validate.run")}
      </Button>
      {report && (
        <>
          <div className={styles.counts} data-testid="summary-counts">
            <Text>{t("validate.sheets", { sheets: report.stats.sheets, provinces: report.stats.provinceSheets })}</Text>
            <Badge appearance="tint" color="danger">
              {t("validate.errors", { count: report.stats.errors })}
            </Badge>
            <Badge appearance="tint" color="warning">
              {t("validate.warnings", { count: report.stats.warnings })}
            </Badge>
            <Badge appearance="tint" color="informative">
              {t("validate.infos", { count: report.stats.infos })}
            </Badge>
          </div>
          {report.findings.length === 0 ? (
            <Text>{t("validate.none")}</Text>
          ) : (
            <>
              <Suspense fallback={null}>
                <FindingFilters filter={filter} counts={report.stats} rules={rules} onChange={changeFilter} />
              </Suspense>
              <Text role="status" aria-live="polite" data-testid="shown-count">
                {t("filters.shown", { shown: shown.length, total: report.findings.length })}
              </Text>
              <FindingsList groups={groups} onGoTo={(f) => void session.goTo(f)} />
              {shown.length > limit && <Button onClick={() => setLimit(limit + PAGE)}>{t("findings.more", { shown: limit, total: shown.length })}</Button>}
            </>
          )}
        </>
      )}
    </div>
  );
}
