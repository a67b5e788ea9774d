"""Gold for eval/blind-sense28: a held-out set for sense calques (a Russian verb of several senses
given its commonest English verb), written by the sense28 helper after MT2840's rules were done.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Six MT-style texts on beats no eval set had (a snowkiting championship, a flood breaching a
pond dam, a public observatory reopening, Reindeer Herder's Day, a flu epidemic closing schools, a
documentary about the White Sea Canal) and two human-style controls that use the same English
verbs in their English senses (made a profit, liquidate a unit, noted that, appealed to the board,
passed exams, marked an anniversary, mastered the art, handed over a building). Every artifact
written into a text is a row, sense calques and the rest alike; the sense calques are both verbs
MT2840's table holds (with nouns its examples do not use) and verbs it does not (nobody suffered
seriously, the main flow entered the hospitals, rendered help, gave/carried out lectures).
Spans of a sense calque run over the verb and the words that show its sense, as an annotator
marks them ("The prize fund of the championship made", "realized more than 1,8 thousand tonnes of
venison").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, IC, MAIN_EVAL, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-snowkiting': 'snowkiting championship on the Ob reservoir, Novosibirsk',
    'mt-02-damleak': 'spring flood breaches a pond dam in the Orenburg region',
    'mt-03-observatory': 'Tula public observatory reopens after reconstruction',
    'mt-04-reindeer': "Reindeer Herder's Day in Yamal",
    'mt-05-flu': 'flu epidemic closes schools in the Vologda region',
    'mt-06-film': 'documentary about the White Sea Canal, Karelia',
}

ROWS = [
    # mt-01-snowkiting
    ('mt-01-snowkiting', 'The open championship of the Novosibirsk region on snowkiting passed', None, CAL, 'The Novosibirsk region open snowkiting championship was held', L),
    ('mt-01-snowkiting', 'reports the press service of the sports ministry of the region', None, CAL, 'according to the press service of the regional sports ministry', L),
    ('mt-01-snowkiting', 'In the competition took part 146 riders', None, CAL, '146 riders took part in the competition', L),
    ('mt-01-snowkiting', 'The prize fund of the championship made', None, CAL, "The championship's prize fund totalled", L),
    ('mt-01-snowkiting', '600 thousand roubles', None, DN, '600,000 roubles', C),
    ('mt-01-snowkiting', 'The thickness of the ice on the reservoir this week makes', None, CAL, 'This week the ice on the reservoir is', L),
    ('mt-01-snowkiting', 'The first place in the individual standings took Vitaly Sukhov', None, CAL, 'Vitaly Sukhov took first place in the individual standings', L),
    ('mt-01-snowkiting', '4,2 metres', None, DN, '4.2 metres', C),
    ('mt-01-snowkiting', 'it went actively', None, CAL, 'it picked up', L),
    ('mt-01-snowkiting', 'The safety on the ice provided rescuers of the regional emergencies ministry', None, CAL, 'Rescuers from the regional emergencies ministry provided safety on the ice', L),
    ('mt-01-snowkiting', 'rendered help to five participants', None, CAL, 'treated five participants', L),
    ('mt-01-snowkiting', 'nobody suffered seriously', None, CAL, 'no one was seriously hurt', L),
    ('mt-01-snowkiting', 'notes its 25th anniversary', None, CAL, 'is celebrating its 25th anniversary', L),
    ('mt-01-snowkiting', 'For the jubilee', None, CAL, 'For the anniversary', L),
    ('mt-01-snowkiting', 'carried out a quiz', None, CAL, 'held a quiz', L),
    ('mt-01-snowkiting', 'a master class on repair of kites', None, CAL, 'a kite-repair master class', L),
    ('mt-01-snowkiting', 'will be translated to the fund', None, CAL, 'will be transferred to the fund', L),

    # mt-02-damleak
    ('mt-02-damleak', 'informed in the Orenburg directorate of the emergencies ministry', None, CAL, "the emergencies ministry's Orenburg directorate said", L),
    ('mt-02-damleak', 'To the elimination of the breakthrough were attracted 48 people and 12 units of equipment', None, CAL, '48 people and 12 pieces of equipment were brought in to repair the breach', L),
    ('mt-02-damleak', 'the washout of the dam was liquidated', None, CAL, 'the breach in the dam was repaired', L),
    ('mt-02-damleak', 'In the zone of flooding turned out 17 household plots', None, CAL, '17 household plots were flooded', L),
    ('mt-02-damleak', 'Nobody of the residents suffered in the flood', None, CAL, 'None of the residents was hurt in the flood', L),
    ('mt-02-damleak', 'the damage from the flood will make', None, CAL, 'the damage from the flood will amount to', L),
    ('mt-02-damleak', 'has been exploited without a capital repair', None, CAL, 'has been in use without a major overhaul', L),
    ('mt-02-damleak', 'to bring it into a proper condition', None, CAL, 'to put it in good repair', L),
    ('mt-02-damleak', 'the funds for the repair were not laid in the budget', None, CAL, 'no money for the repair was earmarked in the budget', L),
    ('mt-02-damleak', 'The regime of emergency situation in the district was entered', None, CAL, 'A state of emergency was declared in the district', L),
    ('mt-02-damleak', 'will be taken off', None, CAL, 'will be lifted', L),
    ('mt-02-damleak', 'the rivers Ilek and Ural', None, CAL, 'the Ilek and Ural rivers', L),
    ('mt-02-damleak', 'the directorate reminded', None, CAL, 'the directorate said', L),

    # mt-03-observatory
    ('mt-03-observatory', 'communicated in the regional ministry of culture', None, CAL, 'the regional culture ministry said', L),
    ('mt-03-observatory', 'was exploited practically without changes', None, CAL, 'was used almost unchanged', L),
    ('mt-03-observatory', 'The cost of the reconstruction made', None, CAL, 'The reconstruction cost', L),
    ('mt-03-observatory', 'of them 150 million', None, CAL, 'of which 150 million', L),
    ('mt-03-observatory', 'put a multimedia show', None, CAL, 'staged a multimedia show', L),
    ('mt-03-observatory', 'to feel themselves in the cabin', None, CAL, 'to feel as if they were in the cabin', L),
    ('mt-03-observatory', 'she told', None, CAL, 'she said', L),
    ('mt-03-observatory', 'carried out lectures', None, CAL, 'gave lectures', L),
    ('mt-03-observatory', 'committed trips', None, CAL, 'made trips', L),
    ('mt-03-observatory', 'for children and pensioners a discount operates', None, CAL, 'children and pensioners get a discount', L),
    ('mt-03-observatory', 'The price of a ticket for an adult makes', None, CAL, 'An adult ticket costs', L),
    ('mt-03-observatory', 'the entrance will be free', None, CAL, 'admission will be free', L),

    # mt-04-reindeer
    ('mt-04-reindeer', 'The Day of the reindeer herder was widely noted', None, CAL, "Reindeer Herder's Day was widely celebrated", L),
    ('mt-04-reindeer', 'Yamal-Nenets autonomous okrug', None, IC, 'Yamal-Nenets Autonomous Okrug', C),
    ('mt-04-reindeer', 'reports the press service of the governor', None, CAL, "according to the governor's press service", L),
    ('mt-04-reindeer', 'committed a working visit', None, CAL, 'made a working visit', L),
    ('mt-04-reindeer', 'The ensembles of the indigenous peoples acted at the holiday', None, CAL, 'Ensembles of the indigenous peoples performed at the festival', L),
    ('mt-04-reindeer', 'The prize fund of the races made', None, CAL, 'The prize fund for the races totalled', L),
    ('mt-04-reindeer', '1,5 million roubles', None, DN, '1.5 million roubles', C),
    ('mt-04-reindeer', 'In the okrug are contained about 700 thousand reindeer', None, CAL, 'The okrug has about 700,000 reindeer', L),
    ('mt-04-reindeer', 'realized more than 1,8 thousand tonnes of venison', None, CAL, 'sold more than 1,800 tonnes of venison', L),
    ('mt-04-reindeer', 'tested difficulties', None, CAL, 'faced difficulties', L),
    ('mt-04-reindeer', 'received development', None, CAL, 'was developed further', L),
    ('mt-04-reindeer', 'the new program of support of the reindeer herding', None, CAL, 'the new reindeer herding support programme', L),

    # mt-05-flu
    ('mt-05-flu', 'informed in the regional department of health', None, CAL, 'the regional health department said', L),
    ('mt-05-flu', '9,4 thousand residents', None, DN, '9,400 residents', C),
    ('mt-05-flu', 'appealed to the polyclinics', None, CAL, 'went to clinics', L),
    ('mt-05-flu', 'The main flow of patients entered the hospitals', None, CAL, 'Most patients were admitted to the hospitals', L),
    ('mt-05-flu', 'were translated to distance learning', None, CAL, 'switched to distance learning', L),
    ('mt-05-flu', 'restrictions on visits were entered', None, CAL, 'visiting restrictions were introduced', L),
    ('mt-05-flu', 'passed vaccination against flu', None, CAL, 'have been vaccinated against flu', L),
    ('mt-05-flu', 'fall ill more easily', None, CAL, 'have milder illness', L),
    ('mt-05-flu', 'do not test a shortage of beds and medicines', None, CAL, 'are not short of beds and medicines', L),
    ('mt-05-flu', '12 complaints about the work of the call-centre entered to the hotline of the department', None, CAL, "12 complaints about the call centre have come in to the department's hotline", L),
    ('mt-05-flu', 'they are considered', None, CAL, 'they are being looked into', L),

    # mt-06-film
    ('mt-06-film', 'was removed by a studio', None, CAL, 'was made by a studio', L),
    ('mt-06-film', 'reports the newspaper "Karelia"', None, CAL, 'the newspaper Karelia reports', L),
    ('mt-06-film', 'committed an expedition', None, CAL, 'made an expedition', L),
    ('mt-06-film', 'The director of the film Anna Grishina told that', None, CAL, "The film's director, Anna Grishina, said that", L),
    ('mt-06-film', 'The budget of the film made', None, CAL, "The film's budget was", L),
    ('mt-06-film', '3,2 million roubles', None, DN, '3.2 million roubles', C),
    ('mt-06-film', 'Presidential fund of cultural initiatives', None, IC, 'Presidential Fund for Cultural Initiatives', C),
    ('mt-06-film', 'the rest the studio collected by crowdfunding', None, CAL, 'the studio raised the rest by crowdfunding', L),
    ('mt-06-film', 'The grant was mastered in full', None, CAL, 'The grant was spent in full', L),
    ('mt-06-film', 'the film group', None, CAL, 'the film crew', L),
    ('mt-06-film', 'remembers the cameraman Pavel Lind', None, CAL, 'recalls cameraman Pavel Lind', L),
    ('mt-06-film', 'received wide distribution', None, CAL, 'has been widely covered', L),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(150, 300),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL,
                 skip_own=True, plain_controls=True, beats=BEATS, details=True))
