// The debrief's look-ahead: at every situation of a finished game, for the choice made and each
// other open choice, the best ending that was still within reach after it — searched over the
// whole game tree from the same state, by the same rules.
import { legalChoices, advance, startGame } from './rules';
import type { Scenario } from './scenario';
import { classOfScore, createGameSearch } from './search';
import type { Choice } from './state';

export type ReachableEnding = ReturnType<typeof classOfScore>;

export interface LookAheadOption {
  choice: Choice;
  best: ReachableEnding;
}

export interface LookAheadSituation {
  situationId: string;
  options: LookAheadOption[];
}

const same = (a: Choice, b: Choice) => a.strategy === b.strategy && a.perspective === b.perspective && Boolean(a.perCase) === Boolean(b.perCase);

/**
 * One entry per choice played. The alternatives are the standing choices plus the one played, as
 * in the what-ifs. `onSituation` hears each entry as soon as it is known.
 */
export function lookAhead(scenario: Scenario, played: readonly Choice[], onSituation?: (entry: LookAheadSituation, index: number) => void): LookAheadSituation[] {
  const search = createGameSearch(scenario);
  const out: LookAheadSituation[] = [];
  let state = startGame(scenario);
  played.forEach((choice, index) => {
    if (!state.current) return;
    const options = legalChoices(scenario, state)
      .filter((c) => !c.perCase || same(c, choice))
      .map((c) => ({ choice: c, best: classOfScore(search.best(advance(scenario, state, c), 'class')) }));
    const entry = { situationId: state.current, options };
    out.push(entry);
    onSituation?.(entry, index);
    state = advance(scenario, state, choice);
  });
  return out;
}
