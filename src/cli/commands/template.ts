import type { Command } from "commander";
import { parseUnit } from "../../core/numbers/units";
import { parsePeriod } from "../../core/standard/vocabulary";
import { InputError, inputErrorText, isInputError, writeOutputFile } from "../io";
import type { RegisterCommand } from "./index";

interface TemplateFlags {
  province: string;
  year: string;
  period: string;
  unit: string;
  output: string;
  force?: boolean;
}

/** `kc template`: a blank standard province sheet; never overwrites a file unless --force. */
export const registerTemplate: RegisterCommand = (program: Command, setExit) => {
  program
    .command("template")
    .description("Tạo sheet tỉnh trống theo biểu mẫu chuẩn / write a blank standard province sheet")
    .requiredOption("--province <name>", "tên tỉnh/thành phố / province name")
    .requiredOption("--year <yyyy>", "năm báo cáo / report year")
    .option("--period <period>", "kỳ báo cáo: 6 tháng, 9 tháng, Cả năm… / report period", "Cả năm")
    .option("--unit <unit>", "đơn vị tính: triệu đồng, tỷ đồng… / unit", "triệu đồng")
    .requiredOption("-o, --output <file>", "tệp .xlsx sẽ ghi / the .xlsx file to write")
    .option("--force", "ghi đè tệp đã có / overwrite an existing file")
    .action(async (flags: TemplateFlags) => {
      try {
        const year = Number(flags.year);
        if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new InputError(`--year: "${flags.year}" không phải năm hợp lệ / is not a valid year`);
        const unit = parseUnit(flags.unit);
        if (!unit) throw new InputError(`--unit: "${flags.unit}" không rõ (triệu đồng, tỷ đồng, nghìn đồng, đồng) / unknown unit`);
        const period = parsePeriod(flags.period);
        if (!period) throw new InputError(`--period: "${flags.period}" không rõ (6 tháng, 9 tháng, Cả năm…) / unknown period`);
        if (flags.province.trim() === "") throw new InputError("--province: trống / empty");
        if (!/\.xlsx$/i.test(flags.output)) throw new InputError(`${flags.output}: tệp ghi ra phải có đuôi .xlsx / the output must end in .xlsx`);
        const { templatePackage } = await import("../../adapters/xlsx/package-writer/province-sheet-writer"); // loaded on use, like summarize's
        const bytes = await templatePackage({ province: flags.province.trim(), year, period: period.text, unit });
        writeOutputFile(flags.output, bytes, { force: flags.force, inputs: [] });
        process.stdout.write(`${flags.output}\n`);
        setExit(0);
      } catch (err) {
        if (!isInputError(err)) throw err;
        process.stderr.write(`kc template: ${inputErrorText(err, "vi")}\n`);
        setExit(2);
      }
    });
};
