/** Every news source Parallax can ask, in one list. */
import { feedIndexSource } from '../feed-index/source';
import { gdeltSource } from './gdelt';
import { googleNewsSource } from './google-news';
import type { NewsSource } from './types';

export const NEWS_SOURCES: readonly NewsSource[] = [feedIndexSource, gdeltSource, googleNewsSource];
