// npm run bench: the analyser's time per shipped scenario on one core, with the states it
// searched (target: all of them in under 60 s in total; `npm run analyze` runs them two at a
// time in worker threads and prints the wall time).
import { bench, describe } from 'vitest';
import { shippedCatalog } from '../scenario/shipped';
import { analyseScenario } from './analyseScenario';

const scenarios = (await shippedCatalog()).flatMap((e) => (e.ok ? [e.scenario] : []));

describe('balance analyser, one full analysis per scenario', () => {
  for (const scenario of scenarios) {
    bench(scenario.id, () => void analyseScenario(scenario), { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
  }
});

let total = 0;
for (const scenario of scenarios) {
  const t0 = performance.now();
  const a = analyseScenario(scenario);
  const seconds = (performance.now() - t0) / 1000;
  total += seconds;
  const played = scenario.situations.length;
  console.log(`Analyser: ${scenario.id} ${seconds.toFixed(1)} s, ${a.states.toLocaleString('en')} states searched (${played} situations)`);
}
console.log(`Analyser: all ${scenarios.length} scenario(s) in ${total.toFixed(1)} s on one core (target < 60 s in total; two worker threads halve the wall time)\n`);
