// Boots Phaser for the meters canvas. Imported dynamically, so the DOM game is usable first.
import Phaser from 'phaser';
import type { MeterSource } from './MeterSource';
import { METERS_HEIGHT, METERS_WIDTH, MetersScene } from './MetersScene';

export function startMetersView(parent: HTMLElement, source: MeterSource): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // Kept so tests (and screenshots) can read the drawn pixels.
    render: { preserveDrawingBuffer: true, antialias: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY, width: METERS_WIDTH, height: METERS_HEIGHT },
    scene: [new MetersScene(source)],
  });
}
