import type { en } from './dictionaries/en.dictionary';

export type MessageKey = keyof typeof en;
/** Every locale must define every key; TypeScript enforces it and a test double-checks. */
export type Dictionary = Record<MessageKey, string>;
