"""Article texts and metadata for the ZT corpus (written for this set).

Blocks: ("p", text) paragraph, ("h", text) subhead (not counted), ("li", [items]),
("qa", question, answer) FAQ pair, ("post", user, text) forum post, ("comment", user, text).
Counted words: p, li items, qa pairs, posts, comments.
"""

A = []


def art(slug, fmt, date, title, outlet, byline, shape, body, distractor=False, desc=""):
    A.append(dict(slug=slug, fmt=fmt, date=date, title=title, outlet=outlet, byline=byline,
                  shape=shape, body=body, distractor=distractor, desc=desc or title))


# ---------------------------------------------------------------- Venezuela tankers (V)
art("ZT-ofac-blacklists-tankers-in-venezuela-cuba-oil-trade-apr-2019", "txt", "2019-04-15",
    "US blacklists nine tankers and four shipowners over Venezuelan oil to Cuba",
    "Harbour Ledger", "By Nikos Varelas", "news", [
    ("p", "WASHINGTON - The US Treasury's Office of Foreign Assets Control (OFAC) on Friday, April 12, added four more shipowners and nine tankers to its Specially Designated Nationals (SDN) list for carrying Venezuelan oil to Cuba, widening the campaign against the government of Nicolas Maduro."),
    ("p", "Among the vessels named are the crude tanker Nedas, the crude tanker New Hellas and the product tanker S-Trotter. The companies that own those three ships are Liberia-based holding companies, and OFAC blacklisted those owners. Shipping databases show that Athens-based operators receive the business correspondence for the holding companies, a common arrangement in the trade, but the operators and their other vessels were not blacklisted."),
    ("p", "The New Hellas is owned by Lima Shipping Corporation. According to Treasury, its charterer ordered it to deliver a cargo of Venezuelan crude to Cuba in March."),
    ("h", "WHY CUBA"),
    ("p", "Treasury says ships in this trade are violating US sanctions on the state oil company Petroleos de Venezuela SA (PDVSA). Treasury Secretary Steven Mnuchin said Venezuela's oil belongs to the Venezuelan people and should not be used as a bargaining tool to prop up dictators."),
    ("p", "Five of the nine vessels are not accused of calling in Venezuela at all; they were listed because they belong to a firm said to have taken part in sanctioned transactions. Lawyers said an SDN listing is close to a commercial death sentence for a ship, since insurers, registries and fuel suppliers tend to walk away."),
    ("p", "---"),
    ("p", "Our tip: follow our sanctions tracker for new listings. Reply to this email with tips."),
])

art("ZT-lima-shipping-new-hellas-delisted-explainer-sep-2019", "md", "2019-09-30",
    "How a Greek-managed tanker got off the SDN list in five months",
    "Maritime Compliance Notes", "By Helen Stavrou", "explainer", [
    ("p", "On September 24, 2019, OFAC removed Lima Shipping Corporation and its tanker, the New Hellas, from the Specially Designated Nationals list. The delisting lets Lima put the vessel back to work without delay."),
    ("h", "What happened"),
    ("p", "The designation came after the charterer of the New Hellas ordered the ship to deliver crude oil from Venezuela to Cuba in March 2019. OFAC listed Lima and the vessel on April 12, 2019 for their involvement in the Venezuelan oil trade, even though there was no US connection to the voyage."),
    ("p", "Lawyers for the owner called the listing a virtual commercial death sentence: registries, insurers, classification societies and fuel providers would not deal with Lima or its ship for fear of being designated themselves."),
    ("h", "How it got out"),
    ("li", ["Lima engaged with OFAC immediately after the designation.",
            "It gave assurances that it would refuse further business with Petroleos de Venezuela SA (PDVSA).",
            "It promised full transparency about the vessel's movements and operations."]),
    ("p", "SDN delistings can frequently take a year or more. Here the owner's commitments and openness about where the ship went produced what its counsel called a relatively timely removal, about five months after the listing."),
    ("p", "The case is a reminder that OFAC and United Nations advisories have raised compliance expectations for everyone in the maritime supply chain, and that owners can be hit for a charterer's choice of cargo."),
])

art("ZT-us-sanctions-four-greek-run-tankers-venezuela-jun-2020", "html", "2020-06-03",
    "US sanctions four Greek-run tankers over Venezuelan crude",
    "Tanker Desk Daily", "By Maria Kallergi", "news", [
    ("p", "The US Treasury on Tuesday, June 2, blacklisted four tankers and the companies that own them for loading crude oil in Venezuela, in the sharpest move yet against shipping firms that serve the Maduro government."),
    ("p", "The three Marshall Islands-registered owners are Afranav Maritime, owner of the Athens Voyager; Adamant Maritime, owner of the Seahero; and Sanibel Shiptrade, owner of the Voyager I. The fourth, Greece-based Seacomber, owns the Chios I."),
    ("p", "All four ships are commercially managed out of Greece. Industry databases tie the Chios I to Dynacom Tankers Management, the Seahero to Thenamaris, the Voyager I to NGM Energy and the Athens Voyager to Chemnav. OFAC said the ships loaded Venezuelan oil between late February and the end of April; much of the crude went on to China through ship-to-ship transfers."),
    ("p", "Only the four vessels and their single-ship owning companies were listed, not the managers or their wider fleets. Treasury said the sanctions can be lifted if the companies show a positive change of behaviour."),
    ("p", "Jonathan Epstein, a partner at Holland & Knight, called the listings the first warning shots and said managers that stay in Venezuela risk having the rest of their fleets sanctioned. Blocked ships cannot trade in US dollars or call at US ports, and anything 50% owned by a listed company is blocked too."),
])

