/**
 * `npm run bench`: runs every benchmark in sequence, each writing its own table into docs/benchmarks.md.
 * A benchmark is a module exporting `run(): Promise<void>`; list it in BENCHMARKS.
 */
const BENCHMARKS: string[] = [
  "office-syncs",
  "bundle-size",
  "functions-throughput",
  "validate-vs-read",
  "layouts-vs-standard",
  "review-vs-validate",
  "summarize-vs-validate",
  "bombs",
  "check-text",
];

async function runAll(): Promise<void> {
  const only = process.argv.slice(2);
  for (const name of BENCHMARKS) {
    if (only.length > 0 && !only.includes(name)) continue;
    process.stderr.write(`bench: ${name}\n`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bench = require(`./${name}`) as { run: () => Promise<void> };
    await bench.run();
  }
}

runAll().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
