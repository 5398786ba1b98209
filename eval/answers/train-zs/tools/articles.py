"""Article texts and metadata for answers-zs (written from scratch)."""

A = []


def art(slug, fmt, date, title, outlet, byline, shape, body, distractor=False, comments=None):
    A.append(dict(slug=slug, fmt=fmt, date=date, title=title, outlet=outlet, byline=byline,
                  shape=shape, body=body, distractor=distractor, comments=comments or []))


# ---------------- Sandvine ----------------
art("ZS-commerce-adds-sandvine-to-entity-list-feb-2024", "md", "2024-02-27",
    "Commerce puts Canada's Sandvine on the Entity List over Egypt censorship", "Northline Trade Wire",
    "By Dana Whitcombe", "news", [
    "WASHINGTON - The US Commerce Department's Bureau of Industry and Security (BIS) on Monday added Sandvine Incorporated, a Waterloo, Ontario-based maker of network equipment, to the Entity List, the export blacklist that requires a licence for almost any shipment of US technology to a listed company. The rule was published in the Federal Register on Tuesday.",
    "BIS said Sandvine supplied deep packet inspection (DPI) technology to the Government of Egypt, where it is used in mass web-monitoring and censorship to block news and to target political actors and human rights activists. The agency called those activities contrary to US national security and foreign policy interests.",
    "The listing covers the Canadian head office and Sandvine addresses in India, Japan, Malaysia, Sweden and the United Arab Emirates. A Chinese firm, Chengdu Beizhan Electronics, was added in the same rule for buying US goods on behalf of a university that was already listed.",
    "\"Today's additions to the Entity List demonstrate that we will not hesitate to act to ensure that powerful, commercially available technologies aren't being used contrary to our values,\" Under Secretary for Industry and Security Alan Estevez said.",
    "A Sandvine spokesperson said the company was aware of the action and was committed to working closely with government officials \"to understand, address and resolve their concerns\", adding that it takes allegations of misuse very seriously.",
    "Sandvine has been owned since 2017 by the San Francisco private equity firm Francisco Partners.",
])

art("ZS-access-now-welcomes-sandvine-listing-feb-2024", "txt", "2024-02-28",
    "Rights group welcomes US blacklisting of Sandvine", "Access Now (press release, as circulated)",
    "Press office", "press", [
    "Access Now on Tuesday welcomed the US government's addition of Canada-based Sandvine to the Entity List for supplying deep packet inspection technology to the Egyptian government. The announcement, made on Monday, February 26, follows joint advocacy by Access Now and the Egyptian Initiative for Personal Rights.",
    "According to the group, more than 600 websites, including media and human rights websites, are blocked in Egypt through Sandvine's internet blocking technology. It also points to a 2023 Citizen Lab finding that Sandvine technology was used to inject spyware into the phone of Egyptian journalist and former member of parliament Ahmed Eltantawy.",
    "\"For years, Sandvine has profited from enabling dictators to stifle dissent and silence the press en masse,\" said Marwa Fatafta, Access Now's MENA policy and advocacy director, who called the listing a major accountability moment for digital rights in Egypt and beyond.",
    "The statement lists other places where the group says Sandvine equipment helped governments abuse rights, among them Azerbaijan, Jordan, Russia, Turkey and the United Arab Emirates. In Belarus, it says, the company played a direct role in the internet shutdowns ordered during the brutal suppression of the 2020 election protests.",
    "Access Now urged Washington to use every policy tool at its disposal to hold vendors accountable, and said the listing should send a clear signal to other vendors and to potential investors.",
])

art("ZS-sandvine-entity-list-explainer-mar-2024", "html", "2024-03-05",
    "Explainer: what the Entity List means for Sandvine", "Export Desk Weekly", "By Priya Raman", "explainer", [
    ("What is the Entity List?", "It is a Commerce Department list of foreign companies, research bodies and people. Exporters need a licence from the Bureau of Industry and Security to send a listed party items subject to US export rules, and such a licence is likely to be denied. It is an export control, not an asset freeze."),
    ("Why was Sandvine listed?", "BIS said the Canadian company's deep packet inspection gear was used by Egypt for mass web-monitoring and censorship. In 2018 the Citizen Lab at the University of Toronto reported that Egyptian internet providers used Sandvine PacketLogic devices to block sites such as Human Rights Watch, Reporters Without Borders, Al Jazeera and Mada Masr, and to hijack users' traffic."),
    ("Why does it hurt?", "Former employees told reporters the company relies heavily on components from US suppliers such as Dell, so a licence requirement reaches the hardware it sells. Customers may also hesitate to buy from a listed vendor."),
    ("Has Sandvine faced this before?", "Yes. It stopped doing business in Belarus in 2020 after condemnation from human rights groups and US senators."),
    ("Can a company get off the list?", "BIS may remove a party that stops the conduct or no longer poses a significant risk to US interests. Requests go to the End-User Review Committee, which includes Commerce, State, Defense and Energy."),
])

