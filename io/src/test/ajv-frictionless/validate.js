// Validates Frictionless descriptors against a profile (JSON Schema draft-04) with Ajv.
// Usage: node validate.js <profile.json> < descriptors.jsonl
// Reads one descriptor per line; writes one line per descriptor: "ok" or "error <messages as JSON>".
'use strict';
const fs = require('fs');
const readline = require('readline');
const Ajv04 = require('ajv-draft-04').default;

const schema = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
// strict off: the profiles carry annotation keywords of their own (propertyOrder, context,
// options) that are not JSON Schema; formats not validated: the profiles use formats only on
// metadata properties the writers do not write (homepage, created, email) and one that is not a
// JSON Schema format (textarea); allErrors: every error of a descriptor
const ajv = new Ajv04({ strict: false, validateFormats: false, allErrors: true });
const validate = ajv.compile(schema);

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  if (line.trim() === '') {
    return;
  }
  let ok;
  try {
    ok = validate(JSON.parse(line));
  } catch (e) {
    console.log('error ' + JSON.stringify([String(e.message)]));
    return;
  }
  console.log(ok ? 'ok' : 'error ' + JSON.stringify(
    validate.errors.map((err) => err.instancePath + ' ' + err.message)));
});
