"""Family names that tell the order of an East Asian name.

`KIM Il-sung`, `Park Jae Kyu`, `Wu Lengxi` are family-first; `Kook-Chin Kim`,
`Jian Chen` are family-last; `Nguyễn Văn Quyền`, `Do Thanh Thao Mien` are
Vietnamese, family first.
"""
from __future__ import annotations

KOREAN_SURNAMES = {
    "kim", "lee", "yi", "ri", "rhee", "park", "pak", "bak", "choi", "choe", "chae", "jung", "jong",
    "chung", "chong", "kang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "rim",
    "han", "oh", "o", "seo", "so", "shin", "sin", "kwon", "hwang", "ahn", "an", "song", "ryu",
    "yu", "yoo", "hong", "jeon", "jon", "chon", "ko", "koh", "moon", "mun", "yang", "son",
    "sohn", "bae", "pae", "baek", "paek", "paik", "heo", "ho", "hur", "nam", "noh", "ro", "roh",
    "ha", "kwak", "ra", "na", "min", "gu", "ku", "woo", "u", "won", "cheon", "chun", "bang",
    "pang", "gong", "kong", "hyun", "hyon", "ryang", "yeom", "byun", "pyon", "tak", "jin", "chin",
}

CHINESE_SURNAMES = {
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
    "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song",
    "tang", "xu", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan",
    "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen",
    "yao", "shi", "jin", "fan", "fu", "qian", "mao", "zhou", "kang", "dai", "xia", "shu", "niu",
}

VIETNAMESE_SURNAMES = {
    "nguyễn", "nguyen", "trần", "tran", "lê", "le", "phạm", "pham", "hoàng", "hoang", "huỳnh",
    "huynh", "phan", "vũ", "vu", "võ", "vo", "đặng", "dang", "bùi", "bui", "đỗ", "do", "hồ",
    "ngô", "ngo", "dương", "duong", "lý", "ly", "hà", "đinh", "dinh", "đào", "dao", "trịnh",
    "trinh", "mai", "cao", "lương", "luong", "tạ", "ta", "chu", "lưu", "luu", "văn", "van",
}
