// Reports a person adds in the browser: the same shapes as data/, so they can be exported and committed as they are.
import * as v from 'valibot';
import { observationSchema, regionSchema, sourceSchema, type Observation, type Region, type Source } from '../dataset/schema.ts';

// Records saved before the dataset carried scope, period and source kind (issue #14) read as a region's full-year
// total from a report the user pasted, which is what the add-a-report dialog wrote then.
const withDefaults = (defaults: Record<string, unknown>) => (input: unknown) =>
  typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...defaults, ...input } : input;

export const userDataSchema = v.strictObject({
  regions: v.array(regionSchema),
  sources: v.array(v.pipe(v.unknown(), v.transform(withDefaults({ kind: 'other' })), sourceSchema)),
  observations: v.array(
    v.pipe(v.unknown(), v.transform(withDefaults({ scope: 'region', period: { kind: 'full_year' } })), observationSchema),
  ),
});

export interface UserData {
  regions: Region[];
  sources: Source[];
  observations: Observation[];
}

export const EMPTY_USER_DATA: UserData = { regions: [], sources: [], observations: [] };

/** Removes one added report and, when no other report needs it, its region. */
export const removeReport = (data: UserData, sourceId: string): UserData => {
  const sources = data.sources.filter((s) => s.id !== sourceId);
  const stillUsed = new Set(sources.map((s) => s.region));
  return {
    sources,
    observations: data.observations.filter((o) => o.source !== sourceId),
    regions: data.regions.filter((r) => stillUsed.has(r.code)),
  };
};
