import { corpus } from "./catalogue";
test("list", () => {
  const lines: string[] = [];
  const kinds: Record<string, number> = {};
  for (const e of corpus()) {
    lines.push(
      `${e.id} [${e.producer}] ${e.rendered.workbook.fileName} :: ${Object.entries(e.rendered.key.sheets)
        .map(
          ([n, s]) =>
            `${n}=${s.status}/${s.province ?? "-"}/${s.year ?? "-"}/${s.months ?? "-"}/${s.unit ?? "-"}/${s.fund ?? "-"}/${s.tables.map((t) => t.range).join(",")}`,
        )
        .join("; ")}`,
    );
    for (const p of e.rendered.key.planted) {
      lines.push(`    ${p.kind} ${p.sheet}!${p.cell} — ${p.note}`);
      kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
    }
  }
  console.log(lines.join("\n") + "\n" + JSON.stringify(kinds));
});
