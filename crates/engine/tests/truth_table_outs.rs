//! Truth table for strikeouts, lineouts, popouts, foulouts and flyouts A/B/BQ/C (rules.md §5, §6
//! hit and run, §7 tries) in every base state with 0, 1 and 2 outs. Row format: see
//! `truth_table_common.rs`.

#[path = "truth_table_common.rs"]
mod common;

const OUTS: &str = r#"
# STRIKEOUT: batter out, runners hold
# code       obc outs depth loc flags | moves       | outs runs rbi | extras
STRIKEOUT  0 0 N  -  -      | 0X          | 1 0 0 |
STRIKEOUT  0 1 N  -  -      | 0X          | 1 0 0 |
STRIKEOUT  0 2 N  -  -      | 0X          | 1 0 0 |
STRIKEOUT  1 0 N  -  -      | 11 0X       | 1 0 0 |
STRIKEOUT  1 1 N  -  -      | 11 0X       | 1 0 0 |
STRIKEOUT  1 2 N  -  -      | 11 0X       | 1 0 0 |
STRIKEOUT  2 0 N  -  -      | 22 0X       | 1 0 0 |
STRIKEOUT  2 1 N  -  -      | 22 0X       | 1 0 0 |
STRIKEOUT  2 2 N  -  -      | 22 0X       | 1 0 0 |
STRIKEOUT  3 0 N  -  -      | 33 0X       | 1 0 0 |
STRIKEOUT  3 1 N  -  -      | 33 0X       | 1 0 0 |
STRIKEOUT  3 2 N  -  -      | 33 0X       | 1 0 0 |
STRIKEOUT  4 0 N  -  -      | 22 11 0X    | 1 0 0 |
STRIKEOUT  4 1 N  -  -      | 22 11 0X    | 1 0 0 |
STRIKEOUT  4 2 N  -  -      | 22 11 0X    | 1 0 0 |
STRIKEOUT  5 0 N  -  -      | 33 11 0X    | 1 0 0 |
STRIKEOUT  5 1 N  -  -      | 33 11 0X    | 1 0 0 |
STRIKEOUT  5 2 N  -  -      | 33 11 0X    | 1 0 0 |
STRIKEOUT  6 0 N  -  -      | 33 22 0X    | 1 0 0 |
STRIKEOUT  6 1 N  -  -      | 33 22 0X    | 1 0 0 |
STRIKEOUT  6 2 N  -  -      | 33 22 0X    | 1 0 0 |
STRIKEOUT  7 0 N  -  -      | 33 22 11 0X | 1 0 0 |
STRIKEOUT  7 1 N  -  -      | 33 22 11 0X | 1 0 0 |
STRIKEOUT  7 2 N  -  -      | 33 22 11 0X | 1 0 0 |

# LINEOUT: batter out, runners hold
# code       obc outs depth loc flags | moves       | outs runs rbi | extras
LINEOUT    0 0 N  SS -      | 0X          | 1 0 0 |
LINEOUT    0 1 N  SS -      | 0X          | 1 0 0 |
LINEOUT    0 2 N  SS -      | 0X          | 1 0 0 |
LINEOUT    1 0 N  SS -      | 11 0X       | 1 0 0 |
LINEOUT    1 1 N  SS -      | 11 0X       | 1 0 0 |
LINEOUT    1 2 N  SS -      | 11 0X       | 1 0 0 |
LINEOUT    2 0 N  SS -      | 22 0X       | 1 0 0 |
LINEOUT    2 1 N  SS -      | 22 0X       | 1 0 0 |
LINEOUT    2 2 N  SS -      | 22 0X       | 1 0 0 |
LINEOUT    3 0 N  SS -      | 33 0X       | 1 0 0 |
LINEOUT    3 1 N  SS -      | 33 0X       | 1 0 0 |
LINEOUT    3 2 N  SS -      | 33 0X       | 1 0 0 |
LINEOUT    4 0 N  SS -      | 22 11 0X    | 1 0 0 |
LINEOUT    4 1 N  SS -      | 22 11 0X    | 1 0 0 |
LINEOUT    4 2 N  SS -      | 22 11 0X    | 1 0 0 |
LINEOUT    5 0 N  SS -      | 33 11 0X    | 1 0 0 |
LINEOUT    5 1 N  SS -      | 33 11 0X    | 1 0 0 |
LINEOUT    5 2 N  SS -      | 33 11 0X    | 1 0 0 |
LINEOUT    6 0 N  SS -      | 33 22 0X    | 1 0 0 |
LINEOUT    6 1 N  SS -      | 33 22 0X    | 1 0 0 |
LINEOUT    6 2 N  SS -      | 33 22 0X    | 1 0 0 |
LINEOUT    7 0 N  SS -      | 33 22 11 0X | 1 0 0 |
LINEOUT    7 1 N  SS -      | 33 22 11 0X | 1 0 0 |
LINEOUT    7 2 N  SS -      | 33 22 11 0X | 1 0 0 |

