"""Source of qa.jsonl for train-f. Run: python3 tools/make_qa.py  (writes ../qa.jsonl)."""
import json
import os

NSO21 = "f-nso-candiru-entity-list-nov-2021.md"
INT23 = "f-intellexa-cytrox-entity-list-jul-2023.md"
INT24M = "f-intellexa-ofac-sanctions-mar-2024.html"
INT24S = "f-intellexa-sanctions-widened-sep-2024.txt"
INT25 = "f-intellexa-three-delisted-dec-2025.md"
WAJ = "f-whatsapp-nso-jury-verdict-may-2025.txt"
WAC = "f-whatsapp-nso-damages-cut-injunction-oct-2025.html"
SS = "f-sichuan-silence-sanctioned-dec-2024.txt"
IT = "f-integrity-tech-flax-typhoon-sanctioned-jan-2025.html"
FOR = "f-china-cyber-firms-sanctions-forum-thread.html"
HUP = "f-huione-fincen-proposed-311-may-2025.txt"
HUF = "f-huione-fincen-final-rule-oct-2025.html"
PG = "f-prince-group-sanctions-oct-2025.html"
CZ = "f-chen-zhi-extradited-china-jan-2026.txt"
MX1 = "f-fincen-mexican-banks-orders-jun-2025.md"
MX2 = "f-fincen-extends-mexican-bank-deadline-aug-2025.html"
LIM = "f-xiamen-limbach-redlepus-sanctioned-oct-2024.md"
AR1 = "f-arrow-china-units-entity-list-oct-2025.txt"
AR2 = "f-arrow-units-removed-entity-list-oct-2025.html"
ARQ = "f-arrow-electronics-q3-2025-results.txt"
BAT = "f-ndaa-battery-ban-six-chinese-makers-explainer.md"
BUS = "f-byd-transit-bus-ban-faq.html"
BYP = "f-byd-hong-kong-share-placement-mar-2025.md"
BYL = "f-byd-super-e-platform-launch-mar-2025.md"
FL1 = "f-florida-land-law-injunction-feb-2024.txt"
FL2 = "f-florida-land-law-eleventh-circuit-nov-2025.md"
TX1 = "f-texas-lone-star-infrastructure-act-blog.html"
TX2 = "f-texas-sb17-land-ban-signed-jun-2025.txt"
FC1 = "f-fcc-bad-labs-rule-adopted-may-2025.md"
FC2 = "f-fcc-bad-labs-first-withdrawals-sep-2025.txt"

A, T, D, U = "answerable", "temporal", "distractor", "unanswerable"

