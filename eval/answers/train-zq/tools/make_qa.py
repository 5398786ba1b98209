"""Write ../qa.jsonl for blind set qa-ZQ: 110 answerable, 30 temporal, 15 distractor, 45 unanswerable."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

F = {
    "A1": "ZQ-us-licenses-trinidad-dragon-gas-jan-2023.md",
    "A2": "ZQ-dragon-licence-amended-to-oct-2025-oct-2023.txt",
    "A3": "ZQ-venezuela-grants-shell-ngc-dragon-licence-dec-2023.html",
    "A4": "ZQ-dragon-licence-unaffected-by-snapback-apr-2024.md",
    "A5": "ZQ-ofac-revokes-dragon-gas-licence-apr-2025.html",
    "A6": "ZQ-dragon-gas-licence-faq-may-2025.txt",
    "A7": "ZQ-us-issues-new-dragon-licence-oct-2025.md",
    "A8": "ZQ-venezuela-suspends-trinidad-gas-deals-oct-2025.txt",
    "A9": "ZQ-dragon-gas-forum-thread-nov-2025.html",
    "B1": "ZQ-havana-docks-sues-carnival-title-iii-may-2019.md",
    "B2": "ZQ-judge-bloom-finds-cruise-lines-trafficked-mar-2022.txt",
    "B3": "ZQ-cruise-lines-hit-with-440-million-judgment-jan-2023.html",
    "B4": "ZQ-eleventh-circuit-reverses-havana-docks-oct-2024.md",
    "B5": "ZQ-havana-docks-mandate-stayed-for-cert-jan-2025.txt",
    "B6": "ZQ-havana-docks-supreme-court-faq-oct-2025.html",
    "B7": "ZQ-supreme-court-hears-havana-docks-feb-2026.md",
    "B8": "ZQ-havana-docks-where-it-stands-blog-mar-2026.html",
    "C1": "ZQ-ofac-sanctions-eight-vallarta-timeshare-firms-mar-2023.md",
    "C2": "ZQ-treasury-third-timeshare-round-nov-2023.html",
    "C3": "ZQ-accountants-sanctioned-fincen-timeshare-notice-jul-2024.txt",
    "C4": "ZQ-timeshare-owners-sanctions-faq-aug-2024.html",
    "C5": "ZQ-fifth-timeshare-round-ibarra-network-aug-2025.md",
    "C6": "ZQ-kovay-gardens-resort-sanctioned-feb-2026.html",
    "C7": "ZQ-cjng-timeshare-sanctions-explainer-mar-2026.txt",
    "C8": "ZQ-vallarta-agents-checklist-after-kovay-mar-2026.md",
}

# (question, [source keys], [[alternatives], ...], notes)
ANSWERABLE = [
    # --- Dragon gas (37)
    ("when did the us first give trinidad a licence for the dragon gas field", ["A1"], [["January 24"]], "Jan 24 2023"),
    ("how much gas is in the dragon field", ["A1", "A6"], [["4.2 trillion"]], "about 4.2 tcf"),
    ("how long was the original jan 2023 dragon licence for", ["A1"], [["two-year"]], "two-year term (Rowley)"),
    ("who in the biden admin got credit for the dragon licence diplomacy", ["A1"], [["Kamala Harris"]], "VP Harris"),
    ("how much gas a day did rowley expect trinidad to get from dragon", ["A1"], [["350 million"]], "350 mmcf/d"),
    ("which countries have to get some of the dragon gas under the first licence", ["A1"], [["Jamaica"], ["Dominican Republic"]], "export condition"),
    ("since when is pdvsa on the sdn list", ["A1"], [["January 28, 2019"]], "PDVSA SDN"),
    ("when did ofac amend trinidads dragon licence", ["A2", "A3", "A4"], [["October 17"]], "Oct 17 2023 amendment"),
    ("what kinds of payments to venezuela does the amended dragon licence cover", ["A2"], [["royalties", "lease bonus", "taxes"]], "taxes, royalties, fees, lease bonus"),
    ("on what dates did trinidad request the licence amendment", ["A2"], [["March 8"], ["September 15"]], "requests"),
    ("when was general license 44 set to expire", ["A2"], [["April 18, 2024"]], "GL 44 six months"),
    ("where is dragon gas supposed to be piped to in trinidad", ["A2", "A3"], [["Hibiscus"]], "Shell's Hibiscus platform"),
    ("how long is the licence venezuela gave shell and ngc for dragon", ["A3", "A4", "A6"], [["30-year"]], "30 years"),
    ("what day did venezuela award shell and ngc the dragon licence", ["A3", "A4"], [["December 21"]], "Dec 21 2023"),
    ("how long is the pipeline from dragon to the hibiscus platform", ["A3"], [["17 kilometres"]], "about 17 km"),
    ("how much gas will dragon produce in the first phase", ["A3"], [["185 million"]], "185 mmcf/d"),
    ("what did trinidad say about dragon when the us let the venezuela oil relief lapse in april 2024", ["A4"], [["does not affect", "does not touch"]], "unaffected"),
    ("which minister's ministry put out the apr 17 2024 release on the dragon licence", ["A4"], [["Amery Browne"]], "foreign ministry"),
    ("what licence replaced gl 44", ["A4"], [["44A"]], "GL 44A"),
    ("how long did us companies get to wind down venezuela deals in april 2024", ["A4"], [["45 days"]], "45 days"),
    ("who announced that the us revoked the dragon licence", ["A5", "A6"], [["Stuart Young"]], "PM Young Apr 8 2025"),
    ("which other cross-border gas licence was revoked along with dragon", ["A5", "A6"], [["Cocuina-Manakin"]], "BP's field"),
    ("which other companies had already lost venezuela licences before trinidad", ["A5"], [["Repsol", "Maurel"]], "Chevron, Repsol, Maurel & Prom"),
    ("who did young contact in washington after the dragon revocation", ["A5"], [["Claver-Carone", "Rubio"]], "envoy and Rubio"),
    ("can trinidad appeal the dragon licence revocation", ["A5"], [["no appeal process"]], "no appeal as such, can apply"),
    ("who won trinidads april 2025 general election", ["A6"], [["Persad-Bissessar"]], "UNC win"),
    ("what did the new pm say about dragon after she won", ["A6"], [["Dragon deal dead"]], "declared dead"),
    ("which countries did the new trinidad govt want to do energy business with instead of venezuela", ["A6"], [["Grenada", "Guyana", "Suriname"]], "Grenada, Guyana, Suriname"),
    ("who announced the new dragon licence in october 2025", ["A7"], [["Jeremie"]], "AG John Jeremie"),
    ("when did trinidad apply for the new dragon licence", ["A7"], [["May 19"]], "application"),
    ("which companies are covered by the oct 2025 dragon licence", ["A7"], [["Futura Clara"]], "parties"),
    ("when did persad-bissessar meet rubio in washington", ["A7"], [["October 1"]], "Oct 1 2025"),
    ("why did venezuela suspend its gas agreements with trinidad", ["A8", "A9"], [["USS Gravely", "Gravely"]], "US destroyer visit"),
    ("what did delcy rodriguez accuse trinidads pm of", ["A8"], [["warmongering"]], "joined warmongering agenda"),
    ("what did maduro say trinidad had turned into", ["A8"], [["aircraft carrier"]], "aircraft carrier of US empire"),
    ("what day did the uss gravely get to port of spain", ["A8"], [["October 26"]], "Sunday Oct 26 2025"),
    ("where did maduro say hed send the suspension for review", ["A9"], [["Council of State", "National Assembly"]], "forum post"),
    # --- Havana Docks (37)
    ("when did title iii of helms-burton take full effect", ["B1"], [["May 2"]], "May 2 2019"),
    ("which company sued carnival over the havana port in 2019", ["B1"], [["Havana Docks"]], "Havana Docks Corporation"),
    ("when was the havana docks concession granted", ["B1"], [["1905"]], "1905"),
    ("when would the havana docks concession have run out anyway", ["B1", "B4"], [["2004"]], "2004"),
    ("how much is havana docks certified claim", ["B1", "B2"], [["9.179 million", "9.2 million"]], "FCSC"),
    ("who is the president of havana docks", ["B1"], [["Mickael Behn"]], "grandson of William C. Behn"),
    ("when did cuba seize the havana docks property", ["B1", "B3"], [["1960"]], "1960"),
    ("which judge found the cruise lines liable in havana docks", ["B2", "B3"], [["Bloom"]], "Beth Bloom"),
    ("when did judge bloom rule that the cruise lines trafficked", ["B2"], [["March 21, 2022"]], "summary judgment"),
    ("which cruise lines were found liable for using the havana terminal", ["B2"], [["Carnival"], ["MSC"], ["Royal Caribbean"], ["Norwegian"]], "four lines"),
    ("what did bloom call the cruise lines cuba trips", ["B2"], [["prohibited tourism"]], "not lawful travel"),
    ("how much revenue did the cruise lines make from their cuba voyages", ["B2", "B5"], [["1.1 billion", "1.115 billion"]], "revenue"),
    ("which law firm represents havana docks", ["B2"], [["Colson Hicks Eidson"]], "Martinez, Casey"),
    ("how much was carnival ordered to pay in the dec 2022 havana docks judgment", ["B3"], [["109,671,180.90"]], "Carnival judgment"),
    ("how much was each of the other three cruise lines ordered to pay havana docks", ["B3"], [["109,848,747.87"]], "NCLH, RCL, MSC"),
    ("when were final judgments entered in the havana docks cruise case", ["B3", "B8"], [["December 30, 2022"]], "final judgments"),
    ("why wouldnt bloom give a lower award", ["B3"], [["cost of doing business", "deterrent"]], "deterrence"),
    ("how were the havana docks damages worked out", ["B3"], [["certified claim plus interest"]], "election"),
    ("what did royal caribbean say about the havana docks judgment", ["B3"], [["expects to appeal"]], "RCL statement"),
    ("who wrote the majority opinion in the 11th circuit havana docks case", ["B4"], [["Adalberto Jordan"]], "joined by Pryor"),
    ("which judge dissented in the eleventh circuit havana docks ruling", ["B4", "B8"], [["Brasher"]], "Andrew Brasher"),
    ("why did the 11th circuit throw out the judgments against the cruise lines", ["B4"], [["expired"]], "interest expired 2004"),
    ("what part of bloom's ruling did the 11th circuit keep", ["B4"], [["US national"]], "affirmed US national"),
    ("what claims went back to the district court after the appeal", ["B4", "B8"], [["1996 to 2001"]], "Carnival remand"),
    ("when did the 11th circuit rule in havana docks", ["B4", "B5", "B8"], [["October 22"]], "Oct 22 2024"),
    ("until what date did the 11th circuit stay its mandate", ["B5"], [["March 20, 2025"]], "stay"),
    ("how many trips to cuba did the four cruise lines make", ["B5"], [["912"]], "2016-2019"),
    ("who filed havana docks reply on the motion to stay the mandate", ["B5"], [["Christopher Landau"]], "Jan 8 reply"),
    ("whats the supreme court docket number for havana docks", ["B6", "B7"], [["24-983"]], "No. 24-983"),
    ("when did havana docks file its cert petition", ["B6"], [["March 6, 2025"]], "petition"),
    ("what did the solicitor general tell the supreme court about havana docks", ["B6"], [["review should be granted"]], "invited brief"),
    ("what exactly is the supreme court deciding in havana docks", ["B6"], [["owns a claim", "as if there had been no expropriation"]], "question presented"),
    ("who argued for havana docks at the supreme court", ["B7"], [["Klingler"]], "Richard D. Klingler"),
    ("what did justice thomas ask at the havana docks argument", ["B7"], [["What exactly is the property"]], "Thomas"),
    ("what did justice jackson say at the havana docks hearing", ["B7"], [["a little confusing"]], "Jackson"),
    ("how much did the cruise lines pay cuban government entities to use the port", ["B2", "B7"], [["138 million", "130 million"]], "two figures in the sources"),
    ("have the cruise lines actually paid havana docks anything", ["B8"], [["no money has been paid"]], "blog"),
    # --- CJNG timeshare (36)
    ("when did ofac first sanction timeshare fraud companies tied to cjng", ["C1"], [["March 2"]], "Mar 2 2023"),
    ("how many companies were in the first cjng timeshare sanctions", ["C1", "C2"], [["eight"]], "eight companies"),
    ("under what executive order were the timeshare fraud firms sanctioned", ["C1", "C2"], [["14059"]], "E.O. 14059"),
    ("what kind of businesses did the first sanctioned timeshare firms say they were", ["C1"], [["financial services", "real estate"]], "front"),
    ("how does the cjng timeshare resale scam work", ["C1", "C2"], [["advance fees", "up-front fees"]], "advance fee fraud"),
    ("what did ofac warn about scammers pretending to be from ofac", ["C1", "C4"], [["represent OFAC"]], "alert"),
    ("are companies owned by sanctioned timeshare people also blocked", ["C1", "C3", "C8"], [["50 percent"]], "50 percent rule"),
    ("when was the second round of cjng timeshare sanctions", ["C2", "C4"], [["April 27"]], "Apr 27 2023"),
    ("which individuals were sanctioned in the nov 2023 timeshare round", ["C2"], [["Alvarado Rubio", "Foubert Cadena", "del Villar Contreras"]], "three individuals"),
    ("which companies were named in the november 2023 timeshare sanctions", ["C2"], [["Grupo Empresarial Epta", "Assis Realty", "Club Vacacional"]], "entities"),
    ("which mexican agency worked with ofac on the nov 2023 timeshare round", ["C2"], [["Financial Intelligence Unit", "UIF"]], "UIF"),
    ("when was cjng first designated under the kingpin act", ["C2"], [["April 2015"]], "Kingpin Act"),
    ("who do the cjng timeshare scams usually go after", ["C2"], [["retirees"]], "US retirees"),
    ("when were the puerto vallarta accountants sanctioned", ["C3", "C4"], [["July 16"]], "Jul 16 2024"),
    ("how many accountants did ofac sanction in july 2024", ["C3", "C4"], [["three Mexican accountants", "three accountants"]], "three + four companies"),
    ("whats the fincen notice number on timeshare fraud", ["C3", "C4"], [["FIN-2024-NTC2"]], "notice"),
    ("how much have us victims lost to mexican timeshare fraud", ["C3"], [["300 million"]], "2019-2023"),
    ("how many americans reported timeshare fraud losses between 2019 and 2023", ["C3"], [["6,000"]], "victims"),
    ("what is a re-victimization scheme in timeshare fraud", ["C3"], [["law firms or authorities"]], "pose as law firms"),
    ("which treasury under secretary warned about timeshare calls in july 2024", ["C3"], [["Nelson"]], "Brian E. Nelson"),
    ("where do i report a timeshare scam", ["C4"], [["Internet Crime Complaint Center", "IC3"]], "IC3"),
    ("how do i check if a timeshare company is sanctioned", ["C4"], [["Sanctions List Search"]], "OFAC tool"),
    ("when was the fifth cjng timeshare sanctions round", ["C5"], [["August 13"]], "Aug 13 2025"),
    ("who is michael ibarra diaz jr", ["C5"], [["tourism businessman"]], "Ibarra"),
    ("which cjng members were sanctioned in aug 2025", ["C5"], [["Montero Pinzon", "Rivera Varela", "Gudino Haro"]], "senior members"),
    ("which companies in ibarras network were sanctioned", ["C5", "C8"], [["Akali Realtors", "Sunmex Travel", "KVY Bucerias"]], "13 companies"),
    ("what did bessent say when the ibarra network was sanctioned", ["C5"], [["flooding our country with fentanyl"]], "quote"),
    ("what did mexico change in its anti money laundering law in aug 2025", ["C5"], [["10 years"]], "record keeping"),
    ("when was kovay gardens sanctioned", ["C6", "C7", "C8"], [["February 19"]], "Feb 19 2026"),
    ("where is the kovay gardens resort", ["C6"], [["Bahia de Banderas", "Nayarit"]], "location"),
    ("since when has cjng controlled timeshare fraud around bahia de banderas", ["C6"], [["2012"]], "around 2012"),
    ("who led the investigation behind the kovay gardens sanctions", ["C6"], [["Homeland Security Task Force-New York"]], "HSTF-NY"),
    ("how did kovay gardens allegedly rip off buyers", ["C6"], [["overcharged credit cards"]], "alleged conduct"),
    ("who is carlos humberto rivera miramontes", ["C6"], [["Rivera Miramontes"]], "named figure"),
    ("what advice does treasury give timeshare owners", ["C7", "C3"], [["too good to be true"]], "due diligence"),
    ("do vallarta agents need to know about ofac strict liability", ["C8"], [["strict liability"]], "checklist"),
]

TEMPORAL = [
    # --- Dragon (10)
    ("is trinidads dragon licence still good until oct 2025", ["A5", "A6"], [["revoked", "revocation"]], "older A2/A4 valid to Oct 31 2025; newer A5 revoked Apr 8 2025"),
    ("when does trinidads current dragon licence expire", ["A7", "A9"], [["April 2026"]], "older A1 two years, A2 Oct 31 2025; newer A7 new licence to April 2026"),
    ("does trinidad have any ofac licence for dragon right now", ["A7", "A9"], [["six months", "six-month"]], "older A5/A6 revoked; newer A7 six-month licence"),
    ("is venezuela still honouring its energy agreement with trinidad", ["A8", "A9"], [["suspension", "suspended"]], "older A3 30-year licence; newer A8 suspension"),
    ("are shell and ngc allowed to produce dragon gas under us rules", ["A7", "A9"], [["negotiations"]], "older A4 explore, produce, export; newer A7/A9 negotiations only"),
    ("who is the trinidad pm handling the dragon file now", ["A7", "A8"], [["Persad-Bissessar"]], "older A5 PM Young; newer A7 Persad-Bissessar"),
    ("did trinidad get its dragon licence back after april 2025", ["A7"], [["new OFAC licence", "May 19"]], "older A5/A6 revoked; newer A7 new licence"),
    ("whats the latest on the dragon gas project", ["A8", "A9"], [["suspension", "suspended"]], "older A7 new licence; newer A8/A9 Caracas suspended"),
    ("is venezuelas 30 year dragon licence still in effect", ["A9"], [["Suspended"]], "older A3/A4/A6 exists; newer A9 suspended with the agreement"),
    ("does the dragon licence still ban cash payments to maduro", ["A2", "A5"], [["fiat currency", "currencies"]], "older A1 no cash; newer A2 fiat currency (then revoked, A5)"),
    # --- Havana Docks (10)
    ("do the cruise lines owe havana docks 440 million", ["B4", "B8"], [["reversed", "reverses"]], "older B3 judgments; newer B4 reversed"),
    ("whos winning the havana docks case right now", ["B4", "B7", "B8"], [["reversed", "reversal", "reverses"]], "older B3 Havana Docks; newer B4 cruise lines, pending SCOTUS"),
    ("is the havana docks case over", ["B6", "B7", "B8"], [["24-983", "grants review", "agreed to hear"]], "older B4 reversal; newer B6 cert granted"),
    ("will the supreme court take the havana docks case", ["B6", "B8"], [["October 3"]], "older B5 petition pending; newer B6 granted Oct 3 2025"),
    ("has the supreme court heard arguments in havana docks yet", ["B7", "B8"], [["February 23"]], "older B6 no date; newer B7 argued Feb 23 2026"),
    ("was judge blooms trafficking ruling upheld on appeal", ["B4"], [["reversed"]], "older B2 liability; newer B4 reversed"),
    ("when is the jury trial on havana docks damages", ["B3"], [["final judgment"]], "older B2 jury trial set for May; newer B3 final judgments on motion"),
    ("how much does carnival have to pay havana docks now", ["B4", "B8"], [["reversed", "reverses"]], "older B3 $109.7m; newer B4 reversed"),
    ("is havana docks going to the supreme court or accepting the 11th circuit loss", ["B5", "B6"], [["certiorari", "March 6, 2025"]], "older B4 options; newer B5/B6 petition"),
    ("are the havana docks judgments worth anything today", ["B8"], [["no money has been paid"]], "older B3 $440m; newer B8 reversed, nothing paid"),
    # --- timeshare (10)
    ("how many rounds of cjng timeshare sanctions have there been", ["C6"], [["sixth"]], "older C4 four, C5 fifth; newer C6 sixth (own count)"),
    ("what executive orders does treasury use for timeshare fraud sanctions", ["C6", "C7"], [["13224"]], "older C1 14059 only; newer C6/C7 plus 13224"),
    ("how many people and companies has ofac sanctioned for cjng timeshare fraud in total", ["C5", "C6"], [["more than 70"]], "older C2/C4 counts; newer C5 more than 70"),
    ("has the us sanctioned any actual timeshare resort", ["C6", "C7", "C8"], [["Kovay Gardens"]], "older C4 no resort; newer C6 Kovay Gardens"),
    ("whats the most recent timeshare fraud sanctions action", ["C6", "C7", "C8"], [["February 19"]], "older C5 Aug 2025; newer C6 Feb 19 2026"),
    ("which treasury secretary is behind the timeshare sanctions", ["C5", "C6"], [["Bessent"]], "older C2 Yellen; newer C5/C6 Bessent"),
    ("has the fincen timeshare notice led to any bank reports", ["C5"], [["23.1 million", "250"]], "older C3/C4 notice issued; newer C5 SARs"),
    ("are the timeshare sanctions only about puerto vallarta in jalisco", ["C6"], [["Nayarit"]], "older C1-C3 Puerto Vallarta; newer C6 Bahia de Banderas, Nayarit"),
    ("how many companies were in the newest timeshare sanctions", ["C6", "C8"], [["17 Mexican companies", "17 companies"]], "older C5 13 companies; newer C6 17"),
    ("did treasury give banks guidance on timeshare fraud beyond the ofac alert", ["C3", "C4"], [["FIN-2024-NTC2"]], "older C1 alert only; newer C3 joint notice"),
]

DISTRACTOR = [
    ("after stuart young called the snap election, what happened to the dragon licence in april", ["A5", "A6"], [["revoked", "revocation"]], "distractor: election call (D4)"),
    ("trinidads eighth pm young - did he think the dragon revocation was a surprise", ["A5"], [["not unexpected"]], "distractor: election call (D4)"),
    ("after polling day on april 28 what did the winner say about dragon gas", ["A6"], [["Dragon deal dead"]], "distractor: election call (D4)"),
    ("cruise ships were banned from cuba in june 2019 - how much were the lines later ordered to pay havana docks", ["B3", "B8"], [["440 million"]], "distractor: cruise ban (D2)"),
    ("people to people cruises ended in 2019, which judge said those cuba trips were prohibited tourism", ["B2"], [["Bloom"]], "distractor: cruise ban (D2)"),
    ("the adonia was the first us cruise to havana since 1978 - who sued carnival over the havana terminal", ["B1"], [["Havana Docks"]], "distractor: cruise ban (D2)"),
    ("royal caribbean's icon of the seas is the biggest ship afloat - what did the 11th circuit decide about royal caribbean and havana docks", ["B4"], [["reversed"]], "distractor: Icon of the Seas (D3)"),
    ("icon of the seas was christened by messi; is royal caribbean in a supreme court case over cuba", ["B6", "B7"], [["24-983"]], "distractor: Icon of the Seas (D3)"),
    ("jason liberty's royal caribbean group - how much was royal caribbean ordered to pay havana docks", ["B3"], [["109,848,747.87"]], "distractor: Icon of the Seas (D3)"),
    ("profeco says check the timeshare contract is registered - which resort near vallarta did the us treasury sanction", ["C6", "C7", "C8"], [["Kovay Gardens"]], "distractor: Profeco tips (D1)"),
    ("besides the 5 business day right to cancel a timeshare, how does the cjng resale scam work", ["C1"], [["advance fees"]], "distractor: Profeco tips (D1)"),
    ("profeco timeshare complaints aside, how many us victims reported losses to mexican timeshare fraud", ["C3"], [["6,000"]], "distractor: Profeco tips (D1)"),
    ("after cjng was made a terrorist org along with sinaloa and tren de aragua, who got sanctioned in aug 2025 for timeshare fraud", ["C5"], [["Ibarra"]], "distractor: FTO designation (D5)"),
    ("rubio named eight cartels as ftos - how many mexican companies were in the first timeshare sanctions", ["C1"], [["eight"]], "distractor: FTO designation (D5)"),
    ("with cjng now an fto, what executive orders did treasury use against kovay gardens", ["C6", "C7"], [["13224"]], "distractor: FTO designation (D5)"),
]

UNANSWERABLE = [
    # Dragon (13)
    "how much gas has dragon actually produced so far",
    "what royalty rate does trinidad pay venezuela for dragon gas",
    "did shell write down its dragon investment after the revocation",
    "what will the dragon to hibiscus pipeline cost",
    "did ofac extend the dragon licence beyond april 2026",
    "did rubio ever take stuart youngs call about dragon",
    "how much money has bp put into cocuina-manakin",
    "has jamaica received any gas from dragon yet",
    "which treasury official signed trinidads dragon licence",
    "did ngc sue the us government over the dragon revocation",
    "who is the ceo of ngc",
    "how much did trinidad pay venezuela as a lease bonus for dragon",
    "what fine would shell face if it kept working on dragon after may 27",
    # Havana Docks (13)
    "what did the supreme court decide in havana docks",
    "how much has havana docks paid its lawyers",
    "did msc settle with havana docks",
    "what happened on remand with carnivals 1996-2001 claims",
    "has havana docks sued any hotel chains",
    "how did the cuban government respond to judge blooms ruling",
    "how many passengers did royal caribbean carry to havana",
    "who argued for the cruise lines at the supreme court",
    "what interest rate did judge bloom apply to the havana docks claim",
    "did carnival set aside reserves for the havana docks judgment",
    "what is the havana cruise terminal worth today",
    "which justice wrote the supreme court opinion in havana docks",
    "has exxons title iii case against cimex been decided",
    # timeshare (13)
    "how much money did kovay gardens make from the scams",
    "has anyone been convicted in the us over the cjng timeshare scams",
    "did mexicos uif freeze kovay gardens bank accounts",
    "who manages kovay gardens",
    "has ofac delisted any of the sanctioned timeshare companies",
    "what are the names of the three accountants sanctioned in july 2024",
    "how many timeshare fraud victims got their money back",
    "did profeco suspend kovay gardens contract registration",
    "which mexican banks received the timeshare scam wire transfers",
    "what share of cjngs income comes from timeshare fraud",
    "is kovay gardens still taking guests",
    "who was sanctioned in the april 2023 timeshare round",
    "how many rooms does kovay gardens have",
    # off-topic (6)
    "best beaches near puerto vallarta for snorkeling",
    "how do i make trinidad doubles at home",
    "when is trinidad carnival 2027",
    "translate buenos dias into french",
    "whats the weather in havana in march",
    "how do i reset my iphone",
]


def rows():
    out = []

    def add(kind, q, srcs, mm, notes):
        out.append({"id": "zq-%03d" % (len(out) + 1), "question": q, "kind": kind,
                    "expected_sources": [F[s] for s in srcs], "must_mention": mm, "notes": notes})

    for q, s, m, n in ANSWERABLE:
        add("answerable", q, s, m, n)
    for q, s, m, n in TEMPORAL:
        add("temporal", q, s, m, n)
    for q, s, m, n in DISTRACTOR:
        add("distractor", q, s, m, n)
    for q in UNANSWERABLE:
        add("unanswerable", q, [], [], "the corpus does not say; decline")
    return out


def main():
    R = rows()
    with open(os.path.join(HERE, "..", "qa.jsonl"), "w", encoding="utf-8") as fh:
        for r in R:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = {}
    for r in R:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(len(R), kinds)


if __name__ == "__main__":
    main()
