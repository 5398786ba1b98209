# Article texts for blind set X. (file, date YYYY-MM-DD, title, outlet, body paragraphs; "## " = subhead)
A = []
def add(f, d, t, o, body, shape="news"):
    A.append(dict(file=f, date=d, title=t, outlet=o, body=body.strip(), shape=shape))

# ---------------- Riad Salameh ----------------
add("X-salameh-term-ends-jul-2023.txt", "2023-07-31", "Salameh leaves Banque du Liban after 30 years, with warrants but no sanctions", "Levant Ledger", """
BEIRUT, July 31, 2023 - Riad Salameh's last day as governor of the Banque du Liban (BDL) came on Monday, ending a tenure that began in 1993. Parliament and the caretaker cabinet failed to agree on a successor, so the first vice-governor, Wassim Mansouri, takes over on an interim basis.
## WANTED ABROAD
Salameh, 73, leaves office under a cloud. France and Germany issued arrest warrants for him in May, and Interpol published red notices at their request. European prosecutors suspect that he and his brother Raja diverted about $330 million from the central bank through Forry Associates, a brokerage firm registered in the British Virgin Islands that collected commissions on sales of Lebanese government securities between 2002 and 2015. Lebanon does not extradite its own citizens, and Salameh denies all wrongdoing, saying his fortune comes from his years at Merrill Lynch before 1993.
## NO WESTERN SANCTIONS SO FAR
Despite the investigations in France, Germany, Luxembourg and Switzerland, neither the United States nor the United Kingdom has placed Salameh under sanctions, and his name does not appear on the OFAC SDN list. Activists for depositors, whose savings have been trapped since the 2019 banking collapse, say Washington has been too cautious with the man once praised for stabilising the Lebanese pound.
""")

add("X-us-uk-canada-sanction-salameh-aug-2023.md", "2023-08-10", "US, UK and Canada sanction former Lebanese central bank chief Riad Salameh", "Gulf & Levant Wire", """
*By a staff reporter*

**WASHINGTON, August 10, 2023** - Ten days after he left office, Riad Salameh was hit with coordinated sanctions by the United States, the United Kingdom and Canada over what the US Treasury called a corrupt scheme that enriched him and his associates.

## Who was named

The Treasury's Office of Foreign Assets Control (OFAC) designated Salameh under Executive Order 13441, a Lebanon-specific order aimed at people who contribute to the breakdown of the rule of law in Lebanon, rather than under the Global Magnitsky programme. OFAC also designated four associates: his brother Raja Salameh, his son Nady Salameh, his former assistant Marianne Hoayek and his former partner Anna Kosakova, a Ukrainian national.

The lists did not match. The UK named the same people except Nady Salameh, using its Global Anti-Corruption sanctions regime, while Canada listed only Riad Salameh, Raja Salameh and Marianne Hoayek.

## Why

According to Treasury, Salameh "abused his position of power" to funnel hundreds of millions of dollars through layered shell companies into European real estate. Under Secretary Brian Nelson said the former governor placed "his personal financial interests and ambitions above those of the people he served". The designations freeze any assets in US jurisdiction and bar Americans from dealing with the five people. Treasury stressed that the Banque du Liban itself is not sanctioned.

Salameh rejected the accusations and said he would challenge the measures.
""")

add("X-salameh-sanctions-faq.html", "2023-09-14", "FAQ: What the Salameh sanctions mean for banks and businesses", "Compliance Desk Middle East", """
The August 10, 2023 designations of former Banque du Liban governor Riad Salameh raised many questions from readers. Here are short answers, current as of September 14, 2023.
## Is the Banque du Liban now a sanctioned entity?
No. The US Treasury said explicitly that the central bank is not a target. Transactions with BDL are not prohibited merely because its former governor is on the SDN list.
## Which legal authority was used?
OFAC acted under Executive Order 13441 (Lebanon). The UK used its Global Anti-Corruption regime and Canada its Justice for Victims of Corrupt Foreign Officials Act (the Sergei Magnitsky Law).
## Does the 50 percent rule matter?
Yes. Entities owned 50 percent or more, directly or indirectly, by one or more blocked persons are treated as blocked in the US even if they are not named. Companies linked to Raja Salameh, such as Forry Associates, should be screened carefully.
## Has Salameh been arrested?
No. Although France and Germany have issued arrest warrants and Interpol red notices exist, he remains free in Lebanon, which does not extradite its nationals. His passport was confiscated by a Lebanese judge earlier this year.
## Can he get off the list?
Any designated person may petition OFAC for reconsideration. Salameh has said he will contest the designation; no petition outcome has been announced.
""", shape="faq")

