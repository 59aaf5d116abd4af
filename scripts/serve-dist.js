#!/usr/bin/env node
/**
 * Serves dist/ (the built add-in and the standalone web page) over plain http on this machine only.
 * `npm run web` builds, then runs this and prints the page's address; the e2e test uses serveDist().
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const DIST = path.resolve(__dirname, "..", "dist");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
  ".xml": "application/xml",
};

/** Starts the server on 127.0.0.1 (port 0 picks a free one) for `dir` (dist/ by default); resolves to the listening server. */
function serveDist(port = 0, dir = DIST) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

module.exports = { serveDist, DIST };

if (require.main === module) {
  if (!fs.existsSync(path.join(DIST, "index.html"))) {
    process.stderr.write("serve-dist: dist/index.html is missing: run `npm run build` first\n");
    process.exit(2);
  }
  serveDist(Number(process.env.PORT || 8080)).then((server) => {
    process.stdout.write(`KC web page: http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)\n`);
  });
}
