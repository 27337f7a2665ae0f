import { Cited } from '@/components/Cited';
import type { StoryBrief } from '@/utils/brief/schema';

/** Questions a reader would ask, each answered from the sources (native disclosure: keyboard and screen readers for free). */
export function Questions({ brief }: { brief: StoryBrief }) {
  return (
    <div className="questions">
      {brief.questions.map((q, i) => (
        <details key={i} open={i === 0}>
          <summary>{q.question}</summary>
          <Cited paragraph={q.answer} sources={brief.sources} />
        </details>
      ))}
    </div>
  );
}
