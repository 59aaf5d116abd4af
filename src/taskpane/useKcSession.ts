import { useCallback, useRef, useState } from "react";
import type { FileCopies } from "../core/summary/report-copies";
import type { Bilingual, Lang } from "../core/message";
import type { RoundingMode } from "../core/numbers/consistency";
import type { Finding } from "../core/validation/finding";
import { describeError } from "../app/errors";
import type { CellPeek } from "../app/cell-peek";
import type { KcFormulaCount, NewProvinceSheet, RegionSelection, UndoSupport, WorkbookPort } from "../app/port";
import type { FileInsertion } from "../app/report-files";
import type { ReviewItem, ReviewView } from "../app/review";
import type { ReadingBook } from "../app/reading-view";
import type { CellValue } from "../core/workbook/snapshot";
import { Analysis, analyseWorkbook, writeSummaryTabs } from "../app/session";

export type Task = "open" | "validate" | "summary" | "newSheet" | "insert" | "download" | "scan" | "convert" | "review" | "reading" | "correct";

/** The formula review's engine: loaded when the review view first runs, out of the pane's start-up. */
const loadReview = () => import(/* webpackChunkName: "review" */ "../app/review");
/** The reading view's logic: loaded with the view, out of the pane's start-up. */
const loadReading = () => import(/* webpackChunkName: "reading-view" */ "../app/reading-view");

export interface KcSession {
  analysis?: Analysis;
  busy?: Task;
  progress: number;
  error?: Bilingual;
  notices: Bilingual[];
  /** The tabs the last summary wrote, and how that write can be undone. */
  written?: { sheets: string[]; undo: UndoSupport };
  createdSheet?: string;
  /** What "Thêm báo cáo tỉnh từ tệp…" did with each file, the last time. */
  insertedFiles?: FileInsertion[];
  fileName?: string;
  /** Web page: the cells around the finding the user opened. */
  peek?: CellPeek;
  /** The cell view was opened once: it stays mounted, so it can animate closed. */
  peekOpened: boolean;
  closePeek: () => void;
  /** The KC formulas found by the last scan; `converted` once they were turned into values. */
  kcFormulas?: { counts: KcFormulaCount[]; converted?: number };
  /** The formula review's suspects, after "Rà soát công thức". */
  review?: ReviewView;
  reviewFormulas: () => Promise<void>;
  /**
   * Shows a suspect of the review: Excel selects it with its region (resolves to what it could select); the
   * web page opens the cell view with the region marked and the proposed formula (resolves to undefined).
   */
  showSuspect: (item: ReviewItem) => Promise<RegionSelection | undefined>;
  /** How KC read each sheet, after the reading view opened (read again after each correction). */
  readings?: ReadingBook;
  /** What the last correction did ("Đã ghi vào KC_CachDoc: …"). */
  corrected?: Bilingual;
  readSheets: () => Promise<void>;
  /** Writes KC_CachDoc with these rows, then reads the sheets again. */
  writeCorrections: (rows: readonly CellValue[][], said: Bilingual) => Promise<void>;
  /** Shows a table of a sheet: Excel selects its range; the web page opens the cell view with the range marked. */
  showRange: (sheet: string, range: string) => Promise<void>;
  validate: (rounding?: RoundingMode) => Promise<void>;
  summarize: () => Promise<void>;
  createProvinceSheet: (options: NewProvinceSheet) => Promise<void>;
  /** Excel only: inserts the province reports of the chosen files into the open workbook. */
  insertReportFiles?: (files: readonly File[]) => Promise<void>;
  goTo: (finding: Finding) => Promise<void>;
  findKcFormulas: () => Promise<void>;
  convertKcFormulas: () => Promise<void>;
  openFile?: (file: File) => Promise<void>;
  /** Web page only: several province files, summarised into one workbook that becomes the open one. */
  openFiles?: (files: File[]) => Promise<void>;
  /** What became of each file of the last openFiles. */
  openedFiles?: FileCopies[];
  download?: () => Promise<void>;
  dismissError: () => void;
}

export interface SessionSettings {
  lang: Lang;
  rounding: RoundingMode;
  region?: string;
}

