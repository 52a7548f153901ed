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
