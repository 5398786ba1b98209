# (filename, title, date, body paragraphs as list of (subhead or None, text))
BG = {
'P': "Background: Pakistan International Airlines (PIA) is the state-owned flag carrier. On May 22, 2020 its flight PK8303 crashed in Karachi, killing 97 people. On June 24, 2020 the then aviation minister Ghulam Sarwar Khan told parliament that 262 of the country's 860 pilots held licences he called \"dubious\", including 141 of PIA's 434 pilots. The EU Aviation Safety Agency (EASA) then suspended PIA's third country operator authorisation, and the UK placed Pakistan on its Air Safety List, a blacklist of carriers that may not fly to Britain.",
'K': "Background: Ihor Kolomoisky (also spelled Kolomoyskyi) co-founded PrivatBank, Ukraine's largest private lender, which the government nationalised in December 2016 after finding a hole of about $5.5 billion. He served as governor of the Dnipropetrovsk region in 2014 and 2015 and owned the 1+1 television group, which aired Volodymyr Zelensky's comedy shows. He holds Ukrainian, Israeli and Cypriot passports, according to Ukrainian media.",
'B': "Background: Gebran Bassil leads the Free Patriotic Movement (FPM), the largest Christian bloc in Lebanon's parliament, and is the son-in-law of President Michel Aoun. He served as minister of telecommunications, minister of energy and water, and minister of foreign affairs and emigrants. Lebanon has been in a deep financial crisis since 2019, and the Beirut port explosion of August 4, 2020 killed more than 200 people.",
'N': "Background: Daniel Ortega has been president of Nicaragua since 2007, and his wife Rosario Murillo has been vice president since 2017. Protests that began on April 18, 2018 over a pension reform were put down violently; rights groups counted more than 300 deaths. Executive Order 13851 of November 27, 2018 is the legal basis for most US sanctions on the Ortega circle.",
}
A = []
def add(fn, title, date, story, paras, bg=True):
    A.append(dict(fn=fn, title=title, date=date, story=story, paras=paras, bg=bg))

