//! Truth table for hits and walks (rules.md §5, §6 hit and run, §7 tries): every hit code and
//! every walk in every base state. Row format: see `truth_table_common.rs`.

#[path = "truth_table_common.rs"]
mod common;

const HITS_AND_WALKS: &str = r#"
# SINGLE_1: every base state, 0 and 2 outs (outs never matter on a hit)
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
SINGLE_1         0 0 N  -  -      | 01          | 0 0 0 | 1B
SINGLE_1         0 2 N  -  -      | 01          | 0 0 0 | 1B
SINGLE_1         1 0 N  -  -      | 12 01       | 0 0 0 | 1B
SINGLE_1         1 2 N  -  -      | 12 01       | 0 0 0 | 1B
SINGLE_1         2 0 N  -  -      | 23 01       | 0 0 0 | 1B
SINGLE_1         2 2 N  -  -      | 23 01       | 0 0 0 | 1B
SINGLE_1         3 0 N  -  -      | 3H 01       | 0 1 1 | 1B
SINGLE_1         3 2 N  -  -      | 3H 01       | 0 1 1 | 1B
SINGLE_1         4 0 N  -  -      | 23 12 01    | 0 0 0 | 1B
SINGLE_1         4 2 N  -  -      | 23 12 01    | 0 0 0 | 1B
SINGLE_1         5 0 N  -  -      | 3H 12 01    | 0 1 1 | 1B
SINGLE_1         5 2 N  -  -      | 3H 12 01    | 0 1 1 | 1B
SINGLE_1         6 0 N  -  -      | 3H 23 01    | 0 1 1 | 1B
SINGLE_1         6 2 N  -  -      | 3H 23 01    | 0 1 1 | 1B
SINGLE_1         7 0 N  -  -      | 3H 23 12 01 | 0 1 1 | 1B
SINGLE_1         7 2 N  -  -      | 3H 23 12 01 | 0 1 1 | 1B

# SINGLE_2: every base state, 0 and 2 outs (outs never matter on a hit)
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
SINGLE_2         0 0 N  -  -      | 01          | 0 0 0 | 1B
SINGLE_2         0 2 N  -  -      | 01          | 0 0 0 | 1B
SINGLE_2         1 0 N  -  -      | 13 01       | 0 0 0 | 1B
SINGLE_2         1 2 N  -  -      | 13 01       | 0 0 0 | 1B
SINGLE_2         2 0 N  -  -      | 2H 01       | 0 1 1 | 1B
SINGLE_2         2 2 N  -  -      | 2H 01       | 0 1 1 | 1B
SINGLE_2         3 0 N  -  -      | 3H 01       | 0 1 1 | 1B
SINGLE_2         3 2 N  -  -      | 3H 01       | 0 1 1 | 1B
SINGLE_2         4 0 N  -  -      | 2H 13 01    | 0 1 1 | 1B
SINGLE_2         4 2 N  -  -      | 2H 13 01    | 0 1 1 | 1B
SINGLE_2         5 0 N  -  -      | 3H 13 01    | 0 1 1 | 1B
SINGLE_2         5 2 N  -  -      | 3H 13 01    | 0 1 1 | 1B
SINGLE_2         6 0 N  -  -      | 3H 2H 01    | 0 2 2 | 1B
SINGLE_2         6 2 N  -  -      | 3H 2H 01    | 0 2 2 | 1B
SINGLE_2         7 0 N  -  -      | 3H 2H 13 01 | 0 2 2 | 1B
SINGLE_2         7 2 N  -  -      | 3H 2H 13 01 | 0 2 2 | 1B

