// A task list (工作要点, 任务分解, lists of 民生实事) names each task's figure, then on the next line the bodies that answer
// for it (责任单位:法律援助中心, 牵头单位:…, 完成时限:…): such a figure is a task set, never work done.
const ANSWERED_FOR =
  /^\n[\s]*(?:责任单位|牵头单位|责任部门|牵头部门|配合单位|责任领导|完成时限|完成时间)[:：]/;
// The task's line is read at most this far on for its end (a task is a sentence or two).
const MAX_LINE = 300;
// What of the next line is read for its bodies or deadline.
const NEXT_LINE_READ = 40;

/** Is the figure ending at `end` on a line that the next line answers for with its bodies or its deadline? */
export function taskSetOnLine(text: string, end: number): boolean {
  // Only a bounded window after the figure is searched: a text of one long line costs no scan to its end per figure.
  const window = text.slice(end, end + MAX_LINE + NEXT_LINE_READ + 1);
  const lineEnd = window.indexOf('\n');
  if (lineEnd < 0 || lineEnd > MAX_LINE) return false;
  return ANSWERED_FOR.test(window.slice(lineEnd, lineEnd + NEXT_LINE_READ));
}
