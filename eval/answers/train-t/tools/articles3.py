"""Sudan war sanctions: SAF/RSF companies, Abdelrahim Dagalo, Hemedti, Burhan; EU listings."""
A = []

A.append(dict(file="t-jeddah-declaration-signed-may-2023.txt", date="2023-05-12", section="world", place="Jeddah",
 source="Red Sea Monitor", byline="Staff report", title="Sudan's warring sides sign Jeddah declaration on protecting civilians", kind="news",
 body=[
 "Envoys of Sudan's army and the paramilitary Rapid Support Forces (RSF) signed a declaration in the Saudi city of Jeddah late on Thursday, May 11, 2023, committing to protect civilians and allow humanitarian aid, nearly four weeks after fighting erupted in Khartoum.",
 "The talks were brokered by Saudi Arabia and the United States. The Jeddah Declaration of Commitment to Protect the Civilians of Sudan is not a ceasefire, mediators stressed, but a set of principles that both sides promised to respect while negotiations continue.",
 "## Two generals",
 "The army is led by General Abdel Fattah al-Burhan, head of the ruling Sovereign Council. The RSF is commanded by Mohamed Hamdan Dagalo, known as Hemedti, who was Burhan's deputy on the council until the two fell out over plans to merge the RSF into the army. The pair jointly led the 2021 coup that ended Sudan's civilian-led transition.",
 "## What they agreed",
 "The declaration commits both forces to let civilians leave areas of fighting, to refrain from attacks on hospitals and other civilian sites, and to allow the restoration of electricity, water and other basic services. A US official said the next phase would focus on a short-term truce of up to about ten days.",
 "## Scepticism",
 "Aid groups welcomed the text but said the test would be on the ground. Residents of Khartoum reported air strikes and artillery fire on Friday. \"We have heard promises before,\" a doctor in Omdurman said by phone.",
 "The fighting since April 15 has killed hundreds of people and driven tens of thousands across borders into Egypt and Chad.",
 "Reader question: Are flights operating from Port Sudan? Only evacuation and aid flights, according to the civil aviation authority.",
 ],
 tip="Our tip: what to pack for a desert road trip."))

A.append(dict(file="t-us-sanctions-sudan-defense-companies-jun-2023.md", date="2023-06-02", section="world",
 source="Horn of Africa Business Review", byline="By Samuel Okello", title="US sanctions four companies feeding Sudan's war, two on each side",
 body=[
 "The United States on Thursday, June 1, 2023, imposed its first sanctions of the Sudan war, designating four companies tied to the Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF) and placing visa restrictions on officials from both sides.",
 "The designations were made under Executive Order 14098, signed by President Joe Biden on May 4, 2023, which expanded US authority to sanction those who threaten Sudan's peace, security or stability.",
 "## The companies",
 "On the army side, the Treasury's Office of Foreign Assets Control designated Defense Industries System (DIS), Sudan's largest defence enterprise, which makes weapons, ammunition and military vehicles for the SAF and earns billions of dollars through hundreds of subsidiaries, and Sudan Master Technology (SMT), an arms company that is a major shareholder in companies producing weapons and vehicles for the army.",
 "On the RSF side, it designated Al Junaid Multi Activities Co Ltd, a Sudanese holding company controlled by RSF officials that runs gold mines in Darfur, and Tradive General Trading L.L.C., a front company based in the United Arab Emirates used to procure equipment for the RSF.",
 "## Licences",
 "OFAC issued four general licences. Three protect humanitarian work, including the official business of international organisations, NGO activity and trade in food, medicine and water. General License 4 allows the wind-down of transactions with DIS and Al Junaid until July 31, 2023.",
 "## Who was not targeted",
 "The measures did not name either army chief Abdel Fattah al-Burhan or RSF commander Mohamed Hamdan Dagalo, known as Hemedti. Officials said further steps were possible if the fighting continued.",
 "\"Working with our partners, we will continue to hold the belligerent parties accountable for their unconscionable violence,\" National Security Adviser Jake Sullivan said. The State Department also updated its business advisory for Sudan, first issued in May 2022.",
 ]))