# DOUBLE_2: every base state, 0 and 2 outs (outs never matter on a hit)
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
DOUBLE_2         0 0 N  -  -      | 02          | 0 0 0 | 2B
DOUBLE_2         0 2 N  -  -      | 02          | 0 0 0 | 2B
DOUBLE_2         1 0 N  -  -      | 13 02       | 0 0 0 | 2B
DOUBLE_2         1 2 N  -  -      | 13 02       | 0 0 0 | 2B
DOUBLE_2         2 0 N  -  -      | 2H 02       | 0 1 1 | 2B
DOUBLE_2         2 2 N  -  -      | 2H 02       | 0 1 1 | 2B
DOUBLE_2         3 0 N  -  -      | 3H 02       | 0 1 1 | 2B
DOUBLE_2         3 2 N  -  -      | 3H 02       | 0 1 1 | 2B
DOUBLE_2         4 0 N  -  -      | 2H 13 02    | 0 1 1 | 2B
DOUBLE_2         4 2 N  -  -      | 2H 13 02    | 0 1 1 | 2B
DOUBLE_2         5 0 N  -  -      | 3H 13 02    | 0 1 1 | 2B
DOUBLE_2         5 2 N  -  -      | 3H 13 02    | 0 1 1 | 2B
DOUBLE_2         6 0 N  -  -      | 3H 2H 02    | 0 2 2 | 2B
DOUBLE_2         6 2 N  -  -      | 3H 2H 02    | 0 2 2 | 2B
DOUBLE_2         7 0 N  -  -      | 3H 2H 13 02 | 0 2 2 | 2B
DOUBLE_2         7 2 N  -  -      | 3H 2H 13 02 | 0 2 2 | 2B

# DOUBLE_3: every base state, 0 and 2 outs (outs never matter on a hit)
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
DOUBLE_3         0 0 N  -  -      | 02          | 0 0 0 | 2B
DOUBLE_3         0 2 N  -  -      | 02          | 0 0 0 | 2B
DOUBLE_3         1 0 N  -  -      | 1H 02       | 0 1 1 | 2B
DOUBLE_3         1 2 N  -  -      | 1H 02       | 0 1 1 | 2B
DOUBLE_3         2 0 N  -  -      | 2H 02       | 0 1 1 | 2B
DOUBLE_3         2 2 N  -  -      | 2H 02       | 0 1 1 | 2B
DOUBLE_3         3 0 N  -  -      | 3H 02       | 0 1 1 | 2B
DOUBLE_3         3 2 N  -  -      | 3H 02       | 0 1 1 | 2B
DOUBLE_3         4 0 N  -  -      | 2H 1H 02    | 0 2 2 | 2B
DOUBLE_3         4 2 N  -  -      | 2H 1H 02    | 0 2 2 | 2B
DOUBLE_3         5 0 N  -  -      | 3H 1H 02    | 0 2 2 | 2B
DOUBLE_3         5 2 N  -  -      | 3H 1H 02    | 0 2 2 | 2B
DOUBLE_3         6 0 N  -  -      | 3H 2H 02    | 0 2 2 | 2B
DOUBLE_3         6 2 N  -  -      | 3H 2H 02    | 0 2 2 | 2B
DOUBLE_3         7 0 N  -  -      | 3H 2H 1H 02 | 0 3 3 | 2B
DOUBLE_3         7 2 N  -  -      | 3H 2H 1H 02 | 0 3 3 | 2B

# TRIPLE: every base state, 0 and 2 outs (outs never matter on a hit)
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
TRIPLE           0 0 N  -  -      | 03          | 0 0 0 | 3B
TRIPLE           0 2 N  -  -      | 03          | 0 0 0 | 3B
TRIPLE           1 0 N  -  -      | 1H 03       | 0 1 1 | 3B
TRIPLE           1 2 N  -  -      | 1H 03       | 0 1 1 | 3B
TRIPLE           2 0 N  -  -      | 2H 03       | 0 1 1 | 3B
TRIPLE           2 2 N  -  -      | 2H 03       | 0 1 1 | 3B
TRIPLE           3 0 N  -  -      | 3H 03       | 0 1 1 | 3B
TRIPLE           3 2 N  -  -      | 3H 03       | 0 1 1 | 3B
TRIPLE           4 0 N  -  -      | 2H 1H 03    | 0 2 2 | 3B
TRIPLE           4 2 N  -  -      | 2H 1H 03    | 0 2 2 | 3B
TRIPLE           5 0 N  -  -      | 3H 1H 03    | 0 2 2 | 3B
TRIPLE           5 2 N  -  -      | 3H 1H 03    | 0 2 2 | 3B
TRIPLE           6 0 N  -  -      | 3H 2H 03    | 0 2 2 | 3B
TRIPLE           6 2 N  -  -      | 3H 2H 03    | 0 2 2 | 3B
TRIPLE           7 0 N  -  -      | 3H 2H 1H 03 | 0 3 3 | 3B
TRIPLE           7 2 N  -  -      | 3H 2H 1H 03 | 0 3 3 | 3B

