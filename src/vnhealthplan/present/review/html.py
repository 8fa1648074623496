"""A review report as one self-contained HTML file: charts embedded as base64 PNG.

Every text is escaped (:func:`html.escape`); the file needs nothing beside itself.

Examples
--------
>>> import pathlib, tempfile
>>> from datetime import date
>>> from vnhealthplan.analysis.review import review
>>> with tempfile.TemporaryDirectory() as folder:
...     path = to_html(review("national", as_of=date(2026, 1, 31)),
...                    pathlib.Path(folder, "review.html"), charts=False)
...     text = path.read_text(encoding="utf-8")
>>> "<h2>III. Tiến độ</h2>" in text, "Độc lập - Tự do - Hạnh phúc" in text
(True, True)
"""

from __future__ import annotations

import base64
import html
import os
from pathlib import Path
from typing import Final

from vnhealthplan.analysis.review import Review
from vnhealthplan.core.argchecks import flag
from vnhealthplan.core.atomic import atomic_open
from vnhealthplan.core.checks import file_suffix
from vnhealthplan.core.vocab import Lang
from vnhealthplan.present.review.charts import review_charts
from vnhealthplan.present.review.sections import ReportTable, cell_text, report_parts

__all__ = ["review_html", "to_html"]

_STYLE: Final = """
body { font-family: "Times New Roman", serif; max-width: 60em; margin: 2em auto; }
.heading { display: flex; justify-content: space-between; text-align: center; }
.heading p { margin: 0.1em 0; font-weight: bold; }
h1, .subtitle { text-align: center; } .date { text-align: right; font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 0.85em; margin-bottom: 1em; }
th, td { border: 1px solid #555; padding: 0.2em 0.4em; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; } figure { margin: 1em 0; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _table(table: ReportTable, lang: Lang) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in table.header)
    rows = []
    for row in table.rows:
        cells = "".join(
            f'<td class="n">{_e(cell_text(v, lang))}</td>' if isinstance(v, float | int)
            else f"<td>{_e(cell_text(v, lang))}</td>"
            for v in row
        )  # fmt: skip
        rows.append(f"<tr>{cells}</tr>")
    note = f"<p>{_e(table.note)}</p>" if table.note else ""
    return (
        f"<h2>{_e(table.title)}</h2>{note}<table><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def review_html(r: Review, *, lang: Lang = "vi", charts: bool = True) -> str:
    """The report as one HTML document (a string); charts need matplotlib."""
    charts = flag(charts, "review_html", "charts")
    parts = report_parts(r, lang)
    left = "".join(f"<p>{_e(t)}</p>" for t in parts.left)
    right = "".join(f"<p>{_e(t)}</p>" for t in parts.right)
    body = [
        f'<div class="heading"><div>{left}</div><div>{right}</div></div>',
        f'<p class="date">{_e(parts.place_date)}</p>',
        f"<h1>{_e(parts.title)}</h1>",
        f'<p class="subtitle"><b>{_e(parts.subtitle)}</b></p>',
    ]
    for table in parts.tables:
        body.append(_table(table, lang))
        if table.key == "progress" and charts:
            for code, title, png in review_charts(r, lang):
                data = base64.b64encode(png).decode("ascii")
                body.append(
                    f'<figure id="chart-{_e(code)}"><img alt="{_e(title)}" '
                    f'src="data:image/png;base64,{data}"><figcaption>{_e(title)}</figcaption>'
                    "</figure>"
                )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_e(parts.title)} — {_e(parts.subtitle)}</title><style>{_STYLE}</style>"
        f"</head><body>{''.join(body)}</body></html>\n"
    )


def to_html(
    r: Review, path: str | os.PathLike[str], *, lang: Lang = "vi", charts: bool = True
) -> Path:
    """Write *r* as one self-contained ``.html`` file (atomically); return its path."""
    charts = flag(charts, "to_html", "charts")
    target = file_suffix(path, "vnhealthplan.review.to_html", [".html", ".htm"])
    text = review_html(r, lang=lang, charts=charts)
    with atomic_open(target, "w", encoding="utf-8") as handle:
        handle.write(text)
    return target