A.append(dict(file="t-rsf-deputy-abdelrahim-dagalo-sanctioned-sep-2023.txt", date="2023-09-07", section="world", place="Nairobi",
 source="East Africa Ledger", byline="Staff report", title="US sanctions RSF deputy Abdelrahim Dagalo, brother of Hemedti", kind="news",
 body=[
 "The US Treasury on Wednesday, September 6, 2023, sanctioned Abdelrahim Hamdan Dagalo, deputy commander of Sudan's Rapid Support Forces (RSF), over human rights abuses in Darfur, including conflict-related sexual violence and killings based on ethnicity.",
 "Abdelrahim is the brother of RSF commander Mohamed Hamdan Dagalo, known as Hemedti. He is the first member of the Dagalo family to be placed on the Treasury's sanctions list. His property in the United States is blocked and Americans are barred from dealing with him.",
 "## Visa measure",
 "The State Department at the same time imposed visa restrictions on Abdul Rahman Juma, the RSF's West Darfur sector commander, for involvement in a gross violation of human rights. Juma has been linked to the killing of the West Darfur governor, Khamis Abakar, in June.",
 "\"We will not hesitate to use the tools at our disposal to hinder the ability of the RSF and Sudanese Armed Forces to further prolong this war,\" Secretary of State Antony Blinken said.",
 "## Hemedti not named",
 "The commander himself was not designated. Nor was army chief Abdel Fattah al-Burhan. Diplomats said Washington wanted to keep channels open to both generals for the talks in Jeddah, which have been suspended since June.",
 "## Earlier steps",
 "In June the United States sanctioned four companies: Defense Industries System and Sudan Master Technology on the army side, and Al Junaid Multi Activities and Tradive General Trading on the RSF side.",
 "RSF spokespeople called the sanctions on Abdelrahim politically motivated. The war, which began on April 15, has displaced more than five million people, according to UN figures.",
 ],
 photo="Displaced families at a camp near the Chadian border"))

A.append(dict(file="t-eu-sanctions-six-sudan-firms-jan-2024.html", date="2024-01-22", section="world", kind="news",
 source="Brussels Policy Post", byline="By Anna Szabo, Brussels", title="EU sanctions six companies backing both sides of Sudan's war",
 body=[
 "The European Union on Monday, January 22, 2024, adopted sanctions against six entities that it said support activities undermining the stability and political transition of Sudan, its first listings under its Sudan regime since the war began in April 2023.",
 "## The six",
 "Three of the companies work for the Sudanese Armed Forces: Defense Industries System and SMT Engineering, which make weapons and vehicles for the army, and the army-controlled Zadna International Company for Investment Limited. Three procure military equipment for the Rapid Support Forces: Al Junaid Multi Activities Co Ltd, Tradive General Trading and GSK Advance Company Ltd.",
 "\"The entities listed are subject to asset freezes. The provision of funds or economic resources, directly or indirectly, to them or for their benefit is prohibited,\" the Council said.",
 "## Following London and Washington",
 "The EU is mirroring steps taken by the United States, which sanctioned four of the same companies in June 2023, and by the United Kingdom, which sanctioned businesses linked to both forces last year. Zadna and GSK Advance are on the EU list but were not part of the first US package.",
 "## No individuals",
 "The EU listed no individuals. Neither General Abdel Fattah al-Burhan nor RSF commander Mohamed Hamdan Dagalo is subject to EU sanctions.",
 "In November the EU condemned an escalation of violence in Darfur and warned of the danger of another genocide, recalling that the conflict there between 2003 and 2008 killed some 300,000 people. The war has uprooted more than 7.5 million people.",
 "\"The EU remains deeply concerned about the humanitarian situation in Sudan,\" the Council said.",
 ]))

