//! Truth table for the thirteen groundball chart results themselves (rules.md §5), each applied in
//! every base state with 0, 1 and 2 outs — including results 7–9 that today's chart never picks
//! and the fielder-dependent 5 and 6. Row format: see `truth_table_common.rs`.

#[path = "truth_table_common.rs"]
mod common;

const RESULTS: &str = r#"
# result 1: batter out, runners hold (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:1   0 0 N  SS -      | 0X          | 1 0 0 | gb1
GB:1   0 1 N  SS -      | 0X          | 1 0 0 | gb1
GB:1   0 2 N  SS -      | 0X          | 1 0 0 | gb1
GB:1   1 0 N  SS -      | 11 0X       | 1 0 0 | gb1
GB:1   1 1 N  SS -      | 11 0X       | 1 0 0 | gb1
GB:1   1 2 N  SS -      | 11 0X       | 1 0 0 | gb1
GB:1   2 0 N  SS -      | 22 0X       | 1 0 0 | gb1
GB:1   2 1 N  SS -      | 22 0X       | 1 0 0 | gb1
GB:1   2 2 N  SS -      | 22 0X       | 1 0 0 | gb1
GB:1   3 0 N  SS -      | 33 0X       | 1 0 0 | gb1
GB:1   3 1 N  SS -      | 33 0X       | 1 0 0 | gb1
GB:1   3 2 N  SS -      | 33 0X       | 1 0 0 | gb1
GB:1   4 0 N  SS -      | 22 11 0X    | 1 0 0 | gb1
GB:1   4 1 N  SS -      | 22 11 0X    | 1 0 0 | gb1
GB:1   4 2 N  SS -      | 22 11 0X    | 1 0 0 | gb1
GB:1   5 0 N  SS -      | 33 11 0X    | 1 0 0 | gb1
GB:1   5 1 N  SS -      | 33 11 0X    | 1 0 0 | gb1
GB:1   5 2 N  SS -      | 33 11 0X    | 1 0 0 | gb1
GB:1   6 0 N  SS -      | 33 22 0X    | 1 0 0 | gb1
GB:1   6 1 N  SS -      | 33 22 0X    | 1 0 0 | gb1
GB:1   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb1
GB:1   7 0 N  SS -      | 33 22 11 0X | 1 0 0 | gb1
GB:1   7 1 N  SS -      | 33 22 11 0X | 1 0 0 | gb1
GB:1   7 2 N  SS -      | 33 22 11 0X | 1 0 0 | gb1

# result 2: DP: runner from 1st out at 2nd, batter out, others +1 (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:2   0 0 N  SS -      | 0X          | 1 0 0 | gb2
GB:2   0 1 N  SS -      | 0X          | 1 0 0 | gb2
GB:2   0 2 N  SS -      | 0X          | 1 0 0 | gb2
GB:2   1 0 N  SS -      | 1X 0X       | 2 0 0 | gb2 dp
GB:2   1 1 N  SS -      | 1X 0X       | 2 0 0 | gb2 dp
GB:2   1 2 N  SS -      | 1X 01       | 1 0 0 | gb2
GB:2   2 0 N  SS -      | 23 0X       | 1 0 0 | gb2
GB:2   2 1 N  SS -      | 23 0X       | 1 0 0 | gb2
GB:2   2 2 N  SS -      | 22 0X       | 1 0 0 | gb2
GB:2   3 0 N  SS -      | 3H 0X       | 1 1 1 | gb2
GB:2   3 1 N  SS -      | 3H 0X       | 1 1 1 | gb2
GB:2   3 2 N  SS -      | 33 0X       | 1 0 0 | gb2
GB:2   4 0 N  SS -      | 23 1X 0X    | 2 0 0 | gb2 dp
GB:2   4 1 N  SS -      | 22 1X 0X    | 2 0 0 | gb2 dp
GB:2   4 2 N  SS -      | 22 1X 01    | 1 0 0 | gb2
GB:2   5 0 N  SS -      | 3H 1X 0X    | 2 1 0 | gb2 dp
GB:2   5 1 N  SS -      | 33 1X 0X    | 2 0 0 | gb2 dp
GB:2   5 2 N  SS -      | 33 1X 01    | 1 0 0 | gb2
GB:2   6 0 N  SS -      | 3H 23 0X    | 1 1 1 | gb2
GB:2   6 1 N  SS -      | 3H 23 0X    | 1 1 1 | gb2
GB:2   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb2
GB:2   7 0 N  SS -      | 3H 23 1X 0X | 2 1 0 | gb2 dp
GB:2   7 1 N  SS -      | 33 22 1X 0X | 2 0 0 | gb2 dp
GB:2   7 2 N  SS -      | 33 22 1X 01 | 1 0 0 | gb2