art("ZS-sandvine-pledges-exit-from-non-democracies-sep-2024", "md", "2024-09-19",
    "Sandvine pledges to quit non-democratic markets as it seeks to shed US blacklist", "Northline Trade Wire",
    "By Dana Whitcombe", "news", [
    "WATERLOO, Ontario - Sandvine, the network equipment maker placed on the US Entity List in February, said this week it would stop selling in 56 countries it considers non-democratic and would focus on customers in democracies committed to protecting human rights.",
    "In a press release the company acknowledged past misuse of its products and said its response to earlier reports of misuse had been insufficient. It described a new Business Ethics Committee that will vet sales, new leadership including human rights experts, and closer monitoring of how its deep packet inspection tools are used in the countries where it stays.",
    "The pledge follows months of turmoil. People familiar with the company said it laid off staff after the listing, and its investors replaced the board and the ownership group. Chief executive Lyndon Cantor leads the reorganised business.",
    "The announcement does not change the company's legal status. Sandvine remains on the Entity List, and any removal would be a decision for the interagency End-User Review Committee, which Commerce chairs.",
    "Digital rights groups said they would judge the company by what it does, not by what it promises. One researcher said a list of countries exited should be published so that outsiders can check it.",
])

art("ZS-commerce-removes-sandvine-from-entity-list-oct-2024", "txt", "2024-10-22",
    "Commerce takes Sandvine off the Entity List after reforms", "Capital Export Report",
    "By Martin Feld", "news", [
    "WASHINGTON - The Commerce Department's Bureau of Industry and Security said on Monday, October 21, that it is removing Canada-based Sandvine Incorporated from the Entity List, eight months after adding it, in light of changes the company has made to its corporate governance and business practices. The final rule takes effect on October 23. The decision was made in conjunction with the State Department.",
    "Sandvine was listed in February after its products were used for mass web-monitoring and censorship and to target activists and dissidents, including by enabling the misuse of commercial spyware.",
    "According to BIS, the company has since overhauled its corporate structure, leadership and business model. It has exited 32 non-democratic countries and is in the process of leaving another 24. It has also fostered deeper relationships with civil society, dedicated profits to the protection of rights, added human rights experts to its leadership team and created a Business Ethics Committee to vet business decisions.",
    "\"Recognizing when a company has changed its behavior to protect national security and human rights is just as critical as restricting trade with parties of concern,\" said Matthew Borman, principal deputy assistant secretary of commerce for export administration, who called the delisting a clear example of how the list can shape corporate behavior.",
    "The Departments of Commerce and State said they will closely monitor Sandvine's implementation of its commitments.",
])

art("ZS-sandvine-delisting-proceed-with-caution-blog-oct-2024", "html", "2024-10-25",
    "Sandvine is off the blacklist. Was it too quick?", "The Control List Blog", "By Hal Osterman", "blog", [
    "1. The speed. Commerce announced on October 21 that Sandvine would leave the Entity List. Access Now noted that the removal came just eight months after the original listing and roughly one month after the company announced its proposed changes in a press release.",
    "2. The demand. Access Now welcomed the reforms but urged the US government to keep scrutinising Sandvine's practices in close consultation with civil society, warning that changes to the Entity List should not be based on promises made in a press release.",
    "3. The researchers. Ron Deibert, director of the Citizen Lab, said the listing had a dramatic impact: the company had to lay off a lot of people and its entire ownership group was dismissed and replaced. He said Sandvine did not reach out to the Citizen Lab while preparing its reforms, even though the lab published the first reports on misuse of its products and was once threatened with litigation by former executives.",
    "4. The follow-up. Rights groups sent a joint letter to the company asking for evidence that its measures are adequate and effective.",
    "Our view: a delisting tied to monitoring is a fair test of whether the Entity List can change behaviour, but the monitoring has to be visible to the public.",
], comments=[("NetOpsNick", "Good summary. Would like to see the list of 32 countries."), ("m.s.", "Eight months is fast compared with anything else I have seen come off the list.")])

art("ZS-sandvine-reborn-as-applogic-networks-mar-2025", "md", "2025-03-20",
    "A year after the blacklist, Sandvine returns as AppLogic Networks", "Telecom Ledger",
    "By Rhys Caddick", "news", [
    "Sandvine, the Waterloo, Ontario, deep packet inspection vendor that spent part of 2024 on the US Entity List, has re-emerged this month under a new name, AppLogic Networks, with a new boss and a revamped product portfolio.",
    "Francisco Partners, the private equity firm that had owned Sandvine since 2017, is out. Financial backers stepped in with a last-ditch rescue plan after the listing, which one well-informed source had called the \"kiss of death\" for a company then reckoned to make about $200 million in annual sales. Customers had been expected to walk away while the company struggled to obtain essential products from US suppliers.",
    "The renamed company says it will sell to service providers in democratic markets and is leaning on AI-based traffic classification, the technology behind its AppLogic engine. It has kept the commitments it made before its removal from the list in October 2024, including vetting deals through an ethics committee.",
    "The rebrand closes a turbulent chapter. The company was accused of selling tools that Egypt and, earlier, Belarus used to censor the web and track opponents. It now has to persuade operators that the new name reflects a new business rather than a fresh coat of paint.",
])

