// The offline packaging check (tests/package/): one slow electron-builder run,
// kept out of the unit suite so `vitest run` stays fast; npm test runs both.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
