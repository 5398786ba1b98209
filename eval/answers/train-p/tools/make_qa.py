import json, os
S = dict(
MR="p-china-opens-micron-security-review-apr-2023.md", MB="p-china-bars-micron-purchases-may-2023.html",
MW="p-micron-warns-china-revenue-hit-jun-2023.txt", MX="p-micron-exits-china-server-chips-oct-2025.md",
MBO="p-micron-boise-fab-groundbreaking-sep-2022.txt", MXI="p-micron-xian-packaging-investment-jun-2023.md",
MF="p-micron-china-ban-investor-forum-thread.html", CP="p-cfius-proposes-more-military-sites-jul-2024.md",
CF="p-cfius-real-estate-final-rule-nov-2024.html", GU="p-treasury-sanctions-gupta-brothers-oct-2019.txt",
GK="p-uk-sanctions-guptas-anti-corruption-apr-2021.md", IB="p-us-sanctions-icc-prosecutor-bensouda-sep-2020.txt",
IL="p-biden-lifts-icc-sanctions-apr-2021.html", IK="p-trump-sanctions-icc-prosecutor-khan-feb-2025.md",
IJ="p-us-sanctions-four-icc-judges-jun-2025.html", IW="p-icc-sanctions-widen-aug-2025.txt",
IF="p-icc-sanctions-faq-for-us-persons-2025.html", IN="p-icc-sanctions-ngo-forum-thread-2025.txt",
IP="p-icc-putin-arrest-warrant-mar-2023.md", AL="p-us-sanctions-un-rapporteur-albanese-jul-2025.md",
SD="p-uk-sanctions-eugene-shvidler-mar-2022.md", SS="p-uk-supreme-court-shvidler-ruling-jul-2025.html",
SB="p-shvidler-ruling-what-it-means-blog-aug-2025.html", CE="p-trump-order-cartels-terror-label-jan-2025.txt",
CD="p-state-designates-eight-cartels-fto-feb-2025.md", CX="p-cartel-fto-what-companies-need-to-know-mar-2025.html",
EM="p-el-mayo-zambada-arrested-jul-2024.txt", HL="p-us-sanctions-carrie-lam-hk-officials-aug-2020.html",
HR="p-hkaa-report-names-officials-no-banks-oct-2020.txt", HC="p-carrie-lam-paid-in-cash-nov-2020.txt",
)
Q = []
def q(kind, question, srcs, mm, notes=""):
    Q.append(dict(question=question, kind=kind, expected_sources=[S[x] for x in srcs.split()] if srcs else [],
                  must_mention=mm, notes=notes))
A, T, D, U = "answerable", "temporal", "distractor", "unanswerable"

