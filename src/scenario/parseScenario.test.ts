import { describe, expect, it } from 'vitest';
import { describeError } from './describeError';
import { parseScenario, type ScenarioProblem } from './parseScenario';

const fixtures = import.meta.glob<string>('./fixtures/**/*.json', { query: '?raw', import: 'default', eager: true });
const fixture = (name: string) => {
  const text = fixtures[`./fixtures/${name}`];
  if (text === undefined) throw new Error(`No fixture ${name}`);
  return text;
};

describe('parseScenario', () => {
  it('parses a valid file into a typed scenario', () => {
    const result = parseScenario(fixture('minimal.json'), 'minimal.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.id).toBe('minimaal');
    expect(result.scenario.situations).toHaveLength(2);
    expect(result.scenario.hierarchyStance).toBe('supportive');
  });

  it('defaults the hierarchy stance to undecided', () => {
    const data = JSON.parse(fixture('minimal.json'));
    delete data.hierarchyStance;
    const result = parseScenario(data, 'x.json');
    expect(result.ok && result.scenario.hierarchyStance).toBe('undecided');
  });

  // Each broken fixture, the field path its error names and the kind of problem.
  const cases: [file: string, path: string, kind: ScenarioProblem['kind'], detail?: Partial<ScenarioProblem>][] = [
    ['invalid-json.json', '', 'invalid-json', { line: 12 } as Partial<ScenarioProblem>],
    ['not-an-object.json', '', 'not-an-object'],
    ['unknown-dilemma.json', 'situations[0]("situatie-1").dilemma', 'unknown-value', { received: '"rules-versus-chaos"' } as Partial<ScenarioProblem>],
    ['unknown-strategy.json', 'situations[1]("situatie-2").options', 'unknown-fields', { keys: ['negotiate'] } as Partial<ScenarioProblem>],
    ['duplicate-situation.json', 'situations[1].id', 'duplicate-id', { id: 'situatie-1' } as Partial<ScenarioProblem>],
    ['missing-english.json', 'situations[1]("situatie-2").text.en', 'missing-text', { lang: 'en' } as Partial<ScenarioProblem>],
    ['empty-dutch.json', 'title.nl', 'empty-text', { lang: 'nl' } as Partial<ScenarioProblem>],
    ['missing-advisor.json', 'situations[0]("situatie-1").advisors.responsive', 'missing-field'],
    ['future-version.json', 'formatVersion', 'unsupported-version'],
    ['prioritise-without-text.json', 'situations[0].options.prioritise.byPerspective.lawful', 'missing-prioritise-text', { perspective: 'lawful' } as Partial<ScenarioProblem>],
    ['meter-out-of-range.json', 'initialMeters.trust', 'out-of-range', { maximum: 100 } as Partial<ScenarioProblem>],
    ['no-situations.json', 'situations', 'too-short', { minimum: 1 } as Partial<ScenarioProblem>],
    ['unknown-flag.json', 'situations[1].when.flags[0]', 'unknown-flag', { flag: 'park-approved' } as Partial<ScenarioProblem>],
    ['condition-on-later-choice.json', 'situations[0].when.chose.situation', 'situation-not-earlier', { id: 'situatie-2' } as Partial<ScenarioProblem>],
    ['crisis-with-condition.json', 'situations[1].when', 'crisis-with-condition'],
    ['unknown-stage.json', 'situations[1]("situatie-2").stage', 'unknown-value', { received: '"parliament"' } as Partial<ScenarioProblem>],
  ];

  it.each(cases)('%s gives its expected error', (file, path, kind, detail) => {
    const result = parseScenario(fixture(`broken/${file}`), file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.path === path);
    expect(error, `errors were: ${JSON.stringify(result.errors)}`).toBeDefined();
    expect(error!.file).toBe(file);
    expect(error!.problem).toMatchObject({ kind, ...detail });
    // Every error reads as a sentence in both languages, naming file and field.
    for (const lang of ['nl', 'en'] as const) {
      const message = describeError(error!, lang);
      expect(message.startsWith(file)).toBe(true);
      if (path) expect(message).toContain(path);
      expect(message).not.toMatch(/undefined|\[object/);
    }
  });

  it('reports several problems at once', () => {
    const data = JSON.parse(fixture('minimal.json'));
    delete data.title.en;
    data.situations[0].dilemma = 'nope';
    data.participationForm = 'referendum';
    const result = parseScenario(data, 'many.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(['participationForm', 'situations[0]("situatie-1").dilemma', 'title.en']);
  });

  it('names the allowed values for an unknown one', () => {
    const result = parseScenario(fixture('broken/unknown-dilemma.json'), 'f.json');
    if (result.ok) throw new Error('expected errors');
    expect(describeError(result.errors[0]!, 'en')).toContain('"rules-vs-flexibility"');
  });

  it('refuses a meter change off the grid of 5 and names the nearest step', () => {
    const data = JSON.parse(fixture('minimal.json'));
    data.situations[0].options.silo.effect = { trust: -7 };
    const result = parseScenario(data, 'grid.json');
    if (result.ok) throw new Error('expected errors');
    expect(result.errors[0]).toMatchObject({ path: 'situations[0]("situatie-1").options.silo.effect.trust', problem: { kind: 'not-a-step', step: 5, nearest: -5 } });
    expect(describeError(result.errors[0]!, 'nl')).toContain('stappen van 5');
  });

  it('needs the player’s department in format 2', () => {
    const data = JSON.parse(fixture('minimal.json'));
    delete data.department;
    const result = parseScenario(data, 'dept.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('department');
  });

  it('converts a format 1 file on load: numbers rounded to steps of 5, a general department', () => {
    const data = JSON.parse(fixture('minimal.json'));
    data.formatVersion = 1;
    delete data.department;
    data.initialMeters = { legitimacy: 52, efficiency: 48, trust: 50, initiative: 57.5 };
    data.situations[0].options.silo.effect = { trust: -7, efficiency: 6 };
    data.situations[0].options.align.rewards = [{ when: { flags: ['budgets-pooled'] }, delta: { efficiency: 3 }, note: { nl: 'a', en: 'a' } }];
    const result = parseScenario(data, 'old.json');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.migrated).toBe(true);
    expect(result.scenario.formatVersion).toBe(2);
    expect(result.scenario.department.leaning).toBe('performing');
    expect(result.scenario.initialMeters).toEqual({ legitimacy: 50, efficiency: 50, trust: 50, initiative: 60 });
    expect(result.scenario.situations[0]!.options.silo.effect).toEqual({ trust: -5, efficiency: 5 });
    expect(result.scenario.situations[0]!.options.align.rewards![0]!.delta).toEqual({ efficiency: 5 });
    // The original is left as it was.
    expect(data.formatVersion).toBe(1);
  });
});
