// The craft profile on the plane of the source paper's Figure 2, made of the values each choice
// served (not of what it did to the meters): prioritising serves the chosen perspective; aligning
// mostly the networking one; escalating the lawful one (loyalty to politics); navigating the
// lawful frames and the room it gives the dilemma's outside side; working in your silo your own
// department's values. The weights are the game's own reading of THEORY.md.
// x: inside-out (−1) … outside-in (+1); y: preconditions first (−1) … results first (+1).
import type { Department } from './scenario';
import type { Choice, Consequence, ValuesServed } from './state';
import { DILEMMAS, DILEMMA_INFO, PERSPECTIVES, PERSPECTIVE_INFO, STRATEGIES, type Dilemma, type Perspective } from './theory';

export interface PlanePoint {
  x: number;
  y: number;
}

export function quadrantPoint(perspective: Perspective): PlanePoint {
  const q = PERSPECTIVE_INFO[perspective].quadrant;
  return { x: q.horizontal === 'outside-in' ? 1 : -1, y: q.vertical === 'results' ? 1 : -1 };
}

const servedCache = new WeakMap<Department, (ValuesServed | undefined)[]>();
const STRATEGY_INDEX = new Map(STRATEGIES.map((s, i) => [s, i]));
const DILEMMA_INDEX = new Map(DILEMMAS.map((d, i) => [d, i]));
const PERSPECTIVE_INDEX = new Map(PERSPECTIVES.map((p, i) => [p, i + 1]));

/** Shared and never changed: the same few answers come back on every choice (a numeric key: this is on the engine's hot path). */
export function valuesServed(choice: Choice, dilemma: Dilemma, department: Department): ValuesServed {
  return valuesServedByKey(servedKey(choice, dilemma), choice, dilemma, department);
}

/** A number naming the strategy, its variant and the dilemma: what `valuesServed` depends on beside the department. */
export function servedKey(choice: Choice, dilemma: Dilemma): number {
  return ((STRATEGY_INDEX.get(choice.strategy)! * 5 + (choice.perspective ? PERSPECTIVE_INDEX.get(choice.perspective)! : 0)) * 2 + (choice.perCase ? 1 : 0)) * DILEMMAS.length + DILEMMA_INDEX.get(dilemma)!;
}

/** `valuesServed` with the key computed beforehand (rules.ts keeps it per option). */
export function valuesServedByKey(key: number, choice: Choice, dilemma: Dilemma, department: Department): ValuesServed {
  let cache = servedCache.get(department);
  if (!cache) servedCache.set(department, (cache = []));
  let served = cache[key];
  if (!served) cache[key] = served = Object.freeze(computeServed(choice, dilemma, department));
  return served;
}

function computeServed(choice: Choice, dilemma: Dilemma, department: Department): ValuesServed {
  switch (choice.strategy) {
    case 'navigate-rules': {
      const outside = DILEMMA_INFO[dilemma].poles[1];
      const served: ValuesServed = { lawful: 0.5 };
      for (const p of outside) served[p] = (served[p] ?? 0) + 0.5 / outside.length;
      return served;
    }
    case 'align':
      return { networking: 0.75, responsive: 0.25 };
    case 'prioritise': {
      const p = choice.perspective ?? 'lawful';
      return choice.perCase && p !== 'lawful' ? { [p]: 0.75, lawful: 0.25 } : { [p]: 1 };
    }
    case 'escalate':
      return { lawful: 1 };
    case 'silo':
      return { [department.leaning]: 1 };
  }
}

/** Where one choice points: the weighted corners of the perspectives whose values it served. */
export function choicePoint(c: Pick<Consequence, 'served'>): PlanePoint {
  let x = 0;
  let y = 0;
  let weight = 0;
  for (const p of PERSPECTIVES) {
    const w = c.served[p] ?? 0;
    const corner = quadrantPoint(p);
    x += w * corner.x;
    y += w * corner.y;
    weight += w;
  }
  return weight === 0 ? { x: 0, y: 0 } : { x: x / weight, y: y / weight };
}

/** The running average after each situation: the player's path over the plane. */
export function profilePath(history: readonly Pick<Consequence, 'served'>[]): PlanePoint[] {
  const path: PlanePoint[] = [];
  let sx = 0;
  let sy = 0;
  history.forEach((c, i) => {
    const p = choicePoint(c);
    sx += p.x;
    sy += p.y;
    path.push({ x: round(sx / (i + 1)), y: round(sy / (i + 1)) });
  });
  return path;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export type CraftKind = Perspective | 'bridging';

/** Near the centre the player moved between all four; otherwise the nearest quadrant's craft. */
export const BRIDGING_RADIUS = 0.2;

export function craftKind(point: PlanePoint): CraftKind {
  if (Math.hypot(point.x, point.y) < BRIDGING_RADIUS) return 'bridging';
  const nearest = PERSPECTIVES.map((p) => {
    const c = quadrantPoint(p);
    return { p, d: Math.hypot(point.x - c.x, point.y - c.y) };
  }).sort((a, b) => a.d - b.d)[0]!;
  return nearest.p;
}

export interface CraftProfile {
  path: PlanePoint[];
  final: PlanePoint;
  kind: CraftKind;
}

export function craftProfile(history: readonly Pick<Consequence, 'served'>[]): CraftProfile {
  const path = profilePath(history);
  const final = path.at(-1) ?? { x: 0, y: 0 };
  return { path, final, kind: craftKind(final) };
}
