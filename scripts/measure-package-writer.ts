/**
 * `npm run measure:writer`: runs the summary writer on every workbook of the real corpus
 * (../shared/corpus/formula-euses/xlsx, or $KC_SHARED/corpus/…; read in place, never copied) and counts,
 * per workbook, the parts of the input and how many come out byte for byte (or, for the parts KC edits,
 * with nothing of them lost), and the runs KC refuses. Its table goes into docs/benchmarks.md. Not part of
 * `npm test`: the corpus is not in the project.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { ZipArchive } from "../src/adapters/xlsx/package/zip";
import { DEFAULT_LIMITS } from "../src/adapters/xlsx/package/limits";
import { UnreadableWorkbookError } from "../src/adapters/xlsx/package/refusal";
import { summarizeWorkbook } from "./summarize-workbook";
import { machineLine, markdownTable, writeBenchSection } from "../bench/report";
import { lostLines } from "./xml-inclusion";

const ROOT = join(__dirname, "..", "..");
/** The parts KC edits: compared by meaning (nothing of the original lost); every other part byte for byte. */
const EDITED = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docProps\/app\.xml|xl\/calcChain\.xml)$/i;
const COUNTS = (_element: string, attribute: string) => attribute === "count" || attribute === "size";

interface Row {
  file: string;
  parts: number;
  identical: number;
  edited: number;
  lost: string[];
  refused?: string;
  ms: number;
}

function corpusFolder(): string | undefined {
  const shared = process.env.KC_SHARED ?? join(ROOT, "..", "shared");
  const folder = join(shared, "corpus", "formula-euses", "xlsx");
  return existsSync(folder) ? folder : undefined;
}

function entries(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  const zip = ZipArchive.open(bytes, file, DEFAULT_LIMITS);
  return new Map(zip.entries.map((e) => [e.name, zip.read(e)]));
}

async function measure(path: string, file: string): Promise<Row> {
  const input = new Uint8Array(readFileSync(path));
  const row: Row = { file, parts: 0, identical: 0, edited: 0, lost: [], ms: 0 };
  const start = process.hrtime.bigint();
  try {
    const { output } = await summarizeWorkbook(input, { lang: "vi", name: file });
    row.ms = Number(process.hrtime.bigint() - start) / 1e6;
    const before = entries(input, file);
    const after = entries(output, file);
    row.parts = before.size;
    const text = (b: Uint8Array) => new TextDecoder().decode(b);
    for (const [name, bytes] of before) {
      const now = after.get(name);
      if (!now) row.lost.push(`${name} missing`);
      else if (Buffer.from(bytes).equals(Buffer.from(now))) row.identical++;
      else if (EDITED.test(name)) {
        const lost = lostLines(text(bytes), text(now), COUNTS).filter((l) => !/\/HeadingPairs\/vector\/variant\/i4 /.test(l));
        if (lost.length === 0) row.edited++;
        else row.lost.push(`${name}: ${lost.slice(0, 2).join(" | ")}`);
      } else row.lost.push(`${name} changed`);
    }
  } catch (err) {
    row.ms = Number(process.hrtime.bigint() - start) / 1e6;
    row.refused = err instanceof UnreadableWorkbookError ? err.text.en : `${err instanceof Error ? err.message : String(err)}`;
  }
  return row;
}

async function main(): Promise<void> {
  const folder = corpusFolder();
  if (!folder) {
    process.stderr.write("measure-package-writer: no corpus (set KC_SHARED to the folder holding corpus/formula-euses/xlsx)\n");
    process.exit(2);
  }
  const rows: Row[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => /\.xls[xm]$/i.test(f))
    .sort()) {
    const row = await measure(join(folder, file), file);
    rows.push(row);
    process.stderr.write(
      `${file}: ${row.refused ? `refused (${row.refused})` : `${row.identical + row.edited}/${row.parts} parts kept${row.lost.length ? `, LOST ${row.lost.join("; ")}` : ""}`}\n`,
    );
  }
  const kept = rows.filter((r) => !r.refused && r.lost.length === 0).length;
  const refused = rows.filter((r) => r.refused);
  const parts = rows.reduce((n, r) => n + r.parts, 0);
  const preserved = rows.reduce((n, r) => n + r.identical + r.edited, 0);
  const table = markdownTable(
    ["Workbook", "Parts", "Byte for byte", "Edited, nothing lost", "Lost or changed", "Summarize (ms)"],
    rows.map((r) => [
      r.file.replace(/\|/g, "\\|"),
      r.refused ? "—" : r.parts,
      r.refused ? "—" : r.identical,
      r.refused ? "—" : r.edited,
      r.refused ? `refused: ${r.refused.replace(/\|/g, "\\|")}` : r.lost.length ? r.lost.join("; ").replace(/\|/g, "\\|") : "0",
      r.ms.toFixed(0),
    ]),
  );
  writeBenchSection(
    "package-writer-corpus",
    `## The package writer on real workbooks\n\n\`npm run measure:writer\` summarizes each of the ${rows.length} workbooks of the EUSES corpus (corpus/formula-euses/xlsx, read in place) in memory and compares every zip entry of the input with the output: byte for byte, or, for the parts KC edits ([Content_Types].xml, the workbook part and its relationships, styles, app properties, calculation chain), element by element with nothing of the input lost. **${kept} of ${rows.length} workbooks keep every part; ${preserved} of ${parts} parts kept; ${refused.length} refused.**\n\n${table}\n\n${machineLine()}`,
  );
  process.stdout.write(`${kept}/${rows.length} workbooks keep every part; ${preserved}/${parts} parts; ${refused.length} refused\n`);
}

main().catch((err) => {
  process.stderr.write(`measure-package-writer failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
