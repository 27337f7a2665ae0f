/** Chrome's offscreen document: reads linked pages for the service worker (utils/linked-page.ts). */
import { serveLinkedPageParsing } from '@/utils/linked-page-dom';

serveLinkedPageParsing();