add("X-salameh-arrested-beirut-sep-2024.txt", "2024-09-04", "Former central bank governor Riad Salameh arrested in Beirut", "Levant Ledger", """
BEIRUT, September 4, 2024 - Riad Salameh, who ran Lebanon's central bank from 1993 to 2023, was taken into custody on Tuesday, September 3, after several hours of questioning at the Palace of Justice. The arrest was ordered by the acting public prosecutor at the Court of Cassation, Judge Jamal Hajjar.
## THE OPTIMUM CASE
The questioning concerned dealings between the Banque du Liban and Optimum Invest, a Lebanese brokerage, involving treasury bills and certificates of deposit. Investigators suspect that at least $44 million was embezzled through commissions paid in those transactions. An arrest warrant was issued a few days later by the investigating judge.
It is the first time Salameh has been detained in Lebanon, more than a year after the United States, Britain and Canada froze his assets. The arrest surprised many Lebanese, who had grown used to seeing the former governor avoid hearings.
## STILL SANCTIONED
The detention does not change his status abroad: Salameh remains on the US SDN list and the UK and Canadian sanctions lists, and the French and German warrants are still outstanding. His lawyers said he is innocent and will cooperate with the investigation.
""")

add("X-salameh-released-bail-sep-2025.html", "2025-09-26", "Riad Salameh freed after paying record $14 million bail", "Cedar Times", """
Former Banque du Liban governor Riad Salameh was released on Friday, September 26, 2025, after more than a year in detention, once he paid what judicial sources called the largest bail in Lebanese history.
## From $20 million to $14 million
In late August the Beirut Indictment Chamber agreed to release him on bail of $20 million plus 5 billion Lebanese pounds, eight days before the one-year limit on pre-trial detention. After his defence objected, the cash amount was reduced: Salameh paid just over $14 million and 5 billion pounds (about $55,000). He walked out of Bhannes Hospital, where he had been held under guard for health reasons.
## Conditions
The release comes with a one-year ban on travel outside Lebanon, and the Optimum Invest case and other proceedings continue. Prosecutors said they checked the origin of the bail money. His lawyer, Marc Habka, called the release "a new chapter" and said the defence would appeal parts of the ruling.
## Sanctions unchanged
Salameh's release in Lebanon has no effect on the US, UK and Canadian sanctions imposed in August 2023, which remain in force, and on the foreign arrest warrants.
""")

add("X-salameh-what-next-blog-oct-2025.md", "2025-10-08", "Free on bail but still blacklisted: where Riad Salameh stands", "Sanctions Notebook (blog)", """
*Posted by the Sanctions Notebook editors*

**October 8, 2025** - Readers keep asking whether Riad Salameh's release on bail means he is "cleared". It does not.

## Lebanon

He was arrested on September 3, 2024 and released on September 26, 2025 after paying about $14 million in bail. He is banned from leaving Lebanon for a year and still faces the Optimum Invest case, in which prosecutors allege embezzlement of some $44 million.

## Sanctions lists

Nothing has changed since August 10, 2023. He is still on OFAC's SDN list under EO 13441, alongside his brother Raja, son Nady, former assistant Marianne Hoayek and former partner Anna Kosakova. The UK and Canadian listings also stand. We are not aware of any successful delisting petition by any of the five.

## Abroad

The French and German warrants, with their Interpol red notices, remain. Because Lebanon does not extradite its nationals, any trial abroad would need him to travel, which his bail conditions now forbid anyway.

*Comments are closed on this post.*
""", shape="blog")

# ---------------- Isabel dos Santos ----------------
add("X-luanda-leaks-dos-santos-jan-2020.md", "2020-01-22", "Luanda Leaks: Isabel dos Santos faces charges in Angola, assets frozen", "Africa Business Report", """
*By our Southern Africa correspondent*

**LUANDA, January 22, 2020** - Angola's attorney general has named Isabel dos Santos, the eldest daughter of former president Jose Eduardo dos Santos, a formal suspect in an investigation into mismanagement and embezzlement at the state oil company Sonangol, days after the "Luanda Leaks" revelations.

## The leaks

On January 19 the International Consortium of Investigative Journalists (ICIJ) published more than 715,000 documents describing how dos Santos and her husband, Congolese art collector Sindika Dokolo, built an empire through stakes in Angolan telecoms, banking, diamonds and oil. Dos Santos chaired Sonangol from June 2016 until November 2017, when President Joao Lourenco removed her.

## Frozen assets

A Luanda court had already frozen her Angolan bank accounts and her stakes in companies including the mobile operator Unitel in December 2019, at the request of the state, which says it is owed more than $1 billion.

## No Western measures

So far no Western government has blacklisted her. She is not on any US or UK sanctions list and faces no US travel ban. Dos Santos, who lives outside Angola, calls the accusations a politically motivated "witch hunt" by the Lourenco government.
""")