# result 3: batter out, runners +1 (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:3   0 0 N  SS -      | 0X          | 1 0 0 | gb3
GB:3   0 1 N  SS -      | 0X          | 1 0 0 | gb3
GB:3   0 2 N  SS -      | 0X          | 1 0 0 | gb3
GB:3   1 0 N  SS -      | 12 0X       | 1 0 0 | gb3
GB:3   1 1 N  SS -      | 12 0X       | 1 0 0 | gb3
GB:3   1 2 N  SS -      | 11 0X       | 1 0 0 | gb3
GB:3   2 0 N  SS -      | 23 0X       | 1 0 0 | gb3
GB:3   2 1 N  SS -      | 23 0X       | 1 0 0 | gb3
GB:3   2 2 N  SS -      | 22 0X       | 1 0 0 | gb3
GB:3   3 0 N  SS -      | 3H 0X       | 1 1 1 | gb3
GB:3   3 1 N  SS -      | 3H 0X       | 1 1 1 | gb3
GB:3   3 2 N  SS -      | 33 0X       | 1 0 0 | gb3
GB:3   4 0 N  SS -      | 23 12 0X    | 1 0 0 | gb3
GB:3   4 1 N  SS -      | 23 12 0X    | 1 0 0 | gb3
GB:3   4 2 N  SS -      | 22 11 0X    | 1 0 0 | gb3
GB:3   5 0 N  SS -      | 3H 12 0X    | 1 1 1 | gb3
GB:3   5 1 N  SS -      | 3H 12 0X    | 1 1 1 | gb3
GB:3   5 2 N  SS -      | 33 11 0X    | 1 0 0 | gb3
GB:3   6 0 N  SS -      | 3H 23 0X    | 1 1 1 | gb3
GB:3   6 1 N  SS -      | 3H 23 0X    | 1 1 1 | gb3
GB:3   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb3
GB:3   7 0 N  SS -      | 3H 23 12 0X | 1 1 1 | gb3
GB:3   7 1 N  SS -      | 3H 23 12 0X | 1 1 1 | gb3
GB:3   7 2 N  SS -      | 33 22 11 0X | 1 0 0 | gb3

# result 4: runner from 1st forced at 2nd, batter safe, others +1 (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:4   0 0 N  SS -      | 0X          | 1 0 0 | gb4
GB:4   0 1 N  SS -      | 0X          | 1 0 0 | gb4
GB:4   0 2 N  SS -      | 0X          | 1 0 0 | gb4
GB:4   1 0 N  SS -      | 1X 01       | 1 0 0 | gb4
GB:4   1 1 N  SS -      | 1X 01       | 1 0 0 | gb4
GB:4   1 2 N  SS -      | 1X 01       | 1 0 0 | gb4
GB:4   2 0 N  SS -      | 23 0X       | 1 0 0 | gb4
GB:4   2 1 N  SS -      | 23 0X       | 1 0 0 | gb4
GB:4   2 2 N  SS -      | 22 0X       | 1 0 0 | gb4
GB:4   3 0 N  SS -      | 3H 0X       | 1 1 1 | gb4
GB:4   3 1 N  SS -      | 3H 0X       | 1 1 1 | gb4
GB:4   3 2 N  SS -      | 33 0X       | 1 0 0 | gb4
GB:4   4 0 N  SS -      | 23 1X 01    | 1 0 0 | gb4
GB:4   4 1 N  SS -      | 23 1X 01    | 1 0 0 | gb4
GB:4   4 2 N  SS -      | 22 1X 01    | 1 0 0 | gb4
GB:4   5 0 N  SS -      | 3H 1X 01    | 1 1 1 | gb4
GB:4   5 1 N  SS -      | 3H 1X 01    | 1 1 1 | gb4
GB:4   5 2 N  SS -      | 33 1X 01    | 1 0 0 | gb4
GB:4   6 0 N  SS -      | 3H 23 0X    | 1 1 1 | gb4
GB:4   6 1 N  SS -      | 3H 23 0X    | 1 1 1 | gb4
GB:4   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb4
GB:4   7 0 N  SS -      | 3H 23 1X 01 | 1 1 1 | gb4
GB:4   7 1 N  SS -      | 3H 23 1X 01 | 1 1 1 | gb4
GB:4   7 2 N  SS -      | 33 22 1X 01 | 1 0 0 | gb4

