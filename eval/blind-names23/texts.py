"""The marked texts of eval/blind-names23 (written by names23 after its rules were done; see README.md).
A mark is {{written=>correction|category}}; make_gold.py writes docs/ and gold.jsonl from them."""

TEXTS = {}

TEXTS["mt-01-beekeepers"] = """UFA, {{30 august=>30 August|date-number}}. The honey fair opened on Saturday in the centre of Ufa, where 90 beekeepers from 30 districts of Bashkiria sell linden and buckwheat honey, {{reports the portal bashinform.ru=>the portal bashinform.ru reports|calque}}.

The largest stand belongs to the cooperative of beekeepers {{Linden Glade=>Lipovaya Polyana|entity-mistranslation}}, which unites 14 family apiaries in the Burzyansky district. This year the cooperative brought {{6,5 tonnes=>6.5 tonnes|date-number}} of honey. "The spring was cold and the bees woke up late, but July gave a good flow," {{told the chairman of the cooperative Rustam Yagafarov=>said the cooperative's chairman Rustam Yagafarov|calque}}.

Wild-hive honey from the village {{Bee Hollow=>Pchelinaya Loshchina|entity-mistranslation}} costs three times more than the usual kind. The honey is collected by bortniks, who climb old trees on ropes, as their grandfathers did. {{He=>It|pronoun}} has a darker colour and a bitter taste, the sellers explain.

Buyers can check the honey in a mobile laboratory of the {{republican veterinary laboratory=>Republican Veterinary Laboratory|institution-casing}}. In the first two days specialists tested 212 samples and found sugar syrup in three of them. The sellers of these samples were removed from the fair.

The fair will last until 1 September. Last year it was visited by about {{85 thousand people=>85,000 people|date-number}}, and the organisers expect more guests this year, because for the first time the fair has a children's corner with a glass hive. Honey from {{Bee Hollow=>Pchelinaya Loshchina|entity-mistranslation}} sold out on the first day, said Yagafarov. {{It=>He|pronoun}} promised to bring a new batch next week.
"""

TEXTS["mt-02-icefishing"] = """KRASNOYARSK, 2 March. On the Krasnoyarsk reservoir took place the open championship of the region in winter fishing, in which 160 anglers from Siberia and the Urals took part.

The competition was held near the village {{Deep Bay=>Glubokaya Zavod|entity-mistranslation}}, where the ice this year reached 70 centimetres. Participants drilled holes and fished for perch and roach for four hours. The judges weighed every catch on the shore.

The winner was the angler from Achinsk Pavel Gorbunov with a catch of {{4,8 kilograms=>4.8 kilograms|date-number}}. "The fish took badly in the morning, {{she=>it|pronoun}} started to bite only after noon, when the sun warmed the ice," {{shared the champion=>the champion said|calque}}. In the team standings first place went to the club {{Silver Hook=>Serebryany Kryuchok|entity-mistranslation}} from Krasnoyarsk.

Safety on the ice was ensured by rescuers of the {{regional emergencies directorate of the Krasnoyarsk territory=>Krasnoyarsk Territory Emergencies Directorate|institution-casing}}. They checked the thickness of the ice every morning and marked cracks with flags.

The organisers thanked the residents of {{Deep Bay=>Glubokaya Zavod|entity-mistranslation}}, who prepared hot fish soup and tea for the participants. The head of the village council Anna Lukina said that fishermen come to the village every winter. {{It=>She|pronoun}} hopes that the championship will become a tradition.

The next stage of the championship will take place on {{23 march=>23 March|date-number}} on Lake {{shira=>Shira|name-casing}} in Khakassia.
"""

