import type { Command } from "commander";
import { existsSync, statSync } from "fs";
import { basename } from "path";
import { Bilingual, bilingual, Lang } from "../../core/message";
import { buildSummaryPlan } from "../../core/summary/build-plan";
import { SummaryPlan } from "../../core/summary/plan-types";
import { FileStatus } from "../../core/summary/report-copies";
import { expandInputs, isSetAside } from "../inputs";
import {
  checkOutputFile,
  InputError,
  inputErrorText,
  isInputError,
  readAndValidateFile,
  ruleLibraryFrom,
  parseLang,
  parseRounding,
  ROUNDING_HELP,
  writeOutputFile,
} from "../io";
import type { RegisterCommand } from "./index";

interface SummarizeFlags {
  output: string;
  lang: string;
  force?: boolean;
  update?: boolean;
  recursive?: boolean;
  region?: string;
  rules?: string;
  rounding: string;
}

/** One workbook named on its own and no --update: its own sheets are summarized in a copy of it, as before several inputs were accepted. */
function isSingleWorkbook(inputs: readonly string[], flags: SummarizeFlags): boolean {
  if (inputs.length !== 1 || flags.update) return false;
  try {
    return !statSync(inputs[0]).isDirectory();
  } catch {
    return true;
  }
}

/**
 * `kc summarize FILE.xlsx -o OUT.xlsx`: writes the workbook with the summary tabs (TH_KinhPhi,
 * TH_NoiDung, TH_KiemTra, TH_BaoCao) to OUT: the input's own package with KC's tabs added, every other
 * part as it was (src/adapters/xlsx/package-writer). Reads by streaming, as `kc validate` does. A
 * macro-enabled workbook (.xlsm) is written as .xlsm, never converted.
 *
 * `kc summarize a.xlsx b.xlsx bao-cao/ -o khu-vuc.xlsx`: a new workbook holding a copy of every province
 * report of the files (named for its province, its source recorded) with the summary tabs over the copies;
 * `--update` brings such a workbook up to date (a newer file for a province replaces its copy). A file that
 * cannot be used is named with its reason and the others are summarized.
 *
 * Never writes over an input, nor over an existing OUT without --force or --update, and never leaves a
 * half-written OUT (writeOutputFile). Exit 0 no error finding, 1 error findings (the summary is still
 * written), 2 unusable input (also when only some of several inputs were unusable).
 */
export const registerSummarize: RegisterCommand = (program: Command, setExit) => {
  program
    .command("summarize")
    .description("Tạo các bảng tổng hợp (TH_KinhPhi, TH_NoiDung, TH_KiemTra, TH_BaoCao) / write the summary tabs")
    .argument(
      "<inputs...>",
      "sổ .xlsx/.xlsm gồm báo cáo các tỉnh, hoặc nhiều tệp, thư mục báo cáo tỉnh / a workbook of province reports, or several files and folders of them",
    )
    .requiredOption("-o, --output <file>", "tệp sẽ ghi (.xlsx; .xlsm cho sổ có macro) / the file to write (.xlsx; .xlsm for a macro-enabled workbook)")
    .option("--lang <lang>", "vi | en: ngôn ngữ tiêu đề cột / language of the headers", "vi")
    .option("--force", "ghi đè tệp OUT đã có / overwrite an existing OUT")
    .option(
      "--update",
      "cập nhật sổ tổng hợp OUT đã có: tệp mới thay bản sao của tỉnh / bring the existing summary OUT up to date: newer files replace a province's copy",
    )
    .option("-r, --recursive", "đọc cả thư mục con / also read subfolders")
    .option(
      "--region <region>",
      'north | central | south: chỉ tổng hợp các tỉnh của vùng (theo địa giới của kỳ báo cáo); chữ khác chỉ là tên vùng trong báo cáo, ví dụ "khu vực phía Nam" / the region to summarize, or words naming it in the report',
    )
    .option("--rules <pack>", "gói quy định JSON bổ sung / a rule pack (JSON) extending the built-in one")
    .option("--rounding <mode>", ROUNDING_HELP, "round")
    .action(async (inputs: string[], flags: SummarizeFlags) => {
      let lang: Lang = flags.lang === "en" ? "en" : "vi";
      try {
        lang = parseLang(flags.lang);
        const rounding = parseRounding(flags.rounding);
        const rules = ruleLibraryFrom(flags.rules);
        if (!/\.xls[xm]$/i.test(flags.output))
          throw new InputError({
            vi: `${flags.output}: tệp ghi ra phải có đuôi .xlsx hoặc .xlsm.`,
            en: `${flags.output}: the output must end in .xlsx or .xlsm.`,
          });
        const common = { lang, region: flags.region?.normalize("NFC"), rules, rounding };
        if (isSingleWorkbook(inputs, flags)) await summarizeWorkbookFile(inputs[0], flags, common, setExit);
        else await summarizeManyFiles(inputs, flags, common, setExit);
      } catch (err) {
        if (!isInputError(err)) throw err;
        process.stderr.write(`kc summarize: ${inputErrorText(err, lang)}\n`);
        setExit(2);
      }
    });
};