add("X-us-bars-isabel-dos-santos-dec-2021.txt", "2021-12-10", "US bars Isabel dos Santos over 'significant corruption'", "Washington Africa Monitor", """
WASHINGTON, December 10, 2021 - The US State Department has publicly designated Isabel dos Santos, the former head of Angola's state oil company Sonangol, as ineligible to enter the United States "for her involvement in significant corruption by misappropriating public funds for her personal benefit".
## SECTION 7031(c)
Secretary of State Antony Blinken announced the step on Thursday, December 9, International Anti-Corruption Day, under Section 7031(c) of the annual State Department appropriations act. The designation also covers her immediate family members. It is a visa ban only: dos Santos was not put on the Treasury's SDN list and her assets in the US, if any, are not frozen.
## GENERALS SANCTIONED
On the same day the Treasury did impose financial sanctions under the Global Magnitsky programme on two Angolan generals close to the former president, Leopoldino Fragoso do Nascimento ("Dino") and Manuel Helder Vieira Dias Junior ("Kopelipa"), accusing them of stealing billions through embezzlement with businessman Sam Pa.
## REACTION
Florindo Chivucute of the Washington group Friends of Angola said the move "will give hope to many Angolans". Dos Santos has denied wrongdoing. The United Kingdom, where she owns property, has taken no sanctions action against her.
""")

add("X-dos-santos-interpol-red-notice-nov-2022.md", "2022-11-18", "Interpol issues red notice for Isabel dos Santos at Angola's request", "Africa Business Report", """
*By our Lisbon bureau*

**LISBON, November 18, 2022** - Interpol has confirmed that it issued a red notice for Isabel dos Santos at the request of Angola, where prosecutors want to try her over alleged embezzlement and money laundering during her time at Sonangol.

A red notice asks police worldwide to locate and provisionally arrest a person pending extradition; it is not an international arrest warrant. Dos Santos says she lives in Dubai, and the United Arab Emirates has no obligation to act on the notice.

## Status of other measures

The notice adds to the US visa ban announced in December 2021. In Portugal her stakes in companies including the engineering group Efacec were seized or sold off after the Luanda Leaks. The UK has not sanctioned her, and she is not on any asset-freeze list in Europe.

## Her response

Her lawyers said the notice was the latest step in a "political persecution" and that she had never been properly summoned by Angolan prosecutors. Her father, former president Jose Eduardo dos Santos, died in Barcelona in July 2022.
""")

add("X-unitel-freezing-order-high-court-dec-2023.html", "2023-12-21", "Court summary: High Court freezes up to GBP 580 million of Isabel dos Santos's assets", "Commercial Court Watch", """
Court summary. Unitel SA v Isabel dos Santos, High Court of England and Wales (Commercial Court), December 2023.
## The claim
Unitel, the Angolan mobile operator in which dos Santos once held a 25 percent stake, is suing her in London over loans of more than $350 million made in 2012 and 2013 to Unitel International Holdings, a Dutch company she controlled. Unitel says the loans were not repaid and that dos Santos is personally liable.
## The order
The judge granted a worldwide freezing order over assets of dos Santos up to GBP 580 million (about $733 million at the time), finding a real risk that she would dissipate assets if not restrained. She may still spend a set amount on ordinary living and legal expenses.
## What it is not
A freezing order is a civil court measure in a private lawsuit, not a sanction. It does not put dos Santos on the UK sanctions list and does not bind anyone outside the case except banks and others who hold her assets with notice of the order.
## Next steps
Dos Santos's lawyers said she would appeal, arguing the order was disproportionate given the Angolan and Portuguese freezes already in place.
""", shape="court")

