import { describe, expect, it } from 'vitest';
import { minimalScenario } from '../test-support/fixtures';
import { matchesFilter, timeBucket } from './filterScenarios';

describe('matchesFilter', () => {
  const s = minimalScenario(); // consultation, 3 minutes, course; rules-vs-flexibility and specialisation-vs-integration
  it('matches on every filter given and ignores absent ones', () => {
    expect(matchesFilter(s, {})).toBe(true);
    expect(matchesFilter(s, { dilemma: 'rules-vs-flexibility', form: 'consultation', time: 'short', level: 'course' })).toBe(true);
    expect(matchesFilter(s, { dilemma: 'expert-vs-facilitator' })).toBe(false);
    expect(matchesFilter(s, { form: 'advice' })).toBe(false);
    expect(matchesFilter(s, { level: 'workshop' })).toBe(false);
    expect(matchesFilter(s, { time: 'long' })).toBe(false);
  });
  it('buckets playing time', () => {
    expect([5, 10, 11, 15, 16].map(timeBucket)).toEqual(['short', 'short', 'medium', 'medium', 'long']);
  });
});
