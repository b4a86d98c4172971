"""Cards calibrated on the 2023 season (data.md §3).

A plate appearance reads the batter's card half the time and the pitcher's half the time, so for
each outcome a batter's card rate is 2 × his real rate − the league-average pitcher-card rate
(likewise for pitchers), clamped at 0 and renormalized to 108 chances. The league-average cards
are chosen equal to the league's real rates, so an average batter meets an average pitcher at
the league line. Pitching cards also carry fixed X-checks and ballpark results whose expected
outcomes are counted in that card's total.
"""

from allocate import allocate, assign_locations

CLASSES = ["K", "BB", "HBP", "HR", "3B", "2B", "1B", "OUT"]

# Platoon: rate in a same-hand matchup relative to the opposite-hand one, per outcome. Lahman has
# no splits; these are typical league-wide MLB values (same-side batters strike out more, walk
# and homer less).
SAME_HAND = {"K": 1.12, "BB": 0.85, "HBP": 1.25, "HR": 0.82, "3B": 0.90, "2B": 0.92, "1B": 0.95}
# Share of plate appearances against a right-handed pitcher (batters) / by a left-handed or
# switch batter batting left (pitchers), 2023-like.
VS_RHP = 0.72
LHB_VS_RHP = 0.45
LHB_VS_LHP = 0.25

# X-checks on each pitching-card side (reference §2.1), and their expected outcome for fielders
# of average range 3 on the range charts (reference §6.2): infield 4/20 singles; catcher 2/20
# singles plus 2/20 speed checks won about half the time; pitcher 3/20 singles; outfield 3/20
# singles and 3/20 doubles. Errors count as outs (an at-bat without a hit).
XCHECKS = [("C", 3), ("1B", 2), ("2B", 6), ("3B", 3), ("SS", 7), ("LF", 2), ("CF", 3), ("RF", 2),
           ("P", 2)]
X_HIT = {"C": (0.155, 0.0), "1B": (0.2, 0.0), "2B": (0.2, 0.0), "3B": (0.2, 0.0),
         "SS": (0.2, 0.0), "LF": (0.15, 0.15), "CF": (0.15, 0.15), "RF": (0.15, 0.15),
         "P": (0.15, 0.0)}
BP_HOMERUN_CHANCES = 1.0
BP_SINGLE_CHANCES = 2.0
# A neutral park turns half of the ballpark results into hits (10 of 20).
BP_HIT_SHARE = 0.5


def fixed_pitcher_part():
    """Expected outcome chances of a pitching side's X-checks and ballpark results."""
    fixed = {c: 0.0 for c in CLASSES}
    for pos, n in XCHECKS:
        s, d = X_HIT[pos]
        fixed["1B"] += n * s
        fixed["2B"] += n * d
        fixed["OUT"] += n * (1 - s - d)
    fixed["HR"] += BP_HOMERUN_CHANCES * BP_HIT_SHARE
    fixed["1B"] += BP_SINGLE_CHANCES * BP_HIT_SHARE
    fixed["OUT"] += (BP_HOMERUN_CHANCES + BP_SINGLE_CHANCES) * (1 - BP_HIT_SHARE)
    return fixed


def fixed_chances():
    return sum(n for _, n in XCHECKS) + BP_HOMERUN_CHANCES + BP_SINGLE_CHANCES


def league_rates(totals):
    """League per-PA rates per outcome class (PA without bunts and intentional walks)."""
    pa = totals["AB"] + totals["BB"] - totals["IBB"] + totals["HBP"] + totals["SF"]
    singles = totals["H"] - totals["2B"] - totals["3B"] - totals["HR"]
    r = {
        "K": totals["SO"] / pa, "BB": (totals["BB"] - totals["IBB"]) / pa,
        "HBP": totals["HBP"] / pa, "HR": totals["HR"] / pa, "3B": totals["3B"] / pa,
        "2B": totals["2B"] / pa, "1B": singles / pa,
    }
    r["OUT"] = 1 - sum(r.values())
    return r


def _regressed(counts, pa, lg, prior):
    r = {c: (counts[c] + lg[c] * prior) / (pa + prior) for c in CLASSES if c != "OUT"}
    r["OUT"] = 1 - sum(r.values())
    return r


def batter_rates(b, lg, prior=120):
    pa = b["AB"] + b["BB"] - b["IBB"] + b["HBP"] + b["SF"]
    counts = {"K": b["SO"], "BB": b["BB"] - b["IBB"], "HBP": b["HBP"], "HR": b["HR"],
              "3B": b["3B"], "2B": b["2B"], "1B": b["H"] - b["2B"] - b["3B"] - b["HR"]}
    return _regressed(counts, pa, lg, prior)


