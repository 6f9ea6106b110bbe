// The compiled rules (compiled.ts) must agree with rules.ts on every step: random walks through
// every shipped scenario and both fixtures, comparing the state after each choice.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../analysis/random';
import { shippedCatalog } from '../scenario/shipped';
import { minimalScenario, modelScenario } from '../test-support/fixtures';
import { compileGame } from './compiled';
import { advance, legalChoices, startGame } from './rules';

const scenarios = [minimalScenario(), modelScenario(), ...(await shippedCatalog()).flatMap((e) => (e.ok ? [e.scenario] : []))];

describe.each(scenarios.map((s) => [s.id, s] as const))('compiled rules of %s', (_id, scenario) => {
  it('offer the same choices and reach the same state as the engine, step by step', () => {
    const game = compileGame(scenario);
    const random = seededRandom(20261201);
    for (let walk = 0; walk < 600; walk++) {
      let state = startGame(scenario);
      let compiled = game.fromState(state);
      while (!state.ending) {
        const choices = legalChoices(scenario, state);
        const shapes = game.choices(compiled);
        expect(shapes.map((i) => game.shapes[i])).toEqual(choices);
        const k = Math.floor(random() * choices.length);
        state = advance(scenario, state, choices[k]!);
        compiled = game.step(compiled, shapes[k]!);
        expect(compiled).toEqual(game.fromState(state));
      }
      expect(compiled.end).toBe(state.ending.kind === 'crisis' ? 0 : 1);
    }
  });
});
