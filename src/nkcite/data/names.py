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
    # the rest of the hundred most frequent (national statistics, in pinyin)
    "jia", "xue", "yan", "zhong", "fang", "tan", "liao", "zou", "xiong", "hao", "kong", "bai", "cui",
    "qiu", "qin", "gu", "hou", "shao", "meng", "long", "wan", "duan", "lei", "qian", "yin", "yi",
    "chang", "qiao", "lai", "gong", "wen", "pang", "lan", "tao", "hong", "zhai", "ni", "ji", "yue",
    "geng", "wu", "bao", "jiao", "guan", "kuang", "mo", "lou", "miao", "xing", "tong", "zuo", "rao",
}

# `Hatakeyama Kōji`, `Satō Eisaku`: Japanese names printed family first (the most frequent family names,
# in Hepburn without macrons, as `fold` leaves them; `Abe`, also an English given name, is left out)
JAPANESE_SURNAMES = {
    "sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato",
    "yoshida", "yamada", "sasaki", "yamaguchi", "saito", "matsumoto", "inoue", "kimura", "hayashi", "shimizu",
    "yamazaki", "mori", "ikeda", "hashimoto", "yamashita", "ishikawa", "nakajima", "maeda", "fujita", "ogawa",
    "goto", "okada", "hasegawa", "murakami", "kondo", "ishii", "sakamoto", "endo", "aoki", "fujii",
    "nishimura", "fukuda", "ota", "miura", "fujiwara", "okamoto", "matsuda", "nakagawa", "nakano", "harada",
    "ono", "tamura", "takeuchi", "kaneko", "wada", "nakayama", "ishida", "ueda", "morita", "hara", "shibata",
    "sakai", "kudo", "yokoyama", "miyazaki", "miyamoto", "uchida", "takagi", "ando", "taniguchi", "ohno",
    "maruyama", "imai", "takada", "fujimoto", "takeda", "murata", "ueno", "sugiyama", "masuda", "sugawara",
    "hirano", "kojima", "otsuka", "chiba", "kubo", "matsui", "iwasaki", "sakurai", "kinoshita", "noguchi",
    "matsuo", "kikuchi", "nomura", "arai", "sano", "ohashi", "sugimoto", "kuroda", "hatakeyama", "tsuji",
    "kono", "ozawa", "hirata", "kubota", "iwata", "yano", "hattori", "higuchi", "mizuno", "nishida",
}

VIETNAMESE_SURNAMES = {
    "nguyễn", "nguyen", "trần", "tran", "lê", "le", "phạm", "pham", "hoàng", "hoang", "huỳnh",
    "huynh", "phan", "vũ", "vu", "võ", "vo", "đặng", "dang", "bùi", "bui", "đỗ", "do", "hồ",
    "ngô", "ngo", "dương", "duong", "lý", "ly", "hà", "đinh", "dinh", "đào", "dao", "trịnh",
    "trinh", "mai", "cao", "lương", "luong", "tạ", "ta", "chu", "lưu", "luu", "văn", "van",
}

