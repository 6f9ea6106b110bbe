// Draws the four meters as bars and animates each change with its size. It only renders what
// the ViewSource says; it sends nothing back and decides nothing.
import Phaser from 'phaser';
import { METERS, type Meter, type Meters } from '../engine';
import type { ViewSnapshot, ViewSource } from './ViewSource';
import { DOWN, FONT, INK, METER_COLOURS, TRACK, UP } from './palette';

export const METERS_WIDTH = 420;
export const METERS_HEIGHT = 280;
const ROW = 68;
const TOP = 8;
const LEFT = 6;
const BAR_WIDTH = METERS_WIDTH - 2 * LEFT;
const BAR_HEIGHT = 20;


interface Row {
  label: Phaser.GameObjects.Text;
  value: Phaser.GameObjects.Text;
  delta: Phaser.GameObjects.Text;
  bar: Phaser.GameObjects.Graphics;
  shown: number;
  tween?: Phaser.Tweens.Tween;
}

export class MetersScene extends Phaser.Scene {
  private rows = {} as Record<Meter, Row>;
  private last: Meters | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly source: ViewSource) {
    super('MetersScene');
  }

  create(): void {
    METERS.forEach((meter, i) => {
      const y = TOP + i * ROW;
      this.rows[meter] = {
        label: this.add.text(LEFT, y, '', { fontFamily: FONT, fontSize: '22px', color: INK, fontStyle: 'bold' }),
        value: this.add.text(METERS_WIDTH - LEFT, y, '', { fontFamily: FONT, fontSize: '22px', color: INK, fontStyle: 'bold' }).setOrigin(1, 0),
        delta: this.add.text(METERS_WIDTH - LEFT - 48, y, '', { fontFamily: FONT, fontSize: '22px', color: UP, fontStyle: 'bold' }).setOrigin(1, 0),
        bar: this.add.graphics(),
        shown: 0,
      };
    });
    this.unsubscribe = this.source.subscribe((s) => this.renderSnapshot(s));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.unsubscribe?.());
    this.renderSnapshot(this.source.get());
  }

  private renderSnapshot(snapshot: ViewSnapshot): void {
    for (const meter of METERS) this.rows[meter].label.setText(snapshot.meterLabels[meter]);
    const meters = snapshot.meters;
    if (!meters) {
      this.last = null;
      return;
    }
    const previous = this.last;
    this.last = { ...meters };
    for (const meter of METERS) {
      const row = this.rows[meter];
      const target = meters[meter];
      if (!previous) {
        // A new game starts at its own values, with nothing to animate.
        row.shown = target;
        row.delta.setText('');
        this.drawRow(meter);
        continue;
      }
      const change = target - previous[meter];
      if (change === 0) {
        row.delta.setText('');
        continue;
      }
      row.delta.setText(change > 0 ? `+${change}` : `−${Math.abs(change)}`).setColor(change > 0 ? UP : DOWN);
      this.animateTo(meter, target, this.source.reducedMotion());
    }
  }

  private animateTo(meter: Meter, target: number, instant: boolean): void {
    const row = this.rows[meter];
    row.tween?.stop();
    if (instant) {
      row.shown = target;
      row.delta.setAlpha(1).setScale(1);
      this.drawRow(meter);
      return;
    }
    row.tween = this.tweens.addCounter({
      from: row.shown,
      to: target,
      duration: 700,
      ease: 'Cubic.easeOut',
      onUpdate: (tween) => {
        row.shown = tween.getValue() ?? target;
        this.drawRow(meter);
      },
    });
    row.delta.setAlpha(0).setScale(1.6);
    this.tweens.add({ targets: row.delta, alpha: 1, scale: 1, duration: 350, ease: 'Back.easeOut' });
  }

  private drawRow(meter: Meter): void {
    const row = this.rows[meter];
    const i = METERS.indexOf(meter);
    const y = TOP + i * ROW + 32;
    const g = row.bar;
    g.clear();
    g.fillStyle(TRACK, 1);
    g.fillRoundedRect(LEFT, y, BAR_WIDTH, BAR_HEIGHT, 8);
    // Quarter marks help read the level without numbers.
    g.fillStyle(0xffffff, 0.9);
    for (const q of [0.25, 0.5, 0.75]) g.fillRect(LEFT + BAR_WIDTH * q - 1, y, 2, BAR_HEIGHT);
    const width = Math.max(0, Math.min(100, row.shown)) / 100 * BAR_WIDTH;
    if (width > 0) {
      g.fillStyle(METER_COLOURS[meter], 1);
      g.fillRoundedRect(LEFT, y, Math.max(width, 16), BAR_HEIGHT, 8);
    }
    row.value.setText(String(Math.round(row.shown)));
  }
}
