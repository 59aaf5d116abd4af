/**
 * `npm run fuzz [-- --seeds N --from S --no-bombs]`: every command of scripts/fuzz/commands.ts on N
 * seeded hostile workbooks and on the full-size bombs, each run as users run it (bin/kc.js, the parse
 * worker), with its time and peak memory measured. Fails when a command does not end by itself, ends
 * otherwise than 0, 1 or 2 with a clear line, passes the memory ceiling, disagrees with another command
 * on whether a workbook is usable, or writes what KC cannot read back.
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { FUZZ_COMMANDS, problemsOf, usable, WRITE_GAP } from "./fuzz/commands";
import { bombs, hostileWorkbook } from "./fuzz/hostile-workbooks";
import { MEMORY_CEILING_MIB, runNode } from "./fuzz/measure";

const KC = join(__dirname, "..", "..", "bin", "kc.js");

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function main(): number {
  const seeds = option("--seeds", 100);
  const from = option("--from", 0);
  const dir = mkdtempSync(join(tmpdir(), "kc-fuzz-"));
  const cases = Array.from({ length: seeds }, (_, i) => {
    const w = hostileWorkbook(from + i);
    return { name: `seed ${from + i} (${w.traits.join("; ") || "no trait"})`, bytes: w.bytes };
  });
  if (!process.argv.includes("--no-bombs")) cases.push(...bombs());
  const failures: string[] = [];
  const tally = { usable: 0, refused: 0, writeGap: 0, peakMiB: 0 };
  try {
    cases.forEach((c, i) => {
      const input = join(dir, `case-${i}.xlsx`);
      writeFileSync(input, c.bytes);
      const verdicts = new Set<boolean>();
      for (const command of FUZZ_COMMANDS) {
        const output = join(dir, `case-${i}-${command.name}.xlsx`);
        const run = runNode([KC, ...command.args(input, output)]);
        const problems = problemsOf(command, run, input);
        if (run.timedOut) problems.push(`${command.name}: did not end within 120 s`);
        if (run.maxRssMiB !== undefined) {
          tally.peakMiB = Math.max(tally.peakMiB, run.maxRssMiB);
          if (run.maxRssMiB > MEMORY_CEILING_MIB) problems.push(`${command.name}: ${run.maxRssMiB.toFixed(0)} MiB, over the ${MEMORY_CEILING_MIB} MiB ceiling`);
        }
        if (WRITE_GAP.test(run.err)) tally.writeGap++;
        verdicts.add(usable(run));
        if (command.writes && run.code !== 2) {
          if (!existsSync(output)) problems.push(`${command.name}: exit ${run.code} but nothing written`);
          else {
            const again = runNode([KC, "validate", output, "--format", "json"]);
            if (!usable(again)) problems.push(`${command.name}: KC refuses what it wrote: ${again.err.trim()}`);
          }
        }
        for (const p of problems) failures.push(`${c.name}: ${p}`);
      }
      if (verdicts.size > 1) failures.push(`${c.name}: the commands disagree on whether it is usable`);
      if (verdicts.has(true)) tally.usable++;
      else tally.refused++;
      process.stderr.write(`\r${i + 1}/${cases.length}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write("\n");
  process.stdout.write(
    `${cases.length} workbooks × ${FUZZ_COMMANDS.length} commands: ${tally.usable} usable, ${tally.refused} refused by all, ` +
      `${tally.writeGap} summaries refused by the current writer, peak ${tally.peakMiB.toFixed(0)} MiB (ceiling ${MEMORY_CEILING_MIB} MiB).\n`,
  );
  for (const f of failures) process.stdout.write(`FAIL ${f}\n`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main();
