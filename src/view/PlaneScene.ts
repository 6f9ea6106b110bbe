// The plane of the source paper's Figure 2 — preconditions first ↔ results first, inside-out ↔
// outside-in, the four perspectives in their quadrants — with the player's path over the
// situations and final position. Renders only.
import Phaser from 'phaser';
import { PERSPECTIVES, quadrantPoint, type PlanePoint } from '../engine';
import type { ViewSnapshot, ViewSource } from './ViewSource';
import { ACCENT, FONT, MUTED, PRIMARY } from './palette';

export const PLANE_SIZE = 440;
const MARGIN = 44;
const SPAN = PLANE_SIZE - 2 * MARGIN;
const QUADRANT_TINT = { lawful: 0xdfe7f3, performing: 0xf6e7d3, networking: 0xdcefe5, responsive: 0xeddff0 };
const QUADRANT_INK = { lawful: '#2b5797', performing: '#8a4d00', networking: '#1a6a49', responsive: '#7a3380' };

const toScreen = (p: PlanePoint) => ({ x: MARGIN + ((p.x + 1) / 2) * SPAN, y: MARGIN + ((1 - p.y) / 2) * SPAN });

export class PlaneScene extends Phaser.Scene {
  private g!: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly source: ViewSource) {
    super('PlaneScene');
  }

  create(): void {
    this.g = this.add.graphics();
    this.unsubscribe = this.source.subscribe((s) => this.renderSnapshot(s));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.unsubscribe?.());
    this.renderSnapshot(this.source.get());
  }

  private label(x: number, y: number, text: string, style: Phaser.Types.GameObjects.Text.TextStyle, origin: [number, number]): void {
    this.texts.push(this.add.text(x, y, text, { fontFamily: FONT, fontSize: '15px', color: MUTED, ...style }).setOrigin(...origin));
  }

  private renderSnapshot(s: ViewSnapshot): void {
    const g = this.g;
    g.clear();
    for (const t of this.texts) t.destroy();
    this.texts = [];
    const half = SPAN / 2;
    for (const p of PERSPECTIVES) {
      const c = quadrantPoint(p);
      const x = MARGIN + (c.x > 0 ? half : 0);
      const y = MARGIN + (c.y > 0 ? 0 : half);
      g.fillStyle(QUADRANT_TINT[p], 1);
      g.fillRect(x, y, half, half);
      this.label(x + half / 2, c.y > 0 ? y + 14 : y + half - 14, s.perspectiveLabels[p], { color: QUADRANT_INK[p], fontStyle: 'bold', fontSize: '17px', align: 'center', wordWrap: { width: half - 16 } }, [0.5, c.y > 0 ? 0 : 1]);
    }
    g.lineStyle(2, 0x8a8f9c, 1);
    g.lineBetween(MARGIN, MARGIN + half, MARGIN + SPAN, MARGIN + half);
    g.lineBetween(MARGIN + half, MARGIN, MARGIN + half, MARGIN + SPAN);
    this.label(PLANE_SIZE / 2, MARGIN - 8, `↑ ${s.axisLabels.results}`, {}, [0.5, 1]);
    this.label(PLANE_SIZE / 2, PLANE_SIZE - MARGIN + 8, `↓ ${s.axisLabels.preconditions}`, {}, [0.5, 0]);
    this.label(MARGIN - 8, PLANE_SIZE / 2, `← ${s.axisLabels.insideOut}`, {}, [0.5, 1]);
    this.texts.at(-1)?.setRotation(-Math.PI / 2);
    this.label(PLANE_SIZE - MARGIN + 8, PLANE_SIZE / 2, `${s.axisLabels.outsideIn} →`, {}, [0.5, 1]);
    this.texts.at(-1)?.setRotation(Math.PI / 2);

    const profile = s.profile;
    if (!profile || profile.path.length === 0) return;
    const points = [{ x: 0, y: 0 }, ...profile.path].map(toScreen);
    g.lineStyle(3, PRIMARY, 0.85);
    for (let i = 0; i < points.length - 1; i++) g.lineBetween(points[i]!.x, points[i]!.y, points[i + 1]!.x, points[i + 1]!.y);
    points.slice(1, -1).forEach((p, i) => {
      g.fillStyle(PRIMARY, 1);
      g.fillCircle(p.x, p.y, 9);
      this.label(p.x, p.y, String(i + 1), { color: '#ffffff', fontSize: '12px', fontStyle: 'bold' }, [0.5, 0.5]);
    });
    const end = points.at(-1)!;
    g.fillStyle(ACCENT, 1);
    g.fillCircle(end.x, end.y, 15);
    g.lineStyle(4, 0xffffff, 1);
    g.strokeCircle(end.x, end.y, 15);
    this.label(end.x, end.y, '★', { color: '#ffffff', fontSize: '16px' }, [0.5, 0.5]);
  }
}