# POPOUT: batter out, runners hold
# code       obc outs depth loc flags | moves       | outs runs rbi | extras
POPOUT     0 0 N  2B -      | 0X          | 1 0 0 |
POPOUT     0 1 N  2B -      | 0X          | 1 0 0 |
POPOUT     0 2 N  2B -      | 0X          | 1 0 0 |
POPOUT     1 0 N  2B -      | 11 0X       | 1 0 0 |
POPOUT     1 1 N  2B -      | 11 0X       | 1 0 0 |
POPOUT     1 2 N  2B -      | 11 0X       | 1 0 0 |
POPOUT     2 0 N  2B -      | 22 0X       | 1 0 0 |
POPOUT     2 1 N  2B -      | 22 0X       | 1 0 0 |
POPOUT     2 2 N  2B -      | 22 0X       | 1 0 0 |
POPOUT     3 0 N  2B -      | 33 0X       | 1 0 0 |
POPOUT     3 1 N  2B -      | 33 0X       | 1 0 0 |
POPOUT     3 2 N  2B -      | 33 0X       | 1 0 0 |
POPOUT     4 0 N  2B -      | 22 11 0X    | 1 0 0 |
POPOUT     4 1 N  2B -      | 22 11 0X    | 1 0 0 |
POPOUT     4 2 N  2B -      | 22 11 0X    | 1 0 0 |
POPOUT     5 0 N  2B -      | 33 11 0X    | 1 0 0 |
POPOUT     5 1 N  2B -      | 33 11 0X    | 1 0 0 |
POPOUT     5 2 N  2B -      | 33 11 0X    | 1 0 0 |
POPOUT     6 0 N  2B -      | 33 22 0X    | 1 0 0 |
POPOUT     6 1 N  2B -      | 33 22 0X    | 1 0 0 |
POPOUT     6 2 N  2B -      | 33 22 0X    | 1 0 0 |
POPOUT     7 0 N  2B -      | 33 22 11 0X | 1 0 0 |
POPOUT     7 1 N  2B -      | 33 22 11 0X | 1 0 0 |
POPOUT     7 2 N  2B -      | 33 22 11 0X | 1 0 0 |

# FOULOUT: batter out, runners hold
# code       obc outs depth loc flags | moves       | outs runs rbi | extras
FOULOUT    0 0 N  -  -      | 0X          | 1 0 0 |
FOULOUT    0 1 N  -  -      | 0X          | 1 0 0 |
FOULOUT    0 2 N  -  -      | 0X          | 1 0 0 |
FOULOUT    1 0 N  -  -      | 11 0X       | 1 0 0 |
FOULOUT    1 1 N  -  -      | 11 0X       | 1 0 0 |
FOULOUT    1 2 N  -  -      | 11 0X       | 1 0 0 |
FOULOUT    2 0 N  -  -      | 22 0X       | 1 0 0 |
FOULOUT    2 1 N  -  -      | 22 0X       | 1 0 0 |
FOULOUT    2 2 N  -  -      | 22 0X       | 1 0 0 |
FOULOUT    3 0 N  -  -      | 33 0X       | 1 0 0 |
FOULOUT    3 1 N  -  -      | 33 0X       | 1 0 0 |
FOULOUT    3 2 N  -  -      | 33 0X       | 1 0 0 |
FOULOUT    4 0 N  -  -      | 22 11 0X    | 1 0 0 |
FOULOUT    4 1 N  -  -      | 22 11 0X    | 1 0 0 |
FOULOUT    4 2 N  -  -      | 22 11 0X    | 1 0 0 |
FOULOUT    5 0 N  -  -      | 33 11 0X    | 1 0 0 |
FOULOUT    5 1 N  -  -      | 33 11 0X    | 1 0 0 |
FOULOUT    5 2 N  -  -      | 33 11 0X    | 1 0 0 |
FOULOUT    6 0 N  -  -      | 33 22 0X    | 1 0 0 |
FOULOUT    6 1 N  -  -      | 33 22 0X    | 1 0 0 |
FOULOUT    6 2 N  -  -      | 33 22 0X    | 1 0 0 |
FOULOUT    7 0 N  -  -      | 33 22 11 0X | 1 0 0 |
FOULOUT    7 1 N  -  -      | 33 22 11 0X | 1 0 0 |
FOULOUT    7 2 N  -  -      | 33 22 11 0X | 1 0 0 |

