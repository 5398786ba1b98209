#!/usr/bin/env python3
"""Source of qa.jsonl for blind set qa-I. Run: python3 tools/make_qa.py"""
import json, os

F = {
 "veu23": "i-samsung-sk-hynix-veu-indefinite-oct-2023.txt",
 "veu25": "i-samsung-sk-hynix-lose-veu-sep-2025.md",
 "tsmc": "i-tsmc-nanjing-veu-revoked-sep-2025.txt",
 "vforum": "i-veu-revocation-forum-thread-sep-2025.html",
 "annual": "i-samsung-sk-hynix-annual-licences-dec-2025.html",
 "hynixq3": "i-sk-hynix-q3-2025-record-profit.txt",
 "wing": "i-wingtech-entity-list-dec-2024.md",
 "nexoct": "i-nexperia-dutch-takeover-oct-2025.html",
 "nexnov": "i-nexperia-order-suspended-nov-2025.txt",
 "nexfaq": "i-nexperia-supply-faq-nov-2025.html",
 "duv23": "i-dutch-duv-licence-rules-sep-2023.md",
 "asml24": "i-asml-licence-partly-revoked-jan-2024.txt",
 "duv24": "i-dutch-extend-licensing-1970i-1980i-sep-2024.html",
 "highna": "i-asml-high-na-first-system-intel-dec-2023.md",
 "metro": "i-dutch-metrology-controls-jan-2025.md",
 "japan": "i-japan-chip-tool-export-curbs-jul-2023.txt",
 "eu18": "i-eu-18th-package-nayara-chinese-banks-jul-2025.md",
 "eu19": "i-eu-19th-package-chinese-refiners-blog-oct-2025.html",
 "lith": "i-china-retaliates-lithuanian-banks-aug-2025.txt",
 "tag": "i-tagwirei-sakunda-sanctioned-aug-2020.md",
 "zim": "i-zimbabwe-program-ended-glomag-mar-2024.md",
 "zimregs": "i-zimbabwe-sanctions-regulations-removed-apr-2024.html",
 "pak23": "i-chinese-firms-pakistan-missile-oct-2023.txt",
 "pak24": "i-briambi-pakistan-missile-sanctions-sep-2024.md",
 "ndc": "i-pakistan-ndc-sanctioned-dec-2024.html",
 "xj": "i-xinjiang-polysilicon-entity-list-jun-2021.html",
 "daqo": "i-daqo-shares-forum-thread.txt",
 "baai": "i-baai-entity-list-mar-2025.md",
 "quant": "i-quantum-entity-list-nov-2021.txt",
 "emu3": "i-baai-emu3-model-release-sep-2024.html",
}

Q = []
def q(question, kind, srcs, mm, notes):
    Q.append(dict(question=question, kind=kind, expected_sources=[F[s] for s in srcs], must_mention=mm, notes=notes))
A, T, D, U = "answerable", "temporal", "distractor", "unanswerable"
def u(question, notes):
    Q.append(dict(question=question, kind=U, expected_sources=[], must_mention=[], notes=notes))

# ---------------- Samsung / SK Hynix / TSMC VEU ----------------
q("when did samsung and sk hynix first get the VEU status for their china fabs", A, ["veu23", "veu25"], [["october 2023", "October 9, 2023"]], "Announced by Seoul on Oct 9, 2023 (VEU replaced the one-year waivers of Oct 2022).")
q("who in the korean govt anounced the VEU thing in 2023?", A, ["veu23"], [["Choi Sang-mok"]], "Choi Sang-mok, senior presidential secretary for economic affairs.")
q("what does VEU actually mean for a fab", A, ["veu23", "vforum"], [["general authorisation", "case-by-case", "privilege, not a listing"]], "Validated End-User: pre-approved facilities receive listed US items under a general authorisation instead of individual licences.")
q("which samsung plant in china makes nand", A, ["veu23", "veu25", "annual"], [["Xi'an"]], "Samsung makes NAND in Xi'an.")
q("where are sk hynix's china fabs", A, ["veu23", "veu25", "annual"], [["Wuxi"], ["Dalian"]], "DRAM in Wuxi, NAND in Dalian (ex-Intel plant).")
q("which three entities did BIS pull off the VEU list in aug 2025?", A, ["veu25", "vforum"], [["Samsung China Semiconductor"], ["SK hynix Semiconductor (China)"], ["Intel Semiconductor (Dalian)"]], "Announced Aug 29, 2025; published Sept 2.")
q("when does the VEU revocation for samsung/hynix kick in", A, ["veu25", "vforum", "annual"], [["December 31, 2025", "Dec 31"]], "Effective 120 days after Sept 2 publication: Dec 31, 2025.")
q("why did commerce revoke the korean chipmakers' waivers", A, ["veu25"], [["loophole", "too generous"]], "BIS called it closing a loophole: foreign-owned fabs in China should need licences like Chinese chipmakers; the administration said the earlier arrangements were too generous.")
q("will BIS let samsung expand its china fabs under the new licences?", A, ["veu25", "annual"], [["not applications that would let them expand", "not an expansion of capacity"]], "No: BIS intends to license continued operation, not capacity expansion or technology upgrades.")
q("did the VEU revocation put samsung or sk hynix on the entity list?", A, ["veu25", "vforum"], [["does not put Samsung or SK Hynix on the Entity List", "None of these fabs is on the Entity List"]], "No; losing VEU is not a listing.")
q("what did south korea's trade ministry say after the VEU revocation", A, ["veu25"], [["minimise the impact"]], "It would work with Washington to minimise the impact and keep operations stable.")
q("which US toolmakers will need licences to ship to the korean fabs in china after dec 31", A, ["veu25"], [["Applied Materials"], ["Lam Research", "KLA"]], "Suppliers such as Applied Materials, Lam Research and KLA.")
q("when did tsmc say its nanjing fab loses VEU", A, ["tsmc", "vforum"], [["December 31, 2025", "Dec 31"]], "TSMC disclosed (Sept 2-3, 2025) its Nanjing VEU would be revoked effective Dec 31, 2025.")
q("what process nodes does tsmc nanjing run", A, ["tsmc"], [["16-nanometre"]], "16nm and older.")
q("what did tsmc say it would do about losing the nanjing waiver", A, ["tsmc"], [["communicating with the US government", "uninterrupted operation"]], "Evaluating, taking measures including communicating with the US government; committed to uninterrupted operation.")
q("so is TSMC blacklisted now bc of the nanjing thing?", A, ["tsmc", "vforum"], [["not a listing", "Just lost the waiver"]], "No. Losing VEU is not a listing.")
q("what did the fab equipment forum folks advise field service engineers to do before december", A, ["vforum"], [["stockpile consumables", "ship what you can"]], "Ship under the old authorisation while it lasts; stockpile consumables before December.")
q("do japanese parts with no us content need a license for the samsung/hynix china fabs after VEU ends", A, ["vforum"], [["Only if the item is subject to the EAR", "generally is not"]], "Only if subject to the EAR; a purely Japanese item without controlled US content generally is not.")
q("how does the new annual licence system for chip tools to china work", A, ["annual"], [["yearly plan", "single licence covering the year"]], "Companies submit a yearly plan; Washington reviews it for one licence covering the year.")
q("does samsung's 2026 licence allow EUV tools for xi'an?", A, ["annual"], [["extreme ultraviolet", "remain off limits"]], "No, EUV remains off limits.")
q("why do memory prices matter in the samsung / hynix licence story", A, ["annual"], [["AI data centres", "push prices higher"]], "Prices rose on AI data-centre demand; disruption at the China fabs could push prices higher.")
q("sk hynix q3 2025 operating profit?", A, ["hynixq3"], [["11.38 trillion won"]], "11.38 trillion won, first quarter above 10 trillion.")
q("who is sk hynix's main HBM customer", A, ["hynixq3"], [["Nvidia"]], "Nvidia.")
q("is sk hynix's hbm for 2026 sold out", A, ["hynixq3"], [["sold out"]], "Yes, next year's capacity effectively sold out.")
q("what percent of samsung nand is made in china roughly", A, ["veu23", "veu25"], [["40 percent"]], "Analysts estimate roughly 40% (a third to 40%).")

