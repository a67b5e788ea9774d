"""names28: a settlement's name by meaning in the slots with no type word (MT150), a Western name
with a particle read back through Russian (MT113), a trade noun of a combining prefix left in Latin
letters (MT605)."""

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import places_meaning, untranslated
from mtaudit.detectors.entities import foreign_names
from mtaudit.models.translit import russian_common_word
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def _found(code, detector, text):
    doc = Document(text, doc_id="t")
    result = audit(doc, AuditContext(AuditSpec()), Selection(select=(code,)), detectors=(detector,))
    return [text[f.start:f.end] for f in result.findings]


def _mt150(text):
    return _found("MT150", places_meaning.DETECTOR, text)


def test_settlement_slots_with_no_type_word():
    text = ("Tomsk, 4 June. The head of Joyful opened the fair. Pupils from Sandy Ford and a native "
            "of Frosty came by bus.")
    assert _mt150(text) == ["Joyful", "Sandy Ford", "Frosty"]


def test_name_before_a_person_after_the_type_word():
    text = "Tomsk, 4 June. A resident of the village Quiet Grove Pyotr Lapin won the prize."
    assert _mt150(text) == ["Quiet Grove"]
    # not a first name after the name: the slot reads nothing
    assert _mt150("Tomsk, 4 June. The village Quiet Grove Stadium Lapin opened.") == []


def test_other_mentions_of_a_settlement_found_in_a_slot():
    text = ("Tomsk, 4 June. The village of Merry got a new well. Water reached Merry on Monday; the "
            "Merry Valley farm and Merry Christmas stay as they are. Merry is small.")
    # the slot, then "reached Merry" (no slot of its own); a longer name and a sentence's start stay quiet
    assert _mt150(text) == ["Merry", "Merry"]
    # a station's name (the Progress station) is not propagated: only a settlement's
    station = "Tomsk, 4 June. Fuel went to the Mirror station. The Mirror was full of fuel."
    assert "Mirror" not in _mt150(station)[1:]


def test_slots_stay_quiet_on_english_words_and_places():
    text = ("Tomsk, 4 June. In October the team flew from Green Bay to the Far East. From Sunny "
            "weather to storms, the region saw it all, and residents of Grand Rapids wrote in.")
    assert _mt150(text) == []


def _mt113(text):
    return _found("MT113", foreign_names.DETECTOR, text)


def test_particle_name_read_back_through_russian():
    assert _mt113("Tomsk, 4 June. The bulbs came from the grower Yan van den Khoek.") == ["Yan van den Khoek"]
    assert _mt113("Tomsk, 4 June. The Dutch trainer Yan van der Zee came.") == ["Yan van der Zee"]
    assert _mt113("Tomsk, 4 June. The bulbs came from Jan van den Hoek and Ludwig van Beethoven.") == []
    # a Russian first name before the particle: a Russian, not a Dutch name
    assert _mt113("Tomsk, 4 June. The bulbs came from Zhanna van den Khoek.") == []


def test_prefixed_trade_noun_reads_back():
    assert russian_common_word("kinolog") is None  # the dictionary lacks it
    assert russian_common_word("kinolog", prefixed=True) == "кинолог"
    assert russian_common_word("velopark", prefixed=True) == "велопарк"
    assert russian_common_word("ecotour", prefixed=True) is None


def test_prefixed_trade_noun_flagged_in_text():
    assert _found("MT605", untranslated.DETECTOR,
                  "The city hired a kinolog, and the velopark opened on Saturday.") == ["kinolog", "velopark"]
