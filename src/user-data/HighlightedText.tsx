import { memo } from 'react';

interface Span {
  start: number;
  end: number;
  id: string;
  active: boolean;
}

/** The report text with each candidate's evidence marked where it stands. */
export const HighlightedText = memo(function HighlightedText({ text, spans }: { text: string; spans: Span[] }) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue; // overlapping evidence: the first one keeps the mark
    parts.push(text.slice(at, s.start));
    parts.push(
      <mark key={s.id} id={s.id} className={s.active ? 'active' : undefined}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  parts.push(text.slice(at));
  return (
    <pre className="report-text" lang="zh-CN" tabIndex={0}>
      {parts}
    </pre>
  );
});