# Spanish naming: given names, then the father's and the mother's family names, both the family
# (`María Luisa García Pérez` -> García Pérez / María Luisa; `Fernando Ruiz de Larrea` -> Ruiz de
# Larrea / Fernando). Common given names and the most frequent family names of Spain and Spanish
# America (national statistics' lists), folded: a name opening with these is read the Spanish way.
SPANISH_GIVEN_NAMES = {
    "jose", "juan", "carlos", "maria", "luisa", "ana", "rosa", "luis", "antonio", "manuel", "francisco",
    "javier", "miguel", "pedro", "jesus", "angel", "alberto", "jorge", "fernando", "pablo", "andres",
    "diego", "sergio", "ramon", "enrique", "rafael", "alejandro", "vicente", "joaquin", "ignacio",
    "tomas", "julio", "emilio", "salvador", "eduardo", "ricardo", "alfonso", "gabriel", "agustin",
    "felipe", "santiago", "mercedes", "carmen", "isabel", "pilar", "dolores", "teresa", "lucia", "elena",
    "cristina", "marta", "laura", "beatriz", "ines", "victoria", "sara", "paula", "julia", "clara",
    "sofia", "patricia", "raquel", "silvia", "gloria", "esperanza", "concepcion", "josefa", "antonia",
    "francisca", "manuela", "luz", "guadalupe", "consuelo", "amparo", "montserrat", "nuria", "marisol",
    "gonzalo", "rodrigo", "alvaro", "ruben", "hector", "oscar", "raul", "ivan", "adrian", "mario",
    "victor", "hugo", "martin", "nicolas", "bernardo", "esteban", "marcos", "mateo", "lorenzo",
    "cristobal", "gregorio", "ernesto", "arturo", "guillermo", "gustavo", "armando", "horacio",
    "leonardo", "rogelio", "octavio", "alfredo", "federico", "domingo", "bartolome", "baltasar",
    "gaspar", "melchor", "sebastian", "jeronimo", "inigo", "inmaculada", "rocio", "margarita", "alicia",
    "adriana", "veronica", "monica", "susana", "lourdes", "rosario", "soledad", "angeles", "asuncion",
    "catalina", "juana", "leonor", "mariana", "gabriela", "carolina", "natalia", "andrea", "claudia",
    "alejandra", "daniela", "valeria", "ximena", "jimena", "fernanda", "lorena", "sandra", "yolanda",
    "marcela", "graciela", "norma", "irma", "blanca", "estela", "celia", "olga", "emilia", "eugenia",
}
SPANISH_FAMILY_NAMES = {
    "garcia", "fernandez", "gonzalez", "rodriguez", "lopez", "martinez", "sanchez", "perez", "gomez",
    "martin", "jimenez", "ruiz", "hernandez", "diaz", "moreno", "alvarez", "munoz", "romero", "alonso",
    "gutierrez", "navarro", "torres", "dominguez", "vazquez", "ramos", "gil", "ramirez", "serrano",
    "blanco", "suarez", "molina", "morales", "ortega", "delgado", "castro", "ortiz", "rubio", "marin",
    "sanz", "iglesias", "nunez", "medina", "garrido", "santos", "castillo", "cortes", "lozano", "guerrero",
    "cano", "prieto", "mendez", "calvo", "cruz", "gallego", "vidal", "leon", "herrera", "marquez", "pena",
    "cabrera", "flores", "campos", "vega", "diez", "fuentes", "carrasco", "caballero", "nieto", "reyes",
    "aguilar", "pascual", "herrero", "santana", "lorenzo", "hidalgo", "montero", "ibanez", "gimenez",
    "ferrer", "duran", "vicente", "benitez", "mora", "santiago", "arias", "vargas", "carmona", "crespo",
    "roman", "pastor", "soto", "saez", "velasco", "soler", "moya", "esteban", "parra", "bravo",
    "gallardo", "rojas", "contreras", "silva", "mendoza", "salazar", "rivera", "espinoza", "sandoval",
    "figueroa", "acosta", "rios", "aguirre", "pacheco", "ochoa", "zuniga", "valdes", "cardenas", "avila",
}

# `Áine Ní Chonaill`, `Proinsias Mac Cárthaigh`, `Tadhg Ó Murchú`: Irish and Scottish Gaelic family names open with
# a patronymic word written apart, which belongs to the family name (as `van` and `de` do)
GAELIC_PARTICLES = {"ó", "ua", "ní", "nic", "mac", "mhic", "uí", "mag", "mc"}

EAST_ASIAN_SURNAMES = KOREAN_SURNAMES | CHINESE_SURNAMES
"""`Pak Sŏng-su, ...`, `Liu Zhenhua, ...`: family names that open a Korean or Chinese name."""

ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az"})
"""`al-Ahrām`, `ash-Shaʿb`: the article joined by a hyphen to an Arabic name."""

# `Acting Governor H. M. Treloar to ...`, `Consul Thomas Ashcombe to ...`, `Gouverneur Paul Roux an ...`: ranks
# and offices printed before the writer's name in a letter's or despatch's heading (lower case; `fold`ed)
OFFICES = frozenset({
    "acting", "governor", "governor-general", "lieutenant-governor", "consul", "consul-general", "vice-consul",
    "ambassador", "minister", "envoy", "chargé", "president", "premier", "secretary", "commissioner", "resident",
    "general", "colonel", "major", "captain", "lieutenant", "admiral", "commander", "commodore", "sergeant",
    "sir", "lord", "lady", "dame", "bishop", "archbishop", "cardinal", "father", "brother", "sister", "rev",
    "reverend", "dr", "mr", "mrs", "miss", "ms", "prof", "professor", "king", "queen", "prince", "princess",
    "count", "countess", "duke", "duchess", "marquis", "marquess", "earl", "baron", "viscount", "chief", "judge",
    "senator", "mayor", "agent", "superintendent", "inspector", "director",
    "gouverneur", "konsul", "botschafter", "gesandter", "generalkonsul", "ambassadeur", "consul-général",
    "embajador", "cónsul", "virrey", "gobernador", "fray", "don", "doña", "padre", "dom", "dona", "frei",
    "ambasciatore", "console", "governatore", "monsignor", "mons", "pater", "graf", "fürst", "herzog",
})
