import type { Choice, Text } from '../engine';
import type { Situation } from './schema';

export interface OptionText {
  label: Text;
  inside: Text;
  outside: Text;
}

/** The texts for a choice; for prioritise, the chosen perspective's own texts when written. */
export function optionText(situation: Situation, choice: Choice): OptionText {
  if (choice.strategy !== 'prioritise') return situation.options[choice.strategy];
  const option = situation.options.prioritise;
  const specific = choice.perspective ? option.byPerspective?.[choice.perspective] : undefined;
  // The parser guarantees one of the two exists for every perspective.
  const inside = specific?.inside ?? option.inside;
  const outside = specific?.outside ?? option.outside;
  if (!inside || !outside) throw new Error(`Situation "${situation.id}" has no prioritise text for ${choice.perspective}`);
  return { label: option.label, inside, outside };
}
