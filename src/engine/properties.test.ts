// Property tests: any sequence of valid choices on any shipped scenario (and the rule fixture)
// keeps meters in bounds and on the grid of 5, never throws, always ends, is deterministic, and
// survives a JSON round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '../scenario/shipped';
import { modelScenario } from '../test-support/fixtures';
import { METERS, applyChoice, legalChoices, replayChoices, startGame, type GameState } from '.';

const scenarios = [modelScenario(), ...(await shippedCatalog()).flatMap((e) => (e.ok ? [e.scenario] : []))];

describe.each(scenarios.map((s) => [s.id, s] as const))('any valid play of %s', (_id, scenario) => {
  it('stays in bounds, never throws, always ends and round-trips through JSON', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), (picks) => {
        let state: GameState = startGame(scenario);
        let steps = 0;
        while (!state.ending) {
          const choices = legalChoices(scenario, state);
          expect(choices.length).toBeGreaterThan(0);
          state = applyChoice(scenario, state, choices[picks[steps % picks.length]! % choices.length]!).state;
          for (const m of METERS) {
            expect(state.meters[m]).toBeGreaterThanOrEqual(0);
            expect(state.meters[m]).toBeLessThanOrEqual(100);
            expect(Number.isInteger(state.meters[m])).toBe(true);
            expect(state.meters[m] % 5).toBe(0);
          }
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
          // The crisis can come once on top of the scenario's own situations.
          expect(++steps).toBeLessThanOrEqual(scenario.situations.length);
        }
        expect(state.current).toBeNull();
        expect(legalChoices(scenario, state)).toEqual([]);
        // The same choices give the same game.
        expect(replayChoices(scenario, state.history.map((c) => c.choice))).toEqual({ ok: true, state });
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });
});