# ---------------- PIA ----------------
add('u-pia-easa-suspension-jun-2020.md', "EU safety agency suspends Pakistan International Airlines for six months", '2020-07-01', 'P', [
 (None, "The European Union Aviation Safety Agency said on Tuesday, June 30, 2020, that it had suspended Pakistan International Airlines' authorisation to operate flights to the EU for six months, starting July 1. The decision follows Pakistan's admission that a large share of its pilots may hold licences obtained by cheating."),
 ("What the suspension means", "PIA may not fly passengers into or out of any EU member state while the suspension lasts. EASA said it had concerns about the ability of Pakistan's authorities to certify and oversee operators in line with international standards. The airline said the suspension was temporary and that it would cancel European flights and try to rebook passengers on other carriers."),
 ("Britain follows", "Hours later, the UK Civil Aviation Authority withdrew PIA's permit to fly from Birmingham, London Heathrow and Manchester. PIA had flown about a dozen weekly flights to Britain, its most important long-haul market after the Gulf."),
 ("Pilots grounded", "PIA said it had grounded 141 of its 434 pilots pending verification. The airline's chief executive, Air Marshal Arshad Malik, apologised to passengers and promised a clean-up of the licensing system. The suspension can be appealed, EASA said, and will be reviewed once Pakistan shows it can oversee its airlines."),
])
add('u-pia-ban-faq-2023.html', "FAQ: Why can't PIA fly to Europe or the UK?", '2023-06-15', 'P', [
 ("Is PIA still banned from Europe?", "Yes. As of June 2023 the EASA suspension imposed on June 30, 2020 is still in force. It was first set for six months but has been extended repeatedly, and EASA has not set a date for a new decision."),
 ("Is the UK ban also still in force?", "Yes. Pakistan remains on the UK Air Safety List, so no Pakistani carrier may fly to Britain. Passengers travel via Gulf hubs such as Dubai, Doha or Abu Dhabi."),
 ("How much is the ban costing PIA?", "Government figures given to parliament put the revenue lost to the European ban at nearly 40 billion rupees a year."),
 ("Can I still book a PIA ticket to London?", "Only as a codeshare or a connection on another carrier. PIA itself cannot operate the flight."),
 ("Does the ban apply to other Pakistani airlines?", "The UK listing covers all carriers certified in Pakistan, including Airblue and SereneAir. EASA's action named PIA."),
 ("What has to happen for the ban to end?", "EASA and the UK Air Safety Committee both want evidence that the Pakistan Civil Aviation Authority can oversee pilots and airlines to international standards. An audit by the International Civil Aviation Organization is expected to play a role."),
])
add('u-pia-easa-review-pending-jun-2024.txt', "EASA still undecided on lifting PIA ban, officials say", '2024-06-01', 'P', [
 (None, "ISLAMABAD, June 1, 2024 - The European Union Aviation Safety Agency has still not decided whether to let Pakistan International Airlines fly to Europe again, officials said on Saturday, almost four years after the ban began."),
 ("Board to meet", "EASA has referred the file to its Third Country Operator board, which is due to meet next week. The aviation secretary and a deputy director general of the Pakistan Civil Aviation Authority will join by video link. Officials cautioned that it was premature to say whether the ban would be lifted or would stay."),
 ("Airline under pressure", "The government wants the European routes back before it sells a majority stake in the loss-making airline, and PIA has asked EASA for at least a provisional lifting. Paris, Oslo, Copenhagen and Milan were among the routes PIA served before June 2020."),
 ("UK position", "The UK ban is separate, officials said, and Britain's Air Safety Committee has not scheduled a review."),
])
add('u-pia-easa-lifts-ban-nov-2024.txt', "EU lifts four-year ban on Pakistan International Airlines", '2024-11-29', 'P', [
 (None, "ISLAMABAD, November 29, 2024 - The European Union Aviation Safety Agency has lifted its ban on Pakistan International Airlines, Defence Minister Khawaja Asif said on Friday, ending a suspension that began on June 30, 2020."),
 ("Confidence restored", "\"EASA has now re-established sufficient confidence in the PCAA oversight capabilities,\" an EASA spokesperson said in an emailed statement. The agency said the decision to authorise PIA to fly to, from and within the EU was based on the \"significant efforts\" made by the Pakistan Civil Aviation Authority."),
 ("Cost of the ban", "According to government records presented in parliament, the ban was costing PIA nearly 40 billion rupees, about $144 million, in revenue a year. Asif said the decision would revitalise the debt-ridden carrier and help the government's privatisation effort."),
 ("Britain next", "The EU decision does not cover the United Kingdom, which keeps Pakistan on its own Air Safety List. Officials said they hoped the British review would follow soon."),
])
add('u-pia-paris-first-flight-jan-2025.md', "PIA returns to Europe with first Islamabad-Paris flight", '2025-01-10', 'P', [
 (None, "Pakistan International Airlines operated its first flight to Europe in four and a half years on Friday, January 10, 2025, when a Boeing 777 left Islamabad for Paris. The service follows the EU Aviation Safety Agency's decision of November 29, 2024 to lift its ban on the carrier."),
 ("Two flights a week", "PIA said it would start with two weekly flights to Paris and hoped to add other European cities later in the year. A water-cannon salute saw the aircraft off at Islamabad International Airport."),
 ("London still closed", "PIA still cannot fly to Britain, its largest pre-ban market in Europe, because Pakistan remains on the UK Air Safety List. The airline said it was in talks with British authorities and expected an audit in 2025."),
 ("Advert backlash", "An advertisement for the Paris route, showing a PIA jet heading towards the Eiffel Tower, drew criticism on social media for its echo of the September 11 attacks; the prime minister ordered an inquiry."),
])
add('u-uk-lifts-pakistan-air-safety-list-jul-2025.html', "UK removes Pakistan from its Air Safety List", '2025-07-16', 'P', [
 (None, "Press release, British High Commission Islamabad, July 16, 2025. The United Kingdom has removed Pakistan from the UK Air Safety List, lifting the restrictions that have prevented Pakistani airlines from flying to the UK since 2020."),
 ("Independent process", "The decision follows extensive engagement between the UK's Air Safety Committee and the Pakistan Civil Aviation Authority. Decisions on delisting countries or carriers from the UK Air Safety List are made through an independent safety process overseen by the Air Safety Committee."),
 ("Permits still needed", "British High Commissioner Jane Marriott said individual airlines will still need to apply for operating permits from the UK Civil Aviation Authority. \"While it will take time for flights to resume, once the logistics are in place, I look forward to using a Pakistani carrier when visiting family and friends,\" she said."),
 ("Links between the two countries", "More than 1.6 million people of Pakistani heritage live in the UK. PIA said the first flights would operate from Islamabad to Manchester."),
])
add('u-pia-travel-forum-thread.html', "Forum: Direct PIA flights Manchester-Islamabad - any news?", '2025-07-18', 'P', [
 (None, "Thread in Travel > South Asia. Started by brumfamily, March 3, 2025."),
 ("brumfamily, March 3, 2025", "My parents want to fly direct to Islamabad like the old days. I read PIA is allowed into Europe again. Does that mean Manchester or Birmingham too?"),
 ("skyhopper77, March 3, 2025", "No. The EU lifted its ban in November, so PIA flies to Paris now, but the UK is separate. Pakistan is still on the UK Air Safety List. You still need to go via Doha or Dubai."),
 ("brumfamily, March 4, 2025", "Thanks. Any date for the UK?"),
 ("skyhopper77, March 4, 2025", "Nothing official. People keep saying 'next month'."),
 ("lahori_in_leeds, July 18, 2025", "Update for anyone finding this thread: the UK took Pakistan off the Air Safety List on July 16. PIA says Islamabad to Manchester first. But they still need an operating permit from the UK CAA, so don't book yet."),
 ("skyhopper77, July 18, 2025", "Good news. I stand corrected on my earlier post, the UK ban is gone."),
])
add('u-pia-privatisation-single-bid-oct-2024.txt', "PIA sale draws a single bid far below asking price", '2024-10-31', 'P', [
 (None, "ISLAMABAD, October 31, 2024 - Pakistan's attempt to sell a majority stake in Pakistan International Airlines fell flat on Thursday when only one bidder turned up, offering far less than the government wanted."),
 ("The offer", "Blue World City, a real estate developer, offered 10 billion rupees for a 60 percent stake, against a minimum price of 85 billion rupees set by the privatisation commission. Five other groups that had prequalified did not submit bids."),
 ("What went wrong", "Bidders had objected to the airline's debts, its pension obligations and the government's refusal to give tax relief on new aircraft. The privatisation minister said the cabinet would decide whether to accept the bid or restart the process."),
 ("Fleet", "PIA has about 30 aircraft, but fewer than 20 are in service because of a shortage of spare parts. The IMF has made the sale of loss-making state companies part of Pakistan's $7 billion loan programme."),
], bg=False)

