import { logger } from '../../../platform/logger/logger';

export interface CandidateRunCounts {
  /** Candidates fetched. */
  seen: number;
  /** Candidates whose handler did something (returned true). */
  done: number;
  /** Candidates whose handler threw; they stay candidates for the next run. */
  failed: number;
}

/**
 * Walks a job's candidates in keyset pages by id (`fetch(after)` returns the next page, ordered by id) and handles
 * each one on its own, so one bad invoice is logged and retried on the next run instead of stopping this one.
 */
export async function forEachCandidate<R extends { id: string }>(
  fetch: (after: string) => Promise<R[]>,
  handle: (row: R) => Promise<boolean>,
  failure: string,
): Promise<CandidateRunCounts> {
  const counts: CandidateRunCounts = { seen: 0, done: 0, failed: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await fetch(after);
    if (!rows.length) return counts;
    counts.seen += rows.length;
    for (const row of rows) {
      try {
        if (await handle(row)) counts.done++;
      } catch (err) {
        counts.failed++;
        logger.error({ err, invoiceId: row.id }, failure);
      }
    }
    after = rows[rows.length - 1].id;
  }
}
