/**
 * Sheet names inside formulas and links. Excel accepts a sheet name bare only when it reads as a
 * plain identifier; anything else (spaces, hyphens, Vietnamese letters, a leading digit, a name that
 * reads as a cell reference such as "A1" or "R1C1", TRUE/FALSE) is written in apostrophes, with
 * apostrophes inside the name doubled: 'Hà Nội''s'!A1. Quoting a name that did not need it is always
 * valid, so every doubt quotes.
 */
export function quoteSheetName(name: string): string {
  const nfc = name.normalize("NFC");
  return needsQuotes(nfc) ? `'${nfc.replace(/'/g, "''")}'` : nfc;
}

function needsQuotes(name: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return true;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return true; // A1-style: "A1", "XFD1048576", "TAX2023"
  if (/^(R[0-9]*)?(C[0-9]*)?$/i.test(name)) return true; // R1C1-style: "R", "C", "RC", "R1C1", "R12", "C3"
  if (/^(TRUE|FALSE)$/i.test(name)) return true;
  return false;
}

/** 'Cà Mau'!C7, or a range 'Cà Mau'!C7:C9. */
export function sheetRef(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}
