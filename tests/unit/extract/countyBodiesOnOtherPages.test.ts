// A county's own bodies named where another subject stands near: the county's legal-aid centre named by the county's own
// name or by 该县 on a page about one township or committee, and the agencies in court after a clause about the county
// government as review body. Pages written for this test.
import { figure } from './helpers.ts';

describe('a county’s own legal-aid centre on a page about one station is the county’s', () => {
  it.each([
    [
      '沙河驿镇法律援助工作站为农民工讨回“血汗钱”\n今年以来,该工作站共受理法律援助申请38件。\n据了解,今年以来,迁安市法律援助中心共办理法律援助案件857件。',
      857,
      { year: 2020, region: '130283', names: { own: ['迁安市', '迁安'], lower: [] } },
    ],
    [
      '感德镇人民调解委员会以茶说和\n感德镇人民调解委员会去年调处纠纷407件。该县法律援助中心全年办理法律援助案件1,035件。',
      1035,
      { year: 2018, region: '350524' },
    ],
  ])('%s', (text, value, options) => {
    expect(figure(text, value, options)).toMatchObject({ metric: 'legal_aid.cases', scope: 'region' });
  });
  it('near miss: the station’s own count stays its part', () => {
    const text =
      '沙河驿镇法律援助工作站为农民工讨回“血汗钱”\n今年以来,该工作站共办理法律援助案件38件。\n据了解,今年以来,迁安市法律援助中心共办理法律援助案件857件。';
    const options = { year: 2020, region: '130283', names: { own: ['迁安市', '迁安'], lower: [] } };
    expect(figure(text, 38, options).scope).toBe('sub_category');
  });
});

describe('the agencies in court after a clause about the county government', () => {
  it('县人民政府作为…复议机关,…,行政机关负责人出庭应诉率…', () => {
    const text =
      '县人民政府作为全县唯一的行政复议机关,全年办理行政复议案件38件,行政机关负责人出庭应诉率保持100%。';
    expect(figure(text, 100, { year: 2022, region: '150923' })).toMatchObject({
      metric: 'litigation.head_appearance_rate',
      scope: 'region',
    });
  });
  it('near miss: the government’s own heads in court are its own', () => {
    const text = '市政府负责人出庭应诉率100%。';
    expect(figure(text, 100, { year: 2022, region: '150900' }).scope).toBe('government_own');
  });
});
