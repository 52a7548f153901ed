/** Escapes LIKE/ILIKE wildcards a user typed, so `50%` matches the text "50%" (Postgres' default escape is `\`). */
export const escapeLike = (term: string) => term.replace(/[\\%_]/g, (m) => `\\${m}`);