q("do samsung's china fabs still have the no-expiry VEU waiver?", T, ["veu25", "annual"], [["revoked"]], "Older (Oct 2023) article: VEU with no fixed end date. Newer: revoked effective Dec 31, 2025; replaced by an annual licence for 2026.")
q("when does sk hynix's china exemption expire?", T, ["veu25", "annual", "vforum"], [["December 31, 2025", "Dec 31"]], "Oct 2023 article: no fixed end date. Sept 2025: VEU ends Dec 31, 2025.")
q("can samsung and sk hynix still get us chip tools into their china plants in 2026?", T, ["annual"], [["annual licences", "annual licence"], ["2026"]], "Yes: annual licences for 2026 granted (Dec 2025), for maintenance/existing lines, not expansion.")
q("is the annual license thing for the korean chipmakers real or just a rumor?", T, ["annual"], [["annual licences", "annual approval system"]], "Sept 2025 forum called it a rumour; Dec 31, 2025 article: licences granted under an annual approval system.")
q("is sk hynix's dalian plant still covered by a waiver", T, ["veu25", "annual"], [["Intel Semiconductor (Dalian)", "Dalian"]], "2023: Dalian covered by VEU. 2025: Intel Semiconductor (Dalian) removed from VEU list from Dec 31, 2025; annual licence for 2026 granted to SK Hynix.")
q("was tsmc included in the august 2025 VEU revocation?", T, ["tsmc", "vforum"], [["Nanjing"], ["December 31, 2025", "Dec 31"]], "The Aug 29 notice did not name TSMC (older md); TSMC then disclosed its Nanjing VEU will be revoked effective Dec 31, 2025.")

q("are sk hynix's wuxi and dalian fabs allowed to get american equipment in 2026?", D, ["annual"], [["2026"], ["annual"]], "The Q3 earnings article names Wuxi/Dalian and says plants operate normally but says nothing about licences. Answer: annual licences for 2026.")
q("what did sk hynix say about us export rules for its china plants in its q3 results?", D, ["hynixq3"], [["did not comment on US trade policy"]], "Earnings article: plants operating normally; it did not comment on US trade policy. Distractor pull: VEU articles.")
q("what happened to intel's dalian plant's export waiver?", D, ["veu25", "vforum"], [["Intel Semiconductor (Dalian)"]], "The High-NA article names Intel (ASML shipment) but not Dalian. Answer: removed from VEU list effective Dec 31, 2025 (now SK Hynix's plant).")
q("did samsung lose its us waiver for china?", D, ["veu25", "annual"], [["revoked", "revocation"]], "Earnings article mentions Samsung HBM; answer is VEU revoked effective Dec 31, 2025.")

u("did tsmc get an annual licence for nanjing for 2026 like samsung did?", "The Dec 31 article says TSMC did not immediately respond; corpus doesn't say.")
u("what % of tsmc revenue comes from the nanjing fab", "Only 'a small share' is stated.")
u("will samsung's annual china licence be renewed for 2027?", "Future event; not stated.")
u("how many tool shipments did bis approve under samsung's 2026 licence", "Not stated.")
u("is samsung on the pentagon 1260h list", "Not in corpus.")
u("what was sk hynix's q4 2025 profit", "Only Q3 2025 results are in the corpus.")
u("did korea put its own export controls on chip tools to china?", "Not in corpus.")

