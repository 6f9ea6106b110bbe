// Reflection questions for a group, drawn from the open questions of the source paper and fitted
// to how the game was played. Texts live in the interface; here is which to ask and why.
import type { GameState } from './state';
import { STRATEGIES, type Strategy } from './theory';

export type ReflectionId =
  | 'black-box'
  | 'strain-switch'
  | 'barriers-silo'
  | 'escalate-hierarchy'
  | 'helpful-align'
  | 'what-you-do'
  | 'recognise-perspectives'
  | 'form-matters'
  | 'strengthen';

export interface Reflection {
  id: ReflectionId;
  /** The most used strategy, for 'what-you-do'. */
  strategy?: Strategy;
}

export function mostUsedStrategy(state: GameState): Strategy | null {
  const counts = new Map<Strategy, number>();
  for (const c of state.history) counts.set(c.choice.strategy, (counts.get(c.choice.strategy) ?? 0) + 1);
  let best: Strategy | null = null;
  for (const s of STRATEGIES) if ((counts.get(s) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = s;
  return best;
}

/** Up to six questions: those this game gives reason for first, then the paper's general ones. */
export function reflectionQuestions(state: GameState): Reflection[] {
  const used = (s: Strategy) => state.history.filter((c) => c.choice.strategy === s).length;
  const strained = state.history.some((c) => c.parts.some((p) => p.rule === 'strain' || p.rule === 'switch'));
  const questions: Reflection[] = [];
  // The black box is the game's theme: always asked, and first when the proposal did not come through.
  const blackBoxFirst = state.journey.status === 'dropped' || (state.ending !== null && state.ending.fate !== 'realised');
  if (blackBoxFirst) questions.push({ id: 'black-box' });
  if (strained) questions.push({ id: 'strain-switch' });
  if (used('silo') > 0) questions.push({ id: 'barriers-silo' });
  if (used('escalate') > 1) questions.push({ id: 'escalate-hierarchy' });
  if (used('align') > 1) questions.push({ id: 'helpful-align' });
  const most = mostUsedStrategy(state);
  if (most) questions.push({ id: 'what-you-do', strategy: most });
  if (!blackBoxFirst) questions.push({ id: 'black-box' });
  questions.push({ id: 'recognise-perspectives' }, { id: 'form-matters' }, { id: 'strengthen' });
  return questions.slice(0, 6);
}
