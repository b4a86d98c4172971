//! Truth table for groundballs (rules.md §5, reference §4.4): every groundball letter in every base
//! state and out count, with infield back, in and corners in, the fielder-dependent results 5/6,
//! hit and run and held runners. Row format: see `truth_table_common.rs`.

#[path = "truth_table_common.rs"]
mod common;

const GROUNDBALLS: &str = r#"
# GROUNDBALL_A: every base state and out count, infield back / in / corners in (ball to 3B: in; to SS: back)
# code          obc outs depth loc flags | moves       | outs runs rbi | extras
GROUNDBALL_A   0 0 N  SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   0 0 IN SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   0 0 CI 3B -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   0 0 CI SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   0 1 N  SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   0 1 IN SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   0 1 CI 3B -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   0 1 CI SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   0 2 N  SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   0 2 IN SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   0 2 CI 3B -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   0 2 CI SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_A   1 0 N  SS -      | 1X 0X       | 2 0 0 | gb2 dp
GROUNDBALL_A   1 0 IN SS -      | 1X 0X       | 2 0 0 | gb2 dp
GROUNDBALL_A   1 0 CI 3B -      | 1X 0X       | 2 0 0 | gb2 dp
GROUNDBALL_A   1 0 CI SS -      | 1X 0X       | 2 0 0 | gb2 dp
GROUNDBALL_A   1 1 N  SS -      | 1X 0X       | 2 0 0 | gb2 dp
GROUNDBALL_A   1 1 IN SS -      | 1X 0X       | 2 0 0 | gb2 dp
GROUNDBALL_A   1 1 CI 3B -      | 1X 0X       | 2 0 0 | gb2 dp
GROUNDBALL_A   1 1 CI SS -      | 1X 0X       | 2 0 0 | gb2 dp
GROUNDBALL_A   1 2 N  SS -      | 1X 01       | 1 0 0 | gb2
GROUNDBALL_A   1 2 IN SS -      | 1X 01       | 1 0 0 | gb2
GROUNDBALL_A   1 2 CI 3B -      | 1X 01       | 1 0 0 | gb2
GROUNDBALL_A   1 2 CI SS -      | 1X 01       | 1 0 0 | gb2
GROUNDBALL_A   2 0 N  SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_A   2 0 IN SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_A   2 0 CI 3B -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_A   2 0 CI SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_A   2 1 N  SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_A   2 1 IN SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_A   2 1 CI 3B -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_A   2 1 CI SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_A   2 2 N  SS -      | 22 0X       | 1 0 0 | gb12
GROUNDBALL_A   2 2 IN SS -      | 22 0X       | 1 0 0 | gb12
GROUNDBALL_A   2 2 CI 3B -      | 22 0X       | 1 0 0 | gb12
GROUNDBALL_A   2 2 CI SS -      | 22 0X       | 1 0 0 | gb12
GROUNDBALL_A   3 0 N  SS -      | 3H 0X       | 1 1 1 | gb3
GROUNDBALL_A   3 0 IN SS -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 0 CI 3B -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 0 CI SS -      | 3H 0X       | 1 1 1 | gb3
GROUNDBALL_A   3 1 N  SS -      | 3H 0X       | 1 1 1 | gb3
GROUNDBALL_A   3 1 IN SS -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 1 CI 3B -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 1 CI SS -      | 3H 0X       | 1 1 1 | gb3
GROUNDBALL_A   3 2 N  SS -      | 33 0X       | 1 0 0 | gb3
GROUNDBALL_A   3 2 IN SS -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 2 CI 3B -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 2 CI SS -      | 33 0X       | 1 0 0 | gb3
GROUNDBALL_A   4 0 N  SS -      | 2X 12 0X    | 2 0 0 | gb13 dp
GROUNDBALL_A   4 0 IN SS -      | 23 1X 0X    | 2 0 0 | gb2 dp
GROUNDBALL_A   4 0 CI 3B -      | 23 1X 0X    | 2 0 0 | gb2 dp
GROUNDBALL_A   4 0 CI SS -      | 2X 12 0X    | 2 0 0 | gb13 dp
GROUNDBALL_A   4 1 N  SS -      | 2X 11 0X    | 2 0 0 | gb13 dp
GROUNDBALL_A   4 1 IN SS -      | 22 1X 0X    | 2 0 0 | gb2 dp
GROUNDBALL_A   4 1 CI 3B -      | 22 1X 0X    | 2 0 0 | gb2 dp
GROUNDBALL_A   4 1 CI SS -      | 2X 11 0X    | 2 0 0 | gb13 dp
GROUNDBALL_A   4 2 N  SS -      | 2X 12 01    | 1 0 0 | gb13
GROUNDBALL_A   4 2 IN SS -      | 22 1X 01    | 1 0 0 | gb2
GROUNDBALL_A   4 2 CI 3B -      | 22 1X 01    | 1 0 0 | gb2
GROUNDBALL_A   4 2 CI SS -      | 2X 12 01    | 1 0 0 | gb13
GROUNDBALL_A   5 0 N  SS -      | 3H 1X 0X    | 2 1 0 | gb2 dp
GROUNDBALL_A   5 0 IN SS -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 0 CI 3B -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 0 CI SS -      | 3H 1X 0X    | 2 1 0 | gb2 dp
GROUNDBALL_A   5 1 N  SS -      | 33 1X 0X    | 2 0 0 | gb2 dp
GROUNDBALL_A   5 1 IN SS -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 1 CI 3B -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 1 CI SS -      | 33 1X 0X    | 2 0 0 | gb2 dp
GROUNDBALL_A   5 2 N  SS -      | 33 1X 01    | 1 0 0 | gb2
GROUNDBALL_A   5 2 IN SS -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 2 CI 3B -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 2 CI SS -      | 33 1X 01    | 1 0 0 | gb2
GROUNDBALL_A   6 0 N  SS -      | 3H 23 0X    | 1 1 1 | gb3
GROUNDBALL_A   6 0 IN SS -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 0 CI 3B -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 0 CI SS -      | 3H 23 0X    | 1 1 1 | gb3
GROUNDBALL_A   6 1 N  SS -      | 3H 23 0X    | 1 1 1 | gb3
GROUNDBALL_A   6 1 IN SS -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 1 CI 3B -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 1 CI SS -      | 3H 23 0X    | 1 1 1 | gb3
GROUNDBALL_A   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb3
GROUNDBALL_A   6 2 IN SS -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 2 CI 3B -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 2 CI SS -      | 33 22 0X    | 1 0 0 | gb3
GROUNDBALL_A   7 0 N  SS -      | 3H 23 1X 0X | 2 1 0 | gb2 dp
GROUNDBALL_A   7 0 IN SS -      | 3X 23 12 0X | 2 0 0 | gb10 dp
GROUNDBALL_A   7 0 CI 3B -      | 3X 23 12 0X | 2 0 0 | gb10 dp
GROUNDBALL_A   7 0 CI SS -      | 3H 23 1X 0X | 2 1 0 | gb2 dp
GROUNDBALL_A   7 1 N  SS -      | 33 22 1X 0X | 2 0 0 | gb2 dp
GROUNDBALL_A   7 1 IN SS -      | 3X 22 11 0X | 2 0 0 | gb10 dp
GROUNDBALL_A   7 1 CI 3B -      | 3X 22 11 0X | 2 0 0 | gb10 dp
GROUNDBALL_A   7 1 CI SS -      | 33 22 1X 0X | 2 0 0 | gb2 dp
GROUNDBALL_A   7 2 N  SS -      | 33 22 1X 01 | 1 0 0 | gb2
GROUNDBALL_A   7 2 IN SS -      | 3X 23 12 01 | 1 0 0 | gb10
GROUNDBALL_A   7 2 CI 3B -      | 3X 23 12 01 | 1 0 0 | gb10
GROUNDBALL_A   7 2 CI SS -      | 33 22 1X 01 | 1 0 0 | gb2

