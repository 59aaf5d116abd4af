import { useMemo, useState } from "react";
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { defaultFilter, filterFindings, FindingFilter, groupBySheet, ruleCounts } from "../../app/findings-view";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";
import { FindingFilters } from "./FindingFilters";
import { FindingsList } from "./FindingsList";

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
  const groups = useMemo(() => groupBySheet(shown), [shown]);
  const rules = useMemo(() => (findings ? ruleCounts(findings) : []), [findings]);

  return (
    <div className={styles.root}>
      <Button appearance="primary" onClick={() => void session.validate()} disabled={session.busy !== undefined || (session.openFile && !session.fileName)} data-testid="validate">
        {session.busy === "validate" ? t("validate.running") : t("validate.run")}
      </Button>
      {report && (
        <>
          <div className={styles.counts} data-testid="summary-counts">
            <Text>{t("validate.sheets", { sheets: report.stats.sheets, provinces: report.stats.provinceSheets })}</Text>
            <Badge appearance="tint" color="danger">{t("validate.errors", { count: report.stats.errors })}</Badge>
            <Badge appearance="tint" color="warning">{t("validate.warnings", { count: report.stats.warnings })}</Badge>
            <Badge appearance="tint" color="informative">{t("validate.infos", { count: report.stats.infos })}</Badge>
          </div>
          {report.findings.length === 0 ? (
            <Text>{t("validate.none")}</Text>
          ) : (
            <>
              <FindingFilters filter={filter} counts={report.stats} rules={rules} onChange={setFilter} />
              <Text role="status" aria-live="polite" data-testid="shown-count">
                {t("filters.shown", { shown: shown.length, total: report.findings.length })}
              </Text>
              <FindingsList groups={groups} onGoTo={(f) => void session.goTo(f)} />
            </>
          )}
        </>
      )}
    </div>
  );
}
