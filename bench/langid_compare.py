"""Compare the language identifiers mtaudit can use (lingua low/high accuracy, langdetect).

A small labelled set: English sentences taken from the seeds and test fixtures,
plus Russian, Ukrainian, German, French and transliterated-Russian sentences
written for this benchmark, short (< 40 letters) and long. Prints accuracy
(exact language; English-or-not, which is what rule MT604 needs; and the MT604
decision itself) and speed for each backend.

    python bench/langid_compare.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtaudit.text.document import Document  # noqa: E402
from mtaudit.text.langid import BACKENDS, identifier  # noqa: E402
from mtaudit.detectors.untranslated import is_foreign, judgeable  # noqa: E402

WRITTEN = {
    "ru": [
        "Переговоры продолжатся завтра.",
        "Кремль отказался от комментариев.",
        "Мы не видим оснований для паники.",
        "Президент провёл телефонный разговор с канцлером Германии и обсудил ситуацию на Украине.",
        "По словам представителя министерства, решение будет принято до конца следующей недели.",
        "Госдума приняла законопроект в первом чтении, несмотря на возражения оппозиции.",
        "Ранее агентство сообщало, что встреча может состояться в Женеве в середине июля.",
        "Ожидается, что санкции затронут крупнейшие банки и энергетические компании страны.",
    ],
    "uk": [
        "Переговори тривають.",
        "Міністр не відповів на запитання.",
        "Президент України заявив, що країна не погодиться на жодні територіальні поступки.",
        "За даними Генштабу, протягом доби було відбито понад двадцять атак противника.",
        "Верховна Рада ухвалила закон про посилення відповідальності за корупційні злочини.",
        "Речник міністерства повідомив, що переговори відбудуться наступного тижня у Стамбулі.",
    ],
    "de": [
        "Die Gespräche gehen weiter.",
        "Das Ministerium schwieg dazu.",
        "Die Bundesregierung hat die Sanktionen gegen Russland um weitere sechs Monate verlängert.",
        "Nach Angaben des Ministeriums soll die Entscheidung bis Ende nächster Woche fallen.",
        "Der Kanzler telefonierte am Abend mit dem französischen Präsidenten über die Lage.",
        "Die Opposition kritisierte den Gesetzentwurf als verfassungswidrig und unausgewogen.",
    ],
    "fr": [
        "Les négociations continuent.",
        "Le ministère n'a pas répondu.",
        "Le gouvernement a prolongé les sanctions contre la Russie pour six mois supplémentaires.",
        "Selon le porte-parole du ministère, la décision sera prise avant la fin de la semaine.",
        "Le président a eu un entretien téléphonique avec le chancelier allemand sur la situation.",
        "L'opposition a dénoncé un projet de loi contraire à la Constitution et mal préparé.",
    ],
    "ru-latn": [  # transliterated Russian: no identifier knows it; only "not English" is right
        "Ya ne znayu, chto budet dalshe.",
        "My obsudili etot vopros s prezidentom vchera vecherom i dogovorilis vstretitsya snova.",
        "Po slovam predstavitelya ministerstva, reshenie budet prinyato do kontsa nedeli.",
        "Eto ne luchshee vremya dlya sozdaniya takoy gruppy, zayavil glava agentstva.",
        "Ya dumayu, chto seychas ne vremya, no so vremenem eto mozhno bylo by obsudit.",
        "Nikto ne izbegaet neobkhodimosti peregovorov i kontaktov, rabota idet.",
        "Vsyo budet horosho, esli my budem rabotat vmeste i ne budem speshit.",
        "Delegatsii vstretyatsya v Zheneve v seredine iyulya, soobshchil istochnik.",
    ],
    "es": [
        "El gobierno prorrogó las sanciones contra Rusia por otros seis meses.",
        "Según el portavoz, la decisión se tomará antes del final de la semana.",
    ],
    "pl": [
        "Rząd przedłużył sankcje wobec Rosji o kolejne sześć miesięcy.",
        "Według rzecznika ministerstwa decyzja zapadnie do końca tygodnia.",
    ],
}
REPEAT = 5
ENGLISH_WRITTEN = ["Talks resume tomorrow.", "The Kremlin declined to comment.",
                   "He said it was not the right time.", "Officials met in Geneva."]


def english_sentences() -> list[str]:
    texts = [p for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p for p in sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
              if p.name.startswith(("human_", "mt_politics", "mt_economy"))]
    out = []
    for path in texts:
        doc = Document(path.read_text(encoding="utf-8"))
        for s in doc.sentences:
            sentence = doc.slice(s)
            if sum(c.isalpha() for c in sentence) >= 15 and not any("\u0400" <= c <= "\u04ff" for c in sentence):
                out.append(sentence)
    return out + ENGLISH_WRITTEN


WRITTEN_ALL = [s for sents in WRITTEN.values() for s in sents]


def main() -> None:
    labelled = [(s, "en") for s in english_sentences()]
    labelled += [(s, lang) for lang, sents in WRITTEN.items() for s in sents]
    short = sum(1 for s, _ in labelled if sum(c.isalpha() for c in s) < 40)
    print("MT604 columns: judgeable foreign sentences flagged / English sentences flagged by mistake")
    print(f"{len(labelled)} sentences ({sum(1 for _, l in labelled if l == 'en')} English, "
          f"{short} shorter than 40 letters)\n")
    print(f"{'backend':<11}{'cold s':>8}{'sent/s':>9}{'exact':>8}{'en/not':>8}"
          f"{'short en/not':>14}{'MT604 flags':>13}{'MT604 false':>13}")
    for backend in BACKENDS:
        t0 = time.perf_counter()
        run = identifier(backend)
        for s, _ in labelled:  # the cold pass loads models lazily (lingua: one per language)
            run(s)
        load = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in range(REPEAT):
            results = [run(s) for s, _ in labelled]
        speed = REPEAT * len(labelled) / (time.perf_counter() - t0)
        exact = sum(r[0] == lang.split("-")[0] for r, (_, lang) in zip(results, labelled)
                    if lang != "ru-latn") / sum(1 for _, l in labelled if l != "ru-latn")
        binary = [(r[0] == "en") == (lang == "en") for r, (_, lang) in zip(results, labelled)]
        short_binary = [b for b, (s, _) in zip(binary, labelled) if sum(c.isalpha() for c in s) < 40]
        flagged = [judgeable(s) and is_foreign(r[0], r[2]) for r, (s, _) in zip(results, labelled)]
        true_flags = sum(f for f, (_, lang) in zip(flagged, labelled) if lang != "en")
        false_flags = sum(f for f, (_, lang) in zip(flagged, labelled) if lang == "en")
        foreign = sum(1 for s, l in labelled if l != "en" and judgeable(s))
        print(f"{backend:<11}{load:>8.2f}{speed:>9.0f}{exact:>8.1%}{sum(binary) / len(binary):>8.1%}"
              f"{sum(short_binary) / max(1, len(short_binary)):>14.1%}"
              f"{f'{true_flags}/{foreign}':>13}{f'{false_flags}/{len(labelled) - len(WRITTEN_ALL)}':>13}")
        misses = [(s, lang, r[0]) for r, (s, lang) in zip(results, labelled) if (r[0] == "en") != (lang == "en")]
        for s, lang, got in misses[:6]:
            print(f"    wrong: {lang} -> {got or '?'}: {s[:70]}")


if __name__ == "__main__":
    main()
