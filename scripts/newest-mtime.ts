import { readdirSync, statSync } from "fs";
import { join } from "path";

/** The latest modification time of any file below `dir`: what a build made from it must be newer than. */
export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
