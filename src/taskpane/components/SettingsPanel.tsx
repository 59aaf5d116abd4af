import { FormEvent, useMemo, useState } from "react";
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import type { RoundingMode } from "../../core/numbers/consistency";
import type { LanguageChoice, WorkbookSettings } from "../../app/settings";
import { builtInRuleLibrary } from "../../core/rules/library";
import type { Ceiling, RulePack } from "../../core/rules/schema";
import { formatNumber } from "../../core/numbers/format-vi";
import { unitName } from "../../core/numbers/units";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  packs: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pack: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke1,
  },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fill: { minWidth: 0, width: "100%" },
});

/** Region words officers write in the summary report (before and after the 2025 merger). */
const REGIONS = ["khu vực phía Bắc", "khu vực miền Trung - Tây Nguyên", "khu vực miền Trung", "khu vực phía Nam"];

export interface SettingsPanelProps {
  language: LanguageChoice;
  /** The display language of the host the pane follows by default: Office's, or the browser's on the web page. */
  hostLanguage: string;
  hostKind: "excel" | "web";
  onLanguage: (choice: LanguageChoice) => void;
  rounding: RoundingMode;
  onRounding: (mode: RoundingMode) => void;
  /** The user's region, for every workbook. */
  region: string;
  onRegion: (region: string) => void;
  /** The open workbook's settings; undefined while unread, or with no workbook open (web page). */
  workbook?: WorkbookSettings;
  onWorkbook: (next: WorkbookSettings) => Promise<void>;
  /** The report year the last check read from the province sheets. */
  sheetsYear?: number;
  /** Packs read from the workbook's KC_QuyDinh sheet, when it has one. */
  workbookPacks?: RulePack[];
  /** The workbook has a KC_QuyDinh sheet (its packs may still be unreadable: see the findings). */
  hasRulesSheet: boolean;
}

export function SettingsPanel(props: SettingsPanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const library = useMemo(() => builtInRuleLibrary(), []);
  return (
    <div className={styles.root}>
      <Field label={t("settings.language")}>
        <RadioGroup value={props.language} onChange={(_, d) => props.onLanguage(d.value as LanguageChoice)}>
          <Radio value="office" label={t(props.hostKind === "web" ? "settings.followBrowser" : "settings.followOffice", { language: props.hostLanguage })} />
          <Radio value="vi" label="Tiếng Việt" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      <Field label={t("settings.rounding")} hint={t("settings.roundingHint")}>
        <RadioGroup value={props.rounding} onChange={(_, d) => props.onRounding(d.value as RoundingMode)}>
          <Radio value="round" label={t("settings.round")} />
          <Radio value="truncate" label={t("settings.truncate")} />
        </RadioGroup>
      </Field>
      <Field label={t("settings.region")} hint={t("settings.regionHint")}>
        <Input
          className={styles.fill}
          value={props.region}
          onChange={(_, d) => props.onRegion(d.value.normalize("NFC"))}
          list="kc-regions"
          placeholder="khu vực phía Nam"
          data-testid="settings-region"
        />
      </Field>
      <datalist id="kc-regions">
        {REGIONS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <WorkbookSettingsForm key={props.workbook ? "read" : "unread"} {...props} />
      <section aria-labelledby="kc-rules-title">
        <Text as="h3" id="kc-rules-title" weight="semibold" size={300} block>
          {t("settings.rules", { version: library.version })}
        </Text>
        <PackList packs={library.packs} />
      </section>
      <section aria-labelledby="kc-override-title">
        <Text as="h3" id="kc-override-title" weight="semibold" size={300} block>
          {t("settings.override")}
        </Text>
        {props.workbookPacks && props.workbookPacks.length > 0 ? (
          <PackList packs={props.workbookPacks} detailed />
        ) : (
          <Text>{props.hasRulesSheet ? t("settings.overrideUnreadable") : t("settings.overrideNone")}</Text>
        )}
      </section>
    </div>
  );
}

/** The settings saved with the open workbook: its region (over the user's) and its report year (KC.SUPPORTMAX's default). */
function WorkbookSettingsForm({ workbook, onWorkbook, sheetsYear, hostKind, region: userRegion }: SettingsPanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [region, setRegion] = useState(workbook?.region ?? "");
  const [year, setYear] = useState(workbook?.reportYear ? String(workbook.reportYear) : "");
  const [saved, setSaved] = useState(false);
  const yearText = year.trim();
  const yearValid = yearText === "" || (/^\d{4}$/.test(yearText) && Number(yearText) >= 1990 && Number(yearText) <= 2100);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!workbook || !yearValid) return;
    const next: WorkbookSettings = {};
    if (region.trim()) next.region = region.trim().normalize("NFC");
    if (yearText) {
      next.reportYear = Number(yearText);
      next.reportYearSource = next.reportYear === workbook.reportYear ? (workbook.reportYearSource ?? "user") : "user";
    }
    await onWorkbook(next);
    setSaved(true);
  };
  return (
    <section aria-labelledby="kc-workbook-title">
      <form className={styles.form} onSubmit={(e) => void submit(e)} data-testid="workbook-settings">
        <Text as="h3" id="kc-workbook-title" weight="semibold" size={300} block>
          {t("settings.workbook")}
        </Text>
        <Text size={200} className={styles.meta}>
          {t(hostKind === "web" ? "settings.workbookWhereWeb" : "settings.workbookWhereExcel")}
        </Text>
        {workbook ? (
          <>
            <Field label={t("settings.workbookRegion")} hint={userRegion ? t("settings.workbookRegionHint", { region: userRegion }) : undefined}>
              <Input
                className={styles.fill}
                value={region}
                onChange={(_, d) => {
                  setRegion(d.value);
                  setSaved(false);
                }}
                list="kc-regions"
              />
            </Field>
            <Field
              label={t("settings.reportYear")}
              hint={sheetsYear ? t("settings.reportYearRead", { year: sheetsYear }) : t("settings.reportYearHint")}
              validationMessage={yearValid ? undefined : t("settings.reportYearInvalid")}
            >
              <Input
                className={styles.fill}
                value={year}
                onChange={(_, d) => {
                  setYear(d.value);
                  setSaved(false);
                }}
                inputMode="numeric"
                data-testid="settings-year"
              />
            </Field>
            <Button type="submit" disabled={!yearValid} data-testid="workbook-save">
              {t("settings.workbookSave")}
            </Button>
            {saved && (
              <Text role="status" size={200}>
                {t("settings.workbookSaved")}
              </Text>
            )}
          </>
        ) : (
          <Text>{t("settings.workbookNone")}</Text>
        )}
      </form>
    </section>
  );
}

