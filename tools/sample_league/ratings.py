"""Fielding, running, bunting/hit-and-run, pitching and park ratings from 2023 statistics
(data.md §3). Small samples are pulled toward the league average before they are scaled.
"""

MAX_ERROR = {"P": 51, "C": 16, "1B": 30, "2B": 71, "3B": 65, "SS": 88, "LF": 25, "CF": 25, "RF": 25}
# Error rating of an average fielder at each position (the charts' scale; SBA cards cluster here).
TYPICAL_ERROR = {"P": 14, "C": 6, "1B": 8, "2B": 12, "3B": 16, "SS": 18, "LF": 6, "CF": 5, "RF": 6}
# Outs at a position below which a rating is mostly the league average (regression weight).
PRIOR_OUTS = 600
MIN_GAMES_AT_POSITION = 5


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


def _regress(value, weight, mean, prior):
    return (value * weight + mean * prior) / (weight + prior)


def _plays(row, pos):
    """Plays made that show range: 1B putouts are mostly caught throws, catcher putouts strikeouts."""
    if pos in ("1B", "C"):
        return row["A"]
    return row["PO"] + row["A"]


def league_fielding(fielding):
    """Per-position league rates: plays per out, errors per chance, OF assists, catcher CS%."""
    avg = {}
    for pos, grp in fielding.groupby("POS"):
        outs = grp["InnOuts"].sum()
        plays = sum(_plays(r, pos) for _, r in grp.iterrows())
        chances = (grp["PO"] + grp["A"] + grp["E"]).sum()
        avg[pos] = {
            "plays_per_out": plays / outs,
            "err_rate": grp["E"].sum() / chances,
            "assists_per_out": grp["A"].sum() / outs,
        }
    c = fielding[fielding["POS"] == "C"]
    avg["C"]["cs_rate"] = c["CS"].sum() / (c["SB"].sum() + c["CS"].sum())
    avg["C"]["pb_per_out"] = c["PB"].sum() / c["InnOuts"].sum()
    return avg


def positions(pid, fielding, avg, is_pitcher):
    """The player's rated positions, best first (most games)."""
    rows = fielding[fielding["playerID"] == pid].sort_values(["G", "POS"], ascending=[False, True])
    out = []
    for _, r in rows.iterrows():
        pos = r["POS"]
        if pos == "P" and not is_pitcher:
            continue  # a position player's mop-up inning does not make him a pitcher
        if pos != "P" and r["G"] < MIN_GAMES_AT_POSITION and out:
            continue
        a = avg[pos]
        outs = max(int(r["InnOuts"]), 1)
        ratio = _regress(_plays(r, pos) / outs / a["plays_per_out"], outs, 1.0, PRIOR_OUTS)
        rng = clamp(round(3 - (ratio - 1.0) / 0.08), 1, 5)
        chances = r["PO"] + r["A"] + r["E"]
        err_ratio = _regress((r["E"] / chances) / a["err_rate"] if chances else 1.0,
                             chances, 1.0, 60)
        err = clamp(round(TYPICAL_ERROR[pos] * err_ratio), 0, MAX_ERROR[pos])
        rating = {"pos": pos, "range": int(rng), "error": int(err)}
        if pos in ("LF", "CF", "RF"):
            arm_ratio = _regress(r["A"] / outs / a["assists_per_out"], outs, 1.0, 1500)
            rating["arm"] = int(clamp(round(-(arm_ratio - 1.0) * 6), -5, 5))
        if pos == "C":
            att = r["SB"] + r["CS"]
            cs = _regress(r["CS"] / att if att else a["cs_rate"], att, a["cs_rate"], 30)
            rating["arm"] = int(clamp(round(-(cs - a["cs_rate"]) / 0.04), -5, 5))
            # pb: the d20 range of a passed-ball check (rules.md §4), from PB per inning caught.
            pb_rate = _regress(r["PB"] / outs, outs, a["pb_per_out"], 1500)
            rating["pb"] = int(clamp(round(pb_rate / a["pb_per_out"] * 2), 0, 20))
        out.append(rating)
    # One throwing arm: the outfield arm printed once applies to all his outfield positions.
    of = [p for p in out if "arm" in p and p["pos"] in ("LF", "CF", "RF")]
    if of:
        arm = of[0]["arm"]
        for p in of:
            p["arm"] = arm
    return out


