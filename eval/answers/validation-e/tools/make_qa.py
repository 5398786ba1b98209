"""Source of validation-e/qa.jsonl. Run: python3 make_qa.py"""
import json, os

A1 = "e-amec-idg-added-pentagon-list-jan-2024.md"
A2 = "e-amec-sues-pentagon-aug-2024.txt"
A3 = "e-amec-idg-removed-pentagon-list-dec-2024.html"
B = "e-blender-io-first-mixer-sanctioned-may-2022.md"
T1 = "e-tornado-cash-sanctioned-aug-2022.txt"
VL = "e-van-loon-fifth-circuit-court-summary.md"
T2 = "e-tornado-cash-delisted-mar-2025.html"
TF = "e-tornado-cash-after-delisting-forum-thread.txt"
S = "e-sinbad-mixer-sanctioned-nov-2023.html"
W1 = "e-wuxi-biologics-unverified-list-feb-2022.txt"
WS = "e-wuxi-biologics-singapore-investment-jul-2022.html"
W2 = "e-wuxi-biologics-off-unverified-list-oct-2022.md"
MEU = "e-military-end-user-list-faq-dec-2020.html"
SK = "e-skyrizon-military-end-user-list-jan-2021.txt"
EF = "e-exporters-forum-meu-customer-thread.html"
R1 = "e-rip-and-replace-shortfall-jul-2022.md"
PS = "e-prairie-sky-wireless-rip-replace-feature.txt"
R2 = "e-rip-and-replace-funded-ndaa-dec-2024.txt"
BL = "e-balloon-entity-list-feb-2023.txt"
MT1 = "e-biren-moore-threads-entity-list-nov-2023.md"
MT2 = "e-moore-threads-shanghai-debut-dec-2025.html"
SY1 = "e-syngenta-arkansas-divest-order-oct-2023.md"
SY2 = "e-syngenta-pays-arkansas-fine-nov-2023.txt"
C = "e-section-5949-chip-procurement-explainer.md"
FL = "e-florida-drone-ban-blog.html"
D1 = "e-dji-autel-ndaa-section-1709-explainer-dec-2024.md"
D2 = "e-fcc-covered-list-foreign-drones-dec-2025.html"
DM = "e-dji-mini-4-pro-launch.txt"
L1 = "e-arctic-lng-2-sanctioned-nov-2023.html"
L2 = "e-arctic-lng-2-carriers-sanctioned-sep-2024.md"

Q = []
def a(q, src, mm, notes=""): Q.append(("answerable", q, src, mm, notes))
def t(q, src, mm, notes=""): Q.append(("temporal", q, src, mm, notes))
def d(q, src, mm, notes=""): Q.append(("distractor", q, src, mm, notes))
def u(q, notes=""): Q.append(("unanswerable", q, [], [], notes))

# ---------------- AMEC / IDG / 1260H ----------------
a("when did the pentagon put amec on its chinese military companies list", [A1, A2, A3], [["january 31, 2024", "january 31"]], "Added Jan 31, 2024 (A1 dated Feb 1 says 'Wednesday, January 31, 2024').")
t("is amec still on the pentagon 1260h list?", [A3], [["removed"]], "A1/A2 say listed; A3 (Dec 2024): removed.")
t("amec chinese military company designation - is it still in effect", [A3], [["removed"]], "Newest: removed Dec 2024.")
a("why did amec sue the us defense department", [A2, A3], [["erroneous", "no factual basis", "lacked the most fundamental information"]], "AMEC says the listing was erroneous/no factual basis.")
a("which court did AMEC file its lawsuit in?", [A2], [["district of columbia"]])
a("what award did the pentagon point to when it listed amec", [A2], [["manufacturing single champion"]])
a("how much did amec shares jump after it got taken off the list", [A3], [["4.35"]])
a("who else was removed from the 1260h list together with amec", [A3], [["idg"]])
a("did idg capital sue the pentagon too?", [A3], [["did not sue"]])
a("which companies got added to the 1260h list in jan 2024", [A1], [["amec", "idg", "ymtc", "yangtze", "hesai", "megvii", "netposa", "three gorges"]])
a("what did amec say when it was first put on the list", [A1], [["completely irrational", "no material impact"]])
a("does being on the 1260h list stop us companies from buying from a company", [A1, A3], [["does not"]], "No direct ban; reputational risk.")
a("what does section 805 of the 2024 ndaa do to 1260h companies", [A1], [["contracting"]])
a("who made the decision to delist amec and on what day", [A3], [["deputy secretary of defense"], ["december 13"]])
a("why did dod take amec off the list", [A3], [["specific reason"]], "The notice did not give a specific reason.")
t("what happend with amec's lawsuit against the pentagon", [A3], [["removed", "withdrawn", "pending"]], "A2: suit filed; A3: designation withdrawn, suit formally pending.")
u("is amec on the commerce entity list", "Corpus never states AMEC's Entity List status.")
u("how much revenue did amec make in 2024")
u("did the pentagon also remove hesai from the 1260h list", "Only Hesai's lawsuit is mentioned.")
u("what date does the section 805 ban on contracting with 1260h companies start", "A1 says only 'in coming years'.")
u("was china three gorges later removed from the pentagon list")
u("is amec on the uk or eu sanctions lists", "Other countries' lists not covered.")
u("is yitu still on the 1260h list in 2025")

