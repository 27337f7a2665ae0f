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

export function SourceChips({ status }: { status: SourceStatus[] }) {
  if (!status.length) return null;
  const waiting = status.filter((s) => s.state === 'waiting').map((s) => s.label);
  return (
    <>
      {waiting.length > 0 && (
        <p className="stage" role="status" data-testid="still-waiting">
          Still waiting for {waiting.join(', ')}; its answer is added when it comes.
        </p>
      )}
    <ul className="chips" aria-label="Sources asked">
      {status.map((s) => (
        <li key={s.id} className={`chip chip-${s.state}`}>
          {statusText(s)}
        </li>
      ))}
    </ul>
    </>
  );
}
