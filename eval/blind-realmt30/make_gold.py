"""Gold for eval/blind-realmt30 (held-out check of the realmt30 helper), from marked texts.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/docs/*.txt and SET_DIR/gold.jsonl with eval/goldkit.py's run_marked and checks them.
Ten MT-style texts of invented Russian regional news on beats the realmt30 helper read on real
pages (theatre, a museum, a dairy farm, a sawmill, house repairs, a fishing ban, hunting, tourism,
a library, benefits for large families), written after its mechanisms were built, with every
artifact an editor would mark, of every kind, and look-alikes that must stay quiet (a 12 ton
truck, 300 head of cattle, the 2019 year-end report, moved by the story of, inspired by the novel
of the same name, at the base of the hill, on average, a rise in the average). Three human-style
controls (neg-*). Marks: {{written=>correction|category}}.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CORPUS_AND_SEEDS, run_marked  # noqa: E402

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
MARK = re.compile(r"\{\{(?P<text>.+?)=>(?P<correction>.*?)\|(?P<category>[a-z-]+)\}\}")

TEXTS = {
'mt-01-premiere': """The Tobolsk drama theatre will open the season with a premiere

{{In the Tobolsk drama theatre prepare the premiere of the performance=>The Tobolsk drama theatre is preparing the premiere of the production|calque}} "The Snowstorm" {{by the story of=>based on the story by|calque}} Alexander Pushkin. The first show will take place on 14 september, {{reports the press service of the theatre=>the theatre's press service said|calque}}.

The production was staged by the young director Kirill Zaitsev, who {{last year graduated the institute=>graduated from the institute last year|calque}} in Yekaterinburg. According to him, the troupe rehearsed {{during three months=>for three months|calque}}. "We wanted to show how a chance changes the whole life of people. {{The snowstorm here is the main hero=>The snowstorm is the main character here|calque}}", {{- told=>said|punctuation}} Zaitsev.

For the performance the workshops of the theatre sewed {{46 costume=>46 costumes|date-number}} and built a revolving stage. Music was written by the local composer Anna Belkina. The actors were inspired by the novel of the same name as much as by the story, she added; some were moved by the story of the poet's own journey through the steppe.

{{In 2019 year=>In 2019|date-number}} the theatre was repaired, and since then the hall has 320 seats. Tickets {{cost from 300 to 700 rub.=>cost 300 to 700 roubles|date-number}} The performance is intended for spectators {{from 12 years=>aged 12 and over|calque}}.
""",
'mt-02-museum': """A hall of old clocks opened in the Kungur museum

{{In the Kungur museum of local lore=>In the Kungur local history museum|calque}} opened a hall dedicated to clocks of the 19th and 20th centuries. The collection of {{118 exhibit=>118 exhibits|date-number}} was gathered by the local watchmaker Pavel Sorokin during forty years and {{handed over=>donated|calque}} to the museum in the spring.

"Each clock has its own history. Some of them Pavel Ivanovich repaired himself", said the director of the museum Elena Gribova. The clocks stand in the hall {{at the base of=>at|calque}} the former merchant school, where the museum {{occupies the second floor=>has the second floor|calque}} since 2008.

{{The oldest exhibit is a wall clock of 1872 year of release=>The oldest exhibit is a wall clock made in 1872|calque}}. It still goes and strikes every hour. At the base of the hill behind the building, workers are laying a new path for visitors.

The exhibition {{will work until=>will run until|calque}} the last day of December. {{The entrance for pupils is free=>Admission is free for pupils|calque}}. {{In the average=>On average|calque}} the museum receives 40 visitors a day, in summer twice as many.
""",
'mt-03-dairy': """Dairy farm near Vologda raised milk yields

The dairy farm "Zarechye" in the Sokol district {{summed up the results of the year=>reported its results for the year|calque}}. {{For 2023 year=>In 2023|date-number}} the farm {{received=>produced|calque}} 9,412 tonnes of milk, which is 6% more than a year earlier, {{the head of the farm Ivan Rogov told=>the farm's head Ivan Rogov said|calque}}.

{{Each cow was milked by 8150 kilogram of milk=>Each cow gave 8,150 kilograms of milk|calque}}. The herd now counts 1,150 head of cattle, including 640 cows. {{Over the year on the farm came to light 702 calf=>702 calves were born on the farm during the year|calque}}.

"The growth we owe to the new fodder and to the robot for milking", Rogov said. The farm bought the robot {{on the means of=>with|calque}} a regional grant. A 12 ton truck delivers the milk to the plant in Vologda twice a day.

{{Agrarians=>Farmers|calque}} of the district plan to {{put into operation=>open|calque}} a second cowshed next year. Across the region, farms got about 6,900 kilograms per cow, the regional agriculture department says.
""",
'mt-04-sawmill': """Sawmill in the Kostroma region launched a new line

{{At the sawmill in Manturovo launched=>A sawmill in Manturovo has launched|calque}} a line for the production of glued beams. The investments {{made 640 million rubles=>came to 640 million roubles|calque}}, {{reports the department of industry of the region=>the regional industry department said|calque}}.

The capacity of the line is {{35 thousand=>35,000|date-number}} cubic metres of products a year. {{On the enterprise were created 85 new workplace=>The sawmill has created 85 new jobs|calque}}. {{Most of them occupied=>Most of them were filled by|calque}} residents of Manturovo and nearby villages.

The equipment was delivered from Austria in 2021. "Because of the sanctions {{the launch was postponed twice=>we had to postpone the launch twice|calque}}, but now everything works", {{noted the director of the enterprise Sergei Pankov=>said Sergei Pankov, the sawmill's director|calque}}. The beams will go to the builders of wooden houses in Moscow and {{the Moscow region=>the Moscow region|calque}}.

{{The plant=>The sawmill|calque}} {{works since 1957=>has worked since 1957|calque}}. Now it employs 410 people. {{The average salary on the enterprise makes=>The average salary at the sawmill is|calque}} 58 thousand rubles a month, Pankov said. Next year the company wants to start a second line, for pellets made from sawdust and bark, and to buy two timber trucks.
""",
'mt-05-roofs': """Roofs of 60 houses will be repaired in Syzran

{{Within the framework of the program of capital repairs=>Under the major repairs programme|calque}} in Syzran this year will be repaired the roofs of {{60 apartment house=>60 apartment buildings|date-number}}. {{About it informed=>This was announced by|calque}} the head of the city Nikolai Mironov at a meeting with residents.

According to him, {{all roofs will be finished until the end of September=>all roofs will be finished by the end of September|calque}}. In 14 houses besides the roofs will be replaced {{the elevators=>the lifts|calque}}. "Residents often complain about {{the entrances=>the stairwells|calque}}, and we will also repair them", said Mironov.

{{The cost of the works makes=>The work costs|calque}} 212 million rubles. The money comes from the regional fund of capital repairs {{and contributions of the owners=>and owners' contributions|calque}}. {{The contractor was chosen on the auction=>The contractor was chosen at an auction|calque}}.

The program of the 2019 year-end report showed that only half of the planned houses were repaired then. {{This year the city promises to fulfil the plan by 100 percent=>This year the city promises to complete the whole plan|calque}}. Residents can follow the repairs on the website of the city administration, where photos of every house are posted each week.
""",
'mt-06-fishing': """Spawning ban begins on the rivers of Karelia

From 1 May on the rivers and lakes of Karelia {{acts=>is in force|calque}} the spawning ban. {{It will last until 10 June=>It lasts until 10 June|calque}}, {{informs the Karelian department of the Federal Agency for Fisheries=>the Karelian department of the Federal Agency for Fisheries said|calque}}.

During the ban {{it is allowed to fish=>anglers may fish|calque}} only from the shore with one rod, and no more than {{5 kilogram=>5 kilograms|date-number}} of fish a day. {{Fishing from boats is prohibited=>Fishing from boats is banned|calque}}. Fines for {{violators=>offenders|calque}} are from 2 to 5 thousand rubles.

Last year inspectors {{revealed=>found|calque}} 214 violations and {{withdrew=>seized|calque}} more than {{300 net=>300 nets|date-number}}. The poachers caught pike, perch and bream; 40 pike were returned to the lake alive.

"{{The fish at this time goes to spawn=>At this time the fish are spawning|calque}}, {{and it is necessary to give her=>and they must be given|pronoun}} peace", said the inspector Andrei Kuusela. Inspectors will patrol the lakes on boats and on foot, and residents can report poachers by phone. Last spring a man from Kondopoga was fined for a net set across the mouth of a stream.
""",
'mt-07-hunting': """Season of hunting for the elk opened in the Kirov region

{{In the Kirov region opened the season of hunting=>The hunting season opened in the Kirov region|calque}} for elk. It will last until 10 January, {{reports the ministry of nature=>the regional ministry of natural resources said|calque}}.

This year hunters {{received=>were issued|calque}} {{1,200 permit=>1,200 permits|date-number}} for the shooting of elk. {{The number of the animals in the region=>The elk population in the region|calque}} is estimated at 28 thousand {{individuals=>animals|calque}}. {{It grows=>It has been growing|calque}} for five years in a row.

{{Hunting is allowed only in fixed hunting grounds=>Hunting is allowed only in the assigned hunting grounds|calque}}. For hunting without a permit {{threatens a fine=>the fine is|calque}} up to 500 thousand rubles, and the weapon {{is confiscated=>may be confiscated|calque}}.

{{The hunters of the region=>Hunters in the region|calque}} also must {{hand over=>submit|calque}} samples for the test on African swine fever if they {{shoot=>kill|calque}} a wild boar. Last season 23 cases of illegal hunting were found in the region; in {{12 case=>12 cases|date-number}} the poachers were identified. Hunters with dogs must keep them on a leash near villages and roads, the ministry reminded.
""",
'mt-08-tourism': """Tourist flow to the Altai Republic grew by 15%

{{Over the summer the Altai Republic visited=>Over the summer the Altai Republic was visited by|calque}} more than 900 thousand tourists, which is 15% more than last year. {{About this reported=>This was reported by|calque}} the regional ministry of tourism.

{{Most of all tourists=>Most tourists|calque}} came from Novosibirsk, Kemerovo and Moscow. The most popular {{objects=>sights|calque}} were Lake Teletskoye and the Chuysky tract. {{On the territory of the republic=>In the republic|calque}} work 1,200 hotels and guest houses, {{of them=>of which|calque}} 300 opened in the last two years.

{{The ministry plans in 2025 year=>In 2025 the ministry plans|date-number}} to build {{three new tourist trail=>three new tourist trails|date-number}} in the Ulagan district. "We want {{that tourists come=>tourists to come|calque}} not only in summer, but also in winter", {{said the minister Olga Kayguzova=>said minister Olga Kayguzova|calque}}.

{{The season of rafting=>The rafting season|calque}} will close on 15 September. After that, guides will offer horse rides and trips to the cedar forests until the first snow, and the ski resort near Manzherok will open in early December, as every year.
""",
'mt-09-library': """Village library in Mordovia got new books

The library in the village of Staroye Shaigovo {{received=>has received|calque}} {{420 new book=>420 new books|date-number}} within the national project "Culture". {{About this informed=>This was announced by|calque}} the head of the library Tatyana Kuzina.

Among the new books are novels of modern authors, encyclopedias and fairy tales for children. "{{Readers waited for them long=>Readers had waited a long time for them|calque}}. Now the children come to us after the lessons", Kuzina said.

{{On 20 October in the library will pass=>On 20 October the library will hold|calque}} an evening of poetry {{dedicated to=>marking|calque}} the 130th anniversary of Sergei Yesenin. The guests {{will get an introduction with=>will get an introduction to|calque}} the traditions of the Erzya people, and the local choir {{will perform songs by the poems of=>will perform songs to the poems of|calque}} Yesenin.

{{In the average=>On average|calque}} the library serves 35 readers a week. The building {{of 1962 year of construction=>built in 1962|calque}} {{was repaired in 2022=>was repaired in 2022|calque}}. Besides books, the library offers a computer with internet access, and on Saturdays a retired teacher leads a circle of local history for pupils. Most of its readers are pensioners and schoolchildren.
""",
'mt-10-benefits': """Large families in the Penza region will receive new payments

{{Large families=>Families with many children|calque}} in the Penza region will receive a new monthly payment of 3 thousand rubles for each child {{under 7 year=>under 7|date-number}}. {{The corresponding law=>A law to this effect|calque}} was adopted by the deputies of the Legislative Assembly {{at once in three readings=>in three readings at once|calque}}.

The payment {{will be assigned=>will be granted|calque}} from 1 January. {{To receive it, it is necessary to apply=>To receive it, parents must apply|calque}} to the center of social protection or through the portal "Gosuslugi". According to {{the ministry of social development=>the Ministry of Social Development|institution-casing}}, in the region live {{9 thousand=>9,000|date-number}} large families.

{{Also for large families remain the privileges=>Large families also keep their benefits|calque}} on the payment of utilities and free travel for pupils. {{In 2024 year=>In 2024|date-number}} the region spent on them 1.2 billion rubles.

"Money {{will not be superfluous=>will come in handy|calque}}", said the mother of four children Marina Volkova from Kuznetsk. Her family will receive 6 thousand rubles a month for the two younger sons. The law also lets families spend part of the regional maternity capital on the repair of a house in a village.
""",
'neg-01-theatre': """A small theatre in a northern English market town has opened its season with a new adaptation of a Victorian ghost story, and the first two nights sold out within a week.

The company, which performs in a converted chapel with 140 seats, was founded in 1998 by two retired teachers. Its director this year, Hannah Pryce, said the cast had rehearsed for eleven weeks, twice as long as usual, because the set includes a moving staircase built by volunteers.

"People were moved by the story of the woman who waits for a letter that never comes," Pryce said after the dress rehearsal. "We leaned into that rather than the jumps and screams."

The production is inspired by the novel of the same name, which was serialised in a magazine in 1871 and reprinted only twice. Pryce found a copy in a charity shop in 2019.

Ticket prices have risen to £14, up from £12 last year, which the theatre blames on heating costs. On average about 90 people attend each performance, and the company hopes to reach 100 by the spring.

The theatre also runs a youth group for 30 members aged 11 to 17. The 2019 year-end accounts, published online, show the group costs about £4,000 a year to run, mostly paid by a local trust.
""",
'neg-02-farm': """A family dairy farm in Wisconsin has installed two robotic milkers, joining a growing number of small operations that say automation is the only way to keep going without hired labour.

The farm, run by the Lindqvist family since 1946, milks 180 cows and keeps about 300 head of cattle in all. Emma Lindqvist said the robots cost roughly $450,000, part of it covered by a state grant, and that yields rose about 6% in the first four months.

"The cows choose when to be milked now," she said. "They line up at the base of the ramp before dawn."

A 12 ton feed truck arrives twice a week. The family sells its milk to a cooperative cheese plant 30 miles away, where prices have been flat since the 2022 spike.

Agricultural economists say the rise in the average herd size in the state has slowed, but small farms keep closing. Wisconsin had about 5,600 licensed dairy herds at the start of this year, down from more than 15,000 two decades ago.

The Lindqvists plan to add a third robot if prices hold. "We are not getting bigger," Emma said. "We are trying to stay the same size and still be here in ten years."
""",
'neg-03-library': """A public library branch in a small Canadian town reopened at the weekend following two years of building work that added a children's wing and a reading garden.

The work cost about C$3.2 million, shared by the town and the province. The branch, built in 1962, had leaking windows and no lift to its upper floor, the town's library board said in a statement.

Dozens of families queued before the doors opened at 10 a.m. Librarian Joanne Ferris said the branch received 400 new books for children in the past month alone, many of them donated by a local bookshop.

"Kids have been asking for a place that is theirs," Ferris said. "Now they have one, with beanbags and a puppet theatre."

The library will hold a poetry evening next month to mark the anniversary of a local poet, with readings by high school students. An introduction to the town's history, written by a retired teacher, will be handed out free.

On average, the branch lends about 2,000 items a week, the board said. Officials hope the new wing will bring that figure back to where it was in 2019, before the closure.
""",
}

BEATS = {
    'mt-01-premiere': 'drama theatre premiere (Tobolsk)',
    'mt-02-museum': 'a hall of old clocks in a local history museum (Kungur)',
    'mt-03-dairy': 'dairy farm milk yields (Vologda region)',
    'mt-04-sawmill': 'sawmill launches a glued-beam line (Kostroma region)',
    'mt-05-roofs': 'roof repairs of apartment buildings (Syzran)',
    'mt-06-fishing': 'spawning fishing ban (Karelia)',
    'mt-07-hunting': 'elk hunting season (Kirov region)',
    'mt-08-tourism': 'tourist numbers (Altai Republic)',
    'mt-09-library': 'village library gets books (Mordovia)',
    'mt-10-benefits': 'payments to large families (Penza region)',
}

if __name__ == "__main__":
    sys.exit(run_marked(SET_DIR, TEXTS, MARK, words=(150, 300), artifacts=(7, 18),
                        own_words_against=CORPUS_AND_SEEDS + ("/work/main/eval/*/docs/*.txt",),
                        skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS))
