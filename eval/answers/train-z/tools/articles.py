# Article text for blind set answers-z. Each: file, title, date, outlet, lede, sections, opts.
A = []
def art(file, title, date, outlet, lede, sections, **opts):
    A.append(dict(file=file, title=title, date=date, outlet=outlet, lede=lede, sections=sections, opts=opts))

# ---------------- Kirchner ----------------
art("Z-kirchner-convicted-vialidad-dec-2022.md",
 "Argentina's Vice President Kirchner Sentenced to Six Years in Roadworks Case", "2022-12-06", "Southern Cone Ledger",
 "BUENOS AIRES - A federal court on Tuesday found Vice President Cristina Fernández de Kirchner guilty of fraudulent administration in the so-called Vialidad case and sentenced her to six years in prison and a lifetime ban from holding public office.",
 [("The case", "Prosecutors said public roadwork contracts in Santa Cruz province were steered to companies of businessman Lázaro Báez during the Kirchner governments. The court, Tribunal Oral Federal 2, acquitted her of the charge of illicit association."),
  ("No prison for now", "The sentence is not final. As vice president she keeps her immunity, and the ruling can be appealed first to the Federal Criminal Cassation Chamber and then to the Supreme Court, a process that could take years. Her lawyers said they would appeal."),
  ("Her response", "Fernández de Kirchner, who was president from 2007 to 2015, called the trial political persecution and said she would not be a candidate in the 2023 elections."),
  ("Abroad", "No foreign government has taken any measure against her over the case. Her former planning minister, Julio De Vido, was among the defendants in the trial.")])

art("Z-kirchner-cassation-upholds-nov-2024.txt",
 "Appeals court confirms Kirchner's six-year sentence", "2024-11-13", "Rio de la Plata Wire",
 "BUENOS AIRES, Nov 13 - Argentina's Federal Criminal Cassation Chamber on Wednesday confirmed the six-year prison sentence and lifetime ban from public office handed to former president Cristina Fernández de Kirchner in the Vialidad roadworks case.",
 [("WHAT THE COURT DID", "The three-judge chamber rejected the defence appeal and also rejected prosecutors' request to convict her of illicit association. The 2022 verdict is now confirmed at the second instance."),
  ("NEXT STEP", "Her lawyers can still take the case to the Supreme Court, and while that appeal is pending she will not be detained. She no longer holds office: her term as vice president ended in December 2023."),
  ("POLITICS", "Fernández de Kirchner called the judges part of a campaign against her. Supporters gathered outside her apartment in the Constitución neighbourhood."),
  ("NO FOREIGN MEASURES", "No government has sanctioned her or barred her from travel; the United States has made no designation concerning her.")],
 teaser="Our tip: five day trips from Buenos Aires by train, from Tigre to La Plata.", reply=True)

art("Z-us-bars-kirchner-de-vido-7031c-mar-2025.html",
 "United States designates former Argentine President Fernández de Kirchner and Julio De Vido for significant corruption", "2025-03-21", "Hemisphere Policy Digest",
 "WASHINGTON, March 21, 2025 - Secretary of State Marco Rubio on Friday announced the designation of former Argentine president Cristina Elisabet Fernández de Kirchner and former minister of planning Julio Miguel De Vido under Section 7031(c) for their involvement in significant corruption during their time in public office.",
 [("The finding", "According to the State Department, the two abused their positions by orchestrating and financially benefiting from multiple bribery schemes involving public works contracts, which resulted in millions of dollars being stolen from the Argentine government. Multiple courts have convicted both of corruption, the statement said."),
  ("Effect", "The designation renders Fernández de Kirchner, De Vido and their immediate family members generally ineligible for entry into the United States. Section 7031(c) is a visa measure; the statement announced no asset freeze and neither person was added to the Treasury's SDN list."),
  ("Background", "De Vido was found guilty in 2018 over the 2012 Once rail disaster in Buenos Aires, in which 51 people died. Fernández de Kirchner's appeal of her Vialidad conviction is pending before Argentina's Supreme Court; she denies wrongdoing and calls the cases political.")],
 shape="press", reply=False)