# HOMERUN: every base state, 0 and 2 outs (outs never matter on a hit)
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
HOMERUN          0 0 N  -  -      | 0H          | 0 1 1 | HR
HOMERUN          0 2 N  -  -      | 0H          | 0 1 1 | HR
HOMERUN          1 0 N  -  -      | 1H 0H       | 0 2 2 | HR
HOMERUN          1 2 N  -  -      | 1H 0H       | 0 2 2 | HR
HOMERUN          2 0 N  -  -      | 2H 0H       | 0 2 2 | HR
HOMERUN          2 2 N  -  -      | 2H 0H       | 0 2 2 | HR
HOMERUN          3 0 N  -  -      | 3H 0H       | 0 2 2 | HR
HOMERUN          3 2 N  -  -      | 3H 0H       | 0 2 2 | HR
HOMERUN          4 0 N  -  -      | 2H 1H 0H    | 0 3 3 | HR
HOMERUN          4 2 N  -  -      | 2H 1H 0H    | 0 3 3 | HR
HOMERUN          5 0 N  -  -      | 3H 1H 0H    | 0 3 3 | HR
HOMERUN          5 2 N  -  -      | 3H 1H 0H    | 0 3 3 | HR
HOMERUN          6 0 N  -  -      | 3H 2H 0H    | 0 3 3 | HR
HOMERUN          6 2 N  -  -      | 3H 2H 0H    | 0 3 3 | HR
HOMERUN          7 0 N  -  -      | 3H 2H 1H 0H | 0 4 4 | HR
HOMERUN          7 2 N  -  -      | 3H 2H 1H 0H | 0 4 4 | HR

# SINGLE_1 with hit and run: the runner from 1st goes to 3rd (a runner from 2nd scores ahead of him)
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
SINGLE_1         1 0 N  -  hnr    | 13 01       | 0 0 0 | 1B
SINGLE_1         1 1 N  -  hnr    | 13 01       | 0 0 0 | 1B
SINGLE_1         1 2 N  -  hnr    | 13 01       | 0 0 0 | 1B
SINGLE_1         4 0 N  -  hnr    | 2H 13 01    | 0 1 1 | 1B
SINGLE_1         4 1 N  -  hnr    | 2H 13 01    | 0 1 1 | 1B
SINGLE_1         4 2 N  -  hnr    | 2H 13 01    | 0 1 1 | 1B
SINGLE_1         5 0 N  -  hnr    | 3H 13 01    | 0 1 1 | 1B
SINGLE_1         5 1 N  -  hnr    | 3H 13 01    | 0 1 1 | 1B
SINGLE_1         5 2 N  -  hnr    | 3H 13 01    | 0 1 1 | 1B
SINGLE_1         7 0 N  -  hnr    | 3H 2H 13 01 | 0 2 2 | 1B
SINGLE_1         7 1 N  -  hnr    | 3H 2H 13 01 | 0 2 2 | 1B
SINGLE_1         7 2 N  -  hnr    | 3H 2H 13 01 | 0 2 2 | 1B