art("ZS-sandvine-applogic-entity-list-faq-apr-2025", "html", "2025-04-10",
    "FAQ: Sandvine, AppLogic Networks and the Entity List", "Export Desk Weekly", "Export Desk staff", "faq", [
    ("Is Sandvine still on the Entity List?", "No. Commerce announced its removal on October 21, 2024, and the removal took effect on October 23, 2024. Sandvine had been listed in February 2024."),
    ("What is the company called now?", "In March 2025 the business began trading as AppLogic Networks. Francisco Partners no longer owns it."),
    ("Why was it listed in the first place?", "For supplying deep packet inspection technology to the Government of Egypt that was used for mass web-monitoring and censorship and to target political actors and human rights activists."),
    ("Did the listing cover offices outside Canada?", "Yes. It named addresses in India, Japan, Malaysia, Sweden and the United Arab Emirates as well as the head office."),
    ("Why was it removed?", "BIS cited reforms: exits from 32 non-democratic countries with 24 more in progress, a Business Ethics Committee, human rights experts in leadership and monitoring of misuse."),
    ("Does anyone still watch the company?", "The Departments of Commerce and State said they would closely monitor how it carries out its commitments. A renewed listing would need a new Federal Register rule."),
])

# ---------------- Iran drones ----------------
art("ZS-seven-iranian-drone-makers-entity-list-feb-2023", "txt", "2023-02-01",
    "US blacklists seven Iranian drone makers over Russia's war", "Capital Export Report",
    "By Martin Feld", "news", [
    "WASHINGTON - The Commerce Department on Tuesday, January 31, added seven Iranian entities to the Entity List for contributing to Russia's military and defense industrial base by producing drones that are being transferred to Russia for use against Ukraine. The rule took effect on January 31 and was published in the Federal Register on Wednesday.",
    "The entities are the Islamic Revolutionary Guard Corps Aerospace Force, the IRGC Research and Self-Sufficiency Jihad Organization, Qods Aviation Industries, Shahed Aviation Industries, Design and Manufacturing of Aircraft Engines Company, Owj'e Parvaz'e Ma Do Nafar Company and Pars Par-Avar Company.",
    "They were added with the Russia/Belarus-Military End User Foreign Direct Product rule, which also reaches certain foreign-made items, effectively cutting them off from legally accessing items made subject to US jurisdiction.",
    "\"The actions we're taking today, on top of the prior actions by our interagency partners, are intended to smother these entities' access to items that enable Russia's illegal war of aggression against Ukraine,\" said Under Secretary Alan Estevez. An assistant secretary pointed to the \"37-nation export control coalition\" working to deny Russia what it needs.",
    "Iranian state media called the move unfounded. Tehran has said it sent Russia only a small number of drones, months before the invasion.",
])

art("ZS-commerce-iran-drone-fdp-rule-feb-2023", "md", "2023-02-27",
    "Commerce unveils Iran drone rule on war anniversary", "Northline Trade Wire",
    "By Dana Whitcombe", "news", [
    "WASHINGTON - On Friday, February 24, the first anniversary of Russia's full-scale invasion of Ukraine, the Bureau of Industry and Security issued a final rule aimed at Iranian unmanned aerial vehicles (UAVs) used by Russia in the war. The rule, published in the Federal Register on Monday at 88 FR 12150, is meant to degrade Iran's ability to support Russia's military aggression.",
    "The rule imposes licence requirements on a subset of generally low-technology EAR99 items when they are destined for Iran, and, under a revised Russia/Belarus rule, for Russia or Belarus, regardless of whether a US person is involved.",
    "The items are identified by six-digit Harmonized Tariff Schedule codes in a new list, Supplement No. 7 to part 746 of the Export Administration Regulations, which starts with 12 entries. BIS says the codes will help it and other agencies track and quantify these exports.",
    "The rule also creates a new foreign direct product (FDP) rule specific to Iran, under which certain foreign-produced items made with US software or technology become subject to US controls when bound for Iran.",
    "It builds on the January addition of seven Iranian drone producers to the Entity List as Russian military end users. Trade lawyers said exporters of engines, electronics and similar parts should check their classifications now.",
])

art("ZS-iran-drone-rule-explainer-mar-2023", "html", "2023-03-08",
    "Explainer: how far does the Iran drone export rule reach?", "Export Desk Weekly", "By Priya Raman", "explainer", [
    ("Why target drones now?", "Since August 2022 Iran has supplied Russia with Shahed- and Mohajer-series drones, which Russia has used against Ukrainian cities and power plants. Drones recovered on the battlefield contained parts bought from third-country suppliers, many of them built with US-origin sub-components."),
    ("What does 'EAR99' mean here?", "EAR99 items are subject to US export rules but not described on the Commerce Control List. Most ship without a licence. The February rule makes some of them licensable when bound for Iran, Russia or Belarus."),
    ("Which EAR99 items?", "Those whose Harmonized Tariff Schedule code begins with one of the six-digit codes in the new Supplement No. 7 to part 746. A ten-digit Schedule B or eight-digit HTS code that starts with a listed code is covered too."),
    ("What is a foreign direct product rule?", "It makes certain goods made abroad with US technology or software subject to US licensing. The new Iran FDP rule applies to items in specified categories when they are destined for Iran."),
    ("Who is already listed?", "Seven Iranian drone producers, including Qods Aviation Industries and Shahed Aviation Industries, were added to the Entity List on January 31."),
])