/** The task pane's state and the actions behind its buttons; every host call goes through `port`. */
export function useKcSession(port: WorkbookPort, settings: SessionSettings): KcSession {
  const [analysis, setAnalysis] = useState<Analysis>();
  const [busy, setBusy] = useState<Task>();
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<Bilingual>();
  const [notices, setNotices] = useState<Bilingual[]>([]);
  const [written, setWritten] = useState<KcSession["written"]>();
  const [createdSheet, setCreatedSheet] = useState<string>();
  const [insertedFiles, setInsertedFiles] = useState<FileInsertion[]>();
  const [openedFiles, setOpenedFiles] = useState<FileCopies[]>();
  const [fileName, setFileName] = useState(port.host.fileName);
  const [peek, setPeek] = useState<CellPeek>();
  const [peekOpened, setPeekOpened] = useState(false);
  const [kcFormulas, setKcFormulas] = useState<KcSession["kcFormulas"]>();
  const [review, setReview] = useState<ReviewView>();
  const [readings, setReadings] = useState<ReadingBook>();
  const [corrected, setCorrected] = useState<Bilingual>();
  const running = useRef(false);
  // The finding that opened the cell view: focus goes back to it when the view closes.
  const opener = useRef<HTMLElement | null>(null);
  const { lang, rounding, region } = settings;

  /** Opens the cell view; focus goes back to what opened it when it closes. */
  const openPeek = async (pending: Promise<CellPeek>) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPeek(await pending);
    setPeekOpened(true);
  };

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

  const validate = useCallback(
    (mode: RoundingMode = rounding) =>
      run("validate", async () => {
        setAnalysis(await analyseWorkbook(port, { rounding: mode }, setProgress));
      }),
    [port, run, rounding],
  );

  const session: KcSession = {
    analysis,
    busy,
    progress,
    error,
    notices,
    written,
    createdSheet,
    insertedFiles,
    openedFiles,
    fileName,
    peek,
    peekOpened,
    kcFormulas,
    review,
    readings,
    corrected,
    closePeek: () => {
      setPeek(undefined);
      const element = opener.current;
      opener.current = null;
      if (element) requestAnimationFrame(() => element.focus());
    },
    validate,
    summarize: () =>
      run("summary", async () => {
        setNotices([]);
        setWritten(undefined);
        const result = await writeSummaryTabs(port, { rounding, lang, region }, setProgress);
        setAnalysis(result.analysis);
        setNotices(result.notices);
        setWritten({ sheets: result.written, undo: result.undo });
      }),
    createProvinceSheet: (options) =>
      run("newSheet", async () => {
        setCreatedSheet(await port.createProvinceSheet(options));
      }),
    goTo: async (finding) => {
      try {
        if (port.peekCell) await openPeek(port.peekCell(finding.sheet, finding.cell));
        else await port.goToCell(finding.sheet, finding.cell);
      } catch (e) {
        setError(describeError(e));
      }
    },
    reviewFormulas: () =>
      run("review", async () => {
        const { reviewOpenWorkbook } = await loadReview();
        setReview(await reviewOpenWorkbook(port, setProgress));
      }),
    showSuspect: async (item) => {
      try {
        if (port.peekCell) {
          const { proposed } = item;
          await openPeek(port.peekCell(item.sheet, item.cell, item.region).then((peek) => (proposed === undefined ? peek : { ...peek, proposed })));
          return undefined;
        }
        if (port.selectRegion) return await port.selectRegion(item.sheet, item.cell, item.region);
        await port.goToCell(item.sheet, item.cell);
        return "cell";
      } catch (e) {
        setError(describeError(e));
        return undefined;
      }
    },
    readSheets: () =>
      run("reading", async () => {
        setCorrected(undefined);
        const [{ readingBook }, snapshot] = await Promise.all([loadReading(), port.readSnapshot((done, total) => setProgress(done / Math.max(total, 1)))]);
        setReadings(readingBook(snapshot, port.host.fileName));
      }),
    writeCorrections: (rows, said) =>
      run("correct", async () => {
        setCorrected(undefined);
        await port.writeCorrections(rows);
        const [{ readingBook }, snapshot] = await Promise.all([loadReading(), port.readSnapshot()]);
        setReadings(readingBook(snapshot, port.host.fileName));
        setCorrected(said);
      }),
    showRange: async (sheet, range) => {
      try {
        if (port.peekCell) await openPeek(port.peekCell(sheet, range.split(":")[0], [range]));
        else await port.goToCell(sheet, range);
      } catch (e) {
        setError(describeError(e));
      }
    },
    findKcFormulas: () =>
      run("scan", async () => {
        setKcFormulas({ counts: await port.findKcFormulas() });
      }),
    convertKcFormulas: () =>
      run("convert", async () => {
        const converted = await port.convertKcFormulas();
        setKcFormulas((current) => ({ counts: current?.counts ?? [], converted }));
      }),
    dismissError: () => setError(undefined),
  };
  const open = port.openWorkbook?.bind(port);
  if (open) {
    session.openFile = (file) =>
      run("open", async () => {
        await open(await file.arrayBuffer(), file.name);
        setFileName(file.name);
        setOpenedFiles(undefined);
        setAnalysis(undefined);
        setNotices([]);
        setWritten(undefined);
        setKcFormulas(undefined);
        setReview(undefined);
        setReadings(undefined);
        setCorrected(undefined);
        setAnalysis(await analyseWorkbook(port, { rounding }, setProgress));
      });
  }
  const openMany = port.openReportFiles?.bind(port);
  if (openMany) {
    session.openFiles = (files) =>
      run("open", async () => {
        const chosen = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
        const opened = await openMany(chosen, { lang, region, rounding });
        setFileName(opened.fileName);
        setOpenedFiles(opened.files);
        setAnalysis(undefined);
        setNotices(opened.notices);
        setWritten(undefined);
        setKcFormulas(undefined);
        setReview(undefined);
        setAnalysis(await analyseWorkbook(port, { rounding }, setProgress));
      });
  }
  const insert = port.insertReportFiles?.bind(port);
  if (insert) {
    session.insertReportFiles = (files) =>
      run("insert", async () => {
        setInsertedFiles(undefined);
        const chosen = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
        setInsertedFiles(await insert(chosen, setProgress));
      });
  }
  const download = port.downloadWorkbook?.bind(port);
  if (download) session.download = () => run("download", download);
  return session;
}
