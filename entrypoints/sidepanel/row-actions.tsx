/**
 * The story's secondary actions (refresh, copy…) behind one compact "⋯" button: a disclosure
 * (aria-expanded), closed by Escape or a click elsewhere. A primary action such as Follow belongs
 * beside it in the lead, not inside it.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function RowActions({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      root.current?.querySelector<HTMLButtonElement>('.menu-button')?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  return (
    <div className="row-actions" ref={root}>
      <button type="button" className="menu-button" aria-label={label} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">⋯</span>
      </button>
      <div className="menu" id={id} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
