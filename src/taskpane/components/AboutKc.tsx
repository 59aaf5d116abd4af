import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { HELP_PAGE, KC_VERSION } from "../../app/version";
import { useI18n } from "../../i18n/I18nProvider";
import { TextLink } from "./TextLink";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  privacy: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorPaletteGreenBorder2,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  footer: { color: tokens.colorNeutralForeground3 },
});

export interface AboutKcProps {
  host: "excel" | "web";
  onNewSheet?: () => void;
  /** Opens the help view; without it, the footer links to the help page. */
  onHelp?: () => void;
  /** Its headings' level: h2 on the first tab, h3 inside the help view. */
  heading?: "h2" | "h3";
}

/** What a first-time user needs: what KC checks, what a province report looks like, where the data stays, the version and help. */
export function AboutKc({ host, onNewSheet, onHelp, heading = "h2" }: AboutKcProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <section className={styles.root} aria-labelledby="kc-about-checks" data-testid="first-run">
      <Text as={heading} id="kc-about-checks" size={300} weight="semibold">
        {t("about.checksTitle")}
      </Text>
      <ul className={styles.list}>
        <li>{t("about.checkFigures")}</li>
        <li>{t("about.checkCeilings")}</li>
        <li>{t("about.checkSummary")}</li>
      </ul>
      <Text as={heading} size={300} weight="semibold">
        {t("about.reportTitle")}
      </Text>
      <Text>{t("about.report")}</Text>
      <div className={styles.actions}>
        {onNewSheet && (
          <Button size="small" onClick={onNewSheet} data-testid="first-run-template">
            {t("about.template")}
          </Button>
        )}
        <TextLink href={`${HELP_PAGE}#layouts`}>{t("about.layouts")}</TextLink>
      </div>
      <Text className={styles.privacy}>{t(host === "web" ? "about.privacyWeb" : "about.privacyExcel")}</Text>
      <Text size={200} className={styles.footer}>
        {t("about.version", { version: KC_VERSION })}
        {" · "}
        <TextLink href={HELP_PAGE} onClick={onHelp}>
          {t("about.help")}
        </TextLink>
      </Text>
    </section>
  );
}
