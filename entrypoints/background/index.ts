import { defineBackground } from 'wxt/utils/define-background';
import { registerStoryService } from './service';
import { keepActionClickForUs } from './panel';
import { setupContextMenu, setupToolbar } from './triggers';
import { setupFeedPolling } from './feed-polling';
import { setupTabFollowing } from './tab-following';
import { setupAutoExplain } from './auto-explain';
import { setupLanguageModelHosts } from './language-model';
import { resumeUnfinished } from './resume';

export default defineBackground(() => {
  keepActionClickForUs();
  setupToolbar();
  setupContextMenu();
  setupFeedPolling();
  setupTabFollowing();
  setupAutoExplain();
  registerStoryService();
  setupLanguageModelHosts();
  void resumeUnfinished();
});
