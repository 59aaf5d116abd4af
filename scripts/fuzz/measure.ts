import { spawnSync } from "child_process";
import { existsSync } from "fs";

/** The memory no command may pass on any input (resident set size), stated in README's "Limits". */
export const MEMORY_CEILING_MIB = 1024;

export interface ChildRun {
  code: number;
  out: string;
  err: string;
  seconds: number;
  /** Peak resident memory, from /usr/bin/time -v when the machine has it. */
  maxRssMiB?: number;
  timedOut: boolean;
}

const TIME = "/usr/bin/time";

/** Runs `node ARGS…` as a child, measuring its wall time and peak memory; killed after `timeoutSeconds`. */
export function runNode(args: string[], timeoutSeconds = 120): ChildRun {
  const timed = existsSync(TIME);
  const start = process.hrtime.bigint();
  const result = timed
    ? spawnSync(TIME, ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 28, timeout: timeoutSeconds * 1000 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28, timeout: timeoutSeconds * 1000 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let err = result.stderr ?? "";
  let maxRssMiB: number | undefined;
  if (timed) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
    if (m) maxRssMiB = Number(m[1]) / 1024;
    // /usr/bin/time's report follows the child's own stderr.
    err = err.replace(/(\tCommand (being timed|exited)[\s\S]*)$/, "").replace(/Command exited with non-zero status \d+\n?$/, "");
  }
  return {
    code: result.status ?? -1,
    out: result.stdout ?? "",
    err,
    seconds,
    maxRssMiB,
    timedOut: result.error !== undefined && /ETIMEDOUT/.test(String(result.error)),
  };
}