# ---------------- Nexperia / Wingtech ----------------
q("when was wingtech put on the entity list", A, ["wing", "nexfaq"], [["December 2, 2024"]], "Dec 2, 2024, in a 140-entity package.")
q("why did commerce list wingtech", A, ["wing"], [["acquire entities with sensitive semiconductor manufacturing capabilities"]], "Helping the Chinese government acquire entities with sensitive semiconductor manufacturing capabilities abroad.")
q("how many entities were in the december 2024 entity list package with wingtech", A, ["wing"], [["140"]], "140 entities.")
q("what happened to wingtech stock after the entity listing", A, ["wing"], [["10 percent daily limit"]], "Fell by the 10% daily limit.")
q("who bought newport wafer fab from nexperia", A, ["wing"], [["Vishay"]], "Vishay Intertechnology, after the UK ordered Nexperia to sell in 2022.")
q("what kind of chips does nexperia make", A, ["wing"], [["discrete chips", "diodes and transistors"]], "Discrete chips such as diodes and transistors used in cars and devices.")
q("who is nexperia's ceo / wingtech founder", A, ["wing", "nexoct"], [["Zhang Xuezheng"]], "Zhang Xuezheng.")
q("what law did the dutch use to take control of nexperia", A, ["nexoct", "nexnov", "nexfaq"], [["Goods Availability Act"]], "Goods Availability Act (Cold War-era).")
q("when did the dutch minister sign the nexperia order and when was it made public", A, ["nexoct", "nexnov"], [["September 30"], ["October 12"]], "Signed Sept 30, 2025; made public Oct 12, 2025.")
q("which dutch minister is behind the nexperia intervention", A, ["nexoct", "nexnov", "nexfaq"], [["Karremans"]], "Economic Affairs Minister Vincent Karremans.")
q("what did the amsterdam enterprise chamber do to nexperia's ceo", A, ["nexoct", "nexnov", "nexfaq"], [["suspended"]], "Oct 7, 2025: suspended Zhang Xuezheng as CEO and put Wingtech's shares under an administrator.")
q("why did the dutch say they intervened in nexperia", A, ["nexoct"], [["governance shortcomings"]], "Serious governance shortcomings threatening continuity of crucial technological knowledge in NL/Europe.")
q("how did china retaliate over nexpiria", A, ["nexoct", "nexnov", "nexfaq"], [["October 4"]], "On Oct 4, 2025 China barred exports of finished products from Nexperia's Chinese unit.")
q("why would a china export ban on nexperia hurt european carmakers so fast", A, ["nexoct"], [["Dongguan"]], "Most chips are made in Europe but packaged in Dongguan, China.")
q("how did the affiliates rule catch nexperia", A, ["nexoct", "nexfaq"], [["50 percent"]], "From Sept 29, 2025 it extended Entity List restrictions to companies 50%+ owned by listed parties; Nexperia is wholly owned by Wingtech.")
q("what did wingtech call the dutch action", A, ["nexoct"], [["excessive interference"]], "Excessive interference driven by geopolitical bias.")
q("what event helped unlock nexperia chip exports from china", A, ["nexnov"], [["October 30"]], "The Trump-Xi meeting in South Korea on Oct 30, 2025, after which Beijing granted exemptions for civilian use.")
q("can we still buy nexperia parts from the us side, is it banned for customers?", A, ["nexfaq", "wing"], [["not directly barred", "ever banned customers"]], "Yes; the Entity List restricts exports to the listed company, not purchases by customers.")
q("why is nexperia china fighting with nexperia HQ", A, ["nexfaq", "nexnov"], [["independent"]], "The Chinese unit declared itself independent of Dutch management; HQ stopped wafer shipments; control of Dongguan unresolved.")
q("could the dutch nexperia order come back?", A, ["nexfaq", "nexnov"], [["reactivated", "reinstate"]], "Yes; suspended, not withdrawn.")
q("what did wingtech want after the dutch suspended the order", A, ["nexnov"], [["withdraw the order fully"]], "It called on The Hague to withdraw the order fully.")

q("is the dutch government still running nexperia?", T, ["nexnov", "nexfaq"], [["suspend"]], "Oct 13 article: control for up to a year. Newer: order suspended Nov 19, 2025 (court ruling remains).")
q("is nexperia covered by entity list restrictions right now", T, ["nexfaq"], [["November 10, 2025", "suspended that rule"]], "Dec 2024: not named. Oct 2025: covered via Affiliates Rule. Nov 2025: rule suspended from Nov 10, 2025 to Nov 9, 2026, so restrictions don't reach Nexperia now; Wingtech still listed.")
q("is china still blocking nexperia chip exports", T, ["nexnov", "nexfaq"], [["exemptions"]], "Banned Oct 4; exemptions for civilian use from early November; shipments resuming.")
q("when did the netherlands suspend the nexperia order", T, ["nexnov", "nexfaq"], [["November 19"]], "Nov 19, 2025.")
q("does the affiliates rule apply to nexperia as of late nov 2025", T, ["nexfaq", "nexnov"], [["November 10"]], "Suspended for one year from Nov 10, 2025.")
q("is zhang xuezheng back as nexperia ceo after the dutch backed off?", T, ["nexnov", "nexfaq"], [["remains suspended", "remains in place"]], "No. The ministerial order was suspended but the Enterprise Chamber ruling stands; Zhang remains suspended.")
q("does the wingtech entity listing affect nexperia's own purchases of us parts", T, ["nexfaq"], [["do not reach Nexperia"]], "Dec 2024: listing stopped at Wingtech. Sept 29: Affiliates Rule covered Nexperia. Nov 2025: rule suspended, restrictions do not reach Nexperia for now.")