# ---------------- Kolomoisky ----------------
add('u-privatbank-nationalised-dec-2016.txt', "Ukraine nationalises PrivatBank", '2016-12-19', 'K', [
 (None, "KYIV, December 19, 2016 - Ukraine nationalised PrivatBank on Sunday, taking the country's biggest lender out of the hands of its owners, the businessmen Ihor Kolomoisky and Gennadiy Boholiubov."),
 ("A hole of $5.5 billion", "The National Bank of Ukraine said about 97 percent of PrivatBank's corporate loan book had gone to parties related to its shareholders, leaving a capital shortfall of about $5.5 billion. The finance ministry became the sole owner, and the state will inject fresh capital."),
 ("Depositors protected", "The central bank said the bank would keep working normally and that deposits were safe. PrivatBank serves about a third of Ukrainians, and its cards are used to pay pensions."),
 ("Owners object", "Kolomoisky said the nationalisation was politically motivated. The bank's new management said it would seek to recover the money from the former owners in courts in Ukraine and abroad."),
])
add('u-doj-forfeiture-privatbank-properties-aug-2020.txt', "US sues to seize office buildings bought with alleged PrivatBank money", '2020-08-07', 'K', [
 (None, "MIAMI, August 7, 2020 - The US Justice Department has filed civil forfeiture complaints against two commercial properties that it says were bought with money stolen from PrivatBank, the Ukrainian lender once owned by Ihor Kolomoisky and Gennadiy Boholiubov."),
 ("The buildings", "The complaints, filed on August 6 in federal court in the Southern District of Florida, target the PNC Plaza office tower in Louisville, Kentucky, and the Crossroads Center office park in Dallas, Texas. Prosecutors say the two men laundered billions of dollars through shell companies and fraudulent loans and spent part of the money on US real estate through associates in Miami."),
 ("Civil, not criminal", "A civil forfeiture complaint is a lawsuit against property, not a criminal charge against a person. Neither Kolomoisky nor Boholiubov has been charged with a crime in the United States, and lawyers for Kolomoisky said he had done nothing wrong."),
 ("Not a sanction", "The action does not put either man on a US sanctions list. US persons may still deal with them; only the named buildings are at stake."),
])
add('u-kolomoisky-us-entry-ban-mar-2021.md', "US bars Ukrainian oligarch Kolomoisky and family over corruption", '2021-03-05', 'K', [
 (None, "US Secretary of State Antony Blinken on Friday, March 5, 2021, publicly designated Ihor Kolomoisky, the Ukrainian billionaire and former governor of the Dnipropetrovsk region, for involvement in significant corruption."),
 ("Section 7031(c)", "The designation was made under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2020. Blinken also designated Kolomoisky's wife, Iryna Kolomoiska, his daughter, Angelika Kolomoiska, and his son, Israel Zvi Kolomoisky. The action renders all four ineligible for entry into the United States."),
 ("The governorship", "Blinken said that as governor from 2014 to 2015, Kolomoisky was involved in corrupt acts that undermined rule of law, \"including using his political influence and official power for his personal benefit.\" He added: \"I also want to express concern about Kolomoisky's current and ongoing efforts to undermine Ukraine's democratic processes and institutions, which pose a serious threat to its future.\""),
 ("A visa ban only", "The designation is a travel ban. It does not freeze assets and does not place Kolomoisky on the Treasury's SDN list. Zelensky's office declined to comment. Kolomoisky did not respond."),
])
add('u-kolomoisky-7031c-blog.html', "What a 7031(c) designation does, and doesn't do: the Kolomoisky case", '2021-03-12', 'K', [
 (None, "Posted on March 12, 2021 by Dana Whitfield in Sanctions Basics."),
 ("Not an OFAC listing", "Clients have asked whether they must stop dealing with companies linked to Ihor Kolomoisky after the State Department named him on March 5. Short answer: the 7031(c) designation is a visa ban. It is not an OFAC designation, so there is no asset freeze, no 50 percent rule and no ban on US persons doing business with him or his companies."),
 ("Why it still matters", "Banks treat a public 7031(c) designation as a strong corruption red flag, and many will exit the relationship anyway. Due diligence files should record it."),
 ("Comments (2)", "Mark R., March 12, 2021: So a US bank could legally still open an account for him? -- Dana Whitfield, March 13, 2021: Legally, yes, unless he is later added to the SDN list. In practice, good luck. -- Olena K., March 14, 2021: Worth adding that the DOJ forfeiture suits from August 2020 are a separate matter."),
 ("Leave a Reply", "Your email address will not be published. Required fields are marked *"),
])
add('u-kolomoisky-citizenship-reports-jul-2022.md', "Zelensky said to strip Kolomoisky of Ukrainian citizenship", '2022-07-23', 'K', [
 (None, "President Volodymyr Zelensky has signed a decree stripping Ihor Kolomoisky of his Ukrainian citizenship, the news site Ukrainska Pravda reported on Saturday, July 23, 2022, citing sources. The president's office did not confirm the report."),
 ("Dual nationality", "Ukraine does not allow dual citizenship, and Kolomoisky has said publicly that he holds Israeli and Cypriot passports. Losing Ukrainian citizenship would not change his status in the United States, where he and his family have been barred from entry since March 2021."),
 ("Falling out", "Kolomoisky backed Zelensky's 2019 campaign, but the two have drifted apart. In 2022 Zelensky has also moved against other wealthy figures under a law on oligarchs passed in 2021."),
 ("Still in Ukraine", "Kolomoisky, who was seen in Kyiv this month, has not commented. Asked about the report, a lawyer for the businessman said he had received no official documents."),
])
add('u-kolomoisky-arrested-sep-2023.txt', "Kolomoisky detained in Ukraine on fraud and money laundering suspicion", '2023-09-02', 'K', [
 (None, "KYIV, September 2, 2023 - A Kyiv court on Saturday ordered Ihor Kolomoisky held in custody for two months, hours after Ukraine's SBU security service said it had served him with a notice of suspicion of fraud and money laundering."),
 ("The allegations", "Investigators say Kolomoisky laundered more than 500 million hryvnias between 2013 and 2020 by moving money abroad through banks under his control. The court set bail at 509 million hryvnias, about $13.8 million."),
 ("From visa ban to jail", "Until now the most serious official measure against Kolomoisky had been the US entry ban announced by Secretary of State Antony Blinken in March 2021. Saturday's detention is the first time he has been held in custody."),
 ("Reaction", "Kolomoisky did not challenge the detention in court, his lawyers said. The SBU said the case was part of a wider effort to clean up the financial sector in wartime."),
])
add('u-kolomoisky-detention-court-summary-sep-2023.html', "Court summary: custody ordered for Ihor Kolomoisky", '2023-09-04', 'K', [
 (None, "Case summary prepared by the Kyiv Legal Monitor, September 4, 2023. Court: a district court in Kyiv. Hearing date: September 2, 2023."),
 ("Measure ordered", "Detention for two months, with the alternative of bail of 509 million hryvnias. The suspect did not ask the court to lower the bail amount."),
 ("Grounds", "Prosecutors argued that the suspect had the means and foreign citizenships to flee, and that the alleged losses exceeded 500 million hryvnias. The court accepted the risk-of-flight argument."),
 ("What the ruling does not decide", "The ruling is a preventive measure, not a verdict. It says nothing about the PrivatBank claims in London or the US civil forfeiture cases, and it does not affect his 2021 US entry ban."),
])
add('u-1plus1-servant-of-the-people-distractor.txt', "How a sitcom on Kolomoisky's channel made a president", '2019-04-22', 'K', [
 (None, "KYIV, April 22, 2019 - When the first episode of Servant of the People aired on the 1+1 channel in October 2015, few viewers imagined that its star, Volodymyr Zelensky, would win a real presidential election less than four years later."),
 ("The show", "Zelensky played Vasyl Holoborodko, a history teacher whose rant about corruption goes viral and lands him in the presidency. The series ran for three seasons, and a party named after it was registered in 2018."),
 ("The channel", "1+1 belongs to the media group of businessman Ihor Kolomoisky. Zelensky's opponents have accused him of being Kolomoisky's puppet; Zelensky says he will be nobody's puppet. On Sunday, April 21, he beat the incumbent Petro Poroshenko with about 73 percent of the vote."),
 ("Ratings", "The channel says the final season drew record ratings in the campaign weeks, and the series has been sold to broadcasters in several countries."),
], bg=False)

