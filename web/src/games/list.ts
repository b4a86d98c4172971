// The games list as a pure reducer: REST pages and live `game_listed` items (protocol.md §1.2, §2)
// go through the same functions, so the order and the filter are the same whichever came first.
import type { GameListItem } from '../protocol';

export type ListFilter = 'mine' | 'active' | 'completed' | 'all';

export function matchesFilter(item: GameListItem, filter: ListFilter): boolean {
  switch (filter) {
    case 'mine':
      return item.my_side !== null;
    case 'active':
      return item.status === 'active';
    case 'completed':
      return item.status === 'completed';
    default:
      return true;
  }
}

/** Milliseconds of an RFC 3339 time; fractional digits may vary, so strings do not compare. */
function when(item: GameListItem): number {
  const t = Date.parse(item.updated_at);
  return Number.isNaN(t) ? 0 : t;
}

/** Newest first, by `updated_at`, then id for a stable order. */
export function sortItems(items: GameListItem[]): GameListItem[] {
  return [...items].sort((a, b) => when(b) - when(a) || a.game_id.localeCompare(b.game_id));
}

/**
 * Applies one item (a live `game_listed` or a row of a page) to the shown list: an item older than
 * the one shown is ignored (a page fetched before a live update may land after it); an item the
 * filter no longer admits leaves the list (a game that ends leaves "Active"); otherwise it replaces
 * its old row or is inserted, and the list is re-sorted newest first.
 */
export function applyItem(items: GameListItem[], item: GameListItem, filter: ListFilter): GameListItem[] {
  const old = items.find((i) => i.game_id === item.game_id);
  if (old && when(old) > when(item)) return items;
  const rest = items.filter((i) => i.game_id !== item.game_id);
  if (!matchesFilter(item, filter)) return old ? rest : items;
  return sortItems([...rest, item]);
}

/**
 * A freshly loaded page, with the live items that arrived while it was loading applied on top
 * (each newer than the page's row for it, or absent from the page).
 */
export function withPage(page: GameListItem[], liveSince: GameListItem[], filter: ListFilter): GameListItem[] {
  let items = sortItems(page.filter((i) => matchesFilter(i, filter)));
  for (const item of liveSince) items = applyItem(items, item, filter);
  return items;
}
