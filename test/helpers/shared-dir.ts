import { existsSync } from "fs";
import { join } from "path";

/**
 * The read-only shared material (domain notes, corpus) when present: env KC_SHARED, else ../shared beside the
 * project. Measuring tests use it and skip, saying so, when it is absent; the project never copies from it.
 */
export function sharedDir(): string | undefined {
  const candidates = [process.env.KC_SHARED, join(__dirname, "..", "..", "..", "shared")].filter((d): d is string => !!d);
  return candidates.find((d) => existsSync(d));
}
