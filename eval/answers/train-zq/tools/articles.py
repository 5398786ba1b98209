"""Article data for blind set qa-ZQ (answers-zq).

Three stories (Trinidad's Dragon gas licence, Havana Docks v. the cruise lines, the CJNG timeshare sanctions)
and five distractors. Blocks: ("p", text), ("h", subhead), ("ul", [items]), ("ol", [items]),
("qa", question, answer), ("post", user, when, text). comments: [(name, when, text)].
Outlets, bylines, URLs, forum users and commenters are invented.
"""

A = []


def art(**kw):
    kw.setdefault("distractor", False)
    kw.setdefault("comments", [])
    kw.setdefault("teaser", "")
    A.append(kw)


# ---------------------------------------------------------------- Story A: Dragon gas (Trinidad / Venezuela)
art(fname="ZQ-us-licenses-trinidad-dragon-gas-jan-2023.md", fmt="md", shape="news", date="2023-01-25",
    outlet="Caribbean Energy Wire", byline="Marisa Callender", story="dragon",
    title="US grants Trinidad and Tobago a licence to develop Venezuela's Dragon gas field",
    blocks=[
        ("p", "The US Treasury's Office of Foreign Assets Control (OFAC) has issued Trinidad and Tobago a specific "
              "licence to develop the Dragon gas field in Venezuelan waters, a senior Biden administration official "
              "said on Tuesday, January 24. The licence lets the island nation do business related to Dragon with "
              "Petroleos de Venezuela (PDVSA), the state oil company that has been on the Specially Designated "
              "Nationals list since January 28, 2019."),
        ("h", "What the licence allows"),
        ("ul", ["A two-year term, according to Prime Minister Keith Rowley.",
                "Work with PDVSA and Shell to plan and develop a gas-exporting project.",
                "No money for Caracas: \"the Maduro regime will not be permitted to receive any cash payments from "
                "this project,\" the US official said."]),
        ("p", "The official credited \"extensive diplomacy\" between Vice President Kamala Harris and Caribbean "
              "leaders, who argued that the licence would help their energy security and cut the region's reliance "
              "on Russia. All other US sanctions on Venezuela stay in place and will be enforced."),
        ("h", "Why Dragon matters"),
        ("p", "PDVSA has found about 4.2 trillion cubic feet of gas at Dragon, on the Venezuelan side of the maritime "
              "border, but the project stalled for more than a decade for lack of capital and partners and because "
              "of sanctions. Rowley said Trinidad expects access to 350 million cubic feet of gas a day, and that "
              "part of the gas must be exported to Jamaica and the Dominican Republic. Trinidad is Latin America's "
              "largest LNG exporter, but its own gas output has been falling."),
    ],
    teaser="More from Caribbean Energy Wire: Guyana's oil output climbs again; Barbados opens a solar tender.")

art(fname="ZQ-dragon-licence-amended-to-oct-2025-oct-2023.txt", fmt="txt", shape="news", date="2023-10-24",
    outlet="Port of Spain Business Daily", byline="Dexter Ramkissoon", story="dragon",
    dateline="PORT OF SPAIN",
    title="US amends Dragon licence: Trinidad may now pay Venezuela in cash, licence runs to 2025",
    blocks=[
        ("p", "The US Office of Foreign Assets Control has amended the licence it granted Trinidad and Tobago for the "
              "Dragon gas field, Energy Minister Stuart Young said, allowing payments to Venezuela in currency and "
              "extending the licence to October 31, 2025."),
        ("h", "WHAT CHANGED"),
        ("p", "The amendment, issued on Tuesday, October 17, followed requests the government made on March 8 and "
              "September 15. The January licence did not allow cash to go to the Maduro government, a condition "
              "Caracas rejected. Now the government, the National Gas Company (NGC) and Shell plc may pay the "
              "Venezuelan government and PDVSA in fiat currency, including US dollars or bolivars, and through "
              "humanitarian measures. Young said there was no limit on the amount of US dollars."),
        ("p", "The amended licence covers the planning, financing, development and management of Dragon, talks for "
              "exploration and production licences, and payments such as taxes, royalties, fees and lease bonus "
              "payments. Shell is to bring the gas to its Hibiscus platform in Trinidad's waters."),
        ("h", "NOT GENERAL LICENSE 44"),
        ("p", "Young warned against \"misinformation\", saying the amendment is specific to the government and NGC "
              "and separate from General License 44, which OFAC issued on October 18 to ease sanctions on "
              "Venezuela's oil and gas sector until April 18, 2024. That general licence does not affect the Dragon "
              "work, he said."),
    ],
    teaser="Our tip: NGC's annual report has the clearest chart of Trinidad's gas supply gap.")

art(fname="ZQ-venezuela-grants-shell-ngc-dragon-licence-dec-2023.html", fmt="html", shape="agency summary",
    date="2023-12-22", outlet="Caribbean Energy Regulatory Digest", byline="Digest staff", story="dragon",
    title="Summary: Venezuela awards Shell and NGC a 30-year licence for the Dragon gas field",
    blocks=[
        ("p", "On Thursday, December 21, 2023, Venezuela granted Shell and the National Gas Company of Trinidad and "
              "Tobago (NGC) a 30-year exploration and production licence for the Dragon gas field, off the Paria "
              "Peninsula on the Venezuelan side of the maritime border. Energy Minister Stuart Young announced the "
              "award."),
        ("h", "Key points"),
        ("ul", ["Parties: the Venezuelan government, Shell and NGC.",
                "Term: 30 years.",
                "US cover: the amended OFAC licence of October 17, 2023, valid until October 31, 2025, authorises "
                "the Government of Trinidad and Tobago, NGC and Shell to deal with the Venezuelan government and "
                "PDVSA on Dragon.",
                "Route: a pipeline of about 17 kilometres to Shell's Hibiscus platform in Trinidadian waters, with "
                "the gas processed into LNG and petrochemicals.",
                "Scale: first-phase output of around 185 million cubic feet a day."]),
        ("h", "Background"),
        ("p", "In September 2023 the two governments agreed terms for developing Dragon, including sending all of "
              "its gas to Trinidad for the petrochemical and LNG sectors. Trinidad's own production has been "
              "declining, and energy accounts for about 40 percent of its GDP and more than 80 percent of export "
              "revenue."),
        ("h", "What to watch"),
        ("p", "All other US sanctions on Venezuela still apply. The OFAC licence is specific to the parties it "
              "names and does not authorise other companies."),
    ],
    comments=[("R. Mohammed", "December 22, 2023", "Thirty years is a long time. Hope the pipeline gets built before the next election."),
              ("LNG watcher", "December 23, 2023", "185 mmcf/d is a start, but Atlantic needs far more than that.")])

