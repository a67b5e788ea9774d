"""Build docs/ and gold.jsonl of blind-pronouns-2 from the marked texts below.

Markup: [[written|correction]] marks a pronoun artifact (category pronoun, certain). Texts were
written by the pronouns2 helper after the work on MT319/MT3100 was done, in the style of
machine translation from Russian news, on several beats; none is taken from any corpus.
neg-* texts are written as a careful human editor would and carry no markup.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import PAIR_MARK, PRO, run_marked

SET_DIR = Path(__file__).resolve().parent

TEXTS = {
"mt-01-hockey-transfer": """Forward Kirill Marchenko moves to SKA

The 24-year-old forward Kirill Marchenko signed a three-year contract with St. Petersburg SKA, the club's press service reported on Wednesday.

Last season Marchenko scored 31 goals for Avangard. The sports director of SKA Roman Rotenberg stated that the club had followed [[it|him]] for two years. According to him, the forward will play in the first line.

Marchenko himself thanked the fans of Omsk and wished [[your|his]] former team success in the new season.""",

"mt-02-bank-results": """Bank "Vostok" increased profit by a third

The net profit of the bank "Vostok" for nine months grew by 33 percent, to 12 billion rubles. This was announced by the chairman of the board Elena Guseva at a press conference in Novosibirsk.

Guseva said that [[he|she]] expects a further growth of the loan portfolio next year. In her words, the bank does not plan to raise rates on deposits.

The analyst of the rating agency Mikhail Zotov noted that the results of the bank turned out better than forecasts. At the same time, he warned that [[I|he]] would not recommend investors to hurry.""",

"mt-03-theatre-premiere": """In Yekaterinburg showed the new "Onegin"

The opera theater of Yekaterinburg presented the premiere of "Eugene Onegin" in the production of the director Anna Tikhonova.

Tikhonova moved the action to the 1990s. The audience met [[it|her]] with a standing ovation after the third act. In an interview with the local channel the director admitted that [[he|she]] had been afraid of the reaction of the older public.

The theatre plans to show the performance in Moscow in spring. [[His|Its]] troupe will go on tour for the first time in ten years.""",

"mt-04-fraud-court": """The court arrested the head of the construction company

The Leninsky court of Krasnodar arrested for two months the general director of the construction company "Yug-Stroy" Denis Frolov. [[It|He]] is accused of fraud on a particularly large scale.

According to the investigation, Frolov received from shareholders more than 300 million rubles, but did not build the house. The lawyer of the businessman asked to release [[it|him]] under house arrest, but the court refused.

Frolov himself does not admit guilt. [[Its|His]] wife earlier appealed to the governor with a letter.""",

"mt-05-comet-discovery": """Russian astronomer discovered a new comet

The employee of the Crimean astrophysical observatory Gennady Borisov discovered a new comet, the Minor Planet Center confirmed.

The object was noticed on September 12 with a telescope, which the astronomer built [[itself|himself]]. Later [[she|it]] was photographed by observatories in Chile and Hawaii.

The comet will approach the Sun in December. According to Borisov, [[she|it]] will be visible only in powerful telescopes.""",

"mt-06-region-floods": """In the Orenburg region the water level in the Ural river is falling

The level of water in the Ural near Orenburg decreased by 20 centimetres over the day, the governor Denis Pasler said in [[its|his]] Telegram channel.

Pasler added that the dam near the village of Krasnokholm was strengthened overnight, and now [[she|it]] holds the water. The governor is convinced that [[you|the residents]] will be able to return home by the end of the week.

The regional emergency ministry reported that in total 6,000 houses are flooded.""",

"mt-07-figure-skater": """Trusova will miss the Russian championship

Figure skater Alexandra Trusova will not take part in the Russian championship because of an injury, her coach said.

According to him, the athlete injured the leg in training last week. The doctors recommended [[it|her]] to refrain from jumps for a month.

