// A stand-in server for LOOKING at the UI (screenshots, layout work) when no `dugout serve` is at
// hand. It speaks enough of protocol.md to walk the screens with made-up plays. It is not a test
// double for the e2e run, which always drives the real server.
//   node tests/e2e/preview-server.mjs [port]   (serves ./dist)
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID, randomInt } from 'node:crypto';
import { Server } from 'socket.io';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../dist');
const league = JSON.parse(gunzipSync(readFileSync(join(here, '../../../crates/league/data/mlb2023.json.gz'))).toString());
const port = Number(process.argv[2] ?? 5199);
const sessions = new Map(); // cookie → user
const games = new Map();

const team = (id) => league.teams.find((t) => t.id === id);
const roster = (id) => league.players.filter((p) => p.team_id === id).map(({ batting_card: _b, pitching, ...p }) => ({ ...p, ...(pitching ? { pitching: { endurance: pitching.endurance } } : {}) }));

function userOf(req) {
  const m = /dugout_session=([^;]+)/.exec(req.headers.cookie ?? '');
  return m ? sessions.get(m[1]) : undefined;
}

function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function body(req) {
  let s = '';
  for await (const c of req) s += c;
  return s ? JSON.parse(s) : {};
}

function seat(t, manager, ai) {
  return { team_id: t.id, name: t.lname, abbrev: t.abbrev, color: t.color, dice_color: t.dice_color, manager, is_ai: ai, connected: !!manager };
}

function newGame(homeId, awayId, mode, home, away, me) {
  const id = randomUUID();
  const g = {
    lineups: {},
    plays: [],
    updated_at: new Date().toISOString(),
    state: {
      game_id: id, league_id: 'mlb2023', mode, status: 'pending', version: 0, inning: 1, half: 'top', outs: 0,
      home_score: 0, away_score: 0, bases: { first: null, second: null, third: null }, batter: null, pitcher: null, catcher: null,
      batting_side: 'away', fielding_side: 'home', phase: 'awaiting_lineups', waiting_for: null, pending_runner_decision: null,
      defensive_decision: null, offensive_decision: null, pending_roll: null, line_score: { home: [], away: [] },
      hits: { home: 0, away: 0 }, errors: { home: 0, away: 0 }, last_play: null,
      home: seat(team(homeId), home === 'me' ? me : null, home === 'ai'),
      away: seat(team(awayId), away === 'me' ? me : null, away === 'ai'),
    },
  };
  games.set(id, g);
  return g;
}

function item(g, user) {
  const s = g.state;
  const my = s.home.manager?.id === user?.id ? 'home' : s.away.manager?.id === user?.id ? 'away' : null;
  const lt = (side) => ({ team_id: s[side].team_id, abbrev: s[side].abbrev, lname: s[side].name, color: s[side].color, score: s[`${side}_score`] });
  const label = s.status === 'pending' ? 'Pregame' : s.status === 'completed' ? 'Final' : `${s.half === 'top' ? 'Top' : 'Bot'} ${s.inning}`;
  return { game_id: s.game_id, league_id: s.league_id, status: s.status, mode: s.mode, phase: s.phase, waiting_for: s.waiting_for, home: lt('home'), away: lt('away'), inning: s.inning, half: s.half, inning_label: label, updated_at: g.updated_at, my_side: my };
}

function batterRef(g, side) {
  const l = g.lineups[side];
  const slot = l.order[l.next % 9];
  const p = league.players.find((x) => x.id === slot.player_id);
  return { player_id: p.id, name: p.name, position: slot.position, bats: p.bats };
}
function pitcherRef(g, side) {
  const p = league.players.find((x) => x.id === g.lineups[side].pitcher_id);
  return { player_id: p.id, name: p.name, position: 'P', throws: p.throws, fatigued: false };
}

function startIfReady(g) {
  const s = g.state;
  if (!g.lineups.home || !g.lineups.away || !(s.home.manager || s.home.is_ai) || !(s.away.manager || s.away.is_ai)) return;
  s.status = 'active';
  s.line_score = { home: [], away: [0] };
  nextBatter(g);
}