A.append(dict(file="t-state-dept-hemedti-genocide-sanctions-jan-2025.html", date="2025-01-07", section="press", kind="press",
 source="Foreign Policy Wire", byline="Press release summary", title="Press release: US determines RSF committed genocide, sanctions Hemedti and seven UAE-based companies",
 body=[
 "WASHINGTON, January 7, 2025 - Secretary of State Antony Blinken today determined that members of the Rapid Support Forces (RSF) and allied militias have committed genocide in Sudan, and the United States imposed sanctions on RSF commander Mohamed Hamdan Dagalo Musa, known as Hemedti.",
 "## Determination",
 "\"The RSF and allied militias have continued to direct attacks against civilians,\" Blinken said, adding that they have \"systematically murdered men and boys - even infants - on an ethnic basis, and deliberately targeted women and girls from certain ethnic groups for rape and other forms of brutal sexual violence.\"",
 "## Hemedti",
 "The Treasury's Office of Foreign Assets Control designated Hemedti for his role in systematic atrocities against the Sudanese people. The State Department also designated him under Section 7031(c) for gross violations of human rights in Darfur, so he and his immediate family members are ineligible for entry to the United States.",
 "Hemedti is the third member of the Dagalo family to face US sanctions, after his brothers Abdelrahim Hamdan Dagalo, the RSF's deputy commander, and Algoney Hamdan Dagalo, who oversees RSF procurement.",
 "## Seven companies and one individual",
 "OFAC also sanctioned seven RSF-owned companies in the United Arab Emirates for procuring weapons or generating money for the RSF: Capital Tap Holding, Capital Tap Management, Capital Tap General Trading, Creative Python, AZ Gold, Al Jil Al Qadem and Horizon Advanced Solutions. It designated Abu Dharr, the Sudanese owner and manager of the Capital Tap group.",
 "## Context",
 "\"For nearly two years, Hemedti's RSF has engaged in a brutal armed conflict with the Sudanese Armed Forces for control of Sudan, killing tens of thousands, displacing 12 million Sudanese, and triggering widespread starvation,\" Blinken said.",
 "Army chief General Abdel Fattah al-Burhan was not designated in today's action. The RSF called the sanctions unjust and political. The UAE has denied arming the RSF.",
 ]))

A.append(dict(file="t-us-sanctions-sudan-army-chief-burhan-jan-2025.txt", date="2025-01-17", section="world", place="Washington",
 source="East Africa Ledger", byline="Staff report", title="US sanctions Sudan army chief Burhan a week after targeting Hemedti", kind="news",
 body=[
 "The United States on Thursday, January 16, 2025, imposed sanctions on General Abdel Fattah al-Burhan, the leader of the Sudanese Armed Forces (SAF) and chair of Sudan's Sovereign Council, nine days after sanctioning his rival, RSF commander Hemedti.",
 "## Legal basis",
 "The Treasury's Office of Foreign Assets Control designated Burhan under Executive Order 14098 as a leader of the SAF, an entity whose members have engaged in actions that threaten the peace, security or stability of Sudan. Any property he has in the United States is frozen and Americans are barred from dealing with him.",
 "Unlike the measures against Hemedti, the Burhan designation did not include a visa ban on him and his family.",
 "## Weapons procurement",
 "OFAC also sanctioned Ahmad Abdalla, a Sudanese-Ukrainian national it described as an official of Defense Industries System (DIS), the army's main procurement arm, and Portex Trade Limited, a Hong Kong-based company he controls. DIS itself has been sanctioned since June 2023.",
 "\"Today's action underscores our commitment to seeing an end to this conflict,\" Deputy Treasury Secretary Wally Adeyemo said. \"The United States will continue to use our tools to disrupt the flow of weapons into Sudan and hold these leaders responsible for their blatant disregard of civilian lives.\"",
 "## Accusations",
 "Treasury said the SAF has carried out air strikes on schools, markets and hospitals and uses food deprivation as a war tactic. Famine has been declared in five regions. Blinken determined in December 2023 that members of the SAF had committed war crimes.",
 "Burhan said he would accept any sanctions \"for the sake of the country\". With both generals now designated, neither commander of Sudan's warring forces is free of US sanctions.",
 ],
 photo="General Abdel Fattah al-Burhan at Port Sudan"))

