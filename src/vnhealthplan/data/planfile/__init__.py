"""Reading and writing plans as TOML files (the schema of the bundled plans).

A plan file is plain TOML a person can review in a text editor::

    schema = 1
    key = "dak-lak-2024"
    province = "Đắk Lắk"                         # optional
    source_text = "texts/dak-lak-2024.txt"  # optional: quotes are checked in it

    [document]
    title = "..."
    issuer = "Sở Y tế Đắk Lắk"
    number = "132/KH-SYT"                        # optional
    issued = 2023-10-14                          # optional TOML date
    place = "Đăk Lăk"                            # optional
    implements = ["01/NQ-CP"]
    notes = "..."
    notes_vi = "..."                             # optional: the notes in Vietnamese

    [indicators.my_code]                          # optional: indicators not in the catalogue
    name_vi = "..."; name_en = "..."; unit = "..."; direction = "higher"; numerator = "..."

    [[target]]
    indicator = "imr"        # a catalogue code or one defined above
    value = 22               # for a range, the lower bound; for a change, signed
    upper = 24               # range targets only
    unit = "‰"               # optional; the indicator's unit by default
    comparator = "<"         # = < <= > >= ~ range
    kind = "level"           # level | change | maintain
    period = "2024"          # see Period.parse: 2024, 2021-2025, 2024-Q2, 2024-H1, ...
    scope = { tier = "province", facility_kind = "...", description = "..." }
    baseline = { value = 76.5, period = "2017", section = "...", quote = "..." }
    section = "I"
    quote = "..."            # verbatim, OCR errors included
    reading = "..."          # optional corrected reading
    notes = "..."
    notes_vi = "..."         # optional: the notes in Vietnamese (every record with notes)

    [[observation]]          # status figures: indicator, value, unit, period, scope, source
    [[facility]]             # name, kind, tier, rank, ownership, beds, autonomy_group, aliases
    [[assignment]]           # task, lead, partners, submitted_to, due, product, completed

The schema is one field table per record type (:mod:`.schema`); reading (:mod:`.read`,
:mod:`.build`) and writing (:mod:`.write`) both follow it. Every invalid value is reported,
all at once, in one :class:`~vnhealthplan.errors.PlanDataError`
naming the file, the record, the field and the value. Writing is atomic.

Examples
--------
>>> import tempfile, pathlib
>>> from vnhealthplan import Document, Plan, Period, Target, indicators
>>> plan = Plan("example-2024", Document("Kế hoạch năm 2024", "Sở Y tế Đắk Lắk"),
...             targets=[Target(indicators.get("imr"), 22, Period.year(2024), "<")])
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = pathlib.Path(tmp, "plan.toml")
...     write_plan(plan, path)
...     read_plan(path) == plan
True
"""

from vnhealthplan.data.planfile.read import SCHEMA_VERSION, plan_from_dict, read_plan
from vnhealthplan.data.planfile.write import plan_to_dict, write_plan

__all__ = ["SCHEMA_VERSION", "plan_from_dict", "plan_to_dict", "read_plan", "write_plan"]