# ---------------- crypto mixers ----------------
a("what was the first crypto mixer ever sanctioned by treasury", [B, T1, S], [["blender"]])
a("when was blender.io sanctioned", [B, S, T1, TF], [["may 6, 2022", "may 2022"]])
a("how much of the axie infinity loot went through blender", [B], [["20.5 million"]])
a("how much was stolen in the ronin bridge hack", [B], [["620 million"]])
a("was tornado cash sanctioned at the same time as blender?", [B, S, T2, VL], [["not sanctioned", "august 8", "august 2022"]], "No: Blender May 6 2022, Tornado Cash Aug 8 2022.")
a("how much money did ofac say tornado cash laundered", [T1, T2], [["7 billion"]])
a("why is sanctioning tornado cash controversial", [T1], [["open-source", "cannot be shut down", "sanction code"]])
a("what did the fifth circuit decide about tornado cash", [VL, T2, TF], [["immutable smart contracts"], ["property"]])
a("when did the 5th circuit rule in van loon", [VL, T2, TF], [["november 26, 2024"]])
a("which judge wrote the van loon opinion", [VL], [["willett"]])
t("is tornado cash still sanctioned by ofac", [T2, TF], [["removed", "sanctions are gone"]], "T1/VL: still listed; T2 (Mar 21 2025): removed.")
t("can americans legally use tornado cash now?", [T2, TF], [["removed", "no longer applies", "sanctions are gone"]])
t("after the fifth circuit ruling is tornado cash still on the sdn list", [T2, TF], [["march 21, 2025"]], "VL: ruling does not itself delist; T2: removed Mar 21 2025.")
t("ofac says you cant interact with tornado cash smart contracts, right?", [T2, TF], [["removed"]])
a("is roman semenov still on the sdn list", [T2, TF], [["remains", "still"]])
a("why did treasury delist tornado cash", [T2, TF], [["novel legal and policy issues"]])
a("when was tornado cash taken off the sanctions list", [T2, TF], [["march 21, 2025"]])
a("does the tornado cash delisting end roman storm's criminal case", [T2, TF], [["justice department", "doj"]])
a("when did ofac sanciton sinbad", [S, TF], [["november 29, 2023", "november 2023"]])
a("is sinbad just blender rebranded?", [S], [["highly likely"]])
a("which hacks did sinbad launder for lazarus", [S], [["horizon bridge", "atomic wallet", "axie infinity"]])
a("how many crypto mixers had ofac sanctioned by end of 2023", [S], [["third"]])
d("how much did lazarus launder through tornado cash", [T1, T2], [["455 million"]], "Blender article names Lazarus and Tornado Cash but gives the Blender figure ($20.5m).")
u("was roman storm convicted", "Corpus ends before any verdict.")
u("how much did the TORN token go up after the delisting", "Only 'rose sharply'.")
u("did the supreme court hear the tornado cash case")
u("did the eleventh circuit rule in the coin center case", "Pending in the corpus.")
u("which tornado cash wallet addresses were delisted, list them")
u("has ofac sanctioned samourai wallet")
u("is tornado cash on the eu sanctions list")
u("how many people were fined by ofac for using tornado cash")
u("which country is the sinbad mixer operator based in")