q("why did the dutch government step into nexperia?", D, ["nexoct"], [["governance shortcomings"]], "The Dec 2024 Wingtech article names Nexperia but predates the intervention; answer from Oct 2025 article.")
q("is wingtech still on the entity list after the nexperia deal with china?", D, ["nexnov", "nexfaq"], [["remains on the US Entity List", "has been on the Entity List since December 2, 2024"]], "Yes. The suspension articles say Wingtech remains listed; the affiliates-rule suspension only affects subsidiaries.")

u("how much did wingtech pay for nexperia", "Not stated.")
u("when is the full enterprise chamber hearing on nexperia", "Only 'pending' is stated.")
u("what happens to the affiliates rule after november 2026?", "FAQ says unknown; not answered.")
u("did volkswagen stop production because of the nexperia chip shortage", "Corpus says carmakers warned of stoppages; no VW specifics.")
u("is nexperia on the fcc covered list", "Not in corpus.")
u("when does china's nexperia export exemption expire", "Not stated.")

# ---------------- ASML / Dutch / Japan ----------------
q("from when do dutch rules require asml to get a licence for advanced DUV to china", A, ["duv23", "asml24", "duv24"], [["September 1, 2023"]], "Sept 1, 2023.")
q("which asml machines did the first dutch rules cover", A, ["duv23", "duv24"], [["NXT:2000i"]], "NXT:2000i and subsequent immersion systems.")
q("when were the dutch chip tool controls announced", A, ["duv23", "duv24"], [["June 30"]], "June 30, 2023.")
q("has asml ever shipped euv to china", A, ["duv23"], [["never been shipped to China"]], "No.")
q("did asml expect the sept 2023 dutch rules to hurt its 2023 numbers", A, ["duv23"], [["material effect"]], "No material effect expected on 2023 outlook.")
q("which asml models did the dutch partially revoke a licence for", A, ["asml24", "duv24"], [["NXT:2050i"], ["NXT:2100i"]], "NXT:2050i and NXT:2100i.")
q("when did asml disclose the licence revocation", A, ["asml24", "duv24"], [["January 1"]], "In a statement on Jan 1, 2024.")
q("why did the dutch pull part of asml's china licence?", A, ["asml24"], [["US government", "Washington had asked"]], "ASML had been in contact with the US government; people said Washington asked ASML to cancel some shipments.")
q("how big was china as a share of asml system sales in q3 2023", A, ["asml24"], [["almost half"]], "Almost half.")
q("since when does asml need a dutch license for the 1980i", A, ["duv24", "metro"], [["September 7, 2024"]], "Sept 7, 2024.")
q("why did the dutch take over licensing of the 1970i/1980i from the US", A, ["duv24"], [["technical adjustment", "amendment to US export rules"]], "Described as a technical adjustment aligning the framework; ASML said it followed an amendment to US rules.")
q("who was the dutch trade minister on the 2024 asml change", A, ["duv24", "metro"], [["Reinette Klever"]], "Reinette Klever.")
q("what did the dutch add to export controls in january 2025", A, ["metro"], [["measuring and inspection", "metrology and inspection"]], "Certain measuring and inspection (metrology) equipment plus related software/technology.")
q("when do the dutch metrology controls take effect", A, ["metro"], [["April 1, 2025"]], "April 1, 2025.")
q("what share of asml 2025 sales did it expect from china", A, ["metro"], [["20 percent"]], "Roughly 20%.")
q("how many types of chip equipment did japan restrict", A, ["japan", "duv23"], [["23"]], "23 types.")
q("when did japan's chipmaking tool export curbs take effect", A, ["japan", "duv23"], [["July 23"]], "July 23, 2023.")
q("do japan's chip equipment rules name china", A, ["japan"], [["do not name China"]], "No; Japan says they're not aimed at any particular country.")
q("what did china do in response to japan's chip tool controls", A, ["japan"], [["gallium and germanium"]], "Announced export licence requirements for gallium and germanium from Aug 1.")
q("how many friendly countries are exempt from japan's licence requirement", A, ["japan"], [["42"]], "42 friendly countries and regions.")
q("who got asml's first high-na euv machine", A, ["highna"], [["Intel"]], "Intel, Hillsboro, Oregon (Dec 2023).")
q("how much does a high-na euv system cost", A, ["highna"], [["300 million euros"]], "Analyst estimate: more than 300 million euros.")
q("is asml's high na tool shipped in one piece lol", A, ["highna"], [["250 crates"]], "No, about 250 crates.")

q("does asml need a dutch license to ship 1980i scanners to china?", T, ["duv24", "metro"], [["NXT:1980i", "1980i"]], "2023 md: not covered by Dutch rules (only US). Since Sept 7, 2024: Dutch licence required.")
q("can asml still deliver the 2050i and 2100i to china under its 2023 licence", T, ["asml24"], [["partially revoked", "partly revoked", "no longer valid"]], "Sept 2023: licences obtained for the rest of 2023. Jan 2024: licence partially revoked.")
q("are dutch chip export controls just about lithography machines?", T, ["metro"], [["measuring and inspection", "metrology"]], "Earlier rules covered DUV scanners; from April 1, 2025 metrology and inspection tools are covered too.")
q("which asml immersion scanners need a dutch licence now", T, ["duv24", "metro"], [["1970i"]], "From Sept 7, 2024 all immersion DUV from NXT:1970i up (2000i+ since Sept 2023).")

