"""Marked texts of eval/blind-gloss26 (written by helper gloss26 after its rules were done).

Marks: {{written=>correction|category}}; make_gold.py writes docs/*.txt and gold.jsonl from them.
"""

TEXTS = {
"mt-01-lighthouse": """ARKHANGELSK, {{september 29=>September 29|date-number}}. The old lighthouse on Zhizhgin island in the White Sea has been restored, its lantern was lit again after a break of 27 years, {{reported in the committee for the protection of monuments of the region=>the regional committee for the protection of monuments reported|calque}}.

The wooden tower, built in 1913, was taken apart and assembled again by carpenters from Solovki. The restorers kept 80 percent of the old logs and replaced only the rotten ones in the lower tiers. The work cost {{46,5 million=>46.5 million|date-number}} roubles.

"The lighthouse is a symbol of the island. Without it the Pomors did not imagine their coast," said the head of the restoration workshop Pavel Kuzmin. {{He=>It|pronoun}} now shows the way to fishing boats again, although its light is weaker than the modern one.

The lighthouse keeper's house next to the tower will become a small museum. It will keep the logbooks of the keepers, a brass lamp of 1913 and photographs of the families who lived on the island until the 1960s, when the light was made automatic. Local schoolchildren helped to sort the old papers during the summer.

Tourists will be able to climb the tower from next summer, when the guest house for 12 people opens near it. The boat from Rabocheostrovsk goes to the island twice a week.

{{Photo provided by the press service of the regional committee for monuments=>|editorial-gloss}}

{{Author: Olga Sedova=>|editorial-gloss}}
""",

"mt-02-glassworks": """VLADIMIR, {{october 13=>October 13|date-number}}. The museum of crystal in Gus-Khrustalny opened a hall of Soviet glass of the 1960s. Visitors will see 340 vases, glasses and decanters, {{most part of which=>most of which|calque}} were made at the local plant.

The collection was gathered by the retired glassblower Viktor Sharov for forty years. "I bought the pieces at flea markets all over the country, {{many (vases) I found=>many [vases] I found|editorial-gloss}} in villages, where they stood in sideboards," he said.

The museum paid for the restoration of the hall with a grant of the regional government. The director of the museum Irina Belova noted that the number of visitors grew by a quarter in a year{{ — Vladimir Vedomosti=>|editorial-gloss}}.

The hall is arranged by decades: each case shows what a Soviet family could buy in a given year, with the price in old roubles on a small card. The most expensive item is a green decanter with a silver lid, which cost a month's wages of a teacher in 1964.

A master class for children {{(6+)=>|editorial-gloss}} will be held in the hall every Saturday: they will paint their own glass ball. The entrance ticket costs {{350 rub.=>350 roubles|date-number}}

{{(The material was prepared within the framework of the project "Golden Ring: People and Crafts" with the support of the Presidential Grants Fund.)=>|editorial-gloss}}

{{Text: Marina Lebedeva. Photo: Igor Zuev=>|editorial-gloss}}
""",

"mt-03-wintertrack": """YAKUTSK, {{5 december=>5 December|date-number}}. The ice crossing over the Lena between Yakutsk and Nizhny Bestyakh opened for cars weighing up to three tons, {{reports YSIA (Yakut news agency)=>reports YSIA|editorial-gloss}}.

The thickness of the ice near the banks reached 70 centimetres, in the middle of the Lena the ice is still thinner. Lorries will be allowed on the crossing when the ice grows to a metre, {{approximately in two weeks=>in about two weeks|calque}}.

Until the crossing opened, residents of the right bank crossed the river on hovercraft, a ticket cost {{1,55 thousand=>1,550|date-number}} roubles. {{It=>The hovercraft|pronoun}} will now stand in the port until spring.

Last winter the crossing worked for 96 days, and about 3,000 cars used it every day. Drivers are asked to keep a distance of at least 50 metres from each other and not to cross at night outside the marked lane.

Road workers check the ice every day with a georadar. The speed on the crossing is limited to 20 km per hour, stopping on the ice is prohibited.

{{The news has been supplemented.=>|editorial-gloss}}

{{Frame from the video of the Ministry of Transport of Yakutia=>|editorial-gloss}}
""",

"mt-04-puppets": """PETROZAVODSK, {{25 february=>25 February|date-number}}. The puppet theatre of Karelia will show the premiere of the play "The Tale of the Fisherman and the Fish" {{(0+)=>|editorial-gloss}} on Sunday. The puppets were made in the theatre's own workshop from birch and linen.

{{The director of the play became=>The play is directed by|calque}} Anna Kivi, who staged the tale in the Karelian language three years ago. "We wanted the children to hear the sea in this tale. {{The sound of waves we recorded=>We recorded the sound of waves|calque}} on Onega in November," she told the newspaper {{Kareliya Segodnya (Karelia Today)=>Kareliya Segodnya|editorial-gloss}}.

The music for the play was written by a young composer from Sortavala, and the actors sing four songs in Russian and two in Karelian. Children will be able to touch the puppets after each show and see how the fish moves its fins.

Tickets for the first four shows are sold out. The theatre will add two more shows in March.

The building of the theatre on Kirov square was repaired last year for {{98 million rubles=>98 million roubles|date-number}}. Since then the hall has 220 seats instead of 180.

{{Photo for illustration=>|editorial-gloss}}

{{Found a mistake? Select the text and press Ctrl+Enter.=>|editorial-gloss}}
""",

"mt-05-sleddogs": """PETROPAVLOVSK-KAMCHATSKY, {{22 march=>22 March|date-number}}. The dog sled race "Beringia" started in the village of Esso, 14 mushers from Kamchatka, Chukotka and Moscow region will cover more than 1,100 kilometres.

The route passes through the villages of the Koryak district, in each of them the participants will rest for a day. The first to reach the finish in Ossora will get a prize of {{1,7 million=>1.7 million|date-number}} roubles and a snowmobile.

{{The veterinarians examined each dog before the start=>Veterinarians examined each dog before the start|calque}}, two teams were not allowed because of injured paws. {{According to the chief veterinarian of the race, we check the dogs at every checkpoint=>According to the chief veterinarian of the race, the dogs are checked at every checkpoint|pronoun}}.

Each team has from 10 to 14 dogs, most of them are local northern huskies, which are smaller than Alaskan racing dogs but better at running in deep snow. Mushers carry food for the dogs and a sleeping bag, and spend some nights in the tundra.

The race has been held since 1990, it is the longest in Russia. Residents of the villages meet the mushers with songs and fish soup.

{{The photos were provided to the editorial office by the organizers of the race.=>|editorial-gloss}}

{{The opinion of the author may not coincide with the position of the editorial board.=>|editorial-gloss}}
""",

"mt-06-donors": """TOMSK, {{20 april=>20 April|date-number}}. More than 400 students of Tomsk universities donated blood on the Donor Day, {{informed the regional blood transfusion station=>the regional blood transfusion station said|calque}}. Together they gave about 180 litres.

The blood will go to the regional clinical hospital and the children's oncology centre, where the need for plasma is especially high in spring.

The mobile station worked for two days in the main building of the university. Each donor received a certificate, a chocolate bar and a day off, and the faculty with the most donors will get a cup.

"Students are our most reliable donors. {{This year we for the first time=>This year, for the first time, we|calque}} also took samples for the bone marrow register," said the head doctor of the station Elena Gromova. According to her, 70 students joined the register.

{{The action was supported by SOYUZ (Siberian youth union)=>The action was supported by SOYUZ|editorial-gloss}}, {{whose activists=>activists of which|pronoun}} helped with registration.

{{Implemented with the support of the Ministry of Health of the Tomsk region=>|editorial-gloss}}

{{Share your opinion in the comments: would you become a donor?=>|editorial-gloss}}
""",

"mt-07-orchard": """LIPETSK, {{23 october=>23 October|date-number}}. An apple orchard of 120 hectares was planted near the village of Kazinka, the agricultural holding invested {{1,3 billion=>1.3 billion|date-number}} roubles in it.

The saplings of six varieties were brought from a nursery in the Tambov region, among them the old Russian variety Antonovka and the winter variety Bogatyr. Workers planted about 3,000 trees a day, and the whole orchard was planted in five weeks.

The orchard is of the intensive type: the trees are planted densely on trellises and watered by drip. The first harvest is expected in three years, at full capacity the orchard will give 6 thousand tons of apples a year.

"Before, we bought apples in Poland and Serbia, now {{the Lipetsk apples=>Lipetsk apples|calque}} will be on the shelves," said the deputy governor Oleg Rudov. {{The storage for 10 thousand tons will be built=>A storage facility for 10,000 tons will be built|calque}} next to the orchard next year.

{{Seasonal workers for the harvest the holding plans to hire=>The holding plans to hire seasonal workers for the harvest|calque}} in the villages of the district. The company will also help the local school to plant a small orchard.

{{Photo: illustrative=>|editorial-gloss}}

{{The information is being updated.=>|editorial-gloss}}
""",

"mt-08-pipeline": """ORENBURG, {{7 june=>7 June|date-number}}. In the village of Krasnokholm in the Orenburg region a new water pipeline of 14 kilometres was put into operation, clean water came to 2,300 residents.

Before, the village took water from wells, in summer {{it=>the water|pronoun}} often ran out and had to be brought by truck. The new pipeline takes water from an underground source near the Ural river, and a treatment station removes iron from it.

The work was paid from the regional and federal budgets, the total cost was 312 million roubles. The contractor finished a month ahead of schedule, {{said the head of the district=>the head of the district said|calque}} Sergei Volkov{{ (by the way, the namesake of the famous skater — ed.)=>|editorial-gloss}}.

Residents of Krasnokholm say that for the first time in many years they can water their gardens in July without worrying about the well. The local school and the hospital were connected first.

Next year the same pipeline will be built in two more villages of the district.

{{On the rights of advertising=>|editorial-gloss}}

{{The material is published in partnership with the newspaper Orenburzhye.=>|editorial-gloss}}
""",

"neg-01-lifeboat": """A lifeboat crew in Cornwall rescued two kayakers who had been swept out to sea off Sennen Cove on Sunday afternoon.

The pair, both in their twenties, were spotted clinging to their overturned kayak about a mile offshore by a walker on the coast path, who raised the alarm at about 3pm.

The Sennen Cove all-weather lifeboat reached them within fifteen minutes. Both were cold but unhurt and were taken back to the harbour, where paramedics checked them over.

Coxswain Martin Pender said the sea had looked calm from the beach but a strong offshore wind had picked up during the afternoon. "They did the right thing by staying with the boat," he said. "It makes them far easier to find."

The RNLI urged anyone heading out on the water to carry a means of calling for help and to check the forecast before setting off.

Photograph: RNLI/Nigel Millard

This story has been updated with comments from the lifeboat station.

Let us know in the comments below if you have been out on the water this summer.
""",

"neg-02-museum": """MOSCOW (AP) — A museum in the Russian city of Yaroslavl has put on show a collection of more than 300 Soviet-era toys donated by a retired schoolteacher, who spent five decades gathering them.

Tin trucks, celluloid dolls and a clockwork rocket from the early 1960s fill six glass cases in the museum's new hall, which opened on Friday.

The collector, Nadezhda Orlova, 81, said she began buying the toys at flea markets after her own children had grown up. "Each of them was once someone's favorite," she told reporters.

The museum's director said attendance had risen by a quarter since the city began promoting the hall on social media. Admission is 300 rubles, about $3.

Russia has seen a surge of interest in Soviet nostalgia in recent years, with museums and cafes devoted to the period opening in several cities.

Photo courtesy of the Yaroslavl Museum-Reserve.

The views expressed in the comments are those of their authors.

(Reporting by Anna Kirova; editing by Mark Heinrich)
""",
}
