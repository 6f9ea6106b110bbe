// npm run bench: the balance analyser's time per shipped scenario (target: all of them in
// under 10 s in total on 2 cores).
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
  console.log(`Analyser: ${scenario.id} ${seconds.toFixed(2)} s (${a.method}, ${a.explored.toLocaleString('en')} ${a.method === 'exhaustive' ? 'states' : 'paths'})`);
}
console.log(`Analyser: all ${scenarios.length} scenario(s) in ${total.toFixed(2)} s (target < 10 s)\n`);
