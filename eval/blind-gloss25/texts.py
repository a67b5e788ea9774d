"""Marked texts of eval/blind-gloss25 (written by helper gloss25 after its rules were done).

Marks: {{written=>correction|category}}; make_gold.py writes docs/*.txt and gold.jsonl from them.
"""

TEXTS = {
"mt-01-observatory": """IRKUTSK, {{17 march=>17 March|date-number}}. The solar observatory in the Tunka valley of Buryatia has received a new coronagraph, which will allow astronomers to observe the outer layers of the Sun even in daytime{{ (TASS)=>|editorial-gloss}}. The device was made at a plant in Lytkarino and delivered by rail in six containers.

The assembly will take about two months, {{informed in the institute of solar-terrestrial physics=>the Institute of Solar-Terrestrial Physics said|calque}}. The whole project cost {{1,7 billion=>1.7 billion|date-number}} roubles, most of the money came from the federal budget.

Nikolai Davydov, the head of the observatory, said the staff had waited for the instrument for seven years. {{It=>He|pronoun}} has worked in the valley since 1998 and remembers the first wooden towers. According to him, {{we finally get a device of the world level=>the observatory is finally getting a world-class instrument|pronoun}}.

The first observations are planned for the summer, when the sky over the valley is clear most nights. Students of Irkutsk university will take part in them, and the data will be open to colleagues from other countries.

{{In the valley already work=>Two other telescopes already work in the valley|calque}} two other telescopes, and a radioheliograph is being built next to them. Tourists can visit the observatory on Saturdays; the tour lasts {{1,5=>1.5|date-number}} hours and must be booked in advance.

{{Read also: In Buryatia, the first planetarium for schoolchildren opened=>|editorial-gloss}}
""",

"mt-02-trams": """ULYANOVSK, {{17 april=>17 April|date-number}}. {{/Corr. RIA Novosti/.=>|editorial-gloss}} Ten new low-floor trams have arrived in Ulyanovsk, they will start carrying passengers on the route to the Zasviyazhye district before the month is over, {{reported in the city hall=>the city hall reported|calque}}.

The cars were built in Ust-Katav and cost the city {{410 million rubles=>410 million roubles|date-number}}. Each of them takes up to 190 passengers and has a ramp for wheelchairs and prams. The drivers have already been trained on the test track of the depot. Every car has air conditioning, screens with the names of the stops and sockets for charging phones, which passengers had asked for in a survey last autumn.

"The old Czech cars have served forty years, and it is time for them to rest. {{We (the administration)=>We [the administration]|editorial-gloss}} will replace another twenty cars in the next two years," the mayor said.

Residents asked the city to keep at least one old tram for excursions. The depot agreed: {{it=>the car|pronoun}} will be painted in the colours of 1975 and will run on holidays.

The city also plans to repair {{14 kilometers=>14 kilometres|date-number}} of track this summer. {{For the period of works on Goncharov street=>While the track on Goncharov Street is repaired|calque}} the trams will be replaced by buses.

{{Subscribe to our channel in Telegram and VKontakte=>|editorial-gloss}}
""",

"mt-03-honey": """UFA, {{30 august=>30 August|date-number}}. The honey fair in the centre of Ufa drew more than 300 beekeepers from {{all districts of the republic=>every district of the republic|calque}}, {{informed the press service of the agrarian ministry of the republic=>the Bashkir agriculture ministry's press service said|calque}}. Buyers can taste lime, buckwheat and wild honey from the Burzyan forest.

The wild honey of the Burzyan bee is collected by the old method: the hives are cut in the trunks of living trees (bort{{ - approx. transl.=>|editorial-gloss}}). A kilogram costs from 4 thousand roubles, and the stock usually sells out on the first day.

Last year the beekeepers of the republic produced {{5,8 thousand tons=>5,800 tonnes|date-number}} of honey. This year the harvest will be smaller because of the rainy June, the organisers said.

Rinat Gabdullin came to the fair from the Abzelilovsky district. {{Her=>His|pronoun}} family has kept bees for four generations. "I bring only what my own bees made. People know me and come back every year," the beekeeper said.

Young beekeepers from the agricultural college sell their first honey at a separate stall, and a master class on making wax candles is held every two hours. The fair will last until Sunday. Entry is free, and on Saturday evening there will be a concert of folk music on the square.

{{Source: Interfax=>|editorial-gloss}}
""",

"mt-04-searchers": """TVER, {{12 november=>12 November|date-number}}. Volunteers of the search detachment found an elderly woman who had got lost in the forest near the village of Kushalino, she spent two nights in the cold, {{reported in the detachment=>the detachment reported|calque}}. The woman is in hospital, her life is not in danger.

More than 80 people took part in the search. The coordinators sent the maps to the volunteers through a chat on Instagram{{*=>|editorial-gloss}}, and the photos of the woman were spread by users of the network.

"We found her thanks to a dog of our handler. The dog picked up the trail on the second day," said the coordinator of the search Olga Smirnova. {{According to her, we need more volunteers with cars=>According to her, the detachment needs more volunteers with cars|pronoun}}.

The detachment works in Tver region since 2013. Last year {{it's volunteers=>its volunteers|punctuation}} took part in 640 searches and found alive more than 500 people.

Last autumn the detachment opened a school for new volunteers, where doctors and rescuers teach first aid and orienteering. The police ask residents who go to the forest to take a charged phone and to tell relatives the route.

{{*Meta is recognized as an extremist organization, its activities are prohibited in the Russian Federation.=>|editorial-gloss}}

{{The activities of Meta Platforms Inc. are recognized as extremist and banned in Russia.=>|editorial-gloss}}

{{© Tverskaya Zhizn=>|editorial-gloss}}
""",

"mt-05-leopards": """PENZA, {{27 june=>27 June|date-number}}. Two snow leopard cubs were born in the Penza zoo, this is the first offspring of this species in {{the history of the zoo=>the zoo's history|calque}}{{ (Penza-Press)=>|editorial-gloss}}. The cubs are a male and a female, they were born at the end of May, but the keepers waited a month before announcing it.

The parents came to Penza in 2022 from Novosibirsk. The mother {{feeds with milk=>is nursing|calque}} the cubs and does not let anyone come near them, so visitors will see them only in August, {{told the director of the zoo Alexei Kolpakov=>the zoo's director Alexei Kolpakov said|calque}}.

The snow leopard is a protected species: in the wild there are fewer than a hundred of them in the country. {{He=>It|pronoun}} lives high in the mountains of Altai and Tuva.

The zoo will announce a vote for the names of the cubs on its page in {{vkontakte=>VKontakte|name-casing}}. Last year residents named a young bear Medok in the same way. The keepers say the cubs already weigh about four kilograms each and have started to play with their mother's tail. In the autumn the zoo will move the family to a new enclosure with rocks and a pool, which is being built now.

{{Photo: penzainform.ru=>|editorial-gloss}}

{{Materials on the topic=>|editorial-gloss}}
""",

"mt-06-chess": """KHANTY-MANSIYSK, {{9 january=>9 January|date-number}}. The children's chess festival in Khanty-Mansiysk gathered 420 players from twelve regions, the youngest of them is five years old, {{writes the newspaper "Novosti Yugry"=>the newspaper Novosti Yugry reports|calque}}{{ (News of Yugra)=>|editorial-gloss}}.

The games are played in the chess academy, which opened in 2010 for the Chess Olympiad. {{On the festival=>At the festival|calque}} there are rapid and blitz tournaments and a simultaneous display by a grandmaster.

The trainer Dmitry Ivanov brought eight pupils from Surgut. "The children play not for the prizes but for the rating. For many of them this is the first big tournament," he said. The festival ends on Sunday with a prize-giving ceremony. The winners in each age group will receive wooden chess sets made by craftsmen from a village near Beryozovo and invitations to a training camp in the summer. Parents can watch the games on screens in the hall of the academy.

The organisers spent {{3,4 million=>3.4 million|date-number}} roubles on the festival. The money was given by the regional government and by two oil companies.

{{The fund "Open Dialogue", which helped the academy in 2015, is included in the register of foreign agents.=>|editorial-gloss}} The organisers did not comment on it.

{{Read more: How the chess academy of Yugra trains champions=>|editorial-gloss}}

{{Follow the news in our Telegram channel=>|editorial-gloss}}
""",

"neg-01-tramways": """Sheffield's Supertram network will get eight new trams next year after the city region secured funding from the Department for Transport, officials said on Tuesday.

The new vehicles, built in Spain, will replace the oldest of the fleet, which entered service in 1994. The South Yorkshire mayor said the order was "the biggest investment in the network since it opened".

Passenger numbers on the system have recovered to about 90% of their pre-pandemic level, according to figures published by the operator. Fares will be frozen until the end of March.

Campaigners welcomed the announcement but said services to Halfway and Herdings Park were still too infrequent. "It's good news, but people out there have waited years for a decent evening timetable," said one.

Work on the track at Cricket Inn Road will close part of the line for three weeks in the summer, with replacement buses running every ten minutes.

The trams will be tested at the depot in Nunnery before they carry passengers. Drivers will be trained over the winter. The council says the new trams will use about a fifth less electricity than the ones they replace, and will have more room for wheelchairs and bicycles.

Read more: How Sheffield's trams came back from the brink

Reporting by Helen Carter; Editing by Mark Davies
""",

"neg-02-instagram": """MOSCOW (AP) — A court in Moscow on Thursday fined a popular blogger for posts on Instagram, which Russia banned in 2022 after designating its owner, Meta, an "extremist" organization.

The blogger, who has more than a million followers, was ordered to pay 50,000 rubles ($560). Her lawyer said she would appeal, the state news agency Tass reported.

Instagram is banned in Russia, but millions of people still use it through VPN services. Officials have warned that advertising on the platform can be treated as financing extremism.

Meta was added to a government list of "terrorist and extremist" organizations in October 2022. The company has said it does not comment on the Russian rulings.

The case is the latest in a series against public figures who kept posting on Western platforms after the invasion of Ukraine. Several have left the country. Others have stopped posting or moved their audiences to Telegram and VKontakte, which remain legal in Russia.

The independent outlet Meduza, which Russia has declared an "undesirable" organization, said at least 40 such cases had reached the courts this year.

Subscribe to our newsletter for the week's top stories from Europe.

Associated Press writer Dasha Litvinova contributed to this report.
""",
}
