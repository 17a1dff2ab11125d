// The text of a parsed element, one line per block (paragraph, heading, list item, table row), walked with an
// explicit stack so no nesting depth can overflow the call stack. Only text is taken: no markup leaves here.
const BLOCKS = new Set(['P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'HEADER', 'FOOTER', 'DD', 'DT']);
const CELLS = new Set(['TD', 'TH']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export const blockText = (root: DomNode): string => {
  const parts: string[] = [];
  const stack: Array<DomNode | 'end-block' | 'end-cell'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end-block') parts.push('\n');
    else if (node === 'end-cell') parts.push(' ');
    else if (node.nodeType === 3) parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
    else if (node.nodeType === 1 && !SKIPPED.has(node.nodeName)) {
      if (BLOCKS.has(node.nodeName)) {
        parts.push('\n');
        stack.push('end-block');
      } else if (CELLS.has(node.nodeName)) stack.push('end-cell');
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    }
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
};