def pitcher_rates(p, lg, prior=150):
    """Lahman has no doubles or triples allowed: non-HR hits split by the league's shares."""
    pa = max(p["BFP"] - p["IBB"] - p["SH"], 0)
    non_hr = p["H"] - p["HR"]
    hit_share = lg["1B"] + lg["2B"] + lg["3B"]
    counts = {"K": p["SO"], "BB": p["BB"] - p["IBB"], "HBP": p["HBP"], "HR": p["HR"],
              "3B": non_hr * lg["3B"] / hit_share, "2B": non_hr * lg["2B"] / hit_share,
              "1B": non_hr * lg["1B"] / hit_share}
    return _regressed(counts, pa, lg, prior)


def card_rates(real, lg, adjust):
    """2 × real − league card rate, times the calibration factor, clamped and renormalized."""
    raw = {c: max(0.0, (2 * real[c] - lg[c]) * adjust.get(c, 1.0)) for c in CLASSES}
    total = sum(raw.values())
    return {c: raw[c] / total for c in CLASSES}


def platoon_sides(rates, weight_same, switch=False):
    """(advantage side, same-hand side) rates whose exposure-weighted mean is `rates`."""
    if switch:
        return dict(rates), dict(rates)
    adv, same = {}, {}
    for c in CLASSES:
        if c == "OUT":
            continue
        ratio = SAME_HAND[c]
        base = rates[c] / ((1 - weight_same) + weight_same * ratio)
        adv[c], same[c] = base, base * ratio
    for side in (adv, same):
        side["OUT"] = max(0.0, 1 - sum(side.values()))
        total = sum(side.values())
        for c in CLASSES:
            side[c] /= total
    return adv, same


# ---- turning class rates into card codes ----

GB_LETTERS = [("GROUNDBALL_A", 0.38), ("GROUNDBALL_B", 0.34), ("GROUNDBALL_C", 0.28)]
FLY_LETTERS = [("FLYOUT_A", 0.15), ("FLYOUT_B", 0.30), ("FLYOUT_BQ", 0.20), ("FLYOUT_C", 0.35)]
LINE_SHARE = 0.10
POP_SHARE = 0.10
BAT_SINGLES = [("SINGLE_1", 0.55), ("SINGLE_2", 0.45)]
BAT_DOUBLES = [("DOUBLE_2", 0.60), ("DOUBLE_3", 0.40)]
PIT_SINGLES = [("SINGLE_1", 0.40), ("SINGLE_2", 0.20), ("SINGLE_UNCAPPED", 0.40)]
PIT_DOUBLES = [("DOUBLE_2", 0.45), ("DOUBLE_3", 0.20), ("DOUBLE_UNCAPPED", 0.35)]


def _out_items(out, gb_share):
    fly_share = 1 - LINE_SHARE - POP_SHARE - gb_share
    items = {}
    for code, s in GB_LETTERS:
        items[code] = out * gb_share * s
    for code, s in FLY_LETTERS:
        items[code] = out * fly_share * s
    items["LINEOUT"] = out * LINE_SHARE
    items["POPOUT"] = out * POP_SHARE
    return items


def _common_items(ch, singles, doubles):
    items = {"STRIKEOUT": ch["K"], "WALK": ch["BB"], "HIT_BY_PITCH": ch["HBP"],
             "HOMERUN": ch["HR"], "TRIPLE": ch["3B"]}
    for code, s in singles:
        items[code] = ch["1B"] * s
    for code, s in doubles:
        items[code] = ch["2B"] * s
    return items


def batting_items(rates, gb_share):
    """Card codes and their chances (of 108) for one batting side."""
    ch = {c: rates[c] * 108 for c in CLASSES}
    items = _common_items(ch, BAT_SINGLES, BAT_DOUBLES)
    items.update(_out_items(ch["OUT"], gb_share))
    return items


def pitching_items(rates, gb_share):
    """Card codes and chances for one pitching side: the pitcher's own part plus the fixed
    X-checks and ballpark results, whose expected outcomes are taken out of his part."""
    fixed = fixed_pitcher_part()
    own_total = 108 - fixed_chances()
    own = {c: rates[c] * 108 - fixed[c] for c in CLASSES if c != "OUT"}
    own = {c: max(0.0, v) for c, v in own.items()}
    rest = own_total - sum(own.values())
    if rest < 0:
        scale = own_total / sum(own.values())
        own = {c: v * scale for c, v in own.items()}
        rest = 0.0
    own["OUT"] = rest
    items = _common_items(own, PIT_SINGLES, PIT_DOUBLES)
    items.update(_out_items(own["OUT"], gb_share))
    items["BP_HOMERUN"] = BP_HOMERUN_CHANCES
    items["BP_SINGLE"] = BP_SINGLE_CHANCES
    for pos, n in XCHECKS:
        items[("X_CHECK", pos)] = float(n)
    return items


def build_side(items, hand):
    """Lays the items on the 3 × 11 grid and gives outs and uncapped hits a location for a
    batter hitting from `hand` ('L' or 'R')."""
    columns = allocate(items)
    return assign_locations(columns, hand)
