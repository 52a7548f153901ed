import type { EntityManager } from 'typeorm';

/**
 * Recomputes a client's folded search text (name, legal name, email, tax id with and without punctuation, contact names and emails) in SQL,
 * inside the caller's transaction. `cf_fold` lower-cases and strips accents; the column is trigram-indexed.
 */
export async function refreshClientSearchText(manager: EntityManager, clientId: string): Promise<void> {
  await manager.query(
    `UPDATE client c SET "searchText" = cf_fold(concat_ws(' ', c.name, c."legalName", c.email, c."taxId",
       regexp_replace(c."taxId", '[^[:alnum:]]', '', 'g'),
       (SELECT string_agg(concat_ws(' ', ct.name, ct.email), ' ') FROM contact ct WHERE ct."clientId" = c.id)))
     WHERE c.id = $1`,
    [clientId],
  );
}