art("Z-kirchner-visa-ban-faq.html",
 "FAQ: what the US visa designation of Cristina Kirchner means", "2025-04-08", "Andes Compliance Notes",
 "Readers asked what the March 21, 2025 State Department action against Cristina Fernández de Kirchner changes. Short answers below.",
 [("Is she on the OFAC sanctions list?", "No. She was designated under Section 7031(c) of the State Department appropriations act, which bars entry to the United States. It is not an OFAC designation and she is not on the SDN list, so there is no US asset freeze."),
  ("Who else is covered?", "Julio De Vido, and the immediate family members of both. Reports named her children, deputy Máximo Kirchner and Florencia Kirchner, and De Vido's wife, Alessandra Minnicelli."),
  ("Can Argentine companies still work with her?", "The designation imposes no trade or payment ban. Businesses should treat it as reputational risk rather than a legal prohibition."),
  ("Is the conviction final?", "Not yet. In November 2024 the Federal Criminal Cassation Chamber upheld the six-year sentence; her appeal to the Supreme Court has not been decided."),
  ("Can it be lifted?", "The Secretary of State can revoke a 7031(c) designation, but there is no public delisting procedure like OFAC's.")],
 shape="faq", reply=False)

art("Z-argentina-supreme-court-upholds-kirchner-jun-2025.md",
 "Court summary: Supreme Court makes Kirchner's Vialidad conviction final", "2025-06-10", "Case Notes Latin America",
 "Argentina's Supreme Court on Tuesday, June 10, 2025, unanimously rejected Cristina Fernández de Kirchner's appeal and confirmed her six-year prison sentence and lifetime ban from public office in the Vialidad case.",
 [("Holding", "The three justices, Horacio Rosatti, Carlos Rosenkrantz and Ricardo Lorenzetti, found that the first and second instance rulings were based on ample evidence. The conviction is now final."),
  ("Consequences", "The lifetime ban ends her planned candidacy in the Buenos Aires provincial elections. Because she is 72, she may ask to serve the sentence under house arrest; the trial court, Tribunal Oral Federal 2, must decide, and she was given five days to present herself."),
  ("Reactions", "President Javier Milei wrote one word on X: \"Justice.\" Fernández de Kirchner called the justices a \"triumvirate of unpresentables\"; supporters blocked roads around Buenos Aires."),
  ("US status", "The ruling does not change the US visa designation imposed on March 21, 2025, which remains in force.")])

art("Z-kirchner-house-arrest-jun-2025.txt",
 "Kirchner to serve sentence at home with tracking anklet", "2025-06-17", "Rio de la Plata Wire",
 "BUENOS AIRES, June 17 - Cristina Fernández de Kirchner will serve her six-year sentence under house arrest at her apartment at San José 1111, in the Constitución neighbourhood, and must wear an electronic ankle monitor, Tribunal Oral Federal 2 ruled on Tuesday.",
 [("CONDITIONS", "Judges Jorge Gorini and Rodrigo Giménez Uriburu and judge Andrés Basso said she may not leave the apartment except in justified cases of force majeure and needs court permission for anything else. She must submit within 48 hours a list of relatives, doctors, lawyers and guards who may visit without approval."),
  ("WHY NOT PRISON", "Argentine law allows home detention for convicts over 70. The decision means she will not have to appear at the Comodoro Py courthouse."),
  ("STILL BARRED FROM THE US", "The US designation of March 21, 2025 remains in force; it bars her and her immediate family from entering the United States but freezes no assets."),
  ("WHAT'S NEXT", "Her son Máximo Kirchner and unions called a rally near the building for Wednesday.")],
 teaser="Our tip: the best parrillas in San Telmo, reviewed.", reply=True)

art("Z-kirchner-sanctions-blog-oct-2025.md",
 "Where things stand: Cristina Kirchner, the US visa ban and the courts", "2025-10-02", "The Compliance Gaucho (blog)",
 "A reader update, because the questions keep coming. As of October 2025 here is what is settled and what is not.",
 [("The US side", "The March 21, 2025 Section 7031(c) designation of Fernández de Kirchner and Julio De Vido is still in place. Nothing has been revoked. It remains a visa bar only: no OFAC listing, no asset freeze."),
  ("The Argentine side", "The Vialidad conviction became final on June 10, 2025. Since mid-June she has been under house arrest in Buenos Aires with an electronic ankle monitor, and the lifetime ban means she cannot run for office."),
  ("What is pending", "She faces other corruption trials; the so-called Cuadernos bribery trial was set to begin in November 2025."),
  ("My take", "If your only exposure is reputational, nothing changed this year except that the conviction is now final. Speak to counsel before any dealings with people connected to the case.")])

