"""Write docs/ and gold.jsonl for eval/blind-inst11 from the marked texts below.

A mark is [[written|correction|category]]; run from anywhere: python eval/blind-inst11/make_gold.py
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import CORPUS_AND_SEEDS, MAIN_EVAL, run_marked  # noqa: E402

MARK = re.compile(r"\[\[(?P<text>[^|\]]+)\|(?P<correction>[^|\]]*)\|(?P<category>[a-z-]+)\]\]")

TEXTS = {
"mt-01-airline": """KHABAROVSK, 14 march. /Interfax-Far East/. The regional airline "Khabarovsk Avia" will receive two new L-410 aircraft for flights to the northern settlements, [[reported in the ministry of transport and road management of the region|the regional Ministry of Transport and Road Management said|calque]].

The aircraft were bought under the program of the [[State transport leasing company|State Transport Leasing Company|institution-casing]] (GTLK) for 640 million rubles. The first flights to Okhotsk and Ayan are planned for May, after the repair of the [[VPP|runway|untranslated]] in Ayan.

"The old An-2 planes have worked out their resource, and we simply could not fly in winter," – said the director of the airline Oleg Teplov. According to [[its|his|pronoun]] words, the ticket price for residents of the north will remain subsidized.

Earlier the [[Federal agency of air transport|Federal Air Transport Agency|institution-casing]] allowed the carrier to use the airfield in Nikolaevsk-on-Amur at night.
""",
"mt-02-swimming": """KAZAN, 2 august. /R-Sport/. Swimmer from Tatarstan Alina Gareeva set a national record at the distance of 200 meters butterfly at the championship of Russia, [[informed in the Russian swimming federation|the Russian Swimming Federation said|calque]].

Gareeva swam the distance in 2 minutes [[6,41|6.41|date-number]] seconds, improving the previous record by a tenth of a second. [[Its|Her|pronoun]] coach Rustem Galiullin said that the athlete prepared for the start at the training base in the [[Volga region state academy of physical culture|Volga Region State Academy of Physical Culture|institution-casing]].

The championship is held in the aquatics palace "Ak Bars", tickets were sold out in two days. The [[ministry of sport of the republic|Ministry of Sport of the Republic|institution-casing]] promised the record holder a premium of 500 thousand rubles.

Students of the [[PGUFKSiT|Volga Region State Academy|untranslated]] won four more medals at the tournament.
""",
"mt-03-weather": """NOVOSIBIRSK, 19 january. /TASS/. Frosts down to minus 45 degrees are expected in the north of the Novosibirsk region at the end of the week, [[reported in the Zapsib UGMS|the West Siberian Hydrometeorological Service said|calque]].

According to the forecasters of the [[Hydrometeorological center of Russia|Hydrometeorological Center of Russia|institution-casing]], the anticyclone will stay over the region at least until 25 January. In Novosibirsk the night temperature will drop to minus 38 degrees.

The regional department of the [[MChS|Emergencies Ministry|untranslated]] recommended residents to refrain from long trips on the federal highways. Classes in schools for pupils of the first to sixth grades were cancelled, [[informed the ministry of education of the region|the regional education ministry said|calque]].

Heating networks work in the reinforced mode, the city [[vodokanal|water utility|untranslated]] put additional crews on duty.
""",
"mt-04-dairy": """VOLOGDA, 5 october. /Interfax/. Milk production in the Vologda region for nine months grew by 4% and reached 480 thousand tons, [[informed the press service of the department of agriculture and food resources of the region|the regional Agriculture and Food Resources Department said|calque]].

The number of cattle [[(KRS)|(cattle)|untranslated]] at agricultural enterprises remained at the level of last year. The largest producer, the breeding plant "Prisukhonskoye", received 14 thousand tons of milk.

The head of the [[Russian union of dairy producers|Russian Union of Dairy Producers|institution-casing]] Artem Belov noted that purchase prices for raw milk fell for the first time in three years. "Processors reduce the purchase, because the stocks of cheese and butter are big," – he explained.

The region also received 320 million rubles of subsidies from the [[ministry of agriculture|Ministry of Agriculture|institution-casing]] for the modernization of farms.
""",
"mt-05-archive": """PERM, 11 june. /Rossiyskaya Gazeta/. The [[State archive of the Perm territory|State Archive of the Perm Territory|institution-casing]] digitized the documents of the Motovilikha plants of the 19th century, [[reported in the press service of the archive|the archive said|calque]].

More than 12 thousand sheets were scanned, among them drawings of guns and letters of engineers. The work was financed by a grant of the [[Russian historical society|Russian Historical Society|institution-casing]] for 8 million rubles.

The director of the archive Marina Lapteva said that [[it|she|pronoun]] plans to open the electronic reading room by the end of the year. The documents will also be passed to the [[RGADA|Russian State Archive of Ancient Acts|untranslated]] in Moscow.
""",
"mt-06-olympiad": """YAKUTSK, 28 april. /Yakutia-24/. Schoolchildren from Yakutia won 11 medals at the final stage of the all-Russian olympiad in mathematics and physics, [[informed in the ministry of education and science of the republic|the republic's Ministry of Education and Science said|calque]].

The olympiad was held on the base of the [[North-Eastern federal university|North-Eastern Federal University|institution-casing]] ([[SVFU|NEFU|untranslated]]). Three winners receive the right to enter the university without exams.

The teacher of the physics and mathematics lyceum Nikolai Egorov said that the children prepared for a year. "Every Saturday we solved problems of past years," – [[he told|he said|calque]]. According to the head of the [[Russian mathematical society|Russian Mathematical Society|institution-casing]], the level of the olympiad this year was the highest in a decade.
""",
"neg-01-airline": """Russian regional airline gets new planes for Arctic routes

MOSCOW (Reuters) - A regional airline in Russia's Far East will take delivery of two Czech-built L-410 turboprops this spring to serve remote northern settlements, the Khabarovsk regional government said on Thursday.

The aircraft were leased through the state-owned State Transport Leasing Company (GTLK) in a deal worth about 640 million roubles ($7 million), the government said. They will replace ageing Soviet-era An-2 biplanes that cannot fly in the harsh winter.

The Federal Air Transport Agency, known as Rosaviatsia, had earlier cleared the carrier to use an airfield at Nikolayevsk-on-Amur at night. Ticket prices for local residents will stay subsidised, the airline's director said.

Russia has struggled to keep its regional fleet flying since Western sanctions cut off supplies of aircraft and spare parts, and the transport ministry has promised subsidies for domestic and Czech-made planes.
""",
}

if __name__ == "__main__":
    sys.exit(run_marked(Path(__file__).resolve().parent, TEXTS, MARK,
                        own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL))
