#!/usr/bin/env node
// Checks templates/assets/js/analyzer.js against Tests/vectors/text-analysis.json.
// Usage: node Tests/js/check-analyzer.js [snowball-data-dutch-dir]
// With a directory holding the full Snowball voc.txt/output.txt (Debian:
// /usr/share/snowball/data/dutch) every reference pair is checked as well.
'use strict';
const fs = require('fs');
const path = require('path');
const A = require('../../templates/assets/js/analyzer.js');

const vectors = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'vectors', 'text-analysis.json'), 'utf8'));
let passed = 0;
let failed = 0;
function check(kind, input, actual, expected) {
  if (JSON.stringify(actual) === JSON.stringify(expected)) { passed++; return; }
  failed++;
  if (failed <= 25) console.log(`FAIL ${kind} ${JSON.stringify(input)}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

for (const [input, expected] of vectors.fold) check('fold', input, A.fold(input), expected);
for (const [input, expected] of vectors.tokenize) check('tokenize', input, A.tokenize(input), expected);
for (const [input, expected] of vectors.analyze) check('analyze', input, A.analyze(input), expected);
for (const [input, expected] of vectors.domainStems) check('stem', input, A.stem(input), expected);
for (const [input, expected] of vectors.stems) check('stem', input, A.stem(input), expected);
check('isStopWord', 'de', A.isStopWord('de'), true);
check('isStopWord', 'werk', A.isStopWord('werk'), false);

const full = process.argv[2];
if (full) {
  const voc = fs.readFileSync(path.join(full, 'voc.txt'), 'utf8').split('\n').filter(Boolean);
  const out = fs.readFileSync(path.join(full, 'output.txt'), 'utf8').split('\n').filter(Boolean);
  for (let i = 0; i < voc.length; i++) check('stem(full)', voc[i], A.stem(voc[i]), out[i]);
}

console.log(`analyzer.js: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
