// Text with the search hits marked. The pieces are React text, never HTML: whatever an article holds
// (angle brackets, entities, script) is shown as written.
import type { Highlighted as Pieces } from '../../contract/schemas/library';

export function Highlighted({ pieces }: { pieces: Pieces }) {
  return (
    <>
      {pieces.map((piece, index) => (piece.hit ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
    </>
  );
}