art(fname="ZQ-dragon-licence-unaffected-by-snapback-apr-2024.md", fmt="md", shape="news", date="2024-04-18",
    outlet="Caribbean Energy Wire", byline="Marisa Callender", story="dragon",
    title="Dragon licence unaffected as US lets Venezuela oil relief lapse, Trinidad says",
    blocks=[
        ("p", "Trinidad and Tobago says the return of US oil sanctions on Venezuela does not touch its Dragon gas "
              "project. Washington decided not to renew General License 44, the six-month easing granted in October "
              "2023, after concluding that Nicolas Maduro's government had not kept its election commitments. OFAC "
              "replaced it with General License 44A, which authorises the winding down of oil and gas deals."),
        ("h", "What Port of Spain said"),
        ("ul", ["The Ministry of Energy said the decision does not affect the specific amended licence issued to "
                "the Government of Trinidad and Tobago on October 17, 2023.",
                "The Ministry of Foreign and CARICOM Affairs, led by Dr Amery Browne, said in an April 17 release "
                "that the specific licence is valid until October 31, 2025.",
                "It permits Shell, NGC and contractors to keep working to explore, produce and export gas from the "
                "Venezuelan side of Dragon."]),
        ("p", "The ministry also recalled the 30-year licence Venezuela granted on December 21 and said work on the "
              "field was ongoing."),
        ("h", "Context"),
        ("p", "The October easing followed a deal in Barbados between the Maduro government and the opposition on a "
              "path to elections. Since then opposition leader Maria Corina Machado has been blocked from "
              "registering her candidacy. A senior US official said any US company investing in Venezuela would "
              "have 45 days to wind down operations."),
    ],
    teaser="More from Caribbean Energy Wire: what GL 44A means for Chevron's partners.")

art(fname="ZQ-ofac-revokes-dragon-gas-licence-apr-2025.html", fmt="html", shape="news", date="2025-04-09",
    outlet="Island Ledger", byline="Keisha Baptiste", story="dragon",
    title="US revokes Trinidad's Dragon gas licence; companies must wind down by May 27",
    blocks=[
        ("p", "The United States has revoked the OFAC licence that allowed Trinidad and Tobago, Shell and the "
              "National Gas Company (NGC) to develop Venezuela's Dragon gas field, Prime Minister Stuart Young said "
              "on Tuesday, April 8."),
        ("p", "Young said he had received communication from US authorities and that the country had been given a "
              "wind-down period until May 27. The licence, which he said was dated December 18, 2023, had been "
              "valid until October 31, 2025 and allowed Trinidad to pay for gas in various currencies and through "
              "humanitarian measures."),
        ("p", "Washington also revoked the licence for the Cocuina-Manakin field, which BP is developing with NGC "
              "across the maritime border and which had been granted on May 31, 2024."),
        ("h", "\"Not unexpected\""),
        ("p", "Young called the move disappointing but not unexpected, given that the Trump administration had "
              "already cancelled licences for other companies working in Venezuela, including Chevron, Repsol and "
              "Maurel & Prom. He said there was no appeal process as such, \"but there is a process for you to apply "
              "for it not to be or for amendments\", and that his government would use it. He has reached out to "
              "the US special envoy for Latin America, Mauricio Claver-Carone, and asked for a call with Secretary "
              "of State Marco Rubio."),
        ("p", "The Energy Chamber of Trinidad and Tobago also called the news disappointing but not unexpected."),
    ],
    comments=[("Anil S.", "April 9, 2025", "So much for the 30-year licence. Back to square one."),
              ("Tobago voice", "April 10, 2025", "We need diversification, not another deal that depends on Washington's mood.")])

art(fname="ZQ-dragon-gas-licence-faq-may-2025.txt", fmt="txt", shape="explainer", date="2025-05-20",
    outlet="Port of Spain Business Daily", byline="Explainer desk", story="dragon", dateline="PORT OF SPAIN",
    title="Dragon gas after the revocation: your questions answered",
    blocks=[
        ("p", "With the wind-down deadline a week away, here is where the Dragon project stands."),
        ("qa", "What was revoked?",
         "OFAC's specific licence for Dragon, held by the government, NGC and Shell, and the licence for BP's "
         "Cocuina-Manakin project. Then Prime Minister Stuart Young announced the revocation on April 8."),
        ("qa", "When must work stop?",
         "The companies were given until May 27 to wind down activities covered by the licence."),
        ("qa", "Is Venezuela's own licence still valid?",
         "The 30-year licence Venezuela granted in December 2023 still exists on paper, but without US "
         "authorisation Shell and NGC cannot deal with PDVSA on the project without risking US sanctions."),
        ("qa", "Who is in charge now?",
         "Kamla Persad-Bissessar's United National Congress won the April 28 general election. After her victory "
         "the new Prime Minister declared the Dragon deal dead and said her government would focus on energy "
         "business with Grenada, Guyana and Suriname."),
        ("qa", "Can Trinidad apply again?",
         "Young had said there was a process to ask OFAC to reconsider or amend a revocation. Any new licence is "
         "up to OFAC; none had been issued by the time of writing."),
        ("qa", "How much gas was at stake?",
         "PDVSA puts Dragon's reserves at about 4.2 trillion cubic feet."),
    ],
    teaser="Our tip: the Energy Chamber's list of fields in Trinidad's own waters, from Manatee to Calypso.")

art(fname="ZQ-us-issues-new-dragon-licence-oct-2025.md", fmt="md", shape="news", date="2025-10-10",
    outlet="Caribbean Energy Wire", byline="Marisa Callender", story="dragon",
    title="US issues Trinidad a new six-month Dragon licence, for negotiations only",
    blocks=[
        ("p", "The US Treasury has granted Trinidad and Tobago a new OFAC licence for the Dragon gas field, Attorney "
              "General John Jeremie announced, six months after Washington revoked the previous one."),
        ("h", "What it covers"),
        ("ul", ["Who: US persons acting for the Government of the Republic of Trinidad and Tobago, the National Gas "
                "Company of Trinidad and Tobago Limited, Shell plc, Futura Clara Limited, and their subsidiaries, "
                "affiliates and contractors.",
                "What: transactions ordinarily incident and necessary to negotiations with the Government of "
                "Venezuela and PDVSA in connection with the Dragon gas project.",
                "How long: six months, to April 2026."]),
        ("p", "\"It allows us to enter into negotiations with Venezuela, which at the present time would be "
              "prohibited under sanctions. We have six months to negotiate,\" Jeremie said. He said the government "
              "and NGC had applied on May 19, and declined to discuss commercial terms."),
        ("h", "How it came about"),
        ("p", "Prime Minister Kamla Persad-Bissessar met Secretary of State Marco Rubio in Washington on October 1, "
              "after which Rubio's office said the US was committed to granting a licence. Jeremie credited "
              "\"strategic diplomacy\" led by the Prime Minister and declared that Dragon is alive. The Energy "
              "Chamber congratulated the government. Talks with Caracas had not yet begun."),
    ],
    teaser="More from Caribbean Energy Wire: Chevron's restricted licence, three months on.")