# result 5: as 3 to 2B/SS, else as 1 (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:5   0 0 N  SS -      | 0X          | 1 0 0 | gb5
GB:5   0 0 N  2B -      | 0X          | 1 0 0 | gb5
GB:5   0 0 N  1B -      | 0X          | 1 0 0 | gb5
GB:5   0 0 N  3B -      | 0X          | 1 0 0 | gb5
GB:5   0 1 N  SS -      | 0X          | 1 0 0 | gb5
GB:5   0 1 N  2B -      | 0X          | 1 0 0 | gb5
GB:5   0 1 N  1B -      | 0X          | 1 0 0 | gb5
GB:5   0 1 N  3B -      | 0X          | 1 0 0 | gb5
GB:5   0 2 N  SS -      | 0X          | 1 0 0 | gb5
GB:5   0 2 N  2B -      | 0X          | 1 0 0 | gb5
GB:5   0 2 N  1B -      | 0X          | 1 0 0 | gb5
GB:5   0 2 N  3B -      | 0X          | 1 0 0 | gb5
GB:5   1 0 N  SS -      | 12 0X       | 1 0 0 | gb5
GB:5   1 0 N  2B -      | 12 0X       | 1 0 0 | gb5
GB:5   1 0 N  1B -      | 11 0X       | 1 0 0 | gb5
GB:5   1 0 N  3B -      | 11 0X       | 1 0 0 | gb5
GB:5   1 1 N  SS -      | 12 0X       | 1 0 0 | gb5
GB:5   1 1 N  2B -      | 12 0X       | 1 0 0 | gb5
GB:5   1 1 N  1B -      | 11 0X       | 1 0 0 | gb5
GB:5   1 1 N  3B -      | 11 0X       | 1 0 0 | gb5
GB:5   1 2 N  SS -      | 11 0X       | 1 0 0 | gb5
GB:5   1 2 N  2B -      | 11 0X       | 1 0 0 | gb5
GB:5   1 2 N  1B -      | 11 0X       | 1 0 0 | gb5
GB:5   1 2 N  3B -      | 11 0X       | 1 0 0 | gb5
GB:5   2 0 N  SS -      | 23 0X       | 1 0 0 | gb5
GB:5   2 0 N  2B -      | 23 0X       | 1 0 0 | gb5
GB:5   2 0 N  1B -      | 22 0X       | 1 0 0 | gb5
GB:5   2 0 N  3B -      | 22 0X       | 1 0 0 | gb5
GB:5   2 1 N  SS -      | 23 0X       | 1 0 0 | gb5
GB:5   2 1 N  2B -      | 23 0X       | 1 0 0 | gb5
GB:5   2 1 N  1B -      | 22 0X       | 1 0 0 | gb5
GB:5   2 1 N  3B -      | 22 0X       | 1 0 0 | gb5
GB:5   2 2 N  SS -      | 22 0X       | 1 0 0 | gb5
GB:5   2 2 N  2B -      | 22 0X       | 1 0 0 | gb5
GB:5   2 2 N  1B -      | 22 0X       | 1 0 0 | gb5
GB:5   2 2 N  3B -      | 22 0X       | 1 0 0 | gb5
GB:5   3 0 N  SS -      | 3H 0X       | 1 1 1 | gb5
GB:5   3 0 N  2B -      | 3H 0X       | 1 1 1 | gb5
GB:5   3 0 N  1B -      | 33 0X       | 1 0 0 | gb5
GB:5   3 0 N  3B -      | 33 0X       | 1 0 0 | gb5
GB:5   3 1 N  SS -      | 3H 0X       | 1 1 1 | gb5
GB:5   3 1 N  2B -      | 3H 0X       | 1 1 1 | gb5
GB:5   3 1 N  1B -      | 33 0X       | 1 0 0 | gb5
GB:5   3 1 N  3B -      | 33 0X       | 1 0 0 | gb5
GB:5   3 2 N  SS -      | 33 0X       | 1 0 0 | gb5
GB:5   3 2 N  2B -      | 33 0X       | 1 0 0 | gb5
GB:5   3 2 N  1B -      | 33 0X       | 1 0 0 | gb5
GB:5   3 2 N  3B -      | 33 0X       | 1 0 0 | gb5
GB:5   4 0 N  SS -      | 23 12 0X    | 1 0 0 | gb5
GB:5   4 0 N  2B -      | 23 12 0X    | 1 0 0 | gb5
GB:5   4 0 N  1B -      | 22 11 0X    | 1 0 0 | gb5
GB:5   4 0 N  3B -      | 22 11 0X    | 1 0 0 | gb5
GB:5   4 1 N  SS -      | 23 12 0X    | 1 0 0 | gb5
GB:5   4 1 N  2B -      | 23 12 0X    | 1 0 0 | gb5
GB:5   4 1 N  1B -      | 22 11 0X    | 1 0 0 | gb5
GB:5   4 1 N  3B -      | 22 11 0X    | 1 0 0 | gb5
GB:5   4 2 N  SS -      | 22 11 0X    | 1 0 0 | gb5
GB:5   4 2 N  2B -      | 22 11 0X    | 1 0 0 | gb5
GB:5   4 2 N  1B -      | 22 11 0X    | 1 0 0 | gb5
GB:5   4 2 N  3B -      | 22 11 0X    | 1 0 0 | gb5
GB:5   5 0 N  SS -      | 3H 12 0X    | 1 1 1 | gb5
GB:5   5 0 N  2B -      | 3H 12 0X    | 1 1 1 | gb5
GB:5   5 0 N  1B -      | 33 11 0X    | 1 0 0 | gb5
GB:5   5 0 N  3B -      | 33 11 0X    | 1 0 0 | gb5
GB:5   5 1 N  SS -      | 3H 12 0X    | 1 1 1 | gb5
GB:5   5 1 N  2B -      | 3H 12 0X    | 1 1 1 | gb5
GB:5   5 1 N  1B -      | 33 11 0X    | 1 0 0 | gb5
GB:5   5 1 N  3B -      | 33 11 0X    | 1 0 0 | gb5
GB:5   5 2 N  SS -      | 33 11 0X    | 1 0 0 | gb5
GB:5   5 2 N  2B -      | 33 11 0X    | 1 0 0 | gb5
GB:5   5 2 N  1B -      | 33 11 0X    | 1 0 0 | gb5
GB:5   5 2 N  3B -      | 33 11 0X    | 1 0 0 | gb5
GB:5   6 0 N  SS -      | 3H 23 0X    | 1 1 1 | gb5
GB:5   6 0 N  2B -      | 3H 23 0X    | 1 1 1 | gb5
GB:5   6 0 N  1B -      | 33 22 0X    | 1 0 0 | gb5
GB:5   6 0 N  3B -      | 33 22 0X    | 1 0 0 | gb5
GB:5   6 1 N  SS -      | 3H 23 0X    | 1 1 1 | gb5
GB:5   6 1 N  2B -      | 3H 23 0X    | 1 1 1 | gb5
GB:5   6 1 N  1B -      | 33 22 0X    | 1 0 0 | gb5
GB:5   6 1 N  3B -      | 33 22 0X    | 1 0 0 | gb5
GB:5   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb5
GB:5   6 2 N  2B -      | 33 22 0X    | 1 0 0 | gb5
GB:5   6 2 N  1B -      | 33 22 0X    | 1 0 0 | gb5
GB:5   6 2 N  3B -      | 33 22 0X    | 1 0 0 | gb5
GB:5   7 0 N  SS -      | 3H 23 12 0X | 1 1 1 | gb5
GB:5   7 0 N  2B -      | 3H 23 12 0X | 1 1 1 | gb5
GB:5   7 0 N  1B -      | 33 22 11 0X | 1 0 0 | gb5
GB:5   7 0 N  3B -      | 33 22 11 0X | 1 0 0 | gb5
GB:5   7 1 N  SS -      | 3H 23 12 0X | 1 1 1 | gb5
GB:5   7 1 N  2B -      | 3H 23 12 0X | 1 1 1 | gb5
GB:5   7 1 N  1B -      | 33 22 11 0X | 1 0 0 | gb5
GB:5   7 1 N  3B -      | 33 22 11 0X | 1 0 0 | gb5
GB:5   7 2 N  SS -      | 33 22 11 0X | 1 0 0 | gb5
GB:5   7 2 N  2B -      | 33 22 11 0X | 1 0 0 | gb5
GB:5   7 2 N  1B -      | 33 22 11 0X | 1 0 0 | gb5
GB:5   7 2 N  3B -      | 33 22 11 0X | 1 0 0 | gb5

