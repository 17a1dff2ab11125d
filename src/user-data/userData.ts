// Reports a person adds in the browser: the same shapes as data/, so they can be exported and committed as they are.
import * as v from 'valibot';
import { observationSchema, regionSchema, sourceSchema, type Observation, type Region, type Source } from '../dataset/schema.ts';

export const userDataSchema = v.strictObject({
  regions: v.array(regionSchema),
  sources: v.array(sourceSchema),
  observations: v.array(observationSchema),
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
