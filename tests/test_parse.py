"""Stage 3: one real citation string per form -> CSL fields."""
from __future__ import annotations

import pytest

from nkcite import parse_citation

CASES = [
    pytest.param('Toni Weis, "The Politics Machine: On the Concept of \'Solidarity\' in East German Support for SWAPO," '
                 '*Journal of Southern African Studies* vol. 37, no. 2 (2011), 364.',
                 {"type": "article-journal", "container-title": "Journal of Southern African Studies",
                  "volume": "37", "issue": "2", "issued": {"date-parts": [[2011]]}}, "364", id="journal article"),
    pytest.param("Jian Chen, *Mao's China and the Cold War* (Chapel Hill: The University of North Carolina Press, 2001).",
                 {"type": "book", "author": [{"family": "Chen", "given": "Jian"}], "publisher-place": "Chapel Hill"},
                 None, id="book"),
    pytest.param("Shu, Ken'ei (朱建榮), *Mao Zedong's Vietnam War(毛沢東のベトナム戦争)*, (Tokyo: University of Tokyo Press, 2001), p. 381 (Japanese).",
                 {"type": "book", "title": "Mao Zedong's Vietnam War", "original-title": "毛沢東のベトナム戦争",
                  "language": "ja", "author": [{"family": "Shu", "given": "Ken'ei"}]}, "381", id="book with original title"),
    pytest.param('KIM Il-sung, "Congratulatory Letter: To the Combatants of Unit 203 of the Korean People\'s Army, May 30, 1967 '
                 '(축하문 조선인민군 제 203 부대 전투원들에게 1967 년 5 월 30 일)," *The Complete Works of Kim Il Sung*, Vol. 38 '
                 "(Pyongyang: The Workers' Party of Korea Publishing, 2001), pp.462-465 (Korean).",
                 {"type": "chapter", "container-title": "The Complete Works of Kim Il Sung", "volume": "38",
                  "page": "462-465", "author": [{"family": "Kim", "given": "Il-sung"}], "language": "ko"},
                 None, id="chapter in collected works"),
    pytest.param("*Rodong Sinmun*, March 27, 1965.",
                 {"type": "article-newspaper", "container-title": "Rodong Sinmun", "issued": {"date-parts": [[1965, 3, 27]]}},
                 None, id="newspaper issue"),
    pytest.param('"Call for Resolute Action: Kim Ok Sun," 29 July, 1965, *The Pyongyang Times*.',
                 {"type": "article-newspaper", "title": "Call for Resolute Action: Kim Ok Sun",
                  "issued": {"date-parts": [[1965, 7, 29]]}}, None, id="newspaper article, date first"),
    pytest.param('Phan Dương, "Korean imprint in a 60-year-old dormitory in Hanoi (Dấu ấn Triều Tiên trong khu tập thể 60 năm ở Hà Nội)," '
                 "*VnExpress*, 02/03/2019, từ <https://vnexpress.net/au-an> (Accessed on January 30, 2024) (Vietnamese).",
                 {"type": "article-newspaper", "issued": {"date-parts": [[2019, 3, 2]]}, "URL": "https://vnexpress.net/au-an",
                  "accessed": {"date-parts": [[2024, 1, 30]]}, "author": [{"family": "Phan", "given": "Dương"}]},
                 None, id="Vietnamese news site, day-first date"),
    pytest.param('“Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 1 August 1957,” AVPRF F. 0102, Op. 13, P. 72, Delo 5, '
                 "Listy 165-192, translated for NKIDP by Gary Goldberg, accessible at <http://digitalarchive.wilsoncenter.org/document/115641>.",
                 {"type": "manuscript", "archive": "AVPRF", "archive_location": "F. 0102, Op. 13, P. 72, Delo 5, Listy 165-192",
                  "translator": [{"family": "Goldberg", "given": "Gary"}], "issued": {"date-parts": [[1957, 8, 1]]}},
                 None, id="archival record, Russian signature"),
    pytest.param("Telegram, From AmEmbassy, Moscow to SecState, Subject: North Korea, 14 November, 1967. Folder POL 7, KOR N, 1/1/67. "
                 "Box 2262. RG 59: General Records of the Department of State. NARA II.",
                 {"type": "manuscript", "genre": "Telegram", "archive": "NARA II", "author": [{"literal": "AmEmbassy, Moscow"}],
                  "recipient": [{"literal": "SecState"}]}, None, id="NARA telegram"),
    pytest.param('Merle Pribbenow, "North Korean Pilots in the Skies over Vietnam," Wilson Center NKIDP e-Dossier No. 2, '
                 "<<https://www.wilsoncenter.org/publication/north-korean-pilots-the-skies-over-vietnam>> (Accessed 26 July, 2017).",
                 {"type": "report", "publisher": "Wilson Center", "collection-title": "NKIDP e-Dossier", "number": "2"},
                 None, id="e-Dossier report"),
    pytest.param("The Panel of Experts, *Report of the Panel of Experts established pursuant to resolution 1874 (2009)*, "
                 "United Nations Security Council, (February 24, 2016), pp.43-44.",
                 {"type": "report", "publisher": "United Nations Security Council", "author": [{"literal": "The Panel of Experts"}]},
                 "43-44", id="UN report"),
    pytest.param('Merle Pribbenow, "North Korean Psychological Warfare Operations in South Vietnam," *The North Korea International '
                 "Documentation Project*, March 19, 2018, <https://www.wilsoncenter.org/blog-post/north-korean-psychological> "
                 "(Accessed on January 30, 2024).", {"type": "post-weblog"}, None, id="blog post"),
    pytest.param("*White Jade* (흰옥), KIM Moon-son, Film Literature, Korea 4.25 Art Movie Studio, 2009, 13:57 to 15:08, "
                 "<https://www.youtube.com/watch?v=UKb0deTel8w> (Accessed on March 3, 2024) (Korean).",
                 {"type": "motion_picture", "publisher": "Korea 4.25 Art Movie Studio", "original-title": "흰옥"},
                 "13:57 to 15:08", id="film with time range"),
    pytest.param("Radiopress, *North Korea Policy Trends*, 2001, No.10 (August 2001), p.80 (Japanese).",
                 {"type": "article-magazine", "container-title": "North Korea Policy Trends", "issue": "10", "publisher": "Radiopress"},
                 "80", id="periodical issue without article title"),
    pytest.param("V.A., Zolotarev (B.A., Золотарева) ed., *Russia (USSR) in Local Wars (Россия (СССР) в локальных войнах)*, "
                 "(Москва: Кучково поле, 2000). с. 98, с.481 (Russian).",
                 {"type": "book", "editor": [{"family": "Zolotarev", "given": "V.A."}], "publisher-place": "Москва", "language": "ru"},
                 "98, 481", id="Russian edited book"),
]


@pytest.mark.parametrize("raw, expected, locator", CASES)
def test_parse_real_citations(raw, expected, locator):
    cit = parse_citation(raw)
    for key, value in expected.items():
        assert cit.work.get(key) == value, key
    assert cit.locator == locator


def test_ibid_with_page():
    cit = parse_citation("*ibid.*, p.56.")
    assert (cit.form, cit.locator, cit.label, cit.work) == ("ibid", "56", "page", {})


def test_unparseable_text_is_kept_in_note():
    cit = parse_citation("12345 ??? ---")
    assert cit.work["note"] == "12345 ??? ---"
    assert cit.work["type"]