# result 6: as 3 to 1B/2B, else as 1 (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:6   0 0 N  SS -      | 0X          | 1 0 0 | gb6
GB:6   0 0 N  2B -      | 0X          | 1 0 0 | gb6
GB:6   0 0 N  1B -      | 0X          | 1 0 0 | gb6
GB:6   0 0 N  3B -      | 0X          | 1 0 0 | gb6
GB:6   0 1 N  SS -      | 0X          | 1 0 0 | gb6
GB:6   0 1 N  2B -      | 0X          | 1 0 0 | gb6
GB:6   0 1 N  1B -      | 0X          | 1 0 0 | gb6
GB:6   0 1 N  3B -      | 0X          | 1 0 0 | gb6
GB:6   0 2 N  SS -      | 0X          | 1 0 0 | gb6
GB:6   0 2 N  2B -      | 0X          | 1 0 0 | gb6
GB:6   0 2 N  1B -      | 0X          | 1 0 0 | gb6
GB:6   0 2 N  3B -      | 0X          | 1 0 0 | gb6
GB:6   1 0 N  SS -      | 11 0X       | 1 0 0 | gb6
GB:6   1 0 N  2B -      | 12 0X       | 1 0 0 | gb6
GB:6   1 0 N  1B -      | 12 0X       | 1 0 0 | gb6
GB:6   1 0 N  3B -      | 11 0X       | 1 0 0 | gb6
GB:6   1 1 N  SS -      | 11 0X       | 1 0 0 | gb6
GB:6   1 1 N  2B -      | 12 0X       | 1 0 0 | gb6
GB:6   1 1 N  1B -      | 12 0X       | 1 0 0 | gb6
GB:6   1 1 N  3B -      | 11 0X       | 1 0 0 | gb6
GB:6   1 2 N  SS -      | 11 0X       | 1 0 0 | gb6
GB:6   1 2 N  2B -      | 11 0X       | 1 0 0 | gb6
GB:6   1 2 N  1B -      | 11 0X       | 1 0 0 | gb6
GB:6   1 2 N  3B -      | 11 0X       | 1 0 0 | gb6
GB:6   2 0 N  SS -      | 22 0X       | 1 0 0 | gb6
GB:6   2 0 N  2B -      | 23 0X       | 1 0 0 | gb6
GB:6   2 0 N  1B -      | 23 0X       | 1 0 0 | gb6
GB:6   2 0 N  3B -      | 22 0X       | 1 0 0 | gb6
GB:6   2 1 N  SS -      | 22 0X       | 1 0 0 | gb6
GB:6   2 1 N  2B -      | 23 0X       | 1 0 0 | gb6
GB:6   2 1 N  1B -      | 23 0X       | 1 0 0 | gb6
GB:6   2 1 N  3B -      | 22 0X       | 1 0 0 | gb6
GB:6   2 2 N  SS -      | 22 0X       | 1 0 0 | gb6
GB:6   2 2 N  2B -      | 22 0X       | 1 0 0 | gb6
GB:6   2 2 N  1B -      | 22 0X       | 1 0 0 | gb6
GB:6   2 2 N  3B -      | 22 0X       | 1 0 0 | gb6
GB:6   3 0 N  SS -      | 33 0X       | 1 0 0 | gb6
GB:6   3 0 N  2B -      | 3H 0X       | 1 1 1 | gb6
GB:6   3 0 N  1B -      | 3H 0X       | 1 1 1 | gb6
GB:6   3 0 N  3B -      | 33 0X       | 1 0 0 | gb6
GB:6   3 1 N  SS -      | 33 0X       | 1 0 0 | gb6
GB:6   3 1 N  2B -      | 3H 0X       | 1 1 1 | gb6
GB:6   3 1 N  1B -      | 3H 0X       | 1 1 1 | gb6
GB:6   3 1 N  3B -      | 33 0X       | 1 0 0 | gb6
GB:6   3 2 N  SS -      | 33 0X       | 1 0 0 | gb6
GB:6   3 2 N  2B -      | 33 0X       | 1 0 0 | gb6
GB:6   3 2 N  1B -      | 33 0X       | 1 0 0 | gb6
GB:6   3 2 N  3B -      | 33 0X       | 1 0 0 | gb6
GB:6   4 0 N  SS -      | 22 11 0X    | 1 0 0 | gb6
GB:6   4 0 N  2B -      | 23 12 0X    | 1 0 0 | gb6
GB:6   4 0 N  1B -      | 23 12 0X    | 1 0 0 | gb6
GB:6   4 0 N  3B -      | 22 11 0X    | 1 0 0 | gb6
GB:6   4 1 N  SS -      | 22 11 0X    | 1 0 0 | gb6
GB:6   4 1 N  2B -      | 23 12 0X    | 1 0 0 | gb6
GB:6   4 1 N  1B -      | 23 12 0X    | 1 0 0 | gb6
GB:6   4 1 N  3B -      | 22 11 0X    | 1 0 0 | gb6
GB:6   4 2 N  SS -      | 22 11 0X    | 1 0 0 | gb6
GB:6   4 2 N  2B -      | 22 11 0X    | 1 0 0 | gb6
GB:6   4 2 N  1B -      | 22 11 0X    | 1 0 0 | gb6
GB:6   4 2 N  3B -      | 22 11 0X    | 1 0 0 | gb6
GB:6   5 0 N  SS -      | 33 11 0X    | 1 0 0 | gb6
GB:6   5 0 N  2B -      | 3H 12 0X    | 1 1 1 | gb6
GB:6   5 0 N  1B -      | 3H 12 0X    | 1 1 1 | gb6
GB:6   5 0 N  3B -      | 33 11 0X    | 1 0 0 | gb6
GB:6   5 1 N  SS -      | 33 11 0X    | 1 0 0 | gb6
GB:6   5 1 N  2B -      | 3H 12 0X    | 1 1 1 | gb6
GB:6   5 1 N  1B -      | 3H 12 0X    | 1 1 1 | gb6
GB:6   5 1 N  3B -      | 33 11 0X    | 1 0 0 | gb6
GB:6   5 2 N  SS -      | 33 11 0X    | 1 0 0 | gb6
GB:6   5 2 N  2B -      | 33 11 0X    | 1 0 0 | gb6
GB:6   5 2 N  1B -      | 33 11 0X    | 1 0 0 | gb6
GB:6   5 2 N  3B -      | 33 11 0X    | 1 0 0 | gb6
GB:6   6 0 N  SS -      | 33 22 0X    | 1 0 0 | gb6
GB:6   6 0 N  2B -      | 3H 23 0X    | 1 1 1 | gb6
GB:6   6 0 N  1B -      | 3H 23 0X    | 1 1 1 | gb6
GB:6   6 0 N  3B -      | 33 22 0X    | 1 0 0 | gb6
GB:6   6 1 N  SS -      | 33 22 0X    | 1 0 0 | gb6
GB:6   6 1 N  2B -      | 3H 23 0X    | 1 1 1 | gb6
GB:6   6 1 N  1B -      | 3H 23 0X    | 1 1 1 | gb6
GB:6   6 1 N  3B -      | 33 22 0X    | 1 0 0 | gb6
GB:6   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb6
GB:6   6 2 N  2B -      | 33 22 0X    | 1 0 0 | gb6
GB:6   6 2 N  1B -      | 33 22 0X    | 1 0 0 | gb6
GB:6   6 2 N  3B -      | 33 22 0X    | 1 0 0 | gb6
GB:6   7 0 N  SS -      | 33 22 11 0X | 1 0 0 | gb6
GB:6   7 0 N  2B -      | 3H 23 12 0X | 1 1 1 | gb6
GB:6   7 0 N  1B -      | 3H 23 12 0X | 1 1 1 | gb6
GB:6   7 0 N  3B -      | 33 22 11 0X | 1 0 0 | gb6
GB:6   7 1 N  SS -      | 33 22 11 0X | 1 0 0 | gb6
GB:6   7 1 N  2B -      | 3H 23 12 0X | 1 1 1 | gb6
GB:6   7 1 N  1B -      | 3H 23 12 0X | 1 1 1 | gb6
GB:6   7 1 N  3B -      | 33 22 11 0X | 1 0 0 | gb6
GB:6   7 2 N  SS -      | 33 22 11 0X | 1 0 0 | gb6
GB:6   7 2 N  2B -      | 33 22 11 0X | 1 0 0 | gb6
GB:6   7 2 N  1B -      | 33 22 11 0X | 1 0 0 | gb6
GB:6   7 2 N  3B -      | 33 22 11 0X | 1 0 0 | gb6

