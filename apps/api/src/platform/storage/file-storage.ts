import type { Readable } from 'node:stream';

/**
 * Where file bytes live. Keys are opaque ids chosen by the API (never user file names), `/`-separated like
 * object-store keys, so an S3-compatible bucket can implement the same interface (PutObject / GetObject /
 * DeleteObject / HeadObject).
 */
export interface FileStorage {
  put(key: string, data: Buffer | Readable, meta?: { contentType?: string }): Promise<void>;
  /** A stream of the bytes; rejects with FileNotFoundError when the key does not exist. */
  get(key: string): Promise<Readable>;
  /** Idempotent: deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export class FileNotFoundError extends Error {
  constructor(key: string) {
    super(`No stored file for key ${key}`);
    this.name = 'FileNotFoundError';
  }
}

const KEY = /^[A-Za-z0-9_-]{1,100}(\/[A-Za-z0-9_-]{1,100}){0,5}$/;

export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
}

export const STORAGE_UNAVAILABLE = 'STORAGE_UNAVAILABLE';

/**
 * Writing to the storage failed (a broken write, a full disk, a permission or network error): nothing was saved.
 * REST answers 503 STORAGE_UNAVAILABLE with this message (http-errors.ts); the cause is logged, never shown.
 */
export class StorageWriteError extends Error {
  readonly code = STORAGE_UNAVAILABLE;
  constructor(
    readonly field: string | null,
    override readonly cause: unknown,
  ) {
    super('The file could not be stored, so nothing was saved. Please try again in a moment.');
    this.name = 'StorageWriteError';
  }
}

/** `storage.put`, with any failure as a StorageWriteError naming the input (`files`, `file`). */
export async function putOrFail(
  storage: FileStorage,
  field: string,
  ...args: Parameters<FileStorage['put']>
): Promise<void> {
  try {
    await storage.put(...args);
  } catch (err) {
    throw err instanceof StorageWriteError ? err : new StorageWriteError(field, err);
  }
}
