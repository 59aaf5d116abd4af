import { writeFileSync } from "fs";
import { join } from "path";
import { renderRulesDoc } from "./render";

const target = join(process.cwd(), "docs", "rules.md");
writeFileSync(target, renderRulesDoc());
process.stdout.write(`wrote ${target}\n`);
