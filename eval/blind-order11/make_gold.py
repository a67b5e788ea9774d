"""Write docs/ and gold.jsonl for eval/blind-order11 from the marked texts below.

A mark is [[written|correction|category]]; run from anywhere: python eval/blind-order11/make_gold.py
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldkit import run_marked  # noqa: E402

MARK = re.compile(r"\[\[(?P<text>[^|\]]+)\|(?P<correction>[^|\]]*)\|(?P<category>[a-z-]+)\]\]")

TEXTS = {
"mt-01-hydro": """Repair of the hydro unit at the Volkhov HPP will be finished by winter

[[On the modernization of the station were spent|About 2 billion rubles were spent on modernizing the station|calque]] about 2 billion rubles, [[reported in the press service of the company|the company said|calque]] "RusHydro" on Tuesday.

The works on the replacement of the turbine of the hydro unit No. 3 began in March. [[The new impeller the specialists of the plant in Syzran will deliver|Specialists of the Syzran plant will deliver the new impeller|calque]] in August, after which the unit will be tested under load. [[The director of the branch Anton Sidelnikov|Anton Sidelnikov, the branch director,|calque]] explained that the capacity of the unit will grow [[in one and a half times|one and a half times|calque]].

"[[We will finish|They will finish|pronoun]] the works [[to 1 December|by 1 December|calque]], and [[in the peak of|at the peak of|calque]] the heating season the station will work [[with full capacity|at full capacity|calque]]," – [[Sidelnikov told|Sidelnikov said|calque]].

The Volkhov HPP was put into operation in 1926 and is the oldest operating hydroelectric power station of Russia. [[His|Its|pronoun]] capacity after the reconstruction [[will amount to the sum of|will be|calque]] 98 megawatts.
""",
"mt-02-harvest": """In the Kuban the harvest of winter wheat is completed

Farmers of the Krasnodar region completed the harvesting campaign of winter crops. [[In total in the region were threshed|In total, the region threshed|calque]] [[8,6|8.6|date-number]] million tonnes of grain, [[informed the regional ministry of agriculture|the regional agriculture ministry said|calque]].

The average yield [[made up|was|calque]] 62 centners per hectare. [[The first place on yield occupied|Top for yield was|calque]] Ust-Labinsk district, [[the second became|followed by|calque]] Tbilisskaya district.

The minister of agriculture of the region Fyodor Derkach [[promised to farmers|promised farmers|calque]] to keep the subsidies for fuel. According to [[him|him|pronoun]], the prices for diesel fuel since the beginning of the season grew [[by two-three times|two- to threefold|calque]] in some districts.

[[On the elevators at the present time are stored|At present, the elevators hold|calque]] more than 3 million tonnes of grain. [[The export quota the government will establish|The government will set the export quota|calque]] in September.
""",
"mt-03-monastery": """[[In Pskov region completed|Restoration completed in Pskov region|calque]] the restoration of the Mirozhsky monastery cathedral

The restoration of the Cathedral of the Transfiguration of the Mirozhsky monastery is completed, [[informed in the|said the|calque]] [[ministry of culture of Russia|Ministry of Culture of Russia|institution-casing]].

