// Draws the residents' proposal's route through the municipality — intake, assessment,
// departments, management, executive and council, implementation — with the proposal as a token
// that moves, stalls, changes colour when changed or drops off the road. Renders only.
import Phaser from 'phaser';
import { JOURNEY_STAGES, type Journey, type JourneyStage } from '../engine';
import type { ViewSnapshot, ViewSource } from './ViewSource';
import { ACCENT, DOWN, FONT, GREEN, INK, PRIMARY, TRACK } from './palette';

export const JOURNEY_WIDTH = 420;
export const JOURNEY_HEIGHT = 300;

/** Stops down one corridor through the town hall, from intake to realised. */
const STOP_X = 78;
const STOPS: [number, number][] = Array.from({ length: 7 }, (_, i): [number, number] => [STOP_X, 24 + i * 42]);
const STATUS_COLOUR = { moving: GREEN, stalled: 0x6b7280, changed: 0xa65e00, dropped: Phaser.Display.Color.HexStringToColor(DOWN).color };
const STATUS_MARK = { moving: '', stalled: '‖', changed: '~', dropped: '×' };

export class JourneyScene extends Phaser.Scene {
  private road!: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private token!: Phaser.GameObjects.Container;
  private tokenBody!: Phaser.GameObjects.Arc;
  private tokenMark!: Phaser.GameObjects.Text;
  private last: Journey | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly source: ViewSource) {
    super('JourneyScene');
  }

  create(): void {
    this.road = this.add.graphics();
    for (const [x, y] of STOPS) {
      this.labels.push(this.add.text(x + 34, y, '', { fontFamily: FONT, fontSize: '23px', color: INK }).setOrigin(0, 0.5));
    }
    this.tokenBody = this.add.circle(0, 0, 13, GREEN).setStrokeStyle(3, 0xffffff);
    this.tokenMark = this.add.text(0, 0, '', { fontFamily: FONT, fontSize: '18px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.token = this.add.container(STOPS[0]![0], STOPS[0]![1], [this.tokenBody, this.tokenMark]).setVisible(false);
    this.unsubscribe = this.source.subscribe((s) => this.renderSnapshot(s));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.unsubscribe?.());
    this.renderSnapshot(this.source.get());
  }

  private drawRoad(storyStage: JourneyStage | null, reached: number): void {
    const g = this.road;
    g.clear();
    g.lineStyle(14, TRACK, 1);
    for (let i = 0; i < STOPS.length - 1; i++) g.lineBetween(STOPS[i]![0], STOPS[i]![1], STOPS[i + 1]![0], STOPS[i + 1]![1]);
    const story = storyStage ? JOURNEY_STAGES.indexOf(storyStage) : -1;
    STOPS.forEach(([x, y], i) => {
      const isFinish = i === STOPS.length - 1;
      if (i === story) {
        // Where the story is now: the proposal may lag behind it.
        g.lineStyle(4, ACCENT, 1);
        g.strokeCircle(x, y, 20);
      }
      g.fillStyle(i < reached ? PRIMARY : 0xffffff, 1);
      g.lineStyle(3, PRIMARY, 1);
      if (isFinish) {
        g.fillRect(x - 12, y - 12, 24, 24);
        g.strokeRect(x - 12, y - 12, 24, 24);
      } else {
        g.fillCircle(x, y, 12);
        g.strokeCircle(x, y, 12);
      }
    });
  }

  private renderSnapshot(snapshot: ViewSnapshot): void {
    const stages = [...JOURNEY_STAGES, 'realised'] as const;
    this.labels.forEach((label, i) => label.setText(snapshot.stageLabels[stages[i]!]));
    const journey = snapshot.journey;
    if (!journey) {
      this.last = null;
      this.token.setVisible(false);
      this.drawRoad(null, 0);
      return;
    }
    this.drawRoad(snapshot.storyStage, journey.position);
    this.tokenBody.setFillStyle(STATUS_COLOUR[journey.status]);
    this.tokenMark.setText(STATUS_MARK[journey.status]);
    const [x, y] = STOPS[Math.min(journey.position, STOPS.length - 1)]!;
    // The token walks beside the corridor; a dropped proposal falls off to the side.
    const target = { x: journey.status === 'dropped' ? x - 56 : x - 40, y: journey.status === 'dropped' ? y + 12 : y };
    const moved = !this.last || this.last.position !== journey.position || this.last.status !== journey.status;
    this.token.setVisible(true);
    this.tweens.killTweensOf(this.token);
    if (!this.last || this.source.reducedMotion() || !moved) {
      this.token.setPosition(target.x, target.y);
    } else {
      this.tweens.add({ targets: this.token, x: target.x, y: target.y, duration: 800, ease: 'Sine.easeInOut' });
    }
    this.last = { ...journey };
  }
}
