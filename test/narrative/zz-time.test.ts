import { checkText } from "../../src/core/narrative/check-text";
import { loadCorpus } from "./corpus-metrics";
test("time", () => {
  const text = loadCorpus().map((e) => e.text).join("\n");
  const big = Array.from({ length: 20 }, () => text).join("\n");
  const t0 = performance.now();
  const n = checkText(big).length;
  const t1 = performance.now();
  console.log(`chars ${big.length} claims ${n} ms ${(t1 - t0).toFixed(0)}`);
});
