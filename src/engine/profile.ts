// The craft profile on the plane of the source paper's Figure 2: each choice's effect on the four
// meters pulls towards the quadrant of the perspective whose value that meter stands for.
// x: inside-out (−1) … outside-in (+1); y: preconditions first (−1) … results first (+1).
import { METERS, type Meter } from './meters';
import type { Consequence } from './state';
import { METER_PERSPECTIVE, PERSPECTIVES, PERSPECTIVE_INFO, type Perspective } from './theory';

export interface PlanePoint {
  x: number;
  y: number;
}

export function quadrantPoint(perspective: Perspective): PlanePoint {
  const q = PERSPECTIVE_INFO[perspective].quadrant;
  return { x: q.horizontal === 'outside-in' ? 1 : -1, y: q.vertical === 'results' ? 1 : -1 };
}

/** Where one choice points: the meters it raised pull towards their quadrants, those it lowered push away. */
export function choicePoint(c: Consequence): PlanePoint {
  const total = { legitimacy: 0, efficiency: 0, trust: 0, initiative: 0 } as Record<Meter, number>;
  for (const part of c.parts) for (const m of METERS) total[m] += part.delta[m] ?? 0;
  let x = 0;
  let y = 0;
  let weight = 0;
  for (const m of METERS) {
    const corner = quadrantPoint(METER_PERSPECTIVE[m]);
    x += total[m] * corner.x;
    y += total[m] * corner.y;
    weight += Math.abs(total[m]);
  }
  return weight === 0 ? { x: 0, y: 0 } : { x: x / weight, y: y / weight };
}

/** The running average after each situation: the player's path over the plane. */
export function profilePath(history: Consequence[]): PlanePoint[] {
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

export function craftProfile(history: Consequence[]): CraftProfile {
  const path = profilePath(history);
  const final = path.at(-1) ?? { x: 0, y: 0 };
  return { path, final, kind: craftKind(final) };
}
