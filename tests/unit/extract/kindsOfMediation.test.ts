// Kinds of mediation that are not people's, read from set 19 (county pages that count every channel), tested with
// sentences written for them:
// - 其中,人民调解受理1,800件 broken out of a total of every kind shows that total — its counts and its rate — to be of all
//   kinds: none of them is people's mediation's, while the broken-out figures are;
// - 行政调解受理795件,调处673件: a clause of a bare verb goes on with the kind of mediation named before it;
// - 司法调解 (the courts') is not people's mediation.
import { claim, figure } from './helpers.ts';

describe('a total of every kind, with people’s mediation broken out', () => {
  it('in the sentence after: the total’s counts and rate claim nothing, people’s mediation is the region’s', () => {
    const text =
      '今年以来,全县共排查各类矛盾纠纷3,120件,化解3,050件,化解率97.8%。其中,人民调解受理1,800件,调解成功1,760件。';
    expect(figure(text, 3050).metric).toBeNull();
    expect(figure(text, 97.8).metric).toBeNull();
    expect(claim(text, 1800)).toEqual(['mediation.cases', 'region']);
    expect(claim(text, 1760)).toEqual(['mediation.resolved', 'region']);
  });

  it('in the same sentence', () => {
    const text = '全市各类调解组织共调解矛盾纠纷5.6万件,调解成功5.4万件,其中人民调解4.5万件。';
    expect(figure(text, 54000).metric).toBeNull();
    expect(claim(text, 45000)).toEqual(['mediation.cases', 'region']);
  });

  it('a kind of dispute or one kind of committee broken out leaves the total people’s mediation’s', () => {
    for (const part of ['其中婚姻家庭纠纷800件。', '其中村(居)人民调解委员会调解800件。']) {
      const text = `全县共调解矛盾纠纷3,120件,调解成功3,050件。${part}`;
      expect(claim(text, 3050)).toEqual(['mediation.resolved', 'region']);
      expect(claim(text, 800)[1]).toBe('sub_category');
    }
  });
});

describe('administrative and judicial mediation', () => {
  it('a bare verb goes on with administrative mediation', () => {
    expect(figure('2023年,全县行政调解受理纠纷795件,调处673件。', 673).metric).toBeNull();
    expect(claim('2023年,全县调解矛盾纠纷795件,调处成功673件。', 673)).toEqual([
      'mediation.resolved',
      'region',
    ]);
  });

  it('judicial mediation is not people’s', () => {
    const text = '2023年,全县司法调解受理956件,人民调解受理2,345件。';
    expect(figure(text, 956).metric).toBeNull();
    expect(claim(text, 2345)).toEqual(['mediation.cases', 'region']);
    expect(claim('全县推进人民调解、行政调解、司法调解衔接联动,全年共调解矛盾纠纷5,000件。', 5000)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});
