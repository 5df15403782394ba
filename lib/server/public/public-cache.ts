import "server-only";

/**
 * What the public routes have rendered, by report id and version: a
 * published page is the same bytes until the report is saved or published
 * again, and every change bumps the version, so an entry is never stale
 * (a retracted report is not found before the cache is asked). Bounded,
 * dropping the least recently used; kept on globalThis because each route
 * is a module of its own in the server build.
 */
const LIMIT = 100;

class KeyedCache<V> {
  private readonly entries = new Map<string, V>();
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): V {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= LIMIT) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}

/** A download: the PDF or the DOCX of a published report. */
export interface PublicFile {
  bytes: Uint8Array;
  fileName: string;
}

interface PublicCaches {
  pages: KeyedCache<string>;
  pdfs: KeyedCache<PublicFile>;
  docxs: KeyedCache<PublicFile>;
}

const STORE = Symbol.for("fazhi.public-cache");
const holder = globalThis as typeof globalThis & { [STORE]?: PublicCaches };

export function publicCaches(): PublicCaches {
  holder[STORE] ??= { pages: new KeyedCache(), pdfs: new KeyedCache(), docxs: new KeyedCache() };
  return holder[STORE];
}

export const cacheKey = (ref: { id: string; version: number }) => `${ref.id}@${ref.version}`;
