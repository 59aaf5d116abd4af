#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm ci` (the package's prepare script runs tsc).
require("../lib/src/cli/main.js").main(process.argv).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`kc: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