art("ZS-exporter-forum-iran-drone-rule-thread-mar-2023", "html", "2023-03-15",
    "Forum: does the new Iran drone rule hit our small engines?", "TradeCompliance Forum (archived thread)", "", "forum", [
    ("carbfloat", "We make small spark-ignition engines, classified EAR99, and sell through a distributor in Turkey. Does the February 24 Iran UAV rule mean we need a licence now?"),
    ("export_ellen", "The rule puts a licence requirement on EAR99 items whose HTS code matches an entry in Supplement No. 7 to part 746 when they are destined for Iran, Russia or Belarus. Check your six-digit code against the list first. Engines are one of the categories the drone program wants."),
    ("carbfloat", "Our code matches. But the goods go to Turkey, not Iran."),
    ("export_ellen", "Then the question is whether you know or have reason to know they are going on to Iran or Russia. A distributor that suddenly orders far more than its market needs, or asks you to skip the end-user form, is a red flag. Write down what you checked."),
    ("hts_hunter", "Also remember the seven Iranian drone makers added to the Entity List on January 31. If any of them turns up as a consignee anywhere in the chain, stop."),
    ("carbfloat", "Thanks. We are adding an end-use certificate for every order over normal volume and we asked counsel to review the two largest accounts."),
])

art("ZS-joint-advisory-iran-uav-procurement-jun-2023", "txt", "2023-06-12",
    "Four US agencies warn industry on Iran's drone procurement", "Capital Export Report (agency summary)",
    "Compiled by the Capital Export Report desk", "agency", [
    "WASHINGTON - The Departments of Commerce, Justice, State and the Treasury on Friday, June 9, issued a joint advisory alerting businesses worldwide to the threat of Iran's unmanned aerial vehicle (UAV) program and to the steps they should take to avoid supplying it. Joint guidance from four Cabinet departments on a single program is rare.",
    "The advisory says Iran has transferred hundreds of Shahed- and Mohajer-series UAVs to Russia since August 2022, and that Iranian drones have also gone to the Houthis in Yemen. Iran has reportedly offered UAV production technology and facilities to Tajikistan and Russia.",
    "It lists the parts Iran seeks most, with a preference for US-origin technology: electronics such as transceiver modules, processors and controllers, memories, amplifiers, field programmable gate arrays, RF transceivers, microcontrollers and capacitors; guidance, navigation and control equipment such as accelerometers, gyroscopes and inertial measurement units; and aircraft spark-ignition and compression-ignition engines.",
    "The document gives Harmonized System codes of diversion concern, including low-technology EAR99 items, red flags of evasion such as last-minute changes in shipping routes, and best practices for resolving them. It reminds exporters of the export controls tightened in February and of the penalties for violations.",
])

art("ZS-no-technology-for-terror-act-signed-apr-2024", "md", "2024-04-25",
    "Iran drone export curbs written into law in security package", "Northline Trade Wire",
    "By Dana Whitcombe", "news", [
    "WASHINGTON - President Joe Biden on Wednesday, April 24, signed the national security spending package that carries aid for Ukraine, Israel and Taiwan. Tucked inside it is the No Technology for Terror Act, which codifies licence requirements for Iran under the foreign direct product rule.",
    "The act, first introduced in 2023, turns the Commerce Department's Iran FDP rule, created in February 2023 to cut off parts for Iranian drones used by Russia, into a statutory requirement, so that a future administration cannot simply drop it. Supporters in Congress said Iranian drones and missiles that struck Israel this month contained Western parts.",
    "Commerce must now write a rule to carry out the law. Trade lawyers expect the agency to widen the range of foreign-made items covered and to tie the rule more closely to the Government of Iran as a party to transactions.",
    "The existing rule, the seven Iranian drone producers on the Entity List and the list of low-technology items in Supplement No. 7 to part 746 stay in force in the meantime.",
    "Exporters should expect a Commerce rule within months, lawyers said, and should review any sales of aerospace, marine and sensor technology that could be used in drones.",
])

art("ZS-bis-expands-iran-fdp-rule-jul-2024", "txt", "2024-07-25",
    "Commerce widens Iran foreign direct product rule", "Capital Export Report", "By Martin Feld", "news", [
    "WASHINGTON - The Bureau of Industry and Security on Wednesday, July 24, released a final rule expanding its Iran foreign direct product rule. The rule took effect on July 23 and implements the No Technology for Terror Act, which President Biden signed into law in April as part of the national security bill.",
    "BIS said the rule is designed to further impede Iran's ability to procure technology and components critical for military systems, including advanced drones that pose threats to US forces and allies.",
    "The product scope grows. The Iran FDP rule previously covered items made from technology or software in Commerce Control List categories 3 through 5 and 7. It now covers categories 3 through 9, adding Category 6 (lasers and sensors), Category 8 (marine) and Category 9 (aerospace and propulsion).",
    "The rule also adds an end-user scope: a foreign-produced item is caught if there is knowledge that the Government of Iran is a party to the transaction, for example as purchaser, intermediate consignee, ultimate consignee or end user. Some exclusions from the licence requirements were provided.",
    "The earlier February 2023 measures, including the list of low-technology EAR99 items in Supplement No. 7 to part 746, remain in place.",
])

