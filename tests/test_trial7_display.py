"""A new user's trial in Vietnamese: what a notebook shows of a record's source."""

from __future__ import annotations

from vnhealthplan import options, plans


def test_a_vietnamese_display_cites_its_source_in_vietnamese():
    dak_lak = plans.load("dak-lak-2024")  # its document has no number and no date
    with options.language("vi"):
        shown = dak_lak._repr_html_()
    assert "(no number)" not in shown
    assert "(undated)" not in shown
    assert "Sở Y tế Đắk Lắk, (không số) (không ghi ngày), I. CÁC CHỈ TIÊU, dòng 1" in shown
    target = plans.load("thanh-hoa-2023").targets[0]  # numbered and dated
    with options.language("vi"):
        assert "Sở Y tế Thanh Hóa, 132/KH-SYT (14/10/2023)" in target._repr_html_()
    with options.language("en"):
        assert "Sở Y tế Thanh Hóa, 132/KH-SYT (2023-10-14)" in target._repr_html_()


def test_an_assignment_without_product_or_recipient_shows_empty_cells_not_none():
    assignment = plans.load("dak-lak-2024").assignments[0]
    assert assignment.product is None
    assert assignment.submitted_to is None
    for lang in ("vi", "en"):
        with options.language(lang):
            assert "<td>None</td>" not in assignment._repr_html_()
            assert "<td>None</td>" not in plans.load("dak-lak-2024")._repr_html_()
