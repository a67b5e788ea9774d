"""Marked texts of eval/blind-gloss24 (written by helper gloss24 after its rules were done).

Marks: {{written=>correction|category}}; make_gold.py writes docs/*.txt and gold.jsonl from them.
"""

TEXTS = {
"mt-01-lighthouse": """ARKHANGELSK, {{14 march=>14 March|date-number}}. The wooden lighthouse on the cape near the village of Lopshenga will be restored by the end of next year, {{informed in the regional ministry of culture=>the regional ministry of culture said|calque}}. The tower was built in 1911 and has stood without a keeper since 1994.

The works will cost {{18,6 million=>18.6 million|date-number}} roubles. The contract was won by the company {{«=>"|punctuation}}Pomor Restoration{{»=>"|punctuation}}, which earlier repaired two chapels on the Onega coast. The ministry has published the project in its {{vkontakte=>VKontakte|name-casing}} group, where residents have already left more than 400 comments.

Pavel Sukharev, the director of the company, said the carpenters will replace every third log. {{It=>He|pronoun}} has worked with northern wooden buildings for twenty years. According to him, {{we will not use a single nail that was not forged by hand=>the company will not use a single nail that was not forged by hand|pronoun}}.

Tourists who come to the White Sea coast in summer already stop at the cape to photograph the tower, the head of the Primorsky district said{{ — Pravda Severa=>|editorial-gloss}}. Last year about 3,000 people visited the village, twice as many as in 2021, and the local shop now sells postcards with the lighthouse.

The lighthouse will again show a light to passing boats, but only as a museum exhibit: modern navigation does not need it. An exhibition about the keepers and their families will open inside the tower, and the cape will get a small car park and a wooden path to the shore.

{{Photo: press service of the regional government=>|editorial-gloss}}
""",

"mt-02-velodrome": """TULA, {{18 october=>18 October|date-number}}. The covered velodrome in Tula will host the Russian junior track cycling championship after a renovation that lasted two years{{ — TASS=>|editorial-gloss}}. About 180 riders from 30 regions have registered, {{reported in the regional federation of cycling=>the regional cycling federation reported|calque}}.

The races will take place from 22 to 26 October, and entry for spectators is free. The finals will be streamed on the federation's {{youtube=>YouTube|name-casing}} channel, and the schedule hangs at the ticket office.

The velodrome was opened in 1970, and for many years {{he=>it|pronoun}} was the only covered track in the south of the country. During the renovation the roof was replaced and a new wooden track was laid. The track is {{7,5=>7.5|date-number}} metres wide and 250 metres long, and its bends are steeper than before.

{{In the tournament will take part riders from Belarus and Kazakhstan=>Riders from Belarus and Kazakhstan will take part in the tournament|calque}} as guests. Their results will not count in the national ranking, but they will receive medals.

The head coach of the Tula team, Marina Zhukova, expects medals in the team sprint. Zhukova noted that {{our girls trained on the old track all summer and are ready for the new one=>her riders trained on the old track all summer and are ready for the new one|pronoun}}. She added that the team has lost two riders to injuries since August.

Fans who arrive by train can walk to the velodrome from the station along {{Oruzheinaya street=>Oruzheinaya Street|name-casing}} in about twenty minutes. The city will run extra buses on the evenings of the finals, and the museum of weapons nearby will stay open until nine.
""",

"mt-03-planetarium": """KIROV, {{19 january=>19 January|date-number}}. The planetarium in Kirov has received a new digital projector, which shows {{more than 9 thousand stars=>more than 9,000 stars|date-number}}. The equipment cost 42 million roubles and was paid for by the national project "Culture".

The first shows on the new dome will begin on 1 February, {{told the director of the planetarium Olga Shirokova=>said Olga Shirokova, the director of the planetarium|calque}}. {{It=>She|pronoun}} has headed the planetarium since 2015 and teaches physics at a local lyceum. Tickets for the first week were sold out in two days{{ — kirov-news.ru=>|editorial-gloss}}.

The planetarium stands in the {{Alexandrovsky garden=>Alexandrovsky Garden|name-casing}}, in a building of a former church. For schoolchildren it will show the programme {{«=>"|punctuation}}Journey to Jupiter{{»=>"|punctuation}}, made by the staff themselves. Teachers can book a class visit on {{whatsapp=>WhatsApp|name-casing}} or by phone.

Many schools of the region no longer teach astronomy as a separate subject, and the planetarium wants to fill the gap. Pupils will come {{at the lessons of astronomy=>for astronomy lessons|calque}} and for the physics of light. Shirokova added that {{we want every pupil of the region to see the sky of the southern hemisphere at least once=>the planetarium wants every pupil of the region to see the sky of the southern hemisphere at least once|pronoun}}.

The old projector, which served for 46 years, will not be thrown away. It will stand in the hall as an exhibit, next to a model of the first Soviet satellite and a meteorite that fell near Kirov in 1954.
""",

"mt-04-kayaks": """PETROZAVODSK, {{6 august=>6 August|date-number}}. More than 300 kayakers took part in the marathon on the {{Syamozero lake=>Lake Syamozero|name-casing}} in Karelia, {{informed in the press service of the republican ministry of sport=>the republic's sports ministry said|calque}}. The distance was 42 kilometres, and the strongest wind of the summer blew on the day of the race.

The winner, Denis Ryabov from Petrozavodsk, covered the distance in {{3,5=>3.5|date-number}} hours. {{It=>He|pronoun}} trained on the lake every morning since May. Ryabov told reporters that {{I paddled the last ten kilometres against the wind and thought only about the finish=>he paddled the last ten kilometres against the wind and thought only about the finish|pronoun}}.

{{In the women's race the first was Anna Kukkonen=>Anna Kukkonen won the women's race|calque}}, a teacher from Sortavala. Nine boats capsized near the islands, and rescuers picked up the paddlers within minutes, the organisers said{{ — Stolitsa na Onego=>|editorial-gloss}}.

Participants from other regions spent the night in a {{турбаза=>tourist camp|untranslated}} on the shore, and many came with their families. The race was broadcast on {{rutube=>Rutube|name-casing}}, and the recording has already been watched more than 20,000 times.

Next year the organisers want to add a short distance for children and a class for traditional wooden boats. The lake is about 24 kilometres long and has more than 60 islands, so the route will be changed to keep the boats away from the open water in a storm.
""",

"mt-05-pharmacybus": """KOSTROMA, {{16 may=>16 May|date-number}}. A pharmacy on wheels has begun to visit 46 villages of the Kostroma region where there are no pharmacies, the regional health department said{{ — Regnum=>|editorial-gloss}}. It comes to each village twice a month.

The bus was bought for 11 million roubles; {{he=>it|pronoun}} has a refrigerator for insulin and a ramp for wheelchairs. The schedule of the trips is published on the website of the regional hospital and in the {{odnoklassniki=>Odnoklassniki|name-casing}} group of each district. Between the trips the bus parks on {{Susaninskaya square=>Susaninskaya Square|name-casing}} in Kostroma, where it is washed and loaded.

About {{1,5 thousand residents=>1,500 residents|date-number}} live in the villages on the route, most of them pensioners. {{The services of the pharmacy in the first week used 600 people=>600 people used the pharmacy in the first week|calque}}. The pharmacist Natalia Gusarova explained that {{we sell mostly pills for blood pressure and ointments for joints=>the pharmacy sells mostly pills for blood pressure and ointments for joints|pronoun}}. Prescription drugs can be ordered in advance by phone and received on the next visit.

The drivers say the worst part is the spring, when the roads to the far villages turn to mud. In April the bus could not reach three villages, and the medicines were taken there by a tractor of a local farm.

A second bus may appear in 2027 if the federal budget gives money for it.

{{Photo from open sources=>|editorial-gloss}}
""",

"mt-06-libraryboat": """TOMSK, {{12 july=>12 July|date-number}}. A library on a boat has set off on its first trip along the Ob and will visit 14 villages of the Kargasok district, {{reported the press service of the regional library=>the regional library's press service reported|calque}}. The boat {{«=>"|punctuation}}Chekhov{{»=>"|punctuation}} carries {{2,3 thousand books=>2,300 books|date-number}}, board games and a projector for films.

The librarian Yulia Markova will spend the whole summer on board. {{It=>She|pronoun}} grew up in one of the villages on the route and still has relatives there. Markova noted that {{we bring not only books but also new people to talk to=>the library brings not only books but also new people to talk to|pronoun}}.

In most of the villages there has been no library for ten years, and the nearest shop with books is in Kargasok, a day's journey by water, the head of the district said{{ — the newspaper Severnaya Pravda=>|editorial-gloss}}. Readers can order books for the next visit through {{viber=>Viber|name-casing}}.

Before the trip the boat stood for a week at the pier by the {{Lagerny garden=>Lagerny Garden|name-casing}} in Tomsk, where townspeople brought about 500 books as gifts. Children's books and detective novels were the most wanted, the librarians said.

The boat will return to Tomsk at the end of August, when the water in the Ob river falls and the small channels become too shallow. If the trip succeeds, the region wants to send a second boat up the Vasyugan next summer.
""",

"neg-01-velodrome": """Manchester's National Cycling Centre will stay open through the winter after the city council agreed a rescue package worth £2.4 million, ending months of uncertainty for the clubs that train there.

The velodrome, which opened in 1994, needs a new roof and a resurfaced track. The sport's governing body — British Cycling — said it would contribute a further £600,000 over three years.

"This is the home of track cycling in this country," said Emma Clarke, who coaches at a junior club in Stockport. "Half of the riders in the last Olympic team learned to ride a bend here." Her club has 140 members, the youngest of them eight.

The council's leader, Bev Craig, said the building was "part of the city's story" and that closing it had never been a serious option. Councillors from the opposition questioned the cost and asked for an audit of the centre's finances by March.

The track will close for six weeks in January while the surface is sanded and resealed. Riders will move to the outdoor circuit at Wythenshawe Park and to a temporary indoor track in Derby.

Some members of staff learned of the deal from a post on the centre's Telegram channel before they were told by their managers, according to a union representative. A spokeswoman for the centre apologised and said the announcement had gone out too early.

Ticket prices for public sessions will rise from £9 to £11 from April. Clarke said she hoped the increase would not put off families. "You can't get kids on a track if their parents can't afford the first session," she said.

The centre hosted 310,000 visits last year, about a third of them by school groups, according to figures published by the council. — Staff and agencies
""",

"neg-02-planetarium": """MOSCOW (AP) — A planetarium in the Siberian city of Novosibirsk has reopened after a two-year renovation, drawing long lines of families on its first weekend, local officials said Sunday.

The dome now holds a projector that can show the night sky as it looked from any point on Earth over the last 10,000 years, the city's culture department said. The equipment cost about $450,000, according to the state news agency — RIA Novosti.

Russia has built or refitted more than 30 planetariums since 2018, many of them in former churches or Soviet cinemas. Astronomy returned to the school curriculum in 2017 after a break of two decades.

"Children come here who have never seen the Milky Way, because of the light in the cities," said Irina Sokolova, who runs the education program. She said school bookings for the spring were already full.

The planetarium stands beside the Ob river, near a park where the city holds its winter festival. Visitors on Saturday queued for more than an hour in temperatures of minus 18 Celsius, and volunteers handed out hot tea.

The renovation was paid for by the regional government and a mining company, which asked that its name appear on the building's new sign. Some residents objected in posts on Telegram, saying the planetarium should not carry an advertisement.

In Moscow, the city's own planetarium near the zoo drew about 900,000 visitors last year, Tass reported. The Kremlin did not comment.

Sokolova said the staff had received a telegram of congratulations from a cosmonaut who grew up in the region and had visited the old planetarium as a boy. It now hangs in a frame in the lobby, she said.
""",
}
