// The counting basis a count's clause names, nearest the figure: 收到申请 received, 受理 accepted,
// 办理 handled, 审结 concluded, 以调解和解方式结案 mediated. Reports give several side by side, and they
// are different counts of the same cases.
import type { Topic } from './topics.ts';
import type { Basis, Unit } from './types.ts';

const MEDIATED = /(?:调解|和解|调撤)[^,]{0,10}?(?:结案|终止|化解|成功|撤回|方式)|成功(?:调解|和解)|调撤/;
/** 受理 as a verb; 受理点, 受理窗口 name a place where applications are taken, no counting word. */
export const ACCEPTS = '受理(?!点|窗口|中心|站|室)';

const BASES: ReadonlyArray<[RegExp, Basis]> = [
  [/审结|办结|结案|作出.{0,4}决定/g, 'concluded'],
  [/新收|收到|收案|收办|接收|新增/g, 'received'],
  [new RegExp(`${ACCEPTS}|受案|立案`, 'g'), 'accepted'],
  [/办理|承办|处理|审查|指派/g, 'handled'],
];
const COUNTED: ReadonlySet<Topic> = new Set(['review', 'litigation', 'legal_aid']);

export function basisOf(local: string, topic: Topic | null, unit: Unit): Basis | undefined {
  if (unit !== 'count' || topic === null || !COUNTED.has(topic)) return undefined;
  if (MEDIATED.test(local)) return 'mediated';
  let best: { at: number; basis: Basis } | undefined;
  for (const [re, basis] of BASES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(local)) !== null) {
      const at = m.index + m[0].length;
      if (best === undefined || at > best.at) best = { at, basis };
    }
  }
  return best?.basis;
}
