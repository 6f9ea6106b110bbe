import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from './assumptions';
import { withAssumptions } from './assumptionsText';

describe('the game’s own rules, listed in one place', () => {
  it('says each in both languages, naming a module of the engine that exists', async () => {
    const modules = import.meta.glob('./*.ts');
    for (const a of ASSUMPTIONS) {
      expect(a.text.nl.length).toBeGreaterThan(40);
      expect(a.text.en.length).toBeGreaterThan(40);
      expect(Object.keys(modules)).toContain(`./${a.module}`);
    }
    expect(new Set(ASSUMPTIONS.map((a) => a.id)).size).toBe(ASSUMPTIONS.length);
  });

  it('is the list the README shows (run `npm run assumptions` after changing one)', async () => {
    const readme = (await import('../../README.md?raw')).default;
    expect(withAssumptions(readme)).toBe(readme);
  });
});
