/**
 * Private windows: a story explained there is kept only in memory (an in-memory IndexedDB, gone
 * when the worker stops) and shown through session storage, which is never written to disk.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type ParallaxDB } from './db';

let memory: ParallaxDB | null = null;

export function privateDb(): ParallaxDB {
  memory ??= openDatabase('parallax-private', { indexedDB: new IDBFactory(), IDBKeyRange });
  return memory;
}
