/** Reading a linked page in Node (tests, CLI), on linkedom's DOM. Never imported by the extension. */
import { parseHTML } from 'linkedom';
import type { ParseLinkedPage } from './parse';
import { articleFromDocument } from './dom';

export const parseLinkedPageWithLinkedom: ParseLinkedPage = async (html, url) =>
  articleFromDocument(parseHTML(html).document as unknown as Document, url);
