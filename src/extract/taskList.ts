// A task list (工作要点, 任务分解, lists of 民生实事) names each task's figure, then on the next line the bodies that answer
// for it (责任单位:法律援助中心, 牵头单位:…, 完成时限:…): such a figure is a task set, never work done.
const ANSWERED_FOR =
  /^\n[\s]*(?:责任单位|牵头单位|责任部门|牵头部门|配合单位|责任领导|完成时限|完成时间)[:：]/;
// The task's line is read at most this far on for its end (a task is a sentence or two).
const MAX_LINE = 300;

/** Is the figure ending at `end` on a line that the next line answers for with its bodies or its deadline? */
export function taskSetOnLine(text: string, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || lineEnd - end > MAX_LINE) return false;
  return ANSWERED_FOR.test(text.slice(lineEnd, lineEnd + 40));
}
