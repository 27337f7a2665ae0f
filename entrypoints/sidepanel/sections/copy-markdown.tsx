import { useState } from 'react';
import { storyToMarkdown } from '@/components/story-markdown';
import type { StoryBrief } from '@/utils/brief/schema';

export function CopyMarkdown({ brief }: { brief: StoryBrief }) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () =>
    navigator.clipboard.writeText(storyToMarkdown(brief)).then(
      () => setDone('copied'),
      () => setDone('failed'),
    );
  return (
    <button type="button" className="menu-item" onClick={() => void copy()} aria-live="polite">
      {done === 'copied' ? 'Copied' : done === 'failed' ? 'Copy failed' : 'Copy as Markdown'}
    </button>
  );
}
