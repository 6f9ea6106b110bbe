import type { Meter } from '../engine';

/** One colour per meter, matching its perspective in the stylesheet (--lawful etc.). */
export const METER_COLOURS: Record<Meter, number> = {
  legitimacy: 0x2b5797,
  efficiency: 0xa65e00,
  trust: 0x1f7a55,
  initiative: 0x8a3b8f,
};

export const INK = '#1d2433';
export const MUTED = '#4a5366';
export const TRACK = 0xe4ded3;
export const UP = '#1f6b3a';
export const DOWN = '#a3261b';
export const PRIMARY = 0x23407a;
export const ACCENT = 0xd8572a;
export const GREEN = 0x1f7a55;
export const FONT = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';