# hit and run changes no other hit
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
SINGLE_2         1 1 N  -  hnr    | 13 01       | 0 0 0 | 1B
SINGLE_2         7 1 N  -  hnr    | 3H 2H 13 01 | 0 2 2 | 1B
DOUBLE_2         1 1 N  -  hnr    | 13 02       | 0 0 0 | 2B
DOUBLE_2         7 1 N  -  hnr    | 3H 2H 13 02 | 0 2 2 | 2B
TRIPLE           1 1 N  -  hnr    | 1H 03       | 0 1 1 | 3B
TRIPLE           7 1 N  -  hnr    | 3H 2H 1H 03 | 0 3 3 | 3B
HOMERUN          1 1 N  -  hnr    | 1H 0H       | 0 2 2 | HR
HOMERUN          7 1 N  -  hnr    | 3H 2H 1H 0H | 0 4 4 | HR

# SINGLE_UNCAPPED: +1, the lead runner still on base may try one more (−2 from 1st, or scoring from 2nd on a ball to LF)
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
SINGLE_UNCAPPED  0 0 N  LF -      | 01          | 0 0 0 | 1B
SINGLE_UNCAPPED  0 2 N  LF -      | 01          | 0 0 0 | 1B
SINGLE_UNCAPPED  0 0 N  CF -      | 01          | 0 0 0 | 1B
SINGLE_UNCAPPED  0 2 N  CF -      | 01          | 0 0 0 | 1B
SINGLE_UNCAPPED  0 0 N  RF -      | 01          | 0 0 0 | 1B
SINGLE_UNCAPPED  0 2 N  RF -      | 01          | 0 0 0 | 1B
SINGLE_UNCAPPED  1 0 N  LF -      | 12 01       | 0 0 0 | 1B try13!
SINGLE_UNCAPPED  1 2 N  LF -      | 12 01       | 0 0 0 | 1B try13!
SINGLE_UNCAPPED  1 0 N  CF -      | 12 01       | 0 0 0 | 1B try13!
SINGLE_UNCAPPED  1 2 N  CF -      | 12 01       | 0 0 0 | 1B try13!
SINGLE_UNCAPPED  1 0 N  RF -      | 12 01       | 0 0 0 | 1B try13!
SINGLE_UNCAPPED  1 2 N  RF -      | 12 01       | 0 0 0 | 1B try13!
SINGLE_UNCAPPED  2 0 N  LF -      | 23 01       | 0 0 0 | 1B try2H!
SINGLE_UNCAPPED  2 2 N  LF -      | 23 01       | 0 0 0 | 1B try2H!
SINGLE_UNCAPPED  2 0 N  CF -      | 23 01       | 0 0 0 | 1B try2H
SINGLE_UNCAPPED  2 2 N  CF -      | 23 01       | 0 0 0 | 1B try2H
SINGLE_UNCAPPED  2 0 N  RF -      | 23 01       | 0 0 0 | 1B try2H
SINGLE_UNCAPPED  2 2 N  RF -      | 23 01       | 0 0 0 | 1B try2H
SINGLE_UNCAPPED  3 0 N  LF -      | 3H 01       | 0 1 1 | 1B
SINGLE_UNCAPPED  3 2 N  LF -      | 3H 01       | 0 1 1 | 1B
SINGLE_UNCAPPED  3 0 N  CF -      | 3H 01       | 0 1 1 | 1B
SINGLE_UNCAPPED  3 2 N  CF -      | 3H 01       | 0 1 1 | 1B
SINGLE_UNCAPPED  3 0 N  RF -      | 3H 01       | 0 1 1 | 1B
SINGLE_UNCAPPED  3 2 N  RF -      | 3H 01       | 0 1 1 | 1B
SINGLE_UNCAPPED  4 0 N  LF -      | 23 12 01    | 0 0 0 | 1B try2H!
SINGLE_UNCAPPED  4 2 N  LF -      | 23 12 01    | 0 0 0 | 1B try2H!
SINGLE_UNCAPPED  4 0 N  CF -      | 23 12 01    | 0 0 0 | 1B try2H
SINGLE_UNCAPPED  4 2 N  CF -      | 23 12 01    | 0 0 0 | 1B try2H
SINGLE_UNCAPPED  4 0 N  RF -      | 23 12 01    | 0 0 0 | 1B try2H
SINGLE_UNCAPPED  4 2 N  RF -      | 23 12 01    | 0 0 0 | 1B try2H
SINGLE_UNCAPPED  5 0 N  LF -      | 3H 12 01    | 0 1 1 | 1B try13!
SINGLE_UNCAPPED  5 2 N  LF -      | 3H 12 01    | 0 1 1 | 1B try13!
SINGLE_UNCAPPED  5 0 N  CF -      | 3H 12 01    | 0 1 1 | 1B try13!
SINGLE_UNCAPPED  5 2 N  CF -      | 3H 12 01    | 0 1 1 | 1B try13!
SINGLE_UNCAPPED  5 0 N  RF -      | 3H 12 01    | 0 1 1 | 1B try13!
SINGLE_UNCAPPED  5 2 N  RF -      | 3H 12 01    | 0 1 1 | 1B try13!
SINGLE_UNCAPPED  6 0 N  LF -      | 3H 23 01    | 0 1 1 | 1B try2H!
SINGLE_UNCAPPED  6 2 N  LF -      | 3H 23 01    | 0 1 1 | 1B try2H!
SINGLE_UNCAPPED  6 0 N  CF -      | 3H 23 01    | 0 1 1 | 1B try2H
SINGLE_UNCAPPED  6 2 N  CF -      | 3H 23 01    | 0 1 1 | 1B try2H
SINGLE_UNCAPPED  6 0 N  RF -      | 3H 23 01    | 0 1 1 | 1B try2H
SINGLE_UNCAPPED  6 2 N  RF -      | 3H 23 01    | 0 1 1 | 1B try2H
SINGLE_UNCAPPED  7 0 N  LF -      | 3H 23 12 01 | 0 1 1 | 1B try2H!
SINGLE_UNCAPPED  7 2 N  LF -      | 3H 23 12 01 | 0 1 1 | 1B try2H!
SINGLE_UNCAPPED  7 0 N  CF -      | 3H 23 12 01 | 0 1 1 | 1B try2H
SINGLE_UNCAPPED  7 2 N  CF -      | 3H 23 12 01 | 0 1 1 | 1B try2H
SINGLE_UNCAPPED  7 0 N  RF -      | 3H 23 12 01 | 0 1 1 | 1B try2H
SINGLE_UNCAPPED  7 2 N  RF -      | 3H 23 12 01 | 0 1 1 | 1B try2H