# ---------------- Bassil ----------------
add('u-lebanon-ex-ministers-sanctioned-sep-2020.md', "US sanctions two former Lebanese ministers over Hezbollah links", '2020-09-08', 'B', [
 (None, "The US Treasury on Tuesday, September 8, 2020, sanctioned two former Lebanese cabinet ministers, Ali Hassan Khalil and Youssef Fenianos, accusing them of corruption and of giving material support to Hezbollah."),
 ("Counter-terrorism authority", "The two were designated under Executive Order 13224, the counter-terrorism order. Khalil, a former finance minister, is a close aide of parliament speaker Nabih Berri. Fenianos, a former public works minister, belongs to the Marada Movement."),
 ("Who is next?", "Lebanese media speculated that Gebran Bassil, head of the Free Patriotic Movement, could be targeted. He was not named on Tuesday, and a senior US official declined to say whether more designations would follow."),
 ("Reaction", "Berri's Amal movement said the sanctions were a message to all Lebanese. Hezbollah said they would not change its positions."),
])
add('u-bassil-sanctioned-nov-2020.txt', "Treasury sanctions Gebran Bassil for corruption", '2020-11-06', 'B', [
 (None, "WASHINGTON, November 6, 2020 - The US Treasury's Office of Foreign Assets Control (OFAC) on Friday sanctioned Gebran Bassil, president of Lebanon's Free Patriotic Movement and a member of parliament, for his role in corruption."),
 ("Global Magnitsky", "Bassil was designated under Executive Order 13818, which builds upon and implements the Global Magnitsky Human Rights Accountability Act. \"The systemic corruption in Lebanon's political system exemplified by Bassil has helped to erode the foundation of an effective government that serves the Lebanese people,\" Treasury Secretary Steven Mnuchin said."),
 ("The allegations", "Treasury said that in 2014, while minister of energy, Bassil was involved in approving several projects that would have steered Lebanese government funds to individuals close to him through a group of front companies. Secretary of State Mike Pompeo said Bassil had become \"notorious for corruption.\""),
 ("Effect", "All of Bassil's property in the United States or held by US persons is blocked, and US persons are generally barred from dealing with him. Any entities owned 50 percent or more by him are blocked too."),
])
add('u-bassil-responds-nov-2020.html', "Bassil: 'Sanctions did not scare me'", '2020-11-08', 'B', [
 (None, "BEIRUT, November 8, 2020. Gebran Bassil said on Sunday that the US sanctions imposed on him two days earlier were unjust and political, and that he would not break with Hezbollah under pressure."),
 ("Hezbollah demand", "In a televised speech, Bassil said US officials had asked him to cut ties with Hezbollah immediately, and had offered to spare him sanctions if he did. \"Sanctions did not scare me, and promises did not tempt me,\" he said."),
 ("Legal challenge", "Bassil said he would hire a law firm to challenge the designation and to clear his name, and dared Washington to show evidence of corruption."),
 ("Aoun asks for evidence", "President Michel Aoun, Bassil's father-in-law, asked the foreign minister to obtain the evidence behind the designation from the US."),
 ("Cabinet talks", "The sanctions add complications for Prime Minister-designate Saad Hariri, who is trying to form a government."),
])
add('u-bassil-magnitsky-faq.html', "FAQ: What does a Global Magnitsky designation mean? (Bassil edition)", '2020-11-20', 'B', [
 ("Which list is Bassil on?", "Treasury's Specially Designated Nationals and Blocked Persons List (SDN List), added on November 6, 2020 under Executive Order 13818 (Global Magnitsky)."),
 ("Can he enter the US?", "No. Persons designated under EO 13818 are also barred from entry."),
 ("Is his party sanctioned?", "No. The Free Patriotic Movement as a party is not designated. Only Bassil personally is on the list, together with any entity he owns 50 percent or more of."),
 ("Does the EU or UK follow automatically?", "No. US designations do not bind the EU or the UK, and neither had listed Bassil when this FAQ was written."),
 ("Can he get off the list?", "A designated person can file a petition for reconsideration with OFAC, or sue in a US court. Delisting generally requires showing changed circumstances or a mistake."),
])
add('u-bassil-still-listed-2024.md', "Four years on, Bassil remains under US sanctions", '2024-10-20', 'B', [
 (None, "Gebran Bassil remains on the US Treasury's SDN list nearly four years after he was designated on November 6, 2020, and no petition to remove him has succeeded, people familiar with the matter said this week."),
 ("No court win", "Bassil said in 2020 that he would hire lawyers to fight the designation. No US court has ruled in his favour, and Treasury has not removed him."),
 ("Presidential politics", "Lebanon has had no president since Michel Aoun's term ended in October 2022. Bassil, who long hoped to succeed his father-in-law, has opposed the candidacy of army commander Joseph Aoun, a position Washington reportedly views as an obstacle."),
 ("Still a party leader", "Bassil remains head of the Free Patriotic Movement and a member of parliament, and continues to travel to Europe, where he is not under sanctions."),
])
add('u-lebanon-fuel-blackouts-distractor.html', "Lebanon's blackouts: why the power keeps going out", '2021-08-14', 'B', [
 (None, "BEIRUT, August 14, 2021. Much of Lebanon now gets two hours of state electricity a day, or none at all, as the state power company Electricite du Liban runs short of fuel."),
 ("A sector in ruins", "Electricite du Liban has lost billions of dollars a year for decades, and power has been the single biggest contributor to public debt. Private generator owners fill the gap at high prices."),
 ("The energy ministry", "The energy ministry has been run by the Free Patriotic Movement or its allies since 2008, including by Gebran Bassil from 2009 to 2014. His plans for new power plants and rented power ships were criticised as costly; he blames political rivals for blocking reforms."),
 ("Fuel smuggling", "Subsidised fuel has been smuggled to Syria, worsening shortages. The army has seized thousands of litres hoarded by traders."),
])

