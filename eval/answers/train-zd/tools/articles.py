"""Article text and metadata for the blind set answers-zd.

Each article: file, title, date (YYYY-MM-DD), outlet, shape, topic, distractor flag, blocks.
blocks: ("p", text) paragraph, ("h", text) subhead, ("ul", [items]) bullet list,
        ("post", user, "YYYY-MM-DD HH:MM", text) forum post.
comments: list of (user, "YYYY-MM-DD", text) for blog/news pages with a comment section.
Facts are as of each article's date. Outlets, bylines, users and most quotes are invented.
"""

ARTICLES = [
    # ------------------------------------------------------------------ A: Shamkhani
    {
        "file": "ZD-us-sanctions-ali-shamkhani-officials-jan-2020.md",
        "title": "US sanctions Iran security chief Shamkhani and metals firms after missile strikes",
        "date": "2020-01-11", "outlet": "Gulf Ledger", "shape": "news", "topic": "A",
        "distractor": False,
        "blocks": [
            ("p", "WASHINGTON, Jan 10 - The United States on Friday imposed sanctions on eight senior Iranian "
                  "officials, among them Ali Shamkhani, the secretary of Iran's Supreme National Security Council, "
                  "days after Iranian missiles struck Iraqi bases housing American troops."),
            ("p", "Treasury Secretary Steven Mnuchin and Secretary of State Mike Pompeo announced the measures at "
                  "the White House. Also named were Mohammad Reza Ashtiani, deputy chief of staff of Iran's armed "
                  "forces, and Gholamreza Soleimani, head of the Basij militia."),
            ("h", "Metals and a new order"),
            ("p", "The package also hit 17 mining and metal-producing companies, a network of three China- and "
                  "Seychelles-based entities and a vessel used in the metals trade. President Donald Trump signed a "
                  "new executive order at the same time that Treasury said targets further sources of revenue the "
                  "regime uses to fund its nuclear program, missiles and proxy groups."),
            ("h", "What it means"),
            ("ul", ["Any property of the listed officials under US jurisdiction is blocked.",
                    "Americans may not deal with them.",
                    "The new order lets Treasury target the construction, manufacturing, textiles and mining "
                    "sectors of Iran's economy."]),
            ("p", "The designations named no relatives or business partners of Shamkhani. Iran's government "
                  "did not immediately comment."),
        ],
    },
    {
        "file": "ZD-shamkhani-signs-saudi-iran-deal-beijing-mar-2023.txt",
        "title": "Saudi Arabia and Iran agree to restore ties in China-brokered deal",
        "date": "2023-03-11", "outlet": "Asia Desk Wire", "shape": "news", "topic": "A",
        "distractor": True,
        "blocks": [
            ("p", "BEIJING, March 10 - Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and "
                  "reopen their embassies within two months, in a deal announced after several days of talks in "
                  "Beijing."),
            ("p", "Ali Shamkhani, secretary of Iran's Supreme National Security Council, signed for Tehran. "
                  "Saudi national security adviser Musaed bin Mohammed Al-Aiban signed for Riyadh, and China's top "
                  "diplomat Wang Yi hosted the closing session."),
            ("p", "The two Gulf rivals cut ties in 2016, after Saudi Arabia executed a prominent Shiite cleric and "
                  "protesters stormed Saudi diplomatic missions in Iran. In a joint statement the three countries "
                  "said Riyadh and Tehran would respect each other's sovereignty and revive a 2001 security "
                  "cooperation agreement."),
            ("p", "Shamkhani described the talks as clear, transparent, comprehensive and constructive. Photographs "
                  "from the ceremony showed him shaking hands with Al-Aiban while Wang looked on."),
            ("p", "Analysts said the agreement raised China's profile as a mediator in a region where the United "
                  "States has long been the main outside power. Oil prices barely moved on the news. Diplomats said "
                  "the foreign ministers of the two countries were expected to meet to prepare the return of "
                  "ambassadors."),
        ],
    },
    {
        "file": "ZD-eu-18th-package-lists-hossein-shamkhani-jul-2025.txt",
        "title": "EU's 18th package lists Iranian tycoon Hossein Shamkhani over Russia's 'shadow fleet'",
        "date": "2025-07-19", "outlet": "Brussels Briefing", "shape": "news", "topic": "A",
        "distractor": False,
        "blocks": [
            ("p", "BRUSSELS, July 18 - The European Union adopted its 18th package of sanctions against Russia on "
                  "Friday, and among the names added was Mohammad Hossein Shamkhani, the son of Ali Shamkhani, a "
                  "senior adviser to Iran's Supreme Leader. The EU described him as a central player in Russia's "
                  "so-called shadow fleet of tankers. Several of his companies were listed with him."),
            ("p", "The package lowers the price cap on Russian crude oil to $47.60 a barrel from $60 and adds 105 "
                  "vessels to the list of ships barred from EU ports and services, taking the total above 440 "
                  "tankers. For the first time the bloc also listed a flag registry operator and a refinery. The "
                  "measures take effect on July 20."),
            ("p", "An EU listing means an asset freeze and a ban on making funds or economic resources available to "
                  "the person or company; listed individuals are also barred from entering or transiting the EU."),
            ("p", "Hossein Shamkhani has not been designated by the United States. His father has been on the US "
                  "sanctions list since January 2020, when Washington named him while he was Iran's top security "
                  "official."),
        ],
    },
    {
        "file": "ZD-treasury-shamkhani-shipping-empire-jul-2025.html",
        "title": "Treasury hits Shamkhani 'shipping empire' in largest Iran action since 2018",
        "date": "2025-07-31", "outlet": "Sanctions Wire Daily", "shape": "press release summary", "topic": "A",
        "distractor": False,
        "blocks": [
            ("p", "The US Treasury on Wednesday, July 30, sanctioned more than 115 individuals, entities and vessels "
                  "tied to a shipping network controlled by Mohammad Hossein Shamkhani, the son of Ali Shamkhani, "
                  "a top political adviser to Iran's Supreme Leader Ayatollah Ali Khamenei."),
            ("p", "Treasury Secretary Scott Bessent said the action was the largest since the Trump administration "
                  "launched its maximum pressure campaign on Iran in 2018."),
            ("h", "The numbers"),
            ("ul", ["15 shipping firms", "52 vessels", "12 individuals", "53 entities",
                    "spread over 17 countries, from Panama to Italy to Hong Kong"]),
            ("h", "What Treasury says the network does"),
            ("p", "According to the department, the network carries oil and petroleum products from Iran and Russia "
                  "to buyers around the world, most often in China, generating tens of billions of dollars in "
                  "profit. It also runs a container-ship fleet that carries cargo to and from Iran. Layers of front "
                  "companies hide the links, and family members have obtained foreign passports to travel "
                  "undetected. Hossein, widely known as Hector, is one of Iran's biggest oil traders."),
            ("h", "Consequences"),
            ("p", "Property under US jurisdiction is frozen, US persons may not deal with the targets, and entities "
                  "owned 50 percent or more by them are blocked too. Deputy Treasury Secretary Michael Faulkender "
                  "said the aim was to drive down Iran's oil exports. A US official said no sustained disruption to "
                  "oil markets was expected."),
        ],
    },
    {
        "file": "ZD-shamkhani-designations-shipowners-explainer-aug-2025.html",
        "title": "The Shamkhani designations: what shipowners and charterers need to know",
        "date": "2025-08-06", "outlet": "Maritime Risk Notes", "shape": "explainer", "topic": "A",
        "distractor": False,
        "blocks": [
            ("h", "Who is Hossein Shamkhani?"),
            ("p", "Mohammad Hossein Shamkhani is an Iranian oil trader and the son of Ali Shamkhani. The EU listed "
                  "him on July 18, 2025 in its 18th Russia package; the US Treasury followed on July 30 with more "
                  "than 115 designations covering his network."),
            ("h", "Is his father still Iran's security chief?"),
            ("p", "No. Ali Shamkhani was replaced as secretary of the Supreme National Security Council in May 2023 "
                  "and now serves as a political adviser to Supreme Leader Ali Khamenei. He has been under US "
                  "sanctions since 2020."),
            ("h", "Where are the companies?"),
            ("p", "The entities Treasury named sit in the United Arab Emirates, the Marshall Islands, India, Turkey, "
                  "Singapore and Switzerland, among other places."),
            ("h", "Only tankers?"),
            ("p", "No. Oil sales are the main income, but the network also operates container ships, so liner and "
                  "feeder operators are exposed as well as tanker owners."),
            ("h", "What should a charterer do now?"),
            ("p", "Screen every vessel by its IMO number, not its name, against the SDN list; names and flags change "
                  "quickly. Remember the 50 percent rule for owners and managers. Non-US companies face the risk of "
                  "secondary sanctions if they deal with the network, and EU operators have their own asset-freeze "
                  "obligations since the July 18 listing."),
        ],
        "comments": [],
    },
    {
        "file": "ZD-shamkhani-sanctions-china-buyers-analysis-aug-2025.md",
        "title": "Will the Shamkhani sanctions dent Iran's oil sales to China?",
        "date": "2025-08-12", "outlet": "Energy Ledger", "shape": "analysis", "topic": "A",
        "distractor": False,
        "blocks": [
            ("p", "LONDON - Two weeks after Washington blacklisted the shipping network of Mohammad Hossein "
                  "Shamkhani, traders say Iranian barrels are still finding buyers in China, although discounts "
                  "have widened."),
            ("h", "A record month before the blow"),
            ("p", "Chinese imports of Iranian crude reached a record of more than 1.8 million barrels per day in "
                  "June, according to shipbroker data. A US official said the new designations would make it much "
                  "more difficult for Iran to sell its oil, but Washington did not expect a sustained disruption of "
                  "global markets."),
            ("h", "Part of a wider push"),
            ("ul", ["Earlier in July, Treasury targeted 12 vessels and several firms linked to Iraqi businessman "
                    "Salim Ahmed Said.",
                    "With the Shamkhani action, more than 500 people and companies have been hit by Iran-related US "
                    "sanctions this year.",
                    "The measures landed weeks before an end-of-August deadline Secretary of State Marco Rubio had "
                    "set for Iran to return to nuclear talks.",
                    "They followed the US and Israeli strikes on Iran's nuclear sites at Fordow, Natanz and Isfahan "
                    "in June."]),
            ("h", "Our take"),
            ("p", "Sanctioned tankers tend to be renamed and reflagged within weeks. The bigger test is whether "
                  "banks and port operators outside the US treat the Shamkhani companies as untouchable."),
        ],
    },
    {
        "file": "ZD-iran-condemns-shamkhani-sanctions-jul-2025.txt",
        "title": "Iran calls new US sanctions on Shamkhani network 'malicious'",
        "date": "2025-07-31", "outlet": "Mideast Monitor Wire", "shape": "news", "topic": "A",
        "distractor": False,
        "blocks": [
            ("p", "TEHRAN, July 31 - Iran on Thursday condemned as malicious the US sanctions imposed a day earlier "
                  "on a fleet of tankers and container ships controlled by Mohammad Hossein Shamkhani, the son of "
                  "Ali Shamkhani, a close political adviser to the Supreme Leader."),
            ("p", "Foreign ministry spokesman Esmaeil Baghaei called the measures a hostile act and said they were "
                  "illegal and violated international law. Another ministry spokesperson, quoted by the Student "
                  "News Network, called them a clear example of America's hostility towards the Iranian nation."),
            ("p", "Foreign Minister Abbas Araghchi said any new act of aggression against Iran would meet a strong "
                  "reaction, and that a nation with 7,000 years of civilization would never respond to the language "
                  "of threat and intimidation."),
            ("p", "Washington described the network as a vast shipping empire moving Iranian and Russian oil. The "
                  "sanctions came weeks after US and Israeli strikes on Iranian nuclear facilities, and after "
                  "President Donald Trump threatened new attacks if Tehran tried to restart its nuclear program. "
                  "Iran relies heavily on a so-called shadow fleet to get around Western oil sanctions."),
        ],
    },
    # ------------------------------------------------------------------ B: Derkach
    {
        "file": "ZD-treasury-sanctions-derkach-sep-2020.md",
        "title": "US blacklists Ukrainian MP Derkach as 'active Russian agent'",
        "date": "2020-09-11", "outlet": "Capitol Risk Report", "shape": "news", "topic": "B",
        "distractor": False,
        "blocks": [
            ("p", "WASHINGTON, Sept 10 - The Treasury Department on Thursday sanctioned Andriy Derkach, a member of "
                  "Ukraine's parliament, calling him an active Russian agent for over a decade with close ties to "
                  "Russia's intelligence services, and accusing him of trying to interfere in the 2020 US "
                  "presidential election."),
            ("p", "Treasury said that between May and July 2020 Derkach released edited audio tapes and other "
                  "unsupported information meant to discredit US officials. The tapes featured conversations "
                  "between then-Vice President Joe Biden and Ukraine's then-president Petro Poroshenko."),
            ("h", "The order used"),
            ("p", "Derkach was designated under Executive Order 13848, which covers foreign interference in US "
                  "elections. Any property he has under US jurisdiction is frozen and Americans may not deal with "
                  "him."),
            ("h", "Three Russians too"),
            ("p", "Also sanctioned were Artem Lifshits, Anton Andreyev and Darya Aslanova, St Petersburg residents "
                  "who Treasury said supported cryptocurrency accounts of the Internet Research Agency troll farm."),
            ("p", "Derkach, who studied at the FSB academy in Moscow and whose father once ran Ukraine's security "
                  "service, met Rudy Giuliani in Kyiv in December 2019. He called the sanctions revenge. He remains "
                  "a sitting member of the Verkhovna Rada."),
        ],
    },
    {
        "file": "ZD-giuliani-meets-derkach-kyiv-dec-2019.html",
        "title": "Giuliani in Kyiv: Trump lawyer meets MPs pushing Biden claims",
        "date": "2019-12-07", "outlet": "Kyiv Evening Post", "shape": "news", "topic": "B",
        "distractor": True,
        "blocks": [
            ("p", "KYIV - Rudy Giuliani, the personal lawyer of US President Donald Trump, spent part of this week "
                  "in Kyiv meeting Ukrainian politicians, among them lawmaker Andriy Derkach, while a crew from the "
                  "American channel One America News Network filmed for a documentary series."),
            ("p", "Derkach, who has sat in the Verkhovna Rada since 1998, has held a string of press conferences in "
                  "recent months alleging wrongdoing at Ukraine's anti-corruption bureau and claiming links to US "
                  "officials. He said after the meeting that the two had discussed what he called international "
                  "corruption cases and that he planned to share documents with American lawmakers."),
            ("p", "The visit came as the US House of Representatives held impeachment hearings over Trump's "
                  "dealings with Ukraine. Officials in President Volodymyr Zelensky's office declined to comment "
                  "on whom Giuliani had met."),
            ("p", "Derkach, once a member of the Party of Regions, now sits as an independent. His father was a "
                  "former head of Ukraine's security service. Giuliani posted photos from Kyiv on social media and "
                  "said he was gathering evidence he would present in the United States."),
        ],
        "comments": [("oleh_k", "2019-12-07", "Our MPs doing foreign politics again. Nothing good will come of it."),
                     ("vira.s", "2019-12-08", "Who pays for these press conferences, that is what I would like to know.")],
    },
    {
        "file": "ZD-treasury-targets-derkach-inner-circle-jan-2021.txt",
        "title": "Treasury sanctions Derkach's 'inner circle' days before Biden takes office",
        "date": "2021-01-12", "outlet": "Washington Compliance Wire", "shape": "news", "topic": "B",
        "distractor": False,
        "blocks": [
            ("p", "WASHINGTON, Jan 11 - The Treasury Department on Monday sanctioned seven individuals and four "
                  "entities it described as part of a Russia-linked foreign influence network around Andriy "
                  "Derkach, the Ukrainian lawmaker it blacklisted in September."),
            ("p", "Two of the people named, Andriy Telizhenko and Kostiantyn Kulyk, had helped Rudy Giuliani as he "
                  "sought damaging information about President-elect Joe Biden and his son Hunter. The four "
                  "entities were media companies that Treasury said were affiliated with Derkach and used to spread "
                  "his claims."),
            ("p", "Treasury said that since at least 2019 Derkach and his associates had used US media, US-based "
                  "social media platforms and influential US persons to spread misleading and unsubstantiated "
                  "allegations that current and former US officials engaged in corruption, money laundering and "
                  "unlawful political influence in Ukraine."),
            ("p", "Secretary of State Mike Pompeo repeated that Derkach had been an active Russian agent for more "
                  "than a decade. Treasury Secretary Steven Mnuchin said Russian disinformation campaigns targeting "
                  "Americans were a threat to democracy. The action came nine days before Biden's inauguration."),
        ],
    },
    {
        "file": "ZD-sbu-derkach-agent-network-jun-2022.html",
        "title": "Ukraine's SBU says sanctioned MP Derkach ran Russian-funded agent network",
        "date": "2022-06-30", "outlet": "Black Sea Dispatch", "shape": "news", "topic": "B",
        "distractor": False,
        "blocks": [
            ("p", "KYIV - Ukraine's Security Service (SBU) said this week it had uncovered a network of Russian "
                  "agents that included Andriy Derkach, the lawmaker already under US sanctions since 2020 for "
                  "meddling in the American election."),
            ("p", "According to the SBU, Derkach received money from Russia's military intelligence agency, the GRU, "
                  "to build private security structures that Moscow planned to use for a quick takeover of Ukraine. "
                  "Investigators said Russia allocated $3-4 million every few months for the purpose and that the "
                  "work had been done on Kremlin orders since 2016."),
            ("p", "Derkach has not attended sessions of the Verkhovna Rada since Russia's full-scale invasion began "
                  "on February 24 and is believed to have left the country. He remains formally a member of "
                  "parliament."),
            ("p", "The SBU did not say what charges it would bring. Derkach, a former member of the Party of "
                  "Regions, has denied working for Russian intelligence in the past."),
        ],
        "comments": [("andrii_m", "2022-06-30", "Sanctioned by the Americans two years ago and only now our services act?"),
                     ("lana", "2022-07-01", "Better late than never. Strip the mandate.")],
    },
    {
        "file": "ZD-derkach-indictment-beverly-hills-condos-dec-2022.txt",
        "title": "US v. Derkach: indictment over Beverly Hills condos unsealed in Brooklyn",
        "date": "2022-12-08", "outlet": "Federal Docket Digest", "shape": "court summary", "topic": "B",
        "distractor": False,
        "blocks": [
            ("p", "BROOKLYN, Dec 7 - Federal prosecutors in the Eastern District of New York on Wednesday unsealed "
                  "a seven-count indictment against Andriy Derkach, the Ukrainian politician sanctioned by Treasury "
                  "in September 2020. The indictment was filed on September 26, 2022."),
            ("h", "Charges"),
            ("p", "Conspiracy to violate the International Emergency Economic Powers Act, bank fraud conspiracy, "
                  "money laundering conspiracy and four counts of money laundering. If convicted he faces up to 30 "
                  "years in prison."),
            ("h", "The alleged scheme"),
            ("p", "Prosecutors say that from 2013 Derkach and his wife, Oksana Terekhova, described as "
                  "Co-Conspirator 1, bought and kept two luxury condominiums in Beverly Hills while hiding his role "
                  "behind a nominee, shell companies and US bank accounts. About $3.2 million was wired from "
                  "companies in the British Virgin Islands to California companies that owned the flats, and "
                  "$800,000 went into a brokerage account used to pay for their upkeep."),
            ("h", "Forfeiture"),
            ("p", "A parallel civil complaint seeks forfeiture of the two condominiums and of balances in "
                  "investment and bank accounts he controls. The case was coordinated by Task Force KleptoCapture. "
                  "Derkach remains at large and is believed to be in Russia."),
        ],
    },
    {
        "file": "ZD-derkach-where-things-stand-faq-dec-2023.md",
        "title": "Andriy Derkach: where the sanctions and cases stand",
        "date": "2023-12-05", "outlet": "Sanctions Explained", "shape": "FAQ", "topic": "B",
        "distractor": False,
        "blocks": [
            ("h", "Is Derkach still under US sanctions?"),
            ("p", "Yes. He has been on the SDN list since September 10, 2020 under Executive Order 13848, and no "
                  "delisting has been announced. Entities he controls, including NabuLeaks and Era-Media, were also "
                  "designated."),
            ("h", "Is he still a Ukrainian MP?"),
            ("p", "No. President Volodymyr Zelensky stripped him of Ukrainian citizenship in January 2023, and his "
                  "powers as a member of parliament were terminated ahead of time in 2023."),
            ("h", "What is Ukraine charging him with?"),
            ("p", "On November 29, 2023 the National Anti-Corruption Bureau and the Specialized Anti-Corruption "
                  "Prosecutor's Office sent his case to court on charges of high treason and illicit enrichment. "
                  "Investigators say he received at least $567,000 from Russian law enforcement and intelligence "
                  "agencies between 2019 and 2022 for subversive work against Ukraine. He has been on the wanted "
                  "list since September 16, 2022, and Kyiv sanctioned him in 2021."),
            ("h", "And the US criminal case?"),
            ("p", "The Brooklyn indictment over two Beverly Hills condominiums is pending; prosecutors also want the "
                  "flats forfeited. He has not appeared in court."),
            ("h", "Where is he?"),
            ("p", "He is believed to be living in Russia."),
        ],
    },
    {
        "file": "ZD-derkach-becomes-russian-senator-sep-2024.html",
        "title": "Sanctioned ex-Ukrainian MP Derkach appointed Russian senator for Astrakhan",
        "date": "2024-09-16", "outlet": "Eastern Europe Today", "shape": "news", "topic": "B",
        "distractor": False,
        "blocks": [
            ("p", "Andriy Derkach, the former Ukrainian lawmaker whom Washington calls a Russian agent, has been "
                  "appointed a member of Russia's Federation Council, the upper house of parliament, for the "
                  "Astrakhan region."),
            ("p", "Astrakhan governor Igor Babushkin signed the decree on September 12. Derkach replaces Alexander "
                  "Bashkin, who had represented the region since September 2019. In July the state news agency RIA "
                  "Novosti reported that Derkach was one of three candidates the governor would put forward if he "
                  "won the regional election of September 6-8. According to TASS, Derkach lives in Astrakhan and "
                  "holds Russian citizenship."),
            ("p", "Each Russian region sends two senators: one proposed by the governor and one elected by the "
                  "regional legislature."),
            ("p", "In Ukraine, Derkach lost his citizenship in January 2023 and faces a treason and illicit "
                  "enrichment case. In the United States he has been under Treasury sanctions since 2020 over "
                  "election interference and is charged in Brooklyn over two Beverly Hills condominiums. There "
                  "has been no change to his US designation."),
        ],
        "comments": [("pavlo", "2024-09-16", "So the mask is finally off."),
                     ("observer_ua", "2024-09-17", "He was never hiding it, honestly.")],
    },
    {
        "file": "ZD-derkach-plays-biden-poroshenko-recordings-may-2020.md",
        "title": "Ukrainian MP Derkach plays recordings he says are Biden-Poroshenko calls",
        "date": "2020-05-20", "outlet": "Dnipro Daily", "shape": "news", "topic": "B",
        "distractor": True,
        "blocks": [
            ("p", "KYIV, May 19 - Ukrainian lawmaker Andriy Derkach held a press conference in Kyiv on Tuesday at "
                  "which he played recordings he said were telephone conversations between Joe Biden, then US "
                  "vice president, and Petro Poroshenko, then Ukraine's president."),
            ("p", "Derkach said the recordings came from investigative journalists and showed the two men "
                  "discussing loans to Ukraine and the dismissal of the country's prosecutor general. He did not "
                  "explain how the journalists had obtained them, and their authenticity could not be verified."),
            ("h", "Reaction"),
            ("p", "Allies of Poroshenko called the recordings fabricated and part of a campaign to discredit the "
                  "former president, who now leads the opposition European Solidarity party. The Biden campaign "
                  "did not comment directly."),
            ("p", "Derkach, an MP since 1998, said he would pass the material to Ukrainian prosecutors and "
                  "promised more releases in the coming weeks. Several journalists at the event asked him about "
                  "his past ties to the Party of Regions; he said the issue was corruption, not politics."),
        ],
    },
    # ------------------------------------------------------------------ C: Myanmar jet fuel
    {
        "file": "ZD-puma-energy-exits-myanmar-oct-2022.md",
        "title": "Trafigura's Puma Energy to fully exit Myanmar, selling jet fuel business to local firm",
        "date": "2022-10-06", "outlet": "Mekong Business Review", "shape": "news", "topic": "C",
        "distractor": False,
        "blocks": [
            ("p", "YANGON, Oct 5 - Puma Energy, the downstream arm of Swiss trader Trafigura and Myanmar's main "
                  "supplier of aviation fuel, said on Wednesday it will fully exit the country."),
            ("p", "Following a board decision earlier this year, the company has signed an agreement to sell its "
                  "stake in Puma Energy Asia Sun (PEAS) and its minority share in National Energy Puma Aviation "
                  "Services (NEPAS) to a locally owned private company. It did not name the buyer."),
            ("h", "Background"),
            ("ul", ["Puma began operating in Myanmar in 2015.",
                    "PEAS, a venture with local firm Asia Sun Energy, owns the petroleum products terminal at "
                    "Thilawa port.",
                    "NEPAS is a joint venture with the state-owned Myanma Petrochemical Enterprise and imports and "
                    "distributes aviation fuel.",
                    "After the coup of February 1, 2021 Puma suspended operations, then resumed distribution for "
                    "what it said were civilian purposes only."]),
            ("p", "Amnesty International said the exit followed a long campaign by civil society groups over fuel "
                  "that may reach the military's aircraft. Researcher Montse Ferrer said Puma must leave "
                  "responsibly and that valuable assets it leaves behind should not fall into the hands of the "
                  "military or its crony businesses."),
        ],
    },
    {
        "file": "ZD-amnesty-deadly-cargo-jet-fuel-nov-2022.txt",
        "title": "Amnesty report traces jet fuel to Myanmar's air force, urges sanctions on Asia Sun",
        "date": "2022-11-03", "outlet": "Rights and Markets", "shape": "news", "topic": "C",
        "distractor": False,
        "blocks": [
            ("p", "LONDON, Nov 3 - Amnesty International on Thursday published Deadly Cargo, a report that follows "
                  "shipments of aviation fuel into Myanmar and finds that some of it reached the military, which "
                  "has stepped up air strikes since the 2021 coup."),
            ("p", "The report, researched with the group Justice For Myanmar, names Asia Sun Group, a local "
                  "conglomerate, as a partner of the military that imports aviation fuel and delivered it directly "
                  "to the armed forces. It says the state-owned Myanma Petrochemical Enterprise, which controls the "
                  "supply chain, and Asia Sun both contributed to war crimes."),
            ("p", "Justice For Myanmar called for an immediate ban on jet fuel exports to Myanmar and for targeted "
                  "sanctions on Asia Sun Group and the petrochemical enterprise, urging Australia, Canada, the EU, "
                  "Japan, South Korea, Singapore, the UK and the United States to act."),
            ("p", "Recent attacks cited by campaigners include an air strike on a concert in Kachin State that "
                  "killed more than 80 people, and a September strike on a school in Sagaing region in which 11 "
                  "children died. At the time of publication, no Asia Sun company was on the US or UK sanctions "
                  "lists."),
        ],
    },
    {
        "file": "ZD-uk-canada-target-myanmar-aviation-fuel-jan-2023.html",
        "title": "UK sanctions Asia Sun fuel firms as Canada bans aviation fuel exports to Myanmar",
        "date": "2023-02-01", "outlet": "Asia Pacific Sanctions Monitor", "shape": "news", "topic": "C",
        "distractor": False,
        "blocks": [
            ("p", "On the eve of the second anniversary of Myanmar's military coup, Britain and Canada on Tuesday, "
                  "January 31, took their first steps against the fuel that powers the junta's air strikes."),
            ("p", "The UK imposed sanctions on Asia Sun Trading, its sole director and shareholder Zaw Min Tun, "
                  "former director and shareholder Win Kyaw Kyaw Aung, and the transport company Cargo Link. Asia "
                  "Sun Group dominates the aviation fuel business in Myanmar."),
            ("p", "Canada went further and moved to prohibit the export, sale, supply or shipment of aviation fuel "
                  "to Myanmar, including indirect supply, transit, trans-shipment and brokering."),
            ("p", "The United States, on the same day, sanctioned six individuals and three entities connected to "
                  "the regime's efforts to generate revenue and secure arms, among them officials of the state "
                  "energy company MOGE, Mining Enterprises 1 and 2 and the air force. Australia also announced new "
                  "measures."),
            ("p", "Amnesty International's Montse Ferrer welcomed the focus on aviation fuel and urged other "
                  "countries to follow Canada's lead until fuel can no longer be used for attacks on civilians."),
        ],
        "comments": [("mgmg", "2023-02-01", "Good first step. Now the insurers and shippers."),
                     ("tradewatcher", "2023-02-02", "Will the US follow on the fuel companies? Nothing yet.")],
    },
    {
        "file": "ZD-ofac-asia-sun-jet-fuel-sanctions-mar-2023.md",
        "title": "OFAC designates Asia Sun fuel companies and Star Sapphire owners, issues jet fuel alert",
        "date": "2023-03-25", "outlet": "OFAC Watch", "shape": "press release summary", "topic": "C",
        "distractor": False,
        "blocks": [
            ("p", "WASHINGTON, March 24 - Treasury's Office of Foreign Assets Control on Friday designated six "
                  "entities and two individuals connected to Myanmar's military, which it said have enabled the "
                  "regime's continuing atrocities. The action comes ahead of the junta's Armed Forces Day on March 27."),
            ("h", "Jet fuel companies"),
            ("p", "Three were named for operating in the defence sector of the Burmese economy through the import, "
                  "storage and distribution of jet fuel to the military:"),
            ("ul", ["Asia Sun Group Company Limited",
                    "Asia Sun Trading Company Limited",
                    "Cargo Link Petroleum Logistics Company Limited"]),
            ("h", "Star Sapphire"),
            ("p", "Tun Min Latt, described as a close associate of junta leader Min Aung Hlaing, and his wife Win "
                  "Min Soe were designated with three companies they co-own: Star Sapphire Group of Companies, Star "
                  "Sapphire Trading Company Limited and Singapore-based Star Sapphire Group Pte. Ltd., which "
                  "imported military equipment including drones and aircraft parts."),
            ("h", "Legal basis and alert"),
            ("p", "All designations were made under Executive Order 14014. OFAC also published a Burma jet fuel "
                  "sanctions alert warning suppliers that providing jet fuel to the military regime could be "
                  "sanctionable. Treasury cited air strikes on a school in Let Yet Kone and on a concert in Kachin "
                  "State."),
        ],
    },
    {
        "file": "ZD-us-jet-fuel-sector-determination-explainer-aug-2023.html",
        "title": "Explainer: the US jet fuel sector determination for Myanmar",
        "date": "2023-08-25", "outlet": "Compliance Compass", "shape": "explainer", "topic": "C",
        "distractor": False,
        "blocks": [
            ("h", "What did Washington do on August 23?"),
            ("p", "OFAC issued the first determination under section 1(a)(i) of Executive Order 14014 naming a sector "
                  "other than defence: the jet fuel sector of the Burmese economy. It followed air strikes that "
                  "killed civilians near Nyaung Kone village and in Sagaing region."),
            ("h", "Is everyone selling jet fuel in Myanmar now sanctioned?"),
            ("p", "No. Under FAQ 1132 the determination only exposes the sector to sanctions risk; a person is "
                  "sanctioned only once designated and added to the SDN list with the tag [BURMA-EO14014]."),
            ("h", "Can we still fuel airlines flying to Yangon?"),
            ("p", "FAQ 1133 says OFAC does not intend to target civil aviation, such as sales of jet fuel to "
                  "commercial airlines. The target is military end users. Suppliers should use extreme caution."),
            ("h", "Who was designated?"),
            ("p", "Khin Phyu Win and Zaw Min Tun, plus three Singapore companies: Shoon Energy Pte Ltd, formerly "
                  "Asia Sun Aviation, and its subsidiaries PEIA Pte Ltd (formerly Puma Energy Irrawaddy Aviation) "
                  "and P.E.I Energy Pte Ltd (formerly Puma Energy Irrawaddy). Britain had already sanctioned Shoon "
                  "Energy and Khin Phyu Win on March 27."),
            ("h", "What happened to Puma's stake?"),
            ("p", "Amnesty found that in December 2022 Puma Energy transferred its share of NEPAS, the aviation "
                  "fuel joint venture, to Shoon Energy."),
        ],
        "comments": [],
    },
    {
        "file": "ZD-uk-eu-canada-myanmar-fuel-sanctions-oct-2024.md",
        "title": "UK, EU and Canada add Myanmar jet fuel suppliers in coordinated round",
        "date": "2024-10-30", "outlet": "Mekong Business Review", "shape": "news", "topic": "C",
        "distractor": False,
        "blocks": [
            ("p", "YANGON, Oct 30 - Britain, the European Union and Canada on Tuesday, October 29, announced "
                  "coordinated sanctions aimed at the Myanmar military's access to aviation fuel, equipment and "
                  "money."),
            ("h", "Britain"),
            ("p", "The UK designated six companies. Four supply aviation fuel: Asia Sun Group Company Limited, "
                  "listed as owned or controlled by Zaw Min Tun, Swan Energy Company Limited, Myan-Oil Company "
                  "Limited and Rich Ray Trading Company Limited. Progress Technology Support Company, formerly Royal "
                  "Shune Lei, and King Royal Technologies were listed over restricted goods. London said the "
                  "military carried out its highest number of air strikes on record in August 2024. Since the "
                  "coup the UK has sanctioned 25 individuals and 33 entities under its Myanmar regime."),
            ("h", "Canada"),
            ("p", "Ottawa listed Charlie Than, Nay Aung and Win Kyaw Kyaw Aung, and four entities including Swan "
                  "Energy and IGE."),
            ("h", "EU"),
            ("p", "The EU targeted scam operations: Colonel Saw Chit Thu, two subordinates and the Chit Linn Myaing "
                  "Group."),
            ("p", "Swan Energy says on its website that it holds a 100% share of aviation fuel sales in Myanmar."),
        ],
    },
    {
        "file": "ZD-ask-sanctions-desk-myanmar-jet-fuel-jan-2025.txt",
        "title": "Ask the Sanctions Desk: can we sell a jet fuel cargo bound for Yangon?",
        "date": "2025-01-14", "outlet": "The Trade Compliance Post", "shape": "advice column", "topic": "C",
        "distractor": False,
        "blocks": [
            ("p", "Dear Sanctions Desk, our Singapore trading desk has been offered a jet fuel cargo for delivery to "
                  "Yangon. The buyer is a local distributor and payment would go through a US dollar account. Our "
                  "old contact at Puma Energy used to handle this. Is it allowed? - Nervous in Singapore"),
            ("p", "Dear Nervous, proceed very carefully. Puma Energy left Myanmar in 2022, and its aviation business "
                  "ended up with companies now on sanctions lists: Amnesty found its NEPAS share went to Shoon "
                  "Energy, which the US designated in August 2023."),
            ("p", "In the US, the jet fuel sector determination of August 23, 2023 means anyone operating in the "
                  "sector can be designated, although fuel for commercial airlines is not the target. Asia Sun "
                  "Group, Asia Sun Trading and Cargo Link Petroleum Logistics are on the SDN list. A dollar payment "
                  "brings US banks in."),
            ("p", "Britain and Canada added Swan Energy, which claims the whole aviation fuel market, on October 29, "
                  "2024. Canada also bans supplying aviation fuel to Myanmar outright."),
            ("p", "So find out exactly who the end buyer is, get written end-use commitments limited to civil "
                  "aviation, and screen every party against the US, UK, EU and Canadian lists. If the buyer is Swan "
                  "Energy, walk away."),
        ],
    },
    {
        "file": "ZD-puma-energy-thilawa-terminal-feature-2019.txt",
        "title": "At Thilawa, a fuel terminal shortens Yangon's tanker-truck queues",
        "date": "2019-06-18", "outlet": "Yangon Business Weekly", "shape": "feature", "topic": "C",
        "distractor": True,
        "blocks": [
            ("p", "THILAWA - Before dawn the first tanker trucks are already lined up at the gate of the Puma Energy "
                  "Asia Sun terminal, south of Yangon, waiting to load diesel and petrol for filling stations across "
                  "the delta."),
            ("p", "Puma Energy, the fuel distribution arm of commodity trader Trafigura, entered Myanmar in 2015 in a "
                  "venture with local company Asia Sun Energy. The terminal at Thilawa port lets larger product "
                  "tankers discharge directly instead of lightering cargoes up the Yangon River."),
            ("p", "Drivers say the wait has shrunk from most of a day to a couple of hours. Managers at the site, "
                  "who asked not to be named, said the company also supplies aviation fuel at the country's main "
                  "airports and was training local staff in safety procedures."),
            ("p", "Fuel demand in Myanmar has grown quickly as motorbike and car ownership has risen since the "
                  "country opened up. Traffic to and from the Thilawa Special Economic Zone next door adds to the "
                  "congestion on the access road, which local officials plan to widen."),
        ],
    },
    # ------------------------------------------------------------------ D: OFSI
    {
        "file": "ZD-ofsi-fines-svarog-information-request-may-2025.md",
        "title": "OFSI fines Svarog Shipping GBP 5,000 for ignoring an information request",
        "date": "2025-05-08", "outlet": "UK Sanctions Bulletin", "shape": "agency-action summary", "topic": "D",
        "distractor": False,
        "blocks": [
            ("p", "LONDON - The Office of Financial Sanctions Implementation (OFSI) has published a £5,000 penalty "
                  "imposed on April 11, 2025 on Svarog Shipping & Trading Company Limited for failing to answer a "
                  "statutory request for information in time. It is the first time OFSI has issued a financial "
                  "penalty solely for an information offence."),
            ("h", "Who is Svarog?"),
            ("p", "A UK-registered company in the maritime oil transport business that runs its operations from "
                  "Cyprus."),
            ("h", "What happened"),
            ("ul", ["OFSI was investigating use of a March 2022 general licence for winding down business with "
                    "Sovcomflot, Russia's largest shipping company.",
                    "It found Svarog had transacted with a Sovcomflot subsidiary and sent a request on January 26, "
                    "2024, with a deadline of February 9, 2024.",
                    "Despite multiple reminders, Svarog replied only after OFSI contacted its auditors.",
                    "Svarog apologised but gave no reasonable excuse, did not answer the notice of intent and did "
                    "not seek a review."]),
            ("h", "What OFSI did not find"),
            ("p", "OFSI stressed that Svarog had not breached sanctions other than by failing to respond. The case "
                  "was brought under the Russia (Sanctions) (EU Exit) Regulations 2019."),
        ],
    },
    {
        "file": "ZD-ofsi-fines-colorcon-russia-payments-oct-2025.html",
        "title": "UK fines Colorcon GBP 152,750 over Moscow office payments to sanctioned banks",
        "date": "2025-10-01", "outlet": "City Compliance News", "shape": "news", "topic": "D",
        "distractor": False,
        "blocks": [
            ("p", "Britain's Office of Financial Sanctions Implementation on Tuesday, September 30, published a "
                  "£152,750 penalty on Colorcon Limited, the UK arm of a pharmaceutical coatings group, for breaching "
                  "Russia sanctions. The penalty was imposed on September 10."),
            ("p", "Colorcon's Moscow representative office made 123 payments in roubles, worth £191,290.57 in total, "
                  "between March 23 and December 2, 2022, to cover staff salaries and benefits and service "
                  "contracts. The employees and suppliers were not sanctioned, but their accounts were held at "
                  "designated banks: Alfa Bank, Promsvyazbank, Sberbank and VTB."),
            ("p", "Forty-four payments, worth £63,012.85, were allowed under a general licence for companies winding "
                  "down operations in Russia, valid for them between August 12 and October 31, 2022. Colorcon kept "
                  "paying after that licence expired, and the remaining 79 payments, worth £128,277.72, were "
                  "breaches. It also failed to meet the licence's reporting requirements."),
            ("p", "OFSI rated the case serious. Colorcon disclosed the breaches voluntarily and received a 35% "
                  "discount; without it the penalty would have been £235,000, against a statutory maximum of "
                  "£1,000,000."),
            ("p", "The same day OFSI published a disclosure notice, without a fine, on Vanquis Bank under the "
                  "counter-terrorism regime."),
        ],
        "comments": [("compliance_kat", "2025-10-01", "Salary payments are always the blind spot."),
                     ("j.r.", "2025-10-02", "Wonder how many other firms still have Moscow payroll running.")],
    },
    {
        "file": "ZD-colorcon-penalty-lessons-blog-oct-2025.html",
        "title": "Three lessons from OFSI's Colorcon penalty",
        "date": "2025-10-09", "outlet": "Sanctions Sense", "shape": "blog", "topic": "D",
        "distractor": False,
        "blocks": [
            ("p", "The £152,750 penalty on Colorcon Limited, published on September 30, is OFSI's thirteenth civil "
                  "monetary penalty and the fourth largest it has imposed. It is also the sixth enforcement action "
                  "of 2025, against a single penalty in the whole of 2024. Colorcon is the UK subsidiary of a "
                  "US-headquartered group, Colorcon Inc."),
            ("h", "1. Your bank is not your screening"),
            ("p", "Colorcon said it understood its bank would apply UK sanctions screening. OFSI noted that this was "
                  "never tested. The UK signatories who authorised the Moscow payments did not check which bank "
                  "each beneficiary used."),
            ("h", "2. Licences end"),
            ("p", "The wind-down licence covered only part of the payments. Payroll kept running after it expired."),
            ("h", "3. Report fast"),
            ("p", "Colorcon self-reported but took four months after discovering the problem, and OFSI judged that "
                  "an unreasonable delay. It therefore did not get the full discount. Colorcon chose not to "
                  "dispute the penalty."),
            ("h", "Our view"),
            ("p", "Any group with a representative office in Russia should list every recurring payment and the "
                  "bank behind it. Strict liability has applied since June 2022."),
        ],
        "comments": [("hannah_b", "2025-10-09", "Point 1 is so true, we had the same assumption until an audit."),
                     ("mlr", "2025-10-10", "Four months does not sound long, harsh call by OFSI.")],
    },
    {
        "file": "ZD-colorcon-payroll-forum-thread.html",
        "title": "Forum: Colorcon fine - are we exposed paying Russian contractors?",
        "date": "2025-10-02", "outlet": "UK Payroll Pros Forum", "shape": "forum", "topic": "D",
        "distractor": False,
        "blocks": [
            ("post", "ledger_lynn", "2025-10-02 09:14",
             "Saw the Colorcon fine. We buy film coatings from Colorcon for our tablet line. Is Colorcon itself "
             "sanctioned now, do we need to stop ordering?"),
            ("post", "sanctions_sam", "2025-10-02 10:02",
             "No. Colorcon was fined by OFSI, it is not a designated person. The banks its Moscow staff used were "
             "designated: Alfa Bank, Promsvyazbank, Sberbank and VTB. Buying from Colorcon in the UK is fine."),
            ("post", "ledger_lynn", "2025-10-02 10:20",
             "Phew. Second question, we pay one freelance translator in Russia. How do we know if that breaks anything?"),
            ("post", "sanctions_sam", "2025-10-02 11:05",
             "Check the bank, not just the person. If the account is at a designated bank, paying into it makes funds "
             "available to that bank. Since June 2022 it is strict liability, OFSI does not need to prove you knew."),
            ("post", "payroll_pete", "2025-10-03 16:40",
             "And if you find something, disclose quickly. Colorcon waited four months and lost part of its discount."),
            ("post", "mod_anne", "2025-10-06 08:00",
             "Good answers all round. Thread locked; this is not legal advice."),
        ],
    },
    {
        "file": "ZD-ofsi-enforcement-faq-nov-2025.md",
        "title": "FAQ: how OFSI enforces UK financial sanctions after the Svarog and Colorcon cases",
        "date": "2025-11-12", "outlet": "UK Sanctions Bulletin", "shape": "FAQ", "topic": "D",
        "distractor": False,
        "blocks": [
            ("h", "How big can an OFSI penalty be?"),
            ("p", "Under the Policing and Crime Act 2017 OFSI can impose a civil penalty of up to £1 million or 50% "
                  "of the estimated value of the breach, whichever is greater."),
            ("h", "Does OFSI have to prove we knew?"),
            ("p", "Not for breaches since June 15, 2022. Since then civil liability is strict. For earlier "
                  "breaches OFSI must show knowledge or reasonable cause to suspect, as it did for Colorcon's "
                  "payments before that date."),
            ("h", "Can we be fined just for not answering OFSI?"),
            ("p", "Yes. Svarog Shipping & Trading was fined £5,000 in April 2025 for missing the deadline on a "
                  "request for information."),
            ("h", "What were 2025's notable penalties?"),
            ("ul", ["Svarog Shipping & Trading: £5,000, imposed April 11, 2025, information offence.",
                    "Colorcon Limited: £152,750, imposed September 10 and published September 30, 2025, payments "
                    "to designated Russian banks."]),
            ("h", "Does voluntary disclosure help?"),
            ("p", "Yes. Colorcon received a 35% reduction for voluntary disclosure and cooperation, but not the full "
                  "discount, because it delayed reporting."),
            ("h", "Is Colorcon now on the sanctions list?"),
            ("p", "No. A penalty is not a designation. Colorcon remains free to trade in the UK."),
        ],
    },
    {
        "file": "ZD-colorcon-coatings-trade-fair-nov-2021.txt",
        "title": "Colorcon shows faster film coatings at Milan pharma fair",
        "date": "2021-11-12", "outlet": "Pharma Process Weekly", "shape": "trade news", "topic": "D",
        "distractor": True,
        "blocks": [
            ("p", "MILAN - Colorcon, the supplier of coatings and excipients best known for its Opadry film-coating "
                  "systems, used this week's pharmaceutical ingredients fair in Milan to show coatings it says cut "
                  "processing time for tablet makers."),
            ("p", "Company representatives on the stand said customers were asking for shorter coating runs and "
                  "higher solids content to save energy, and that demand from generic drug makers in Europe, India "
                  "and Russia had held up well through the pandemic."),
            ("p", "Visitors could try colour-matching tools and watch demonstrations of coated tablets coming off a "
                  "laboratory pan. Colorcon, which is headquartered in Pennsylvania and runs a large site in "
                  "Dartford in the UK, also talked up its technical service laboratories, which help customers "
                  "adjust formulations."),
            ("p", "The fair returned to an in-person format after the pandemic year. Organisers said visitor "
                  "numbers were lower than before 2020 but that exhibitors reported solid business."),
        ],
    },
    {
        "file": "ZD-colorcon-penalty-notice-summary-oct-2025.txt",
        "title": "Penalty notice summary: Colorcon Limited (Russia regulations, regulation 12)",
        "date": "2025-10-03", "outlet": "Sanctions Law Digest", "shape": "agency summary", "topic": "D",
        "distractor": False,
        "blocks": [
            ("p", "LONDON - Summary of the penalty notice published by HM Treasury's Office of Financial Sanctions "
                  "Implementation on September 30, 2025."),
            ("p", "Party: Colorcon Limited, UK-registered subsidiary of Colorcon Inc., supplier of products to the "
                  "pharmaceutical and nutrition industries."),
            ("p", "Provision: regulation 12 of the Russia (Sanctions) (EU Exit) Regulations 2019, which prohibits "
                  "making funds available to a designated person."),
            ("p", "Facts: the Moscow representative office's Russian bookkeeper prepared payments and sent them to "
                  "authorised signatories in the UK for approval. Approval did not include a check of the "
                  "sanctions status of the beneficiaries' banks. Payments ran from March 23 to December 2, 2022."),
            ("p", "Findings: 79 payments were breaches. For those made before June 15, 2022, OFSI found Colorcon had "
                  "knowledge or reasonable cause to suspect. Failing to report under the wind-down general licence "
                  "INT/2022/2055384 was a separate offence and an aggravating factor."),
            ("p", "Outcome: penalty of £152,750 imposed on September 10, 2025 after a 35% reduction for voluntary "
                  "disclosure. Colorcon did not seek a ministerial review."),
        ],
    },
]


def by_file():
    return {a["file"]: a for a in ARTICLES}


DISTRACTOR_FILES = sorted(a["file"] for a in ARTICLES if a["distractor"])
