import type { Highlighted } from '@server/search/schema.ts';

/**
 * Text with the matched words marked. The server sends pieces, never markup, and React writes each
 * as text, so nothing a record holds can become HTML.
 */
export function HighlightedText({ pieces }: { pieces: Highlighted }) {
  return <>{pieces.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : piece.text))}</>;
}