[[For the works from the federal budget were allocated|The federal budget allocated|calque]] 340 million rubles. The restorers strengthened the foundation and cleaned the frescoes of the XII century. [[The state of the frescoes the experts estimated as|Experts rated the frescoes' condition as|calque]] satisfactory.

"[[Our|Their|pronoun]] main task was not to damage the painting," [[said the head of the restoration workshop Irina Gusakova|said Irina Gusakova, head of the restoration workshop|calque]]. She added that the works [[were conducted in the regime of|were carried out under|calque]] the constant climate control.

[[At the consecration of the cathedral will be present|The consecration of the cathedral will be attended by|calque]] [[the metropolitan of Pskov and Porkhov Tikhon|Metropolitan Tikhon of Pskov and Porkhov|calque]] and about 500 parishioners. The consecration is planned [[to 19 August|for 19 August|calque]].
""",
"mt-04-itpark": """In Kazan the second building of the IT-park will open

The construction of the second building of the IT-park in Kazan enters the final stage. [[In the building will be placed|The building will house|calque]] 40 companies and a business incubator, [[told the minister of digital development of Tatarstan Airat Khairullin|said Airat Khairullin, Tatarstan's digital development minister|calque]].

The cost of the project is estimated [[in|at|calque]] [[4,5|4.5|date-number]] billion rubles. [[At the expense of the republican budget|Funded by the republic's budget|calque]] will be financed about half of the costs.

Residents of the park receive tax benefits. [[The applications the companies can submit|Companies can submit applications|calque]] [[on the site of the park|on the park's website|calque]] [[to 30 September|until 30 September|calque]]. Khairullin [[reminded to entrepreneurs|reminded entrepreneurs|calque]] that the competition for the places is high: [[in the first building|in the first building|calque]] for one office applied [[in three times|three times|calque]] more firms than there were places.

"[[We|They|pronoun]] expect that the building will be full already in the first year," – [[noted the minister|the minister said|calque]].
""",
"mt-05-ferry": """On the Ob the ferry crossing resumed work

The ferry crossing through the Ob near the village of Kolpashevo resumed work after the ice drift. [[In the first day across the river were transported|On the first day, the ferry carried|calque]] 120 cars and about 300 passengers.

The ferry "Sibiryak" works [[in the regime of|on|calque]] an hourly schedule [[from 6 to 22 hours|from 6 a.m. to 10 p.m.|calque]]. [[His|Its|pronoun]] carrying capacity is 25 cars. The head of the district Alexander Shapovalov [[promised to residents|promised residents|calque]] that [[in the summer will be added|a second ferry will be added in the summer|calque]] a second ferry.

[[The ticket prices the administration will not raise|The administration will not raise ticket prices|calque]], [[he|he|pronoun]] stressed. The crossing will work [[to the beginning of the freeze-up|until the river freezes|calque]] in November.

[[Over the river at this moment work|At the moment, the river is served by|calque]] only two crossings, the nearest bridge is located 200 kilometers to the south.
""",
"mt-06-clinic": """[[In Yakutsk opened|A telemedicine center opened in Yakutsk|calque]] a center of telemedicine

[[In the Republican hospital No. 1 of Yakutsk started work|A telemedicine center has opened at Republican Hospital No. 1 in Yakutsk|calque]] the center of telemedicine. [[Through it will be consulted|It will consult|calque]] patients of 30 remote [[uluses|districts|untranslated]], reported the [[ministry of health of Yakutia|Ministry of Health of Yakutia|institution-casing]].

[[For the equipment of the center were spent|95 million rubles were spent on equipping the center|calque]] 95 million rubles. [[The first consultation the doctors conducted|Doctors held the first consultation|calque]] on Monday with a patient from the village of Chokurdakh.

"Earlier the patient had to fly to Yakutsk, now the doctor will see [[him|them|pronoun]] on the screen," – [[explained to journalists the chief physician Pavel Ivanov|chief physician Pavel Ivanov told journalists|calque]].

By the end of the year the number of consultations will grow [[in two times|twofold|calque]]. [[In the next year to the network will be connected|Next year, the network will be joined by|calque]] another 12 district hospitals.
""",
"neg-01-weather": """Storm brings power cuts to coastal towns

Thousands of homes were without power on Sunday after a storm swept along the coast, bringing gusts of up to 80 mph.

In the worst-hit areas, engineers worked through the night to restore supplies. By Sunday evening, about 12,000 properties were still waiting to be reconnected, the network operator said.

Among the towns affected were Whitby and Scarborough, where fallen trees blocked several roads. Also closed was the coastal railway line, which is expected to reopen on Tuesday.

The second storm of the season came only a week after the first. Forecasters said the worst had now passed, and that calmer weather would follow. The money the council set aside for flood defences will be reviewed next month, a spokesman said.

"In the square stand two old oaks that have survived every storm for a century," said local resident Margaret Hill, 74. "This time we lost one of them."
""",
}

if __name__ == "__main__":
    sys.exit(run_marked(Path(__file__).resolve().parent, TEXTS, MARK))