# GROUNDBALL_B: every base state and out count, infield back / in / corners in (ball to 3B: in; to SS: back)
# code          obc outs depth loc flags | moves       | outs runs rbi | extras
GROUNDBALL_B   0 0 N  SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   0 0 IN SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   0 0 CI 3B -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   0 0 CI SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   0 1 N  SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   0 1 IN SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   0 1 CI 3B -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   0 1 CI SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   0 2 N  SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   0 2 IN SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   0 2 CI 3B -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   0 2 CI SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_B   1 0 N  SS -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   1 0 IN SS -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   1 0 CI 3B -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   1 0 CI SS -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   1 1 N  SS -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   1 1 IN SS -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   1 1 CI 3B -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   1 1 CI SS -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   1 2 N  SS -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   1 2 IN SS -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   1 2 CI 3B -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   1 2 CI SS -      | 1X 01       | 1 0 0 | gb4
GROUNDBALL_B   2 0 N  SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_B   2 0 IN SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_B   2 0 CI 3B -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_B   2 0 CI SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_B   2 1 N  SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_B   2 1 IN SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_B   2 1 CI 3B -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_B   2 1 CI SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_B   2 2 N  SS -      | 22 0X       | 1 0 0 | gb12
GROUNDBALL_B   2 2 IN SS -      | 22 0X       | 1 0 0 | gb12
GROUNDBALL_B   2 2 CI 3B -      | 22 0X       | 1 0 0 | gb12
GROUNDBALL_B   2 2 CI SS -      | 22 0X       | 1 0 0 | gb12
GROUNDBALL_B   3 0 N  SS -      | 3H 0X       | 1 1 1 | gb5
GROUNDBALL_B   3 0 IN SS -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 0 CI 3B -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 0 CI SS -      | 3H 0X       | 1 1 1 | gb5
GROUNDBALL_B   3 1 N  SS -      | 3H 0X       | 1 1 1 | gb5
GROUNDBALL_B   3 1 IN SS -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 1 CI 3B -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 1 CI SS -      | 3H 0X       | 1 1 1 | gb5
GROUNDBALL_B   3 2 N  SS -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 2 IN SS -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 2 CI 3B -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 2 CI SS -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   4 0 N  SS -      | 23 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   4 0 IN SS -      | 23 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   4 0 CI 3B -      | 23 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   4 0 CI SS -      | 23 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   4 1 N  SS -      | 23 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   4 1 IN SS -      | 23 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   4 1 CI 3B -      | 23 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   4 1 CI SS -      | 23 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   4 2 N  SS -      | 22 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   4 2 IN SS -      | 22 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   4 2 CI 3B -      | 22 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   4 2 CI SS -      | 22 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   5 0 N  SS -      | 3H 1X 01    | 1 1 1 | gb4
GROUNDBALL_B   5 0 IN SS -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 0 CI 3B -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 0 CI SS -      | 3H 1X 01    | 1 1 1 | gb4
GROUNDBALL_B   5 1 N  SS -      | 3H 1X 01    | 1 1 1 | gb4
GROUNDBALL_B   5 1 IN SS -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 1 CI 3B -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 1 CI SS -      | 3H 1X 01    | 1 1 1 | gb4
GROUNDBALL_B   5 2 N  SS -      | 33 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   5 2 IN SS -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 2 CI 3B -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 2 CI SS -      | 33 1X 01    | 1 0 0 | gb4
GROUNDBALL_B   6 0 N  SS -      | 3H 23 0X    | 1 1 1 | gb5
GROUNDBALL_B   6 0 IN SS -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 0 CI 3B -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 0 CI SS -      | 3H 23 0X    | 1 1 1 | gb5
GROUNDBALL_B   6 1 N  SS -      | 3H 23 0X    | 1 1 1 | gb5
GROUNDBALL_B   6 1 IN SS -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 1 CI 3B -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 1 CI SS -      | 3H 23 0X    | 1 1 1 | gb5
GROUNDBALL_B   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 2 IN SS -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 2 CI 3B -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 2 CI SS -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   7 0 N  SS -      | 3H 23 1X 01 | 1 1 1 | gb4
GROUNDBALL_B   7 0 IN SS -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 0 CI 3B -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 0 CI SS -      | 3H 23 1X 01 | 1 1 1 | gb4
GROUNDBALL_B   7 1 N  SS -      | 3H 23 1X 01 | 1 1 1 | gb4
GROUNDBALL_B   7 1 IN SS -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 1 CI 3B -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 1 CI SS -      | 3H 23 1X 01 | 1 1 1 | gb4
GROUNDBALL_B   7 2 N  SS -      | 33 22 1X 01 | 1 0 0 | gb4
GROUNDBALL_B   7 2 IN SS -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 2 CI 3B -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 2 CI SS -      | 33 22 1X 01 | 1 0 0 | gb4

