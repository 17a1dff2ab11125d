import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, STORAGE_KEY, loadUserData, saveUserData, type StorageLike } from '../../../src/user-data/userDataStore.ts';
import { EMPTY_USER_DATA, removeReport } from '../../../src/user-data/userData.ts';
import { addReport } from '../../../src/user-data/addReport.ts';
import { mergeUserData } from '../../../src/user-data/mergeUserData.ts';
import { fixtureDataset } from '../../fixtures/loadFixture.ts';

const memory = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial));
  const storage: StorageLike & { items: Map<string, string> } = {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
  };
  return storage;
};
const region = {
  code: '440100',
  name: { zh: '广州市', en: '广州市' },
  level: 'prefecture' as const,
  province: { code: '440000', name: { zh: '广东省', en: '广东省' } },
  population: null,
};
const report = addReport(EMPTY_USER_DATA, {
  region,
  year: 2024,
  title: '广州市2024年法治政府建设年度报告',
  figures: [
    { metric: 'mediation.cases', value: 1200, qualifier: 'lower_bound', evidence: '调解案件1200余件' },
    { metric: 'mediation.cases', value: 99, qualifier: 'exact', evidence: '其中99件' },
  ],
});

describe('user-added reports', () => {
  it('become data/-format records, one value per metric, marked user-added', () => {
    expect(report.sources.map((s) => s.id)).toEqual(['user-440100-2024']);
    expect(report.observations).toEqual([
      { region: '440100', year: 2024, metric: 'mediation.cases', value: 1200, qualifier: 'lower_bound', source: 'user-440100-2024', evidence: '调解案件1200余件',
        scope: 'region', period: { kind: 'full_year' } },
    ]);
    expect(report.regions[0]?.user_added).toBe(true);
  });

  it('merge into the dataset without overriding published values, and can be removed', () => {
    const dataset = fixtureDataset();
    const merged = mergeUserData(dataset, report);
    expect(merged.regions.at(-1)).toMatchObject({ code: '440100', user_added: true });
    expect(merged.observations).toHaveLength(dataset.observations.length + 1);
    const clash = addReport(EMPTY_USER_DATA, { region: dataset.regions[0]!, year: 2024, title: 'x', figures: [{ metric: 'mediation.cases', value: 1, qualifier: 'exact', evidence: '1件' }] });
    expect(mergeUserData(dataset, clash).observations).toHaveLength(dataset.observations.length);
    expect(removeReport(report, 'user-440100-2024')).toEqual(EMPTY_USER_DATA);
    expect(dataset.observations).toHaveLength(10); // the loaded dataset is never mutated
  });
});

describe('the browser store', () => {
  it('reads reports saved before scope, period and source kind existed as full-year regional totals', () => {
    const saved = {
      regions: [region],
      sources: [{ id: 'user-440100-2024', region: '440100', year: 2024, title: { zh: '报告', en: '报告' },
        issuer: { zh: '（用户添加）', en: '(added by the user)' }, date: null, file: '(pasted text)' }],
      observations: [{ region: '440100', year: 2024, metric: 'mediation.cases', value: 1200, qualifier: 'lower_bound',
        source: 'user-440100-2024', evidence: '调解案件1200余件' }],
    };
    const { data, problem } = loadUserData(memory({ [STORAGE_KEY]: JSON.stringify(saved) }));
    expect(problem).toBeUndefined();
    expect(data.sources[0]?.kind).toBe('other');
    expect(data.observations[0]).toMatchObject({ scope: 'region', period: { kind: 'full_year' } });
  });

  it('round-trips and keeps the previous good copy as a backup', () => {
    const storage = memory();
    expect(saveUserData(storage, report)).toEqual({ ok: true });
    expect(saveUserData(storage, EMPTY_USER_DATA)).toEqual({ ok: true });
    expect(JSON.parse(storage.items.get(BACKUP_KEY)!)).toEqual(report);
    expect(loadUserData(storage)).toEqual({ data: EMPTY_USER_DATA });
  });

  it('corrupt JSON: restores the last good copy and says so', () => {
    const storage = memory({ [STORAGE_KEY]: '{"regions": [', [BACKUP_KEY]: JSON.stringify(report) });
    expect(loadUserData(storage)).toEqual({ data: report, problem: 'corrupt' });
    // Writing again must not overwrite the good backup with the corrupt copy.
    saveUserData(storage, report);
    expect(JSON.parse(storage.items.get(BACKUP_KEY)!)).toEqual(report);
  });

  it('quota exceeded: reports it and leaves what was saved intact', () => {
    const storage = memory({ [STORAGE_KEY]: JSON.stringify(report) });
    storage.setItem = (k) => {
      if (k === STORAGE_KEY) throw new DOMException('full', 'QuotaExceededError');
    };
    expect(saveUserData(storage, EMPTY_USER_DATA)).toEqual({ ok: false, problem: 'quota' });
    expect(loadUserData(storage).data).toEqual(report);
  });

  it('storage disabled: reports it, never throws', () => {
    const blocked: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(loadUserData(blocked)).toEqual({ data: EMPTY_USER_DATA, problem: 'unavailable' });
    expect(saveUserData(blocked, report)).toEqual({ ok: false, problem: 'unavailable' });
    expect(loadUserData(null).problem).toBe('unavailable');
  });
});