add("X-dos-santos-loses-appeal-freezing-order-sep-2024.txt", "2024-09-13", "Isabel dos Santos loses appeal against GBP 580 million asset freeze", "London Legal Dispatch", """
LONDON, September 13, 2024 - The Court of Appeal has dismissed Isabel dos Santos's challenge to the worldwide freezing order obtained against her by the Angolan telecoms company Unitel, leaving up to GBP 580 million of her assets frozen while the underlying case proceeds.
## THE RULING
The three judges rejected arguments that the High Court had wrongly found a risk of dissipation and that the order was unnecessary because of freezes in Angola and Portugal. The order, granted in December 2023, therefore stays in place in full.
## WHAT REMAINS OPEN
The ruling does not decide whether dos Santos owes Unitel the more than $350 million in unpaid loans; that will be decided at trial. She remains subject to a US visa ban from December 2021 and an Interpol red notice from 2022, but she is still not under UK sanctions.
A spokesperson for dos Santos said she was "disappointed" and would continue to defend the claim.
""")

add("X-uk-sanctions-dos-santos-firtash-lembergs-nov-2024.html", "2024-11-21", "UK sanctions Isabel dos Santos, Dmytro Firtash and Aivars Lembergs in 'dirty money' crackdown", "Britain Policy Wire", """
The United Kingdom on Thursday, November 21, 2024 imposed an asset freeze and travel ban on Angolan businesswoman Isabel dos Santos under its Global Anti-Corruption sanctions regime, in the first step of the new Labour government's crackdown on illicit finance.
## Who was named
Eight people were added to the regime in total. Besides dos Santos, the government named the exiled Ukrainian oligarch Dmytro Firtash and the Latvian businessman Aivars Lembergs, calling all three "notorious kleptocrats". Two associates of dos Santos were also listed: Paula Cristina Oliveira, an Angolan national, and Sarju Raikundalia, a Portuguese national.
## The accusations
London says dos Santos misappropriated more than GBP 50 million while she ran Sonangol and more than GBP 300 million while she was a director of Unitel, at least GBP 350 million (about $440 million) in total. Foreign Secretary David Lammy said such people "selfishly deprive their fellow citizens of much-needed funding for education, healthcare and infrastructure".
## Her response
Dos Santos called the sanctions "incorrect and unjustified", said she had not been given a chance to defend herself and said she would appeal. The listing comes two months after she lost her appeal against the GBP 580 million freezing order in the Unitel case.
""", shape="press")

# ---------------- Sali Berisha ----------------
add("X-us-designates-berisha-may-2021.md", "2021-05-19", "US bars Albania's Sali Berisha and his family over corruption", "Balkan Insight Daily", """
*By our Tirana correspondent*

**TIRANA, May 19, 2021** - US Secretary of State Antony Blinken on Wednesday publicly designated Sali Berisha, Albania's former president and prime minister, as ineligible to enter the United States because of "his involvement in significant corruption".

## The designation

The step was taken under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2021. It also covers his wife Liri Berisha, his son Shkelzen Berisha and his daughter Argita Berisha Malltezi. Blinken said that as prime minister Berisha was involved in the misappropriation of public funds and in interfering with public processes to enrich his political allies and family members.

It is a travel ban, not an asset freeze: Berisha was not added to the Treasury's SDN list. Washington had previously used the same tool against former lawmaker Tom Doshi, former Durres mayor Vangjush Dako and former prosecutor general Adriatik Llala.

## Reaction

Berisha, 76, who was re-elected to parliament for the Democratic Party in the April 25 election, called the decision baseless, demanded that the State Department release its evidence and said he would sue Blinken for defamation.
""")

add("X-basha-expels-berisha-dp-group-sep-2021.txt", "2021-09-10", "Democratic Party leader Basha expels Berisha from parliamentary group over US ban", "Tirana Evening Post", """
TIRANA, September 10, 2021 - Lulzim Basha, chairman of Albania's opposition Democratic Party (DP), said on Thursday that Sali Berisha, the party's founder and former leader, would no longer sit in the DP's parliamentary group, four months after the United States barred Berisha over corruption.
## "A LIABILITY"
Basha said the party could not risk its relationship with Washington, its most important ally. "The Democratic Party will not be held hostage by the past," he told a news conference. Berisha remains a member of parliament and a party member, but sits as an independent in the chamber.
## BERISHA HITS BACK
Berisha called the decision a betrayal and announced a tour of party branches to "take back the party from below". He has repeatedly said the US designation was based on false information supplied by the government of Prime Minister Edi Rama. The State Department has not published the evidence behind the May 19 designation and, under the law, is not required to.
## WHAT THE BAN MEANS
The designation only bars Berisha, his wife and two children from entering the United States. It does not freeze assets or prevent Albanian banks from dealing with him.
""")