q("when did asml first need a government licence to ship duv to china?", D, ["duv23"], [["September 1, 2023"]], "The High-NA article talks about 'first' shipment to Intel; Japan article mentions Dutch rules 'from September 1'. Answer Sept 1, 2023 (Dutch licence for NXT:2000i+).")
q("did asml ship its first high-na system to a chinese fab?", D, ["highna"], [["Intel"]], "No; to Intel in Oregon. Export-control articles about ASML and China are the pull.")
q("what exactly do the dutch asml rules cover?", D, ["duv23", "duv24"], [["NXT:2000i"]], "Japan article only says Dutch rules are coming from Sept 1; answer from the Dutch articles.")
q("has japan revoked any tokyo electron licences", U if False else D, ["japan"], [["limited impact"]], "Japan article: Tokyo Electron expects only limited impact; nothing about revocations. Answer: the corpus only says TEL expected limited impact.") if False else None

u("which chinese customers had their asml 2050i shipments cancelled", "Not named; 'a small number of Chinese customers'.")
u("how many asml machines were affected by the january 2024 revocation", "Not stated.")
u("has the netherlands banned asml from servicing machines already in china", "Not in corpus.")
u("did japan revoke any tokyo electron export licences", "Not in corpus.")
u("what did asml report for q3 2024 china sales", "Results mentioned as due Oct 16, figures not given.")
u("does south korea or taiwan restrict chip tool exports to china too", "Not in corpus (Taiwan/Korea are only in Japan's friendly list).")

# ---------------- EU packages / Lithuania ----------------
q("when did the eu adopt the 18th sanctions package", A, ["eu18"], [["July 18, 2025"]], "July 18, 2025.")
q("why is nayara energy sanctioned by the eu", A, ["eu18"], [["Rosneft"]], "Rosneft owns 49.13%; listing targets Russian oil revenue via third countries.")
q("how much of nayara does rosneft own", A, ["eu18"], [["49.13 percent"]], "49.13%.")
q("which chinese banks did the eu sanction in july", A, ["eu18", "lith", "eu19"], [["Heihe Rural Commercial Bank", "Heihe"], ["Suifenhe"]], "Heihe and Suifenhe Rural Commercial Banks.")
q("what's the new eu price cap on russian crude", A, ["eu18"], [["$47.60"]], "$47.60 a barrel from Sept 3, 2025.")
q("can the chinese banks get off the eu list?", A, ["eu18"], [["six months"]], "Could be removed after six months if they stop supporting Russia's war effort.")
q("has the US sanctioned nayara?", A, ["eu18"], [["has not sanctioned Nayara"]], "As of July 2025, no; EU measure only.")
q("what did nayara say about the eu sanctions", A, ["eu18"], [["unjust"]], "Called it unjust; would pursue legal avenues; operations continue.")
q("when does the eu ban on fuels refined from russian crude in third countries start", A, ["eu18"], [["January 21, 2026"]], "Jan 21, 2026.")
q("Which Chinese refineries are in the EU 19th package?", A, ["eu19"], [["Liaoyang Petrochemical"], ["Shandong Yulong"]], "Liaoyang Petrochemical and Shandong Yulong Petrochemical (plus Chinaoil Hong Kong).")
q("what's chinaoil hong kong and why was it listed", A, ["eu19"], [["PetroChina"]], "Trading arm of PetroChina; significant buyer of Russian crude.")
q("when will the eu stop importing russian lng", A, ["eu19"], [["January 1, 2027"]], "Long-term contracts from Jan 1, 2027; short-term after six months.")
q("how many shadow fleet ships are on the eu list after the 19th package", A, ["eu19"], [["557"]], "557 (117 added).")
q("did the uk sanction yulong before the eu?", A, ["eu19"], [["October 15"]], "Yes, the UK sanctioned Yulong on Oct 15, 2025.")
q("how many chinese entities are in the 19th package", A, ["eu19"], [["12 entities in China"]], "12 in China and three in India.")
q("what crypto thing did the eu ban in the 19th package", A, ["eu19"], [["A7A5"]], "A7A5 stablecoin and several platforms.")
q("our singapore office buys from yulong, is that banned under eu rules?", A, ["eu19"], [["talk to counsel", "different question"]], "Blog reply: EU persons may not make funds available to Yulong; a non-EU group's Singapore office is a different question; talk to counsel.")
q("which lithuanian banks did china sanctoin", A, ["lith"], [["Urbo Bankas"], ["Mano Bankas"]], "UAB Urbo Bankas and Mano Bankas, Aug 13, 2025.")
q("why did china hit lithuanian banks", A, ["lith"], [["18th package", "Heihe"]], "Retaliation for the EU's July listing of Heihe and Suifenhe banks.")
q("does china's move against urbo bankas actually matter", A, ["lith"], [["symbolic", "no clients or operations in China"]], "Largely symbolic; Urbo has no clients or operations in China.")

q("can eu companies still buy oil from rosneft?", T, ["eu19"], [["full transaction ban"]], "July 2025: transaction ban with oil carve-outs. Oct 23, 2025: full transaction ban on Rosneft and Gazprom Neft (limited transit exemptions).")
q("has the eu sanctioned any chinese oil refineries?", T, ["eu19"], [["Liaoyang", "Yulong"]], "Aug 2025 article: EU listings of Chinese firms were mostly drone/dual-use plus the two banks. Oct 2025: first Chinese refineries listed.")
q("are heihe and suifenhe banks still on the eu list after the 19th package", T, ["eu19"], [["still listed"]], "Blog reply: listed in the 18th package and still listed; the 19th did not remove them.")
q("is gazprom neft still allowed to trade with eu firms", T, ["eu19"], [["Gazprom Neft"]], "Full transaction ban from the 19th package.")