# GROUNDBALL_C: every base state and out count, infield back / in / corners in (ball to 3B: in; to SS: back)
# code          obc outs depth loc flags | moves       | outs runs rbi | extras
GROUNDBALL_C   0 0 N  SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   0 0 IN SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   0 0 CI 3B -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   0 0 CI SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   0 1 N  SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   0 1 IN SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   0 1 CI 3B -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   0 1 CI SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   0 2 N  SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   0 2 IN SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   0 2 CI 3B -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   0 2 CI SS -      | 0X          | 1 0 0 | gb1
GROUNDBALL_C   1 0 N  SS -      | 12 0X       | 1 0 0 | gb3
GROUNDBALL_C   1 0 IN SS -      | 12 0X       | 1 0 0 | gb3
GROUNDBALL_C   1 0 CI 3B -      | 12 0X       | 1 0 0 | gb3
GROUNDBALL_C   1 0 CI SS -      | 12 0X       | 1 0 0 | gb3
GROUNDBALL_C   1 1 N  SS -      | 12 0X       | 1 0 0 | gb3
GROUNDBALL_C   1 1 IN SS -      | 12 0X       | 1 0 0 | gb3
GROUNDBALL_C   1 1 CI 3B -      | 12 0X       | 1 0 0 | gb3
GROUNDBALL_C   1 1 CI SS -      | 12 0X       | 1 0 0 | gb3
GROUNDBALL_C   1 2 N  SS -      | 11 0X       | 1 0 0 | gb3
GROUNDBALL_C   1 2 IN SS -      | 11 0X       | 1 0 0 | gb3
GROUNDBALL_C   1 2 CI 3B -      | 11 0X       | 1 0 0 | gb3
GROUNDBALL_C   1 2 CI SS -      | 11 0X       | 1 0 0 | gb3
GROUNDBALL_C   2 0 N  SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_C   2 0 IN SS -      | 23 0X       | 1 0 0 | gb3
GROUNDBALL_C   2 0 CI 3B -      | 23 0X       | 1 0 0 | gb3
GROUNDBALL_C   2 0 CI SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_C   2 1 N  SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_C   2 1 IN SS -      | 23 0X       | 1 0 0 | gb3
GROUNDBALL_C   2 1 CI 3B -      | 23 0X       | 1 0 0 | gb3
GROUNDBALL_C   2 1 CI SS -      | 22 0X       | 1 0 0 | gb12 try23
GROUNDBALL_C   2 2 N  SS -      | 22 0X       | 1 0 0 | gb12
GROUNDBALL_C   2 2 IN SS -      | 22 0X       | 1 0 0 | gb3
GROUNDBALL_C   2 2 CI 3B -      | 22 0X       | 1 0 0 | gb3
GROUNDBALL_C   2 2 CI SS -      | 22 0X       | 1 0 0 | gb12
GROUNDBALL_C   3 0 N  SS -      | 3H 0X       | 1 1 1 | gb3
GROUNDBALL_C   3 0 IN SS -      | 33 0X       | 1 0 0 | gb12 try3H
GROUNDBALL_C   3 0 CI 3B -      | 33 0X       | 1 0 0 | gb12 try3H
GROUNDBALL_C   3 0 CI SS -      | 3H 0X       | 1 1 1 | gb3
GROUNDBALL_C   3 1 N  SS -      | 3H 0X       | 1 1 1 | gb3
GROUNDBALL_C   3 1 IN SS -      | 33 0X       | 1 0 0 | gb12 try3H
GROUNDBALL_C   3 1 CI 3B -      | 33 0X       | 1 0 0 | gb12 try3H
GROUNDBALL_C   3 1 CI SS -      | 3H 0X       | 1 1 1 | gb3
GROUNDBALL_C   3 2 N  SS -      | 33 0X       | 1 0 0 | gb3
GROUNDBALL_C   3 2 IN SS -      | 33 0X       | 1 0 0 | gb12
GROUNDBALL_C   3 2 CI 3B -      | 33 0X       | 1 0 0 | gb12
GROUNDBALL_C   3 2 CI SS -      | 33 0X       | 1 0 0 | gb3
GROUNDBALL_C   4 0 N  SS -      | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_C   4 0 IN SS -      | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_C   4 0 CI 3B -      | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_C   4 0 CI SS -      | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_C   4 1 N  SS -      | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_C   4 1 IN SS -      | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_C   4 1 CI 3B -      | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_C   4 1 CI SS -      | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_C   4 2 N  SS -      | 22 11 0X    | 1 0 0 | gb3
GROUNDBALL_C   4 2 IN SS -      | 22 11 0X    | 1 0 0 | gb3
GROUNDBALL_C   4 2 CI 3B -      | 22 11 0X    | 1 0 0 | gb3
GROUNDBALL_C   4 2 CI SS -      | 22 11 0X    | 1 0 0 | gb3
GROUNDBALL_C   5 0 N  SS -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 0 IN SS -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 0 CI 3B -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 0 CI SS -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 1 N  SS -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 1 IN SS -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 1 CI 3B -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 1 CI SS -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 2 N  SS -      | 33 11 0X    | 1 0 0 | gb3
GROUNDBALL_C   5 2 IN SS -      | 33 11 0X    | 1 0 0 | gb3
GROUNDBALL_C   5 2 CI 3B -      | 33 11 0X    | 1 0 0 | gb3
GROUNDBALL_C   5 2 CI SS -      | 33 11 0X    | 1 0 0 | gb3
GROUNDBALL_C   6 0 N  SS -      | 3H 23 0X    | 1 1 1 | gb3
GROUNDBALL_C   6 0 IN SS -      | 33 22 0X    | 1 0 0 | gb12 try3H
GROUNDBALL_C   6 0 CI 3B -      | 33 22 0X    | 1 0 0 | gb12 try3H
GROUNDBALL_C   6 0 CI SS -      | 3H 23 0X    | 1 1 1 | gb3
GROUNDBALL_C   6 1 N  SS -      | 3H 23 0X    | 1 1 1 | gb3
GROUNDBALL_C   6 1 IN SS -      | 33 22 0X    | 1 0 0 | gb12 try3H
GROUNDBALL_C   6 1 CI 3B -      | 33 22 0X    | 1 0 0 | gb12 try3H
GROUNDBALL_C   6 1 CI SS -      | 3H 23 0X    | 1 1 1 | gb3
GROUNDBALL_C   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb3
GROUNDBALL_C   6 2 IN SS -      | 33 22 0X    | 1 0 0 | gb12
GROUNDBALL_C   6 2 CI 3B -      | 33 22 0X    | 1 0 0 | gb12
GROUNDBALL_C   6 2 CI SS -      | 33 22 0X    | 1 0 0 | gb3
GROUNDBALL_C   7 0 N  SS -      | 3H 23 12 0X | 1 1 1 | gb3
GROUNDBALL_C   7 0 IN SS -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 0 CI 3B -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 0 CI SS -      | 3H 23 12 0X | 1 1 1 | gb3
GROUNDBALL_C   7 1 N  SS -      | 3H 23 12 0X | 1 1 1 | gb3
GROUNDBALL_C   7 1 IN SS -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 1 CI 3B -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 1 CI SS -      | 3H 23 12 0X | 1 1 1 | gb3
GROUNDBALL_C   7 2 N  SS -      | 33 22 11 0X | 1 0 0 | gb3
GROUNDBALL_C   7 2 IN SS -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 2 CI 3B -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 2 CI SS -      | 33 22 11 0X | 1 0 0 | gb3

