/** One page of a Relay connection, as every list of the API answers it. */
export interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { node: Node }[];
}

/**
 * Every node of a list, page after page (`after` = the previous page's `endCursor`), fetched as the
 * loop asks for them: `for await (const product of partner.all.products()) …`. Stop the loop early
 * and no further page is requested.
 */
export async function* paginate<Node>(
  fetchPage: (after: string | undefined) => Promise<Connection<Node>>,
): AsyncGenerator<Node, void, undefined> {
  let after: string | undefined;
  for (;;) {
    const page = await fetchPage(after);
    for (const edge of page.edges) yield edge.node;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}
