"""Real 2023 MLB line vs `dugout sim` on the sample league (data.md §3, rules.md §12).

    python calibrate.py [--games 2000] [--seed 1] [--dugout PATH] [--league-file PATH]
    python calibrate.py --fit [--rounds 3]     # also fit adjust.json and regenerate the league

Prints a Markdown table (the README's "Sample league calibration"). `--fit` scales the card
rates per outcome class (adjust.json) by real / simulated, regenerates a league file into a
temporary path, simulates it with `--league-file`, and repeats; at the end it writes the
committed league with the fitted factors.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

import lahman

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
ADJUST = os.path.join(HERE, "adjust.json")
# (label, key in the sim's JSON, relative tolerance)
ROWS = [("AVG", "avg", 0.03), ("OBP", "obp", 0.03), ("SLG", "slg", 0.03),
        ("HR/PA", "hr_per_pa", 0.03), ("K/PA", "k_per_pa", 0.03), ("BB/PA", "bb_per_pa", 0.03),
        ("runs per team-game", "runs_per_game", 0.05)]


def real_line():
    t = lahman.load()["teams"]
    s = {c: int(t[c].sum()) for c in ["G", "R", "AB", "H", "2B", "3B", "HR", "BB", "SO", "HBP",
                                      "SF"]}
    sh = int(lahman.load()["batting"]["SH"].sum())
    pa = s["AB"] + s["BB"] + s["HBP"] + s["SF"] + sh
    tb = s["H"] + s["2B"] + 2 * s["3B"] + 3 * s["HR"]
    return {
        "avg": s["H"] / s["AB"],
        "obp": (s["H"] + s["BB"] + s["HBP"]) / (s["AB"] + s["BB"] + s["HBP"] + s["SF"]),
        "slg": tb / s["AB"],
        "hr_per_pa": s["HR"] / pa, "k_per_pa": s["SO"] / pa, "bb_per_pa": s["BB"] / pa,
        "runs_per_game": s["R"] / s["G"],
    }


def dugout_cmd(path):
    if path:
        return [path]
    built = os.path.join(ROOT, "target", "release", "dugout")
    if os.path.exists(built):
        return [built]
    return ["cargo", "run", "-q", "--release", "-p", "dugout", "--"]


def simulate(cmd, games, seed, league_file=None):
    args = cmd + ["sim", "--games", str(games), "--seed", str(seed), "--json"]
    args += ["--league-file", league_file] if league_file else ["--league", "mlb2023"]
    out = subprocess.run(args, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def table(real, sim, games, seed, source):
    lines = [f"| stat | real 2023 MLB | `dugout sim` ({games} games, seed {seed}) | diff | "
             "tolerance |", "|---|---|---|---|---|"]
    ok = True
    for label, key, tol in ROWS:
        r, s = real[key], sim[key]
        d = (s - r) / r
        good = abs(d) <= tol
        ok &= good
        fmt = "{:.2f}" if key == "runs_per_game" else "{:.3f}" if key in ("avg", "obp", "slg") \
            else "{:.4f}"
        lines.append(f"| {label} | {fmt.format(r)} | {fmt.format(s)} | {d:+.1%} | "
                     f"±{tol:.0%} {'ok' if good else 'OFF'} |")
    lines.append("")
    lines.append(f"Source: {source}; {sim['plate_appearances']} plate appearances.")
    return "\n".join(lines), ok


def fit_round(adjust, real, sim):
    """Multiplicative update per card outcome class from the batting line's residuals."""
    new = dict(adjust)
    new["K"] = adjust.get("K", 1.0) * real["k_per_pa"] / sim["k_per_pa"]
    new["BB"] = adjust.get("BB", 1.0) * real["bb_per_pa"] / sim["bb_per_pa"]
    new["HR"] = adjust.get("HR", 1.0) * real["hr_per_pa"] / sim["hr_per_pa"]
    # Non-HR hits: AVG without the HR share.
    hit_ratio = (real["avg"] - real["hr_per_pa"]) / max(sim["avg"] - sim["hr_per_pa"], 1e-6)
    for c in ("1B", "2B", "3B"):
        new[c] = adjust.get(c, 1.0) * hit_ratio
    # Extra bases beyond HR: SLG − AVG − 3 × HR share, carried by doubles and triples.
    xb_real = real["slg"] - real["avg"] - 3 * real["hr_per_pa"] * 1.12
    xb_sim = sim["slg"] - sim["avg"] - 3 * sim["hr_per_pa"] * 1.12
    if xb_sim > 0:
        for c in ("2B", "3B"):
            new[c] *= (xb_real / xb_sim) ** 0.8
    return {k: round(v, 4) for k, v in sorted(new.items())}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--games", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dugout", help="path of a built dugout binary")
    ap.add_argument("--league-file", help="simulate this league file instead of the embedded one")
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    cmd = dugout_cmd(args.dugout)
    real = real_line()
    if args.fit:
        adjust = json.load(open(ADJUST)) if os.path.exists(ADJUST) else {}
        tmp = os.path.join(tempfile.gettempdir(), "mlb2023-fit.json.gz")
        for i in range(args.rounds):
            subprocess.run([sys.executable, "generate.py", "--out", tmp], cwd=HERE, check=True)
            sim = simulate(cmd, args.games, args.seed, tmp)
            text, ok = table(real, sim, args.games, args.seed, f"fit round {i + 1}")
            print(f"round {i + 1}, adjust {adjust}\n{text}\n", flush=True)
            adjust = fit_round(adjust, real, sim)
            with open(ADJUST, "w") as f:
                json.dump(adjust, f, indent=1, sort_keys=True)
                f.write("\n")
        subprocess.run([sys.executable, "generate.py"], cwd=HERE, check=True)
        print(f"wrote {ADJUST} and regenerated the league; rebuild dugout and run calibrate.py")
        return
    sim = simulate(cmd, args.games, args.seed, args.league_file)
    source = args.league_file or "the embedded mlb2023"
    text, ok = table(real, sim, args.games, args.seed, source)
    print(text)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
