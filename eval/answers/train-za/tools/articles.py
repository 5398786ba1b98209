# -*- coding: utf-8 -*-
"""Article text for the blind set qa-ZA (answers-za).

Each article: fname, fmt (md/html/txt), shape, date (ISO), outlet, title, body.
Body is a list of blocks: plain strings are paragraphs, "## x" is a subhead,
"- x" is a list item. Forum pages use `posts` instead of `body`.
`distractor=True` marks articles that name people of the set but say nothing
about any listing (never an expected source).
"""

ARTICLES = [
    # ------------------------------------------------------------------ TURKEY
    dict(
        fname="ZA-us-sanctions-turkish-ministers-brunson-aug-2018.md", fmt="md", shape="news",
        date="2018-08-01", outlet="Capitol Ledger", topic="turkey",
        title="US sanctions Turkey's justice and interior ministers over detained pastor",
        body=[
            "The US Treasury on Wednesday, August 1, 2018, imposed sanctions on Turkey's Minister of Justice "
            "Abdulhamit Gül and Minister of Interior Süleyman Soylu, accusing both of playing leading roles in the "
            "arrest and detention of American pastor Andrew Brunson.",
            "## What the listing does",
            "The Office of Foreign Assets Control (OFAC) acted under Executive Order 13818, which builds on the "
            "Global Magnitsky Act. Any property or interest in property of the two ministers within US jurisdiction "
            "is blocked, and US persons are generally prohibited from dealing with them.",
            "\"Pastor Brunson's unjust detention and continued prosecution by Turkish officials is simply "
            "unacceptable,\" Treasury Secretary Steven Mnuchin said.",
            "## The pastor",
            "Brunson, a North Carolina pastor who led a small Protestant church in Izmir, was arrested in October "
            "2016 and charged with aiding terrorist groups and with espionage. He was moved from prison to house "
            "arrest on July 25. White House press secretary Sarah Sanders said President Donald Trump had "
            "personally ordered the sanctions.",
            "Foreign Minister Mevlüt Çavuşoğlu said the move would not go unanswered. The Turkish lira fell to a "
            "record low against the dollar the same day.",
        ]),
    dict(
        fname="ZA-turkey-retaliates-us-officials-aug-2018.txt", fmt="txt", shape="news",
        date="2018-08-04", outlet="Bosphorus Daily", topic="turkey",
        title="Erdogan orders freeze on assets of two US cabinet members",
        body=[
            "ANKARA - President Recep Tayyip Erdoğan said on Saturday he had ordered the freezing of any assets in "
            "Turkey belonging to two members of the US cabinet, three days after Washington sanctioned two of his "
            "ministers.",
            "The retaliation mirrors the August 1 US action against Justice Minister Abdulhamit Gül and Interior "
            "Minister Süleyman Soylu, whose property in US jurisdiction was blocked by the Treasury over the "
            "detention of pastor Andrew Brunson.",
            "\"Until today we have been patient,\" Erdoğan told members of his party in Ankara. Turkish officials "
            "identified the targets as US Attorney General Jeff Sessions and Homeland Security Secretary Kirstjen "
            "Nielsen.",
            "Neither American is believed to hold property in Turkey, and both Turkish ministers have said they own "
            "nothing in the United States, so the practical effect of the measures on either side is expected to "
            "be small. The political signal is not: it is the first time Washington has used human rights "
            "sanctions against ministers of a NATO ally.",
            "Turkish and US diplomats are due to meet in Washington next week to try to resolve the dispute.",
        ]),
    dict(
        fname="ZA-brunson-freed-sanctions-stay-oct-2018.html", fmt="html", shape="news",
        date="2018-10-13", outlet="The Meridian Post", topic="turkey",
        title="Pastor Brunson freed by Turkish court; sanctions on ministers stay for now",
        body=[
            "IZMIR - A Turkish court on Friday, October 12, 2018, convicted American pastor Andrew Brunson of "
            "aiding terrorism but sentenced him to three years, one month and 15 days and released him on account "
            "of the time he had already served. The court also lifted his travel ban, and Brunson flew out of "
            "Izmir hours later.",
            "Brunson, 50, had spent about two years in prison and under house arrest. He denied all charges.",
            "## Ministers still listed",
            "The release does not by itself remove the US sanctions imposed in August on Justice Minister "
            "Abdulhamit Gül and Interior Minister Süleyman Soylu. Their names remain on the Treasury's Specially "
            "Designated Nationals list, and US officials said a decision on removing them would be taken "
            "separately.",
            "President Donald Trump thanked Turkey but insisted there had been \"no deal\" for the pastor's "
            "release. Brunson is expected to meet Trump at the White House on Saturday.",
        ]),
    dict(
        fname="ZA-us-turkey-lift-minister-sanctions-nov-2018.txt", fmt="txt", shape="news",
        date="2018-11-02", outlet="Global Trade Bulletin", topic="turkey",
        title="US and Turkey lift sanctions on each other's ministers",
        body=[
            "WASHINGTON - The US Treasury on Friday removed Turkey's Justice Minister Abdulhamit Gül and Interior "
            "Minister Süleyman Soylu from its sanctions list, three weeks after Turkey freed American pastor Andrew "
            "Brunson.",
            "With the delisting, property of the two ministers that had been blocked under the August 1 designation "
            "is unblocked, and Americans may deal with them again.",
            "Ankara matched the step the same day. Foreign ministry spokesman Hami Aksoy said Turkey was lifting "
            "its measures against US Attorney General Jeff Sessions and Homeland Security Secretary Kirstjen "
            "Nielsen, which had included an asset freeze and a travel ban.",
            "The moves followed a telephone call between Presidents Donald Trump and Recep Tayyip Erdoğan on "
            "November 1. Brunson had been convicted in October and sentenced to just over three years, but was "
            "released for time served and returned to the United States.",
            "The two NATO allies still disagree over Turkey's purchase of Russian S-400 missiles and over cleric "
            "Fethullah Gülen, who lives in Pennsylvania and whom Ankara blames for the failed 2016 coup.",
        ]),
    dict(
        fname="ZA-soylu-akar-donmez-sanctioned-oct-2019.md", fmt="md", shape="news",
        date="2019-10-15", outlet="Sanctions Watch Weekly", topic="turkey",
        title="Treasury blacklists three Turkish ministers and two ministries over Syria offensive",
        body=[
            "Fourteen months after he was first sanctioned over the Brunson case, Turkey's Interior Minister "
            "Süleyman Soylu is back on the US blacklist.",
            "## The designations",
            "On Monday, October 14, 2019, OFAC added Turkey's Ministry of National Defense and Ministry of Energy "
            "and Natural Resources to the Specially Designated Nationals list, together with Defense Minister "
            "Hulusi Akar, Energy Minister Fatih Dönmez and Soylu. The action used a new executive order, E.O. "
            "13894, signed the same day in response to Turkey's military operation in northeast Syria.",
            "Treasury Secretary Steven Mnuchin said the United States was \"holding the Turkish Government "
            "accountable for escalating violence by Turkish forces, endangering innocent civilians, and "
            "destabilizing the region.\"",
            "## Beyond the SDN list",
            "President Donald Trump also said he would raise tariffs on Turkish steel back to 50 percent and halt "
            "negotiations on a $100 billion trade deal with Turkey.",
            "Justice Minister Abdulhamit Gül, who was delisted together with Soylu in November 2018, was not named "
            "this time.",
        ]),
    dict(
        fname="ZA-turkey-sanctions-lifted-ceasefire-oct-2019.html", fmt="html", shape="press",
        date="2019-10-23", outlet="Sanctions Desk Alerts", topic="turkey",
        title="OFAC removes Turkish ministries and ministers from SDN list after Syria ceasefire",
        body=[
            "Washington, October 23, 2019 - The Treasury Department's Office of Foreign Assets Control today "
            "removed Turkey's Ministry of National Defense, Ministry of Energy and Natural Resources, Defense "
            "Minister Hulusi Akar, Energy Minister Fatih Dönmez and Interior Minister Süleyman Soylu from the "
            "Specially Designated Nationals and Blocked Persons List.",
            "The designations, made on October 14 under E.O. 13894, lasted nine days. President Donald Trump "
            "ordered them lifted after Ankara said the ceasefire agreed on October 17 in talks with Vice President "
            "Mike Pence would be made permanent.",
            "As a result of today's action, all property and interests in property blocked solely because of these "
            "designations are unblocked, and otherwise lawful transactions involving US persons and these entities "
            "and individuals are no longer prohibited.",
            "Trump warned that the United States reserves the right to re-impose sanctions, including higher "
            "tariffs on Turkish steel, if Turkey fails to honor its commitments, including the protection of "
            "religious and ethnic minorities.",
            "E.O. 13894 itself remains in force and can still be used against other persons.",
        ]),
    dict(
        fname="ZA-turkish-cabinet-gul-soylu-careers.md", fmt="md", shape="profile",
        date="2023-06-04", outlet="Ankara Political Review", topic="turkey", distractor=True,
        title="From the ministries to parliament: where Gül and Soylu ended up",
        body=[
            "When President Recep Tayyip Erdoğan announced his new cabinet on June 3, 2023, after winning the "
            "runoff, one familiar face was missing: Süleyman Soylu, interior minister since 2016, was replaced by "
            "Ali Yerlikaya, until then governor of Istanbul.",
            "## Soylu",
            "Soylu, a former leader of the Democrat Party who joined Erdoğan's AK Party in 2012, was elected to "
            "parliament from Istanbul in the May 14 election. As minister he became known for combative speeches, "
            "late-night social media posts and a hard line on migration and policing.",
            "## Gül",
            "Abdulhamit Gül, a lawyer from Gaziantep, served as justice minister from July 2017 until January "
            "2022, when he stepped down and was succeeded by Bekir Bozdağ. He has since kept a lower profile in "
            "party work.",
            "## The wider reshuffle",
            "Mehmet Şimşek returned as finance minister, a sign of a turn back to orthodox economics, and Hakan "
            "Fidan, the long-serving intelligence chief, became foreign minister. Only two ministers of the old "
            "cabinet kept their posts.",
        ]),
    # --------------------------------------------------------------- SRI LANKA
    dict(
        fname="ZA-us-designates-shavendra-silva-feb-2020.html", fmt="html", shape="press",
        date="2020-02-14", outlet="Diplomatic Record", topic="srilanka",
        title="Public designation of Shavendra Silva of Sri Lanka under Section 7031(c)",
        body=[
            "Washington, February 14, 2020 - The Department of State has designated Lieutenant General Shavendra "
            "Silva, Commander of the Sri Lanka Army and Acting Chief of Defence Staff, under Section 7031(c) of the "
            "Department of State, Foreign Operations, and Related Programs Appropriations Act, due to credible "
            "information of his involvement, through command responsibility, in gross violations of human rights, "
            "namely extrajudicial killings, by the 58th Division of the Sri Lanka Army during the final phase of "
            "Sri Lanka's civil war in 2009.",
            "Section 7031(c) makes designated officials and their immediate family members ineligible for entry "
            "into the United States. In addition to the public designation of Silva, the Department is also "
            "designating his immediate family members.",
            "Secretary of State Michael R. Pompeo said the allegations against Silva, documented by the United "
            "Nations and other organizations, are \"serious and credible.\"",
            "The designation is a visa measure. It does not freeze assets and does not place Silva on the "
            "Treasury's Specially Designated Nationals list. Silva, 55, was appointed army commander in August "
            "2019.",
        ]),
    dict(
        fname="ZA-sri-lanka-protests-silva-ban-feb-2020.txt", fmt="txt", shape="news",
        date="2020-02-16", outlet="Colombo Evening Standard", topic="srilanka",
        title="Sri Lanka summons US envoy over army chief's travel ban",
        body=[
            "COLOMBO - Sri Lanka's Foreign Minister Dinesh Gunawardena summoned US Ambassador Alaina Teplitz on "
            "Sunday to protest Washington's decision to bar army commander Shavendra Silva and his family from "
            "entering the United States.",
            "The government said there were \"no substantiated or proven allegations\" of human rights violations "
            "against Silva and asked Washington to review the decision. The ministry quoted Teplitz as saying the "
            "United States would keep cooperating with Sri Lanka, including on defence.",
            "In 2009 Silva commanded the 58th Division, which encircled the last stronghold of the Tamil Tiger "
            "rebels. Rights groups accuse the division of shelling a hospital; Silva denies the allegations.",
            "His appointment as army chief in August 2019 drew international criticism, and the UN briefly "
            "suspended recruitment of Sri Lankan troops for peacekeeping duties.",
            "No other government has followed the US step. Britain and Canada, home to large Tamil diasporas, have "
            "imposed no sanctions on Silva or on other Sri Lankan commanders.",
        ]),
    dict(
        fname="ZA-canada-sanctions-rajapaksas-jan-2023.md", fmt="md", shape="news",
        date="2023-01-11", outlet="Northern Policy Review", topic="srilanka",
        title="Canada sanctions Mahinda and Gotabaya Rajapaksa over war-era abuses",
        body=[
            "Canada on Tuesday, January 10, 2023, imposed sanctions on former Sri Lankan presidents Mahinda "
            "Rajapaksa and Gotabaya Rajapaksa and two members of the security forces, citing \"gross and "
            "systematic violations of human rights\" during the armed conflict from 1983 to 2009.",
            "## Who is listed",
            "The other two are Staff Sergeant Sunil Ratnayake, sentenced to death in 2015 for the murder of eight "
            "Tamil civilians at Mirusuvil in 2000 and pardoned in 2020, and Lieutenant Commander Chandana Prasad "
            "Hettiarachchi, accused in the abduction and disappearance of 11 people.",
            "## What it means",
            "The listings under the Special Economic Measures (Sri Lanka) Regulations prohibit persons in Canada "
            "and Canadians abroad from dealing in their property, which effectively freezes any assets, and make "
            "the four inadmissible to Canada.",
            "Foreign Minister Mélanie Joly said the sanctions send \"a clear message\" that Canada will not accept "
            "continued impunity. Sri Lanka's Foreign Minister Ali Sabry called in the Canadian high commissioner "
            "to protest.",
            "Defence chief Shavendra Silva, barred from the United States since 2020, is not on Canada's list.",
        ]),
    dict(
        fname="ZA-us-bars-karannagoda-apr-2023.txt", fmt="txt", shape="news",
        date="2023-04-27", outlet="Island Wire", topic="srilanka",
        title="US bars Sri Lankan governor and ex-navy chief Karannagoda",
        body=[
            "COLOMBO - The United States has designated Wasantha Karannagoda, governor of Sri Lanka's North "
            "Western Province and a former navy commander, for involvement in a gross violation of human rights, "
            "making him and his wife ineligible to enter the country.",
            "The State Department acted late on Wednesday under Section 7031(c) of its 2023 appropriations act. "
            "The designation also names his wife, Srimathi Ashoka Karannagoda.",
            "Karannagoda led the navy from 2005 to 2009, the last years of the war against the Liberation Tigers of "
            "Tamil Eelam. Rights groups link him to the abduction and disappearance of 11 young people in Colombo "
            "in 2008 and 2009.",
            "Secretary of State Antony Blinken said the allegation was \"serious and credible.\" Foreign Minister "
            "Ali Sabry told US Ambassador Julie Chung of Colombo's \"grave concerns.\" Karannagoda said it was a "
            "surprise to be blacklisted 14 years after the war.",
            "He is the second senior Sri Lankan commander publicly designated by Washington, after army chief "
            "Shavendra Silva in February 2020.",
        ]),
    dict(
        fname="ZA-uk-sanctions-four-sri-lankans-mar-2025.md", fmt="md", shape="news",
        date="2025-03-24", outlet="London Compliance Journal", topic="srilanka",
        title="UK sanctions Shavendra Silva, two other ex-commanders and Karuna Amman",
        body=[
            "The UK government on Monday, March 24, 2025, imposed sanctions on four people it holds responsible "
            "for serious human rights violations and abuses during Sri Lanka's civil war, including extrajudicial "
            "killings, torture and sexual violence.",
            "## The four",
            "- General Shavendra Silva, former head of the Sri Lankan armed forces;",
            "- Admiral of the Fleet Wasantha Karannagoda, former navy commander;",
            "- General Jagath Jayasuriya, former army commander;",
            "- Vinayagamoorthy Muralitharan, known as Karuna Amman, a former LTTE military commander who later led "
            "the pro-government Karuna Group.",
            "## The measures",
            "The designations, made under the UK's Global Human Rights sanctions regulations, bring UK travel bans "
            "and asset freezes. Foreign Secretary David Lammy said he had promised during the election campaign "
            "\"to ensure those responsible are not allowed impunity.\"",
            "It is the first time Britain has sanctioned Sri Lankan military figures over the war. Silva and "
            "Karannagoda were already barred from the United States, since 2020 and 2023 respectively.",
        ]),
    dict(
        fname="ZA-sri-lanka-sanctions-explainer-apr-2025.html", fmt="html", shape="explainer",
        date="2025-04-08", outlet="The Ledger Explains", topic="srilanka",
        title="Explainer: which countries have sanctioned Sri Lanka's war-era commanders?",
        body=[
            "Sixteen years after the civil war ended in May 2009, three Western governments have taken measures "
            "against Sri Lankans accused of wartime abuses. They use different tools.",
            "## United States",
            "The State Department uses Section 7031(c) visa bans: Shavendra Silva in February 2020 and Wasantha "
            "Karannagoda in April 2023, each with family members. These bans bar entry but freeze nothing; neither "
            "man is on the OFAC SDN list.",
            "## Canada",
            "In January 2023 Canada listed Mahinda and Gotabaya Rajapaksa, Sunil Ratnayake and Chandana Prasad "
            "Hettiarachchi under its Special Economic Measures Act: an effective asset freeze plus inadmissibility.",
            "## United Kingdom",
            "On March 24, 2025, Britain froze the assets of, and banned travel by, Silva, Karannagoda, Jagath "
            "Jayasuriya and Karuna Amman. Silva and Karannagoda are therefore the only two people on both the US "
            "and UK lists. The UK did not list the Rajapaksa brothers.",
            "## Colombo's reaction",
            "Sri Lanka's foreign ministry called the UK decision unilateral and unhelpful to national "
            "reconciliation, and Mahinda Rajapaksa said the military had fought the LTTE, not Tamil people.",
            "For businesses, UK and Canadian listings require freezing; a US 7031(c) ban does not restrict payments.",
        ]),
    dict(
        fname="ZA-sri-lanka-sanctions-forum-thread.html", fmt="html", shape="forum",
        date="2025-03-26", outlet="TradeCompliance Forum", topic="srilanka",
        title="UK sanctions on Sri Lankan ex-commanders - does this hit our agent?",
        posts=[
            ("colombo_trader", "2025-03-26",
             "We import tea machinery through a UK subsidiary. One of our Sri Lankan agents is a retired navy "
             "officer who served under Karannagoda. Do the new UK sanctions hit him?"),
            ("ofsi_watcher", "2025-03-26",
             "No. The UK list from March 24 names four people: Shavendra Silva, Wasantha Karannagoda, Jagath "
             "Jayasuriya and Karuna Amman. Having served under one of them does not make your agent a designated "
             "person. You must not make funds available to the four themselves."),
            ("tamil_diaspora_uk", "2025-03-27",
             "Worth noting the UK did not list the Rajapaksas. Only Canada did that, in January 2023."),
            ("colombo_trader", "2025-03-27",
             "What about family members? The US ban on Silva covered his family."),
            ("ofsi_watcher", "2025-03-28",
             "The UK designations are of the individuals. Relatives are not listed unless named, though a relative "
             "acting on a listed person's behalf can be a problem. The US 7031(c) designations of Silva (2020) and "
             "Karannagoda (2023, with his wife) are entry bans and do not block payments."),
            ("mod_kavi", "2025-04-02",
             "Thread locked. This forum is not legal advice; talk to your sanctions counsel."),
        ]),
    dict(
        fname="ZA-gotabaya-returns-colombo-sep-2022.txt", fmt="txt", shape="news",
        date="2022-09-03", outlet="Island Wire", topic="srilanka", distractor=True,
        title="Gotabaya Rajapaksa returns to Sri Lanka after seven weeks abroad",
        body=[
            "COLOMBO - Former President Gotabaya Rajapaksa flew back to Colombo late on Friday, September 2, 2022, "
            "ending seven weeks abroad after he fled mass protests over the country's economic collapse.",
            "Rajapaksa left for the Maldives on July 13 on a military aircraft, then travelled to Singapore, from "
            "where he sent his resignation on July 14. He later spent several weeks in Thailand.",
            "He was welcomed at Bandaranaike International Airport by ministers and lawmakers of the Sri Lanka "
            "Podujana Peramuna and is being given a state residence and security in the capital.",
            "His elder brother Mahinda Rajapaksa resigned as prime minister on May 9 after government supporters "
            "attacked protesters. Parliament elected Ranil Wickremesinghe president on July 20.",
            "Protest groups say the former president should face charges over the crisis. Sri Lanka defaulted on "
            "its foreign debt in April and has reached a staff-level agreement with the International Monetary "
            "Fund for a $2.9 billion bailout.",
        ]),
    # -------------------------------------------------------------- BANGLADESH
    dict(
        fname="ZA-us-sanctions-rab-dec-2021.md", fmt="md", shape="news",
        date="2021-12-11", outlet="Dhaka Business Chronicle", topic="bangladesh",
        title="US sanctions RAB and seven current and former officers",
        body=[
            "The United States on Friday, December 10, 2021 - Human Rights Day - imposed sanctions on Bangladesh's "
            "Rapid Action Battalion (RAB) and seven of its current and former officials, the first US sanctions "
            "ever to target Bangladeshi individuals or entities.",
            "## Treasury",
            "The Treasury designated RAB and six officers under E.O. 13818, the Global Magnitsky programme: "
            "director general Chowdhury Abdullah Al-Mamun; Benazir Ahmed, now inspector general of police and RAB "
            "chief from January 2015 to April 2020; Khan Mohammad Azad; and former additional directors general "
            "Tofayel Mustafa Sorwar, Mohammad Jahangir Alam and Mohammad Anwar Latif Khan. Their property in US "
            "jurisdiction is blocked.",
            "## State",
            "The State Department separately barred Benazir Ahmed and Lieutenant Colonel Miftah Uddin Ahmed, former "
            "commander of RAB-7, under Section 7031(c) over the May 2018 killing of Teknaf councillor Ekramul Haque.",
            "NGOs allege that RAB and other forces are responsible for more than 600 disappearances since 2009 and "
            "nearly 600 extrajudicial killings since 2018. RAB, founded in 2004, draws its members from the police "
            "and the armed forces.",
        ]),
    dict(
        fname="ZA-dhaka-asks-us-lift-rab-sanctions-jan-2022.html", fmt="html", shape="blog",
        date="2022-01-03", outlet="Bay of Bengal Diplomacy Blog", topic="bangladesh",
        title="Momen writes to Blinken asking Washington to withdraw RAB sanctions",
        body=[
            "Bangladesh has formally asked the United States to withdraw the sanctions it imposed on the Rapid "
            "Action Battalion and seven current and former officers on December 10.",
            "Foreign Minister AK Abdul Momen told reporters in Sylhet on Sunday, January 2, that he had made the "
            "request in a New Year letter to US Secretary of State Antony Blinken. \"RAB is a credible "
            "organisation,\" he said, crediting it with reducing militancy, drug crime and human trafficking. "
            "\"We think there is scope for reexamination.\"",
            "Momen said no reply had arrived yet because of the Christmas holidays, and that Dhaka would involve a "
            "law firm if a legal process were needed.",
            "For now the designations stand: RAB and the six officers named by the Treasury remain on the SDN "
            "list, and inspector general of police Benazir Ahmed remains barred from entering the United States.",
            "## Our view",
            "A letter is not a delisting petition. OFAC removes names when behaviour changes or a listing was "
            "wrong, and that takes evidence, not praise.",
        ]),
    dict(
        fname="ZA-adviser-says-us-reviewing-rab-sanctions-may-2024.md", fmt="md", shape="news",
        date="2024-05-15", outlet="Dhaka Business Chronicle", topic="bangladesh",
        title="US looking into lifting RAB sanctions, PM's adviser says after Lu dinner",
        body=[
            "Prime Minister Sheikh Hasina's private industry and investment adviser, Salman F Rahman, said on "
            "Wednesday, May 15, 2024, that the United States was willing to look again at the sanctions on the "
            "Rapid Action Battalion.",
            "## The dinner",
            "Rahman hosted US Assistant Secretary of State Donald Lu, on a May 14-16 visit to Dhaka, for a dinner "
            "attended by several ministers. He said the two sides discussed the RAB sanctions and the return of "
            "Rashed Chowdhury, a convicted killer of Bangabandhu Sheikh Mujibur Rahman who lives in the United "
            "States.",
            "\"They said the matters were being looked into,\" Rahman told reporters, adding that he understood the "
            "White House and the State Department were working on removing the sanctions.",
            "## Background",
            "The Treasury sanctioned RAB and six officers in December 2021. Dhaka has asked for the measures to be "
            "lifted several times; US officials have described the process as \"complicated.\"",
            "Lu called on both countries to \"look forward\" after tensions over January's general election.",
        ]),
    dict(
        fname="ZA-state-dept-rab-sanctions-not-lifted-may-2024.txt", fmt="txt", shape="news",
        date="2024-05-17", outlet="South Asia Wire", topic="bangladesh",
        title="State Department: US is not withdrawing RAB sanctions",
        body=[
            "WASHINGTON - The US State Department has rejected claims by a Bangladeshi government adviser that "
            "Washington was preparing to lift its sanctions on the Rapid Action Battalion.",
            "\"Those claims are false. The US is not withdrawing sanctions against the RAB,\" principal deputy "
            "spokesperson Vedant Patel told the daily briefing on Thursday. \"Sanctions are intended to change "
            "behaviour and promote accountability.\"",
            "Patel was asked about remarks by Salman F Rahman, an adviser to Prime Minister Sheikh Hasina, after a "
            "dinner with visiting Assistant Secretary of State Donald Lu.",
            "The Treasury designated RAB and six current and former officers under the Global Magnitsky programme "
            "on December 10, 2021. The designations block any property the battalion holds in US jurisdiction and "
            "bar US persons from transactions with it.",
            "Dhaka has sought the lifting of the sanctions since January 2022, when Foreign Minister AK Abdul Momen "
            "wrote to Secretary of State Antony Blinken.",
        ]),
    dict(
        fname="ZA-us-designates-aziz-ahmed-may-2024.html", fmt="html", shape="press",
        date="2024-05-21", outlet="Sanctions Desk Alerts", topic="bangladesh",
        title="State Department designates former Bangladesh army chief Aziz Ahmed for corruption",
        body=[
            "Washington, May 20, 2024 - The State Department today announced the public designation of former "
            "General Aziz Ahmed, previously Chief of the Bangladesh Army Staff, due to his involvement in "
            "significant corruption.",
            "According to spokesperson Matthew Miller, Aziz Ahmed interfered in public processes while helping his "
            "brother evade accountability for criminal activity in Bangladesh, worked closely with his brother to "
            "ensure the improper awarding of military contracts, and accepted bribes in exchange for government "
            "appointments.",
            "The designation is made under Section 7031(c) and renders Aziz and his immediate family members "
            "generally ineligible for entry into the United States. It is a visa measure; it does not add him to "
            "the Treasury's SDN list or block his property.",
            "Aziz served as army chief from 2018 until he retired in 2021. In February 2021 an Al Jazeera "
            "documentary, All the Prime Minister's Men, accused him of shielding brothers convicted of a 1996 "
            "murder.",
            "The action is separate from the December 2021 Global Magnitsky sanctions on the Rapid Action "
            "Battalion.",
        ]),
    dict(
        fname="ZA-court-seizes-benazir-assets-may-2024.txt", fmt="txt", shape="news",
        date="2024-05-27", outlet="Padma Times", topic="bangladesh",
        title="Court orders seizure of ex-police chief Benazir's land, flats and accounts",
        body=[
            "DHAKA - A Dhaka court has ordered the attachment of further property of former inspector general of "
            "police Benazir Ahmed and his family, including four flats in Gulshan, in a corruption inquiry by the "
            "Anti-Corruption Commission (ACC).",
            "Senior Special Judge Mohammad Ash-Shams Joglul Hossain issued the order on Sunday, May 26, covering "
            "property under 119 deeds and shares in several companies. On Thursday, May 23, the same court had "
            "ordered the seizure of property under 83 deeds, including about 345 bighas (114 acres) of land, and "
            "the freezing of 33 bank accounts.",
            "Benazir was inspector general from April 15, 2020 to September 30, 2022, and earlier headed the Rapid "
            "Action Battalion. Law enforcement sources say he left Bangladesh on May 4. The ACC has summoned him "
            "for questioning on June 6.",
            "He remains under the US sanctions imposed in December 2021, which block any property he holds in US "
            "jurisdiction.",
        ]),
    dict(
        fname="ZA-ask-compliance-rab-supplier.txt", fmt="txt", shape="advice",
        date="2024-10-14", outlet="Trade Desk Weekly", topic="bangladesh",
        title="Ask the Compliance Desk: can we still sell radios to Bangladesh's police?",
        body=[
            "DEAR COMPLIANCE DESK: We are a US maker of radio equipment. A Dhaka distributor wants to resell our "
            "handsets to the Bangladesh Police. After the change of government in August, a colleague says the US "
            "sanctions on the police are gone. Can we still ship? - Worried in Ohio",
            "DEAR WORRIED: First, the Bangladesh Police as a whole has never been on the SDN list. The Treasury "
            "listed one unit, the Rapid Action Battalion, and six of its current and former officers on December "
            "10, 2021. That listing has not been lifted; in May 2024 the State Department said flatly that the US "
            "was not withdrawing it, and nothing since then has changed the list.",
            "So you may sell to ordinary police units, but not to RAB, directly or through your distributor, "
            "without an OFAC licence. Write that into the distribution contract and ask for end-user statements.",
            "The May 2024 designation of former army chief Aziz Ahmed is a visa ban under Section 7031(c). It does "
            "not bar business with him, though your bank may ask questions.",
        ]),
    dict(
        fname="ZA-disappearance-commission-rab-dec-2024.html", fmt="html", shape="news",
        date="2024-12-15", outlet="Padma Times", topic="bangladesh", distractor=True,
        title="Disappearance commission finds Hasina role, urges disbanding of RAB",
        body=[
            "DHAKA - The Commission of Inquiry on Enforced Disappearances on Saturday, December 14, 2024, handed "
            "its first interim report, titled \"Unfolding the Truth,\" to Chief Adviser Muhammad Yunus at the state "
            "guest house Jamuna.",
            "The five-member commission, chaired by retired Justice Moinul Islam Chowdhury, said it had found prima "
            "facie evidence of former Prime Minister Sheikh Hasina's involvement in enforced disappearances, along "
            "with her defence adviser, retired Major General Tarique Ahmed Siddique, and several senior police "
            "officers.",
            "It has recorded 1,676 complaints, scrutinised 758 of them, and estimates that the total may exceed "
            "3,500. Its key recommendation is to disband the Rapid Action Battalion.",
            "RAB had offered a public apology two days earlier for killings and disappearances carried out since "
            "its founding in 2004.",
            "The commission plans another interim report in March and says it needs at least a year to finish its "
            "work.",
        ]),
    # ------------------------------------------------------------------ PANAMA
    dict(
        fname="ZA-us-designates-martinelli-jan-2023.md", fmt="md", shape="news",
        date="2023-01-26", outlet="Isthmus Report", topic="panama",
        title="US designates former Panama president Martinelli for significant corruption",
        body=[
            "US Secretary of State Antony Blinken announced on Wednesday, January 25, 2023, the designation of "
            "former Panamanian President Ricardo Alberto Martinelli Berrocal for involvement in significant "
            "corruption.",
            "## The allegation",
            "\"Specifically, Martinelli accepted bribes in exchange for improperly awarding government contracts "
            "during his tenure as president,\" Blinken said. The designation under Section 7031(c) makes Martinelli "
            "and his immediate family members ineligible to enter the United States.",
            "## Context",
            "Martinelli governed Panama from 2009 to 2014 and hopes to run again in the May 2024 election. He was "
            "ordered to stand trial in November 2022 in the Odebrecht bribery case and is also being tried in the "
            "\"New Business\" money-laundering case.",
            "In December 2021 two of his sons, Luis Enrique and Ricardo Alberto Martinelli Linares, pleaded guilty "
            "in a US court to laundering $28 million in Odebrecht bribes paid to a close relative who was a "
            "Panamanian official.",
            "US Ambassador Mari Carmen Aponte said: \"This will not be our last naming in Panama.\"",
        ]),
    dict(
        fname="ZA-martinelli-sentenced-new-business-jul-2023.txt", fmt="txt", shape="news",
        date="2023-07-18", outlet="Canal Zone Courier", topic="panama",
        title="Martinelli sentenced to more than ten years in New Business case",
        body=[
            "PANAMA CITY - Former President Ricardo Martinelli was sentenced on Tuesday to 128 months - ten years "
            "and eight months - in prison and fined about $19.2 million for money laundering in the case known as "
            "\"New Business.\"",
            "Judge Baloisa Marquínez found that the Editora Panamá América publishing group was bought in 2010 for "
            "about $43 million with money from companies that had won state contracts during his 2009-2014 "
            "government. Four other defendants were also convicted.",
            "Martinelli, 71, called the verdict political persecution and said he would appeal. He is not in "
            "custody, and the sentence is not yet final.",
            "The ruling complicates his bid to return to power: the Realizing Goals party chose him as its "
            "presidential candidate in a June 4 primary. Panama's constitution bars anyone sentenced to five years "
            "or more for an intentional crime from being elected president.",
            "Martinelli has been barred from entering the United States since January, when the State Department "
            "designated him for significant corruption.",
        ]),
    dict(
        fname="ZA-martinelli-appeal-rejected-feb-2024.html", fmt="html", shape="news",
        date="2024-02-03", outlet="Isthmus Report", topic="panama",
        title="Supreme Court rejects Martinelli's last appeal; sentence is final",
        body=[
            "PANAMA CITY - Panama's Supreme Court has rejected a cassation appeal by former President Ricardo "
            "Martinelli against his money-laundering conviction in the New Business case, leaving the sentence of "
            "128 months in prison and a fine of about $19 million in place.",
            "The ruling, published on Friday, February 2, 2024, cannot be appealed. An appeals court had already "
            "confirmed the first-instance judgment in October 2023.",
            "Under Article 180 of the constitution, a person sentenced to five years or more for an intentional "
            "crime cannot be elected president. Electoral officials said they would start proceedings to remove "
            "him from the May 5 ballot.",
            "Martinelli nevertheless launched his campaign at Plaza Santa Ana on Saturday. \"People of Panama, I am "
            "not defeated,\" he said.",
            "His running mate, José Raúl Mulino, a former security minister, would be the natural replacement if "
            "the Electoral Tribunal disqualifies him.",
        ]),
    dict(
        fname="ZA-martinelli-asylum-nicaragua-feb-2024.md", fmt="md", shape="news",
        date="2024-02-08", outlet="Canal Zone Courier", topic="panama",
        title="Nicaragua grants asylum to Martinelli, who takes refuge in its embassy",
        body=[
            "Nicaragua's government said on Wednesday, February 7, 2024, that it had granted asylum to former "
            "Panamanian President Ricardo Martinelli, days after Panama's Supreme Court made his 128-month sentence "
            "for money laundering final.",
            "## In the embassy",
            "Martinelli requested asylum at Nicaragua's embassy in Panama City, saying he was persecuted for "
            "political reasons and that his life was in \"imminent danger.\" Nicaragua cited the 1928 Convention on "
            "Asylum and the 1933 Convention on Political Asylum and asked Panama for safe conduct so he could "
            "travel to Managua.",
            "\"He is in the embassy,\" spokesman Luis Eduardo Camacho told reporters outside.",
            "## Panama's answer",
            "Panama's foreign ministry said it would not grant safe conduct to a person convicted of a common "
            "crime, and police took up positions outside the embassy.",
            "Managua has previously sheltered former Salvadoran presidents Mauricio Funes and Salvador Sánchez "
            "Cerén.",
        ]),
    dict(
        fname="ZA-martinelli-sanctions-faq.html", fmt="html", shape="faq",
        date="2024-06-10", outlet="Central America Compliance Hub", topic="panama",
        title="FAQ: Ricardo Martinelli, the US visa designation and doing business in Panama",
        body=[
            "## Is Martinelli on the OFAC SDN list?",
            "No. The State Department designated him on January 25, 2023 under Section 7031(c), which is an entry "
            "ban. It is not an asset freeze, and the Treasury has not added him to the SDN list.",
            "## Who else is covered?",
            "His immediate family members are also ineligible to enter the United States. The State Department did "
            "not publish their names.",
            "## Can a US company deal with firms linked to him?",
            "A 7031(c) designation does not by itself prohibit transactions. Banks may still treat him as a "
            "high-risk politically exposed person.",
            "## Is his conviction final?",
            "Yes. The Supreme Court rejected his last appeal in a ruling published February 2, 2024. The Electoral "
            "Tribunal disqualified him on March 4, 2024; José Raúl Mulino took his place and won the May 5 election.",
            "## Where is he now?",
            "As of this update, in Nicaragua's embassy in Panama City, where he has stayed since February 2024. "
            "Panama has not issued safe conduct.",
            "## Did his sons face charges?",
            "Yes. In December 2021 two sons pleaded guilty in the US to laundering $28 million in Odebrecht bribes.",
        ]),
    dict(
        fname="ZA-martinelli-flies-to-colombia-may-2025.md", fmt="md", shape="news",
        date="2025-05-11", outlet="Isthmus Report", topic="panama",
        title="Martinelli leaves Nicaraguan embassy for asylum in Colombia",
        body=[
            "Former Panamanian President Ricardo Martinelli left Nicaragua's embassy in Panama City on Saturday "
            "night, May 10, 2025, and flew to Bogotá after Colombia granted him political asylum.",
            "## Safe conduct",
            "Panama's foreign ministry said Colombian President Gustavo Petro had informed President José Raúl "
            "Mulino in a formal note that Colombia granted Martinelli asylum, and that Panama issued the safe "
            "conduct for his departure. He was driven in a diplomatic vehicle to a local airport.",
            "An earlier plan to move him to Nicaragua fell through in March, when Managua did not complete the "
            "transfer despite a Panamanian safe conduct.",
            "## Still convicted",
            "Martinelli, 73, had spent about 15 months in the embassy. His sentence of more than ten years for "
            "money laundering in the New Business case remains final, and he has been barred from the United "
            "States since the State Department designated him for corruption in January 2023.",
            "\"Happy and content, here in Bogotá,\" he wrote on social media, pictured with his dog Bruno.",
        ]),
    dict(
        fname="ZA-mulino-sworn-in-jul-2024.txt", fmt="txt", shape="news",
        date="2024-07-01", outlet="Canal Zone Courier", topic="panama", distractor=True,
        title="Mulino sworn in as Panama's president, vows to close Darien route",
        body=[
            "PANAMA CITY - José Raúl Mulino was sworn in as president of Panama on Monday, July 1, 2024, for a "
            "five-year term, two months after winning the May 5 election with about 34 percent of the vote.",
            "In his inaugural speech at the Atlapa convention centre, Mulino promised to \"close\" the migrant route "
            "through the Darién jungle and to repatriate migrants with help from the United States. He also "
            "pledged to revive the economy and to fix the finances of the social security fund.",
            "Mulino, 65, served as security minister under former President Ricardo Martinelli, whose political "
            "movement carried him to power. He had been Martinelli's running mate before becoming the candidate "
            "himself. Martinelli did not attend the ceremony.",
            "Hours later, Panama and the United States signed an agreement under which Washington will pay for "
            "flights returning migrants who cross the Darién without legal grounds to stay.",
        ]),
]
