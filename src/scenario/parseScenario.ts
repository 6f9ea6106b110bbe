// The content boundary: raw scenario files in, a typed scenario or a list of errors out.
// Every error names the file, the field path and what was expected, so an author can fix it.
import type { core } from 'zod';
import { snapToStep } from '../engine/meters';
import { PERSPECTIVES } from '../engine/theory';
import { scenarioSchema, type AnyOption, type Condition, type Scenario } from './schema';

/** Flags the engine sets by itself; scenarios may read them without declaring them. */
export const BUILT_IN_FLAGS = ['budgets-pooled'];

export type ScenarioProblem =
  | { kind: 'invalid-json'; reason: string; line?: number; column?: number }
  | { kind: 'not-an-object' }
  | { kind: 'missing-field'; expected: string; allowed?: string[] }
  | { kind: 'missing-text'; lang: 'nl' | 'en' }
  | { kind: 'empty-text'; lang: 'nl' | 'en' }
  | { kind: 'wrong-type'; expected: string; received: string }
  | { kind: 'unknown-value'; allowed: string[]; received: string }
  | { kind: 'unknown-fields'; keys: string[] }
  | { kind: 'out-of-range'; minimum?: number; maximum?: number; received?: string }
  | { kind: 'not-a-step'; step: number; received: string; nearest: number }
  | { kind: 'too-short'; minimum: number }
  | { kind: 'too-long'; maximum: number }
  | { kind: 'bad-id'; received: string }
  | { kind: 'duplicate-id'; id: string; firstPath: string }
  | { kind: 'missing-prioritise-text'; perspective: string }
  | { kind: 'unsupported-version'; received: string }
  | { kind: 'unknown-flag'; flag: string; declared: string[] }
  | { kind: 'unknown-situation'; id: string }
  | { kind: 'situation-not-earlier'; id: string }
  | { kind: 'crisis-with-condition' }
  | { kind: 'too-many-crises' }
  | { kind: 'no-unconditional-situation' }
  | { kind: 'empty-range'; min: number; max: number }
  | { kind: 'other'; message: string };

export interface ScenarioError {
  file: string;
  /** Field path in the file, e.g. `situations[2].options.align.inside.en`; empty for the whole file. */
  path: string;
  problem: ScenarioProblem;
}

/** `migrated`: the file was written for format 1 and converted on load (see migrateFormat1). */
export type ParseResult = { ok: true; scenario: Scenario; migrated: boolean } | { ok: false; errors: ScenarioError[] };

/** Parses a scenario from the file's text (or already-parsed JSON) and checks its cross-references. */
export function parseScenario(raw: unknown, file: string): ParseResult {
  let data = raw;
  if (typeof raw === 'string') {
    const json = parseJson(raw);
    if (!json.ok) return { ok: false, errors: [{ file, path: '', problem: json.problem }] };
    data = json.value;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [{ file, path: '', problem: { kind: 'not-an-object' } }] };
  }
  const migrated = (data as { formatVersion?: unknown }).formatVersion === 1;
  if (migrated) data = migrateFormat1(data as Record<string, unknown>);
  const result = scenarioSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((issue) => ({ file, path: formatPath(issue.path, data), problem: toProblem(issue) })) };
  }
  const crossErrors = checkReferences(result.data).map((e) => ({ ...e, file }));
  if (crossErrors.length > 0) return { ok: false, errors: crossErrors };
  return { ok: true, scenario: result.data, migrated };
}

/** Format 1 had meters in steps of 1 and no department: round to steps of 5, name a generic one. */
export function migrateFormat1(raw: Record<string, unknown>): Record<string, unknown> {
  const data = structuredClone(raw);
  const snapAll = (delta: unknown) => {
    if (!delta || typeof delta !== 'object') return;
    for (const [key, value] of Object.entries(delta)) if (typeof value === 'number' && Number.isFinite(value)) (delta as Record<string, number>)[key] = snapToStep(value);
  };
  data.formatVersion = 2;
  data.department ??= { name: { nl: 'je eigen afdeling', en: 'your own department' }, leaning: 'performing' };
  snapAll(data.initialMeters);
  if (Array.isArray(data.situations)) {
    for (const situation of data.situations as { options?: Record<string, Record<string, unknown>> }[]) {
      for (const option of Object.values(situation?.options ?? {})) {
        if (!option || typeof option !== 'object') continue;
        snapAll(option.effect);
        snapAll(option.adjust);
        if (Array.isArray(option.rewards)) for (const reward of option.rewards as { delta?: unknown }[]) snapAll(reward?.delta);
      }
    }
  }
  return data;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: ScenarioProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    if (!position) return { ok: false, problem: { kind: 'invalid-json', reason } };
    const offset = Number(position[1]);
    const before = text.slice(0, offset).split('\n');
    return {
      ok: false,
      problem: { kind: 'invalid-json', reason, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 },
    };
  }
}