art("ZS-iran-drone-export-controls-faq-aug-2024", "html", "2024-08-06",
    "FAQ: US export controls on Iran's drone supply chain (August 2024)", "Export Desk Weekly", "Export Desk staff", "faq", [
    ("Which Iranian drone makers are on the Entity List?", "Seven entities were added on January 31, 2023, among them the IRGC Aerospace Force, Qods Aviation Industries and Shahed Aviation Industries, with the Russia/Belarus-Military End User FDP rule attached."),
    ("Is the 2023 Iran FDP rule still the same?", "No. It was expanded by a rule released on July 24, 2024 and effective July 23, 2024. It now reaches technology and software in Commerce Control List categories 3 through 9 and adds an end-user scope covering transactions where the Government of Iran is a party."),
    ("Why did it change?", "To implement the No Technology for Terror Act, signed on April 24, 2024."),
    ("Do EAR99 items still need a licence for Iran, Russia or Belarus?", "Those listed by HTS code in Supplement No. 7 to part 746 do, as under the February 2023 rule."),
    ("Where can I find red flags?", "In the joint advisory issued by Commerce, Justice, State and the Treasury on June 9, 2023, which lists the electronics, navigation equipment and engines Iran seeks."),
    ("Does this FAQ cover OFAC sanctions?", "No. It covers Commerce export controls only."),
])

# ---------------- Artem Uss / NDA GmbH ----------------
art("ZS-russians-charged-nda-gmbh-military-tech-oct-2022", "md", "2022-10-20",
    "Russians charged with funnelling US military technology through Hamburg firm", "Northline Trade Wire",
    "By Dana Whitcombe", "news", [
    "NEW YORK - Federal prosecutors in Brooklyn on Wednesday unsealed an indictment charging five Russian nationals and two Venezuelan oil traders in a scheme to obtain US military technology and sanctioned Venezuelan oil. Two of the Russians were arrested on Monday: Yury Orekhov in Germany and Artem Uss in Italy.",
    "Orekhov and Uss co-own Nord-Deutsche Industrieanlagenbau GmbH (NDA GmbH), a Hamburg industrial equipment and commodities trader. Prosecutors say they used it as a front to buy advanced semiconductors and microprocessors from US makers for use in fighter aircraft, missile systems, smart munitions, radar and satellites, and shipped them to Russian end users, including sanctioned companies. Some of the same components were found in Russian weapons seized in Ukraine.",
    "The other Russians charged are Svetlana Kuzurgasheva, Timofey Telegin and Sergey Tulyakov. The Venezuelans, Juan Fernando Serrano Ponce and Juan Carlos Soto, are accused of brokering oil deals for PDVSA.",
    "\"As alleged, the defendants were criminal enablers for oligarchs,\" said Breon Peace, US Attorney for the Eastern District of New York. The case was brought by Task Force KleptoCapture. The Treasury sanctioned Orekhov and two of his companies, in Germany and Dubai, the same day.",
    "Uss, 40, is the son of Alexander Uss, governor of Russia's Krasnoyarsk region. He was detained at Milan's Malpensa airport.",
])

art("ZS-uss-moved-to-house-arrest-near-milan-dec-2022", "txt", "2022-12-05",
    "Russian governor's son moved to house arrest near Milan", "Capital Export Report", "By Giulia Ferro", "news", [
    "MILAN - Artem Uss, the Russian businessman arrested at Malpensa airport on October 17 at the request of the United States, left prison on Friday, December 2, for house arrest in Basiglio, a town on the edge of Milan, where he will wear an electronic bracelet.",
    "The Milan Court of Appeal granted house arrest on November 25, but his transfer from the prison in Busto Arsizio was delayed by a week while a bracelet was found. The house in Basiglio was rented by his wife. The Milan prosecutor general's office had argued against the move and asked for him to stay in prison.",
    "Uss, co-owner of the Hamburg trading firm NDA GmbH, is wanted in Brooklyn on charges that include evading export controls and sanctions to send US military technology to Russia, smuggling Venezuelan oil, bank fraud and money laundering. The court has yet to rule on the US extradition request.",
    "Shortly after his arrest a Moscow court issued its own warrant for Uss on money laundering charges, a move widely seen as an attempt to head off extradition. His father, Krasnoyarsk governor Alexander Uss, has called the US charges politically motivated.",
    "Orekhov, his business partner, remains in custody in Germany.",
])