art(fname="ZQ-venezuela-suspends-trinidad-gas-deals-oct-2025.txt", fmt="txt", shape="news", date="2025-10-28",
    outlet="Port of Spain Business Daily", byline="Dexter Ramkissoon", story="dragon",
    dateline="CARACAS / PORT OF SPAIN",
    title="Venezuela suspends gas agreements with Trinidad after US destroyer visit",
    blocks=[
        ("p", "Venezuela has suspended its energy agreements with Trinidad and Tobago, including the deal behind the "
              "Dragon gas field, after the US guided-missile destroyer USS Gravely docked in Port of Spain."),
        ("h", "WHAT CARACAS DID"),
        ("p", "On Monday, October 27, Vice President Delcy Rodriguez, who is also hydrocarbons minister, said Prime "
              "Minister Kamla Persad-Bissessar had joined \"the warmongering agenda of the United States\" and that "
              "she would ask President Nicolas Maduro to withdraw from a 2015 agreement that allows joint gas "
              "projects in the waters between the two countries. Maduro then said he had approved \"the immediate "
              "suspension of all effects of the energy agreement\" and signed the order, calling it a precautionary "
              "measure. He said Trinidad had become the aircraft carrier of the US empire against Venezuela."),
        ("h", "THE SHIP"),
        ("p", "The USS Gravely arrived on Sunday, October 26, for joint exercises with Trinidad's forces and was due "
              "to stay until Thursday. Washington describes its Caribbean deployment as a counter-narcotics "
              "mission; Persad-Bissessar has backed US strikes on suspected drug boats."),
        ("h", "PORT OF SPAIN'S REPLY"),
        ("p", "\"Our future does not depend on Venezuela and never has,\" Persad-Bissessar said, adding that "
              "Trinidad is moving away from reliance on Dragon and is not susceptible to blackmail. The suspension "
              "comes weeks after the US issued a six-month licence for talks on Dragon."),
    ],
    teaser="Our tip: our map of the Gulf of Paria fields, updated this week.")

art(fname="ZQ-dragon-gas-forum-thread-nov-2025.html", fmt="html", shape="forum", date="2025-11-12",
    outlet="CaribEnergy Forum", byline="Thread", story="dragon",
    title="Is Dragon gas dead for good? (thread)",
    blocks=[
        ("post", "gasman_tt", "November 10, 2025",
         "Trying to keep track. Jan 2023 licence, Oct 2023 amendment to Oct 31 2025, revoked in April 2025, a new "
         "six-month licence in October for talks only, and now Caracas has suspended the agreements. Where does "
         "that leave Shell and NGC?"),
        ("post", "PointFortinPete", "November 10, 2025",
         "On the US side NGC and Shell hold a licence again, but it only covers negotiations with Venezuela and "
         "PDVSA and runs to April 2026. It does not authorise production. On the Venezuelan side Maduro signed an "
         "order suspending the energy agreement on Oct 27, so right now there is nobody to negotiate with."),
        ("post", "Marabella_engineer", "November 11, 2025",
         "And the thirty-year licence Venezuela gave Shell and NGC in Dec 2023? Cancelled?"),
        ("post", "PointFortinPete", "November 11, 2025",
         "Suspended along with everything else in that agreement, as far as anyone can tell. Maduro said he would "
         "send the matter to the Council of State, the Supreme Court and the National Assembly for a deeper "
         "review. I have not seen any ruling."),
        ("post", "gasman_tt", "November 12, 2025",
         "The PM keeps saying our future does not depend on Venezuela. And Cocuina-Manakin? BP's licence was "
         "revoked in April too and I have not seen it come back."),
    ])

# ---------------------------------------------------------------- Story B: Havana Docks v. the cruise lines
art(fname="ZQ-havana-docks-sues-carnival-title-iii-may-2019.md", fmt="md", shape="news", date="2019-05-03",
    outlet="Miami Maritime Review", byline="Elena Ferrer", story="havana",
    title="Havana Docks sues Carnival as Title III lawsuits open for the first time",
    blocks=[
        ("p", "Havana Docks Corporation, a US company whose piers in the Port of Havana were seized by Fidel Castro's "
              "government in 1960, has sued Carnival Corporation in federal court in Miami. It is one of the first "
              "lawsuits filed since the Trump administration let Title III of the Helms-Burton Act take full effect "
              "on May 2."),
        ("h", "The law"),
        ("p", "Title III of the 1996 Cuban Liberty and Democratic Solidarity (LIBERTAD) Act lets US nationals who own "
              "a claim to property confiscated by the Cuban government sue anyone who \"traffics\" in that property. "
              "Every president since 1996 had suspended the right to sue, and the administration announced in April "
              "that it would stop doing so."),
        ("h", "The claim"),
        ("ul", ["Havana Docks held a 99-year concession, granted in 1905, to build and operate piers and terminal "
                "facilities at the port; it was due to run until 2004.",
                "The Foreign Claims Settlement Commission certified its loss at $9.179 million.",
                "Its president, Mickael Behn, is the grandson of William C. Behn, an American who owned the docks.",
                "The company says Carnival used the confiscated terminal to land cruise passengers in Havana from "
                "2016."]),
        ("p", "Carnival's Fathom brand sailed the first US cruise to Havana in decades in May 2016. Carnival says its "
              "Cuba voyages were lawful travel authorised by the US government. Lawyers for Havana Docks say other "
              "cruise lines that used the terminal could face similar claims."),
    ],
    teaser="More from Miami Maritime Review: PortMiami's new terminal opens for the winter season.")

art(fname="ZQ-judge-bloom-finds-cruise-lines-trafficked-mar-2022.txt", fmt="txt", shape="court summary",
    date="2022-03-22", outlet="Florida Federal Courts Digest", byline="Courts desk", story="havana",
    dateline="MIAMI",
    title="Havana Docks v. Carnival et al.: judge finds four cruise lines trafficked in a confiscated Havana terminal",
    blocks=[
        ("p", "US District Judge Beth Bloom of the Southern District of Florida ruled on Monday, March 21, 2022, that "
              "Carnival, MSC Cruises, Royal Caribbean and Norwegian Cruise Line Holdings are liable under Title III "
              "of the Helms-Burton Act for using the Havana cruise terminal."),
        ("h", "THE RULING"),
        ("p", "In a 169-page order granting summary judgment to Havana Docks Corporation on liability, Bloom held "
              "that \"by using the Terminal and one of its piers in various ways, Carnival, MSC SA, Royal Caribbean "
              "and Norwegian committed trafficking acts.\" She found that the voyages were \"prohibited tourism\" "
              "rather than lawful travel, rejecting the lines' main defence. The cases are Nos. 19-cv-21724, "
              "19-cv-23588, 19-cv-23590 and 19-cv-23591."),
        ("h", "THE NUMBERS"),
        ("p", "According to court records, the cruise lines earned at least $1.1 billion in revenue from their Cuba "
              "voyages between 2016 and 2019 and paid $138 million to Cuban government entities. Havana Docks' "
              "certified claim is about $9.2 million."),
        ("h", "NEXT STEPS"),
        ("p", "Only damages remain, and a jury trial on damages has been scheduled for May. \"Havana Docks is "
              "satisfied with the ruling and awaits a trial for damages,\" a company spokesman said. A spokesman for "
              "Norwegian said it would not comment on pending litigation. Havana Docks is represented by Roberto "
              "Martinez and Stephanie Casey of Colson Hicks Eidson."),
    ],
    footer="(c) 2022 Florida Federal Courts Digest. Summaries are for information only and are not legal advice.")

