import { readFileSync } from "fs";
import type { Command } from "commander";
import { Lang } from "../../core/message";
import { checkText } from "../../core/narrative/check-text";
import { Claim, ClaimVerdict } from "../../core/narrative/claim";
import { scopeText } from "../../core/narrative/scope";
import { InputError, inputErrorText, isInputError, parseChoice, parseLang, parseRounding, ROUNDING_HELP } from "../io";
import type { RegisterCommand } from "./index";

interface CheckTextFlags {
  format: string;
  lang: string;
  rounding: string;
}

const MARKS: Record<ClaimVerdict, string> = { consistent: "✓", inconsistent: "✗", truncated: "≈", unverifiable: "?" };

/** `kc check-text FILE.txt`: judges every numeric claim of a report text (FILE "-" reads stdin). */
export const registerCheckText: RegisterCommand = (program: Command, setExit) => {
  program
    .command("check-text")
    .description("Kiểm tra các số liệu trong văn bản báo cáo / check the numeric claims of report text")
    .argument("<file>", "tệp văn bản UTF-8, hoặc - để đọc từ stdin / a UTF-8 text file, or - for stdin")
    .option("--format <format>", "text | json", "text")
    .option("--lang <lang>", "vi | en", "vi")
    .option("--rounding <mode>", ROUNDING_HELP, "round")
    .action((file: string, flags: CheckTextFlags) => {
      let lang: Lang = "vi";
      try {
        lang = parseLang(flags.lang);
        const format = parseChoice(flags.format, ["text", "json"] as const, "--format");
        const rounding = parseRounding(flags.rounding);
        const claims = checkText(readText(file), { rounding });
        process.stdout.write(format === "json" ? jsonReport(claims, lang) : textReport(claims, lang));
        setExit(claims.some((c) => c.verdict === "inconsistent") ? 1 : 0);
      } catch (err) {
        if (!isInputError(err)) throw err;
        process.stderr.write(`kc check-text: ${inputErrorText(err, lang)}\n`);
        setExit(2);
      }
    });
};

/** The text of a file or stdin; refuses what is missing, binary, not UTF-8 or empty. */
export function readText(file: string): string {
  const name = file === "-" ? "stdin" : file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === "-" ? 0 : file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new InputError({ vi: `${name}: là một thư mục, không phải tệp văn bản.`, en: `${name}: is a folder, not a text file.` });
    if (code === "ENOENT") throw new InputError({ vi: `${name}: không tìm thấy tệp.`, en: `${name}: no such file.` });
    throw new InputError(`${name}: không đọc được tệp / cannot read the file (${code ?? String(err)})`);
  }
  if (bytes.includes(0)) throw new InputError(`${name}: tệp nhị phân, không phải văn bản / a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name}: không phải văn bản UTF-8 / not UTF-8 text`);
  }
  if (text.trim() === "") throw new InputError(`${name}: tệp trống / the file is empty`);
  return text;
}

function jsonReport(claims: Claim[], lang: Lang): string {
  const out = claims.map((c) => ({
    quote: c.quote,
    kind: c.kind,
    verdict: c.verdict,
    stated: c.stated,
    computed: c.computed,
    message: c.message[lang],
    scope: c.scope,
    ...(c.missing ? { missing: c.missing } : {}),
    start: c.start,
    end: c.end,
  }));
  return `${JSON.stringify({ claims: out }, null, 2)}\n`;
}

function textReport(claims: Claim[], lang: Lang): string {
  const scopeLabel = lang === "vi" ? "phạm vi" : "scope";
  const lines = claims.map((c) => `${MARKS[c.verdict]} [${c.kind}] «${c.quote}»\n    ${c.message[lang]}\n    ${scopeLabel}: ${scopeText(c.scope)[lang]}`);
  const count = (v: ClaimVerdict) => claims.filter((c) => c.verdict === v).length;
  const summary =
    lang === "vi"
      ? `${claims.length} nhận định: ${count("consistent")} khớp, ${count("inconsistent")} không khớp, ${count("truncated")} số cắt bớt, ${count("unverifiable")} không kiểm tra được.`
      : `${claims.length} claims: ${count("consistent")} consistent, ${count("inconsistent")} inconsistent, ${count("truncated")} truncated, ${count("unverifiable")} unverifiable.`;
  return `${[...lines, summary].join("\n")}\n`;
}