art("ZS-milan-court-approves-uss-extradition-court-summary-mar-2023", "html", "2023-03-22",
    "Court summary: Milan court approves Uss extradition on two of the US charges", "Export Desk Weekly", "By Giulia Ferro", "court", [
    "Court: Milan Court of Appeal, three-judge panel. Ruling: Tuesday, March 21, 2023. Subject: the US request to extradite Artem Uss, co-owner of NDA GmbH, charged in the Eastern District of New York.",
    "Outcome: the court approved extradition on the charges of violating the US embargo against Venezuela and bank fraud. It refused extradition on the charge of smuggling military technology to Russia, finding a lack of evidence, and on the money laundering charge, on grounds of double jeopardy.",
    "Earlier request: in January Uss asked to be handed over to Russia, where a Moscow court had issued a warrant for him. The court rejected that request.",
    "Custody: Uss remains under house arrest with an electronic bracelet in Basiglio, where he was moved in December after the same court of appeal granted the measure in November. US authorities had asked for him to be kept in prison.",
    "Next steps: the defence may appeal to Italy's Court of Cassation, and the Ministry of Justice has the final say on surrender. If extradited, Uss faces the remaining counts in Brooklyn; prosecutors say the charges carry decades in prison.",
    "This summary is for information and is not legal advice.",
])

art("ZS-uss-escapes-house-arrest-mar-2023", "md", "2023-03-24",
    "Uss escapes house arrest a day after extradition ruling", "Northline Trade Wire",
    "By Giulia Ferro", "news", [
    "MILAN - Artem Uss, the Russian businessman whose extradition to the United States was approved on Tuesday, escaped from house arrest on Wednesday afternoon, March 22, Italy's Carabinieri said.",
    "Uss removed the electronic bracelet he had worn since December and left the house in Basiglio, outside Milan. When the bracelet's alarm sounded, officers rushed to the property but found he had already slipped away. The Carabinieri said officers had checked on him about an hour earlier and found nothing amiss; their station is only about 2.3 km from the house.",
    "\"Intensive investigations are under way to find him,\" the Carabinieri said on Thursday. His defence team said it did not know where he was.",
    "Uss, 40, co-owns the Hamburg firm NDA GmbH and is charged in Brooklyn with obtaining US military technology for Russia, smuggling Venezuelan oil and bank fraud. The Milan Court of Appeal had approved his surrender on the embargo and bank fraud counts but not on the military technology charge.",
    "The escape is an embarrassment for Rome, which had been warned by Washington that Uss was a flight risk. He is the son of Alexander Uss, a close ally of the Kremlin.",
])

art("ZS-uss-surfaces-in-russia-apr-2023", "txt", "2023-04-06",
    "Fugitive Uss says he is back in Russia", "Capital Export Report", "By Giulia Ferro", "news", [
    "MOSCOW - Artem Uss, who fled house arrest near Milan on March 22, announced on Tuesday, April 4, that he is in Russia.",
    "\"I am in Russia! In these few particularly dramatic days, strong and reliable people have been by my side. Thank you,\" he said in a statement to Russian media. He accused the Italian court of showing clear political bias and a readiness to bow to pressure from US authorities, and said returning home in a \"non-standard\" way was a victory.",
    "His father, Alexander Uss, the former governor of the Krasnoyarsk region, thanked President Vladimir Putin, calling him a man with a big and open heart.",
    "The US Embassy in Rome said it was disappointed by the escape. US officials were angry that Italy had placed Uss under house arrest despite warnings, according to reports. The Wall Street Journal reported that he fled by car with the help of an international network that included a Serbian criminal group.",
    "Uss still faces the Brooklyn indictment. With him in Russia, the United States has no realistic way to bring him to trial. His co-defendant and business partner at NDA GmbH, Yury Orekhov, was arrested in Germany in October.",
])

art("ZS-nordio-disciplinary-action-uss-judges-apr-2023", "html", "2023-04-21",
    "Italy's justice minister moves against judges over Uss escape", "Europa Legal Notes", "By Giulia Ferro", "news", [
    "ROME - Justice Minister Carlo Nordio has opened disciplinary proceedings against three judges of the Milan Court of Appeal, Monica Fagnoni, Micaela Curami and Stefano Caramellino, over the escape of Artem Uss, accusing them of \"grave and inexcusable negligence\".",
    "The minister says the judges granted the Russian businessman house arrest with an electronic bracelet on November 25, 2022 without weighing evidence of a high and concrete risk of flight. The Milan prosecutor general's office had opposed house arrest. Nordio ordered inspections of the court's handling of the case earlier this month.",
    "According to Italian reports, the US State Department had written to the justice ministry that the risk of escape was \"very high\" given the resources available to Uss, and that other wanted people had vanished after arrest in Italy. The court of appeal disputes that it was told in time.",
    "Nordio is expected to defend the ministry's own role in parliament, arguing that it asked for Uss to stay in prison.",
    "Judges' associations have criticised the proceedings as an attempt to shift blame. The case is a diplomatic headache for the government of Giorgia Meloni, which has presented Italy as a firm Western partner against Moscow.",
], comments=[])

