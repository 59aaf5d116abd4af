import { useEffect, useRef } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import type { FileCopies } from "../../core/summary/report-copies";
import type { KcSession } from "../useKcSession";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  files: { width: "100%", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere", "& ul": { margin: 0, paddingInlineStart: tokens.spacingHorizontalL } },
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
  const { t } = useI18n();
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
      {session.openedFiles && <OpenedFiles files={session.openedFiles} className={styles.files} />}
    </div>
  );
}

/**
 * What became of each file given: one line of counts, the files needing attention (unusable, duplicate) listed,
 * the copied ones folded (a region's 27 files would push the findings out of a 350 px pane).
 */
function OpenedFiles({ files, className }: { files: FileCopies[]; className: string }) {
  const { t, lang } = useI18n();
  const line = (f: FileCopies) => (
    <li key={f.file} data-status={f.status}>
      {f.file}: {t(`web.fileStatus.${f.status}`)}
      {f.copies.length > 0 ? ` → ${f.copies.map((c) => `'${c.name}'`).join(", ")}` : ""}
      {f.reason ? ` (${f.reason[lang].replace(`${f.file}: `, "")})` : ""}
    </li>
  );
  const attention = files.filter((f) => f.status === "unusable" || f.status === "duplicate");
  const used = files.filter((f) => !attention.includes(f));
  return (
    <div data-testid="opened-files" className={className}>
      {attention.length > 0 && <ul aria-label={t("web.openedFiles")}>{attention.map(line)}</ul>}
      <details>
        <summary>{t("web.usedFiles", { count: used.length, total: files.length })}</summary>
        <ul>{used.map(line)}</ul>
      </details>
    </div>
  );
}
