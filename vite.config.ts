import { defineConfig } from 'vitest/config';

export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  publicDir: 'assets',
  build: {
    target: 'es2022',
    // The server and tool bundles need no copy of the game's static assets.
    copyPublicDir: !isSsrBuild,
    // Phaser is one prebuilt ~1.4 MB file loaded on demand; it is expected to be large.
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
}));
