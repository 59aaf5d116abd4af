import { useCallback, useRef, useState } from "react";
import type { Bilingual, Lang } from "../core/message";
import type { RoundingMode } from "../core/numbers/consistency";
import type { Finding } from "../core/validation/finding";
import { describeError } from "../app/errors";
import type { CellPeek } from "../app/cell-peek";
import type { NewProvinceSheet, WorkbookPort } from "../app/port";
import { Analysis, analyseWorkbook, writeSummaryTabs } from "../app/session";

export type Task = "open" | "validate" | "summary" | "newSheet" | "download";

export interface KcSession {
  analysis?: Analysis;
  rounding: RoundingMode;
  setRounding: (mode: RoundingMode) => void;
  busy?: Task;
  progress: number;
  error?: Bilingual;
  notices: Bilingual[];
  /** The tabs the last summary wrote. */
  written?: string[];
  createdSheet?: string;
  fileName?: string;
  /** Web page: the cells around the finding the user opened. */
  peek?: CellPeek;
  closePeek: () => void;
  validate: () => Promise<void>;
  summarize: () => Promise<void>;
  createProvinceSheet: (options: NewProvinceSheet) => Promise<void>;
  goTo: (finding: Finding) => Promise<void>;
  openFile?: (file: File) => Promise<void>;
  download?: () => Promise<void>;
  dismissError: () => void;
}

/** The task pane's state and the actions behind its buttons; every host call goes through `port`. */
export function useKcSession(port: WorkbookPort, lang: Lang): KcSession {
  const [analysis, setAnalysis] = useState<Analysis>();
  const [rounding, setRoundingState] = useState<RoundingMode>("round");
  const [busy, setBusy] = useState<Task>();
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<Bilingual>();
  const [notices, setNotices] = useState<Bilingual[]>([]);
  const [written, setWritten] = useState<string[]>();
  const [createdSheet, setCreatedSheet] = useState<string>();
  const [fileName, setFileName] = useState(port.host.fileName);
  const [peek, setPeek] = useState<CellPeek>();
  const running = useRef(false);

  const run = useCallback(async (task: Task, action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(task);
    setError(undefined);
    setProgress(0);
    try {
      await action();
    } catch (e) {
      setError(describeError(e));
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }, []);

  const validateWith = useCallback(
    (mode: RoundingMode) =>
      run("validate", async () => {
        setAnalysis(await analyseWorkbook(port, { rounding: mode }, setProgress));
      }),
    [port, run],
  );

  const setRounding = useCallback(
    (mode: RoundingMode) => {
      setRoundingState(mode);
      // Findings depend on the rounding mode: recompute them when there are findings on screen.
      if (analysis) void validateWith(mode);
    },
    [analysis, validateWith],
  );

  const session: KcSession = {
    analysis,
    rounding,
    setRounding,
    busy,
    progress,
    error,
    notices,
    written,
    createdSheet,
    fileName,
    peek,
    closePeek: () => setPeek(undefined),
    validate: () => validateWith(rounding),
    summarize: () =>
      run("summary", async () => {
        setNotices([]);
        setWritten(undefined);
        const result = await writeSummaryTabs(port, { rounding, lang }, setProgress);
        setAnalysis(result.analysis);
        setNotices(result.notices);
        setWritten(result.written);
      }),
    createProvinceSheet: (options) =>
      run("newSheet", async () => {
        setCreatedSheet(await port.createProvinceSheet(options));
      }),
    goTo: async (finding) => {
      try {
        if (port.peekCell) setPeek(await port.peekCell(finding.sheet, finding.cell));
        else await port.goToCell(finding.sheet, finding.cell);
      } catch (e) {
        setError(describeError(e));
      }
    },
    dismissError: () => setError(undefined),
  };
  const open = port.openWorkbook?.bind(port);
  if (open) {
    session.openFile = (file) =>
      run("open", async () => {
        await open(await file.arrayBuffer(), file.name);
        setFileName(file.name);
        setAnalysis(undefined);
        setNotices([]);
        setWritten(undefined);
        setAnalysis(await analyseWorkbook(port, { rounding }, setProgress));
      });
  }
  const download = port.downloadWorkbook?.bind(port);
  if (download) session.download = () => run("download", download);
  return session;
}