art(fname="ZQ-cruise-lines-hit-with-440-million-judgment-jan-2023.html", fmt="html", shape="news",
    date="2023-01-04", outlet="Sun Coast Business Journal", byline="Ray Montalvo", story="havana",
    title="Cruise lines ordered to pay $440 million over Havana port; Carnival and Royal Caribbean to appeal",
    blocks=[
        ("p", "A federal judge in Miami has ordered four cruise companies to pay a combined $439 million, about "
              "$440 million, to Havana Docks Corporation for using port facilities in Havana that Cuba's government "
              "confiscated in 1960."),
        ("p", "US District Judge Beth Bloom entered final judgments on December 30, 2022, granting Havana Docks' "
              "motion for entry of final judgment after the company elected to calculate its damages from the "
              "amount of its certified claim plus interest. The judgment against Carnival is $109,671,180.90; "
              "Norwegian Cruise Line Holdings, Royal Caribbean and MSC Cruises were each ordered to pay "
              "$109,848,747.87, with the MSC judgment released on Tuesday."),
        ("p", "\"A lower award as Defendants suggest would not effectively serve a deterrent purpose, since a lesser "
              "award could conceivably be considered merely a cost of doing business,\" Bloom wrote."),
        ("h", "Appeals coming"),
        ("p", "Royal Caribbean said it \"disagrees with the verdict and expects to appeal.\" Carnival said it "
              "strongly disagreed, would appeal and had engaged in legal travel. Norwegian declined to comment and "
              "MSC did not respond. \"This is an extraordinarily significant ruling by Judge Bloom,\" said Roberto "
              "Martinez, counsel for Havana Docks. The judgments follow Bloom's March ruling that using the port "
              "was trafficking in the confiscated property."),
    ],
    comments=[("Dolores V.", "January 4, 2023", "My grandparents lost everything in 1960. About time someone paid."),
              ("Cruise fan 88", "January 5, 2023", "The government told them the trips were legal. This will not survive appeal.")])

art(fname="ZQ-eleventh-circuit-reverses-havana-docks-oct-2024.md", fmt="md", shape="news", date="2024-10-23",
    outlet="Miami Maritime Review", byline="Elena Ferrer", story="havana",
    title="Appeals court wipes out Havana Docks' $440 million win against cruise lines",
    blocks=[
        ("p", "A divided panel of the US Court of Appeals for the Eleventh Circuit on Tuesday, October 22, reversed "
              "the judgments of more than $100 million each that Havana Docks Corporation had won against Royal "
              "Caribbean, Norwegian Cruise Line Holdings, Carnival and MSC Cruises."),
        ("h", "The reasoning"),
        ("p", "Writing for the majority, Judge Adalberto Jordan, joined by Chief Judge William Pryor, held that "
              "Havana Docks' \"limited property interest had expired, for purposes of Title III, at the time of the "
              "alleged trafficking by the cruise lines.\" Its 99-year usufructuary concession would have ended in "
              "2004, so the lines' use of the terminal from 2016 to 2019 was not trafficking in its confiscated "
              "property. The majority called the question one of first impression and not easy."),
        ("ul", ["Affirmed: Havana Docks is a US national under Title III.",
                "Reversed: the judgments against the four cruise lines for conduct between 2016 and 2019.",
                "Remanded: trafficking claims against Carnival based on conduct from 1996 to 2001."]),
        ("h", "The dissent"),
        ("p", "Judge Andrew Brasher dissented. Relying on the statute's text, he reasoned that the trafficking did "
              "not need to happen during the original concession period for Havana Docks to have a claim. Havana "
              "Docks can ask the full court to rehear the case or petition the Supreme Court."),
    ],
    teaser="More from Miami Maritime Review: Title III suits against hotel chains, five years on.")

art(fname="ZQ-havana-docks-mandate-stayed-for-cert-jan-2025.txt", fmt="txt", shape="court summary",
    date="2025-01-24", outlet="Florida Federal Courts Digest", byline="Courts desk", story="havana",
    dateline="ATLANTA",
    title="Havana Docks v. Royal Caribbean: Eleventh Circuit stays its mandate pending a Supreme Court petition",
    blocks=[
        ("p", "The Eleventh Circuit on Thursday, January 23, 2025, granted Havana Docks Corporation's motion to stay "
              "the issuance of its mandate while the company seeks review in the US Supreme Court (Nos. 23-10151 "
              "and 23-10171)."),
        ("h", "THE ORDER"),
        ("p", "The stay runs to and including March 20, 2025, and continues until the Supreme Court finally "
              "disposes of the case, provided Havana Docks files within that period a certificate from the Supreme "
              "Court clerk showing that a certiorari petition has been filed. If the writ is denied, or if no "
              "petition is filed in time, the clerk will issue the mandate. Clerk David J. Smith noted that the "
              "Supreme Court will request the record only if it needs it."),
        ("h", "WHAT IS AT STAKE"),
        ("p", "The panel's October 22, 2024 decision reversed judgments totalling about $440 million. While the "
              "mandate is stayed, the appellate judgment does not go back to the district court. Court filings "
              "describe 912 trips to Cuba by the four lines between 2016 and 2019, generating more than $1.115 "
              "billion in revenue."),
        ("p", "A reply in support of the motion was filed on January 8 by Christopher Landau for Havana Docks."),
    ],
    footer="(c) 2025 Florida Federal Courts Digest. Summaries are for information only and are not legal advice.")

