import { useMemo } from "react";
import { Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/message";
import type { RoundingMode } from "../../core/numbers/consistency";
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
});

export type LanguageChoice = "office" | Lang;

export interface SettingsPanelProps {
  language: LanguageChoice;
  /** The display language of the host the pane follows by default: Office's, or the browser's on the web page. */
  hostLanguage: string;
  hostKind: "excel" | "web";
  onLanguage: (choice: LanguageChoice) => void;
  rounding: RoundingMode;
  onRounding: (mode: RoundingMode) => void;
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
      <section aria-labelledby="kc-rules-title">
        <Text as="h2" id="kc-rules-title" weight="semibold" size={400} block>
          {t("settings.rules", { version: library.version })}
        </Text>
        <PackList packs={library.packs} />
      </section>
      <section aria-labelledby="kc-override-title">
        <Text as="h2" id="kc-override-title" weight="semibold" size={400} block>
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
