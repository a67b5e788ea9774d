"""The marked texts of eval/blind-names22 (written by names22 after its rules were done; see README.md).
A mark is {{written=>correction|category}}; make_gold.py writes docs/ and gold.jsonl from them."""

TEXTS = {}

TEXTS["mt-01-snowcannons"] = """KEMEROVO, {{21 november=>21 November|date-number}}. /TASS/. Twelve new snow cannons were installed on the slopes of the ski complex {{Blue Pass=>Goluboy Pereval|entity-mistranslation}} near the village of {{ortonkul=>Ortonkul|name-casing}} in the south of Kuzbass. {{About this told TASS the director of the complex Vadim Kurbatov=>The complex's director Vadim Kurbatov told TASS|calque}}.

"The cannons work from minus four degrees and can cover a hectare of slope with 30 centimetres of snow in one night," Kurbatov said. The equipment cost {{46,5 million=>46.5 million|date-number}} roubles, part of the money was given by the {{regional fund of support of small business of Kuzbass=>Regional Fund for Support of Small Business of Kuzbass|institution-casing}}.

According to the director, the season will open on 5 December if the frosts hold. Last winter the complex received {{212 thousand visitors=>212,000 visitors|date-number}}, 18% up on the year before. Most guests come from Novosibirsk and Kemerovo, and this winter the complex expects groups from Kazakhstan.

Water for the cannons is taken from the river {{taylep=>Taylep|name-casing}}. Ecologists of the society of nature lovers {{Clean Taiga=>Chistaya Tayga|entity-mistranslation}} fear that in a dry winter the river will become shallow. "We asked the complex to show the permit for water intake, but received no answer," said the head of the society Olga Semakina. {{It=>She|pronoun}} believes that fish in the upper reaches may suffer.

Kurbatov replied that the complex takes less water than the permit allows and that the {{department of natural resources of the Kemerovo region=>Department of Natural Resources of the Kemerovo Region|institution-casing}} checked the intake in October and found no violations. He promised to publish the results of the check on the website of the complex.
"""

TEXTS["mt-02-geocaching"] = """PETROZAVODSK, 3 August. More than 140 players from nine regions took part in the geocaching rally on the shore of Lake Onega, {{reports the portal karelia-day.ru=>the portal karelia-day.ru reports|calque}}.

The rally was organised by the club of travellers {{Northern Compass=>Severny Kompas|entity-mistranslation}} together with the {{ministry of sport of the Republic of Karelia=>Ministry of Sport of the Republic of Karelia|institution-casing}}. Participants searched for 60 caches hidden in the forest, on islands and near old chapels. The route went through the village of {{sheltozero-ozero=>Sheltozero-Ozero|name-casing}}, where the players were met by local residents with pies.

"Many caches we hid in places that even local people do not know," {{told the coordinator of the rally Irina Paltseva=>said rally coordinator Irina Paltseva|calque}}. {{It=>She|pronoun}} said that the most difficult cache was on a rock in the middle of a swamp, and only four teams found it.

The winners were the team from Petrozavodsk, which found 57 caches in {{11,5 hours=>11.5 hours|date-number}}. The second place took players from Saint Petersburg, the third went to a family team from Murmansk.

The prizes were provided by the {{russian geographical society=>Russian Geographical Society|institution-casing}}, which gave the winners maps and compasses. Next year the organisers plan to hold the rally in winter, on skis.

Some caches will stay in the forest until October, so tourists can search for them on their own. The organisers ask not to take the caches away and to leave a record in the notebook inside. The coordinates are published on the website of the club, and the {{national park Vodlozersky=>Vodlozersky National Park|institution-casing}} asked visitors to keep to marked paths.
"""

