/**
 * The sources in one line ("18 reports from 5 outlets"), which opens the per-source status:
 * diagnostics belong one click away, not between the headline and the story.
 */
import { useState } from 'react';
import { clockTime } from '@/components/format';
import type { SourceStatus } from '@/utils/core/types';

export function statusText(s: SourceStatus): string {
  switch (s.state) {
    case 'ok':
      return `${s.label}: ${s.found} found`;
    case 'empty':
      return `${s.label}: nothing found`;
    case 'skipped':
      return `${s.label}: off`;
    case 'waiting':
      return `${s.label}: still waiting`;
    case 'rate-limited':
      return `${s.label}: rate-limited${s.retryAt ? `, retrying at ${clockTime(s.retryAt)}` : ''}`;
    default:
      return `${s.label}: failed${s.message ? ` (${s.message})` : ''}${s.retryAt ? `, trying again at ${clockTime(s.retryAt)}` : ''}`;
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function reportsLine(reports: number, outlets: number): string {
  return `${plural(reports, 'report', 'reports')} from ${plural(outlets, 'outlet', 'outlets')}`;
}

export function SourceStatusLine({
  status,
  reports,
  outlets,
  working,
  onListAll,
}: {
  status: SourceStatus[];
  reports: number;
  outlets: number;
  working: boolean;
  onListAll?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const waiting = status.filter((s) => s.state === 'waiting').map((s) => s.label);
  const troubled = status.filter((s) => s.state === 'failed' || s.state === 'rate-limited').length;
  return (
    <>
      <button type="button" className="status-line" aria-expanded={open} aria-controls="source-status" onClick={() => setOpen(!open)} data-testid="reports">
        <span>{working && reports <= 1 ? 'Looking for coverage' : reportsLine(reports, outlets)}</span>
        {troubled > 0 && <span className="status-warn"> · {plural(troubled, 'source failed', 'sources failed')}</span>}
        <span className="chevron" aria-hidden="true" />
      </button>
      {waiting.length > 0 && (
        <p className="stage" role="status" data-testid="still-waiting">
          Still waiting for {waiting.join(', ')}; its answer is added when it comes.
        </p>
      )}
      <div className="status-details" id="source-status" hidden={!open}>
        <ul className="chips" aria-label="Sources asked">
          {status.map((s) => (
            <li key={s.id} className={`chip chip-${s.state}`}>
              {statusText(s)}
            </li>
          ))}
        </ul>
        {onListAll && (
          <button type="button" className="link-button" onClick={onListAll}>
            List every report
          </button>
        )}
      </div>
    </>
  );
}