art("ZS-us-offers-7-million-reward-for-uss-dec-2023", "md", "2023-12-06",
    "US offers $7 million for Uss as Italy charges escape helpers", "Northline Trade Wire",
    "By Dana Whitcombe", "news", [
    "WASHINGTON - The State Department on Tuesday, December 5, offered a reward of up to $7 million for information leading to the arrest and/or conviction of Artem Uss, the Russian businessman who fled house arrest in Italy in March. The offer is made under the Transnational Organized Crime Rewards Program.",
    "Uss dismissed the bounty on Wednesday. \"Unfortunately for the public, no one will get this bounty, as there are no facts in existence that could prove my guilt,\" he told the Russian outlet RBC, calling the charges political. His lawyers have suggested that Washington wanted him as a bargaining chip to free Americans held in Russia, such as Paul Whelan.",
    "In Milan, a judge for preliminary investigations on November 22 ordered the arrest of Uss and five people accused of organising his escape. Investigators from the Carabinieri, working with Eurojust and US authorities, say the group arranged a convoy of cars, met at a shopping centre to settle the last details, picked Uss up and drove him to the border near Gorizia.",
    "The arrest orders were carried out in the province of Brescia and abroad, including in Slovenia and Croatia.",
    "Uss is charged in Brooklyn with evading US export controls and sanctions through NDA GmbH.",
])

art("ZS-alleged-organiser-of-uss-escape-arrested-jun-2024", "txt", "2024-06-18",
    "Alleged organiser of Uss escape arrested", "Capital Export Report", "By Giulia Ferro", "news", [
    "MILAN - Carabinieri from Milan have arrested a 54-year-old Russian citizen living in Switzerland who prosecutors say was one of the promoters and organisers of Artem Uss's escape from Italy on March 22, 2023.",
    "The custody order was issued by the judge for preliminary investigations at the Milan court after a second phase of the inquiry into procured escape, with the aggravating circumstance of a transnational crime. Prosecutors say the suspect stood above the people who physically carried out the escape. He is accused of monitoring the Milan Court of Appeal's decision on Uss's extradition to the United States and, when it went against Uss, of setting the plan in motion.",
    "The order follows the one issued on November 22, 2023 against Uss and five people who made the escape possible. Two of them have since been caught in their home countries and handed over to Italy, and are held in Opera prison. A third, an Italian of Bosnian origin, was held in Brescia prison and has been under house arrest in the same province since December 2023.",
    "Uss himself remains in Russia and out of reach. The US charges against him in Brooklyn, including export control evasion through the Hamburg firm NDA GmbH, are still pending.",
])

# ---------------- distractors ----------------
art("ZS-us-sanctions-qods-aviation-executives-jan-2023", "txt", "2023-01-07", 
    "US sanctions executives of Iranian drone and missile makers", "Capital Export Report", "By Martin Feld", "news", [
    "WASHINGTON - The United States on Friday, January 6, designated seven people in leadership positions at Qods Aviation Industries, an Iranian defence manufacturer that designs and produces drones, and at Iran's Aerospace Industries Organization, the main body overseeing Iran's ballistic missile programs.",
    "Secretary of State Antony Blinken said the designations target those directing the production of drones that Iran has sent to Russia. The Treasury's Office of Foreign Assets Control carried out the designations, which freeze any US assets of the people named and bar Americans from dealing with them.",
    "Officials said the move builds on earlier rounds of sanctions in the autumn against Iranian companies and people involved in producing or transferring drones, and on December action against Russian bodies involved in buying them.",
    "Iran's foreign ministry condemned the step as illegal and said Washington was trying to distract from its own arms supplies to Ukraine.",
    "Analysts said sanctions on individual managers have limited practical effect because Iran's defence industry has little exposure to the US financial system, but that the listings help other governments and banks identify people to avoid. The European Union is debating its own Iran measures this month.",
    "The designations do not name any new companies. Qods Aviation Industries itself has been under US sanctions for years.",
], distractor=True)

art("ZS-sandvine-procera-merger-completed-sep-2017", "md", "2017-09-29",
    "Sandvine and Procera combine under Francisco Partners", "Telecom Ledger", "By Rhys Caddick", "news", [
    "WATERLOO, Ontario - Sandvine's takeover by PNI Acquireco Corp., an affiliate of the private equity firm Francisco Partners and of Procera Networks, has been completed, bringing together two long-time rivals in network policy control.",
    "Sandvine shareholders accepted the offer in July. The company will be taken off the Toronto Stock Exchange and combined with Procera, whose PacketLogic products compete with Sandvine's traffic management platforms. The combined business will keep the Sandvine name.",
    "Sandvine was founded in August 2001 in Waterloo by a team of about 30 people from PixStream, a company that had been bought and closed by Cisco. It listed on London's AIM market and then on the Toronto Stock Exchange in 2006.",
    "Its products let broadband and mobile operators classify traffic, manage congestion, offer usage-based plans and add parental controls. Executives said the merger would create scale to invest in analytics and in software that runs in the cloud.",
    "Some digital rights advocates have long questioned sales of traffic management gear to governments that censor the internet. The companies said they follow the export laws of the countries where they operate.",
    "Francisco Partners has invested in a string of technology companies and said it would support acquisitions by the combined group.",
], distractor=True)

