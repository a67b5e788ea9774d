"""Marked texts of eval/blind-genitive25 (written by helper genitive25 after its rules were done).

Marks: {{written=>correction|category}}; make_gold.py writes docs/*.txt and gold.jsonl from them.
"""

TEXTS = {
"mt-01-cableferry": """VOLOGDA, {{17 april=>17 April|date-number}}. The cable ferry across the Sukhona near the village of Opoki will resume work after the ice drift, {{informed in the department of roads and transport of the region=>the regional roads and transport department said|calque}}. The crossing links four villages with the district centre.

The ferry was built in 1987. Last autumn {{she=>it|pronoun}} was lifted onto the bank, and over the winter the mechanics replaced the winch and the steel cable. The repair cost {{2,9 million=>2.9 million|date-number}} roubles and was financed by {{the fund of development of rural territories of the Vologda region=>the Vologda Region Rural Development Fund|calque}}. The fund earlier paid for two pontoon bridges on the Yug river.

The ferryman Nikolai Ushakov has worked on the crossing for eleven years. {{It=>He|pronoun}} says that in May the river rises by three metres, and the ferry stops for about a week. According to Ushakov, {{we carry up to forty cars a day in summer, and at haymaking even more=>the ferry carries up to forty cars a day in summer, and at haymaking even more|pronoun}}.

Residents had asked for a bridge, but the regional government answered that a bridge would cost more than the whole district budget. Instead, {{the programme of maintenance of ferry crossings=>the ferry crossing maintenance programme|calque}} was extended until 2028.

The schedule of the ferry is posted on the district administration's {{vkontakte=>VKontakte|name-casing}} page. The first trip leaves at six in the morning, the last at ten in the evening, and the fare for a car is 150 roubles. Schoolchildren and pensioners cross free of charge, and the ambulance crosses out of turn at any hour.
""",

"mt-02-chessboards": """SARANSK, {{3 february=>3 February|date-number}}. Forty new chess sets and twelve digital clocks were handed over to the chess club of the village of Ardatovo{{ — Izvestia Mordovii=>|editorial-gloss}}. The gift was made by {{the centre of support of children's initiatives=>the children's initiative support centre|calque}} of Mordovia.

The club opened in 1962 in the building of the former school. Today it is attended by 35 children from six to sixteen years old. The youngest player is a first-grader who learned to play from his grandfather.

The coach of the club, Valentina Kiryushkina, said that the old boards were glued together with tape. {{It=>She|pronoun}} has taught chess in the village for 27 years, and three of her pupils have become candidate masters.

In March the children will go to Saransk {{on the tournament of memory of the teacher=>to the tournament in memory of the teacher|calque}} Alexei Parshin, who founded the club. Last year the Ardatovo team took third place there among 18 teams.

The club also received a projector for analysing games. The sets and the projector cost {{87 thousand=>87,000|date-number}} roubles together. {{On it=>On it|pronoun}} the coach shows famous matches of the past, {{told Kiryushkina=>Kiryushkina said|calque}}. The children like the games of Mikhail Tal best.

The chess club will celebrate its anniversary in the autumn with a simultaneous exhibition, in which a grandmaster from Kazan has promised to play against {{50=>50|date-number}} boards at once. The head of the district said the club will also get a new floor and windows by September.
""",

"mt-03-felting": """NIZHNY NOVGOROD, {{12 november=>12 November|date-number}}. A family felt-boot workshop in the village of Semyonov won a grant of {{740 thousand=>740,000|date-number}} roubles allocated by {{the district fund of support of small and medium business=>the district small and medium business support fund|calque}}, {{reports the portal NN.ru=>the portal NN.ru reports|calque}}.

Irina and Oleg Vasin opened the workshop in 2019. At first they rolled felt boots by hand in a garage, now the workshop occupies a former dairy and employs seven people. In a month the workshop produces about {{2,1 thousand=>2,100|date-number}} pairs.

With the grant the Vasins will buy a new drying chamber. {{She=>It|pronoun}} {{will allow to dry=>will make it possible to dry|calque}} the boots in one day instead of three, explained Irina Vasina. According to her, {{we cannot keep up with orders from October to February=>the workshop cannot keep up with orders from October to February|pronoun}}.

The felt boots are sold at fairs and online, and the most popular are white boots with embroidery. Last year the workshop won {{the competition of professional skill=>the professional skills contest|calque}} among craftsmen of the region.

The Vasins want to open a small museum of felt boots at the workshop. The exhibition will tell how wool is washed, combed and rolled, and visitors will be able to roll a small toy boot themselves. The project was supported by {{the department of development of tourism of the district administration=>the district administration's tourism development department|calque}}.

In the centre of the town a new shop of the workshop will open before the New Year holidays, the spouses said.
""",

"mt-04-rangers": """YAKUTSK, {{9 january=>9 January|date-number}}. Forest rangers of the Olekminsky reserve received four new snowmobiles, {{informed in the ministry of ecology of Yakutia=>the Yakutian ecology ministry said|calque}}. The machines will be used for winter raids against poachers.

The area of the reserve is {{847 thousand=>847,000|date-number}} hectares, and in winter most of it can be reached only on snowmobiles. The old machines were bought in 2009 and broke down every week.

The raids are carried out by groups of three people. Last winter the rangers found twelve snares for sable and detained two poachers. The inspector Semyon Fyodorov has worked in the reserve for 15 years. {{It=>He|pronoun}} knows every winter road along the Olekma river.

The snowmobiles were bought under {{the programme of protection of rare species of animals=>the rare animal species protection programme|calque}}. The programme also paid for ten camera traps, which have already photographed a lynx and {{a wolverine with her cubs=>a wolverine with her cubs|pronoun}}.

Fyodorov said that {{in the frosts below minus fifty we do not go out at all=>in frosts below minus fifty the rangers do not go out at all|pronoun}}. The engines of the new machines start at minus forty-five, and each has a heated seat and a winch.

In the spring the reserve will hold {{the day of protection of forests from fires=>the forest fire prevention day|calque}} for pupils of the nearby villages. The head of the reserve said the rangers will also teach the children to read animal tracks.
""",

"mt-05-organhall": """KALININGRAD, {{13 september=>13 September|date-number}}. The organ hall in the former cathedral of the city of Sovetsk reopened after a restoration, {{told the director of the regional philharmonic Olga Baranova=>said Olga Baranova, director of the regional philharmonic|calque}}. The first concert was given by organists from Riga and Gdansk.

The organ was built in 1907 by a German master. After the war {{he=>it|pronoun}} stood silent for sixty years, and many pipes were lost. The restoration lasted four years and cost {{31,5 million=>31.5 million|date-number}} roubles.

The work was paid for by {{the fund of preservation of cultural heritage=>the cultural heritage preservation fund|calque}} and by the regional budget. Masters from Pskov made 600 new pipes from an alloy of tin and lead.

The hall seats 240 listeners. All tickets for September sold out within two days, Baranova said. {{It=>She|pronoun}} plans to invite organists from Germany and Poland next year.

The hall will also host {{the festival of children's creativity=>the children's arts festival|calque}} in December. Pupils of the music school will play on the organ for the first time. The school's director said that {{we waited for this day for many years=>the school had waited for this day for many years|pronoun}}.

The Ministry of Culture of Russia sent a letter of thanks to the restorers. The cathedral itself still needs a new roof, and its restoration will begin after the tourist season, when fewer visitors come to the town.
""",

"mt-06-seedbank": """BARNAUL, {{4 march=>4 March|date-number}}. The botanical garden of the Altai university has collected seeds of 312 rare plants of the region for its seed bank{{ — Altapress=>|editorial-gloss}}. The seeds are kept in freezers at minus twenty degrees.

The bank was created in 2016 on the basis of {{the laboratory of conservation of biological diversity=>the biodiversity conservation laboratory|calque}}. Every summer expeditions travel to the mountains to collect seeds of plants that grow only in the Altai.

The head of the laboratory Anna Shmakova said that {{every tenth species in the bank=>one species in ten in the bank|calque}} is listed in the Red Book. {{It=>She|pronoun}} has led expeditions for nine years. According to Shmakova, {{we sometimes walk forty kilometres to find a single plant=>the botanists sometimes walk forty kilometres to find a single plant|pronoun}}.

Seeds from the bank have already been used to restore a population of Altai rhubarb on a slope near the village of Chemal. Last year {{about 2 thousand=>about 2,000|date-number}} seedlings were planted there.

Now the garden has joined {{the programme of study of flora of Siberia=>the Siberian flora study programme|calque}}, together with gardens of Novosibirsk and Tomsk. The scientists will exchange seeds and data.

The garden is open for visitors from May to October. The greenhouse holds a collection of cacti, and a path through the arboretum leads down to the river. Entry for students is free, and on Saturdays the botanists lead free walks for families and show how seeds are dried, cleaned and sealed in glass jars before they go into the freezer.
""",

"mt-07-regatta": """KOSTROMA, {{13 july=>13 July|date-number}}. A rowing regatta for veterans took place on the Volga in Kostroma, in which 140 rowers from 19 regions took part, {{reported in the federation of rowing of the region=>the regional rowing federation reported|calque}}. The oldest participant was 81 years old.

The races were held on a two-kilometre course near the embankment. The weather was calm, and the water temperature was {{22,5=>22.5|date-number}} degrees.

The absolute winner in the single sculls was a former member of the national team from Yaroslavl, Yuri Semenov. {{It=>He|pronoun}} won the Soviet championship in 1978 and still trains five times a week.

The regatta was organised together with {{the centre of development of water sports=>the water sports development centre|calque}} of Kostroma. The centre has restored the old boathouse on the riverbank, where boats can now be stored in winter.

{{In the nomination of mixed crews=>In the mixed crews category|calque}} the first place was taken by a team from Nizhny Novgorod. Their boat was built in 1985 and was repaired specially for the regatta.

The organisers plan to make the regatta annual. According to the head of the federation Pavel Lebedev, {{we want to bring rowers from Belarus and Kazakhstan next summer=>the federation wants to bring rowers from Belarus and Kazakhstan next summer|pronoun}}. The city administration has promised to build a new pier before the next season.

Spectators watched the finals from the embankment, where a brass band played between the races. Many of the rowers came with their grandchildren, and the youngest spectators were allowed to sit in a racing boat tied to the pier and to try the oars while their grandparents changed.
""",

"neg-01-ferries": """Ferry operators on Scotland's west coast have warned that ageing vessels could leave island communities cut off this summer, after two boats were withdrawn for repairs in the same week.

The Department of Transport said on Tuesday that a programme of repairs to harbour ramps would go ahead as planned, and that a relief vessel had been chartered from a Norwegian operator. The relief boat is smaller and cannot carry lorries, which means deliveries to the islands of Coll and Tiree will be cut to three a week.

"We know how frustrating this is for people who depend on these services," a spokesman for the operator said. "Our engineers are working around the clock to get both vessels back into service."

Islanders have long complained about the fleet. Half of the ferries on the network are more than 30 years old, and the two new vessels ordered in 2015 are still not in service. The Scottish Parliament's transport committee has called for an inquiry into the delays, and the Centre for the Study of Island Economies estimates that each week of cancellations costs local businesses about £200,000.

The shortage has also hit tourism. Hotels on Mull said bookings for June were down by a quarter, and the organisers of the island's music festival are considering moving it to September.

The government has promised a long-term plan for the network, including a fund for the replacement of small vessels, by the end of the year. Critics say the plan comes too late for this season, and that islanders will again pay the price for decisions taken on the mainland.
""",

"neg-02-heritage": """A Victorian pumping station in the Midlands has reopened as a museum after a five-year restoration that cost £4.2 million.

The building, which once supplied water to 60,000 homes, was saved from demolition in the 1990s by a group of local volunteers. The National Lottery Heritage Fund paid for most of the work, and the rest came from the county council and a public appeal.

Visitors can now see the two beam engines working on steam days, which will be held on the first Sunday of every month. The engines were built in 1876 and each weighs more than 100 tonnes.

"When we started, the roof was open to the sky and pigeons were nesting in the engine house," said the chairman of the trust that runs the site. "It has taken a huge amount of work from hundreds of people to get here."

The restoration was guided by the Society for the Protection of Ancient Buildings, which advised on the brickwork and the cast-iron columns. A new café and education room have been built in the old coal store, and the trust plans a programme of talks and school visits for the autumn.

The museum is one of several industrial sites in the region that have reopened in recent years. A survey by the Institute of Historic Building Conservation found that visits to such sites have doubled in a decade, driven by families and school groups. The trust hopes to welcome 20,000 visitors in its first year, and says the income will pay for the upkeep of the engines.
""",
}
