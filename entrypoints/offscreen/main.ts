/** Chrome's offscreen document: reads linked pages for the service worker (utils/story/linked/parse.ts). */
import { serveLinkedPageParsing } from '@/utils/story/linked/dom';

serveLinkedPageParsing();
