/** A scenario is text of a few hundred kilobytes at most; anything larger is not one. */
export const MAX_SCENARIO_BYTES = 1_000_000;

export type DecodeProblem = 'too-large' | 'not-text';

/** Turns a file's bytes into text, refusing what is too large or not UTF-8 text. */
export function decodeScenario(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: DecodeProblem } {
  if (bytes.byteLength > MAX_SCENARIO_BYTES) return { ok: false, problem: 'too-large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'not-text' };
  }
  // Control characters other than tab and line breaks mean a binary file, not a scenario.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) return { ok: false, problem: 'not-text' };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}