# result 7: batter out, forced runners +1 only (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:7   0 0 N  SS -      | 0X          | 1 0 0 | gb7
GB:7   0 1 N  SS -      | 0X          | 1 0 0 | gb7
GB:7   0 2 N  SS -      | 0X          | 1 0 0 | gb7
GB:7   1 0 N  SS -      | 12 0X       | 1 0 0 | gb7
GB:7   1 1 N  SS -      | 12 0X       | 1 0 0 | gb7
GB:7   1 2 N  SS -      | 11 0X       | 1 0 0 | gb7
GB:7   2 0 N  SS -      | 22 0X       | 1 0 0 | gb7
GB:7   2 1 N  SS -      | 22 0X       | 1 0 0 | gb7
GB:7   2 2 N  SS -      | 22 0X       | 1 0 0 | gb7
GB:7   3 0 N  SS -      | 33 0X       | 1 0 0 | gb7
GB:7   3 1 N  SS -      | 33 0X       | 1 0 0 | gb7
GB:7   3 2 N  SS -      | 33 0X       | 1 0 0 | gb7
GB:7   4 0 N  SS -      | 23 12 0X    | 1 0 0 | gb7
GB:7   4 1 N  SS -      | 23 12 0X    | 1 0 0 | gb7
GB:7   4 2 N  SS -      | 22 11 0X    | 1 0 0 | gb7
GB:7   5 0 N  SS -      | 33 12 0X    | 1 0 0 | gb7
GB:7   5 1 N  SS -      | 33 12 0X    | 1 0 0 | gb7
GB:7   5 2 N  SS -      | 33 11 0X    | 1 0 0 | gb7
GB:7   6 0 N  SS -      | 33 22 0X    | 1 0 0 | gb7
GB:7   6 1 N  SS -      | 33 22 0X    | 1 0 0 | gb7
GB:7   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb7
GB:7   7 0 N  SS -      | 3H 23 12 0X | 1 1 1 | gb7
GB:7   7 1 N  SS -      | 3H 23 12 0X | 1 1 1 | gb7
GB:7   7 2 N  SS -      | 33 22 11 0X | 1 0 0 | gb7

