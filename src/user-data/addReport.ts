// Confirmed candidates of one report → records in the data/ format, appended to what the user already added.
import type { Observation, Period, Region } from '../dataset/schema.ts';
import type { UserData } from './userData.ts';
import { userSourceId } from '../dataset/userSource.ts';

export interface ConfirmedFigure {
  metric: string;
  value: number;
  qualifier: 'exact' | 'approx' | 'lower_bound';
  evidence: string;
  /** The period the text states for it (今年以来, 1-10月); a full year when it states none. */
  period?: Period;
}

export interface NewReport {
  region: Region;
  year: number;
  /** What the person says the report is: its title, who issued it and when (ISO date, or null). */
  title: string;
  issuer: string;
  date: string | null;
  /** Where the report was published, when the person gives it (http or https). */
  url?: string;
  figures: ConfirmedFigure[];
}


const ANNUAL_REPORT = /年度报告|(?:工作|建设)情况的?报告/;

export const addReport = (data: UserData, report: NewReport): UserData => {
  const id = userSourceId(report.region.code, report.year);
  // Adding the same region and year again replaces that report; the region record is refreshed.
  const withoutOld = {
    regions: data.regions.filter((r) => r.code !== report.region.code),
    sources: data.sources.filter((s) => s.id !== id),
    observations: data.observations.filter((o) => o.source !== id),
  };
  const seen = new Set<string>();
  const observations: Observation[] = [];
  for (const f of report.figures) {
    if (seen.has(f.metric)) continue; // one value per metric and year; the first confirmed wins
    seen.add(f.metric);
    observations.push({
      region: report.region.code,
      year: report.year,
      metric: f.metric,
      value: f.value,
      qualifier: f.qualifier,
      source: id,
      evidence: f.evidence.slice(0, 60),
      scope: 'region',
      period: f.period ?? { kind: 'full_year' },
    });
  }
  return {
    regions: [...withoutOld.regions, { ...report.region, user_added: true }],
    sources: [
      ...withoutOld.sources,
      {
        id,
        region: report.region.code,
        year: report.year,
        title: { zh: report.title, en: report.title },
        issuer: report.issuer.trim() ? { zh: report.issuer.trim(), en: report.issuer.trim() } : { zh: '（未填写）', en: '(not given)' },
        date: report.date,
        // A report titled as the yearly report (…年度报告, 工作情况的报告) is one; other text stays 'other'.
        kind: ANNUAL_REPORT.test(report.title) ? 'annual_report' : 'other',
        ...(report.url ? { url: report.url } : {}),
        file: '(pasted text)',
      },
    ],
    observations: [...withoutOld.observations, ...observations],
  };
};