A.append(dict(file="t-sudan-sanctions-business-faq-jan-2025.md", date="2025-01-20", section="compliance",
 source="Trade Risk FAQ", byline="Compliance desk", title="FAQ: Doing business with Sudan after the January 2025 sanctions",
 body=[
 "This FAQ covers US and EU measures linked to the war between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF), as of January 20, 2025. It is a summary, not legal advice.",
 "## Is Sudan under a US embargo?",
 "No. The broad US trade embargo on Sudan was lifted in 2017. Current US measures are list-based under Executive Order 14098 of May 4, 2023, plus older Darfur-related rules. Dealing with a listed person or a company it owns 50 percent or more is prohibited.",
 "## Are both army and RSF leaders sanctioned?",
 "Yes. RSF commander Mohamed Hamdan Dagalo (Hemedti) was designated on January 7, 2025, and army chief Abdel Fattah al-Burhan on January 16, 2025. Hemedti also faces a US entry ban; Burhan's designation has no visa element.",
 "## Which companies are on the US list?",
 "Among others: Defense Industries System, Sudan Master Technology, Al Junaid Multi Activities and Tradive General Trading (June 1, 2023); seven UAE-based companies including Capital Tap Holding and AZ Gold (January 7, 2025); and Portex Trade Limited of Hong Kong (January 16, 2025).",
 "## What about the EU?",
 "The EU listed six entities on January 22, 2024: Defense Industries System, SMT Engineering, Zadna International Company for Investment, Al Junaid, Tradive General Trading and GSK Advance Company. EU listings of individuals are not covered in this FAQ.",
 "## Can NGOs keep working?",
 "Yes. OFAC's Sudan general licences authorise official business of international organisations, many NGO activities, and trade in agricultural commodities, medicine and medical devices.",
 "## I buy gold from a Dubai refiner. Do I need to worry?",
 "Screen carefully. Al Junaid runs gold mines in Darfur, and AZ Gold was among the UAE companies listed in January 2025. Ask suppliers for mine-of-origin records.",
 "## Can the wind-down licence from 2023 still be used?",
 "No. General License 4, for winding down dealings with Defense Industries System and Al Junaid, expired on July 31, 2023.",
 ]))

A.append(dict(file="t-sudan-gold-traders-forum-thread.txt", date="2025-02-03", section="forum", place="online",
 source="MetalsTraders Forum", byline="Thread", title="Thread: Sudanese gold via Dubai after the Hemedti and Burhan sanctions?", kind="forum",
 body=[
 "Board: Precious metals compliance. 7 posts. Started January 28, 2025.",
 ],
 posts=[
 ("goldbug_ldn", "January 28, 2025", "We have a small refinery client in Dubai that buys artisanal gold, some of it from Sudan. After the January sanctions, what exactly is off limits?"),
 ("sahel_compliance", "January 28, 2025", "Anything touching the listed companies. Al Junaid has been sanctioned since June 2023 and AZ Gold since January 7 this year. Both generals are listed too: Hemedti on Jan 7, Burhan on Jan 16."),
 ("goldbug_ldn", "January 29, 2025", "An older article I found says Burhan was never sanctioned. Is that just out of date?"),
 ("sahel_compliance", "January 29, 2025", "Out of date. That was true until January 16. Since then both commanders are on the SDN list, so anything they own 50 percent or more is blocked too."),
 ("dxb_refiner_ops", "January 30, 2025", "We stopped taking any lot where the exporter cannot show the mine of origin. Our bank also asked for a declaration that none of the money goes to the army or the RSF. It slows everything down, but after the January listings our correspondent bank would not process the payments otherwise."),
 ("goldbug_ldn", "January 31, 2025", "Thanks. So the older articles saying only companies were listed, and not the two commanders, are simply stale. Good to know before we update the client's screening rules."),
 ("mod_metals", "February 3, 2025", "Mod note: this board does not give legal advice. For the record, the Treasury also listed Portex Trade in Hong Kong on Jan 16. Thread locked."),
 ]))