# results 5/6 depend on the fielder: GROUNDBALL_B with R3 or R2R3, infield back (result 5: 2B/SS advance)
GROUNDBALL_B   3 0 N  P  -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 0 N  C  -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 0 N  1B -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 0 N  2B -      | 3H 0X       | 1 1 1 | gb5
GROUNDBALL_B   3 0 N  3B -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 0 N  SS -      | 3H 0X       | 1 1 1 | gb5
GROUNDBALL_B   3 1 N  P  -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 1 N  C  -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 1 N  1B -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 1 N  2B -      | 3H 0X       | 1 1 1 | gb5
GROUNDBALL_B   3 1 N  3B -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 1 N  SS -      | 3H 0X       | 1 1 1 | gb5
GROUNDBALL_B   3 2 N  P  -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 2 N  C  -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 2 N  1B -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 2 N  2B -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 2 N  3B -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   3 2 N  SS -      | 33 0X       | 1 0 0 | gb5
GROUNDBALL_B   6 0 N  P  -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 0 N  C  -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 0 N  1B -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 0 N  2B -      | 3H 23 0X    | 1 1 1 | gb5
GROUNDBALL_B   6 0 N  3B -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 0 N  SS -      | 3H 23 0X    | 1 1 1 | gb5
GROUNDBALL_B   6 1 N  P  -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 1 N  C  -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 1 N  1B -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 1 N  2B -      | 3H 23 0X    | 1 1 1 | gb5
GROUNDBALL_B   6 1 N  3B -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 1 N  SS -      | 3H 23 0X    | 1 1 1 | gb5
GROUNDBALL_B   6 2 N  P  -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 2 N  C  -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 2 N  1B -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 2 N  2B -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 2 N  3B -      | 33 22 0X    | 1 0 0 | gb5
GROUNDBALL_B   6 2 N  SS -      | 33 22 0X    | 1 0 0 | gb5