TEXTS["mt-03-bookcrossing"] = """KIROV, {{18 february=>18 February|date-number}}. In the libraries of Kirov appeared 35 shelves for free exchange of books, the mayor's office said in a statement.

The project was launched by the {{regional library named after Herzen=>Herzen Regional Library|institution-casing}} with the support of the charity fund {{"Open Page"=>Otkrytaya Stranitsa|entity-mistranslation}}. Anyone can take a book from the shelf and leave another one instead. Shelves were placed in libraries, in the railway station and in two clinics.

{{According to the words of the director of the library Natalia Vylegzhanina=>According to library director Natalia Vylegzhanina|calque}}, in the first month readers exchanged about {{3,2 thousand books=>3,200 books|date-number}}. "People bring detective stories, children's books and even old encyclopedias. Once somebody left a book with the stamp of a village library of 1956," {{she noted=>she noted|pronoun}}.

The most active shelf is in the station: passengers take books for the road and bring them back from other cities. Librarians noticed books which came from Perm and Yekaterinburg.

The {{department of culture of the Kirov region=>Department of Culture of the Kirov Region|institution-casing}} plans to add shelves in the towns of the region. In spring shelves will appear in Slobodskoy and Kotelnich and in the village of {{bystrenka=>Bystrenka|name-casing}}, where the library closed for repair.

Readers also asked to place a shelf in the park. The library says {{he=>it|pronoun}} will be ready in May, when the weather allows. The book club of pensioners {{Silver Thread=>Serebryanaya Nit|entity-mistranslation}} promised to look after the shelf and to bring new books every week.
"""

TEXTS["mt-04-harmonica"] = """TULA, 9 October. The workshop for the repair of harmonicas in Tula received an order from Japan, {{told RIA Novosti the master of the workshop Gennady Sorokopudov=>workshop master Gennady Sorokopudov told RIA Novosti|calque}}.

The workshop belongs to the cooperative {{Tula Voice=>Tulsky Golos|entity-mistranslation}}, which unites seven masters. They repair old instruments and assemble new ones by hand. One harmonica takes from two weeks to two months of work and costs from 60 to {{480 thousand roubles=>480,000 roubles|date-number}}.

The order from Japan came after the video of a concert appeared on the internet. A collector from Osaka asked to make a copy of a harmonica of the 19th century, which is kept in the {{museum of harmonicas of the city of Tula=>Tula Museum of Harmonicas|institution-casing}}. "We measured every detail of the old instrument. The hardest thing is the voice: {{he=>it|pronoun}} must sound the same," said Sorokopudov.

The masters buy wood in the village of {{krapivna-gorka=>Krapivna-Gorka|name-casing}}, where an old carpenter prepares maple for them. Leather for the bellows comes from Ryazan.

Young people rarely come to the profession. {{In the last year in the workshop came only two students=>Only two students have joined the workshop in the last year|calque}}, both from the music college. The workshop asked the {{committee on culture of the Tula region=>Committee on Culture of the Tula Region|institution-casing}} for a grant to train apprentices.

The instrument for the Japanese customer will be ready by March. After that the masters want to take part in the festival of folk instruments {{Golden Bellows=>Zolotye Mekha|entity-mistranslation}}, which is held every year in Tula.
"""

TEXTS["mt-05-rowan"] = """VLADIMIR, 27 September. The harvest of rowan in the Vladimir region this year turned out to be twice higher than last year, {{reported in the regional agency of forestry=>the regional forestry agency reported|calque}}.

The berries are bought by the factory {{Red Cluster=>Krasnaya Grozd|entity-mistranslation}} near the village of {{nevezhino=>Nevezhino|name-casing}}, which makes jam, pastila and tinctures. The factory pays 70 roubles for a kilogram of berries. In September it bought {{48,6 tonnes=>48.6 tonnes|date-number}}.

"The rowan needs the first frost, then {{she=>it|pronoun}} loses the bitterness. But we cannot wait for the frost, because birds eat everything," {{told the technologist of the factory Svetlana Kuvshinova=>said factory technologist Svetlana Kuvshinova|calque}}.

Nevezhino rowan is known since the 19th century, when local merchants sent it to Moscow. In 2021 the variety was entered in the state register, and the factory received the right to the brand {{Nevezhino Gold=>Nevezhinskoye Zoloto|entity-mistranslation}}.

Specialists of the {{centre of agrochemical service of the Vladimir region=>Centre of Agrochemical Service of the Vladimir Region|institution-casing}} say that the good harvest is explained by a warm May without frosts. Rowan trees in the gardens of the region also bloomed well.

Local residents complain that pickers from other regions break the branches. The {{russian union of rural settlements=>Russian Union of Rural Settlements|institution-casing}} proposed to allow the picking only with a permit. The regional authorities promised to discuss it in the winter.
"""

