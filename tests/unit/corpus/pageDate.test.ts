import { describe, expect, it } from 'vitest';
import { pageDate, publicationOf } from '../../../scripts/corpus/buildSource.ts';

describe('pageDate', () => {
  it('reads the date a page header gives', () => {
    expect(pageDate('标题\n时间:2025-11-06 文章来源:河南省司法厅')).toBe('2025-11-06');
    expect(pageDate('标题\n日期:2018年10月30日 来源:')).toBe('2018-10-30');
    expect(pageDate('標題\n時間:2024-06-13來源 : 中國網')).toBe('2024-06-13');
    expect(pageDate('亳州晚报 2020-03-20 10:10 大字')).toBe('2020-03-20');
    expect(pageDate('《西藏法制报》  2025年06月13日  书写')).toBe('2025-06-13');
  });

  it('takes no body date and no impossible date', () => {
    expect(pageDate('2022年4月26日,王某在县城一工地务工')).toBeNull();
    expect(pageDate('时间:2023-02-30')).toBeNull();
    expect(pageDate('今年以来调解纠纷300件')).toBeNull();
  });
});

describe('publicationOf', () => {
  it('calls a *.gov.cn page the issuer’s own', () => {
    expect(publicationOf('https://sfj.sh.gov.cn/a.html')).toEqual({ mirror: false });
  });

  it('names a news outlet and marks its big5 gateway and aggregators as copies', () => {
    expect(publicationOf('http://xinhuanet.com/politics/a.htm')).toEqual({
      publisher: { zh: '新华网', en: 'Xinhuanet' },
      mirror: false,
    });
    expect(publicationOf('http://big5.news.cn/gate/big5/a.htm').mirror).toBe(true);
    expect(publicationOf('https://www.163.com/dy/article/a.html')).toEqual({
      publisher: { zh: '网易', en: 'NetEase' },
      mirror: true,
    });
  });

  it('treats any other host as a mirror and names it by its host', () => {
    expect(publicationOf('https://alkalih2o.com/info/2741/1.htm')).toEqual({
      publisher: { zh: 'alkalih2o.com', en: 'alkalih2o.com' },
      mirror: true,
    });
  });
});