art("ZT-greek-owners-pledge-to-quit-venezuela-forum-jun-2020", "html", "2020-06-13",
    "Thread: Greek managers swearing off Venezuela after the OFAC listings?",
    "ShipOps Forum", "", "forum", [
    ("post", "aframax_andreas", "Since Treasury listed the Athens Voyager, Seahero, Voyager I and Chios I on June 2, the phones here in Piraeus have not stopped. Dynacom Tankers, NGM Energy and Thenamaris have all put out statements saying they will stop calling at Venezuela. Anyone seen the wording?"),
    ("post", "chartering_katerina", "Our broker circulated them. The gist is that they will not send ships to Venezuela unless the US approves, and they will keep clear of PDVSA cargoes. Nothing yet from Afranav, the owner of the Athens Voyager."),
    ("post", "pandi_paul", "From the insurance side: listed ships are losing cover fast. A blocked tanker with no P&I club and no flag is stuck. That is why everybody is rushing to show OFAC a clean policy."),
    ("post", "aframax_andreas", "Question is whether pledges get the four ships off the list or only protect the rest of the fleet. Treasury did say the listings can come off with a change of behaviour."),
    ("post", "old_salt_1979", "Remember the New Hellas last year. Listed in April 2019 for a Cuba cargo, off the list in September after the owner promised no more PDVSA business. So it can be done, but it took months. Do not expect the four to be cleared next week."),
    ("post", "chartering_katerina", "Meanwhile the charterers are the ones quietly moving Venezuelan barrels on older tonnage. Nobody in this thread is going to name them."),
])

art("ZT-treasury-delists-athens-voyager-chios-i-lists-two-more-jun-2020", "md", "2020-06-19",
    "Treasury delists two Greek tankers, blacklists two more over Venezuela",
    "Tanker Desk Daily", "By Maria Kallergi", "news", [
    ("p", "The US Treasury on Thursday, June 18, removed the Athens Voyager and the Chios I, and their owners Afranav Maritime and Seacomber, from its sanctions list, barely two weeks after blacklisting them."),
    ("p", "Both companies committed to enhanced compliance with US sanctions and pledged to cease involvement in the Venezuelan oil sector as long as President Nicolas Maduro remains in power. Afranav said its commercial manager, Chemnav Shipmanagement, had adopted a firm policy barring calls at Venezuelan and sanctioned countries until there is a change in regime, unless OFAC grants a licence."),
    ("h", "Two new listings"),
    ("p", "In the same action OFAC blacklisted two more tankers: the Panamanian-flagged Delos Voyager, owned by Delos Voyager Shipping, and the Liberian-flagged Euroforce, owned by Greece-based Romina Maritime. OFAC said the Delos Voyager delivered a 515,000-barrel cargo of Venezuelan crude to Qingdao, China, in February, and the Euroforce moved a 500,000-barrel cargo to another tanker in the South China Sea in late May."),
    ("p", "A general licence lets US persons wind down dealings with the two new ships and their owners until July 21, including discharging cargo and paying for insurance, safety and crew provisions."),
    ("h", "Still listed"),
    ("p", "The Seahero and the Voyager I, listed on June 2, remain on the list. Officials are negotiating with their owners over a similar pledge to swear off Venezuela business. Analysts called the approach stick and carrot."),
])

art("ZT-general-license-37-delos-voyager-romina-summary-jun-2020", "txt", "2020-06-22",
    "Agency summary: General License 37 and the Delos Voyager / Romina Maritime blocking",
    "Sanctions Docket Review", "Prepared by the Docket Review staff", "agency", [
    ("p", "SUMMARY - On June 18, 2020, OFAC blocked Delos Voyager Shipping Ltd with its vessel Delos Voyager, and Romina Maritime Co. Inc. with its vessel Euroforce, under Executive Order 13850, which reaches persons operating in the oil sector of the Venezuelan economy and those who materially assist them. Under OFAC's 50 percent rule, any entity in which either company owns a 50 percent or greater interest is also blocked."),
    ("h", "THE LICENCE"),
    ("p", "OFAC issued General License 37, Authorizing the Wind Down of Transactions Involving Delos Voyager Shipping Ltd, Romina Maritime Co Inc, and Certain Vessels. It authorizes transactions ordinarily incident and necessary to winding down dealings with the two companies and the two ships, and it expires on July 21, 2020. OFAC also published FAQ 834 on the scope of the licence."),
    ("li", ["What it allows: winding down existing business, discharging cargo, port calls, insurance, and safety and crew needs.",
            "What it does not allow: new business with the blocked companies or ships.",
            "Payments owed to a blocked person still have to go into a blocked account."]),
    ("h", "CONTEXT"),
    ("p", "The same day OFAC removed the Athens Voyager and Chios I and their owners after pledges to leave the Venezuelan oil trade. Wind-down licences of this kind give charterers, cargo owners and port agents a short window to unwind existing contracts rather than leaving a loaded ship stranded at sea."),
    ("p", "This summary is for information only and is not legal advice."),
])

art("ZT-us-lifts-sanctions-on-remaining-greek-tankers-jul-2020", "html", "2020-07-03",
    "US lifts Venezuela sanctions on four more shipping firms and their tankers",
    "Tanker Desk Daily", "By Maria Kallergi", "news", [
    ("p", "The US Treasury on Thursday, July 2, lifted sanctions on four shipping companies and their four tankers that it had blacklisted in June for carrying Venezuelan oil, clearing the last of the Greek-linked firms it had targeted."),
    ("p", "The companies removed are Marshall Islands-based Delos Voyager Shipping Ltd, Adamant Maritime Ltd and Sanibel Shiptrade Ltd, and Greece-based Romina Maritime Co Inc. The tankers removed are the Seahero, the Voyager I, the Delos Voyager and the Euroforce. Delos Voyager Shipping and Romina Maritime had been given until July 21 under a general licence to wind down dealings."),
    ("p", "Earlier in the week US officials met representatives of Greece's maritime industry to discuss the Venezuela sanctions, according to people familiar with the talks. One of them said the companies recognised that it is a very toxic moment to do business with Venezuela and pledged to stop."),
    ("p", "A Treasury representative said the delisted entities had committed to cease involvement in the Venezuelan oil sector as long as Maduro remains in power. \"The primary goal for the imposition of sanctions under OFAC's various authorities is to promote behavioral change,\" the representative said. \"The entities and vessels delisted today credibly showed that they have stopped engaging in sanctionable activities.\""),
    ("p", "Thenamaris, which manages the Seahero, said it had cooperated fully with US authorities and adopted a firm policy prohibiting any carriage of oil from Venezuela while US sanctions remain in place."),
])