function nextBatter(g) {
  const s = g.state;
  s.batter = batterRef(g, s.batting_side);
  s.pitcher = pitcherRef(g, s.fielding_side);
  s.phase = 'awaiting_defensive';
  s.waiting_for = s.fielding_side;
  s.defensive_decision = null;
  s.offensive_decision = null;
  s.pending_roll = null;
}

const OUTS = ['STRIKEOUT', 'GROUNDBALL_A', 'FLYOUT_B', 'POPOUT', 'LINEOUT', 'GROUNDBALL_C'];
const HITS = ['SINGLE_1', 'DOUBLE_2', 'WALK', 'SINGLE_2', 'HOMERUN'];

function resolve(g, outcome, loc, roll) {
  const s = g.state;
  const before = { outs: s.outs, bases: { ...s.bases }, score: { home: s.home_score, away: s.away_score } };
  let runs = 0;
  let outs = 0;
  const b = s.batter;
  const runner = { player_id: b.player_id, name: b.name, position: b.position };
  const order = [s.bases.third, s.bases.second, s.bases.first];
  const push = (n) => {
    const pos = [null, null, null];
    [3, 2, 1].forEach((base, i) => {
      const r = order[i];
      if (!r) return;
      const to = base + n;
      if (to >= 4) runs += 1;
      else pos[to - 1] = r;
    });
    return pos;
  };
  let desc;
  if (outcome === 'HOMERUN') {
    runs = 1 + order.filter(Boolean).length;
    s.bases = { first: null, second: null, third: null };
    desc = `${b.name} homers to ${loc ?? 'left'}`;
  } else if (outcome.startsWith('SINGLE') || outcome === 'WALK') {
    const [f, se, t] = push(outcome === 'SINGLE_2' ? 2 : 1);
    s.bases = { first: runner, second: f ?? se, third: t };
    desc = outcome === 'WALK' ? `${b.name} walks` : `${b.name} singles${loc ? ` to ${loc}` : ''}`;
  } else if (outcome.startsWith('DOUBLE')) {
    const [, , t] = push(2);
    s.bases = { first: null, second: runner, third: t };
    desc = `${b.name} doubles${loc ? ` to ${loc}` : ''}`;
  } else {
    outs = 1;
    desc = `${b.name} ${outcome === 'STRIKEOUT' ? 'strikes out' : `${outcome.toLowerCase().replace(/_/g, ' ')}${loc ? ` to ${loc}` : ''}`}`;
  }
  const side = s.batting_side;
  s[`${side}_score`] += runs;
  const ls = s.line_score[side];
  ls[ls.length - 1] = (ls[ls.length - 1] ?? 0) + runs;
  if (outs === 0 && outcome !== 'WALK') s.hits[side] += 1;
  s.outs += outs;
  g.lineups[side].next += 1;
  const play = {
    play_no: g.plays.length + 1, inning: s.inning, half: s.half, batter_id: b.player_id, pitcher_id: s.pitcher.player_id,
    outcome, hit_location: loc ?? null, description: desc, rolls: roll ? [roll] : [], runner_moves: [], outs_recorded: outs,
    runs_scored: runs, rbi: runs, earned_runs: runs, error_on: null, state_before: before,
    state_after: { outs: s.outs, bases: s.bases, score: { home: s.home_score, away: s.away_score } },
  };
  g.plays.push(play);
  s.last_play = play;
  if (s.outs >= 3) {
    s.outs = 0;
    s.bases = { first: null, second: null, third: null };
    if (s.half === 'top') {
      s.half = 'bottom';
      s.line_score.home.push(0);
    } else {
      s.half = 'top';
      s.inning += 1;
      s.line_score.away.push(0);
    }
    [s.batting_side, s.fielding_side] = [s.fielding_side, s.batting_side];
  }
  nextBatter(g);
  return play;
}

const mimes = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };

