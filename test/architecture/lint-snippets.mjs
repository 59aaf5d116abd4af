// Lints code snippets as if they lived at given paths, with the project's eslint.config.mjs. Run as a
// child process by boundaries.test.ts (ESLint loads its config by dynamic import, which Jest's VM lacks).
// stdin: [{ path, code }]; stdout: [[ruleId, …], …] in the same order.
import { ESLint } from "eslint";
import { join, dirname } from "path";
import { fileURLToPath } from "url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
let input = "";
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: root });
const out = [];
for (const { path, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  out.push(result.messages.map((m) => m.ruleId ?? "parse"));
}
process.stdout.write(JSON.stringify(out));
