// Wire types of protocol.md (v1): what the server sends and what the client may emit.
// They mirror crates/protocol; optional fields are ones the spec allows to be absent.

export type Side = 'home' | 'away';
export type Half = 'top' | 'bottom';
export type Mode = 'manual' | 'auto';
export type GameStatus = 'pending' | 'active' | 'completed';
export type Base = 1 | 2 | 3;
export type StealTarget = 2 | 3 | 4;

export type Phase =
  | 'awaiting_lineups'
  | 'awaiting_defensive'
  | 'awaiting_offensive'
  | 'awaiting_roll'
  | 'awaiting_outcome'
  | 'awaiting_runner_decision'
  | 'game_over';

export type FieldPos = 'P' | 'C' | '1B' | '2B' | '3B' | 'SS' | 'LF' | 'CF' | 'RF';
export type LineupPos = FieldPos | 'DH' | 'PH' | 'PR';

export const FIELD_POSITIONS: readonly FieldPos[] = ['P', 'C', '1B', '2B', '3B', 'SS', 'LF', 'CF', 'RF'];

export type ResultCode =
  | 'STRIKEOUT'
  | 'WALK'
  | 'INTENTIONAL_WALK'
  | 'HIT_BY_PITCH'
  | 'SINGLE_1'
  | 'SINGLE_2'
  | 'SINGLE_UNCAPPED'
  | 'DOUBLE_2'
  | 'DOUBLE_3'
  | 'DOUBLE_UNCAPPED'
  | 'TRIPLE'
  | 'HOMERUN'
  | 'GROUNDBALL_A'
  | 'GROUNDBALL_B'
  | 'GROUNDBALL_C'
  | 'FLYOUT_A'
  | 'FLYOUT_B'
  | 'FLYOUT_BQ'
  | 'FLYOUT_C'
  | 'LINEOUT'
  | 'POPOUT'
  | 'FOULOUT'
  | 'BP_HOMERUN'
  | 'BP_SINGLE'
  | 'X_CHECK';

export interface UserRef {
  id: string;
  name: string;
  avatar_url?: string | null;
}

export interface Me {
  id: string;
  name: string;
  avatar_url: string | null;
  teams: { league_id: string; team_id: number }[];
}

export interface Runner {
  player_id: number;
  name: string;
  position: LineupPos | string;
}

export interface BatterRef extends Runner {
  bats: 'L' | 'R' | 'S' | null;
}

export interface PitcherRef extends Runner {
  throws: 'L' | 'R' | null;
  fatigued: boolean;
}

export interface Bases {
  first: Runner | null;
  second: Runner | null;
  third: Runner | null;
}

export interface DefensiveDecision {
  infield_depth: 'normal' | 'infield_in' | 'corners_in';
  outfield_depth?: 'normal' | 'shallow';
  hold_runners?: Base[];
  intentional_walk?: boolean;
}

export type OffensiveAction = 'swing_away' | 'steal' | 'hit_and_run' | 'sac_bunt' | 'squeeze_bunt';

export interface OffensiveDecision {
  action: OffensiveAction;
  steal_attempts?: StealTarget[];
}

export interface Hidden {
  hidden: true;
}

export interface AtBatRoll {
  roll_id: string;
  roll_type: 'ab';
  rolled_by: string;
  d6_column: number;
  d6_a: number;
  d6_b: number;
  row: number;
  d20: number;
  card: 'batter' | 'pitcher';
  check: null | 'wild_pitch' | 'passed_ball';
  check_d20: number | null;
  answer_by?: Side;
}

export interface OtherRoll {
  roll_id: string;
  roll_type: 'bunt' | 'extra_base' | 'ballpark' | 'location' | 'fielding' | 'steal' | 'speed' | 'passed_ball';
  rolled_by: string;
  dice: { d20?: number; d3d6?: number; d100?: number; jump_2d6?: number };
  answer_by?: Side;
  runner_base?: number;
}

export type Roll = AtBatRoll | OtherRoll;

export interface TeamSide {
  team_id: number;
  name: string;
  abbrev: string;
  color: string;
  dice_color: string;
  manager: UserRef | null;
  is_ai: boolean;
  connected: boolean;
  /** Not in protocol.md v1; used when the server sends it (decision 081). */
  lineup_set?: boolean;
}