# ---------------- WuXi Biologics / UVL ----------------
a("why was wuxi biologics put on the unverified list", [W1, W2], [["end-use"]])
a("how many chinese entities were added to the unverified list in feb 2022", [W1, W2], [["33"]])
a("how much market value did wuxi biologics lose when it was listed", [W1], [["9.9 billion"]])
t("is wuxi biologics still on the unverified list?", [W2], [["removed", "no longer"]], "W1: listed Feb 2022; W2: removed Oct 2022.")
t("can us suppliers ship to wuxi biologics shanghai under license exceptions again", [W2], [["normal rules", "removed"]])
a("when was wuxi biologics taken off the uvl", [W2], [["october 7, 2022"]])
a("how many names were removed from the unverified list in october 2022", [W2], [["nine"]])
a("what does being on the unverified list mean for exporters", [W1, W2, EF], [["license exception"]])
a("is the unverified list the same thing as the entity list", [W1, W2, EF], [["black list", "more restrictive", "different list"]])
a("how did wuxi biologics' wuxi subsidiary get off the list", [W2], [["on-site end-use check"]])
a("who is the ceo of wuxi biologics", [W1, WS], [["chris chen"]])
a("how much is wuxi biologics investing in singapore", [WS], [["1.4 billion"]])
d("did wuxi biologics get off the us trade list in 2022", [W2], [["october 7, 2022", "removed"]], "Singapore article (July 2022) names WuXi Biologics but says nothing about the list.")
d("wuxi biologics shares, how much did they fall after the us listing", [W1], [["25 percent", "9.9 billion"]], "Singapore article is a distractor.")
d("what did wuxi biologics ceo chris chen say about the unverified list", [W1], [["working urgently"]], "Singapore article quotes Chen on Singapore.")
u("exact date the wuxi subsidiary of wuxi biologics was removed from the uvl", "W2 only says 'over the summer'.")
u("is wuxi apptec on the unverified list", "Only raised as a reader question.")
u("is wuxi biologics named in the biosecure act")
u("is wuxi biologics on the treasury ns-cmic list")
u("which universities were put on the unverified list in feb 2022", "Only 'two universities', no names.")

# ---------------- MEU list / Skyrizon / forum ----------------
a("when did commerce set up the military end user list", [MEU, EF, SK], [["december 21, 2020", "december 2020"]])
a("how many companies were on the first meu list", [MEU, EF, SK], [["103"]])
a("how many chinese and how many russian entities are on the military end-user list", [MEU, EF], [["58"], ["45"]])
a("which russian companies are on the meu list", [MEU], [["sukhoi", "tupolev", "rostec", "irkut", "admiralty"]])
a("which countries does the military end user rule cover", [MEU], [["venezuela"]])
a("if my customer isnt on the meu list am i ok to ship", [MEU, EF], [["not exhaustive"]])
a("when was skyrizon added to the military end user list", [SK, EF], [["january 14"]])
a("why did the us blacklist skyrizon", [SK], [["motor sich", "people's liberation army", "predatory"]])
a("which company was the first addition to the meu list", [SK, EF], [["skyrizon"]])
a("how did skyrizon react to being listed", [SK], [["unreasonable"]])
a("do ear99 valves need a license to ship to a company on the meu list", [EF], [["generally does not apply"]])
a("difference between military end user list and entity list", [EF, MEU], [["supplement no. 2", "narrower"]])
a("what do i need before shipping to a company on the unverified list", [EF], [["uvl statement"]])
u("was skyrizon later removed from the meu list")
u("did ukraine end up nationalizing motor sich")
u("how many companies are on the meu list now")
u("what is tri-county valve supply's annual revenue")
u("is skyrizon on the ofac sdn list", "Only the MEU listing is covered.")
u("did the biden administration reverse the skyrizon listing")

# ---------------- rip and replace ----------------
a("how big is the rip and replace fundng gap", [R1, PS, R2], [["3.08 billion"]])
t("are rip and replace carriers still only getting 39.5 percent", [R2], [["fully"]], "R1/PS: 39.5%; R2 (Dec 2024): fully funded.")
t("has congress funded the rip and replace shortfall yet", [R2], [["december 23, 2024", "fully fund"]])
t("how much are small carriers reimbursed under rip and replace now", [R2], [["fully"]])
t("is the spectrum innovation act how rip and replace got its money", [R2], [["aws-3"]], "R1 mentions the 3.1-3.45 GHz bill; funding came via NDAA / AWS-3 reauction.")
a("how much did congress first give the rip and replace program", [R1, PS, R2], [["1.9 billion"]])
a("how much does rip and replace need in total", [R1, PS, R2], [["4.98 billion"]])
a("who gets paid first under rip and replace", [R1, PS], [["2 million or fewer"]])
a("how is the extra rip-and-replace money paid for", [R2], [["aws-3"]])
a("how many aws-3 licenses get reauctioned", [R2], [["197"]])
a("whose equipment is being ripped out", [R1, PS, R2], [["huawei"]])
a("how many customers does prairie sky wireless have", [PS], [["6,400"]])
a("how much is prairie sky getting from rip and replace", [PS], [["4.4 million"]])
u("has prairie sky wireless finished replacing its huawei radios")
u("when will the fcc hold the aws-3 reauction")
u("how many carriers have completed rip and replace so far")
u("how much did verizon get from rip and replace")