# ---------------- answerable ----------------
# Micron
q(A, "when did china start its security review of micron", "MR MB", [["march 31", "31 march", "mar. 31", "in march", "late march"]], "CAC notice Friday Mar 31 2023; later articles say 'opened in March'")
q(A, "which chinese agency went after micron", "MR MB MW MX MF", [["cyberspace administration", "cac"]], "")
q(A, "was micron put on a blacklist when china opened the review in spring 2023?", "MR", [["not a listing", "not on china's unreliable entity list", "no penalty"]], "review only; not a listing")
q(A, "why does china say micron chips are a problem", "MB", [["network security risks", "security risk"]], "'relatively serious' network security risks; no detail given")
q(A, "who exactly is barred from buying micron memory in china", "MB MW MF", [["critical information infrastructure"]], "only CII operators")
q(A, "can a laptop factory in china still buy micron chips after the cac ruling", "MB MW MF", [["can still buy", "may keep buying", "outside the ban", "nothing changes"]], "consumer electronics makers can still buy")
q(A, "how did washington react to china banning micron", "MB", [["firmly opposes", "economic coercion"]], "Commerce Department statement")
q(A, "is micron the first us chip company china has done this to", "MB", [["first time"]], "first major US chip company")
q(A, "which rivals are expected to benefit from micron's china troubles", "MR MB MX", [["samsung"], ["sk hynix"]], "")
q(A, "how much of micron's sales historically come from mainland china plus hong kong", "MR MB MW", [["a quarter", "one-quarter", "about a quarter"]], "roughly a quarter (pre-ban framing)")
q(A, "did micron say chinese officials contacted its customers?", "MW", [["contacted by chinese government officials", "contacted"]], "")
q(A, "how big is micron's investment in the xian plant", "MXI MF", [["4.3 billion yuan", "$600 million", "$600m"]], "")
q(A, "does micron make wafers in xi'an", "MXI", [["does not make memory wafers", "packaging", "assembles and tests"]], "packaging and test only")
q(A, "which customers will micron keep serving in china after quitting data centres", "MX", [["lenovo"]], "plus auto and phone sectors")
q(A, "why is micron pulling out of chinese server chips", "MX", [["failed to recover", "2023 ban", "ban on its products"]], "")
q(A, "how much chinese data centre spending surged, per the micron exit story", "MX", [["24.7 billion yuan", "ninefold"]], "")
q(A, "how many people are on micron's china data centre team", "MX", [["more than 300", "300"]], "")
q(A, "does quitting china servers mean micron got put on a chinese sanctions list?", "MX MF", [["not on china's unreliable entity list", "not on any sanctions list", "nothing in the move changes"]], "")
q(A, "hey so is it illegal for me as a us investor to hold MU shares because of the china thing", "MF", [["not on any sanctions list", "nobody is forbidden", "no us or chinese rule"]], "forum answer")
q(A, "what was micron's reply when china announced the review", "MR", [["cooperating fully", "stood by the security"]], "")
q(A, "on which date did the cac announce its micron conclusion", "MB MF MW", [["may 21", "21 may", "may 21,"]], "Sunday May 21 2023")
# CFIUS
q(A, "what does cfius's real estate power cover, like what rights trigger it", "CP", [["three property rights", "at least three"]], "access, exclusion, improvement, structures")
q(A, "which law gave cfius power over land deals near bases", "CP CF", [["firrma", "foreign investment risk review modernization act"]], "")
q(A, "how long was the comment period on the cfius military base proposal", "CP", [["30 days"]], "")
q(A, "how many installations got a one mile radius in the final cfius rule", "CF", [["40"]], "")
q(A, "how many bases got the 100 mile radius in the nov 2024 rule", "CF", [["19"]], "")
q(A, "if i only signed a letter of intent before december 9 2024 for land near a base, am i grandfathered?", "CF", [["letter of intent", "non-binding"], ["can still be caught", "still be caught"]], "")
q(A, "is filing with cfius mandatory for real estate deals near bases", "CP CF", [["voluntary"]], "")
q(A, "what happened with the crypto mine near f.e. warren", "CP CF", [["may 2024"]], "Biden divestment order; MineOne named in CF")
q(A, "does the cfius real estate rule cover farmland generally", "CP", [["does not address farmland", "farmland not covered"]], "")
q(A, "when was the cfius base rule printed in the federal register", "CF", [["november 7"]], "issued Nov 1, published Nov 7")
q(A, "why couldn't cfius review the fufeng corn mill near grand forks", "CP", [["not on the list", "lacked jurisdiction"]], "")
q(A, "does the new cfius rule create a list of banned buyers or change ports", "CF", [["does not create a list of banned buyers", "does not change the treatment"]], "")
# Gupta
q(A, "who did treasury sanction over south africa's state capture", "GU", [["ajay"], ["salim essa", "essa"]], "three brothers + Essa")
q(A, "under what legal authority were the guptas sanctioned by the us", "GU", [["13818", "global magnitsky"]], "")
q(A, "when did ofac designate the gupta family", "GU GK", [["october 10", "10 october", "thursday", "october 2019"]], "Oct 10 2019")
q(A, "are companies owned by the guptas blocked too even if not named", "GU", [["50 per cent"]], "50% rule")
q(A, "which former president were the guptas close to", "GU GK", [["jacob zuma", "zuma"]], "")
q(A, "where are the gupta brothers living", "GU GK", [["dubai"]], "")
q(A, "what uk regime was used to sanction the guptas", "GK", [["global anti-corruption"]], "")
q(A, "how many people were in the uk's first anti-corruption sanctions list", "GK", [["22"]], "")
q(A, "what does the uk listing of the guptas mean for a uk accountant", "GK", [["licence from the office of financial sanctions implementation", "ofsi", "can no longer deal"]], "")
q(A, "my client is a uk estate agent - can they rent a flat to salim essa", "GK", [["ofsi", "licence", "can no longer deal"]], "designated; needs licence")
q(A, "has the eu listed the guptas", "GK", [["has not listed", "no corruption-specific regime"]], "as of Apr 2021")
# ICC
q(A, "why did the us sanction the icc prosecutor back in 2020", "IB", [["afghanistan"]], "investigation of US personnel in Afghanistan")
q(A, "who was the second icc person sanctioned along with bensouda", "IB IL IF", [["mochochoko"]], "")
q(A, "what executive order did trump use against the icc in his first term", "IB IL IF", [["13928"]], "")
q(A, "when was eo 13928 signed", "IB IL", [["june 11"]], "")
q(A, "was the icc itself put on the sdn list in 2020", "IB", [["was not designated", "not designated"]], "")
q(A, "which executive order did biden use to cancel the icc sanctions", "IL", [["14022"]], "")
q(A, "what reason did blinken give for dropping the icc sanctions", "IL", [["inappropriate and ineffective"]], "")
q(A, "did biden also drop the visa restrictions on icc staff", "IL", [["visa restrictions"]], "2019 policy ended")
q(A, "what order did trump sign in 2025 against the icc", "IK IJ IW IF AL", [["14203"]], "")
q(A, "when was karim khan sanctioned", "IK IF", [["february 13", "13 february", "feb. 13", "february 2025"]], "")
q(A, "why did trump go after karim khan specifically", "IK", [["netanyahu", "arrest warrants"]], "")
q(A, "how many countries objected jointly to the khan sanctions", "IK", [["79"]], "")
q(A, "which four icc judges were sanctioned in june 2025", "IJ IF", [["bossa"], ["hohler"]], "")
q(A, "why were judges bossa and ibanez carranza targeted", "IJ", [["afghanistan"]], "2020 appeals decision")
q(A, "was there a wind down period for dealing with the sanctioned icc judges", "IJ", [["july 8"]], "GL to July 8")
q(A, "who are the icc deputy prosecutors that the us listed", "IW IF IN", [["nazhat shameem khan", "shameem khan"], ["niang"]], "")
q(A, "which icc judge from france is sanctioned", "IW IF", [["guillou"]], "")
q(A, "why was judge prost sanctioned", "IW", [["afghanistan"]], "")
q(A, "what does it mean day to day for a sanctioned icc official", "IW", [["bank cards"]], "cards stop working etc.")
q(A, "is the icc as a court on the sdn list now", "IF IN IJ", [["not been designated", "not designated", "no."]], "institution not designated")
q(A, "if a us bank ends up holding money of a sanctioned icc judge what must it do", "IF", [["block", "frozen"], ["ten business days"]], "")
q(A, "can my us university pay a sanctioned icc judge to give a lecture", "IF", [["providing funds or services", "legal advice"]], "")
q(A, "can we still send evidence to the icc registry from the us", "IF IN", [["registry"]], "not in itself dealing")
q(A, "do the icc designations expire", "IF", [["no end date"]], "")
q(A, "our ngo wanted to pay flights for an icc deputy prosecutor to speak - is that ok", "IN", [["licence", "providing funds"]], "barred without OFAC licence")
q(A, "who is francesca albanese and why did the us sanction her", "AL", [["special rapporteur"]], "")
q(A, "what date was albanese sanctioned", "AL IW IF", [["july 9", "in july", "9 july"]], "")
q(A, "are the companies in albanese's report now sanctioned", "AL", [["none of the companies"]], "")
q(A, "is albanese an icc employee", "AL IW", [["not an employee", "not a court official"]], "")
# Shvidler
q(A, "why did the uk sanction eugene shvidler", "SD SS", [["evraz"], ["abramovich"]], "")
q(A, "when was shvidler designated", "SD SS", [["march 24", "24 march", "mar. 24", "thursday"]], "24 Mar 2022")
q(A, "is shvidler a russian citizen", "SD", [["british citizen", "never been a russian citizen"]], "")
q(A, "who signed off on shvidler's designation", "SD", [["liz truss", "truss"]], "")
q(A, "what uk regulations was shvidler listed under", "SD SS", [["russia (sanctions) (eu exit) regulations 2019"]], "")
q(A, "what was the vote in the shvidler supreme court case", "SS SB", [["4-1", "four justices to one"]], "")
q(A, "which judge dissented in shvidler", "SS SB", [["leggatt"]], "")
q(A, "what happened to the yacht phi in the supreme court", "SS", [["upheld the detention", "dismissed unanimously"]], "")
q(A, "how much did the owner of phi say the detention cost", "SS", [["650,000"]], "per week")
q(A, "what's the neutral citation of the shvidler supreme court decision", "SS", [["[2025] uksc 30", "2025 uksc 30"]], "")
q(A, "can a uk landlord rent to shvidler now after the ruling", "SB SS", [["ofsi licence", "licence"]], "")
q(A, "could shvidler still take his case to strasbourg", "SB", [["european court of human rights"]], "")
q(A, "how does shvidler pay his bills while frozen", "SB", [["licences", "living costs"]], "")
q(A, "our school takes fees for shvidler's grandkids paid by their parents - ok?", "SB", [["generally yes", "not designated"]], "blog author reply")
# Cartels
q(A, "what executive order started the cartel terrorist designations", "CE CD", [["14157"]], "")
q(A, "which groups did the state department label as ftos in feb 2025", "CD CX", [["tren de aragua"], ["sinaloa"]], "")
q(A, "how many cartels and gangs were designated in february 2025", "CD CX", [["eight"]], "")
q(A, "under what law are the cartel fto designations made", "CD", [["section 219"]], "plus EO 13224")
q(A, "what is cartel del noreste formerly known as", "CD", [["los zetas"]], "")
q(A, "if my avocado supplier in michoacan pays cartel 'quota' money, is my company exposed?", "CX CE", [["material support"]], "")
q(A, "is it a crime for non us companies to give material support to the cartels", "CX", [["non-us persons", "2339b"]], "")
q(A, "does the cartel terrorist label ban trade with mexico", "CX", [["do not ban trade"]], "")
q(A, "can victims of cartel violence sue companies", "CX CE", [["anti-terrorism act"]], "")
q(A, "how did mexico's president react to the cartel order", "CE", [["sovereignty"]], "")
q(A, "what practical steps should importers take after the cartel fto listing", "CX", [["screening", "escalation"]], "")
q(A, "why didnt trump designate cartels in his first term", "CE", [["lopez obrador"]], "")
# HK
q(A, "why did the us sanction carrie lam", "HL", [["autonomy", "national security law"]], "")
q(A, "what executive order was carrie lam sanctioned under", "HL HC", [["13936"]], "")
q(A, "how many hong kong and chinese officials were sanctioned in august 2020", "HL HC", [["11", "ten other"]], "")
q(A, "was the hong kong government itself sanctioned in 2020", "HL", [["do not target hong kong companies", "not target"]], "")
q(A, "what did the hkma tell banks about the us sanctions", "HL HC", [["not obliged", "not legally obliged"]], "")
q(A, "how many officials were in the first hong kong autonomy act report", "HR", [["ten"]], "")
q(A, "did the first hkaa report name any banks", "HR", [["does not name any foreign financial institutions", "no financial institution"]], "")
q(A, "how long does treasury have to identify banks under the hkaa", "HR", [["30 to 60 days"]], "")
q(A, "what penalties can banks face under the hong kong autonomy act", "HR", [["dollar clearing", "limits on us loans"]], "")
q(A, "how is carrie lam getting paid after the sanctions", "HC", [["cash"]], "")
q(A, "whats carrie lam's salary", "HC", [["5.2 million"]], "")

