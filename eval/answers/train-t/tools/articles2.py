"""Horacio Cartes, Hugo Velazquez and Tabacalera del Este (Tabesa)."""
A = []

A.append(dict(file="t-state-dept-cartes-significantly-corrupt-jul-2022.txt", date="2022-07-23", section="world", place="Asuncion",
 source="Southern Cone Dispatch", byline="Staff report", title="US names former Paraguayan president Cartes 'significantly corrupt'", kind="news",
 body=[
 "The US State Department has publicly designated former Paraguayan president Horacio Cartes as \"significantly corrupt\", barring him and members of his immediate family from entering the United States.",
 "The designation was made under Section 7031(c) of the annual State Department appropriations act, which allows Washington to bar foreign officials involved in significant corruption. It also covers Cartes's adult children Juan Pablo, Sofia and Maria Sol Cartes Montana.",
 "## What Washington says",
 "US Ambassador Marc Ostfield told reporters that Cartes, who was president from 2013 to 2018, used his position to obstruct an investigation into transnational crime in order to protect himself politically. The State Department said the former president had engaged in corrupt acts before, during and after his term.",
 "## What it does not do",
 "The 7031(c) designation is a visa measure. It does not freeze assets, and it does not put Cartes or his businesses on the Treasury's Specially Designated Nationals list. Cartes's companies, which range from tobacco and beverages to meatpacking and banking, are not subject to US financial sanctions, and American firms can still do business with them.",
 "Cartes remains president of the ruling Colorado Party (ANR) and one of the most powerful figures in Paraguayan politics. In a statement he rejected the accusation and said he had \"never\" been involved in corruption.",
 "## Reactions",
 "Opposition senators demanded an investigation by the attorney general's office. Business groups in Asuncion said they feared further US action could follow. \"A visa ban is the first step, not the last,\" said a former central bank official.",
 "The government of President Mario Abdo Benitez said it respected the US decision and would cooperate with any request for information.",
 "Reader question: Does this affect tobacco exports? Not directly. The measure only concerns travel to the United States.",
 ],
 tip="Our tip: how to read a utility bill in five minutes."))

A.append(dict(file="t-treasury-sanctions-cartes-velazquez-jan-2023.md", date="2023-01-27", section="world",
 source="Hemisphere Finance Review", byline="By Marta Ibarra", title="Treasury sanctions Paraguay's ex-president Cartes and Vice President Velazquez",
 body=[
 "The US Treasury's Office of Foreign Assets Control (OFAC) on Thursday, January 26, 2023, sanctioned former Paraguayan president Horacio Manuel Cartes Jara and the country's sitting vice president, Hugo Adalberto Velazquez Moreno, for corruption that it said undermines Paraguay's democratic institutions.",
 "The designations were made under Executive Order 13818, which implements the Global Magnitsky Human Rights Accountability Act. Both men had already been named \"significantly corrupt\" by the State Department in 2022, a step that only barred them from entering the United States.",
 "## The companies",
 "OFAC also designated four entities owned or controlled by Cartes: Tabacos USA Inc, Bebidas USA Inc, Dominicana Acquisition S.A. and Frigorifico Chajha S.A.E., a meatpacker. Cartes's main tobacco company, Tabacalera del Este S.A. (Tabesa), was not among the four named entities.",
 "## Allegations",
 "US Ambassador Marc Ostfield said Cartes paid legislators in cash in return for loyalty and promised $1 million for a 2017 constitutional amendment. Velazquez was accused of interfering in legal proceedings to protect associates from criminal investigations. The Treasury also said both men have ties to members of Hezbollah, which the United States designates as a terrorist organisation.",
 "## Licences and deadlines",
 "OFAC issued two general licences. General License 5 authorises the divestment or transfer of debt or equity of Frigorifico Chajha to non-US persons until March 27, 2023. General License 6 authorises the wind-down of transactions with the designated Cartes companies until the same date, provided any payment to a blocked person goes into a blocked account. Neither licence covers dealings with Cartes himself.",
 "## Reaction",
 "Cartes, who heads the governing Colorado Party, called the sanctions unjust and said he would defend himself. Velazquez denied wrongdoing. The sanctions land three months before Paraguay's general election, in which the Colorado Party candidate is Santiago Pena, a Cartes ally.",
 ]))