art("Z-argentina-currency-controls-explainer.md",
 "Explainer: Argentina's 'cepo' currency controls from Kirchner to Milei", "2025-05-05", "Pampas Markets Review",
 "Argentina's web of foreign-exchange restrictions, known as the cepo, has shaped the economy for more than a decade.",
 [("How it started", "The controls were introduced in late 2011, during Cristina Fernández de Kirchner's second term, to stop dollars leaving the country. Savers were limited in how many dollars they could buy, and parallel rates such as the dólar blue appeared."),
  ("The Macri gap", "Mauricio Macri lifted the controls in December 2015, but they returned in 2019 as reserves fell."),
  ("Milei's move", "In April 2025 President Javier Milei's government removed most controls for individuals and let the peso float within a band, after a new IMF agreement."),
  ("What remains", "Some limits on companies, such as dividend payments abroad, stayed in place. Analysts say the peso's path will depend on reserves and the October 2025 midterm elections.")])

# ---------------- Uganda / Among ----------------
art("Z-among-visa-revoked-jun-2023.txt",
 "MP says US cancelled Speaker Among's visa as Washington announces visa policy", "2023-06-17", "Kampala Morning Post",
 "KAMPALA - The United States has cancelled the visa of Speaker of Parliament Anita Among, lawmaker Asuman Basalirwa told journalists, displaying what he said was an email from the US embassy.",
 [("THE EMAIL", "According to Basalirwa, who moved the anti-homosexuality bill, the email said that as of May 12, 2023 the Speaker did not possess a valid visa to the US, although she was welcome to apply again. \"The first victim is the Speaker,\" he said. The embassy did not comment on individual visa cases."),
  ("NEW POLICY", "On June 16, 2023 the State Department announced it would impose visa restrictions on Ugandan officials responsible for undermining the democratic process, under Section 212(a)(3)(C) of the Immigration and Nationality Act, after the Anti-Homosexuality Act 2023 became law."),
  ("NO NAMES", "The announcement named no officials. No government has imposed financial sanctions on Among or any Ugandan minister.")],
 teaser="Our tip: where to watch the Uganda Cranes this weekend.", reply=True)

art("Z-uk-sanctions-among-kitutu-nandutu-apr-2024.md",
 "UK sanctions Uganda's Speaker and two ex-ministers over Karamoja iron sheets", "2024-04-30", "East Africa Sanctions Monitor",
 "LONDON - The United Kingdom on Tuesday, April 30, 2024, imposed travel bans and asset freezes on Uganda's Speaker of Parliament, Anita Among, and former Karamoja affairs ministers Mary Goretti Kitutu and Agnes Nandutu.",
 [("First use in Uganda", "It is the first time the UK has used its Global Anti-Corruption Sanctions regime on individuals in Uganda. Deputy Foreign Secretary Andrew Mitchell announced the measures."),
  ("The allegations", "The UK says Kitutu and Nandutu stole thousands of iron sheets meant to house some of the most vulnerable communities in Karamoja, giving them to prominent politicians and their families instead, and that Among benefited from the proceeds. Over 60 percent of people in Karamoja live in poverty."),
  ("Quote", "\"Corruption has consequences and you will be held responsible,\" Mitchell said."),
  ("What it means", "UK persons and businesses may not deal with funds or economic resources of the three. The United States has not sanctioned them; Washington's June 2023 visa policy named no one.")])

art("Z-among-defiant-uk-sanctions-may-2024.txt",
 "Among says UK sanctions are about anti-gay law, not iron sheets", "2024-05-02", "Kampala Morning Post",
 "KAMPALA - Speaker Anita Among told Parliament on Thursday that the British sanctions imposed on her have nothing to do with the Karamoja iron sheets scandal but are punishment for the Anti-Homosexuality Act passed under her watch.",
 [("NO PROPERTY IN UK", "Among said the sanctions would not affect her because she owns no property in the United Kingdom and has no immediate or future plans to travel there. Parliament spokesman Chris Obore accused London of being swayed by online smear campaigns."),
  ("THE CASES", "Kitutu and Nandutu were charged in Uganda's Anti-Corruption Court for loss of public property and conspiracy to defraud; President Museveni dropped them from the Cabinet in March. The Director of Public Prosecutions dropped cases against Among and others who had returned iron sheets."),
  ("NOT CONVICTED", "None of the three has been convicted by a Ugandan court.")],
 teaser="Our tip: a weekend on the Ssese Islands for under 300,000 shillings.", reply=True)

