/**
 * Builds the Vietnamese custom-functions metadata (functions-vi.json in dist, served to Excel for the
 * vi-VN locale through the manifest's Override of Functions.Metadata.Url) from the generated English
 * metadata and the translation table src/functions/metadata.vi.json. Ids, types and shapes stay as
 * generated; only descriptions and parameter names change. A function or parameter the table lacks
 * is an error, so the Vietnamese metadata cannot silently fall behind the code.
 */
"use strict";

function localizeMetadata(metadata, table) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry) {
      missing.push(fn.id);
      return fn;
    }
    const parameters = fn.parameters.map((p) => {
      const t = entry.parameters && entry.parameters[p.name];
      if (!t) {
        missing.push(`${fn.id}(${p.name})`);
        return p;
      }
      return { ...p, name: t.name || p.name, description: t.description.normalize("NFC") };
    });
    return { ...fn, description: entry.description.normalize("NFC"), parameters };
  });
  if (missing.length > 0) {
    throw new Error(`metadata.vi.json lacks Vietnamese texts for: ${missing.join(", ")}`);
  }
  return { ...metadata, functions };
}

module.exports = { localizeMetadata };
