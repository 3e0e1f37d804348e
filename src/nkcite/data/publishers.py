"""Publishers and issuing bodies printed before a series or periodical name.

`Wilson Center NKIDP e-Dossier No. 2`: the publisher is printed in front of
the series; `Radiopress, *North Korea Policy Trends*`: a news agency in front
of its bulletin.
"""
from __future__ import annotations

KNOWN_PUBLISHERS = [
    "Woodrow Wilson International Center for Scholars",
    "Wilson Center",
    "Radiopress",
    "Yonhap",
    "KCNA",
    "Routledge",
    "Brookings Institution",
    "RAND Corporation",
    "United Nations Security Council",
    "United Nations",
]

# Words that make an author an institution (`National Institute for Defense Military History`).
INSTITUTION_WORDS = {
    "institute", "institution", "academy", "university", "ministry", "department", "dept.",
    "committee", "council", "commission", "party", "publishing", "press", "center", "centre",
    "association", "society", "office", "agency", "bureau", "panel", "museum", "library",
    "archive", "archives", "foundation", "company", "corporation", "government", "embassy",
    "viện", "bộ", "bảo", "báo", "ban", "nhà", "sở", "trung", "ủy",
}
