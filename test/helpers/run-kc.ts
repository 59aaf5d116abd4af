import { main } from "../../src/cli/main";

export interface KcRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `kc ARGS…` in-process, as bin/kc.js does, capturing what it prints and its exit code. */
export async function runKc(...args: string[]): Promise<KcRun> {
  let out = "";
  let err = "";
  const o = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    const code = await main(["node", "kc", ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
