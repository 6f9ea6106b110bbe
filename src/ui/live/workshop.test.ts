// The facilitator's side of a workshop, without a server: tallies that must add up, and the
// workshop kept in the browser so that a reload finds its way back into the session.
import { describe, expect, it } from 'vitest';
import { checkTallies } from './liveScreens';
import { RECORD_MAX_AGE_MS, clearWorkshopRecord, readWorkshopRecord, writeWorkshopRecord } from './workshopRecord';

class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}
const storage = () => new MemoryStorage() as unknown as Storage;

describe('group tallies', () => {
  it('decide by majority, prioritise with its leading perspective', () => {
    expect(checkTallies({ align: 4, silo: 2 })).toEqual({ ok: true, vote: { strategy: 'align' } });
    expect(checkTallies({ prioritise: 5, 'prioritise:lawful': 1, 'prioritise:responsive': 4, align: 2 })).toEqual({ ok: true, vote: { strategy: 'prioritise', perspective: 'responsive' } });
  });

  it('refuse tallies that do not add up, and say by how much', () => {
    expect(checkTallies({ prioritise: 5, 'prioritise:lawful': 1 })).toEqual({ ok: false, problem: 'mismatch', prioritise: 5, perspectives: 1 });
    expect(checkTallies({ align: 3, 'prioritise:networking': 2 })).toEqual({ ok: false, problem: 'mismatch', prioritise: 0, perspectives: 2 });
  });

  it('name an empty count, a tie between strategies and a tie between perspectives', () => {
    expect(checkTallies({})).toEqual({ ok: false, problem: 'empty' });
    expect(checkTallies({ align: 3, silo: 3, escalate: 1 })).toEqual({ ok: false, problem: 'tie', strategies: ['align', 'silo'] });
    expect(checkTallies({ prioritise: 4, 'prioritise:lawful': 2, 'prioritise:performing': 2 })).toEqual({ ok: false, problem: 'perspective-tie', perspectives: ['lawful', 'performing'] });
  });
});

describe('the workshop kept in the browser', () => {
  const record = { code: 'ABC234', secret: 'a-secret-of-at-least-twenty', scenarioId: 'lindeplein', choices: [{ strategy: 'align' as const }, { strategy: 'prioritise' as const, perspective: 'lawful' as const, perCase: true }], savedAt: 1000 };

  it('comes back as it was written', () => {
    const s = storage();
    writeWorkshopRecord(s, record);
    expect(readWorkshopRecord(s, 2000)).toEqual({ status: 'ok', record });
    clearWorkshopRecord(s);
    expect(readWorkshopRecord(s, 2000)).toEqual({ status: 'none' });
  });

  it('is removed and reported when damaged, and forgotten quietly when old', () => {
    for (const bad of ['{', JSON.stringify({ ...record, code: 'nope' }), JSON.stringify({ ...record, choices: [{ strategy: 'shout' }] }), JSON.stringify({ ...record, secret: 7 }), 'null']) {
      const s = storage();
      s.setItem('spagaat.workshop', bad);
      expect(readWorkshopRecord(s, 2000)).toEqual({ status: 'broken' });
      expect(s.getItem('spagaat.workshop')).toBeNull();
    }
    const s = storage();
    writeWorkshopRecord(s, record);
    expect(readWorkshopRecord(s, record.savedAt + RECORD_MAX_AGE_MS + 1)).toEqual({ status: 'none' });
    expect(s.getItem('spagaat.workshop')).toBeNull();
  });
});
