"""Picks each club's 26 players: the 13 pitchers and 13 position players with the most 2023
playing time for it, making sure each fielding position has a player who played it there.

A player traded in mid-season belongs to the club he played most for; his ratings use his whole
season.
"""

from lahman import POSITIONS, APPEAR_COLS

PER_GROUP = 13


def _primary_team(df, weight):
    """playerID -> teamID where `weight` is largest (ties: first teamID alphabetically)."""
    by = df.groupby(["playerID", "teamID"], as_index=False)[weight].sum()
    by = by.sort_values(["playerID", weight, "teamID"], ascending=[True, False, True])
    return by.drop_duplicates("playerID").set_index("playerID")


def pick(data, team_ids):
    """Returns {teamID: {"batters": [playerID...], "pitchers": [playerID...], "two_way": set}}."""
    bat, pit, app = data["batting"], data["pitching"], data["appearances"]
    bat_team = _primary_team(bat, "PA")
    pit_team = _primary_team(pit, "IPouts")
    season_app = app.groupby("playerID").sum(numeric_only=True)
    season_pa = bat.groupby("playerID")["PA"].sum()
    season_ip = pit.groupby("playerID")["IPouts"].sum()

    def is_pitcher(pid):
        a = season_app.loc[pid] if pid in season_app.index else None
        return a is not None and a["G_p"] > 0 and a["G_p"] * 2 >= a["G_all"]

    def is_two_way(pid):
        return season_ip.get(pid, 0) >= 150 and season_pa.get(pid, 0) >= 200

    rosters = {}
    for team in team_ids:
        pool = sorted(pid for pid, row in bat_team.iterrows()
                      if row["teamID"] == team and (not is_pitcher(pid) or is_two_way(pid)))
        team_app = app[app["teamID"] == team].set_index("playerID")
        team_pa = bat[bat["teamID"] == team].groupby("playerID")["PA"].sum()
        chosen = []
        for pos in POSITIONS:
            col = APPEAR_COLS[pos]
            best = sorted(pool, key=lambda p: (-int(team_app[col].get(p, 0)), p))
            if best and team_app[col].get(best[0], 0) > 0 and best[0] not in chosen:
                chosen.append(best[0])
        for pid in sorted(pool, key=lambda p: (-int(team_pa.get(p, 0)), p)):
            if len(chosen) >= PER_GROUP:
                break
            if pid not in chosen:
                chosen.append(pid)
        two_way = {p for p in chosen if is_two_way(p)}
        ppool = sorted(pid for pid, row in pit_team.iterrows()
                       if row["teamID"] == team and is_pitcher(pid) and pid not in two_way)
        team_ip = pit[pit["teamID"] == team].groupby("playerID")["IPouts"].sum()
        pitchers = sorted(ppool, key=lambda p: (-int(team_ip.get(p, 0)), p))[:PER_GROUP]
        rosters[team] = {"batters": chosen, "pitchers": pitchers, "two_way": two_way}
    return rosters
