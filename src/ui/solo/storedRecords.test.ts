// What the browser keeps is read as untrusted input: every record checked in full, a damaged one
// removed and reported once, the rest kept; reads are capped.
import { describe, expect, it } from 'vitest';
import { memoryStorage, modelText } from '../../test-support/fixtures';
import { loadStoredScenarios, storeScenario } from './customScenarios';
import { loadHistory, recordGame, takeRepairNotice, type HistoryEntry } from './history';

const entry = (n: number): HistoryEntry => ({
  id: `${n}-model`,
  date: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  scenarioId: 'model',
  scenarioTitle: { nl: 'Model', en: 'Model' },
  outcome: { nl: 'Uitgevoerd', en: 'Carried out' },
  title: { nl: 'Verbinder', en: 'Connector' },
  meters: { legitimacy: 50, efficiency: 40, trust: 60, initiative: 55 },
});

describe('stored history', () => {
  it('removes a record with a missing field, reports it once and keeps the rest', () => {
    const storage = memoryStorage();
    const { outcome: _dropped, ...missing } = entry(2);
    storage.setItem('spagaat.history', JSON.stringify([entry(1), missing, { ...entry(3), meters: { ...entry(3).meters, trust: 'hoog' } }, entry(4)]));
    takeRepairNotice();
    expect(loadHistory(storage).map((e) => e.id)).toEqual(['1-model', '4-model']);
    expect(takeRepairNotice()).toBe(2);
    // Written back without them: the next read finds nothing to report.
    expect(loadHistory(storage)).toHaveLength(2);
    expect(takeRepairNotice()).toBe(0);
  });

  it('reads at most 50 records, however many are stored, and drops a list that is not one', () => {
    const storage = memoryStorage();
    storage.setItem('spagaat.history', JSON.stringify(Array.from({ length: 20_000 }, (_, i) => entry(i))));
    expect(loadHistory(storage)).toHaveLength(50);
    expect(JSON.parse(storage.getItem('spagaat.history')!)).toHaveLength(50);
    storage.setItem('spagaat.history', '{"not": "a list"}');
    takeRepairNotice();
    expect(loadHistory(storage)).toEqual([]);
    expect(takeRepairNotice()).toBe(1);
    storage.setItem('spagaat.history', 'x'.repeat(300_000));
    expect(loadHistory(storage)).toEqual([]);
    recordGame(storage, entry(7));
    expect(loadHistory(storage).map((e) => e.id)).toEqual(['7-model']);
  });
});

describe('stored custom scenarios', () => {
  it('reads each record on its own: a damaged one is removed and named, the valid ones after it stay', () => {
    const storage = memoryStorage();
    storeScenario(storage, 'a-first', 'first.json', modelText.replace('"id": "model"', '"id": "a-first"'));
    storage.setItem('spagaat.custom.b-broken', '{not json');
    storeScenario(storage, 'c-last', 'last.json', modelText.replace('"id": "model"', '"id": "c-last"'));
    const { entries, removed } = loadStoredScenarios(storage);
    expect(entries.map((e) => e.file)).toEqual(['first.json', 'last.json']);
    expect(removed).toEqual(['b-broken']);
    expect(storage.getItem('spagaat.custom.b-broken')).toBeNull();
  });
});