add("X-berisha-charged-partizani-oct-2023.html", "2023-10-22", "Albania's special prosecutors name Berisha a suspect in Partizani land case", "Adriatic Report", """
Albania's Special Anti-Corruption Structure (SPAK) has named former prime minister Sali Berisha a suspect in a corruption case over the 2008-2009 privatisation of state land at the former Partizani sports complex in Tirana.
## The allegations
Prosecutors say that while he was head of government Berisha helped his son-in-law, Jamarber Malltezi, acquire the plot, on which apartment buildings were later built. Malltezi was arrested on the orders of the Special Court, and prosecutors allege he gained about 5.4 million euros.
## Measures against Berisha
Because Berisha is a member of parliament, he cannot be arrested without a vote lifting his immunity. The Special Court instead ordered him to report to judicial police twice a month and banned him from leaving the country.
## Politics
Berisha, who since last year again leads a faction of the Democratic Party that he won back from Lulzim Basha, said the case was "a political trial orchestrated" by Prime Minister Edi Rama. He is still barred from the United States under the 2021 designation, and the United Kingdom also refused him entry in 2022.
""")

add("X-berisha-house-arrest-dec-2023.md", "2023-12-30", "Albanian court puts opposition leader Sali Berisha under house arrest", "Balkan Insight Daily", """
*By our Tirana correspondent*

**TIRANA, December 30, 2023** - Albania's Special Court for Corruption and Organised Crime on Saturday placed Sali Berisha, the leader of the opposition Democratic Party, under house arrest in the Partizani privatisation case.

## Why now

The court accepted a request from the special prosecutors (SPAK), who said Berisha had ignored the court's order to report to judicial police every two weeks. Parliament voted earlier in December to lift his immunity, clearing the way for the measure. Under the order Berisha, 79, may not leave his Tirana apartment or communicate with anyone except family members living with him.

## Charges

Berisha has not yet been formally indicted: he remains a suspect while the investigation continues. His son-in-law Jamarber Malltezi is also under investigation. Berisha denies the accusations and says they were ordered by Prime Minister Edi Rama. His lawyer said the ban on communication was "senseless" and would be appealed.

## Banned abroad

Berisha is still barred from entering the United States under the May 2021 State Department designation and from the United Kingdom.
""")

add("X-berisha-indicted-sep-2024.txt", "2024-09-17", "Prosecutors file corruption indictment against Sali Berisha", "Tirana Evening Post", """
TIRANA, September 17, 2024 - Albania's special prosecutors have formally charged former prime minister Sali Berisha with corruption over the privatisation of the former Partizani sports complex, sending the case to the Special Court for trial.
## THE INDICTMENT
The indictment, which also names his son-in-law Jamarber Malltezi and a former official, accuses Berisha of abusing his office in 2008 to let state land pass to Malltezi's company. Berisha has been under house arrest since December 30, 2023, and that measure remains in place for now.
## DEFENCE
Berisha, 80, again called the case political repression. His lawyers said they would ask the court to end the house arrest, arguing he had never tried to flee.
## CONTEXT
Berisha leads the Democratic Party into parliamentary elections expected next spring. His US travel ban from May 2021 is unchanged; Washington has repeated that it considers him involved in "significant corruption".
""")

add("X-berisha-released-house-arrest-nov-2024.txt", "2024-11-27", "Court releases Sali Berisha from house arrest; corruption charges stand", "Adriatic Report", """
TIRANA, November 27, 2024 - Albania's Special Court for Corruption and Organised Crime on Wednesday revoked the house arrest of former prime minister Sali Berisha, imposed almost a year ago, without giving its reasons.
## STILL ON TRIAL
The release does not end the case. Berisha was formally indicted in September over the Partizani property deal and still faces trial. The Constitutional Court had lifted his travel restrictions the previous week. Berisha, 80, had spent the house arrest in his Tirana apartment, addressing supporters from his window every evening.
## US AND UK
His release changes nothing abroad. Berisha remains barred from the United States under the 2021 Section 7031(c) designation and from the United Kingdom. Democratic Party lawmaker Gazment Bardi called the decision "a victory for the opposition".
""")

