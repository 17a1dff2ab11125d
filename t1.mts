import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { analyse, detect } from 'chardet';
const gbk = new Uint8Array([0xb7,0xa8,0xd6,0xce,0xd5,0xfe,0xb8,0xae,0xc4,0xea,0xb1,0xa8]);
console.log(detect(gbk), analyse(gbk).slice(0,3));
for (const depth of [1000, 10000, 100000]) {
  const html = '<html><body><nav>首页 新闻</nav><article><p>全年受理行政复议案件1234件。</p></article>' + '<div>'.repeat(depth) + 'x' + '</div>'.repeat(depth) + '</body></html>';
  const t = performance.now();
  try {
    const { document } = parseHTML(html);
    const art = new Readability(document as any).parse();
    console.log(depth, (art?.textContent ?? '').slice(0, 50), performance.now() - t);
  } catch (e) { console.log(depth, 'ERR', String(e).slice(0, 100), performance.now() - t); }
}
