import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  publicDir: 'assets',
  build: {
    target: 'es2022',
    // Phaser is one prebuilt ~1.4 MB file loaded on demand; it is expected to be large.
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
