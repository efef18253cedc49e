#!/usr/bin/env node
// The `newsdesk` CLI (package.json "bin"). `npm run build` bundles its code
// (electron/cli/newsdesk.ts, by scripts/build-node.js) to dist/electron/cli.js.
import '../dist/electron/cli.js';