# SINGLE_UNCAPPED: a held lead runner may not try, and nobody tries in his place
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
SINGLE_UNCAPPED  1 0 N  LF h1     | 12 01       | 0 0 0 | 1B
SINGLE_UNCAPPED  2 0 N  LF h2     | 23 01       | 0 0 0 | 1B
SINGLE_UNCAPPED  4 0 N  LF h2     | 23 12 01    | 0 0 0 | 1B
SINGLE_UNCAPPED  4 0 N  LF h1     | 23 12 01    | 0 0 0 | 1B try2H!
SINGLE_UNCAPPED  5 0 N  LF h1     | 3H 12 01    | 0 1 1 | 1B
SINGLE_UNCAPPED  6 0 N  LF h2     | 3H 23 01    | 0 1 1 | 1B

# DOUBLE_UNCAPPED: +2, a runner from 1st may try to score (no penalty)
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
DOUBLE_UNCAPPED  0 0 N  LF -      | 02          | 0 0 0 | 2B
DOUBLE_UNCAPPED  0 2 N  LF -      | 02          | 0 0 0 | 2B
DOUBLE_UNCAPPED  0 0 N  RF -      | 02          | 0 0 0 | 2B
DOUBLE_UNCAPPED  0 2 N  RF -      | 02          | 0 0 0 | 2B
DOUBLE_UNCAPPED  1 0 N  LF -      | 13 02       | 0 0 0 | 2B try1H
DOUBLE_UNCAPPED  1 2 N  LF -      | 13 02       | 0 0 0 | 2B try1H
DOUBLE_UNCAPPED  1 0 N  RF -      | 13 02       | 0 0 0 | 2B try1H
DOUBLE_UNCAPPED  1 2 N  RF -      | 13 02       | 0 0 0 | 2B try1H
DOUBLE_UNCAPPED  2 0 N  LF -      | 2H 02       | 0 1 1 | 2B
DOUBLE_UNCAPPED  2 2 N  LF -      | 2H 02       | 0 1 1 | 2B
DOUBLE_UNCAPPED  2 0 N  RF -      | 2H 02       | 0 1 1 | 2B
DOUBLE_UNCAPPED  2 2 N  RF -      | 2H 02       | 0 1 1 | 2B
DOUBLE_UNCAPPED  3 0 N  LF -      | 3H 02       | 0 1 1 | 2B
DOUBLE_UNCAPPED  3 2 N  LF -      | 3H 02       | 0 1 1 | 2B
DOUBLE_UNCAPPED  3 0 N  RF -      | 3H 02       | 0 1 1 | 2B
DOUBLE_UNCAPPED  3 2 N  RF -      | 3H 02       | 0 1 1 | 2B
DOUBLE_UNCAPPED  4 0 N  LF -      | 2H 13 02    | 0 1 1 | 2B try1H
DOUBLE_UNCAPPED  4 2 N  LF -      | 2H 13 02    | 0 1 1 | 2B try1H
DOUBLE_UNCAPPED  4 0 N  RF -      | 2H 13 02    | 0 1 1 | 2B try1H
DOUBLE_UNCAPPED  4 2 N  RF -      | 2H 13 02    | 0 1 1 | 2B try1H
DOUBLE_UNCAPPED  5 0 N  LF -      | 3H 13 02    | 0 1 1 | 2B try1H
DOUBLE_UNCAPPED  5 2 N  LF -      | 3H 13 02    | 0 1 1 | 2B try1H
DOUBLE_UNCAPPED  5 0 N  RF -      | 3H 13 02    | 0 1 1 | 2B try1H
DOUBLE_UNCAPPED  5 2 N  RF -      | 3H 13 02    | 0 1 1 | 2B try1H
DOUBLE_UNCAPPED  6 0 N  LF -      | 3H 2H 02    | 0 2 2 | 2B
DOUBLE_UNCAPPED  6 2 N  LF -      | 3H 2H 02    | 0 2 2 | 2B
DOUBLE_UNCAPPED  6 0 N  RF -      | 3H 2H 02    | 0 2 2 | 2B
DOUBLE_UNCAPPED  6 2 N  RF -      | 3H 2H 02    | 0 2 2 | 2B
DOUBLE_UNCAPPED  7 0 N  LF -      | 3H 2H 13 02 | 0 2 2 | 2B try1H
DOUBLE_UNCAPPED  7 2 N  LF -      | 3H 2H 13 02 | 0 2 2 | 2B try1H
DOUBLE_UNCAPPED  7 0 N  RF -      | 3H 2H 13 02 | 0 2 2 | 2B try1H
DOUBLE_UNCAPPED  7 2 N  RF -      | 3H 2H 13 02 | 0 2 2 | 2B try1H
DOUBLE_UNCAPPED  1 0 N  CF h1     | 13 02       | 0 0 0 | 2B
DOUBLE_UNCAPPED  7 0 N  CF h1     | 3H 2H 13 02 | 0 2 2 | 2B

