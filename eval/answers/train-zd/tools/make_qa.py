"""Source of ../qa.jsonl for the blind set answers-zd (ids zd-001..zd-200)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "qa.jsonl")

A1 = "ZD-us-sanctions-ali-shamkhani-officials-jan-2020.md"
A3 = "ZD-eu-18th-package-lists-hossein-shamkhani-jul-2025.txt"
A4 = "ZD-treasury-shamkhani-shipping-empire-jul-2025.html"
A5 = "ZD-shamkhani-designations-shipowners-explainer-aug-2025.html"
A6 = "ZD-shamkhani-sanctions-china-buyers-analysis-aug-2025.md"
A7 = "ZD-iran-condemns-shamkhani-sanctions-jul-2025.txt"
B1 = "ZD-treasury-sanctions-derkach-sep-2020.md"
B3 = "ZD-treasury-targets-derkach-inner-circle-jan-2021.txt"
B4 = "ZD-sbu-derkach-agent-network-jun-2022.html"
B5 = "ZD-derkach-indictment-beverly-hills-condos-dec-2022.txt"
B6 = "ZD-derkach-where-things-stand-faq-dec-2023.md"
B7 = "ZD-derkach-becomes-russian-senator-sep-2024.html"
C1 = "ZD-puma-energy-exits-myanmar-oct-2022.md"
C2 = "ZD-amnesty-deadly-cargo-jet-fuel-nov-2022.txt"
C3 = "ZD-uk-canada-target-myanmar-aviation-fuel-jan-2023.html"
C4 = "ZD-ofac-asia-sun-jet-fuel-sanctions-mar-2023.md"
C5 = "ZD-us-jet-fuel-sector-determination-explainer-aug-2023.html"
C6 = "ZD-uk-eu-canada-myanmar-fuel-sanctions-oct-2024.md"
C7 = "ZD-ask-sanctions-desk-myanmar-jet-fuel-jan-2025.txt"
D1 = "ZD-ofsi-fines-svarog-information-request-may-2025.md"
D2 = "ZD-ofsi-fines-colorcon-russia-payments-oct-2025.html"
D3 = "ZD-colorcon-penalty-lessons-blog-oct-2025.html"
D4 = "ZD-colorcon-payroll-forum-thread.html"
D5 = "ZD-ofsi-enforcement-faq-nov-2025.md"
D7 = "ZD-colorcon-penalty-notice-summary-oct-2025.txt"

# (question, sources, must_mention, notes)
ANSWERABLE = [
    # --- Shamkhani
    ("quick q - when did the us first sanction ali shamkhani?", [A1, A3, A5], [["2020", "Jan 10"]],
     "Jan 10 2020 with eight officials"),
    ("what job did ali shamkhani have when washington blacklisted him in jan 2020", [A1],
     [["Supreme National Security Council", "security council"]], "secretary of the SNSC"),
    ("how many senior iranian officials were in that jan 2020 us sanctions round with shamkhani", [A1], [["eight"]], ""),
    ("besides shamkhani who else got named in the january 2020 iran package? was ashtiani in it", [A1],
     [["Ashtiani"], ["Soleimani", "Basij"]], "Ashtiani and Gholamreza Soleimani"),
    ("did the 2020 shamkhani sanctions round also go after irans metal companies", [A1], [["17"], ["metal"]],
     "17 mining and metal-producing companies"),
    ("which parts of irans economy did trumps new jan 2020 executive order let treasury target", [A1],
     [["construction"], ["textiles"], ["mining"]], "construction, manufacturing, textiles, mining"),
    ("what triggered the us sanctions on shamkhani and the other iranian officials in jan 2020?", [A1],
     [["missile"]], "days after missiles struck Iraqi bases housing US troops"),
    ("who exactly is mohammad hossein shamkhani and why is everyone sanctioning him", [A4, A5, A3],
     [["son"], ["oil", "shipping"]], "son of Ali Shamkhani; oil/shipping network"),
    ("when did brussels add hossein shamkhani to its sanctions list", [A3, A5], [["July 18", "18th"]], ""),
    ("why would the EU put shamkhani's son on a RUSSIA sanctions list? hes iranian lol", [A3],
     [["shadow fleet"]], "central player in Russia's shadow fleet"),
    ("what does being listed by the eu actually mean for hossein shamkhani", [A3],
     [["asset freeze"], ["entering", "transiting"]], "asset freeze, funds ban, entry ban"),
    ("how many targets were in treasury's july 30 2025 shamkhani action", [A4, A5], [["115"]], "more than 115"),
    ("how many ships did the us designate in the shamkhani shipping network", [A4], [["52"]], "52 vessels"),
    ("how many shipping firms and how many individuals got hit in the us shamkhani sanctions", [A4],
     [["15"], ["12"]], "15 shipping firms, 12 individuals"),
    ("across how many countries is the shamkhani network spread according to treasury", [A4], [["17"]], ""),
    ("is it true the shamkhani sanctions were the biggest iran action since 2018?", [A4],
     [["largest"], ["2018"]], "Bessent: largest since maximum pressure began in 2018"),
    ("what does treasury say hossein shamkhanis network actually moves and who buys it", [A4],
     [["oil"], ["China"]], "Iranian and Russian oil, mostly to China"),
    ("who is the iranian trader they call 'hector'", [A4], [["Shamkhani"]], "Hossein Shamkhani, known as Hector"),
    ("my boss asks: if a company is half owned by one of the shamkhani targets is it blocked too?", [A4, A5],
     [["50 percent"]], "50 percent rule"),
    ("what did deputy treasury sec faulkender say the shamkhani sanctions were meant to do", [A4],
     [["oil exports"]], "drive down Iran's oil exports"),
    ("are the shamkhani sanctions going to mess up global oil markets? what did us officials say", [A4, A6],
     [["disruption"]], "no sustained disruption expected"),
    ("where are the shamkhani network companies based - any in switzerland?", [A5],
     [["Switzerland"], ["United Arab Emirates", "Marshall Islands", "Singapore"]], ""),
    ("i work ops at a container line. does the shamkhani designation only affect tankers??", [A5],
     [["container"]], "network also operates container ships"),
    ("whats the safest way to check whether a ship belongs to the shamkhani fleet, names keep changing", [A5],
     [["IMO"]], "screen by IMO number"),
    ("how much iranian crude was china buying right before the shamkhani sanctions hit", [A6],
     [["1.8 million"]], "record above 1.8 million bpd in June"),
    ("which iraqi businessman did treasury go after earlier in july 2025, before the shamkhani package", [A6],
     [["Salim Ahmed Said"]], ""),
    ("how did tehran respond to the us sanctions on the shamkhani shipping network", [A7],
     [["malicious", "hostile act", "hostility"]], ""),
    ("what deadline had rubio given iran around the time of the shamkhani sanctions", [A6],
     [["August"], ["nuclear"]], "end-of-August deadline to return to nuclear talks"),
    # --- Derkach
    ("why did the us sanction andriy derkach back in 2020", [B1], [["election"], ["Russian agent"]], ""),
    ("when was derkach added to the sdn list", [B1, B6], [["September 10, 2020", "Sept 10"]], ""),
    ("which executive order is derkach designated under?", [B1, B6], [["13848"]], ""),
    ("what did derkach put out that got him sanctioned by treasury", [B1], [["tapes", "audio"]],
     "edited audio tapes May-July 2020"),
    ("did treasury sanction any russians together with derkach in sept 2020", [B1],
     [["Internet Research Agency"], ["Lifshits", "Andreyev", "Aslanova"]], ""),
    ("how did derkach react to being put on the us sanctions list", [B1], [["revenge"]], ""),
    ("how many people and companies did treasury add around derkach in january 2021", [B3],
     [["seven"], ["four"]], "seven individuals, four entities"),
    ("which two giuliani helpers got sanctioned as part of the derkach network", [B3],
     [["Telizhenko"], ["Kulyk"]], ""),
    ("what did ukraines sbu accuse derkach of in 2022", [B4], [["GRU"], ["private security"]], ""),
    ("how much money did russia supposedly send derkachs network every few months", [B4],
     [["$3-4 million", "3-4 million"]], ""),
    ("since what year was derkach allegedly working on kremlin orders per the sbu", [B4], [["2016"]], ""),
    ("what exactly is derkach charged with in the us?", [B5],
     [["International Emergency Economic Powers Act"], ["money laundering"]], ""),
    ("quick one - how many counts r in the us indictment against derkach", [B5], [["seven"]], ""),
    ("what property is the justice dept trying to seize from derkach", [B5, B6, B7], [["Beverly Hills"]],
     "two Beverly Hills condominiums"),
    ("who is named as derkach's co-conspirator in the condo case", [B5], [["Terekhova"]], "wife Oksana Terekhova"),
    ("how much did derkach allegedly wire from bvi companies for those la condos", [B5],
     [["$3.2 million", "3.2 million"]], ""),
    ("max prison time derkach is facing in the brooklyn case?", [B5], [["30 years"]], ""),
    ("when was the derkach indictment filed and when was it made public", [B5],
     [["September 26, 2022"], ["Dec 7", "unsealed"]], ""),
    ("which doj task force coordinated the derkach condo case", [B5], [["KleptoCapture"]], ""),
    ("what is ukraine charging derkach with", [B6, B7], [["treason"], ["illicit enrichment"]], ""),
    ("how much did derkach allegedly get paid by russian intelligence according to nabu", [B6],
     [["$567,000", "567,000"]], ""),
    ("when did nabu and sapo send the derkach case to court", [B6], [["November 29, 2023"]], ""),
    ("did ofac also designate companies derkach controls, like nabuleaks?", [B6],
     [["NabuLeaks"], ["Era-Media"]], ""),
    ("who appointed derkach to russias federation council", [B7], [["Babushkin"]], "Astrakhan governor"),
    ("which russian region does derkach represent as a senator", [B7], [["Astrakhan"]], ""),
    ("who did derkach replace in the russian senate", [B7], [["Bashkin"]], ""),
    ("what date was derkach's senator decree signed", [B7], [["September 12"]], ""),
    # --- Myanmar jet fuel
    ("why did puma energy pull out of myanmar", [C1], [["board decision", "campaign"]],
     "board decision; civil-society campaign over fuel reaching the military"),
    ("when did puma energy say it was quitting myanmar", [C1], [["Oct 5"]], ""),
    ("what did puma sell when it left myanmar", [C1],
     [["PEAS", "Puma Energy Asia Sun"], ["NEPAS", "National Energy Puma Aviation Services"]], ""),
    ("who actually owns puma energy, the fuel company that was in myanmar", [C1], [["Trafigura"]], ""),
    ("what is NEPAS in the myanmar jet fuel story", [C1, C5], [["joint venture"], ["aviation fuel"]], ""),
    ("what did puma energy do in myanmar right after the feb 2021 coup", [C1], [["suspended"]], ""),
    ("what is amnestys deadly cargo report about", [C2], [["aviation fuel"], ["military"]], ""),
    ("which company did amnesty say delivered jet fuel straight to myanmars military", [C2], [["Asia Sun"]], ""),
    ("what did justice for myanmar want governments to do about jet fuel", [C2], [["ban"], ["sanctions"]], ""),
    ("which countries did justice for myanmar urge to sanction asia sun group", [C2],
     [["Japan"], ["Singapore"]], "Australia, Canada, EU, Japan, South Korea, Singapore, UK, US"),
    ("how many were killed in the kachin concert air strike the jet fuel campaigners cite", [C2], [["80"]], ""),
    ("who did the uk sanction on jan 31 2023 over myanmar aviation fuel", [C3],
     [["Asia Sun Trading"], ["Zaw Min Tun"]], ""),
    ("what did canada do about aviation fuel going to myanmar", [C3, C7], [["prohibit", "bans"]], ""),
    ("did the us do anything on myanmar the same day the uk went after the fuel firms in jan 2023", [C3],
     [["MOGE"]], "six individuals, three entities incl. MOGE officials"),
    ("which asia sun companies did ofac designate in march 2023", [C4], [["Asia Sun Group"], ["Cargo Link"]], ""),
    ("who is tun min latt and why did ofac sanction him", [C4], [["Min Aung Hlaing"], ["Star Sapphire"]], ""),
    ("what did the star sapphire companies import for myanmar's army", [C4], [["drones"]], ""),
    ("what legal authority did treasury use for the asia sun jet fuel designations", [C4], [["14014"]], ""),
    ("how many entities and people were in ofacs march 24 2023 myanmar action", [C4], [["six"], ["two"]], ""),
    ("whats the us 'jet fuel sector determination' for burma", [C5], [["August 23"], ["14014"]], ""),
    ("is every company selling jet fuel in myanmar automatically on the us sanctions list now?", [C5],
     [["FAQ 1132", "designated"]], "no: only persons designated"),
    ("can we still sell jet fuel to commercial airlines flying into yangon without us sanctions trouble", [C5],
     [["civil aviation", "commercial airlines"]], "FAQ 1133"),
    ("what program tag do the burma jet fuel designations get on the sdn list", [C5], [["BURMA-EO14014"]], ""),
    ("what were PEIA and P.E.I Energy called before they were renamed", [C5], [["Puma Energy Irrawaddy"]], ""),
    ("we onboarded a singapore supplier, shoon energy - when did the brits sanction it", [C5], [["March 27"]], ""),
    ("which companies did the uk sanction on oct 29 2024 for supplying aviation fuel to myanmar", [C6],
     [["Swan Energy"], ["Myan-Oil"], ["Rich Ray"]], ""),
    ("how many individuals and entities has the uk sanctioned under its myanmar regime since the coup", [C6],
     [["25"], ["33"]], ""),
    ("what did the eu go after in the coordinated oct 2024 myanmar round", [C6], [["scam"]], ""),
    ("what share of myanmars aviation fuel sales does swan energy claim", [C6], [["100%"]], ""),
    # --- OFSI / Colorcon / Svarog
    ("my boss asked me to find out how much ofsi fined colorcon, anyone know?", [D2, D3, D5, D7], [["152,750"]], ""),
    ("why did colorcon get fined by the uk", [D2], [["designated banks", "sanctioned banks"]], ""),
    ("which russian banks were colorcon's moscow payments going to", [D2, D4],
     [["Alfa"], ["Promsvyazbank"], ["Sberbank"], ["VTB"]], ""),
    ("how many payments did colorcons moscow office make in total", [D2], [["123"]], ""),
    ("what was the total value of colorcon's moscow office payments", [D2], [["191,290.57"]], ""),
    ("how many of colorcon's payments were actual breaches", [D2, D7], [["79"]], ""),
    ("which colorcon payments were covered by the wind-down general licence", [D2],
     [["Forty-four"], ["63,012.85"]], ""),
    ("what would colorcon's fine have been without the discount?", [D2], [["235,000"]], ""),
    ("what discount did ofsi give colorcon and why", [D2, D5, D7], [["35%"]], ""),
    ("when was colorcon's penalty imposed and when did ofsi publish it", [D2, D5],
     [["September 10"], ["September 30"]], ""),
    ("for our compliance training deck - which uk regulation did colorcon break", [D7], [["regulation 12"]], ""),
    ("who signed off on the colorcon moscow payments", [D7, D3], [["signatories"]], ""),
    ("is colorcon limited a british firm? who sits above it in the group", [D3, D7], [["Colorcon Inc"]], ""),
    ("where does the colorcon fine rank among ofsi penalties", [D3], [["fourth largest"], ["thirteenth"]], ""),
    ("why didnt colorcon get the full voluntary disclosure discount", [D3, D5], [["four months", "delayed"]], ""),
    ("did colorcon challenge the ofsi penalty", [D3, D7], [["not to dispute", "did not seek"]], ""),
    ("what did ofsi publish about vanquis bank the same day as colorcon", [D2], [["disclosure notice"]], ""),
    ("svarog shipping got fined by hm treasury right? how much", [D1, D5], [["5,000"]], ""),
    ("what did svarog shipping do wrong exactly", [D1], [["request for information"]], ""),
    ("when did ofsi send svarog its request and what was the deadline", [D1],
     [["January 26, 2024"], ["February 9, 2024"]], ""),
    ("where does svarog shipping run its business from", [D1], [["Cyprus"]], ""),
    ("which sanctioned russian company was behind the svarog investigation", [D1], [["Sovcomflot"]], ""),
    ("did svarog actually breach sanctions, apart from not replying to ofsi?", [D1], [["not breached"]], ""),
    ("what is the maximum penalty ofsi can impose", [D5], [["£1 million"], ["50%"]], ""),
    ("since when has strict civil liability applied to uk sanctions breaches", [D5], [["June 15, 2022"]], ""),
    ("how did svarog finally get round to answering ofsi", [D1], [["auditors"]], ""),
]

TEMPORAL = [
    ("is ali shamkhani still the head of irans security council?", [A5], [["May 2023"], ["adviser"]],
     "2020/2023 articles: SNSC secretary; Aug 2025 explainer: replaced May 2023, now political adviser"),
    ("is hossein shamkhani sanctioned by the us or only by the eu", [A4, A5], [["July 30"]],
     "EU article July 19 2025: not designated by the US; Treasury July 30"),
    ("has washington sanctioned any of ali shamkhani's relatives or is it just him", [A4, A5], [["Hossein"]],
     "2020: no relatives named; 2025: son Hossein and his network"),
    ("is derkach still a member of ukraine's parliament", [B6, B7], [["terminated", "former"]],
     "2020 sitting MP; 2022 formally MP; 2023 powers terminated"),
    ("is derkach still a ukrainian citizen?", [B6, B7], [["January 2023"]], "citizenship revoked Jan 2023"),
    ("where is derkach living these days", [B7], [["Astrakhan"]],
     "2022: believed abroad / in Russia; 2024: lives in Astrakhan (TASS)"),
    ("what job does andriy derkach have now", [B7], [["senator", "Federation Council"]],
     "was Ukrainian MP; now Russian senator for Astrakhan"),
    ("derkach moved to russia - is he still on the us sanctions list?", [B7, B6],
     [["no change", "no delisting"]], "still designated; no change"),
    ("has ukraine actually charged derkach in court or is it just the sbu accusing him", [B6],
     [["November 29, 2023"], ["treason"]], "June 2022: SBU did not say what charges; Nov 2023 case sent to court"),
    ("what passport does derkach hold now", [B7], [["Russian citizenship"]],
     "Ukrainian citizenship revoked; holds Russian citizenship"),
    ("is the us criminal case against derkach over? did he show up in court", [B6, B7],
     [["pending", "is charged"]], "Dec 2022 at large; 2023 pending, has not appeared; 2024 still charged"),
    ("who ended up with puma energy's myanmar jet fuel stake", [C5, C7], [["Shoon Energy"]],
     "Oct 2022: unnamed local company; Aug 2023: NEPAS share went to Shoon Energy"),
    ("is asia sun group under us sanctions", [C4, C7], [["March 24", "SDN"]],
     "Nov 2022: no Asia Sun company on US/UK lists; Mar 24 2023 designated"),
    ("is asia sun group itself on the uk sanctions list or only asia sun trading", [C6], [["October 29"]],
     "Jan 2023 UK listed Asia Sun Trading; Oct 29 2024 Asia Sun Group"),
    ("zaw min tun - only sanctioned by the uk, or the us too?", [C5], [["August 23"]],
     "Jan 2023 UK; Aug 23 2023 US"),
    ("does the us sanction the whole myanmar jet fuel sector now or only named companies", [C5],
     [["sector"], ["designated"]], "Mar 2023 named companies; Aug 2023 sector determination, only designated persons"),
    ("whats the most recent thing canada did against myanmar jet fuel suppliers", [C6, C7], [["Swan Energy"]],
     "Jan 2023 export ban; Oct 2024 sanctions incl. Swan Energy"),
    ("is puma energy still supplying aviation fuel in myanmar", [C1, C7], [["exit", "left Myanmar"]],
     "2019 feature: supplies airports; Oct 2022: full exit"),
    ("who's on the uk myanmar jet fuel sanctions list now, still just the asia sun guys?", [C6],
     [["Swan Energy"], ["Asia Sun Group"]], "Oct 2024 additions"),
    ("what's ofsi's latest published penalty", [D2, D5], [["Colorcon"]],
     "May 2025: Svarog; Sept 30 2025: Colorcon"),
    ("how many ofsi enforcement actions have there been in 2025 - is svarog the only one?", [D3], [["sixth"]],
     "Colorcon was the sixth of 2025"),
    ("can colorcon's moscow office still pay staff under the russia wind-down licence", [D2], [["expired"]],
     "licence covered Aug 12 - Oct 31 2022 for them; expired"),
    ("did the us sanction any shamkhani ships or companies, or only ali shamkhani personally", [A4],
     [["52"], ["15 shipping firms"]], "2020 only Ali; 2025 network"),
    ("does the us treasury still have ali shamkhani on its sanctions list in 2025", [A5, A3], [["2020"]],
     "still under sanctions since 2020"),
    ("is shoon energy sanctioned by the us or just by britain", [C5, C7], [["August 23", "August 2023"]],
     "UK Mar 27 2023; US Aug 2023"),
    ("is cargo link petroleum on the us sdn list", [C4, C7], [["Cargo Link Petroleum Logistics"]],
     "Nov 2022 none; Jan 2023 UK 'Cargo Link'; Mar 2023 US"),
    ("did treasury ever take derkach off the sanctions list", [B6, B7], [["no delisting", "no change"]],
     "still listed"),
    ("ali shamkhani who signed the saudi-iran deal - does he still have that security council job", [A5],
     [["May 2023"]], "Mar 2023 distractor: secretary; replaced May 2023"),
    ("is derkach officially wanted in ukraine", [B6], [["September 16, 2022"]],
     "June 2022: SBU accusations only; wanted since Sept 16 2022"),
    ("has the us done anything on myanmar jet fuel since the march 2023 asia sun designations", [C5],
     [["August 23"]], "Aug 23 2023 sector determination and new designations"),
]

DISTRACTOR = [
    ("shamkhani signed that saudi iran deal in beijing - is he actually under us sanctions??", [A1, A3, A5],
     [["2020"]], "Beijing deal article says nothing on sanctions"),
    ("the iranian official who shook hands with al-aiban in beijing, ali shamkhani - why did the us blacklist him",
     [A1], [["missile", "eight senior"]], ""),
    ("after the china brokered saudi-iran deal did shamkhani's family get hit with sanctions later", [A4, A5],
     [["Hossein"]], ""),
    ("giuliani met derkach in kyiv in dec 2019 for the oan documentary - what sanctions did derkach get afterwards",
     [B1], [["13848"]], ""),
    ("derkach kept doing press conferences about ukraines anti-corruption bureau - is nabu prosecuting him now?",
     [B6], [["treason"]], ""),
    ("derkach played those biden poroshenko recordings in may 2020 - did the us sanction him over the tapes",
     [B1], [["tapes"], ["election"]], ""),
    ("after derkach's may 2020 biden tapes press conference, who else got sanctioned for helping spread that stuff",
     [B3], [["Telizhenko", "Kulyk"]], ""),
    ("derkach used to be in the party of regions - where is he based now", [B7], [["Astrakhan"]], ""),
    ("the puma energy asia sun terminal at thilawa - who holds puma's old aviation fuel stake now", [C5, C7],
     [["Shoon Energy"]], ""),
    ("puma energy was training local staff at its thilawa fuel terminal - what did amnesty say when puma quit myanmar",
     [C1], [["crony", "responsibly"]], "Ferrer: leave responsibly; assets not to military or crony businesses"),
    ("those tanker trucks at thilawa - did the us sanction the company trucking jet fuel to myanmars military bases",
     [C4], [["Cargo Link Petroleum Logistics"]], ""),
    ("colorcon, the opadry coatings company - why did they get fined", [D2], [["designated banks"]], ""),
    ("colorcon was showing film coatings at the milan fair and said russian demand held up - what's their ofsi case",
     [D2, D3], [["Moscow"], ["152,750"]], ""),
    ("colorcon has a big site in dartford, is colorcon on the uk sanctions list now?", [D5, D4],
     [["not a designation", "not a designated person"]], ""),
    ("colorcon sells to generic drug makers in russia - which rule did it break", [D7, D2],
     [["regulation 12", "79"]], ""),
]

UNANSWERABLE = [
    ("what's the name of hossein shamkhani's main holding company", "companies not named"),
    ("did the uk also sanction hossein shamkhani", "UK not covered"),
    ("was ali shamkhani hurt in the june 2025 israeli strikes", "not covered"),
    ("can u list the tanker names on the us shamkhani list", "vessel names not given"),
    ("has hossein shamkhani gone to the eu general court to fight his listing", "not covered"),
    ("which countries' passports does hossein shamkhani hold", "only 'foreign passports'"),
    ("what did beijing say about the us sanctions on shamkhani's network", "China's reaction not reported"),
    ("is there an ofac general license to wind down deals with shamkhani ships", "no licence mentioned"),
    ("did indian ports stop servicing shamkhani-linked vessels after july 2025", "not covered"),
    ("how much is hossein shamkhani personally worth", "not given"),
    ("whats the street address of derkach's beverly hills condos", "not given"),
    ("has a ukrainian court convicted derkach of treason yet", "no verdict reported"),
    ("who is derkach's lawyer in the brooklyn case", "not named"),
    ("is derkach on the eu sanctions list", "EU not covered"),
    ("did giuliani himself ever get sanctioned over the derkach stuff", "not covered"),
    ("has the us actually seized and sold derkach's condos", "no outcome reported"),
    ("which federation council committee is derkach on", "not covered"),
    ("did the uk sanction derkach", "not covered"),
    ("what happened to telizhenko after he was sanctioned", "not covered"),
    ("how much did puma energy get for its myanmar business", "price not disclosed"),
    ("which insurers covered jet fuel cargoes to myanmar", "not named"),
    ("did singapore sanction shoon energy", "not covered"),
    ("is swan energy on the ofac sdn list", "corpus gives UK and Canada only"),
    ("how many airstrikes did myanmar's military carry out in august 2024", "record, no number"),
    ("who runs asia sun group, whos the ceo", "not named"),
    ("has japan restricted jet fuel sales to myanmar", "not covered"),
    ("what happened to the thilawa fuel terminal after puma left myanmar", "not covered"),
    ("did the eu sanction swan energy", "EU round covered scams only"),
    ("which ships delivered jet fuel to myanmar in 2024", "not covered"),
    ("did south korea sanction asia sun group", "not covered"),
    ("what did colorcon's ceo say about the ofsi fine", "no company statement"),
    ("how many employees did colorcon have in its moscow office", "not given"),
    ("has colorcon shut its moscow office", "not covered"),
    ("what was the largest ofsi penalty ever", "only 'fourth largest' for Colorcon"),
    ("did ofac in the us also penalise colorcon inc", "not covered"),
    ("how much revenue does colorcon make in russia", "not given"),
    ("which ofsi case was the rfi enforcement action before svarog", "not named"),
    ("who owns svarog shipping", "not named"),
    ("how many ships does svarog operate", "not given"),
    ("did ofsi fine herbert smith freehills moscow", "not in this corpus"),
    ("whats the name of the vanquis bank customer who got designated", "not given"),
    ("is dji on the us entity list", "off-topic"),
    ("what's in the eu's 19th sanctions package", "off-topic"),
    ("did the us sanction lukoil and rosneft", "off-topic"),
    ("is nvidia allowed to sell h20 chips to china", "off-topic"),
]


def main():
    rows = []
    n = 0

    def add(q, kind, src, mm, notes):
        nonlocal n
        n += 1
        rows.append({"id": f"zd-{n:03d}", "question": q, "kind": kind, "expected_sources": src,
                     "must_mention": mm, "notes": notes})

    for q, s, m, no in ANSWERABLE:
        add(q, "answerable", s, m, no)
    for q, s, m, no in TEMPORAL:
        add(q, "temporal", s, m, no)
    for q, s, m, no in DISTRACTOR:
        add(q, "distractor", s, m, no)
    for q, no in UNANSWERABLE:
        add(q, "unanswerable", [], [], no)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows: answerable={len(ANSWERABLE)} temporal={len(TEMPORAL)} "
          f"distractor={len(DISTRACTOR)} unanswerable={len(UNANSWERABLE)}")


if __name__ == "__main__":
    main()
