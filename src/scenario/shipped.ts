// The scenario files shipped in scenarios/, bundled as text and parsed at start-up, so a broken
// file shows its errors in the game instead of breaking the build.
import { buildCatalog } from './catalog';

const files = import.meta.glob<string>('../../scenarios/*.json', { query: '?raw', import: 'default', eager: true });

export const SHIPPED_FILES: Record<string, string> = Object.fromEntries(
  Object.entries(files).filter(([path]) => !path.endsWith('.schema.json')),
);

export function shippedCatalog() {
  return buildCatalog(SHIPPED_FILES);
}
