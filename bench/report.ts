import { existsSync, readFileSync, writeFileSync } from "fs";
import { cpus, totalmem } from "os";
import { join } from "path";

const DOC = join(__dirname, "..", "..", "docs", "benchmarks.md");

/**
 * Replaces the section between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in docs/benchmarks.md
 * (appending it when absent), so each benchmark owns its table and reruns leave the rest alone.
 */
export function writeBenchSection(name: string, markdown: string): void {
  writeMarkedSection(DOC, `bench:${name}`, markdown, "# Benchmarks\n\nWritten by `npm run bench`; do not edit between the markers.\n");
}

/** Replaces the section between `<!-- MARK -->` and `<!-- /MARK -->` of a document, appending it when absent. */
export function writeMarkedSection(file: string, mark: string, markdown: string, emptyDoc = ""): void {
  const start = `<!-- ${mark} -->`;
  const end = `<!-- /${mark} -->`;
  const doc = existsSync(file) ? readFileSync(file, "utf8") : emptyDoc;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  const next = i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

/** The machine line every table carries, so numbers are read with their context. */
export function machineLine(): string {
  return `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`;
}

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
