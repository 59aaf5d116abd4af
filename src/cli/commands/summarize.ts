import type { Command } from "commander";
import { basename } from "path";
import { Lang } from "../../core/message";
import { buildSummaryPlan } from "../../core/summary/build-plan";
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
  region?: string;
  rules?: string;
  rounding: string;
}

/**
 * `kc summarize FILE.xlsx -o OUT.xlsx`: writes the workbook with the summary tabs (TH_KinhPhi,
 * TH_NoiDung, TH_KiemTra, TH_BaoCao) to OUT: the input's own package with KC's tabs added, every other
 * part as it was (src/adapters/xlsx/package-writer). Reads by streaming, as `kc validate` does. A
 * macro-enabled workbook (.xlsm) is written as .xlsm, never converted. Never writes over its input, nor
 * over an existing OUT without --force, and never leaves a half-written OUT (writeOutputFile). Exit 0 no
 * error finding, 1 error findings (the summary is still written), 2 unusable input.
 */
export const registerSummarize: RegisterCommand = (program: Command, setExit) => {
  program
    .command("summarize")
    .description("Tạo các bảng tổng hợp (TH_KinhPhi, TH_NoiDung, TH_KiemTra, TH_BaoCao) / write the summary tabs")
    .argument("<file>", "tệp .xlsx (hoặc .xlsm) gồm báo cáo của các tỉnh / the .xlsx (or .xlsm) workbook of province reports")
    .requiredOption("-o, --output <file>", "tệp sẽ ghi, cùng loại với tệp vào (.xlsx, .xlsm) / the file to write, of the input's kind (.xlsx, .xlsm)")
    .option("--lang <lang>", "vi | en: ngôn ngữ tiêu đề cột / language of the headers", "vi")
    .option("--force", "ghi đè tệp OUT đã có / overwrite an existing OUT")
    .option("--region <words>", 'tên vùng trong báo cáo, ví dụ "khu vực phía Nam" / the region named in the report')
    .option("--rules <pack>", "gói quy định JSON bổ sung / a rule pack (JSON) extending the built-in one")
    .option("--rounding <mode>", ROUNDING_HELP, "round")
    .action(async (file: string, flags: SummarizeFlags) => {
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
        const outputOptions = { force: flags.force, inputs: [file] };
        checkOutputFile(flags.output, outputOptions);

        // Loaded on use: the xlsx libraries would slow every other command's start.
        const { readWorkbookBytes } = await import("../../adapters/xlsx/read-file");
        const { WorkbookPackage } = await import("../../adapters/xlsx/package-writer/workbook-package");
        const { writeSummaryPlan } = await import("../../adapters/xlsx/package-writer/summary-writer");
        const bytes = readWorkbookBytes(file);
        const { report, snapshot } = await readAndValidateFile(file, { rules, rounding });
        const pkg = await WorkbookPackage.open(bytes, file, snapshot);
        checkKind(pkg.macroEnabled, file, flags.output);
        // The file's name may name the province or the year a title block leaves out.
        const plan = buildSummaryPlan(snapshot, report, { lang, region: flags.region?.normalize("NFC"), read: { fileName: basename(file) } });
        await writeSummaryPlan(pkg, plan);
        writeOutputFile(flags.output, await pkg.save(), outputOptions);
        const { errors, warnings, infos } = report.stats;
        const out: string[] = [];
        for (const n of plan.notices) out.push(`${lang === "vi" ? "Lưu ý" : "Notice"}: ${n[lang]}`);
        out.push(
          lang === "vi"
            ? `Kiểm tra: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`
            : `Checks: ${errors} error(s), ${warnings} warning(s), ${infos} info note(s).`,
        );
        out.push(`${lang === "vi" ? "Đã ghi" : "Wrote"} ${plan.sheets.map((s) => s.name).join(", ")} → ${flags.output}`);
        process.stdout.write(`${out.join("\n")}\n`);
        setExit(errors > 0 ? 1 : 0);
      } catch (err) {
        if (!isInputError(err)) throw err;
        process.stderr.write(`kc summarize: ${inputErrorText(err, lang)}\n`);
        setExit(2);
      }
    });
};

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
