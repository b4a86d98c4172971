// Game screen controller: holds the server-confirmed state and what the views derive from it, and
// turns the manager's intents into socket actions. Applying an event twice changes nothing.
import { reactive } from 'vue';
import { api, HttpError, type LineupBody } from '../http';
import type {
  BoxScore,
  DefensiveDecision,
  FieldPos,
  GameState,
  LineupData,
  Me,
  Move,
  MutatingEvent,
  MutatingEvents,
  OffensiveDecision,
  Play,
  Roll,
  ServerEvents,
  Side,
  StateEvent,
  UserRef,
} from '../protocol';
import { isAtBatRoll } from '../protocol';
import { moveText } from '../rules/subs';
import { Refused, type Connection, type GameChannel } from '../socket/connection';

export interface FeedNote {
  /** Sorts notes among plays: the play number they came after. */
  afterPlay: number;
  /** The half-inning it belongs to: `top-3`. */
  half: string;
  key: string;
  text: string;
  kind: 'ai' | 'sub' | 'info';
}

export type Tab = 'plays' | 'box' | 'lineups';

/** How long an AI's beat (its decision, or a play in a game with an AI seat) stays on screen alone. */
export const AI_PACE_MS = 900;
/** More events than this waiting (an AI vs AI game racing ahead): show them all at once. */
const MAX_BEHIND = 6;

type Queued = { event: StateEvent; payload: ServerEvents[StateEvent] };

/** Whether an event is an AI's move that a human should get to read before the next one lands. */
export function isAiBeat(event: StateEvent, payload: ServerEvents[StateEvent]): boolean {
  const state = (payload as { state: GameState }).state;
  if (event === 'decision_submitted') return state[(payload as ServerEvents['decision_submitted']).side].is_ai;
  if (event === 'play_resolved') return state.home.is_ai || state.away.is_ai;
  return false;
}

/** Adds a play to a list sorted by `play_no`, replacing one with the same number. */
export function upsertPlay(plays: Play[], play: Play): Play[] {
  const rest = plays.filter((p) => p.play_no !== play.play_no);
  rest.push(play);
  return rest.sort((a, b) => a.play_no - b.play_no);
}

/** The side `me` manages in this game, or null for a spectator. */
export function sideOf(state: GameState | null, me: Me | null): Side | null {
  if (!state || !me) return null;
  if (state.home.manager?.id === me.id) return 'home';
  if (state.away.manager?.id === me.id) return 'away';
  return null;
}

/** A seat nobody has taken yet. */
export function isOpenSeat(state: GameState, side: Side): boolean {
  return state[side].manager === null && !state[side].is_ai;
}

/** The at-bat roll to show: the pending one, else the newest of the last play. */
export function rollToShow(state: GameState | null, lastRolled: Roll | null): Roll | null {
  if (state?.pending_roll) return state.pending_roll;
  if (lastRolled) return lastRolled;
  const rolls = state?.last_play?.rolls ?? [];
  return rolls.find((r) => isAtBatRoll(r)) ?? rolls[0] ?? null;
}

/** "NYY (AI)" for the side an AI reason most likely belongs to (the only AI seat, else `batting`). */
export function aiLabel(state: GameState, batting: Side): string {
  const side = state.home.is_ai && !state.away.is_ai ? 'home' : state.away.is_ai && !state.home.is_ai ? 'away' : batting;
  return `${state[side].abbrev} (AI)`;
}

/** The words a refused action shows: the server's message, with a hint for a stale one. */
export function refusalText(e: unknown): string {
  if (e instanceof Refused && e.code === 'stale_version') {
    return `The game moved on before your action arrived (${e.message}); the screen now shows the current state.`;
  }
  return e instanceof Error ? e.message : String(e);
}

