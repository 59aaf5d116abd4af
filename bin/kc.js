#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm ci` (the package's prepare script runs tsc).
// The exit code is set, not forced with process.exit(): that would cut a report still being written to a pipe.
require("../lib/src/cli/main.js").main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`kc: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