A.append(dict(file="t-tabesa-added-to-sdn-list-mar-2023.html", date="2023-04-01", section="world", kind="news",
 source="Asuncion Business Daily", byline="By Gabriela Rojas", title="OFAC adds Cartes tobacco firm Tabesa to sanctions list",
 body=[
 "The US Treasury's Office of Foreign Assets Control has added Tabacalera del Este S.A. (Tabesa), Paraguay's largest cigarette maker, to its Specially Designated Nationals and Blocked Persons (SDN) List, widening the sanctions imposed on former president Horacio Cartes in January.",
 "OFAC said on Friday, March 31, 2023, that it had identified Tabesa as an entity owned, directly or indirectly, 50 percent or more by Cartes. Under OFAC's 50 percent rule such a company is blocked anyway; adding it to the list by name removes any doubt for banks and trading partners.",
 "## A licence for US settlement payments",
 "At the same time OFAC issued General License 7. It authorises certain transactions involving Tabesa and Tabacos USA Inc that are needed to make payments under the tobacco Master Settlement Agreement of November 23, 1998, between US state attorneys general and tobacco companies. The licence does not allow debits from blocked accounts at US banks.",
 "## Restructuring did not help",
 "Local media had reported that Cartes transferred holdings to relatives and dissolved some companies after the January sanctions. The OFAC decision suggests Washington still considers Cartes to control the business.",
 "## Domestic case",
 "A week earlier, Attorney General Emiliano Rolon said his office would open a criminal inquiry into the US accusations against Cartes and Vice President Hugo Velazquez. A task force will examine the allegations. Both men deny wrongdoing.",
 "Tabesa employs several thousand people in Hernandarias, near the Brazilian border. The company did not respond to a request for comment.",
 ]))

A.append(dict(file="t-cartes-sanctions-compliance-blog-may-2024.html", date="2024-05-20", section="blog", kind="blog",
 source="Frontier Compliance Notes", byline="Posted by Daniel Acosta in Sanctions, Latin America", title="Cartes sold Tabesa. Does that get the company off the SDN list?",
 body=[
 "Clients in the tobacco and packaging supply chain keep asking me the same question: Horacio Cartes has reportedly agreed to sell his shares in Tabacalera del Este (Tabesa). So is Tabesa still blocked?",
 "## The short answer",
 "As of today, yes. Tabesa was added to the SDN List on March 31, 2023, because OFAC found that Cartes owned 50 percent or more of it. A sale of his shares does not remove a listing automatically. The company, or its new owners, must petition OFAC for removal, and OFAC must agree that the basis for the listing has gone. Until OFAC publishes a removal notice, treat Tabesa as blocked.",
 "## Why delisting is plausible",
 "The only reason given for listing Tabesa was ownership. If the sale is real and Cartes no longer owns the company, the legal basis looks weak. Several people I talk to expect OFAC to take Tabesa off the list once the sale is verified, and the company is reportedly preparing a petition.",
 "## Why I would not bet on it",
 "OFAC looks at substance. If a seller keeps receiving money from the company, or keeps control through relatives, OFAC can find other grounds. Global Magnitsky, unlike some programmes, allows designation of anyone who materially assists a blocked person.",
 "## What you should do now",
 "Keep Tabesa and Tabacos USA flagged in your screening. General License 7 still covers Master Settlement Agreement payments, nothing more. Cartes himself remains designated, and so does Hugo Velazquez, who was designated with him in January 2023.",
 ],
 comments=[
 ("M. Benitez", "2024-05-21", "We buy filters from a supplier that sells to Tabesa. Are we exposed? Our bank asked us to confirm we have no dealings."),
 ("Daniel Acosta", "2024-05-21", "Indirect exposure is a screening question for your bank; if no US person or US dollar touches Tabesa, the risk is lower, but talk to counsel."),
 ("paulo_trade", "2024-05-23", "Good post. My bet is a delisting by the end of the year."),
 ]))

A.append(dict(file="t-treasury-redesignates-tabesa-aug-2024.md", date="2024-08-07", section="world",
 source="Hemisphere Finance Review", byline="By Marta Ibarra", title="US re-designates Tabesa for payments to sanctioned ex-president Cartes",
 body=[
 "The US Treasury on Tuesday, August 6, 2024, designated Paraguayan tobacco company Tabacalera del Este S.A. (Tabesa) for providing financial support to former president Horacio Manuel Cartes Jara, dashing hopes that the company's sale would lead to its removal from the sanctions list.",
 "## Sold, but still paying",
 "OFAC had previously identified Tabesa on the SDN List as an entity in which Cartes owned 50 percent or more. Treasury said that, while Cartes no longer owns Tabesa following a sales agreement to acquire his shares, the company \"has made - and plans to continue making - payments worth millions of dollars to Cartes\" despite his designation.",
 "Tabesa is now designated under Executive Order 13818 for having materially assisted, sponsored, or provided financial, material, or technological support to Cartes, a person whose property is blocked. As a result its property in the United States or held by US persons remains blocked. The action was announced jointly with the State Department.",
 "## What did not change",
 "General License 7, which authorises transactions needed for payments under the tobacco Master Settlement Agreement, continues to apply to Tabesa. Cartes, designated on January 26, 2023, remains on the list.",
 "## Reaction",
 "\"Today's actions reinforce the United States' sanctions on former President Cartes and demonstrate the U.S. commitment to ensuring the integrity of our sanctions programs,\" State Department spokesman Matthew Miller said.",
 "Compliance lawyers said the case is a warning for anyone who assumes that selling a stake ends a listing. \"The ownership basis went away, so Treasury found a new one,\" said one Washington practitioner. \"Payments to the seller were the problem.\"",
 "Cartes, who served as president from 2013 to 2018 and still leads the Colorado Party, has denied wrongdoing. Tabesa did not comment.",
 ]))