art("ZS-citizen-lab-eltantawy-predator-network-injection-sep-2023", "html", "2023-09-25",
    "Citizen Lab: Egyptian candidate's phone targeted through network injection", "Europa Legal Notes", "By Hal Osterman", "news", [
    "TORONTO - Researchers at the University of Toronto's Citizen Lab said on Friday, September 22, that the phone of Ahmed Eltantawy, a former Egyptian member of parliament who has announced a run for president, was targeted with Predator spyware between May and September this year.",
    "The researchers said attackers tried to infect the phone by injecting malicious redirects into Eltantawy's unencrypted web traffic on his mobile connection. They linked the injection to a device on the Telecom Egypt network and said it was consistent with a Sandvine PacketLogic product. They attributed the spyware attack to the Egyptian government with high confidence.",
    "Google's Threat Analysis Group worked with Citizen Lab on the chain of exploits. Apple released emergency updates for iPhones, iPads and Macs on Thursday to fix the flaws the attack used.",
    "Eltantawy has complained of harassment of his supporters and campaign workers. The Egyptian government did not respond to the findings.",
    "Citizen Lab urged users in high-risk situations to keep their devices updated and to turn on Apple's Lockdown Mode. It said network-level injection is especially dangerous because it requires no click from the target.",
    "Sandvine did not comment on the report. The company has previously said its products are meant for legitimate network management.",
], distractor=True)

art("ZS-cash-is-king-venezuelan-oil-deals-oct-2022", "md", "2022-10-21",
    "'The key is the cash': inside the Venezuelan oil deals in the NDA indictment", "Northline Trade Wire",
    "By Carlos Medina", "news", [
    "MIAMI - \"The key is the cash,\" an oil broker wrote in a text message, offering a deep discount on Venezuelan crude to an associate who claimed to be fronting for the owner of Russia's biggest aluminium company. \"As soon as you are ready with cash we can work.\"",
    "The exchange is quoted in the 49-page indictment unsealed in New York this week against Yury Orekhov, Artem Uss and five others. Read as a whole, it reads like a how-to guide on getting around US sanctions, with Hong Kong shell companies, bulk cash pick-ups, phantom oil tankers and cryptocurrency used to hide the money.",
    "On the oil side sits Juan Fernando Serrano, chief executive of Treseus, a commodities trading start-up with offices in Dubai, Italy and his native Spain. His whereabouts are unknown.",
    "Orekhov previously worked as procurement director for an aluminium company sanctioned by the United States. A person familiar with the matter identified it as Rusal, in which Oleg Deripaska is the largest shareholder.",
    "Venezuelan oil flows have shifted toward Asian buyers since US sanctions on PDVSA in 2019, and middlemen willing to take cash or crypto have prospered. Energy analysts say the barrels usually reach refiners after several ship-to-ship transfers.",
], distractor=True)

art("ZS-iran-admits-sending-drones-to-russia-nov-2022", "txt", "2022-11-07",
    "Iran admits sending drones to Russia, says it was before the war", "Capital Export Report", "By Martin Feld", "news", [
    "TEHRAN - Iran's foreign minister, Hossein Amir-Abdollahian, said on Saturday that Iran supplied a limited number of drones to Russia months before the invasion of Ukraine, the first official acknowledgement of any transfer. He denied that Iran had sent drones since the war began and said Tehran would act if shown evidence that Iranian drones were being used in Ukraine.",
    "Ukrainian officials dismissed the claim. They say Russia has launched hundreds of Shahed-136 drones, repainted and renamed Geran-2, against cities and power stations since September, and that air defences shoot down most of them.",
    "President Volodymyr Zelensky said Iran was lying about the number of drones and that Ukraine was shooting down at least ten a day.",
    "The drones are slow and noisy, and Ukrainian soldiers have taken to firing at them with rifles and machine guns. Power cuts caused by the strikes have spread across the country as winter approaches.",
    "Western governments say Iranian trainers have been in occupied Crimea to help Russian forces operate the drones. Tehran denies it.",
    "The European Union and the United Kingdom announced sanctions last month on Iranian officials and on Shahed Aviation Industries, the drone's developer.",
], distractor=True)

art("ZS-gershkovich-detained-in-yekaterinburg-apr-2023", "html", "2023-04-01",
    "Russia detains Wall Street Journal reporter Evan Gershkovich", "Europa Legal Notes", "By Carlos Medina", "news", [
    "MOSCOW - Russia's Federal Security Service said it detained Wall Street Journal reporter Evan Gershkovich on Wednesday, March 29, in the city of Yekaterinburg, accusing him of espionage. A Moscow court ordered him held until late May.",
    "The Journal said it vehemently denies the allegations and demanded his immediate release. The White House called the charges ridiculous. Gershkovich, 31, is accredited by Russia's foreign ministry and had been on a reporting trip.",
    "He is the first American journalist held in Russia on spying charges since the Cold War. Diplomats and analysts immediately raised the prospect of a prisoner exchange, pointing to the December swap of the basketball player Brittney Griner for the arms dealer Viktor Bout.",
    "Commentators noted that Washington has lost one possible bargaining chip: Artem Uss, a Russian businessman wanted by the United States, fled house arrest in Italy last week. Russian officials said any exchange could be discussed only after a verdict.",
    "Press freedom groups said the arrest would make it harder for foreign reporters to work in Russia. The Journal has asked readers to share messages of support for Gershkovich.",
    "US citizens were urged by the State Department to leave Russia immediately.",
], distractor=True)
