"""Source of qa.jsonl for set s. Run: python3 make_qa.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
J20="s-suirui-buys-jupiter-systems-feb-2020.txt"; JO="s-trump-orders-suirui-divest-jupiter-jul-2025.md"
JT="s-treasury-statement-jupiter-summary.txt"; JF="s-jupiter-divestment-order-faq.html"; JB="s-jupiter-cfius-law-blog.html"
JFo="s-jupiter-forum-thread.html"; JP="s-jupiter-systems-company-profile.md"; EX="s-four-ways-washington-restricts-a-company-explainer.md"
M22="s-moore-threads-series-b-dec-2022.md"; MEL="s-biren-moore-threads-entity-list-oct-2023.html"; MLO="s-moore-threads-layoffs-nov-2023.txt"
MBP="s-moore-threads-b-plus-round-nov-2023.txt"; MBL="s-china-gpu-startups-blog.html"; MIPO="s-moore-threads-star-market-debut-dec-2025.html"
MS80="s-mtt-s80-graphics-card-review.txt"; TOLL="s-toll-holdings-ofac-settlement-apr-2022.md"; WF22="s-wells-fargo-discloses-sanctions-probe-may-2022.txt"
WF23="s-wells-fargo-ofac-fed-penalty-mar-2023.html"; PEX="s-ofac-penalties-lessons-explainer.md"; FOR="s-freight-forwarder-sanctions-forum-thread.txt"
JPT="s-japan-post-completes-toll-takeover-may-2015.html"; CAP="s-fed-lifts-wells-fargo-asset-cap-jun-2025.md"
B09="s-uk-orders-banks-cut-ties-bank-mellat-oct-2009.txt"; B10="s-eu-lists-bank-mellat-jul-2010.md"; B13="s-eu-court-annuls-bank-mellat-listing-jan-2013.md"
BSC="s-bank-mellat-uk-supreme-court-summary.html"; B16="s-ecj-rejects-council-appeal-bank-mellat-feb-2016.txt"; BDM="s-bank-mellat-damages-claim-high-court.md"
BFQ="s-bank-mellat-sanctions-faq.html"; BTS="s-bank-mellat-tehran-bourse-results.txt"

rows = []
def add(kind, q, src=(), mm=(), note=""):
    rows.append({"question": q, "kind": kind, "expected_sources": list(src), "must_mention": [list(g) for g in mm], "notes": note})
def A(q, src, mm, note=""): add("answerable", q, src, mm, note)
def T(q, src, mm, note=""): add("temporal", q, src, mm, note)
def D(q, src, mm, note=""): add("distractor", q, src, mm, note)
def U(q, note=""): add("unanswerable", q, (), (), note)

# ---------------- answerable: Jupiter / Suirui (30)
A("why did trump make suirui sell jupiter systems?", [JO, JT, JF, JFo], [["military and critical infrastructure"]], "CFIUS risk")
A("when was the jupiter systems divestment order signed", [JO, JT, JF, JB], [["July 8, 2025"]])
A("how many days does suirui have to divest jupiter", [JO, JT, JF, JB, JFo], [["120"]])
A("can the 120 day deadline for suirui be extended?", [JO, JT, JF, JB, JFo], [["extension", "extend"]])
A("what law did the president use for the jupiter order", [JO, JT], [["Section 721"]], "DPA 1950")
A("which agency reviewed the suirui jupiter deal", [JO, JT, JF], [["Committee on Foreign Investment", "CFIUS"]])
A("who owns suirui international", [JT], [["Suirui Group"]], "majority-owned by Suirui Group")
A("what does suirui group do as a business", [JT, J20], [["video communication", "video cloud"]])
A("what does jupiter systems make", [J20, JO, JT], [["video wall", "visualization", "audiovisual"]])
A("when did suirui actually complete buying jupiter", [J20, JO, JF, JB, JFo], [["February 28, 2020", "February 2020"]])
A("is jupiter on the entity list now because of the trump order?", [JO, JF, JFo], [["not", "no"]], "ownership order, no listing")
A("can i still buy jupiter video wall equipment after the cfius order", [JF, JFo], [["yes", "can buy"]])
A("are suirui employees still allowed into jupiter's source code?", [JO, JF, JB, JFo], [["source code"]], "barred")
A("how often do jupiter and suirui have to report to cfius", [JO, JF, JB], [["weekly"]])
A("which government customers has jupiter supplied", [JO], [["Department of Defense", "NASA"]])
A("what did jupiter say after the divestment order", [JO], [["without disruption", "evaluate next steps"]])
A("who is the buyer of jupiter systems?", [JF, JFo, JT], [["no buyer", "does not name a buyer"]], "none announced")
A("did treasury say jupiter has to rip out equipment at agencies", [JT], [["does not address"]])
A("when did treasury announce the jupiter order publicly", [JO], [["July 11"]])
A("is this the first cfius block of trump's second term?", [JO, JB], [["first"]])
A("how can cfius undo a deal that closed five years ago", [JF, JB], [["statute of limitations", "does not expire"]])
A("what happens to jupiter's chinese subsidiaries under the order", [JO, JT, JB], [["no interest"]])
A("how many subsidiaries came with jupiter in the 2020 deal", [J20], [["two"]], "Hong Kong and mainland China")
A("what did trump say about foreign investment when blocking suirui", [JO], [["never at the cost of our national security"]])
A("does the jupiter order include a fine?", [JT], [["does not mention any penalty", "penalty"]])
A("is jupiter on the fcc covered list", [JF, JFo], [["FCC Covered List"]], "no")
A("roughly when does the suirui 120-day clock run out", [JF], [["early November 2025"]])
A("what was the name of the order regarding jupiter", [JT], [["Regarding the Acquisition of Jupiter Systems"]])
A("my county 911 center uses jupiter, their IT says it's blacklisted. true?", [JFo, JF], [["not blacklisted", "no entity list"]])
A("what kind of companies did the blog say should consider a voluntary cfius filing", [JB], [["government customers"]])
# ---------------- answerable: Moore Threads / Biren (28)
A("when were moore threads and biren put on the entity list", [MEL, MBL, MLO, MBP, EX], [["October 17, 2023", "October 17"]])
A("how many chinese entities did BIS add on oct 17 2023", [MEL, MBP, EX], [["13"]])
A("when was the moore threads entity list rule published in the federal register", [MEL], [["October 19, 2023"]])
A("who founded moore threads", [M22, MEL, MLO], [["Zhang Jianzhong"]])
A("who founded biren technology and when", [MEL], [["Michael Zhang Wen"], ["2019"]])
A("moore threads ceo used to work where?", [M22, MEL], [["Nvidia"]])
A("what does the entity list mean for moore threads in practice", [MEL, MLO, MBL], [["licence"]])
A("how did moore threads react to being blacklisted", [MEL], [["strong opposition", "protested"]])
A("how many people did moore threads lay off after the entity listing", [MLO, MBL], [["single-digit percentage"]])
A("how many employees does moore threads have (2023)", [MLO, MBL], [["1,000"]])
A("what new units did moore threads create after the sanctions", [MLO, MBL], [["AI Strategy Group", "AISG"]])
A("what is the 1017 incident moore threads talks about", [MLO], [["October 17"]])
A("when did moore threads ceo send the layoff letter", [MLO], [["November 6"]])
A("how much was moore threads series a", [M22, MLO], [["2 billion yuan"]])
A("when was moore threads founded", [M22, MEL], [["October 2020"]])
A("what gpu architecture does moore threads use", [M22], [["MUSA"]])
A("is moore threads on the sdn list?", [MBL], [["neither company is on the SDN"]])
A("does the entity list stop me importing a moore threads card into the us", [MBL, MLO], [["not imports", "not purchases"]])
A("has biren sued over its entity listing", [MBL], [["Not that I have seen"]])
A("what did zhang say about the darkest moment", [MLO], [["no 'darkest moment'", "darkest moment"]])
A("where is biren based", [MEL], [["Shanghai"]])
A("how much did moore threads raise in the series b+ round", [MBP], [["hundreds of millions"]])
A("why are chinese investors still backing moore threads after the listing", [MBP, MBL], [["Nvidia"]])
A("what happened to huawei that is compared to moore threads' situation", [MEL], [["September 2020"]])
A("how have biren and moore threads coped with manufacturing after being listed", [MBL], [["domestic foundries"]])
A("did moore threads say it would apply for a us licence", [MBP], [["has not said"]])
A("what was the october 2022 rule that helped moore threads", [M22, MEL], [["October 2022"]])
A("does being on the entity list stop a company raising money on a stock exchange", [EX], [["raise money"]])
# ---------------- answerable: Toll / Wells Fargo (27)
A("how much did toll holdings pay ofac", [TOLL, PEX, FOR, EX], [["6,131,855"]])
A("how many apparent violations did toll have", [TOLL, PEX, FOR], [["2,958"]])
A("which countries were involved in the toll sanctions case", [TOLL, FOR], [["Iran"], ["Syria"], ["North Korea"]])
A("when did ofac announce the toll settlement", [TOLL, PEX, FOR], [["April 25, 2022", "April 2022"]])
A("what years did the toll violations happen", [TOLL, FOR], [["2013"], ["2019"]])
A("total value of toll's payments", [TOLL, PEX], [["48.4 million"]])
A("was toll's case egregious?", [TOLL, PEX, FOR], [["non-egregious"]])
A("what was the statutory max penalty for toll", [TOLL, PEX], [["826 million"]])
A("base penalty in the toll case?", [TOLL], [["15,329,638"]])
A("what did a toll employee tell staff about invoices", [TOLL, PEX, FOR], [["invoices"]])
A("when did toll finally put hard controls in place", [TOLL], [["February 2017"]])
A("why did toll's compliance fail according to ofac", [TOLL, PEX], [["expansion", "growth"]])
A("where is toll holdings based", [TOLL, JPT], [["Melbourne"]])
A("is toll on a sanctions list after the penalty? we use them as a forwarder", [TOLL, FOR, PEX], [["not"]])
A("how much did wells fargo pay ofac in 2023", [WF23, PEX, EX], [["30,000,000", "$30 million"]])
A("how much did the fed fine wells fargo over the sanctions software", [WF23, PEX], [["67.8 million"]])
A("total wells fargo sanctions penalty fed plus ofac", [WF23, PEX], [["97.8 million"]])
A("what software was at the center of the wells fargo sanctions case", [WF23, PEX], [["Eximbills"]])
A("which bank originally customised the eximbills platform", [WF23, PEX], [["Wachovia"]])
A("how many transactions did the european bank process on eximbills", [WF23, PEX], [["124"]])
A("value of the transactions in the wells fargo case", [WF23, PEX], [["532 million"]])
A("which sanctions programs did wells fargo violate", [WF23], [["Iran"], ["Syria"], ["Sudan"]])
A("was the wells fargo ofac case egregious", [WF23, PEX], [["egregious"]])
A("how long does wells fargo have to file compliance certifications", [WF23], [["five years"]])
A("who developed eximbills and were they accused", [WF23], [["China Systems"]])
A("do non-us companies have to worry about ofac if they pay in dollars", [FOR, PEX], [["dollar"]])
A("when did wells fargo self report the eximbills problem", [WF22, PEX], [["December 2015"]])
# ---------------- answerable: Bank Mellat (25)
A("when did the uk make the financial restrictions (iran) order 2009", [B09, BSC], [["October 9", "9 October 2009"]])
A("which two iranian entities did the 2009 uk order target", [B09, BSC], [["Bank Mellat"], ["IRISL", "Islamic Republic of Iran Shipping Lines"]])
A("what uk law gave the treasury the power to hit bank mellat", [B09, BSC, BDM], [["Counter-Terrorism Act 2008"]])
A("what was the uk supreme court vote in bank mellat", [BSC], [["5 to 4"]])
A("which judge wrote the leading judgment in bank mellat v hm treasury", [BSC], [["Lord Sumption"]])
A("why did the supreme court say the bank mellat order was irrational", [BSC], [["singled out"]])
A("what procedural flaw did the supreme court find with the mellat order", [BSC], [["representations", "notice"]])
A("what was unusual about the bank mellat hearing at the supreme court", [BSC], [["closed"]])
A("citation for the bank mellat supreme court case", [BSC], [["[2013] UKSC 39"]])
A("when did the eu first freeze bank mellat's assets", [B10, B16, BFQ], [["July 26, 2010"]])
A("which council decision listed bank mellat", [B10], [["2010/413/CFSP"]])
A("which un resolution is connected to the bank mellat eu listing", [B10], [["1929"]])
A("what is first east export bank's link to bank mellat", [B10], [["owned or controlled"]])
A("what case number was bank mellat's eu general court case", [B13, B16, BFQ], [["T-496/10"]])
A("why did the general court annul bank mellat's sanctions", [B13], [["evidence"]])
A("how much is bank mellat claiming in damages from the uk treasury", [B16, BDM, BFQ], [["$4 billion"]])
A("who is bank mellat's lawyer", [B16, BDM], [["Zaiwalla"]])
A("what case number was the council's appeal in bank mellat", [B16], [["C-176/13 P"]])
A("how long was bank mellat's money deemed not frozen", [B16, BFQ], [["July 26, 2010"], ["January 16, 2016"]])
A("since when has the us designated bank mellat", [B10], [["2007"]])
A("does the ecj bank mellat ruling change us sanctions", [B16, BFQ], [["not affect", "does not"]])
A("what does the treasury argue about bank mellat's losses", [BDM], [["EU and US sanctions"]])
A("what did the supreme court decide about costs in bank mellat", [BSC, BDM], [["costs"]])
A("how long did the 2009 uk order last unless revoked", [B09], [["one year"]])
A("who was bank mellat's counsel at the supreme court", [BSC], [["Michael Brindle"]])

# ---------------- temporal (30)
T("is suirui still the owner of jupiter systems or was the deal ok'd", [JO, JT, JF, JB, JFo], [["divest"]], "2020 article: deal stands; 2025: ordered to divest")
T("has the us government objected to suirui's purchase of jupiter?", [JO, JT, JF], [["national security risk", "prohibit"]], "2020: no objection")
T("is the suirui jupiter acquisition still standing", [JO, JT, JB], [["prohibit", "divest", "unwind"]])
T("did cfius ever review the jupiter deal", [JO, JT, JB], [["review"]], "2020 article: unknown")
T("does anything restrict suirui's access to jupiter tech", [JO, JF, JB], [["source code"]], "2020 says nothing restricts")
T("is moore threads on any us blacklist", [MEL, MBL, MLO], [["Entity List"]], "2022: not listed")
T("can moore threads still use us design software and overseas foundries freely?", [MEL, MBL], [["licence"]], "2022 says yes")
T("is moore threads on the entity list", [MEL, MBL], [["October 17, 2023", "Entity List"]], "2022 md: not listed")
T("are biren and moore threads still on the entity list?", [MBL], [["still on the list"]], "newest status 2024 blog")
T("what's moore threads' most recent funding round before the ipo", [MBP], [["B+"]], "Series B Dec 2022 -> B+ Nov 2023")
T("has moore threads been named in any us restriction", [MEL, MBL], [["Entity List"]], "2022: no restriction names it")
T("has wells fargo been penalized over its sanctions issue?", [WF23, PEX], [["30,000,000"]], "May 2022: no penalty yet")
T("is wells fargo still negotiating with ofac about sanctions violations", [WF23], [["agreed to pay", "settle"]], "2022: negotiating")
T("how much did the fed fine wells fargo in the sanctions matter", [WF23, PEX], [["67.8 million"]], "2022: no amount")
T("did ofac publish an enforcement doc on wells fargo", [WF23], [["March 30, 2023"]], "2022 says none")
T("can uk banks deal with bank mellat", [BFQ, BSC], [["quashed", "no longer barred"]], "2009 barred")
T("is the financial restrictions (iran) order 2009 still in force", [BSC, BFQ, BDM], [["quashed"]])
T("did bank mellat win against the uk treasury", [BSC, BDM], [["quashed", "allowed the appeal"]], "2009: would apply to High Court")
T("is bank mellat under an eu asset freeze", [B16, BFQ], [["January 16, 2016", "lifted"]], "2010 listed, 2013 still frozen pending appeal")
T("are bank mellat's funds in europe still frozen after the court win", [B16, BFQ], [["January 16, 2016", "lifted"]], "Jan 2013 article: freeze stays")
T("did the council appeal the bank mellat annulment and what happened", [B16, BFQ], [["dismissed"]], "2013: expected to appeal")
T("is the bank mellat general court ruling final", [B16, BFQ], [["dismissed", "final"]])
T("is bank mellat's eu listing lawful", [B16, BFQ, B13], [["annulled"]], "2010 listing")
T("can an eu company do business with bank mellat", [BFQ], [["lifted", "Legally it may"]], "2010/2013: frozen")
T("is bank mellat still challenging the 2009 uk order in court?", [BSC, BDM], [["quashed"]], "2009: will apply")
T("has the supreme court heard bank mellat's uk case yet", [BSC], [["19 June 2013"]], "Jan 2013: due in March")
T("do the lower court rulings upholding the uk order against bank mellat still stand", [BSC], [["quashed", "allowed the appeal"]])
T("was bank mellat's eu freeze lifted as part of the iran nuclear deal", [B16, BFQ], [["Implementation Day"]])
T("is it still true that 'no government body has objected' to the jupiter sale", [JO, JT], [["national security"]])
T("which is the newest status of moore threads on us lists, and since when", [MBL, MEL], [["October 17, 2023"]])

# ---------------- distractor (15)
D("is moore threads listed?", [MEL, MBL], [["Entity List"]], "STAR Market stock listing trap")
D("moore threads ipo - does that mean it got off the us blacklist", [MBL, MEL], [["Entity List"]], "IPO article silent on list")
D("are mtt s80 cards restricted by the us", [MBL, MLO], [["not imports", "not purchases"]], "review is a distractor")
D("what did the us do to moore threads", [MEL, MLO], [["Entity List"]])
D("is jupiter systems owned by a chinese company and what did washington do about it", [JO, JT], [["Suirui"], ["divest"]], "profile is a distractor")
D("what does the us government think about jupiter's control room products", [JO, JT, JF], [["military and critical infrastructure"]])
D("toll holdings sanctions penalty amount", [TOLL, PEX, FOR], [["6,131,855"]], "Japan Post takeover A$6.5bn distractor")
D("who owns toll and did it get in trouble with us sanctions", [TOLL, PEX], [["6,131,855", "6.1 million"]], "ownership answered by JPT but sanctions by TOLL")
D("wells fargo penalty lifted?", [WF23, PEX], [["30,000,000"]], "asset cap lift is a distractor")
D("the fed fine on wells fargo - was it about sanctions or fake accounts", [WF23, PEX], [["67.8 million"]])
D("is bank mellat listed", [B16, BFQ], [["lifted", "January 16, 2016"]], "Tehran Stock Exchange listing trap")
D("bank mellat shares - can europeans trade with the bank now?", [BFQ], [["lifted"]])
D("what is bank mellat accused of", [B10, B13], [["nuclear"]])
D("did the fed lift any sanctions penalty on wells fargo in 2025", [WF23], [["30,000,000"]], "asset cap is not a sanctions penalty")
D("what did ofac say about jupiter's management", [JT, JO], [["Suirui"]], "trick: CFIUS not OFAC")

# ---------------- unanswerable (45)
for q in [
 "who ended up buying jupiter systems from suirui",
 "how much did suirui pay for jupiter in 2020",
 "did cfius extend suirui's 120-day deadline",
 "has suirui sued to challenge the jupiter order",
 "how many employees does jupiter systems have",
 "what is jupiter systems' annual revenue",
 "did china retaliate against the jupiter order with sanctions",
 "what penalty does suirui face if it misses the divestment deadline",
 "what did suirui's ceo say about the divestment",
 "how many people work for biren",
 "what is biren's flagship gpu chip called",
 "how many moore threads subsidiaries are named in its entity list entry",
 "what was moore threads' 2024 revenue",
 "is moore threads on the pentagon 1260h list",
 "did biren go public on the hong kong exchange",
 "who led the moore threads series b+ round",
 "is moore threads' mtt s90 available in the us",
 "did the us remove moore threads from the entity list in 2025",
 "how much did biren raise in its last funding round",
 "did toll holdings get fined by australia's regulators too",
 "who was the european bank that used wells fargo's eximbills",
 "which toll subsidiaries made the payments",
 "what was toll's profit the year of the ofac settlement",
 "did the wells fargo mid-level manager face charges",
 "where is china systems, the eximbills developer, headquartered",
 "how much did wachovia charge the european bank for eximbills",
 "did wells fargo fire anyone over eximbills",
 "what is ofac's biggest ever penalty",
 "did bank mellat win its $4 billion damages claim",
 "how much did the uk treasury pay bank mellat in the end",
 "was bank mellat put back on the eu list after 2016",
 "who is bank mellat's current ceo",
 "did the us remove bank mellat from the sdn list in 2016",
 "how many branches does bank mellat have in london",
 "did irisl challenge the 2009 uk order too",
 "did bank mellat sue the eu council for damages",
 "which judges dissented on the substance in the bank mellat case",
 "is persia international bank still sanctioned",
 "what happened at the bank mellat damages trial in october",
 "is jupiter systems on canada's sanctions list",
 "has japan put moore threads on its end user list",
 "is bank mellat sanctioned by australia",
 "did switzerland freeze bank mellat assets",
 "what does the uk ofsi say about toll holdings",
 "does the eu have its own list that includes biren",
]:
    U(q)

# casual phrasing tweaks
rows[1]["question"] = "hey quick q - when was the jupiter divestment order signed?"
def retype(old, new):
    for r in rows:
        if r["question"] == old:
            r["question"] = new; return
    raise SystemExit("no such question: " + old)
retype("how many people did moore threads lay off after the entity listing", "working on a report: how many ppl did moore threads lay off after the blacklisting")
retype("how much did toll holdings pay ofac", "how mcuh did toll holdings pay ofac")
retype("is wells fargo still negotiating with ofac about sanctions violations", "my manager says wells fargo is still negotiating w/ ofac about sanctions violations, is that right?")
retype("is bank mellat under an eu asset freeze", "is bank mellat under an eu asset freeze rn")

pre = "s"
for i, r in enumerate(rows, 1):
    r["id"] = f"{pre}-{i:03d}"
with open(os.path.join(HERE, "..", "qa.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps({"id": r["id"], "question": r["question"], "kind": r["kind"], "expected_sources": r["expected_sources"],
                             "must_mention": r["must_mention"], "notes": r["notes"]}, ensure_ascii=False) + "\n")
from collections import Counter
print(len(rows), Counter(r["kind"] for r in rows))
