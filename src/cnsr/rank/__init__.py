"""Peer rankings and study summaries over ratings (methodology.md §5); pure, never scores."""

from cnsr.rank.peers import PeerGroup, PeerKey, Ranked, YearChange, rank_groups
from cnsr.rank.study import GroupSummary, IndicatorStat, Study, build_study

__all__ = ["GroupSummary", "IndicatorStat", "PeerGroup", "PeerKey", "Ranked", "Study",
           "YearChange", "build_study", "rank_groups"]
