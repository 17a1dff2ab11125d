// Edges of the eighth session's rules that its mutation run found untested (tests/MUTATION.md), each expected value
// worked out by hand on sentences written for them.
import { claim, figure } from './helpers.ts';

const COUNTY = { year: 2023, region: '610628' };

it('money recovered for one kind is no kind’s cases: a closed count after it is still the report’s count of cases', () => {
  const text = '全县法律援助中心全年为农民工追回工资120万元,办结298件。';
  expect(claim(text, 1200000, COUNTY)).toEqual(['legal_aid.migrant_worker_recovered', 'sub_category']);
  expect(claim(text, 298, COUNTY)).toEqual(['legal_aid.cases', 'region']);
});

it('a task line is read only up to its bound: a long paragraph before a line of bodies is no task', () => {
  const long = '全县各级各部门认真落实法律援助工作各项要求,'.repeat(16);
  const text = `全年办理法律援助案件550件,${long}取得良好成效。\n责任单位:法律援助中心\n`;
  expect(figure(text, 550, { year: 2015, region: '410184' }).metric).toBe('legal_aid.cases');
  // Within the bound it is a task.
  expect(
    figure('全年办理法律援助案件550件。\n责任单位:法律援助中心\n', 550, { year: 2015, region: '410184' })
      .metric,
  ).not.toBe('legal_aid.cases');
});

it('the courts’ every-instance total split into its first instance keeps its own metric', () => {
  const text =
    '2022年,全省法院新收各类行政诉讼案件38,061件,同比增长3.8%;审结38,369件。其中,新收一审行政案件17,378件。';
  expect(claim(text, 38061, { year: 2022, region: '320000' })).toEqual([
    'litigation.all_instance_cases',
    'region',
  ]);
  expect(claim(text, 17378, { year: 2022, region: '320000' })).toEqual(['litigation.cases', 'region']);
});
