import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkOutputFile, writeOutputFile } from "../../src/cli/io";
import { runKc } from "../helpers/run-kc";

jest.setTimeout(60_000);

describe("inputs that are not files", () => {
  const dir = mkdtempSync(join(tmpdir(), "kc-files-"));

  it.each([
    ["validate", ["validate", dir]],
    ["summarize", ["summarize", dir, "-o", join(dir, "out.xlsx")]],
    ["check-text", ["check-text", dir]],
  ])("kc %s refuses a folder in one line, in the user's language, without a system error code", async (_name, args) => {
    for (const lang of ["vi", "en"]) {
      const r = await runKc(...args, "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toContain(lang === "vi" ? "là một thư mục" : "is a folder");
      expect(r.err).not.toMatch(/EISDIR/);
    }
  });
});

describe("writeOutputFile, the one way commands write", () => {
  const dir = mkdtempSync(join(tmpdir(), "kc-out-"));
  const input = join(dir, "vao.xlsx");
  writeFileSync(input, "input bytes");

  it("never writes over an input: same path, another spelling, a hard link; nor over an existing file without --force", () => {
    mkdirSync(join(dir, "sub"));
    const hard = join(dir, "cung.xlsx");
    linkSync(input, hard);
    for (const output of [input, join(dir, "sub", "..", "vao.xlsx"), hard]) {
      expect(() => writeOutputFile(output, new Uint8Array([1]), { force: true, inputs: [input] })).toThrow(/is the input file/);
    }
    expect(readFileSync(input, "utf8")).toBe("input bytes");
    const other = join(dir, "khac.xlsx");
    writeFileSync(other, "old");
    expect(() => writeOutputFile(other, new Uint8Array([1]), { inputs: [input] })).toThrow(/exists; use --force/);
    writeOutputFile(other, new Uint8Array([7, 8]), { force: true, inputs: [input] });
    expect([...readFileSync(other)]).toEqual([7, 8]);
  });

  it("refuses a folder or a missing folder as output, and leaves no temporary file behind", () => {
    expect(() => checkOutputFile(join(dir, "sub"), { inputs: [] })).toThrow(/is a folder/);
    expect(() => checkOutputFile(join(dir, "khong-co", "ra.xlsx"), { inputs: [] })).toThrow(/its folder does not exist/);
    writeOutputFile(join(dir, "moi.xlsx"), new Uint8Array(100_000), { inputs: [input] });
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(readFileSync(join(dir, "moi.xlsx")).length).toBe(100_000);
  });
});
