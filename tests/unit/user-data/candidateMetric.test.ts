import { describe, expect, it } from 'vitest';
import { candidateMetric } from '../../../src/user-data/candidateChoice.ts';

const known = (m: string) => m !== 'not.in_catalogue';

describe('candidateMetric', () => {
  it('keeps a known metric of a level, whatever its scope', () => {
    expect(candidateMetric({ metric: 'mediation.cases', scope: 'region' }, known)).toBe('mediation.cases');
    expect(candidateMetric({ metric: 'review.cases', scope: 'government_own' }, known)).toBe('review.cases');
    expect(candidateMetric({ metric: 'legal_aid.cases' }, known)).toBe('legal_aid.cases');
  });

  it('never records a change as a level of its metric (同比下降3.5% is not 3.5 disputes)', () => {
    expect(candidateMetric({ metric: 'mediation.cases', scope: 'change' }, known)).toBeNull();
  });

  it('drops a metric the catalogue does not know, and keeps none as none', () => {
    expect(candidateMetric({ metric: 'not.in_catalogue', scope: 'region' }, known)).toBeNull();
    expect(candidateMetric({ metric: null, scope: 'region' }, known)).toBeNull();
  });
});