export interface RunnerMove {
  player_id: number;
  from: 0 | 1 | 2 | 3;
  to: 1 | 2 | 3 | 4 | 'out';
}

export interface PlaySnapshot {
  outs: number;
  bases: Bases | Record<string, unknown>;
  score: { home: number; away: number };
}

export interface Play {
  play_no: number;
  inning: number;
  half: Half;
  batter_id: number;
  pitcher_id: number;
  outcome: string;
  hit_location: FieldPos | null;
  description: string;
  rolls: Roll[];
  runner_moves: RunnerMove[];
  outs_recorded: number;
  runs_scored: number;
  rbi: number;
  earned_runs: number;
  error_on: FieldPos | null;
  state_before: PlaySnapshot;
  state_after: PlaySnapshot;
}

export interface PendingRunnerDecision {
  runner: Runner;
  from: number;
  to: number;
  safe_if_d20_at_most: number | null;
}

export interface GameState {
  game_id: string;
  league_id: string;
  mode: Mode;
  status: GameStatus;
  version: number;
  inning: number;
  half: Half;
  outs: number;
  home_score: number;
  away_score: number;
  bases: Bases;
  batter: BatterRef | null;
  pitcher: PitcherRef | null;
  catcher: Runner | null;
  batting_side: Side;
  fielding_side: Side;
  phase: Phase;
  waiting_for: Side | 'either' | null;
  pending_runner_decision: PendingRunnerDecision | null;
  defensive_decision: DefensiveDecision | null;
  offensive_decision: OffensiveDecision | Hidden | null;
  pending_roll: Roll | null;
  line_score: { home: number[]; away: number[] };
  hits: { home: number; away: number };
  errors: { home: number; away: number };
  last_play: Play | null;
  home: TeamSide;
  away: TeamSide;
}

export interface GameListTeam {
  team_id: number;
  abbrev: string;
  lname: string;
  color: string;
  score: number;
}

export interface GameListItem {
  game_id: string;
  league_id: string;
  status: GameStatus;
  mode: Mode;
  phase: Phase;
  waiting_for: Side | 'either' | null;
  home: GameListTeam;
  away: GameListTeam;
  inning: number;
  half: Half;
  inning_label: string;
  updated_at: string;
  my_side: Side | null;
  /** Not in protocol.md v1 (decision 081): seat owners, when the server adds them. */
  seats?: { home: 'human' | 'open' | 'ai'; away: 'human' | 'open' | 'ai' };
}

export interface League {
  id: string;
  name: string;
}

export interface Team {
  id: number;
  abbrev: string;
  sname: string;
  lname: string;
  color: string;
  dice_color: string;
  manager_ids: string[];
}

export interface FieldingRating {
  pos: FieldPos;
  range: number | null;
  error: number | null;
  arm?: number | null;
  pb?: number | null;
}

export interface Player {
  id: number;
  name: string;
  team_id: number;
  bats: 'L' | 'R' | 'S' | null;
  throws: 'L' | 'R' | null;
  active: boolean;
  positions: FieldingRating[];
  running: { speed: number } | null;
  bunting: string | null;
  hit_and_run: string | null;
  pitching?: {
    endurance: { starter: number | null; relief: number | null; closer: number | null };
  } | null;
  status?: 'in_game' | 'available' | 'removed';
}

export interface LineupSlot {
  batting_slot: number;
  player: Player;
  position: LineupPos;
  entered_play_no: number | null;
}

export interface LineupData {
  game_id: string;
  side: Side;
  lineup: LineupSlot[];
  pitcher: Player | null;
  bench: Player[];
  bullpen: Player[];
}

export interface BatterLine {
  player_id: number;
  name: string;
  position: string;
  AB: number;
  R: number;
  H: number;
  '2B': number;
  '3B': number;
  HR: number;
  RBI: number;
  BB: number;
  K: number;
  HBP: number;
  SB: number;
  CS: number;
  SH: number;
  SF: number;
  GIDP: number;
  LOB: number;
}

export interface PitcherLine {
  player_id: number;
  name: string;
  outs: number;
  IP: string;
  BF: number;
  H: number;
  R: number;
  ER: number;
  BB: number;
  K: number;
  HR: number;
  WP: number;
  decisions: string[];
}

