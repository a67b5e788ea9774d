"""Build mtaudit/data/foreign_name_routes.tsv.gz: foreign names as they come back from Russian.

Why: Russian writes a foreign name in Cyrillic by its own practical transcription of the name's
language (Hideki -> Хидэки, Hoeven -> Хувен, Papadopoulos -> Пападопулос, Jovanović -> Йованович,
Schumacher -> Шумахер, Juan -> Хуан); MT romanises the Cyrillic and prints "Khideki", "Khuven",
"Papadopulos", "Yovanovich", "Shumakher", "Khuan" where English news writes the native spelling.
A hand list of such spellings never ends (MT113 had ~270 first names); this script derives them.

Source: the `names-dataset` package (3.3.1, build time only: the `build-data` extra), whose
first_names.pkl.gz and last_names.pkl.gz give each name's rank in each country. For every country
of COUNTRIES, the LIMIT_FIRST most frequent first names and LIMIT_LAST most frequent surnames are
run through the language's Latin -> Cyrillic rules (RULES below: how Russian practical
transcription writes that language, e.g. Dutch oe -> у, g/h -> х, ij -> ей; Japanese Hepburn by
Polivanov, shi -> си, e -> э; Polish sz -> ш, -ski -> -ский), and the Cyrillic is romanised with the
`iuliia` schemes MT engines and outlets use (ROMANISERS). Each Latin spelling so produced is a row.

A row is `sure` (it can be evidence on its own) only when the spelling is not itself a name people
write: not a name of the dataset ranked within COMMON_RANK in any country, not ranked at all in a
country whose people write their names in a Latin romanisation of Cyrillic or in an anglophone
country (RU, UA, BY, KZ..., US, GB...: "Yovanovich" is ranked in neither, but a Russian or
American may well write "Kovalsky"), and not a Russian first name of first_names_ru_latin.txt.
Spellings identical to the native name ("Tanaka", "Nikola") are written as `=` rows: they are
not evidence but tell the detector the word belongs to that country, so that "Khideki" next to
"Tanaka" is a Japanese name in its Russian spelling (the surname is the nationality cue).

Columns: spelling<TAB>native<TAB>countries (comma-separated)<TAB>kind (f first, l last, fl both)<TAB>sure
(1 evidence, 0 ambiguous, = the native spelling itself).

Run: pip install names-dataset==3.3.1 iuliia (or pip download names-dataset==3.3.1 --no-deps and
unzip it; pass its names_dataset/v3 directory as the argument), then
  python scripts/build_foreign_name_routes.py [DIR]
"""

from __future__ import annotations

import gzip
import pickle
import re
import sys
import unicodedata
from pathlib import Path

import iuliia

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "mtaudit" / "data" / "foreign_name_routes.tsv.gz"  # gzipped: ~0.8 MB, 3 MB plain

# country -> language of RULES
COUNTRIES = {
    "JP": "ja", "NL": "nl", "BE": "nl", "GR": "el", "CY": "el", "RS": "sr", "HR": "sr", "SI": "sr",
    "PL": "pl", "CZ": "cs", "DE": "de", "AT": "de", "CH": "de", "FR": "fr", "ES": "es", "MX": "es",
    "IT": "it", "TR": "tr", "HU": "hu", "FI": "fi", "SE": "sv", "NO": "da", "DK": "da", "LT": "lt",
    "LV": "lv", "PT": "pt", "IS": "is", "US": "en", "GB": "en",
}
LIMIT_FIRST = 600
LIMIT_LAST = 5000
COMMON_RANK = 1000
COMMON_RANK_CYRILLIC_OR_ENGLISH = 3000
# countries whose people write their names through Russian or English: a spelling ranked there is
# a name someone bears so spelled
CYRILLIC_OR_ENGLISH = {"RU", "KZ", "BG", "MD", "AZ", "GE", "TM", "US", "GB", "IE", "CA", "ZA", "IL"}
ROMANISERS = (iuliia.WIKIPEDIA, iuliia.BGN_PCGN, iuliia.YANDEX_MAPS)

V = "aeiouyáéíóúàèìòùâêîôûäëïöüåæøőűąęěůýãõœı"