q("what did the eu do to chinese banks?", D, ["eu18"], [["Heihe"], ["full transaction ban", "transaction ban"]], "The Lithuania article is about China sanctioning Lithuanian banks; answer from eu18: full transaction ban on Heihe and Suifenhe.")
q("which banks got sanctioned by china in the eu fight", D, ["lith"], [["Urbo Bankas"]], "eu18 is about EU-sanctioned Chinese banks; answer: Urbo Bankas and Mano Bankas.")

u("did the us sanction heihe rural commercial bank", "Lithuania article explicitly doesn't cover US lists; not in corpus.")
u("did the uk sanction nayara", "Not in corpus.")
u("what will the eu oil price cap be in 2026 after the review", "Not stated.")
u("were heihe and suifenhe delisted after 6 months", "Future/not stated.")
u("is liaoyang petrochemical on the us sdn list", "Not in corpus.")
u("did canada sanction chinese refiners for russian oil", "Other country, not in corpus.")
u("what is in the eu's 20th sanctions package", "Not in corpus.")

# ---------------- Zimbabwe ----------------
q("when was tagwirei sanctiond by the US??", A, ["tag", "zim"], [["August 5, 2020", "2020"]], "Aug 5, 2020 (Zimbabwe programme, EO 13469).")
q("why was sakunda holdings sanctioned", A, ["tag"], [["owned or controlled by"]], "For being owned or controlled by Tagwirei.")
q("what did treasury accuse tagwirei of", A, ["tag"], [["state contracts", "hard currency"]], "Using ties to officials to win state contracts and favoured access to hard currency; gave expensive cars to officials.")
q("why was the tagwirei designation timed in early august", A, ["tag"], [["anniversary"]], "Second anniversary of the Aug 1, 2018 crackdown (six killed).")
q("when did biden end the zimbabwe sanctions program", A, ["zim", "zimregs"], [["March 4, 2024"]], "March 4, 2024.")
q("is mnangagwa the first sitting head of state under global magnitsky", A, ["zim"], [["first sitting head of state"]], "Yes.")
q("which companies were designated under global magnitsky in the zimbabwe action", A, ["zim", "zimregs"], [["Sakunda Holdings"], ["Fossil Agro"], ["Fossil Contracting"]], "Sakunda Holdings, Fossil Agro, Fossil Contracting.")
q("how many people and entities got the new zimbabwe glomag designations", A, ["zim", "zimregs"], [["11 individuals and three entities"]], "11 individuals and three entities.")
q("what did treasury accuse mnangagwa of", A, ["zim"], [["gold and diamond smugglers"]], "Shielding gold and diamond smugglers, facilitating illicit sales for bribes.")
q("roughly how many zimbabwe designations were lifted when the program ended", A, ["zim"], [["roughly 100"]], "Roughly 100 people and companies.")
q("is ZDERA gone too now?", A, ["zim", "zimregs"], [["only Congress"]], "No; it's a law, only Congress can repeal it.")
q("when were the zimbabwe sanctions regulations removed from the CFR", A, ["zimregs"], [["April 17, 2024"]], "Effective on publication April 17, 2024 (31 CFR part 541).")
q("can ofac still go after old zimbabwe sanctions violations", A, ["zimregs"], [["Past violations"]], "Yes; past violations can still be enforced.")
q("what should we change in our screening for zimbabwe hits", A, ["zimregs"], [["Global Magnitsky tag", "program codes"]], "Hits now carry the Global Magnitsky tag; update rules so old program codes don't give false comfort/alarms.")

q("after the zimbabwe program ended, is tagwirei still sanctioned?", T, ["zim", "zimregs"], [["remain blocked", "remain on the SDN list"]], "2020: designated under Zimbabwe programme. 2024: programme ended but Tagwirei redesignated under Global Magnitsky; still blocked.")
q("does the us still have a zimbabwe sanctions program", T, ["zim", "zimregs"], [["terminat", "no longer a Zimbabwe-specific sanctions programme"]], "2020 article: renewed every March. Ended March 4, 2024; regulations removed April 17, 2024.")
q("is mnangagwa on the sdn list", T, ["zim", "zimregs"], [["Global Magnitsky"]], "2020 article: on the list since 2003 under Zimbabwe programme. Since March 4, 2024: designated under Global Magnitsky.")
q("under what program is sakunda holdings sanctioned now", T, ["zim", "zimregs"], [["Global Magnitsky"]], "Originally EO 13469 (2020); since March 2024 under Global Magnitsky.")

q("was mnangagwa personally sanctioned in 2024?", D, ["zim"], [["Global Magnitsky"]], "The 2020 Tagwirei article also names Mnangagwa (on the SDN list since 2003); the 2024 answer is GloMag designation.")

u("did the uk sanction tagwirei", "Not in corpus.")
u("how much money of tagwirei's was frozen in the us", "Not stated.")
u("which state-owned zimbabwe companies were removed from the sdn list in 2024", "Not named.")
u("will congress repeal zdera", "Future; not stated.")

