import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runKc } from "../helpers/run-kc";

const dir = mkdtempSync(join(tmpdir(), "kc-check-text-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const run = (...args: string[]) => runKc("check-text", ...args);

const GOOD = "Tổng kinh phí 7.231 triệu đồng, trong đó khuyến công hỗ trợ 3.407 triệu đồng, vốn đối ứng 3.824 triệu đồng.";
const BAD = "Tổng kinh phí 7.321 triệu đồng, trong đó khuyến công hỗ trợ 3.407 triệu đồng, vốn đối ứng 3.824 triệu đồng.";

describe("kc check-text", () => {
  it("writes the claims as JSON in the chosen language and exits 0 when nothing is inconsistent", async () => {
    const { code, out } = await run(file("good.txt", GOOD), "--format", "json", "--lang", "en");
    expect(code).toBe(0);
    const json = JSON.parse(out) as { claims: { quote: string; kind: string; verdict: string; stated: number; computed: number[]; message: string }[] };
    expect(json.claims).toHaveLength(1);
    expect(json.claims[0]).toMatchObject({ kind: "amount-sum", verdict: "consistent", stated: 7231, computed: [7230, 7232] });
    expect(json.claims[0].message).toMatch(/^Consistent/);
  });

  it("marks claims in text format and exits 1 when one is inconsistent", async () => {
    const { code, out } = await run(file("bad.txt", `${GOOD}\n${BAD}`));
    expect(code).toBe(1);
    expect(out).toContain("✓ [amount-sum]");
    expect(out).toContain("✗ [amount-sum]");
    expect(out).toContain("Không khớp");
  });

  it("gives computed null, the scope and the missing part for an unverifiable claim", async () => {
    const { code, out } = await run(file("unverifiable.txt", "Năm 2024, tổng kinh phí là 64,18 tỷ đồng, đạt 88,41% so với kế hoạch năm."), "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(out).claims[0]).toMatchObject({
      verdict: "unverifiable",
      computed: null,
      missing: "base",
      scope: { fund: "total", period: { year: 2024 }, qualifier: "exact" },
    });
  });

  it("prints the scope of every claim in text format", async () => {
    const { out } = await run(file("scope.txt", "9 tháng năm 2024, kinh phí khuyến công địa phương toàn vùng thực hiện 37,9 tỷ đồng, đạt 47,2% kế hoạch năm."));
    expect(out).toContain("phạm vi: toàn vùng · KCĐP · thực hiện · 9 tháng năm 2024");
  });

  it.each([
    ["a missing file", join(dir, "missing.txt"), "no such file"],
    ["a folder", dir, "is a folder"],
    ["a binary file", file("binary.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), "binary"],
    ["text that is not UTF-8", file("latin1.txt", Buffer.from([0x54, 0xe1, 0x6e, 0x67, 0x20, 0x31, 0x30, 0x25])), "not UTF-8"],
    ["an empty file", file("empty.txt", " \n"), "empty"],
  ])("refuses %s with exit 2, one line on stderr naming the file and nothing on stdout", async (_what, path, words) => {
    const { code, out, err } = await run(path, "--lang", "en");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain(path);
    expect(err).toContain(words);
  });

  it("refuses an unknown format with exit 2", async () => {
    expect((await run(file("f.txt", GOOD), "--format", "xml")).code).toBe(2);
  });
});
