# -*- coding: utf-8 -*-
"""Article texts and metadata for blind set qa-ZL (answers-zl).

Each article: file, fmt (md/html/txt), shape, title, date (ISO), outlet, byline,
place (dateline for news), body (list of paragraphs; "## " marks a subhead),
optional faq [(q, a)], comments [(name, text)], posts [(user, text)],
distractor flag, teaser. Outlets, bylines, commenters and forum users are invented.
"""

ARTICLES = []


def add(**kw):
    kw.setdefault("faq", [])
    kw.setdefault("comments", [])
    kw.setdefault("posts", [])
    kw.setdefault("distractor", False)
    kw.setdefault("place", "")
    kw.setdefault("teaser", "")
    ARTICLES.append(kw)


# ---------------------------------------------------------------- Eventin
add(file="ZL-eventin-tanker-towed-to-sassnitz-jan-2025.txt", fmt="txt", shape="news",
    title="Drifting tanker Eventin towed to anchorage off Sassnitz",
    date="2025-01-12", outlet="Baltic Shipping Wire", byline="By Henrike Salm",
    place="SASSNITZ, Germany",
    body=[
        "German emergency crews have brought the disabled oil tanker Eventin to an anchorage off the port of Sassnitz on the island of Ruegen, after the ship lost power in the Baltic Sea and drifted for hours north of the island.",
        "The Panama-flagged tanker, built in 2006 and 274 metres long, was carrying about 99,000 tonnes of oil from the Russian port of Ust-Luga to Port Said in Egypt, according to the tracking service Vesselfinder. It became unable to manoeuvre at around 10pm on Thursday, January 9, roughly 20 kilometres offshore.",
        "The Central Command for Maritime Emergencies (Havariekommando) said the hull was sound, no oil had leaked and the crew would stay on board. The emergency tug Bremen Fighter made the first towing connection on Friday in stormy weather.",
        "## SHADOW FLEET",
        "The Eventin is on a Greenpeace list of tankers in Russia's so-called shadow fleet, ageing and often poorly insured ships used to move Russian oil around Western sanctions. Foreign Minister Annalena Baerbock said Russia was endangering European security with severed cables, GPS jammers and \"decrepit oil tankers\".",
        "## WHAT NEXT",
        "Officials said the tanker would stay off Sassnitz until a decision on how to proceed. Its seaworthiness and papers are being checked. The ship itself is not on the EU sanctions list.",
    ],
    teaser="Our tip: how the Havariekommando runs a Baltic salvage")

add(file="ZL-eu-16th-package-lists-eventin-feb-2025.md", fmt="md", shape="news",
    title="EU blacklists stranded tanker Eventin in its 16th sanctions package",
    date="2025-02-25", outlet="Nordic Trade Ledger", byline="By Pieter Aalbers",
    body=[
        "The tanker Eventin, which has been moored off Sassnitz on the German island of Ruegen since drifting without power in January, is now on the European Union's blacklist.",
        "EU ministers adopted the bloc's 16th package of sanctions against Russia in Brussels on Monday, February 24, the third anniversary of Russia's full-scale invasion of Ukraine. The package added 74 more ships from Russia's so-called shadow fleet to the list.",
        "## What the listing means",
        "- Listed ships may no longer call at European ports.",
        "- EU companies may not provide them with services, from tug assistance to supplies for the crew.",
        "- The Eventin becomes one of more than 150 ships barred in this way.",
        "## The wider package",
        "The 16th package also bans transactions with several Russian ports used by the shadow fleet, including Ust-Luga and Primorsk on the Baltic, where the Eventin loaded its cargo, and brings in a phased ban on imports of primary aluminium from Russia.",
        "## Still off Ruegen",
        "The tanker still has about 99,000 tonnes of oil on board. Greenpeace had already placed it on a list of 192 crude oil tankers it considers the most dangerous. It remains unclear when, or whether, the vessel will be able to leave its anchorage.",
    ],
    teaser="More from the Ledger: the ports on the EU's new transaction ban")

add(file="ZL-germany-confiscates-eventin-and-cargo-mar-2025.html", fmt="html", shape="news",
    title="Germany confiscates shadow-fleet tanker Eventin and its oil",
    date="2025-03-22", outlet="Ostsee Courier", byline="Mara Lindqvist",
    body=[
        "Germany has confiscated the tanker Eventin and the roughly 100,000 tonnes of crude oil on board, Der Spiegel reported, turning both the ship and a cargo estimated to be worth more than 40 million euros into property of the German state.",
        "According to the magazine, ownership passed to the state on March 14, after weeks of talks between ministries about what to do with the tanker, which has been anchored near Sassnitz since mid-January. Customs had consulted the European Commission's legal service, which gave its opinion in February that the ship was in breach of sanctions and could only leave Germany if the cargo was unloaded.",
        "A spokesperson for the Finance Ministry, which oversees customs, said on Friday that \"customs measures are currently under way\" and that the ship was barred from sailing on. The ministry declined to give details, citing the security situation.",
        "Panama removed the vessel from its registry this month because of the sanctions. Officials are now working out how to pump the oil out safely and what to do with the hull. The state government of Mecklenburg-Western Pomerania wants the tanker gone as soon as possible because of the risk to the environment and to tourism.",
        "Russian authorities have said they have no information about the ship or its owner.",
    ],
    comments=[("Jens_R", "About time someone actually kept one of these ships instead of escorting it politely out of the Baltic."),
              ("K. Brandt", "Forty million euros of oil and nobody claims it? Someone will turn up with a lawyer, just watch.")],
    teaser="Related: how to spot a shadow-fleet tanker on a tracking map")

