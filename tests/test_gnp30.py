"""Session 30 (gnp30): agency credits with a Russian agency word in any wrapper (MT325), a picture's
credit from a social network (MT304), the decimal comma in running text (MT508), a sole trader's and a
news agency's Russian type before a name (MT606), and the copula dash before a noun phrase with its own
relative clause (MT517)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.audit.fixes import apply_edits
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document

_CTX = AuditContext(AuditSpec(bundled_glossary=True))
_RUSSIAN = "The district of the Kursk region will get 12 million roubles for the repair of the road.\n\n"


def _findings(text: str, *codes: str):
    return [f for f in audit(Document(text, doc_id="t"), _CTX, Selection(select=codes)).findings]


def _texts(text: str, *codes: str):
    return [(f.code, f.text) for f in _findings(text, *codes)]


# MT325: the agency word in the wrapper

def test_an_agency_credit_after_a_dateline_is_cut_with_its_space():
    text = "SYZRAN, 23 October /IA Volga-Inform/. Police detained three men."
    (f,) = _findings(text, "MT325", "MT606")
    assert (f.code, f.text) == ("MT325", " /IA Volga-Inform/")
    assert apply_edits(text, list(f.fix.edits)) == "SYZRAN, 23 October. Police detained three men."


def test_the_credit_after_a_full_stop_takes_its_own_stop():
    text = 'OMSK, 3 May. /News agency "Omsk-Inform"/. The ice will hold.'
    (f,) = _findings(text, "MT325")
    assert apply_edits(text, list(f.fix.edits)) == "OMSK, 3 May. The ice will hold."


def test_a_dateline_dash_and_brackets_with_the_agency_word():
    assert _texts("ELISTA, 22 April — IA Kalmykia. A dust storm covered four districts.", "MT325") == \
        [("MT325", " — IA Kalmykia")]
    assert _texts("The ferry will run until October (IA Pomorye). Tickets cost 200 roubles.", "MT325") == \
        [("MT325", " (IA Pomorye)")]


def test_bare_wire_credits_and_glossed_acronyms_stay_quiet():
    # English wires' own datelines, which the gold of every set leaves unmarked
    assert _texts("KAZAN, 14 June — RIA Novosti. The park opened.", "MT325") == []
    assert _texts("OMSK, May 3. /TASS/. The ice held on the river.", "MT325") == []
    # an acronym glossed by its name is MT329's, not a credit
    assert _texts("The road opened, reports PAI (Pskov news agency).", "MT325") == []


# MT304: a picture credited to a page on a social network

def test_a_credit_to_an_owner_on_a_social_network():
    text = _RUSSIAN + "Photo: Sosnovka town administration / VKontakte"
    (f,) = _findings(text, "MT304")
    assert f.text == "Photo: Sosnovka town administration / VKontakte"
    assert apply_edits(text, list(f.fix.edits)) == _RUSSIAN.rstrip("\n")
    assert _texts(_RUSSIAN + "Video: school No. 5 of Kursk / Telegram", "MT304") != []


def test_a_photographer_before_a_world_platform_and_english_news_stay_quiet():
    assert _texts(_RUSSIAN + "Photo: Ivan Belov / Facebook", "MT304") == []
    assert _texts("The pier in Brighton reopened on Monday.\n\nPhoto: town council / Facebook", "MT304") == []


# MT508: a decimal comma with no unit after it

def test_a_decimal_comma_without_a_unit():
    assert _texts("In the tried class the average mark rose to 4,3.", "MT508") == [("MT508", "4,3")]
    (f,) = _findings("On average 3,7 particles were found in a litre.", "MT508")
    assert f.correction == "3.7"
    assert _texts("The dose was 0,25 of the old one.", "MT508") == [("MT508", "0,25")]


def test_lists_references_and_chemicals_are_no_decimals():
    quiet = ("See pages 3,4 and 9. The weedkiller 2,4-D was banned. Two studies [1,2] agree. "
             "The vote went 1,2 and 3. Room 12,14 is shut. The plant used 12,400 kilowatt-hours.")
    assert _texts(quiet, "MT508") == []


# MT606: a Russian type abbreviation before a name

def test_a_sole_trader_before_a_persons_name():
    text = "The owner of the yard in Syzran, IP Timur Rakhimov, paid 9,000 roubles."
    (f,) = _findings(text, "MT606")
    assert f.text == "IP" and f.correction == "sole trader"


def test_legal_forms_counted_beside_a_business_noun():
    text = ("The tax office in Yekaterinburg said registered OOO and farms fell in number, and small fishing "
            "companies and IP lost 2 million roubles.")
    assert [t for _, t in _texts(text, "MT606")] == ["OOO", "IP"]
    assert _texts("The Russian firm in Kazan protects its patents and IP in court, paying in roubles.", "MT606") == []


def test_ip_before_no_person_stays_quiet():
    text = ("Russian firms filed marks with IP Australia, bought IP Telephony kits and hid their IP "
            "addresses in Kazan, paying in roubles.")
    assert _texts(text, "MT606") == []


def test_a_news_agency_type_in_running_text():
    text = 'In a conversation with IA "Ura.Ru", the doctor in Yekaterinburg said the flu season in Russia had begun.'
    (f,) = _findings(text, "MT606")
    assert f.text == 'IA "Ura.Ru"' and f.correction == "Ura.Ru news agency"
    (f,) = _findings("The glass workshop in Gus-Khrustalny reopened, reports the IA Vladimir-Press.", "MT606")
    assert f.text == "IA Vladimir-Press" and f.correction == "Vladimir-Press news agency"


# MT517: the copula dash before a noun phrase with its own clause

def test_copula_dash_with_a_relative_clause_on_the_predicate_noun():
    text = ("Butter rose in price over the year. The main reason for the rise — the shortage of milk fat, "
            "which appeared after several farms cut their herds.")
    assert _texts(text, "MT517") == [("MT517", "The main reason for the rise — the shortage of milk fat, "
                                               "which appeared after several farms cut their herds")]
    (f,) = _findings("The new boilers – automatic and quiet ones.", "MT517")
    assert "“The new boilers are …”" in f.message


def test_copula_dash_with_an_age_and_a_gerund_subject():
    assert len(_findings("The oldest singer – 92-year-old Maria Semyonova, who sang at the front.", "MT517")) == 1
    assert len(_findings("Reindeer herding — the basis of the life of the tundra villages.", "MT517")) == 1


def test_english_asides_and_full_clauses_stay_quiet():
    quiet = ("The buyer – a company from Kazan that owns two plants – paid in cash. "
             "The main reason was the shortage of milk fat, which appeared after farms cut their herds. "
             "The length of the bridge — about 400 metres.")
    assert _texts(quiet, "MT517") == []


def test_copula_dash_before_a_comma_splice_in_a_quote_and_after_a_nominal_adjective():
    assert _texts("The plant opened in May. The new boilers – automatic, they need half the staff.", "MT517") == \
        [("MT517", "The new boilers – automatic")]
    assert len(_findings("“For the villagers each concert – a holiday. We sing every month,” she said.", "MT517")) == 1
    assert len(_findings("The youngest – first-graders, for whom the tournament was the first.", "MT517")) == 1
    quiet = "“We were tired – but happy,” she said. The old boilers were replaced – they needed more staff."
    assert _texts(quiet, "MT517") == []
