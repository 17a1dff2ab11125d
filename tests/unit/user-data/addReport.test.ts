import { describe, expect, it } from 'vitest';
import { addReport } from '../../../src/user-data/addReport.ts';

const EMPTY = { regions: [], sources: [], observations: [] };
const REGION = { code: '440200', name: { zh: '韶关市', en: 'Shaoguan' }, level: 'prefecture' as const, province: { code: '440000', name: { zh: '广东省', en: 'Guangdong' } }, population: null };
const report = (figures: Parameters<typeof addReport>[1]['figures']) => ({ region: REGION, year: 2024, title: '某市2024年法治政府建设年度报告', issuer: '', date: null, figures });

describe('addReport keeps what a figure covers', () => {
  it('a figure of part of the year keeps the period its text states', () => {
    const data = addReport(EMPTY, report([{ metric: 'mediation.cases', value: 3120, qualifier: 'exact', evidence: '1-10月全市共调解纠纷3120件', period: { kind: 'partial_year', months: [1, 10], phrase: '1-10月' } }]));
    expect(data.observations[0]).toMatchObject({ year: 2024, scope: 'region', period: { kind: 'partial_year', months: [1, 10], phrase: '1-10月' } });
  });

  it('a figure whose text states no period is the full year', () => {
    const data = addReport(EMPTY, report([{ metric: 'mediation.cases', value: 3120, qualifier: 'exact', evidence: '全市共调解纠纷3120件' }]));
    expect(data.observations[0]?.period).toEqual({ kind: 'full_year' });
  });
});

describe('addReport names the kind of report', () => {
  it('a report titled as the yearly report is an annual report; other text is other', () => {
    const fig = [{ metric: 'mediation.cases', value: 3120, qualifier: 'exact' as const, evidence: '全市共调解纠纷3120件' }];
    expect(addReport(EMPTY, report(fig)).sources[0]?.kind).toBe('annual_report');
    expect(addReport(EMPTY, { ...report(fig), title: '市司法局关于2023年法治政府建设工作情况的报告' }).sources[0]?.kind).toBe('annual_report');
    expect(addReport(EMPTY, { ...report(fig), title: '全市人民调解工作成效显著' }).sources[0]?.kind).toBe('other');
  });
});