A.append(dict(file="t-cartes-tabesa-sanctions-faq-aug-2024.html", date="2024-08-12", section="compliance", kind="faq",
 source="LatAm Sanctions Monitor", byline="Explainer desk", title="FAQ: The US sanctions on Horacio Cartes and his companies",
 body=[
 "Updated after the Treasury action of August 6, 2024. Answers reflect public announcements only.",
 "## Who is sanctioned?",
 "Former president Horacio Cartes and then vice president Hugo Velazquez (both January 26, 2023, under the Global Magnitsky programme, EO 13818); Tabacos USA Inc, Bebidas USA Inc, Dominicana Acquisition S.A. and Frigorifico Chajha S.A.E. (January 26, 2023); and Tabacalera del Este S.A. (Tabesa), first listed on March 31, 2023, and designated again on August 6, 2024.",
 "## Why was Tabesa designated twice?",
 "The first listing rested on Cartes owning 50 percent or more of Tabesa. After he agreed to sell his shares, that basis fell away, but Treasury found that Tabesa kept paying him millions of dollars. It therefore designated Tabesa in its own right for materially assisting Cartes.",
 "## Is Tabesa still on the SDN list?",
 "Yes. Tabesa remains blocked. Expectations in early 2024 that the sale would lead to a delisting did not come true.",
 "## Can US companies still receive settlement payments from Tabesa?",
 "Yes, within limits. General License 7 still authorises transactions ordinarily incident and necessary to payments under the 1998 tobacco Master Settlement Agreement. It does not authorise other business.",
 "## What was the first US measure against Cartes?",
 "In July 2022 the State Department named him \"significantly corrupt\" under Section 7031(c), a visa ban that also covered his adult children. Financial sanctions followed in January 2023.",
 "## Did the wind-down licences expire?",
 "Yes. General Licenses 5 and 6, for Frigorifico Chajha divestment and wind-down with the Cartes companies, ran until March 27, 2023.",
 "## Is Paraguay's government sanctioned?",
 "No. The measures target named persons and companies, not the state. President Santiago Pena's government is not sanctioned.",
 ]))

A.append(dict(file="t-colorado-party-wins-paraguay-election-may-2023.txt", date="2023-05-01", section="world", place="Asuncion",
 source="Southern Cone Dispatch", byline="Staff report", title="Pena wins Paraguay presidency as Colorado Party extends long rule", kind="news",
 body=[
 "Santiago Pena of the Colorado Party won Paraguay's presidential election on Sunday, April 30, 2023, with about 43 percent of the vote, extending the party's grip on power that has been broken only once since the late 1940s.",
 "Pena, a 44-year-old economist and former finance minister, defeated Efrain Alegre of a centre-left coalition, who took about 27 percent. The populist outsider Paraguayo Cubas came third.",
 "## A party machine",
 "The Colorado Party's campaign relied on its network of local branches and on the backing of party president Horacio Cartes, whose business group spans tobacco, beverages, meat and banking. Pena worked at Cartes's bank before entering politics, and the former president appeared at the victory party in Asuncion.",
 "## Priorities",
 "Pena promised to create jobs, tackle insecurity and keep taxes low. He said he would keep Paraguay's diplomatic ties with Taiwan, one of the few countries that still recognise Taipei, although soybean and beef exporters have pressed for access to the Chinese market.",
 "## Congress",
 "The Colorado Party also won majorities in both houses of Congress, giving the new government room to pass its agenda. Turnout was about 63 percent.",
 "Pena takes office on August 15. International observers said the vote was orderly, though Cubas's supporters staged protests alleging fraud; the electoral court rejected the claims.",
 "Reader question: When do markets expect Paraguay's next bond issue? Analysts say the new finance team is likely to tap markets in the second half of the year.",
 ],
 tip="Our tip: five weekend trips from Asuncion."))
