"""One chart per reviewed indicator: observed values and the target lines, as PNG bytes.

Drawn by :func:`vnhealthplan.plot.indicator_chart` (needs matplotlib: the ``plot`` extra)
for every indicator that has a level target and at least one observed value in the review.

Examples
--------
>>> from datetime import date
>>> from vnhealthplan.analysis.review import review
>>> charts = review_charts(review("national", as_of=date(2026, 1, 31)), "vi")
>>> [code for code, _, _ in charts][:3]
['life_expectancy', 'health_insurance_coverage', 'u5mr']
>>> charts[0][2][:8]
b'\\x89PNG\\r\\n\\x1a\\n'
"""

from __future__ import annotations

import io

from vnhealthplan.analysis.review import Review
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.messages import message
from vnhealthplan.core.optional import require
from vnhealthplan.core.vocab import Lang
from vnhealthplan.present.plot import indicator_chart

__all__ = ["review_charts"]


def review_charts(r: Review, lang: Lang = "vi") -> tuple[tuple[str, str, bytes], ...]:
    """(indicator code, chart title, PNG bytes) for each indicator with an observed value."""
    require("matplotlib", "plot", message("the charts of a review report"))
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    codes = list(dict.fromkeys(row.target.indicator.code for row in r.rows if row.latest))
    observations = [o for o in r.observations if o not in r.plan.observations]
    out = []
    for code in codes:
        ax = indicator_chart(r.plan, code, observations=observations, lang=lang)
        if r.plan.province is None:  # the national targets: the country, not "no province"
            where = translate("Viet Nam", lang, context="review")
            ax.set_title(f"{ax.get_title().split(' — ')[0]} — {where}")
        buffer = io.BytesIO()
        figure = ax.get_figure(root=True)
        assert figure is not None
        figure.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
        out.append((code, ax.get_title(), buffer.getvalue()))
        plt.close(figure)
    return tuple(out)
