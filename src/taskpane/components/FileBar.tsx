import { useRef } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

/** Web page only: pick an .xlsx to check. The workbook never leaves the browser. */
export function FileBar({ session }: { session: KcSession }) {
  const styles = useStyles();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <input
        ref={input}
        id="kc-file"
        className={styles.hidden}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        data-testid="file-input"
        // The visible button opens it: out of the tab order, but named for assistive technology.
        tabIndex={-1}
        aria-label={t("web.open")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void session.openFile?.(file);
          e.target.value = "";
        }}
      />
      <Button appearance={session.fileName ? "secondary" : "primary"} onClick={() => input.current?.click()} disabled={session.busy !== undefined}>
        {t("web.open")}
      </Button>
      <Text className={session.fileName ? styles.name : undefined} data-testid="file-name">
        {session.fileName ?? t("web.noFile")}
      </Text>
    </div>
  );
}