# ---------------- Nicaragua ----------------
add('u-nicaragua-murillo-sanctioned-nov-2018.md', "US sanctions Nicaragua's vice president Rosario Murillo", '2018-11-27', 'N', [
 (None, "President Donald Trump on Tuesday, November 27, 2018, signed an executive order declaring a national emergency over Nicaragua, and the Treasury used it the same day to sanction Vice President and First Lady Rosario Murillo."),
 ("Two names", "The Office of Foreign Assets Control also designated Nestor Moncada Lau, who has acted as a national security adviser to Ortega and Murillo. Their property under US jurisdiction is blocked and US persons are barred from dealing with them."),
 ("Mnuchin", "\"Vice President Murillo and her political operators have systematically sought to dismantle democratic institutions and loot the wealth of Nicaragua to consolidate their grip on power,\" Treasury Secretary Steven Mnuchin said."),
 ("Not the president, not the children", "Daniel Ortega himself was not designated, and none of the couple's children was named. Officials said more designations were possible."),
])
add('u-nica-act-signed-dec-2018.txt', "Trump signs NICA Act tightening pressure on Ortega", '2018-12-21', 'N', [
 (None, "WASHINGTON, December 21, 2018 - President Donald Trump on Thursday, December 20, signed the Nicaragua Human Rights and Anticorruption Act, known as the NICA Act."),
 ("Loans opposed", "The law instructs US representatives at international financial institutions such as the World Bank and the Inter-American Development Bank to oppose loans to the Nicaraguan government, except for basic human needs, unless the State Department certifies progress on democracy."),
 ("More sanctions", "It also authorises sanctions on people responsible for human rights abuses or significant corruption in Nicaragua and requires reports to Congress on officials involved in corruption."),
 ("Managua reacts", "The Nicaraguan government called the law interventionist. Vice President Rosario Murillo, sanctioned by Treasury last month, said the country would not be intimidated."),
])
add('u-laureano-ortega-bancorp-apr-2019.html', "Treasury designates Laureano Ortega Murillo and BanCorp", '2019-04-17', 'N', [
 (None, "Agency action summary, April 17, 2019. OFAC designated Laureano Ortega Murillo, son of President Daniel Ortega and Vice President Rosario Murillo, and the Nicaraguan bank Banco Corporativo SA (BanCorp), under Executive Order 13851."),
 ("Laureano", "OFAC said Laureano Ortega Murillo, an adviser at the government investment agency ProNicaragua, was involved in corruption, including around the Nicaragua Grand Canal project."),
 ("BanCorp", "BanCorp is a subsidiary of ALBANISA, a joint venture ultimately owned by Venezuela's PdVSA, and OFAC said it had already been blocked by operation of law after the January 28, 2019 designation of PdVSA. OFAC said the regime used it to launder and hide money."),
 ("Statement", "\"Treasury is sanctioning Laureano Ortega Murillo and BanCorp for their roles in corruption and money laundering for the personal gain of the Ortega regime,\" said Sigal Mandelker, Under Secretary for Terrorism and Financial Intelligence. Treasury said the crackdown since April 2018 had led to the death of 325 persons and sent over 42,000 Nicaraguans to seek refuge in Costa Rica."),
 ("Announced in Florida", "National security adviser John Bolton announced the action in Coral Gables, calling BanCorp Ortega's \"slush fund\"."),
])
add('u-rafael-ortega-petronic-dec-2019.md', "Second Ortega son sanctioned, along with fuel company", '2019-12-12', 'N', [
 (None, "The US Treasury on Thursday, December 12, 2019, designated Rafael Ortega Murillo, a son of President Daniel Ortega and Vice President Rosario Murillo, making him the second of the couple's children on the SDN list after his brother Laureano in April."),
 ("Companies", "OFAC also designated the fuel distributor Distribuidora Nicaraguense de Petroleo (DNP-Petronic) and the holding company Inversiones Zanzibar, which Treasury said Rafael used to launder money and generate income for the family."),
 ("The ALBANISA money", "Treasury said Rafael acts as a money manager for the family and used DNP-Petronic to take advantage of fuel bought with Venezuelan oil credits through ALBANISA."),
 ("Regime response", "The government called the measure illegal aggression. Nicaragua's opposition welcomed it but urged targeting of police commanders."),
])
add('u-camila-ortega-central-bank-jun-2021.txt', "US sanctions Ortega's daughter and central bank chief", '2021-06-09', 'N', [
 (None, "WASHINGTON, June 9, 2021 - The Treasury sanctioned Camila Antonia Ortega Murillo, a daughter of President Daniel Ortega and Vice President Rosario Murillo, on Wednesday, together with the president of Nicaragua's central bank, Ovidio Reyes."),
 ("Four names", "Also designated were Edwin Castro, head of the Sandinista bloc in the National Assembly, and army general Julio Modesto Rodriguez, who runs the military's pension fund. The action follows the arrest this month of several opposition figures who planned to run in the November election."),
 ("Third child", "Camila is the third Ortega-Murillo child on the SDN list, after Laureano (April 2019) and Rafael (December 2019)."),
 ("Reserves", "Treasury said Reyes had helped the government use the central bank to finance repression. Officials stressed that the bank itself was not designated."),
])
add('u-nicaragua-gold-eo-14088-oct-2022.html', "Biden widens Nicaragua sanctions to the gold sector", '2022-10-24', 'N', [
 (None, "WASHINGTON, October 24, 2022. President Joe Biden on Monday signed Executive Order 14088, which amends Executive Order 13851 to allow sanctions on anyone operating in the gold sector of the Nicaraguan economy, or in any other sector the Treasury later identifies."),
 ("Mining directorate", "OFAC used the new authority the same day to designate Nicaragua's Directorate General of Mines (Direccion General de Minas), which grants mining concessions. Gold is the country's largest export."),
 ("Trade bans possible", "The order also allows the president to ban new US investment in specified sectors and to prohibit imports or exports of specified products; no such ban was announced on Monday."),
 ("Other measures", "The State Department barred visas for more than 500 individuals tied to the government. Officials said the aim was to deny revenue to the regime after the November 2021 election, which Washington called a sham."),
])
add('u-nicaragua-canal-distractor.md', "Nicaragua's grand canal: a decade of dreams and empty land", '2023-06-13', 'N', [
 (None, "Ten years after Nicaragua's National Assembly approved a 50-year concession for an interoceanic canal on June 13, 2013, no ship channel has been dug and the Hong Kong company behind it has vanished from view."),
 ("The plan", "HKND Group, led by the Chinese businessman Wang Jing, promised a 278-kilometre waterway across Lake Nicaragua, costing about $50 billion. A groundbreaking ceremony was held in December 2014."),
 ("Laureano's role", "Laureano Ortega Murillo, a son of President Daniel Ortega, represented the government in talks with investors. Farmers along the route staged dozens of marches against expropriation."),
 ("Concession revoked", "In May 2023 the Assembly repealed the canal concession law, ending the project on paper."),
], bg=False)