# ---------------- Pakistan ----------------
q("which chinese companies got sanctioned in oct 2023 for pakistan missiles", A, ["pak23", "pak24"], [["General Technology Limited"], ["Beijing Luo Luo"], ["Changzhou Utek"]], "Designated Oct 20, 2023.")
q("what did changzhou utek supply to pakistan", A, ["pak23"], [["D-glass fibre", "quartz fabric", "high-silica cloth"]], "D-glass fibre, quartz fabric, high-silica cloth.")
q("what executive order are the pakistan missile sanctions under", A, ["pak23", "pak24", "ndc"], [["13382"]], "EO 13382.")
q("what is briambi accused of", A, ["pak24"], [["Shaheen-3"], ["Ababeel"]], "Procuring equipment for testing rocket motors for Shaheen-3 and Ababeel.")
q("which companies besides briambi were hit in sept 2024", A, ["pak24"], [["Hubei Huachangda"], ["Xi'an Longde", "Universal Enterprise", "Innovative Equipment"]], "Hubei Huachangda, Universal Enterprise, Xi'an Longde, Innovative Equipment (Pakistan), a Chinese national.")
q("what did china's embassy say about the sept 2024 sanctions", A, ["pak24", "pak23"], [["long-arm jurisdiction"]], "Firmly opposes unilateral sanctions and long-arm jurisdiction.")
q("wat is pakistan's NDC", A, ["ndc"], [["Shaheen"]], "Islamabad-based state body responsible for developing ballistic missiles incl. Shaheen series.")
q("which karachi firms got sanctioned with ndc", A, ["ndc"], [["Akhtar and Sons"], ["Affiliates International"], ["Rockside Enterprise"]], "Dec 18, 2024.")
q("what was ndc trying to buy per the state dept", A, ["ndc"], [["special vehicle chassis"]], "Special vehicle chassis for launch support and missile testing equipment.")
q("how did pakistan react to the ndc sanctions", A, ["ndc"], [["unfortunate and biased"]], "Called them unfortunate and biased.")
q("what did jon finer say about pakistan's missiles", A, ["ndc"], [["United States"], ["emerging threat", "beyond South Asia"]], "Developing long-range capability that could eventually reach targets beyond South Asia including the US; an emerging threat.")
q("is pakistan under a full us embargo now?", A, ["ndc", "pak23"], [["do not amount to an embargo", "not a country-wide embargo"]], "No; targeted designations.")

q("has the us sanctioned pakistan's own missile agency or only chinese suppliers?", T, ["ndc"], [["National Development Complex"]], "Oct 2023 article: no Pakistani government agency designated. Dec 18, 2024: NDC designated.")
q("how many times has the us sanctioned chinese suppliers to pakistan's missile program", T, ["pak24"], [["second"]], "Oct 2023 then Sept 2024: the Sept 2024 action is 'the second such action against Chinese suppliers in less than a year'.")
q("is ndc sanctioned", T, ["ndc"], [["December 18, 2024"]], "Yes, since Dec 18, 2024 (the 2023/2024 supplier actions did not target it).")

q("which pakistani entities did the us sanction in december 2024?", D, ["ndc"], [["National Development Complex"]], "The quantum/Entity List article mentions 16 Pakistan-linked entities (Nov 2021); answer from NDC article.")
q("which chinese institute helped test shaheen-3 rocket motors", D, ["pak24"], [["Beijing Research Institute of Automation for Machine Building Industry"]], "NDC article mentions Shaheen; answer BRIAMBI from the Sept 2024 article.")
q("did the us blacklist pakistan linked entities in the nov 2021 entity list round", D, ["quant"], [["Sixteen entities"]], "Pakistan missile sanction articles pull; answer: 16 entities and individuals in China and Pakistan for nuclear/missile contributions.")

u("who is the chinese national sanctioned in sept 2024 over pakistan missiles", "Not named.")
u("what's the range of the shaheen-3", "Not stated.")
u("did ndc get added to the commerce entity list", "Not stated.")
u("did india welcome the ndc sanctions", "Not in corpus.")
u("has the us sanctioned pakistan's space agency suparco", "Not in corpus.")

# ---------------- Xinjiang solar / Daqo ----------------
q("which xinjiang solar companies went on the entity list in june 2021", A, ["xj", "daqo"], [["Hoshine"], ["Xinjiang Daqo"], ["East Hope"], ["GCL"]], "Five incl. XPCC, June 24, 2021.")
q("what did cbp do to hoshine", A, ["xj", "daqo"], [["withhold release order"]], "Withhold release order on silica-based products by Hoshine and subsidiaries.")
q("can hoshine based solar panels be imported to the us", A, ["xj"], [["detain"]], "CBP can detain shipments made with Hoshine material; importers must prove goods don't contain it.")
q("what did the labor dept add in june 2021", A, ["xj"], [["polysilicon from China"]], "Polysilicon from China to its forced/child labour goods list.")
q("what did daqo say about the blacklisting", A, ["xj"], [["zero-tolerance", "no business with US companies"]], "No affected US business; zero-tolerance on forced labour; audit found none.")
q("how much of the world's polysilicon comes from xinjiang", A, ["xj"], [["half"]], "Close to half.")
q("is it illegal for me to hold DQ stock", A, ["daqo", "xj"], [["not prohibited", "does not ban imports from the companies or stop investors"]], "No; Entity List/UFLPA don't bar holding shares.")
q("when did uflpa actualy take effect", A, ["daqo"], [["June 21, 2022"]], "June 21, 2022.")
q("what does the uflpa presumption mean", A, ["daqo", "xj"], [["presumed"]], "Xinjiang goods presumed made with forced labour unless the importer proves otherwise.")

q("is the uyghur forced labor prevention act law yet?", T, ["daqo"], [["June 21, 2022"]], "June 2021: Congress considering it. July 2022: in effect since June 21, 2022.")
q("is xinjiang daqo on the uflpa entity list", T, ["daqo"], [["UFLPA"]], "June 2021 article predates the UFLPA (only a bill). 2022 forum: Xinjiang Daqo is on the UFLPA Entity List.")

q("what is daqo's stance on forced labour", D, ["xj"], [["zero-tolerance"]], "The forum thread discusses Daqo shares but the company's stance is in the June 2021 article.")
q("is hoshine on the entity list?", D, ["xj", "daqo"], [["Hoshine Silicon Industry", "Hoshine"]], "Yes, since June 24, 2021. Forum mentions Hoshine mostly re UFLPA; both fine.")