art("Z-us-designates-among-elwelu-may-2024.html",
 "US bars Speaker Among, three ministers and ex-army deputy chief from entry", "2024-05-31", "Great Lakes Dispatch",
 "WASHINGTON - The State Department on Thursday, May 30, 2024, publicly designated five current and former Ugandan officials, including Speaker of Parliament Anita Among, for involvement in significant corruption or gross violations of human rights.",
 [("Who", "Among is designated for significant corruption tied to her leadership of Uganda's Parliament. Former Karamoja ministers Mary Goretti Kitutu and Agnes Nandutu and Minister of State for Finance Amos Lugolobi are designated for corruption that misused public resources and diverted materials from Uganda's neediest communities. Peter Elwelu, former Deputy Chief of the Uganda Peoples' Defence Forces, is designated for gross violations of human rights, specifically extrajudicial killings."),
  ("Spouses", "The department also designated Among's spouse Moses Magogo Hassim, Kitutu's spouse Michael George Kitutu and Lugolobi's spouse Evelyne Nakimera."),
  ("Legal basis", "The actions were taken under Section 7031(c) of the 2024 appropriations act; the designated officials are generally ineligible for entry into the United States. Spokesperson Matthew Miller said all four officials abused their public positions for their personal benefit."),
  ("UK comparison", "The UK sanctioned Among, Kitutu and Nandutu on April 30; Lugolobi and Elwelu are not on the UK list.")],
 reply=True)

art("Z-uganda-sanctions-compliance-faq.html",
 "FAQ: Ugandan officials under UK and US measures", "2024-07-10", "East Africa Sanctions Monitor",
 "Our answers to common questions from banks, NGOs and suppliers after the April and May 2024 actions.",
 [("Is Anita Among on the OFAC SDN list?", "No. The US action of May 30, 2024 is a Section 7031(c) visa designation. It bars entry to the United States but does not block property."),
  ("So where is there an asset freeze?", "In the United Kingdom. Under the Global Anti-Corruption Sanctions regime, Among, Mary Goretti Kitutu and Agnes Nandutu are subject to an asset freeze and travel ban since April 30, 2024."),
  ("Is Lugolobi sanctioned by the UK?", "No. Amos Lugolobi was designated only by the United States."),
  ("Does this affect the Parliament of Uganda as an institution?", "No. The measures target individuals, not Parliament or the Ugandan government."),
  ("Can a UK bank pay a Ugandan supplier owned by Among?", "Dealing with funds or economic resources owned or controlled by a designated person is prohibited without a licence from the UK's Office of Financial Sanctions Implementation.")],
 shape="faq", reply=False)

art("Z-uganda-speaker-sanctions-forum-thread.html",
 "Forum: Uganda speaker sanctions - does this hit our NGO grant?", "2024-06-03", "AidOps Community Forum",
 "Thread started May 1, 2024 in Compliance & Grants.",
 [("kampala_finance (May 1, 2024)", "UK just sanctioned the Speaker and two ex-ministers. We get a DFID-era grant via a UK foundation. Do we need to do anything?"),
  ("ofsi_watcher (May 1, 2024)", "Only if funds go to them or entities they own or control. The UK asset freeze covers Anita Among, Kitutu and Nandutu personally. Screen your partners."),
  ("kampala_finance (May 31, 2024)", "Now the US has done something too, five people including Elwelu and Lugolobi. Are our US dollar transfers blocked?"),
  ("ofsi_watcher (June 1, 2024)", "No. The US step is a 7031(c) entry ban, not an OFAC block. Dollar payments are not frozen because of it. Only the UK froze assets."),
  ("mbarara_ngo (June 3, 2024)", "Agreed. We added the UK names and the spouses named by State to our screening list anyway.")],
 shape="forum", reply=False)

