"""Write ../qa.jsonl: 200 questions zk-001..zk-200 (answerable 001-110, temporal 111-140, distractor 141-155,
unanswerable 156-200)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "qa.jsonl")

S = {  # short aliases -> corpus files
    "A1": "ZK-us-sanctions-solway-guatemala-nickel-units-nov-2022.md",
    "A2": "ZK-mayaniquel-suspends-operations-after-sanctions-dec-2022.txt",
    "A3": "ZK-guatemala-nickel-sanctions-faq-apr-2023.html",
    "A4": "ZK-cgn-pronico-say-ministry-delays-restart-oct-2023.txt",
    "A5": "ZK-us-lifts-sanctions-solway-guatemala-subsidiaries-jan-2024.html",
    "A6": "ZK-guatemala-clears-pronico-to-export-aug-2024.md",
    "A7": "ZK-qa-cgn-pronico-restart-interview-sep-2024.md",
    "A8": "ZK-mayaniquel-cgn-get-export-credentials-dec-2024.txt",
    "A9": "ZK-forum-are-cgn-pronico-still-sdn-mar-2025.html",
    "B1": "ZK-world-bank-debars-odebrecht-three-years-jan-2019.md",
    "B2": "ZK-odebrecht-files-for-bankruptcy-protection-jun-2019.txt",
    "B3": "ZK-idb-debars-odebrecht-units-six-years-sep-2019.html",
    "B4": "ZK-odebrecht-renamed-novonor-dec-2020.md",
    "B5": "ZK-toffoli-annuls-odebrecht-leniency-evidence-sep-2023.txt",
    "B6": "ZK-novonor-fines-suspended-faq-feb-2024.html",
    "B7": "ZK-government-bars-novonor-from-leniency-renegotiation-jun-2024.md",
    "B8": "ZK-novonor-back-in-leniency-deal-blog-jul-2024.html",
    "C1": "ZK-glencore-pleads-guilty-us-bribery-seven-countries-may-2022.md",
    "C2": "ZK-glencore-uk-arm-admits-bribery-counts-jun-2022.txt",
    "C3": "ZK-glencore-ordered-to-pay-281m-uk-bribery-nov-2022.html",
    "C4": "ZK-glencore-to-pay-congo-180m-corruption-dec-2022.txt",
    "C5": "ZK-sfo-charges-alex-beard-former-glencore-staff-aug-2024.md",
    "C6": "ZK-swiss-prosecutor-fines-glencore-congo-aug-2024.html",
    "C7": "ZK-ex-glencore-traders-trial-set-june-2027-oct-2024.txt",
    "C8": "ZK-glencore-bribery-cases-where-things-stand-faq-sep-2025.html",
}

# (question, sources, must_mention groups, notes)
ANSWERABLE = [
    # --- Solway / Guatemala nickel (37)
    ("why did the us sanction cgn pronico and mayaniquel", "A1 A3", [["bribery"]], "Kudryakov and Litviniuk accused of bribery schemes"),
    ("what executive order was used for the solway guatemala sanctions", "A1 A3", [["13818"]], "EO 13818 / Global Magnitsky"),
    ("who did ofac say leads solways mining operations in guatemala", "A1", [["Kudryakov"]], "Dmitry Kudryakov"),
    ("which belarusian citizen got sanctioned alongside kudryakov", "A1 A2 A3", [["Litviniuk"]], "Iryna Litviniuk"),
    ("what date were the guatemalan nickel companies put on the sdn list", "A2 A3 A5", [["November 18"]], "Nov 18 2022"),
    ("which treasury official commented when the solway units were sanctioned", "A1", [["Nelson"]], "Brian Nelson, Under Secretary TFI"),
    ("since when has solway been mining in guatemala according to treasury", "A1", [["2011"]], "since 2011"),
    ("whats the difference between cgn and pronico", "A1 A3", [["process"]], "CGN mines, Pronico processes and exports"),
    ("which mine does cgn operate", "A1 A7", [["Fenix"]], "Fenix mine"),
    ("where is the fenix nickel mine", "A1", [["El Estor"]], "El Estor, Izabal"),
    ("did mayaniquel admit being a solway subsidiary", "A1 A2 A5", [["not a Solway subsidiary", "not owned or controlled", "not related"]], "it denied"),
    ("what did mayaniquel do after it was sanctioned", "A2 A3", [["suspend"]], "suspended operations indefinitely in Dec 2022"),
    ("which nickel project does mayaniquel hold the licence for", "A2 A8", [["Sechol"]], "Sechol"),
    ("where is mayaniquels sechol project", "A2 A8", [["Panzos"]], "Panzos, Alta Verapaz"),
    ("when did cgn and pronico halt operations", "A3 A6", [["March 2023"]], "March 2023, four months after"),
    ("what does a global magnitsky listing mean for us people dealing with pronico", "A1 A3", [["blocked"]], "property blocked, US persons barred"),
    ("did guatemala cancel kudryakov's residency", "A3", [["residence"]], "migration institute cancelled residence"),
    ("when did ofac grant cgn and pronico a licence", "A4", [["October"]], "start of October 2023"),
    ("how much revenue did solway say the sanctions cost it", "A4", [["400 million"]], "at least US$400m"),
    ("how many tonnes of nickel went unshipped because of the sanctions", "A4", [["25,000"]], "about 25,000 t"),
    ("who is solways legal director", "A4", [["Gerasen"]], "Denis Gerasen"),
    ("who is president of cgn and pronico", "A4 A6 A7", [["Aceituno"]], "Marco Aceituno"),
    ("what date did treasury delist cgn and pronico", "A5 A9", [["January 17"]], "Jan 17 2024"),
    ("how long were the solway guatemala units under us sanctions", "A5", [["14 months"]], "14 months"),
    ("what did solway commit to when its subsidiaries were delisted", "A5", [["independent monitor"]], "anti-corruption programme, monitor, NY entity"),
    ("where is the new holding company for cgn and pronico incorporated", "A5 A9", [["New York"]], "State of New York"),
    ("how many workers did cgn and pronico employ", "A5", [["1,000"]], "more than 1,000"),
    ("what did mayaniquel say ofac acknowledged", "A5", [["expressly acknowledged"]], "does not meet any criteria"),
    ("who heads guatemala's directorate general of mining", "A6", [["Julio Luna"]], "Julio Luna"),
    ("on what date did pronico get its export credential", "A6 A9", [["August 27"]], "Aug 27 2024"),
    ("how much investment does pronico need to restart the plant", "A6", [["80 million"]], "more than US$80m"),
    ("how long until pronico restarts ferronickel production", "A6", [["8 to 10 months"]], "8-10 months after financing"),
    ("what share of world nickel output has guatemala supplied", "A6", [["1.8%"]], "about 1.8%"),
    ("when were cgns fenix and niquegua montufar licences granted", "A7", [["2006"], ["2013"]], "Fenix 2006, Niquegua Montufar 2013"),
    ("how long do cgn's extraction licences run", "A7", [["25 years"]], "25 years, extendable 25"),
    ("when did mayaniquel receive its export credential", "A8", [["November 26"]], "Nov 26 2024"),
    ("how much is mayaniquels parent claiming from guatemala", "A8 A9", [["100 million"]], "US$100m arbitration"),
    # --- Odebrecht / Novonor (36)
    ("why did the world bank debar odebrecht", "B1", [["fraudulent"], ["collusive"]], "fraudulent and collusive practices"),
    ("which world bank project was odebrecht debarred over", "B1", [["Rio Bogota"]], "Rio Bogota flood control project, Colombia"),
    ("how long is odebrecht banned from world bank projects", "B1 B2", [["three years", "three-year"]], "three years"),
    ("which odebrecht company did the world bank debar", "B1 B2", [["Construtora Norberto Odebrecht"]], "CNO"),
    ("why was odebrechts world bank debarment shorter than it could have been", "B1", [["cooperation"]], "reduced for cooperation and remediation"),
    ("what does cno have to do to be released from the world bank debarment", "B1", [["compliance"]], "integrity compliance programme"),
    ("which countries odebrecht subsidiaries were also debarred by the world bank", "B1", [["Angola", "Barbados", "Cayman"]], "list of ten"),
    ("how big was the world bank loan for the bogota river project", "B1", [["250 million"]], "US$250m, Dec 2010"),
    ("can the afdb or idb enforce the world bank odebrecht debarment", "B1", [["cross-debarment"]], "mutual enforcement agreement"),
    ("how much in bribes did odebrecht admit across 12 countries", "B1", [["788 million"]], "about $788m"),
    ("when did odebrecht file for bankruptcy protection", "B2", [["June 17"]], "Monday June 17 2019"),
    ("how much debt did odebrecht list when it filed for judicial recovery", "B2", [["98.5 billion"]], "R$98.5bn"),
    ("which judge took odebrechts judicial recovery case", "B2", [["Rodrigues Filho"]], "Joao de Oliveira Rodrigues Filho"),
    ("was braskem part of odebrechts bankruptcy filing", "B2", [["left out"]], "operating companies left out"),
    ("what triggered the odebrecht bankruptcy request", "B2", [["Caixa"]], "Caixa enforcement, Arena Corinthians"),
    ("for how long did the idb debar cno", "B3", [["six years"]], "six years + four conditional"),
    ("which idb funded projects did odebrecht bribe on", "B3", [["Tocoma"], ["Sao Paulo"]], "Sao Paulo highways, Tocoma hydro"),
    ("how much in illicit payments did the idb find on odebrecht projects", "B3", [["118 million"]], "up to US$118m"),
    ("how much did odebrecht agree to give to charities under the idb deal", "B3", [["50 million"]], "US$50m from 2024"),
    ("is oec barred from idb projects", "B3 B8", [["conditional non-debarment"]], "ten-year conditional non-debarment"),
    ("were odebrecht's africa branches hit by the idb debarment", "B3", [["not debarred"]], "CNO branches in Africa not debarred"),
    ("what did doj cut the us share of the odebrecht penalty to", "B3", [["93 million"]], "from $260m to $93m"),
    ("when did odebrecht announce its new name", "B4", [["December 18"]], "Friday Dec 18 2020"),
    ("who announced the novonor rebrand", "B4", [["Mauricio Odebrecht"]], "majority shareholder's representative"),
    ("how many employees did novonor have at the rebrand", "B4", [["25,000"]], "25,000"),
    ("which stf minister annulled the odebrecht leniency evidence", "B5 B6", [["Toffoli"]], "Dias Toffoli"),
    ("when did toffoli throw out the odebrecht evidence", "B5", [["September 6"]], "Sept 6 2023"),
    ("what did toffoli call lula's imprisonment", "B5", [["greatest judicial errors"]], "one of the greatest judicial errors"),
    ("how many days did lula spend in prison", "B5", [["580"]], "580 days"),
    ("how long do prosecutors have to hand the leniency file to lulas lawyers", "B5", [["ten days"]], "ten days"),
    ("how much is odebrecht's overall leniency agreement worth", "B6", [["8.5 billion"]], "R$8.5bn"),
    ("why did toffoli suspend novonors mpf fine payments", "B6", [["reasonable doubt"]], "doubt about voluntariness"),
    ("how much did toffoli suspend for j&f", "B6", [["10.3 billion"]], "R$10.3bn, Dec 20"),
    ("how much has novonor actually paid the cgu", "B7", [["171 million"]], "R$171m of R$2.7bn"),
    ("which companies were cleared in the june 2024 leniency renegotiation", "B7", [["Andrade Gutierrez"], ["Braskem"]], "six named"),
    ("why was novonor left out of the leniency talks in june", "B7", [["correction index", "reservations"]], "objected to reduction and index"),
    # --- Glencore (37)
    ("what did glencore plead guilty to in the us", "C1", [["Foreign Corrupt Practices Act"]], "FCPA conspiracy"),
    ("how much did glencore agree to pay the us in 2022", "C1 C8", [["1.1 billion"]], "more than $1.1bn"),
    ("which countries did glencore bribe officials in according to the doj plea", "C1 C8", [["Nigeria"], ["Venezuela"]], "seven countries"),
    ("which court did glencore international plead guilty in", "C1", [["Southern District of New York"]], "SDNY"),
    ("where did glencore ltd plead guilty to price manipulation", "C1", [["Connecticut"]], "District of Connecticut"),
    ("how much did glencore pay intermediaries in the bribery scheme", "C1", [["100 million"]], "more than $100m"),
    ("how much did glencore pay third parties in congo", "C1 C4", [["27.5 million"]], "about $27.5m"),
    ("what did garland say about the glencore case", "C1", [["largest criminal enforcement action"]], "largest for oil price manipulation"),
    ("how much did glencore set aside for the investigations", "C1", [["1.5 billion"]], "$1.5bn in Feb 2022"),
    ("how many counts did glencore energy uk plead guilty to", "C2", [["seven"]], "five s.1, two s.7"),
    ("which african countries were in the uk glencore bribery case", "C2 C8", [["South Sudan"], ["Equatorial Guinea"]], "five countries"),
    ("when did the sfo open its glencore investigation", "C2", [["2019"]], "2019"),
    ("how much did glencore uk pay in bribes for oil", "C2", [["28 million"]], "more than $28m"),
    ("which judge sentenced glencore energy uk", "C3", [["Fraser"]], "Mr Justice Fraser"),
    ("what was glencore fined in the uk", "C3", [["182,935,392"]], "fine GBP 182,935,392"),
    ("how big was the uk confiscation order against glencore", "C3", [["93,479,338.95"]], "GBP 93.48m"),
    ("how did glencore move cash for bribes", "C3", [["private jets"]], "private jets, Cameroon and South Sudan"),
    ("did nigeria get compensation in the uk glencore case", "C3", [["refused"]], "judge refused Nigeria's application"),
    ("what did the judge say about bribery on glencores west africa desk", "C3", [["endemic"]], "endemic amongst traders"),
    ("how long did glencore get to pay the uk penalty", "C3", [["30 days"]], "30 days"),
    ("how much is glencore paying congo to settle corruption claims", "C4", [["180 million"]], "$180m"),
    ("what years does glencore's congo settlement cover", "C4", [["2007 and 2018"]], "2007-2018"),
    ("which congo mines does glencore own", "C4", [["Mutanda"]], "Mutanda, Kamoto Copper Company"),
    ("who is glencore's chairman", "C4 C6", [["Madhavpeddi"]], "Kalidas Madhavpeddi"),
    ("who did the sfo charge in the glencore case in august 2024", "C5", [["Beard"], ["Wakefield"]], "five named"),
    ("on what date did the sfo charge the former glencore traders", "C5", [["August 1"]], "Thu Aug 1 2024"),
    ("which countries do the charges against ex glencore staff relate to", "C5 C7", [["Cameroon"], ["Nigeria"]], "Cameroon, Nigeria, Ivory Coast"),
    ("who is the director of the sfo", "C5", [["Ephgrave"]], "Nick Ephgrave"),
    ("what else are gibson and wakefield charged with", "C5 C7", [["falsification of invoices", "falsify documents"]], "invoices / documents 2007-2011"),
    ("how much did the swiss prosecutor fine glencore", "C6 C8", [["CHF 2 million"]], "CHF 2m"),
    ("what compensation claim did switzerland impose on glencore", "C6 C8", [["150 million"]], "$150m"),
    ("when did the swiss criminal probe into glencore begin", "C6", [["June 2020"]], "June 2020"),
    ("is glencore appealing the swiss summary penalty order", "C6", [["will not appeal"]], "final"),
    ("why was glencore liable in switzerland if no employee knew of the bribe", "C6", [["organisational measures"]], "failed to take organisational measures"),
    ("how long is the glencore bribery trial expected to last", "C7", [["six months"]], "up to six months"),
    ("who leads the sfo prosecution of the ex glencore traders", "C7", [["Healy"]], "Alexandra Healy KC"),
    ("which former glencore trader pleaded guilty in the us", "C8", [["Stimler"]], "Anthony Stimler, 2021"),
]

TEMPORAL = [
    # Solway (10)
    ("are cgn and pronico still on the sdn list", "A5 A9", [["removed"]], "older A1/A3: listed; newer A5 (Jan 17 2024) removed"),
    ("is mayaniquel still sanctioned by treasury", "A5 A9", [["removed"]], "older A2: sanctioned and suspended; newer A5 removed"),
    ("are pronico and cgn still shut down", "A6", [["export credential"]], "older A3: halted Mar 2023; newer A6: Pronico credential, restart plan"),
    ("has the guatemalan ministry issued pronico's export permit yet", "A6 A9", [["August 27"]], "older A4: not issued; newer A6: Aug 27 2024"),
    ("does cgn have an export credential now", "A8 A9", [["Niquegua"]], "older A6/A7: none; newer A8: for Niquegua Montufar, Fenix pending"),
    ("is mayaniquel allowed to export nickel again", "A8", [["November 26"]], "older A2: suspended; newer A8: credential Nov 26 2024"),
    ("are cgn and pronico operating under an ofac licence or fully delisted", "A5 A9", [["removed"]], "older A4: licence, still listed; newer A5: removed"),
    ("can us banks deal with pronico these days", "A5", [["without any restrictions"]], "older A3: blocked; newer A5: delisted"),
    ("how many workers will pronico hire when it restarts", "A6", [["1,300"]], "older A5: more than 1,000; newer A6: more than 1,300"),
    ("whats holding up the cgn pronico restart", "A6", [["financing"]], "older A4: waiting for ministry; newer A6: credential granted, needs financing"),
    # Odebrecht (10)
    ("is odebrecht still called odebrecht", "B4 B5 B6 B7", [["Novonor"]], "older B1-B3: Odebrecht; newer B4: renamed Novonor"),
    ("is novonor still paying the fines in its mpf leniency deal", "B6", [["suspended"]], "older B5: fines payable; newer B6: MPF payments suspended"),
    ("is novonor part of the cgu leniency renegotiation", "B8", [["withdrew its reservations"]], "older B7: left out; newer B8: rejoined"),
    ("is odebrechts construction arm still debarred by the world bank", "B8", [["January 2022"]], "older B1: three years from Jan 2019; newer B8: ran to Jan 2022"),
    ("how many companies are in the car wash leniency renegotiation", "B8", [["seven"]], "older B7: six cleared; newer B8: all seven"),
    ("is the novonor cgu leniency deal still as signed in 2018", "B8", [["50%"]], "older B6: CGU agreements remain valid; newer B8: renegotiation with cuts up to 50%"),
    ("is odebrecht still in bankruptcy protection waiting for a plan", "B4", [["approved"]], "older B2: filed June 2019; newer B4: plan approved 2020"),
    ("has the renegotiated novonor deal been approved by the stf", "B8", [["Mendonca"]], "older B7: 30 more days requested; newer B8: awaits homologation by Mendonca"),
    ("is odebrecht's compliance programme certified yet", "B4", [["certified"]], "older B1: must implement programme; newer B4: certified by DOJ monitor"),
    ("is the world bank the only development bank barring odebrecht", "B3 B8", [["Inter-American Development Bank", "IDB"]], "older B1: World Bank only; newer B3: IDB six-year bar"),
    # Glencore (10)
    ("is the dutch investigation into glencore still open", "C6 C8", [["dismiss"]], "older C1/C4: unresolved; newer C6: dismissed"),
    ("has anyone at glencore been charged in the uk", "C5 C7 C8", [["Beard"]], "older C2/C3: no charges; newer C5: five charged"),
    ("how many former glencore employees face charges", "C7 C8", [["six"]], "older C5: five; newer C7: six incl David Perez"),
    ("is glencore still facing any government investigations", "C6 C8", [["last of the previously disclosed"]], "older C4: Swiss/Dutch open; newer C6"),
    ("when is the trial of the ex glencore traders", "C7 C8", [["2027"]], "older C5: first appearance Sept 10; newer C7: June 1 2027"),
    ("has alex beard entered a plea", "C7", [["not guilty"]], "older C5: charged; newer C7: indicated not guilty, formal pleas Oct 2025"),
    ("what has glencore paid over its congo conduct", "C4 C8", [["180 million"]], "older C1: $27.5m paid to third parties; newer C4: $180m settlement"),
    ("is glencore's uk sentencing still pending", "C3 C8", [["281"]], "older C2: sentencing expected Nov; newer C3: about 281m"),
    ("did switzerland finish its glencore investigation", "C6 C8", [["CHF 2 million"]], "older C4: open; newer C6: summary penalty order"),
    ("is the us 1.1bn all glencore has paid in the bribery cases", "C8", [["281 million"]], "older C1: US resolution; newer C8: totals incl UK, Congo, Swiss"),
]

DISTRACTOR = [
    # Solway (El Estor state of siege distractor)
    ("el estor state of siege aside, why did washington sanction cgn and pronico", "A1 A3", [["bribery"]], "distractor: El Estor siege article; answer A1"),
    ("the fenix mine cgn runs at lake izabal - is cgn on the us sdn list today", "A5 A9", [["removed"]], "distractor: El Estor article; answer A5"),
    ("after the q'eqchi protests at the fenix mine, when did pronico get its export credential", "A6 A9", [["August 27"]], "distractor: El Estor article; answer A6"),
    ("giammattei sent troops to el estor over the solway mine - who did treasury accuse of leading solways operations", "A1", [["Kudryakov"]], "distractor: El Estor article; answer A1"),
    ("constitutional court suspended the fenix licence in 2019 - so when was the fenix licence originally granted", "A7", [["2006"]], "distractor: El Estor article; answer A7"),
    # Odebrecht (Toledo, Braskem distractors)
    ("toledo took odebrecht bribes for a highway - how long did the world bank debar odebrecht", "B1 B2", [["three years", "three-year"]], "distractor: Toledo article; answer B1"),
    ("peru's interoceanic highway bribes aside, which idb projects did odebrecht bribe on", "B3", [["Tocoma"]], "distractor: Toledo article; answer B3"),
    ("braskem's biggest shareholder novonor - when did odebrecht change its name to novonor", "B4", [["December 18"]], "distractor: Braskem article; answer B4"),
    ("after the braskem maceio mine collapse, did novonor get its leniency fines suspended", "B6", [["suspended"]], "distractor: Braskem article; answer B6"),
    ("marcelo odebrecht got 19 years - what did toffoli rule on the odebrecht leniency evidence", "B5", [["unusable"]], "distractor: Toledo article; answer B5"),
    # Glencore (cobalt, Beard profile distractors)
    ("glencore is stockpiling congo cobalt under the export ban - how much did it pay congo to settle corruption claims", "C4 C8", [["180 million"]], "distractor: cobalt article; answer C4"),
    ("alex beard the billionaire ex glencore oil boss - what is he charged with", "C5 C7", [["corrupt payments"]], "distractor: Beard profile; answer C5/C7"),
    ("glencore declared force majeure on congo cobalt - did swiss prosecutors fine glencore over congo", "C6 C8", [["CHF 2 million"]], "distractor: cobalt article; answer C6"),
    ("beard retired from glencore in 2019 and left adaptogen - when does his bribery trial start", "C7 C8", [["June 1, 2027"]], "distractor: Beard profile; answer C7"),
    ("glencore kamoto and mutanda cobalt aside, what was glencore energy uk ordered to pay in london", "C3 C8", [["281"]], "distractor: cobalt article; answer C3"),
]

UNANSWERABLE = [
    # Solway (13)
    ("how much did solway spend on lawyers to get delisted", "not in corpus"),
    ("who is the independent monitor solway appointed", "monitor promised, not named"),
    ("what is the name of the new york company that owns cgn", "entity not named"),
    ("has the mayaniquel arbitration tribunal issued an award", "only the notice and conciliation phase"),
    ("how much money did ofac freeze from cgn and pronico", "no frozen amount in corpus"),
    ("how much ferronickel did pronico export in 2025", "no 2025 output figures"),
    ("did the eu sanction solway or cgn", "no EU action in corpus"),
    ("which judges did kudryakov allegedly bribe", "names not given"),
    ("on what date was kudryakov's guatemalan residency cancelled", "cancellation mentioned without date"),
    ("what was cgn's revenue in 2021", "not in corpus"),
    ("who is guatemala's minister of energy and mines", "minister not named"),
    ("did canada sanction solway's guatemalan subsidiaries", "not in corpus"),
    ("how many protesters were arrested in el estor in 2021", "distractor near miss; not given"),
    # Odebrecht (13)
    ("how many world bank contracts did odebrecht lose because of the debarment", "not in corpus"),
    ("which charities received odebrecht's idb money", "not named"),
    ("who is novonor's ceo now", "not in corpus"),
    ("on what date did mendonca homologate novonors new leniency deal", "pending in corpus"),
    ("did the african development bank formally cross debar odebrecht", "only eligibility for cross-debarment stated"),
    ("how much has novonor paid the mpf under the leniency deal", "not given"),
    ("which colombian officials got bribes on the rio bogota project", "not named"),
    ("what did the world bank say when cno's debarment ended", "no statement in corpus"),
    ("has marcelo odebrecht's conviction been annulled", "not in corpus"),
    ("how much did braskem pay maceio residents in compensation", "distractor near miss; not given"),
    ("what is the value of novonor's stake in braskem", "not given"),
    ("which idb projects has oec bid on since 2019", "not in corpus"),
    ("how much did odebrecht bribe in peru in total", "Toledo $35m only; no total"),
    # Glencore (13)
    ("how much was alex beard's bail", "not in corpus"),
    ("who was the business partner in the swiss glencore case", "not named"),
    ("who are glencore's us compliance monitors", "not named"),
    ("what was glencore's profit in 2024", "not in corpus"),
    ("what sentence did anthony stimler get", "plea only"),
    ("did the us monitorship of glencore end early", "not in corpus"),
    ("did any african government sanction glencore", "not in corpus"),
    ("how much did glencore pay brazil", "Brazil amount not given"),
    ("what was the verdict in the ex glencore traders trial", "trial set for 2027"),
    ("how many oil cargoes did glencore get through the nigeria bribes", "not given"),
    ("did cameroon prosecute any officials over glencore bribes", "not in corpus"),
    ("how much cobalt is glencore stockpiling in congo", "distractor near miss; volumes undisclosed"),
    ("what is alex beard's current job", "not in corpus"),
    # off-topic (6)
    ("whats the weather like in guatemala city in july", "off-topic"),
    ("give me a recipe for feijoada", "off-topic"),
    ("who won the 2022 world cup final", "off-topic"),
    ("how do i reset my iphone to factory settings", "off-topic"),
    ("translate good morning into portuguese", "off-topic"),
    ("best time of year to see whales in peru", "off-topic"),
]


def src(keys):
    return [S[k] for k in keys.split()]


def main():
    rows = []
    n = 0

    def add(q, kind, sources, mm, notes):
        nonlocal n
        n += 1
        rows.append({"id": f"zk-{n:03d}", "question": q, "kind": kind, "expected_sources": sources,
                     "must_mention": mm, "notes": notes})

    for q, s, mm, notes in ANSWERABLE:
        add(q, "answerable", src(s), mm, notes)
    for q, s, mm, notes in TEMPORAL:
        add(q, "temporal", src(s), mm, notes)
    for q, s, mm, notes in DISTRACTOR:
        add(q, "distractor", src(s), mm, notes)
    for q, notes in UNANSWERABLE:
        add(q, "unanswerable", [], [], notes)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows: answerable={len(ANSWERABLE)} temporal={len(TEMPORAL)} "
          f"distractor={len(DISTRACTOR)} unanswerable={len(UNANSWERABLE)}")


if __name__ == "__main__":
    main()
