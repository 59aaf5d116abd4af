import type { Command } from "commander";
import { Lang } from "../../core/message";
import { checkOutputFile, InputError, inputErrorText, isInputError, ruleLibraryFrom, parseLang, parseRounding, ROUNDING_HELP, writeOutputFile } from "../io";
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
 * TH_NoiDung, TH_KiemTra, TH_BaoCao) to OUT. Never writes over its input, nor over an existing OUT
 * without --force. Exit 0 no error finding, 1 error findings (the summary is still written), 2 unusable input.
 */
export const registerSummarize: RegisterCommand = (program: Command, setExit) => {
  program
    .command("summarize")
    .description("Tạo các bảng tổng hợp (TH_KinhPhi, TH_NoiDung, TH_KiemTra, TH_BaoCao) / write the summary tabs")
    .argument("<file>", "tệp .xlsx gồm các sheet tỉnh / the .xlsx workbook of province sheets")
    .requiredOption("-o, --output <file>", "tệp .xlsx sẽ ghi / the .xlsx file to write")
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
        if (!/\.xlsx$/i.test(flags.output)) throw new InputError(`${flags.output}: tệp ghi ra phải có đuôi .xlsx / the output must end in .xlsx`);
        const outputOptions = { force: flags.force, inputs: [file] };
        checkOutputFile(flags.output, outputOptions);

        // Loaded on use: the xlsx library would slow every other command's start.
        const { readWorkbookBytes } = await import("../../adapters/xlsx/read-file");
        const { summarizeWorkbook } = await import("../../adapters/xlsx/write-summary");
        const { plan, report, output } = await summarizeWorkbook(readWorkbookBytes(file), {
          lang,
          name: file,
          region: flags.region?.normalize("NFC"),
          validate: { rules, rounding },
        });
        writeOutputFile(flags.output, output, outputOptions);
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
