import { describe, expect, it } from 'vitest';
import { differencesText } from '../../../src/charts/differenceText.ts';
import { differences } from '../../../src/dataset/select/comparability.ts';
import type { Observation } from '../../../src/dataset/schema.ts';
import { contextFor } from '../export/context.ts';

const base: Observation = { region: '441802', year: 2024, metric: 'mediation.cases', value: 1, qualifier: 'exact', source: 's', evidence: '1件', scope: 'region', period: { kind: 'full_year' } };

describe('differences and their words', () => {
  it('a full-year regional total differs in nothing', () => {
    expect(differences(base)).toEqual([]);
  });
  it('says why a value differs, in both languages, with the report\'s own words when it has them', async () => {
    const zh = await contextFor('zh');
    const en = await contextFor('en');
    expect(differencesText(differences({ ...base, period: { kind: 'partial_year', phrase: '今年以来' } }), zh)).toBe('不足全年（今年以来）');
    expect(differencesText(differences({ ...base, period: { kind: 'partial_year' } }), zh)).toBe('不足全年');
    expect(differencesText(differences({ ...base, period: { kind: 'partial_year', months: [1, 11] } }), en)).toBe('months 1–11 only');
    expect(differencesText(differences({ ...base, period: { kind: 'multi_year', from: 2021, to: 2023 } }), zh)).toBe('2021–2023年累计');
    expect(
      differencesText(differences({ ...base, scope: 'government_own', subject: { zh: '市政府', en: 'the city government' }, basis: 'handled' }), en),
    ).toBe('the own count of the city government, not the region\'s total; counted as "handled"');
  });
});