art("Z-fufa-magogo-afcon-2027-hosting.html",
 "Magogo's FUFA looks ahead to hosting AFCON 2027", "2024-09-20", "Pitchside East Africa",
 "Federation of Uganda Football Associations president Moses Magogo says preparations for the 2027 Africa Cup of Nations are the biggest project in the federation's history.",
 [("Pamoja bid", "Uganda, Kenya and Tanzania were awarded the 2027 tournament by the Confederation of African Football in September 2023 under the joint Pamoja bid, the first time the three countries will co-host the finals."),
  ("Stadiums", "Magogo, who has led FUFA since 2013, said work on Hoima City Stadium and the renovation of Mandela National Stadium in Namboole would be decisive for CAF inspections."),
  ("Domestic game", "He also wants more clubs in the Uganda Premier League to meet CAF licensing rules and more investment in youth football."),
  ("Past form", "Uganda's most recent finals appearance on the pitch was in Egypt in 2019, where the Cranes reached the round of 16.")],
 reply=True)

# ---------------- Iran: Khamenei / Zarif ----------------
art("Z-trump-order-sanctions-khamenei-eo13876-jun-2019.md",
 "Trump order sanctions Iran's Supreme Leader; Zarif next, says Mnuchin", "2019-06-24", "Gulf Policy Review",
 "WASHINGTON - President Donald Trump on Monday, June 24, 2019, signed Executive Order 13876 imposing sanctions on Iran's Supreme Leader, Ayatollah Ali Khamenei, and the Supreme Leader's Office.",
 [("What the order does", "The order blocks all property and interests in property in the United States of the Supreme Leader and his office, and lets the Treasury, in consultation with State, designate people appointed by the Supreme Leader as state officials or heads of entities. It also restricts entry of designated persons."),
  ("Foreign banks", "Foreign financial institutions that knowingly conduct or facilitate significant transactions for designated persons may face sanctions themselves."),
  ("Zarif", "Treasury Secretary Steven Mnuchin said Foreign Minister Mohammad Javad Zarif would be designated later in the week. For now, Zarif is not on the SDN list."),
  ("Context", "The order followed Iran's shooting down of a US surveillance drone the previous week.")])

art("Z-treasury-designates-zarif-jul-2019.html",
 "Treasury designates Iranian Foreign Minister Javad Zarif under E.O. 13876", "2019-07-31", "Sanctions Bulletin Online",
 "WASHINGTON, July 31, 2019 - The Treasury Department's Office of Foreign Assets Control (OFAC) on Wednesday designated Iran's Foreign Minister Mohammad Javad Zarif pursuant to Executive Order 13876, because he acted or purported to act for or on behalf of the Supreme Leader.",
 [("Mnuchin statement", "\"Javad Zarif implements the reckless agenda of Iran's Supreme Leader, and is the regime's primary spokesperson around the world,\" Treasury Secretary Steven Mnuchin said."),
  ("Further findings", "Treasury said Zarif's ministry had coordinated with the IRGC-Qods Force, engaged in efforts to influence elections, and sought to free two IRGC-QF operatives held abroad."),
  ("Effect", "All property and interests in property of Zarif in the United States or in the possession of US persons are blocked. Persons who engage in certain transactions with him may themselves be exposed to designation."),
  ("Zarif's reply", "Zarif wrote on Twitter that the designation has no effect on him or his family, as he has no property or interests outside of Iran.")],
 shape="press", reply=False)

art("Z-us-denies-zarif-visa-un-jan-2020.txt",
 "US denies Zarif visa for UN Security Council meeting", "2020-01-07", "Atlantic Diplomatic Wire",
 "NEW YORK - The United States has denied a visa to Iranian Foreign Minister Mohammad Javad Zarif that would have let him attend a UN Security Council meeting on Thursday, a US official said, days after a US strike killed General Qassem Soleimani in Baghdad.",
 [("HEADQUARTERS AGREEMENT", "Under the 1947 UN headquarters agreement the United States is generally required to allow diplomats access to the UN, but Washington says it can deny visas for security, terrorism and foreign policy reasons. Secretary of State Mike Pompeo said the US would always comply with its obligations."),
  ("EARLIER VISITS", "Zarif last travelled to New York in September 2019, after he was sanctioned. During his July 2019 visit the US confined him to a few blocks around the UN, Iran's mission, the ambassador's residence and JFK airport."),
  ("ZARIF REACTS", "\"The world is not limited to New York,\" Zarif said, adding that he could speak to Americans from Tehran.")],
 teaser="Our tip: the UN's free public tours reopen next month.", reply=True)