export interface BoxScore {
  game_id: string;
  line_score: { home: number[]; away: number[] };
  totals: Record<Side, { R: number; H: number; E: number; LOB: number }>;
  batting: Record<Side, BatterLine[]>;
  pitching: Record<Side, PitcherLine[]>;
  decisions: {
    win: number | null;
    loss: number | null;
    save: number | null;
    holds: number[];
    blown_saves: number[];
  };
}

export interface Move {
  player_id: number;
  position: LineupPos;
  replaces_player_id?: number;
  batting_slot?: number;
}

export interface ServerError {
  code: string;
  message: string;
}

export type Ack = { ok: true; version?: number } | { ok: false; error: ServerError; version?: number };

// ---- client → server ----

/** Fields every mutating event may carry (protocol.md §1, Retries). */
export interface Stamp {
  action_id?: string;
  expected_version?: number;
}

export interface MutatingEvents {
  submit_defensive_decision: { game_id: string; decision: DefensiveDecision };
  submit_offensive_decision: { game_id: string; decision: OffensiveDecision };
  roll_dice: { game_id: string; roll_type: 'ab' | 'bunt' };
  submit_manual_outcome: {
    game_id: string;
    roll_id: string;
    outcome: string;
    hit_location?: FieldPos;
    error?: number;
  };
  submit_runner_decision: { game_id: string; send: boolean };
  request_pinch_hitter: { game_id: string; entering_player_id: number; exiting_player_id: number };
  request_pinch_runner: { game_id: string; entering_player_id: number; exiting_player_id: number };
  request_defensive_replacement: { game_id: string; moves: Move[] };
  request_pitching_change: { game_id: string; entering_player_id: number };
}

export interface QueryEvents {
  join_game: { game_id: string };
  leave_game: { game_id: string };
  join_lobby: Record<string, never>;
  leave_lobby: Record<string, never>;
  get_lineup: { game_id: string; side: Side };
  get_box_score: { game_id: string };
}

export type MutatingEvent = keyof MutatingEvents;
export type QueryEvent = keyof QueryEvents;

// ---- server → client ----

export interface ServerEvents {
  game_state: { game_id: string; state: GameState };
  user_joined: { game_id: string; user: UserRef; role: Side | 'spectator' };
  user_left: { game_id: string; user: UserRef; role: Side | 'spectator' };
  decision_submitted: {
    game_id: string;
    side: Side;
    kind: 'defensive' | 'offensive';
    reason: string | null;
    state: GameState;
  };
  dice_rolled: { game_id: string; roll: Roll; state: GameState };
  play_resolved: { game_id: string; play: Play; reason: string | null; state: GameState };
  player_substituted: { game_id: string; side: Side; moves: Move[]; state: GameState };
  game_over: { game_id: string; final: { home: number; away: number }; winner: Side; state: GameState };
  game_listed: { item: GameListItem };
  lineup_data: LineupData;
  box_score_data: { game_id: string; box_score: BoxScore };
  error: { code: string; message: string; event?: string };
}

export type ServerEvent = keyof ServerEvents;

/** Server events that carry the state after a change (the ones a version applies to). */
export const STATE_EVENTS = [
  'game_state',
  'decision_submitted',
  'dice_rolled',
  'play_resolved',
  'player_substituted',
  'game_over',
] as const satisfies readonly ServerEvent[];

export type StateEvent = (typeof STATE_EVENTS)[number];

export function isAtBatRoll(roll: Roll): roll is AtBatRoll {
  return roll.roll_type === 'ab';
}

export function isHidden(d: OffensiveDecision | Hidden | null): d is Hidden {
  return d !== null && 'hidden' in d && d.hidden;
}

export function otherSide(side: Side): Side {
  return side === 'home' ? 'away' : 'home';
}

/** Every client → server event, as a runtime list (checked against crates/protocol's fixtures). */
export const CLIENT_EVENTS = [
  'join_game',
  'leave_game',
  'join_lobby',
  'leave_lobby',
  'submit_defensive_decision',
  'submit_offensive_decision',
  'roll_dice',
  'submit_manual_outcome',
  'submit_runner_decision',
  'request_pinch_hitter',
  'request_pinch_runner',
  'request_defensive_replacement',
  'request_pitching_change',
  'get_lineup',
  'get_box_score',
] as const satisfies readonly (MutatingEvent | QueryEvent)[];
