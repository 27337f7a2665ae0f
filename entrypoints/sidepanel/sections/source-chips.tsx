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
    case 'rate-limited':
      return `${s.label}: rate-limited${s.retryAt ? `, retrying at ${clockTime(s.retryAt)}` : ''}`;
    default:
      return `${s.label}: failed${s.message ? ` (${s.message})` : ''}${s.retryAt ? `, trying again at ${clockTime(s.retryAt)}` : ''}`;
  }
}

export function SourceChips({ status }: { status: SourceStatus[] }) {
  if (!status.length) return null;
  return (
    <ul className="chips" aria-label="Sources asked">
      {status.map((s) => (
        <li key={s.id} className={`chip chip-${s.state}`}>
          {statusText(s)}
        </li>
      ))}
    </ul>
  );
}
