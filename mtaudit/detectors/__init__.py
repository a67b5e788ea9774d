"""The detector registry: one explicit tuple, in the order they run.

Each detector module owns one concern and declares its rules; rules-as-data
(YAML) are served by the detectors that implement their kinds.
"""

from __future__ import annotations

from mtaudit.detectors import (casing, casing_heads, glosses, numbers, patterns, pronouns, pronouns_agreement, pronouns_antecedent, pronouns_impersonal, pronouns_gender_thing, pronouns_lm, pronouns_species, pronouns_local_thing, pronouns_opening, pronouns_person_predicate, pronouns_previous_thing_lm, pronouns_relative, pronouns_salience, pronouns_syntax, pronouns_thing_class, pronouns_thing_lm, pronouns_thing_predicate, pronouns_your, reference,
    source, untranslated)
from mtaudit.detectors.entities import (meaning as entities, casing as entities_casing,
    forms as entities_forms, fuzzy as entities_fuzzy, unknown as entities_unknown)
from mtaudit.detectors import house_style, places_meaning  # noqa: E402  (glossary-beats)
from mtaudit.detectors import calques_fronted  # noqa: E402  (calque4: subjectless order, parser)

DETECTORS = (
    untranslated.DETECTOR,
    glosses.DETECTOR,
    numbers.DETECTOR,
    pronouns.DETECTOR,
    pronouns_syntax.DETECTOR,
    pronouns_thing_predicate.DETECTOR,
    pronouns_salience.DETECTOR,
    pronouns_person_predicate.DETECTOR,
    pronouns_opening.DETECTOR,
    pronouns_local_thing.DETECTOR,
    pronouns_gender_thing.DETECTOR,
    pronouns_species.DETECTOR,
    pronouns_thing_class.DETECTOR,
    pronouns_relative.DETECTOR,
    pronouns_lm.DETECTOR,
    pronouns_antecedent.DETECTOR,
    pronouns_agreement.DETECTOR,
    pronouns_your.DETECTOR,
    pronouns_impersonal.DETECTOR,
    pronouns_thing_lm.DETECTOR,
    pronouns_previous_thing_lm.DETECTOR,
    casing.DETECTOR,
    casing_heads.DETECTOR,
    entities.DETECTOR,
    entities_casing.DETECTOR,
    entities_forms.DETECTOR,
    entities_fuzzy.DETECTOR,
    entities_unknown.DETECTOR,
    house_style.DETECTOR,
    reference.DETECTOR,
    patterns.DETECTOR,
    source.DETECTOR,
)
DETECTORS += (places_meaning.DETECTOR,)  # glossary-beats
from mtaudit.detectors import abbreviations  # noqa: E402  (names4)
from mtaudit.detectors.entities import lower_names, names_meaning  # noqa: E402  (names4)
DETECTORS += (abbreviations.DETECTOR, names_meaning.DETECTOR, lower_names.DETECTOR)
DETECTORS += (calques_fronted.DETECTOR,)  # calque4
from mtaudit.detectors import casing_names  # noqa: E402  (casing5)
DETECTORS += (casing_names.DETECTOR,)  # casing5
from mtaudit.detectors.entities import typed_names  # noqa: E402  (entity6)
DETECTORS += (typed_names.DETECTOR,)  # entity6
from mtaudit.detectors.entities import palladius_names  # noqa: E402  (entity13)
DETECTORS += (palladius_names.DETECTOR,)  # entity13
from mtaudit.detectors import calques_verbless  # noqa: E402  (calque7: Russian order with no main clause, parser)
DETECTORS += (calques_verbless.DETECTOR,)  # calque7
from mtaudit.detectors import calques_collocations  # noqa: E402  (calque8: collocations as data)
DETECTORS += (calques_collocations.DETECTOR,)  # calque8
from mtaudit.detectors import calques_object_first  # noqa: E402  (order12: object before subject, parser)
DETECTORS += (calques_object_first.DETECTOR,)  # order12
from mtaudit.detectors import casing_official  # noqa: E402  (inst14: Russian official names in lower case)
DETECTORS += (casing_official.DETECTOR,)  # inst14
from mtaudit.detectors import calques_inverted_subject  # noqa: E402  (order14: the doer after its verb, parser)
DETECTORS += (calques_inverted_subject.DETECTOR,)  # order14
from mtaudit.detectors.entities import foreign_names  # noqa: E402  (foreign14: foreign names via Russian)
DETECTORS += (foreign_names.DETECTOR,)  # foreign14
from mtaudit.detectors.entities import foreign_brands  # noqa: E402  (ent18: world brands via Russian)
DETECTORS += (foreign_brands.DETECTOR,)  # ent18
from mtaudit.detectors import calques_subjectless  # noqa: E402  (real14: Russian indefinite-personal sentence, parser)
DETECTORS += (calques_subjectless.DETECTOR,)  # real14
from mtaudit.detectors import calques_bare_noun  # noqa: E402  (real15: a singular count noun with no article, parser)
DETECTORS += (calques_bare_noun.DETECTOR,)  # real15
from mtaudit.detectors import calques_frames_table  # noqa: E402  (frames16: compound prepositions and compound adjectives as tables)
DETECTORS += (calques_frames_table.DETECTOR,)  # frames16
from mtaudit.detectors import calques_word_senses  # noqa: E402  (senses16: wide-sense words, data)
DETECTORS += (calques_word_senses.DETECTOR, calques_word_senses.LM_DETECTOR)  # senses16, senses18 (MT2822)
from mtaudit.detectors import calques_prenominal_place  # noqa: E402  (real16: superlative + place before the noun)
DETECTORS += (calques_prenominal_place.DETECTOR,)  # real16
from mtaudit.detectors import calques_prenominal_phrase  # noqa: E402  (order18: participle with complement before the noun, parser)
DETECTORS += (calques_prenominal_phrase.DETECTOR,)  # order18
from mtaudit.detectors import calques_verb_first  # noqa: E402  (order18: auxiliary and verb open a statement, parser)
DETECTORS += (calques_verb_first.DETECTOR,)  # order18
from mtaudit.detectors import abbreviation_initialisms  # noqa: E402  (real17e: English initials of Russian names)
DETECTORS += (abbreviation_initialisms.DETECTOR,)  # real17e
from mtaudit.detectors import calques_government_frames  # noqa: E402  (frames19: по/из government by word class, WordNet data)
DETECTORS += (calques_government_frames.DETECTOR,)  # frames19
from mtaudit.detectors import calques_terms  # noqa: E402  (terms19: Russian set terms and relational staff pairs, data)
DETECTORS += (calques_terms.DETECTOR, calques_terms.RELATIONAL_DETECTOR)  # terms19
DETECTORS += (calques_terms.TYPE_GENITIVE_DETECTOR, calques_terms.COMPOUND_DETECTOR)  # terms20: shapes of set terms
from mtaudit.detectors import calques_slot_frames  # noqa: E402  (frames20: event "passed", manner adverbials, government slots, data)
DETECTORS += (calques_slot_frames.DETECTOR,)  # frames20
from mtaudit.detectors.entities import anglicised_names  # noqa: E402  (names20: Peter for Pyotr before a Russian surname)
DETECTORS += (anglicised_names.DETECTOR,)  # names20
from mtaudit.detectors import calques_object_after_phrase  # noqa: E402  (order20: a short object after the verb's phrase, parser)
DETECTORS += (calques_object_after_phrase.DETECTOR,)  # order20
from mtaudit.detectors import calques_adverbial_order  # noqa: E402  (order21: a fronted adverbial, the verb, then its subject, parser)
DETECTORS += (calques_adverbial_order.DETECTOR,)  # order21
from mtaudit.detectors import letter_name_acronyms  # noqa: E402  (lead20: "Bi-bi-si" for BBC, letter names as data)
DETECTORS += (letter_name_acronyms.DETECTOR,)  # lead20
from mtaudit.detectors import casing_places  # noqa: E402  (names22: "the village of enmytagyn")
DETECTORS += (casing_places.DETECTOR,)  # names22
from mtaudit.detectors import quote_detached  # noqa: E402  (realmt22: a closing quote glued to the attribution)
DETECTORS += (quote_detached.DETECTOR,)  # realmt22
from mtaudit.detectors.entities import common_word_names  # noqa: E402  (names23: a bare name of ordinary words, "from Quiet Creek")
DETECTORS += (common_word_names.DETECTOR,)  # names23
from mtaudit.detectors import calques_genitive_compound  # noqa: E402  (phrase23: genitive for a compound, WordNet data)
DETECTORS += (calques_genitive_compound.DETECTOR,)  # phrase23
from mtaudit.detectors import calques_bare_genitive  # noqa: E402  (realmt23: "the governor Kirov Region", no "of")
DETECTORS += (calques_bare_genitive.DETECTOR,)  # realmt23
from mtaudit.detectors import calques_quotative_inversion  # noqa: E402  (quote23: a verb English does not invert after a quote, WordNet data)
DETECTORS += (calques_quotative_inversion.DETECTOR,)  # quote23
from mtaudit.detectors import calques_place_apposition  # noqa: E402  (order24: "near the village Yasnoye", no "of")
DETECTORS += (calques_place_apposition.DETECTOR,)  # order24
from mtaudit.detectors import glosses_signature  # noqa: E402  (gloss24: "… said — TASS.", an outlet's signature)
DETECTORS += (glosses_signature.DETECTOR,)  # gloss24
from mtaudit.detectors import casing_name_parts  # noqa: E402  (gloss24: "the Sirenevy park", "telegram channel")
DETECTORS += (casing_name_parts.DETECTOR,)  # gloss24
from mtaudit.detectors import casing_common_capitals  # noqa: E402  (realmt24: "became the Central event", the LM decides)
DETECTORS += (casing_common_capitals.DETECTOR,)  # realmt24
from mtaudit.detectors import calques_institution_chain  # noqa: E402  (genitive25: "the fund of support of entrepreneurship", WordNet classes)
DETECTORS += (calques_institution_chain.DETECTOR,)  # genitive25
from mtaudit.detectors import glosses_lines  # noqa: E402  (gloss25: "(TASS)", "/Corr. TASS/", "Read also:", "Source: TASS")
DETECTORS += (glosses_lines.DETECTOR,)  # gloss25
from mtaudit.detectors import calques_eponym_imeni  # noqa: E402  (realmt26: "the library named after Herzen", имени)
DETECTORS += (calques_eponym_imeni.DETECTOR,)  # realmt26
from mtaudit.detectors.entities import surname_case  # noqa: E402  (realmt26: "of Dmitry Brusnikina", a declined surname)
DETECTORS += (surname_case.DETECTOR,)  # realmt26
from mtaudit.detectors import glosses_notes  # noqa: E402  (gloss26: a page's credit, sponsor and update notes as sentences, reader boilerplate, "PAI (Pskov news agency)")
DETECTORS += (glosses_notes.DETECTOR,)  # gloss26
from mtaudit.detectors import calques_attribution_frame  # noqa: E402  (attrib26: the source after its verb, one frame)
DETECTORS += (calques_attribution_frame.DETECTOR,)  # attrib26
from mtaudit.detectors import calques_body_names  # noqa: E402  (chains27: "the centre on hydrometeorology", "the plant of soft drinks", WordNet classes)
DETECTORS += (calques_body_names.DETECTOR,)  # chains27
from mtaudit.detectors import punctuation_copula_dash  # noqa: E402  (realmt27: "The Amur tiger – the largest cat.", a dash for "is")
DETECTORS += (punctuation_copula_dash.DETECTOR,)  # realmt27
from mtaudit.detectors import calques_doubled_synonym  # noqa: E402  (realmt27: "the hardships and hardships", a Russian synonym pair)
DETECTORS += (calques_doubled_synonym.DETECTOR,)  # realmt27
from mtaudit.detectors import calques_fronted_complement  # noqa: E402  (order27: "On the repair the school spent 3 million", parser)
DETECTORS += (calques_fronted_complement.DETECTOR,)  # order27
from mtaudit.detectors.entities import name_form  # noqa: E402  (realmt28: "Igor Nikolaevich Belousov", "Vodolatsky V.P.", "Mitkovskaya Natalia")
DETECTORS += (name_form.DETECTOR,)  # realmt28
from mtaudit.detectors import calques_negative_concord  # noqa: E402  (realmt28: "No evidence was not found", никто не, parser)
DETECTORS += (calques_negative_concord.DETECTOR,)  # realmt28
from mtaudit.detectors import calques_if_contrast  # noqa: E402  (realmt28: "If earlier ..., now ...", если ..., то, parser)
DETECTORS += (calques_if_contrast.DETECTOR,)  # realmt28
from mtaudit.detectors import calques_address_parts  # noqa: E402  (realmt28: "Varvarka, house 6, structure 4", дом/владение/строение)
DETECTORS += (calques_address_parts.DETECTOR,)  # realmt28
from mtaudit.detectors import calques_verb_senses  # noqa: E402  (sense28: a verb's sense read by its slot's noun class)
DETECTORS += (calques_verb_senses.DETECTOR,)  # sense28 (MT2840)
from mtaudit.detectors import calques_object_verb_subject_lm  # noqa: E402  (order28: swapped roles, parser + language model)
DETECTORS += (calques_object_verb_subject_lm.DETECTOR,)  # order28
from mtaudit.detectors import calques_russian_derivations  # noqa: E402  (lex29: "volleyballists", "dryings": a Russian derivation on an English stem)
DETECTORS += (calques_russian_derivations.DETECTOR,)  # lex29
from mtaudit.detectors import casing_sentence_start  # noqa: E402  (realmt29: "the bus overturned", a paragraph or line opening in lower case)
DETECTORS += (casing_sentence_start.DETECTOR,)  # realmt29 (MT417)
from mtaudit.detectors import calques_award_order  # noqa: E402  (order29: prize or role before the person, parser)
DETECTORS += (calques_award_order.DETECTOR,)  # order29 (MT2520)
from mtaudit.detectors import calques_present_since  # noqa: E402  (order29: Russian present for "since", parser)
DETECTORS += (calques_present_since.DETECTOR,)  # order29 (MT2631)
from mtaudit.detectors import calques_count_singular  # noqa: E402  (realmt30: "22 new museum", "4873 calf": a count left singular after a number)
DETECTORS += (calques_count_singular.DETECTOR,)  # realmt30 (MT2632)
from mtaudit.detectors import calques_patient_subject  # noqa: E402  (order30: a subject that cannot act, a doer after the verb, parser)
DETECTORS += (calques_patient_subject.DETECTOR,)  # order30 (MT2521)