# FLYOUT_C: batter out, runners hold
# code       obc outs depth loc flags | moves       | outs runs rbi | extras
FLYOUT_C   0 0 N  LF -      | 0X          | 1 0 0 |
FLYOUT_C   0 1 N  LF -      | 0X          | 1 0 0 |
FLYOUT_C   0 2 N  LF -      | 0X          | 1 0 0 |
FLYOUT_C   1 0 N  LF -      | 11 0X       | 1 0 0 |
FLYOUT_C   1 1 N  LF -      | 11 0X       | 1 0 0 |
FLYOUT_C   1 2 N  LF -      | 11 0X       | 1 0 0 |
FLYOUT_C   2 0 N  LF -      | 22 0X       | 1 0 0 |
FLYOUT_C   2 1 N  LF -      | 22 0X       | 1 0 0 |
FLYOUT_C   2 2 N  LF -      | 22 0X       | 1 0 0 |
FLYOUT_C   3 0 N  LF -      | 33 0X       | 1 0 0 |
FLYOUT_C   3 1 N  LF -      | 33 0X       | 1 0 0 |
FLYOUT_C   3 2 N  LF -      | 33 0X       | 1 0 0 |
FLYOUT_C   4 0 N  LF -      | 22 11 0X    | 1 0 0 |
FLYOUT_C   4 1 N  LF -      | 22 11 0X    | 1 0 0 |
FLYOUT_C   4 2 N  LF -      | 22 11 0X    | 1 0 0 |
FLYOUT_C   5 0 N  LF -      | 33 11 0X    | 1 0 0 |
FLYOUT_C   5 1 N  LF -      | 33 11 0X    | 1 0 0 |
FLYOUT_C   5 2 N  LF -      | 33 11 0X    | 1 0 0 |
FLYOUT_C   6 0 N  LF -      | 33 22 0X    | 1 0 0 |
FLYOUT_C   6 1 N  LF -      | 33 22 0X    | 1 0 0 |
FLYOUT_C   6 2 N  LF -      | 33 22 0X    | 1 0 0 |
FLYOUT_C   7 0 N  LF -      | 33 22 11 0X | 1 0 0 |
FLYOUT_C   7 1 N  LF -      | 33 22 11 0X | 1 0 0 |
FLYOUT_C   7 2 N  LF -      | 33 22 11 0X | 1 0 0 |

