/**
 * The reader's choices for followed stories, kept apart from the settings (one item, its own
 * version): a system notification when one has news (the `notifications` permission is optional,
 * asked for when this is turned on), and whether GDELT and Google News may be asked about followed
 * stories at each poll (off by default: the feeds are polled anyway and asking them sends nothing).
 */
import { storage } from 'wxt/utils/storage';

export interface FollowPrefs {
  notify: boolean;
  askSearch: boolean;
}

export const followPrefsItem = storage.defineItem<FollowPrefs>('local:followPrefs', {
  fallback: { notify: false, askSearch: false },
  version: 1,
});
