import type { Dilemma, ParticipationForm } from '../engine/theory';
import type { Level, Scenario } from './schema';

export const TIME_BUCKETS = ['short', 'medium', 'long'] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

/** The scenario choice screen's filters; an absent field matches everything. */
export interface ScenarioFilter {
  dilemma?: Dilemma;
  form?: ParticipationForm;
  time?: TimeBucket;
  level?: Level;
}

export function timeBucket(minutes: number): TimeBucket {
  return minutes <= 10 ? 'short' : minutes <= 15 ? 'medium' : 'long';
}

export function scenarioDilemmas(scenario: Scenario): Dilemma[] {
  return [...new Set(scenario.situations.map((s) => s.dilemma))];
}

export function matchesFilter(scenario: Scenario, filter: ScenarioFilter): boolean {
  return (
    (!filter.dilemma || scenarioDilemmas(scenario).includes(filter.dilemma)) &&
    (!filter.form || scenario.participationForm === filter.form) &&
    (!filter.time || timeBucket(scenario.minutes) === filter.time) &&
    (!filter.level || scenario.levels.includes(filter.level))
  );
}
