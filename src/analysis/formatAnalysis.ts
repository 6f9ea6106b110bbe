import { METERS, STRATEGIES } from '../engine';
import { analysisProblems, type Analysis } from './analyseScenario';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A plain-text report of one analysis, for the terminal. */
export function formatAnalysis(a: Analysis, seconds?: number): string {
  const lines: string[] = [];
  const how = a.method === 'exhaustive' ? `exhaustive: every path, ${a.explored.toLocaleString('en')} distinct states after merging` : `sampled: ${a.explored.toLocaleString('en')} seeded random paths (too many states to enumerate)`;
  lines.push(`== ${a.scenarioId} — ${how}${seconds === undefined ? '' : `, ${seconds.toFixed(2)} s`}`);
  lines.push('Endings (share of random play):');
  for (const e of a.endings) lines.push(`  ${pct(e.share).padStart(6)}  ${e.key}${e.best ? '   ← best reachable' : ''}`);
  lines.push(`Final meters: ${METERS.map((m) => `${m} ${a.meterRanges[m].min}–${a.meterRanges[m].max}`).join(', ')}`);
  lines.push('Per situation: reach, then mean final score per strategy (★ = best or tied):');
  for (const s of a.situations) {
    const values = STRATEGIES.map((st) => {
      const v = s.value[st];
      return v === undefined ? `${st} –` : `${s.best.includes(st) ? '★' : ''}${st} ${v.toFixed(0)}`;
    });
    lines.push(`  ${s.id.padEnd(32)} ${pct(s.reach).padStart(6)}  ${values.join('  ')}`);
  }
  lines.push('Single-strategy policies:');
  for (const p of a.policies) lines.push(`  ${p.name.padEnd(24)} → ${p.ending ?? 'no ending'}`);
  const problems = analysisProblems(a);
  lines.push(`Unreachable situations: ${a.unreachable.length ? a.unreachable.join(', ') : 'none'}`);
  lines.push(`Dead ends: ${a.deadEnds > 0 ? pct(a.deadEnds) : 'none'}`);
  lines.push(`Dominant strategies: ${a.dominant.length ? a.dominant.map((d) => `${d.strategy} (${d.reason})`).join('; ') : 'none'}`);
  lines.push(problems.length ? `PROBLEMS: ${problems.length}` : 'OK: no unreachable situation, no dead end, no dominant strategy, every strategy best somewhere');
  return lines.join('\n');
}
