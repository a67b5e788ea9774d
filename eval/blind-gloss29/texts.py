"""Marked texts of eval/blind-gloss29 (written by helper gloss29 after its rules were done).

Marks: {{written=>correction|category}}; make_gold.py writes docs/*.txt and gold.jsonl from them.
Conventions as eval/blind-mixed-24's: an editorial gloss is the whole bracket or the whole paragraph,
correction ""; an amount calque (составила) is subject and verb, its figure a gold of its own only
when the figure is itself an artifact (a decimal comma, "N thousand").
"""

TEXTS = {
"mt-01-ferry": """TOMSK, 29 May. A new passenger ferry began to run across the Ob between Tomsk and the village of Kozhevnikovo, {{informed the department of transport of the Tomsk region=>the Tomsk region's transport department said|calque}}.

The ferry takes 120 passengers and 14 cars. It was built at a shipyard in Novosibirsk over two winters. {{The cost of the vessel made up=>The vessel cost|calque}} {{38,4 million=>38.4 million|date-number}} roubles, two thirds of which came from the regional budget.

Until now the villagers crossed the river on an old barge that broke down twice last summer. "People waited on the bank for six hours with their children. Now the ferry will make eight trips a day," said captain Yuri Sedov.

{{(Kozhevnikovo is a district centre of about nine thousand people on the left bank of the Ob. — Note of the editorial office)=>|editorial-gloss}}

The ferry will work until the river freezes, usually at the end of October. A ticket costs 150 roubles, and pensioners of the district travel free of charge. Women make up more than half of the crew, the captain added with pride.
""",

"mt-02-honey": """UFA, {{7 august=>7 August|date-number}}. The annual honey fair opened on the central square of Ufa: beekeepers from 40 districts of Bashkiria brought more than 80 tonnes of honey.

The most expensive is the wild honey of the Burzyan bees, which live in hollow trees of the Shulgan-Tash reserve. {{The price of a litre jar makes up=>A litre jar costs|calque}} 4,500 roubles, five times more than that of ordinary flower honey.

"Buyers ask first of all about the linden honey. This year the linden bloomed late, but {{the bribe=>the honey flow|calque}} was good," said Ramil Gareev, a beekeeper from the Mishkino district.

{{Reference. The Burzyan bee is a local breed of the dark forest bee; it survives the Ural winters in hollows without the help of people and is protected by the law of the republic.=>|editorial-gloss}}

The fair will last until 31 August. Last year it was visited by {{210 thousand=>210,000|date-number}} people. For reference, the fair first opened in 1999 with twelve stalls.
""",

"mt-03-icetown": """YAKUTSK, {{30 december=>30 December|date-number}}. {{In Yakutsk opened an ice town=>An ice town opened in Yakutsk|calque}} with 40 figures of heroes of the Olonkho epic, slides and a maze.

The figures were cut from the ice of the Lena by sculptors from Yakutsk, Mirny and Neryungri in two weeks, at a frost of minus 45 degrees. {{The budget of the ice town made up=>The ice town cost|calque}} {{6,2 million=>6.2 million|date-number}} roubles.

{{(Note of the editors: Olonkho is the heroic epic of the Yakut people; UNESCO included it in its list of the intangible heritage of humanity in 2005.)=>|editorial-gloss}}

"Children come every evening, and the slides are the most popular. We pour water on them every morning," said Innokenty Alekseev, who runs the park.

The town will stand until the middle of March. Entrance is free, and in the evenings the figures are lit from inside with coloured lamps. Guides in fur coats tell visitors the story of the hero Nyurgun Bootur, and a small stage hosts concerts of the khomus, the Yakut jaw harp, on weekends. Entrance is free; {{the length of the longest slide makes up=>the longest slide is|calque}} 60 metres.
""",

"mt-04-tram": """SAMARA, {{14 june=>14 June|date-number}}. {{On the streets of Samara went out a retro tram of 1952=>A 1952 retro tram has returned to the streets of Samara|calque}}, restored by the workers of the tram depot.

The car stood for thirty years at the depot in the north of the city. The workers made anew the wooden seats and the brass handrails, and the motor was taken from a car of the seventies. The restoration took two years.

{{For reference: the first electric tram in Samara went in 1915; today the city has 16 tram routes and about 200 cars.=>|editorial-gloss}}

The retro tram will take passengers on Saturdays along route number 5 from the railway station to the embankment. A ticket costs 100 roubles, the same as for an ordinary tram.

"Grandfathers come with their grandchildren and tell them how they went to school on such a car," {{told the driver Olga Belyakova=>driver Olga Belyakova said|calque}}. The tram already made up for the years it stood idle: on the first weekend it carried 900 passengers.
""",

"mt-05-skijump": """PERM, 6 February. A renovated ski jump opened in Chusovoy: after two years of works it again receives competitions of the all-Russian level.

The jump got a new steel tower, a lift and artificial lighting. {{The investments into the reconstruction made up=>Investment in the reconstruction totalled|calque}} 410 million roubles{{ [the money came partly from the federal programme and a sponsor, a steel plant of the city — Comment of the editorial office]=>|editorial-gloss}}.

On the first day 60 young jumpers from five regions took part in the competitions. {{The best result showed the 15-year-old Artyom Zuev from Chusovoy=>The best result was shown by 15-year-old Artyom Zuev from Chusovoy|calque}}: his jump was 98 metres.

"For a boy of his age it is a very strong jump. Five years ago we had nowhere to train at home," said Nikolai Tarasov, head coach of the local sports school.

{{[The first ski jump appeared in Chusovoy in 1951; the town has raised several Olympians. — Note of the editorial office]=>|editorial-gloss}}

In March the jump will host the next stage of the national cup.
""",

"mt-06-sturgeon": """ASTRAKHAN, {{22 july=>22 July|date-number}}. Near Astrakhan, {{1,26 million=>1.26 million|date-number}} young Russian sturgeon were released into the Volga, grown at a fish hatchery of the region.

The young fish spent four months in the basins of the hatchery. Now they weigh about three grams each and can feed themselves in the river. {{The survival rate of the fry this season made up=>The survival rate of the fry this season was|calque}} 80 percent, higher than in previous years.

The release compensates the damage that the construction of a port terminal caused to the fish stocks. The damage was estimated at 12 million roubles.

{{Background. The Russian sturgeon is protected as an endangered species in Russia; fishing for it in the Caspian basin has been banned since 2005.=>|editorial-gloss}}

"Out of a thousand fry only a few will return to spawn, but without the hatcheries there would be none," said ichthyologist Marina Sokolova{{ (she has worked at the hatchery since 1998 — approx. ed.)=>|editorial-gloss}}.
""",

"mt-07-library": """KIROV, 9 October. {{In the village of Bogorodskoye of the Kirov region opened a model rural library=>A model rural library opened in the village of Bogorodskoye in the Kirov region|calque}} with computers, a reading room for teenagers and a corner of local history.

The library got new furniture, 2,000 new books and equipment for video conferences. {{The sum of the works made up=>The work cost|calque}} 5 million roubles.

"Before, the library was one room with old shelves. Now the children come after school and stay until evening," {{told the head of the library Tatyana Lyamina=>said the head of the library Tatyana Lyamina|calque}}.

The library also keeps the archive of the village newspaper from 1931 and the letters of villagers from the front. Volunteers are now scanning the letters so that relatives in other regions can read them online. On Saturdays a retired teacher runs a chess club for children in the reading room, and in winter the library plans evenings of local poetry.

{{Material prepared with the support of the Kirov regional culture ministry=>|editorial-gloss}}

{{More details – in the material of Vyatka Today=>|editorial-gloss}}
""",

"mt-08-marathon": """KAZAN, {{8 may=>8 May|date-number}}. {{The winner of the Kazan marathon became=>The Kazan marathon was won by|calque}} Ilya Zharkov from Cheboksary.

{{The winning time made up=>The winning time was|calque}} two hours and 14 minutes, one minute slower than the record of the route. Among the women the first was Aigul Nurieva from Naberezhnye Chelny.

The marathon drew {{12,8 thousand=>12,800|date-number}} runners from 40 regions of Russia and eight countries. The route went along the Kazanka embankment, past the Kremlin and the Kul Sharif mosque. Volunteers handed out water and bananas every five kilometres, and doctors watched the runners at twelve points along the way. The organisers closed the central streets from six in the morning until two in the afternoon.

{{(The Kazan marathon has been held since 2015 and is one of the largest in Russia. — Editor's note)=>|editorial-gloss}}

"The last ten kilometres were very hard because of the wind from the river," said Zharkov. {{The prize money of the winner made up=>The winner's prize money was|calque}} 500,000 roubles.
""",

"mt-09-bridge": """KALININGRAD, 26 September. {{In Kaliningrad began the construction of a pedestrian bridge across the Pregolya=>Construction of a pedestrian bridge across the Pregolya has begun in Kaliningrad|calque}} that will connect the Fishing Village with the island of Kant.

The bridge will be 150 metres long and will open in the middle for ships to pass. {{The cost of the construction will make up=>The construction will cost|calque}} {{1,08 billion=>1.08 billion|date-number}} roubles.

{{Reference
The island of Kant (Kneiphof) was the centre of old Königsberg; today there is a park with the cathedral where the philosopher Immanuel Kant is buried.=>|editorial-gloss}}

"Residents asked for this bridge for years: now, to get from the embankment to the cathedral, one must go around through the Honey Bridge," said Dmitry Sukhov, the project's architect.

The works must be finished by the end of 2027. The bridge will be lit at night, and its deck will be laid with larch boards that do not rot in the damp Baltic air. Cyclists will have to walk their bikes across. Reference books on the history of the city will be sold in a kiosk near the bridge.
""",

"mt-10-cheese": """TVER, 27 April. A cheese factory that will produce 600 tonnes of hard cheeses a year opened in the Kashin district of the Tver region.

{{The investments into the factory made up=>Investment in the factory totalled|calque}} {{1,37 billion=>1.37 billion|date-number}} roubles. The factory created 120 workplaces and will buy milk from eleven farms of the district. The farms signed contracts for five years, which lets them take bank loans for new cows and barns. A shop at the factory will sell fresh cheese and butter from the summer.

The factory's owner Sergei Morozov learned to make cheese in Switzerland and posted videos of the construction on Instagram{{ (the social network belongs to the company Meta, which is recognised as extremist and banned in Russia)=>|editorial-gloss}}.

"Our cheese ripens from three to twelve months. The first parmesan-type cheese will go on sale only next spring," he said.

{{Note of the editorial office. The Kashin district is known for its mineral waters and a distillery founded in the nineteenth century.=>|editorial-gloss}}

Cheese makes up a tenth of the district's food production.
""",

"neg-01-pier": """Editor's note: This article was updated on Wednesday with a response from the harbour trust.

The Victorian pier at Saltburn will reopen to walkers next month after an eight-month repair, the council said on Tuesday.

Storms last winter tore away part of the decking and damaged two of the cast-iron columns. Engineers replaced 40 metres of timber and strengthened the columns with steel sleeves. The repair cost roughly £1.4 million, paid largely from a government coastal fund.

For reference, the pier was last closed for this long in 2001, when a ship collided with its end.

Volunteers make up most of the staff at the small pier museum, which will reopen on the same day. "People have been asking every week when they can walk out to the end again," said Margaret Hughes, who chairs the friends' group.

Background checks on the contractor were completed before the work began, the council added. The harbour trust said it expected more than 200,000 visitors this summer.
""",

"neg-02-sturgeon": """MOSCOW (Reuters) - Russia released more than a million young sturgeon into the Volga this week as part of efforts to rebuild stocks that have collapsed over three decades of poaching and dam building, officials said.

Wild sturgeon once made up most of the Caspian catch, but their numbers have fallen by more than 90 percent since the 1990s, according to scientists. The fish, the source of black caviar, take up to 15 years to mature.

Hatcheries in the Astrakhan region raise the fry for several months before releasing them. Officials estimated the cost of this year's programme at 300 million roubles ($3.3 million).

"Only a small share survive to return, but without hatcheries the wild population would already be gone," Marina Sokolova, an ichthyologist at one of the hatcheries, told Reuters.

Russia banned commercial sturgeon fishing in the Caspian in 2005. Reference data on the catch are published by the fisheries agency each spring.

(Reporting by Anna Petrova; Editing by Mark Heinrich)
""",
}
