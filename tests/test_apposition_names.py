"""Russian names rendered by meaning in the apposition slot after a generic type noun (MT111)."""

from mtaudit.detectors.entities import apposition_names


def names(text):
    return [(name, head) for _, _, name, head in apposition_names.candidates(text)]


def test_two_word_names_after_russian_type_nouns():
    assert names("Yesterday the holding Red Anchor said it would pay.") == [("Red Anchor", "holding")]
    assert names("The insurer Bright Haven, which leads the market, agreed.") == [("Bright Haven", "insurer")]
    assert names("A court declared OOO Silver Key bankrupt.") == [("Silver Key", "ooo")]


def test_regional_adjective_may_open_the_name():
    assert names("He plays for the club Siberian Lynx this year.") == [("Siberian Lynx", "club")]


def test_one_word_name_only_after_heads_of_russian_firms():
    assert names("Trucks queued at the grain terminal Haven, officials said.") == [("Haven", "terminal")]
    assert names("The company Apple stopped sales.") == []  # a foreign brand after "company"


def test_person_after_the_name_in_the_role_of_shape():
    assert names("The director of the farm enterprise Dawn Oleg Popov said so.") == [("Dawn", "farm enterprise")]
    assert names("At the farm enterprise Dawn Oleg Popov said so.") == []


def test_english_names_and_roles_stay_quiet():
    for text in ("The carmaker General Motors left.", "The company United Aircraft Corporation grew.",
                 "The company Sun Microsystems said.", "The club President Sergei Galitsky spoke.",
                 "The company General Electric said.", "The director of the plant Konstantin Lebed spoke.",
                 "In the spring Green Valley farms sowed early.", "Club Med opened a resort."):
        assert names(text) == [], text


def test_back_translation_of_a_known_noun():
    assert apposition_names.back_translation("Lighthouse") == "Mayak"
    assert apposition_names.back_translation("Sea Gate") is None


def test_wordnet_class_heads_read_a_name_only_after_the_in_russian_order():
    # protected areas and associations of people (name_class_heads.tsv, built from WordNet)
    assert names("Rangers of the reserve Otter Creek counted the deer.") == [("Otter Creek", "reserve")]
    assert names("Guides of the national park Red Cliffs led the walk.") == [("Red Cliffs", "national park")]
    assert names("Members of the society of beekeepers Golden Comb sold honey.") == [("Golden Comb", "society")]
    assert names("Rangers of a reserve Otter Creek counted the deer.") == []  # no "the": a class
    assert names("Rangers of the reserve Sakhalinsky counted the deer.") == []  # a word no dictionary has
    assert names("Fans visited the park Central Park and the society Royal Horticultural Society.") == []
    assert names("The club signed the reserve Tom Baker.") == []  # a person, not a name by meaning


def test_a_cyrillic_legal_form_is_a_head():
    assert names("The yard was paved by the contractor ООО Even Road last year.") == [("Even Road", "ооо")]


def test_a_brand_needs_quotes_unless_its_name_composes_into_a_russian_name():
    assert names("Honey is sold under the brand Golden Steppe in shops.") == [("Golden Steppe", "brand")]
    assert names("The brand Lucky Strike left the market.") == []
    assert names("The ski resort Big Sky opened early.") == []  # composes, but a resort is named so