add("X-berisha-us-ban-forum-thread.html", "2025-01-06", "Forum thread: Is Sali Berisha's US ban still in force?", "BalkanTalk Forums", """
Thread started May 20, 2021 in "Politics & Law". Last reply January 6, 2025.
## Post by dritani_tr - May 20, 2021
Blinken just banned Berisha and his whole family from the US. Does this mean his money in US banks is frozen?
## Reply by lex_balcanica - May 20, 2021
No. A 7031(c) designation is only a visa ban. Asset freezes come from OFAC (the SDN list). Berisha is not on the SDN list.
## Reply by tirana_watch - September 10, 2021
Update: Basha has kicked him out of the DP parliamentary group because of the US ban.
## Reply by dritani_tr - December 30, 2023
Update: he is under house arrest now in the Partizani case. Still banned from the US, and the UK refused him entry too.
## Reply by lex_balcanica - November 28, 2024
Update: the court lifted the house arrest yesterday. He is free to move around but the trial continues, and the US designation has not been lifted.
## Reply by anon_diaspora - January 6, 2025
Checked the State Department page today: the May 19, 2021 designation of Berisha, Liri, Shkelzen and Argita is still listed. Nothing has been revoked.
""", shape="forum")

# ---------------- Evil Corp ----------------
add("X-treasury-sanctions-evil-corp-dec-2019.md", "2019-12-05", "Treasury sanctions Evil Corp; US offers $5 million for its leader Maksim Yakubets", "CyberPolicy Review", """
*By our Washington staff*

**WASHINGTON, December 5, 2019** - The US Treasury on Thursday designated the Russian cybercrime group Evil Corp, its leader Maksim Yakubets and associates, in an action coordinated with criminal charges from the Justice Department and a reward from the State Department.

## The designations

OFAC named 17 individuals and seven entities under Executive Order 13694, the cyber-related sanctions programme. Treasury said Evil Corp used the Dridex malware to infect computers and harvest banking credentials in more than 40 countries, causing losses of more than $100 million. Yakubets's close associate Igor Turashev, an administrator of the group, was among those named.

## Ties to the Russian state

Treasury said Yakubets had worked for the FSB since 2017 and that his father-in-law, Eduard Benderskiy, is a former senior FSB officer.

## $5 million reward

The State Department offered up to $5 million for information leading to the arrest or conviction of Yakubets, described as the largest reward then offered for a cybercriminal. Federal indictments against Yakubets and Turashev were unsealed in Pittsburgh and Lincoln, Nebraska.

Britain's National Crime Agency helped the investigation, but the UK did not impose sanctions of its own.
""")

add("X-ofac-ransomware-advisory-evil-corp-oct-2020.txt", "2020-10-02", "OFAC warns ransom payments to groups like Evil Corp may breach sanctions", "CyberPolicy Review", """
WASHINGTON, October 2, 2020 - The Treasury's Office of Foreign Assets Control published an advisory on Thursday, October 1, warning that companies that pay or facilitate ransomware payments to sanctioned hackers may themselves be violating US sanctions.
## STRICT LIABILITY
OFAC reminded victims, insurers, incident-response firms and banks that civil penalties can apply on a strict liability basis, meaning a company can be liable even if it did not know the recipient was on the SDN list. The advisory cited Evil Corp, designated in December 2019, among the sanctioned cyber actors.
## WASTEDLOCKER
Since its designation, the group has been linked to the WastedLocker ransomware, used in July 2020 against the GPS maker Garmin. Reports said a large ransom was paid through an intermediary, which Garmin did not confirm.
## SELF-REPORTING
OFAC said it would treat prompt, complete reporting of an attack to law enforcement as a significant mitigating factor. No company has yet been publicly penalised for a ransom payment.
## NO UK EQUIVALENT
The UK has not sanctioned Evil Corp, so the same payment could carry different legal risk in London than in New York.
""")

add("X-evil-corp-ransom-payment-faq.html", "2021-06-15", "FAQ: Can my company pay a ransom if Evil Corp might be behind the attack?", "Incident Response Journal", """
Answers for security and legal teams, as of June 15, 2021.
## Is Evil Corp on a sanctions list?
Yes, in the United States. OFAC designated Evil Corp, Maksim Yakubets and others on December 5, 2019 under the cyber-related sanctions programme. The UK, the EU and Australia have not listed the group.
## We were hit by WastedLocker, Hades or Phoenix Locker. Does that matter?
Researchers attribute these strains to Evil Corp, which changes names to make victims believe they are dealing with an unsanctioned gang. If the payment would ultimately benefit a designated person, it is prohibited for US persons without an OFAC licence.
## Can we ask for a licence?
Yes, but OFAC says such applications are reviewed case by case with a presumption of denial.
## What about our insurer or negotiator?
Anyone who facilitates the payment can be liable. The October 2020 OFAC advisory applies to insurers, negotiators and banks as well as victims.
## Is there a reward for Yakubets?
Yes, the State Department's $5 million reward is still open. Yakubets is believed to live in Moscow.
""", shape="faq")

