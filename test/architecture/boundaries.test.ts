import { execFileSync } from "child_process";
import { join } from "path";

interface Case {
  what: string;
  path: string;
  code: string;
  /** The rule that must fire, or null when the snippet must pass. */
  breaks: "no-restricted-imports" | "no-restricted-globals" | null;
}

const core = "src/core/validation/example.ts";
const CASES: Case[] = [
  ...[
    ['import { readFileSync } from "fs";', "a Node module"],
    ['import { Worker } from "node:worker_threads";', "a node: module"],
    ['import ExcelJS from "exceljs";', "ExcelJS"],
    ['import JSZip from "jszip";', "JSZip"],
    ['import { SaxesParser } from "saxes";', "saxes"],
    ['import React from "react";', "React"],
    ['import { Button } from "@fluentui/react-components";', "Fluent"],
    ['import { officePort } from "../../adapters/office/office-port";', "an adapter"],
  ].map(([code, what]): Case => ({ what: `src/core importing ${what}`, path: core, code: `${code}\nexport const x = 1;\n`, breaks: "no-restricted-imports" })),
  ...["Excel.run(async () => {});", "document.title = 'x';", "setTimeout(() => {}, 0);", "process.exit(1);"].map((code): Case => ({
    what: `src/core using ${code}`,
    path: core,
    code: `${code}\nexport const x = 1;\n`,
    breaks: "no-restricted-globals",
  })),
  {
    what: "the web page importing ExcelJS",
    path: "src/web/example.ts",
    code: 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n',
    breaks: "no-restricted-imports",
  },
  {
    what: "the .xlsx adapter importing ExcelJS",
    path: "src/adapters/xlsx/example.ts",
    code: 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n',
    breaks: null,
  },
  {
    what: "the package reader importing a Node module",
    path: "src/adapters/xlsx/package/example.ts",
    code: 'import { readFileSync } from "fs";\nexport const x = readFileSync;\n',
    breaks: "no-restricted-imports",
  },
  {
    what: "the package reader using a Node global",
    path: "src/adapters/xlsx/package/example.ts",
    code: "export const x = Buffer.alloc(1);\n",
    breaks: "no-restricted-globals",
  },
  {
    what: "the package reader importing its zip and XML libraries",
    path: "src/adapters/xlsx/package/example.ts",
    code: 'import { Inflate } from "fflate";\nimport { SaxesParser } from "saxes";\nexport const x = [Inflate, SaxesParser];\n',
    breaks: null,
  },
  {
    what: "the task pane calling Excel.run",
    path: "src/taskpane/example.ts",
    code: "export const run = () => Excel.run(async () => {});\n",
    breaks: "no-restricted-globals",
  },
  {
    what: "the Office adapter calling Excel.run",
    path: "src/adapters/office/example.ts",
    code: "export const run = () => Excel.run(async () => {});\n",
    breaks: null,
  },
  {
    what: "src/core importing pure libraries",
    path: "src/core/numbers/example.ts",
    code: 'import Decimal from "decimal.js";\nimport { tokenize } from "@borgar/fx";\nimport { z } from "zod";\nexport const x = [Decimal, tokenize, z];\n',
    breaks: null,
  },
];

describe("architecture boundaries (eslint.config.mjs)", () => {
  let results: string[][];
  beforeAll(() => {
    const script = join(__dirname, "lint-snippets.mjs");
    const input = JSON.stringify(CASES.map(({ path, code }) => ({ path, code })));
    results = JSON.parse(execFileSync(process.execPath, [script], { input, encoding: "utf8" }));
  }, 120_000);

  it.each(CASES.map((c, i) => [c.what, i] as const))("%s", (_what, i) => {
    const { breaks } = CASES[i];
    if (breaks) expect(results[i]).toContain(breaks);
    else expect(results[i].filter((r) => r.startsWith("no-restricted"))).toEqual([]);
  });
});
