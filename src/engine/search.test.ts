// The game-tree search against a plain, unpruned search through the engine: the same best value
// from the start and after every first choice, for each objective, on small scenarios.
import { describe, expect, it } from 'vitest';
import { minimalScenario, modelScenario } from '../test-support/fixtures';
import { endingScore } from './endings';
import { advance, legalChoices, startGame } from './rules';
import type { Scenario } from './scenario';
import { ENDING_CLASSES, classOfScore, createGameSearch, endingClassIndex, type Objective } from './search';
import type { GameState } from './state';

/** Every line, remembered by state: the reference the search must equal. */
function plainBest(scenario: Scenario, objective: Objective): (state: GameState) => number {
  const memo = new Map<string, number>();
  const value = (s: GameState): number => {
    if (s.ending) {
      const m = s.meters;
      if (objective === 'sum') return s.ending.kind === 'crisis' ? 0 : m.legitimacy + m.efficiency + m.trust + m.initiative;
      const score = endingScore(s.ending, m);
      return objective === 'class' && s.ending.kind === 'completed' ? score - Math.min(m.legitimacy, m.efficiency, m.trust, m.initiative) / 5 : score;
    }
    const k = JSON.stringify({ ...s, history: [] });
    let v = memo.get(k);
    if (v === undefined) {
      v = Math.max(...legalChoices(scenario, s).map((c) => value(advance(scenario, s, c))));
      memo.set(k, v);
    }
    return v;
  };
  return value;
}

// A shorter model scenario keeps the plain search quick: its first four situations and the crisis.
const shortModel = modelScenario((raw) => {
  const situations = raw.situations as { id: string }[];
  raw.situations = situations.filter((s) => ['situatie-1', 'situatie-2', 'situatie-3', 'silo-gevolg', 'spanningscrisis'].includes(s.id));
});

describe.each([
  ['minimal', minimalScenario()],
  ['model (short)', shortModel],
] as const)('searching %s', (_name, scenario) => {
  for (const objective of ['score', 'class', 'sum'] as const) {
    it(`finds the same best ${objective} as a plain search, from the start and after each first choice`, () => {
      const search = createGameSearch(scenario);
      const plain = plainBest(scenario, objective);
      const start = startGame(scenario);
      expect(search.best(start, objective)).toBe(plain(start));
      for (const { choice, value } of search.choiceValues(start, objective)) expect(value, JSON.stringify(choice)).toBe(plain(advance(scenario, start, choice)));
    });
  }

  it('plays a best line that reaches the best value', () => {
    const search = createGameSearch(scenario);
    const start = startGame(scenario);
    const { end } = search.bestLine(start);
    expect(endingScore(end.ending!, end.meters)).toBe(search.best(start));
  });

  it('knows which ending classes can be reached', () => {
    const search = createGameSearch(scenario);
    const start = startGame(scenario);
    const reachable = new Set<number>();
    const walk = (s: GameState) => {
      if (s.ending) reachable.add(endingClassIndex(s.ending));
      else for (const c of legalChoices(scenario, s)) walk(advance(scenario, s, c));
    };
    if (scenario.situations.length <= 2) {
      walk(start);
      ENDING_CLASSES.forEach((_, i) => expect(search.canReach(start, i), ENDING_CLASSES[i]).toBe(reachable.has(i)));
    }
    for (const s of scenario.situations) expect(search.canMeet(start, s.id)).toBe(true);
  });
});

describe('classOfScore', () => {
  it('reads the ending class back from a score', () => {
    expect(classOfScore(0)).toEqual({ kind: 'crisis' });
    expect(classOfScore(100 + 3 * 120 + 2 * 40 + 12)).toEqual({ kind: 'completed', fate: 'realised', balance: 'balanced' });
    expect(classOfScore(100 + 120 + 40)).toEqual({ kind: 'completed', fate: 'stalled', balance: 'leaning' });
  });
});
