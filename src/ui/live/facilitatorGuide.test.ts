// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DILEMMAS, DILEMMA_INFO, type Lang, type Text } from '../../engine';
import { buildCatalog, catalogEntry, type CatalogEntry } from '../../scenario/catalog';
import { shippedCatalog } from '../../scenario/shipped';
import { minimalText } from '../../test-support/fixtures';
import { guideHash, guideLangFromHash, mountGuide, renderGuide } from './facilitatorGuide';
import * as texts from './guideTexts';
import { GUIDE_SECTIONS, SECTION_TITLE } from './guideTexts';

const LANGS: Lang[] = ['nl', 'en'];

function headings(root: ParentNode): HTMLHeadingElement[] {
  return [...root.querySelectorAll<HTMLHeadingElement>('h1, h2, h3, h4, h5, h6')];
}

/** Every { nl, en } text anywhere in the guide's texts. */
function allTexts(value: unknown, out: Text[] = []): Text[] {
  if (Array.isArray(value)) for (const v of value) allTexts(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.nl === 'string' && typeof o.en === 'string') out.push(o as unknown as Text);
    else for (const v of Object.values(o)) allTexts(v, out);
  }
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('facilitator guide', () => {
  it('reads its language from the address, and only from its own addresses', () => {
    expect(guideLangFromHash('#guide')).toBe('nl');
    expect(guideLangFromHash('#guide/en')).toBe('en');
    expect(guideLangFromHash('#guide/nl')).toBe('nl');
    expect(guideLangFromHash('#join=ABC')).toBeNull();
    expect(guideLangFromHash('#guide-plans')).toBeNull();
    expect(guideLangFromHash('')).toBeNull();
    for (const lang of LANGS) expect(guideLangFromHash(guideHash(lang))).toBe(lang);
  });

  it('has every section in both languages, with one h1 and headings in order', async () => {
    const catalog = await shippedCatalog();
    const counts: number[] = [];
    for (const lang of LANGS) {
      const el = renderGuide(lang, catalog);
      for (const id of GUIDE_SECTIONS) {
        const s = el.querySelector(`[data-section="${id}"]`);
        expect(s, `${lang} ${id}`).not.toBeNull();
        expect(s!.querySelector('h2')?.textContent).toBe(SECTION_TITLE[id][lang]);
      }
      const hs = headings(el);
      expect(hs.filter((x) => x.tagName === 'H1')).toHaveLength(1);
      expect(hs[0]!.tagName).toBe('H1');
      let level = 1;
      for (const x of hs) {
        const next = Number(x.tagName[1]);
        expect(next, `${lang}: “${x.textContent}” jumps from h${level}`).toBeLessThanOrEqual(level + 1);
        expect(x.textContent?.trim()).not.toBe('');
        level = next;
      }
      // The main sections come in the order of the guide.
      expect([...el.querySelectorAll('[data-section]')].map((s) => (s as HTMLElement).dataset.section)).toEqual([...GUIDE_SECTIONS]);
      // Prompts for all six dilemmas.
      expect([...el.querySelectorAll<HTMLElement>('[data-dilemma]')].map((d) => d.dataset.dilemma)).toEqual([...DILEMMAS]);
      for (const d of DILEMMAS) expect(el.querySelector(`[data-dilemma="${d}"] h4`)?.textContent).toBe(DILEMMA_INFO[d].name[lang]);
      // Plans for 60, 90 and 180 minutes.
      expect([...el.querySelectorAll<HTMLElement>('.guide-plan')].map((p) => p.dataset.minutes)).toEqual(['60', '90', '180']);
      counts.push(hs.length);
    }
    // Both languages have the same shape.
    expect(counts[0]).toBe(counts[1]);
  });

  it('fills in every interface label, and every text has both languages', async () => {
    const catalog = await shippedCatalog();
    for (const lang of LANGS) {
      const text = renderGuide(lang, catalog).textContent ?? '';
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toContain('undefined');
    }
    for (const text of allTexts(texts)) {
      expect(text.nl.trim(), JSON.stringify(text)).not.toBe('');
      expect(text.en.trim(), JSON.stringify(text)).not.toBe('');
    }
  });

  it('lists every scenario it is given, from the scenarios’ own data', async () => {
    const shipped = await shippedCatalog();
    const custom = catalogEntry('mine.json', minimalText, 'custom');
    const broken = buildCatalog({ 'kapot.json': '{ "formatVersion": 1, ' }, 'shipped');
    const catalog: CatalogEntry[] = [...shipped, { ...custom, source: 'custom' }, ...broken];
    for (const lang of LANGS) {
      const el = renderGuide(lang, catalog);
      const rows = [...el.querySelectorAll<HTMLTableRowElement>('.guide-scenarios tbody tr')];
      expect(rows.map((r) => r.dataset.scenario)).toEqual(catalog.map((e) => e.key));
      for (const entry of catalog) {
        const row = el.querySelector(`.guide-scenarios tr[data-scenario="${entry.key}"]`)!;
        if (entry.ok) {
          expect(row.querySelector('.guide-scenario-title')?.textContent).toBe(entry.scenario.title[lang]);
          expect(row.textContent).toContain(entry.scenario.department.name[lang]);
          expect(row.textContent).toContain(String(entry.scenario.minutes));
          expect([...el.querySelectorAll('.guide-summaries dd')].map((dd) => dd.textContent)).toContain(entry.scenario.summary[lang]);
        } else expect(row.textContent).toContain(entry.file);
      }
      expect(el.querySelector('.guide-scenarios caption')?.textContent).toContain(String(catalog.length));
    }
  });

  it('gives every table a caption and every header cell a scope', async () => {
    const el = renderGuide('nl', await shippedCatalog());
    const tables = [...el.querySelectorAll('table')];
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      expect(table.querySelector('caption')?.textContent?.trim()).toBeTruthy();
      for (const th of table.querySelectorAll('th')) expect(['col', 'row']).toContain(th.getAttribute('scope'));
    }
  });

  it('never sets HTML: scenario text with markup stays text', async () => {
    const setters = [
      vi.spyOn(Element.prototype, 'innerHTML', 'set'),
      vi.spyOn(Element.prototype, 'outerHTML', 'set'),
      vi.spyOn(Element.prototype, 'insertAdjacentHTML'),
    ];
    const raw = JSON.parse(minimalText);
    raw.title.nl = '<img src=x onerror="alert(1)">Park';
    raw.summary.nl = '<script>alert(1)</script> Samenvatting';
    const catalog = [...(await shippedCatalog()), catalogEntry('x.json', JSON.stringify(raw), 'custom')];
    const main = document.body.appendChild(document.createElement('main'));
    for (const lang of LANGS) main.appendChild(renderGuide(lang, catalog));
    mountGuide(main, 'nl', Promise.resolve(catalog));
    await Promise.resolve();
    for (const spy of setters) expect(spy).not.toHaveBeenCalled();
    expect(main.querySelector('script, img')).toBeNull();
    expect(main.querySelector('.guide-scenario-title')).not.toBeNull();
    expect([...main.querySelectorAll('.guide-scenario-title')].map((x) => x.textContent)).toContain('<img src=x onerror="alert(1)">Park');
  });

  it('mounts: sets the page language, shows the table once the catalogue arrives, follows the address', async () => {
    const main = document.body.appendChild(document.createElement('main'));
    let resolve!: (entries: CatalogEntry[]) => void;
    mountGuide(main, 'en', new Promise((r) => (resolve = r)));
    expect(document.documentElement.lang).toBe('en');
    expect(main.querySelector('h1')?.textContent).toBe(texts.GUIDE_UI.title.en);
    expect(main.querySelector('.guide-scenarios')).toBeNull();
    expect(main.querySelector('[role="status"]')?.textContent).toBe(texts.SCENARIOS_UI.loading.en);
    const catalog = await shippedCatalog();
    resolve(catalog);
    await new Promise((r) => setTimeout(r, 0));
    expect(main.querySelectorAll('.guide-scenarios tbody tr')).toHaveLength(catalog.length);

    location.hash = guideHash('nl');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(document.documentElement.lang).toBe('nl');
    expect(main.querySelector('h1')?.textContent).toBe(texts.GUIDE_UI.title.nl);
    expect(document.activeElement).toBe(main.querySelector('h1'));
    // The catalogue it already has stays.
    expect(main.querySelectorAll('.guide-scenarios tbody tr')).toHaveLength(catalog.length);
  });

  it('says so when the catalogue cannot be loaded', async () => {
    const main = document.body.appendChild(document.createElement('main'));
    mountGuide(main, 'nl', Promise.reject(new Error('offline')));
    await new Promise((r) => setTimeout(r, 0));
    expect(main.querySelector('[role="alert"]')?.textContent).toBe(texts.SCENARIOS_UI.failed.nl);
  });
});
