import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES, decodeScenario } from './decodeScenario';

describe('decodeScenario', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('accepts UTF-8 text and drops a byte-order mark', () => {
    expect(decodeScenario(bytes('\uFEFF{"a": "ë"}\r\n'))).toEqual({ ok: true, text: '{"a": "ë"}\r\n' });
  });
  it('refuses a file that is too large', () => {
    expect(decodeScenario(new Uint8Array(MAX_SCENARIO_BYTES + 1))).toEqual({ ok: false, problem: 'too-large' });
  });
  it('refuses binary data and invalid UTF-8', () => {
    expect(decodeScenario(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({ ok: false, problem: 'not-text' });
    expect(decodeScenario(bytes('{"a": 1}\u0000'))).toEqual({ ok: false, problem: 'not-text' });
    expect(decodeScenario(new Uint8Array([0xff, 0xfe, 0x41]))).toEqual({ ok: false, problem: 'not-text' });
  });
});
