import { useEffect, useRef } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import type { KcSession } from "../useKcSession";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  files: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, width: "100%", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** One file opens as it is; several are province reports summarised into one workbook (kc summarize's engine). */
function openChosen(session: KcSession, files: File[]): void {
  const workbooks = files.filter((f) => /\.xls[xm]$/i.test(f.name) || files.length === 1);
  if (files.length > 1 && session.openFiles) void session.openFiles(files);
  else if (workbooks[0]) void session.openFile?.(workbooks[0]);
}

/** Web page only: pick or drop an .xlsx to check, or several province files to summarise. The workbooks never leave the browser. */
export function FileBar({ session }: { session: KcSession }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const current = useRef(session);
  useEffect(() => {
    current.current = session;
  });
  // Files dropped anywhere on the page.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      if (current.current.busy === undefined) openChosen(current.current, files);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, []);
  return (
    <div className={styles.root}>
      <input
        ref={input}
        id="kc-file"
        className={styles.hidden}
        type="file"
        multiple={session.openFiles !== undefined}
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        data-testid="file-input"
        // The visible button opens it: out of the tab order, but named for assistive technology.
        tabIndex={-1}
        aria-label={t("web.open")}
        onChange={(e) => {
          openChosen(session, [...(e.target.files ?? [])]);
          e.target.value = "";
        }}
      />
      <Button appearance={session.fileName ? "secondary" : "primary"} onClick={() => input.current?.click()} disabled={session.busy !== undefined}>
        {t("web.open")}
      </Button>
      <Text className={session.fileName ? styles.name : undefined} data-testid="file-name">
        {session.fileName ?? t("web.noFile")}
      </Text>
      {session.openedFiles && (
        <ul className={styles.files} data-testid="opened-files" aria-label={t("web.openedFiles")}>
          {session.openedFiles.map((f) => (
            <li key={f.file} data-status={f.status}>
              {f.file}: {t(`web.fileStatus.${f.status}`)}
              {f.copies.length > 0 ? ` → ${f.copies.map((c) => `'${c.name}'`).join(", ")}` : ""}
              {f.reason ? ` (${f.reason[lang].replace(`${f.file}: `, "")})` : ""}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
