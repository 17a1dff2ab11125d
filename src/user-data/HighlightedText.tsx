import { memo } from 'react';

interface Span {
  start: number;
  end: number;
  id: string;
  active: boolean;
}

/** The report text with each candidate's evidence marked where it stands. */
export const HighlightedText = memo(function HighlightedText({ text, spans }: { text: string; spans: Span[] }) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of sorted) {
    // Evidence overlapping the one before (…1234件 and …1234件,调解成功率98.5%) marks what it adds, where its figure stands;
    // one wholly inside the one before has no mark of its own.
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    parts.push(text.slice(at, start));
    parts.push(
      <mark key={s.id} id={s.id} className={s.active ? 'active' : undefined}>
        {text.slice(start, s.end)}
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
