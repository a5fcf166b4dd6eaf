"""Where a page ends among a document's blocks: the table at a page's foot and the one that opens the next
page, the pair that readers of rows and headers cut by a page look at."""

from __future__ import annotations

from parsers.model import Paragraph, Table


def page_of(block) -> int | None:
    return block.page if isinstance(block, Paragraph) else block.page_start


def last_on_page(blocks: list, k: int) -> bool:
    return k + 1 == len(blocks) or page_of(blocks[k + 1]) != blocks[k].page_end


def tables_across_pages(blocks: list):
    """(table at a page's foot, the table that opens the next page) for each such pair, in order: where a page
    may have cut a header or a row in two. The lists may change under the caller (rows moved between them)."""
    for k, block in enumerate(blocks):
        if not isinstance(block, Table) or not block.rows or not last_on_page(blocks, k):
            continue
        nxt = first_on_next_page(blocks, k)
        if nxt is not None:
            yield block, nxt


def first_on_next_page(blocks: list, k: int) -> Table | None:
    """The table right after block k when it opens the next page, else None."""
    if k + 1 >= len(blocks):
        return None
    following = blocks[k + 1]
    if not isinstance(following, Table) or not following.rows or following.page_start != blocks[k].page_end + 1:
        return None
    return following
