// Games list controller: loads a page over REST, applies live `game_listed` items from the lobby,
// and reloads the page each time the lobby join is acknowledged (the first join and every re-join
// after a reconnect): changes made before the join, or while offline, came as no event. Views read
// `state`.
import { reactive } from 'vue';
import { api } from '../http';
import type { GameListItem } from '../protocol';
import type { Connection } from '../socket/connection';
import { applyItem, type ListFilter, withPage } from './list';

export type { ListFilter } from './list';

export class GamesCtrl {
  readonly state = reactive({
    filter: 'mine' as ListFilter,
    items: [] as GameListItem[],
    nextCursor: null as string | null,
    loading: false,
    error: null as string | null,
    /** The lobby is joined: the list follows every change by itself. */
    live: false,
  });
  private offs: (() => void)[] = [];
  /** Live items received while a page load is in flight; applied on top of the page. */
  private liveSinceLoad: GameListItem[] = [];
  private loadSeq = 0;

  constructor(private readonly conn: Connection) {}

  async start(filter: ListFilter): Promise<void> {
    this.offs.push(
      this.conn.onStatusChange((s) => {
        if (s !== 'online') this.state.live = false;
      }),
    );
    const first = this.setFilter(filter);
    this.offs.push(
      this.conn.joinLobby(
        (item) => this.onListed(item),
        () => {
          this.state.live = true;
          void this.setFilter(this.state.filter);
        },
      ),
    );
    await first;
  }

  stop(): void {
    for (const off of this.offs.splice(0)) off();
  }

  async setFilter(filter: ListFilter): Promise<void> {
    const seq = ++this.loadSeq;
    this.state.filter = filter;
    this.state.loading = true;
    this.state.error = null;
    this.liveSinceLoad = [];
    try {
      const page = await api.games(this.query(filter));
      if (seq !== this.loadSeq) return; // A newer filter or reload won.
      this.state.items = withPage(page.games, this.liveSinceLoad, filter);
      this.state.nextCursor = page.next_cursor;
    } catch (e) {
      if (seq === this.loadSeq) this.state.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (seq === this.loadSeq) {
        this.state.loading = false;
        this.liveSinceLoad = [];
      }
    }
  }

  async more(): Promise<void> {
    if (!this.state.nextCursor) return;
    const filter = this.state.filter;
    const page = await api.games({ ...this.query(filter), cursor: this.state.nextCursor });
    if (filter !== this.state.filter) return;
    let items = this.state.items;
    for (const g of page.games) items = applyItem(items, g, filter);
    this.state.items = items;
    this.state.nextCursor = page.next_cursor;
  }

  private query(filter: ListFilter) {
    if (filter === 'mine') return { mine: true };
    if (filter === 'active' || filter === 'completed') return { status: filter };
    return {};
  }

  private onListed(item: GameListItem): void {
    if (this.state.loading) this.liveSinceLoad.push(item);
    this.state.items = applyItem(this.state.items, item, this.state.filter);
  }
}
