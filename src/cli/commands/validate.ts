import type { Command } from "commander";
import { Lang } from "../../core/message";
import { formatReportText } from "../../core/validation/report-text";
import { explainReading } from "../../core/reading/explain";
import { InputError, inputErrorText, isInputError, parseChoice, ruleLibraryFrom, validateFile, parseLang, parseRounding, ROUNDING_HELP } from "../io";
import type { RegisterCommand } from "./index";

interface ValidateFlags {
  format: string;
  lang: string;
  rules?: string;
  rounding: string;
  /** true for every sheet, or the name of one. */
  explain?: boolean | string;
}

/** `kc validate FILE.xlsx`: exit 0 no error, 1 errors found, 2 unusable input. */
export const registerValidate: RegisterCommand = (program: Command, setExit) => {
  program
    .command("validate")
    .description("Kiểm tra các sheet tỉnh theo biểu mẫu chuẩn / check province sheets against the standard")
    .argument("<file>", "tệp .xlsx / the .xlsx workbook")
    .option("--format <format>", "text | json", "text")
    .option("--lang <lang>", "vi | en", "vi")
    .option("--rules <pack>", "gói quy định JSON bổ sung / a rule pack (JSON) extending the built-in one")
    .option("--rounding <mode>", ROUNDING_HELP, "round")
    .option("--explain [sheet]", "in cách đọc từng sheet (hoặc một sheet) trước báo cáo / print how each sheet (or one) was read, before the report")
    .action(async (file: string, flags: ValidateFlags) => {
      let lang: Lang = flags.lang === "en" ? "en" : "vi";
      try {
        lang = parseLang(flags.lang);
        const format = parseChoice(flags.format, ["text", "json"] as const, "--format");
        const rounding = parseRounding(flags.rounding);
        const rules = ruleLibraryFrom(flags.rules);
        const progress = process.stderr.isTTY;
        const explained: string[] = [];
        const wanted = typeof flags.explain === "string" ? flags.explain : undefined;
        const report = await validateFile(file, {
          rules,
          rounding,
          onSheet: progress ? (i, name) => process.stderr.write(`\r\x1b[K${lang === "vi" ? "Đã kiểm tra" : "Checked"} ${i}: ${name}`) : undefined,
          onReading: flags.explain
            ? (reading) => (wanted === undefined || reading.sheet === wanted) && explained.push(explainReading(reading, lang))
            : undefined,
        });
        if (progress) process.stderr.write("\r\x1b[K");
        if (wanted !== undefined && explained.length === 0) throw new InputError(`${file}: ${lang === "vi" ? "không có sheet" : "no sheet named"} "${wanted}"`);
        if (explained.length > 0) process.stdout.write(`${explained.join("\n")}\n`);
        process.stdout.write(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatReportText(report, lang, file));
        setExit(report.stats.errors > 0 ? 1 : 0);
      } catch (err) {
        if (!isInputError(err)) throw err;
        process.stderr.write(`kc validate: ${inputErrorText(err, lang)}\n`);
        setExit(2);
      }
    });
};
