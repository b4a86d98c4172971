"""The 30 clubs of 2023: Lahman teamID -> abbreviation, names and colours (hex, no '#').

The colours are the clubs' well-known primary (team colour) and secondary (dice colour) colours,
written down by hand for this sample league.
"""

# teamID: (abbrev, lname, sname, color, dice_color)
CLUBS = {
    "ARI": ("ARI", "Arizona Diamondbacks", "Diamondbacks", "a71930", "e3d4ad"),
    "ATL": ("ATL", "Atlanta Braves", "Braves", "ce1141", "13274f"),
    "BAL": ("BAL", "Baltimore Orioles", "Orioles", "df4601", "000000"),
    "BOS": ("BOS", "Boston Red Sox", "Red Sox", "bd3039", "0c2340"),
    "CHN": ("CHC", "Chicago Cubs", "Cubs", "0e3386", "cc3433"),
    "CHA": ("CHW", "Chicago White Sox", "White Sox", "27251f", "c4ced4"),
    "CIN": ("CIN", "Cincinnati Reds", "Reds", "c6011f", "000000"),
    "CLE": ("CLE", "Cleveland Guardians", "Guardians", "00385d", "e50022"),
    "COL": ("COL", "Colorado Rockies", "Rockies", "333366", "c4ced4"),
    "DET": ("DET", "Detroit Tigers", "Tigers", "0c2340", "fa4616"),
    "HOU": ("HOU", "Houston Astros", "Astros", "002d62", "eb6e1f"),
    "KCA": ("KC", "Kansas City Royals", "Royals", "004687", "bd9b60"),
    "LAA": ("LAA", "Los Angeles Angels", "Angels", "ba0021", "003263"),
    "LAN": ("LAD", "Los Angeles Dodgers", "Dodgers", "005a9c", "ef3e42"),
    "MIA": ("MIA", "Miami Marlins", "Marlins", "00a3e0", "ef3340"),
    "MIL": ("MIL", "Milwaukee Brewers", "Brewers", "12284b", "ffc52f"),
    "MIN": ("MIN", "Minnesota Twins", "Twins", "002b5c", "d31145"),
    "NYN": ("NYM", "New York Mets", "Mets", "002d72", "ff5910"),
    "NYA": ("NYY", "New York Yankees", "Yankees", "0c2340", "c4ced3"),
    "OAK": ("OAK", "Oakland Athletics", "Athletics", "003831", "efb21e"),
    "PHI": ("PHI", "Philadelphia Phillies", "Phillies", "e81828", "002d72"),
    "PIT": ("PIT", "Pittsburgh Pirates", "Pirates", "27251f", "fdb827"),
    "SDN": ("SD", "San Diego Padres", "Padres", "2f241d", "ffc425"),
    "SEA": ("SEA", "Seattle Mariners", "Mariners", "0c2c56", "005c5c"),
    "SFN": ("SF", "San Francisco Giants", "Giants", "fd5a1e", "27251f"),
    "SLN": ("STL", "St. Louis Cardinals", "Cardinals", "c41e3a", "0c2340"),
    "TBA": ("TB", "Tampa Bay Rays", "Rays", "092c5c", "8fbce6"),
    "TEX": ("TEX", "Texas Rangers", "Rangers", "003278", "c0111f"),
    "TOR": ("TOR", "Toronto Blue Jays", "Blue Jays", "134a8e", "1d2d5c"),
    "WAS": ("WSH", "Washington Nationals", "Nationals", "ab0003", "14225a"),
}
