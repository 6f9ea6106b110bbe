// A game is its scenario plus its choices: replaying them through the pure engine restores it
// exactly, which is how a saved game is resumed (and checked: a choice that no longer fits stops it).
import type { Scenario } from './scenario';
import { applyChoice, isLegalChoice, startGame } from './rules';
import type { Choice, GameState } from './state';

export type ReplayResult = { ok: true; state: GameState } | { ok: false; at: number };

export function replayChoices(scenario: Scenario, choices: readonly Choice[]): ReplayResult {
  let state = startGame(scenario);
  for (let i = 0; i < choices.length; i++) {
    const choice = choices[i]!;
    if (state.ending || !isLegalChoice(scenario, state, choice)) return { ok: false, at: i };
    state = applyChoice(scenario, state, choice).state;
  }
  return { ok: true, state };
}