# result 8: as 7 (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:8   0 0 N  SS -      | 0X          | 1 0 0 | gb8
GB:8   0 1 N  SS -      | 0X          | 1 0 0 | gb8
GB:8   0 2 N  SS -      | 0X          | 1 0 0 | gb8
GB:8   1 0 N  SS -      | 12 0X       | 1 0 0 | gb8
GB:8   1 1 N  SS -      | 12 0X       | 1 0 0 | gb8
GB:8   1 2 N  SS -      | 11 0X       | 1 0 0 | gb8
GB:8   2 0 N  SS -      | 22 0X       | 1 0 0 | gb8
GB:8   2 1 N  SS -      | 22 0X       | 1 0 0 | gb8
GB:8   2 2 N  SS -      | 22 0X       | 1 0 0 | gb8
GB:8   3 0 N  SS -      | 33 0X       | 1 0 0 | gb8
GB:8   3 1 N  SS -      | 33 0X       | 1 0 0 | gb8
GB:8   3 2 N  SS -      | 33 0X       | 1 0 0 | gb8
GB:8   4 0 N  SS -      | 23 12 0X    | 1 0 0 | gb8
GB:8   4 1 N  SS -      | 23 12 0X    | 1 0 0 | gb8
GB:8   4 2 N  SS -      | 22 11 0X    | 1 0 0 | gb8
GB:8   5 0 N  SS -      | 33 12 0X    | 1 0 0 | gb8
GB:8   5 1 N  SS -      | 33 12 0X    | 1 0 0 | gb8
GB:8   5 2 N  SS -      | 33 11 0X    | 1 0 0 | gb8
GB:8   6 0 N  SS -      | 33 22 0X    | 1 0 0 | gb8
GB:8   6 1 N  SS -      | 33 22 0X    | 1 0 0 | gb8
GB:8   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb8
GB:8   7 0 N  SS -      | 3H 23 12 0X | 1 1 1 | gb8
GB:8   7 1 N  SS -      | 3H 23 12 0X | 1 1 1 | gb8
GB:8   7 2 N  SS -      | 33 22 11 0X | 1 0 0 | gb8

