// The scenario files shipped in scenarios/. Each is its own small chunk, fetched after the first
// screen is up and parsed then, so a broken file shows its errors in the game instead of
// breaking the build, and the first download stays small.
import { buildCatalog } from './catalog';

const loaders = import.meta.glob<string>(['../../scenarios/*.json', '!../../scenarios/*.schema.json'], { query: '?raw', import: 'default' });

export async function loadShippedFiles(): Promise<Record<string, string>> {
  const files = await Promise.all(Object.entries(loaders).map(async ([path, load]) => [path, await load()] as const));
  return Object.fromEntries(files);
}

export async function shippedCatalog() {
  return buildCatalog(await loadShippedFiles(), 'shipped');
}