TEXTS["mt-06-weathervanes"] = """ARKHANGELSK, {{14 june=>14 June|date-number}}. In the Arkhangelsk region restored 14 wooden weathervanes on old churches and houses, {{informed in the regional inspection for the protection of monuments=>the regional inspection for the protection of monuments said|calque}}.

The work was done by the carpenters of the workshop {{Carved Star=>Reznaya Zvezda|entity-mistranslation}} from Kargopol. They made new vanes from larch according to old drawings and photographs. The most difficult was a weathervane in the form of a ship on the bell tower in the village of {{lyadiny=>Lyadiny|name-casing}}. "The old vane fell down in a storm in 2019, we found only half of {{him=>it|pronoun}}," said the master Yegor Pashkov.

The restoration cost {{8,4 million roubles=>8.4 million roubles|date-number}}, paid by the {{foundation for the preservation of wooden architecture of the North=>Foundation for the Preservation of Wooden Architecture of the North|institution-casing}} and the regional budget.

Weathervanes were placed on houses in the north since the 18th century. They showed the wind to fishermen and hunters. Many of them disappeared in the 20th century. Now masters find old vanes in attics and museums.

The volunteers of the society of lovers of the North {{White Sea Shore=>Pomorsky Bereg|entity-mistranslation}} collected a list of 40 more vanes which need repair. They ask owners of old houses to send photographs. The list was handed to the {{ministry of culture of the Arkhangelsk region=>Ministry of Culture of the Arkhangelsk Region|institution-casing}}, which promised to find money for next year.
"""

TEXTS["neg-01-weathervanes"] = """Rare weathervane returns to church tower after two-year restoration

A copper weathervane shaped like a sailing ship has been returned to the tower of St Mary's church in the village of Wrangle, Lincolnshire, after a two-year restoration funded by the National Lottery Heritage Fund.

The vane, thought to date from the 1790s, was taken down in 2022 after storm damage left it leaning at an angle. Volunteers from the Friends of St Mary's raised £38,000 towards the work, and the Church Buildings Council advised on the repairs.

"It had been patched so many times that you could barely see the ship any more," said Helen Marsh, who chairs the Friends group. "Now it looks the way the Victorians would have seen it."

The work was carried out by a metalwork firm in Norfolk that specialises in church fittings. Craftsmen replaced corroded rivets, rebuilt two of the sails and regilded the hull. The original compass letters, cast in iron, were cleaned and kept.

Historic England said weathervanes were among the most vulnerable features of rural churches because they were hard to inspect. It has asked parishes to send photographs of vanes that may need attention so they can be added to its records.

The vane was lifted back into place by crane on Tuesday as about 60 villagers watched from the churchyard. The Rev David Ellison blessed it before it went up.

A small exhibition about the restoration will open in the church next month. It includes the old rivets, a drawing of the ship from 1880 and photographs of the storm damage. The Friends group hopes to raise a further £5,000 to repair the clock below the vane, which stopped in 2019 and has not worked since.
"""

TEXTS["neg-02-geocaching"] = """Treasure hunters flock to Peak District for record geocaching weekend

More than 600 people took part in a geocaching weekend in the Peak District national park, organisers said on Monday, making it the largest event of its kind held in the area.

Players used GPS devices and smartphone apps to search for 250 hidden containers, or caches, placed along footpaths between Edale and Castleton. Some were disguised as rocks or fence posts, and one was hidden inside a hollow tree near the River Noe.

The event was run by a volunteer group, Peak Caching, with permission from the Peak District National Park Authority and the National Trust, which owns much of the land.

"We wanted to show that this is a hobby for families as much as for anyone," said organiser Tom Ridley, a retired teacher from Sheffield. "We had three-year-olds and people in their eighties out on the hills."

A team from Derby found 211 caches over the two days and was named overall winner. A family from Stockport came second.

Rangers had asked players to stay on marked paths and to avoid nesting areas, and the park authority said it had received no complaints. It said the weekend had brought welcome trade to cafes and pubs in Hope and Castleton at a quiet time of year.

Most of the caches have now been removed, but about 40 permanent ones remain and are listed on the Geocaching website. The organisers said they would return next spring and were talking to the Lake District about a similar event there.

The Ramblers, the walking charity, said it welcomed anything that got more people outdoors, provided they respected the countryside code.
"""