/** "15/07/2014" in Vietnamese, the ISO date in English. */
function showDate(iso: string, lang: "vi" | "en"): string {
  const [y, m, d] = iso.split("-");
  return lang === "vi" ? `${d}/${m}/${y}` : iso;
}

function PackList({ packs, detailed = false }: { packs: readonly RulePack[]; detailed?: boolean }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const limits = (c: Ceiling) =>
    [
      c.maxPercent !== undefined ? t("settings.percentLimit", { percent: formatNumber(c.maxPercent, 0, lang) }) : undefined,
      c.maxAmount !== undefined
        ? t("settings.amountLimit", { amount: formatNumber(c.maxAmount, 0, lang), unit: unitName(c.amountUnit)[lang], per: t(`settings.per.${c.per}`) })
        : undefined,
    ]
      .filter(Boolean)
      .join(", ");
  return (
    <ul className={styles.packs}>
      {packs.map((pack) => (
        <li key={pack.id} className={styles.pack}>
          <Text weight="semibold">{pack.basis}</Text>
          <Text className={styles.meta}>
            {pack.fund === "KCQG" ? t("settings.national") : t("settings.local", { province: pack.province ?? "" })}
            {" · "}
            {pack.effectiveFrom ? t("settings.from", { date: showDate(pack.effectiveFrom, lang) }) : t("settings.noDate")}
            {pack.effectiveTo ? ` · ${t("settings.to", { date: showDate(pack.effectiveTo, lang) })}` : ""}
            {" · "}
            {t("settings.ceilings", { count: pack.ceilings.filter((c) => c.status !== "U").length })}
          </Text>
          {detailed &&
            pack.ceilings.map((c) => (
              <Text key={c.activity} size={200}>
                {t("settings.ceiling", { activity: c.activity, limits: limits(c) })}
              </Text>
            ))}
        </li>
      ))}
    </ul>
  );
}
