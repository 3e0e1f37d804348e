"""Periodicals: name (case-folded, without a leading "The") -> (kind, language).

kind is `newspaper` (also news agencies, broadcasters and news sites),
`magazine` or `journal`. Used to type `*Rodong Sinmun*, March 27, 1965` as a
newspaper issue and to give it a language when the note has no marker.
"""
from __future__ import annotations

PERIODICALS: dict[str, tuple[str, str]] = {
    # North Korean press
    "rodong sinmun": ("newspaper", "ko"),
    "nodong sinmun": ("newspaper", "ko"),
    "minju choson": ("newspaper", "ko"),
    "minju chosŏn": ("newspaper", "ko"),
    "pyongyang times": ("newspaper", "en"),
    "korea today": ("magazine", "en"),
    "kulloja": ("magazine", "ko"),
    "korean central news agency": ("newspaper", "en"),
    "kcna": ("newspaper", "en"),
    "korea central broadcasting": ("newspaper", "ko"),
    "choson sinbo": ("newspaper", "ko"),
    "chosun sinbo": ("newspaper", "ko"),
    # South Korean press
    "chosun ilbo": ("newspaper", "ko"),
    "dong-a ilbo": ("newspaper", "ko"),
    "donga ilbo": ("newspaper", "ko"),
    "joongang ilbo": ("newspaper", "ko"),
    "hankook ilbo": ("newspaper", "ko"),
    "kyunghyang shinmun": ("newspaper", "ko"),
    "hankyoreh": ("newspaper", "ko"),
    "korea herald": ("newspaper", "en"),
    "korea times": ("newspaper", "en"),
    "yonhap news": ("newspaper", "ko"),
    "yonhap": ("newspaper", "ko"),
    "nk news": ("newspaper", "en"),
    # Japanese press
    "yomiuri shimbun": ("newspaper", "ja"),
    "asahi shimbun": ("newspaper", "ja"),
    "mainichi shinbun": ("newspaper", "ja"),
    "mainichi shimbun": ("newspaper", "ja"),
    "nikkei": ("newspaper", "ja"),
    "sankei shimbun": ("newspaper", "ja"),
    # Vietnamese press and news sites
    "nhân dân": ("newspaper", "vi"),
    "nhan dan": ("newspaper", "vi"),
    "quân đội nhân dân": ("newspaper", "vi"),
    "vnexpress": ("newspaper", "vi"),
    "vn express": ("newspaper", "vi"),
    "tiền phong": ("newspaper", "vi"),
    "tien phong": ("newspaper", "vi"),
    "dân trí": ("newspaper", "vi"),
    "dan tri": ("newspaper", "vi"),
    "tuổi trẻ": ("newspaper", "vi"),
    "tuổi trẻ cuối tuần": ("newspaper", "vi"),
    "thanh niên": ("newspaper", "vi"),
    # Chinese and Soviet press
    "renmin ribao": ("newspaper", "zh"),
    "people's daily": ("newspaper", "zh"),
    "pravda": ("newspaper", "ru"),
    "izvestiia": ("newspaper", "ru"),
    "izvestia": ("newspaper", "ru"),
    # International press and broadcasters
    "new york times": ("newspaper", "en"),
    "washington post": ("newspaper", "en"),
    "wall street journal": ("newspaper", "en"),
    "guardian": ("newspaper", "en"),
    "times": ("newspaper", "en"),
    "le monde": ("newspaper", "fr"),
    "bbc": ("newspaper", "en"),
    "bbc news": ("newspaper", "en"),
    "reuters": ("newspaper", "en"),
    "associated press": ("newspaper", "en"),
    "voice of america": ("newspaper", "en"),
    "radio free asia": ("newspaper", "en"),
    # Magazines and bulletins
    "north korea policy trends": ("magazine", "ja"),
    "far eastern economic review": ("magazine", "en"),
    "time": ("magazine", "en"),
    "newsweek": ("magazine", "en"),
}


def lookup_periodical(name: str) -> tuple[str, str] | None:
    """Return (kind, language) of a known periodical, else None.

    >>> lookup_periodical('*The Yomiuri Shimbun*')
    ('newspaper', 'ja')
    """
    key = name.replace("*", "").strip().strip(",.").casefold()
    key = key[4:] if key.startswith("the ") else key
    return PERIODICALS.get(key)

# Series of diplomatic documents cited by their abbreviation, the years of the volume after it:
# `FRUS, 1964–1968, vol. 29, doc. 45`, `DDF, 1932–1939, 1re série, t. 3`, `ADAP, Serie D, Bd. 7`
DOCUMENT_SERIES = {
    "FRUS": "Foreign Relations of the United States",
    "DBPO": "Documents on British Policy Overseas",
    "DBFP": "Documents on British Foreign Policy",
    "DDF": "Documents diplomatiques français",
    "ADAP": "Akten zur deutschen auswärtigen Politik",
    "AAPD": "Akten zur Auswärtigen Politik der Bundesrepublik Deutschland",
    "DDI": "I documenti diplomatici italiani",
    "DDS": "Diplomatische Dokumente der Schweiz",
}