# hit and run: STRIKEOUT leaves the steal attempt to the caller; LINEOUT/POPOUT with < 2 outs double the runner off 1st; FOULOUT and FLYOUT_C unchanged
# code       obc outs depth loc flags | moves       | outs runs rbi | extras
STRIKEOUT  1 0 N  -  hnr    | 11 0X       | 1 0 0 | steal
STRIKEOUT  1 1 N  -  hnr    | 11 0X       | 1 0 0 | steal
STRIKEOUT  1 2 N  -  hnr    | 11 0X       | 1 0 0 |
STRIKEOUT  4 0 N  -  hnr    | 22 11 0X    | 1 0 0 | steal
STRIKEOUT  4 1 N  -  hnr    | 22 11 0X    | 1 0 0 | steal
STRIKEOUT  4 2 N  -  hnr    | 22 11 0X    | 1 0 0 |
STRIKEOUT  5 0 N  -  hnr    | 33 11 0X    | 1 0 0 | steal
STRIKEOUT  5 1 N  -  hnr    | 33 11 0X    | 1 0 0 | steal
STRIKEOUT  5 2 N  -  hnr    | 33 11 0X    | 1 0 0 |
STRIKEOUT  7 0 N  -  hnr    | 33 22 11 0X | 1 0 0 | steal
STRIKEOUT  7 1 N  -  hnr    | 33 22 11 0X | 1 0 0 | steal
STRIKEOUT  7 2 N  -  hnr    | 33 22 11 0X | 1 0 0 |
LINEOUT    1 0 N  SS hnr    | 1X 0X       | 2 0 0 | dp
LINEOUT    1 1 N  SS hnr    | 1X 0X       | 2 0 0 | dp
LINEOUT    1 2 N  SS hnr    | 11 0X       | 1 0 0 |
LINEOUT    4 0 N  SS hnr    | 22 1X 0X    | 2 0 0 | dp
LINEOUT    4 1 N  SS hnr    | 22 1X 0X    | 2 0 0 | dp
LINEOUT    4 2 N  SS hnr    | 22 11 0X    | 1 0 0 |
LINEOUT    5 0 N  SS hnr    | 33 1X 0X    | 2 0 0 | dp
LINEOUT    5 1 N  SS hnr    | 33 1X 0X    | 2 0 0 | dp
LINEOUT    5 2 N  SS hnr    | 33 11 0X    | 1 0 0 |
LINEOUT    7 0 N  SS hnr    | 33 22 1X 0X | 2 0 0 | dp
LINEOUT    7 1 N  SS hnr    | 33 22 1X 0X | 2 0 0 | dp
LINEOUT    7 2 N  SS hnr    | 33 22 11 0X | 1 0 0 |
POPOUT     1 0 N  2B hnr    | 1X 0X       | 2 0 0 | dp
POPOUT     1 1 N  2B hnr    | 1X 0X       | 2 0 0 | dp
POPOUT     1 2 N  2B hnr    | 11 0X       | 1 0 0 |
POPOUT     4 0 N  2B hnr    | 22 1X 0X    | 2 0 0 | dp
POPOUT     4 1 N  2B hnr    | 22 1X 0X    | 2 0 0 | dp
POPOUT     4 2 N  2B hnr    | 22 11 0X    | 1 0 0 |
POPOUT     5 0 N  2B hnr    | 33 1X 0X    | 2 0 0 | dp
POPOUT     5 1 N  2B hnr    | 33 1X 0X    | 2 0 0 | dp
POPOUT     5 2 N  2B hnr    | 33 11 0X    | 1 0 0 |
POPOUT     7 0 N  2B hnr    | 33 22 1X 0X | 2 0 0 | dp
POPOUT     7 1 N  2B hnr    | 33 22 1X 0X | 2 0 0 | dp
POPOUT     7 2 N  2B hnr    | 33 22 11 0X | 1 0 0 |
FOULOUT    1 0 N  -  hnr    | 11 0X       | 1 0 0 |
FOULOUT    1 1 N  -  hnr    | 11 0X       | 1 0 0 |
FOULOUT    1 2 N  -  hnr    | 11 0X       | 1 0 0 |
FOULOUT    4 0 N  -  hnr    | 22 11 0X    | 1 0 0 |
FOULOUT    4 1 N  -  hnr    | 22 11 0X    | 1 0 0 |
FOULOUT    4 2 N  -  hnr    | 22 11 0X    | 1 0 0 |
FOULOUT    5 0 N  -  hnr    | 33 11 0X    | 1 0 0 |
FOULOUT    5 1 N  -  hnr    | 33 11 0X    | 1 0 0 |
FOULOUT    5 2 N  -  hnr    | 33 11 0X    | 1 0 0 |
FOULOUT    7 0 N  -  hnr    | 33 22 11 0X | 1 0 0 |
FOULOUT    7 1 N  -  hnr    | 33 22 11 0X | 1 0 0 |
FOULOUT    7 2 N  -  hnr    | 33 22 11 0X | 1 0 0 |
FLYOUT_C   1 0 N  LF hnr    | 11 0X       | 1 0 0 |
FLYOUT_C   1 1 N  LF hnr    | 11 0X       | 1 0 0 |
FLYOUT_C   1 2 N  LF hnr    | 11 0X       | 1 0 0 |
FLYOUT_C   4 0 N  LF hnr    | 22 11 0X    | 1 0 0 |
FLYOUT_C   4 1 N  LF hnr    | 22 11 0X    | 1 0 0 |
FLYOUT_C   4 2 N  LF hnr    | 22 11 0X    | 1 0 0 |
FLYOUT_C   5 0 N  LF hnr    | 33 11 0X    | 1 0 0 |
FLYOUT_C   5 1 N  LF hnr    | 33 11 0X    | 1 0 0 |
FLYOUT_C   5 2 N  LF hnr    | 33 11 0X    | 1 0 0 |
FLYOUT_C   7 0 N  LF hnr    | 33 22 11 0X | 1 0 0 |
FLYOUT_C   7 1 N  LF hnr    | 33 22 11 0X | 1 0 0 |
FLYOUT_C   7 2 N  LF hnr    | 33 22 11 0X | 1 0 0 |

