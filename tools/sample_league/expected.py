"""Expected plate-appearance line of a league file without the engine: each PA reads the batter's
card or the pitcher's with probability ½, ballpark results at the neutral 50 %, X-checks at the
chart expectation of cards.X_HIT. Batters and pitchers are weighted by their real 2023 usage.

Used to check the card arithmetic; the measured line comes from `dugout sim` (calibrate.py).
"""

import gzip
import json
import sys

import cards

WAYS = [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]
CLASS_OF = {
    "STRIKEOUT": "K", "WALK": "BB", "HIT_BY_PITCH": "HBP", "HOMERUN": "HR", "TRIPLE": "3B",
    "DOUBLE_2": "2B", "DOUBLE_3": "2B", "DOUBLE_UNCAPPED": "2B", "SINGLE_1": "1B",
    "SINGLE_2": "1B", "SINGLE_UNCAPPED": "1B",
}


def side_rates(side):
    r = {c: 0.0 for c in cards.CLASSES}
    for col in side:
        for ri, row in enumerate(col):
            for e in row:
                ch = WAYS[ri] * (e["d20"][1] - e["d20"][0] + 1) / 20
                code = e["code"]
                if code == "BP_HOMERUN":
                    r["HR"] += ch * cards.BP_HIT_SHARE
                    r["OUT"] += ch * (1 - cards.BP_HIT_SHARE)
                elif code == "BP_SINGLE":
                    r["1B"] += ch * cards.BP_HIT_SHARE
                    r["OUT"] += ch * (1 - cards.BP_HIT_SHARE)
                elif code == "X_CHECK":
                    s, d = cards.X_HIT[e["location"]]
                    r["1B"] += ch * s
                    r["2B"] += ch * d
                    r["OUT"] += ch * (1 - s - d)
                else:
                    r[CLASS_OF.get(code, "OUT")] += ch
    return {c: v / 108 for c, v in r.items()}


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt") as f:
        return json.load(f)


def mean_card(players, key, weights):
    tot = {c: 0.0 for c in cards.CLASSES}
    wsum = 0.0
    for p in players:
        card = key(p)
        w = weights.get(p["id"], 0)
        if not card or not w:
            continue
        for side in ("vs_l", "vs_r"):
            for c, v in side_rates(card[side]).items():
                tot[c] += v * w / 2
        wsum += w
    return {c: v / wsum for c, v in tot.items()}


def main(path):
    import lahman
    data = lahman.load()
    ids = data["people"]["ID"]
    bat = data["batting"].groupby("playerID")["PA"].sum()
    pit = data["pitching"].groupby("playerID")["BFP"].sum()
    bw = {int(ids[k]): int(v) for k, v in bat.items()}
    pw = {int(ids[k]): int(v) for k, v in pit.items()}
    league = load(path)
    batters = [p for p in league["players"] if "pitching" not in p]
    pitchers = [p for p in league["players"] if "pitching" in p]
    b = mean_card(batters, lambda p: p.get("batting_card"), bw)
    p = mean_card(pitchers, lambda p: p["pitching"].get("card"), pw)
    tot = {c: int(data["batting"][c].sum()) for c in data["bat_cols"]}
    lg = cards.league_rates(tot)
    print(f"{'class':<5} {'real':>7} {'bat card':>9} {'pit card':>9} {'PA exp':>7}")
    for c in cards.CLASSES:
        print(f"{c:<5} {lg[c]:7.4f} {b[c]:9.4f} {p[c]:9.4f} {(b[c] + p[c]) / 2:7.4f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else
         "../../crates/league/data/mlb2023.json.gz")
