import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { BIN, ensureCompiledCli, ROOT } from "../helpers/compiled-cli";
import { runKc } from "../helpers/run-kc";

const SAMPLE = join(ROOT, "samples", "khu-vuc-phia-nam-2023.xlsx");
const kcBin = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });

// Run as users run it, `kc validate` parses in a worker thread; run in-process under Jest (TypeScript
// sources, no compiled worker) it parses in the same thread. Both must give the same report.
describe("kc validate through bin/kc.js (parsing in a worker thread)", () => {
  beforeAll(ensureCompiledCli, 120_000);

  it("gives the report the in-thread reading gives, byte for byte", async () => {
    const inThread = await runKc("validate", SAMPLE, "--format", "json");
    const child = kcBin("validate", SAMPLE, "--format", "json");
    expect(child.status).toBe(inThread.code);
    // The report says where it was parsed; all else is the same, byte for byte.
    expect(JSON.parse(child.stdout).stats.parsedIn).toBe("worker");
    expect(JSON.parse(inThread.out).stats.parsedIn).toBe("main-thread");
    const where = /"parsedIn": "[a-z-]+"/;
    expect(child.stdout.replace(where, "")).toBe(inThread.out.replace(where, ""));
    expect(JSON.parse(child.stdout).stats.errors).toBeGreaterThan(0);
  });

  it("refuses a corrupt workbook with exit 2 and one line naming the file", () => {
    const path = join(mkdtempSync(join(tmpdir(), "kc-worker-")), "hong.xlsx");
    writeFileSync(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    const child = kcBin("validate", path);
    expect(child.status).toBe(2);
    expect(child.stdout).toBe("");
    expect(child.stderr.trim().split("\n")).toHaveLength(1);
    expect(child.stderr).toContain("hong.xlsx");
  });

  it("names the sheet and the cell where a worksheet breaks off, in the worker as in the thread", async () => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const part = "xl/worksheets/sheet2.xml";
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace(/<c r="C12"([^>]*)>/, '<c r="C12"$1><bad>'));
    const path = join(mkdtempSync(join(tmpdir(), "kc-worker-")), "hong.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    const child = kcBin("validate", path);
    expect(child.status).toBe(2);
    expect(child.stdout).toBe("");
    expect(child.stderr.trim().split("\n")).toHaveLength(1);
    expect(child.stderr).toMatch(
      /hong\.xlsx: tệp hỏng: sheet '[^']+' \(phần xl\/worksheets\/sheet2\.xml\) không phải XML hợp lệ ở dòng \d+, cột \d+, gần ô C12 \(/,
    );
    const inThread = await runKc("validate", path);
    expect(inThread.code).toBe(2);
    expect(inThread.err).toBe(child.stderr);
  });
});
