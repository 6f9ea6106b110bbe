// What each other choice would have done at every point of a game, computed by the engine from
// the same state the player was in — never written by hand.
import type { Scenario } from './scenario';
import { applyChoice, applyTotal, legalChoices, resolveChoice, findSituation, startGame } from './rules';
import { diffMeters, type MeterDelta } from './meters';
import type { JourneyMove } from './journey';
import type { Choice, EffectPart, GameState } from './state';

export interface Alternative {
  choice: Choice;
  parts: EffectPart[];
  change: MeterDelta;
  move: JourneyMove;
  chosen: boolean;
}

export interface WhatIf {
  situationId: string;
  alternatives: Alternative[];
}

const sameChoice = (a: Choice, b: Choice) => a.strategy === b.strategy && a.perspective === b.perspective && Boolean(a.perCase) === Boolean(b.perCase);

/** Replays the game and, at each situation, tries every open standing choice (per-case variants aside). */
export function whatIfs(scenario: Scenario, played: Choice[]): WhatIf[] {
  const out: WhatIf[] = [];
  let state: GameState = startGame(scenario);
  for (const choice of played) {
    if (!state.current) break;
    const situation = findSituation(scenario, state.current);
    const options = legalChoices(scenario, state).filter((c) => !c.perCase || sameChoice(c, choice));
    const alternatives = options.map((c): Alternative => {
      const { parts, total, move } = resolveChoice(scenario, state, situation, c);
      const after = applyTotal(state.meters, total);
      return { choice: c, parts, change: diffMeters(state.meters, after), move, chosen: sameChoice(c, choice) };
    });
    out.push({ situationId: situation.id, alternatives });
    state = applyChoice(scenario, state, choice).state;
  }
  return out;
}
