import { Cited } from '@/components/Cited';
import type { StoryBrief } from '@/utils/brief/schema';

export function Behind({ brief }: { brief: StoryBrief }) {
  return (
    <>
      {brief.behind.map((t) => (
        <div key={t.heading} className="theme">
          <h3>{t.heading}</h3>
          <Cited paragraph={t.paragraph} sources={brief.sources} />
        </div>
      ))}
    </>
  );
}
