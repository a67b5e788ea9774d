"""The marked texts of eval/blind-realmt24 (written by realmt24 after its rules were done; see README.md).
A mark is {{written=>correction|category}}; make_gold.py writes docs/ and gold.jsonl from them."""

TEXTS = {}

TEXTS["mt-01-reindeer"] = """SALEKHARD, {{17 april=>17 April|date-number}}. The spring count of domestic reindeer has been completed in the Yamal district, {{informs the press service of the district administration=>the district administration's press service said|calque}}.

In total, herders of the district keep {{312.4 thousand=>312,400|date-number}} reindeer, which is four percent more than a year ago. The largest herd is kept by the cooperative "Yarsalinsky", {{in private households – about 40%=>private households keep about 40%|punctuation}} of the animals.

The count became the {{Central=>central|institution-casing}} task of the veterinary service in March. Specialists travelled to the tundra camps on snowmobiles and vaccinated the calves against anthrax at the same time. {{On the camps of the northern brigades worked three teams of vets=>Three teams of vets worked at the camps of the northern brigades|calque}}.

"The winter was mild, the losses of the herd were minimal, and the pasture reserves allow us to keep the present number," noted the head of the agricultural department Nikolai Serotetto.

{{It should also be recalled that=>Last year|calque}} the district received new mobile slaughter points, which allow herders to sell meat without driving the animals to the factory. In the district there are {{1,240 thousand=>1.24 million|date-number}} hectares of reindeer pastures.

The next count will take place in late autumn, before the herds move to the winter grounds.
"""

TEXTS["mt-02-planetarium"] = """NOVOSIBIRSK, {{18 february=>18 February|date-number}}. The city planetarium has reopened after a year of reconstruction. A new projector was installed under the dome, the seats in the star hall were replaced and a children's laboratory was opened.

The reconstruction cost {{386,5 million rubles=>386.5 million rubles|date-number}}. {{The most part of the money=>Most of the money|calque}} came from the regional treasury. "Now we can show the sky of any epoch and any point of the Earth," said the director of the planetarium.

The first show, devoted to the comets, became the {{Main=>main|institution-casing}} event of the week for the schoolchildren of the city. Tickets for the first month were sold out in two days. The hall seats 120 visitors, {{the laboratory – 24 places=>the laboratory 24|punctuation}}.

According to the planetarium, last year before the closing it was visited by 96 thousand people. {{It is planned that=>The planetarium expects|calque}} the number of visitors will grow by a third. Lectures for adults will be held on Fridays, {{excursions for pensioners – on Tuesdays=>excursions for pensioners on Tuesdays|punctuation}}.

The equipment of the observatory on the roof will be {{carried out=>installed|calque}} in summer.
"""

TEXTS["mt-03-flax"] = """TVER, {{28 september=>28 September|date-number}}. Flax growers of the Tver region have harvested the crop on {{1,85 thousand=>1,850|date-number}} hectares, the regional Ministry of agriculture reported.

The yield of flax fibre in the region this year is higher than last year. In the Bezhetsk district farmers collected 9.2 centners per hectare, {{in the Kashin district – 8.4 centners=>and in the Kashin district 8.4 centners|punctuation}}. The weather in August was dry, which allowed the {{Timely=>timely|institution-casing}} pulling of the flax.

"The flax processing plant in Kashin works in three shifts, all the raw material will be processed until the end of the year," said the minister of agriculture.

This year the region received a subsidy for the purchase of {{flax-harvesting equipment=>flax harvesters|calque}}. {{Four combines were bought by the farms of the Rameshki district=>The farms of the Rameshki district bought four combines|calque}}. In total in the region since the beginning of the program {{1014 thousand=>1,014,000|date-number}} rubles were paid to the growers for each new machine.

The flax {{sown area=>acreage|calque}} next year will be increased by ten percent.
"""