TEXTS["mt-03-mushrooms"] = """TVER, {{28 november=>28 November|date-number}}. /TASS/. A farm for the cultivation of oyster mushrooms opened in a former dairy barn in the Kalininsky district of the Tver region.

The farm was built by the company {{Forest Dew=>Lesnaya Rosa|entity-mistranslation}}, which invested {{38,2 million roubles=>38.2 million roubles|date-number}} in the project. Part of the money came as a preferential loan from the {{regional fund of development of industry=>Regional Industrial Development Fund|institution-casing}}. The farm will produce up to 40 tonnes of mushrooms a month.

"We grow mushrooms on straw from local farms, and after the harvest the used substrate goes back to the fields as fertiliser," {{told the director of the farm Yelena Kryukova=>said the farm's director Yelena Kryukova|calque}}. {{It=>She|pronoun}} added that the farm has created 26 jobs.

The mushrooms will be sold in Tver, Moscow and Saint Petersburg. Last month {{Forest Dew=>Lesnaya Rosa|entity-mistranslation}} signed a contract with a chain of supermarkets, which will take half of the harvest. The rest will go to restaurants and a cannery in Torzhok.

The climate in the chambers is controlled by a computer. {{She=>It|pronoun}} keeps the humidity at 90% and the temperature at 15 degrees. "The most difficult was to find staff: nobody in the district knew how to grow mushrooms," Kryukova said.

The company plans to build a second barn by {{spring 2028=>spring 2028|date-number}} and to start growing shiitake. Residents of the nearby village {{Dry Birch=>Sukhaya Beryoza|entity-mistranslation}} asked the company to build a road to the farm, and the district administration promised to consider the request.
"""

TEXTS["mt-04-ferry"] = """YAKUTSK, 14 June. The ferry from Yakutsk to Nizhny Bestyakh on the other bank of the Lena resumed work after the ice drift, {{reports ysia.ru=>the portal ysia.ru reports|calque}}.

The first ferry left the pier at 6 a.m. and carried 40 cars and {{2,3 thousand passengers=>2,300 passengers|date-number}} during the day. Until the bridge is built, the ferry remains the only way to cross the river in summer. In winter cars go over the ice road, and in spring and autumn only hovercraft work.

"Queues on the first days are always long, people waited for this moment for a month," {{told the director of the river port Nikolai Savvinov=>said the river port's director Nikolai Savvinov|calque}}. According to him, this year the port added two ferries and the queue should become shorter.

In the district the water is still high. In the village {{Stony Shore=>Kamenny Bereg|entity-mistranslation}} the water flooded 12 gardens, but houses did not suffer. Residents of {{Stony Shore=>Kamenny Bereg|entity-mistranslation}} were warned by the {{administration of the Khangalassky ulus=>Administration of the Khangalassky Ulus|institution-casing}} to keep boats ready.

The crossing will work until {{30 october=>30 October|date-number}}. A ticket for a car costs 1,500 roubles, for a passenger {{150 rub.=>150 roubles|date-number}} The schedule is published on the website of the port. {{He=>It|pronoun}} is updated every day, because the ferries depend on the weather and the depth of the river.

The {{ministry of transport of the republic=>republic's Ministry of Transport|institution-casing}} said that the construction of the bridge across the Lena will begin in 2027.
"""

TEXTS["mt-05-schoolmilk"] = """VOLOGDA, {{13 september=>13 September|date-number}}. Pupils of primary schools in Vologda now receive milk from a local dairy every day, the city administration said.

The milk is supplied by the dairy plant {{White Meadow=>Bely Lug|entity-mistranslation}} from the Sokolsky district. Every child gets a 200-gram pack with a long break. The programme is paid from the regional budget and costs {{17,4 million=>17.4 million|date-number}} roubles a year.

"Children drink milk with pleasure, especially chocolate, but we give it only on Fridays," {{noted the head of the department of education of the city Svetlana Kolesova=>said Svetlana Kolesova, head of the city's education department|calque}}. The quality of the milk is checked by the {{regional directorate of rospotrebnadzor=>Regional Directorate of Rospotrebnadzor|institution-casing}}.

Last year {{White Meadow=>Bely Lug|entity-mistranslation}} won the tender with a price lower than that of big companies. The director of the plant Igor Malakhov said that the plant bought 30 new cows and a new packing line for the contract. "Our farmers are happy: now {{they=>they|pronoun}} know that the milk will be sold," he said.

Parents mostly support the programme. However, some of them asked to give children {{kefir=>kefir|untranslated}} instead of milk, because not every child can drink milk. The administration promised to think about it. The {{regional ombudsman for children's rights=>Regional Ombudsman for Children's Rights|institution-casing}} Natalia Serova asked the schools to take into account children with allergies.

By the end of the year milk will come to schools of Cherepovets, where {{she=>it|pronoun}} will be supplied by a farm from {{Quiet Pond=>Tikhy Prud|entity-mistranslation}} in the Sheksninsky district.
"""