# ---------------- temporal ----------------
q(T, "is micron still banned from china's critical infrastructure or did that get lifted", "MX", [["remains in force"]], "MX (Oct 2025): the 2023 decision remains in force")
q(T, "china was only reviewing micron - did anything actually come of it?", "MB MW MF MX", [["stop buying", "stop purchasing", "2023 ban", "ban"]], "MR (review only, no penalty) vs later ban")
q(T, "what's micron's estimate of the revenue hit from china's ban", "MW MF", [["low-double-digit", "low double digit", "low-double-digit percentage"]], "MB: low to high single digit; MW (newer): low double digit")
q(T, "how much of micron's total revenue is mainland china now", "MX", [["12 per cent", "12%"]], "older: about a quarter (China+HK); MX: ~12%, $3.4bn")
q(T, "is micron still selling server memory to chinese data centers", "MX", [["stop supplying", "stop selling"]], "MXI/MF: not leaving China; MX: exits server chips")
q(T, "micron is staying in china right? they invested in xian", "MX", [["stop supplying server", "server"], ["lenovo", "automotive", "mobile phone"]], "MX: exit server, keep others")
q(T, "has the cfius rule adding ~60 military bases taken effect", "CF", [["december 9, 2024", "december 9"]], "CP: proposal only; CF: effective Dec 9 2024")
q(T, "exactly how many installations were added to cfius's list", "CF", [["59"]], "CP: roughly 60; CF: 59")
q(T, "can cfius review land purchases near the newly added bases yet or is it still just proposed", "CF", [["final rule"]], "")
q(T, "has britain sanctioned the gupta brothers too or just the us", "GK", [["april 26", "26 april", "monday", "global anti-corruption"]], "GU: UK not yet; GK: UK designated")
q(T, "does a uk company with no us link face any restriction dealing with the guptas", "GK", [["cannot", "can no longer deal"]], "GU: only US; GK: UK freeze")
q(T, "are bensouda and mochochoko still sanctioned by the us", "IL IF", [["removed"]], "IB: designated; IL: removed April 2021")
q(T, "is there any us sanctions program aimed at the icc these days", "IK IJ IW IF AL", [["14203"]], "IL (2021): no programme; IK: EO 14203")
q(T, "biden lifted the icc sanctions right? so nobody at the icc is sanctioned anymore?", "IK IJ IW IF", [["karim khan", "khan"]], "")
q(T, "how many icc officials are under us sanctions at the moment", "IW IF IN", [["nine"]], "IK: one; IJ: five; IW/IF: nine")
q(T, "is it just the icc prosecutor on the us list or judges too", "IJ IW IF", [["bossa", "prost", "guillou", "hohler", "ibáñez carranza", "alapini gansou"]], "IK: only Khan named")
q(T, "are the icc deputy prosecutors sanctioned", "IW IF IN", [["niang", "shameem khan"]], "not in June round; added Aug 20")
q(T, "has the us sanctioned anyone outside the icc staff under the icc order", "AL IW IF", [["albanese"]], "")
q(T, "did eugene shvidler win his fight against the uk sanctions", "SS SB", [["dismissed", "lost"]], "SD: will challenge; SS: dismissed 4-1")
q(T, "is shvidler still on the uk sanctions list in 2025", "SS SB", [["remains designated", "stays on the uk list"]], "")
q(T, "evraz itself - sanctioned by the uk or not?", "SS", [["may 5, 2022"]], "SD: Evraz not designated (Mar 2022); SS: designated May 5 2022")
q(T, "is the sinaloa cartel on the fto list or was that just talk", "CD CX", [["february 20, 2025", "february 20"]], "CE: none named yet; CD: designated")
q(T, "has the state dept actually named which cartels are terrorist orgs", "CD CX", [["jalisco", "cjng"]], "")
q(T, "did the us name tren de aragua a terrorist org or not yet", "CD CX", [["tren de aragua"], ["foreign terrorist organization", "fto"]], "CE: likely candidate; CD: designated")
q(T, "was carrie lam named in the hong kong autonomy act report", "HR HC", [["october"]], "HL: predicted; HR: named Oct 14")
q(T, "carrie lam said she wasnt worried about the sanctions - did they affect her banking in the end", "HC", [["cash"], ["bank account", "no banking services"]], "HL: laugh off; HC: no bank account")
q(T, "what's the latest on the micron unreliable entity list question - is it on it now", "MX", [["not on china's unreliable entity list"]], "newest still says not on UEL")
q(T, "micron said low single digit revenue impact - still their number?", "MW MF", [["low-double-digit", "low double digit"]], "")
q(T, "after the july 2024 proposal, when does the cfius base rule apply to deals", "CF", [["december 9"]], "")
q(T, "is the icc investigation sanctions thing from trump's first term still in force", "IL IF", [["revoked"]], "EO 13928 revoked (IL, IF); a new order exists")

