import { describe, expect, it } from 'vitest';
import { DILEMMAS, METERS, PARTICIPATION_FORMS, PERSPECTIVES, STRATEGIES, applyChoice, isLegalChoice, legalChoices, startGame, type Choice } from '../engine';
import { describeError } from './describeError';
import { parseScenario } from './parseScenario';
import { optionText } from './optionText';
import { loadShippedFiles, shippedCatalog } from './shipped';

const SHIPPED_FILES = await loadShippedFiles();
const catalog = await shippedCatalog();

describe('shipped scenarios', () => {
  it('ships at least one scenario', () => {
    expect(Object.keys(SHIPPED_FILES).length).toBeGreaterThan(0);
  });

  it.each(catalog.map((e) => [e.file, e] as const))('%s parses without errors', (_file, entry) => {
    expect(entry.ok ? [] : entry.errors.map((e) => describeError(e, 'en'))).toEqual([]);
  });

  const playable = catalog.flatMap((e) => (e.ok ? [e.scenario] : []));
  const policies: Choice[] = STRATEGIES.flatMap((strategy): Choice[] =>
    strategy === 'prioritise' ? PERSPECTIVES.map((perspective) => ({ strategy, perspective })) : [{ strategy }],
  );

  describe.each(playable.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    it('is written for format 2, and gives every option of every situation an effect of its own', () => {
      const entry = catalog.find((e) => e.ok && e.scenario.id === scenario.id)!;
      expect(entry.ok && scenario.formatVersion).toBe(2);
      expect(scenario.department.name.nl.length).toBeGreaterThan(2);
      for (const situation of scenario.situations) {
        for (const strategy of STRATEGIES) expect(situation.options[strategy].effect, `${situation.id} › ${strategy}`).toBeDefined();
      }
    });

    it('has at least 6 situations covering at least 4 dilemmas', () => {
      expect(scenario.situations.length).toBeGreaterThanOrEqual(6);
      expect(new Set(scenario.situations.map((s) => s.dilemma)).size).toBeGreaterThanOrEqual(4);
    });

    it.each(policies.map((c) => [c.perspective ? `${c.strategy}:${c.perspective}` : c.strategy, c] as const))(
      'plays headless to an end choosing %s every time',
      (_name, choice) => {
        let state = startGame(scenario);
        let steps = 0;
        while (!state.ending) {
          const situation = scenario.situations.find((s) => s.id === state.current)!;
          // In a strain crisis the over-prioritised perspective is closed: switch, as a player must.
          const play = isLegalChoice(scenario, state, choice) ? choice : legalChoices(scenario, state).find((c) => c.strategy === choice.strategy && !c.perCase)!;
          // Every choice has its texts in both languages.
          const texts = optionText(situation, play);
          for (const text of [texts.label, texts.inside, texts.outside]) expect(text.nl && text.en).toBeTruthy();
          state = applyChoice(scenario, state, play).state;
          for (const m of METERS) expect(state.meters[m]).toBeGreaterThanOrEqual(0);
          expect(++steps).toBeLessThanOrEqual(scenario.situations.length);
        }
        expect(state.current).toBeNull();
      },
    );
  });

  it('uses only known dilemma ids', () => {
    for (const s of playable) for (const sit of s.situations) expect(DILEMMAS).toContain(sit.dilemma);
  });
});

describe('the authoring guide', () => {
  it('has a minimal complete example that parses', async () => {
    const guide = (await import('../../scenarios/README.md?raw')).default;
    const example = /```json\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(example).toBeDefined();
    const result = parseScenario(example!, 'README.md');
    expect(result.ok ? [] : result.errors.map((e) => describeError(e, 'en'))).toEqual([]);
  });
});

describe('the scenario library as a whole', () => {
  const scenarios = catalog.flatMap((e) => (e.ok ? [e.scenario] : []));

  it('has at least six scenarios of 6–10 situations each', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(6);
    for (const s of scenarios) {
      const played = s.situations.filter((x) => x.kind !== 'strain-crisis').length;
      expect(played, s.id).toBeGreaterThanOrEqual(6);
      expect(played, s.id).toBeLessThanOrEqual(10);
    }
  });

  it('covers every dilemma in at least two scenarios', () => {
    for (const d of DILEMMAS) {
      const using = scenarios.filter((s) => s.situations.some((x) => x.dilemma === d)).map((s) => s.id);
      expect(using.length, `${d}: ${using.join(', ')}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('has a scenario led by each form of participation', () => {
    expect(new Set(scenarios.map((s) => s.participationForm))).toEqual(new Set(PARTICIPATION_FORMS));
  });

  it('uses unique ids and fictional municipalities', () => {
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    expect(new Set(scenarios.map((s) => s.municipality)).size).toBe(scenarios.length);
  });
});
