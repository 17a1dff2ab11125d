// Survivors of the mutation run over this session's new lines (`npm run test:mutation -- --mutate "<ranges of git diff
// c824aae>"`), each killed by sentences written for it; each expectation worked out by hand.
import { readReport } from '../../../src/ingest/readReport.ts';
import { figure } from './helpers.ts';

const Y = { year: 2022 };

describe('a 一审 part splits the total of the sentence before only when 其中 opens its sentence', () => {
  it('without 其中, a first-instance count in the next sentence leaves the total alone', () => {
    const text = '2022年,全市法院共受理行政诉讼案件5,120件。全市一审行政案件3,860件。';
    expect(figure(text, 5120, Y).metric).toBe('litigation.cases');
  });

  it('a total in the paragraph before is out of reach', () => {
    const text = '2022年,全市法院共受理行政诉讼案件5,120件。\n全年审结4,980件。其中一审案件3,860件。';
    expect(figure(text, 5120, Y).metric).toBe('litigation.cases');
  });

  it('a change after the total is passed over: the total it changes is the one split', () => {
    const text = '2022年,全市法院共受理行政诉讼案件5,120件,较上年增加200件。其中一审案件3,860件。';
    expect(figure(text, 5120, Y).metric).toBeNull();
    expect(figure(text, 3860, Y).metric).toBe('litigation.cases');
  });
});

describe('short names count as names only when listed with 、', () => {
  const PROVINCE = {
    year: 2022,
    region: '370000',
    names: { own: ['山东省', '山东'], lower: [{ name: '济南市', short: '济南' }, { name: '临沂市', short: '临沂' }] },
  };
  it('two short names on the page, not listed together, name nothing', () => {
    const text = '2022年,济南经验在全国推广。临沂受理行政一审案件3,595件。';
    expect(figure(text, 3595, PROVINCE).scope).toBe('region');
  });
});

describe('a text file exactly at 8 MiB is decoded (only one over it is refused unread)', () => {
  it('8 MiB of bytes no encoding reads are refused as undecodable, not as too large', async () => {
    const atBound = new Uint8Array(8 * 1024 * 1024).map((_, i) => (i % 2 === 0 ? 0x80 : 0xff));
    expect(await readReport(atBound, { name: 'odd.txt' })).toMatchObject({ ok: false, problem: 'encoding' });
  });
});
