import type { Bilingual, Lang } from "../../core/message";
import type { RoundingMode } from "../../core/numbers/consistency";
import type { FileCopies } from "../../core/summary/report-copies";
import { InputWorkbook, summarizeFiles } from "./summarize-files";
import type { SummaryPlan } from "../../core/summary/plan-types";
import type { CellValue } from "../../core/workbook/snapshot";
import { writeCorrectionsSheet } from "./package-writer/corrections-writer";
import { convertKcFormulasToValues } from "./package-writer/kc-values";
import { addBlankProvinceSheet, BlankProvinceSheet } from "./package-writer/province-sheet-writer";
import { writeSummaryPlan } from "./package-writer/summary-writer";
import { NotGeneratedError } from "./package-writer/write-errors";
import { WorkbookPackage } from "./package-writer/workbook-package";
import { UnreadableWorkbookError } from "./package/refusal";

/** What the web page asks of the package writer (in a Web Worker, or in its own thread where there is none). */
export type PackageRequest =
  | { kind: "summary"; bytes: Uint8Array; fileName: string; plan: SummaryPlan }
  | { kind: "province-sheet"; bytes: Uint8Array; fileName: string; sheet: BlankProvinceSheet }
  | { kind: "kc-values"; bytes: Uint8Array; fileName: string }
  /** The officer's corrections of readings as the KC_CachDoc sheet (what `kc correct` writes). */
  | { kind: "corrections"; bytes: Uint8Array; fileName: string; rows: CellValue[][] }
  | { kind: "summarize-files"; files: InputWorkbook[]; fileName: string; lang: Lang; region?: string; rounding?: RoundingMode };

/** The edited package; `sheet`: the province sheet added; `converted`: how many KC formulas became values. */
export type PackageReply =
  { ok: true; bytes: Uint8Array; sheet?: string; converted?: number; files?: FileCopies[]; notices?: Bilingual[] } | { ok: false; text: Bilingual };

/** Carries out a request: the edited package's bytes, or a message the user can read. */
export async function handlePackageRequest(request: PackageRequest): Promise<PackageReply> {
  try {
    if (request.kind === "summarize-files") {
      // Several province files into one summary workbook: kc summarize's engine (summarize-files.ts).
      const { lang, region, rounding } = request;
      const result = await summarizeFiles(request.files, { lang, region, outputName: request.fileName, validate: { rounding } });
      return { ok: true, bytes: result.output, files: result.files, notices: [...result.notices, ...result.plan.notices] };
    }
    const pkg = await WorkbookPackage.open(request.bytes, request.fileName);
    switch (request.kind) {
      case "summary":
        await writeSummaryPlan(pkg, request.plan);
        return { ok: true, bytes: await pkg.save() };
      case "province-sheet": {
        const sheet = await addBlankProvinceSheet(pkg, request.sheet);
        return { ok: true, bytes: await pkg.save(), sheet };
      }
      case "corrections":
        await writeCorrectionsSheet(pkg, request.rows);
        return { ok: true, bytes: await pkg.save() };
      case "kc-values": {
        const converted = await convertKcFormulasToValues(pkg);
        // Nothing converted: the package as it came, not even its zip container written again.
        return { ok: true, bytes: converted > 0 ? await pkg.save() : request.bytes, converted };
      }
    }
  } catch (error) {
    if (error instanceof UnreadableWorkbookError || error instanceof NotGeneratedError) return { ok: false, text: error.text };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      text: { vi: `${request.fileName}: không ghi được sổ tính (${detail}).`, en: `${request.fileName}: the workbook cannot be written (${detail}).` },
    };
  }
}