art("ZT-venezuela-tanker-delistings-what-they-mean-jul-2020", "txt", "2020-07-20",
    "Explainer: what the Venezuela tanker delistings tell shipowners",
    "Harbour Ledger", "By Nikos Varelas", "explainer", [
    ("p", "ATHENS - In one month OFAC listed six tankers over Venezuelan oil and then removed all six. Here is what owners and their lawyers are taking from it."),
    ("h", "THE TIMELINE"),
    ("li", ["June 2: Athens Voyager, Seahero, Voyager I and Chios I and their owners listed.",
            "June 18: Athens Voyager and Chios I removed; Delos Voyager and Euroforce listed, with a wind-down licence to July 21.",
            "July 2: Seahero, Voyager I, Delos Voyager and Euroforce and their four owners removed."]),
    ("h", "HOW DELISTING WORKS"),
    ("p", "A listed person can petition OFAC for removal under 31 CFR 501.807, arguing that the basis for the listing no longer applies. In these cases the key was a credible commitment: each owner promised to stay out of the Venezuelan oil sector while Maduro holds power, and managers such as Dynacom, Thenamaris and NGM Energy announced fleet-wide bans on Venezuela calls."),
    ("p", "Speed was unusual. Removals often take a year or more; last year's New Hellas case took about five months. Here the longest stay on the list was one month."),
    ("h", "WHAT STILL BITES"),
    ("p", "Lawyers warn that a pledge is a promise to OFAC, and a ship caught back in the trade could be relisted along with the manager's wider fleet. Insurers and banks also keep their own records of past listings, so a delisted tanker may still face extra questions when it seeks cover or financing."),
    ("p", "---"),
    ("p", "Our tip: our delisting guide is free for subscribers. Reply with your questions."),
])

# ---------------------------------------------------------------- Price cap tankers (P)
art("ZT-first-price-cap-sanctions-hit-two-tankers-oct-2023", "md", "2023-10-13",
    "US hits two tankers in first sanctions for breaking the Russian oil price cap",
    "Tanker Desk Daily", "By Dimitra Lekka", "news", [
    ("p", "The US Treasury's Office of Foreign Assets Control on Thursday, October 12, imposed sanctions on two shipowning companies for carrying Russian crude priced above the G7 price cap, its first enforcement against shipping since the cap took effect in December 2022."),
    ("p", "OFAC designated UAE-based Lumber Marine SA and Turkiye-based Ice Pearl Navigation Corp under Executive Order 14024 for operating in the marine sector of the Russian economy. It identified their tankers, the Liberia-flagged suezmax SCF Primorye and the Marshall Islands-flagged aframax Yasa Golden Bosphorus, as blocked property."),
    ("p", "OFAC said the SCF Primorye carried Novy Port crude priced above $75 a barrel and the Yasa Golden Bosphorus carried ESPO crude priced above $80, both above the $60 cap, while using US-based service providers."),
    ("p", "\"Today's action demonstrates our continued commitment to reduce Russia's resources for its war against Ukraine and to enforce the price cap,\" said Deputy Treasury Secretary Wally Adeyemo. The Price Cap Coalition published an advisory for the maritime oil industry the same day."),
    ("h", "Safety licence"),
    ("p", "General License 73 authorises safety and environmental payments involving the two companies and ships until January 8, 2024, with any payment to a blocked person going into a blocked account."),
    ("p", "The Yasa Golden Bosphorus's operator, linked to Turkey's Sabanci family, said it had the documents required from London insurers and had had a policy for more than a year of not carrying Russian crude. The ship was sailing toward Houston after calling in Canada."),
])

art("ZT-sanctioned-tanker-unloads-at-exxon-baytown-oct-2023", "txt", "2023-10-19",
    "Sanctioned tanker allowed to unload Canadian crude at Exxon's Baytown refinery",
    "Gulf Coast Energy Wire", "By Ray Delgado", "news", [
    ("p", "HOUSTON - The Yasa Golden Bosphorus, one of two tankers blacklisted last week in the first US crackdown on the Russian oil price cap, arrived off Houston on Wednesday morning, October 18, and proceeded to ExxonMobil's Baytown refinery to discharge its cargo."),
    ("p", "The aframax was on a three- to five-month charter to ExxonMobil when the sanctions were announced and was hauling about 178,000 barrels of Canadian crude loaded at the Sorel-Tracy terminal in Quebec."),
    ("h", "EXXON NOT A TARGET"),
    ("p", "Exxon said in a statement that it was not the target of the sanctions, that it had chartered the vessel from Turkey's Yasa Group months after the Russian voyage cited by Treasury, and that the unloading had been authorized by OFAC."),
    ("p", "US officials accused the 16-year-old tanker of carrying ESPO crude above $80 a barrel earlier in the year, without saying exactly when. Vessel-tracking data show it loaded at Kozmino around April 3 and discharged near Qingdao, China, around April 17."),
    ("p", "Under the price cap rules, US service providers are not at risk of sanctions if they were given false or misleading information by others in the shipping chain. Treasury has not said whether Exxon received such information."),
    ("p", "What happens to the ship after it is empty is unclear. As blocked property it cannot easily find new business, and shipbrokers expect it to idle off the Texas coast while its owner challenges the listing."),
    ("p", "---"),
    ("p", "Our tip: sign up for the Gulf Coast Energy Wire morning briefing."),
])

art("ZT-price-cap-enforcement-faq-oct-2023", "html", "2023-10-20",
    "FAQ: the Russian oil price cap and the first tanker sanctions",
    "Tanker Desk Daily", "By the Compliance Desk", "faq", [
    ("qa", "What is the price cap?", "The G7, the European Union and Australia set a $60 a barrel cap on Russian crude from December 5, 2022, with separate caps on refined products from February 2023. Service providers in those countries, such as insurers, financiers and brokers, may only support Russian cargoes bought at or below the cap."),
    ("qa", "Who was sanctioned on October 12?", "Lumber Marine SA and Ice Pearl Navigation Corp, owners of the SCF Primorye and the Yasa Golden Bosphorus. Both tankers are now blocked property."),
    ("qa", "Why were shipowners targeted rather than insurers?", "OFAC said both ships used US-based service providers while carrying oil priced above the cap. The designations fall under Executive Order 14024, which covers the marine sector of the Russian economy."),
    ("qa", "Can anyone still pay for crew or safety?", "Yes. General License 73 allows safety and environmental payments, such as crew health and emergency repairs, until January 8, 2024, provided payments to blocked persons go into blocked accounts."),
    ("qa", "Does the listing spread to other companies?", "Entities owned 50 percent or more by a blocked person are blocked as well, under OFAC's 50 percent rule."),
    ("qa", "Is a service provider liable if it was lied to?", "Under the attestation safe harbour, a US provider that relied in good faith on a false price attestation is not normally exposed. The coalition's October 12 advisory urges better checks anyway."),
])