# FLYOUT_A: < 2 outs every runner tags up +1 (a run is a sacrifice fly: RBI); 2 outs: the catch ends the inning
# code       obc outs depth loc flags | moves       | outs runs rbi | extras
FLYOUT_A   0 0 N  CF -      | 0X          | 1 0 0 |
FLYOUT_A   0 1 N  CF -      | 0X          | 1 0 0 |
FLYOUT_A   0 2 N  CF -      | 0X          | 1 0 0 |
FLYOUT_A   1 0 N  CF -      | 12 0X       | 1 0 0 |
FLYOUT_A   1 1 N  CF -      | 12 0X       | 1 0 0 |
FLYOUT_A   1 2 N  CF -      | 11 0X       | 1 0 0 |
FLYOUT_A   2 0 N  CF -      | 23 0X       | 1 0 0 |
FLYOUT_A   2 1 N  CF -      | 23 0X       | 1 0 0 |
FLYOUT_A   2 2 N  CF -      | 22 0X       | 1 0 0 |
FLYOUT_A   3 0 N  CF -      | 3H 0X       | 1 1 1 |
FLYOUT_A   3 1 N  CF -      | 3H 0X       | 1 1 1 |
FLYOUT_A   3 2 N  CF -      | 33 0X       | 1 0 0 |
FLYOUT_A   4 0 N  CF -      | 23 12 0X    | 1 0 0 |
FLYOUT_A   4 1 N  CF -      | 23 12 0X    | 1 0 0 |
FLYOUT_A   4 2 N  CF -      | 22 11 0X    | 1 0 0 |
FLYOUT_A   5 0 N  CF -      | 3H 12 0X    | 1 1 1 |
FLYOUT_A   5 1 N  CF -      | 3H 12 0X    | 1 1 1 |
FLYOUT_A   5 2 N  CF -      | 33 11 0X    | 1 0 0 |
FLYOUT_A   6 0 N  CF -      | 3H 23 0X    | 1 1 1 |
FLYOUT_A   6 1 N  CF -      | 3H 23 0X    | 1 1 1 |
FLYOUT_A   6 2 N  CF -      | 33 22 0X    | 1 0 0 |
FLYOUT_A   7 0 N  CF -      | 3H 23 12 0X | 1 1 1 |
FLYOUT_A   7 1 N  CF -      | 3H 23 12 0X | 1 1 1 |
FLYOUT_A   7 2 N  CF -      | 33 22 11 0X | 1 0 0 |