art("Z-zarif-named-vice-president-aug-2024.md",
 "Pezeshkian brings sanctioned ex-minister Zarif back as vice president", "2024-08-28", "Gulf Policy Review",
 "TEHRAN - Mohammad Javad Zarif, Iran's foreign minister from 2013 to 2021, is back in government as vice president for strategic affairs, weeks after he resigned the post.",
 [("A short exit", "President Masoud Pezeshkian named Zarif on August 1, 2024. Zarif resigned after less than two weeks, citing differences over the cabinet line-up, then returned to the job later in August."),
  ("Critics", "Hardliners argue his appointment breaks a 2022 law on senior posts because his sons hold US citizenship."),
  ("Still designated", "Zarif remains on OFAC's SDN list under Executive Order 13876, where he was placed on July 31, 2019 while foreign minister. Washington has given no sign of lifting the designation, and US persons remain barred from dealing with him."),
  ("Role", "Supporters hope the architect of the 2015 nuclear deal can help reopen talks with the West.")])

art("Z-zarif-resigns-mar-2025.txt",
 "Zarif quits as Iran's vice president after judiciary chief's advice", "2025-03-03", "Atlantic Diplomatic Wire",
 "TEHRAN - Mohammad Javad Zarif resigned on Monday as Iran's vice president for strategic affairs, saying the head of the judiciary had advised him to return to university teaching to ease pressure on the government.",
 [("TWO RESIGNATIONS", "It is his second resignation since August 2024. Zarif said he had visited judiciary chief Gholamhossein Mohseni Ejei, who recommended he step aside, and that he accepted immediately. He said he had faced insults and threats against himself and his family over the past six months."),
  ("HEMMATI", "The move came a day after parliament impeached Economy Minister Abdolnaser Hemmati in a 182-82 vote on March 2."),
  ("NO CHANGE IN WASHINGTON", "Leaving office does not lift US sanctions. The 2019 designation under E.O. 13876 stays on the SDN list unless Treasury removes it.")],
 teaser="Our tip: Persian New Year recipes for Nowruz.", reply=True)

art("Z-iran-supreme-leader-sanctions-explainer.html",
 "Explainer: who E.O. 13876 covers, from Khamenei to his appointees", "2020-02-12", "Sanctions Bulletin Online",
 "Eight months after Executive Order 13876, here is what the Supreme Leader authority does and whom it has reached.",
 [("Named in the order", "Supreme Leader Ali Khamenei and the Supreme Leader's Office were blocked by the order itself on June 24, 2019."),
  ("Designations under it", "On June 24, 2019 OFAC also designated eight senior IRGC commanders. On July 31, 2019 it designated Foreign Minister Javad Zarif."),
  ("Appointees", "The order reaches people appointed by the Supreme Leader or his office as state officials or as heads of entities, and people who act for them. Being appointed is not enough on its own: Treasury has to designate each person."),
  ("Entry", "Designated persons are barred from entering the United States, subject to UN headquarters obligations; Zarif was denied a visa for a Security Council meeting in January 2020."),
  ("Foreign banks", "A foreign financial institution that knowingly facilitates a significant transaction for a designated person risks losing US correspondent accounts.")],
 reply=True)

art("Z-zarif-diplomat-profile.md",
 "Profile: Javad Zarif, the diplomat shaped by America", "2021-08-20", "Tehran Review of Books",
 "As Mohammad Javad Zarif leaves the foreign ministry after eight years, a look at the career of Iran's best-known diplomat.",
 [("Education", "Zarif went to the United States as a teenager, studied international relations at San Francisco State University and earned a doctorate in international law and policy at the University of Denver."),
  ("At the UN", "He served as Iran's ambassador to the United Nations in New York from 2002 to 2007, where he built ties with American politicians and journalists."),
  ("Foreign minister", "Appointed by President Hassan Rouhani in 2013, he led Iran's side in the talks that produced the 2015 nuclear agreement with world powers, negotiated with US Secretary of State John Kerry."),
  ("Style", "His fluent English, television interviews and posts on Twitter made him the face of Iranian diplomacy abroad. He handed over to Hossein Amir-Abdollahian in August 2021.")])