# ---------------- cross-story ----------------
add('u-visa-ban-vs-asset-freeze-explainer.md', "Visa ban, asset freeze or flight ban? Four kinds of blacklist explained", '2025-08-01', 'X', [
 (None, "Readers often ask whether someone \"on a US list\" can be dealt with. The answer depends on the list. This explainer uses four recent cases."),
 ("Visa bans: Section 7031(c)", "A 7031(c) designation by the State Department, like the one imposed on Ihor Kolomoisky and his family on March 5, 2021, only bars entry into the United States. It freezes nothing and does not stop US companies trading with the person."),
 ("Asset freezes: the SDN list", "Designation by OFAC, as with Gebran Bassil under the Global Magnitsky order in November 2020 or Rosario Murillo under Executive Order 13851 in November 2018, blocks property and bars US persons from dealing with the person and entities owned 50 percent or more by them."),
 ("Air safety lists", "The EU and UK air safety lists are not sanctions. They bar airlines that regulators consider unsafe. Pakistan International Airlines was kept out of the EU from 2020 to November 2024 and out of the UK until July 2025."),
 ("Civil forfeiture", "A DOJ civil forfeiture suit, like the 2020 cases over PrivatBank money in Louisville and Dallas, targets specific property, not a person's access to the US financial system."),
 ("Bottom line", "Always check which list, which agency and which date. Lists change: people are added, removed and sometimes put back."),
], bg=False)

