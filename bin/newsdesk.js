#!/usr/bin/env node
// The `newsdesk` CLI (package.json "bin"). `npm run build` bundles its code
// (electron/cli/newsdesk.ts, by scripts/build-node.js) to dist/electron/cli.js.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/electron/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'newsdesk: the CLI is not built yet. Run `npm run build` in the Newsdesk folder first.',
  );
  process.exit(2);
}
await import(cli.href);
