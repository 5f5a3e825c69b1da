// Validates JSON documents against a JSON Schema with Ajv: the migov JSON Schema (draft
// 2020-12), or a Frictionless profile (draft-04), chosen by the schema's "$schema".
// Usage: node validate.js <schema.json> < documents.jsonl
// Reads one document per line; writes one line per document: "ok" or "error <messages as JSON>".
'use strict';
const fs = require('fs');
const readline = require('readline');

const schema = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let ajv;
if (String(schema.$schema).includes('draft-04')) {
  const Ajv04 = require('ajv-draft-04').default;
  // strict off: the Frictionless profiles carry annotation keywords of their own (propertyOrder,
  // context, options) that are not JSON Schema; formats not validated: the profiles use formats
  // only on metadata the writers do not write (homepage, created, email) and one that is no JSON
  // Schema format (textarea); allErrors: every error of a document
  ajv = new Ajv04({ strict: false, validateFormats: false, allErrors: true });
} else {
  const Ajv2020 = require('ajv/dist/2020').default;
  const addFormats = require('ajv-formats').default;
  // strict: unknown keywords and formats are errors (a required property may be defined in a
  // branch of the root's oneOf); allErrors: every error of a document; unicodeRegExp: patterns
  // are ECMAScript regular expressions with the u flag, as JSON Schema says
  ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, unicodeRegExp: true });
  addFormats(ajv);
}
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