# infield in covers P and C; corners in covers 1B, P and C too, not 2B
GROUNDBALL_A   3 0 IN P  -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 0 IN C  -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 0 IN 2B -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 0 CI 1B -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 0 CI P  -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 0 CI C  -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_A   3 0 CI 2B -      | 3H 0X       | 1 1 1 | gb3
GROUNDBALL_A   7 0 IN P  -      | 3X 23 12 0X | 2 0 0 | gb10 dp
GROUNDBALL_A   7 0 IN C  -      | 3X 23 12 0X | 2 0 0 | gb10 dp
GROUNDBALL_A   7 0 IN 2B -      | 3X 23 12 0X | 2 0 0 | gb10 dp
GROUNDBALL_A   7 0 CI 1B -      | 3X 23 12 0X | 2 0 0 | gb10 dp
GROUNDBALL_A   7 0 CI P  -      | 3X 23 12 0X | 2 0 0 | gb10 dp
GROUNDBALL_A   7 0 CI C  -      | 3X 23 12 0X | 2 0 0 | gb10 dp
GROUNDBALL_A   7 0 CI 2B -      | 3H 23 1X 0X | 2 1 0 | gb2 dp
GROUNDBALL_A   6 0 IN P  -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 0 IN C  -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 0 IN 2B -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 0 CI 1B -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 0 CI P  -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 0 CI C  -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_A   6 0 CI 2B -      | 3H 23 0X    | 1 1 1 | gb3
GROUNDBALL_A   5 0 IN P  -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 0 IN C  -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 0 IN 2B -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 0 CI 1B -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 0 CI P  -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 0 CI C  -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_A   5 0 CI 2B -      | 3H 1X 0X    | 2 1 0 | gb2 dp
GROUNDBALL_B   3 0 IN P  -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 0 IN C  -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 0 IN 2B -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 0 CI 1B -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 0 CI P  -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 0 CI C  -      | 33 0X       | 1 0 0 | gb1
GROUNDBALL_B   3 0 CI 2B -      | 3H 0X       | 1 1 1 | gb5
GROUNDBALL_B   7 0 IN P  -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 0 IN C  -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 0 IN 2B -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 0 CI 1B -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 0 CI P  -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 0 CI C  -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 0 CI 2B -      | 3H 23 1X 01 | 1 1 1 | gb4
GROUNDBALL_B   6 0 IN P  -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 0 IN C  -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 0 IN 2B -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 0 CI 1B -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 0 CI P  -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 0 CI C  -      | 33 22 0X    | 1 0 0 | gb1
GROUNDBALL_B   6 0 CI 2B -      | 3H 23 0X    | 1 1 1 | gb5
GROUNDBALL_B   5 0 IN P  -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 0 IN C  -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 0 IN 2B -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 0 CI 1B -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 0 CI P  -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 0 CI C  -      | 33 11 0X    | 1 0 0 | gb1
GROUNDBALL_B   5 0 CI 2B -      | 3H 1X 01    | 1 1 1 | gb4
GROUNDBALL_C   3 0 IN P  -      | 33 0X       | 1 0 0 | gb12 try3H
GROUNDBALL_C   3 0 IN C  -      | 33 0X       | 1 0 0 | gb12 try3H
GROUNDBALL_C   3 0 IN 2B -      | 33 0X       | 1 0 0 | gb12 try3H
GROUNDBALL_C   3 0 CI 1B -      | 33 0X       | 1 0 0 | gb12 try3H
GROUNDBALL_C   3 0 CI P  -      | 33 0X       | 1 0 0 | gb12 try3H
GROUNDBALL_C   3 0 CI C  -      | 33 0X       | 1 0 0 | gb12 try3H
GROUNDBALL_C   3 0 CI 2B -      | 3H 0X       | 1 1 1 | gb3
GROUNDBALL_C   7 0 IN P  -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 0 IN C  -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 0 IN 2B -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 0 CI 1B -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 0 CI P  -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 0 CI C  -      | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_C   7 0 CI 2B -      | 3H 23 12 0X | 1 1 1 | gb3
GROUNDBALL_C   6 0 IN P  -      | 33 22 0X    | 1 0 0 | gb12 try3H
GROUNDBALL_C   6 0 IN C  -      | 33 22 0X    | 1 0 0 | gb12 try3H
GROUNDBALL_C   6 0 IN 2B -      | 33 22 0X    | 1 0 0 | gb12 try3H
GROUNDBALL_C   6 0 CI 1B -      | 33 22 0X    | 1 0 0 | gb12 try3H
GROUNDBALL_C   6 0 CI P  -      | 33 22 0X    | 1 0 0 | gb12 try3H
GROUNDBALL_C   6 0 CI C  -      | 33 22 0X    | 1 0 0 | gb12 try3H
GROUNDBALL_C   6 0 CI 2B -      | 3H 23 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 0 IN P  -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 0 IN C  -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 0 IN 2B -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 0 CI 1B -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 0 CI P  -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 0 CI C  -      | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_C   5 0 CI 2B -      | 3H 12 0X    | 1 1 1 | gb3

