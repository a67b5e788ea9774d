"""Gold for eval/blind-pron29: a held-out check of the session-29 pronoun work, written after it.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl with eval/goldkit.py. The MT texts are invented Russian regional news
in the MT style of eval/blind-mixed-24 (conventions as its README's: the pronoun alone; an
inverted or subjectless calque as its clause; a speaker phrase after the verb from the verb to the
end of the name; "N thousand" with its unit noun; a decimal comma on the number alone). Look-alikes
that must stay quiet: "she" for a ship or an icebreaker, "he" for a named dog, "It" for a
festival, a ministry, a choir or an institute, "It is expected that". neg-* are human-style controls.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, IC, MAIN_EVAL, PRO, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-chess': "schoolchildren's chess festival in Kurgan",
    'mt-02-icebreaker': 'Arkhangelsk port: icebreaker back, new ferry waiting hall',
    'mt-03-honey': 'honey fair in Ufa',
    'mt-04-ferry': 'Ust-Luga-Baltiysk ferry season and a lorry park',
    'mt-05-wrestling': 'khapsagay wrestling at the Ysyakh festival near Yakutsk',
    'mt-06-bakery': 'bakery museum in Torzhok',
    'mt-07-reservoir': 'Argazi reservoir level and spillway repair',
    'mt-08-choir': 'Karelian village choir wins a Finno-Ugric song festival',
    'mt-09-observatory': 'new solar telescope at the Baikal observatory',
    'mt-10-dogsled': 'Beringia dog sled race in Kamchatka',
}

ROWS = [
    ('mt-01-chess', 'The main prize received the 13-year-old pupil of the Shadrinsk music school Yegor Malykhin', None, CAL,
     'The main prize went to Yegor Malykhin, a 13-year-old pupil at the Shadrinsk music school', L),
    ('mt-01-chess', 'It', 'It won eight games', PRO, 'He', C),
    ('mt-01-chess', 'Among the girls the best became the 11-year-old Alina Zhdanova from Kurgan', None, CAL,
     'The best among the girls was 11-year-old Alina Zhdanova from Kurgan', L),
    ('mt-01-chess', 'the budget made up', None, CAL, 'the budget was', L),
    ('mt-01-chess', '1,4 million', None, DN, '1.4 million', C),

    ('mt-02-icebreaker', 'In the port opened a new waiting hall for passengers of the ferry line to the Solovetsky Islands', None, CAL,
     'A new waiting hall for passengers of the ferry line to the Solovetsky Islands has opened in the port', L),
    ('mt-02-icebreaker', 'He', 'He has 120 seats', PRO, 'It', C),
    ('mt-02-icebreaker', 'its cost made up', None, CAL, 'it cost', L),
    ('mt-02-icebreaker', 'said the head of the port administration Sergei Kuzovkin', None, CAL,
     'said Sergei Kuzovkin, head of the port administration', L),
    ('mt-02-icebreaker', 'It', 'It has worked in the port', PRO, 'He', C),
    ('mt-02-icebreaker', '40 thousand passengers', None, DN, '40,000 passengers', C),

    ('mt-03-honey', 'The winner of the honey contest became a 64-year-old beekeeper from the Burzyansky district Rashit Yulaev', None, CAL,
     'The honey contest was won by Rashit Yulaev, a 64-year-old beekeeper from the Burzyansky district', L),
    ('mt-03-honey', 'It', 'It has kept bees', PRO, 'He', C),
    ('mt-03-honey', 'Its', 'Its son', PRO, 'His', C),
    ('mt-03-honey', '4 thousand roubles', None, DN, '4,000 roubles', C),
    ('mt-03-honey', '6,2 thousand tonnes', None, DN, '6,200 tonnes', C),

    ('mt-04-ferry', 'At the port of Baltiysk was built a new parking area for lorries', None, CAL,
     'A new lorry park has been built at the port of Baltiysk', L),
    ('mt-04-ferry', 'She', 'She is designed', PRO, 'It', C),
    ('mt-04-ferry', '600 thousand tonnes', None, DN, '600,000 tonnes', C),

    ('mt-05-wrestling', '200 thousand people', None, DN, '200,000 people', C),
    ('mt-05-wrestling', 'Its winner became the 27-year-old teacher of physical education from the Churapchinsky district Nyurgun Sivtsev', None, CAL,
     'It was won by Nyurgun Sivtsev, a 27-year-old PE teacher from the Churapchinsky district', L),
    ('mt-05-wrestling', 'It', 'It won seven bouts', PRO, 'He', C),
    ('mt-05-wrestling', 'the student of the sports academy Aitalina Nikolaeva', None, CAL,
     'Aitalina Nikolaeva, a student at the sports academy', L),
    ('mt-05-wrestling', 'It', 'It was named the most technical', PRO, 'She', C),

    ('mt-06-bakery', 'In Torzhok opened a bakery museum', None, CAL, 'A bakery museum has opened in Torzhok', L),
    ('mt-06-bakery', 'She', 'She has four halls', PRO, 'It', C),
    ('mt-06-bakery', 'Its', 'Its grandfather', PRO, 'Her', C),
    ('mt-06-bakery', 'told Prokhorova', None, CAL, 'said Prokhorova', L),

    ('mt-07-reservoir', '1,2', None, DN, '1.2', C),
    ('mt-07-reservoir', 'informs the regional ministry of ecology', None, CAL, 'according to the regional ministry of ecology', L),
    ('mt-07-reservoir', 'He', 'He was filled', PRO, 'It', C),
    ('mt-07-reservoir', 'It', 'It demanded', PRO, 'He', C),

    ('mt-08-choir', 'said the head of the choir Natalya Kuittinen', None, CAL, 'said Natalya Kuittinen, head of the choir', L),
    ('mt-08-choir', 'It', 'It has led the choir', PRO, 'She', C),

    ('mt-09-observatory', 'At the Baikal astrophysical observatory was installed a new solar telescope made in Novosibirsk', None, CAL,
     'A new Novosibirsk-made solar telescope has been installed at the Baikal astrophysical observatory', L),
    ('mt-09-observatory', 'He', 'He weighs', PRO, 'It', C),
    ('mt-09-observatory', 'will allow to observe', None, CAL, 'will make it possible to observe', L),
    ('mt-09-observatory', 'Institute of solar-terrestrial physics', None, IC, 'Institute of Solar-Terrestrial Physics', C),
    ('mt-09-observatory', 'Its', 'Its team', PRO, 'His', C),
    ('mt-09-observatory', 'She', 'She will show', PRO, 'It', C),

    ('mt-10-dogsled', 'The first at the finish came the 34-year-old musher from the village of Esso Vladimir Kolegov', None, CAL,
     'The first to finish was Vladimir Kolegov, a 34-year-old musher from the village of Esso', L),
    ('mt-10-dogsled', 'It', 'It covered 600', PRO, 'He', C),
    ('mt-10-dogsled', '500 thousand roubles', None, DN, '500,000 roubles', C),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(150, 300), artifacts=(2, 8),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                 distinct_spans=True, plain_controls=True, beats=BEATS, details=False))
