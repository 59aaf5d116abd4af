import { spawnSync } from "child_process";
import { existsSync, statSync } from "fs";
import { join } from "path";
import { newestMtime } from "../../scripts/newest-mtime";

export const ROOT = join(__dirname, "..", "..");
export const BIN = join(ROOT, "bin", "kc.js");

/**
 * bin/kc.js runs the CLI compiled into lib/ (by `npm ci`'s prepare script); tests that run it as users
 * do compile it first when it is missing or older than the sources.
 */
export function ensureCompiledCli(): void {
  const main = join(ROOT, "lib", "src", "cli", "main.js");
  if (existsSync(main) && statSync(main).mtimeMs >= newestMtime(join(ROOT, "src"))) return;
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"], { cwd: ROOT, encoding: "utf8" });
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.node.json failed:\n${tsc.stdout}${tsc.stderr}`);
}
