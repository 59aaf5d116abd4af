import { FormEvent, useState } from "react";
import { Button, Dropdown, Field, Input, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { PERIODS, UNITS } from "../../core/standard/layout";
import type { NewProvinceSheet } from "../../app/port";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  // Fluent's Dropdown has a 250px minimum: let it fit the narrow task pane.
  fill: { minWidth: 0, width: "100%" },
});

export interface NewSheetFormProps {
  onCreate: (options: NewProvinceSheet) => Promise<void>;
  disabled: boolean;
  created?: string;
  /** Puts the cursor in the province field (the user came here asking for a template). */
  autoFocus?: boolean;
}

const CURRENT_YEAR = new Date().getFullYear();

export function NewSheetForm({ onCreate, disabled, created, autoFocus = false }: NewSheetFormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [province, setProvince] = useState("");
  const [year, setYear] = useState(String(CURRENT_YEAR));
  const [period, setPeriod] = useState<string>(PERIODS[PERIODS.length - 1]);
  const [unit, setUnit] = useState(UNITS[0].label);
  const yearNumber = Number(year);
  const yearValid = /^\d{4}$/.test(year.trim()) && yearNumber >= 2000 && yearNumber <= 2100;
  const provinceValid = province.trim().length > 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!provinceValid || !yearValid) return;
    void onCreate({ province: province.trim().normalize("NFC"), year: yearNumber, period, unit });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="kc-new-sheet-title">
      <Text as="h2" id="kc-new-sheet-title" weight="semibold" size={300}>
        {t("newSheet.title")}
      </Text>
      <Field label={t("newSheet.province")} required validationMessage={province && !provinceValid ? t("newSheet.provinceNeeded") : undefined}>
        <Input
          value={province}
          onChange={(_, d) => setProvince(d.value)}
          placeholder={t("newSheet.provincePlaceholder")}
          autoFocus={autoFocus}
          data-testid="new-sheet-province"
        />
      </Field>
      <div className={styles.row}>
        <Field label={t("newSheet.year")} required validationMessage={yearValid ? undefined : t("newSheet.yearInvalid")}>
          <Input className={styles.fill} value={year} onChange={(_, d) => setYear(d.value)} inputMode="numeric" />
        </Field>
        <Field label={t("newSheet.period")}>
          <Dropdown className={styles.fill} value={period} selectedOptions={[period]} onOptionSelect={(_, d) => d.optionValue && setPeriod(d.optionValue)}>
            {PERIODS.map((p) => (
              <Option key={p} value={p}>
                {p}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field label={t("newSheet.unit")}>
        <Dropdown className={styles.fill} value={unit} selectedOptions={[unit]} onOptionSelect={(_, d) => d.optionValue && setUnit(d.optionValue)}>
          {UNITS.map((u) => (
            <Option key={u.unit} value={u.label}>
              {u.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button type="submit" disabled={disabled || !provinceValid || !yearValid}>
        {t("newSheet.create")}
      </Button>
      {created && (
        <Text role="status" aria-live="polite">
          {t("newSheet.created", { name: created })}
        </Text>
      )}
    </form>
  );
}
