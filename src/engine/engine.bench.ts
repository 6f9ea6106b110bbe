// npm run bench: how fast the pure engine applies choices (target: ≥ 1,000,000 per second on
// 2 cores). Figures only; speed is never asserted in tests.
import { bench, describe } from 'vitest';
import { shippedCatalog } from '../scenario/shipped';
import { applyChoice, compileGame, legalChoices, startGame, type Choice } from '.';

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
// The same games on the compiled rules (compiled.ts): the step the analyser and the debrief's
// look-ahead search with, on a state of numbers, with no explanation built.
const compiledGames = games.map(({ scenario, path }) => {
  const game = compileGame(scenario);
  const shapeOf = (c: Choice) => game.shapes.findIndex((s) => s.strategy === c.strategy && s.perspective === c.perspective && Boolean(s.perCase) === Boolean(c.perCase));
  return { game, start: game.fromState(startGame(scenario)), path: path.map(shapeOf) };
});
const choicesPerRun = games.reduce((n, g) => n + g.path.length, 0);

function replayAll(): void {
  for (const { scenario, start, path } of games) {
    let state = start;
    for (const choice of path) state = applyChoice(scenario, state, choice).state;
  }
}

function stepAll(): void {
  for (const { game, start, path } of compiledGames) {
    let state = start;
    for (const shape of path) state = game.step(state, shape);
  }
}

describe(`engine: ${choicesPerRun} choices per run (choices/s = hz × ${choicesPerRun})`, () => {
  bench('applyChoice (state and explanation)', replayAll, { time: 2000 });
  bench('compiled step (search)', stepAll, { time: 2000 });
});

// Direct figures in choices per second, printed once.
function perSecond(run: () => void): number {
  run();
  const t0 = performance.now();
  let runs = 0;
  while (performance.now() - t0 < 1500) {
    run();
    runs++;
  }
  return (runs * choicesPerRun) / ((performance.now() - t0) / 1000);
}
const figure = (n: number) => Math.round(n).toLocaleString('en');
console.log(`\nEngine: ${figure(perSecond(replayAll))} choices applied per second with the full explanation (applyChoice; target ≥ 1,000,000)`);
console.log(`Engine, compiled step as the search uses it: ${figure(perSecond(stepAll))} choices per second\n`);
