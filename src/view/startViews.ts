// Boots Phaser for the canvases beside the DOM game. Imported dynamically, so the DOM game is
// usable before Phaser has even loaded.
import Phaser from 'phaser';
import { JOURNEY_HEIGHT, JOURNEY_WIDTH, JourneyScene } from './JourneyScene';
import { METERS_HEIGHT, METERS_WIDTH, MetersScene } from './MetersScene';
import { PLANE_SIZE, PlaneScene } from './PlaneScene';
import type { ViewSource } from './ViewSource';

function startCanvas(parent: HTMLElement, width: number, height: number, scene: Phaser.Scene): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // Kept so tests (and screenshots) can read the drawn pixels.
    render: { preserveDrawingBuffer: true, antialias: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY, width, height },
    scene: [scene],
  });
}

export function startViews(hosts: { meters: HTMLElement; journey: HTMLElement }, source: ViewSource): Phaser.Game[] {
  return [
    startCanvas(hosts.meters, METERS_WIDTH, METERS_HEIGHT, new MetersScene(source)),
    startCanvas(hosts.journey, JOURNEY_WIDTH, JOURNEY_HEIGHT, new JourneyScene(source)),
  ];
}

/** The craft profile's plane, started once when the first debrief shows. */
export function startPlane(host: HTMLElement, source: ViewSource): Phaser.Game {
  return startCanvas(host, PLANE_SIZE, PLANE_SIZE, new PlaneScene(source));
}
