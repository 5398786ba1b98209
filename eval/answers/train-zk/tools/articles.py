"""Article texts and metadata for blind set qa-ZK (answers-zk).

Each article: slug (file name without extension), fmt (md / html / txt), date (ISO), title, outlet, byline,
shape (news, explainer, faq, press, court, blog, forum, interview), story (solway / odebrecht / glencore),
distractor flag, blocks (the article text) and, for html, comments.

Block types: a plain string is a paragraph; ("h", text) a subhead; ("ul", [items]) / ("ol", [items]) lists;
("faq", question, answer) a FAQ pair; ("post", user, when, text) a forum post.
Outlets, bylines, URLs, commenters and forum users are invented; facts are as of each article's date.
"""

PREFIX = "ZK-"

ARTICLES = [
    # ------------------------------------------------------------------ Story A: Solway / Guatemala nickel
    dict(
        slug="ZK-us-sanctions-solway-guatemala-nickel-units-nov-2022", fmt="md", date="2022-11-18",
        title="US sanctions Solway's Guatemalan nickel units over bribery schemes",
        outlet="Central America Wire", byline="By Lucia Ordonez", shape="news", story="solway", distractor=False,
        teaser="More from Central America Wire: Honduras power tariffs, coffee rust returns to Huehuetenango",
        blocks=[
            "GUATEMALA CITY - The US Treasury's Office of Foreign Assets Control (OFAC) on Friday imposed sanctions on "
            "three Guatemalan mining companies it described as subsidiaries of Solway Investment Group, together with "
            "two people it accused of running years of bribery schemes in the country's nickel sector.",
            ("h", "Who was named"),
            ("ul", [
                "Dmitry Kudryakov, a Russian citizen whom OFAC called the leader of Solway's mining operations in Guatemala;",
                "Iryna Litviniuk, a Belarusian citizen;",
                "Compania Guatemalteca de Niquel (CGN), which runs the Fenix mine at El Estor in Izabal;",
                "Compania Procesadora de Niquel de Izabal (Pronico), which processes and exports the ore;",
                "Mayaniquel, S.A.",
            ]),
            "Treasury said Kudryakov and Litviniuk directed multiple bribery schemes over several years involving "
            "politicians, judges and government officials. All five were designated under Executive Order 13818, which "
            "implements the Global Magnitsky Human Rights Accountability Act, so any property they hold in US "
            "jurisdiction is blocked and Americans are generally barred from dealing with them.",
            ("h", "What Washington said"),
            "\"We stand with the people of Guatemala and support the protection of their country's natural resources "
            "from external exploitation,\" said Brian Nelson, the Treasury's Under Secretary for Terrorism and Financial "
            "Intelligence. "
            "Treasury linked the action to the Biden administration's push against corruption as a root cause of "
            "migration from northern Central America, and said Solway has operated Guatemalan mines since 2011.",
            ("h", "A denial"),
            "Mayaniquel said the same day that it is not a Solway subsidiary, regretted what it called inaccuracies in "
            "the Treasury statement and said its legal team was already in contact with US officials.",
        ],
    ),
    dict(
        slug="ZK-mayaniquel-suspends-operations-after-sanctions-dec-2022", fmt="txt", date="2022-12-14",
        title="Mayaniquel suspends operations indefinitely after US sanctions",
        outlet="Istmo Economic Report", byline="By Rafael Cuxil", shape="news", story="solway", distractor=False,
        teaser="Our tip: how Guatemala's export credentials for minerals work, and who signs them",
        blocks=[
            "GUATEMALA CITY, Dec 14 - Mayaniquel, one of three Guatemalan nickel companies placed under US sanctions "
            "last month, said on Tuesday that it had been forced to suspend its operations indefinitely \"until the "
            "situation can be corrected\".",
            "The company, which holds the licence for the Sechol nickel project in Panzos, Alta Verapaz, blamed what it "
            "called an erroneous designation by the US Treasury's Office of Foreign Assets Control. It said it had paid "
            "its obligations, settled with its employees and cleared its debts to contractors and local suppliers, and "
            "that it had tried to limit the harm to development and social programmes in the Polochic Valley.",
            ("h", "THE SANCTIONS"),
            "On November 18 OFAC designated Mayaniquel, Compania Guatemalteca de Niquel (CGN) and Compania Procesadora "
            "de Niquel de Izabal (Pronico) under the Global Magnitsky programme, describing all three as subsidiaries of "
            "Solway Investment Group. It also designated Russian citizen Dmitry Kudryakov and Belarusian citizen Iryna "
            "Litviniuk, accusing them of directing bribery schemes involving politicians, judges and officials.",
            ("h", "THE DISPUTE"),
            "Mayaniquel has said from the start that it is not owned or controlled by Solway or by anyone named in the "
            "Treasury statement, and that its lawyers are in contact with Washington. Removal from the Specially "
            "Designated Nationals list requires OFAC to accept that the grounds for listing no longer apply. CGN and "
            "Pronico, which run the larger Fenix operation at El Estor, had not announced a halt by Wednesday.",
        ],
    ),
    dict(
        slug="ZK-guatemala-nickel-sanctions-faq-apr-2023", fmt="html", date="2023-04-12",
        title="Guatemala's sanctioned nickel companies: what the US listing means",
        outlet="Mining Compliance Notes", byline="By Daniel Whitcombe", shape="faq", story="solway", distractor=False,
        teaser="A plain-language guide to the Global Magnitsky designations in Guatemala's nickel sector",
        blocks=[
            ("faq", "Who is on the list?",
             "Since November 18, 2022: Russian citizen Dmitry Kudryakov, Belarusian citizen Iryna Litviniuk, and three "
             "companies that the US Treasury called Solway Investment Group subsidiaries - Compania Guatemalteca de "
             "Niquel (CGN), Compania Procesadora de Niquel de Izabal (Pronico) and Mayaniquel."),
            ("faq", "Why were they sanctioned?",
             "Treasury accused the two individuals of directing bribery schemes over several years involving "
             "politicians, judges and government officials. The legal basis is Executive Order 13818, the Global "
             "Magnitsky corruption and human rights programme."),
            ("faq", "Are CGN and Pronico still operating?",
             "No. CGN, which mines the ore, and Pronico, which processes and exports it, halted operations in March "
             "2023, four months after the designation. Mayaniquel suspended its own operations in December 2022."),
            ("faq", "What does the listing mean for banks and buyers?",
             "Property of the listed companies in US jurisdiction is blocked and US persons may not deal with them."),
            ("faq", "Can the companies get off the list?",
             "They can petition OFAC for removal by showing that the circumstances behind the listing have changed. "
             "Solway disputes the allegations and has said it commissioned an independent investigation. As of this "
             "month, all five names remain on the SDN list."),
            ("faq", "Has Guatemala done anything?",
             "Guatemala's migration institute cancelled the residence of Kudryakov and Litviniuk, a decision OFAC said "
             "it supported."),
        ],
        comments=[
            ("Marta V.", "April 13, 2023", "Useful. Our buyer asked whether ferronickel already at sea is affected - we are checking with counsel."),
            ("jk_trade", "April 14, 2023", "Good to see the point about non-US banks. Ours froze the account within days."),
        ],
    ),
    dict(
        slug="ZK-cgn-pronico-say-ministry-delays-restart-oct-2023", fmt="txt", date="2023-10-24",
        title="CGN and Pronico say ministry is holding up restart despite US licence",
        outlet="Istmo Economic Report", byline="By Rafael Cuxil", shape="news", story="solway", distractor=False,
        teaser="Our tip: what an OFAC specific licence allows - and what it does not",
        blocks=[
            "GUATEMALA CITY, Oct 24 - The two Solway-linked nickel companies in Izabal say they are ready to restart "
            "but are still waiting for Guatemala's Ministry of Energy and Mines (MEM) to renew the paperwork they need "
            "to export.",
            "The US Treasury's Office of Foreign Assets Control granted a licence to Compania Guatemalteca de Niquel "
            "(CGN) and Compania Procesadora de Niquel de Izabal (Pronico) at the start of October, after an "
            "investigation that lasted about a year, the companies said. The licence allows them to resume production "
            "and exports, but both companies remain on the Specially Designated Nationals list.",
            ("h", "THE MISSING CREDENTIAL"),
            "Mining companies also need an export credential from the ministry's Directorate General of Mining, valid "
            "for one year, before they can process and ship material. Marco Aceituno, president of CGN and Pronico, "
            "told a press conference that the companies applied after the US restriction was eased but that the "
            "ministry had not issued the document.",
            "Solway's legal director, Denis Gerasen, and its finance director, Arnen Isaakyan, were in Guatemala for a "
            "follow-up meeting with ministry officials this week. They said about 25,000 metric tons of nickel had gone "
            "unshipped and at least US$400 million in revenue had been lost since November last year.",
            "The ministry did not respond to questions by the time of publication.",
        ],
    ),
    dict(
        slug="ZK-us-lifts-sanctions-solway-guatemala-subsidiaries-jan-2024", fmt="html", date="2024-01-18",
        title="US lifts sanctions on Solway's Guatemalan nickel subsidiaries",
        outlet="Central America Wire", byline="By Lucia Ordonez", shape="news", story="solway", distractor=False,
        teaser="Fourteen months after the Global Magnitsky designations, OFAC removes CGN, Pronico and Mayaniquel",
        blocks=[
            "The US Treasury's Office of Foreign Assets Control on Wednesday, January 17, removed Compania "
            "Guatemalteca de Niquel (CGN), Compania Procesadora de Niquel de Izabal (Pronico) and Mayaniquel from its "
            "Specially Designated Nationals list, 14 months after designating them under the Global Magnitsky "
            "programme on November 18, 2022. The removal notice named the three companies.",
            ("h", "Solway's commitments"),
            "Solway Investment Group said from Zug that CGN and Pronico were \"now free to resume business without any "
            "restrictions\" and would work closely with the new administration of President Bernardo Arevalo and its "
            "Minister of Energy and Mining to obtain the export permits needed to restart and rehire the more than "
            "1,000 workers employed by the two companies.",
            "The group said it had committed to a broad anti-corruption programme, including the appointment of an "
            "independent monitor, and would shift ownership of the two subsidiaries to a new entity already "
            "incorporated in the State of New York so that they are subject to US law. It said it intends to complete "
            "the transfer in the near future.",
            ("h", "Mayaniquel: 'expressly acknowledged'"),
            "Mayaniquel said it was grateful for the decision, that OFAC had \"expressly acknowledged\" that it does not "
            "meet any criteria for such a sanction, and that, as it has said since December 2022, it is not related "
            "to any of the people or companies named in 2022.",
        ],
        comments=[
            ("Carlos M.", "January 18, 2024", "Good news for El Estor jobs, but the export credential is the real bottleneck now."),
            ("Ines", "January 19, 2024", "A New York holding company is an unusual promise. Who will the monitor be?"),
        ],
    ),
    dict(
        slug="ZK-guatemala-clears-pronico-to-export-aug-2024", fmt="md", date="2024-08-30",
        title="Guatemala clears Pronico to export ferronickel again",
        outlet="LatAm Metals Brief", byline="By Sofia Arriaga", shape="news", story="solway", distractor=False,
        teaser="More from LatAm Metals Brief: Chile's lithium contracts, Peru's copper corridor blockades",
        blocks=[
            "Guatemala's Ministry of Energy and Mines (MEM) has granted Compania Procesadora de Niquel de Izabal "
            "(Pronico) a new export credential, clearing the way for the Solway-owned processor to restart its plant "
            "after more than a year at a standstill. The ministry confirmed the decision on Friday; the company said "
            "the credential was issued on August 27.",
            ("h", "What the ministry said"),
            "\"We have authorised the issuance of export credentials for Pronico,\" said Julio Luna, head of the "
            "Directorate General of Mining. With them, he said, the company can start up its processing plant, buy raw "
            "material from its suppliers and sell the processed product.",
            ("h", "The road to restart"),
            ("ul", [
                "Pronico says ferronickel production should restart within 8 to 10 months, once it obtains financing from "
                "international banks to maintain the plant and carry out work at the mine.",
                "Restarting will need an investment of more than US$80 million.",
                "The company plans to hire more than 1,300 workers within 10 to 12 months.",
                "Marco Aceituno, appointed president of Pronico in 2023, called the credential \"only the first step\": "
                "the company currently has no product to export.",
            ]),
            "Pronico and its sister company Compania Guatemalteca de Niquel (CGN), which holds the extraction licence "
            "but still lacks an export credential, halted in March 2023 after US sanctions and were removed from the "
            "US list in January. Pronico says Guatemala has supplied about 1.8% of world nickel output.",
        ],
    ),
    dict(
        slug="ZK-qa-cgn-pronico-restart-interview-sep-2024", fmt="md", date="2024-09-17",
        title="Q&A: the CGN and Pronico bosses on when the Izabal nickel mines can restart",
        outlet="Guatemala Business Review", byline="Interview by Andrea Sic", shape="interview", story="solway", distractor=False,
        teaser="More from Guatemala Business Review: port tariffs at Santo Tomas, the new infrastructure law",
        blocks=[
            "Marco Aceituno, president of Compania Guatemalteca de Niquel (CGN) and Compania Procesadora de Niquel de "
            "Izabal (Pronico), and Denys Shevchenko, director of operations at Solway Investment Group, spoke to us "
            "after Pronico received its export credential in August. Answers are condensed.",
            ("h", "What is still missing before you can operate?"),
            "Aceituno: There are two kinds of licence and each company is different. CGN has two extraction licences in "
            "Izabal but still does not have its export credentials; we applied for them in November and December 2022.",
            ("h", "Are the extraction licences valid?"),
            "Aceituno: Yes, they are current and active. They are granted for 25 years and can be extended for another "
            "25. Fenix was granted in 2006 and Niquegua Montufar in 2013.",
            ("h", "So can CGN mine today?"),
            "Aceituno: We can extract and move material to the processing plant or to the port. What we cannot do "
            "without the export credential for nickel ore is sell it on the international market.",
            ("h", "What about the Inter-American Court ruling?"),
            "Aceituno: The Inter-American Court of Human Rights issued a judgment, but in our reading it does not "
            "reject the consultation carried out in 2021, so the Fenix licence remains valid.",
            ("h", "And the sanctions?"),
            "Shevchenko: The US removed them in January. Since then the focus has been the Guatemalan permits and "
            "financing for the plant.",
        ],
    ),
    dict(
        slug="ZK-mayaniquel-cgn-get-export-credentials-dec-2024", fmt="txt", date="2024-12-12",
        title="Mayaniquel and CGN get export credentials; arbitration threat stays",
        outlet="Istmo Economic Report", byline="By Rafael Cuxil", shape="news", story="solway", distractor=False,
        teaser="Our tip: investment arbitration notices and the 90-day cooling-off period, explained",
        blocks=[
            "GUATEMALA CITY, Dec 12 - Guatemala's Ministry of Energy and Mines (MEM) has issued export credentials to "
            "two more nickel companies once blacklisted by Washington, the companies said this week, but the parent of "
            "one of them is keeping its arbitration claim against the state alive.",
            ("h", "WHO GOT WHAT"),
            "Mayaniquel, which holds the licence for the Sechol project in Panzos, Alta Verapaz, received its credential "
            "on November 26, according to its Swiss-based parent. Compania Guatemalteca de Niquel (CGN) received a "
            "credential for its Niquegua Montufar field in Los Amates, Izabal; the credential for the Fenix mine at El "
            "Estor is still being processed. Both companies said they do not plan to restart excavation immediately "
            "while they prepare their plans.",
            "The Ministry of Economy said the suspension of mining activity at Sechol had also been lifted, meeting the "
            "demands of Mayaniquel's investor.",
            ("h", "THE ARBITRATION"),
            "International Metal Supply Holding S.A. (IMSH), Mayaniquel's parent, notified Guatemala on June 13 of its "
            "intention to bring an international investment arbitration claiming US$100 million, arguing that its "
            "investment was damaged by the delay in issuing export credentials. The 90-day conciliation phase expires "
            "on Friday, December 13. IMSH told reporters that the process has not been dropped.",
            "The energy ministry did not answer questions about the credentials.",
        ],
    ),
    dict(
        slug="ZK-forum-are-cgn-pronico-still-sdn-mar-2025", fmt="html", date="2025-03-04",
        title="Thread: Are CGN / Pronico still on the SDN list? (screening question)",
        outlet="TradeCompliance Forum", byline="Started by screen_ops", shape="forum", story="solway", distractor=False,
        teaser="Archived thread from the Sanctions Screening board",
        blocks=[
            ("post", "screen_ops", "March 4, 2025, 09:12",
             "Our screening tool threw a hit on Pronico for a ferronickel offer. The only note in our file is a 2023 "
             "FAQ saying CGN and Pronico were halted under US sanctions. Are they still blocked?"),
            ("post", "latam_kyc", "March 4, 2025, 09:40",
             "No. OFAC removed CGN, Pronico and Mayaniquel from the SDN list on January 17, 2024. The 2022 designation "
             "also named two individuals, Dmitry Kudryakov and Iryna Litviniuk; the January 2024 removal named only the "
             "three companies, so screen the people separately against the current list."),
            ("post", "nickel_trader_gt", "March 4, 2025, 10:05",
             "On the Guatemalan side: the ministry gave Pronico an export credential on August 27, 2024. CGN got one "
             "for Niquegua Montufar late last year, but as of December the Fenix credential was still pending. Solway "
             "also promised an independent monitor and a New York holding company for the two subsidiaries."),
            ("post", "latam_kyc", "March 4, 2025, 10:31",
             "Also note Mayaniquel's parent, IMSH, filed a notice of intent to arbitrate against Guatemala in June "
             "2024 for US$100 million over the credential delays. Not a sanctions issue, but worth a line in the file."),
            ("post", "screen_ops", "March 4, 2025, 11:02",
             "Thanks all - clearing the company hit and escalating the two names for a manual check."),
        ],
        comments=[],
    ),

    # ------------------------------------------------------------------ Story B: Odebrecht / Novonor
    dict(
        slug="ZK-world-bank-debars-odebrecht-three-years-jan-2019", fmt="md", date="2019-01-29",
        title="World Bank debars Odebrecht construction arm for three years",
        outlet="Development Procurement Monitor", byline="Agency summary by Helen Castro", shape="press",
        story="odebrecht", distractor=False,
        teaser="More from Development Procurement Monitor: how cross-debarment works between development banks",
        blocks=[
            "The World Bank announced on Tuesday, January 29, a three-year debarment of Construtora Norberto Odebrecht "
            "S.A. (CNO), the Brazil-based construction and engineering subsidiary of Odebrecht S.A., for fraudulent and "
            "collusive practices in the Rio Bogota Environmental Recuperation and Flood Control Project in Colombia.",
            ("h", "What the Bank found"),
            ("ul", [
                "CNO failed to disclose fees paid to commercial agents during the tender prequalification and bidding "
                "processes; those agents helped it obtain confidential information.",
                "With the help of an agent to whom it paid undisclosed fees, CNO sought to improperly influence a "
                "tendering package that was part of the project, a collusive practice.",
            ]),
            ("h", "Terms of the settlement"),
            "The debarment is part of a negotiated resolution in which CNO acknowledged responsibility for the "
            "underlying sanctionable practices. The three-year period is a reduced sanction reflecting the company's "
            "cooperation and voluntary remedial actions. Release is conditional: CNO must put in place an integrity "
            "compliance programme consistent with the World Bank Group's Integrity Compliance Guidelines.",
            "Odebrecht construction subsidiaries based in Colombia, Chile, Panama, Peru, Barbados, Angola, the United "
            "States, Luxembourg, Austria and the Cayman Islands were also debarred. The debarment qualifies for "
            "cross-debarment by the other signatories of the 2010 mutual enforcement agreement, including the African "
            "Development Bank and the Inter-American Development Bank.",
            ("h", "Background"),
            "The World Bank approved a US$250 million loan for the Bogota River project in December 2010. Odebrecht was "
            "ordered in April 2017 to pay US$2.6 billion in fines after admitting bribes of about US$788 million in 12 "
            "countries.",
        ],
    ),
    dict(
        slug="ZK-odebrecht-files-for-bankruptcy-protection-jun-2019", fmt="txt", date="2019-06-18",
        title="Odebrecht files for record bankruptcy protection",
        outlet="Brazil Markets Daily", byline="By Paulo Reis", shape="news", story="odebrecht", distractor=False,
        teaser="Our tip: what judicial recovery (recuperacao judicial) means for Brazilian creditors",
        blocks=[
            "SAO PAULO, June 18 - Odebrecht S.A. filed for bankruptcy protection in a Sao Paulo court on Monday, June 17, the "
            "largest such request in Brazilian history. The group listed debts of R$98.5 billion, including "
            "intercompany loans, surpassing the R$65 billion filing by telecoms group Oi in 2016.",
            ("h", "WHAT IS COVERED"),
            "The request covers 21 group companies, including the ODB holding and Kieppe, the vehicle of the Odebrecht "
            "family; R$83.6 billion can be renegotiated in court. Operating businesses such as the construction arm "
            "Odebrecht Engenharia e Construcao (OEC), the property developer OR, the Enseada shipyard, the oil services "
            "unit Ocyan and the petrochemical company Braskem were left out. The case is before judge Joao de Oliveira "
            "Rodrigues Filho of the 1st Bankruptcy and Judicial Recovery Court, who accepted it on Tuesday.",
            "The final trigger was an attempt by state bank Caixa to enforce a debt linked to the Arena Corinthians "
            "stadium, reports said. The company said the filing had become \"the most adequate measure to complete the "
            "process of financial restructuring\".",
            ("h", "FROM BOOM TO BUST"),
            "Founded in 1944, the Bahia group once had revenue of R$132 billion and 193,000 employees, but lost "
            "contracts after the Car Wash (Lava Jato) investigation exposed its bribery. In January the World Bank "
            "barred its construction arm, Construtora Norberto Odebrecht, from Bank-financed projects for three years "
            "over fraud and collusion in Colombia.",
        ],
    ),
    dict(
        slug="ZK-idb-debars-odebrecht-units-six-years-sep-2019", fmt="html", date="2019-09-05",
        title="IDB bars Odebrecht units for six years and takes $50 million for charities",
        outlet="Americas Finance Today", byline="By Gabriel Mendes", shape="news", story="odebrecht", distractor=False,
        teaser="The region's biggest development lender settles over bribes on projects in Sao Paulo and Venezuela",
        blocks=[
            "The Inter-American Development Bank (IDB) announced on Wednesday, September 4, a negotiated settlement with "
            "Odebrecht S.A. that bars its construction arm from IDB-financed work for six years, over bribes paid on two "
            "Bank-funded projects.",
            ("h", "Who is barred"),
            "CNO S.A. is debarred for six years and faces four further years of conditional non-debarment after that. "
            "Odebrecht Engenharia e Construcao S.A. (OEC) receives a ten-year conditional non-debarment, which lets it "
            "and its subsidiaries bid on IDB-financed projects as long as they fully meet the settlement terms. "
            "Nineteen CNO subsidiaries are covered; CNO branches in Africa were not debarred.",
            ("h", "What the IDB found"),
            "The IDB's integrity office found that between 2007 and 2015 illicit payments of up to US$118 million were "
            "made through a complex network of agents and offshore payment schemes on the Highway Rehabilitation "
            "Program in Sao Paulo, Brazil, and the Tocoma Hydroelectric Power Plant Program in Venezuela. The payments "
            "equalled at least 5 to 6% of each contract. Odebrecht did not contest the evidence.",
            ("h", "The $50 million"),
            "Odebrecht also agreed to contribute a total of US$50 million directly to NGOs and charities running social "
            "projects in the IDB's developing member countries, with payments starting in 2024. The IDB has 48 member "
            "countries, 26 of them borrowers.",
            "The US Justice Department had earlier cut the US share of Odebrecht's 2016 penalty from US$260 million "
            "to US$93 million.",
        ],
        comments=[
            ("Rui P.", "September 5, 2019", "Six years for CNO but a conditional pass for OEC. The real builder keeps bidding."),
            ("Andrea", "September 6, 2019", "Charity payments from 2024 is a long wait for a company in bankruptcy protection."),
        ],
    ),
    dict(
        slug="ZK-odebrecht-renamed-novonor-dec-2020", fmt="md", date="2020-12-19",
        title="Odebrecht becomes Novonor in bid to leave Car Wash behind",
        outlet="Brazil Markets Daily", byline="By Paulo Reis", shape="news", story="odebrecht", distractor=False,
        teaser="More from Brazil Markets Daily: Braskem's sale talks, the new infrastructure concessions",
        blocks=[
            "Odebrecht, the construction group at the centre of Brazil's biggest corruption scandal, announced on "
            "Friday, December 18, that its holding company will now be called Novonor.",
            "The change was announced by Mauricio Odebrecht, representative of the majority shareholder, at the "
            "group's annual meeting, streamed online to employees. \"We are not erasing the past. The past cannot be "
            "erased,\" he said. \"This is our new north.\"",
            ("h", "What changes"),
            ("ul", [
                "Novonor is a holding with 25,000 employees and six businesses: engineering and construction, urban "
                "mobility and highways, oil and gas, real estate, petrochemicals and shipbuilding.",
                "The company said the rebrand was the culmination of five years of transformation and that its "
                "compliance system had been certified two months earlier by an independent monitor of the US "
                "Department of Justice.",
                "Earlier rebrands gave the property unit the name OR, the ethanol business Atvos and the oil unit "
                "Ocyan.",
            ]),
            ("h", "The restructuring"),
            "The group filed for judicial recovery in June 2019 with debts of almost R$100 billion including "
            "intercompany loans; its plan was approved by creditors and the court this year, in the middle of the "
            "pandemic.",
            "The name does not change the multilateral bars on its construction arm: the World Bank's three-year "
            "debarment dates from January 2019, and the Inter-American Development Bank's six-year debarment of CNO from "
            "September 2019.",
        ],
    ),
    dict(
        slug="ZK-toffoli-annuls-odebrecht-leniency-evidence-sep-2023", fmt="txt", date="2023-09-07",
        title="Toffoli throws out Odebrecht leniency evidence, calls Lula's jailing a historic error",
        outlet="Brazil Court Watch", byline="Court summary by Ana Beatriz Lemos", shape="court", story="odebrecht",
        distractor=False, teaser="",
        blocks=[
            "BRASILIA, Sept 7 - Supreme Federal Court (STF) Minister Dias Toffoli on Wednesday, September 6, declared "
            "unusable, \"in any jurisdiction\", the evidence obtained through the leniency agreement signed by "
            "Odebrecht, now Novonor, in 2016 and homologated in 2017 under Operation Car Wash.",
            ("h", "THE DECISION"),
            "Acting on a request by the defence of President Luiz Inacio Lula da Silva, Toffoli annulled evidence "
            "drawn from the company's internal \"bribery systems\" as well as the confessions of its executives. He "
            "said the causes for annulment were objective and not limited to Lula's case but reached every case that "
            "relied on that material.",
            "Toffoli wrote that Lula's imprisonment \"could be called one of the greatest judicial errors in the "
            "history of the country. But, in truth, it was much worse\", describing it as a frame-up by certain public "
            "agents. Lula spent 580 days in prison before his convictions were annulled in 2021.",
            ("h", "ORDERS"),
            "The 13th Federal Court of Curitiba and federal prosecutors in Parana must share the full content of the "
            "leniency file with Lula's defence within ten days. The Federal Police must hand over, unedited, the "
            "material from the agreement and from Operation Spoofing. The Attorney General of the Union (AGU) was asked "
            "to examine the federal government's civil liability for damage caused.",
            ("h", "WHAT IT DOES NOT DO"),
            "The ruling concerns evidence. It did not address the fines Novonor owes under the agreement, which remain "
            "payable. Senator Sergio Moro, the former Car Wash judge, said he respects court decisions. Toffoli was "
            "appointed to the STF by Lula in 2009.",
            "(c) 2023 Brazil Court Watch. This summary is for information only and is not legal advice.",
        ],
    ),
    dict(
        slug="ZK-novonor-fines-suspended-faq-feb-2024", fmt="html", date="2024-02-10",
        title="Novonor's fines on hold? What Toffoli did and did not suspend",
        outlet="Brazil Court Watch", byline="By Ana Beatriz Lemos", shape="faq", story="odebrecht", distractor=False,
        teaser="The former Odebrecht won a pause on part of its Car Wash leniency payments. Here is what it covers.",
        blocks=[
            ("faq", "What did Toffoli decide?",
             "In a decision signed on Wednesday, January 31, and made public on February 1, Minister Dias Toffoli of "
             "the Supreme Federal Court suspended the payments Novonor, formerly Odebrecht, owes under the leniency "
             "agreement it signed with the Federal Public Prosecutor's Office (MPF) in December 2016. He cited "
             "\"reasonable doubt\" about whether the company signed voluntarily and allowed it to seek a renegotiation "
             "with the Comptroller General (CGU) and the AGU."),
            ("faq", "Why?",
             "Novonor wanted time to review the Operation Spoofing messages between former judge Sergio Moro and Car "
             "Wash prosecutors."),
            ("faq", "How big is the leniency deal?",
             "The overall leniency agreement was worth R$8.5 billion, payable over 23 years."),
            ("faq", "Does the pause cover the CGU and AGU agreement?",
             "No. The AGU said on Tuesday, February 6, that the suspension reached only the MPF agreement, and a CGU "
             "legal opinion of February 7 said its agreements with Novonor \"remain valid\". On Friday, February 9, "
             "Toffoli confirmed it: \"There was no deliberation on the suspension of the pecuniary obligations\" in the "
             "agreements with the CGU and the AGU, which he only allowed to be re-evaluated."),
            ("faq", "Is there a precedent?",
             "Yes. On December 20 Toffoli suspended payments of R$10.3 billion owed by J&F, the holding of the JBS "
             "meatpacker, and in September 2023 he had already declared the Odebrecht leniency evidence unusable."),
        ],
        comments=[
            ("Fernanda", "February 10, 2024", "So the company still pays the government agencies, just not the prosecutors. Messy."),
            ("Tiago R.", "February 11, 2024", "Will the development banks care?"),
        ],
    ),
    dict(
        slug="ZK-government-bars-novonor-from-leniency-renegotiation-jun-2024", fmt="md", date="2024-06-28",
        title="Government leaves Novonor out of Car Wash leniency renegotiation",
        outlet="Brasilia Briefing", byline="By Marcos Tavares", shape="news", story="odebrecht", distractor=False,
        teaser="More from Brasilia Briefing: the fiscal framework review, Petrobras dividend fight",
        blocks=[
            "Brazil's Comptroller General (CGU) and Attorney General of the Union (AGU) announced on Thursday, June 27, "
            "an agreement with construction companies caught up in Operation Car Wash that cuts their leniency fines by "
            "up to 50%. Novonor, the former Odebrecht, was left out.",
            ("h", "Six in, one out"),
            "Seven companies had been negotiating. Six were cleared to continue: Andrade Gutierrez, UTC, Braskem, CCCC "
            "(formerly Camargo Correa), Nova Participacoes (formerly Engevix) and Metha (formerly OAS). Government "
            "officials said Novonor had raised reservations that amounted to disagreement with the terms, questioning "
            "both the final reduction and the correction index to be applied. The CGU and AGU decided to go ahead only "
            "with companies that accepted the offer \"expressly\"; Novonor can still join if it drops its objections.",
            ("h", "The numbers"),
            ("ul", [
                "Novonor is the largest debtor: of about R$2.7 billion it promised the government in its 2018 agreement, "
                "only R$171 million has been paid.",
                "Together the companies owe about R$8 billion, almost R$12 billion in updated values.",
                "The agencies asked the Supreme Federal Court for 30 more days to settle final terms, including "
                "instalments.",
            ]),
            "The talks grew out of a case filed by the PSOL, PCdoB and Solidariedade parties, which argue that the Car "
            "Wash leniency deals created an unconstitutional state of affairs.",
        ],
    ),
    dict(
        slug="ZK-novonor-back-in-leniency-deal-blog-jul-2024", fmt="html", date="2024-07-05",
        title="Novonor climbs back on board: three points on the new leniency terms",
        outlet="Compliance Latam", byline="By Renato Freitas", shape="blog", story="odebrecht", distractor=False,
        teaser="The former Odebrecht accepts the government's offer; the development banks' clocks keep running",
        blocks=[
            "A week after being shut out, Novonor has changed course. Three points for compliance teams:",
            ("ol", [
                "Novonor withdrew its reservations and accepted the CGU and AGU terms, according to O Globo's Renata "
                "Agostini, so all seven Car Wash contractors - Novonor, Andrade Gutierrez, UTC, Braskem, CCCC, Nova "
                "Participacoes and Metha - are now cleared for the final stage, which covers instalments. The offer "
                "allows fines to be cut by up to 50%.",
                "Nothing is final yet. The renegotiated agreements still need to be homologated by Supreme Federal "
                "Court Minister Andre Mendonca, who is handling the parties' challenge to the leniency deals. The "
                "suspension of the MPF fines ordered by Minister Toffoli in February is a separate track.",
                "The multilateral bars run on their own clocks. The World Bank's three-year debarment of Construtora "
                "Norberto Odebrecht from January 2019 ran to January 2022, with release conditional on its compliance "
                "programme. The Inter-American Development Bank's six-year debarment of CNO from September 2019 runs to "
                "2025, and OEC's ten-year conditional non-debarment runs to 2029.",
            ]),
            ("h", "Our view"),
            "Domestic fines are being cut and paused, but counterparties in development-bank projects should still "
            "check the IDB list before awarding work to any Novonor construction entity.",
        ],
        comments=[
            ("Luiza C.", "July 5, 2024", "Helpful summary. Point 3 is the one our procurement team keeps missing."),
            ("Henrique", "July 6, 2024", "Mendonca may take months. Nobody should book the discount yet."),
        ],
    ),

    # ------------------------------------------------------------------ Story C: Glencore bribery penalties
    dict(
        slug="ZK-glencore-pleads-guilty-us-bribery-seven-countries-may-2022", fmt="md", date="2022-05-25",
        title="Glencore pleads guilty in US to bribery in seven countries",
        outlet="Commodity Enforcement Review", byline="By Thomas Greer", shape="news", story="glencore", distractor=False,
        teaser="More from Commodity Enforcement Review: Platts benchmarks under scrutiny, the CFTC's oil cases",
        blocks=[
            "Two Glencore units pleaded guilty in US federal courts on Tuesday, May 24, and agreed to pay more than "
            "$1.1 billion to resolve bribery and market manipulation charges, part of a coordinated resolution with "
            "authorities in the United States, the United Kingdom and Brazil.",
            ("h", "The pleas"),
            ("ul", [
                "Glencore International AG pleaded guilty in the Southern District of New York to conspiracy to violate "
                "the anti-bribery provisions of the Foreign Corrupt Practices Act, agreeing to a criminal fine of more "
                "than $428 million and forfeiture of more than $272 million, with credits for payments to other "
                "authorities.",
                "Glencore Ltd pleaded guilty in the District of Connecticut to conspiracy to commit commodity price "
                "manipulation; about $486 million relates to that scheme.",
            ]),
            "Glencore admitted that between 2007 and 2018 it paid more than $100 million to intermediaries, intending "
            "a significant portion to be used as bribes to officials in Nigeria, Cameroon, Ivory Coast, Equatorial "
            "Guinea, Brazil, Venezuela and the Democratic Republic of the Congo. In Congo it paid about $27.5 million to "
            "third parties. The company will be subject to independent compliance monitors.",
            ("h", "Reactions"),
            "Attorney General Merrick Garland called it the department's \"largest criminal enforcement action to date "
            "for a commodity price manipulation conspiracy in oil markets\". Chief executive Gary Nagle said \"this type of "
            "behaviour has no place in the company\".",
            "Glencore said the final cost, including a fine still to come in Britain, should not exceed the $1.5 billion "
            "it set aside in February. Investigations in Switzerland and the Netherlands remain unresolved.",
        ],
    ),
    dict(
        slug="ZK-glencore-uk-arm-admits-bribery-counts-jun-2022", fmt="txt", date="2022-06-21",
        title="Glencore's UK arm admits seven bribery counts over African oil",
        outlet="City Courts Reporter", byline="By Eleanor Pike", shape="news", story="glencore", distractor=False,
        teaser="Our tip: section 7 of the Bribery Act and the 'adequate procedures' defence",
        blocks=[
            "LONDON, June 21 - Glencore Energy UK Ltd pleaded guilty on Tuesday to seven charges under the Bribery Act "
            "2010 brought by the Serious Fraud Office (SFO), over bribes paid to secure oil in five African countries.",
            ("h", "THE COUNTS"),
            "Five counts are of bribery under section 1 of the Act and two of failing to prevent bribery under section "
            "7. The pleas were entered before the Honorary Recorder of Westminster. The SFO, which opened its "
            "investigation in 2019, said employees and agents paid bribes of more than $28 million for preferential "
            "access to oil - increased cargoes, more valuable grades and better delivery dates - in Cameroon, "
            "Equatorial Guinea, Ivory Coast, Nigeria and South Sudan.",
            ("h", "WHAT COMES NEXT"),
            "Sentencing is expected in November. The SFO worked alongside the US Department of Justice and Dutch and "
            "Swiss prosecutors; last month Glencore entities pleaded guilty in the United States.",
            "Campaign group Spotlight on Corruption said the court must now impose a fine that reflects \"the "
            "staggering scale and seriousness\" of the offending, and others called for prosecutions of the senior "
            "executives who backed the scheme. No individuals have been charged in Britain.",
        ],
    ),
    dict(
        slug="ZK-glencore-ordered-to-pay-281m-uk-bribery-nov-2022", fmt="html", date="2022-11-03",
        title="Glencore ordered to pay 281 million pounds over 'endemic' bribery on London oil desk",
        outlet="City Courts Reporter", byline="By Eleanor Pike", shape="news", story="glencore", distractor=False,
        teaser="Record confiscation order as Mr Justice Fraser sentences Glencore Energy UK at Southwark",
        blocks=[
            "Glencore Energy UK Ltd was ordered on Thursday to pay about £281 million in fines, confiscated profits and "
            "costs for bribing officials in West Africa, after Mr Justice Fraser sentenced it at Southwark Crown Court.",
            ("h", "The sentence"),
            "The judge imposed a fine of £182,935,392 and a confiscation order of £93,479,338.95, and ordered the company "
            "to pay prosecution costs of £4,550,362, all within 30 days. The fine included a one-third discount for the "
            "guilty pleas. The SFO said it was the largest amount ever recovered through confiscation in Britain.",
            "\"The corruption is of extended duration, and took place across five separate countries in West Africa, "
            "but had its origins in the West Africa oil trading desk of the defendant in London. It was endemic "
            "amongst traders on that particular desk,\" the judge said. Other companies tempted to do the same "
            "\"should be aware that similar sanctions lie ahead\".",
            ("h", "Cash on private jets"),
            "Prosecutors told the court that employees and agents used private jets to carry cash for bribes in "
            "Cameroon and South Sudan. In a ruling on October 31 the judge refused Nigeria's application for a "
            "compensation order. Several individuals, including former executives, remain under SFO investigation; "
            "their identities are protected by reporting restrictions and no charges have been brought.",
            "Clare Montgomery KC, for Glencore, said the company \"unreservedly regrets the harm caused\".",
        ],
        comments=[
            ("Ola A.", "November 3, 2022", "Nigeria gets no compensation at all? That part deserves more attention."),
            ("compliance_sam", "November 4, 2022", "The confiscation figure is the number boards will remember."),
        ],
    ),
    dict(
        slug="ZK-glencore-to-pay-congo-180m-corruption-dec-2022", fmt="txt", date="2022-12-05",
        title="Glencore to pay Congo $180 million to settle corruption claims",
        outlet="Africa Mining Ledger", byline="By Jean-Paul Ilunga", shape="news", story="glencore", distractor=False,
        teaser="Our tip: how Congo's mining code treats settlements with foreign investors",
        blocks=[
            "KINSHASA, Dec 5 - Glencore will pay the Democratic Republic of Congo $180 million under an agreement "
            "covering all present and future claims arising from alleged acts of corruption by the group in the country "
            "between 2007 and 2018, the company said on Monday.",
            ("h", "THE TERMS"),
            "The payment is made on behalf of Glencore's Congo-associated companies, which will also continue to "
            "implement an ethics and compliance programme. The deal covers activities investigated by, among others, "
            "the US Department of Justice and Congo's National Financial Intelligence Unit and Ministry of Justice. It "
            "is governed by Congolese law, and the only admissions relate to conduct already recognised in Glencore's "
            "resolution with the DOJ, under which it acknowledged paying about $27.5 million to third parties in Congo.",
            "\"Glencore is a long-standing investor in the DRC and is pleased to have reached this agreement to address "
            "the consequences of its past conduct,\" chairman Kalidas Madhavpeddi said. The Congolese government "
            "declined to comment.",
            ("h", "ASSETS AT STAKE"),
            "Glencore owns the Mutanda copper-cobalt mine and a controlling stake in Kamoto Copper Company (KCC). The "
            "settlement follows its US pleas in May and a UK penalty of about £281 million in November. Investigations "
            "in Switzerland and the Netherlands remain open.",
        ],
    ),
    dict(
        slug="ZK-sfo-charges-alex-beard-former-glencore-staff-aug-2024", fmt="md", date="2024-08-02",
        title="SFO charges Glencore's former oil chief Alex Beard and four others",
        outlet="Commodity Enforcement Review", byline="By Thomas Greer", shape="news", story="glencore", distractor=False,
        teaser="More from Commodity Enforcement Review: the SFO's new director on corporate cooperation",
        blocks=[
            "Britain's Serious Fraud Office (SFO) on Thursday, August 1, charged five former Glencore employees with "
            "conspiring to make corrupt payments to benefit the company's oil operations in West Africa.",
            ("h", "Who is charged"),
            ("ul", [
                "Alex Beard, Andrew Gibson, Paul Hopkirk, Ramon Labiaga and Martin Wakefield are charged over the "
                "awarding of oil contracts in Cameroon, Nigeria and Ivory Coast between 2007 and 2014.",
                "Gibson and Wakefield are also charged over the falsification of invoices sent to Glencore's London "
                "office, marked as service fees to a Nigerian oil consultancy, between 2007 and 2011.",
                "All five are due at Westminster Magistrates' Court on September 10.",
            ]),
            ("h", "The agency"),
            "\"Bribery damages financial markets and causes lasting harm to communities,\" SFO director Nick Ephgrave "
            "said. \"Today's action is an important step towards exposing overseas corruption and holding those who are "
            "responsible to account.\"",
            "The SFO had asked the Attorney General for consent to prosecute on June 14; charging decisions on as many "
            "as 11 individuals had been delayed several times since the company was sentenced in 2022. Glencore said it "
            "had cooperated with the SFO and resolved its own case in 2022.",
        ],
    ),
    dict(
        slug="ZK-swiss-prosecutor-fines-glencore-congo-aug-2024", fmt="html", date="2024-08-06",
        title="Swiss prosecutor fines Glencore over Congo bribe by partner; Dutch case dropped",
        outlet="Africa Mining Ledger", byline="By Jean-Paul Ilunga", shape="news", story="glencore", distractor=False,
        teaser="A CHF 2 million fine and a $150 million compensation claim close the last open probes into the company",
        blocks=[
            "Switzerland's Office of the Attorney General (OAG) has found Glencore International AG criminally liable "
            "for failing to prevent the bribery of a Congolese public official by a business partner in 2011, in a "
            "summary penalty order dated Monday, August 5.",
            ("h", "The order"),
            "The OAG fined Glencore CHF 2 million and imposed a compensation claim of $150 million, reflecting the "
            "estimated benefit obtained by the partner - about $152 million in total. The bribery took place when the "
            "partner acquired minority stakes in two Congolese mining companies from a state-owned mining company for "
            "less than their value. Glencore, the OAG said, failed to take all necessary and reasonable organisational "
            "measures to prevent it. The partner was not named.",
            "The investigation was opened in June 2020, and Glencore's cooperation reduced the penalty. The OAG "
            "abandoned other proceedings, including questions over the 2008 and 2009 renegotiation of a joint venture "
            "with the Congolese state mining company. It did not find that any Glencore employee knew of the bribery or "
            "that Glencore benefited financially.",
            ("h", "No appeal"),
            "Glencore does not admit the findings but will not appeal, so the order is final. The Dutch Prosecution "
            "Service dismissed its parallel case after the Swiss resolution. \"This concludes the last of the "
            "previously disclosed government investigations into historical misconduct,\" chairman Kalidas Madhavpeddi "
            "said.",
        ],
        comments=[
            ("Bertrand", "August 6, 2024", "Liable for a partner's bribe without any employee knowing. That is the lesson for agents."),
            ("M. Kabongo", "August 7, 2024", "Compensation goes to the Swiss state, not to Congo. Worth saying louder."),
        ],
    ),
    dict(
        slug="ZK-ex-glencore-traders-trial-set-june-2027-oct-2024", fmt="txt", date="2024-10-09",
        title="Former Glencore traders to face bribery trial in June 2027",
        outlet="City Courts Reporter", byline="Court summary by Eleanor Pike", shape="court", story="glencore",
        distractor=False, teaser="",
        blocks=[
            "LONDON, Oct 9 - A judge at Southwark Crown Court on Wednesday set June 1, 2027 as the start of the trial of "
            "six former Glencore employees charged by the Serious Fraud Office. The trial is expected to last up to six "
            "months; England's criminal courts face a heavy backlog.",
            ("h", "THE DEFENDANTS"),
            "Alex Beard, 57, the former head of oil, faces two counts of conspiracy to make corrupt payments to "
            "government officials and officials of state-owned oil companies: in Nigeria between 2010 and 2014 and in "
            "Cameroon between 2007 and 2014. Andrew Gibson, Paul Hopkirk, Ramon Labiaga, David Perez and Martin "
            "Wakefield are charged with making corrupt payments relating to operations in Nigeria, Cameroon or Ivory "
            "Coast. Gibson, Perez and Wakefield are also charged with conspiracy to falsify documents between 2007 and "
            "2011.",
            ("h", "PLEAS"),
            "At their first appearance at Westminster Magistrates' Court on September 10, Beard, Gibson and Hopkirk "
            "indicated not guilty pleas; Labiaga, Perez and Wakefield did not indicate pleas and were not required to. "
            "Beard was not asked to plead on Wednesday. All six are expected to enter formal pleas in October 2025.",
            ("h", "BACKGROUND"),
            "Beard joined Glencore in 1995 from BP and ran its oil business from 2007 until he retired in 2019. The "
            "prosecution is led by Alexandra Healy KC for the SFO.",
            "(c) 2024 City Courts Reporter. This summary is for information only and is not legal advice.",
        ],
    ),
    dict(
        slug="ZK-glencore-bribery-cases-where-things-stand-faq-sep-2025", fmt="html", date="2025-09-22",
        title="Glencore's bribery cases: where things stand",
        outlet="Commodity Enforcement Review", byline="By Thomas Greer", shape="faq", story="glencore", distractor=False,
        teaser="The company's cases are closed; the individuals' trial is still ahead",
        blocks=[
            ("faq", "Has Glencore resolved every investigation into the company?",
             "Yes, by its own account. The US and Brazilian cases were resolved in May 2022, the UK sentence came in "
             "November 2022, the Congo settlement in December 2022, and the Swiss summary penalty order and the Dutch "
             "dismissal in August 2024 - described by the company as the last of the previously disclosed government "
             "investigations."),
            ("faq", "How much has it paid?",
             "More than $1.1 billion in the US, about £281 million in the UK, $180 million to Congo and about $152 "
             "million in Switzerland (a CHF 2 million fine plus a $150 million compensation claim)."),
            ("faq", "Which countries were involved?",
             "The US plea covered Nigeria, Cameroon, Ivory Coast, Equatorial Guinea, the Democratic Republic of the "
             "Congo, Brazil and Venezuela; the UK case covered Cameroon, Equatorial Guinea, Ivory Coast, Nigeria and "
             "South Sudan."),
            ("faq", "Are individuals being prosecuted?",
             "Yes. In the UK, six former employees including former head of oil Alex Beard face trial at Southwark "
             "Crown Court from June 1, 2027, with formal pleas expected in October 2025. In the US, former trader "
             "Anthony Stimler pleaded guilty in 2021."),
            ("faq", "Is the company still monitored?",
             "The 2022 US plea agreement required independent compliance monitors; we have not reviewed their "
             "reports."),
        ],
        comments=[
            ("Greta L.", "September 22, 2025", "Handy table for our due diligence file. Thanks."),
            ("oil_desk_veteran", "September 23, 2025", "2027 for a trial about 2007 conduct. Twenty years."),
        ],
    ),

    # ------------------------------------------------------------------ Distractors
    dict(
        slug="ZK-glencore-congo-cobalt-export-ban-unsold-aug-2025", fmt="txt", date="2025-08-07",
        title="Glencore expects much of its Congo cobalt to stay unsold this year",
        outlet="Africa Mining Ledger", byline="By Jean-Paul Ilunga", shape="news", story="glencore", distractor=True,
        teaser="Our tip: how cobalt hydroxide is priced and why Congo's quotas matter",
        blocks=[
            "KINSHASA, Aug 7 - Glencore said on Wednesday that a significant portion of its cobalt production from the "
            "Democratic Republic of Congo is likely to remain unsold by the end of 2025 because of the country's "
            "suspension of cobalt exports.",
            ("h", "THE BAN"),
            "Congo, the world's top cobalt supplier, imposed a four-month export suspension in February after prices "
            "fell to a nine-year low, then extended it by three months in June while the government worked out how to "
            "distribute export quotas among miners. The regulator, ARECOMS, cited high stock levels.",
            "\"The extension of the export ban is expected to significantly tighten cobalt availability and accelerate "
            "inventory drawdowns, providing support to prices,\" Glencore said in its first-half results. It told "
            "analysts its assumptions were \"quite conservative\" and that there would be no material effect on results "
            "even if it sold no Congolese cobalt for the rest of the year.",
            ("h", "STOCKPILING"),
            "Glencore, the world's second-largest cobalt producer, has been stockpiling its Congo output in the country "
            "and declared force majeure on some deliveries earlier this year, sources told Reuters. Its cobalt output "
            "rose 19% to 18,900 tonnes in January-June, and it expects 42,000 to 45,000 tonnes in 2025, up from 38,200 "
            "tonnes in 2024. Glencore supports the quota plan; China's CMOC has lobbied to lift the ban.",
        ],
    ),
    dict(
        slug="ZK-alex-beard-steps-back-from-adaptogen-jul-2024", fmt="md", date="2024-07-26",
        title="Alex Beard steps back from his renewables fund",
        outlet="Trading Floor Weekly", byline="By Nick Halloran", shape="news", story="glencore", distractor=True,
        teaser="More from Trading Floor Weekly: who runs oil at the big trading houses now",
        blocks=[
            "Alex Beard, the billionaire former head of oil at Glencore, has stepped down as a director of Adaptogen "
            "Capital, the investment fund he set up in 2020 to back renewable energy projects, according to filings at "
            "Companies House this month.",
            ("h", "A trader's career"),
            ("ul", [
                "Beard joined Glencore in 1995 after five years as an oil trader at BP, then the biggest trading desk.",
                "He helped build Glencore into one of the top three oil traders, handling as much as 7% of the world's "
                "oil at its peak.",
                "He was Glencore's highest-ranking executive in the UK when he retired in 2019.",
            ]),
            "Forbes estimates his wealth at about $2 billion, largely from the Glencore shares he received as a partner "
            "before the company's 2011 listing.",
            ("h", "After Glencore"),
            "Adaptogen was launched as the energy transition drew money into wind, solar and storage. Filings do not "
            "say who will replace him on the board, and the fund has not commented on its plans. Beard, who keeps a low "
            "public profile, did not respond to requests for comment.",
            "Former colleagues describe him as a blunt, numbers-first trader who rarely gave interviews, even at the "
            "height of Glencore's oil business, and who has spent more time on polo than on public life since leaving.",
        ],
    ),
    dict(
        slug="ZK-braskem-maceio-mine-collapse-dec-2023", fmt="md", date="2023-12-11",
        title="Braskem salt mine partly collapses under Maceio lagoon",
        outlet="Brazil Markets Daily", byline="By Paulo Reis", shape="news", story="odebrecht", distractor=True,
        teaser="More from Brazil Markets Daily: Braskem's shareholder talks, Alagoas demands compensation",
        blocks=[
            "Part of mine number 18 operated by petrochemical group Braskem in Maceio, capital of Alagoas state, "
            "collapsed on Sunday, December 10, under the Mundau lagoon in the Mutange neighbourhood, the city's civil "
            "defence said.",
            ("h", "No victims"),
            "The rupture happened at around 1:15 p.m. after weeks of monitoring following ground movement; the area had "
            "been evacuated since a collapse alert on November 29, so there were no victims. \"The collapse was "
            "concentrated, it was local,\" said mayor Joao Henrique Caldas. \"People in other areas can rest assured.\"",
            "He said the city would make sure Braskem \"pays all its liabilities to the people of Maceio and the people "
            "of Alagoas\". Braskem said its monitoring system detected the movement and that it informed the "
            "authorities immediately.",
            ("h", "Decades of subsidence"),
            "Braskem's roughly 40 years of rock salt mining in Maceio have forced tens of thousands of residents from "
            "their homes in neighbourhoods including Bebedouro, Bom Parto, Pinheiro and Mutange. The mine has been "
            "inactive since 2019, and the company is closing wells under a plan approved by the National Mining Agency.",
            ("h", "Shareholders"),
            "Novonor, the former Odebrecht, is Braskem's largest shareholder, and Petrobras holds a large stake. The "
            "collapse adds to uncertainty over long-running talks about the sale of Novonor's stake.",
        ],
    ),
    dict(
        slug="ZK-el-estor-state-of-siege-fenix-mine-oct-2021", fmt="html", date="2021-10-25",
        title="Guatemala declares state of siege in El Estor after protests at Fenix nickel mine",
        outlet="Central America Wire", byline="By Lucia Ordonez", shape="news", story="solway", distractor=True,
        teaser="Q'eqchi' fishermen say the mine is polluting Lake Izabal; the government sends in troops",
        blocks=[
            "Guatemalan President Alejandro Giammattei on Sunday, October 24, decreed a 30-day state of siege in the "
            "municipality of El Estor, Izabal, after clashes between security forces and Indigenous Q'eqchi' protesters "
            "opposed to the Fenix nickel mine.",
            ("h", "The protest"),
            "Since October 4, members of Q'eqchi' ancestral councils had blocked trucks carrying supplies to the mine, "
            "which is operated by Compania Guatemalteca de Niquel (CGN), a unit of Solway Investment Group. Police fired "
            "tear gas on Friday and Saturday; the police said several officers were injured. The decree, which Congress "
            "must ratify, bans protests and imposes a night curfew enforced by police and soldiers.",
            "\"This company is bringing us death,\" said fisherman and protest leader Cristobal Pop, who says fish "
            "stocks in Lake Izabal, Guatemala's largest lake, have dwindled since the mine resumed extraction in 2014. "
            "The company denies polluting the lake and says adequate environmental protections are in place.",
            ("h", "The court ruling"),
            "Human Rights Ombudsman Jordan Rodas said the mine is operating illegally because the Constitutional Court "
            "suspended its licence in 2019 for lack of prior consultation with Indigenous communities. The energy "
            "ministry is running a consultation process that the protesting councils say excluded them.",
        ],
        comments=[
            ("Pedro Xol", "October 25, 2021", "The curfew starts at six. Fishermen go out before dawn. Think about that."),
            ("R. Herrera", "October 26, 2021", "Jobs matter too. Hundreds of families in El Estor work for the plant."),
        ],
    ),
    dict(
        slug="ZK-toledo-sentenced-odebrecht-bribes-oct-2024", fmt="txt", date="2024-10-22",
        title="Peru's Toledo sentenced to 20 years over Odebrecht highway bribes",
        outlet="Andes Report", byline="By Carmen Quispe", shape="news", story="odebrecht", distractor=True,
        teaser="Our tip: Peru's other ex-presidents under investigation, and where the cases stand",
        blocks=[
            "LIMA, Oct 22 - Former Peruvian president Alejandro Toledo was sentenced on Monday to 20 years and six months "
            "in prison for taking $35 million in bribes from the Brazilian construction company Odebrecht, now known as "
            "Novonor.",
            ("h", "THE CASE"),
            "The court found that Toledo, president from 2001 to 2006, favoured Odebrecht in the award of sections 2 "
            "and 3 of the Southern Interoceanic Highway linking Peru's Pacific coast with Brazil. Prosecutors said the "
            "money was laundered through accounts of Israeli businessman Josef Maiman. The sentence was read in a "
            "temporary courtroom inside the Barbadillo prison in Lima, built for former presidents.",
            "Toledo, 78, denied the charges and had asked to serve his time at home because he has cancer. His sentence "
            "is counted from April 23, 2023, the day he was extradited from the United States, and runs to October 22, "
            "2043. His lawyer said he would appeal.",
            ("h", "OTHER CASES"),
            "Former presidents Pedro Pablo Kuczynski and Ollanta Humala are also under investigation in connection with "
            "Odebrecht. Former Odebrecht chief executive Marcelo Odebrecht was sentenced in Brazil in 2016 to 19 years "
            "in prison, later reduced.",
        ],
    ),
]


def by_slug():
    return {a["slug"]: a for a in ARTICLES}


def filename(a):
    return a["slug"] + "." + a["fmt"]


DISTRACTOR_FILES = sorted(filename(a) for a in ARTICLES if a["distractor"])