# result 9: batter out, lead runner holds, trailing runners +1 into open bases (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:9   0 0 N  SS -      | 0X          | 1 0 0 | gb9
GB:9   0 1 N  SS -      | 0X          | 1 0 0 | gb9
GB:9   0 2 N  SS -      | 0X          | 1 0 0 | gb9
GB:9   1 0 N  SS -      | 11 0X       | 1 0 0 | gb9
GB:9   1 1 N  SS -      | 11 0X       | 1 0 0 | gb9
GB:9   1 2 N  SS -      | 11 0X       | 1 0 0 | gb9
GB:9   2 0 N  SS -      | 22 0X       | 1 0 0 | gb9
GB:9   2 1 N  SS -      | 22 0X       | 1 0 0 | gb9
GB:9   2 2 N  SS -      | 22 0X       | 1 0 0 | gb9
GB:9   3 0 N  SS -      | 33 0X       | 1 0 0 | gb9
GB:9   3 1 N  SS -      | 33 0X       | 1 0 0 | gb9
GB:9   3 2 N  SS -      | 33 0X       | 1 0 0 | gb9
GB:9   4 0 N  SS -      | 22 11 0X    | 1 0 0 | gb9
GB:9   4 1 N  SS -      | 22 11 0X    | 1 0 0 | gb9
GB:9   4 2 N  SS -      | 22 11 0X    | 1 0 0 | gb9
GB:9   5 0 N  SS -      | 33 12 0X    | 1 0 0 | gb9
GB:9   5 1 N  SS -      | 33 12 0X    | 1 0 0 | gb9
GB:9   5 2 N  SS -      | 33 11 0X    | 1 0 0 | gb9
GB:9   6 0 N  SS -      | 33 22 0X    | 1 0 0 | gb9
GB:9   6 1 N  SS -      | 33 22 0X    | 1 0 0 | gb9
GB:9   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb9
GB:9   7 0 N  SS -      | 33 22 11 0X | 1 0 0 | gb9
GB:9   7 1 N  SS -      | 33 22 11 0X | 1 0 0 | gb9
GB:9   7 2 N  SS -      | 33 22 11 0X | 1 0 0 | gb9

# result 10: runner from 3rd forced at home, batter out, others +1 (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:10  0 0 N  SS -      | 0X          | 1 0 0 | gb10
GB:10  0 1 N  SS -      | 0X          | 1 0 0 | gb10
GB:10  0 2 N  SS -      | 0X          | 1 0 0 | gb10
GB:10  1 0 N  SS -      | 12 0X       | 1 0 0 | gb10
GB:10  1 1 N  SS -      | 12 0X       | 1 0 0 | gb10
GB:10  1 2 N  SS -      | 11 0X       | 1 0 0 | gb10
GB:10  2 0 N  SS -      | 23 0X       | 1 0 0 | gb10
GB:10  2 1 N  SS -      | 23 0X       | 1 0 0 | gb10
GB:10  2 2 N  SS -      | 22 0X       | 1 0 0 | gb10
GB:10  3 0 N  SS -      | 3X 0X       | 2 0 0 | gb10 dp
GB:10  3 1 N  SS -      | 3X 0X       | 2 0 0 | gb10 dp
GB:10  3 2 N  SS -      | 3X 01       | 1 0 0 | gb10
GB:10  4 0 N  SS -      | 23 12 0X    | 1 0 0 | gb10
GB:10  4 1 N  SS -      | 23 12 0X    | 1 0 0 | gb10
GB:10  4 2 N  SS -      | 22 11 0X    | 1 0 0 | gb10
GB:10  5 0 N  SS -      | 3X 12 0X    | 2 0 0 | gb10 dp
GB:10  5 1 N  SS -      | 3X 11 0X    | 2 0 0 | gb10 dp
GB:10  5 2 N  SS -      | 3X 12 01    | 1 0 0 | gb10
GB:10  6 0 N  SS -      | 3X 23 0X    | 2 0 0 | gb10 dp
GB:10  6 1 N  SS -      | 3X 22 0X    | 2 0 0 | gb10 dp
GB:10  6 2 N  SS -      | 3X 22 01    | 1 0 0 | gb10
GB:10  7 0 N  SS -      | 3X 23 12 0X | 2 0 0 | gb10 dp
GB:10  7 1 N  SS -      | 3X 22 11 0X | 2 0 0 | gb10 dp
GB:10  7 2 N  SS -      | 3X 23 12 01 | 1 0 0 | gb10

# result 11: lead runner out, batter safe, others +1 (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:11  0 0 N  SS -      | 0X          | 1 0 0 | gb11
GB:11  0 1 N  SS -      | 0X          | 1 0 0 | gb11
GB:11  0 2 N  SS -      | 0X          | 1 0 0 | gb11
GB:11  1 0 N  SS -      | 1X 01       | 1 0 0 | gb11
GB:11  1 1 N  SS -      | 1X 01       | 1 0 0 | gb11
GB:11  1 2 N  SS -      | 1X 01       | 1 0 0 | gb11
GB:11  2 0 N  SS -      | 2X 01       | 1 0 0 | gb11
GB:11  2 1 N  SS -      | 2X 01       | 1 0 0 | gb11
GB:11  2 2 N  SS -      | 2X 01       | 1 0 0 | gb11
GB:11  3 0 N  SS -      | 3X 01       | 1 0 0 | gb11
GB:11  3 1 N  SS -      | 3X 01       | 1 0 0 | gb11
GB:11  3 2 N  SS -      | 3X 01       | 1 0 0 | gb11
GB:11  4 0 N  SS -      | 2X 12 01    | 1 0 0 | gb11
GB:11  4 1 N  SS -      | 2X 12 01    | 1 0 0 | gb11
GB:11  4 2 N  SS -      | 2X 12 01    | 1 0 0 | gb11
GB:11  5 0 N  SS -      | 3X 12 01    | 1 0 0 | gb11
GB:11  5 1 N  SS -      | 3X 12 01    | 1 0 0 | gb11
GB:11  5 2 N  SS -      | 3X 12 01    | 1 0 0 | gb11
GB:11  6 0 N  SS -      | 3X 23 01    | 1 0 0 | gb11
GB:11  6 1 N  SS -      | 3X 23 01    | 1 0 0 | gb11
GB:11  6 2 N  SS -      | 3X 22 01    | 1 0 0 | gb11
GB:11  7 0 N  SS -      | 3X 23 12 01 | 1 0 0 | gb11
GB:11  7 1 N  SS -      | 3X 23 12 01 | 1 0 0 | gb11
GB:11  7 2 N  SS -      | 3X 23 12 01 | 1 0 0 | gb11

