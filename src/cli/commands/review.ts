import type { Command } from "commander";
import { Lang } from "../../core/message";
import { formatReviewText } from "../../core/review/review-text";
import { inputErrorText, isInputError, parseChoice, parseLang, reviewFile } from "../io";
import type { RegisterCommand } from "./index";

interface ReviewFlags {
  format: string;
  lang: string;
}

/**
 * `kc review FILE.xlsx`: reviews the formulas of any workbook; exit 0 no finding (notes alone do not
 * count: they are right today), 1 findings, 2 unusable input.
 */
export const registerReview: RegisterCommand = (program: Command, setExit) => {
  program
    .command("review")
    .description("Rà soát công thức của bảng tính / review the formulas of a workbook")
    .argument("<file>", "tệp .xlsx / the .xlsx workbook")
    .option("--format <format>", "text | json", "text")
    .option("--lang <lang>", "vi | en", "vi")
    .action(async (file: string, flags: ReviewFlags) => {
      let lang: Lang = flags.lang === "en" ? "en" : "vi";
      try {
        lang = parseLang(flags.lang);
        const format = parseChoice(flags.format, ["text", "json"] as const, "--format");
        const progress = process.stderr.isTTY;
        const report = await reviewFile(
          file,
          progress ? (i, name) => process.stderr.write(`\r\x1b[K${lang === "vi" ? "Đã rà soát" : "Reviewed"} ${i}: ${name}`) : undefined,
        );
        if (progress) process.stderr.write("\r\x1b[K");
        const { findings, notes, stats } = report;
        process.stdout.write(format === "json" ? `${JSON.stringify({ findings, notes, stats }, null, 2)}\n` : formatReviewText(report, lang, file));
        setExit(findings.length > 0 ? 1 : 0);
      } catch (err) {
        if (!isInputError(err)) throw err;
        process.stderr.write(`kc review: ${inputErrorText(err, lang)}\n`);
        setExit(2);
      }
    });
};