# ---------------- Guatemala / Porras ----------------
art("Z-porras-corrupt-actors-list-sep-2021.md",
 "US names Guatemala's attorney general on corrupt actors list", "2021-09-21", "Central America Accountability Report",
 "WASHINGTON - The State Department has added Guatemala's attorney general, María Consuelo Porras, to its list of corrupt and undemocratic actors submitted to Congress under Section 353 of the United States - Northern Triangle Enhanced Engagement Act.",
 [("Why", "Washington had already suspended cooperation with her office after she fired Juan Francisco Sandoval, head of the Special Prosecutor's Office Against Impunity (FECI), in July 2021. Sandoval fled the country."),
  ("Effect", "People on the Section 353 list are generally ineligible for US visas and admission. Porras' US visa has been revoked."),
  ("What it is not", "The list is not a Treasury sanctions list. Porras has no asset freeze and no European measures apply to her."),
  ("Term", "Porras, appointed in 2018 by then-President Jimmy Morales, serves until May 2022 and may seek a second four-year term.")])

art("Z-porras-reappointed-designated-may-2022.txt",
 "Giammattei keeps Porras as attorney general; US designates her the same day", "2022-05-16", "Istmo News Service",
 "GUATEMALA CITY - President Alejandro Giammattei on Monday reappointed María Consuelo Porras as attorney general for another four years, and within hours the United States designated her for significant corruption.",
 [("THE US STEP", "The State Department designated Porras under Section 7031(c), saying she repeatedly obstructed and undermined anticorruption investigations to protect political allies, including by firing prosecutors. It also designated her husband, Gilberto de Jesús Porres de Paz. Both are ineligible for entry into the United States."),
  ("BLINKEN", "\"Attorney General Porras's corrupt acts undermine democracy in Guatemala,\" Secretary of State Antony Blinken wrote."),
  ("GIAMMATTEI", "Giammattei said media or political accusations have no value to deprive a person of her capacity and honesty. Her new term runs to May 2026."),
  ("NOT FINANCIAL", "The measure is a visa bar. No asset freeze was announced.")],
 teaser="Our tip: Antigua's Holy Week carpets, a photo guide.", reply=True)

art("Z-guatemala-inauguration-delay-jan-2024.txt",
 "Arévalo sworn in after hours-long delay in Congress", "2024-01-15", "Istmo News Service",
 "GUATEMALA CITY - Bernardo Arévalo was sworn in as Guatemala's president shortly after midnight on Monday, January 15, after a delay of several hours caused by a dispute in the outgoing Congress.",
 [("THE DELAY", "The ceremony was scheduled for Sunday afternoon, January 14. Legislators argued for hours over the credentials of lawmakers from Arévalo's Semilla Movement before the new Congress was installed."),
  ("THE PROMISE", "Arévalo, a sociologist and son of former president Juan José Arévalo, won the August 2023 runoff on an anti-corruption platform. His term runs until January 2028."),
  ("GUESTS", "Foreign delegations waited at the Miguel Ángel Asturias Cultural Center; thousands of supporters, many from Indigenous communities, gathered in the capital's central square."),
  ("THE SASH", "Vice President Karin Herrera was sworn in alongside him. The new president of Congress, Samuel Pérez of Semilla, presided over the ceremony.")],
 teaser="Our tip: Lake Atitlán's villages by public boat.", reply=True)

art("Z-eu-framework-guatemala-jan-2024.html",
 "EU adopts Guatemala sanctions framework days before Arévalo takes office", "2024-01-12", "Brussels Sanctions Watch",
 "BRUSSELS - The Council of the EU on Friday, January 12, 2024, adopted a framework for restrictive measures against those responsible for undermining democracy, the rule of law or the peaceful transfer of power in Guatemala.",
 [("No names yet", "The framework allows travel bans and asset freezes, but nobody has been listed so far. Listings require a separate unanimous Council decision."),
  ("Why now", "Attorney General Consuelo Porras' office pursued cases against president-elect Bernardo Arévalo, his Semilla Movement and the Supreme Electoral Tribunal after the 2023 elections. Arévalo is due to take office on January 14."),
  ("Can Porras be removed?", "Under Guatemalan law the attorney general can only be dismissed after a criminal conviction, the Constitutional Court said in December 2023."),
  ("US measures", "The United States has designated Porras under Section 7031(c) and put her on its Section 353 list; it added prosecutors to visa restrictions in December 2023.")],
 reply=True)

