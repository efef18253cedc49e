// Unit tests run under plain Node; browser behaviour is covered by the e2e suite.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