# ---------------- balloon ----------------
a("which chinese companies were blacklisted over the spy balloon", [BL], [["beijing nanjiang", "eagles men", "dongguan lingkong", "tian-hai-xiang", "48th research institute"]])
a("how many entities got added over the balloon", [BL], [["six"]])
a("when were the balloon companies put on the entity list", [BL], [["february 10, 2023"]])
a("where did they shoot down the chinese balloon", [BL], [["south carolina"]])
a("how did china respond to the balloon entity listings", [BL], [["countermeasures"]])
u("what countermeasures did china actually take after the balloon blacklisting")
u("which company manufactured the balloon that was shot down", "Only that the maker has a direct relationship with the PLA.")
u("how much us tech did the six balloon entities buy before being listed", "Article says it was not clear.")

# ---------------- Moore Threads / Biren ----------------
a("how many chinese entities were added to the entity list on oct 17 2023", [MT1], [["13"]])
a("which other gpu startup was blacklisted together with moore threads", [MT1], [["biren"]])
a("how much did moore threads raise in its ipo", [MT2], [["8 billion yuan", "1.13 billion"]])
a("moore threads first day stock gain", [MT2], [["425", "468"]])
a("who founded moore threads", [MT1, MT2], [["zhang jianzhong"]])
a("what does the entity list mean for biren and moore threads", [MT1], [["license"]])
d("when did moore threads get blacklisted by the us", [MT1], [["october 17, 2023"]], "IPO article (MT2) is about a stock listing, not a blacklist.")
d("what us restrictions does moore threads face", [MT1], [["entity list"]], "MT2 says nothing about US restrictions.")
d("how many jobs is moore threads cutting", [MT1], [["single-digit"]], "MT2 distractor.")
d("moore threads listing - is it listed by the us commerce dept", [MT1], [["entity list"]], "Trap: 'listing' = stock listing in MT2.")
u("was moore threads removed from the entity list before its ipo", "Nothing in the corpus says so.")
u("is biren planning an ipo")
u("did japan sanction moore threads")
u("is biren on the treasury ns-cmic list")

# ---------------- Syngenta ----------------
a("why did arkansas order syngenta to sell its land", [SY1, SY2], [["chemchina", "china national chemical"]])
a("how many acres does syngenta have to sell in arkansas", [SY1, SY2], [["160"]])
a("how long does syngenta have to sell the arkansas farmland", [SY1, SY2], [["two years"]])
a("how much was syngenta fined by arkansas??", [SY1, SY2], [["280,000"]])
t("did syngenta pay the arkansas fine", [SY2], [["paid"]], "SY1: company had not said whether it would pay; SY2: paid.")
t("syngenta hasnt said if it will pay the arkansas penalty right?", [SY2], [["paid"]])
a("what law bans chinese owned companies from owning farmland in arkansas", [SY1, SY2], [["act 636"]])
a("why was syngenta fined", [SY1, SY2], [["act 1046", "report"]])
a("what did syngenta call the arkansas order", [SY1, SY2], [["shortsighted"]])
a("which other states limit chinese land ownership", [SY1], [["florida", "montana"]])
a("does paying the fine mean syngenta can keep the land", [SY2], [["must divest", "still"]])
u("has syngenta sold the arkansas land yet")
u("is syngenta on the commerce entity list")
u("did syngenta sue arkansas over the order")

# ---------------- Section 5949 ----------------
a("which chip makers does sec 5949 cover", [C], [["smic"], ["cxmt", "changxin"]])
a("when does the section 5949 chip ban kick in", [C], [["2027", "five years"]])
a("can agencies get a waiver from section 5949", [C], [["waiver"]])
a("how is 5949 different from section 889", [C], [["part b", "less restrictive", "narrower"]])
a("who sponsored the chinese chip procurement ban", [C], [["schumer", "cornyn"]])
u("has the far council issued the section 5949 rule yet")
u("is samsung covered by the section 5949 ban")
u("what is the penalty for a contractor that violates section 5949")

