import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { BIN, ensureCompiledCli } from "../helpers/compiled-cli";

describe("bin/kc.js", () => {
  beforeAll(ensureCompiledCli, 120_000);

  it("writes a report far larger than a pipe's buffer in full, with the command's exit code", () => {
    const paragraph = "Tổng kinh phí 7.321 triệu đồng, trong đó khuyến công hỗ trợ 3.407 triệu đồng, vốn đối ứng 3.824 triệu đồng. ";
    const input = join(mkdtempSync(join(tmpdir(), "kc-pipe-")), "report.txt");
    writeFileSync(input, paragraph.repeat(400));
    // Through a shell pipe, as `kc … | jq` runs: a pipe takes 64 KiB at a time, and an exit forced before
    // the rest is taken loses it. pipefail keeps kc's exit code.
    const run = spawnSync("bash", ["-c", 'set -o pipefail; "$0" "$1" check-text "$2" --format json | cat', process.execPath, BIN, input], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    expect(run.stdout.length).toBeGreaterThan(128 * 1024);
    const report = JSON.parse(run.stdout) as { claims: { verdict: string }[] };
    expect(report.claims).toHaveLength(400);
    expect(run.status).toBe(1);
  });
});
