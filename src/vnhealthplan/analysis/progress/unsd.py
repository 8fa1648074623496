"""The UN Statistics Division's SDG Progress Chart method (2023 technical note): ``"unsd"``.

The indicator is projected to the target year at its observed growth and the projected
change is compared with the change required, cut at 0.95 / 0.10. Defined and registered
here (see :func:`~vnhealthplan.progress.register_method`).

Examples
--------
>>> UNSD.ratio_cuts, UNSD.categories[-1].key
((0.95, 0.1), 'on_track_or_met')
"""

from __future__ import annotations

from typing import Final

from vnhealthplan.analysis.progress.method import Category, Method, register_method

__all__ = ["UNSD"]

#: The UN Statistics Division's SDG Progress Chart method (2023 technical note).
UNSD: Final = register_method(
    Method(
        key="unsd",
        name="UN Statistics Division SDG Progress Chart",
        citation=(
            "United Nations Statistics Division, 'Sustainable Development Goals Progress Chart "
            "2023: Technical Note' (unstats.un.org/sdgs/files/report/2023/"
            "Progress_Chart_Technical_Note_2023.pdf); formula, cut-points and labels as restated "
            "by Eustat's SDG methodology page (EUSTAT-DES/site, _pages/en/metodologia.md), which "
            "follows that note; the note itself was not read"
        ),
        rule="projected_change",
        categories=(
            Category(
                "stagnation_or_regression", "Stagnation or regression", "đình trệ hoặc thụt lùi"
            ),
            Category(
                "fair_progress",
                "Fair progress, but acceleration needed",
                "tiến bộ khá, nhưng cần đẩy nhanh",
            ),
            Category(
                "on_track_or_met", "On track or target met", "đúng tiến độ hoặc đã đạt mục tiêu"
            ),
        ),
        achieved=False,
        ratio_cuts=(0.95, 0.10),
        growth_cuts=(0.02, 0.005),
        unassessed=Category("not_assessed", "Not assessed", "không đánh giá"),
        name_vi="biểu đồ tiến độ SDG của Thống kê Liên Hợp Quốc",
    )
)