add(file="ZL-eventin-owners-seek-court-relief-apr-2025.txt", fmt="txt", shape="news",
    title="Court challenge puts German plans for tanker Eventin on hold",
    date="2025-04-15", outlet="Baltic Shipping Wire", byline="By Henrike Salm",
    place="BERLIN",
    body=[
        "Germany has paused enforcement against the confiscated tanker Eventin after a request to release the ship was filed with a court, the Finance Ministry said on Monday.",
        "\"Appeals for interim relief have now been filed with the competent court against the seizure and confiscation of the ship and its cargo,\" a ministry spokesman said. Further enforcement measures would wait for the court's decision.",
        "## WHO IS SUING",
        "The ministry would not say who had brought the case, whether the owner of the ship or the owner of the oil, or how long the proceedings might last. The application was lodged with the finance court in Greifswald, which hears customs disputes in Mecklenburg-Western Pomerania.",
        "## SHIP TO MOVE",
        "The Eventin is currently moored off the resort town of Sassnitz with about 100,000 tonnes of oil worth some 40 million euros. It will soon be moved to a hazardous goods anchorage about three nautical miles away, an official said, adding that it is deemed seaworthy and poses no current threat.",
        "The tanker was included in an EU sanctions package in February. Berlin has sharply rebuked Moscow over the incident; Russian officials have said they know nothing about the ship or its owner.",
    ],
    teaser="Our tip: what interim relief means in German tax and customs courts")

add(file="ZL-greifswald-court-suspends-eventin-confiscation-may-2025.txt", fmt="txt", shape="court",
    title="Finance Court in Greifswald suspends confiscation of tanker Eventin",
    date="2025-05-10", outlet="Maritime Law Digest", byline="Case note by Dr. Ulrike Brenner",
    place="GREIFSWALD",
    body=[
        "The Finance Court of Mecklenburg-Western Pomerania, sitting in Greifswald, on Friday, May 9, suspended the confiscation order that customs had issued against the tanker Eventin and its cargo, pending a decision in the main proceedings.",
        "## THE DECISION",
        "The ship's owner succeeded with an application for suspension of enforcement, arguing that there were serious doubts about the confiscation order. The court said there were reasonable doubts as to whether the owner could rely on an exception that applies in cases of distress at sea, but held that this question had to be left to the main proceedings.",
        "## WHAT IT MEANS",
        "Until then the federal government may do nothing with the ship: it may neither pump out the oil nor sell the vessel. The ruling does not mean that the Eventin may put to sea again.",
        "The objection proceedings against the confiscation are still pending before the customs authority. No date has been set for the main case.",
        "## APPEAL",
        "The court allowed a complaint to the Federal Fiscal Court, so customs can ask Germany's top tax court to review the order. Customs had confiscated the ship and its roughly 100,000 tonnes of oil, worth about 40 million euros, in March.",
    ],
    teaser="")

add(file="ZL-eventin-owner-and-options-faq-sep-2025.html", fmt="html", shape="faq",
    title="The Eventin: who owns the tanker, and what can Germany do with it?",
    date="2025-09-15", outlet="Ostsee Courier", byline="Explainer desk",
    body=["Eight months after it drifted into German waters, the shadow-fleet tanker is still anchored off Ruegen. Our questions and answers."],
    faq=[
        ("Who owns the Eventin?", "Its registered owner is Laliya Shipping Corp., a company based in the Marshall Islands. The ship flew the flag of Panama until Panama removed it from its registry in March because of the sanctions."),
        ("What kind of ship is it?", "A crude tanker of about 152,000 deadweight tonnes, built in 2006 in South Korea by Samsung. It was renamed Eventin in June 2022."),
        ("Is the owner fighting the EU listing?", "Yes. Laliya Shipping has brought an action at the EU General Court against the decision to list the ship as part of Russia's shadow fleet. It says the tanker \"was never intended to transport sanctioned petroleum products\" into the EU."),
        ("Where is it now?", "At a hazardous goods anchorage off Sassnitz, guarded around the clock by the coast guard and federal police."),
        ("Can Germany sell the oil?", "Not for now. The finance court in Greifswald suspended the confiscation in May, and the Main Customs Office in Stralsund has taken the case to the Federal Fiscal Court in Munich."),
        ("Where was it going?", "Tracking data gave Port Said in Egypt; industry data show the ship had repeatedly sailed between Russia and India."),
    ],
    comments=[("Hafenblick", "Useful summary. The Marshall Islands shell company is the least surprising part of the story."),
              ("T. Wendt", "Does anyone know who actually owns the oil? That seems to be a separate case.")],
    teaser="Related: five things to know about port-state inspections")

add(file="ZL-federal-fiscal-court-blocks-eventin-sale-dec-2025.md", fmt="md", shape="court",
    title="Federal Fiscal Court: customs may not confiscate the Eventin for now",
    date="2025-12-11", outlet="Nordic Trade Ledger", byline="By Pieter Aalbers",
    body=[
        "Germany's top tax court has ruled that the authorities may not, for the time being, confiscate or sell the tanker Eventin or its cargo, siding with the owners in two separate cases.",
        "## The ruling",
        "The Federal Fiscal Court (Bundesfinanzhof) in Munich said on Thursday that it had \"reasonable doubts about the legality of the confiscation measures\". It rejected the complaint of the Main Customs Office in Stralsund and upheld the earlier decision of the finance court in Greifswald.",
        "In the court's view it is unclear whether EU sanctions rules are breached when a ship drifts into EU waters unable to manoeuvre and without any decision of its own. Principles of international law, including the right of a ship in distress to seek an emergency port, must also be taken into account.",
        "The court said the tanker, which left Ust-Luga with about 100,000 tonnes of oil worth some 40 million euros, had been bound for India.",
        "## What happens next",
        "- The decision was taken in summary proceedings; the Finance Ministry called it preliminary and said a final ruling is pending.",
        "- In the main proceedings, customs must first decide on the owner's objection; if it is rejected, the owner can sue within one month.",
        "- The ship remains moored off Ruegen. The ministry declined to comment on next steps.",
        "The owner, Laliya Shipping Corp., is also challenging the ship's listing before the EU General Court. The EU's shadow-fleet list now runs to more than 550 ships.",
    ],
    teaser="More from the Ledger: the shadow-fleet list, package by package")

