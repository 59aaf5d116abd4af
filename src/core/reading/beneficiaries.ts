/**
 * How many beneficiaries a cell names: "Cơ sở A (xã Tân Phú), Cơ sở B (xã An Hiệp)" is two (commas inside
 * parentheses belong to an address), one per line or per ";" as well; "…" and "v.v." name nobody. An
 * empty cell names none: a group project (đề án nhóm) or a list kept elsewhere.
 */
export function countBeneficiaries(text: string): number {
  if (text.trim() === "") return 0;
  let depth = 0;
  let count = 0;
  let part = "";
  const flush = () => {
    const p = part.trim().replace(/^(\d+(\.\d+)*[.)]?|[-–+•])\s*/, "");
    if (p !== "" && !/^(…|\.{2,}|v\.?\s*v\.?|vv|và các cơ sở khác|\.\.\.)$/i.test(p)) count++;
    part = "";
  };
  for (const ch of text) {
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (depth === 0 && (ch === "," || ch === ";" || ch === "\n")) flush();
    else part += ch;
  }
  flush();
  return count;
}