u("what is daqo new energy's annual revenue", "Not stated.")
u("did cbp actually detain any daqo shipments", "Not stated.")
u("is longi on the uflpa entity list", "Not in corpus.")
u("did hoshine challenge the withhold release order in court", "Not in corpus.")

# ---------------- BAAI / quantum ----------------
q("when was baai put on the entity list", A, ["baai"], [["March 25, 2025"]], "March 25, 2025.")
q("why did the us blacklist the beijing academy of ai", A, ["baai"], [["military"]], "Judged to have developed large AI models and advanced chips for military end uses.")
q("what did baai say about being listed", A, ["baai"], [["shocked"]], "Shocked; wrong decision without factual basis; asked the US to withdraw it.")
q("how many entities were in the march 2025 entity list package", A, ["baai"], [["80"]], "About 80 (more than 50 Chinese).")
q("can i still download baai's open source models if it's on the entity list", A, ["baai"], [["publicly available", "download its public models"]], "Generally yes; publicly available open-source code/models are generally not subject to the rules.")
q("which other beijing company was named with baai for military ai", A, ["baai"], [["Beijing Innovation Wisdom"]], "Beijing Innovation Wisdom Technology Co.")
q("when was baai founded", A, ["baai", "emu3"], [["2018"]], "2018.")
q("what is emu3", A, ["emu3"], [["next token", "next-token"]], "BAAI multimodal model predicting next token for text, images, video.")
q("what's BGE from baai", A, ["emu3"], [["text-embedding"]], "Open-source text-embedding models widely used in retrieval.")
q("which quantum orgs did the us blacklist in nov 2021", A, ["quant"], [["QuantumCTek"], ["Hefei National Laboratory"]], "Hefei National Laboratory for Physical Sciences at Microscale, QuantumCTek, Shanghai QuantumCTek.")
q("why did commerce care about chinese quantum computing", A, ["quant"], [["break encryption", "counter-stealth"]], "Military uses: counter-stealth, counter-submarine, breaking/unbreakable encryption.")
q("how many entities were added to the entity list on nov 24 2021", A, ["quant"], [["27"]], "27 in China, Japan, Pakistan and Singapore.")
q("when did the nov 2021 quantum entity list rule take effect", A, ["quant"], [["November 26"]], "Nov 26, 2021.")
q("which chip designers were blacklisted with the quantum firms", A, ["quant"], [["Hunan Goke", "New H3C", "Hangzhou Zhongke", "Yunchip", "Xi'an Aerospace Huaxun"]], "Five firms for supporting PLA modernisation.")
q("why was corad technology listed", A, ["quant"], [["Iran"]], "Sales of US/Western tech to Iran's military and space programmes and North Korean fronts.")
q("can i still read quantumctek's research papers", A, ["quant"], [["not reading their papers"]], "Yes; the Entity List controls exports to firms, not reading papers.")

q("baai makes emu3 right? so why did they get blacklisted", D, ["baai"], [["military"]], "The Emu3 article names BAAI and its models but predates and doesn't mention the listing.")
q("how many downloads do baai's open models have", D, ["baai", "emu3"], [["hundreds of millions"]], "Both say hundreds of millions; h1 also says ~200 models.")
q("what did quantumctek say after the blacklist", D, ["quant"], [["domestic supply chains"]], "BAAI listing article mentions quantum programmes in 2025; answer: QuantumCTek said business mainly relies on domestic supply chains.")

u("has baai been removed from the entity list", "Not stated.")
u("did baai sue the commerce department", "h1 says it hasn't said whether it will challenge.")
u("is deepseek on the entity list", "Not in corpus.")
u("did the us add more chinese quantum firms to the entity list in 2024", "Not in corpus.")
u("is quantumctek on the treasury ns-cmic list", "Not in corpus.")
u("is baai on the pentagon 1260h list", "Not in corpus.")


DROP = {
 "who is sk hynix's main HBM customer", "is sk hynix's hbm for 2026 sold out", "what process nodes does tsmc nanjing run",
 "what did south korea's trade ministry say after the VEU revocation", "why do memory prices matter in the samsung / hynix licence story",
 "what kind of chips does nexperia make", "what did wingtech call the dutch action", "what did wingtech want after the dutch suspended the order",
 "how many entities were in the december 2024 entity list package with wingtech", "when were the dutch chip tool controls announced",
 "did asml expect the sept 2023 dutch rules to hurt its 2023 numbers", "who was the dutch trade minister on the 2024 asml change",
 "what share of asml 2025 sales did it expect from china", "how many friendly countries are exempt from japan's licence requirement",
 "what crypto thing did the eu ban in the 19th package", "how many chinese entities are in the 19th package", "what did nayara say about the eu sanctions",
 "why was the tagwirei designation timed in early august", "what should we change in our screening for zimbabwe hits",
 "what did china's embassy say about the sept 2024 sanctions", "how much of the world's polysilicon comes from xinjiang",
 "what did the labor dept add in june 2021", "when was baai founded", "what's BGE from baai", "which chip designers were blacklisted with the quantum firms",
 "when did asml disclose the licence revocation", "how many entities were added to the entity list on nov 24 2021",
 "when did the nov 2021 quantum entity list rule take effect", "which other beijing company was named with baai for military ai",
 "how many people and entities got the new zimbabwe glomag designations", "what did tsmc say it would do about losing the nanjing waiver",
 "is wingtech still on the entity list after the nexperia deal with china?", "how many downloads do baai's open models have",
 "is hoshine on the entity list?", "did samsung lose its us waiver for china?",
}

Q = [x for x in Q if x and x['question'] not in DROP]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(os.path.dirname(here), "qa.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"i-{i:03d}", **item}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(Q), Counter(x["kind"] for x in Q))

if __name__ == "__main__":
    main()
