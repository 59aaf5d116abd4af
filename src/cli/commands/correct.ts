import type { Command } from "commander";
import { basename } from "path";
import { Lang } from "../../core/message";
import {
  CORRECTIONS_SHEET,
  correctionKind,
  correctionRows,
  isCorrectionsSheet,
  isKcCorrectionsSheet,
  KIND_WORDS,
  readCorrections,
} from "../../core/reading/corrections";
import { explainReading } from "../../core/reading/explain";
import { correctionLine, correctionsSheetRows, newCorrection } from "../../core/reading/new-correction";
import { readSheet } from "../../core/reading/read-sheet";
import { labelKey } from "../../core/standard/labels";
import { sheetFromValues } from "../../core/workbook/snapshot";
import { checkOutputFile, InputError, inputErrorText, isInputError, parseLang, writeOutputFile } from "../io";
import type { RegisterCommand } from "./index";

interface CorrectFlags {
  sheet: string;
  what: string;
  cell?: string;
  as?: string;
  output: string;
  force?: boolean;
  lang: string;
}

const KINDS_HELP = "Vai trò cột | Nguồn kinh phí | Đơn vị tính | Tỉnh | Năm | Kỳ báo cáo | Không phải báo cáo";

/**
 * `kc correct FILE --sheet S --what W [--cell C] --as V -o OUT`: writes one correction of how KC reads a
 * sheet into the workbook's KC_CachDoc sheet (docs/layouts.md), in a copy of the input (its package kept
 * part for part, as kc summarize writes). The correction is checked against the sheet first: it must fit
 * (a headed column, a section row, a value KC can read), and what the cell says now is recorded so a later
 * run can tell when the sheet changed under it. Prints how the sheet reads with the correction. A
 * KC_CachDoc sheet written by hand is never rewritten: the row to add is printed instead. Exit 0 written,
 * 2 unusable input or a correction that does not fit.
 */
export const registerCorrect: RegisterCommand = (program: Command, setExit) => {
  program
    .command("correct")
    .description("Ghi một chỉnh sửa cách đọc vào sheet KC_CachDoc / record one correction of a reading in the KC_CachDoc sheet")
    .argument("<file>", "tệp .xlsx/.xlsm / the workbook")
    .requiredOption("--sheet <name>", "sheet cần sửa cách đọc / the sheet whose reading is corrected")
    .requiredOption("--what <kind>", `sửa gì / what: ${KINDS_HELP}`)
    .option("--cell <cell>", "ô tiêu đề của cột (D4), hoặc ô nhãn của dòng mục / the column's header cell, or the section row's label cell")
    .option("--as <value>", 'đọc là: "KCĐP › Thực hiện", "Bỏ qua", KCQG, "triệu đồng", Bến Tre, 2023, "9 tháng" / read as')
    .requiredOption("-o, --output <file>", "tệp sẽ ghi, cùng loại với tệp vào / the file to write, of the input's kind")
    .option("--force", "ghi đè tệp OUT đã có / overwrite an existing OUT")
    .option("--lang <lang>", "vi | en", "vi")
    .action(async (file: string, flags: CorrectFlags) => {
      let lang: Lang = flags.lang === "en" ? "en" : "vi";
      try {
        lang = parseLang(flags.lang);
        const kind = correctionKind(flags.what);
        if (!kind) throw new InputError({ vi: `--what: "${flags.what}" không rõ (${KINDS_HELP}).`, en: `--what: "${flags.what}" is unknown (${KINDS_HELP}).` });
        const macro = /\.xlsm$/i.test(file);
        if (!/\.xls[xm]$/i.test(flags.output) || /\.xlsm$/i.test(flags.output) !== macro)
          throw new InputError({
            vi: `${flags.output}: tệp ghi ra phải cùng loại với tệp vào (${macro ? ".xlsm" : ".xlsx"}).`,
            en: `${flags.output}: the output must be of the input's kind (${macro ? ".xlsm" : ".xlsx"}).`,
          });
        const outputOptions = { force: flags.force, inputs: [file] };
        checkOutputFile(flags.output, outputOptions);

        // Loaded on use: the xlsx libraries would slow every other command's start.
        const { readWorkbookBytes } = await import("../../adapters/xlsx/read-file");
        const { readWorkbookSnapshot } = await import("../../adapters/xlsx/package/read-workbook");
        const { WorkbookPackage } = await import("../../adapters/xlsx/package-writer/workbook-package");
        const { writeCorrectionsSheet } = await import("../../adapters/xlsx/package-writer/corrections-writer");
        const bytes = readWorkbookBytes(file);
        const snapshot = await readWorkbookSnapshot(bytes, file);
        const sheet = snapshot.sheets.find((s) => s.name === flags.sheet) ?? snapshot.sheets.find((s) => labelKey(s.name) === labelKey(flags.sheet));
        if (!sheet || isCorrectionsSheet(sheet)) {
          const names = snapshot.sheets.filter((s) => !isCorrectionsSheet(s)).map((s) => `"${s.name}"`);
          throw new InputError({
            vi: `${file}: không có sheet "${flags.sheet}" (các sheet: ${names.join(", ")}).`,
            en: `${file}: no sheet is named "${flags.sheet}" (its sheets: ${names.join(", ")}).`,
          });
        }
        const fileName = basename(file);
        // What the sheet says now is read without any correction: that is what a later run compares with.
        const made = newCorrection(readSheet(sheet, { fileName }), kind, flags.cell ?? "", flags.as ?? "");
        if (!made.ok)
          throw new InputError({
            vi: `${file}, sheet "${sheet.name}": không ghi được "${KIND_WORDS[kind].vi}": ${made.reason.vi}`,
            en: `${file}, sheet "${sheet.name}": cannot record "${KIND_WORDS[kind].en}": ${made.reason.en}`,
          });
        const existing = snapshot.sheets.find(isCorrectionsSheet);
        if (existing && !isKcCorrectionsSheet(existing)) {
          const row = correctionRows([made.correction], lang)[2]
            .slice(0, 5)
            .map((v) => String(v ?? ""));
          throw new InputError({
            vi: `${file}: sheet ${existing.name} do người dùng tự lập, KC không ghi đè; hãy thêm dòng: ${row.join(" | ")}`,
            en: `${file}: the ${existing.name} sheet was written by hand and KC does not overwrite it; add the row: ${row.join(" | ")}`,
          });
        }
        const rows = correctionsSheetRows(existing, made.correction, lang);
        const pkg = await WorkbookPackage.open(bytes, file, snapshot);
        await writeCorrectionsSheet(pkg, rows);
        writeOutputFile(flags.output, await pkg.save(), outputOptions);

        // How the sheet reads with every correction of the new sheet, as the next run will read it.
        const book = readCorrections(sheetFromValues(CORRECTIONS_SHEET, rows));
        const reading = readSheet(sheet, { fileName, corrections: book.bySheet.get(sheet.name) });
        const out = [`${lang === "vi" ? "Đã ghi vào" : "Recorded in"} ${CORRECTIONS_SHEET}: ${correctionLine(made.correction)[lang]} → ${flags.output}`, ""];
        out.push(explainReading(reading, lang));
        process.stdout.write(`${out.join("\n")}\n`);
        setExit(0);
      } catch (err) {
        if (!isInputError(err)) throw err;
        process.stderr.write(`kc correct: ${inputErrorText(err, lang)}\n`);
        setExit(2);
      }
    });
};