# hit and run: every groundball reads as C (no double play)
GROUNDBALL_A   1 0 N  SS hnr    | 12 0X       | 1 0 0 | gb3
GROUNDBALL_A   1 0 IN 2B hnr    | 12 0X       | 1 0 0 | gb3
GROUNDBALL_A   1 1 N  SS hnr    | 12 0X       | 1 0 0 | gb3
GROUNDBALL_A   1 1 IN 2B hnr    | 12 0X       | 1 0 0 | gb3
GROUNDBALL_A   1 2 N  SS hnr    | 11 0X       | 1 0 0 | gb3
GROUNDBALL_A   1 2 IN 2B hnr    | 11 0X       | 1 0 0 | gb3
GROUNDBALL_A   4 0 N  SS hnr    | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_A   4 0 IN 2B hnr    | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_A   4 1 N  SS hnr    | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_A   4 1 IN 2B hnr    | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_A   4 2 N  SS hnr    | 22 11 0X    | 1 0 0 | gb3
GROUNDBALL_A   4 2 IN 2B hnr    | 22 11 0X    | 1 0 0 | gb3
GROUNDBALL_A   5 0 N  SS hnr    | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_A   5 0 IN 2B hnr    | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_A   5 1 N  SS hnr    | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_A   5 1 IN 2B hnr    | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_A   5 2 N  SS hnr    | 33 11 0X    | 1 0 0 | gb3
GROUNDBALL_A   5 2 IN 2B hnr    | 33 11 0X    | 1 0 0 | gb3
GROUNDBALL_A   7 0 N  SS hnr    | 3H 23 12 0X | 1 1 1 | gb3
GROUNDBALL_A   7 0 IN 2B hnr    | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_A   7 1 N  SS hnr    | 3H 23 12 0X | 1 1 1 | gb3
GROUNDBALL_A   7 1 IN 2B hnr    | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_A   7 2 N  SS hnr    | 33 22 11 0X | 1 0 0 | gb3
GROUNDBALL_A   7 2 IN 2B hnr    | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   1 0 N  SS hnr    | 12 0X       | 1 0 0 | gb3
GROUNDBALL_B   1 0 IN 2B hnr    | 12 0X       | 1 0 0 | gb3
GROUNDBALL_B   1 1 N  SS hnr    | 12 0X       | 1 0 0 | gb3
GROUNDBALL_B   1 1 IN 2B hnr    | 12 0X       | 1 0 0 | gb3
GROUNDBALL_B   1 2 N  SS hnr    | 11 0X       | 1 0 0 | gb3
GROUNDBALL_B   1 2 IN 2B hnr    | 11 0X       | 1 0 0 | gb3
GROUNDBALL_B   4 0 N  SS hnr    | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_B   4 0 IN 2B hnr    | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_B   4 1 N  SS hnr    | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_B   4 1 IN 2B hnr    | 23 12 0X    | 1 0 0 | gb3
GROUNDBALL_B   4 2 N  SS hnr    | 22 11 0X    | 1 0 0 | gb3
GROUNDBALL_B   4 2 IN 2B hnr    | 22 11 0X    | 1 0 0 | gb3
GROUNDBALL_B   5 0 N  SS hnr    | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_B   5 0 IN 2B hnr    | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_B   5 1 N  SS hnr    | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_B   5 1 IN 2B hnr    | 3H 12 0X    | 1 1 1 | gb3
GROUNDBALL_B   5 2 N  SS hnr    | 33 11 0X    | 1 0 0 | gb3
GROUNDBALL_B   5 2 IN 2B hnr    | 33 11 0X    | 1 0 0 | gb3
GROUNDBALL_B   7 0 N  SS hnr    | 3H 23 12 0X | 1 1 1 | gb3
GROUNDBALL_B   7 0 IN 2B hnr    | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 1 N  SS hnr    | 3H 23 12 0X | 1 1 1 | gb3
GROUNDBALL_B   7 1 IN 2B hnr    | 3X 23 12 01 | 1 0 0 | gb11
GROUNDBALL_B   7 2 N  SS hnr    | 33 22 11 0X | 1 0 0 | gb3
GROUNDBALL_B   7 2 IN 2B hnr    | 3X 23 12 01 | 1 0 0 | gb11