# ---------------- distractor ----------------
q(D, "micron broke ground on a boise fab in 2022 - what did china's regulator decide about its chips in may 2023?", "MB MW MF", [["stop buying", "stop purchasing", "critical information infrastructure"]], "Boise groundbreaking article names Micron, says nothing on China")
q(D, "the idaho memory maker building a new fab with chips act money - why did china open a review on it?", "MR", [["critical information infrastructure supply chain", "supply chain"]], "")
q(D, "micron's idaho expansion aside, how many staff does its china data centre team have", "MX", [["more than 300", "300"]], "")
q(D, "micron xian packaging plant - is micron on china's unreliable entity list?", "MR MB MX MF", [["not on china's unreliable entity list", "not on any sanctions list", "also not on china"]], "Xi'an article silent")
q(D, "micron xi'an $600m investment - which chinese buyers can still legally buy micron?", "MB MW MF", [["can still buy", "may keep buying", "outside the ban"]], "")
q(D, "karim khan who got the putin arrest warrant - when did the us sanction him", "IK IF", [["february 13", "february 2025", "13 february"]], "Putin warrant article names Khan")
q(D, "russia opened a criminal case against the icc prosecutor - what us order is he sanctioned under", "IK IF", [["14203"]], "")
q(D, "icc pre trial judges issued the putin warrant - which icc judges did washington sanction in june 2025", "IJ IF", [["bossa"], ["alapini gansou", "hohler"]], "")
q(D, "the icc has 123 members and can't arrest putin itself... how many countries protested the us sanctions on khan", "IK", [["79"]], "")
q(D, "el mayo zambada arrested near el paso - when was the sinaloa cartel designated an fto", "CD CX", [["february 20"]], "El Mayo article predates designation")
q(D, "after the el mayo arrest, what does the fto listing mean for a trucking company paying cartel fees", "CX CE", [["material support"]], "")
q(D, "zambada's lawyer claims kidnapping - which gangs besides mexican cartels were designated as terrorists", "CD CX", [["tren de aragua"], ["ms-13"]], "")
q(D, "el mayo is 76 and sinaloa is split - under which eo did trump order cartel designations", "CE CD", [["14157"]], "")
q(D, "netanyahu arrest warrant judge from france - is he sanctioned by the us", "IW IF", [["guillou"]], "")
q(D, "putin warrant aside, which un expert got hit with us sanctions under the icc order", "AL IW IF", [["albanese"]], "")

