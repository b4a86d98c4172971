"""Lays a card side's chances on the paper grid: 3 columns × rows 2–12, each row split by the d20.

A row of 2d6 weight w (1..6 ways of 36) holds w × 20 "face-ways"; one d20 face of it is worth
w/20 chance. Cells are filled heaviest first: an item whose remaining need covers a whole cell
takes it; otherwise the cell is split among the items that still need the most, in blocks of
faces. The light rows (2, 12: one face = 1/20 chance) come last and absorb the rounding, so each
item ends within a twentieth of a chance of its target while the side holds exactly 108 chances.
"""

ROW_WAYS = [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]  # rows 2..12

# Canonical order for ties and for printing split rows.
CODE_ORDER = [
    "HOMERUN", "BP_HOMERUN", "TRIPLE", "DOUBLE_3", "DOUBLE_2", "DOUBLE_UNCAPPED", "SINGLE_2",
    "SINGLE_1", "SINGLE_UNCAPPED", "BP_SINGLE", "WALK", "HIT_BY_PITCH", "STRIKEOUT",
    "X_CHECK", "GROUNDBALL_A", "GROUNDBALL_B", "GROUNDBALL_C", "FLYOUT_A", "FLYOUT_B",
    "FLYOUT_BQ", "FLYOUT_C", "LINEOUT", "POPOUT",
]
POS_ORDER = ["P", "C", "1B", "2B", "3B", "SS", "LF", "CF", "RF"]


def sort_key(key):
    if isinstance(key, tuple):
        return (CODE_ORDER.index(key[0]), POS_ORDER.index(key[1]))
    return (CODE_ORDER.index(key), -1)


def allocate(items):
    """items: key -> chances (floats summing to 108). Returns columns[3][11] of [(key, faces)]."""
    keys = sorted((k for k, v in items.items() if v > 1e-9), key=sort_key)
    need = {k: items[k] * 20 for k in keys}  # in face-ways (1/20 chance)
    total = sum(need.values())
    if abs(total - 2160) > 1e-6:
        raise ValueError(f"side holds {total / 20} chances, expected 108")
    columns = [[[] for _ in range(11)] for _ in range(3)]
    cells = sorted(((ROW_WAYS[r], c, r) for c in range(3) for r in range(11)),
                   key=lambda t: (-t[0], abs(t[2] - 5), t[2], t[1]))
    rank = {k: i for i, k in enumerate(keys)}

    def neediest():
        return max(keys, key=lambda k: (need[k], -rank[k]))

    for w, c, r in cells:
        k = neediest()
        if need[k] >= w * 20 - w / 2:
            columns[c][r].append((k, 20))
            need[k] -= w * 20
            continue
        left = 20
        while left > 0:
            k = neediest()
            faces = max(1, min(left, round(need[k] / w)))
            columns[c][r].append((k, faces))
            need[k] -= w * faces
            left -= faces
        merged = {}
        for k, f in columns[c][r]:
            merged[k] = merged.get(k, 0) + f
        columns[c][r] = sorted(merged.items(), key=lambda kf: sort_key(kf[0]))
    return columns


# ---- hit locations (rules.md §5.1: pull / center / opposite by the batter's side) ----

GROUND_R = [("3B", 0.22), ("SS", 0.32), ("2B", 0.25), ("1B", 0.13), ("P", 0.05), ("C", 0.03)]
AIR_R = [("LF", 0.40), ("CF", 0.35), ("RF", 0.25)]
LINE_R = [("3B", 0.10), ("SS", 0.15), ("2B", 0.10), ("1B", 0.08), ("LF", 0.22), ("CF", 0.20),
          ("RF", 0.15)]
POP_R = [("C", 0.12), ("1B", 0.16), ("2B", 0.20), ("3B", 0.22), ("SS", 0.25), ("P", 0.05)]
MIRROR = {"3B": "1B", "1B": "3B", "SS": "2B", "2B": "SS", "LF": "RF", "RF": "LF",
          "CF": "CF", "P": "P", "C": "C"}


def _dist(code, hand):
    if code.startswith("GROUNDBALL"):
        base = GROUND_R
    elif code.startswith("FLYOUT") or code.endswith("UNCAPPED"):
        base = AIR_R
    elif code == "LINEOUT":
        base = LINE_R
    elif code == "POPOUT":
        base = POP_R
    else:
        return None
    if hand == "L":
        return [(MIRROR[p], s) for p, s in base]
    return base


def assign_locations(columns, hand):
    """Turns the allocated grid into JSON rows; each out or uncapped-hit entry gets a fielder so
    that a code's chances spread over the fielders like a batter of that side's balls."""
    pieces = {}
    for c, col in enumerate(columns):
        for r, row in enumerate(col):
            for i, (k, faces) in enumerate(row):
                pieces.setdefault(k, []).append((ROW_WAYS[r] * faces, c, r, i))
    location = {}
    for k in sorted(pieces, key=sort_key):
        code = k[0] if isinstance(k, tuple) else k
        if isinstance(k, tuple):
            for _, c, r, i in pieces[k]:
                location[(c, r, i)] = k[1]
            continue
        dist = _dist(code, hand)
        if dist is None:
            continue
        total = sum(p[0] for p in pieces[k])
        got = {pos: 0.0 for pos, _ in dist}
        for amount, c, r, i in sorted(pieces[k], key=lambda p: (-p[0], p[1], p[2], p[3])):
            pos = max(dist, key=lambda ps: (ps[1] * total - got[ps[0]], -dist.index(ps)))[0]
            got[pos] += amount
            location[(c, r, i)] = pos
    out = []
    for c, col in enumerate(columns):
        rows = []
        for r, row in enumerate(col):
            entries, start = [], 1
            for i, (k, faces) in enumerate(row):
                code = k[0] if isinstance(k, tuple) else k
                e = {"code": code}
                if (c, r, i) in location:
                    e["location"] = location[(c, r, i)]
                e["d20"] = [start, start + faces - 1]
                start += faces
                entries.append(e)
            rows.append(entries)
        out.append(rows)
    return out