# (question, kind, expected_sources, must_mention, notes)
ROWS = [
    # ---------------- answerable: facts people act on first ----------------
    ("can a us company still sell software to nso group?", A, [NSO21, WAC], [["entity list"]],
     "No, not without a licence: NSO is on the Entity List (since Nov 2021, still listed per the Oct 2025 ruling)."),
    ("is nso group still on the commerce entity list", A, [WAC], [["remains on"]],
     "Yes; the Oct 2025 court summary says NSO remains on the Entity List, acquisition notwithstanding."),
    ("when did comerce blacklist nso group and candiru", A, [NSO21], [["november 3, 2021"]],
     "Added Wednesday Nov 3, 2021; effective Nov 4."),
    ("how will bis review export license applications for nso and candiru?", A, [NSO21], [["presumption of denial"]], ""),
    ("does the entity list listing freeze nsos assets", A, [NSO21], [["does not freeze"]],
     "No: an export restriction, not a Treasury sanction."),
    ("which companies were added to the entity list together with nso", A, [NSO21],
     [["candiru"], ["positive technologies", "computer security initiative"]], "Candiru, Positive Technologies, Computer Security Initiative Consultancy."),
    ("can americans do buisness with intellexa", A, [INT24M, INT25], [["prohibited from dealing", "still blocked"]],
     "No: the Intellexa companies were blocked in March 2024 and are still blocked in Dec 2025."),
    ("when did treasury sanction the predator spyware makers", A, [INT24M], [["march 5, 2024"]], ""),
    ("what do the ofac sanctions on intellexa actually do", A, [INT24M], [["blocked"], ["50%"]],
     "Property blocked, US persons barred from dealings, 50%-owned entities blocked."),
    ("which intellexa companies are on the entity list", A, [INT23], [["intellexa s.a.", "intellexa limited"], ["cytrox ad", "cytrox holdings"]], ""),
    ("when did the intellexa and cytrox entity list listing take effect", A, [INT23], [["july 18, 2023"]], ""),
    ("can i still pay sichuan silence for a pentest", A, [SS], [["barred from dealing", "no us person may"]],
     "No: SDN-listed under EO 13694 on Dec 10, 2024."),
    ("when were sichuan silence and guan tianfeng sanctioned", A, [SS, IT], [["december 10, 2024"]], ""),
    ("can our company keep using integrity tech services after the sanctions", A, [IT], [["barred from dealing"]],
     "No: blocked under EO 13694 on Jan 3, 2025."),
    ("when did treasury sanction integrity technology group", A, [IT], [["january 3, 2025"]], ""),
    ("what exactly can a us bank not do with huione group", A, [HUF, HUP], [["correspondent account"]], ""),
    ("can us citizens do business with the prince group", A, [PG], [["barred from dealing"]], "SDN/TCO designation Oct 14, 2025."),
    ("when was the prince group sanctioned", A, [PG], [["october 14, 2025"]], ""),
    ("which mexican banks did fincen cut off from the us", A, [MX1, MX2], [["cibanco"], ["intercam"]], "CIBanco, Intercam, Vector Casa de Bolsa."),
    ("what are us banks prohibited from doing with cibanco intercam and vector", A, [MX1], [["transmittal of funds"]], ""),
    ("can americans deal with xiamen limbach", A, [LIM], [["barred from dealing"]], "SDN since Oct 17, 2024."),
    ("when did the us sanction xiamen limbach and redlepus", A, [LIM], [["october 17, 2024"]], ""),
    ("when does the pentagon ban on catl and byd baterries start", A, [BAT], [["october 1, 2027"]], ""),
    ("does the ndaa battery ban stop regular people from buying byd or catl batteries", A, [BAT], [["commercial purchases", "procurement rule"]],
     "No: procurement rule for DoD only."),
    ("can my transit agency use fta money to buy byd buses", A, [BUS], [["december 20, 2021"]],
     "No for contracts from Dec 20, 2021 (Section 7613)."),
    ("can we keep running the byd buses we already own", A, [BUS], [["stay in service"]], ""),
    ("when did floridas chinese land law sb 264 take effect", A, [FL1, FL2], [["july 1, 2023"]], ""),
    ("when does the texas land ban sb 17 take effect", A, [TX2], [["september 1, 2025"]], ""),
    ("can a chinese student living legally in texas still buy a home under sb 17", A, [TX2], [["primary residence"]], ""),
    ("does texas sb 17 apply to green card holders", A, [TX2], [["lawful permanent residents"]], "Exempt."),
    ("is my new phone still legal if it was tested at one of the labs the fcc is going after", A, [FC2], [["keep their approvals"]], ""),
    ("does the fcc bad labs action ban products made in china", A, [FC2], [["does not ban"]], ""),
    # ---------------- answerable: why / who / how many / how much ----------------
    ("what did nso say after being put on the entity list", A, [NSO21], [["dismayed"]], ""),
    ("why was cytrox added to the entity list", A, [INT23], [["cyber exploits"]], ""),
    ("who founded intellexa", A, [INT23, INT24M, INT25], [["dilian"]], ""),
    ("who was sanctioned in the first intellexa action", A, [INT24M], [["dilian"], ["hamou"]], ""),
    ("how many people and companies did ofac sanction in the march 2024 intellexa action", A, [INT24M], [["two individuals"], ["five entities"]], ""),
    ("what does thalestris limited do", A, [INT24M], [["distribution rights"]], ""),
    ("how does predator infect phones", A, [INT24M, INT25], [["zero-click"]], ""),
    ("what did brian nelson say about the spyware sanctions", A, [INT24M], [["tangible step"]], ""),
    ("did the intellexa sanctions name any government that bought predator", A, [INT24M], [["no government customer"]], ""),
    ("who got added to the intellexa sanctions in sept 2024", A, [INT24S], [["harpaz"], ["gambazzi"]], ""),
    ("what is aliada group and why was it sanctioned", A, [INT24S], [["british virgin islands"], ["tens of millions"]], ""),
    ("how many people and companies had ofac sanctioned over intellexa after the second round", A, [INT24S],
     [["seven people"]], "As of Sept 2024."),
    ("why did treasury take hamou gambazzi and harpaz off the sdn list", A, [INT25], [["petition request for reconsideration", "separate themselves"]], ""),
    ("what nationality is andrea gambazzi", A, [INT25], [["swiss"]], ""),
    ("how much did the jury award whatsapp in punitive damages against nso", A, [WAJ, WAC], [["167.25 million"]], "The jury figure; later cut (see temporal rows)."),
    ("how many whatsapp users did nso hack in 2019", A, [WAJ, WAC], [["1,400"]], ""),
    ("which judge handeled whatsapp v nso", A, [WAJ, WAC], [["phyllis hamilton"]], ""),
    ("what laws did the judge find nso broke", A, [WAJ], [["computer fraud and abuse act"]], ""),
    ("why did the judge cut the nso punitive damages", A, [WAC], [["particularly egregious", "9-to-1"]], ""),
    ("how much money did nso lose in 2023 and 2024", A, [WAC], [["$9 million"], ["$12 million"]], ""),
    ("who is buying nso group", A, [WAC], [["american investors"]], ""),
    ("why was sichuan silence sanctiond", A, [SS], [["firewalls"]], ""),
    ("how many firewalls did guan tianfeng infect", A, [SS], [["81,000"]], ""),
    ("whats the reward for info on guan tianfeng", A, [SS], [["$10 million"]], ""),
    ("who are sichuan silences main customers", A, [SS], [["intelligence services"]], ""),
    ("what hacking group is integrity tech linked too", A, [IT], [["flax typhoon"]], ""),
    ("how big was the raptor train botnet", A, [IT], [["260,000"]], ""),
    ("what is integrity techs name in chinese", A, [IT], [["yongxin zhicheng"]], ""),
    ("which chinese company got sanctioned over salt typhoon", A, [FOR], [["juxinhe"]], ""),
    ("are sichuan silence and sichuan juxinhe the same company", A, [FOR], [["unrelated"]], ""),
    ("is there an official list of all chinese cyber companies we must avoid", A, [FOR], [["no such blanket list", "not itself sanctionable"]], ""),
    ("how much money has huione launderd", A, [HUP, HUF], [["$4 billion"]], ""),
    ("how much stolen north korean crypto went through huione", A, [HUP, HUF], [["$37 million"]], ""),
    ("what businesses make up huione group", A, [HUP, HUF], [["huione pay"], ["haowang guarantee", "huione crypto"]], ""),
    ("what did ofac say funnull did", A, [HUF], [["ip addresses"]], "Funnull appears only in the Huione final-rule summary."),
    ("how many people and entities were sanctioned in the prince group action", A, [PG], [["146"]], ""),
    ("how many bitcoin is the us trying to forfeit in the chen zhi case", A, [PG, CZ], [["127,271"]], ""),
    ("what is chen zhi charged with in brooklyn", A, [PG, CZ], [["wire fraud conspiracy"]], ""),
    ("did britain also sanction the prince group", A, [PG], [["foreign, commonwealth and development office", "united kingdom"]], ""),
    ("what happened to prince bank", A, [CZ], [["liquidation"]], ""),
    ("who else was arrested with chen zhi", A, [CZ], [["xu ji liang"], ["shao ji hui"]], ""),
    ("does the us have an extradition treaty with china", A, [CZ], [["no extradition treaty"]], ""),
    ("why did fincen go after cibanco intercam and vector", A, [MX1], [["fentanyl"]], ""),
    ("what law did fincen use for the mexican bank orders", A, [MX1, MX2], [["fend off fentanyl act"]], ""),
    ("which cartels are named in the fincen orders on mexican banks", A, [MX1], [["sinaloa"], ["gulf cartel", "cjng"]], ""),
    ("are cibanco and intercam on the sdn list", A, [MX1], [["not on the sdn list"]], ""),
    ("whats the penalty if a us bank keeps wiring money to intercam", A, [MX1], [["twice the amount"]], ""),
    ("why did fincen give the mexican banks more time", A, [MX2], [["temporary management"]], ""),
    ("is cibanco challenging the fincen order in court", A, [MX2], [["district of columbia"]], ""),
    ("what does xiamen limbach make for the garpiya drone", A, [LIM], [["l550e"]], ""),
    ("what makes the limbach and redlepus sanctions a first", A, [LIM], [["complete weapons systems"]], ""),
    ("under which executive order were the chinese drone companies sanctioned", A, [LIM], [["14024"]], ""),
    ("why were arrow electronics china units put on the entity list", A, [AR1, AR2], [["houthis"]], ""),
    ("how many entities were in the oct 8 2025 entity list rule", A, [AR1, AR2], [["26 entities"]], ""),
    ("is arrow electronics (hong kong) co ltd actually part of arrow", A, [AR2], [["not actually affiliated", "copycat"]], ""),
    ("which six chinese battery makers are in the pentagon ban", A, [BAT], [["catl"], ["gotion", "hithium", "eve energy", "envision energy"]], ""),
    ("who pushed the ndaa battery ban amendment", A, [BAT], [["austin scott"]], ""),
    ("is the dhs battery ban law yet", A, [BAT], [["not law"]], "Only introduced (H.R. 8631) as of July 2024."),
    ("which transit system had no grace period under section 7613", A, [BUS], [["washington metropolitan area transit authority", "wmata"]], ""),
    ("where is byds us bus factory", A, [BUS], [["lancaster, california"]], ""),
    ("does section 7613 cover private bus fleets", A, [BUS], [["private fleets"]], "Not covered."),
    ("which countries does floridas sb 264 cover besides china", A, [FL2], [["russia"], ["cuba", "venezuela", "syria"]], ""),
    ("who is the judge that refused to block floridas land law in 2023", A, [FL1, FL2], [["allen winsor"]], ""),
    ("what did judge abudu say about the florida land law", A, [FL1], [["blatantly violates"]], ""),
    ("what is the exception in floridas chinese land purchase ban", A, [FL2], [["two acres"]], ""),
    ("can chinese owners who bought florida property before july 2023 keep it", A, [FL2], [["must register it"]], ""),
    ("what does the texas lone star infrastructure protection act do", A, [TX1], [["critical infrastructure"]], ""),
    ("why did texas pass sb 2116", A, [TX1], [["blue hills wind", "laughlin air force base"]], ""),
    ("can i still put chinese solar panels on my roof in texas after the grid law", A, [TX1], [["bans products", "not touched"]], ""),
    ("what is the penalty for breaking texas sb 17", A, [TX2], [["state jail felony"]], ""),
    ("which countries does texas sb 17 cover", A, [TX2], [["china, russia, iran and north korea"]], ""),
    ("what are the fcc bad labs rules", A, [FC1], [["foreign adversar"]], ""),
    ("how much of us electronics gets tested in china", A, [FC1], [["75%"]], ""),
    ("which chinese labs is the fcc trying to derecognize", A, [FC2], [["caict", "china academy of information and communications technology"], ["ul-ccic", "cvc testing"]], ""),
    # answers that live in the distractor articles themselves
    ("how much did byd raise in its hong kong share sale", A, [BYP], [["5.59 billion", "43.5 billion"]], ""),
    ("how fast does byds new flash charging charge", A, [BYL], [["400"]], "400 km in five minutes."),
    ("what were arrows third quarter 2025 sales", A, [ARQ], [["7.71 billion"]], ""),
    ("who is arrows interim ceo", A, [ARQ], [["bill austen"]], ""),

    # ---------------- temporal: newest source wins ----------------
    ("how much does nso have to pay whatsapp now", T, [WAC], [["$4 million"]],
     "Jury (May 2025) $167m; judge cut punitive to ~$4m on Oct 17, 2025."),
    ("is nso still on the hook for the 167 million", T, [WAC], [["$4 million"]], "No: reduced to about $4m."),
    ("can nso keep targeting whatsapp users", T, [WAC], [["permanent injunction"]],
     "May article: injunction not yet; Oct 2025: permanent injunction."),
    ("is sara hamou still sanctioned by the us", T, [INT25], [["removed"]], "Designated Mar 2024, removed Dec 30, 2025."),
    ("is merom harpaz on the sdn list", T, [INT25], [["removed"]], "Added Sept 2024, removed Dec 30, 2025."),
    ("can a us company hire andrea gambazzi now", T, [INT25], [["may now deal"]], "Sanctioned Sept 2024; delisted Dec 2025."),
    ("are the intellexa executives sanctioned in 2024 still on the sdn list", T, [INT25], [["removed"], ["dilian"]],
     "Mar/Sept 2024: 7 people designated; Dec 30, 2025: Hamou, Gambazzi, Harpaz removed, Dilian stays."),
    ("is huione groups cutoff from us banks final or just proposed", T, [HUF], [["final rule"]], "Proposed May 1, 2025; final Oct 14/16, 2025."),
    ("when does the huione rule take effect", T, [HUF], [["november 17, 2025"]], "Proposal had no effective date; final rule effective Nov 17, 2025."),
    ("can us banks still keep correspondent accounts for huione", T, [HUF], [["november 17, 2025"]], "Not after Nov 17, 2025."),
    ("when do us banks have to stop sending money to cibanco", T, [MX2], [["october 20, 2025"]], "June: July 21; July 9: Sept 4; Aug 19: Oct 20."),
    ("do the fincen orders on intercam kick in on july 21", T, [MX2], [["october 20"]], "No: extended twice, now Oct 20, 2025."),
    ("whats the compliance deadline for the vector casa de bolsa order", T, [MX2], [["october 20, 2025"]], ""),
    ("are arrows china units still on the entity list", T, [AR2], [["reversing", "being removed"]], "Listed Oct 8, 2025; reversal announced Oct 18."),
    ("can i still by parts from arrow china", T, [AR2], [["resume shipping"]], ""),
    ("do i need a license to ship us parts to arrow (china) electronics trading", T, [AR2], [["prior to october 8", "resume shipping"]], ""),
    ("where is chen zhi now", T, [CZ], [["extradited to china"]], "Oct 2025: at large; Jan 2026: extradited to China."),
    ("is chen zhi still on the run", T, [CZ], [["arrested"]], ""),
    ("is chen zhi a cambodian citizen", T, [CZ], [["stripped"]], "PG (Oct 2025) called him a UK and Cambodian national."),
    ("are yifan shen and zhiming xu still protected from floridas land law", T, [FL2], [["no longer protects"]], "Feb 2024 injunction; gone after Nov 4, 2025 ruling."),
    ("is floridas chinese land law blocked by the courts rn", T, [FL2], [["fully enforceable", "no plaintiff is now shielded"]], ""),
    ("can chinese companies buy land in texas", T, [TX2], [["september 1, 2025"]], "2021 blog: nothing stops land purchases; SB 17 bans them from Sept 1, 2025."),
    ("does texas law stop buyers from china from purchasing land", T, [TX2], [["may not acquire", "september 1, 2025"]], ""),
    ("has the fcc pulled any chinese labs under the bad labs rule yet", T, [FC2], [["seven"]], "May 2025: no lab yet; Sept 8, 2025: seven."),
    ("how many chinese cybersecurity companies has treasury sanctioned since december", T, [FOR], [["third", "three"]],
     "Integrity Tech article (Jan 4): second; forum (Jan 18): third (Juxinhe)."),

    # ---------------- distractors ----------------
    ("is byd banned from selling in the us", D, [BUS, BAT], [["does not put byd", "does not bar them"]],
     "Placement and product-launch articles name BYD but say nothing on lists."),
    ("can the pentagon buy byd batteries", D, [BAT], [["october 1, 2027"]], "Until Oct 1, 2027 yes; launch article talks about Blade batteries."),
    ("does byds new flash charge blade battery fall under the pentagon battery ban", D, [BAT], [["october 1, 2027"]],
     "Ban covers batteries produced by BYD from Oct 2027; the launch article is silent on it."),
    ("does byds hong kong listing put it on a us sanctions list", D, [BUS], [["does not put byd"]],
     "'Listing' trap: the placement article is about Hong Kong-listed shares."),
    ("did byd stock drop because of us sanctions", D, [BYP], [["discount"]], "It fell because of the placement discount."),
    ("is arrow electronics on the us entity list", D, [AR2], [["reversing", "resume shipping"]],
     "The Q3 earnings article (newest on Arrow) says nothing; parent never listed, units listed then reversed."),
    ("when were arrows china units blacklisted", D, [AR1, AR2], [["october 8"]], "Q3 earnings article is a distractor."),
    ("what did arrow say when its china units were put on the entity list", D, [AR1], [["complies with all laws"]], ""),
    ("why did commerce blacklist nso in 2021", D, [NSO21], [["spyware to foreign governments"]],
     "The court articles mention the listing but not the reason."),
    ("did the us sanction vector casa de bolsa", D, [MX1], [["not on the sdn list"]],
     "Word trap: Redlepus Vector / TSK Vektor in the drone article were sanctioned; Vector Casa de Bolsa got a FinCEN order, not SDN."),
    ("what happened to redlepus vector", D, [LIM], [["october 17, 2024"]], "Trap with Vector Casa de Bolsa."),
    ("was guan tianfeng arrested and extradited", D, [SS], [["believed to be in china"]], "The Chen Zhi extradition article matches the words."),
    ("is intellexa still on the entity list", D, [INT25, INT23], [["unaffected", "july 18, 2023"]],
     "Treasury SDN articles talk about intellexa sanctions but not Commerce status."),
    ("which chinese labs did the fcc go after under the bad labs rule", D, [FC2], [["caict", "cvc testing"]],
     "The May article describes the rule but names no lab."),
    ("did apple win its lawsuit against nso", D, [INT24S], [["dismiss"]], "WhatsApp lawsuit articles match the words."),

    # ---------------- unanswerable ----------------
    ("who is the ceo of nso group", U, [], [], "Only a spokesperson and an unnamed CEO appear."),
    ("who runs candiru", U, [], [], ""),
    ("did canada sanction intellexa", U, [], [], "Other country's list."),
    ("did the eu put nso group on a sanctions list", U, [], [], ""),
    ("how much revenue does nso make a year", U, [], [], "Only losses are given."),
    ("when will the ninth circuit rule on the nso appeal", U, [], [], "After newest article."),
    ("has nso actually paid whatsapp yet", U, [], [], ""),
    ("how much are the american investors paying for nso", U, [], [], ""),
    ("what nationality is sara hamou", U, [], [], "Nationality given only for Gambazzi and Harpaz."),
    ("how much does a predator spyware license cost", U, [], [], "Price never given."),
    ("who is the researcher that criticized the intellexa delisting", U, [], [], "Unnamed."),
    ("did congress investigate the intellexa delistings", U, [], [], "After newest article."),
    ("is sichuan silence on the pentagon 1260h list", U, [], [], "Only SDN listing reported."),
    ("what was the name of the energy company hit by guans firewall attack", U, [], [], "Not named."),
    ("how much was sichuan silence paid by chinese intelligence", U, [], [], ""),
    ("who is the chairman of integrity technology group", U, [], [], "Chairman mentioned, not named."),
    ("did the uk sanction sichuan juxinhe", U, [], [], ""),
    ("is yin kecheng in us custody", U, [], [], ""),
    ("who owns huione group", U, [], [], ""),
    ("how many comments did fincen get on the huione proposal", U, [], [], ""),
    ("did cambodia revoke huione pays license", U, [], [], ""),
    ("did the uk cut huione off from its banks", U, [], [], "Other country."),
    ("when will chen zhi go on trial in china", U, [], [], "After newest article."),
    ("how much is chen zhi personally worth", U, [], [], ""),
    ("did thailand sanction the prince group", U, [], [], "Other country."),
    ("what happens to the 127,271 bitcoin once the forfeiture case ends", U, [], [], ""),
    ("who is the ceo of cibanco", U, [], [], ""),
    ("did cibanco win its lawsuit against fincen", U, [], [], "After newest article."),
    ("did fincen push the mexican bank deadline past october 20", U, [], [], "After newest article."),
    ("did ireland sanction thalestris limited", U, [], [], "Thalestris is only based in Ireland."),
    ("how many garpiya drones has limbach supplied to russia", U, [], [], ""),
    ("is redlepus on the commerce entity list", U, [], [], "Only SDN reported."),
    ("how much revenue goes through arrows china units", U, [], [], "Arrow did not say."),
    ("did the entity list episode hurt arrows q3 results", U, [], [], "Earnings article silent."),
    ("on what date was the arrow removal published in the federal register", U, [], [], "Only 'soon'."),
    ("who is arrows chief financial officer", U, [], [], ""),
    ("is envision energy on the pentagon 1260h list", U, [], [], ""),
    ("how many catl batteries does the pentagon buy every year", U, [], [], ""),
    ("did the british virgin islands sanction aliada group", U, [], [], "Aliada is only registered in the BVI; the sanction is American."),
    ("how many byd buses run in us transit fleets", U, [], [], ""),
    ("when will byd sell the han l in europe", U, [], [], ""),
    ("did the supreme court take the florida chinese land case", U, [], [], ""),
    ("how many chinese citizens own land in florida", U, [], [], ""),
    ("has anyone sued texas over sb 17", U, [], [], "Only criticism reported."),
    ("what did sun guangxin say about the texas grid law", U, [], [], ""),
    ("did the fcc finish pulling ul-ccics recognition", U, [], [], "Only proceedings begun."),
    ("what fine does the fcc charge for using a bad lab", U, [], [], ""),
    ("when did the fcc put huawei on the covered list", U, [], [], "Covered List mentioned, no date."),
    ("is dji on the fcc covered list", U, [], [], "Not in this corpus."),
    ("is hikvision on the ns-cmic list", U, [], [], "Not in this corpus."),
]


def main():
    out = os.path.join(os.path.dirname(__file__), "..", "qa.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, (q, kind, src, mm, notes) in enumerate(ROWS, 1):
            fh.write(json.dumps({"id": f"f-{i:03d}", "question": q, "kind": kind, "expected_sources": src,
                                 "must_mention": mm, "notes": notes}, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(r[1] for r in ROWS)
    print(len(ROWS), dict(c))


if __name__ == "__main__":
    main()