# result 12: batter out, lead runner may try, others hold (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:12  0 0 N  SS -      | 0X          | 1 0 0 | gb12
GB:12  0 1 N  SS -      | 0X          | 1 0 0 | gb12
GB:12  0 2 N  SS -      | 0X          | 1 0 0 | gb12
GB:12  1 0 N  SS -      | 11 0X       | 1 0 0 | gb12 try12
GB:12  1 1 N  SS -      | 11 0X       | 1 0 0 | gb12 try12
GB:12  1 2 N  SS -      | 11 0X       | 1 0 0 | gb12
GB:12  2 0 N  SS -      | 22 0X       | 1 0 0 | gb12 try23
GB:12  2 1 N  SS -      | 22 0X       | 1 0 0 | gb12 try23
GB:12  2 2 N  SS -      | 22 0X       | 1 0 0 | gb12
GB:12  3 0 N  SS -      | 33 0X       | 1 0 0 | gb12 try3H
GB:12  3 1 N  SS -      | 33 0X       | 1 0 0 | gb12 try3H
GB:12  3 2 N  SS -      | 33 0X       | 1 0 0 | gb12
GB:12  4 0 N  SS -      | 22 11 0X    | 1 0 0 | gb12 try23
GB:12  4 1 N  SS -      | 22 11 0X    | 1 0 0 | gb12 try23
GB:12  4 2 N  SS -      | 22 11 0X    | 1 0 0 | gb12
GB:12  5 0 N  SS -      | 33 11 0X    | 1 0 0 | gb12 try3H
GB:12  5 1 N  SS -      | 33 11 0X    | 1 0 0 | gb12 try3H
GB:12  5 2 N  SS -      | 33 11 0X    | 1 0 0 | gb12
GB:12  6 0 N  SS -      | 33 22 0X    | 1 0 0 | gb12 try3H
GB:12  6 1 N  SS -      | 33 22 0X    | 1 0 0 | gb12 try3H
GB:12  6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb12
GB:12  7 0 N  SS -      | 33 22 11 0X | 1 0 0 | gb12 try3H
GB:12  7 1 N  SS -      | 33 22 11 0X | 1 0 0 | gb12 try3H
GB:12  7 2 N  SS -      | 33 22 11 0X | 1 0 0 | gb12

# result 13: DP: lead forced runner out, batter out, others +1 (a missing runner: the batter is out in his place)
# result obc outs depth loc flags | moves       | outs runs rbi | extras
GB:13  0 0 N  SS -      | 0X          | 1 0 0 | gb13
GB:13  0 1 N  SS -      | 0X          | 1 0 0 | gb13
GB:13  0 2 N  SS -      | 0X          | 1 0 0 | gb13
GB:13  1 0 N  SS -      | 1X 0X       | 2 0 0 | gb13 dp
GB:13  1 1 N  SS -      | 1X 0X       | 2 0 0 | gb13 dp
GB:13  1 2 N  SS -      | 1X 01       | 1 0 0 | gb13
GB:13  2 0 N  SS -      | 23 0X       | 1 0 0 | gb13
GB:13  2 1 N  SS -      | 23 0X       | 1 0 0 | gb13
GB:13  2 2 N  SS -      | 22 0X       | 1 0 0 | gb13
GB:13  3 0 N  SS -      | 3H 0X       | 1 1 1 | gb13
GB:13  3 1 N  SS -      | 3H 0X       | 1 1 1 | gb13
GB:13  3 2 N  SS -      | 33 0X       | 1 0 0 | gb13
GB:13  4 0 N  SS -      | 2X 12 0X    | 2 0 0 | gb13 dp
GB:13  4 1 N  SS -      | 2X 11 0X    | 2 0 0 | gb13 dp
GB:13  4 2 N  SS -      | 2X 12 01    | 1 0 0 | gb13
GB:13  5 0 N  SS -      | 3H 1X 0X    | 2 1 0 | gb13 dp
GB:13  5 1 N  SS -      | 33 1X 0X    | 2 0 0 | gb13 dp
GB:13  5 2 N  SS -      | 33 1X 01    | 1 0 0 | gb13
GB:13  6 0 N  SS -      | 3H 23 0X    | 1 1 1 | gb13
GB:13  6 1 N  SS -      | 3H 23 0X    | 1 1 1 | gb13
GB:13  6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb13
GB:13  7 0 N  SS -      | 3X 23 12 0X | 2 0 0 | gb13 dp
GB:13  7 1 N  SS -      | 3X 22 11 0X | 2 0 0 | gb13 dp
GB:13  7 2 N  SS -      | 3X 23 12 01 | 1 0 0 | gb13

"#;

#[test]
fn groundball_results_truth_table() {
    let rows = common::check_table(RESULTS);
    assert!(rows >= 400, "only {rows} rows");
}
