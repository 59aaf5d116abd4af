#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm ci` (the package's prepare script runs tsc).
// The exit code is set, not forced with process.exit(): that would cut a report still being written to a pipe.
const path = require("path");
const fs = require("fs");

const main = path.join(__dirname, "..", "lib", "src", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("kc: the command line is not compiled yet (lib/ is missing): run `npm run prepare` once, or `npm ci`.\n");
  process.exitCode = 2;
} else {
  require(main)
    .main(process.argv)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err) => {
        process.stderr.write(`kc: ${err && err.message ? err.message : String(err)}\n`);
        process.exitCode = 2;
      },
    );
}
