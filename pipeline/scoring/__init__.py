"""Facts + params -> knock-outs, CV requirements, points and ranking. Pure: no I/O.

Reasons are Dutch: they are what the analyst and, in an objection, the candidate read.
"""

from pipeline.scoring.candidate import score_candidate
from pipeline.scoring.ranking import rank_candidates

__all__ = ["rank_candidates", "score_candidate"]