# FLYOUT_B: < 2 outs the runner on 3rd scores, the runner on 2nd may try for 3rd
# code       obc outs depth loc flags | moves       | outs runs rbi | extras
FLYOUT_B   0 0 N  LF -      | 0X          | 1 0 0 |
FLYOUT_B   0 0 N  RF -      | 0X          | 1 0 0 |
FLYOUT_B   0 1 N  LF -      | 0X          | 1 0 0 |
FLYOUT_B   0 1 N  RF -      | 0X          | 1 0 0 |
FLYOUT_B   0 2 N  LF -      | 0X          | 1 0 0 |
FLYOUT_B   0 2 N  RF -      | 0X          | 1 0 0 |
FLYOUT_B   1 0 N  LF -      | 11 0X       | 1 0 0 |
FLYOUT_B   1 0 N  RF -      | 11 0X       | 1 0 0 |
FLYOUT_B   1 1 N  LF -      | 11 0X       | 1 0 0 |
FLYOUT_B   1 1 N  RF -      | 11 0X       | 1 0 0 |
FLYOUT_B   1 2 N  LF -      | 11 0X       | 1 0 0 |
FLYOUT_B   1 2 N  RF -      | 11 0X       | 1 0 0 |
FLYOUT_B   2 0 N  LF -      | 22 0X       | 1 0 0 | try23
FLYOUT_B   2 0 N  RF -      | 22 0X       | 1 0 0 | try23
FLYOUT_B   2 1 N  LF -      | 22 0X       | 1 0 0 | try23
FLYOUT_B   2 1 N  RF -      | 22 0X       | 1 0 0 | try23
FLYOUT_B   2 2 N  LF -      | 22 0X       | 1 0 0 |
FLYOUT_B   2 2 N  RF -      | 22 0X       | 1 0 0 |
FLYOUT_B   3 0 N  LF -      | 3H 0X       | 1 1 1 |
FLYOUT_B   3 0 N  RF -      | 3H 0X       | 1 1 1 |
FLYOUT_B   3 1 N  LF -      | 3H 0X       | 1 1 1 |
FLYOUT_B   3 1 N  RF -      | 3H 0X       | 1 1 1 |
FLYOUT_B   3 2 N  LF -      | 33 0X       | 1 0 0 |
FLYOUT_B   3 2 N  RF -      | 33 0X       | 1 0 0 |
FLYOUT_B   4 0 N  LF -      | 22 11 0X    | 1 0 0 | try23
FLYOUT_B   4 0 N  RF -      | 22 11 0X    | 1 0 0 | try23
FLYOUT_B   4 1 N  LF -      | 22 11 0X    | 1 0 0 | try23
FLYOUT_B   4 1 N  RF -      | 22 11 0X    | 1 0 0 | try23
FLYOUT_B   4 2 N  LF -      | 22 11 0X    | 1 0 0 |
FLYOUT_B   4 2 N  RF -      | 22 11 0X    | 1 0 0 |
FLYOUT_B   5 0 N  LF -      | 3H 11 0X    | 1 1 1 |
FLYOUT_B   5 0 N  RF -      | 3H 11 0X    | 1 1 1 |
FLYOUT_B   5 1 N  LF -      | 3H 11 0X    | 1 1 1 |
FLYOUT_B   5 1 N  RF -      | 3H 11 0X    | 1 1 1 |
FLYOUT_B   5 2 N  LF -      | 33 11 0X    | 1 0 0 |
FLYOUT_B   5 2 N  RF -      | 33 11 0X    | 1 0 0 |
FLYOUT_B   6 0 N  LF -      | 3H 22 0X    | 1 1 1 | try23
FLYOUT_B   6 0 N  RF -      | 3H 22 0X    | 1 1 1 | try23
FLYOUT_B   6 1 N  LF -      | 3H 22 0X    | 1 1 1 | try23
FLYOUT_B   6 1 N  RF -      | 3H 22 0X    | 1 1 1 | try23
FLYOUT_B   6 2 N  LF -      | 33 22 0X    | 1 0 0 |
FLYOUT_B   6 2 N  RF -      | 33 22 0X    | 1 0 0 |
FLYOUT_B   7 0 N  LF -      | 3H 22 11 0X | 1 1 1 | try23
FLYOUT_B   7 0 N  RF -      | 3H 22 11 0X | 1 1 1 | try23
FLYOUT_B   7 1 N  LF -      | 3H 22 11 0X | 1 1 1 | try23
FLYOUT_B   7 1 N  RF -      | 3H 22 11 0X | 1 1 1 | try23
FLYOUT_B   7 2 N  LF -      | 33 22 11 0X | 1 0 0 |
FLYOUT_B   7 2 N  RF -      | 33 22 11 0X | 1 0 0 |

