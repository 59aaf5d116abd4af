/**
 * The bombs of the fuzz run (scripts/fuzz/hostile-workbooks.ts) at full size, each given to every
 * command as users run it (bin/kc.js): how it ends, how long it takes, and its peak memory against
 * the ceiling no input may push a command past.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { FUZZ_COMMANDS } from "../scripts/fuzz/commands";
import { bombs } from "../scripts/fuzz/hostile-workbooks";
import { MEMORY_CEILING_MIB, runNode } from "../scripts/fuzz/measure";
import { size } from "../src/adapters/xlsx/package/refusal";
import { machineLine, markdownTable, writeBenchSection } from "./report";

const KC = join(__dirname, "..", "..", "bin", "kc.js");

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kc-bombs-"));
  const rows: string[][] = [];
  let over = 0;
  try {
    for (const bomb of bombs()) {
      const input = join(dir, "bomb.xlsx");
      writeFileSync(input, bomb.bytes);
      for (const command of FUZZ_COMMANDS) {
        const result = runNode([KC, ...command.args(input, join(dir, "out.xlsx"))], 300);
        const peak = result.maxRssMiB;
        if (peak !== undefined && peak > MEMORY_CEILING_MIB) over++;
        const said = result.err.trim().replace(input, "FILE").replace(/\|/g, "/");
        rows.push([
          bomb.name,
          size(bomb.bytes.length, "en"),
          `kc ${command.name}`,
          result.timedOut ? "did not end" : String(result.code),
          result.seconds.toFixed(1),
          peak === undefined ? "?" : peak.toFixed(0),
          said.length > 160 ? `${said.slice(0, 157)}…` : said || "(nothing)",
        ]);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const table = markdownTable(["Bomb", "File", "Command", "Exit", "Wall time (s)", "Max RSS (MiB)", "What it said (stderr)"], rows);
  writeBenchSection(
    "bombs",
    `## Hostile workbooks: the bombs of the fuzz run\n\nEach bomb of \`scripts/fuzz/hostile-workbooks.ts\` at full size, given to every command as users run it (\`bin/kc.js\`, child processes, max RSS from \`/usr/bin/time -v\`). Ceiling: ${MEMORY_CEILING_MIB} MiB on any input; ${over === 0 ? "no run passed it" : `**${over} run(s) passed it**`}.\n\n${table}\n\n${machineLine()}`,
  );
}