art("Z-eu-lists-porras-four-others-feb-2024.md",
 "EU sanctions Guatemala's attorney general and four others", "2024-02-02", "Brussels Sanctions Watch",
 "BRUSSELS - The EU on Friday, February 2, 2024, placed Guatemala's Attorney General María Consuelo Porras Argueta and four other officials under sanctions for undermining democracy and the peaceful transfer of power.",
 [("The five", "Besides Porras, the list names FECI head José Rafael Curruchiche Cucul, judge Fredy Raúl Orellana Letona, FECI prosecutor Leonor Eugenia Morales Lazo and the Public Ministry's secretary general Ángel Arnoldo Pineda Ávila."),
  ("Measures", "The five are subject to an asset freeze and a ban on entering or transiting EU territory. EU citizens and companies may not make funds available to them."),
  ("Borrell", "High Representative Josep Borrell, who attended Arévalo's inauguration, said obstructionists should know that circumventing democratic processes would not be tolerated."),
  ("Porras stays", "Porras has refused to resign. Her mandate is set to expire in 2026.")])

art("Z-guatemala-sanctions-renewed-dec-2024.txt",
 "EU extends Guatemala sanctions for a year", "2024-12-16", "Brussels Sanctions Watch",
 "BRUSSELS - The Council of the EU on Monday renewed its restrictive measures over Guatemala for one year, until January 13, 2026.",
 [("FIVE PERSONS", "The measures currently apply to five persons, who remain subject to travel restrictions and an asset freeze. More listings could be considered if Guatemalan democracy remains under threat, the Council said."),
  ("CONCERNS", "The EU voiced concern about the ongoing misuse of the justice system, including efforts to overturn the 2023 election results and attacks against the elected government."),
  ("PORRAS", "Attorney General Consuelo Porras, the best known of the five, remains in office."),
  ("HOW IT WORKS", "The regime was created on January 12, 2024, two days before President Bernardo Arévalo took office, and the first five listings followed on February 2, 2024. Listed persons can ask the Council to reconsider and can challenge their listing before the EU General Court.")],
 teaser="Our tip: Christmas markets in Brussels, ranked.", reply=True)

art("Z-eu-renews-guatemala-sanctions-jan-2026.html",
 "EU renews Guatemala sanctions to 2027; list now eight people and one entity", "2026-01-09", "Brussels Sanctions Watch",
 "BRUSSELS - The Council of the EU on Friday, January 9, 2026, renewed its targeted restrictive measures over Guatemala for one more year, until January 13, 2027.",
 [("A longer list", "The measures now apply to eight individuals and one entity, up from five persons a year earlier. The individuals are under travel restrictions; both the individuals and the entity are under an asset freeze."),
  ("Not against the country", "The Council stressed the sanctions are in no way directed at Guatemala, its population or its economy."),
  ("2026 appointments", "The EU has mobilised an Ad Hoc Mission to accompany the 2026 selection of the Supreme Electoral Tribunal, the Constitutional Court and the attorney general, whose mandate ends this year."),
  ("Background", "The framework dates from January 12, 2024. EU citizens and companies are forbidden from making funds available to listed persons, directly or indirectly.")],
 reply=True)

art("Z-ask-compliance-guatemala-public-ministry.txt",
 "Ask the Compliance Desk: we have a contract with Guatemala's Public Ministry", "2024-03-11", "Trade Counsel Weekly",
 "Q: My company in Spain supplies IT services to Guatemala's Public Ministry. Now that the attorney general is under EU sanctions, must we stop? - Worried in Valencia",
 [("SHORT ANSWER", "Not necessarily. The EU listing of February 2, 2024 targets five people, including Attorney General Consuelo Porras, not the Public Ministry as an institution."),
  ("THE RISK", "You may not make funds or economic resources available to a listed person, directly or indirectly. If payments or benefits would reach Porras or the other four personally, stop and get advice."),
  ("THE US SIDE", "The US measures on Porras are visa designations under Section 7031(c) and the Section 353 list; they do not freeze assets."),
  ("WHAT TO DO", "Screen signatories, document who benefits from the contract and keep records. The attorney general's mandate runs until 2026.")],
 teaser="Next week: a reader asks about dual-use laptops and Kazakhstan.", reply=True)
