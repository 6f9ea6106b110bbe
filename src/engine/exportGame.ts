// A finished game as JSON and CSV for a teacher or facilitator: the scenario, the choices, the
// effect of each, the meters and the ending — and no personal data at all.
import type { Scenario } from './scenario';
import { endingKey } from './endings';
import { stageAt } from './journey';
import { METERS } from './meters';
import { craftProfile } from './profile';
import type { GameState } from './state';

export const EXPORT_FORMAT = 'spagaat-game/1';

export function gameExport(scenario: Scenario, state: GameState, exportedAt: string) {
  const profile = craftProfile(state.history);
  return {
    format: EXPORT_FORMAT,
    exportedAt,
    scenario: { id: scenario.id, title: scenario.title, participationForm: scenario.participationForm },
    ending: state.ending ? { key: endingKey(state.ending), ...state.ending } : null,
    finalMeters: state.meters,
    proposal: { ...state.journey, stage: stageAt(state.journey) },
    profile: { x: profile.final.x, y: profile.final.y, kind: profile.kind },
    situations: state.history.map((c, i) => ({
      n: i + 1,
      situationId: c.situationId,
      title: scenario.situations.find((s) => s.id === c.situationId)?.title ?? null,
      dilemma: c.dilemma,
      choice: c.choice,
      parts: c.parts,
      before: c.before,
      after: c.after,
      proposalMove: c.move,
    })),
  };
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per situation; opens in a spreadsheet. */
export function gameCsv(scenario: Scenario, state: GameState): string {
  const header = ['n', 'scenario', 'situation', 'dilemma', 'strategy', 'perspective', 'per_case', 'proposal_move', ...METERS.map((m) => `${m}_before`), ...METERS.map((m) => `${m}_after`), 'parts'];
  const rows = state.history.map((c, i) => [
    i + 1,
    scenario.id,
    c.situationId,
    c.dilemma,
    c.choice.strategy,
    c.choice.perspective ?? '',
    c.choice.perCase ? 'yes' : '',
    c.move,
    ...METERS.map((m) => c.before[m]),
    ...METERS.map((m) => c.after[m]),
    c.parts.map((p) => `${p.rule}(${METERS.filter((m) => p.delta[m]).map((m) => `${m}${(p.delta[m] ?? 0) > 0 ? '+' : ''}${p.delta[m]}`).join(' ')})`).join(' '),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
