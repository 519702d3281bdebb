#!/usr/bin/env node
// Runs the compiled command line. `npm install` (through `prepare`) or `npm run build` creates dist/.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('ThinkAgain is not built yet: run `npm install` or `npm run build` in its folder first.\n');
  process.exit(1);
}
require(entry);