TEXTS["mt-06-footbridge"] = """PSKOV, 20 July. The pedestrian bridge across the Velikaya river in Pskov was closed for repair, {{reported in the city hall of Pskov=>the Pskov city hall said|calque}}.

The bridge was built in 1978 and has not been repaired for 30 years. In spring engineers found cracks in two supports. The repair is carried out by the contractor {{North Stone=>Severny Kamen|entity-mistranslation}}, which won the auction with a price of {{64,9 million roubles=>64.9 million roubles|date-number}}. The works must be completed by {{3 december=>3 December|date-number}}.

Residents of the Zavelichye district are unhappy: now they have to walk two kilometres more to the centre. "I go to work on foot every day, and now the road takes forty minutes," complained a resident of the district Marina Orlova. {{It=>She|pronoun}} asked the city to launch an additional bus.

The city administration said that buses of route 17 will run more often. In addition, a temporary boat crossing will work from the pier near the {{church of saint Nicholas=>Church of St Nicholas|institution-casing}}.

Earlier the {{prosecutor's office of the city of Pskov=>Pskov City Prosecutor's Office|institution-casing}} checked the condition of the bridge and demanded the repair. The prosecutors also found that the previous contractor did not finish the works on the railings in 2024. {{North Stone=>Severny Kamen|entity-mistranslation}} promised to replace the railings as well.

After the repair the bridge will get lighting and ramps for wheelchairs. According to the mayor Boris Yelkin, {{he=>it|pronoun}} will become the most comfortable bridge of the city.
"""

TEXTS["neg-01-baikal"] = """Seal pups return to Baikal shores as ice breaks early

Scientists counting the world's only freshwater seals on Lake Baikal say the pups have come ashore earlier than usual this year, after the ice on the Siberian lake broke up almost three weeks ahead of the average.

The count, carried out each spring by researchers from Irkutsk and the Baikal nature reserve, found about 120 nerpa pups resting on the rocks of the Ushkany Islands in late May. In a normal year most pups would still be on the ice at that point.

"The animals are healthy and fat, which tells us the winter was kind to them," said Yevgeny Petrov, a biologist who has studied the seals for more than two decades. He warned, however, that an early thaw can leave mothers without the snow dens they need to hide newborn pups from eagles and foxes.

Tourism has grown sharply around the lake since Russians began holidaying closer to home. Boat operators from Listvyanka and Ust-Barguzin now run daily trips to the islands, and the reserve has asked them to stay at least 50 metres from the seal colonies.

Locals have mixed feelings. Guesthouse owners in Ust-Barguzin welcome the visitors, while fishermen complain that boats scare the omul, the lake's prized whitefish, which has been protected by a fishing ban since 2017.

The regional government said on Tuesday it would pay for two new ranger boats this summer. Rangers will also patrol the Holy Nose peninsula, where illegal camping left piles of rubbish on the beaches last year.
"""

TEXTS["neg-02-orchard"] = """Community orchard saved after villagers raise £40,000

A community orchard in Devon that was due to be sold for housing has been saved after villagers raised more than £40,000 in six weeks.

The two-acre orchard at Cold Harbour, near Crediton, holds 60 old apple trees, including several local varieties that are no longer sold by nurseries. Its owner, the Stone Mill estate, put the land on the market in the spring.

"We couldn't stand by and watch it disappear," said Helen Marsh, who chairs the Friends of Cold Harbour group. "Some of these trees were planted by our grandparents."

The group held cake sales, a sponsored walk along the river and an online appeal that drew donations from as far away as Canada. A grant from the county council's green spaces fund covered the final £5,000.

The orchard will now be run as a charity. Volunteers plan to open it to the public on weekends and to hold an apple day every October, with juice pressing and tours for schoolchildren.

Tom Avery, a fruit expert from Exeter, said the orchard was one of the last of its kind in the area. "Forty years ago every farm had one. Now most have gone under grass or houses," he said.

The villagers have also been offered cuttings from Silver Birch Farm, a nursery in Somerset, to replace trees lost in last winter's storms. Work on the new trees will start in January.
"""