Trusova herself wrote in social networks that [[he|she]] hopes to return to the ice in spring. Earlier the skater announced [[your|her]] engagement.""",

"mt-08-drug-launch": """Russian company will start producing a drug against diabetes

The pharmaceutical company "Geropharm" will launch the production of a new drug against type 2 diabetes in the Kaluga region. The investment will amount to 4 billion rubles.

The new technology will [[allow you to|make it possible to]] reduce the cost of treatment by half, the company's press service said.

The general director of the company Pyotr Rodionov told that [[it|he]] personally negotiated with the regional authorities. The plant will create 300 jobs.""",

"mt-09-school-olympiad": """A schoolgirl from Kazan won the international olympiad in chemistry

The eleventh-grade student of the Kazan lyceum Amina Khairullina won the gold medal at the international chemistry olympiad.

In the final round [[it|she]] solved all eight problems. The teacher of the schoolgirl Marat Ziganshin said that [[it|he]] had prepared the team for three years.

The Minister of Education of Tatarstan congratulated Khairullina and promised [[it|her]] a grant for studying at the university.""",

"mt-10-metro-station": """In Moscow opened a new metro station

The station "Pyhtino" of the Solntsevskaya line was opened for passengers on Saturday. The mayor of Moscow Sergei Sobyanin took part in the opening.

The station was built in three years. [[She|It]] will serve about 40 thousand passengers a day.

Sobyanin said that by the end of the year the city plans to open four more stations. According to the mayor, [[we|the city]] will complete the Big Circle line in 2023.""",

"mt-11-wrestler-ban": """The wrestler was disqualified for four years

The Russian wrestler Natalia Vorobyova was disqualified for four years for violation of anti-doping rules, the RUSADA press service reported.

In the doping sample of the athlete found a prohibited substance. Vorobyova does not agree with the decision and will appeal [[it|it]] in the Court of Arbitration for Sport.

The lawyer of the athlete stated that [[it|she]] had never used prohibited drugs. The Olympic champion of London considers [[himself|herself]] innocent.""",

"mt-12-church-restoration": """In Pskov completed the restoration of the ancient church

Restorers completed the work on the church of St. Nicholas in Pskov, built in the 16th century.

The work lasted six years. During it restorers found frescoes under the plaster, the head of the regional department for the protection of monuments Irina Kuzmina said. [[His|Their]] age, according to experts, is more than 400 years.

Kuzmina noted that the temple will be opened to visitors in summer. [[It|She]] also thanked the sponsors who paid for its restoration.""",
}

NEG = {
"neg-01-ferry-service": """Ferry service to resume after storm

The ferry between the two island towns will resume on Monday after a storm damaged its landing stage, the operator said.

The company's chief executive, Margaret Hale, said she expected the first crossing to leave at 7 a.m. "We have checked every mooring twice," she said. Repairs cost about £40,000, and the council has agreed to share the bill.

Passengers with tickets for cancelled sailings can claim a refund online.""",

"neg-02-chess-final": """Young grandmaster wins national title

Sixteen-year-old Daniel Park won the national chess championship on Sunday, beating the defending champion in a tense final game.

Park, who taught himself the game from online videos, said he had not expected to reach the final. His coach, Lena Ortiz, praised his calm. "He never panics," she said.

The title gives him a place at next year's world cup, which will be held in Baku.""",

"neg-03-hospital-wing": """Hospital opens new children's wing

A new children's wing opened at the city hospital on Thursday, doubling the number of beds for young patients.

The hospital's director, Dr Samuel Reed, said the wing had been funded by local donors. It includes a playroom and a school room, where teachers will visit twice a week.

Nurse Anita Shah, who has worked at the hospital for 20 years, said the old ward had been too small. "The children deserve this," she said.""",
}

if __name__ == "__main__":
    # Each text ends in one newline; a mark like [[it|it]] is a correct reading, no gold line.
    sys.exit(run_marked(SET_DIR, {doc: t + "\n" for doc, t in {**TEXTS, **NEG}.items()},
                        PAIR_MARK, category=PRO))
