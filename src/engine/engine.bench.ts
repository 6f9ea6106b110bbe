// npm run bench: how fast the pure engine applies choices (target: ≥ 1,000,000 per second on
// 2 cores). Figures only; speed is never asserted in tests.
import { bench, describe } from 'vitest';
import { shippedCatalog } from '../scenario/shipped';
import { applyChoice, legalChoices, startGame, type Choice } from '.';

const scenarios = (await shippedCatalog()).flatMap((e) => (e.ok ? [e.scenario] : []));

// Recorded games (varied, deterministic) replayed with applyChoice alone.
const games = scenarios.flatMap((scenario) =>
  Array.from({ length: 100 }, (_, k) => {
    let state = startGame(scenario);
    const path: Choice[] = [];
    for (let i = k; !state.ending; i += 7) {
      const choices = legalChoices(scenario, state);
      const choice = choices[i % choices.length]!;
      path.push(choice);
      state = applyChoice(scenario, state, choice).state;
    }
    return { scenario, start: startGame(scenario), path };
  }),
);
const choicesPerRun = games.reduce((n, g) => n + g.path.length, 0);

function replayAll(): void {
  for (const { scenario, start, path } of games) {
    let state = start;
    for (const choice of path) state = applyChoice(scenario, state, choice).state;
  }
}

describe(`engine: ${choicesPerRun} choices per run (choices/s = hz × ${choicesPerRun})`, () => {
  bench('applyChoice', replayAll, { time: 2000 });
});

// A direct figure in choices per second, printed once.
replayAll();
const t0 = performance.now();
let runs = 0;
while (performance.now() - t0 < 1500) {
  replayAll();
  runs++;
}
const perSecond = (runs * choicesPerRun) / ((performance.now() - t0) / 1000);
console.log(`\nEngine: ${Math.round(perSecond).toLocaleString('en')} choices applied per second (target ≥ 1,000,000)\n`);
