"""Data-collection forms (biểu mẫu): a plan's form to fill in, read back as Observations.

The monitoring cycle: :func:`write_form` writes a plan's form (.xlsx, or .csv); a
department fills in the value, source and note of each row; :func:`read_form` reads the
filled forms back as :class:`~vnhealthplan.Observation` objects, ready for
:func:`vnhealthplan.gaps.gaps_frame` and :meth:`Target.gap <vnhealthplan.Target.gap>`.
Every bad cell of every file is reported at once, with its address ("Biểu mẫu!K7").
:func:`vnhealthplan.export.read_observations` reads a filled form too.

Excel forms need openpyxl: ``pip install "vnhealthplan[excel]"``.

Examples
--------
>>> import pathlib, tempfile
>>> from vnhealthplan import plans
>>> from vnhealthplan.forms import form_rows, read_form, write_form
>>> thanh_hoa = plans.load("thanh-hoa-2023")
>>> len(form_rows(thanh_hoa)), len(form_rows(thanh_hoa, years=[2024, 2025]))
(16, 22)
>>> with tempfile.TemporaryDirectory() as folder:
...     path = write_form(thanh_hoa, pathlib.Path(folder, "thanh-hoa.csv"), years=[2024])
...     lines = path.read_text(encoding="utf-8-sig").splitlines()
>>> lines[0][:82]
'#vnhealthplan-form,plan=thanh-hoa-2023,form_version=1,lang=vi,number_convention=vi'
>>> lines[1]
'Mã chỉ tiêu,Chỉ tiêu,Chỉ tiêu (tiếng Anh),Đơn vị tính,Tỉnh,Tuyến,Loại cơ sở,Phạm vi,Năm,\
Mục tiêu của kế hoạch,Giá trị thực hiện,Nguồn số liệu,Ghi chú'
"""

from vnhealthplan.io.forms._load import is_form
from vnhealthplan.io.forms._read import MAX_BYTES, read_form
from vnhealthplan.io.forms._write import write_form
from vnhealthplan.io.forms.layout import COLUMNS, FORM_VERSION, STRUCTURE, FormRow, form_rows
from vnhealthplan.io.forms.numbers import read_number

__all__ = [
    "COLUMNS",
    "FORM_VERSION",
    "MAX_BYTES",
    "STRUCTURE",
    "FormRow",
    "form_rows",
    "is_form",
    "read_form",
    "read_number",
    "write_form",
]
