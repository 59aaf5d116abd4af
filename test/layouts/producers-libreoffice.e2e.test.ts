import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { a1, isCellError } from "../../src/core/workbook/snapshot";
import { requireSoffice } from "../summary/libreoffice";
import { corpusEntry } from "./catalogue";
import { toWorkbookSnapshot } from "./workbook/to-snapshot";
import { PRODUCERS, produce, Producer } from "./writers/producers";
import { readPackage } from "./writers/read-package";

jest.setTimeout(240_000);

/**
 * A spreadsheet application opens what every producer writes: LibreOffice loads each package (prefixed
 * SpreadsheetML and a package without styles included), recomputes its formulas and saves it again; every
 * value, formula and merge survives.
 */
describe("LibreOffice opens every producer's package", () => {
  const dir = mkdtempSync(join(tmpdir(), "kc-layouts-lo-"));
  const entry = corpusEntry("L11-funds");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // One LibreOffice run converts the four packages (each run costs seconds), with a throwaway profile.
  beforeAll(async () => {
    const inputs: string[] = [];
    for (const producer of PRODUCERS) {
      const input = join(dir, `${producer}.xlsx`);
      writeFileSync(input, await produce(entry.rendered.workbook, producer));
      inputs.push(input);
    }
    const profile = join(dir, "profile");
    mkdirSync(profile);
    execFileSync(
      requireSoffice(),
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nologo", "--convert-to", "xlsx", "--outdir", join(dir, "out"), ...inputs],
      { timeout: 200_000, stdio: "ignore" },
    );
  });

  test.each(PRODUCERS.map((p) => [p] as [Producer]))("%s", async (producer) => {
    const [read] = await readPackage(readFileSync(join(dir, "out", `${producer}.xlsx`)));
    const expected = toWorkbookSnapshot(entry.rendered.workbook).sheets[0];
    expect(read.name).toBe(expected.name);
    for (let r = 0; r < expected.rowCount; r++) {
      for (let c = 0; c < expected.colCount; c++) {
        const want = expected.cell(r, c);
        if (!want) continue;
        const got = read.cells.get(a1(r, c));
        expect([a1(r, c), got !== undefined]).toEqual([a1(r, c), true]);
        if (typeof want.value === "number") expect(got!.value as number).toBeCloseTo(want.value, 6);
        else if (!isCellError(want.value)) expect([a1(r, c), got!.value]).toEqual([a1(r, c), want.value]);
        expect([a1(r, c), got!.formula !== undefined]).toEqual([a1(r, c), want.formula !== undefined]);
      }
    }
    expect([...read.merges].sort()).toEqual([...(expected.merges ?? [])].map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).sort());
  });
});