# Latin -> Cyrillic per language: ordered (regex, cyrillic); the first that matches at the
# position wins (regexes may look behind). "J" stands for a й that iotates a following vowel.
COMMON_TAIL = [
    ("b", "б"), ("c", "к"), ("d", "д"), ("f", "ф"), ("g", "г"), ("h", "х"), ("j", "J"), ("k", "к"),
    ("l", "л"), ("m", "м"), ("n", "н"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"),
    ("v", "в"), ("w", "в"), ("x", "кс"), ("z", "з"), ("a", "а"), ("e", "е"), ("i", "и"), ("o", "о"),
    ("u", "у"), ("y", "и"), ("á", "а"), ("é", "е"), ("í", "и"), ("ó", "о"), ("ú", "у"), ("à", "а"),
    ("è", "е"), ("ì", "и"), ("ò", "о"), ("ù", "у"), ("â", "а"), ("ê", "е"), ("î", "и"), ("ô", "о"),
    ("û", "у"), ("ë", "е"), ("ï", "и"), ("ç", "с"), ("ñ", "нь"),
]
RULES: dict[str, list[tuple[str, str]]] = {
    "ja": [("sha", "ся"), ("shu", "сю"), ("sho", "сё"), ("shi", "си"), ("sh", "с"), ("cha", "тя"),
           ("chu", "тю"), ("cho", "тё"), ("chi", "ти"), ("ch", "т"), ("tsu", "цу"), ("ji", "дзи"),
           ("ja", "дзя"), ("ju", "дзю"), ("jo", "дзё"), ("j", "дз"), ("yo", "ё"), ("kyo", "кё"),
           ("ryo", "рё"), ("gyo", "гё"), ("hyo", "хё"), ("fu", "фу"), ("ky", "кJ"), ("gy", "гJ"), ("ny", "нJ"), ("hy", "хJ"),
           ("ry", "рJ"), ("my", "мJ"), ("by", "бJ"), ("py", "пJ"), ("y", "J"), ("wa", "ва"),
           (f"(?<=[{V}])i", "й"), ("z", "дз"), ("ou", "о"), ("uu", "у"), ("oo", "о"),
           ("e", "э"), ("n(?=[bmp])", "м"), ("h", "х")],
    "nl": [("sch$", "с"), ("sch", "сх"), ("ch", "х"), ("oe", "у"), ("ij", "ей"), ("ei", "ей"),
           ("ui", "ёй"), ("ou", "ау"), ("au", "ау"), ("eeuw", "еув"), ("ee", "е"), ("oo", "о"),
           ("aa", "а"), ("uu", "ю"), ("eu", "ё"), ("ie", "и"), ("g", "х"), ("h", "х"),
           ("j", "J"), ("u", "ю"), ("tj", "ть"), ("y", "ей"), ("w", "в"), ("v", "в"),
           ("c(?=[eiy])", "с"), ("ck", "к"), ("l(?![aeiouy])", "ль"), ("e$", "е")],
    "de": [("jü", "ю"), ("tsch", "ч"), ("sch", "ш"), ("^sp", "шп"), ("^st", "шт"), ("ch", "х"), ("ck", "кк"),
           ("ei", "ай"), ("ey", "ай"), ("ai", "ай"), ("eu", "ой"), ("äu", "ой"), ("ie", "и"),
           ("tz", "ц"), ("z", "ц"), (f"^s(?=[{V}])", "з"), (f"(?<=[{V}])s(?=[{V}])", "з"),
           ("ss", "сс"), ("ß", "с"), ("ph", "ф"), ("th", "т"), ("qu", "кв"), ("v", "ф"),
           ("w", "в"), ("j", "J"), ("ä", "е"), ("ö", "ё"), ("ü", "ю"), ("y", "и"),
           (f"(?<=[{V}])h", ""), ("h", "х"), ("l(?![aeiouyäöü])", "ль"), ("c(?=[eiy])", "ц")],
    "el": [("ou", "у"), ("ch", "х"), ("th", "т"), ("ph", "ф"), ("ps", "пс"), ("ks", "кс"),
           ("gh", "г"), (f"^gi(?=[{V}])", "J"), (f"^y(?=[{V}])", "J"), ("y", "и"), ("ai", "е"),
           ("h", "х"), ("mp", "мп"), ("nt", "нт"), ("gk", "нг")],
    "sr": [("ić$", "ич"), ("ic$", "ич"), ("ć", "ч"), ("č", "ч"), ("dž", "дж"), ("đ", "дж"),
           ("dj", "дж"), ("š", "ш"), ("ž", "ж"), ("lj", "ль"), ("nj", "нь"), ("c", "ц"),
           ("h", "х"), ("j", "J")],
    "pl": [("szcz", "щ"), ("sz", "ш"), ("cz", "ч"), ("rz", "ж"), ("ch", "х"), ("ck", "цк"),
           ("sk[iy]$", "ский"), ("ck[iy]$", "цкий"), ("ska$", "ская"), ("cka$", "цкая"),
           ("dzie", "дзе"), ("cie", "це"), ("sie", "се"), ("nie", "не"), ("zie", "зе"),
           ("dzi", "дзи"), ("dz", "дз"), (f"(?<=[{V}])i(?![{V}])", "й"), ("ł", "л"), ("l(?=[ae])", "ль"), ("l(?![aeiouyó])", "ль"),
           ("ó", "у"), ("ą", "он"), ("ę", "ен"), ("ś", "сь"), ("si(?=[aeou])", "сь"), ("ć", "ць"),
           ("ci(?=[aeou])", "ць"), ("ni(?=[aeou])", "нь"), ("ń", "нь"), ("ź", "зь"), ("ż", "ж"),
           ("zi(?=[aeou])", "зь"), ("ie", "е"), ("c", "ц"), ("w", "в"), ("j", "J"), ("y", "ы"),
           ("h", "х")],
    "cs": [("ch", "х"), ("ský$", "ский"), ("sky$", "ский"), ("ská$", "ская"), ("cký$", "цкий"),
           ("č", "ч"), ("š", "ш"), ("ž", "ж"), ("ř", "рж"), ("ě", "е"), ("ů", "у"), ("ň", "нь"),
           ("ť", "ть"), ("ď", "дь"), ("y", "и"), ("ý", "и"), ("c", "ц"), ("h", "г"), ("j", "J"),
           ("w", "в"), ("l(?![aeiouyáéíóúý])", "ль")],
    "fr": [("ean", "ан"), ("eaux?$", "о"), ("eau", "о"), ("aux?$", "о"), ("ault$", "о"), ("ou", "у"), ("oi", "уа"),
           ("ch", "ш"), ("ph", "ф"), ("th", "т"), ("qu", "к"), ("gn", "нь"), ("ill(?=[ae])", "й"),
           ("j", "ж"), ("g(?=[eiy])", "ж"), ("gu(?=[eiy])", "г"), ("c(?=[eiy])", "с"), ("ç", "с"),
           ("ain$", "ен"), ("ein$", "ен"), ("in$", "ен"), ("ien$", "ьен"), ("an$", "ан"), ("en$", "ан"),
           ("on$", "он"), ("un$", "ен"), ("an(?![aeiouny])", "ан"), ("en(?![aeiouny])", "ан"),
           ("on(?![aeiouny])", "он"), ("in(?![aeiouny])", "ен"), ("eu", "ё"), ("œu", "ё"),
           ("au", "о"), ("ai", "е"), ("ei", "е"), ("ez$", "е"), ("er$", "е"), ("et$", "е"),
           ("es$", ""), ("e$", ""), ("[stdxzp]$", ""), ("ll", "ль"), ("l$", "ль"),
           (f"(?<=[{V}])s(?=[{V}])", "з"), ("ss", "сс"), ("u", "ю"), ("ü", "ю"), ("é", "е"),
           ("è", "е"), ("ê", "е"), ("h", ""), ("y", "и"), ("w", "в")],
    "es": [("ll", "ль"), ("ñ", "нь"), ("ch", "ч"), ("qu", "к"), ("gu(?=[eiéí])", "г"),
           ("g(?=[eiéí])", "х"), ("j", "х"), ("c(?=[eiéí])", "с"), ("z", "с"), ("h", ""),
           (f"^y(?=[{V}])", "J"), (f"(?<=[{V}])y(?=[{V}])", "J"), ("y$", "й"), ("y", "и"),
           ("gü", "гу"), ("x", "кс"), ("ía", "ия"), ("ío", "ио"), ("ia", "ия"), ("io", "ио"),
           ("l(?![aeiouáéíóú])", "ль")],
    "pt": [("nh", "нь"), ("lh", "ль"), ("ch", "ш"), ("qu(?=[eiéí])", "к"), ("ção", "сан"),
           ("ão$", "ан"), ("ões$", "оэс"), ("j", "ж"), ("g(?=[eiéí])", "ж"), ("c(?=[eiéí])", "с"),
           ("ç", "с"), ("h", ""), ("x", "ш"), ("o$", "у"), ("os$", "ус"), ("e$", "и"), ("es$", "ис"),
           (f"(?<=[{V}])s(?=[{V}])", "з"), ("s$", "с"), ("ã", "ан"), ("õ", "он"), ("y", "и"),
           ("l(?![aeiouáéíóú])", "ль")],
    "it": [("sci(?=[aou])", "ш"), ("sc(?=[ei])", "ш"), ("cci(?=[aou])", "чч"), ("cc(?=[ei])", "чч"),
           ("ci(?=[aou])", "ч"), ("c(?=[ei])", "ч"), ("ch", "к"), ("ggi(?=[aou])", "дж"),
           ("gi(?=[aou])", "дж"), ("g(?=[ei])", "дж"), ("gh", "г"), ("gli", "ли"), ("gn", "нь"),
           ("zz", "цц"), ("z", "ц"), ("qu", "кв"), ("h", ""), ("j", "J"),
           (f"(?<=[{V}])s(?=[{V}])", "з"), (f"(?<=[{V}])i(?![{V}])", "й"),
           ("l(?![aeiouàèéìòù])", "ль")],
    "tr": [("ç", "ч"), ("ş", "ш"), ("ğ", ""), ("ı", "ы"), ("c", "дж"), ("j", "ж"),
           (f"(?<=[^{V}])ö", "ё"), ("ö", "ё"), (f"(?<=[^{V}])ü", "ю"), ("ü", "ю"), ("y", "J"),
           ("h", "х"), ("l(?![aeiouıöü])", "ль")],
    "hu": [("sz", "с"), ("zs", "ж"), ("cs", "ч"), ("gy", "дь"), ("ny", "нь"), ("ty", "ть"),
           ("ly", "й"), ("s", "ш"), ("c", "ц"), ("j", "J"), ("ö", "ё"), ("ő", "ё"), ("ü", "ю"),
           ("ű", "ю"), ("h", "х"), ("l(?![aeiouáéíóúöőüű])", "ль")],
    "fi": [(f"(?<=[{V}])i(?![{V}])", "й"), ("y", "ю"), ("ä", "я"), ("ö", "ё"), ("j", "J"), ("aa", "аа"), ("h", "х"),
           ("l(?![aeiouyäö])", "ль")],
    "is": [("ð", "д"), ("þ", "т"), ("á", "ау"), ("ó", "о"), ("ú", "у"), ("é", "ье"), ("í", "и"),
           ("ý", "и"), ("æ", "ай"), ("ö", "ё"), ("au", "ёй"), ("j", "J"), ("hv", "кв"), ("y", "и"),
           ("ll", "тл"), ("h", "х"), ("l(?![aeiouyáéíóúýæö])", "ль")],
    "sv": [("jø", "йо"), ("jö", "йо"), ("sj", "ш"), ("skj", "ш"), ("stj", "ш"), ("tj", "ш"), ("kj", "ш"), ("ck", "кк"),
           ("ch", "к"), ("^k(?=[eiyäö])", "ч"), ("^g(?=[eiyäö])", "й"), ("j", "J"), ("å", "о"),
           ("ä", "е"), ("ö", "ё"), ("ø", "ё"), ("æ", "е"), ("y", "ю"), ("w", "в"),
           ("l(?![aeiouyåäöøæ])", "ль")],
    "lt": [("č", "ч"), ("š", "ш"), ("ž", "ж"), ("ū", "у"), ("ų", "у"), ("ą", "а"), ("ę", "е"),
           ("ė", "е"), ("į", "и"), ("y", "и"), ("c", "ц"), ("ch", "х"), ("j", "J"),
           ("l(?![aeiouyąęėįųū])", "ль")],
    "lv": [("č", "ч"), ("š", "ш"), ("ž", "ж"), ("ū", "у"), ("ā", "а"), ("ē", "е"), ("ī", "и"),
           ("ņ", "нь"), ("ļ", "ль"), ("ķ", "кь"), ("ģ", "гь"), ("c", "ц"), ("j", "J"),
           ("l(?![aeiouāēīū])", "ль")],
    "en": [("tch", "ч"), ("ch", "ч"), ("sh", "ш"), ("th", "т"), ("ph", "ф"), ("ck", "к"),
           ("wh", "у"), ("^joh", "джо"), (f"(?<=[{V}])h", ""), ("^j", "дж"), ("j", "дж"), ("g(?=[eiy])", "дж"), ("dge", "дж"),
           ("c(?=[eiy])", "с"), ("qu", "кв"), ("oo", "у"), ("ee", "и"), ("ea", "и"), ("ou", "ау"),
           ("ow$", "оу"), ("ay", "ей"), ("ey$", "и"), ("y$", "и"), ("ie$", "и"), ("w", "у"),
           ("h", "х"), ("x", "кс"), ("e$", ""), ("l(?![aeiouy])", "л"), ("y", "и")],
}


# English: Russian transcribes English names by sound, not letter, and the same letters come out
# several ways (Anthony -> Энтони, Andrew -> Эндрю, Alan -> Алан; Jack -> Джек, Blake -> Блейк;
# Brown -> Браун, Stone -> Стоун; Harry -> Гарри by the old tradition, Hughes -> Хьюз by the new;
# William -> Уильям, Walter -> Уолтер; McCartney -> Маккартни; Jeff -> Джефф, printed "Dzheff" or
# "Dzhef"). Each row is (regex, options): to_cyrillic_variants() takes every option (capped), and a
# spelling is `sure` only when no one writes it as a name (see main), so the extra options cost no
# precision on native spellings.
EN_VARIANTS: list[tuple[str, tuple[str, ...]]] = [
    ("^wr", ("р",)), ("^kn", ("н",)), ("ughes$", ("ьюз",)), ("ugh", ("ью", "о")), ("igh", ("ай",)),
    ("gh", ("",)), ("chr", ("кр",)), ("ew$", ("ю",)), ("ew", ("ью", "ю")), ("eo", ("о", "ео")),
    ("e(?=[bcdfgklmnprstvz][aeiouy])", ("и", "е")), ("ia", ("ья", "иа", "айа")), ("^mc", ("мак",)), ("^mac(?=[bcdfgklmnpqrstvwz])", ("мак",)), ("tch", ("ч",)), ("ch", ("ч",)),
    ("sh", ("ш",)), ("th", ("т", "с")), ("ph", ("ф",)), ("ck", ("к",)), ("wh", ("у",)),
    ("^joh", ("джо",)), ("j", ("дж",)), ("dge", ("дж",)), ("g(?=[eiy])", ("дж", "г")),
    ("c(?=[eiy])", ("с",)), ("qu", ("кв",)), ("x", ("кс",)), ("oo", ("у",)), ("ee", ("и",)),
    ("ea", ("и", "е")), ("ou", ("ау", "у")), ("ow(?=[ns]|$)", ("ау", "оу")), ("ow", ("ау", "оу")),
    ("oa", ("оу",)), ("ay", ("ей",)), ("ai", ("ей",)), ("ey$", ("и", "ей")), ("ie$", ("и",)),
    ("y$", ("и",)), ("au", ("о", "ау")), ("aw", ("о",)), ("al(?=l)", ("ол", "ал")),
    ("^wa", ("уо", "уа")), ("(?<=[^aeiou])wa", ("уо", "уа")), ("wo", ("уо", "во")), ("w", ("у", "в")),
    ("^a(?=[bcdfgklmnprstvz][^aeiouy])", ("э", "а")), ("^a", ("а", "э", "ей")),
    ("a(?=[bcdfgklmnprstvz]e$)", ("ей",)), ("a(?=[bcdfgklmnprstvz][aeiouy])", ("ей", "а", "е")),
    ("a", ("а", "е")), ("i(?=[bcdfgklmnprstvz]e$)", ("ай",)), ("i(?=o)", ("ай", "и")),
    ("i", ("и",)), ("o(?=[bcdfgklmnprstvz]e$)", ("оу", "о")), ("o", ("о",)),
    ("u(?=[bcdfgklmnprstvz][bcdfgklmnprstvz])", ("а", "у")), ("u", ("у", "ю", "а")),
    ("y(?=[bcdfgklmnprstvz])", ("и", "ай")), ("y", ("й", "и")),
    ("(?<=[bcdfgklmnprtvz])es$", ("с", "з", "ес")), ("er$", ("ер",)), ("(?<=[^aeiouy])e$", ("",)), ("e", ("е",)),
    (f"(?<=[{V}])h", ("",)), ("^h", ("х", "г")), ("h", ("х",)),
    (f"(?<=[{V}])s(?=[{V}])", ("с", "з")), ("(?<=[eouy])s$", ("с", "з")),
    ("l(?=[bcdfgkmnpqrstvwxz])", ("л", "ль")),
]
EN_CAP = 48


def to_cyrillic_variants(name: str) -> set[str]:
    """The Cyrillic spellings Russian gives an English name (EN_VARIANTS; up to EN_CAP)."""
    s = name.lower()
    tail = [(re.compile(re.escape(p)), (c,)) for p, c in COMMON_TAIL]
    rules = [(re.compile(p), opts) for p, opts in EN_VARIANTS] + tail
    done: set[str] = set()
    stack = [(0, "")]
    while stack and len(done) < EN_CAP:
        i, acc = stack.pop()
        if i >= len(s):
            done.add(acc)
            continue
        for rx, opts in rules:
            m = rx.match(s, i)
            if m and m.end() > i and (not rx.pattern.startswith("^") or i == 0):
                if rx.pattern.endswith("$") and m.end() != len(s):
                    continue
                for opt in reversed(opts):
                    stack.append((m.end(), acc + opt))
                break
        else:
            return set()
    out = set()
    for cyr in done:
        cyr = cyr.replace("J", "й")
        cyr = re.sub(rf"(?:(?<=^)|(?<=[{CYR_VOWELS}]))е", "э", cyr)
        cyr = re.sub(r"(.)\1\1+", r"\1\1", cyr)
        cyr = re.sub(r"ь(?=[ьй])", "", cyr)
        if re.search(r"[a-z]", cyr) or len(cyr) < 3:
            continue
        out.add(cyr)
        out.add(re.sub(r"([бвгджзклмнпрстф])\1", r"\1", cyr))  # Джефф, printed Dzhef too
    return out


POST_VOWEL_I = ("es", "pt", "hu", "tr", "lt", "lv", "sr", "cs", "sv", "el")


# Italian i between a consonant and a vowel: Russian writes it ь + iotated vowel before the stress
# (Piazza -> Пьяцца, Bianchi -> Бьянки, Pietro -> Пьетро) and и elsewhere (a final -io, -ia: Mario -> Марио,
# Maria -> Мария); the stress is not in the spelling, so an Italian name gets both spellings (`it_soft`).
RULES["it_soft"] = [(f"(?<=[^{V}])io(?=.)", "ьо"), (f"(?<=[^{V}])i(?=[aeu].)", "ьJ"), *RULES["it"]]
SECOND_ROUTE = {"it": "it_soft"}

# Danish and Norwegian: the Swedish table without its soft k and g (Jørgensen -> Йоргенсен)
RULES["da"] = [r for r in RULES["sv"] if not r[0].startswith(("^k", "^g"))]


def _compile(lang: str):
    rules = [(re.compile(p), c) for p, c in RULES[lang]]
    if lang in POST_VOWEL_I:
        rules.append((re.compile(f"(?<=[{V}])i(?![{V}])"), "й"))
    rules += [(re.compile(re.escape(p)), c) for p, c in COMMON_TAIL]
    return rules


COMPILED = {lang: _compile(lang) for lang in RULES}
CYR_VOWELS = "аеёиоуыэюя"
IOTATE = {"а": "я", "у": "ю", "е": "е", "о": "ё", "э": "е"}


def to_cyrillic(name: str, lang: str) -> str | None:
    s = name.lower()
    out = []
    i = 0
    rules = COMPILED[lang]
    while i < len(s):
        for rx, cyr in rules:
            m = rx.match(s, i)
            if m and m.end() > i and (not rx.pattern.startswith("^") or i == 0):
                if rx.pattern.endswith("$") and m.end() != len(s):
                    continue
                out.append(cyr)
                i = m.end()
                break
        else:
            return None  # a letter the rules do not know
    cyr = "".join(out)
    # iotation: J before a vowel -> я, ю, е, ё; elsewhere й
    cyr = re.sub("J([ауэе])", lambda m: IOTATE[m.group(1)], cyr)
    cyr = cyr.replace("Jо", "йо")
    cyr = re.sub("J(?=и)", "", cyr)
    cyr = cyr.replace("J", "й")
    # initial and post-vowel e is э in a foreign name (Эрик, Рафаэль)
    cyr = re.sub(rf"(?:(?<=^)|(?<=[{CYR_VOWELS}]))е", "э", cyr)
    cyr = re.sub(r"(.)\1\1+", r"\1\1", cyr)
    cyr = re.sub(r"ь(?=[ьй])", "", cyr)
    cyr = re.sub(r"ьь+", "ь", cyr).replace("ньск", "нск")
    if re.search(r"[a-z]", cyr):
        return None
    return cyr


def romanise(cyr: str) -> set[str]:
    out = set()
    for scheme in ROMANISERS:
        lat = scheme.translate(cyr.capitalize())
        lat = lat.replace("ʼ", "").replace("ʹ", "").replace("'", "").replace("’", "")
        if lat and lat.isalpha() and lat.isascii():
            lat = lat[:1].upper() + lat[1:]
            out.add(lat)
            out.add(re.sub(f"(?<=[aeiou])y(?![aeiou])", "i", lat))  # Kheikki, Voitsekh
    return out


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if src is None:
        import names_dataset  # noqa: F401  (installed with the build-data extra)
        src = Path(names_dataset.__file__).parent / "v3"
    ru_first = {line.split("\t")[0] for line in (ROOT / "mtaudit/data/first_names_ru_latin.txt")
                .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}
    rows: dict[tuple[str, str, str], set[str]] = {}  # (spelling, native, kind) -> countries
    best_rank: dict[tuple[str, str], int] = {}  # (spelling, native) -> the native's best rank
    known: dict[str, dict] = {}
    for kind, fname, limit in (("f", "first_names.pkl.gz", LIMIT_FIRST), ("l", "last_names.pkl.gz", LIMIT_LAST)):
        data = pickle.load(gzip.open(src / fname))
        known[kind] = data
        by_country: dict[str, list[tuple[int, str]]] = {}
        for name, info in data.items():
            for cc, rank in (info.get("rank") or {}).items():
                if cc in COUNTRIES and rank is not None and rank <= limit:
                    by_country.setdefault(cc, []).append((rank, name))
        for cc, names in by_country.items():
            lang = COUNTRIES[cc]
            for rank, name in sorted(names):
                if not name.isalpha() or len(name) < 3 or not name[0].isupper():
                    continue
                cyrs = to_cyrillic_variants(name) if lang == "en" else {
                    to_cyrillic(name, one) for one in (lang, SECOND_ROUTE.get(lang, lang))}
                for lat in {lat for cyr in cyrs if cyr is not None and len(cyr) >= 3
                            for lat in romanise(cyr)}:
                    rows.setdefault((lat, name, kind), set()).add(cc)
                    best_rank[lat, name] = min(rank, best_rank.get((lat, name), rank))
        del data
    first, last = known["f"], known["l"]

    def common(spelling: str) -> bool:
        for data in (first, last):
            info = data.get(spelling)
            if not info:
                continue
            ranks = info.get("rank") or {}
            if any(r is not None and r <= COMMON_RANK for r in ranks.values()):
                return True
            if any(cc in CYRILLIC_OR_ENGLISH and r is not None and r <= COMMON_RANK_CYRILLIC_OR_ENGLISH
                   for cc, r in ranks.items()):
                return True
        return False

    merged: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for (lat, native, kind), ccs in rows.items():
        if re.fullmatch(r"Mc[a-z]{2,}", native):  # the dataset writes "Mccartney"
            best_rank[lat, "Mc" + native[2:].capitalize()] = best_rank[lat, native]
            native = "Mc" + native[2:].capitalize()
        kinds, countries = merged.setdefault((lat, native), (set(), set()))
        kinds.add(kind)
        countries |= ccs
    lines = []
    # a spelling's natives most frequent first: the detector offers the first that fits
    for (lat, native), (kinds, ccs) in sorted(merged.items(), key=lambda kv: (kv[0][0], best_rank[kv[0]], kv[0][1])):
        kind = "".join(sorted(kinds))
        if lat == native or lat == _ascii(native):
            sure = "="
            if kind == "f" and lat in ru_first:
                continue
        else:
            sure = "0" if (common(lat) or lat in ru_first) else "1"
        lines.append(f"{lat}\t{native}\t{','.join(sorted(ccs))}\t{kind}\t{sure}")
    header = (
        "# Foreign names as they come back from Russian (foreign_names.py, MT113), built by\n"
        "# scripts/build_foreign_name_routes.py from names-dataset 3.3.1 (do not edit by hand).\n"
        "# spelling<TAB>native<TAB>countries<TAB>kind (f first, l last, fl both)<TAB>sure (1 evidence, "
        "0 ambiguous, = native)\n")
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write((header + "\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} rows -> {OUT}")


if __name__ == "__main__":
    main()