art(fname="ZQ-havana-docks-supreme-court-faq-oct-2025.html", fmt="html", shape="faq", date="2025-10-06",
    outlet="Sun Coast Business Journal", byline="Legal desk", story="havana",
    title="FAQ: the Supreme Court takes up Havana Docks v. Royal Caribbean",
    blocks=[
        ("qa", "What happened?",
         "On Friday, October 3, 2025, the Supreme Court agreed to hear Havana Docks Corporation's appeal in its "
         "case against Carnival, Norwegian Cruise Line Holdings, Royal Caribbean and MSC Cruises. The case is "
         "No. 24-983."),
        ("qa", "When was the petition filed?",
         "On March 6, 2025, after the Eleventh Circuit reversed the judgments in October 2024."),
        ("qa", "What will the justices decide?",
         "Whether a Title III plaintiff must prove that the defendant trafficked in confiscated property as to which "
         "the plaintiff owns a claim, as Havana Docks argues, or in property it would have continued to own \"as "
         "if there had been no expropriation\", the counterfactual test adopted by the divided Eleventh Circuit "
         "panel."),
        ("qa", "What does the government say?",
         "The court invited the Solicitor General's views. The government's brief said review should be granted, "
         "describing Title III as a way to encourage private lawsuits against the Cuban regime and those who "
         "profit from trafficking in property expropriated from Americans."),
        ("qa", "Why does it matter?",
         "Every administration suspended Title III until 2019, and the Supreme Court has never interpreted it. The "
         "answer will govern every Title III case."),
        ("qa", "When will it be argued?",
         "No argument date had been set when review was granted."),
    ],
    comments=[("J. Behn fan", "October 6, 2025", "Finally. The Eleventh Circuit's counterfactual test made no sense."),
              ("Maritime lawyer", "October 7, 2025", "Watch the lawful-travel defence; the panel never reached it.")])

art(fname="ZQ-supreme-court-hears-havana-docks-feb-2026.md", fmt="md", shape="news", date="2026-02-24",
    outlet="Miami Maritime Review", byline="Elena Ferrer", story="havana",
    title="Supreme Court hears Havana Docks, its first Title III case",
    blocks=[
        ("p", "The Supreme Court heard argument on Monday, February 23, in Havana Docks Corp. v. Royal Caribbean "
              "Cruises Ltd. (No. 24-983), the first time the justices have interpreted Title III of the "
              "Helms-Burton Act since Congress passed it in 1996."),
        ("h", "In the courtroom"),
        ("ul", ["\"What exactly is the property here that has been confiscated?\" Justice Clarence Thomas asked.",
                "Richard D. Klingler, for Havana Docks, said the property was the right to operate the docks, land "
                "and machinery, \"the equivalent of a leasehold.\"",
                "Justice Ketanji Brown Jackson said it was \"a little confusing\" how the appeals court had "
                "redefined what it means to traffic in confiscated property."]),
        ("h", "The arguments"),
        ("p", "Havana Docks argues that liability turns on owning the certified claim, not on how long the original "
              "concession would have lasted, and that Cuba seized physical dock facilities. The cruise lines say "
              "property law must respect the time limit on the original rights, that the concession excluded "
              "passenger services, and that they only began docking in Havana in 2016. Court records cited in "
              "reports show the lines paid Cuban government entities at least $130 million to use the "
              "facilities."),
        ("p", "A decision is expected before the court's term ends in the summer. Until then the Eleventh Circuit's "
              "reversal stands."),
    ],
    teaser="More from Miami Maritime Review: cruise lines' Caribbean capacity hits a record.")

art(fname="ZQ-havana-docks-where-it-stands-blog-mar-2026.html", fmt="html", shape="blog", date="2026-03-10",
    outlet="The Embargo Ledger", byline="Tomas Aguilera", story="havana",
    title="Havana Docks, seven years on: where the cruise case stands",
    blocks=[
        ("p", "Seven years after Title III opened, the Havana Docks litigation is waiting on the Supreme Court. A "
              "recap:"),
        ("ol", ["May 2019: Havana Docks sues Carnival; suits against Royal Caribbean, Norwegian and MSC follow later "
                "in 2019.",
                "March 2022: Judge Beth Bloom finds all four lines trafficked in the confiscated terminal.",
                "December 30, 2022: final judgments total about $440 million, roughly $110 million per line.",
                "October 22, 2024: the Eleventh Circuit reverses 2-1, holding the concession expired in 2004; Judge "
                "Brasher dissents. Claims against Carnival for 1996 to 2001 go back to the district court.",
                "October 3, 2025: the Supreme Court grants review.",
                "February 23, 2026: argument. The judgments remain reversed unless the justices say otherwise, and "
                "no money has been paid."]),
        ("h", "Our view"),
        ("p", "The big lines have not called at Havana since the June 2019 ban on cruises to Cuba, so the case is "
              "about the past. But the question, whether a time-limited interest still supports a claim, matters "
              "for hotels and anyone else using property that carries a certified claim."),
    ],
    comments=[("Ana P.", "March 10, 2026", "Great timeline. Any idea when the remand on Carnival's 1990s trips will be heard?"),
              ("Old Havana hand", "March 11, 2026", "Thomas's question was the whole case in one line.")])

# ---------------------------------------------------------------- Story C: CJNG timeshare fraud sanctions
art(fname="ZQ-ofac-sanctions-eight-vallarta-timeshare-firms-mar-2023.md", fmt="md", shape="news",
    date="2023-03-03", outlet="Vallarta Expat Monitor", byline="Gwen Hollister", story="timeshare",
    title="US sanctions eight Mexican companies over CJNG timeshare fraud",
    blocks=[
        ("p", "The US Treasury's Office of Foreign Assets Control (OFAC) on Thursday, March 2, designated eight "
              "Mexican companies it says are linked to timeshare fraud run on behalf of the Cartel de Jalisco Nueva "
              "Generacion (CJNG)."),
        ("h", "Who and why"),
        ("ul", ["The eight companies present themselves as financial services or real estate firms; OFAC says they "
                "give the cartel a significant revenue stream.",
                "They were designated under Executive Order 14059, the order under which CJNG itself was designated "
                "in 2021 as a global illegal drug trafficking organization.",
                "The action came out of collaboration between the US and the Government of Mexico."]),
        ("h", "How the scam works"),
        ("p", "According to OFAC, scammers make unsolicited offers to buy owners' timeshares. Once an owner accepts, "
              "the scammer asks for advance fees and taxes, supposedly to expedite the sale, with promises of "
              "reimbursement at closing. After several payments, owners realise there is no buyer and their money "
              "is gone."),
        ("h", "What it means"),
        ("p", "All property of the designated companies in the US or held by US persons is blocked, as are "
              "entities owned 50 percent or more by blocked persons. US persons are generally barred from dealing "
              "with them. OFAC also issued an alert warning that timeshare fraudsters may falsely claim to represent "
              "OFAC to appear legitimate."),
    ],
    teaser="More from Vallarta Expat Monitor: the new malecon rules for street vendors.")

