"""Language markers and scripts -> BCP 47 tags."""
from __future__ import annotations

# `(Korean)` after a citation: the language of the cited work.
LANGUAGE_MARKERS = {
    "korean": "ko", "japanese": "ja", "vietnamese": "vi", "chinese": "zh",
    "russian": "ru", "french": "fr", "english": "en", "german": "de",
    "czech": "cs", "polish": "pl", "hungarian": "hu", "romanian": "ro",
    "bulgarian": "bg", "mongolian": "mn", "lao": "lo", "khmer": "km",
    "spanish": "es", "italian": "it", "portuguese": "pt", "arabic": "ar",
}

# Letters that only Vietnamese uses among Latin scripts (`Dấu ấn Triều Tiên`).
VIETNAMESE_LETTERS = set(
    "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
)

# Unicode ranges of the scripts that tell a language without a marker.
SCRIPT_RANGES = [
    ("ko", [(0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F)]),   # Hangul
    ("ja", [(0x3040, 0x309F), (0x30A0, 0x30FF)]),                      # kana
    ("zh", [(0x4E00, 0x9FFF), (0x3400, 0x4DBF)]),                      # Han only
    ("ru", [(0x0400, 0x04FF)]),                                        # Cyrillic
]
