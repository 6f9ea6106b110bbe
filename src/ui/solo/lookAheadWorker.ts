// The debrief's look-ahead off the main thread: it searches the whole game tree, which can take
// seconds on a slow phone. Each situation's answer is posted as soon as it is known.
import { lookAhead, type Choice, type Scenario } from '../../engine';

self.onmessage = (event: MessageEvent<{ scenario: Scenario; choices: Choice[] }>) => {
  const { scenario, choices } = event.data;
  lookAhead(scenario, choices, (entry, index) => self.postMessage({ index, entry }));
};
