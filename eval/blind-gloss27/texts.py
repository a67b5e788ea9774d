"""Marked texts of eval/blind-gloss27 (written by helper gloss27 after its rules were done).

Marks: {{written=>correction|category}}; make_gold.py writes docs/*.txt and gold.jsonl from them.
A wire dateline's outlet ("CITY, date — OUTLET.") is left unmarked, as every eval set but one leaves it.
"""

TEXTS = {
"mt-01-birchsap": """UFA, {{april 9=>April 9|date-number}}. The first cooperative of birch sap collectors opened in the Beloretsk district of Bashkiria, {{informed in the forest committee of Bashkiria=>Bashkiria's forest committee said|calque}}.

Fourteen families who tap birches in the spring forest united to sell the sap under one brand. Until now each family sold it in plastic bottles at the roadside, and buyers did not know how old it was. The cooperative will pasteurize the sap in a small workshop and pour it into glass bottles with a date.

"The birch gives sap only two or three weeks a year, and one tree gives {{4,5=>4.5|date-number}} litres a day at most. {{We (the collectors)=>We [the collectors]|editorial-gloss}} cannot compete on the volume, only on the freshness," said the chairman of the cooperative Rinat Yusupov.

The cooperative received {{2,35 million=>2.35 million|date-number}} rubles for the workshop from the republic's programme for rural business{{ — Bashinform-Media=>|editorial-gloss}}. The first lot will go on sale in the shops of Beloretsk and Magnitogorsk at the end of April.

{{Photo: from the personal archive of Rinat Yusupov=>|editorial-gloss}}

{{Related materials:=>|editorial-gloss}}
In Bashkiria, foresters counted the birch groves of the republic
""",

"mt-02-pier": """YAROSLAVL, {{june 4=>June 4|date-number}} — Yarcenter. A new passenger pier for river cruise ships opened in Myshkin, the small town on the Volga that receives up to 300 ships a season.

The old wooden pier was taken apart last autumn. The new one, of steel and concrete, can receive two four-deck ships at once, and passengers will go ashore without waiting for each other. The works cost {{214,6 million=>214.6 million|date-number}} rubles{{ (Yarnovosti)=>|editorial-gloss}}.

The head of the Myshkin district Alexei Ponomarev said that the town waits for 90 thousand tourists this year. "The people in Myshkin live from the tourists. {{Our (the district's) task=>Our [the district's] task|editorial-gloss}} is that they stay longer than two hours," he said.

Near the pier a square with benches and a kiosk of the tourist information centre will appear by July. The ships of four companies will stop at the pier from Moscow, Saint Petersburg and Kazan, {{the first of them is expected=>the first is expected|calque}} on Saturday.

{{Source: the official website of the Myshkin district administration=>|editorial-gloss}}

{{Cover photo: RIA Verkhnevolzhye=>|editorial-gloss}}
""",

"mt-03-lace": """VOLOGDA, {{march 11=>March 11|date-number}}. In Vologda the school of lace for children {{celebrated the 30th anniversary=>celebrated its 30th anniversary|calque}}. During this time, more than two thousand girls and a few boys learned there to weave lace on bobbins.

The school {{works on the base of=>is based at|calque}} the museum of lace. Children come to it from seven years old, the course lasts four years. The best works of the pupils are shown at the exhibition in the museum until the end of April{{ (6+)=>|editorial-gloss}}.

"The lace of Vologda is not a souvenir, it is a language. Who learned it in childhood, does not forget it," noted the director of the school Natalia Kruglova. According to her, this year the school for the first time received more applications than it has places.

The exhibition {{was prepared in the framework of=>was prepared as part of|calque}} the programme of the regional department of culture. Entry is free for schoolchildren{{ (Vologda-Poisk)=>|editorial-gloss}}.

{{The material was prepared by Svetlana Gorina.=>|editorial-gloss}}

{{Photo: the press service of the museum of lace=>|editorial-gloss}}
""",

"mt-04-meteorites": """CHELYABINSK, {{february 15=>February 15|date-number}}. A small museum of meteorites opened in the school of the village of Emanzhelinka, {{it was reported in the administration of the district=>the district administration reported|calque}}.

The collection of 120 stones was gathered by the local teacher of physics Sergei Lopatin together with his former pupils. They searched the fields around the village for twelve years, after the fall of the big meteorite in 2013, and {{the rest part=>the rest|calque}} was bought from collectors.

"Children touch a stone that is older than the Earth. After that nobody needs to explain to them why physics is interesting," said Lopatin. He plans lessons for schoolchildren of the district and excursions for tourists who come to the lakes in summer.

The museum is open on Fridays and Saturdays. A ticket costs 150 rubles, for schoolchildren entry is free{{ (12+)=>|editorial-gloss}}.

{{Earlier on the topic:=>|editorial-gloss}} In the Chelyabinsk region, a fragment of the meteorite was shown at the regional museum

{{Video: the Telegram channel of the Etkul district administration=>|editorial-gloss}}

{{The news was updated at 18:40.=>|editorial-gloss}}
""",

"mt-05-snails": """MAIKOP, {{may 23=>May 23|date-number}}. The first snail farm of Adygea {{sold the first batch of the production=>sold its first batch|calque}} to restaurants of Sochi, {{told the farmer Aslan Tkhagushev=>the farmer Aslan Tkhagushev said|calque}}.

The farm keeps about 40 thousand grape snails in greenhouses near Maikop. The snails eat lettuce and crushed chalk and grow for two years before they can be sold. In winter they sleep in boxes in a cool cellar, and the farmer only checks the humidity once a day.

"My neighbours laughed when I started. Now they bring me the snails from their gardens and ask how much I pay," said Tkhagushev. The farm bought the greenhouses with a grant of the republic for beginning farmers{{ — Adygea-Inform=>|editorial-gloss}}.

The first 300 kilograms of snails are already sold, and two restaurants of Krasnodar asked for a regular supply. In summer the farm will receive tourists: {{a degustation=>a tasting|calque}} of snails with local cheese will cost 1,500 rubles.

{{The photos are kindly provided by the farm.=>|editorial-gloss}}

{{News of partners=>|editorial-gloss}}
""",

"mt-06-libraryboat": """SALEKHARD, {{july 2=>July 2|date-number}}. A floating library on a river boat went on its first trip along the Ob to the villages of the Yamal district{{ [VIDEO]=>|editorial-gloss}}.

The boat carries 3,000 books, a small reading room and a corner with tablets for children. During the summer it will visit 14 villages where there is no library, and stay in each of them for two days. The books can be taken home until the next trip of the boat in autumn.

"In the tundra villages people read a lot, especially in winter, but the new books do not reach them," said the head of the regional library Tatiana Serotetto. The boat was rebuilt from an old passenger ship {{at the expense of=>with money from|calque}} the district budget.

The writer Pavel Rudov{{ (entered by the Justice Ministry into the roster of foreign agents)=>|editorial-gloss}} once wrote about the villages without libraries, and his book is not on board, the librarians noted.

{{Illustration: Yamal-Press=>|editorial-gloss}}

{{When using the materials of the site, a hyperlink to the source is obligatory.=>|editorial-gloss}}
""",

"mt-07-ropeferry": """KIROV, {{july 14=>July 14|date-number}}. The old rope ferry across the Vyatka near the village of Medvedok started to work again after a repair, {{informs the regional ministry of transport=>the regional ministry of transport reports|calque}}.

The ferry moves along a steel rope stretched across the river, and the ferryman turns a wheel by hand. It was built in the 1950s and stopped five years ago, when the rope broke. Since then the residents of three villages went to the district centre by a detour of 60 kilometres.

"For many residents this ferry is the memory of their fathers, who worked on it," said the head of the district Vera Dudina. The repair cost {{6,8 million=>6.8 million|date-number}} rubles; {{the bigger part of the sum=>most of it|calque}} came from the regional programme of road repair.

The ferry will work from May to October, from six in the morning until ten in the evening, and in spring, when the ice goes, it will be taken to the bank. The crossing is free for residents{{ (RIA Vyatka)=>|editorial-gloss}}.

{{Photo: illustrative=>|editorial-gloss}}

{{Author of the text: Yulia Morozova=>|editorial-gloss}}
""",

"mt-08-avalanchedogs": """MURMANSK, {{november 19=>November 19|date-number}} — Hibiny-Inform. Rescuers of the Murmansk region trained dogs to find people under avalanches in the Khibiny mountains, {{the head of the rescue service told=>the head of the rescue service said|calque}}.

Six dogs and their handlers took part in the exercise on the slope near Kirovsk. The rescuers buried volunteers in the snow at a depth of up to two metres, and the dogs had to find them in less than a quarter of an hour. The best of them, a shepherd named Buran, found a man in four minutes.

"A dog finds a person under the snow ten times faster than a team with probes. In an avalanche every minute counts," said the head of the service Andrei Belyaev. According to him, last winter the rescuers were called out 23 times, {{of them 19 people=>19 people|calque}} were found alive.

The service {{is looking for=>is recruiting|calque}} volunteers with dogs: a course for beginners starts in December. {{The project is implemented with the funds of a grant from the Presidential Grants Fund.=>|editorial-gloss}}

{{Subscribe to the channel of the rescue service in VK=>|editorial-gloss}}

{{Photo by the author=>|editorial-gloss}}
""",

"neg-01-ferry": """A ferry carrying 140 passengers ran aground off the Isle of Mull on Tuesday evening, but no one was injured, the operator said.

The vessel, on its way from Oban to Craignure, struck a sandbank in the Sound of Mull shortly after 7pm. Passengers were kept on board for more than three hours until the tide rose and the ferry was able to move under its own power.

CalMac said the ship had been inspected by divers on Wednesday morning and would stay out of service until the damage to its hull had been assessed. "We apologise to everyone whose journey was disrupted," a spokesperson said.

Islanders have long complained about the age of the fleet. Several of the company's ferries are more than 30 years old, and breakdowns last summer left some communities without a service for days.

The Scottish government said it was "in close contact" with the operator.

Photograph: Andrew Milligan/PA

(Reporting by Kate Holton; editing by Alison Williams)

This story has been updated to include a statement from CalMac.
""",

"neg-02-bakery": """MOSCOW (Reuters) - A bakery chain in the Russian city of Kazan has doubled the price of its best-selling rye loaf after a poor harvest pushed up the cost of flour, its owner said on Thursday.

The chain, which runs 40 shops across Tatarstan, said it had held prices for as long as it could. "Our customers understand, but they are not happy," its founder Dina Safina told Reuters. She said the company would not cut the size of its loaves.

Russia's grain harvest fell sharply this year after drought in the south and heavy rain in the Volga region during the summer. The agriculture ministry has forecast that wheat exports will fall by about a tenth.

Food prices are a sensitive issue in Russia, where inflation has run above the central bank's target for more than a year.

Additional reporting by Gleb Stolyarov in Moscow

Photo by Maxim Shemetov

Sign up for our newsletter to get the week's top business stories.
""",
}
