import type { Kysely, KyselyPlugin } from 'kysely';

/**
 * `db` with every statement it runs counted (BEGIN and COMMIT are not statements here). Counted as
 * results come back, since a statement compiled once (compiledOnce in platform/db.ts) skips
 * transformQuery. Shared by the reports' round-trip test and the submissions bench.
 */
export function countStatements<DB>(db: Kysely<DB>) {
  let statements = 0;
  const counter: KyselyPlugin = {
    transformQuery: ({ node }) => node,
    transformResult: async ({ result }) => {
      statements++;
      return result;
    },
  };
  return {
    db: db.withPlugin(counter),
    /** The statements run since the last call. */
    take() {
      const counted = statements;
      statements = 0;
      return counted;
    },
  };
}