add(file="ZL-eventin-a-year-off-ruegen-blog-jan-2026.html", fmt="html", shape="blog",
    title="A year off Ruegen: three lessons from the Eventin saga",
    date="2026-01-12", outlet="Sanctions Notebook", byline="Posted by Clara Hoefer",
    body=[
        "A year ago this week the tanker Eventin drifted powerless towards the German coast. It is still there, and still full of oil. Three lessons so far:",
        "1. A listing is not a confiscation. Putting a ship on the EU list in February 2025 barred it from ports and services. Taking the ship and its oil is a separate national step, and that step is what the courts have stopped.",
        "2. Distress at sea matters. Both the Greifswald finance court in May and the Federal Fiscal Court in December 2025 doubted whether a ship that drifts into EU waters without power has breached the sanctions at all. The federal court pointed to the right of a ship in distress to seek an emergency port.",
        "3. Stalemate is expensive. The ship is guarded around the clock, the roughly 100,000 tonnes of crude cannot be sold, and the owner, Laliya Shipping, is fighting its listing in Luxembourg too.",
        "Our view: confiscation remains blocked unless customs wins the main proceedings, and we are not aware of any decision in them yet. Anyone hoping to turn the cargo into money for Ukraine should not count on it this year.",
    ],
    comments=[("Ole M.", "Point 2 is the whole case. If a drifting ship breaches sanctions, every storm becomes an enforcement tool."),
              ("harbour_watch", "Still visible from the Sassnitz pier on a clear day. Tourists ask about it all the time.")],
    teaser="Related: a reading list on flag-state law")

# ---------------------------------------------------------------- Kiwala / Boracay
add(file="ZL-estonia-detains-tanker-kiwala-apr-2025.txt", fmt="txt", shape="news",
    title="Estonian navy detains sanctioned tanker Kiwala in the Gulf of Finland",
    date="2025-04-11", outlet="Baltic Shipping Wire", byline="By Rasmus Org",
    place="TALLINN",
    body=[
        "The Estonian navy detained and boarded a Russia-bound oil tanker on the EU sanctions list on Friday, accusing it of sailing without a valid flag.",
        "The tanker Kiwala has been under EU sanctions since February as part of Russia's so-called shadow fleet. It was heading from Sikka in India to the Russian port of Ust-Luga, apparently empty, when it entered the Gulf of Finland on Thursday evening. The operation, involving navy ships and a helicopter, ended early on Friday.",
        "## NO FLAG",
        "MarineTraffic listed the ship under the flag of Djibouti, but an official of the Estonian Transport Administration said Djibouti had denied that it was registered there. \"Estonia takes suspicious activities in the Baltic Sea very seriously,\" Prime Minister Kristen Michal wrote on X.",
        "\"The purpose of the detention is to check the ship's documents and legal status,\" navy commander Commodore Ivo Vark said, adding that it was in no way related to damage to critical infrastructure.",
        "## IN MUUGA BAY",
        "The Kiwala is anchored in Muuga Bay near the island of Aegna, east of Tallinn, watched by Estonian warships. There are 24 people on board; the Chinese captain is cooperating. Besides the EU, the tanker is sanctioned by the United Kingdom, Canada and Switzerland.",
    ],
    teaser="Our tip: how to read a ship's flag and IMO number")

add(file="ZL-kiwala-40-deficiencies-mauritius-owner-apr-2025.md", fmt="md", shape="news",
    title="Kiwala: Estonian inspectors find 40 deficiencies on detained tanker",
    date="2025-04-14", outlet="Nordic Trade Ledger", byline="By Liisa Kask",
    body=[
        "Estonian inspectors have found 40 deficiencies on the tanker Kiwala, detained by the navy on Friday, and have barred it from continuing its voyage until they are fixed.",
        "## What the inspection found",
        "- 29 of the 40 deficiencies were judged significant and are the grounds for the detention.",
        "- 23 of those concern documentation.",
        "- The rest concern the ship's safety management system, the crew's preparedness for emergencies and technical faults.",
        "\"The deficiencies provided enough reason for the vessel to not be allowed to continue its voyage as neither maritime nor environmental safety could be ensured,\" said Kristjan Truu, director of the maritime division at the Transport Administration.",
        "## Who owns it",
        "According to Veiko Kommusaar, deputy chief of the Police and Border Guard Board, the Kiwala belongs to Tirad Shipping, a company based in Mauritius whose only known asset is the tanker. The ship has changed hands several times, including Turkish and Indian shipping firms.",
        "## A new law",
        "The detention came about 48 hours after Estonia's parliament passed legislation allowing the Defence Forces to use force against vessels in the Baltic that pose security risks. Once the faults are fixed and a follow-up inspection is passed, the Kiwala can sail on.",
    ],
    teaser="More from the Ledger: Baltic states and the shadow fleet")

add(file="ZL-estonia-clears-kiwala-to-leave-apr-2025.html", fmt="html", shape="news",
    title="Estonia clears shadow-fleet tanker Kiwala to leave Muuga Bay",
    date="2025-04-27", outlet="Ostsee Courier", byline="Liisa Kask",
    body=[
        "The tanker Kiwala is free to leave Estonian waters after more than two weeks at anchor, the Transport Administration said on Saturday.",
        "\"Technically, the ship is in order and it may depart,\" said Kristjan Truu, director of the administration's maritime service. A follow-up inspection checked the results of the classification society's audit, the crew's preparedness for emergencies and the repair of technical faults, and found that the deficiencies had been corrected.",
        "The Kiwala was intercepted by the navy on April 11 after it entered the Gulf of Finland without a valid flag certificate. Inspectors found 40 deficiencies, 29 of them significant, most of them about documents.",
        "The empty tanker was still in the anchorage in Muuga Bay while final procedures were completed. It will then continue to the Russian port of Ust-Luga. The Transport Administration said there would be no compensation for losses caused by the detention.",
        "Authorities stressed throughout that the Kiwala was not suspected of damaging undersea cables or pipelines. It remains on the sanctions lists of the EU and the United Kingdom.",
    ],
    comments=[("Tiit", "So we hold it two weeks, it fixes the paperwork and sails to Ust-Luga. What exactly did we win?"),
              ("M. Saar", "We showed that a ship without a flag gets stopped. That is the point.")],
    teaser="Related: Tallinn's new ferry timetable")