# uncapped hits to an infielder are plain SINGLE_1 / DOUBLE_2 (no try; hit and run applies to the single)
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
SINGLE_UNCAPPED  1 0 N  SS -      | 12 01       | 0 0 0 | 1B
SINGLE_UNCAPPED  2 0 N  SS -      | 23 01       | 0 0 0 | 1B
SINGLE_UNCAPPED  4 0 N  SS -      | 23 12 01    | 0 0 0 | 1B
SINGLE_UNCAPPED  7 0 N  SS -      | 3H 23 12 01 | 0 1 1 | 1B
DOUBLE_UNCAPPED  1 0 N  SS -      | 13 02       | 0 0 0 | 2B
DOUBLE_UNCAPPED  2 0 N  SS -      | 2H 02       | 0 1 1 | 2B
DOUBLE_UNCAPPED  4 0 N  SS -      | 2H 13 02    | 0 1 1 | 2B
DOUBLE_UNCAPPED  7 0 N  SS -      | 3H 2H 13 02 | 0 2 2 | 2B
SINGLE_UNCAPPED  1 1 N  2B hnr    | 13 01       | 0 0 0 | 1B
SINGLE_UNCAPPED  4 1 N  2B hnr    | 2H 13 01    | 0 1 1 | 1B

# WALK: batter to 1st, forced runners +1 only
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
WALK             0 0 N  -  -      | 01          | 0 0 0 |
WALK             0 1 N  -  -      | 01          | 0 0 0 |
WALK             0 2 N  -  -      | 01          | 0 0 0 |
WALK             1 0 N  -  -      | 12 01       | 0 0 0 |
WALK             1 1 N  -  -      | 12 01       | 0 0 0 |
WALK             1 2 N  -  -      | 12 01       | 0 0 0 |
WALK             2 0 N  -  -      | 22 01       | 0 0 0 |
WALK             2 1 N  -  -      | 22 01       | 0 0 0 |
WALK             2 2 N  -  -      | 22 01       | 0 0 0 |
WALK             3 0 N  -  -      | 33 01       | 0 0 0 |
WALK             3 1 N  -  -      | 33 01       | 0 0 0 |
WALK             3 2 N  -  -      | 33 01       | 0 0 0 |
WALK             4 0 N  -  -      | 23 12 01    | 0 0 0 |
WALK             4 1 N  -  -      | 23 12 01    | 0 0 0 |
WALK             4 2 N  -  -      | 23 12 01    | 0 0 0 |
WALK             5 0 N  -  -      | 33 12 01    | 0 0 0 |
WALK             5 1 N  -  -      | 33 12 01    | 0 0 0 |
WALK             5 2 N  -  -      | 33 12 01    | 0 0 0 |
WALK             6 0 N  -  -      | 33 22 01    | 0 0 0 |
WALK             6 1 N  -  -      | 33 22 01    | 0 0 0 |
WALK             6 2 N  -  -      | 33 22 01    | 0 0 0 |
WALK             7 0 N  -  -      | 3H 23 12 01 | 0 1 1 |
WALK             7 1 N  -  -      | 3H 23 12 01 | 0 1 1 |
WALK             7 2 N  -  -      | 3H 23 12 01 | 0 1 1 |

