// A 其中 that opens its sentence breaks down the total that closed the sentence before (…862件。其中一审615件): a total
// split into instances, or into new and carried-over cases, is then no count of the metric and its 一审 or 新收 part is,
// as when the 其中 stands in the same sentence. A sentence that does not open with 其中 leaves the total before alone.
// A part that names no verb of its own counts what its total counts: under a concluded total (审结, 办结, 结案) a 一审
// part is concluded too, never the year's intake. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2023, region: '330100' };

describe('a total split into instances in the next sentence', () => {
  it.each([
    ['全市共有行政诉讼案件862件。其中一审案件615件,二审案件247件。', 862, 615],
    ['全市行政机关共收到行政诉讼案件862件。其中,一审615件。', 862, 615],
    ['全区行政应诉案件共计340件;其中一审案件298件。', 340, 298],
  ] as const)('%s', (text, total, firstInstance) => {
    expect(claim(text, total, Y)[0]).toBeNull();
    expect(claim(text, firstInstance, Y)).toEqual(['litigation.cases', 'region']);
  });

  it.each([
    // The next sentence goes on with its own subject: the total is the year's count.
    ['全市共有行政诉讼案件862件。一审案件中行政机关败诉41件。', 862],
    ['全市共有行政诉讼案件862件。全年行政机关负责人出庭应诉700件。', 862],
  ] as const)('no 其中 opening the next sentence: %s', (text, total) => {
    expect(claim(text, total, Y)).toEqual(['litigation.cases', 'region']);
  });
});

describe('a total split into new and carried-over cases in the next sentence', () => {
  it('全年共有行政复议案件1,410件。其中新收1,320件,上年结转90件。', () => {
    const text = '全年共有行政复议案件1,410件。其中新收1,320件,上年结转90件。';
    expect(claim(text, 1410, Y)[0]).toBeNull();
    expect(claim(text, 1320, Y)).toEqual(['review.cases', 'region']);
  });
});

describe('a part under a concluded total counts concluded cases', () => {
  it.each([
    ['全市法院审结行政诉讼案件900件,其中一审615件,二审285件。', 615],
    ['全市共办结行政诉讼案件900件,其中一审案件615件。', 615],
    ['全省法院行政案件结案1,200件,其中一审行政诉讼案件980件。', 980],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[0]).toBeNull();
  });

  it.each([
    // A total received, or a part that names its own intake verb, keeps the intake count.
    ['全市法院受理行政诉讼案件900件,其中一审615件。', 615, 'litigation.cases'],
    ['全市共办结行政诉讼案件900件,其中一审收案615件。', 615, 'litigation.cases'],
    ['全市共审结行政复议案件900件,其中受理的行政复议案件850件。', 850, 'review.accepted'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});
