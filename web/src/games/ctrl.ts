// Games list: loads a page, merges live `game_listed` items, filters. Views only read `state`.
import { reactive } from 'vue';
import { api } from '../http';
import type { GameListItem } from '../protocol';
import type { Connection } from '../socket/connection';

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

/** Newest first, by `updated_at`, then id for a stable order. */
export function sortItems(items: GameListItem[]): GameListItem[] {
  return [...items].sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : a.game_id.localeCompare(b.game_id)));
}

/** Merges one live item into a list (replace by id or insert), keeping the order. */
export function mergeItem(items: GameListItem[], item: GameListItem): GameListItem[] {
  const rest = items.filter((i) => i.game_id !== item.game_id);
  return sortItems([...rest, item]);
}

export class GamesCtrl {
  readonly state = reactive({
    filter: 'mine' as ListFilter,
    items: [] as GameListItem[],
    nextCursor: null as string | null,
    loading: false,
    error: null as string | null,
  });
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly conn: Connection) {}

  async start(filter: ListFilter): Promise<void> {
    this.unsubscribe = this.conn.joinLobby((item) => this.onListed(item));
    await this.setFilter(filter);
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  visible(): GameListItem[] {
    return this.state.items.filter((i) => matchesFilter(i, this.state.filter));
  }

  async setFilter(filter: ListFilter): Promise<void> {
    this.state.filter = filter;
    this.state.loading = true;
    this.state.error = null;
    try {
      const page = await api.games(this.query(filter));
      this.state.items = sortItems(page.games);
      this.state.nextCursor = page.next_cursor;
    } catch (e) {
      this.state.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.state.loading = false;
    }
  }

  async more(): Promise<void> {
    if (!this.state.nextCursor) return;
    const page = await api.games({ ...this.query(this.state.filter), cursor: this.state.nextCursor });
    let items = this.state.items;
    for (const g of page.games) items = mergeItem(items, g);
    this.state.items = items;
    this.state.nextCursor = page.next_cursor;
  }

  private query(filter: ListFilter) {
    if (filter === 'mine') return { mine: true };
    if (filter === 'active' || filter === 'completed') return { status: filter };
    return {};
  }

  private onListed(item: GameListItem): void {
    this.state.items = mergeItem(this.state.items, item);
  }
}
