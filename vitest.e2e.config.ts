import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the built game; run after `vite build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A loaded CI machine can take more than the default second to deliver a broadcast or paint.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
