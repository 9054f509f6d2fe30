/**
 * Previous/next over a connection. The operations page forward only (`first`/`after`), so going back pops
 * a stack of the cursors that opened each page (the first page's cursor is null).
 */
export function Pager({
  cursors,
  setCursors,
  pageInfo,
}: {
  cursors: readonly (string | null)[];
  setCursors: (next: (string | null)[]) => void;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}) {
  return (
    <div className="pager">
      <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
        Previous page
      </button>
      <button
        type="button"
        disabled={!pageInfo.hasNextPage}
        onClick={() => setCursors([...cursors, pageInfo.endCursor ?? null])}
      >
        Next page
      </button>
    </div>
  );
}