const http = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const user = userOf(req);
  const p = url.pathname;
  if (p.startsWith('/api/')) {
    if (p === '/api/health') return json(res, 200, { status: 'ok', version: 'preview', database: 'memory', auth: { discord: false, local: true } });
    if (p === '/api/auth/local' && req.method === 'POST') {
      const { username } = await body(req);
      const sid = randomUUID();
      sessions.set(sid, { id: `local:${username}`, name: username });
      return json(res, 200, { id: `local:${username}`, name: username }, { 'set-cookie': `dugout_session=${sid}; Path=/; HttpOnly; SameSite=Lax` });
    }
    if (!user) return json(res, 401, { error: { code: 'not_authenticated', message: 'log in first' } });
    if (p === '/api/auth/me') return json(res, 200, { ...user, avatar_url: null, teams: [] });
    if (p === '/api/auth/logout') {
      sessions.delete(/dugout_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]);
      return json(res, 200, {}, { 'set-cookie': 'dugout_session=; Path=/; Max-Age=0' });
    }
    if (p === '/api/leagues') return json(res, 200, [{ id: 'mlb2023', name: league.league.name }]);
    let m;
    if ((m = /^\/api\/leagues\/mlb2023\/teams$/.exec(p))) return json(res, 200, league.teams.map(({ park: _p, league_id: _l, ...t }) => t));
    if ((m = /^\/api\/leagues\/mlb2023\/teams\/(\d+)\/roster$/.exec(p))) return json(res, 200, roster(Number(m[1])));
    if (p === '/api/games' && req.method === 'GET') {
      let list = [...games.values()].map((g) => item(g, user));
      if (url.searchParams.get('mine')) list = list.filter((i) => i.my_side);
      const st = url.searchParams.get('status');
      if (st) list = list.filter((i) => i.status === st);
      return json(res, 200, { games: list.sort((a, b) => (a.updated_at < b.updated_at ? 1 : -1)), next_cursor: null });
    }
    if (p === '/api/games' && req.method === 'POST') {
      const b = await body(req);
      const g = newGame(b.home_team_id, b.away_team_id, b.mode, b.home, b.away, user);
      listed(g);
      return json(res, 200, { game_id: g.state.game_id });
    }
    if ((m = /^\/api\/games\/([^/]+)(\/.*)?$/.exec(p))) {
      const g = games.get(m[1]);
      if (!g) return json(res, 404, { error: { code: 'game_not_found', message: 'no such game' } });
      const rest = m[2] ?? '';
      if (rest === '') return json(res, 200, g.state);
      if (rest === '/plays') return json(res, 200, { plays: g.plays.filter((x) => x.play_no > Number(url.searchParams.get('after') ?? 0)) });
      if (rest === '/box-score') return json(res, 200, boxScore(g));
      if (rest === '/claim') {
        const { side } = await body(req);
        g.state[side].manager = user;
        g.state[side].connected = true;
        return bump(g, res, { game_id: g.state.game_id, side });
      }
      const lm = /^\/lineups\/(home|away)$/.exec(rest);
      if (lm) {
        const b = await body(req);
        const side = lm[1];
        const r = roster(g.state[side].team_id);
        g.lineups[side] = b.auto
          ? { order: r.filter((x) => !x.pitching).slice(0, 9).map((x, i) => ({ player_id: x.id, position: ['CF', 'SS', '1B', 'RF', '3B', 'LF', 'DH', '2B', 'C'][i] })), pitcher_id: r.find((x) => x.pitching).id, next: 0 }
          : { order: b.batting_order, pitcher_id: b.pitcher_id, next: 0 };
        g.state[side].lineup_set = true;
        startIfReady(g);
        return bump(g, res, {});
      }
    }
    return json(res, 404, { error: { code: 'not_found', message: 'not here' } });
  }
  let file = join(dist, p);
  if (!existsSync(file) || p === '/' || !extname(p)) file = join(dist, 'index.html');
  res.writeHead(200, { 'content-type': mimes[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});

function boxScore(g) {
  const bat = (side) => (g.lineups[side]?.order ?? []).map((s) => {
    const p = league.players.find((x) => x.id === s.player_id);
    const mine = g.plays.filter((x) => x.batter_id === p.id);
    const H = mine.filter((x) => x.outs_recorded === 0 && x.outcome !== 'WALK').length;
    return { player_id: p.id, name: p.name, position: s.position, AB: mine.filter((x) => x.outcome !== 'WALK').length, R: 0, H, '2B': 0, '3B': 0, HR: mine.filter((x) => x.outcome === 'HOMERUN').length, RBI: mine.reduce((a, x) => a + x.rbi, 0), BB: mine.filter((x) => x.outcome === 'WALK').length, K: mine.filter((x) => x.outcome === 'STRIKEOUT').length, HBP: 0, SB: 0, CS: 0, SH: 0, SF: 0, GIDP: 0, LOB: 0 };
  });
  const pit = (side) => {
    const id = g.lineups[side]?.pitcher_id;
    if (!id) return [];
    const p = league.players.find((x) => x.id === id);
    const faced = g.plays.filter((x) => x.pitcher_id === id);
    const outs = faced.reduce((a, x) => a + x.outs_recorded, 0);
    return [{ player_id: id, name: p.name, outs, IP: `${Math.floor(outs / 3)}.${outs % 3}`, BF: faced.length, H: faced.filter((x) => x.outs_recorded === 0 && x.outcome !== 'WALK').length, R: faced.reduce((a, x) => a + x.runs_scored, 0), ER: 0, BB: 0, K: faced.filter((x) => x.outcome === 'STRIKEOUT').length, HR: 0, WP: 0, decisions: [] }];
  };
  const s = g.state;
  return { game_id: s.game_id, line_score: s.line_score, totals: { home: { R: s.home_score, H: s.hits.home, E: 0, LOB: 0 }, away: { R: s.away_score, H: s.hits.away, E: 0, LOB: 0 } }, batting: { home: bat('home'), away: bat('away') }, pitching: { home: pit('home'), away: pit('away') }, decisions: { win: null, loss: null, save: null, holds: [], blown_saves: [] } };
}

const io = new Server(http, { path: '/socket.io/' });
io.use((socket, next) => {
  const u = userOf(socket.request);
  if (!u) return next(Object.assign(new Error('not_authenticated'), { data: { code: 'not_authenticated' } }));
  socket.data.user = u;
  next();
});

function listed(g) {
  for (const [, s] of io.of('/').sockets) if (s.rooms.has('lobby')) s.emit('game_listed', { item: item(g, s.data.user) });
}

function bump(g, res, payload) {
  g.state.version += 1;
  g.updated_at = new Date().toISOString();
  io.to(g.state.game_id).emit('game_state', { game_id: g.state.game_id, state: g.state });
  listed(g);
  if (res) json(res, 200, payload);
}

io.on('connection', (socket) => {
  const u = socket.data.user;
  socket.on('join_lobby', (_p, ack) => { socket.join('lobby'); ack?.({ ok: true }); });
  socket.on('leave_lobby', (_p, ack) => { socket.leave('lobby'); ack?.({ ok: true }); });
  socket.on('join_game', ({ game_id }, ack) => {
    const g = games.get(game_id);
    if (!g) return ack?.({ ok: false, error: { code: 'game_not_found', message: 'no such game' } });
    socket.join(game_id);
    socket.emit('game_state', { game_id, state: g.state });
    ack?.({ ok: true, version: g.state.version });
  });
  socket.on('leave_game', ({ game_id }, ack) => { socket.leave(game_id); ack?.({ ok: true }); });
  socket.on('get_lineup', ({ game_id, side }, ack) => {
    const g = games.get(game_id);
    const l = g?.lineups[side];
    const r = roster(g.state[side].team_id);
    const used = new Set((l?.order ?? []).map((x) => x.player_id));
    socket.emit('lineup_data', {
      game_id, side,
      lineup: (l?.order ?? []).map((s, i) => ({ batting_slot: i + 1, player: r.find((x) => x.id === s.player_id), position: s.position, entered_play_no: 0 })),
      pitcher: l ? r.find((x) => x.id === l.pitcher_id) : null,
      bench: r.filter((x) => !x.pitching && !used.has(x.id)).map((x) => ({ ...x, status: 'available' })),
      bullpen: r.filter((x) => x.pitching && x.id !== l?.pitcher_id).map((x) => ({ ...x, status: 'available' })),
    });
    ack?.({ ok: true });
  });
  const act = (name, fn) => socket.on(name, (p, ack) => {
    const g = games.get(p.game_id);
    if (!g) return ack?.({ ok: false, error: { code: 'game_not_found', message: 'no such game' } });
    const err = fn(g, p);
    if (err) return ack?.({ ok: false, error: { code: err[0], message: err[1] }, version: g.state.version });
    ack?.({ ok: true, version: g.state.version });
  });
  const sideOf = (g) => (g.state.home.manager?.id === u.id ? 'home' : g.state.away.manager?.id === u.id ? 'away' : null);
  act('submit_defensive_decision', (g, p) => {
    const s = g.state;
    if (sideOf(g) !== s.fielding_side) return ['forbidden', 'not your defense'];
    if (s.phase !== 'awaiting_defensive') return ['wrong_phase', 'not now'];
    s.defensive_decision = p.decision;
    s.phase = 'awaiting_offensive';
    s.waiting_for = s.batting_side;
    s.version += 1;
    io.to(s.game_id).emit('decision_submitted', { game_id: s.game_id, side: s.fielding_side, kind: 'defensive', reason: null, state: s });
  });
  act('submit_offensive_decision', (g, p) => {
    const s = g.state;
    if (sideOf(g) !== s.batting_side) return ['forbidden', 'not your at-bat'];
    if (s.phase !== 'awaiting_offensive') return ['wrong_phase', 'not now'];
    if (p.decision.action === 'squeeze_bunt' && !s.bases.third) return ['invalid_decision', 'a squeeze needs a runner on 3rd'];
    s.offensive_decision = p.decision;
    s.phase = 'awaiting_roll';
    s.waiting_for = 'either';
    s.version += 1;
    io.to(s.game_id).emit('decision_submitted', { game_id: s.game_id, side: s.batting_side, kind: 'offensive', reason: null, state: s });
    if (s.mode === 'auto') {
      const roll = { roll_id: randomUUID(), roll_type: 'ab', rolled_by: 'server', d6_column: randomInt(1, 7), d6_a: randomInt(1, 7), d6_b: randomInt(1, 7), d20: randomInt(1, 21), card: 'batter', check: null, check_d20: null };
      roll.row = roll.d6_a + roll.d6_b;
      const pool = randomInt(0, 3) === 0 ? HITS : OUTS;
      const play = resolve(g, pool[randomInt(0, pool.length)], 'CF', roll);
      io.to(s.game_id).emit('dice_rolled', { game_id: s.game_id, roll, state: s });
      io.to(s.game_id).emit('play_resolved', { game_id: s.game_id, play, reason: null, state: s });
      listed(g);
    }
  });
  act('roll_dice', (g) => {
    const s = g.state;
    if (!sideOf(g)) return ['forbidden', 'spectators cannot roll'];
    if (s.phase !== 'awaiting_roll') return [s.phase === 'awaiting_outcome' ? 'roll_already_pending' : 'wrong_phase', 'not now'];
    const col = randomInt(1, 7);
    const a = randomInt(1, 7);
    const b = randomInt(1, 7);
    const roll = { roll_id: randomUUID(), roll_type: 'ab', rolled_by: u.id, d6_column: col, d6_a: a, d6_b: b, row: a + b, d20: randomInt(1, 21), card: col <= 3 ? 'batter' : 'pitcher', check: null, check_d20: null };
    s.pending_roll = roll;
    s.phase = 'awaiting_outcome';
    s.waiting_for = col <= 3 ? s.batting_side : s.fielding_side;
    s.version += 1;
    io.to(s.game_id).emit('dice_rolled', { game_id: s.game_id, roll, state: s });
  });
  act('submit_manual_outcome', (g, p) => {
    const s = g.state;
    if (s.phase !== 'awaiting_outcome') return ['no_pending_roll', 'roll first'];
    if (sideOf(g) !== s.waiting_for) return ['forbidden', 'not your card'];
    if (p.roll_id !== s.pending_roll.roll_id) return ['unknown_roll', 'that roll is not pending'];
    const roll = s.pending_roll;
    s.version += 1;
    const play = resolve(g, p.outcome, p.hit_location, roll);
    io.to(s.game_id).emit('play_resolved', { game_id: s.game_id, play, reason: null, state: s });
    listed(g);
  });
});

http.listen(port, '127.0.0.1', () => console.log(`preview on http://127.0.0.1:${port}`));
