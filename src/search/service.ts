import type { Actor } from '../auth/service.ts';
import type { Db } from '../platform/db.ts';
import * as queries from './queries.ts';
import type { Highlighted, SearchPage, SearchQuery } from './schema.ts';
import { visibilityOf } from './visibility.ts';

/** ts_headline's marked text as pieces: `a \uE000b\uE001 c` → a, **b**, c. */
export function splitHighlights(text: string): Highlighted {
  const pieces: Highlighted = [];
  const pattern = new RegExp(`${queries.MATCH_START}([^${queries.MATCH_END}]*)${queries.MATCH_END}`, 'g');
  let at = 0;
  for (const found of text.matchAll(pattern)) {
    if (found.index > at) pieces.push({ text: text.slice(at, found.index), match: false });
    pieces.push({ text: found[1]!, match: true });
    at = found.index + found[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}

/**
 * Full-text search over everything the actor may read. Who reads what is applied in the SQL, so the
 * total and every page count only readable hits. A word found more than a thousand times is ranked
 * among its newest hits and counted as "more than 1,000" (decision 014).
 */
export async function search(db: Db, actor: Actor, query: SearchQuery): Promise<SearchPage> {
  const { q, limit, offset, ...rest } = query;
  const options = { filter: { text: q, ...rest }, visibility: visibilityOf(actor), actorId: actor.id };
  const { rows, total } = await queries.searchPage(db, { ...options, limit, offset });
  const counted = total ?? (offset > 0 ? await queries.countHits(db, options) : 0);
  return {
    total: Math.min(counted, queries.HIT_COUNT_CAP),
    isTotalCapped: counted > queries.HIT_COUNT_CAP,
    items: rows.map((row) => ({
      kind: row.kind,
      part: row.part,
      id: row.id,
      title: splitHighlights(row.title),
      snippet: splitHighlights(row.snippet),
      date: row.date,
      forumId: row.forumId,
      forumName: row.forumName,
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      roundId: row.roundId,
      roundTitle: row.roundTitle,
      meetingId: row.meetingId,
      meetingTitle: row.meetingTitle,
      agendaItemId: row.agendaItemId,
      itemNumber: row.itemNumber,
    })),
  };
}