# FLYOUT_BQ: < 2 outs the runner on 3rd may try to score; everybody else holds
# code       obc outs depth loc flags | moves       | outs runs rbi | extras
FLYOUT_BQ  0 0 N  CF -      | 0X          | 1 0 0 |
FLYOUT_BQ  0 1 N  CF -      | 0X          | 1 0 0 |
FLYOUT_BQ  0 2 N  CF -      | 0X          | 1 0 0 |
FLYOUT_BQ  1 0 N  CF -      | 11 0X       | 1 0 0 |
FLYOUT_BQ  1 1 N  CF -      | 11 0X       | 1 0 0 |
FLYOUT_BQ  1 2 N  CF -      | 11 0X       | 1 0 0 |
FLYOUT_BQ  2 0 N  CF -      | 22 0X       | 1 0 0 |
FLYOUT_BQ  2 1 N  CF -      | 22 0X       | 1 0 0 |
FLYOUT_BQ  2 2 N  CF -      | 22 0X       | 1 0 0 |
FLYOUT_BQ  3 0 N  CF -      | 33 0X       | 1 0 0 | try3H
FLYOUT_BQ  3 1 N  CF -      | 33 0X       | 1 0 0 | try3H
FLYOUT_BQ  3 2 N  CF -      | 33 0X       | 1 0 0 |
FLYOUT_BQ  4 0 N  CF -      | 22 11 0X    | 1 0 0 |
FLYOUT_BQ  4 1 N  CF -      | 22 11 0X    | 1 0 0 |
FLYOUT_BQ  4 2 N  CF -      | 22 11 0X    | 1 0 0 |
FLYOUT_BQ  5 0 N  CF -      | 33 11 0X    | 1 0 0 | try3H
FLYOUT_BQ  5 1 N  CF -      | 33 11 0X    | 1 0 0 | try3H
FLYOUT_BQ  5 2 N  CF -      | 33 11 0X    | 1 0 0 |
FLYOUT_BQ  6 0 N  CF -      | 33 22 0X    | 1 0 0 | try3H
FLYOUT_BQ  6 1 N  CF -      | 33 22 0X    | 1 0 0 | try3H
FLYOUT_BQ  6 2 N  CF -      | 33 22 0X    | 1 0 0 |
FLYOUT_BQ  7 0 N  CF -      | 33 22 11 0X | 1 0 0 | try3H
FLYOUT_BQ  7 1 N  CF -      | 33 22 11 0X | 1 0 0 | try3H
FLYOUT_BQ  7 2 N  CF -      | 33 22 11 0X | 1 0 0 |

# held runners may not try; depth and hit and run do not change flyouts
# code       obc outs depth loc flags | moves       | outs runs rbi | extras
FLYOUT_B   2 0 N  CF h2     | 22 0X       | 1 0 0 |
FLYOUT_B   2 1 N  CF h2     | 22 0X       | 1 0 0 |
FLYOUT_B   6 0 N  CF h2     | 3H 22 0X    | 1 1 1 |
FLYOUT_B   6 1 N  CF h2     | 3H 22 0X    | 1 1 1 |
FLYOUT_B   6 0 N  CF h3     | 3H 22 0X    | 1 1 1 | try23
FLYOUT_B   6 1 N  CF h3     | 3H 22 0X    | 1 1 1 | try23
FLYOUT_BQ  3 0 N  CF h3     | 33 0X       | 1 0 0 |
FLYOUT_BQ  3 1 N  CF h3     | 33 0X       | 1 0 0 |
FLYOUT_BQ  6 0 N  CF h2     | 33 22 0X    | 1 0 0 | try3H
FLYOUT_BQ  6 1 N  CF h2     | 33 22 0X    | 1 0 0 | try3H
FLYOUT_A   5 0 IN RF hnr    | 3H 12 0X    | 1 1 1 |
FLYOUT_A   7 0 IN RF hnr    | 3H 23 12 0X | 1 1 1 |
FLYOUT_B   5 0 IN RF hnr    | 3H 11 0X    | 1 1 1 |
FLYOUT_B   7 0 IN RF hnr    | 3H 22 11 0X | 1 1 1 | try23
FLYOUT_BQ  5 0 IN RF hnr    | 33 11 0X    | 1 0 0 | try3H
FLYOUT_BQ  7 0 IN RF hnr    | 33 22 11 0X | 1 0 0 | try3H

"#;

#[test]
fn outs_truth_table() {
    let rows = common::check_table(OUTS);
    assert!(rows >= 250, "only {rows} rows");
}