art(fname="ZQ-treasury-third-timeshare-round-nov-2023.html", fmt="html", shape="news", date="2023-12-01",
    outlet="Pacific Coast Courier", byline="Andres Villasenor", story="timeshare",
    title="Treasury targets 16 more in CJNG timeshare fraud, its third round this year",
    blocks=[
        ("p", "OFAC on Thursday, November 30, designated three individuals and 13 entities it links to timeshare "
              "fraud schemes run by the CJNG in Puerto Vallarta, Jalisco. It is the third such action this year, "
              "after eight companies were sanctioned in March and a second round followed on April 27."),
        ("p", "The individuals are Teresa de Jesus Alvarado Rubio, Manuel Alejandro Foubert Cadena and Gabriela del "
              "Villar Contreras. The entities range from real estate companies, traders and attorneys to mining "
              "enterprises, among them Grupo Empresarial Epta, Assis Realty and Club Vacacional."),
        ("p", "The designations were made under Executive Order 14059 in coordination with Mexico's Financial "
              "Intelligence Unit (UIF), the FBI and the DEA. Treasury Secretary Janet L. Yellen said the people and "
              "companies were directly or indirectly linked to the CJNG-led fraud. CJNG was first designated in "
              "April 2015 under the Foreign Narcotics Kingpin Designation Act."),
        ("h", "Who gets hurt"),
        ("p", "The schemes often target retirees from the United States, who are offered a fictitious sale of their "
              "timeshare, asked for up-front fees and taxes, and then left out of pocket while the scammers and the "
              "cartel are enriched."),
    ],
    comments=[("Bev from Ohio", "December 1, 2023", "We got one of those calls last spring. Glad we hung up."),
              ("PV local", "December 2, 2023", "Half the town knows who these people are. Sanctions will not stop the call centres.")])

art(fname="ZQ-accountants-sanctioned-fincen-timeshare-notice-jul-2024.txt", fmt="txt", shape="news",
    date="2024-07-17", outlet="Border Finance Report", byline="Lena Okafor", story="timeshare",
    dateline="WASHINGTON",
    title="OFAC sanctions Vallarta accountants as FinCEN warns banks on timeshare fraud",
    blocks=[
        ("p", "The Treasury on Tuesday, July 16, sanctioned three Mexican accountants and four Mexican companies it "
              "says work for the CJNG's timeshare fraud, and issued a joint notice telling banks how to spot the "
              "scams."),
        ("h", "THE SANCTIONS"),
        ("p", "All seven are in Puerto Vallarta, which OFAC calls a strategic stronghold for the cartel. The "
              "accountants have family ties to people designated earlier, OFAC said, and any entity they own 50 "
              "percent or more of is blocked too."),
        ("h", "THE NOTICE"),
        ("p", "FinCEN issued Notice FIN-2024-NTC2 jointly with OFAC and the FBI, setting out the methods, financial "
              "typologies and red flags of timeshare fraud by Mexico-based transnational criminal organizations. It "
              "describes call centres where scammers impersonate US timeshare brokers, attorneys or sales "
              "representatives, and re-victimization schemes in which they pose as law firms or authorities to "
              "extract more money. Victims typically wire money to Mexican shell companies, which launder it "
              "through more shell companies and trusts."),
        ("h", "THE LOSSES"),
        ("p", "About 6,000 US victims reported losses of nearly $300 million between 2019 and 2023, and the real "
              "figure is likely higher because of underreporting. Brian E. Nelson, the Treasury's Under Secretary "
              "for Terrorism and Financial Intelligence, warned against unsolicited calls and emails that seem too "
              "good to be true."),
    ],
    teaser="Our tip: FinCEN's notice lists the red flags in a two-page annex worth printing.")

art(fname="ZQ-timeshare-owners-sanctions-faq-aug-2024.html", fmt="html", shape="faq", date="2024-08-06",
    outlet="Pacific Coast Courier", byline="Explainer desk", story="timeshare",
    title="FAQ for timeshare owners: what the US sanctions on Vallarta firms mean for you",
    blocks=[
        ("qa", "Who has the US sanctioned so far?",
         "OFAC has taken four actions against CJNG timeshare fraud: eight companies in March 2023, a round on April "
         "27, 2023, three individuals and 13 entities in November 2023, and three accountants and four companies "
         "on July 16, 2024. The targets are shell, real estate and accounting companies and the people behind them; "
         "no resort has been designated."),
        ("qa", "Is my resort sanctioned?",
         "Not unless it is named. Listings cover specific people and companies. Check OFAC's Sanctions List Search "
         "before paying any company."),
        ("qa", "Someone called offering to buy my timeshare. What now?",
         "That is the classic pitch. Do not pay fees or taxes up front. OFAC has warned that scammers may even claim "
         "to represent OFAC."),
        ("qa", "Where do I report it?",
         "The FBI's Internet Crime Complaint Center (IC3). In 2022 it received more than 600 timeshare complaints "
         "with about $39.6 million in losses."),
        ("qa", "What are banks doing?",
         "FinCEN's July notice, FIN-2024-NTC2, gives financial institutions red flags to look for and asks them to "
         "report suspicious activity."),
    ],
    comments=[("Marge K.", "August 6, 2024", "Printing this for our owners' association newsletter."),
              ("Sam", "August 7, 2024", "IC3 never called me back, but at least it is on record.")])

art(fname="ZQ-fifth-timeshare-round-ibarra-network-aug-2025.md", fmt="md", shape="news", date="2025-08-14",
    outlet="Vallarta Expat Monitor", byline="Gwen Hollister", story="timeshare",
    title="Fifth round: US sanctions Michael Ibarra Diaz Jr. and 13 companies in CJNG timeshare case",
    blocks=[
        ("p", "OFAC on Wednesday, August 13, sanctioned four Mexican nationals and 13 Mexican companies it says run "
              "timeshare fraud for the CJNG in and around Puerto Vallarta. Treasury said it was the fifth time OFAC "
              "had sanctioned people tied to CJNG timeshare fraud, bringing the total to more than 70 individuals "
              "and entities."),
        ("h", "Who was named"),
        ("ul", ["Julio Cesar Montero Pinzon, Carlos Andres Rivera Varela and Francisco Javier Gudino Haro, described "
                "as senior CJNG members.",
                "Michael Ibarra Diaz Jr., a tourism businessman who appears legitimate but, Treasury says, has taken "
                "part in timeshare fraud for the cartel.",
                "Thirteen companies in Ibarra's network, including Akali Realtors, Centro Mediador de la Costa, "
                "Sunmex Travel, TTR Go, KVY Bucerias and the tour operator Fishing Are Us."]),
        ("p", "\"We are coming for terrorist drug cartels like Cartel de Jalisco Nueva Generacion that are flooding "
              "our country with fentanyl,\" Treasury Secretary Scott Bessent said. CJNG has been designated a "
              "foreign terrorist organization since February."),
        ("h", "Red flags paying off"),
        ("p", "More than 250 Suspicious Activity Reports covering $23.1 million were filed in the six months after "
              "FinCEN's 2024 notice. The same day, Mexico enacted reforms to its anti-money-laundering law that "
              "require documents to be kept for up to 10 years."),
    ],
    teaser="More from Vallarta Expat Monitor: hurricane season, week by week.")

