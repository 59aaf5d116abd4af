import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, extname, join } from "path";

/**
 * LibreOffice headless as a formula evaluator for tests: converts a workbook to .xlsx with every formula
 * recalculated on load, so a test can read back what a real spreadsheet computes from our formulas.
 *
 * LibreOffice recalculates an .xlsx on load only when its profile says so (OOXMLRecalcMode = 0,
 * "always"); each call uses a throwaway profile holding that setting, which also keeps concurrent runs
 * from sharing (and locking) one profile.
 */

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const CANDIDATES = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

/** The soffice executable, or undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  if (process.env.SOFFICE && existsSync(process.env.SOFFICE)) return process.env.SOFFICE;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Throws a message saying how to get LibreOffice when it is missing. */
export function requireSoffice(): string {
  const soffice = findSoffice();
  if (!soffice) {
    throw new Error(
      "LibreOffice (soffice) is not installed: these tests evaluate the generated formulas with it. " +
        "Install it (Debian: apt-get install libreoffice-calc-nogui) or set SOFFICE to its path.",
    );
  }
  return soffice;
}

/**
 * Opens `input` in LibreOffice, recalculates every formula, and saves it as .xlsx in `outDir`
 * (created when needed). Resolves to the path of the recalculated file.
 */
export async function recalculateWithLibreOffice(input: string, outDir: string, timeoutMs = 120_000): Promise<string> {
  return convertWithLibreOffice(input, outDir, "xlsx", timeoutMs);
}

/**
 * Opens `input` in LibreOffice (formulas recalculated on load) and converts it with `--convert-to
 * <target>` ("xlsx", "ods", "pdf:calc_pdf_Export:{…}") into `outDir`. Resolves to the path written
 * (`outputName` when the filter names its file itself, as a CSV export of one sheet does).
 */
export async function convertWithLibreOffice(input: string, outDir: string, target: string, timeoutMs = 120_000, outputName?: string): Promise<string> {
  const soffice = requireSoffice();
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "kc-lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const args = [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nologo", "--convert-to", target, "--outdir", outDir, input];
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, args, { timeout: timeoutMs, killSignal: "SIGKILL" }, (err, stdout, stderr) => {
        if (err) {
          const why = err.killed ? `timed out after ${timeoutMs} ms` : err.message;
          reject(new Error(`LibreOffice could not convert ${input}: ${why}\n${stdout}${stderr}`));
        } else resolve();
      });
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const output = join(outDir, outputName ?? basename(input, extname(input)) + "." + target.split(":")[0]);
  if (!existsSync(output)) {
    throw new Error(`LibreOffice wrote no ${basename(output)} in ${outDir} (found: ${readdirSync(outDir).join(", ") || "nothing"})`);
  }
  return output;
}

export type FormulaResult = number | string | boolean | { error: string } | undefined;

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()];
  });
}

/** The sheets of an .xlsx by name, each with its worksheet XML, found through workbook.xml and its relationships. */
async function sheetXmls(path: string): Promise<Map<string, string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip") as typeof import("jszip");
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${path}: no ${name}`);
    return file.async("string");
  };
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, ""));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decodeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "");
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (target) out.set(name, await text(`xl/${target}`));
  }
  return out;
}

/** The internal hyperlinks of every sheet of an .xlsx: sheet name → cell → location. */
export async function hyperlinksOf(path: string): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  for (const [name, xml] of await sheetXmls(path)) {
    const links = new Map<string, string>();
    for (const m of xml.matchAll(/<hyperlink\b[^>]*>/g)) {
      const ref = /\bref="([^"]+)"/.exec(m[0])?.[1];
      const location = /\blocation="([^"]*)"/.exec(m[0])?.[1];
      if (ref && location !== undefined) links.set(ref, decodeXml(location));
    }
    out.set(name, links);
  }
  return out;
}

/**
 * The cached result of every formula cell of an .xlsx, read from the sheet XML itself: by sheet name,
 * then A1 address. (ExcelJS 4.4 loses a cached result of 0 when it reads a file, so tests that check
 * what LibreOffice computed read the XML directly.)
 */
export async function readFormulaResults(path: string): Promise<Map<string, Map<string, FormulaResult>>> {
  const out = new Map<string, Map<string, FormulaResult>>();
  for (const [name, xml] of await sheetXmls(path)) {
    const cells = new Map<string, FormulaResult>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const body = c[2] ?? "";
      if (!/<f\b/.test(body)) continue;
      const address = /\br="([A-Z]+\d+)"/.exec(c[1])?.[1];
      if (!address) continue;
      const type = /\bt="([a-z]+)"/.exec(c[1])?.[1] ?? "n";
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const raw = v === undefined ? undefined : decodeXml(v);
      cells.set(
        address,
        raw === undefined ? (type === "str" ? "" : undefined) : type === "str" ? raw : type === "b" ? raw === "1" : type === "e" ? { error: raw } : Number(raw),
      );
    }
    out.set(name, cells);
  }
  return out;
}
