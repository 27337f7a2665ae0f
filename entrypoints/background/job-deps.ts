/** What every story job started by the background is given: settings, corrections, pacing, AI. */
import { loadApiKey } from '@/utils/brief/engines/keys';
import { correctionsItem } from '@/utils/story/corrections-store';
import { getSettings } from '@/utils/settings';
import { sessionHealthStore } from '@/utils/sources/health-store';
import type { JobDeps } from '@/utils/story/job';
import { jobLanguageModel } from './language-model';

export async function jobDeps(): Promise<Omit<JobDeps, 'db'>> {
  return {
    settings: await getSettings(),
    corrections: await correctionsItem.getValue(),
    health: sessionHealthStore,
    loadApiKey,
    languageModel: jobLanguageModel,
    fetch: (...a) => fetch(...a),
  };
}
