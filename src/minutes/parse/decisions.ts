import type { Line } from '../text/lines.ts';

const DECIDED = /^(.{0,150}?)\b(?:beslutade|beslutar|beslöt|beslutades)\b(?: därefter| enligt följande| följande)?\s*:?\s*(.*)$/i;
const ATT_CLAUSE = /^att\s/i;

export interface DecisionBlock {
  decisions: string[];
  /** Lines used by the decision ("X beslutade" and its att-clauses). */
  lines: number[];
}

/** A wrapped clause continues on lines that neither start a new "att" nor look like a new sentence. */
function continuesClause(text: string): boolean {
  return text !== '' && !ATT_CLAUSE.test(text) && /^\p{Ll}/u.test(text);
}

/** "X beslutade" followed by "att …" clauses, which are the decisions as written. */
export function readDecisions(lines: readonly Line[], indexes: readonly number[]): DecisionBlock {
  const out: DecisionBlock = { decisions: [], lines: [] };
  for (let k = 0; k < indexes.length; k++) {
    const m = DECIDED.exec(lines[indexes[k]!]!.text);
    if (!m || /\b(?:förslag|yrka|föreslå)/i.test(m[1]!)) continue;
    const used = [indexes[k]!];
    const clauses: string[] = [];
    if (ATT_CLAUSE.test(m[2]!)) clauses.push(m[2]!);
    let j = k + 1;
    for (; j < indexes.length; j++) {
      const text = lines[indexes[j]!]!.text;
      if (text === '') continue;
      if (ATT_CLAUSE.test(text)) clauses.push(text);
      else if (clauses.length > 0 && continuesClause(text)) clauses[clauses.length - 1] += ` ${text}`;
      else break;
      used.push(indexes[j]!);
    }
    if (clauses.length === 0) continue;
    out.decisions.push(...clauses);
    out.lines.push(...used);
    k = j - 1;
  }
  return out;
}

const ADJUSTER = /\batt utse\s+(.{3,120}?)\s+(?:till|som|att)\s+juster/i;

export function adjusterFromDecision(decision: string): string | null {
  const m = ADJUSTER.exec(decision);
  return m ? m[1]!.replace(/\([^()]*\)/g, '').trim() : null;
}
