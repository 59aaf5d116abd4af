/**
 * Calls per second of each KC custom function wrapper, in-process (no Excel): one scalar call, and one
 * call over a 1000×1 range (the shape of a province table column). Excel's own call overhead is not
 * included: these numbers bound what the functions themselves cost.
 */
import * as KC from "../src/functions/functions";
import { installCustomFunctionsFake } from "../test/functions/custom-functions-fake";
import { machineLine, markdownTable, writeBenchSection } from "./report";

type Call = () => unknown;

const ROWS = 1000;
const column = <T>(f: (i: number) => T): T[][] => Array.from({ length: ROWS }, (_, i) => [f(i)]);

/** Calls per second of `call`, after a warm-up, over at least `ms` milliseconds. */
function rate(call: Call, ms: number): number {
  for (let i = 0; i < 20; i++) call();
  let calls = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 10; i++) call();
    calls += 10;
    elapsed = process.hrtime.bigint() - start;
  }
  return calls / (Number(elapsed) / 1e9);
}

const format = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(1));

export async function run(): Promise<void> {
  installCustomFunctionsFake();
  const actual = column((i) => 1000 + i * 3.7);
  const plan = column((i) => (i % 2 === 0 ? 1200 + i : `${1200 + i},5`));
  const texts = column((i) => `${(i * 13.25).toFixed(2).replace(".", ",")} triệu đồng`);
  const activities = column((i) => ["MMTB", "MH", "DCCN", "NR"][i % 4]);

  const cases: [string, Call, Call][] = [
    ["COMPLETION", () => KC.completion([[64.18]], [[72.59]]), () => KC.completion(actual, plan)],
    ["GROWTH", () => KC.growth([[80.3]], [["72,59"]]), () => KC.growth(actual, plan)],
    ["RATIO", () => KC.ratio([[37.9]], [[32.01]]), () => KC.ratio(actual, plan)],
    ["SHARE", () => KC.share([[3407]], [[7231]]), () => KC.share(actual, plan)],
    ["COUNTERPART", () => KC.counterpart([["7.231"]], [[3407]]), () => KC.counterpart(plan, actual)],
    ["SUPPORTMAX", () => KC.supportMax([["MMTB"]], [[700]], undefined, undefined, 2024), () => KC.supportMax(activities, actual, undefined, undefined, 2024)],
    [
      "CONSISTENT",
      () => KC.consistent([[0.8524]], [[3512.4 / 4120.75]]),
      () =>
        KC.consistent(
          column(() => 0.8524),
          column((i) => 3512.4 / (4120.75 + i)),
        ),
    ],
    ["SUMCHECK", () => KC.sumCheck(12.57, [[4.31], [8.25]]), () => KC.sumCheck(1234567.8, actual)],
    ["PARSE", () => KC.parse([["79,07 tỷ đồng"]], "triệu"), () => KC.parse(texts, "tỷ")],
    ["CONVERT", () => KC.convert([[3604.5]], "triệu đồng", "tỷ đồng"), () => KC.convert(actual, "triệu đồng", "tỷ đồng")],
    ["TEXT", () => KC.text([[79.07]], 2, "tỷ"), () => KC.text(actual, 1, "triệu")],
    ["PHRASE", () => KC.phrase("growth", [[80.3]], [[72.59]], "năm 2023"), () => KC.phrase("đạt", actual, plan)],
  ];

  const rows = cases.map(([name, scalar, range]) => {
    const perScalar = rate(scalar, 300);
    const perRange = rate(range, 600);
    return [`KC.${name}`, format(perScalar), format(perRange), format(perRange * ROWS)];
  });
  const table = markdownTable(["Function", "Scalar calls/s", `${ROWS}×1 range calls/s`, "Range cells/s"], rows);
  writeBenchSection(
    "functions",
    `## Custom functions throughput\n\n${machineLine()}\n\nIn-process calls of the wrappers in src/functions/functions.ts (Excel's call overhead not included). ` +
      `SUMCHECK's range column is one call summing ${ROWS} parts.\n\n${table}`,
  );
  process.stdout.write(`${table}\n`);
}
