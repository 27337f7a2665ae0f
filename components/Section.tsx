import type { ReactNode } from 'react';

/**
 * A section of the page. With `onToggle` its heading is a disclosure button (aria-expanded) and the
 * body stays in the DOM when closed (`hidden`), so find-in-page, copies and tests still see its words;
 * `hint` says in one line what a closed section holds ("4 themes").
 */
export function Section({
  id,
  title,
  children,
  open = true,
  onToggle,
  hint,
}: {
  id: string;
  title: string;
  children: ReactNode;
  open?: boolean;
  onToggle?: () => void;
  hint?: ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={`h-${id}`} data-section={id} data-open={open ? '' : undefined}>
      <h2 id={`h-${id}`} className="section-title">
        {onToggle ? (
          <button type="button" className="section-toggle" aria-expanded={open} aria-controls={`b-${id}`} onClick={onToggle}>
            <span className="section-name">{title}</span>
            <span className="chevron" aria-hidden="true" />
          </button>
        ) : (
          title
        )}
      </h2>
      {!open && hint && <p className="section-hint">{hint}</p>}
      <div className="section-body" id={`b-${id}`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}

export function Skeleton({ lines = 3, label }: { lines?: number; label: string }) {
  return (
    <div className="skeleton" role="status" aria-label={label}>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton-line" style={{ width: `${92 - i * 11}%` }} />
      ))}
    </div>
  );
}
