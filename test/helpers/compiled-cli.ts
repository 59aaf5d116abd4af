import { spawnSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
export const BIN = join(ROOT, "bin", "kc.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

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