EXTRA = {
'P': "How the lists work: EASA authorises every airline from outside the EU that wants to fly into the bloc, under the third country operator (TCO) system; a suspended authorisation means the carrier cannot operate there at all. The separate EU Air Safety List names airlines or whole countries whose oversight the European Commission considers deficient. The United Kingdom has run its own UK Air Safety List since leaving the EU, with decisions taken by an independent Air Safety Committee on technical grounds. Such listings are safety measures, not sanctions: they do not freeze money or stop anyone from selling tickets through other carriers, and they say nothing about a country's politics.",
'K': "The wider picture: Kolomoisky built the Privat group in Dnipro in the 1990s with partners including Gennadiy Boholiubov. Its interests have at times included oil refining and retail fuel, ferroalloys, the airline group around Ukraine International Airlines, the 1+1 media holding and the football club Dnipro. He also financed volunteer battalions in 2014, when he was appointed governor of Dnipropetrovsk to hold the region against separatists. Critics say his business empire relied on PrivatBank loans to related companies; Kolomoisky has denied wrongdoing in every case brought against him.",
'B': "How Lebanese politics works: power is shared by confession. The president must be a Maronite Christian, the prime minister a Sunni Muslim and the speaker of parliament a Shia Muslim. The Free Patriotic Movement was founded by Michel Aoun and allied with Hezbollah in a memorandum of understanding signed in 2006. Mass protests that began in October 2019 targeted the whole political class, with the slogan \"all of them means all of them\". Lebanese banks froze dollar withdrawals, and the currency lost most of its value.",
'N': "How the Ortega system works: the Sandinista National Liberation Front (FSLN) took power in 1979, lost the 1990 election and returned to power when Ortega won in 2006. Since then the family has controlled television channels, fuel distribution and businesses financed through ALBANISA, a company that handled Venezuelan oil sold on credit under the Petrocaribe scheme. Opposition leaders, journalists and Catholic clergy have been jailed or forced into exile, and many non-governmental organisations have been closed by law.",
'X': "How to check a name: OFAC publishes the SDN list and a search tool on its website; the State Department publishes 7031(c) designations in press statements; the European Commission and the UK Civil Aviation Authority publish air safety lists; court dockets show forfeiture cases. Lists are updated often, so a search should be repeated before every significant transaction.",
}
DEXTRA = {
'u-pia-privatisation-single-bid-oct-2024.txt': ["Unions at the airline oppose privatisation and have warned of strikes if jobs are cut. Analysts say any buyer would need to invest heavily in new aircraft and in the airline's information systems, which are decades old, and to negotiate with lessors who have repossessed planes in the past. PIA once had a reputation as one of Asia's leading carriers and helped set up Emirates in the 1980s. The airline's headquarters are in Karachi, and its main hubs are Karachi, Lahore and Islamabad.", "The government has said that whatever happens, PIA's historic Roosevelt Hotel in New York, now owned by a separate holding company, is not part of the sale."],
'u-1plus1-servant-of-the-people-distractor.txt': ["Critics of the series say it drew on real political scandals, including the crowded field of parties funded by wealthy backers. The show's writers have said the character was a composite and that they did not expect the satire to become reality. A film version, Servant of the People 2, was released in 2016.", "Zelensky, who began his career in the KVN comedy competition and co-founded the Kvartal 95 production studio, will take office after the result is certified. His team has promised to publish a programme for the first hundred days, and has said that anti-corruption courts, the end of parliamentary immunity and a new approach to the war in the east will come first."],
'u-nicaragua-canal-distractor.md': ["Environmental scientists had warned that dredging Lake Nicaragua, the largest freshwater lake in Central America, would threaten drinking water and fisheries. The route would have cut through indigenous and Afro-descendant territories on the Caribbean coast. Wang Jing lost much of his fortune in the 2015 Chinese stock market crash, and HKND's Hong Kong office closed a few years later.", "Farmers' leader Francisca Ramirez, who led the marches, went into exile in Costa Rica in 2018. Economists say the country's long-standing dream of a canal, discussed since the 19th century, has now been shelved for a generation. Tourism operators on the lake say the only boats on the route today are fishing canoes and ferries to Ometepe island."],
}
NOTE = "Editor's note: this article reflects information available on the date of publication. Lists and legal measures change over time; check the date before relying on it."
GLOSS = {
'P': "Glossary: PCAA is the Pakistan Civil Aviation Authority; TCO stands for third country operator; ICAO is the UN's International Civil Aviation Organization, whose audits are used by regulators to judge national oversight.",
'K': "Glossary: the SBU is Ukraine's security service; NABU is the National Anti-Corruption Bureau; a notice of suspicion is the formal step that makes someone a suspect under Ukrainian criminal procedure; the hryvnia is Ukraine's currency.",
'B': "Glossary: OFAC is the Treasury's Office of Foreign Assets Control; the SDN list is its list of Specially Designated Nationals and Blocked Persons; EO stands for executive order.",
'N': "Glossary: OFAC is the Treasury's Office of Foreign Assets Control; SDN stands for Specially Designated Nationals; the FSLN is the ruling Sandinista party; ALBANISA is the Nicaraguan-Venezuelan company that managed oil credit.",
'X': "Glossary: OFAC is the Treasury's Office of Foreign Assets Control; SDN stands for Specially Designated Nationals.",
}
DEXTRA['u-nicaragua-canal-distractor.md'].append("Panama, meanwhile, finished widening its own canal in 2016, and the expanded locks now take ships carrying up to about 14,000 containers, removing much of the commercial case that the Nicaraguan project once made to shipping lines.")
