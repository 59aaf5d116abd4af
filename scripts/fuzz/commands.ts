/**
 * The commands the fuzz run drives, and what each must do on any workbook: end with exit 0, 1 or 2;
 * on 2, say why in one line naming the file, without a stack or a library's message; agree with every
 * other command on whether the file is usable. Adding a command (kc review) is one line in FUZZ_COMMANDS.
 */
export interface FuzzCommand {
  name: string;
  /** Its arguments on the workbook `input`, writing to `output` when it writes. */
  args(input: string, output: string): string[];
  /** It writes a workbook: what it writes is read back and validated again. */
  writes?: boolean;
}

export const FUZZ_COMMANDS: readonly FuzzCommand[] = [
  { name: "validate", args: (input) => ["validate", input, "--format", "json"] },
  { name: "summarize", args: (input, output) => ["summarize", input, "-o", output, "--force"], writes: true },
];

export interface CommandRun {
  code: number;
  out: string;
  err: string;
}

/**
 * A refusal by the writer, not the reader: `kc summarize` read the file (the same verdict as every
 * command) but cannot yet write a faithful copy of it through ExcelJS. Until the package writer
 * replaces ExcelJS these count as usable; the fuzz run reports how many there were.
 */
export const WRITE_GAP = /KC (đọc được tệp nhưng|read the file but)/;

/** Whether the command found the workbook usable (read it), whatever it found in it. */
export function usable(run: CommandRun): boolean {
  return run.code === 0 || run.code === 1 || (run.code === 2 && WRITE_GAP.test(run.err));
}

/** What is wrong with how a command ended on `input` (empty when nothing is). */
export function problemsOf(command: FuzzCommand, run: CommandRun, input: string): string[] {
  const problems: string[] = [];
  if (![0, 1, 2].includes(run.code)) problems.push(`${command.name}: exit ${run.code}`);
  if (run.code === 2) {
    const lines = run.err.trimEnd().split("\n");
    if (lines.length !== 1) problems.push(`${command.name}: ${lines.length} lines on stderr: ${run.err.slice(0, 300)}`);
    if (!lines[0].startsWith(`kc ${command.name}: `)) problems.push(`${command.name}: stderr does not start with the command: ${lines[0].slice(0, 200)}`);
    if (!lines[0].includes(input)) problems.push(`${command.name}: the refusal does not name the file: ${lines[0].slice(0, 200)}`);
    if (/\bat \S+ \(\S+:\d+:\d+\)|TypeError|RangeError|ReferenceError|Cannot read properties|DecimalError|undefined|\[object /.test(run.err))
      problems.push(`${command.name}: a program's message reached the user: ${lines[0].slice(0, 300)}`);
  } else if (run.err.trim() !== "") problems.push(`${command.name}: stderr on exit ${run.code}: ${run.err.slice(0, 300)}`);
  return problems;
}
