import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { FUZZ_COMMANDS, problemsOf, usable } from "../../scripts/fuzz/commands";
import { bombs, hostileWorkbook } from "../../scripts/fuzz/hostile-workbooks";
import { runKc } from "../helpers/run-kc";

/**
 * The fuzz test of `npm test`: a bounded number of seeded hostile workbooks (and the bombs, shrunk),
 * every command run on each, in-process. `npm run fuzz` runs many more, and the full-size bombs, as
 * child processes with their peak memory measured.
 */
const SEEDS = 24;
const cases = [
  ...Array.from({ length: SEEDS }, (_, seed) => {
    const w = hostileWorkbook(seed);
    return { name: `seed ${seed} (${w.traits.join("; ") || "no trait"})`, bytes: w.bytes };
  }),
  ...bombs(0.0005),
];

jest.setTimeout(120_000);

describe("every command on hostile workbooks", () => {
  const dir = mkdtempSync(join(tmpdir(), "kc-fuzz-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(cases.map((c, i) => [c.name, i] as const))(
    "%s: ends with 0, 1 or 2 and a clear line, and every command agrees on whether it is usable",
    async (_name, i) => {
      const input = join(dir, `case-${i}.xlsx`);
      writeFileSync(input, cases[i].bytes);
      const verdicts: string[] = [];
      const problems: string[] = [];
      for (const command of FUZZ_COMMANDS) {
        const output = join(dir, `case-${i}-${command.name}.xlsx`);
        const run = await runKc(...command.args(input, output));
        problems.push(...problemsOf(command, run, input));
        verdicts.push(`${command.name}: ${usable(run) ? "usable" : "refused"}`);
        if (command.writes && run.code !== 2) {
          // What it wrote is read back: KC validates its own output.
          expect(existsSync(output)).toBe(true);
          const again = await runKc("validate", output, "--format", "json");
          problems.push(...problemsOf(FUZZ_COMMANDS[0], again, output));
          if (!usable(again)) problems.push(`${command.name}: its output is refused: ${again.err}`);
        }
      }
      expect(problems).toEqual([]);
      expect(new Set(verdicts.map((v) => v.split(": ")[1])).size).toBe(1);
    },
  );
});