add(file="ZL-french-navy-investigates-boracay-sep-2025.md", fmt="md", shape="news",
    title="French navy investigates sanctioned tanker Boracay off Saint-Nazaire",
    date="2025-09-30", outlet="Nordic Trade Ledger", byline="By Camille Morvan",
    body=[
        "The French navy is investigating the oil tanker Boracay, a ship on British and European Union sanctions lists that is suspected of belonging to Russia's shadow fleet.",
        "## Shadowed along the coast",
        "Tracking data show the 2007-built tanker was shadowed by a French warship after it rounded the north-western tip of France. It then changed course towards the French coast and is now anchored near Saint-Nazaire.",
        "The Brest prosecutor's office said an investigation had been opened after the crew failed to justify the vessel's nationality and failed to comply with orders.",
        "## A ship with many names",
        "The Boracay, which claims the flag of Benin, sailed earlier this year as the Kiwala and was detained by Estonia in April. It was later also known as the Pushpa. The EU and Britain cite its role in transporting Russian crude oil and petroleum products using irregular practices.",
        "## Drones over Denmark",
        "The tanker left the Russian port of Primorsk on September 20 and was off the Danish coast when unidentified drones were seen over Danish airports and military sites. Whether there is any link is not known.",
    ],
    teaser="More from the Ledger: France and the Atlantic route of Russian oil")

add(file="ZL-french-commandos-board-boracay-oct-2025.txt", fmt="txt", shape="news",
    title="French commandos on board shadow-fleet tanker Boracay",
    date="2025-10-01", outlet="Baltic Shipping Wire", byline="By Camille Morvan",
    place="SAINT-NAZAIRE, France",
    body=[
        "French military personnel have boarded the oil tanker Boracay, anchored off Saint-Nazaire, French media reported on Wednesday. Reporters flying past saw soldiers in fatigues and balaclavas patrolling the deck; sources said they had been on board since Saturday.",
        "The captain and the chief mate, both Chinese nationals, have been in custody since Tuesday as part of an inquiry by the Brest prosecutor into the crew's refusal to cooperate and the failure to prove the ship's nationality.",
        "## MACRON: 'A GOOD THING'",
        "President Emmanuel Macron, speaking in Copenhagen at a summit of EU leaders, said it was \"a good thing\" that France was investigating. He said the collective assessment was that Russia's shadow fleet numbers 600 to 1,000 ships.",
        "## KREMLIN",
        "The Kremlin said it had no information about the vessel. Spokesman Dmitry Peskov added that the Russian military sometimes had to act to restore order when foreign countries took what he called \"provocative actions\".",
        "## DRONES",
        "The tanker had sailed past Denmark between September 22 and 25, when drones disrupted air traffic there. French officials have not said whether they see a link.",
    ],
    teaser="Our tip: what Article 110 of the Law of the Sea allows")

add(file="ZL-brest-prosecutor-boracay-captain-trial-oct-2025.md", fmt="md", shape="press",
    title="Brest prosecutor: Boracay captain to stand trial on February 23, 2026",
    date="2025-10-02", outlet="Sanctions Notebook", byline="Summary of the prosecutor's statement",
    body=[
        "The public prosecutor in Brest, Stephane Kellenberger, announced on Thursday the outcome of police custody of two crew members of the tanker Boracay. Key points of the statement:",
        "1. The prosecutor was seized on September 29 by the maritime prefect for the Atlantic over possible maritime offences by the crew of the Boracay, a vessel \"considered to be without a flag under international law\".",
        "2. The ship, carrying a large cargo of oil from Russia to India, was boarded on Saturday, September 27, by a French navy frigate off the island of Ouessant. The operation was based on Article 110 of the UN Convention on the Law of the Sea (Montego Bay) and prompted by inconsistencies in what the tanker said about its nationality.",
        "3. An inquiry was opened for failure to justify the nationality of the vessel and for refusal to comply (refus d'obtempérer). The captain and his second, both Chinese nationals, were taken into custody.",
        "4. The prosecutor decided to prosecute only the captain, who was summoned to appear before the Brest criminal court on February 23, 2026, for refusal to comply. The other facts were found not to be directly attributable to him. The chief mate was left free to go.",
        "5. The offence carries up to one year in prison and a fine of 150,000 euros.",
        "The statement adds that any other aspects of the affair are outside the prosecutor's remit.",
    ],
    teaser="More from the Notebook: the legal toolbox against stateless tankers")

