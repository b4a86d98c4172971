//! Pitcher fatigue (rules.md §9, reference §7.2) and the stint counters behind it.

use super::Game;

impl Game {
    /// Counts a play against the current pitcher's stint and updates his fatigue.
    pub(crate) fn pitcher_tally(
        &mut self,
        pa: bool,
        outs: u8,
        hit_or_walk: bool,
        runs: u16,
        closer_situation: bool,
    ) {
        let inning = self.inning;
        let fatigue_on = self.setup.settings.fatigue;
        let side = self.fielding_side();
        let endurance = self
            .field()
            .pitcher
            .and_then(|p| self.p(side, p).pitching.as_ref().map(|x| x.endurance));
        let st = &mut self.teams[side].stint;
        if st.last_inning != inning {
            st.last_inning = inning;
            st.innings_begun += 1;
            st.hw = [0, st.hw[0], st.hw[1]];
            st.runs = [0, st.runs[0], st.runs[1]];
        }
        let outs_before = st.outs;
        if pa {
            st.batters += 1;
        }
        st.outs += u16::from(outs);
        st.hw[0] += u8::from(hit_or_walk);
        st.runs[0] = st.runs[0].saturating_add(runs.min(255) as u8);
        if !fatigue_on || st.fatigued {
            return;
        }
        let e = endurance.unwrap_or_default();
        // A pitcher with no starter rating who must start gets point of weakness 1.
        let (vulnerable, limit_outs) = if st.starter {
            let pow = e.starter.unwrap_or(1).max(1);
            (st.innings_begun >= pow, 3 * (u16::from(pow) + 2))
        } else {
            let r = e.relief.unwrap_or(1).max(1);
            (st.outs >= 3 * u16::from(r - 1), 3 * (u16::from(r) + 2))
        };
        let hw = st.hw;
        let rs = st.runs;
        let sum = |a: [u8; 3], n: usize| a.iter().take(n).map(|x| u16::from(*x)).sum::<u16>();
        let tired_by_traffic =
            vulnerable && (sum(hw, 1) >= 3 || sum(hw, 2) >= 4 || sum(hw, 3) >= 5);
        let tired_by_runs = sum(rs, 1) >= 5 || sum(rs, 2) >= 6 || sum(rs, 3) >= 7;
        // Closer rule (reference §7.2): in a closer situation a reliever may record C(n) outs
        // (fewer the outs he already has) before he is vulnerable; then the next hit or walk
        // fatigues him. No C rating = C0.
        let tired_as_closer = closer_situation
            && !st.starter
            && hit_or_walk
            && outs_before >= u16::from(e.closer.unwrap_or(0));
        if tired_by_traffic || tired_by_runs || tired_as_closer || st.outs >= limit_outs {
            st.fatigued = true;
        }
    }
}
