import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scenario/catalog';
import { memoryStorage, modelText } from '../../test-support/fixtures';
import { clearSave, readSave, writeSave } from './savedGame';

const catalog = buildCatalog({ 'model.json': modelText }, 'shipped');

describe('saved game', () => {
  it('resumes by replaying the choices through the engine', () => {
    const storage = memoryStorage();
    expect(readSave(storage, catalog)).toEqual({ status: 'none' });
    writeSave(storage, 'model', [{ strategy: 'silo' }, { strategy: 'prioritise', perspective: 'lawful' }]);
    const saved = readSave(storage, catalog);
    expect(saved.status).toBe('ok');
    if (saved.status !== 'ok') return;
    expect(saved.state.history.map((c) => c.situationId)).toEqual(['situatie-1', 'situatie-2']);
    expect(saved.state.current).toBe('situatie-3');
    expect(saved.state.siloDebt).toBe(1);
    clearSave(storage);
    expect(readSave(storage, catalog)).toEqual({ status: 'none' });
  });

  it('names what is wrong with a corrupted or outdated save', () => {
    const storage = memoryStorage();
    storage.setItem('spagaat.save', '{"scenarioId": "model", "choices": [');
    expect(readSave(storage, catalog)).toEqual({ status: 'broken', problem: 'unreadable' });
    storage.setItem('spagaat.save', JSON.stringify({ scenarioId: 'model', choices: [{ strategy: 'shout' }] }));
    expect(readSave(storage, catalog)).toEqual({ status: 'broken', problem: 'unreadable' });
    storage.setItem('spagaat.save', JSON.stringify({ scenarioId: 'gone', choices: [] }));
    expect(readSave(storage, catalog)).toEqual({ status: 'broken', problem: 'unknown-scenario' });
    storage.setItem('spagaat.save', JSON.stringify({ scenarioId: 'model', choices: [{ strategy: 'prioritise' }] }));
    expect(readSave(storage, catalog)).toEqual({ status: 'broken', problem: 'does-not-fit' });
  });
});