TEXTS["mt-04-dentalbus"] = """KIROV, {{22 may=>22 May|date-number}}. A mobile dental office began work in the districts of the Kirov region. The bus is equipped with two dental chairs, an X-ray unit and a sterilisation room.

The dentists will visit 37 villages where there are no dental offices. {{In the first week the doctors received=>In the first week the doctors saw|calque}} 180 patients, most of them pensioners. "Many people have not been to a dentist for years, they have to go to the district centre for this," said the chief doctor of the regional dental polyclinic.

The bus became a {{Real=>real|institution-casing}} help for the rural residents. Treatment is free under the compulsory medical insurance policy. {{Children – by appointment through the school=>Children are seen by appointment through the school|punctuation}}.

The bus was bought for {{24,8 million rubles=>24.8 million rubles|date-number}}. {{It should also be recalled that=>Last year|calque}} a mobile mammography unit started work in the region last year, it has already examined more than {{11.6 thousand=>11,600|date-number}} women.

The schedule of the bus {{is published on the site of the Ministry=>is published on the Ministry's website|calque}}.
"""

TEXTS["mt-05-organ"] = """KALININGRAD, {{30 october=>30 October|date-number}}. The restoration of the organ in the cathedral on Kant Island has been completed. The instrument was cleaned, its {{4,3 thousand=>4,300|date-number}} pipes were tuned and the bellows were replaced.

The work was carried out by masters from Germany and {{lasted eight months=>took eight months|calque}}. "The organ sounds as it sounded when it was built, we kept every historical detail," said the restorer.

The first concert after the restoration became the {{Central=>central|institution-casing}} event of the autumn season of the philharmonic. {{On the concert performed organists from Moscow and Riga=>Organists from Moscow and Riga performed at the concert|calque}}. The cathedral hall seats 600 listeners, {{the small hall – 150=>the small hall 150|punctuation}}.

The restoration cost {{1,1 billion rubles=>1.1 billion rubles|date-number}}, the money was allocated by the {{Federal=>federal|institution-casing}} ministry and a private sponsor. Concerts will be held three times a week.
"""

TEXTS["mt-06-sawmill"] = """ARKHANGELSK, {{21 january=>21 January|date-number}}. A new sawmill was launched in the Onega district. The enterprise will process {{1250 thousand=>1.25 million|date-number}} cubic metres of timber per year.

The investment in the project amounted to {{4,6 billion rubles=>4.6 billion rubles|date-number}}, 320 new jobs {{were opened=>were created|calque}}. The sawmill produces boards for export and pellets from the waste. The share of export is 70%, {{of the domestic market – 30%=>the domestic market takes 30%|punctuation}}.

The launch of the sawmill became the {{Largest=>largest|institution-casing}} investment event of the year in the region, the governor noted at the opening. "For the district it is hundreds of salaries and taxes for the budget," he said.

{{At the enterprise will work=>The enterprise will employ|calque}} residents of Onega and the nearby villages. A dormitory for the workers {{was built in the territory of the enterprise=>was built at the plant|calque}}.
"""

TEXTS["neg-01-cider"] = """Cider makers from across Somerset gathered in Shepton Mallet on Saturday for the county's annual apple festival, which organisers said drew a record crowd of more than 6,000 visitors.

Stalls lined the high street from mid-morning, and the judging of the farmhouse cider competition took place in the market hall. This year's winner, a small orchard near Glastonbury, has been pressing apples for just four years.

"We only made 2,000 litres last autumn, so to win against producers who have been doing this for generations is incredible," said the owner, who runs the orchard with her brother.

Organisers said the dry summer had left fruit smaller but sweeter. Several growers reported yields down by about a fifth, though most said quality was the best they could remember.

The festival, which began in 1992, raises money for the town's community hospital. Last year it raised £18,000, and the committee hopes to beat that figure once the takings have been counted.
"""

TEXTS["neg-02-lighthouse"] = """A lighthouse on the Northumberland coast will open to visitors again, after more than ten years, following a two-year restoration, the charity that owns it has announced.

The tower, built in 1826, was damaged by storms in 2021 and had been closed since the keepers' cottages were found to be unsafe. Repairs to the lantern and the stone staircase cost £1.2m, most of it raised through donations and a National Lottery grant.

Volunteers will run guided climbs of the 130 steps on weekends from Easter, with places limited to 12 people at a time. The charity said tickets for April had already sold out.

"People have been asking us every summer when they could go up again," said the charity's chairman. "It has taken longer than we hoped, but the view from the top is worth the wait."

The cottages will be let as holiday homes, with the income paying for the upkeep of the tower.
"""