interface CommonOptions {
  lang: Lang;
  region?: string;
  rules: ReturnType<typeof ruleLibraryFrom>;
  rounding: ReturnType<typeof parseRounding>;
}

/** The lines every run prints after its own: notices, the checks' counts, where it wrote. */
function summaryLines(plan: SummaryPlan, stats: { errors: number; warnings: number; infos: number }, output: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const n of plan.notices) out.push(`${lang === "vi" ? "Lưu ý" : "Notice"}: ${n[lang]}`);
  const { errors, warnings, infos } = stats;
  out.push(
    lang === "vi"
      ? `Kiểm tra: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`
      : `Checks: ${errors} error(s), ${warnings} warning(s), ${infos} info note(s).`,
  );
  for (const f of plan.findings ?? [])
    out.push(`  ${f.severity === "error" ? "✗" : "!"} ${f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ""}: ` : ""}${f.message[lang]} [${f.rule}]`);
  out.push(`${lang === "vi" ? "Đã ghi" : "Wrote"} ${plan.sheets.map((s) => s.name).join(", ")} → ${output}`);
  return out;
}

async function summarizeWorkbookFile(file: string, flags: SummarizeFlags, common: CommonOptions, setExit: (code: number) => void): Promise<void> {
  const { lang } = common;
  const outputOptions = { force: flags.force, inputs: [file] };
  checkOutputFile(flags.output, outputOptions);
  // Loaded on use: the xlsx libraries would slow every other command's start.
  const { readWorkbookBytes } = await import("../../adapters/xlsx/read-file");
  const { WorkbookPackage } = await import("../../adapters/xlsx/package-writer/workbook-package");
  const { writeSummaryPlan } = await import("../../adapters/xlsx/package-writer/summary-writer");
  const bytes = readWorkbookBytes(file);
  const { report, snapshot } = await readAndValidateFile(file, { rules: common.rules, rounding: common.rounding });
  const pkg = await WorkbookPackage.open(bytes, file, snapshot);
  checkKind(pkg.macroEnabled, file, flags.output);
  // The file's name may name the province or the year a title block leaves out.
  const plan = buildSummaryPlan(snapshot, report, { lang, region: common.region, read: { fileName: basename(file) } });
  await writeSummaryPlan(pkg, plan);
  writeOutputFile(flags.output, await pkg.save(), outputOptions);
  const stats = addFindingStats(report.stats, plan);
  process.stdout.write(`${summaryLines(plan, stats, flags.output, lang).join("\n")}\n`);
  setExit(stats.errors > 0 ? 1 : 0);
}

/** The report's counts with the summary's own findings (a merged province's missing predecessor, a region's missing provinces). */
function addFindingStats(stats: { errors: number; warnings: number; infos: number }, plan: SummaryPlan) {
  const out = { errors: stats.errors, warnings: stats.warnings, infos: stats.infos };
  for (const f of plan.findings ?? []) out[f.severity === "error" ? "errors" : f.severity === "warning" ? "warnings" : "infos"]++;
  return out;
}

const STATUS_WORDS: Record<FileStatus, Bilingual> = {
  copied: bilingual("đã chép", "copied"),
  replaced: bilingual("thay bản sao cũ", "replaced the earlier copy"),
  unchanged: bilingual("đã có, không đổi", "already there, unchanged"),
  duplicate: bilingual("TRÙNG, không cộng", "DUPLICATE, not counted"),
  unusable: bilingual("KHÔNG DÙNG ĐƯỢC", "UNUSABLE"),
};

async function summarizeManyFiles(args: readonly string[], flags: SummarizeFlags, common: CommonOptions, setExit: (code: number) => void): Promise<void> {
  const { lang } = common;
  if (!/\.xlsx$/i.test(flags.output))
    throw new InputError({
      vi: `${flags.output}: sổ tổng hợp nhiều tệp được ghi dạng .xlsx.`,
      en: `${flags.output}: a summary of several files is written as .xlsx.`,
    });
  const expanded = expandInputs(args, { recursive: flags.recursive });
  const files = expanded.entries.filter((e) => !isSetAside(e)).map((e) => e.path);
  const setAside = expanded.entries.filter(isSetAside);
  const outputOptions = { force: flags.force || flags.update, inputs: files };
  if (flags.update && !existsSync(flags.output))
    throw new InputError({
      vi: `${flags.output}: chưa có tệp này để cập nhật; bỏ --update để tạo mới.`,
      en: `${flags.output}: there is no such file to update; leave out --update to create it.`,
    });
  if (!flags.update && !flags.force && existsSync(flags.output))
    throw new InputError({
      vi: `${flags.output}: tệp đã có; dùng --update để cập nhật sổ tổng hợp này, hoặc --force để ghi đè.`,
      en: `${flags.output}: exists; use --update to bring this summary up to date, or --force to overwrite it.`,
    });
  checkOutputFile(flags.output, outputOptions);
  if (files.length === 0) {
    for (const e of setAside) if (e.status === "unusable") process.stderr.write(`kc summarize: ${e.reason[lang]}\n`);
    const folders = args.every((a) => existsSync(a) && statSync(a).isDirectory());
    throw new InputError(
      folders
        ? {
            vi: `${args.join(", ")}: là một thư mục không có tệp .xlsx hay .xlsm nào để tổng hợp.`,
            en: `${args.join(", ")}: is a folder with no .xlsx or .xlsm workbook to summarize.`,
          }
        : {
            vi: `${args.join(", ")}: không có tệp .xlsx hay .xlsm nào dùng được để tổng hợp.`,
            en: `${args.join(", ")}: no usable .xlsx or .xlsm workbook to summarize.`,
          },
    );
  }

  const { readWorkbookBytes } = await import("../../adapters/xlsx/read-file");
  const { summarizeFiles } = await import("../../adapters/xlsx/summarize-files");
  const { UnreadableWorkbookError } = await import("../../adapters/xlsx/package/refusal");
  const inputs: { file: string; bytes: Uint8Array }[] = [];
  const unreadable: { path: string; reason: Bilingual }[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, bytes: readWorkbookBytes(file) });
    } catch (err) {
      if (!(err instanceof UnreadableWorkbookError)) throw err;
      unreadable.push({ path: file, reason: err.text });
    }
  }
  const progress = process.stderr.isTTY ? (i: number, n: number, file: string) => process.stderr.write(`\r\x1b[K${i}/${n} ${file}`) : undefined;
  const unusableReasons = () => [...unreadable.map((u) => u.reason), ...setAside.filter((e) => e.status === "unusable").map((e) => e.reason)];
  let result;
  try {
    result = await summarizeFiles(inputs, {
      lang,
      region: common.region,
      outputName: basename(flags.output),
      into: flags.update ? { file: flags.output, bytes: readWorkbookBytes(flags.output) } : undefined,
      validate: { rules: common.rules, rounding: common.rounding },
      onFile: progress,
    });
  } catch (err) {
    // No report anywhere: the files set aside before reading are named too.
    if (err instanceof UnreadableWorkbookError) for (const r of unusableReasons()) process.stderr.write(`kc summarize: ${r[lang]}\n`);
    throw err;
  } finally {
    if (progress) process.stderr.write("\r\x1b[K");
  }
  writeOutputFile(flags.output, result.output, outputOptions);

  const lines: string[] = [];
  for (const f of result.files) {
    const where = f.copies.map((c) => `'${c.name}'`).join(", ");
    lines.push(`${f.file}: ${STATUS_WORDS[f.status][lang]}${where ? ` → ${where}` : ""}${f.reason ? `: ${withoutFile(f.reason[lang], f.file)}` : ""}`);
  }
  for (const u of unreadable) lines.push(`${u.path}: ${STATUS_WORDS.unusable[lang]}: ${withoutFile(u.reason[lang], u.path)}`);
  for (const e of setAside)
    lines.push(
      `${e.path}: ${e.status === "unusable" ? STATUS_WORDS.unusable[lang] : lang === "vi" ? "bỏ qua" : "skipped"}: ${withoutFile(e.reason[lang], e.path)}`,
    );
  for (const n of result.notices) lines.push(`${lang === "vi" ? "Lưu ý" : "Notice"}: ${n[lang]}`);
  const stats = addFindingStats(result.report.stats, result.plan);
  lines.push(...summaryLines(result.plan, stats, flags.output, lang));
  const unusable = unreadable.length + setAside.filter((e) => e.status === "unusable").length + result.files.filter((f) => f.status === "unusable").length;
  if (unusable > 0)
    lines.push(
      lang === "vi"
        ? `${unusable} tệp không dùng được: bảng tổng hợp chưa gồm các tệp này.`
        : `${unusable} file(s) could not be used: the summary does not cover them.`,
    );
  process.stdout.write(`${lines.join("\n")}\n`);
  for (const f of [...unusableReasons(), ...result.files.filter((f) => f.status === "unusable").map((f) => f.reason!)])
    process.stderr.write(`kc summarize: ${f[lang]}\n`);
  // Same precedence as kc validate: an unusable input makes the summary incomplete, whatever the checks found.
  setExit(unusable > 0 ? 2 : stats.errors > 0 ? 1 : 0);
}

/** A reason without the file name it starts with, on a line that already names the file. */
function withoutFile(reason: string, file: string): string {
  return reason.startsWith(`${file}: `) ? reason.slice(file.length + 2) : reason;
}

/** An .xlsm stays .xlsm (its macros kept); an .xlsx is not renamed .xlsm (Excel refuses a file whose name lies about its kind). */
function checkKind(macroEnabled: boolean, file: string, output: string): void {
  const macroOutput = /\.xlsm$/i.test(output);
  if (macroEnabled && !macroOutput)
    throw new InputError({
      vi: `${output}: ${file} là sổ tính có macro; hãy ghi ra tệp .xlsm (tệp .xlsx không giữ được macro).`,
      en: `${output}: ${file} is a macro-enabled workbook; write an .xlsm (an .xlsx cannot keep its macros).`,
    });
  if (!macroEnabled && macroOutput)
    throw new InputError({ vi: `${output}: ${file} không có macro; hãy ghi ra tệp .xlsx.`, en: `${output}: ${file} has no macros; write an .xlsx.` });
}