add(file="ZL-boracay-sails-from-france-after-raid-oct-2025.html", fmt="html", shape="news",
    title="Boracay sails away from French coast days after commando raid",
    date="2025-10-03", outlet="Ostsee Courier", byline="Camille Morvan",
    body=[
        "The tanker Boracay has left its anchorage off western France, MarineTraffic data showed on Friday, heading south-west through the Bay of Biscay at cruising speed towards the Suez Canal.",
        "It was not clear why the ship had been allowed to go. Neither the maritime authorities nor the Brest prosecutor's office, which is investigating the Benin-flagged vessel's nationality, responded to requests for comment. Before its detention the Boracay had been bound for Vadinar in India, home to a Nayara Energy refinery.",
        "The captain has been charged with refusing to follow instructions from the French navy and must still appear at a hearing in Brest in February. French forces had boarded the ship again on Wednesday to bring food and fuel for the crew.",
        "President Emmanuel Macron said on Thursday that the detention was part of a European strategy against the oil revenues that fund Russia's war in Ukraine. Speaking at the Valdai forum, Vladimir Putin called the operation \"piracy\" and said no drones or military cargo had been or could have been on board.",
    ],
    comments=[("Yann B.", "Five days and it sails off. The trial in February will be against an empty chair."),
              ("Lucie", "Holding a ship even a few days costs them money. That is the strategy Macron described.")],
    teaser="Related: Saint-Nazaire's offshore wind farm, one year on")

add(file="ZL-kiwala-pushpa-boracay-sanctions-faq-nov-2025.html", fmt="html", shape="faq",
    title="Kiwala, Pushpa, Boracay: one tanker's sanctions trail explained",
    date="2025-11-10", outlet="Sanctions Notebook", byline="FAQ by the Notebook team",
    body=["The same 244-metre tanker has been stopped by two European navies in six months. Here is what is known."],
    faq=[
        ("Who has sanctioned the ship?", "The United Kingdom sanctioned it in October 2024 and the EU followed in February 2025. Canada, Switzerland and New Zealand have also listed it."),
        ("How old is it?", "Built in 2007. It has sailed under the flags of Gabon, the Marshall Islands and Mongolia, claimed Djibouti in April 2025 and Benin from September 2025."),
        ("What happened in Estonia?", "As the Kiwala it was detained on April 11, 2025 for sailing without a valid flag. Inspectors found 40 deficiencies; it was cleared to leave after about two weeks."),
        ("What happened in France?", "As the Boracay it was boarded on September 27, 2025 off Brittany, held off Saint-Nazaire and left on October 3."),
        ("Who faces trial?", "Only the Chinese captain, before the Brest criminal court on February 23, 2026, for refusal to comply with the navy. He faces up to one year in prison and a 150,000 euro fine."),
        ("Was it behind the Danish drones?", "That is not part of the court case. Macron said investigators had not established a direct link."),
    ],
    comments=[("ShipSpotter77", "Six names since 2020 according to one trade paper. The IMO number is the only thing that stays the same."),
              ("Ana", "Good overview, thanks.")],
    teaser="Related: what a flag state actually does")

add(file="ZL-brest-court-hears-boracay-captain-feb-2026.txt", fmt="txt", shape="court",
    title="Brest court tries Boracay captain in his absence; decision due March 30",
    date="2026-02-24", outlet="Maritime Law Digest", byline="Court report by Yannick Le Gall",
    place="BREST",
    body=[
        "The Brest criminal court on Monday, February 23, heard the case against Chen Zhangjie, 39, the Chinese captain of the tanker Boracay, accused of refusing to comply when the French navy sought to inspect his ship off the island of Ouessant on September 27, 2025.",
        "## THE HEARING",
        "The captain, currently at sea, did not attend and was represented by his lawyer, Henri de Richemont, who asked the court to declare that it lacked jurisdiction because the events took place in international waters.",
        "Deputy prosecutor Gabriel Rollin said the French forces had faced \"particular ill will\" from the captain and asked for the maximum penalty: one year in prison and a fine of 150,000 euros, plus an arrest warrant.",
        "According to the file, the frigate L'Auvergne announced the inspection at 14:32; the crew hoisted the flag of Benin at 15:32, although Cotonou had already told France no such tanker was registered there; commandos boarded at 16:00. \"It was raining and you don't fly a flag when it rains,\" the captain said in custody.",
        "## RUSSIANS ON BOARD",
        "Two employees of the Russian private security firm Moran Security Group, one a former police officer who had worked for Wagner, were found on board, sources told AFP. The tanker now sails under the Russian flag.",
        "The court reserved its decision until March 30.",
    ],
    teaser="")

# ---------------------------------------------------------------- Norebo / Murman Seafood
add(file="ZL-eu-sanctions-norebo-murman-seafood-may-2025.md", fmt="md", shape="news",
    title="EU sanctions Russian fishing firms Norebo and Murman Seafood over espionage",
    date="2025-05-21", outlet="Arctic Fisheries Report", byline="By Ingrid Solheim",
    body=[
        "The European Union has put two of Russia's biggest fishing companies, Norebo JSC and Murman Seafood, on its sanctions list, accusing them of taking part in a state-sponsored surveillance campaign against critical infrastructure.",
        "## The Council's reasons",
        "The listings were adopted on May 20 under the EU's regime against Russia's destabilising activities, known as the hybrid sanctions regime, on the same day as the 17th package. According to the Council, Norebo's vessels show \"particular movement patterns that are inconsistent with regular economic practices and fishing activities\", such as loitering near critical infrastructure and military sites, and some carry technology that may be used for espionage.",
        "Murman Seafood's trawler Melkart-5 showed \"extremely unusual navigational activity\" near undersea cables in northern waters, including one that was later severely damaged, and repeatedly appeared near NATO exercises.",
        "## Who they are",
        "- Norebo is owned by the fishing tycoon Vitaly Orlov.",
        "- In April 2025 its new super-trawler Kapitan Sokolov sailed straight from the shipyard to the Norwegian border town of Kirkenes.",
        "- The listings freeze the companies' assets in the EU.",
        "Norebo rejected the accusations, saying it \"has at all times acted according to the laws of the countries and waters it operated in\". Norway, which is not an EU member, has not said whether it will follow.",
    ],
    teaser="More from the Report: the Barents Sea cod stock in numbers")