art("ZT-treasury-sanctions-three-more-price-cap-tankers-nov-2023", "md", "2023-11-17",
    "Treasury sanctions three more tanker owners for Russian oil above the cap",
    "Tanker Desk Daily", "By Dimitra Lekka", "news", [
    ("p", "OFAC on Thursday, November 16, designated three UAE-based shipowners for carrying Russian crude above the $60 a barrel price cap while using services from coalition countries, the second round of price cap enforcement after last month's first action."),
    ("p", "The companies are Kazan Shipping Incorporated, Progress Shipping Company Limited and Gallion Navigation Incorporated. Their tankers, the Kazan, the Ligovsky Prospect and the NS Century, were identified as blocked property. OFAC said all three ships carried Russian crude priced above the cap and used US-person services during the voyages."),
    ("p", "The owners were designated under Executive Order 14024 for operating in the marine sector of the Russian economy."),
    ("h", "Licence to February"),
    ("p", "General License 77 temporarily authorises limited safety and environmental transactions involving the three companies and their vessels until February 14, 2024. Payments to the blocked companies must be made into blocked accounts."),
    ("p", "Deputy Treasury Secretary Wally Adeyemo said shipping companies and vessels involved in the Russian oil trade should understand that they will be held accountable for complying with the cap."),
    ("h", "Running total"),
    ("p", "With Thursday's action, five shipowning companies and five tankers have been blocked for price cap breaches since October 12. Brokers said charterers are now asking owners for longer trading histories before fixing tankers that have carried Russian oil, and some Western insurers are re-checking attestations for older voyages."),
])

art("ZT-three-more-owners-hit-price-cap-dec-2023", "txt", "2023-12-04",
    "Price cap enforcement widens: three more owners and tankers blocked",
    "Harbour Ledger", "By Nikos Varelas", "news", [
    ("p", "LONDON - OFAC on Friday, December 1, designated three more shipowning companies and blocked three tankers for carrying Russian crude above the $60 a barrel price cap while using Price Cap Coalition services, its third such action in seven weeks."),
    ("p", "The companies are UAE-based Sterling Shipping Incorporated and Streymoy Shipping Limited and Liberia-based HS Atlantica Limited. OFAC said the three vessels it blocked are owned or controlled by the new designees. The designations again rely on Executive Order 14024."),
    ("h", "GENERAL LICENSE 78"),
    ("p", "General License 78 authorises payments for the safe docking of the newly blocked vessels, the health or safety of their crews, and emergency repairs or environmental mitigation, until February 29, 2024. Payments to blocked persons must be deposited into blocked accounts."),
    ("h", "THE TALLY"),
    ("p", "Counting the October 12 and November 16 rounds, the United States has now designated eight companies and blocked eight tankers under the price cap policy. The first two listings were the SCF Primorye and the Yasa Golden Bosphorus; the November round added the Kazan, the Ligovsky Prospect and the NS Century."),
    ("p", "Traders say the actions have pushed more Russian crude onto tankers with no Western links at all, while owners that still use Western insurers are tightening the paperwork they demand from charterers."),
    ("p", "---"),
    ("p", "Our tip: read our guide to price cap attestations. Reply to this newsletter with tips."),
])

art("ZT-yasa-golden-bosphorus-stuck-off-texas-blog-feb-2024", "html", "2024-02-05",
    "Four months on, the first price-cap tanker is still parked off Texas",
    "The Freight Log", "By Sam Ortiz", "blog", [
    ("p", "When OFAC blocked the Yasa Golden Bosphorus on October 12, it was carrying Canadian crude for ExxonMobil. The cargo was discharged at Baytown with OFAC's blessing. The ship itself has gone nowhere since."),
    ("h", "Three things to know"),
    ("li", ["The tanker and its registered owner, Ice Pearl Navigation, are still on the SDN list. Yasa's principal, Emirhan Sabanci, says the owner followed the price cap rules and appealed to OFAC straight away.",
            "The safety licence for the first two blocked ships, General License 73, ran out on January 8.",
            "Aframax earnings stayed high through the winter, peaking above $80,000 a day in January according to Baltic Exchange data, so every idle month costs the owner real money."]),
    ("p", "Our view: the case shows how little control a charterer or owner has once a ship is named. Yasa says it had the attestation forms and insurer sign-offs the G7 rules ask for. OFAC has not explained publicly what it saw."),
    ("comment", "tanker_ted", "Delisting petitions take ages. The Venezuela ones in 2020 were fast because owners promised to quit a trade. Here the owner says it never broke the rules, which is a harder argument."),
    ("comment", "baytown_bev", "Still anchored when I drove by the coast last week."),
])

art("ZT-us-lifts-sanctions-on-yasa-golden-bosphorus-may-2024", "md", "2024-05-20",
    "US lifts sanctions on first price-cap tanker after owner's appeal",
    "Tanker Desk Daily", "By Dimitra Lekka", "news", [
    ("p", "The Yasa Golden Bosphorus, the first tanker blacklisted in the US crackdown on alleged Russian price cap breaches, has been removed from the Specially Designated Nationals list along with its registered owner, Ice Pearl Navigation, clearing it to return to trading after an appeal that took more than six months."),
    ("p", "The removal was made with little fanfare on a Friday. Ice Pearl Navigation is ultimately controlled by Yasa Shipping, one of Turkey's largest owners."),
    ("p", "\"The process has been completed and all restrictions have been lifted, effective immediately,\" said Matthew Thomas of the law firm Blank Rome, which acted for Yasa Holding principal Emirhan Sabanci. Sabanci had maintained from the start that the owner followed the price cap rules and had appealed immediately."),
    ("h", "The dispute"),
    ("p", "OFAC had said in October that the 116,000-dwt tanker, built in 2007, carried ESPO crude above $80 a barrel while the $60 cap was in force. Yasa said it held the necessary attestation forms and sign-offs from its insurers in line with G7 rules."),
    ("p", "Since the listing the ship had stayed off the coast of Texas, after discharging a Canadian cargo for ExxonMobil at Baytown."),
    ("p", "OFAC did not publish a reason for the removal. Neither Treasury nor Yasa said whether the owner made any commitments as part of the process, and the other tankers blocked in the first price cap rounds were not part of the decision."),
])