# HIT_BY_PITCH: batter to 1st, forced runners +1 only
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
HIT_BY_PITCH     0 0 N  -  -      | 01          | 0 0 0 |
HIT_BY_PITCH     0 1 N  -  -      | 01          | 0 0 0 |
HIT_BY_PITCH     0 2 N  -  -      | 01          | 0 0 0 |
HIT_BY_PITCH     1 0 N  -  -      | 12 01       | 0 0 0 |
HIT_BY_PITCH     1 1 N  -  -      | 12 01       | 0 0 0 |
HIT_BY_PITCH     1 2 N  -  -      | 12 01       | 0 0 0 |
HIT_BY_PITCH     2 0 N  -  -      | 22 01       | 0 0 0 |
HIT_BY_PITCH     2 1 N  -  -      | 22 01       | 0 0 0 |
HIT_BY_PITCH     2 2 N  -  -      | 22 01       | 0 0 0 |
HIT_BY_PITCH     3 0 N  -  -      | 33 01       | 0 0 0 |
HIT_BY_PITCH     3 1 N  -  -      | 33 01       | 0 0 0 |
HIT_BY_PITCH     3 2 N  -  -      | 33 01       | 0 0 0 |
HIT_BY_PITCH     4 0 N  -  -      | 23 12 01    | 0 0 0 |
HIT_BY_PITCH     4 1 N  -  -      | 23 12 01    | 0 0 0 |
HIT_BY_PITCH     4 2 N  -  -      | 23 12 01    | 0 0 0 |
HIT_BY_PITCH     5 0 N  -  -      | 33 12 01    | 0 0 0 |
HIT_BY_PITCH     5 1 N  -  -      | 33 12 01    | 0 0 0 |
HIT_BY_PITCH     5 2 N  -  -      | 33 12 01    | 0 0 0 |
HIT_BY_PITCH     6 0 N  -  -      | 33 22 01    | 0 0 0 |
HIT_BY_PITCH     6 1 N  -  -      | 33 22 01    | 0 0 0 |
HIT_BY_PITCH     6 2 N  -  -      | 33 22 01    | 0 0 0 |
HIT_BY_PITCH     7 0 N  -  -      | 3H 23 12 01 | 0 1 1 |
HIT_BY_PITCH     7 1 N  -  -      | 3H 23 12 01 | 0 1 1 |
HIT_BY_PITCH     7 2 N  -  -      | 3H 23 12 01 | 0 1 1 |

