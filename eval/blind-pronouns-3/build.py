"""Build docs/ and gold.jsonl of blind-pronouns-3 from the marked texts below.

Markup: [[written|correction]] marks a pronoun artifact (category pronoun, certain). Texts were
written by the pronouns3 helper after the work on MT3101 was done, in the style of machine
translation from Russian news, on several beats; none is taken from any corpus. neg-* texts
are written as a careful human editor would and carry no markup.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import PAIR_MARK, PRO, run_marked

SET_DIR = Path(__file__).resolve().parent

TEXTS = {
"mt-01-football-coach": """The coach of "Rotor" resigned after the defeat

The head coach of Volgograd "Rotor" Igor Menshchikov left the post after the defeat from "Akron" with the score 0:3, the club's press service reported on Monday.

Menshchikov headed the team in 2022. Under [[its|his]] leadership "Rotor" returned to the First League. The president of the club Alexei Zhitnikov thanked the specialist and said that the club will announce the name of [[his|its]] new coach within a week.

According to the sources of the publication, the management already held talks with the former coach of "Chernomorets". The fans asked the club to keep [[it|him]] until the end of the season.""",

"mt-02-gas-exports": """Turkey increased purchases of Russian gas

In the first half of the year, Turkey increased the import of Russian pipeline gas by 12 percent, follows from the data of the energy regulator of the country.

The energy minister of Turkey Alparslan Bayraktar stated that Ankara intends to turn [[his|its]] territory into a gas hub for Europe. According to him, the negotiations with Moscow on the new project are at an advanced stage.

The analyst of the investment company Sergei Kaufman believes that Turkey will use the hub to strengthen [[her|its]] positions in the talks with Brussels. At the same time, he noted that [[I|he]] do not expect a quick decision.""",

"mt-03-museum-exhibition": """In the Hermitage opened the exhibition of Persian miniatures

The State Hermitage presented the exhibition of Persian miniatures of the XVI-XVII centuries from [[his|its]] own collection and from the museums of Iran.

The curator of the exhibition Natalia Sokolova told that the preparation took four years. According to [[it|her]], many works are shown to the public for the first time. Sokolova added that the museum hopes to continue the cooperation, and [[he|it]] already discusses the return exhibition in Tehran.

The director of the Hermitage Mikhail Piotrovsky called the exhibition an important event. [[It|He]] noted that the dialogue of cultures is possible even in difficult times.""",

"mt-04-wildfire-yakutia": """In Yakutia the area of forest fires doubled

The area of forest fires in Yakutia over the week doubled and reached 400 thousand hectares, the head of the republic Aisen Nikolaev reported.

According to Nikolaev, the most difficult situation is in the Olekminsky district. The village of Kyllakh is surrounded by fire from three sides, and [[he|it]] was connected with the district centre only by river. The head of the republic said that [[I|he]] personally control the evacuation.

Nikolaev also asked the federal authorities to help the republic. The Ministry of Emergency Situations sent to Yakutia two planes Be-200, [[she|it]] promised to send more equipment next week.""",

"mt-05-telescope-launch": """Russian scientists will send a new telescope to the orbit

The Space Research Institute of the Russian Academy of Sciences completed the assembly of the X-ray telescope "Spektr-UF", its launch is planned for 2026.

The head of the project Boris Shustov told that the telescope will study the atmosphere of exoplanets. [[He|It]] weighs about three tons and will work on the orbit at least five years. According to Shustov, the institute already received [[his|its]] first test data.

The scientist noted that the team of the project has 40 people. Many of them young, and [[it|he]] is proud that the youth stays in Russian science.""",

"mt-06-airline-results": """Aeroflot reported on the growth of passenger traffic

The airline "Aeroflot" in October carried 4.5 million passengers, which is 8 percent more than a year earlier.

The general director of the company Sergei Aleksandrovsky stated that the company restores [[his|its]] route network. The airline plans to open flights to three new cities in Asia in winter.

Aleksandrovsky also said that [[it|he]] expects the delivery of the Russian aircraft MS-21 in the next year. In his words, the company has already trained pilots for [[it|them]].""",

"mt-07-chess-champion": """The Russian chess player won the world cup

The Russian grandmaster Alexandra Goryachkina won the women's world cup, which took place in Baku.

In the final Goryachkina beat the Chinese chess player Tan Zhongyi. After the victory [[it|she]] said that the final game was the most difficult in [[his|her]] career. The Russian chess federation congratulated the champion and promised [[it|her]] a prize.

The coach of the chess player noted that [[we|she]] prepared for the tournament for half a year.""",

"mt-08-bridge-repair": """In Novosibirsk closed the bridge for repair

The Oktyabrsky bridge in Novosibirsk will be closed for repair from Monday, the mayor's office reported.

The mayor of the city Maxim Kudryavtsev said that the works will last until November. [[He|It]] was built in 1955 and [[his|its]] supports need strengthening. Kudryavtsev asked the residents to use the public transport and promised that the city will launch additional buses.

The mayor noted that the repair is financed from the federal budget. According to [[it|him]], the total cost of the works is 3 billion rubles.""",

"mt-09-wheat-harvest": """Russia collected a record harvest of wheat

Russia this year collected 92 million tons of wheat, the Minister of Agriculture Oksana Lut reported.

According to the minister, the country will keep [[his|its]] place of the largest exporter of wheat in the world. Lut said that [[he|she]] expects the export to reach 55 million tons.

The head of the Russian Grain Union Arkady Zlochevsky noted that the prices for wheat fell. The farmers, according to [[it|him]], need the support of the state.""",

"mt-10-theatre-director": """The director of the Bolshoi Drama Theatre left the post

The artistic director of the Tovstonogov Bolshoi Drama Theatre Andrei Moguchy left the post, the theatre said in [[his|its]] Telegram channel.

Moguchy headed the theatre since 2013. The ministry of culture thanked [[it|him]] for the work. The new artistic director has not yet been appointed.

In the interview to the newspaper, the director said that [[your|his]] decision is connected with the desire to work on own projects.""",
}

NEG = {
"neg-01-marathon": """Runner sets course record in city marathon

Kenyan runner Grace Wanjiru set a course record at the city marathon on Sunday, finishing in 2 hours 19 minutes.

Wanjiru, who won the race two years ago, said she had trained at altitude for three months. Her coach, Peter Mwangi, said he had never seen her run so freely. The city council, which organises the event, said it would raise the prize money next year.

The men's race was won by Ethiopia's Abebe Tadesse in his first marathon.""",

"neg-02-factory-reopens": """Car plant reopens after two-month pause

A car plant in the north of the country reopened on Tuesday after a two-month pause caused by a shortage of parts.

The company's chairman, Helen Carter, said it had found new suppliers in Asia and expected to return to full output by spring. The plant employs 3,000 people, and its union welcomed the news.

Local mayor Tom Bright said he was relieved. "The town depends on this plant," he said.""",
}

if __name__ == "__main__":
    # Each text ends in one newline; a mark like [[it|it]] is a correct reading, no gold line.
    sys.exit(run_marked(SET_DIR, {doc: t + "\n" for doc, t in {**TEXTS, **NEG}.items()},
                        PAIR_MARK, category=PRO))
