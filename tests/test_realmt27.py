"""MT517 (a dash standing for "is" between two noun phrases) and MT2830 (a Russian synonym pair given one English word twice)."""

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors.punctuation_copula_dash import _candidate
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def _spans(text):
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=("MT517",)))
    return [text[f.start:f.end] for f in result.findings]


def test_copula_dash_in_running_text():
    text = ("The reserve lies on the coast of the Sea of Japan. The snow leopard – the rarest animal "
            "of its mountains. Its rangers counted eleven cats last winter.")
    assert _spans(text) == ["The snow leopard – the rarest animal of its mountains"]


def test_participle_inside_the_noun_phrase_is_no_verb():
    text = "The main square — a wide space paved with granite and framed by old merchant houses."
    assert _spans(text) == ["The main square — a wide space paved with granite and framed by old merchant houses"]


def test_asides_datelines_and_figures_stay_quiet():
    quiet = ("KAZAN, 12 May – TASS. The museum – opened in 1990 – draws many visitors. "
             "The length of the bridge — about 400 metres. "
             "Monday, 3 June – the first day of the fair. "
             "The old mill is a museum now – and a good one.")
    assert _spans(quiet) == []


def test_candidate_needs_one_dash_and_a_full_stop():
    assert _candidate("The winner – a girl of 12 – got the cup.") is None
    assert _candidate("Spartak – CSKA: the derby of the season") is None
    assert _candidate("The patient – a pensioner from the village.") == len("The patient ")


def _doubled(text):
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=("MT2830",)))
    return [text[f.start:f.end] for f in result.findings]


def test_doubled_synonym_nouns_and_adjectives():
    text = ("The museum keeps the awards and awards of the old regiment. The open and open "
            "courtyard was closed in May. The Cup and Cup of the district went to Omsk.")
    assert _doubled(text) == ["awards and awards", "open and open", "Cup and Cup"]


def test_doubled_synonym_fix_keeps_one_word():
    text = "The veterans recalled the hardships and hardships of the siege."
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=("MT2830",)))
    edit = result.findings[0].fix.edits[0]
    assert text[:edit.start] + edit.replacement + text[edit.end:] == \
        "The veterans recalled the hardships of the siege."


def test_english_doubling_stays_quiet():
    quiet = ("Again and again the river rose, and more and more houses flooded. It was a long, long "
             "winter. They walked for miles and miles. She knocked and knocked. Young people and "
             "people over 60 may apply. The sign said “Sale, Sale”. Their motto: speed, speed, speed.")
    assert _doubled(quiet) == []
