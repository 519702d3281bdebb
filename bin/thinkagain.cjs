#!/usr/bin/env node
// Runs the TypeScript command line directly, so an install needs no build step.
require('tsx/cjs');
require('../src/cli/main.ts');