art("ZT-price-cap-enforcement-first-year-explainer-jun-2024", "html", "2024-06-10",
    "Explainer: what the first price-cap sanctions did to tanker owners",
    "The Freight Log", "By Sam Ortiz", "explainer", [
    ("p", "Between October and December 2023, OFAC ran three rounds of sanctions against tanker owners accused of carrying Russian crude above the $60 price cap with Western services. This explainer recaps them and the one removal so far."),
    ("h", "The rounds"),
    ("li", ["October 12, 2023: Lumber Marine SA (SCF Primorye) and Ice Pearl Navigation Corp (Yasa Golden Bosphorus); safety licence GL 73 to January 8, 2024.",
            "November 16, 2023: Kazan Shipping, Progress Shipping and Gallion Navigation (Kazan, Ligovsky Prospect, NS Century); GL 77 to February 14, 2024.",
            "December 1, 2023: Sterling Shipping, Streymoy Shipping and HS Atlantica and three tankers; GL 78 to February 29, 2024."]),
    ("h", "The removal"),
    ("p", "In May, the Yasa Golden Bosphorus and Ice Pearl Navigation were taken off the SDN list after the Turkish owner appealed, saying it had the attestations the rules require. It is the only delisting among the eight price cap designations of late 2023."),
    ("h", "What it means for owners"),
    ("p", "Designation rested on a single past voyage, and an innocent later charterer, ExxonMobil, needed OFAC's authorization just to take delivery of an unrelated Canadian cargo. Owners with any Russian trading history now keep full attestation files for every voyage, and charterers ask for them before fixing. Lawyers say the Yasa case shows an owner can win, but only with paperwork and months of patience."),
    ("p", "Broader designations of so-called shadow fleet tankers have since grown far larger, but those rest on different evidence and are not covered here."),
])

# ---------------------------------------------------------------- Penalties on Western firms (F)
art("ZT-eagle-shipping-settles-burma-sanctions-case-jan-2020", "txt", "2020-01-28",
    "Eagle Shipping pays $1.125 million over sea sand cargoes from Burma",
    "Harbour Ledger", "By Nikos Varelas", "news", [
    ("p", "STAMFORD - Eagle Shipping International, the ship management arm of drybulk owner Eagle Bulk Shipping, has agreed to pay $1,125,000 to settle 36 apparent violations of the Burmese Sanctions Regulations, the Treasury's Office of Foreign Assets Control said in a notice on Monday, January 27."),
    ("p", "The violations, between 2011 and 2014, involved dealings in the property interests of Myawaddy Trading Limited, which was on OFAC's SDN list at the time, and carrying sea sand from Kawthaung, Burma, to Singapore for a land reclamation project that benefited Myawaddy. The 36 transactions were worth $1,796,400."),
    ("h", "THE CARGO"),
    ("p", "In June 2011 Eagle's Singapore affiliate, Eagle Bulk Pte Ltd, agreed with a Singapore sand buyer to carry the sand. Sample shipping documents listed Myawaddy as the shipper; when Eagle asked about it, the buyer sent new papers naming an alternate shipper. Former management accepted the change even though a vessel captain refused to sign the documents."),
    ("h", "HOW IT CAME OUT"),
    ("p", "Eagle filed for Chapter 11 bankruptcy in 2014 and emerged with new owners, a new board and new senior management, who reviewed past sanctions compliance and voluntarily disclosed the shipments to OFAC."),
    ("p", "OFAC judged the violations egregious. The statutory maximum was $9 million and the base penalty $4.5 million, halved because of the voluntary disclosure, and the company's compliance improvements counted in its favour."),
    ("p", "---"),
    ("p", "Our tip: subscribe to Harbour Ledger's weekly sanctions digest. Reply to this email with questions."),
])

art("ZT-sap-pays-over-8-million-iran-exports-apr-2021", "md", "2021-04-30",
    "SAP pays more than $8 million over software downloads in Iran",
    "Compliance Wire", "By Laura Brandt", "news", [
    ("p", "German software group SAP SE on Thursday, April 29, reached a global resolution with the US Justice, Commerce and Treasury departments over exports of US-origin software to users in Iran, after voluntarily disclosing the violations to all three."),
    ("p", "SAP entered a non-prosecution agreement with the Justice Department's National Security Division and agreed to disgorge $5.14 million. It settled with Treasury's Office of Foreign Assets Control for $2,132,174 and with Commerce's Bureau of Industry and Security for $3.29 million; because some payments are credited against others, the combined total is a little over $8 million."),
    ("h", "What went wrong"),
    ("p", "Between 2010 and 2017, SAP and its partners in Turkey, the United Arab Emirates, Germany and Malaysia released US-origin software, upgrades and patches more than 20,000 times to users in Iran. Senior managers knew the company was not using geolocation filters to block Iranian downloads but did not fix it for years. Cloud companies SAP acquired from 2011 let more than 2,300 Iranian users reach US-based cloud services."),
    ("p", "SAP disclosed the problem to the Justice Department and OFAC on September 8, 2017, and to BIS on January 11, 2018. It spent more than $27 million on remediation and will audit its export compliance for three years."),
    ("p", "\"SAP will suffer the penalties for its violations of the Iran sanctions, but these would have been far worse had they not disclosed, cooperated and remediated,\" said Assistant Attorney General John Demers. It is the first resolution under the Justice Department's 2019 enforcement policy for business organisations."),
])

