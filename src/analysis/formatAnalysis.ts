import { METERS, STRATEGIES } from '../engine';
import { analysisProblems, GATES, type Analysis, type LineReport } from './analyseScenario';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const n = (x: number) => x.toFixed(1).replace(/\.0$/, '');

function line(l: LineReport): string {
  const mix = STRATEGIES.filter((s) => l.mix[s]).map((s) => `${s} ×${l.mix[s]}`).join(', ');
  return `${l.ending}, score ${n(l.score)}, meters ${METERS.map((m) => l.meters[m]).join('/')}\n      ${l.choices.join(' → ')}\n      mix: ${mix}`;
}

/** A plain-text report of one analysis, for the terminal. */
export function formatAnalysis(a: Analysis, seconds?: number): string {
  const out: string[] = [];
  out.push(`== ${a.scenarioId} — whole game tree, ${a.states.toLocaleString('en')} states searched${seconds === undefined ? '' : `, ${seconds.toFixed(1)} s`}`);
  out.push(`Best play (ending score): ${line(a.optimum)}`);
  out.push(`Best play (sum of meters, no crisis): sum ${a.optimumSum.sum}; ${line(a.optimumSum)}`);
  out.push(`Ending classes shown reachable: ${a.reachable.join(', ')}`);
  out.push(`Random play (${a.random.games.toLocaleString('en')} games, seed ${a.random.seed}): crisis ${pct(a.random.crisisShare)}, proposal realised ${pct(a.random.realisedShare)}, best ending ${pct(a.random.bestShare)}; score p10–p90 ${a.random.quantiles.map(n).join(' / ')}`);
  for (const e of a.random.endings) out.push(`  ${pct(e.share).padStart(6)}  ${e.key}`);
  out.push('Per situation, where good play meets it: the best ending score still reachable after each strategy (★ best; a range where the gates need no more; margin over the next and spread best–worst, at least):');
  for (const s of a.situations) {
    if (s.at === 'never-met') {
      out.push(`  ${s.id}: never met`);
      continue;
    }
    const values = s.options.map((o) => `${o.strategy === s.bestStrategy ? '★' : ''}${o.strategy === 'prioritise' ? o.variant : o.strategy} ${o.exact ? n(o.best) : o.least === -Infinity ? `≤${n(o.best)}` : `${n(o.least)}–${n(o.best)}`}`).join('  ');
    out.push(`  ${s.id} (${s.at === 'best-line' ? 'on the best line' : 'on the best line through it'}, met in ${pct(s.reach)} of random games): ${values}; margin ${n(s.margin)}, spread ${n(s.spread)}`);
    if (s.note) out.push(`      note: ${s.note.en}`);
  }
  out.push('Policies and heuristics (ending, score, percentile among random games, points below best play):');
  for (const p of a.policies) out.push(`  ${p.name.padEnd(44)} ${p.ending.padEnd(20)} ${n(p.score).padStart(6)}  p${n(p.percentile).padStart(5)}  −${n(a.optimum.score - p.score)}`);
  const problems = analysisProblems(a);
  out.push(problems.length ? `PROBLEMS (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}` : `OK: every gate passed (policies ≤ p${GATES.policyPercentile}, greedy-by-sum ≤ p${GATES.greedySumPercentile}, all ≥ ${GATES.belowOptimum} below best play, crises ${pct(GATES.crisisShare[0])}–${pct(GATES.crisisShare[1])})`);
  return out.join('\n');
}
