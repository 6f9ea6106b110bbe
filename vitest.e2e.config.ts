import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the built game; run after `vite build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
