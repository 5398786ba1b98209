"""Write ../qa.jsonl (200 questions, ids zm-001..zm-200)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "qa.jsonl")

F = dict(
    B1="ZM-judge-dismisses-sudan-refugees-suit-against-bnp-apr-2018.txt",
    B2="ZM-second-circuit-revives-kashef-v-bnp-paribas-may-2019.txt",
    B3="ZM-bnp-must-face-swiss-law-claims-feb-2021.md",
    B4="ZM-judge-certifies-sudanese-refugee-class-bnp-may-2024.html",
    B5="ZM-kashef-v-bnp-class-members-faq-mar-2025.html",
    B6="ZM-jury-finds-bnp-liable-sudan-verdict-oct-2025.md",
    B7="ZM-bnp-shares-slide-no-provision-sudan-oct-2025.txt",
    B8="ZM-bnp-post-trial-motion-blog-nov-2025.html",
    B9="ZM-judge-upholds-bnp-sudan-verdict-jan-2026.txt",
    S1="ZM-socgen-pays-1-34bn-us-sanctions-nov-2018.txt",
    S2="ZM-ofac-socgen-settlement-summary-nov-2018.md",
    S3="ZM-socgen-settlement-takeaways-client-alert-dec-2018.html",
    S4="ZM-socgen-deferred-prosecution-faq-sep-2019.html",
    S5="ZM-us-ends-socgen-sanctions-case-dec-2021.txt",
    S6="ZM-socgen-announces-dismissal-us-proceedings-dec-2021.md",
    S7="ZM-socgen-probation-forum-thread-mar-2022.html",
    S8="ZM-sanctions-enforcement-2018-review-blog-dec-2018.html",
    N1="ZM-dutch-firms-investigated-crimea-bridge-may-2018.txt",
    N2="ZM-crimea-bridge-dutch-suppliers-explainer-oct-2022.md",
    N3="ZM-om-settles-crimea-bridge-cases-oct-2023.md",
    N4="ZM-crimea-bridge-fines-slap-on-wrist-oct-2023.html",
    N5="ZM-sanctions-lawyer-on-crimea-bridge-settlements-oct-2023.txt",
    N6="ZM-dieseko-pays-1-8m-crimea-bridge-jul-2024.md",
    N7="ZM-crimea-bridge-penalties-faq-sep-2024.md",
    N8="ZM-crimea-bridge-court-forum-thread-may-2025.html",
)


def S(*keys):
    return [F[k] for k in keys]


ANSWERABLE = [
    # BNP Paribas / Kashef (38)
    ("which judge dismissed the sudanese refugees case against bnp in 2018", S("B1", "B2"), [["Nathan"]], "Alison Nathan, Mar 30 2018"),
    ("why was the kashef lawsuit against bnp paribas thrown out in 2018", S("B1"), [["act of state"]], "act of state doctrine"),
    ("when did judge nathan dismiss the bnp sudan suit", S("B1"), [["March 30"]], "Friday March 30 2018"),
    ("how long was nathans opinion tossing the bnp case", S("B1"), [["20-page"]], "20-page opinion"),
    ("who is the lead plaintiff suing bnp over sudan", S("B1", "B3", "B6"), [["Kashef"]], "Entesar Osman Kashef"),
    ("what militia does the lead plaintiff say bnp helped pay for", S("B1"), [["Janjaweed"]], "Janjaweed"),
    ("what happened to the adult plaintiffs claims in the 2018 bnp dismissal", S("B1"), [["untimely", "statutes of limitations"]], "untimely under NY limitations"),
    ("which appeals court revived the bnp sudan case", S("B2"), [["Second Circuit"]], "2d Cir"),
    ("when did the 2nd circuit decide kashef v bnp", S("B2"), [["May 22, 2019"]], "decided May 22 2019"),
    ("who wrote the second circuit opinion in kashef", S("B2"), [["Parker"]], "Barrington D. Parker"),
    ("which judges sat on the kashef appeal panel", S("B2"), [["Sack"], ["Chin"]], "Sack, Parker, Chin"),
    ("whats the docket number of the kashef appeal", S("B2"), [["18-1304"]], "No. 18-1304"),
    ("why did the appeals court say the act of state doctrine didnt protect bnp", S("B2"), [["official act", "jus cogens", "Sudan's own laws"]], "no official act; genocide violates Sudan's laws; jus cogens"),
    ("who argued for bnp paribas at the second circuit", S("B2"), [["Boccuzzi"]], "Carmine D. Boccuzzi Jr."),
    ("what countrys law governs the refugees claims against bnp", S("B3", "B8"), [["Swiss"]], "Swiss law"),
    ("which swiss legal scholar did judge nathan follow in 2021", S("B3"), [["Werro"]], "Franz Werro"),
    ("how many named plaintiffs were there against bnp in feb 2021", S("B3"), [["Twenty-one"]], "21"),
    ("which law firms represent the sudanese refugees vs bnp", S("B3"), [["Hausfeld"], ["Hecht"]], "Hausfeld and Hecht Partners"),
    ("what years was bnp allegedly the regimes main bank", S("B3"), [["1997 to 2007"]], "1997-2007"),
    ("when was the class certified in kashef v bnp", S("B4"), [["May 9, 2024"]], "May 9 2024"),
    ("who counts as a class member in the bnp sudan suit", S("B4", "B5"), [["refugees or asylees", "refugee or asylee"]], "refugees/asylees who lived in Sudan 1997-2011"),
    ("what did hellerstein say about bnp at the class cert hearing", S("B4"), [["bad memory", "extirpated"]], "quote"),
    ("did bnp win summary judgment in the sudan case", S("B4"), [["denied"]], "denied nearly in its entirety, April 2024"),
    ("how is the bnp sudan trial process structured", S("B4"), [["bifurcated", "bellwether"]], "class trial then bellwethers"),
    ("whats the district court case number for kashef v bnp", S("B5"), [["16 Civ. 3228"]], "16 Civ. 3228 (AKH)"),
    ("whats the name of bnps us affiliate thats a defendant", S("B5"), [["U.S. Wholesale Holdings"]], "formerly BNP Paribas North America"),
    ("deadline to opt in to the bnp sudan class action", S("B5"), [["July 1, 2025"]], "opt-in and questionnaire"),
    ("do class members have to show up at the bnp trial", S("B5"), [["do not have to attend"]], "FAQ"),
    ("how much did the jury award against bnp paribas", S("B6", "B7", "B9"), [["20.75 million"]], "three plaintiffs"),
    ("how much did entesar kashef get from the jury", S("B6"), [["7.3 million"]], "$7.3m"),
    ("how long did the bnp jury deliberate", S("B6"), [["four hours"]], "about four hours"),
    ("how long was the bnp sudan trial", S("B6", "B8"), [["five-week"]], "five weeks"),
    ("what did bnp call the jury verdict", S("B6"), [["clearly wrong"]], "clearly wrong, Swiss law distorted"),
    ("how much did bnp shares drop after the sudan verdict", S("B7"), [["10.6%"]], "as much as 10.6%"),
    ("did bnp set aside a provision for the sudan litigation", S("B7"), [["not set aside", "Machenil"]], "CFO Lars Machenil: no funds set aside"),
    ("what are bnps arguments in its post trial motion", S("B8"), [["Swiss Code of Obligations", "Swiss law"], ["order of magnitude", "excessive"]], "Swiss law, causation, damages"),
    ("how much money do the plaintiffs say bnp moved for sudan", S("B8"), [["$20 billion"]], "about $20bn over a decade"),
    ("when did hellerstein deny bnps motion to overturn the verdict", S("B9"), [["January 7"]], "Wed Jan 7 2026"),
    # Societe Generale (36)
    ("how much did socgen pay to settle us sanctions in 2018", S("S1", "S3", "S5"), [["1.34 billion"]], "$1.34bn"),
    ("who announced the charges against societe generale", S("S1"), [["Berman"]], "US Attorney Geoffrey Berman"),
    ("what was socgen charged with exactly", S("S1", "S4"), [["Trading with the Enemy Act"]], "conspiracy to violate TWEA and CACR"),
    ("how long was socgens deferred prosecution agreement", S("S1", "S3", "S4"), [["three years", "three-year"]], "3 years"),
    ("which judge had the socgen sanctions case", S("S1", "S4", "S5"), [["Castel"]], "Kevin Castel"),
    ("how much did socgen forfeit in the civil forfeiture", S("S1"), [["717.2 million"]], "$717.2m"),
    ("what did nydfs get from socgen for the sanctions breaches", S("S1"), [["325 million"]], "$325m"),
    ("how much went to the manhattan da from socgen", S("S1"), [["162.8 million"]], "$162.8m"),
    ("where does half the socgen forfeiture money go", S("S1"), [["Victims of State Sponsored Terrorism Fund"]], "half to the fund"),
    ("how many cuba credit facilities did socgen run", S("S1"), [["21 credit facilities"]], "21, 2004-2010"),
    ("how much money did socgen move for cuba", S("S1"), [["13 billion"]], "about $13bn"),
    ("what were socgens cuban transactions mostly financing", S("S1"), [["oil deals", "state oil monopoly"]], "oil deals"),
    ("what did socgens ceo say about the settlement", S("S1"), [["regretted", "shortcomings"]], "Oudea regretted shortcomings"),
    ("separate aml fine socgen new york 2018 how much", S("S1", "S4", "S5"), [["95 million"]], "$95m NYDFS AML"),
    ("exact amount of ofacs socgen penalty", S("S2", "S8"), [["53,966,916.05"]], "OFAC amount"),
    ("how many apparent violations in the ofac socgen case", S("S2"), [["1,077"]], "1,077"),
    ("total value of the socgen transactions ofac looked at", S("S2"), [["5,560,452,994.36"]], "$5.56bn"),
    ("which sanctions regs did socgen break according to ofac", S("S2"), [["Cuban Assets Control Regulations"], ["Iranian"], ["Sudanese"]], "CACR, ITSR, SSR"),
    ("did ofac treat the socgen case as egregious", S("S2"), [["egregious"]], "yes, egregious"),
    ("whats the base penalty ofac calculated for socgen", S("S2"), [["101,630,490.80"]], "base penalty"),
    ("when did socgen first tell ofac about the violations", S("S2"), [["May 16, 2012"]], "VSD"),
    ("how many of socgens violations were under the sudan rules", S("S2"), [["251"]], "251"),
    ("how did socgens paris branch get sudan payments past screening", S("S2"), [["French address"]], "French address, manual resubmission"),
    ("did socgen voluntarily self disclose to ofac", S("S2", "S3"), [["self-disclosed", "self-disclosure"]], "yes per OFAC"),
    ("did sdny agree that socgen disclosed the cuba violations in time", S("S3"), [["well after"]], "SDNY: disclosed well after investigation began"),
    ("was socgen the biggest ofac enforcement action of 2018", S("S3", "S8"), [["largest OFAC enforcement action"]], "yes"),
    ("which bank paid more than socgen for us sanctions violations", S("S3", "S5", "S8"), [["BNP Paribas"]], "BNP ~$8.9bn"),
    ("did socgen plead guilty in the sanctions case", S("S4"), [["Statement of Facts"]], "no; stipulated to facts, DPA"),
    ("what was socgens other 2018 dpa about", S("S4", "S6"), [["IBOR"]], "IBOR and Libya"),
    ("what exactly did doj say when it closed the socgen case", S("S5"), [["will not now proceed"]], "order Nov 30 2021"),
    ("which countries were involved in the socgen sanctions breaches", S("S5"), [["Cuba"], ["Iran"], ["Libya"], ["Sudan"]], "per Reuters-style report"),
    ("what years did the socgen sanctions violations span per doj", S("S5"), [["2003 to 2013"]], "2003-2013"),
    ("on what dates were the two socgen dismissal orders issued", S("S6"), [["November 30, 2021"], ["December 2, 2021"]], "two orders"),
    ("when did the french financial prosecutor end the socgen libya case", S("S6"), [["December 2020"]], "PNF ended CJIP proceedings Dec 2020"),
    ("what does cjip stand for in the socgen release", S("S6"), [["convention judiciaire"]], "convention judiciaire d'interet public"),
    ("did socgen get any of the 1.34bn back when the dpa ended", S("S7"), [["nothing was refunded"]], "forum reply"),
    # Dutch Crimea bridge (36)
    ("how many dutch companies were investigated over the crimea bridge", S("N1", "N7"), [["seven"]], "seven companies"),
    ("which dutch prosecution office opened the crimea bridge probe", S("N1"), [["Functioneel Parket"]], "Functioneel Parket"),
    ("which newspaper exposed the dutch firms on the kerch bridge", S("N1", "N3", "N4"), [["Gelderlander"]], "De Gelderlander"),
    ("where is dematec equipment based", S("N1"), [["Dodewaard"]], "Dodewaard"),
    ("what did bijlard hydrauliek supply for the bridge", S("N1", "N2"), [["parts", "component"]], "key parts of the hammer"),
    ("max fine for a dutch company breaking crimea sanctions", S("N1", "N7"), [["820,000"]], "820,000 euros"),
    ("max prison term for individuals over crimea sanctions in nl", S("N1", "N7"), [["six years"]], "six years"),
    ("when did the crimea bridge deals under investigation start", S("N1"), [["November 2015"]], "Nov 2015 to late 2017"),
    ("how long is the crimean bridge", S("N1"), [["19-kilometre"]], "19 km"),
    ("what did dematec deliver to russia and when", S("N2"), [["hydraulic hammer"], ["2016"]], "early 2016"),
    ("what excuse did the bijlard director give", S("N2"), [["Dutch customer"]], "quote"),
    ("what happened to the head of enerpacs dutch office", S("N2"), [["fired"]], "fired by US parent"),
    ("what equipment did dieseko supply", S("N2", "N6"), [["vibratory hammers", "piling installations"]], "vibratory hammers / piling installations"),
    ("why does selling to a russian buyer still breach crimea sanctions", S("N2"), [["circumvent"]], "anti-circumvention"),
    ("when did de gelderlander publish its crimea bridge article", S("N3"), [["September 1, 2017"]], "Sept 1 2017"),
    ("what is team poss", S("N3", "N7"), [["strategic goods"]], "customs team"),
    ("how many people were penalised over the crimea bridge in oct 2023", S("N3", "N4", "N5"), [["eight"]], "eight"),
    ("how much community service did the crimea bridge individuals get", S("N3", "N4", "N5", "N7"), [["20 to 60 hours"]], "20-60 hours"),
    ("total fines paid by the four companies in 2023", S("N3", "N5", "N7"), [["160,000"]], "160,000 euros"),
    ("how much was confiscated from one of the crimea bridge companies", S("N3", "N6", "N7"), [["71,330"]], "71,330 euros"),
    ("why did the om set the crimea bridge penalties where it did", S("N3", "N7"), [["maximum fines"]], "max fines at the time, scale, time passed"),
    ("were the 2023 crimea bridge cases decided by a judge", S("N3", "N4", "N5"), [["out of court", "without a trial", "without any court", "not court decisions"]], "no: settlements"),
    ("what goods did dutch firms supply for the bridge according to the om", S("N3"), [["power packs"]], "pile hammers, vibratory hammers, power packs"),
    ("range of fines per company crimea bridge 2023", S("N4"), [["5,000"], ["100,000"]], "5,000-100,000 euros"),
    ("who said the dutch prosecution has lost its way", S("N4"), [["Yusibov"]], "Isa Yusibov"),
    ("did the om name the crimea bridge companies in 2023", S("N4", "N7"), [["not named", "did not name"]], "no"),
    ("how many crimea bridge company cases were still open in october 2023", S("N4", "N5"), [["three"]], "three"),
    ("which lawyer talked about the crimea bridge settlements", S("N5"), [["over de Linden"]], "Heleen over de Linden"),
    ("why did the crimea bridge investigation take so long", S("N5"), [["evidence"]], "hard to find evidence"),
    ("does ukraine get any of the crimea bridge fine money", S("N5"), [["not the beneficiary"]], "no"),
    ("how much did dieseko pay", S("N6", "N7", "N8"), [["1,780,000", "1.78 million"]], "1.78m euros"),
    ("where is dieseko group based", S("N6"), [["Sliedrecht"]], "Sliedrecht"),
    ("how is the dieseko penalty split up", S("N6", "N7", "N8"), [["180,000"], ["1.6 million"]], "fine + forfeiture"),
    ("in which years did dieseko work on the crimea bridge", S("N6"), [["2015 and 2016"]], "2015-2016"),
    ("when were the eu crimea sanctions dieseko broke adopted", S("N6"), [["June 2014"]], "June 2014"),
    ("has a court ever ruled on a crimea bridge company in nl", S("N8", "N7"), [["Not that I can find", "Not so far"]], "no published judgment"),
]

TEMPORAL = [
    ("is the bnp sudan genocide lawsuit dismissed", S("B2", "B6", "B9"), [["reversed", "liable"]], "older: Apr 2018 dismissal; newer: 2019 reversal, 2025 verdict"),
    ("is kashef v bnp just a proposed class action", S("B4"), [["certified"]], "older: Feb 2021 putative class; newer: May 2024 certified"),
    ("is the bnp class around 10,000 refugees", S("B4", "B7", "B9"), [["23,000"]], "older: >10,000 (2021); newer: ~23,000"),
    ("has any jury found bnp liable over sudan yet", S("B6", "B7", "B9"), [["liable"]], "older: Mar 2025 FAQ no decision; newer: Oct 2025 verdict"),
    ("did the judge throw out the 20.75m verdict against bnp", S("B9"), [["denied", "refused"]], "older: Nov 2025 motion pending; newer: Jan 2026 denied"),
    ("can bnp appeal the sudan verdict now", S("B9"), [["certified"]], "older: Oct 2025 timing unclear; newer: verdict certified Jan 2026"),
    ("is bnp still asking hellerstein for a new trial", S("B9"), [["denied", "appeal"]], "older: Nov 2025 motion; newer: denied"),
    ("are bnp shares still falling because of the sudan case", S("B9"), [["1.9%"]], "older: Oct 2025 -10.6%; newer: Jan 2026 +1.9%"),
    ("which judge is running the bnp sudan case now", S("B9", "B6", "B5", "B4"), [["Hellerstein"]], "older: Nathan (2018, 2021); newer: Hellerstein"),
    ("are the adult plaintiffs claims against bnp time barred", S("B2"), [["timely"]], "older: 2018 untimely; newer: 2019 timely"),
    ("is socgen still under its sanctions dpa", S("S5", "S6", "S7"), [["will not now proceed", "fully complied", "no longer pending"]], "older: Sep 2019 FAQ still under; newer: ended Nov 30 2021"),
    ("is the socgen sanctions charge still pending in sdny", S("S5", "S6"), [["no longer pending", "will not now proceed", "dismiss"]], "older: Dec 2018 blog charge on file; newer: Dec 2021"),
    ("has the doj dismissed socgens sanctions case yet", S("S5", "S6"), [["November 30"]], "older: Dec 2018 alert 'will be dismissed'; newer: Nov 30 2021"),
    ("is socgen still negotiating with us authorities over sanctions", S("S1"), [["1.34 billion"]], "older: June 2018 talks ongoing (distractor); newer: Nov 2018 settlement"),
    ("socgen dpa ends late 2021 right, is it still running", S("S5", "S6", "S7"), [["November 30"]], "older: 2019 FAQ; newer: ended"),
    ("is socgen still bound by the libya ibor dpa", S("S6", "S7"), [["December 2, 2021"]], "older: 2019 FAQ; newer: Dec 2 2021 order"),
    ("is the french afa monitorship of socgen still running", S("S6", "S7"), [["December 2020"]], "older: June 2018 two-year monitorship; newer: PNF ended Dec 2020"),
    ("has socgen complied with its dpa or is it still being tested", S("S5", "S6"), [["complied"]], "older: 2019 FAQ; newer: complied"),
    ("how many doj cases does socgen still have open from 2018", S("S6"), [["two separate legal proceedings"]], "older: 2019 FAQ two DPAs; newer: both ended"),
    ("is the socgen cuba case closed as of 2022", S("S7", "S6"), [["November 30, 2021", "November 30"]], "older: Nov 2018; newer: closed"),
    ("have the dutch crimea bridge companies been punished", S("N3", "N4", "N7"), [["160,000"]], "older: May 2018 / Oct 2022 no outcome; newer: Oct 2023"),
    ("has anyone in nl been penalised for the kerch bridge yet", S("N3", "N4", "N7"), [["community service"]], "older: Oct 2022 explainer none; newer: Oct 2023"),
    ("whats the biggest crimea bridge penalty in the netherlands", S("N6", "N7"), [["1,780,000", "1.78 million"]], "older: Oct 2023 max 100,000; newer: Dieseko"),
    ("is dieseko still under investigation for the bridge", S("N6", "N7", "N8"), [["settlement", "settle"]], "older: Oct 2022 explainer names it; newer: Jul 2024 settled"),
    ("are all the crimea bridge companies still anonymous", S("N6", "N7"), [["Dieseko"]], "older: Oct 2023 not named; newer: Dieseko named"),
    ("how much has been paid in total over the crimea bridge", S("N7", "N8"), [["1.78 million"], ["160,000"]], "older: Oct 2023 160k + 71,330; newer: plus Dieseko"),
    ("are three crimea bridge companies still going to court", S("N8", "N7"), [["Dieseko"], ["Not that I can find", "Not so far"]], "older: Oct 2023 three heading to court; newer: Dieseko settled, no judgment"),
    ("is the om still investigating more crimea bridge firms", S("N6", "N7"), [["Dieseko"]], "older: Oct 2023 still investigating; newer: Jul 2024 Dieseko"),
    ("did the crimea bridge investigation get dropped", S("N3"), [["settled"]], "older: Oct 2022 no outcome, lawyer expected dropping; newer: Oct 2023 settled"),
    ("has any crimea bridge supplier paid more than 100k euros", S("N6", "N7", "N8"), [["1.6 million"]], "older: Oct 2023 up to 100,000; newer: Dieseko"),
]

DISTRACTOR = [
    ("socgen got an afa monitorship in the libya deal, what kind of agreement did it sign in the sanctions case", S("S1", "S3"), [["deferred prosecution agreement"]], "distractor: June 2018 IBOR/Libya article"),
    ("after the june 2018 ibor deal socgen said sanctions talks could take weeks or months, what did it end up paying", S("S1", "S3", "S8"), [["1.34 billion"]], "distractor: June 2018"),
    ("the cftc hit socgen with 475m in 2018, what did ofac fine it", S("S2", "S8"), [["53,966,916.05"]], "distractor: June 2018"),
    ("socgen sold rosbank to potanins interros, was socgen ever penalised for us sanctions breaches", S("S1", "S2"), [["1.34 billion"]], "distractor: Rosbank sale"),
    ("oudea on the rosbank exit, what did oudea say about the us sanctions settlement", S("S1"), [["regretted", "shortcomings"]], "distractor: Rosbank sale"),
    ("bnp bought axa im for 5.1bn euros, how big was the sudan verdict against it", S("B6", "B7", "B9"), [["20.75 million"]], "distractor: AXA IM"),
    ("bnp takes a 35bp capital hit on axa im, did it book a provision for the sudan verdict", S("B7"), [["not set aside"]], "distractor: AXA IM"),
    ("bnp updates on axa im at q3 results, is it appealing the sudan jury verdict", S("B6", "B9"), [["appeal"]], "distractor: AXA IM"),
    ("after sudan came off the terror list, what law did the judge apply to the refugees case vs bnp in 2021", S("B3"), [["Swiss"]], "distractor: SST removal"),
    ("sudan paid 335m to terror victims, how much did bnp pay in its us sanctions plea", S("B1", "B6", "B9"), [["8.9 billion"]], "distractor: SST removal"),
    ("al bashir fell in 2019, did an appeals court revive the bnp sudan case that year", S("B2"), [["reversed"]], "distractor: SST removal"),
    ("crimea bridge span collapsed in july 2023, which dutch firms helped build it", S("N1", "N2"), [["Dematec"], ["Bijlard"]], "distractor: July 2023 attack"),
    ("kerch bridge truck blast oct 2022, were any dutch companies punished for building it", S("N3"), [["four companies"]], "distractor: July 2023 attack"),
    ("the crimean bridge road opened may 15 2018, what did dutch prosecutors announce then", S("N1"), [["seven"]], "distractor: July 2023 attack"),
    ("russia moves troops over the kerch bridge, how much did dieseko pay for helping build it", S("N6"), [["1,780,000"]], "distractor: July 2023 attack"),
]

UNANSWERABLE = [
    # BNP near misses
    ("how much has bnp paid cleary gottlieb to defend the sudan case", "legal fees not in corpus"),
    ("when will the second circuit hear oral argument on bnps sudan appeal", "no argument date"),
    ("how many class members filed opt in forms by july 2025", "not given"),
    ("what provision did bnp book for sudan in its 2025 annual report", "not given"),
    ("who was the foreperson of the bnp sudan jury", "not given"),
    ("what did abulgasim abdalla testify about at trial", "not given"),
    ("how much did bnp pay ofac itself in 2014", "only the ~$8.9bn total"),
    ("when is the next bellwether trial against bnp scheduled", "not given"),
    ("did judge alison nathan get promoted to the appeals court", "not in corpus"),
    ("what post judgment interest rate applies to the bnp verdict", "not given"),
    ("has the french government commented on the bnp sudan verdict", "not given"),
    ("what was bnps closing share price on oct 17 2025", "not given"),
    ("did sudan hand al bashir over to the icc", "not in corpus"),
    # SocGen near misses
    ("which law firm represented socgen in the sanctions case", "not given"),
    ("were any socgen employees prosecuted over the cuba payments", "not given"),
    ("how much did socgen pay the fed over libya", "not given"),
    ("whats the name of the dutch commodities trader in socgens cuba deals", "not named"),
    ("did socgen have an independent compliance monitor under the sanctions dpa", "not stated"),
    ("how much did socgen pay the doj for libor manipulation", "not given"),
    ("what was socgens net profit in 2018", "not given"),
    ("has ofac fined socgen again since 2021", "not given"),
    ("how many compliance staff did socgen add after the settlement", "not given"),
    ("has socgen been sued under helms burton over cuba", "not in corpus"),
    ("how did socgen shares react to the 1.34bn sanctions settlement", "not given"),
    ("who signed the ofac settlement agreement for socgen", "not given"),
    ("which cuban banks got socgen credit facilities", "not named"),
    # Dutch near misses
    ("which prosecutor led the crimea bridge investigation for the om", "no prosecutor named"),
    ("how much was bijlard hydrauliek fined", "companies not named"),
    ("what are the names of the eight people penalised for the crimea bridge", "not named"),
    ("how much did dematec equipment pay", "not given"),
    ("has anyone been prosecuted for the kerch bridge under the new dutch sanctions act", "not in corpus"),
    ("how many pile hammers were shipped to kerch from the netherlands", "not given"),
    ("what was dieseko groups revenue in 2024", "not given"),
    ("did enerpacs us parent pay a penalty over the crimea bridge", "not given"),
    ("has ukraine sued the dutch companies that built the crimea bridge", "not given"),
    ("what did the dutch foreign minister say about the crimea bridge fines", "not given"),
    ("did germany fine any company for working on the crimea bridge", "not in corpus"),
    ("what sentence did prosecutors demand for the dematec director", "not given"),
    ("how much did the crimean bridge cost to build", "not given"),
    # off-topic
    ("how do i reset my wifi router", "off-topic"),
    ("best time to see the tulip fields near amsterdam", "off-topic"),
    ("translate good morning into french", "off-topic"),
    ("who won the 2024 tour de france", "off-topic"),
    ("how many calories in a croissant", "off-topic"),
    ("python list comprehension example", "off-topic"),
]


def main():
    rows = []
    n = 0

    def add(q, kind, src, mm, note):
        nonlocal n
        n += 1
        rows.append(dict(id=f"zm-{n:03d}", question=q, kind=kind, expected_sources=src, must_mention=mm, notes=note))

    for q, src, mm, note in ANSWERABLE:
        add(q, "answerable", src, mm, note)
    for q, src, mm, note in TEMPORAL:
        add(q, "temporal", src, mm, note)
    for q, src, mm, note in DISTRACTOR:
        add(q, "distractor", src, mm, note)
    for q, note in UNANSWERABLE:
        add(q, "unanswerable", [], [], note)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows: answerable={len(ANSWERABLE)} temporal={len(TEMPORAL)} "
          f"distractor={len(DISTRACTOR)} unanswerable={len(UNANSWERABLE)}")


if __name__ == "__main__":
    main()