def running(b, lg):
    """Speed and steal ratings from SB, CS and triples (reference §9.1)."""
    singles = b["H"] - b["2B"] - b["3B"] - b["HR"]
    on_first = max(singles + b["BB"] + b["HBP"], 1)
    att_rate = _regress((b["SB"] + b["CS"]) / on_first, on_first, lg["att_rate"], 80)
    tri_rate = _regress(b["3B"] / max(b["AB"], 1), b["AB"], lg["tri_rate"], 300)
    z = 0.6 * (att_rate / lg["att_rate"] - 1.0) + 0.4 * (tri_rate / lg["tri_rate"] - 1.0)
    speed = clamp(round(11 + 3.0 * z), 4, 18)
    attempts = b["SB"] + b["CS"]
    sb_pct = _regress(b["SB"] / attempts if attempts else lg["sb_pct"], attempts, lg["sb_pct"], 15)
    # 2d6 totals, rarest first: more totals = a good jump more often.
    order = [2, 12, 3, 11, 4, 10, 5, 9, 6, 8, 7]
    ways = {2: 1, 3: 2, 4: 3, 5: 4, 6: 5, 7: 6, 8: 5, 9: 4, 10: 3, 11: 2, 12: 1}
    want = clamp(att_rate * 2.5, 0.0, 0.75) * 36
    jump2, acc = [], 0
    for t in order:
        if acc >= want - ways[t] / 2:
            break
        jump2.append(t)
        acc += ways[t]
    jump3 = jump2[: len(jump2) // 2]
    safe_good = int(clamp(round(sb_pct * 20) + 2, 6, 19))
    return {
        "speed": int(speed),
        "steal": {
            "jump_2nd": sorted(jump2),
            "jump_3rd": sorted(jump3),
            "star": bool(att_rate >= lg["att_rate"] * 3.0),
            "safe_good": safe_good,
            "safe_poor": int(clamp(safe_good - 6, 1, 19)),
        },
    }


def bunting(b):
    if b["SH"] >= 6:
        return "A"
    if b["SH"] >= 2:
        return "B"
    return "C" if b["SB"] >= 10 else "D"


def hit_and_run(b):
    pa = max(b["PA"], 1)
    k = b["SO"] / pa
    if k < 0.14:
        return "A"
    if k < 0.20:
        return "B"
    if k < 0.27:
        return "C"
    return "D"


def pitching(p, pf, lg):
    """Endurance, hold, wild pitch, balk and injury ratings (reference §7.1, §9)."""
    ip = p["IPouts"] / 3
    starts = p["GS"]
    relief_games = p["G"] - starts
    endurance = {"starter": None, "relief": None, "closer": None}
    if starts >= 5:
        # Lahman does not split innings into starts and relief: count 1.2 innings per relief outing.
        start_ip = max(ip - 1.2 * relief_games, starts * 3.0) / starts
        endurance["starter"] = int(clamp(round(start_ip), 3, 8))
    if relief_games >= 5 or starts < 5:
        per = (ip - starts * (endurance["starter"] or 0)) / max(relief_games, 1)
        endurance["relief"] = int(clamp(round(per + 0.4), 1, 4))
    if p["SV"] >= 5:
        endurance["closer"] = int(clamp(3 + p["SV"] // 15, 3, 6))
    bf = max(p["BFP"], 1)
    hold = _hold(p, pf, lg)
    # wp: d20 range of a wild-pitch check, which starts on a split d20 of 1 with runners on
    # (about 45 % of plate appearances): rate = 1/20 × 0.45 × wp/20.
    wp_rate = _regress(p["WP"] / bf, bf, lg["wp_per_bf"], 300)
    wp = int(clamp(round(wp_rate / (0.05 * 0.45) * 20), 0, 20))
    injury = 1 if ip >= 150 else (2 if ip >= 60 else 3)
    return {
        "endurance": endurance,
        "hold": hold,
        "wp": wp,
        "balk": int(clamp(p["BK"], 0, 20)),
        "injury": injury,
    }


def _hold(p, pf, lg):
    """Hold from steal attempts per inning against him when the data has them; the 2023 Lahman
    fielding rows carry no SB/CS for pitchers, so then by throwing hand: a left-hander faces
    the runner on 1st and holds him better."""
    base = -1 if p.get("throws") == "L" else 1
    rate_avg = lg["p_att_per_inn"]
    if pf is None or not rate_avg or rate_avg != rate_avg:
        return base
    inn = max(pf["InnOuts"], 1) / 3
    run_rate = _regress((pf["SB"] + pf["CS"]) / inn, inn, rate_avg, 60)
    return int(clamp(round((run_rate / rate_avg - 1.0) * 4), -5, 6))


def park(bpf):
    """Ballpark ranges from the club's 2023 batting park factor (100 = neutral = 10 of 20)."""
    hr = int(clamp(round(10 + (bpf - 100) * 0.8), 1, 19))
    single = int(clamp(round(10 + (bpf - 100) * 0.5), 1, 19))
    return {"hr_vs_l": hr, "hr_vs_r": hr, "single_vs_l": single, "single_vs_r": single}