function checkReferences(scenario: Scenario): Omit<ScenarioError, 'file'>[] {
  const errors: Omit<ScenarioError, 'file'>[] = [];
  const seen = new Map<string, number>();
  const declared = [...BUILT_IN_FLAGS, ...(scenario.flags ?? []).map((f) => f.id)];
  const checkFlags = (flags: string[] | undefined, path: string) =>
    flags?.forEach((flag, i) => {
      if (!declared.includes(flag)) errors.push({ path: `${path}[${i}]`, problem: { kind: 'unknown-flag', flag, declared } });
    });
  const checkCondition = (condition: Condition | undefined, path: string, index: number) => {
    if (!condition) return;
    checkFlags(condition.flags, `${path}.flags`);
    checkFlags(condition.notFlags, `${path}.notFlags`);
    const ranges: [string, { min?: number | undefined; max?: number | undefined } | undefined][] = [
      ['strain', condition.strain],
      ['siloDebt', condition.siloDebt],
      ['escalations', condition.escalations],
      ...Object.entries(condition.meters ?? {}).map(([m, r]): [string, typeof r] => [`meters.${m}`, r]),
    ];
    for (const [name, r] of ranges) {
      if (r?.min !== undefined && r.max !== undefined && r.min > r.max) errors.push({ path: `${path}.${name}`, problem: { kind: 'empty-range', min: r.min, max: r.max } });
    }
    if (condition.chose) {
      const target = scenario.situations.findIndex((s) => s.id === condition.chose?.situation);
      const problem: ScenarioProblem | null =
        target < 0 ? { kind: 'unknown-situation', id: condition.chose.situation } : target >= index ? { kind: 'situation-not-earlier', id: condition.chose.situation } : null;
      if (problem) errors.push({ path: `${path}.chose.situation`, problem });
    }
  };
  const crises = scenario.situations.filter((s) => s.kind === 'strain-crisis');
  if (crises.length > 1) errors.push({ path: 'situations', problem: { kind: 'too-many-crises' } });
  if (!scenario.situations.some((s) => s.kind === 'regular' && !s.when)) errors.push({ path: 'situations', problem: { kind: 'no-unconditional-situation' } });
  scenario.situations.forEach((situation, index) => {
    const base = `situations[${index}]`;
    if (situation.kind === 'strain-crisis' && situation.when) errors.push({ path: `${base}.when`, problem: { kind: 'crisis-with-condition' } });
    checkCondition(situation.when, `${base}.when`, index);
    for (const [strategy, option] of Object.entries(situation.options) as [string, AnyOption][]) {
      checkFlags(option.sets?.flags, `${base}.options.${strategy}.sets.flags`);
      checkFlags(option.sets?.clearFlags, `${base}.options.${strategy}.sets.clearFlags`);
      for (const [p, choice] of Object.entries((option as { byPerspective?: Record<string, { sets?: { flags?: string[] } }> }).byPerspective ?? {})) {
        checkFlags(choice.sets?.flags, `${base}.options.${strategy}.byPerspective.${p}.sets.flags`);
      }
      option.rewards?.forEach((reward, i) => checkCondition(reward.when, `${base}.options.${strategy}.rewards[${i}].when`, index + 1));
    }
    const first = seen.get(situation.id);
    if (first !== undefined) {
      errors.push({
        path: `situations[${index}].id`,
        problem: { kind: 'duplicate-id', id: situation.id, firstPath: `situations[${first}].id` },
      });
    } else {
      seen.set(situation.id, index);
    }
    const prioritise = situation.options.prioritise;
    for (const perspective of PERSPECTIVES) {
      const specific = prioritise.byPerspective?.[perspective];
      if (!specific && !(prioritise.inside && prioritise.outside)) {
        errors.push({
          path: `situations[${index}].options.prioritise.byPerspective.${perspective}`,
          problem: { kind: 'missing-prioritise-text', perspective },
        });
      }
    }
  });
  return errors;
}

function formatPath(path: PropertyKey[], data: unknown): string {
  let out = '';
  let node: unknown = data;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    // Name a situation by its id too, so authors find it without counting.
    if (typeof key === 'number' && node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
      out += `("${(node as { id: string }).id}")`;
    }
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function toProblem(issue: core.$ZodIssue): ScenarioProblem {
  const last = issue.path.at(-1);
  const lang = last === 'nl' || last === 'en' ? last : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return lang ? { kind: 'missing-text', lang } : { kind: 'missing-field', expected: issue.expected };
      }
      return { kind: 'wrong-type', expected: issue.expected, received: describeValue(issue.input) };
    case 'invalid_value':
      if (issue.input === undefined) return { kind: 'missing-field', expected: 'value', allowed: issue.values.map(String) };
      if (last === 'formatVersion') return { kind: 'unsupported-version', received: describeValue(issue.input) };
      return { kind: 'unknown-value', allowed: issue.values.map(String), received: describeValue(issue.input) };
    case 'unrecognized_keys':
      return { kind: 'unknown-fields', keys: issue.keys };
    case 'invalid_key':
      return { kind: 'unknown-fields', keys: [describeValue(issue.input)] };
    case 'too_small':
      if (issue.origin === 'string' && lang) return { kind: 'empty-text', lang };
      if (issue.origin === 'array') return { kind: 'too-short', minimum: Number(issue.minimum) };
      return { kind: 'out-of-range', minimum: Number(issue.minimum), received: describeValue(issue.input) };
    case 'too_big':
      if (issue.origin === 'array') return { kind: 'too-long', maximum: Number(issue.maximum) };
      return { kind: 'out-of-range', maximum: Number(issue.maximum), received: describeValue(issue.input) };
    case 'not_multiple_of': {
      const value = typeof issue.input === 'number' ? issue.input : NaN;
      return { kind: 'not-a-step', step: Number(issue.divisor), received: describeValue(issue.input), nearest: snapToStep(value) };
    }
    case 'invalid_format':
      return { kind: 'bad-id', received: describeValue(issue.input) };
    default:
      return { kind: 'other', message: issue.message };
  }
}
