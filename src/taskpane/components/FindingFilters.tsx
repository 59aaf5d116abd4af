import { Checkbox, Dropdown, Field, makeStyles, Option, SearchBox, tokens } from "@fluentui/react-components";
import type { SeverityCounts } from "../../core/validation/finding";
import { ALL_SEVERITIES, FindingFilter } from "../../app/findings-view";
import { ruleTitle } from "../../app/rule-titles";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  severities: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, border: "none", margin: 0, padding: 0 },
  fill: { minWidth: 0, width: "100%" },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBlockEnd: tokens.spacingVerticalXXS, padding: 0 },
});

const COUNT_OF = { error: "errors", warning: "warnings", info: "infos" } as const;

export interface FindingFiltersProps {
  filter: FindingFilter;
  counts: SeverityCounts;
  rules: { rule: string; count: number }[];
  onChange: (filter: FindingFilter) => void;
}

export function FindingFilters({ filter, counts, rules, onChange }: FindingFiltersProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const ruleLabel = (rule: string) => (rule ? `${ruleTitle(rule, lang)} (${rules.find((r) => r.rule === rule)?.count ?? 0})` : t("filters.allRules"));
  return (
    <div className={styles.root}>
      <fieldset className={styles.severities}>
        <legend className={styles.legend}>{t("filters.severity")}</legend>
        {ALL_SEVERITIES.map((severity) => (
          <Checkbox
            key={severity}
            data-testid={`filter-${severity}`}
            label={`${t(`severity.${severity}`)} (${counts[COUNT_OF[severity]]})`}
            checked={filter.severities.has(severity)}
            onChange={(_, data) => {
              const next = new Set(filter.severities);
              if (data.checked) next.add(severity);
              else next.delete(severity);
              onChange({ ...filter, severities: next });
            }}
          />
        ))}
      </fieldset>
      <Field label={t("filters.rule")}>
        <Dropdown
          className={styles.fill}
          value={ruleLabel(filter.rule)}
          selectedOptions={[filter.rule]}
          onOptionSelect={(_, data) => onChange({ ...filter, rule: data.optionValue ?? "" })}
        >
          <Option value="">{t("filters.allRules")}</Option>
          {rules.map((r) => (
            <Option key={r.rule} value={r.rule}>
              {ruleLabel(r.rule)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("filters.search")}>
        <SearchBox placeholder={t("filters.searchPlaceholder")} value={filter.search} onChange={(_, data) => onChange({ ...filter, search: data.value })} />
      </Field>
    </div>
  );
}