# ---------------- unanswerable ----------------
U_Q = [
"is micron on the us entity list",
"did china fine micron for the security problems",
"how much chips act grant money did micron end up getting for the boise fab",
"did the eu or japan complain to china about the micron ban",
"is samsung also banned from chinese critical infrastructure",
"what specific micron product models did china test in the review",
"did micron's hiroshima fab get hit by any japanese export rule",
"how many workers did micron lay off in china in 2026",
"how many public comments did treasury receive on the cfius bases proposal",
"which texas military bases were added to the cfius list",
"what's the fine for not filing with cfius on a land deal near a base",
"did cfius add more military installations in 2025",
"did cfius block any land deal under the new december 2024 list yet",
"did canada sanction the gupta brothers",
"were the guptas ever extradited to south africa from the uae",
"has ofac removed the guptas from the sdn list",
"did australia impose magnitsky sanctions on salim essa",
"how much money did the uk freeze from the guptas",
"has the uk sanctioned any icc judges or prosecutors",
"was icc president tomoko akane sanctioned by the us",
"has a us court blocked eo 14203 on first amendment grounds",
"how much money was frozen from bensouda's us accounts",
"was the icc registrar added to the sdn list",
"did karim khan get delisted after he took leave",
"did the eu sanction francesca albanese in response",
"did ofac give the ngo a licence for the deputy prosecutor's travel",
"did mongolia arrest putin on the icc warrant",
"is shvidler on the us sdn list",
"has the eu sanctioned eugene shvidler",
"how much money does shvidler have frozen in britain",
"on what exact date did the court of appeal rule against shvidler",
"was the yacht phi sold after the supreme court ruling",
"did evraz's north american units get a us license",
"how much did abramovich sell chelsea for",
"was cartel de los soles designated as an fto",
"has any company been charged for paying cartel extortion since the fto listings",
"did canada list the sinaloa cartel as a terrorist entity",
"what sentence did el mayo zambada get",
"which haitian gangs did the us designate as foreign terrorist organizations",
"did treasury later issue guidance on extortion payments to cartels",
"did treasury eventually name hsbc or any bank under the hong kong autonomy act",
"was john lee sanctioned again after becoming hong kong chief executive",
"which american officials did china sanction in retaliation for the carrie lam sanctions",
"did the uk sanction carrie lam",
"does carrie lam still get paid in cash after leaving office",
]
for uq in U_Q:
    q(U, uq, "", [], "near miss: the corpus does not say")

out = os.path.join(os.path.dirname(__file__), '..', 'qa.jsonl')
with open(out, 'w') as f:
    for i, d in enumerate(Q, 1):
        rec = dict(id=f"p-{i:03d}", question=d['question'], kind=d['kind'], expected_sources=d['expected_sources'],
                   must_mention=d['must_mention'], notes=d['notes'])
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
from collections import Counter
print(len(Q), Counter(d['kind'] for d in Q))
