import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Writes sw.js with every file of the build, so the game works offline after one visit. */
function offlineServiceWorker(): Plugin {
  return {
    name: 'spagaat-offline',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (this.environment.config.build.ssr) return;
      const files = ['./', ...Object.keys(bundle).map((f) => `./${f}`), './favicon.svg', './spagaat-hero.svg'];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync('src/offline/serviceWorker.js', 'utf8').replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(files));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  plugins: [offlineServiceWorker()],
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
