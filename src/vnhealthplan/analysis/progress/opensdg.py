"""Statistics Canada's progress measure as built into Open SDG: the method ``"opensdg"``.

The ratio R of the observed compound annual growth to the growth the target requires is cut
at 0.95 / 0.60 / 0; a met target is "target achieved" whatever the trend. Defined and
registered here (see :func:`~vnhealthplan.progress.register_method`).

Examples
--------
>>> OPEN_SDG.ratio_cuts, OPEN_SDG.categories[-1].key
((0.95, 0.6, 0.0), 'target_achieved')
"""

from __future__ import annotations

from typing import Final

from vnhealthplan.analysis.progress.method import Category, Method, register_method

__all__ = ["OPEN_SDG"]

#: Statistics Canada's progress measure as built into Open SDG.
OPEN_SDG: Final = register_method(
    Method(
        key="opensdg",
        name="Open SDG / Statistics Canada progress measure",
        citation=(
            "Statistics Canada, 'Progress Measurement Methodology for the Sustainable Development "
            "Goals', in the Open SDG documentation (open-sdg.readthedocs.io/en/latest/"
            "progress-methodology/), released with Open SDG 2.4.0, October 2025; formulas, "
            "cut-points and the scaling exponent 4.44 checked against open-sdg/sdg-build, "
            "sdg/ProgressMeasure.py"
        ),
        rule="growth_ratio",
        categories=(
            Category("deterioration", "Deterioration", "đi xuống"),
            Category("limited_progress", "Limited progress", "tiến bộ hạn chế"),
            Category(
                "moderate_progress",
                "Progress made but acceleration needed",
                "có tiến bộ nhưng cần đẩy nhanh",
            ),
            Category("substantial_progress", "On track", "đúng tiến độ"),
            Category("target_achieved", "Target achieved", "đã đạt mục tiêu"),
        ),
        achieved=True,
        ratio_cuts=(0.95, 0.60, 0.0),
        growth_cuts=(0.015, 0.005, 0.0),
        unassessed=Category("unable_to_assess", "Unable to assess", "không đánh giá được"),
        zero_replacement=0.001,
        limit_exponent=4.44,
        name_vi="thước đo tiến độ của Thống kê Canada",
    )
)
