// The README's list of the game's own rules, made from ASSUMPTIONS: `npm run assumptions` writes
// it between the markers, and a test checks that the README is current.
import { ASSUMPTIONS } from './assumptions';

export const ASSUMPTIONS_START = '<!-- assumptions:start (npm run assumptions) -->';
export const ASSUMPTIONS_END = '<!-- assumptions:end -->';

export function assumptionsMarkdown(): string {
  return [ASSUMPTIONS_START, ...ASSUMPTIONS.map((a) => `- ${a.text.en} (\`src/engine/${a.module}\`)`), ASSUMPTIONS_END].join('\n');
}

/** The README with its list replaced by the current one. */
export function withAssumptions(readme: string): string {
  const start = readme.indexOf(ASSUMPTIONS_START);
  const end = readme.indexOf(ASSUMPTIONS_END);
  if (start < 0 || end < start) throw new Error('README.md lacks the assumptions markers');
  return readme.slice(0, start) + assumptionsMarkdown() + readme.slice(end + ASSUMPTIONS_END.length);
}