art("ZT-sap-settlement-lessons-geoblocking-blog-may-2021", "html", "2021-05-10",
    "Five lessons from the SAP Iran settlement for software sellers",
    "Export Controls Corner", "By Priya Natarajan", "blog", [
    ("p", "SAP's April 29 settlements with the Justice Department, OFAC and the Commerce Department are the first under the Justice Department's voluntary self-disclosure policy. Here is what software firms should take from them."),
    ("li", ["Block by IP address. SAP's content delivery provider did not screen customers' IP addresses, which let Iranian users download products more than 20,000 times.",
            "Listen to whistleblowers. Complaints from as early as 2011 about partner sales to affiliates of Iranian companies were not investigated.",
            "Integrate what you buy. SAP's due diligence found its acquired cloud companies lacked compliance programs, yet it let them run as standalone entities until 2017.",
            "Watch your partners. Many downloads came from sales by non-SAP partners, not from SAP itself.",
            "Disclose early and to everyone. Going to the Justice Department as well as OFAC and BIS earned SAP a non-prosecution agreement rather than charges."]),
    ("p", "Our view: the OFAC share, $2,132,174, is modest for a company of SAP's size. The bigger costs were the $27 million of remediation and three years of audits whose results go to US authorities."),
    ("comment", "devops_dana", "We turned on geo-blocking at our CDN after reading this. Took an afternoon."),
    ("comment", "cfo_marcus", "Does anyone know if the audits apply to the acquired cloud units too?"),
])

art("ZT-state-street-ofac-enforcement-release-summary-jul-2024", "txt", "2024-07-26",
    "Enforcement summary: State Street and Charles River settle Ukraine-/Russia-related apparent violations",
    "Sanctions Docket Review", "Prepared by the Docket Review staff", "agency", [
    ("p", "SUMMARY - On July 26, 2024, OFAC announced that State Street Bank and Trust Company, a Massachusetts-based financial institution, on behalf of itself and its subsidiary Charles River Systems, Inc., agreed to pay $7,452,501 to settle potential civil liability for apparent violations of the Ukraine-/Russia-Related Sanctions Regulations."),
    ("h", "THE CONDUCT"),
    ("p", "Charles River, a Massachusetts-based non-bank technology company that State Street acquired in 2018, redated or reissued invoices for certain customers subject to Directive 1 of Executive Order 13662, and accepted certain payments from those customers. Directive 1 restricts dealings in new debt of longer than a set maturity for listed Russian financial-sector entities, and OFAC has treated extending payment terms on invoices as dealing in new debt."),
    ("li", ["Number of apparent violations: 38.",
            "Period: 2016 to 2020.",
            "Invoices involved: about $1,270,456."]),
    ("h", "OFAC'S DETERMINATION"),
    ("p", "The settlement amount reflects OFAC's determination that the apparent violations were egregious and were not voluntarily self-disclosed. OFAC credited State Street's cooperation with the investigation and the remedial measures it put in place. Each reissued or redated invoice and each accepted payment was counted as a separate violation, as in earlier cases against technology and data firms."),
    ("p", "This summary is for information only and is not legal advice. Copyright Sanctions Docket Review."),
])

art("ZT-state-street-fined-over-russia-invoices-jul-2024", "html", "2024-07-29",
    "State Street to pay $7.5 million over invoices for sanctioned Russian clients",
    "Compliance Wire", "By Laura Brandt", "news", [
    ("p", "State Street Bank and its subsidiary Charles River Systems will pay $7,452,501 to settle apparent violations of Russia- and Ukraine-related sanctions between 2016 and 2020, the Treasury's Office of Foreign Assets Control said on Friday."),
    ("p", "According to OFAC, Charles River redated or reissued invoices at least 38 times for customers covered by US sanctions on Russian entities, and accepted payments from them. The invoices totalled about $1,270,456."),
    ("p", "OFAC determined that the apparent violations were egregious and that State Street did not voluntarily self-disclose them, which kept the settlement well above the value of the invoices. The bank cooperated with the investigation and put in place remedial measures, OFAC said."),
    ("h", "Why invoices matter"),
    ("p", "The customers were Russian companies subject to debt restrictions under Executive Order 13662. Giving such a customer more time to pay can amount to extending it credit, so a routine billing fix became a sanctions problem. Compliance lawyers said the case shows that technology subsidiaries of banks are held to the same standard as the banks themselves."),
    ("p", "Charles River, based in Massachusetts, was bought by State Street in 2018 and provides investment management software. The conduct began before the acquisition and continued after it."),
    ("p", "State Street did not comment beyond the OFAC notice. The settlement is a civil matter; no charges were filed."),
])

art("ZT-how-ofac-sets-penalties-explainer-aug-2024", "md", "2024-08-15",
    "How OFAC decides what a sanctions violation costs",
    "Compliance Wire", "By Laura Brandt", "explainer", [
    ("p", "OFAC's civil penalties can look random: a US bank pays $7.5 million over invoices worth $1.27 million, while a German software giant with thousands of Iranian downloads paid OFAC $2.1 million. The logic sits in OFAC's Economic Sanctions Enforcement Guidelines."),
    ("h", "Two questions decide the base"),
    ("li", ["Was it egregious? OFAC looks at wilfulness, awareness, harm to sanctions goals, the company's size and sophistication, and its compliance program.",
            "Was it voluntarily self-disclosed? Disclosure before OFAC learns of the conduct elsewhere halves the base penalty."]),
    ("p", "An egregious case that was disclosed starts at half the statutory maximum, as with Eagle Shipping's Burma sand cargoes in 2020: a $9 million maximum, a $4.5 million base and a $1,125,000 settlement. An egregious case that was not disclosed starts at the maximum, as with State Street in July."),
    ("h", "The cases we track"),
    ("p", "Of the OFAC settlements with Western companies this column has followed since 2020, State Street's $7,452,501 is the largest, ahead of SAP's $2,132,174 and Eagle Shipping's $1,125,000. All three firms cooperated and fixed their controls, which OFAC counts as mitigating factors."),
    ("p", "Disclosure is not free. SAP spent more than $27 million on remediation. But the guidelines reward it, and the Justice Department now offers non-prosecution agreements to companies that disclose to it as well."),
    ("p", "More from Compliance Wire: our tracker of OFAC enforcement actions is updated monthly."),
])

