import { describe, expect, it } from 'vitest';
import { observationKey, parseObservationKey } from '../../../src/dataset/observationKey.ts';

describe('observationKey', () => {
  it('joins region, year, metric, scope and period kind', () => {
    expect(
      observationKey({
        region: '441802',
        year: 2024,
        metric: 'mediation.cases',
        scope: 'sub_unit',
        period: { kind: 'partial_year' },
      }),
    ).toBe('441802|2024|mediation.cases|sub_unit|partial_year');
  });

  it('parses a key back into its five parts', () => {
    expect(parseObservationKey('440900|2024|enforcement.township_platform_cases|region|multi_year')).toEqual({
      region: '440900',
      year: 2024,
      metric: 'enforcement.township_platform_cases',
      scope: 'region',
      periodKind: 'multi_year',
    });
  });

  it.each([
    ['440900|2024|mediation.cases', 'three parts (the old key)'],
    ['440900|2024|mediation.cases|city|full_year', 'an unknown scope'],
    ['440900|2024|mediation.cases|region|half_year', 'an unknown period kind'],
    ['4409|2024|mediation.cases|region|full_year', 'a short region code'],
    ['440900|24|mediation.cases|region|full_year', 'a two-digit year'],
    ['440900|2024||region|full_year', 'no metric'],
  ])('rejects %s (%s)', (key) => {
    expect(parseObservationKey(key)).toBeNull();
  });
});
