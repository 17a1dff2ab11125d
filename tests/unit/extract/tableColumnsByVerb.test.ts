// A table flattened into lines of numbers under a header (调解纠纷 调解成功 成功率) is read as clauses; a column named by its
// verb alone (调解成功, 审结) counts cases though its numbers carry no 件. Pages written for this test.
import { figure, figures } from './helpers.ts';

const DISTRICT = { year: 2016, region: '140702' };

describe('a table column named by its verb counts cases', () => {
  const text =
    '2016年全区人民调解情况通报\n现将各乡镇(街道)调解情况通报如下:\n乡镇(街道) 调解纠纷 调解成功 成功率\n北关街道 236 233 98.7%\n锦纶街道 187 185 98.9%\n全区合计 1,204 1,180 98.0%\n';
  it('the total row gives the region’s cases, resolved and rate', () => {
    expect(figure(text, 1204, DISTRICT)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
    expect(figure(text, 1180, DISTRICT)).toMatchObject({ metric: 'mediation.resolved', scope: 'region' });
    expect(figure(text, 98, DISTRICT)).toMatchObject({ metric: 'mediation.success_rate', scope: 'region' });
  });
  it('a township’s row is its part', () => {
    expect(figure(text, 233, DISTRICT).scope).toBe('sub_category');
  });
  it('near miss: a bare number after a verb that ends no clause is no count', () => {
    expect(figures('全区年内审结2015年结转的复议案件。', DISTRICT).filter((c) => c.value === 2015)).toEqual(
      [],
    );
  });
});
