import { lazy, Suspense, useMemo, useState } from "react";
import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ALL_SEVERITIES, defaultFilter, filterFindings, FindingFilter, groupBySheet, ruleCounts } from "../../app/findings-view";
import { HELP_PAGE } from "../../app/version";
import type { ValidationReport } from "../../core/validation/finding";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";
import { FindingsList } from "./FindingsList";
import { TextLink } from "./TextLink";

// The filters (a drop-down with its positioning code) load when the user opens them.
const FindingFilters = lazy(() => import(/* webpackChunkName: "filters" */ "./FindingFilters").then((m) => ({ default: m.FindingFilters })));

const PAGE = 300;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  countsRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalXS },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "baseline", minWidth: 0 },
  dot: { display: "inline-block", width: "8px", height: "8px", borderRadius: tokens.borderRadiusCircular, marginInlineEnd: tokens.spacingHorizontalXXS },
  error: { backgroundColor: tokens.colorPaletteRedBackground3 },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  info: { backgroundColor: tokens.colorBrandBackground },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const COUNT_OF = { error: "errors", warning: "warnings", info: "infos" } as const;

export interface ValidationResultsProps {
  session: KcSession;
  onNewSheet: () => void;
  onHelp: () => void;
}

/** The result of a check: one line of counts, the filters behind a button, the findings by sheet; or what to do next. */
export function ValidationResults({ session, onNewSheet, onHelp }: ValidationResultsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [filter, setFilter] = useState<FindingFilter>(defaultFilter);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const report = session.analysis!.report;
  const findings = report.findings;
  const shown = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  // Thousands of findings would make a slow list: show them a page at a time.
  const groups = useMemo(() => groupBySheet(shown.slice(0, limit)), [shown, limit]);
  const rules = useMemo(() => ruleCounts(findings), [findings]);
  const active = (filter.severities.size < ALL_SEVERITIES.length ? 1 : 0) + (filter.rule ? 1 : 0) + (filter.search.trim() ? 1 : 0);
  const changeFilter = (next: FindingFilter) => {
    setFilter(next);
    setLimit(PAGE);
  };

  if (report.stats.provinceSheets === 0) return <NoReport report={report} onNewSheet={onNewSheet} onHelp={onHelp} />;

  return (
    <div className={styles.root}>
      <div className={styles.countsRow}>
        <Text size={200} className={styles.counts} data-testid="summary-counts">
          <span>{t("validate.provinces", { count: report.stats.provinceSheets })}</span>
          {/* Errors always (0 errors is news); warnings and notes when there are some, so the line stays one line. */}
          {ALL_SEVERITIES.filter((severity) => severity === "error" || report.stats[COUNT_OF[severity]] > 0).map((severity) => (
            <span key={severity}>
              <span className={mergeClasses(styles.dot, styles[severity])} aria-hidden />
              {t(`validate.${COUNT_OF[severity]}`, { count: report.stats[COUNT_OF[severity]] })}
            </span>
          ))}
        </Text>
        {findings.length > 0 && (
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={filtersOpen}
            aria-controls="kc-filters"
            onClick={() => setFiltersOpen(!filtersOpen)}
            data-testid="filters-toggle"
          >
            {active > 0 ? t("filters.buttonActive", { count: active }) : t("filters.button")}
          </Button>
        )}
      </div>
      {filtersOpen && (
        <div id="kc-filters">
          <Suspense fallback={<Text>{t("app.loading")}</Text>}>
            <FindingFilters filter={filter} counts={report.stats} rules={rules} onChange={changeFilter} />
          </Suspense>
        </div>
      )}
      {findings.length === 0 ? (
        <Text data-testid="no-findings">{t("validate.none", { count: report.stats.provinceSheets })}</Text>
      ) : (
        <>
          {active > 0 && (
            <Text size={200} className={styles.muted} data-testid="shown-count">
              {t("filters.shown", { shown: shown.length, total: findings.length })}
            </Text>
          )}
          <FindingsList groups={groups} onGoTo={(f) => void session.goTo(f)} />
          {shown.length > limit && <Button onClick={() => setLimit(limit + PAGE)}>{t("findings.more", { shown: limit, total: shown.length })}</Button>}
        </>
      )}
      <OtherSheets report={report} />
    </div>
  );
}

/** The sheets a check read that are no province report: KC says it looked at them and why they were not checked. */
function OtherSheets({ report }: { report: ValidationReport }) {
  const styles = useStyles();
  const { t } = useI18n();
  const others = Object.entries(report.stats.bySheet)
    .filter(([, s]) => !s.provinceSheet)
    .map(([name]) => name);
  if (others.length === 0) return null;
  return (
    <Text size={200} className={styles.muted} data-testid="other-sheets">
      {t("validate.otherSheets", { count: others.length, sheets: others.join(", ") })}
    </Text>
  );
}

/** A workbook with no province report: the next step, not "no problem found". */
function NoReport({ report, onNewSheet, onHelp }: { report: ValidationReport; onNewSheet: () => void; onHelp: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <section className={styles.root} aria-labelledby="kc-no-report" data-testid="no-report">
      <Text as="h2" id="kc-no-report" size={300} weight="semibold">
        {t("noReport.title")}
      </Text>
      <Text>{t("noReport.read", { count: report.stats.sheets })}</Text>
      <ol className={styles.steps}>
        <li>
          {t("noReport.stepTemplate")}{" "}
          <Button size="small" onClick={onNewSheet}>
            {t("about.template")}
          </Button>
        </li>
        <li>
          {t("noReport.stepLayouts")} <TextLink href={`${HELP_PAGE}#layouts`}>{t("about.layouts")}</TextLink>
        </li>
        <li>
          {t("noReport.stepHelp")} <TextLink onClick={onHelp}>{t("about.help")}</TextLink>
        </li>
      </ol>
    </section>
  );
}
