// The region a pasted or loaded report is about, as a Region record the dialog can show: named in its title, else most
// often in its text (src/ingest/inferRegion.ts), or null when the text does not say clearly.
import type { Region } from '../dataset/schema.ts';
import { inferRegion } from '../ingest/inferRegion.ts';
import { loadDivisionIndex } from './divisionRegions.ts';
import { loadNamedDivisions } from './loadRegionNames.ts';

export interface ReportRegion {
  region: Region;
  how: 'title' | 'text';
}

export const inferReportRegion = async (text: string): Promise<ReportRegion | null> => {
  const [divisions, index] = await Promise.all([loadNamedDivisions(), loadDivisionIndex()]);
  const found = inferRegion(text, divisions);
  const region = found && index.entries.find((e) => e.region.code === found.code)?.region;
  return region ? { region, how: found.how } : null;
};
