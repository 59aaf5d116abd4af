/**
 * `npm run corpus [-- OUTDIR]`: writes the layouts corpus (test/layouts) to a folder, so a person can open
 * the workbooks in Excel or LibreOffice: for every entry a folder `<id>/` holding the workbook under the
 * file name its key gives (written by the entry's producer; province and year may be read from that name)
 * and `key.json`, its answer key; and `index.json` listing the entries, their layout, producer, clean twin
 * and planted errors. Every file written is read back by the corpus's own package reader.
 * Default folder: test-results/layouts-corpus (git-ignored).
 */
import { mkdirSync, writeFileSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { corpus } from "../test/layouts/catalogue";
import { produce } from "../test/layouts/writers/producers";
import { readPackage } from "../test/layouts/writers/read-package";

// Compiled to lib/scripts/, run from scripts/ by ts-jest: the repository root is one or two levels up.
const ROOT = join(__dirname, basename(dirname(__dirname)) === "lib" ? "../.." : "..");

/** A folder or file name from an id or a workbook's name: only characters file systems refuse are replaced. */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, "_");
}

export async function writeCorpus(outDir: string): Promise<{ files: number; planted: number }> {
  mkdirSync(outDir, { recursive: true });
  const index = [];
  let planted = 0;
  for (const entry of corpus()) {
    const folder = join(outDir, safeName(entry.id));
    const file = safeName(entry.rendered.key.fileName);
    const buffer = await produce(entry.rendered.workbook, entry.producer);
    const sheets = await readPackage(buffer);
    if (sheets.length !== entry.rendered.workbook.sheets.length) throw new Error(`${entry.id}: ${sheets.length} sheets read back`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, file), buffer);
    writeFileSync(join(folder, "key.json"), JSON.stringify(entry.rendered.key, null, 2) + "\n");
    planted += entry.rendered.key.planted.length;
    index.push({
      id: entry.id,
      file: `${safeName(entry.id)}/${file}`,
      title: entry.rendered.title,
      producer: entry.producer,
      fileName: entry.rendered.key.fileName,
      twin: entry.twin ?? null,
      planted: entry.rendered.key.planted.map((p) => `${p.kind} at ${p.sheet}!${p.cell}`),
    });
  }
  writeFileSync(join(outDir, "index.json"), JSON.stringify(index, null, 2) + "\n");
  return { files: index.length, planted };
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? join(ROOT, "test-results", "layouts-corpus"));
  const { files, planted } = await writeCorpus(outDir);
  process.stdout.write(`${outDir}: ${files} workbooks with their keys, ${planted} planted errors (index.json lists them)\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
