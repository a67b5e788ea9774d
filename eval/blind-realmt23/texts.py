"""The marked texts of eval/blind-realmt23 (written by realmt23 after its rules were done; see README.md).
A mark is {{written=>correction|category}}; make_gold.py writes docs/ and gold.jsonl from them."""

TEXTS = {}

TEXTS["mt-01-skilift"] = """KEMEROVO, {{12 december=>12 December|date-number}}. A new chairlift has started work at the ski resort of Sheregesh, {{reports the district press service=>the district press service reports|calque}} in Tashtagol.

The lift carries up to 2,400 skiers an hour to the top of Mount Zelenaya. Its construction cost {{1,2 billion rubles=>1.2 billion rubles|date-number}}, most of which was invested by a private company. "The queues at the old lifts on weekends reached forty minutes, now we expect them to halve," {{said the director of the resort Oleg Samsonov=>said Oleg Samsonov, the resort's director|calque}}.

The opening of the lift became the {{Main=>main|institution-casing}} event of the season for the guests of the resort. According to the {{deputy governor Kemerovo Region=>deputy governor of the Kemerovo Region|calque}}, the flow of tourists to Sheregesh last winter exceeded 1.5 million people.

Also this winter {{at the resort will work a second medical post=>a second medical post will work at the resort|calque}}. {{It was reported in the message=>The statement said|calque}} that rescuers will be on duty on the slopes every day from 9 am to 6 pm.

Ski passes for the new lift are sold online and at the ticket offices at the foot of the mountain. A day pass costs {{2 thousand=>2,000|date-number}} rubles on weekdays.
"""

TEXTS["mt-02-bakery"] = """VOLOGDA, {{4 march=>4 March|date-number}}. The oldest bakery of Vologda resumed the baking of rye bread by a recipe of the last century, {{writes the portal vologda-poisk.ru=>the portal vologda-poisk.ru writes|calque}}.

The recipe was found in the archive of the enterprise by the chief technologist Irina Belova. The bread is baked on a natural sourdough without yeast, the dough rises for {{14 hours=>14 hours|date-number}}. "Our grandmothers remember this taste, and the young people are surprised that bread can smell so," {{shared Belova=>Belova said|calque}}.

The first batch of 500 loaves was sold out in two hours. The bakery plans to bake the rye bread every day and to supply {{it=>it|pronoun}} to twelve shops of the city. {{The residents Vologda=>The residents of Vologda|calque}}, the director noted, most often ask for the bread in the {{Morning=>morning|institution-casing}} hours.

The bakery received a grant of 3 million rubles {{in the frames of=>under|calque}} the regional programme of support of small business. {{On these money=>With this money|calque}} a new stone oven was bought. Earlier {{in the ministry of economic development=>the Ministry of Economic Development said|calque}} that 40 small enterprises of the region received such grants this year.
"""

TEXTS["mt-03-chess"] = """SYKTYVKAR, 20 January. A chess club for pensioners opened in the library of the Ezhvinsky district of Syktyvkar. The idea belongs to the librarian Svetlana Popova, who herself plays since school years.

Classes are held twice a week, {{for free=>free of charge|calque}}. Already 27 people {{have enrolled in the club=>have joined the club|calque}}, the oldest of them is 86. "Many came only to watch, and now they do not want to leave," {{told Popova=>Popova said|calque}}.

The chess boards and clocks were {{transferred=>donated|calque}} to the library by the federation of chess {{Komi Republic=>of the Komi Republic|calque}}. The club plans to hold its first tournament in February, the winner will receive a {{Cup=>cup|institution-casing}} and a subscription to a chess magazine.

According to the head {{administration Ezhvinsky district=>of the Ezhvinsky district administration|calque}}, similar clubs may appear in two more libraries of the city next year. {{It is planned=>The plan is|calque}} to invite masters from the republican chess school to give lectures.
"""