# INTENTIONAL_WALK: batter to 1st, forced runners +1 only
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
INTENTIONAL_WALK 0 0 N  -  -      | 01          | 0 0 0 |
INTENTIONAL_WALK 0 1 N  -  -      | 01          | 0 0 0 |
INTENTIONAL_WALK 0 2 N  -  -      | 01          | 0 0 0 |
INTENTIONAL_WALK 1 0 N  -  -      | 12 01       | 0 0 0 |
INTENTIONAL_WALK 1 1 N  -  -      | 12 01       | 0 0 0 |
INTENTIONAL_WALK 1 2 N  -  -      | 12 01       | 0 0 0 |
INTENTIONAL_WALK 2 0 N  -  -      | 22 01       | 0 0 0 |
INTENTIONAL_WALK 2 1 N  -  -      | 22 01       | 0 0 0 |
INTENTIONAL_WALK 2 2 N  -  -      | 22 01       | 0 0 0 |
INTENTIONAL_WALK 3 0 N  -  -      | 33 01       | 0 0 0 |
INTENTIONAL_WALK 3 1 N  -  -      | 33 01       | 0 0 0 |
INTENTIONAL_WALK 3 2 N  -  -      | 33 01       | 0 0 0 |
INTENTIONAL_WALK 4 0 N  -  -      | 23 12 01    | 0 0 0 |
INTENTIONAL_WALK 4 1 N  -  -      | 23 12 01    | 0 0 0 |
INTENTIONAL_WALK 4 2 N  -  -      | 23 12 01    | 0 0 0 |
INTENTIONAL_WALK 5 0 N  -  -      | 33 12 01    | 0 0 0 |
INTENTIONAL_WALK 5 1 N  -  -      | 33 12 01    | 0 0 0 |
INTENTIONAL_WALK 5 2 N  -  -      | 33 12 01    | 0 0 0 |
INTENTIONAL_WALK 6 0 N  -  -      | 33 22 01    | 0 0 0 |
INTENTIONAL_WALK 6 1 N  -  -      | 33 22 01    | 0 0 0 |
INTENTIONAL_WALK 6 2 N  -  -      | 33 22 01    | 0 0 0 |
INTENTIONAL_WALK 7 0 N  -  -      | 3H 23 12 01 | 0 1 1 |
INTENTIONAL_WALK 7 1 N  -  -      | 3H 23 12 01 | 0 1 1 |
INTENTIONAL_WALK 7 2 N  -  -      | 3H 23 12 01 | 0 1 1 |

# walks ignore hit and run and held runners
# code            obc outs depth loc flags | moves       | outs runs rbi | extras
WALK             1 0 N  -  hnr,h1 | 12 01       | 0 0 0 |
WALK             5 0 N  -  hnr,h1 | 33 12 01    | 0 0 0 |
WALK             7 0 N  -  hnr,h1 | 3H 23 12 01 | 0 1 1 |

"#;

#[test]
fn hits_and_walks_truth_table() {
    let rows = common::check_table(HITS_AND_WALKS);
    assert!(rows >= 250, "only {rows} rows");
}