export class GameCtrl {
  readonly state = reactive({
    game: null as GameState | null,
    plays: [] as Play[],
    notes: [] as FeedNote[],
    /** AI explanations that came with a play, by play number. */
    playReasons: {} as Record<number, string>,
    lastRoll: null as Roll | null,
    /** Bumped on every new roll so the dice animate. */
    rollSeq: 0,
    lineups: { home: null, away: null } as Record<Side, LineupData | null>,
    lineupSubmitted: { home: false, away: false } as Record<Side, boolean>,
    boxScore: null as BoxScore | null,
    viewers: [] as { user: UserRef; role: string }[],
    /** The newest AI explanation, shown by the action panel until the next play. */
    aiReason: null as string | null,
    /** Events are waiting behind an AI beat: the screen is not yet current, so actions wait. */
    catchingUp: false,
    tab: 'plays' as Tab,
    busy: false,
    error: null as string | null,
    notFound: false,
  });
  private channel: GameChannel | null = null;
  private boxTimer: ReturnType<typeof setTimeout> | null = null;
  private noteSeq = 0;
  private readonly queue: Queued[] = [];
  private paceTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly conn: Connection,
    readonly gameId: string,
    private readonly me: Me | null,
  ) {}

  get mySide(): Side | null {
    return sideOf(this.state.game, this.me);
  }

  start(): void {
    this.channel = this.conn.joinGame(this.gameId, {
      onEvent: (event, payload) => this.enqueue(event, payload),
      onOther: (event, payload) => this.other(event, payload),
    });
    // The REST read makes a missing game visible even if the socket is slow.
    api.game(this.gameId).then(
      // Through the channel, so the version the next action is stamped with is the one shown.
      (g) => this.channel?.receive('game_state', { game_id: this.gameId, state: g }),
      (e: unknown) => {
        if (e instanceof HttpError && e.status === 404) this.state.notFound = true;
      },
    );
  }

  stop(): void {
    this.channel?.leave();
    this.channel = null;
    if (this.boxTimer) clearTimeout(this.boxTimer);
    if (this.paceTimer) clearTimeout(this.paceTimer);
    this.paceTimer = null;
    this.queue.length = 0;
  }

  // ---- intents ----

  submitDefense(decision: DefensiveDecision): Promise<void> {
    return this.act('submit_defensive_decision', { game_id: this.gameId, decision });
  }

  submitOffense(decision: OffensiveDecision): Promise<void> {
    return this.act('submit_offensive_decision', { game_id: this.gameId, decision });
  }

  roll(): Promise<void> {
    const bunt = this.state.game?.offensive_decision;
    const type = bunt && 'action' in bunt && (bunt.action === 'sac_bunt' || bunt.action === 'squeeze_bunt') ? 'bunt' : 'ab';
    return this.act('roll_dice', { game_id: this.gameId, roll_type: type });
  }

  submitOutcome(rollId: string, outcome: string, location: FieldPos | null, error?: number): Promise<void> {
    return this.act('submit_manual_outcome', {
      game_id: this.gameId,
      roll_id: rollId,
      outcome,
      ...(location ? { hit_location: location } : {}),
      ...(error === undefined ? {} : { error }),
    });
  }

  runnerDecision(send: boolean): Promise<void> {
    return this.act('submit_runner_decision', { game_id: this.gameId, send });
  }

  pinchHitter(entering: number, exiting: number): Promise<void> {
    return this.act('request_pinch_hitter', { game_id: this.gameId, entering_player_id: entering, exiting_player_id: exiting });
  }

  pinchRunner(entering: number, exiting: number): Promise<void> {
    return this.act('request_pinch_runner', { game_id: this.gameId, entering_player_id: entering, exiting_player_id: exiting });
  }

  defensiveMoves(moves: Move[]): Promise<void> {
    return this.act('request_defensive_replacement', { game_id: this.gameId, moves });
  }

  pitchingChange(entering: number): Promise<void> {
    return this.act('request_pitching_change', { game_id: this.gameId, entering_player_id: entering });
  }

  async claim(side: Side): Promise<void> {
    await this.http(() => api.claim(this.gameId, side));
  }

  async setLineup(side: Side, body: LineupBody): Promise<boolean> {
    const ok = await this.http(() => api.setLineup(this.gameId, side, body));
    if (ok) this.state.lineupSubmitted[side] = true;
    return ok;
  }

  async loadLineups(): Promise<void> {
    const sides: Side[] = ['away', 'home'];
    await Promise.all(
      sides.map(async (side) => {
        try {
          this.state.lineups[side] = await this.conn.getLineup(this.gameId, side);
        } catch {
          // Before a lineup is in, there is nothing to show.
        }
      }),
    );
  }

  async loadBoxScore(): Promise<void> {
    try {
      const box = await api.boxScore(this.gameId);
      // Before both lineups are in the server sends only the line score: nothing to show yet.
      this.state.boxScore = box.batting && box.pitching && box.totals ? box : null;
    } catch {
      // Shown as "no plays yet".
    }
  }

  setTab(tab: Tab): void {
    this.state.tab = tab;
    if (tab === 'lineups') void this.loadLineups();
    if (tab === 'box') void this.loadBoxScore();
  }

  dismissError(): void {
    this.state.error = null;
  }

  // ---- server events ----

  /**
   * Shows events in order; after an AI's beat the next event waits AI_PACE_MS, so an auto game
   * against the AI reads as a sequence (its call and reason, then the play) instead of a jump.
   */
  private enqueue<E extends StateEvent>(event: E, payload: ServerEvents[E]): void {
    this.queue.push({ event, payload });
    this.pump();
  }

  private pump(): void {
    const flush = this.queue.length > MAX_BEHIND;
    while (this.queue.length > 0 && (this.paceTimer === null || flush)) {
      const next = this.queue.shift() as Queued;
      this.apply(next.event, next.payload);
      if (!flush && isAiBeat(next.event, next.payload)) {
        this.paceTimer = setTimeout(() => {
          this.paceTimer = null;
          this.pump();
        }, AI_PACE_MS);
      }
    }
    this.state.catchingUp = this.queue.length > 0;
  }

  private apply<E extends StateEvent>(event: E, payload: ServerEvents[E]): void {
    const state = (payload as { state: GameState }).state;
    const before = this.state.game;
    this.setGame(state);
    switch (event) {
      case 'game_state':
        void this.catchUpPlays();
        if (before === null || before.phase !== state.phase || state.phase === 'awaiting_lineups') void this.loadLineups();
        // The game starting (lineups in) gives the box score its batting orders.
        if (before !== null && before.status !== state.status) this.scheduleBoxScore();
        break;
      case 'decision_submitted': {
        const p = payload as ServerEvents['decision_submitted'];
        if (p.reason) {
          this.state.aiReason = `${state[p.side].abbrev} (AI) ${p.kind}: ${p.reason}`;
          this.note('ai', this.state.aiReason);
        }
        break;
      }
      case 'dice_rolled': {
        const p = payload as ServerEvents['dice_rolled'];
        this.state.lastRoll = p.roll;
        this.state.rollSeq += 1;
        break;
      }
      case 'play_resolved': {
        const p = payload as ServerEvents['play_resolved'];
        this.state.plays = upsertPlay(this.state.plays, p.play);
        this.state.aiReason = p.reason ? `${aiLabel(state, p.play.half === 'top' ? 'away' : 'home')}: ${p.reason}` : null;
        // Shown inside the play's own entry, so it never lands under the next half-inning.
        if (this.state.aiReason) this.state.playReasons = { ...this.state.playReasons, [p.play.play_no]: this.state.aiReason };
        this.scheduleBoxScore();
        break;
      }
      case 'player_substituted': {
        const p = payload as ServerEvents['player_substituted'];
        // Names from the lineup as it stood before the change (the reload below replaces it).
        this.note('sub', `${state[p.side].abbrev}: ${p.moves.map((m) => moveText(m, this.state.lineups[p.side])).join('; ')}`);
        void this.loadLineups();
        break;
      }
      case 'game_over': {
        const p = payload as ServerEvents['game_over'];
        this.note('info', `Final: ${state.away.abbrev} ${p.final.away}, ${state.home.abbrev} ${p.final.home}`);
        this.scheduleBoxScore();
        break;
      }
    }
  }

  private other<E extends keyof ServerEvents>(event: E, payload: ServerEvents[E]): void {
    if (event === 'user_joined') {
      const p = payload as ServerEvents['user_joined'];
      this.state.viewers = [...this.state.viewers.filter((v) => v.user.id !== p.user.id), { user: p.user, role: p.role }];
    } else if (event === 'user_left') {
      const p = payload as ServerEvents['user_left'];
      this.state.viewers = this.state.viewers.filter((v) => v.user.id !== p.user.id);
    } else if (event === 'lineup_data') {
      const p = payload as ServerEvents['lineup_data'];
      this.state.lineups[p.side] = p;
    } else if (event === 'box_score_data') {
      this.state.boxScore = (payload as ServerEvents['box_score_data']).box_score;
    }
  }

  private setGame(g: GameState): void {
    this.state.game = g;
    for (const side of ['home', 'away'] as const) {
      if (g[side].lineup_set) this.state.lineupSubmitted[side] = true;
    }
  }

  private async catchUpPlays(): Promise<void> {
    const last = this.state.plays.at(-1)?.play_no;
    try {
      const res = await api.plays(this.gameId, last);
      let plays = this.state.plays;
      for (const p of res.plays) plays = upsertPlay(plays, p);
      this.state.plays = plays;
      if (res.plays.length > 0 || this.state.boxScore === null) this.scheduleBoxScore();
    } catch {
      // The feed fills in on the next event.
    }
  }

  private scheduleBoxScore(): void {
    if (this.boxTimer) clearTimeout(this.boxTimer);
    this.boxTimer = setTimeout(() => void this.loadBoxScore(), 150);
  }

  private note(kind: FeedNote['kind'], text: string): void {
    this.noteSeq += 1;
    const afterPlay = this.state.plays.at(-1)?.play_no ?? 0;
    const g = this.state.game;
    const half = g ? `${g.half}-${g.inning}` : 'top-1';
    this.state.notes = [...this.state.notes.slice(-49), { afterPlay, half, key: `n${this.noteSeq}`, text, kind }];
  }

  private async act<E extends MutatingEvent>(event: E, payload: MutatingEvents[E]): Promise<void> {
    if (!this.channel) return;
    this.state.busy = true;
    this.state.error = null;
    try {
      await this.channel.send(event, payload);
    } catch (e) {
      this.state.error = refusalText(e);
    } finally {
      this.state.busy = false;
    }
  }

  private async http(fn: () => Promise<unknown>): Promise<boolean> {
    this.state.busy = true;
    this.state.error = null;
    try {
      await fn();
      return true;
    } catch (e) {
      this.state.error = e instanceof Error ? e.message : String(e);
      return false;
    } finally {
      this.state.busy = false;
    }
  }
}
