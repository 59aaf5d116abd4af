import { statSync } from "fs";
import type { Command } from "commander";
import { Lang } from "../../core/message";
import { combineFileOutcomes, filesExitCode, formatFilesReportText } from "../../core/validation/files-report";
import { formatReportText } from "../../core/validation/report-text";
import { explainReading } from "../../core/reading/explain";
import { SheetReading } from "../../core/reading/types";
import { expandInputs, isSetAside } from "../inputs";
import { InputError, inputErrorText, isInputError, parseChoice, ruleLibraryFrom, validateFile, parseLang, parseRounding, ROUNDING_HELP } from "../io";
import { validateInputs } from "../validate-inputs";
import type { RegisterCommand } from "./index";

interface ValidateFlags {
  format: string;
  lang: string;
  rules?: string;
  rounding: string;
  recursive?: boolean;
  /** true for every sheet, or the name of one. */
  explain?: boolean | string;
}

/** One file named on its own: the report of that workbook alone, as before several inputs were accepted. */
function isSingleFile(inputs: readonly string[]): boolean {
  if (inputs.length !== 1) return false;
  try {
    return !statSync(inputs[0]).isDirectory();
  } catch {
    return true;
  }
}

/** Folders (or files) that hold no workbook at all: one line naming them, not an empty report. */
function noWorkbookIn(inputs: readonly string[]): InputError {
  const names = inputs.join(", ");
  return new InputError({
    vi: `${names}: là một thư mục không có tệp .xlsx hay .xlsm nào để kiểm tra.`,
    en: `${names}: is a folder with no .xlsx or .xlsm workbook to check.`,
  });
}

/** Progress on a terminal only: "\r" lines would litter a log or a pipe. */
function progress(lang: Lang) {
  if (!process.stderr.isTTY) return {};
  const checked = lang === "vi" ? "Đã kiểm tra" : "Checked";
  return {
    onSheet: (i: number, name: string) => process.stderr.write(`\r\x1b[K${checked} ${i}: ${name}`),
    onFile: (i: number, n: number, path: string) => process.stderr.write(`\r\x1b[K${i}/${n} ${path}\n`),
    done: () => process.stderr.write("\r\x1b[K"),
  };
}

/**
 * `kc validate FILE|FOLDER…`: exit 0 no error, 1 errors found, 2 unusable input. With several inputs (or a
 * folder), every workbook is validated and a file that cannot be used is named with its reason while the
 * others are read; 2 then wins over 1, since the check is incomplete.
 */
export const registerValidate: RegisterCommand = (program: Command, setExit) => {
  program
    .command("validate")
    .description("Kiểm tra báo cáo của các tỉnh, theo biểu mẫu chuẩn hay mẫu tỉnh gửi / check province reports, in the standard or the layouts provinces send")
    .argument("<inputs...>", "tệp .xlsx/.xlsm hoặc thư mục chứa chúng / .xlsx/.xlsm workbooks or folders of them")
    .option("--format <format>", "text | json", "text")
    .option("--lang <lang>", "vi | en", "vi")
    .option("--rules <pack>", "gói quy định JSON bổ sung / a rule pack (JSON) extending the built-in one")
    .option("--rounding <mode>", ROUNDING_HELP, "round")
    .option("-r, --recursive", "đọc cả thư mục con / also read subfolders")
    .option("--explain [sheet]", "in cách đọc từng sheet (hoặc một sheet) trước báo cáo / print how each sheet (or one) was read, before the report")
    .action(async (inputs: string[], flags: ValidateFlags) => {
      let lang: Lang = flags.lang === "en" ? "en" : "vi";
      try {
        lang = parseLang(flags.lang);
        const format = parseChoice(flags.format, ["text", "json"] as const, "--format");
        const rounding = parseRounding(flags.rounding);
        const rules = ruleLibraryFrom(flags.rules);
        const shown = progress(lang);
        const wanted = typeof flags.explain === "string" ? flags.explain : undefined;
        const explained: string[] = [];
        const explain = (heading?: string) =>
          flags.explain
            ? (reading: SheetReading) => {
                if (wanted !== undefined && reading.sheet !== wanted) return;
                if (heading !== undefined && !explained.includes(heading)) explained.push(heading);
                explained.push(explainReading(reading, lang));
              }
            : undefined;
        const printExplained = (where: string) => {
          if (wanted !== undefined && explained.length === 0)
            throw new InputError(`${where}: ${lang === "vi" ? "không có sheet" : "no sheet named"} "${wanted}"`);
          if (explained.length > 0) process.stdout.write(`${explained.join("\n")}\n`);
        };
        if (isSingleFile(inputs)) {
          const report = await validateFile(inputs[0], { rules, rounding, onSheet: shown.onSheet, onReading: explain() });
          shown.done?.();
          printExplained(inputs[0]);
          process.stdout.write(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatReportText(report, lang, inputs[0]));
          setExit(report.stats.errors > 0 ? 1 : 0);
          return;
        }
        const expanded = expandInputs(inputs, { recursive: flags.recursive });
        if (!expanded.entries.some((e) => !isSetAside(e) || e.status === "unusable")) throw noWorkbookIn(inputs);
        const outcomes = await validateInputs(expanded, {
          rules,
          rounding,
          ...shown,
          onReading: flags.explain ? (reading, file) => explain(`### ${file}`)!(reading) : undefined,
        });
        shown.done?.();
        printExplained(inputs.join(", "));
        const report = combineFileOutcomes(outcomes);
        process.stdout.write(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatFilesReportText(report, lang));
        for (const f of report.files) if (f.status === "unusable") process.stderr.write(`kc validate: ${f.reason![lang]}\n`);
        setExit(filesExitCode(report));
      } catch (err) {
        if (!isInputError(err)) throw err;
        process.stderr.write(`kc validate: ${inputErrorText(err, lang)}\n`);
        setExit(2);
      }
    });
};