art("ZT-interactive-brokers-settles-with-ofac-jul-2025", "md", "2025-07-16",
    "Interactive Brokers pays $11.8 million to settle 12,367 apparent sanctions violations",
    "Compliance Wire", "By Laura Brandt", "news", [
    ("p", "Interactive Brokers LLC, the Greenwich, Connecticut-based online broker, has agreed to pay $11,832,136 to settle its potential civil liability for apparent violations of several US sanctions programs, the Treasury's Office of Foreign Assets Control announced on Tuesday, July 15."),
    ("p", "From July 15, 2016 to January 31, 2024, the broker provided brokerage and investment services to persons in Iran, Cuba, Syria and the Crimea region of Ukraine, processed trades in securities covered by the Chinese Military-Industrial Complex program, dealt with persons blocked under the Russia, Global Magnitsky, Venezuela and Syria programs, and engaged in new investment in Russia."),
    ("h", "Found in its own review"),
    ("p", "Interactive Brokers discovered the 12,367 apparent violations in a sanctions compliance review it began in 2018. Nearly 12,000 of them came from services to more than 200 accountholders whose IP addresses or login data placed them in sanctioned places, although many had given addresses elsewhere. A technical bug weakened the firm's IP geo-blocking."),
    ("p", "OFAC found the violations voluntarily self-disclosed and non-egregious, credited substantial cooperation during a multi-year investigation, and noted more than $10 million spent on remedial measures."),
    ("p", "In an emailed statement the firm said the settlement reflects its \"proactive approach to compliance and our commitment to meeting and exceeding our regulatory obligations.\""),
    ("p", "The settlement is the largest OFAC penalty on a Western company that Compliance Wire has tracked since 2020, overtaking State Street's $7,452,501 last year."),
])

art("ZT-interactive-brokers-crimea-ip-gaps-analysis-jul-2025", "txt", "2025-07-30",
    "Analysis: the Crimea gap and other firsts in the Interactive Brokers settlement",
    "Harbour Ledger", "By Nikos Varelas", "analysis", [
    ("p", "NEW YORK - Two weeks after Interactive Brokers agreed to pay OFAC $11,832,136, compliance lawyers are still picking through the enforcement release. Three points stand out."),
    ("h", "1. THE DISCOUNT"),
    ("p", "The statutory maximum penalty for 12,367 apparent violations was more than $5 billion. Under OFAC's enforcement guidelines the base penalty came to just over $60 million, because the case was judged non-egregious and voluntarily disclosed. Mitigation for cooperation and remediation brought it below $12 million."),
    ("h", "2. CRIMEA AND SEVASTOPOL"),
    ("p", "OFAC said the broker failed to include Crimea in its IP blocking list, and from May 2019 to June 2021 it also missed IP addresses linked to Sevastopol, the region's main city. Lawyers read this as a clear signal that OFAC expects geo-blocking to cover embargoed regions inside a country, not just whole countries."),
    ("h", "3. FIRSTS"),
    ("p", "Commentators note the case is the first OFAC enforcement action involving the Russia-related new investment prohibition, the first under the Chinese Military-Industrial Complex securities program and the first under Venezuela-related Executive Order 13692."),
    ("p", "The broker restructured its sanctions program between 2019 and 2024, adding screening, risk assessments and audits. OFAC did not require a monitor."),
    ("p", "---"),
    ("p", "Our tip: Harbour Ledger's sanctions digest lands every Monday. Reply to tell us what you want covered."),
])

art("ZT-ofac-civil-penalties-faq-aug-2025", "html", "2025-08-20",
    "FAQ: OFAC civil penalties, settlements and what companies pay",
    "Compliance Wire", "By the Compliance Desk", "faq", [
    ("qa", "Is an OFAC settlement a criminal case?", "No. OFAC settlements resolve potential civil liability. Criminal cases go through the Justice Department, which in SAP's 2021 case used a non-prosecution agreement alongside the OFAC and Commerce settlements."),
    ("qa", "What is the largest OFAC settlement with a Western company in your tracker?", "Interactive Brokers' $11,832,136 in July 2025, for 12,367 apparent violations. Before it the largest was State Street's $7,452,501 in July 2024."),
    ("qa", "Why did Interactive Brokers pay less per violation than State Street?", "OFAC judged Interactive Brokers' violations non-egregious and voluntarily self-disclosed, while State Street's 38 apparent violations were judged egregious and not disclosed."),
    ("qa", "Does voluntary disclosure always help?", "Under OFAC's guidelines it halves the base penalty. Eagle Shipping's egregious Burma case in 2020 still cost $1,125,000, but the base was $4.5 million instead of $9 million."),
    ("qa", "Do shipping companies get fined too?", "Yes. Eagle Shipping International, a Connecticut-based ship manager, settled 36 apparent violations over sand cargoes from Burma. Shipowners can also be designated outright, as tanker owners were over Venezuela in 2020 and the Russian price cap in 2023."),
    ("qa", "Can a penalty be appealed?", "A settlement is agreed, so there is nothing to appeal; a company that refuses can contest a penalty notice in federal court."),
])

# ---------------------------------------------------------------- Distractors (D)
art("ZT-exxon-baytown-community-open-house-nov-2023", "md", "2023-11-08",
    "ExxonMobil's Baytown complex opens its gates for community day",
    "Bay Area Citizen", "By Carla Nunez", "news", [
    ("p", "ExxonMobil's Baytown complex on the Houston Ship Channel hosted hundreds of neighbours on Saturday for a community open house, with bus tours of the refinery and chemical plants, a career fair and stands run by local schools."),
    ("p", "Site managers walked visitors through the complex's safety and emergency response programs and showed off the fence-line air monitors that publish readings online. Volunteers from the plant handed out hard hats to children and ran a booth on how crude oil becomes fuel and plastics."),
    ("h", "Jobs and training"),
    ("p", "The career fair drew students from Lee College and nearby high schools, who asked about apprenticeships for process operators, electricians and instrument technicians. Recruiters said the complex hires several hundred contractors for each major maintenance turnaround."),
    ("p", "Residents also raised concerns about truck traffic on Decker Drive and flaring during start-ups. A company representative said flaring is reported to state regulators and that the site holds a community advisory panel meeting every quarter."),
    ("h", "Ship traffic"),
    ("p", "The complex's dock handles crude tankers, barges and product carriers, and a harbour pilot described how large ships are guided up the channel. Visitors watched a tanker berth during the afternoon tour."),
    ("p", "The next community advisory panel meeting is in February at the Baytown Community Center. Organisers said the open house will return next autumn."),
], distractor=True)