add(file="ZL-norebo-trawlers-still-call-at-kirkenes-may-2025.html", fmt="html", shape="news",
    title="Banned by the EU, still welcome in Kirkenes",
    date="2025-05-30", outlet="High North Daily", byline="Atle Nygaard",
    body=[
        "Only days after Norebo was put on the EU's sanctions list, two of its trawlers made a port call in the Norwegian border town of Kirkenes.",
        "The Orion and the Shpitcbergen sailed into the harbour on May 28, both having set out from Murmansk earlier the same day. The Shpitcbergen is operated by Karat-1, a Norebo subsidiary. Both stayed only a few hours, loading fishing equipment; the Shpitcbergen also took on fresh water.",
        "\"It is remarkable that Norway has not immediately followed suit and taken action against Norebo,\" said Alfred Bjorlo, a member of the Norwegian parliament.",
        "Since October 2022 Russian fishing vessels may only use three Norwegian ports: Kirkenes, Tromso and Batsfjord. Norway is not bound by EU sanctions, although it has aligned with almost all of them since 2022, often with some delay.",
        "Norebo says it has always obeyed the law of the countries where it operates.",
    ],
    comments=[("Kirkenes_local", "The port needs the business, but this does look odd after what Brussels said."),
              ("H. Aas", "Oslo will follow, it always does. The question is how long it takes.")],
    teaser="Related: reindeer herders and the new wind park")

add(file="ZL-norway-aligns-with-eu-norebo-listing-jul-2025.txt", fmt="txt", shape="press",
    title="Norway aligns with EU listing of Russian fishing companies Norebo and Murman Seafood",
    date="2025-07-08", outlet="Arctic Fisheries Report", byline="Agency summary",
    place="OSLO",
    body=[
        "The Norwegian government decided on Monday, July 7, to list the Russian fishing companies Norebo JSC and Murman Seafood, aligning Norway with the sanctions the EU adopted on May 20.",
        "## WHY",
        "\"Recently we have seen increasingly aggressive Russian hybrid campaigns against allied nations. This trend is expected to continue,\" Foreign Minister Espen Barth Eide said. He said the EU's basis for the listings was that the two companies are part of a Russian state-sponsored surveillance campaign and intelligence activity targeting critical underwater infrastructure in Norwegian and allied sea areas. \"Such activity may facilitate future sabotage operations and threaten important Norwegian security policy interests.\"",
        "## WHAT IT MEANS",
        "Vessels of the two companies lose access to Norwegian ports and territorial waters. As a rule, no licences to fish in Norway's economic zone will be issued to their ships. Funds and assets belonging to the companies must be frozen.",
        "## HOW",
        "The listings will be implemented in Norwegian law under the regulation of March 14, 2025 on restrictive measures against Russia's destabilising activities, as quickly as possible. The government said the final imposition would follow once domestic legal procedures are completed.",
        "Source: Norwegian government statement, July 7, 2025.",
    ],
    teaser="Our tip: the Norwegian sanctions regulations in English")

add(file="ZL-russian-ambassador-condemns-norway-norebo-jul-2025.md", fmt="md", shape="news",
    title="Russian ambassador: Norway's Norebo sanctions cause 'nothing but regret'",
    date="2025-07-10", outlet="High North Daily", byline="By Atle Nygaard",
    body=[
        "Russia's ambassador to Norway, Nikolai Korchunov, has condemned Oslo's decision to sanction the fishing companies Norebo and Murman Seafood, saying it complicates the prospects for bilateral cooperation.",
        "## 'Hybrid war'",
        "In remarks reported by the TASS news agency, Korchunov said the decision caused \"nothing but regret\" and that any measures affecting the interests of Russian companies were illegal. Following EU sanctions blindly, he said, threatened decades of fishery cooperation between Russia and Norway for the sustainable management of resources in the Barents Sea. Moscow saw the step as another expression of a \"hybrid war\".",
        "## Decades of cooperation",
        "- Since 1976 a joint Norwegian-Russian fisheries commission has set quotas for cod and other shared stocks in the Barents Sea.",
        "- Talks on next year's quotas normally take place in the autumn.",
        "- Russian fishing vessels already face a ban on most Norwegian ports.",
        "Norebo has described itself as an \"entirely non-political\" company and denies any involvement in intelligence activities.",
    ],
    teaser="More from High North Daily: what the fisheries commission actually does")

add(file="ZL-russia-threatens-to-close-zone-to-norway-aug-2025.html", fmt="html", shape="news",
    title="Moscow threatens to shut its fishing zone to Norwegian boats over Norebo",
    date="2025-08-28", outlet="High North Daily", byline="Ingrid Solheim",
    body=[
        "Russia has warned that it will close its exclusive economic zone to Norwegian fishing vessels if Oslo does not reconsider its sanctions on Norebo and Murman Seafood within a month.",
        "The warning came on Wednesday, August 27, from Russia's federal fisheries agency. Its head, Ilya Shestakov, said fishing and quota allocation in the open waters of the Barents and Norwegian seas would otherwise be conducted on the basis of Russian national interests.",
        "The agency called the measures against Russian companies unprecedented and a threat to \"the further rational exploitation of marine biological resources in the North Atlantic\". At the end of July Russia's Foreign Ministry had handed a protest note to Norway's charge d'affaires in Moscow, Rune Resaland.",
        "Since the sanctions took effect, Norebo and Murman Seafood have lost access to Norwegian ports and the right to fish in Norway's economic zone. Murman Seafood protested that its activities have nothing to do with anything that could justify sanctions.",
        "The threat hangs over the autumn negotiations on cod and haddock quotas, one of the few areas where Oslo and Moscow still cooperate.",
    ],
    comments=[("Tromso_fisher", "If they close their zone we lose a lot of cod grounds. This is not a small threat."),
              ("Ragnhild", "They need the deal as much as we do. I expect a lot of noise and then a quota agreement.")],
    teaser="Related: Svalbard's new tourism rules")