art(fname="ZQ-kovay-gardens-resort-sanctioned-feb-2026.html", fmt="html", shape="news", date="2026-02-20",
    outlet="Pacific Coast Courier", byline="Andres Villasenor", story="timeshare",
    title="US sanctions Kovay Gardens timeshare resort near Puerto Vallarta",
    blocks=[
        ("p", "OFAC on Thursday, February 19, sanctioned Kovay Gardens, a Mexican timeshare resort, together with "
              "five Mexican individuals and 17 Mexican companies it says belong to a timeshare fraud network led by "
              "the CJNG."),
        ("p", "The resort is in Bahia de Banderas, Nayarit, just north of Puerto Vallarta. Treasury said the CJNG "
              "has controlled timeshare fraud in the area since around 2012. Officials say buyers were lured with "
              "promises of luxury and rental income; once they signed, the resort allegedly overcharged credit "
              "cards and fed customer data to CJNG-run call centres that targeted the same victims again."),
        ("p", "The action was taken under Executive Order 14059 and Executive Order 13224, the counter-terrorism "
              "order, as amended. It followed an investigation led by Homeland Security Task Force-New York with the "
              "FBI, DEA, IRS-CI, CBP and Mexican authorities. Treasury tied the network to figures including Carlos "
              "Humberto Rivera Miramontes and businessman Michael Ibarra Diaz Jr., sanctioned in August 2025."),
        ("p", "\"Whether through trafficking fentanyl into our borders or orchestrating timeshare fraud schemes, "
              "terrorist drug cartels like CJNG consistently victimize Americans for profit,\" said Treasury "
              "Secretary Scott Bessent. By our count it is the sixth OFAC action on CJNG timeshare fraud since 2023; "
              "the first five named more than 70 individuals and entities."),
    ],
    comments=[("Linda R.", "February 20, 2026", "We stayed there in 2019. The sales pitch was relentless."),
              ("Nayarit realtor", "February 21, 2026", "Every agent in Bucerias is rechecking their escrow accounts this week.")])

art(fname="ZQ-cjng-timeshare-sanctions-explainer-mar-2026.txt", fmt="txt", shape="explainer",
    date="2026-03-05", outlet="Border Finance Report", byline="Lena Okafor", story="timeshare",
    dateline="WASHINGTON",
    title="Explainer: three years of US sanctions on CJNG timeshare fraud",
    blocks=[
        ("p", "Since March 2023 the Treasury has returned again and again to the resort coast around Puerto "
              "Vallarta. Here is how the campaign has developed."),
        ("h", "THE TOOLS"),
        ("p", "The early rounds used Executive Order 14059, which targets the global illicit drug trade. After the "
              "State Department designated CJNG a Foreign Terrorist Organization and Specially Designated Global "
              "Terrorist in February 2025, Treasury could add Executive Order 13224, the terrorism order, as it did "
              "for the Kovay Gardens action on February 19, 2026. FinCEN's joint notice of July 2024 gave banks red "
              "flags to look for."),
        ("h", "THE TARGETS"),
        ("p", "The targets moved from companies posing as financial services and real estate firms (March 2023) to "
              "attorneys, traders and mining firms (November 2023), accountants (July 2024), a businessman's network "
              "of 13 tourism and travel companies (August 2025) and, in 2026, a resort itself."),
        ("h", "WHAT OWNERS SHOULD DO"),
        ("p", "Treasury urges current and prospective owners of timeshares in Mexico to stay vigilant: \"If an "
              "unsolicited purchase or rental offer seems too good to be true, it probably is.\" US persons may not "
              "deal with any listed company, and payments that touch one can be blocked."),
    ],
    teaser="Our tip: search OFAC's list by city; 'Puerto Vallarta' brings up most of the network.")

art(fname="ZQ-vallarta-agents-checklist-after-kovay-mar-2026.md", fmt="md", shape="newsletter",
    date="2026-03-12", outlet="Bahia Business Bulletin", byline="Rocio Aranda", story="timeshare",
    title="After Kovay Gardens: a checklist for Vallarta agents and escrow firms",
    blocks=[
        ("p", "The US listing of Kovay Gardens has local real estate agents, notaries and escrow administrators "
              "asking what they must do. The short answer: OFAC applies strict liability, and a payment that touches "
              "a designated person can expose anyone in the chain who deals with US clients."),
        ("h", "The checklist"),
        ("ul", ["Screen every counterparty against OFAC's list, including companies such as Akali Realtors, Sunmex "
                "Travel and KVY Bucerias from the August 2025 round.",
                "Remember the 50 percent rule: companies owned 50 percent or more by listed persons are blocked even "
                "if they are not named.",
                "Expect US banks to ask questions: FinCEN's 2024 notice lists red flags such as wires to shell "
                "companies.",
                "Never take fees or taxes in advance on a resale; that is the pattern OFAC describes."]),
        ("h", "Why now"),
        ("p", "Kovay Gardens was named on February 19 together with five individuals and 17 companies, under both "
              "the drug-trade and the counter-terrorism orders. Mexico's Financial Intelligence Unit has worked with "
              "US agencies on several rounds. Ignorance is not a defence under US sanctions rules."),
    ],
    teaser="More from Bahia Business Bulletin: the new notary fee schedule for Nayarit.")

# ---------------------------------------------------------------- Distractors
art(fname="ZQ-profeco-timeshare-buying-tips-apr-2019.md", fmt="md", shape="news", date="2019-04-10",
    outlet="Vallarta Expat Monitor", byline="Gwen Hollister", story="distractor", distractor=True,
    title="Easter holidays: Profeco's tips before you sign a timeshare in Vallarta",
    blocks=[
        ("p", "With Semana Santa crowds arriving in Puerto Vallarta, the federal consumer agency Profeco has "
              "reissued its advice for anyone tempted by a timeshare presentation."),
        ("h", "Before you sign"),
        ("ul", ["Do not buy on impulse; work out whether the service really suits you.",
                "Travel in the low season if you can; prices are lower.",
                "Avoid companies that sell through social media, WhatsApp, email or by phone.",
                "Check that the contract is registered with Profeco and names Profeco as the authority for disputes.",
                "Look up the provider in Profeco's Buro Comercial.",
                "Read the document carefully and do not sign a clause that waives your right to cancel."]),
        ("h", "After you sign"),
        ("p", "Once the contract is signed, buyers have five business days to cancel without penalty, and the "
              "provider then has 15 business days to return the money. If the provider cannot deliver the service "
              "for reasons attributable to it, it must offer alternative accommodation in the same destination, in "
              "a development of equal or higher category, or cover the buyer's travel costs."),
        ("p", "Foreign buyers can ask Profeco for help through its conciliation service for residents abroad. "
              "Profeco also reminds buyers to check maintenance fees, exchange costs and the total annual cost of "
              "any financing before they commit."),
    ],
    teaser="More from Vallarta Expat Monitor: the best Semana Santa processions in the old town.")

