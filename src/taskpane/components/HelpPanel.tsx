import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { HELP_PAGE } from "../../app/version";
import { useI18n } from "../../i18n/I18nProvider";
import { AboutKc } from "./AboutKc";
import { TextLink } from "./TextLink";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** "Giới thiệu và trợ giúp": what the first run shows, plus what to do when the KC functions do not load. */
export function HelpPanel({ hostKind }: { hostKind: "excel" | "web" }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.root}>
      <AboutKc host={hostKind} heading="h3" />
      {hostKind === "excel" && (
        <section aria-labelledby="kc-help-functions">
          <Text as="h3" id="kc-help-functions" size={300} weight="semibold" block>
            {t("help.functionsTitle")}
          </Text>
          <ol className={styles.list}>
            <li>{t("help.functionsSaved")}</li>
            <li>{t("help.functionsCache")}</li>
            <li>{t("help.functionsVersion")}</li>
          </ol>
        </section>
      )}
      <Text>
        {t("help.more")} <TextLink href={HELP_PAGE}>{HELP_PAGE}</TextLink>
      </Text>
    </div>
  );
}