# result 12: a held lead runner may not try; a held trailing runner does not matter
GROUNDBALL_A   2 0 N  SS h2     | 22 0X       | 1 0 0 | gb12
GROUNDBALL_A   2 1 N  SS h2     | 22 0X       | 1 0 0 | gb12
GROUNDBALL_B   2 0 N  SS h2     | 22 0X       | 1 0 0 | gb12
GROUNDBALL_B   2 1 N  SS h2     | 22 0X       | 1 0 0 | gb12
GROUNDBALL_C   3 0 IN SS h3     | 33 0X       | 1 0 0 | gb12
GROUNDBALL_C   3 1 IN SS h3     | 33 0X       | 1 0 0 | gb12
GROUNDBALL_C   6 0 IN SS h3     | 33 22 0X    | 1 0 0 | gb12
GROUNDBALL_C   6 1 IN SS h3     | 33 22 0X    | 1 0 0 | gb12
GROUNDBALL_C   6 0 IN SS h2     | 33 22 0X    | 1 0 0 | gb12 try3H
GROUNDBALL_C   6 1 IN SS h2     | 33 22 0X    | 1 0 0 | gb12 try3H

"#;

#[test]
fn groundball_truth_table() {
    let rows = common::check_table(GROUNDBALLS);
    assert!(rows >= 400, "only {rows} rows");
}