# ---------------- Florida drones ----------------
a("when did florida ban chinese drones for government agencies", [FL], [["april 5, 2023"]])
a("which drone brands can florida agencys still buy", [FL], [["skydio", "parrot", "altavian", "teal", "vantage"]])
a("can i still fly my dji drone in florida as a hobbyist", [FL], [["government agencies"]])
a("how much money is florida putting into replacing police drones", [FL], [["25 million"]])
a("where do the drones florida agencies turn in go", [FL], [["university of south florida", "florida center for cybersecurity"]])
a("what percent of florida public safety agencies fly dji", [FL], [["92"]])
a("which countries does florida's drone law target", [FL], [["russia", "iran", "north korea"]])
d("is dji banned for drone hobbyists in florida", [FL], [["government agencies"]], "Mini 4 Pro launch article is a distractor.")
u("did the usf analysis find security problems in the dji drones")
u("does texas ban dji drones for state agencies")
u("what is the fine for a florida agency that keeps flying a dji drone")

# ---------------- DJI / Autel / FCC ----------------
t("can dji still sell new drone models in the us", [D2], [["new models", "cannot receive new"]], "D1 (Dec 2024): yes; D2 (Dec 2025): new models cannot get authorization.")
t("is dji on the fcc covered list", [D2], [["december 22"]], "D1: not on it; D2: added Dec 22 2025.")
t("is the fcc going to add dji to the covered list or not", [D2], [["december 22"]])
a("can i keep flying the dji drone i already own", [D1, D2], [["keep flying", "already own"]])
a("what is section 1709 of the fy2025 ndaa", [D1, D2], [["dji"], ["autel"]])
a("what happens if no agency does the dji audit within a year", [D1], [["automatically"]])
a("why did the fcc block new foreign drones", [D2], [["surveillance", "data exfiltration"]])
a("can a new foreign drone still be cleared after the covered list addition", [D2], [["department of war", "homeland security"]])
a("what did dji say about the fcc decision", [D2], [["disappointed"]])
a("how much does the dji mini 4 pro cost", [DM], [["759"]])
d("is the dji mini 4 pro still allowed to be sold in the us", [D2], [["already authorized"]], "Mini 4 Pro launch article is a distractor.")
d("is dji on the entity list", [D1], [["december 2020"]], "Mini 4 Pro article names DJI only.")
d("does the fcc drone ban affect a dji mini 4 pro i bought in 2023", [D2], [["keep flying", "already authorized"]])
d("new dji drone models in 2026, will they get fcc approval", [D2], [["cannot receive new", "new models"]])
u("is autel on the commerce entity list")
u("which us drone makers got exemptions from the fcc covered list")
u("how many dji drones are flying in the us")

t("is blender the only crypto mixer treasury has sanctioned?", [S], [["third"]], "B (May 2022): first mixer ever; S (Nov 2023): Sinbad is the third after Blender and Tornado Cash.")
t("is wuxi biologics' shanghai unit still on the unverified list", [W2], [["among the nine"]], "W1: both units listed; W2: Shanghai unit removed Oct 7 2022.")
t("can autel still get fcc approval for new drones", [D2], [["cannot receive new", "new models"]], "D1: not on Covered List; D2: added Dec 22 2025.")
t("is the rip and replace shortfall still unfunded", [R2], [["fully fund"]], "R1/PS: unfunded; R2: funded Dec 2024.")
d("how much did wuxi biologics shares rise when it came off the list", [W2], [["6.64"]], "Singapore article is a distractor.")

# ---------------- Arctic LNG 2 ----------------
a("when did the us sanction arctic lng 2", [L1, L2], [["november 2, 2023", "november 2023"]])
a("who owns arctic lng 2", [L1], [["novatek"], ["60%"]])
a("whats the arctic lng 2 wind down deadline", [L1], [["january 31, 2024"]])
a("what did geoffrey pyatt say about arctic lng 2", [L1], [["kill"]])
a("which ships were sanctioned for carrying arctic lng 2 gas", [L2], [["new energy"], ["mulan"]])
a("when does general license 108 expire", [L2], [["november 6, 2024"]])
a("what is arctic lng 2's capacity", [L1, L2], [["19.8 million"]])
a("who are the foreign partners in arctic lng 2", [L1], [["totalenergies"]])
u("is novatek itself on the sdn list")
u("did the eu sanction arctic lng 2")
u("has arctic lng 2 found buyers in china for its cargoes")
u("did canada sanction the arctic lng 2 tankers")

os.chdir(os.path.join(os.path.dirname(__file__), ".."))
with open("qa.jsonl", "w") as f:
    for i, (kind, q, src, mm, notes) in enumerate(Q, 1):
        f.write(json.dumps({"id": f"e-{i:03d}", "question": q, "kind": kind, "expected_sources": src, "must_mention": mm, "notes": notes}) + "\n")
from collections import Counter
print(len(Q), Counter(k for k, *_ in Q))