add("X-yakubets-still-at-large-dec-2022.html", "2022-12-05", "Three years on, Evil Corp's Yakubets remains free and unsanctioned in Europe", "Cyber Frontline", """
Three years after the United States designated Evil Corp and offered $5 million for its leader, Maksim Yakubets is still at large, believed to be living in Moscow, where he has been photographed with luxury cars and at his lavish 2017 wedding.
## Sanctions picture
The US designations of December 5, 2019 remain in place, covering 17 individuals and seven entities. The United Kingdom, whose National Crime Agency helped identify Yakubets, has still not imposed its own sanctions, and neither has the European Union. Researchers say the group has kept rebranding its ransomware to avoid the US payment ban.
## No arrests
Russia does not extradite its citizens, and none of the indicted members has been detained. The reward, one of the largest offered for a cybercriminal, remains unclaimed.
""")

add("X-uk-us-australia-sanction-evil-corp-oct-2024.html", "2024-10-01", "UK, US and Australia sanction Evil Corp members; LockBit link exposed", "Britain Policy Wire", """
The United Kingdom on Tuesday, October 1, 2024 sanctioned 16 members of the Russian cybercrime group Evil Corp, in coordination with the United States and Australia.
## The UK list
The UK designations include Maksim Yakubets, his father Viktor and brother Artem, Igor Turashev, and Eduard Benderskiy, Yakubets's father-in-law and a former FSB officer. Nine of the 16 had previously been sanctioned by the US in 2019; seven had not been publicly linked to the group before. The measures impose asset freezes and travel bans.
## LockBit affiliate
The National Crime Agency said one member, Aleksandr Ryzhenkov, described as Yakubets's second-in-command, had also worked as an affiliate of the LockBit ransomware group. The NCA estimates Evil Corp extorted at least $300 million from victims worldwide. The group was also tasked by Russian intelligence services to carry out cyber attacks against NATO allies.
## US action
The US Treasury designated seven more individuals and two entities linked to the group on the same day, and the Justice Department unsealed an indictment in Texas charging Ryzhenkov over BitPaymer ransomware attacks. The $5 million reward for Yakubets remains.
## Reaction
Foreign Secretary David Lammy said the action sent "a clear message to the Kremlin that we will not tolerate Russian cyber-attacks".
""", shape="press")

add("X-evil-corp-sanctions-update-blog-oct-2024.md", "2024-10-03", "What changed for Evil Corp on October 1, 2024 (and what did not)", "Ransomware Compliance Blog", """
*Posted October 3, 2024*

**October 3, 2024** - Our 2021 FAQ said the UK had not sanctioned Evil Corp. That is no longer true.

## Then and now

- **US:** designated Evil Corp, Yakubets and others in December 2019 (17 individuals, seven entities); added seven individuals and two entities on October 1, 2024.
- **UK:** no sanctions until October 1, 2024, when it listed 16 members, including Yakubets, Turashev, Benderskiy and Aleksandr Ryzhenkov.
- **Australia:** joined the October 2024 action with its own cyber sanctions.

## What it means for ransom payments

A UK company that pays a ransom that benefits a listed Evil Corp member now risks breaching UK financial sanctions, not only US ones. Make sure your negotiator screens against the UK list too.

## Unchanged

Nobody has been arrested. Yakubets still lives in Russia, and the State Department's $5 million reward has not been paid.
""", shape="blog")

# ---------------- cross-story explainer ----------------
add("X-visa-bans-vs-asset-freezes-explainer.md", "2025-01-15", "Visa ban, asset freeze or court order? Three corruption cases explained", "Sanctions Notebook (blog)", """
*Explainer*

**January 15, 2025** - Readers often confuse the different tools used against people accused of corruption. Three cases show the difference.

## Section 7031(c): a visa ban

Sali Berisha (May 2021) and Isabel dos Santos (December 2021) were designated by the State Department under Section 7031(c). That only bars them and their immediate families from entering the United States. Neither is on the OFAC SDN list, so US banks are not required to freeze their money.

## OFAC designation: an asset freeze

Riad Salameh was designated by OFAC in August 2023 under EO 13441. His property in US jurisdiction is blocked and US persons may not deal with him.

## UK Global Anti-Corruption regime

The UK listed Salameh in August 2023 and dos Santos in November 2024, freezing their UK assets and banning travel. Berisha has been refused entry to the UK, but that is an immigration decision, not a sanctions listing.

## Court orders

Dos Santos's GBP 580 million freeze in the Unitel case is a civil court order, upheld on appeal in September 2024, separate from any sanctions list.
""")