art("ZT-greek-tanker-fleet-renewal-orders-aug-2020", "txt", "2020-08-24",
    "Greek tanker managers keep ordering despite the pandemic",
    "Harbour Ledger", "By Nikos Varelas", "news", [
    ("p", "ATHENS - Greek tanker managers have kept renewing their fleets through the pandemic, with Thenamaris, Dynacom and several family-owned firms among those signing for new ships or buying modern second-hand tonnage this summer, brokers say."),
    ("p", "Shipbuilders in South Korea and China offered tight delivery slots for 2022, and owners with strong balance sheets moved while second-hand prices softened. Several orders were for scrubber-fitted aframaxes and suezmaxes, a bet that the spread between high- and low-sulphur fuel will widen again."),
    ("h", "FLOATING STORAGE"),
    ("p", "The spring oil price crash put dozens of tankers into floating storage, lifting rates to records in April. Rates have since fallen back as storage cargoes were sold and OPEC+ cut output."),
    ("p", "Managers told Harbour Ledger that charterers now ask more questions about a ship's trading history, a change one executive put down to stricter bank lending rules and greater scrutiny of where cargoes come from."),
    ("h", "CREW CHANGES"),
    ("p", "The bigger headache remains crew changes. Travel restrictions have left thousands of seafarers working past their contracts, and Greek managers have chartered flights to bring crews home from Manila and Mumbai."),
    ("p", "Greece's shipowners' union has urged governments to treat seafarers as key workers."),
    ("p", "---"),
    ("p", "Our tip: our fixtures table is updated every weekday. Reply with your market view."),
], distractor=True)

art("ZT-sap-sapphire-cloud-customers-jun-2021", "html", "2021-06-03",
    "SAP pushes customers to the cloud at virtual Sapphire",
    "Enterprise Tech Brief", "By Jonas Keller", "news", [
    ("p", "SAP used its annual Sapphire conference, held online again this year, to press customers to move their core business systems to its cloud, with executives from Walldorf promising simpler contracts and faster upgrades."),
    ("p", "The company highlighted RISE with SAP, a bundle launched in January that packages the S/4HANA business suite, hosting and process tools under one subscription. Chief executive Christian Klein said customers should think of it as business transformation as a service."),
    ("h", "Partners and downloads"),
    ("p", "Partners told attendees that moving customers off on-premise software also changes how updates reach them: instead of downloading patches and upgrades from SAP's portal and installing them locally, cloud customers get them automatically."),
    ("p", "Analysts said the shift would squeeze margins in the short term as licence sales give way to subscriptions, but could steady revenue over time. Some customer groups complained that support for older on-premise releases is ending too soon."),
    ("h", "Sustainability"),
    ("p", "SAP also showed tools for tracking companies' carbon footprints across supply chains, which it says customers want for new disclosure rules in Europe."),
    ("p", "SAP will report second-quarter results in July."),
], distractor=True)

art("ZT-state-street-charles-river-alpha-platform-update-mar-2024", "txt", "2024-03-12",
    "State Street adds private markets data to Charles River-based Alpha platform",
    "Asset Servicing Times Digest", "By Olivia Grant", "news", [
    ("p", "BOSTON - State Street said it has added private markets data and new analytics to State Street Alpha, the front-to-back investment platform it built around the Charles River Investment Management Solution, as asset managers look to handle public and private holdings in one system."),
    ("p", "The Massachusetts bank bought Charles River Development, the Burlington-based software firm, in 2018 and has since used it as the front-office core of Alpha, linking portfolio management and trading tools with State Street's custody and middle-office services."),
    ("h", "CLIENTS"),
    ("p", "State Street said Alpha has been adopted by more asset owners and managers over the past year and that a number of insurers and pension funds are in the process of moving to it. It did not give revenue figures for the business."),
    ("p", "Executives said clients want the same data on private equity, private credit and real estate that they already see for listed securities, and that the new tools pull in valuations and cash flows from fund administrators."),
    ("h", "COMPETITION"),
    ("p", "Rivals such as BlackRock's Aladdin platform have been adding private markets data as well. Analysts say integration work, not the software itself, is now what decides which platform asset managers pick."),
    ("p", "---"),
    ("p", "Our tip: the Digest's operations newsletter goes out Thursdays. Reply with questions."),
], distractor=True)

art("ZT-interactive-brokers-monthly-metrics-accounts-aug-2025", "md", "2025-08-04",
    "Interactive Brokers reports another jump in accounts and trading",
    "Market Plumbing", "By Derek Huang", "news", [
    ("p", "Interactive Brokers, the Greenwich, Connecticut-based electronic broker, said its customer accounts and daily trades rose again in July compared with a year earlier, extending a run of growth driven by active traders and international clients."),
    ("p", "The firm publishes brokerage metrics every month, including accounts, daily average revenue trades, client equity and margin loans. July's figures showed higher numbers across all of them from a year earlier, with options and overnight trading in US stocks among the busiest areas."),
    ("h", "International clients"),
    ("p", "More than half of the broker's new accounts come from outside the United States, and the firm has been adding markets and currencies to its platform. Executives say low commissions and access to about 150 markets from one account are the main draws."),
    ("p", "Analysts said the figures support the firm's habit of spending heavily on automation rather than staff. Chairman Thomas Peterffy, who founded the firm, has long argued that software should do most of the work of a broker."),
    ("h", "What's next"),
    ("p", "Interactive Brokers reports quarterly results in October. The firm has also been expanding cryptocurrency trading for clients in more countries."),
    ("p", "More from Market Plumbing: our weekly look at exchange volumes."),
], distractor=True)