art(fname="ZQ-us-bans-cruise-ships-to-cuba-jun-2019.txt", fmt="txt", shape="news", date="2019-06-05",
    outlet="Port Miami Travel Bulletin", byline="Carla Dominguez", story="distractor", distractor=True,
    dateline="MIAMI",
    title="US bans cruise ships from Cuba and ends people-to-people travel",
    blocks=[
        ("p", "The Trump administration on Tuesday banned visits to Cuba by passenger and recreational vessels, "
              "including cruise ships and yachts, as well as private and corporate aircraft, and ended group "
              "people-to-people educational travel, the most popular way for Americans to visit the island legally."),
        ("h", "NO GRACE PERIOD"),
        ("p", "The Commerce Department said the ban takes effect on Wednesday, leaving cruise lines no time to "
              "change course. Royal Caribbean said ships sailing Wednesday and Thursday would no longer stop in Cuba. "
              "Carnival said it would have more information very soon, and Norwegian Cruise Line said it was "
              "monitoring the situation. The industry says about 800,000 passenger bookings are affected; more than "
              "140,000 cruise passengers had already visited Cuba this year."),
        ("h", "HOW WE GOT HERE"),
        ("p", "The administration announced tighter travel rules in April. Cruises to Cuba began again under the "
              "Obama-era thaw: on May 2, 2016, Carnival's Fathom ship Adonia, with 704 passengers, docked in Havana, "
              "the first cruise from a US port to Cuba since 1978. Travellers can still visit under the 11 other "
              "authorised categories, such as support for the Cuban people."),
    ],
    teaser="Our tip: check your cruise line's rebooking policy before you cancel.")

art(fname="ZQ-icon-of-the-seas-maiden-voyage-jan-2024.txt", fmt="txt", shape="news", date="2024-01-27",
    outlet="Port Miami Travel Bulletin", byline="Carla Dominguez", story="distractor", distractor=True,
    dateline="MIAMI",
    title="Royal Caribbean's Icon of the Seas sets off on its maiden voyage",
    blocks=[
        ("p", "Royal Caribbean's Icon of the Seas, the world's largest cruise ship, leaves the Port of Miami today on "
              "its first seven-night voyage, with stops at Basseterre in St. Kitts and Nevis, St. Thomas and the "
              "line's private island, Perfect Day at CocoCay."),
        ("h", "BY THE NUMBERS"),
        ("p", "The ship is nearly 1,200 feet long, weighs 250,800 gross tons and has 20 decks. It can carry 5,610 "
              "guests at double occupancy and up to 7,600 at full capacity, with a crew of 2,350. It was built at "
              "the Meyer Turku yard in Finland for about $2 billion and has seven pools, six waterslides and more "
              "than 40 restaurants, bars and lounges."),
        ("h", "A FOOTBALL GODFATHER"),
        ("p", "Lionel Messi and his Inter Miami teammates helped christen the ship on Tuesday. \"Icon of the Seas is "
              "the culmination of more than 50 years of dreaming, innovating and living our mission,\" said Jason "
              "Liberty, president and CEO of Royal Caribbean Group. When the ship was unveiled in October 2022 it "
              "drove the biggest booking day in the line's history. Its itineraries stay in the Eastern and Western "
              "Caribbean; like the rest of the industry, Royal Caribbean has not called in Cuba since 2019."),
    ],
    teaser="Our tip: the Miami terminal opens three hours before sailing; arrive early on weekends.")

art(fname="ZQ-trinidad-new-pm-young-calls-election-mar-2025.txt", fmt="txt", shape="news", date="2025-03-19",
    outlet="Port of Spain Business Daily", byline="Dexter Ramkissoon", story="distractor", distractor=True,
    dateline="PORT OF SPAIN",
    title="New Prime Minister Stuart Young calls general election for April 28",
    blocks=[
        ("p", "Stuart Young, sworn in on Monday as Trinidad and Tobago's eighth prime minister, has called a general "
              "election for April 28, four months before the current Parliament's term was due to end."),
        ("h", "THE TIMETABLE"),
        ("p", "Young advised President Christine Kangaloo to dissolve Parliament with effect from midnight on "
              "Tuesday, March 18. Writs were issued the same day, fixing Friday, April 4 as Nomination Day and "
              "Monday, April 28 as Polling Day."),
        ("h", "A FAST HANDOVER"),
        ("p", "Dr Keith Rowley resigned as prime minister and left politics on Sunday after nearly a decade in "
              "power. Young, 50, took the oath at President's House and named a Cabinet with Camille Robinson-Regis "
              "as Attorney General, Vishnu Dhanpaul at Finance and Marvin Gonzales at National Security, while "
              "keeping the energy portfolio himself. As energy minister he led the government's talks with "
              "Washington and Caracas on cross-border gas."),
        ("p", "Opposition leader Kamla Persad-Bissessar of the United National Congress did not attend the swearing "
              "in and has questioned the constitutional basis for Young's appointment, but says her party is ready."),
    ],
    teaser="Our tip: our candidate tracker goes live on Nomination Day.")

art(fname="ZQ-us-designates-eight-cartels-terrorist-organizations-feb-2025.html", fmt="html", shape="news",
    date="2025-02-20", outlet="Pacific Coast Courier", byline="Andres Villasenor", story="distractor",
    distractor=True,
    title="US designates CJNG, the Sinaloa Cartel and six other groups as terrorist organizations",
    blocks=[
        ("p", "Secretary of State Marco Rubio on Thursday announced the designation of eight cartels and gangs as "
              "Foreign Terrorist Organizations (FTOs) and Specially Designated Global Terrorists (SDGTs)."),
        ("ul", ["Tren de Aragua, from Venezuela, and Mara Salvatrucha (MS-13).",
                "Six Mexican groups: Cartel de Sinaloa, Cartel de Jalisco Nueva Generacion (CJNG), Cartel del "
                "Noreste (formerly Los Zetas), La Nueva Familia Michoacana, the Gulf Cartel and Carteles Unidos."]),
        ("p", "Rubio cited Executive Order 14157, signed by President Donald Trump on January 20, which says cartels "
              "\"threaten the safety of the American people, the security of the United States, and the stability "
              "of the international order in the Western Hemisphere.\" The designations were made under section "
              "219 of the Immigration and Nationality Act and Executive Order 13224."),
        ("h", "What changes"),
        ("p", "Property of the designated groups under US jurisdiction is blocked, US persons may not deal with them, "
              "and knowingly giving them material support becomes a crime. During his first term Trump considered "
              "a similar step but held off at the request of then Mexican President Andres Manuel Lopez Obrador. "
              "The State Department says designations expose and isolate the groups and deny them access to the US "
              "financial system."),
    ],
    comments=[("Guadalajara reader", "February 20, 2025", "What does this mean for remittances? Nobody explains that part."),
              ("T. Wells", "February 21, 2025", "Material support is a very broad concept. Businesses should be careful.")])