TEXTS["mt-04-strawberry"] = """KRASNODAR, {{26 june=>26 June|date-number}}. Farmers of the Kuban began to harvest strawberries in open ground, {{informs the regional ministry of agriculture=>the regional Ministry of Agriculture reports|calque}}.

This year berries are grown on an area of {{1,6 thousand hectares=>1,600 hectares|date-number}}. The largest plantations are in the Dinskoy and Abinsky districts. Because of the warm spring the harvest started ten days {{earlier than the term=>earlier than usual|calque}}.

"We expect a yield of about 12 tonnes from a hectare, the berry is large and sweet," {{noted the head of the farm Andrey Kovalenko=>said Andrey Kovalenko, the head of the farm|calque}}. The farm employs 60 seasonal workers who pick the berries by hand.

Most of the harvest goes to the {{markets Krasnodar Territory=>markets of the Krasnodar Territory|calque}} and to the shops of the southern regions. A kilogram of the local strawberries costs {{from 350 to 400 rubles=>350 to 400 rubles|date-number}}. The ministry noted that the {{Regional=>regional|institution-casing}} budget compensates farmers part of the cost of drip irrigation.
"""

TEXTS["mt-05-laundry"] = """PERM, 15 April. A new laundry has started work at the regional clinical hospital, {{informs the press office of=>reports the press office of|calque}} the regional Ministry of Health.

The laundry can wash up to three tonnes of linen per day. Before this, the hospital sent {{the linen=>its linen|calque}} to a private company in another district of the city, which took up to three days. {{The equipment was delivered=>The equipment came|calque}} from a plant in Cheboksary.

"Now the linen returns to the departments the same day, and the hospital saves about {{4 million rubles per year=>4 million rubles a year|date-number}}," {{explained the chief physician Natalya Gorbunova=>said the chief physician, Natalya Gorbunova|calque}}.

The reconstruction of the laundry premises took eight months and was carried out at the expense of the {{budget Perm Territory=>budget of the Perm Territory|calque}}. {{Also in the ministry added=>The ministry also said|calque}} that the hospital plans to renovate its kitchen block next year.
"""

TEXTS["mt-06-buoys"] = """ARKHANGELSK, {{2 may=>2 May|date-number}}. Specialists of the port authority began to place navigation buoys on the Northern Dvina after the ice drift, {{reports the agency=>the agency reports|calque}} "Region-29".

In total 140 buoys will be placed on the river before the opening of navigation. The work is carried out from two service boats, {{each of which=>each|calque}} takes up to 20 buoys at a time. The buoys {{were checked and painted=>were checked and repainted|calque}} in the winter at the base of the port.

"The water is still high and cold, so the crews work only in the light {{time of the day=>hours|calque}}," said the captain of the service boat Nikolai Zuev.

Navigation on the river {{Arkhangelsk Region=>in the Arkhangelsk Region|calque}} is expected to open on May 15. The passenger ferries to the islands will start running {{a week later=>a week later|calque}}, the {{Shipping=>shipping|institution-casing}} company said.
"""

TEXTS["neg-01-allotments"] = """Demand for allotments in the city has doubled since 2020, and the waiting list now runs to more than four years, council figures show.

The council manages 1,200 plots across 14 sites, from the riverside fields near the old mill to a small walled garden behind the central library. Almost every plot is taken, and tenants rarely give them up.

"People discover how much they enjoy it and they never leave," said Margaret Hale, who chairs the allotment association. "Some of our members have had the same plot for forty years."

The council is considering splitting some full-size plots in half so that more people can take part. A consultation closes at the end of the month, and the plans will go before the environment committee in September.
"""

TEXTS["neg-02-ferry"] = """The only car ferry serving the island is back at work after a three-week repair that left residents relying on a small passenger boat and the goodwill of local fishermen.

The vessel had been out of action since a gearbox failed during a storm in early March. Engineers had to wait for parts to arrive from the Netherlands.

Shopkeepers said trade had fallen sharply while the ferry was away. "We had fresh bread once a week instead of every day," said Tom Reid, who runs the island's general store.

The ferry operator said it would review its spare-parts stock and was in talks with the regional transport authority about a relief vessel for future breakdowns. Councillors will discuss the plan at their next meeting.
"""
