/**
 * Golden files: the expected HTML, byte for byte, in tests/fixtures/golden/.
 * `UPDATE_GOLDEN=1 npx vitest run tests/unit/export` rewrites them; review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/golden');

export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, `${name}.html`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual, 'utf8');
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`Missing golden file ${file}: run with UPDATE_GOLDEN=1 and review it`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
