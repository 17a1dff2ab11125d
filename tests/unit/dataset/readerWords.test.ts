// What readers see of a metric (its name, definition and notes) is in words, never the data's field values.
import { readFileSync } from 'node:fs';

const TOKENS = /\b(sub_unit|government_own|full_year|partial_year|multi_year|lower_bound|sub_category|prior_year)\b/;
const metrics = JSON.parse(readFileSync('data/metrics.json', 'utf8')) as Array<{
  id: string;
  name: Record<string, string>;
  definition: Record<string, string>;
  notes?: Array<Record<string, string>>;
}>;

describe('metric texts are written for readers', () => {
  it('no name, definition or note shows a field value such as sub_unit', () => {
    const offending = metrics.flatMap((m) =>
      [m.name, m.definition, ...(m.notes ?? [])].flatMap((text) => Object.values(text).filter((s) => TOKENS.test(s)).map((s) => `${m.id}: ${s}`)),
    );
    expect(offending).toEqual([]);
  });

  it('the check finds one when there is one', () => {
    expect(TOKENS.test('one room’s own figure is marked sub_unit')).toBe(true);
    expect(TOKENS.test('one room’s own figure is marked as one sub-unit’s count')).toBe(false);
  });
});