add(file="ZL-norway-russia-agree-2026-cod-quota-dec-2025.txt", fmt="txt", shape="news",
    title="Norway and Russia agree 2026 fisheries deal despite sanctions row",
    date="2025-12-19", outlet="Arctic Fisheries Report", byline="By Ingrid Solheim",
    place="OSLO",
    body=[
        "Norway has reached a fisheries agreement with Russia for 2026, the government said on Thursday, despite months of tension over Norway's sanctions on the Russian fishing companies Norebo and Murman Seafood.",
        "## LOWEST COD QUOTA SINCE 1991",
        "The total quota for Northeast Arctic cod was set at 285,000 tonnes, down 16 percent from this year and the lowest level since 1991. Norway's share will be 139,827 tonnes. The total haddock quota rises 18 percent to 153,293 tonnes, with Norway's share at 76,345 tonnes.",
        "\"The cod quota for next year is the lowest since 1991. But after several years of substantial quota cuts, it now appears that we have laid the foundation for an increase in the stock that will allow somewhat higher quotas further on,\" Fisheries and Ocean Minister Marianne Sivertsen Naess said. She said sanctions had made the negotiations challenging.",
        "## BACKGROUND",
        "In August Moscow threatened to close its economic zone to Norwegian vessels if Oslo did not reconsider the Norebo listing within a month. The annual agreement, negotiated in the joint fisheries commission set up in 1976, is considered crucial for the shared stocks of the Barents Sea.",
    ],
    teaser="Our tip: how the cod quota is split between Norway, Russia and third countries")

add(file="ZL-oslo-court-rejects-norebo-injunction-feb-2026.txt", fmt="txt", shape="court",
    title="Oslo District Court rejects Norebo's bid to fish in Norway's economic zone",
    date="2026-02-05", outlet="Maritime Law Digest", byline="Case note by Sigrid Moe",
    place="OSLO",
    body=[
        "The Oslo District Court has rejected an application by the Russian fishing company Norebo for a temporary injunction that would have let it resume fishing in Norway's economic zone despite the sanctions.",
        "## THE CLAIM",
        "Norebo and nine subsidiaries asked the court, at a hearing on January 26, 2026, to order the Ministry of Trade, Industry and Fisheries to renew their fishing licences. They relied on articles 1 and 3 of the fisheries agreement between Norway and Russia, which they called \"must-commitments\" giving both states mutual access to each other's zones. \"Norway's economic zone is not Norwegian territory,\" they argued, saying sanctions should not apply beyond 12 nautical miles.",
        "## THE STATE'S ANSWER",
        "Government lawyer Kaija Bjelland said nothing in the agreement obliges the states to grant licences in breach of their own law, and that it would be illegal for the fisheries monitoring centre to license these companies. The state described \"an obvious mismatch\" between the sanctioned companies' wish to do business in the zone and Norway's security interests.",
        "## THE RESULT",
        "\"The district court agrees with the ministry that the Sanctions Act applies, and so the Directorate of Fisheries is not allowed to grant these companies any licences,\" Bjelland said. Norebo denies the espionage allegations and calls itself entirely non-political.",
    ],
    teaser="")

add(file="ZL-norebo-oslo-ruling-forum-thread-feb-2026.html", fmt="html", shape="forum",
    title="Norebo lost in the Oslo court - is that the end of it?",
    date="2026-02-09", outlet="NordFisk Forum", byline="Thread started by kystfiskar",
    body=[],
    posts=[
        ("kystfiskar", "Saw that Norebo lost its injunction case in Oslo. Can someone summarise what the court actually decided? Does this mean their boats are out for good?"),
        ("Barents_Bjorn", "Short version: Norebo and nine subsidiaries wanted the court to force the fisheries ministry to renew their licences for the Norwegian economic zone. The district court said the Sanctions Act applies, so the Directorate of Fisheries cannot license them. That was only the temporary injunction, though."),
        ("kystfiskar", "So the sanctions from last July still stand?"),
        ("Barents_Bjorn", "Yes. Since Norway's listing in July 2025 their vessels have had no access to Norwegian ports or territorial waters and no licences in the zone. Assets are frozen too."),
        ("Tora_H", "Worth remembering Norebo is not small. One Polish report puts it at about 40 percent of the Barents Sea cod quota."),
        ("skipper_72", "And despite Moscow's threat in August to close its zone to us, the 2026 quota deal was signed in December. 285,000 tonnes of cod, lowest since 1991."),
        ("Tora_H", "Whether Norebo takes it further, I have not seen anything yet."),
    ],
    teaser="")

# ---------------------------------------------------------------- Distractors
add(file="ZL-ruegen-summer-season-sassnitz-jul-2025.md", fmt="md", shape="news", distractor=True,
    title="Summer on Ruegen: Sassnitz counts on ferries, chalk cliffs and boat tours",
    date="2025-07-19", outlet="Ostsee Travel Notes", byline="By Britta Ahlers",
    body=[
        "Sassnitz is having a busy summer. The harbour town on the north-east of Ruegen is full of day trippers heading for the chalk cliffs of Jasmund National Park, and the boat tours along the coast are fully booked on sunny weekends.",
        "## A new view from the pier",
        "Visitors also ask about a less familiar sight on the horizon: the tanker Eventin, anchored off the coast since the winter. Tour guides say it has become one of the most photographed objects of the season, and some skippers now point it out as they pass.",
        "Not everyone is amused. Hoteliers worry about what a large tanker off the beaches does to the image of the island, and environmental groups have repeatedly warned about the risk an ageing ship poses to the Baltic.",
        "## Tips for visitors",
        "- The Koenigsstuhl viewing platform and the skywalk are busiest between 11am and 3pm.",
        "- Ferries to Bornholm leave from the Mukran port south of the town.",
        "- The harbour mole is one of the longest in Europe and is free to walk.",
        "Local officials say bookings are close to last year's level, and they hope the autumn will bring the cyclists back to the coastal paths.",
    ],
    teaser="More travel notes: the best fish sandwiches on Ruegen")

