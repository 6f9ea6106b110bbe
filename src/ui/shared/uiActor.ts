// What the screens see of the game's machine: its current screen and context, and a way to send
// it events. Every part of the UI (solo, live, learning) takes this, not the machine itself.
import type { GameContext, GameEvent } from '../../flow/gameMachine';
import type { ScreenName } from '../solo/renderScreen';

export interface UiSnapshot {
  value: ScreenName;
  context: GameContext;
}

export interface UiActor {
  getSnapshot(): UiSnapshot;
  subscribe(listener: (snapshot: UiSnapshot) => void): { unsubscribe(): void };
  send(event: GameEvent): void;
}
