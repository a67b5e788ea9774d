"""The marked texts of eval/blind-gnp30 ({{written=>correction|category}}); make_gold.py writes the docs and the gold.

Invented Russian regional news as MT renders it (people, firms and figures invented; towns and
regions real), written by gnp30 after its mechanism was done, plus human-style controls (neg-*).
"""

TEXTS = {
"mt-01-bakery": """KOTLAS, {{14 march=>14 March|date-number}}{{ /IA Dvina-Inform/=>|editorial-gloss}}. A new bakery has opened in Kotlas in the building of the former dairy plant. The owner of the enterprise, {{IP=>sole trader|untranslated}} Anna Zhuravleva, invested in the project {{6,4 million=>6.4 million|date-number}} roubles; a third of this sum is a grant from {{the fund of support of entrepreneurs of Pomorye=>the Pomorye business support fund|calque}}.

The bakery bakes about {{1,2=>1.2|date-number}} tonnes of bread a day and supplies {{it=>it|pronoun}} to shops in Kotlas and Koryazhma. {{The main product — rye bread baked to a recipe from the 1950s, which the owner found in the archive of the town museum=>The main product is rye bread baked to a recipe from the 1950s|punctuation}}.

"We wanted to return to people the taste of the bread of their childhood. The old ovens could not be saved, so we bought new ones in Belarus," said Zhuravleva.

{{On the bakery=>At the bakery|calque}} work fourteen people. In summer the owner plans to open a shop at the railway station and to start making gingerbread.

{{Photo: press service of the Kotlas district administration=>|editorial-gloss}}
""",

"mt-02-icefishing": """YAKUTSK, {{2 february=>2 February|date-number}}{{ — IA SakhaNews=>|editorial-gloss}}. Rescuers of Yakutia took from a drifting ice floe on the Lena eleven fishermen, {{informs the press service of the regional MChS=>the regional emergencies ministry said|calque}}.

The floe with the people broke away from the shore near the village of Kangalassy on Saturday afternoon. Its size was about 300 by 150 metres. The fishermen were taken off by a hovercraft in {{two and a half hours=>two and a half hours|calque}}. Nobody was injured, but two men were examined by doctors for hypothermia.

{{The thickness of ice at the bank — only 18 centimetres=>The ice at the bank is only 18 centimetres thick|punctuation}}, while at least 25 centimetres are needed to go out on foot safely, rescuers remind. Over the winter the temperature of the air in January was on {{4,6=>4.6|date-number}} degrees higher than the norm.

The fishermen were fined {{for 3 thousand roubles=>3,000 roubles|date-number}} each. According to the inspector of the GIMS Pavel Nikiforov, {{he=>it|pronoun}} is the third such case on the Lena this winter.

{{Video: Yakutia emergencies ministry / Telegram=>|editorial-gloss}}
""",

"mt-03-cheese": """A family cheese dairy in the Pskov region has doubled its output over the year. Last year the farm produced {{8,5=>8.5|date-number}} tonnes of cheese, {{writes the newspaper Pskovskaya Pravda=>the newspaper Pskovskaya Pravda reports|calque}}.

The farm belongs to {{KFKh=>the peasant farm|untranslated}} of Sergei and Olga Vorontsov, which keeps 60 cows of the Holstein breed. The milk yield per cow reached {{24,7=>24.7|date-number}} litres a day.

{{The secret of the cheese — in the milk of the cows which graze on water meadows along the Velikaya=>The secret of the cheese is the milk of cows that graze on the water meadows along the Velikaya|punctuation}}, Olga Vorontsova believes. The cheese ripens from two to eight months in a cellar dug under the old barn.

The cheese of the family is sold in Pskov and Saint Petersburg. A kilogram of the aged cheese costs 1,450 roubles. The farm has received a grant of 3 million roubles from the regional ministry of agriculture and will build a second cellar by autumn.

{{(The Vorontsovs moved to the village from Moscow in 2016. — Note of the editorial office)=>|editorial-gloss}}

{{Photo: personal archive of the Vorontsov family=>|editorial-gloss}}
""",

"mt-04-tram": """SAMARA, {{11 october=>11 October|date-number}} /Information agency "Volga Business"/. In Samara the first of the 12 new trams purchased by the city under the federal programme has gone on route No. 5.

{{The tram — low-floor, with air conditioning and USB sockets=>The tram is low-floor, with air conditioning and USB sockets|punctuation}}. It takes up to 190 passengers. The cost of one car was {{62,3 mln=>62.3 million|date-number}} roubles.

The cars were assembled at the plant in Ust-Katav. The rest will arrive in the city by the end of the year, {{informed in the department of transport of the administration=>the city administration's transport department said|calque}}.

The tram network of Samara was opened in 1915. Today {{it=>it|pronoun}} includes 16 routes, and the average age of the cars is 31 years. The repair of the depot on Ventseka Street will cost another {{140 mln=>140 million|date-number}} roubles. The city also plans to lay two kilometres of new track to the railway station by 2027.

Passengers have already praised the quiet ride. "It's warm and it does not shake," said one of them, pensioner Lyudmila Sorokina. {{She=>She|pronoun}} has lived in the Kirovsky district for forty years and rides the tram to the market every morning.
""",

"mt-05-museum": """{{In Vyshny Volochyok after restoration reopened the museum of the local glass works=>The museum of the local glass works in Vyshny Volochyok has reopened after restoration|calque}}. The restoration took three years and cost {{48,6=>48.6|date-number}} million roubles, {{reports the Tver regional ministry of culture=>the Tver regional culture ministry said|calque}}.

The collection counts about {{4,5 thousand items=>4,500 items|date-number}}. {{The most valuable exhibit — a crystal vase of 1896, made for the coronation of Nicholas II=>The most valuable exhibit is a crystal vase of 1896, made for the coronation of Nicholas II|punctuation}}.

The exhibition was prepared together with {{ANO=>the non-profit organisation|untranslated}} "Glass Heritage". The museum now also has a workshop where visitors can watch a glassblower at work. It is open from Wednesday to Sunday, a ticket costs 250 roubles, {{for pensioners — 150=>150 for pensioners|punctuation}}.

The director of the museum Irina Kolosova said that in the first week the museum was visited by 1,200 people, many of them former workers of the glass works and their children. "We hope that the glass works will again become a symbol of the town," she added.

{{Read also: In Torzhok the gold embroidery museum opened a new hall=>|editorial-gloss}}

{{Photo: Tver regional culture ministry / VK=>|editorial-gloss}}
""",

"mt-06-landfill": """The court in Kirov ordered {{OOO=>LLC|untranslated}} Ecoline to close the landfill near the village of Chistye Prudy, {{informs the supervisory agency of the region=>the regional prosecutor's office said|calque}}.

Residents complained about the smell for two years. Checks found that the content of hydrogen sulphide in the air near the landfill exceeded the norm in {{2,3=>2.3|date-number}} times. {{The company — the only operator of the landfill in the district=>The company is the only operator of a landfill in the district|punctuation}}, so the waste will now be taken to the new complex in Slobodskoy.

The company must pay a fine of 400,000 roubles and, within six months, cover the old part of the landfill with soil and plant grass on it. Its lawyer said that {{she=>it|pronoun}} will appeal the decision.

Scientists of Vyatka State University measured the soil near the landfill: the content of lead was {{0,45=>0.45|date-number}} milligrams per kilogram. {{In the village live about 900 people=>About 900 people live in the village|calque}}.

{{Subscribe to our channel in MAX so as not to miss the news of the region=>|editorial-gloss}}
""",

"mt-07-festival": """BLAGOVESHCHENSK, {{20 august=>20 August|date-number}}.{{ /Corr. IA AmurMedia/.=>|editorial-gloss}} On the embankment of the Amur the festival of street theatres ended. It gathered 23 troupes from Russia and China, {{the audience — about 40 thousand people=>the audience numbered about 40,000 people|punctuation}}.

The winner — a troupe from Harbin — received the main prize, 300,000 roubles. The Chinese actors showed a performance on stilts about the legend of the Amur dragon, and the evening show of fire on the water drew the largest crowd of the week. {{Second place took the theatre "Gorod" from Khabarovsk=>The Gorod theatre from Khabarovsk took second place|calque}}.

"{{For us this festival — a bridge between the two banks=>For us this festival is a bridge between the two banks|punctuation}}," said the director of the festival Yelena Kim.

The festival {{is held since 2019=>has been held since 2019|calque}}. The budget this year was {{12,5=>12.5|date-number}} million roubles, half of which was given by sponsors. {{On the next year=>Next year|calque}} the organisers plan to invite troupes from Mongolia and Japan. The mayor's office has promised a permanent open-air stage on the embankment by then.

{{Photo: AmurMedia=>|editorial-gloss}}
""",

"mt-08-honey": """Beekeepers of Bashkiria have collected this year {{17,8=>17.8|date-number}} thousand tonnes of honey, {{which is on 6% more=>6% more|date-number}} than a year earlier, {{informed in the agrarian ministry of Bashkiria=>Bashkiria's agriculture ministry said|calque}}.

The largest apiaries are in the Burzyansky and Baymaksky districts. {{The average yield from one hive — 31 kilograms=>The average yield per hive was 31 kilograms|punctuation}}, in good years it reaches 40.

Prices for honey in the markets of Ufa kept at last year's level: a kilogram of lime honey costs from 700 to 900 roubles, buckwheat honey from 600. The export of honey to China over the year rose in {{1,5=>1.5|date-number}} times.

{{SNT=>The gardening partnership|untranslated}} "Pchelka" near Ufa this year for the first time held a honey fair on its own territory. About 2,000 people came. The partnership plans to make the fair an annual event and to invite beekeepers from Tatarstan and the Orenburg region.

Beekeeper Rinat Galiev, who keeps 120 hives, complained about the weather: "The summer was rainy, the bees sat in the hives for half of July."

{{Source: official website of the government of Bashkortostan=>|editorial-gloss}}
""",

"neg-01-energy": """Eurozone inflation eased to 2.4% in November, the lowest in three months, as energy prices fell, according to a flash estimate from Eurostat published on Friday.

Core inflation, which strips out food and fuel, held at 2.7%. Economists polled before the release had expected a reading of 2.5% for the headline rate.

The European Central Bank meets next week and is widely expected to leave its deposit rate at 2%. Policymakers have said they want to see services inflation – the stubborn part of the basket – fall further before they cut again.

In Germany, prices rose 2.2% from a year earlier. France saw inflation of 1.1%, while Spain, where electricity bills jumped after a cold spell, reported 3.0%.

"The picture is mixed – but it is broadly moving in the right direction," said Maria Lindqvist, an economist at a Stockholm bank.

Unemployment in the bloc stayed at a record low of 6.3%. Analysts say a tight labour market keeps wage growth high, which could slow the decline in services prices. Tables 3,4 and 7 of the statistical annex give the figures for each member state.

Photo: Ivan Belov/Reuters
""",

"neg-02-river": """KAZAN (Reuters) - A barge carrying fertiliser ran aground on the Volga near Kazan on Tuesday, blocking traffic on one of Russia's busiest inland waterways for several hours, the regional transport prosecutor said.

The vessel, operated by a river shipping company based in Nizhny Novgorod, was refloated by two tugboats in the evening. No leak was found, officials said.

Water levels on the upper Volga have fallen sharply this autumn after a dry summer. The river's depth near the Kazan port – usually above four metres at this time of year – dropped to 3.1 metres last week, according to the federal waterways agency.

The shipping company's owner, a businessman who trades as a sole proprietor, said the captain had followed the marked channel. Investigators are checking whether the IP addresses of the vessel's tracking system were switched off before the accident.

Traffic resumed at 9 p.m. local time. Some 40 vessels had queued on both sides of the stranded barge, the port authority said.

Photo: Volga shipping authority via Reuters
""",
}