add(file="ZL-drones-over-denmark-tankers-watched-sep-2025.md", fmt="md", shape="news", distractor=True,
    title="Drones over Denmark: airports shut as investigators look at passing ships",
    date="2025-09-26", outlet="Nordic Trade Ledger", byline="By Mette Lund",
    body=[
        "A week of drone sightings over Denmark has disrupted air traffic and raised questions about who is behind them.",
        "## Airports closed",
        "Copenhagen airport was shut for several hours on the evening of Monday, September 22, after large drones were spotted nearby. About 100 flights were cancelled and more than 30 diverted. Later in the week drones were also reported near Aalborg and several military sites.",
        "## Ships under scrutiny",
        "Investigators and open-source analysts have looked at vessels that were off the Danish coast at the time. One of them is a tanker now sailing as the Boracay, also known as the Pushpa, which left the Russian port of Primorsk on September 20 and passed Danish waters during the sightings. It is not known whether any ship was involved, and no authority has said so.",
        "## Political reaction",
        "- The Danish government called the flights an attack on critical infrastructure.",
        "- EU leaders meet in Copenhagen next week and are expected to discuss a \"drone wall\" along the eastern flank.",
        "- Russia has denied any involvement.",
        "Airports have since reopened, but the Danish authorities have tightened airspace restrictions for civilian drones.",
    ],
    teaser="More from the Ledger: Europe's drone-defence plans")

add(file="ZL-norebo-orion-maiden-call-kirkenes-dec-2024.html", fmt="html", shape="news", distractor=True,
    title="Norebo's new trawler Orion makes maiden call at Kirkenes",
    date="2024-12-03", outlet="High North Daily", byline="Atle Nygaard",
    body=[
        "The brand-new trawler Orion, owned by the Murmansk-based Norebo group, has called at Kirkenes on its maiden voyage, a welcome sight for a harbour that depends heavily on Russian fishing boats.",
        "Norebo, controlled by the businessman Vitaly Orlov, is one of Russia's largest fishing companies and operates in both the Barents Sea and the Russian Far East. The Orion is one of several new vessels the group has ordered from Russian shipyards under Moscow's programme that links fishing quotas to investment in new ships.",
        "Kirkenes is one of only three Norwegian ports still open to Russian fishing vessels since October 2022, together with Tromso and Batsfjord. Local suppliers and the shipyard say Russian trawlers account for a large share of their business, although stricter rules now limit the services they can offer.",
        "Harbour staff said the Orion stayed only briefly before heading back out to the fishing grounds.",
    ],
    comments=[("Sør-Varanger", "Good for the harbour. Let's hope the politics stay out of the fishing."),
              ("Per", "Beautiful ship. Wish our own fleet got new boats this fast.")],
    teaser="Related: Christmas market in Kirkenes this weekend")

add(file="ZL-estonia-law-navy-force-against-ships-apr-2025.txt", fmt="txt", shape="news", distractor=True,
    title="Estonia gives its navy power to use force against threatening ships",
    date="2025-04-24", outlet="Baltic Shipping Wire", byline="By Rasmus Org",
    place="TALLINN",
    body=[
        "Estonia has given its armed forces new powers to act against ships in the Baltic Sea that threaten its security, after President Alar Karis signed amendments passed by parliament earlier this month.",
        "## WHAT CHANGES",
        "The amendments allow the navy and the Defence Forces to take tougher measures against suspicious vessels, up to detaining them and, as a last resort, using force or sinking them, in order to protect shipping and undersea infrastructure. The law applies in Estonia's territorial waters and, in some cases, in its exclusive economic zone.",
        "## WHY NOW",
        "The Gulf of Finland has seen a string of incidents in which undersea power and data cables were damaged, and Estonian officials say many ships without valid documents pass through the bay. The navy's detention of the tanker Kiwala this month was its first move against a shadow-fleet ship.",
        "## CRITICS",
        "Some lawyers warned that the use of force at sea must stay within international law, and that most incidents will still be handled by inspections rather than warships. Supporters say the law simply makes clear what the navy may do.",
        "Russia has condemned Baltic states' measures against shipping as interference with freedom of navigation.",
    ],
    teaser="Our tip: the Baltic cable incidents, a timeline")

add(file="ZL-north-sea-2026-quotas-norway-eu-uk-dec-2025.md", fmt="md", shape="news", distractor=True,
    title="Norway, EU and UK agree 2026 North Sea quotas with sharp cut for cod",
    date="2025-12-10", outlet="Arctic Fisheries Report", byline="By Ingrid Solheim",
    body=[
        "Norway has reached a three-way agreement with the European Union and the United Kingdom on quotas and the management of shared fish stocks in the North Sea for 2026, with deep cuts for several key species.",
        "## Cod down 44 percent",
        "The parties set a total cod quota across all areas of 14,034 tonnes, 44 percent less than in 2025; the figure includes cod west of Scotland. The North Sea share is 11,164 tonnes, of which Norway gets 1,898 tonnes. Saithe was also cut sharply.",
        "## Why the cuts",
        "Scientists have warned for several years that the North Sea cod stock is weak, and the parties said they followed the scientific advice closely. Fishing organisations said the cuts would hurt but accepted the need to rebuild the stock.",
        "## Separate talks",
        "- The North Sea deal is separate from Norway's bilateral agreement with Russia on the Barents Sea.",
        "- Those talks have been overshadowed this year by Norway's sanctions on the Russian companies Norebo and Murman Seafood.",
        "- Talks with the Faroe Islands and Iceland on other shared stocks continue.",
        "Ministers said the agreement shows that cooperation on shared stocks can work even in a difficult year.",
    ],
    teaser="More from the Report: what the ICES advice says about saithe")