# ---------------- distractors ----------------
add("X-lebanese-pound-peg-history.md", "2022-03-10", "How the Lebanese pound peg worked, and why it broke", "Markets Explained", """
*Markets explainer*

**March 10, 2022** - For more than two decades, from 1997 until the crisis of 2019, the Lebanese pound was pegged at about 1,507.5 to the US dollar. The central bank, the Banque du Liban, defended the rate by attracting dollar deposits with high interest rates.

## Financial engineering

From 2016 the central bank ran so-called financial engineering operations, offering banks very high returns for fresh dollars. Critics compared the system to a pyramid scheme because new deposits were needed to pay old ones. Governor Riad Salameh defended the operations as necessary to protect the peg.

## The collapse

When inflows stopped in late 2019, banks restricted withdrawals and the parallel market rate soared. By early 2022 a dollar cost more than 20,000 pounds on the street, while several official rates coexisted, including the bank's Sayrafa platform rate.

## What it means for savers

Depositors with dollar accounts can withdraw only limited amounts, often in pounds at unfavourable rates. The IMF has asked for a unified exchange rate and a bank restructuring law.
""")

add("X-unitel-angola-telecom-market-profile.txt", "2023-06-05", "Unitel: a profile of Angola's largest mobile operator", "Telecoms Africa Insight", """
LUANDA, June 5, 2023 - Unitel, founded in 1998 and launched commercially in 2001, is Angola's largest mobile network operator, with well over 10 million subscribers and a majority share of the country's mobile market.
## OWNERSHIP
For years its shareholders included Sonangol, Portugal's PT Ventures, General Leopoldino Fragoso do Nascimento's company Geni and Isabel dos Santos's Vidatel. In 2022 the Angolan state took control of the company, consolidating the stakes under state entities.
## NETWORK
Unitel runs 2G, 3G and 4G networks across all 18 provinces and launched its first 5G trial sites in Luanda. The mobile money service Unitel Money was licensed by the central bank in 2021.
## COMPETITION
Its main rival is Movicel, and a third operator, Africell, entered the market in 2022 with aggressive pricing. Analysts expect data revenue to overtake voice within two years.
""")

add("X-albania-1997-pyramid-crisis-explainer.html", "2022-01-20", "Explainer: Albania's 1997 pyramid scheme collapse", "History Desk", """
In 1996 and early 1997 Albania was gripped by a mania for pyramid investment schemes that promised monthly returns of 10 percent or more. Firms such as Sude, Gjallica and Vefa attracted deposits equal to almost half of the country's GDP.
## Collapse and uprising
When the schemes collapsed in January 1997, hundreds of thousands of families lost their savings. Protests turned into an armed uprising in the south; army depots were looted and some 2,000 people died. An Italian-led multinational force, Operation Alba, arrived in April 1997.
## Political fallout
President Sali Berisha's government was accused of tolerating the schemes. Early elections in June 1997 brought the Socialist Party to power, and Berisha resigned as president in July 1997.
## Legacy
The crisis left a lasting distrust of banks, and a large part of Albania's economy still runs on cash.
""")

add("X-dridex-malware-technical-analysis.txt", "2021-03-02", "Dridex: how the banking trojan works", "Threat Research Notes", """
March 2, 2021 - Dridex is a banking trojan first seen around 2014, descended from the Cridex and Bugat malware. It is usually delivered through phishing emails carrying Microsoft Office documents with malicious macros.
## INFECTION CHAIN
When a victim enables macros, a downloader fetches the main Dridex loader, which injects itself into legitimate processes. The malware uses a peer-to-peer botnet structure with layered proxy nodes to hide its command servers.
## CAPABILITIES
Dridex steals banking credentials through web injects and form grabbing, captures screenshots and can download further payloads, including ransomware.
## DEFENCE
Block Office macros from the internet, filter attachments, use multi-factor authentication for online banking and monitor for unusual child processes of Office applications.
""")
