"""Article texts and metadata for blind set qa-ZO (answers-zo).

Each article: file, story, distractor flag, date (ISO), outlet, byline, title, shape and body.
Body parts: 'lede' (dateline paragraph for txt/news), 'sections' [(subhead or None, [paragraphs / '- bullet'])],
'faq' [(q, a)], 'posts' [(user, when, text)], 'comments' [(name, text)], 'teaser'.
Shapes: news, explainer, faq, agency (summary ending with a not-legal-advice line), court, blog, forum.
Outlets, bylines, users and commenters are invented.
"""

ARTICLES = [
# ---------------------------------------------------------------- Kyrgyz banks
dict(
 file="ZO-us-sanctions-kyrgyz-keremet-bank-jan-2025.md", story="kyrgyz", distractor=False,
 date="2025-01-16", outlet="Steppe Ledger", byline="Aida Sultanova",
 title="US Treasury sanctions Kyrgyzstan's Keremet Bank over Promsvyazbank payments", shape="news",
 sections=[
  (None, [
   "The US Treasury's Office of Foreign Assets Control (OFAC) on Wednesday, January 15, added OJSC Keremet Bank, a mid-sized lender based in Kyrgyzstan, to its list of Specially Designated Nationals as part of a large package of Russia sanctions issued in the last days of the Biden administration.",
   "Treasury said that since the summer of 2024 officials at the bank had coordinated with Russian officials and with Promsvyazbank (PSB), a US-designated Russian defence-sector lender, to run a sanctions evasion scheme in which Keremet served as a conduit for cross-border payments on PSB's behalf. It also said Ilan Shor, the sanctioned Moldovan oligarch, had discussed the scheme with Russian representatives.",
  ]),
  ("What Washington alleges", [
   "- In 2024 the Kyrgyz Ministry of Finance sold a controlling stake in the bank to a firm strongly linked to a Russian oligarch with ties to the Russian government.",
   "- The purchase, Treasury said, was meant to create a sanctions evasion hub for Russia to pay for imports and receive payment for exports.",
  ]),
  ("The bank and the regulator respond", [
   "Keremet Bank said on Thursday that it would apply to OFAC to appeal and that it \"continues to operate in normal mode\", meeting its obligations to clients and partners. It said it was open to an international audit.",
   "The National Bank of the Kyrgyz Republic said the banking sector was stable and that it was taking measures to minimise the negative impact of the sanctions on the banking system.",
  ]),
 ],
 teaser="More from Steppe Ledger: Bishkek's ruble remittances in 2024, in charts.",
),
dict(
 file="ZO-amangeldiev-puzzled-by-keremet-sanctions-jan-2025.txt", story="kyrgyz", distractor=False,
 date="2025-01-17", outlet="Bishkek Business Daily", byline="Timur Asanov",
 title="\"Puzzling\": Amangeldiev on the US sanctions against Keremet Bank", shape="news",
 lede="BISHKEK, Jan 17 - Deputy head of the Cabinet of Ministers Daniyar Amangeldiev has voiced surprise and concern at the US decision to blacklist Keremet Bank, calling the actions of Kyrgyzstan's partners \"puzzling\".",
 sections=[
  (None, [
   "The bank was added to the SDN list on January 15 over alleged help to Promsvyazbank, and the US account raises questions beyond the bank itself: Keremet was owned by the Ministry of Finance during most of the period Treasury described as problematic.",
  ]),
  ("HOW THE STATE BOUGHT AND SOLD THE BANK", [
   "In March 2024 the Ministry of Finance bought 97.45% of Keremet Bank's shares from the National Bank for 7.1 billion soms.",
   "In December 2024 a controlling stake of 75% was sold to a private investor for 6.5 billion soms. The state kept a 22.45% stake.",
   "The buyer was not named in the Treasury statement, which said only that the firm was strongly linked to a Russian oligarch with ties to the Russian government.",
  ]),
  ("WHAT THE BANK SAYS", [
   "Keremet Bank denies any violation. It has said it will appeal to OFAC to contest its inclusion in the list, calling the claims unfounded, and that all branches are working to schedule.",
   "Officials say the government will raise the matter with Washington through diplomatic channels in the coming days.",
  ]),
 ],
 teaser="Our tip: the National Bank publishes its list of licensed banks every quarter; check it before you open a deposit.",
),
dict(
 file="ZO-kyrgyzstan-asks-us-to-delist-keremet-visa-cards-jan-2025.html", story="kyrgyz", distractor=False,
 date="2025-01-24", outlet="Central Asia Finance Review", byline="Nurlan Beishenov",
 title="Kyrgyzstan asks US to delist Keremet Bank as Visa cards stop working abroad", shape="news",
 sections=[
  (None, [
   "Kyrgyzstan has formally asked the United States to remove Keremet Bank and two energy companies from its sanctions list.",
   "Deputy Foreign Minister Meder Abakirov raised the issue on Thursday, January 23, with US Ambassador Lesslie Viguerie, the foreign ministry said. Besides the bank, sanctioned on January 15, he asked for the removal of Gazprom Neft Asia and Munai Myrza. According to the ministry, Viguerie said the US was willing to look jointly for mutually acceptable solutions.",
  ]),
  ("Cards limited to the bank's own machines", [
   "Customers are already feeling the listing. On January 22 Keremet Bank said it had stopped issuing cards on the Visa network. Because of restrictions imposed by Visa, cards already issued can only be used on the bank's own ATMs, payment terminals and POS devices.",
   "The bank is offering clients cards on Elcard, the local payment system, which take 10 days to issue, and says money can still be moved through its mobile app or withdrawn in cash at branches. It does not issue Mastercard cards.",
   "According to its financial position report, Keremet held about $12 million in accounts with other banks at the end of last year.",
   "No other government has followed the US so far; the bank says it is pursuing its appeal to OFAC.",
  ]),
 ],
 comments=[
  ("Aizada K.", "My salary card is from Keremet. I just moved everything to the app, cash works fine."),
  ("bishkek_trader", "Ten days for an Elcard is not terrible, but you cannot pay abroad with it."),
 ],
 related=["Osh airport terminal opens new gates", "Apricot prices in Batken hit a five-year high", "Bishkek buses go cashless"],
),
dict(
 file="ZO-uk-sanctions-keremet-bank-feb-2025.md", story="kyrgyz", distractor=False,
 date="2025-02-25", outlet="Sanctions Brief", byline="Helen Marsh",
 title="UK follows US in sanctioning Kyrgyzstan's Keremet Bank", shape="news",
 sections=[
  (None, [
   "The United Kingdom has imposed sanctions on Keremet Bank of Kyrgyzstan, a month after the US Treasury blacklisted the lender. The Foreign, Commonwealth and Development Office announced the designation on Monday, February 24, in a package of 107 new sanctions marking three years since Russia's full-scale invasion of Ukraine.",
   "London said Keremet had benefited from supporting the Russian government and had been providing financial services to people in Russia's financial sector. It gave no further detail.",
  ]),
  ("A first for new UK powers", [
   "Lawyers at Steptoe noted that the listing was the first use of recently expanded UK designation powers with \"secondary sanctions-like effects\", which allow London to target those who provide financial services to certain parties with ties to Russia.",
   "- Keremet's assets under UK jurisdiction are frozen.",
   "- UK credit and financial institutions may not establish or continue correspondent banking relationships with the bank or process its payments.",
  ]),
  ("The Shor link", [
   "Bloomberg has reported that Ilan Shor, the Moldovan businessman convicted in absentia over a $1 billion bank theft, has controlled Keremet Bank since September 2024 through Altair Holding, a company registered in Luxembourg.",
   "The bank was previously owned by the Kyrgyz Ministry of Finance and before that by the National Bank.",
  ]),
 ],
 teaser="More from Sanctions Brief: what OFSI's correspondent-banking ban means in practice.",
),
dict(
 file="ZO-national-bank-chief-on-keremet-talks-feb-2025.txt", story="kyrgyz", distractor=False,
 date="2025-02-26", outlet="Steppe Ledger Briefings", byline="Briefings desk",
 title="National Bank chief: daily talks with OFAC before Keremet sanctions take effect", shape="agency",
 lede="BISHKEK, Feb 26 - Summary of the press conference given on Tuesday, February 25, by Melis Turgunbaev, Chairman of the National Bank of the Kyrgyz Republic, on the results of 2024.",
 sections=[
  ("THE KEREMET CASE", [
   "Turgunbaev said that after the US sanctions on Keremet Bank, President Sadyr Japarov sent him to the United States, where he met officials of the US Treasury. The National Bank has petitioned Washington to lift the sanctions.",
   "\"The sanctions on Keremet Bank are set to take effect on March 1, but we are doing everything we can before that date to have them lifted,\" he said, adding that the regulator is in contact with OFAC every day. Typically, he said, a sanctioned company has 40-45 days to resolve such issues.",
   "If the sanctions are not lifted by March 1, the bank will still operate, but any assets abroad would have to be transferred and clients' concerns addressed.",
  ]),
  ("PREVENTING MORE LISTINGS", [
   "An intergovernmental working group of key ministries meets regularly; its members have completed a sanctions training course, and customs officers are monitoring trade flows.",
   "On February 18 the National Bank sent commercial banks a letter urging them to tighten sanctions compliance, check clients and counterparties and screen transfers against OFAC, EU and other lists.",
   "\"If we weren't doing this work, we believe the number of sanctioned banks at the state level would be much higher,\" Turgunbaev said.",
  ]),
 ],
 footer="(c) 2025 Steppe Ledger. Summary for information only; not legal advice.",
),
dict(
 file="ZO-uk-sanctions-capital-bank-japarov-responds-aug-2025.html", story="kyrgyz", distractor=False,
 date="2025-08-21", outlet="Central Asia Finance Review", byline="Nurlan Beishenov",
 title="UK sanctions Capital Bank of Central Asia; Japarov calls Western bank sanctions politicised", shape="news",
 sections=[
  (None, [
   "The United Kingdom on Wednesday, August 20, imposed sanctions on Capital Bank of Central Asia, a Kyrgyz state-owned lender, freezing its assets, banning correspondent relations and payments and disqualifying its directors. London said the bank operated in a financial services sector of strategic importance to the Kremlin.",
   "In early April all of Capital Bank's shares were transferred to the Ministry of Finance, and a government decree made it the clearing centre for ruble transfers, including exchange transactions above 3 million rubles per client per month.",
   "The same UK package named Altair Holding, the Grinex exchange and Old Vector, the Bishkek-registered issuer of the ruble stablecoin A7A5, which London said had moved about $9.3 billion in four months.",
  ]),
  ("\"Show your proof\"", [
   "In an interview with the state agency Kabar published on Thursday, President Sadyr Japarov said neither the US nor the UK had presented \"a single fact\" of sanctions evasion by Keremet Bank or Capital Bank. Of Kyrgyzstan's 21 banks, he said, ruble transactions were concentrated in these two state banks to shield the rest of the system.",
   "He said a delegation led by First Deputy Prime Minister Daniyar Amangeldiev had met OFAC after the January listing and offered an independent audit, which Washington refused. Keremet remains on the US list.",
   "Japarov appealed to Donald Trump and Keir Starmer: \"There is no need to politicize the economy.\" Kyrgyzstan, he added, sells gold worth a billion dollars a year to the UK alone.",
  ]),
 ],
 comments=[
  ("Ermek", "Migrants send rubles home, that is the whole story."),
 ],
 related=["Issyk-Kul tourist season breaks records", "New cement plant approved in Chui", "Kyrgyz wrestlers take gold in Tashkent"],
),
dict(
 file="ZO-kyrgyz-banks-sanctions-faq-dec-2025.html", story="kyrgyz", distractor=False,
 date="2025-12-10", outlet="Sanctions Brief", byline="Helen Marsh",
 title="Kyrgyz banks and Western sanctions: frequently asked questions", shape="faq",
 faq=[
  ("Which Kyrgyz banks does the US sanction?", "Keremet Bank has been on OFAC's SDN list since January 15, 2025, over payments for Promsvyazbank. Kyrgyz requests to remove it have not succeeded so far."),
  ("Which does the UK sanction?", "Keremet Bank since February 24, 2025 and Capital Bank of Central Asia since August 20, 2025."),
  ("What did the EU do?", "Its 19th sanctions package, approved in October, hit two banks in Kyrgyzstan, Tolubay and Eurasian Savings Bank, and two companies, Old Vector LLC and Grinex LLC. Keremet Bank and Capital Bank are not on the EU list."),
  ("Can the EU listings be lifted?", "EU Commissioner for International Partnerships Jozef Sikela told journalists that removal is \"certainly possible once the relevant reasons are no longer valid\". The EU reviews all measures regularly and welcomes dialogue with the Kyrgyz authorities."),
  ("Has Bishkek asked for an audit?", "Yes. Sikela said the EU had taken note of a request from Kyrgyzstan's Ministry of Foreign Affairs for an independent audit of the two listed banks, and that any further steps would be based on verified evidence and EU procedures."),
  ("Is there a court case?", "We are not aware of any court challenge by a Kyrgyz bank; the government has chosen diplomacy and audits."),
 ],
 comments=[
  ("compliance_kg", "Useful. Our correspondent in Almaty asks us to screen for all four banks now."),
 ],
 related=["OFSI annual review: key numbers", "Five things to know about 50 percent rules", "Webinar: screening stablecoin flows"],
),
dict(
 file="ZO-eu-proposes-listing-keremet-capital-bank-feb-2026.txt", story="kyrgyz", distractor=False,
 date="2026-02-10", outlet="Bishkek Business Daily", byline="Timur Asanov",
 title="EU proposes adding Keremet Bank and Capital Bank to its sanctions list", shape="news",
 lede="BISHKEK, Feb 10 - The European Union has proposed adding two Kyrgyz banks, Keremet Bank and Capital Bank of Central Asia OJSC, to its Russia sanctions list, Reuters reported, citing a draft document.",
 sections=[
  (None, [
   "According to the draft, the listing is linked to the provision of crypto-asset services to Russia. If approved, the two banks would be barred from transactions with individuals and companies in the EU.",
  ]),
  ("PART OF THE 20TH PACKAGE", [
   "The measures belong to the EU's 20th sanctions package, prepared by the European External Action Service with the European Commission and sent to member states. The package needs unanimous approval by all member states before it can enter into force.",
   "Banks from Laos and Tajikistan could also be added, while two Chinese banks are proposed for removal.",
  ]),
  ("TRADE CURBS ON KYRGYZSTAN", [
   "In a separate clause the draft would, for the first time, use the EU's anti-circumvention tool against a third country: it proposes banning the supply of metal-cutting machines and of communications equipment such as modems and routers to Kyrgyzstan.",
   "The two banks are already under US or UK sanctions: Keremet by both, Capital Bank by the UK. In October the EU listed two other Kyrgyz banks, Tolubay and Eurasian Savings Bank, in its 19th package.",
   "The Kyrgyz government had not commented on the draft by Tuesday afternoon.",
  ]),
 ],
 teaser="Our tip: our sanctions tracker lists every Kyrgyz entity on the US, UK and EU lists.",
),
dict(
 file="ZO-kyrgyz-bank-sanctions-forum-thread-mar-2026.html", story="kyrgyz", distractor=False,
 date="2026-03-12", outlet="TradeCompliance Forum", byline="Archived thread",
 title="Keremet / Capital Bank sanctions - any chance of delisting? (archived thread)", shape="forum",
 posts=[
  ("ruble_runner", "Thursday, March 12, 2026 09:12", "We pay a Kyrgyz supplier through Capital Bank. Our bank in Riga now refuses anything that touches Keremet or Capital Bank. Is anyone seeing movement on delisting?"),
  ("sanctions_sam", "Thursday, March 12, 2026 09:40", "Some movement, at least on the EU side. In late February (the cabinet's statement is dated February 27) the EU sanctions envoy David O'Sullivan was in Bishkek and met First Deputy Chairman of the Cabinet Daniyar Amangeldiev. The Kyrgyz cabinet says the EU presented specific proposals for technical cooperation aimed at removing Kyrgyz banks from the sanctions list and preventing future financial risks."),
  ("ruble_runner", "Thursday, March 12, 2026 09:47", "And the Kyrgyz side?"),
  ("sanctions_sam", "Thursday, March 12, 2026 10:05", "Amangeldiev said Kyrgyzstan is strengthening compliance, financial monitoring and the transparency of foreign trade, and that European exporters share responsibility: they should do proper due diligence and document end users. Banks are now blocking operations that pose compliance risks."),
  ("almaty_ops", "Thursday, March 12, 2026 11:31", "Also on March 10 Japarov signed a decree on conditions for Kyrgyz banks to operate abroad. The National Bank has three months to update its rules, and banks opening foreign branches are told to take sanctions restrictions into account."),
  ("ruble_runner", "Thursday, March 12, 2026 11:58", "So nothing final. US listing of Keremet still stands, I assume."),
  ("sanctions_sam", "Thursday, March 12, 2026 12:20", "Correct, nobody has been delisted. I have not seen an adopted text of the 20th package either, only the February draft."),
 ],
 related=["Thread: screening A7A5 exposure", "Thread: UK correspondent-banking ban explained", "Thread: Elcard vs Visa for payroll"],
),
# ---------------------------------------------------------------- Turkey / Mir
dict(
 file="ZO-us-treasury-letter-warns-turkish-business-aug-2022.md", story="turkey", distractor=False,
 date="2022-08-24", outlet="Bosphorus Money Desk", byline="Selin Aydemir",
 title="US Treasury letter warns Turkish business over ties to sanctioned Russians", shape="news",
 sections=[
  (None, [
   "Turkey's leading business group TUSIAD confirmed on Tuesday that it had received a letter from US Deputy Treasury Secretary Wally Adeyemo warning of the risk of sanctions for companies that deal with sanctioned Russian entities and individuals. TUSIAD said it had shared the letter with the foreign, finance and trade ministries.",
   "The letter, dated August 22 and also sent to the American Chamber of Commerce in Turkey, says: \"Please be advised that relationships with sanctioned Russian actors may expose Turkish financial institutions and businesses to sanctions risk.\"",
  ]),
  ("Sochi and the Mir cards", [
   "The warning follows the early-August meeting in Sochi at which Presidents Recep Tayyip Erdogan and Vladimir Putin agreed to deepen economic ties. Ankara said afterwards that more Turkish banks would use Russia's Mir payment system, which Russian tourists rely on since their Visa and Mastercard cards stopped working abroad.",
   "- Mir cards are currently accepted by five Turkish banks: Isbank, Denizbank, VakifBank, Ziraat Bank and Halkbank.",
   "- Turkish exports to Russia rose by about 50% in May-July from a year earlier.",
  ]),
  ("Ankara's line", [
   "On Saturday Adeyemo told Deputy Finance Minister Yunus Elitas by phone that Russian entities were trying to use Turkey to bypass Western sanctions. Elitas replied that Turkey's position had not changed but that it \"would not allow the breaching of sanctions by any institution or person\".",
  ]),
 ],
 teaser="More from Bosphorus Money Desk: the lira after the central bank's surprise cut.",
),
dict(
 file="ZO-treasury-targets-mir-operator-chief-sep-2022.txt", story="turkey", distractor=False,
 date="2022-09-16", outlet="Bosphorus Money Desk", byline="Kerem Yilmaz",
 title="Treasury sanctions head of Mir operator and warns foreign banks", shape="news",
 lede="WASHINGTON, Sept 16 - The US Treasury on Thursday, September 15, added the heads of several pillars of Russia's financial infrastructure to its sanctions list, among them Vladimir Komlev, chief executive of the National Payment Card System (NSPK), which runs the Mir card network.",
 sections=[
  ("A WARNING TO BANKS ABROAD", [
   "The designations also covered the heads of Russia's central securities depository and of the stock exchange's clearing house. NSPK itself was not sanctioned.",
   "But guidance published by Treasury warned that non-US financial institutions that enter into new or expanded agreements with NSPK \"risk supporting Russia's efforts to evade U.S. sanctions\", and could themselves face sanctions.",
  ]),
  ("WHY MIR MATTERS", [
   "Mir was developed by Russia's central bank as a domestic alternative to Visa and Mastercard. It has become the main way for Russians to pay abroad since the two US networks suspended operations in Russia after the invasion of Ukraine on February 24.",
   "Turkey is one of the few popular destinations where Mir cards still work, and Russia's central bank said this week that foreign banks were reluctant to join the system out of fear of secondary sanctions.",
   "Turkish banks that accept Mir have not commented on the guidance. Analysts in Istanbul said private lenders with large dollar funding needs were most exposed.",
  ]),
 ],
 teaser="Our tip: our weekly sanctions digest lands every Friday; sign up at the foot of our homepage.",
),
dict(
 file="ZO-isbank-denizbank-suspend-mir-sep-2022.html", story="turkey", distractor=False,
 date="2022-09-20", outlet="Anatolia Market Watch", byline="Deniz Korkmaz",
 title="Isbank and Denizbank suspend Russia's Mir payment system", shape="news",
 sections=[
  (None, [
   "Two of Turkey's largest private lenders, Isbank and Denizbank, suspended the use of Russia's Mir payment system on Monday, September 19, after Washington expanded its sanctions to the head of the company that runs the network.",
   "Isbank said it had halted Mir payments while it evaluated the new US sanctions and that it was keen to comply with national and international laws. Its shares fell 10% on Monday. Denizbank, the Turkish unit of Dubai's Emirates NBD, said: \"We are currently unable to provide service.\"",
  ]),
  ("Three state banks still accept the cards", [
   "The two were among five Turkish banks in the Mir system. The three state lenders, VakifBank, Halkbank and Ziraat Bank, told Sputnik on Monday that they had received no notification of a suspension and that Mir cards could still be used without hindrance.",
   "The suspensions matter for the tens of thousands of Russian tourists who arrived in Turkey this year. Mir is popular because Russian-issued Visa and Mastercard cards no longer work abroad.",
   "Ankara opposes Western sanctions on Russia in principle, while condemning the invasion and supplying Ukraine with armed drones.",
  ]),
 ],
 comments=[
  ("Olga from Antalya", "Our hotel switched to cash only for Russian guests this morning."),
  ("istanbul_fx", "Isbank down 10% on a card network most customers never used. Markets price the dollar risk."),
 ],
 related=["Bodrum marina prices climb again", "Turkish Airlines adds flights to Tashkent", "Hazelnut harvest forecast trimmed"],
),
dict(
 file="ZO-erdogan-holds-mir-meeting-with-bankers-sep-2022.txt", story="turkey", distractor=False,
 date="2022-09-24", outlet="Ankara Evening Report", byline="Murat Celik",
 title="Erdogan holds six-hour closed meeting on Mir cards", shape="news",
 lede="ISTANBUL, Sept 24 - President Recep Tayyip Erdogan held a closed meeting in Istanbul on Friday, September 23, on the use of Russia's Mir bank cards in Turkey and possible alternatives to the payment system, TRT reported.",
 sections=[
  (None, [
   "The meeting lasted almost six hours and was attended by the heads of the finance ministry, the central bank and leading Turkish banks. No decisions were announced afterwards.",
  ]),
  ("\"THERE ARE ALTERNATIVES\"", [
   "Speaking in New York earlier in the week, Erdogan had said the use of the cards was a joint decision of Turkey and Russia and that the issue was being analysed. \"Of course, there are alternatives,\" he said, adding that the problem lay in \"the various manifestations of sanctions\", which did not fit friendly relations. On Friday he said Turkey would have to take steps to find an alternative, \"whether we like it or not\".",
  ]),
  ("WHERE THINGS STAND", [
   "Isbank and Denizbank stopped servicing Mir cards on Monday. The state banks VakifBank, Halkbank and Ziraat Bank had not announced any suspension and were still processing the cards.",
   "Elsewhere, Kazakhstan's Halyk Bank and Vietnam's BIDV have stopped accepting Mir, and servicing of foreign-issued Mir cards was suspended in Uzbekistan on Friday.",
   "The issue is expected to come up again at Monday's cabinet meeting.",
  ]),
 ],
 teaser="Our tip: tourists paying cash should ask for receipts in lira to avoid poor exchange rates.",
),
dict(
 file="ZO-turkish-state-banks-drop-mir-sep-2022.md", story="turkey", distractor=False,
 date="2022-09-29", outlet="Bosphorus Money Desk", byline="Selin Aydemir",
 title="Turkey's three state banks drop Mir, leaving no Turkish bank in the system", shape="news",
 sections=[
  (None, [
   "Turkey's three state-owned banks, Halkbank, VakifBank and Ziraat Bank, have suspended the use of Russia's Mir payment system, Finance Minister Nureddin Nebati confirmed on Thursday, September 29. Ziraat Bank's chief executive Alpaslan Cakar confirmed his bank's suspension earlier in the day.",
   "With Isbank and Denizbank having stopped on September 19, no Turkish bank now works with Mir cards.",
  ]),
  ("A week of conflicting signals", [
   "- Earlier in the week the broadcaster NTV reported that the state banks had decided to pull out, and Bloomberg cited a Turkish official saying the same.",
   "- On the morning of Wednesday, September 28, the three banks told Russian agencies they had received no instruction to stop.",
   "- The Kremlin on Wednesday condemned Washington for forcing Turkish banks to cut their Russian ties, saying the decision was made under \"unprecedented pressure\".",
  ]),
  ("What next", [
   "Asked whether an alternative system would be adopted, Nebati did not respond. Banks continue to use other international payment systems such as SWIFT.",
   "The suspensions follow US Treasury guidance of September 15 warning foreign banks against new or expanded agreements with NSPK, the Mir operator. Banks in Vietnam and Kazakhstan have also withdrawn support. Turkey still refuses to join Western sanctions on Russia.",
  ]),
 ],
 teaser="More from Bosphorus Money Desk: how Russian tourists are paying their hotel bills now.",
),
dict(
 file="ZO-mir-cards-in-turkey-faq-oct-2022.html", story="turkey", distractor=False,
 date="2022-10-06", outlet="Anatolia Market Watch", byline="Explainers team",
 title="Mir cards in Turkey: what changed and why (FAQ)", shape="faq",
 faq=[
  ("Can Russian visitors still pay with Mir cards in Turkey?", "No. All five Turkish banks that worked with Mir have suspended it: Isbank and Denizbank on September 19, and the state banks Halkbank, VakifBank and Ziraat Bank by September 29."),
  ("Why did the banks stop?", "On September 15 the US Treasury sanctioned Vladimir Komlev, head of the Mir operator NSPK, and warned that foreign banks making new or expanded agreements with NSPK risked supporting sanctions evasion. In August Deputy Treasury Secretary Wally Adeyemo had written to Turkish business groups about sanctions risk."),
  ("Has Turkey joined the Western sanctions?", "No. Ankara says it will not join them, but Deputy Finance Minister Yunus Elitas has said Turkey would not allow the breaching of sanctions by any institution or person."),
  ("Is there an alternative?", "Erdogan said alternatives would be studied, but none had been announced by early October."),
  ("Are Russian customers' bank accounts affected?", "Not by this decision. It concerns the card network; ordinary accounts and transfers at Turkish banks continue, and banks still use SWIFT."),
 ],
 comments=[
  ("Sergey P.", "UnionPay cards from Russian banks work at some ATMs, for now."),
 ],
 related=["Five day trips from Izmir", "How the lira's slide changes your holiday budget", "Cappadocia balloon flights resume"],
),
dict(
 file="ZO-turkish-banks-close-russian-accounts-feb-2024.txt", story="turkey", distractor=False,
 date="2024-02-01", outlet="Ankara Evening Report", byline="Murat Celik",
 title="Turkish banks begin closing Russian corporate accounts over secondary sanctions fears", shape="news",
 lede="ISTANBUL, Feb 1 - Turkish banks have started closing the accounts of Russian companies and tightening rules for Russian individuals, the business daily Vedomosti reported on Thursday, citing financial consultants and business owners.",
 sections=[
  ("AFTER BIDEN'S ORDER", [
   "The tightening followed the executive order signed by US President Joe Biden on December 22, 2023, which allows Treasury to sanction foreign banks that help conduct transactions for Russia's military-industrial base. In January Turkish banks cut correspondent relations with almost all Russian banks and suspended processing of their payments.",
   "According to Vedomosti, at least two Turkish banks have begun closing the accounts of a significant number of Russian companies and banks. Two others are sending 30-day closure notices to Russian corporate clients that opened accounts after February 24, 2022.",
   "\"This mainly applies to businesses that used Turkey as a transit jurisdiction for settlements and deliveries, as well as oil and gas traders,\" said Iskander Mirgalimov, a payments consultant. Individuals face higher minimum balances.",
  ]),
  ("TALKS", [
   "Aleksey Yegarmin, head of the Russian-Turkish Business Council, said Moscow and Ankara were in talks \"to find a solution\". Kremlin spokesman Dmitry Peskov blamed \"unprecedented, blatant and aggressive US pressure on Turkey and Turkish companies\".",
   "Turkish state banks are still processing some payments in national currencies for goods such as food and medicines.",
  ]),
 ],
 teaser="Our tip: exporters should ask their bank for its Russia policy in writing before the next shipment.",
),
dict(
 file="ZO-us-turkey-sanctions-harmonisation-blog-mar-2024.html", story="turkey", distractor=False,
 date="2024-03-27", outlet="Compliance Corner", byline="Posted by Ayla Demir",
 title="Notify first, sanction later? The US-Turkey 'sanctions harmonisation scheme'", shape="blog",
 sections=[
  (None, [
   "Hurriyet columnist Hande Firat reported last week that Turkey and the United States have agreed on a new way of handling Turkish companies suspected of helping Russia evade sanctions. Here is what we know.",
   "1. Under the so-called sanctions harmonisation scheme, the US will first notify Turkey of companies it suspects and request information about them.",
   "2. Turkey will investigate and report its findings to the US, after which \"measures will be taken if necessary\".",
   "3. Until now, according to the report, Turkish companies that traded or were thought to trade with Russia were sanctioned by Washington immediately, without Ankara being asked to investigate.",
   "4. The deal follows weeks of friction. In February reports said US Commerce Department officials had visited Turkish companies and banks, and Russia's ambassador Aleksey Yerkhov accused Washington of pressuring Turkish business.",
   "5. Since January many Turkish banks have cut ties with Russian banks, and some have closed Russian corporate accounts.",
  ]),
  ("Our view", [
   "Prior notice gives Turkish exporters a chance to clean up before a listing. It is not an exemption, and the text of the arrangement has not been published.",
  ]),
 ],
 comments=[
  ("Baris T.", "Our bank still asks for end-user certificates for every Russian order. Nothing has changed on the ground yet."),
  ("exporter_izmir", "Good summary. Hope the notification actually reaches companies before OFAC does."),
 ],
 related=["Checklist: dual-use screening for machine tools", "Our 2023 compliance survey results", "Podcast: life after the Mir suspension"],
),
# ---------------------------------------------------------------- India
dict(
 file="ZO-commerce-adds-si2-microsystems-entity-list-nov-2023.txt", story="india", distractor=False,
 date="2023-11-18", outlet="Delhi Trade Wire", byline="Rules desk",
 title="US adds Bengaluru's Si2 Microsystems to the Entity List", shape="agency",
 lede="WASHINGTON, Nov 18 - Summary of the rule released on Friday, November 17, by the Commerce Department's Bureau of Industry and Security (BIS), effective the same day.",
 sections=[
  ("WHO WAS ADDED", [
   "BIS added four entities to the Entity List: Aerofalcon S.L. (Spain), Novax Group S.A. and Zero Waste Global SA, listed in connection with circumventing sanctions on Venezuela and Russia, and Si2Microsystems Private Limited, under the destination of India.",
  ]),
  ("THE CASE AGAINST SI2", [
   "Si2 was added for providing support to Russia's military and/or defence industrial base. BIS said the Bengaluru company supplied Russian consignees connected to the Russian defence sector with US-origin integrated circuits after March 1, 2023, under HTS-6 codes 854231, 854232, 854233 and 854239, which have required a licence for Russia since September 15, 2022.",
   "Exporters now need a BIS licence to ship any item subject to the Export Administration Regulations to Si2, and such licences are rarely granted. The listing is an export control, not an asset freeze.",
  ]),
  ("OFFICIALS", [
   "\"We will continue to use all of our authorities to prevent the use of third countries to illegally obtain critical U.S. items,\" said Matthew Axelrod, Assistant Secretary for Export Enforcement. Under Secretary Alan Estevez said restricting such entities was a crucial part of protecting national security.",
   "No other government has acted against Si2. The company did not respond to a request for comment.",
  ]),
 ],
 footer="(c) 2023 Delhi Trade Wire. Summary for information only; not legal advice.",
),
dict(
 file="ZO-eu-13th-package-names-si2-microsystems-feb-2024.md", story="india", distractor=False,
 date="2024-02-26", outlet="Delhi Trade Wire", byline="Ritika Menon",
 title="EU's 13th sanctions package names Bengaluru's Si2 Microsystems", shape="news",
 sections=[
  (None, [
   "The European Union's 13th package of Russia sanctions, adopted on Friday, February 23, to mark two years of the war, lists Si2 Microsystems, a Bengaluru firm that designs and assembles integrated circuits. Media reports described it as the first Indian company on the EU's Russia list. The package adds 194 listings, taking the total above 2,000.",
   "Si2 was already on the US Entity List since November for supplying US-origin chips to Russian defence-linked buyers.",
  ]),
  ("A government partner", [
   "The listing is awkward for New Delhi. Si2 is an industry partner of the Ministry of Electronics and Information Technology (MeitY) and IIT-Madras in a project to research chips with silicon photonic processor cores, announced by the government last year.",
   "- Officials said the MEA, the commerce ministry and MeitY were aware of the listing and the government is \"examining\" it, including whether to protest to the EU.",
   "- The Ministry of External Affairs declined to comment.",
   "- The company's directors have been under Lookout Circulars over debt defaults; one once asked a court for a waiver to travel to Russia, his lawyers said.",
  ]),
  ("No comment from Si2", [
   "Si2, which has counted ISRO, GE and IBM among past customers, did not respond. Other firms in the package come from China, Sri Lanka, Turkey, Thailand, Serbia and Kazakhstan.",
  ]),
 ],
 teaser="More from Delhi Trade Wire: India's semiconductor mission, one year on.",
),
dict(
 file="ZO-japan-sanctions-si2-microsystems-jun-2024.html", story="india", distractor=False,
 date="2024-06-24", outlet="Asia Trade Ledger", byline="Kenji Aoyama",
 title="Japan sanctions Indian chip firm Si2 Microsystems over Russia", shape="news",
 sections=[
  (None, [
   "Japan has imposed sanctions on Si2 Microsystems, a Bengaluru-based maker of integrated circuits, for helping Russia evade punitive measures over its invasion of Ukraine. Tokyo announced on Friday, June 21, asset freezes and export bans on 11 entities from five countries: China, the United Arab Emirates, Uzbekistan, Kazakhstan and India.",
   "It is the first time Japan has sanctioned an Indian company since the 1998 nuclear tests, and the first time it has targeted China-based firms in connection with the war. The Chinese entities include Hong Kong-based Asia Pacific Links, which provided microchips for Russian drones, and Yilufa Electronics.",
  ]),
  ("Third list for Si2", [
   "Si2 is now sanctioned by three governments: the US put it on the Entity List in November 2023 and the EU listed it in February 2024. Most of the companies Japan named had been sanctioned by the EU in February.",
   "Japan had said at the G7 summit in Italy in mid-June that it would sanction companies from several countries. Prime Minister Narendra Modi held a bilateral meeting with Fumio Kishida at the summit.",
   "India's foreign ministry had not commented by Monday.",
  ]),
 ],
 comments=[
  ("Vikram R.", "Three lists now. Any Indian bank will think twice about this name."),
 ],
 related=["Yen slides past 160 to the dollar", "Tokyo's new semiconductor subsidies", "Osaka Expo ticket sales lag"],
),
dict(
 file="ZO-us-sanctions-19-indian-firms-oct-2024.md", story="india", distractor=False,
 date="2024-10-31", outlet="Delhi Trade Wire", byline="Ritika Menon",
 title="US sanctions 19 Indian companies in sweeping Russia action", shape="news",
 sections=[
  (None, [
   "The United States on Wednesday, October 30, sanctioned nearly 400 individuals and entities in 17 jurisdictions that it says enable Russia's war against Ukraine, among them 19 Indian companies and two Indian nationals. The State Department imposed sanctions on more than 120 targets, the Treasury designated more than 270, and the Commerce Department added 40 entities to its Entity List. The Treasury designations were made under Executive Order 14024.",
  ]),
  ("The Indian names", [
   "- Ascend Aviation India, a Delhi firm, for supplying Common High Priority List (CHPL) items and US-origin aircraft parts to Russia. Its directors Vivek Kumar Mishra and Sudhir Kumar are the two individuals sanctioned.",
   "- Futrevo, for helping a Russian manufacturer produce Orlan drones used in Ukraine.",
   "- TSMD Global, Delhi, for shipping controlled items worth about $430,000 to Russian companies.",
   "- Khushbu Honing, Maharashtra, for sending advanced machine tools to Russia's Unimatik.",
   "- Mask Trans and Shreegee Impex are also on the list.",
  ]),
  ("Context", [
   "Companies from China, Switzerland, Thailand and Turkey were also named. US officials have repeatedly urged countries not to supply Russia with CHPL items such as microelectronics.",
   "India's foreign ministry had not commented by Thursday evening.",
  ]),
 ],
 teaser="More from Delhi Trade Wire: how to read an OFAC press release.",
),
dict(
 file="ZO-mea-says-sanctioned-firms-broke-no-indian-law-nov-2024.txt", story="india", distractor=False,
 date="2024-11-02", outlet="Delhi Trade Wire", byline="Ritika Menon",
 title="MEA: firms sanctioned by US 'not in violation of Indian laws'", shape="news",
 lede="NEW DELHI, Nov 2 - India said on Saturday that the 19 Indian companies sanctioned by the United States three days earlier for allegedly supplying Russia's war effort had not broken Indian law.",
 sections=[
  ("THE STATEMENT", [
   "\"We have seen reports on U.S. sanctions. India has a robust legal and regulatory framework on strategic trade and nonproliferation controls,\" Ministry of External Affairs spokesperson Randhir Jaiswal told the weekly briefing. India is a member of the Wassenaar Arrangement, the Australia Group and the Missile Technology Control Regime and implements UNSC sanctions and resolution 1540, he said.",
   "\"Our understanding is that the sanctioned transactions and companies are not in violation of Indian laws,\" Jaiswal said.",
  ]),
  ("OUTREACH AND TALKS", [
   "Nevertheless, he said, the government is working with all relevant departments to sensitise Indian companies on applicable export control provisions and to inform them of new measures that could affect them in certain circumstances. Agencies hold regular strategic trade outreach events for industry.",
   "\"We are also in touch with the U.S. authorities to clarify issues,\" he said.",
   "The response was read in Delhi as measured. The sanctions came as India-US ties were already strained by US charges against a former Indian intelligence officer over an alleged assassination plot.",
  ]),
 ],
 teaser="Our tip: the DGFT's SCOMET pages list which Indian exports need a licence.",
),
dict(
 file="ZO-sanctioned-indian-exporters-shrug-off-us-move-nov-2024.html", story="india", distractor=False,
 date="2024-11-03", outlet="Asia Trade Ledger", byline="Priya Nair",
 title="Sanctioned Indian exporters shrug off US move: 'We are paid in rupees'", shape="news",
 sections=[
  (None, [
   "Several of the 19 Indian companies sanctioned by the United States on October 30 say they expect little impact, because they sell mainly to Russia and India has placed no restrictions on that trade.",
   "\"I don't know why these measures have been imposed on us. But it will not have any impact,\" said Praveen Tyagi, director of Meerut-based Shreegee Impex Private Limited.",
  ]),
  ("\"We purchase from the open Indian market\"", [
   "TSMD Global, a Delhi firm with annual revenue of more than Rs 10 crore, was listed for allegedly shipping controlled items worth $430,000 to Russian companies. \"We don't know who is sanctioned and who is not. We purchase from the open Indian market and then export it,\" said director Rahul Kumar Singh, who added that he could not understand why the US had acted.",
   "Ajeet Samani, owner of Maharashtra-based Khushbu Honing, said hardly 30% of his Rs 15 crore turnover depended on Russia. \"We are not doing any business with the US, so we are not really affected. I am getting paid in rupees, not in dollars or euros,\" he said. Treasury says his firm shipped machine tools to Unimatik and that sanctioned AK Microtech tried to buy equipment through it. Samani plans to consult the Engineering Export Promotion Council.",
  ]),
 ],
 comments=[
  ("Ankit", "Until their Indian bank gets a call from its US correspondent."),
  ("meerut_trade", "Small exporters have no compliance teams. Somebody should train them."),
 ],
 related=["Diwali sales lift two-wheeler numbers", "Rupee hits record low", "New cargo terminal for Jewar airport"],
),
dict(
 file="ZO-indian-firms-russia-sanctions-explainer-nov-2024.md", story="india", distractor=False,
 date="2024-11-20", outlet="Delhi Trade Wire", byline="Explainer desk",
 title="Explainer: Indian companies on Western Russia sanctions lists", shape="explainer",
 sections=[
  (None, [
   "Indian firms now appear on several Western lists tied to the war in Ukraine. They work differently.",
  ]),
  ("Entity List versus SDN list", [
   "The Commerce Department's Entity List is an export control: suppliers need a licence to ship US-regulated items to a listed firm. Si2 Microsystems of Bengaluru has been on it since November 17, 2023. The Treasury's SDN list is a blocking sanction: property under US jurisdiction is frozen and US persons may not deal with the company. The 19 Indian firms named on October 30, 2024, including Ascend Aviation India and Futrevo, are on the SDN list.",
  ]),
  ("Other governments", [
   "- The EU listed Si2 in its 13th package in February 2024.",
   "- Japan sanctioned Si2 on June 21, 2024.",
   "- India has not imposed any restriction of its own; the MEA says the firms broke no Indian law.",
  ]),
  ("Can a company get off?", [
   "OFAC accepts petitions for removal from the SDN list, and BIS has a procedure for Entity List removal requests. A company generally has to show changed circumstances, such as ending the conduct or changing ownership. We know of no Indian company named over Russia that has been delisted.",
   "Indian banks with US correspondent relationships usually screen against the SDN list, so listed firms may find payments harder even without Indian restrictions.",
  ]),
 ],
 teaser="More from Delhi Trade Wire: a glossary of sanctions terms.",
),
dict(
 file="ZO-indian-exporters-russia-sanctions-blog-dec-2024.html", story="india", distractor=False,
 date="2024-12-12", outlet="Exporters' Notebook", byline="Posted by Sanjay Kulkarni",
 title="Five lessons from a year of Indian names on Russia sanctions lists", shape="blog",
 sections=[
  (None, [
   "Thirteen months ago, one Bengaluru chip firm was on a US list. Now about twenty Indian companies are. Five lessons.",
   "1. Lists spread. Si2 Microsystems went from the US Entity List (November 2023) to the EU's 13th package (February 2024) and Japan's list (June 2024).",
   "2. The big jump came on October 30, 2024, when the US named 19 Indian companies and two Indian nationals, the directors of Ascend Aviation India.",
   "3. Products matter. Aircraft parts, Orlan drone components, machine tools and CHPL electronics were the common threads.",
   "4. New Delhi will not follow. The MEA said on November 2 that the firms broke no Indian law, while offering outreach on export controls and talks with Washington.",
   "5. \"We sell only to Russia\" is no shield. Indian banks with US correspondents screen the SDN list.",
  ]),
  ("Our view", [
   "Exporters shipping electronics or machine tools to Russia should screen customers against the SDN list and the CHPL before every order. The firms we spoke to had no compliance staff at all.",
  ]),
 ],
 comments=[
  ("Farhan", "Point 5 is what hurt us. Our bank froze a perfectly legal Rupee payment for two weeks."),
  ("kolkata_exim", "Would love a follow-up on how OFAC delisting petitions actually work."),
 ],
 related=["Budget wish list for MSME exporters", "Freight rates to Europe ease", "GST refund delays: what to do"],
),
# ---------------------------------------------------------------- distractors
dict(
 file="ZO-moldova-court-sentences-ilan-shor-apr-2023.md", story="kyrgyz", distractor=True,
 date="2023-04-14", outlet="Black Sea Courts Review", byline="Court reporter",
 title="Moldovan court sentences Ilan Shor to 15 years in absentia", shape="court",
 sections=[
  (None, [
   "The Court of Appeal in Chisinau on Thursday, April 13, sentenced Ilan Shor, the fugitive businessman and leader of the Russia-friendly Shor Party, to 15 years in prison in absentia for fraud and money laundering in the case of the $1 billion that went missing from Moldovan banks in 2014. The court also ordered the confiscation of $290 million of his assets.",
  ]),
  ("Background", [
   "- The money vanished from three banks, Banca de Economii, Banca Sociala and Unibank, between 2012 and 2014.",
   "- Shor, who headed the board of Banca de Economii, was first sentenced in 2017 to seven and a half years, but his appeal dragged on for years.",
   "- He fled Moldova in 2019 and lives in Israel, where he was born. Moldova has no extradition treaty with Israel.",
  ]),
  ("Reactions", [
   "President Maia Sandu said the verdict was \"demanded by the citizens\" and was the only way for justice to gain legitimacy.",
   "Shor, 36, called the ruling political revenge for the protests his party has organised in Chisinau over energy prices. \"I am not going to comply with it,\" he said, adding that it would be annulled after a change of government.",
   "The Shor Party holds six seats in Moldova's 101-seat parliament. Anti-corruption prosecutor Veronica Dragalin said Interpol could act on the arrest warrant if Shor travels outside Israel.",
  ]),
 ],
 teaser="More from Black Sea Courts Review: the Filat and Platon verdicts revisited.",
),
dict(
 file="ZO-promsvyazbank-russias-defence-bank-explained-may-2023.txt", story="kyrgyz", distractor=True,
 date="2023-05-18", outlet="Sanctions Brief", byline="Helen Marsh",
 title="Promsvyazbank: how Russia's defence-sector bank works", shape="explainer",
 lede="LONDON, May 18 - Promsvyazbank, known as PSB, is one of Russia's largest banks and the lender the state chose to serve its defence industry.",
 sections=[
  ("FROM PRIVATE BANK TO STATE TOOL", [
   "PSB was a private bank until the central bank took it over in a rescue in late 2017. In 2018 it was nationalised and given a new mission: to handle state defence contracts and the accounts of arms makers, so that other state banks with international business would be less exposed to Western sanctions.",
  ]),
  ("SANCTIONS", [
   "The United States put PSB under full blocking sanctions in February 2022 as Russia invaded Ukraine; the UK also sanctioned it and the EU cut it off from SWIFT. Treasury has said the bank provides billions of dollars of financial support to Russia's military-industrial complex and supports major defence contracts.",
   "Because its clients include nearly every large defence manufacturer, PSB is a frequent reference point in Western sanctions notices: counterparties that process payments for it risk exposure themselves.",
  ]),
  ("WHAT IT DOES AT HOME", [
   "Inside Russia PSB still serves retail customers, pays military salaries and pensions and lends to small businesses. It has also taken over banking in the occupied regions of Ukraine, where most Western-linked banks will not operate.",
   "Analysts say PSB's role makes it one of the least likely Russian banks ever to be delisted.",
  ]),
 ],
 teaser="Our tip: our bank-by-bank guide covers every Russian lender on the SDN list.",
),
dict(
 file="ZO-visa-mastercard-quit-russia-mir-steps-in-mar-2022.md", story="turkey", distractor=True,
 date="2022-03-07", outlet="Anatolia Market Watch", byline="Deniz Korkmaz",
 title="Visa and Mastercard suspend Russian operations; Mir steps in", shape="news",
 sections=[
  (None, [
   "Visa and Mastercard said on Saturday, March 5, that they were suspending operations in Russia over its invasion of Ukraine. Cards issued by Russian banks will stop working abroad, and foreign cards will not work in Russian shops or ATMs.",
  ]),
  ("What it means for Russians abroad", [
   "- Russian-issued Visa and Mastercard cards will continue to work inside Russia until they expire, processed by the domestic network.",
   "- Outside Russia, travellers will have to rely on cash, on cards from Mir, the national system created by the central bank, or on China's UnionPay.",
   "- More than 100 million Mir cards have been issued since the system launched in 2015, more than half of Russia's population by some estimates.",
  ]),
  ("Where Mir works", [
   "Mir is accepted in a handful of countries, mainly former Soviet republics, plus a few popular holiday destinations. Tour operators told us Russian holidaymakers were asking which hotels on the Mediterranean coast could take Mir payments before booking for the summer.",
   "The card network NSPK, which runs Mir, is owned by Russia's central bank, and it already processes domestic payments on Russian-issued Visa and Mastercard cards.",
   "American Express also said it was suspending operations in Russia.",
  ]),
 ],
 teaser="More from Anatolia Market Watch: Antalya hoteliers brace for a quieter season.",
),
dict(
 file="ZO-orlan-10-drone-supply-trail-dec-2022.txt", story="india", distractor=True,
 date="2022-12-16", outlet="Asia Trade Ledger", byline="Defence desk",
 title="Investigation traces Western chips in Russia's Orlan-10 drones", shape="news",
 lede="LONDON, Dec 16 - An investigation by Reuters and the Russian outlet iStories, with the Royal United Services Institute, has traced a supply route for American technology to the production line of Russia's Orlan-10 drone.",
 sections=[
  ("A CHEAP, VITAL DRONE", [
   "The Orlan-10 is a relatively low-tech, inexpensive reconnaissance drone that Ukrainian commanders say has directed many of the up to 20,000 artillery shells Russia fires each day. It is built by the Special Technology Centre in St Petersburg.",
  ]),
  ("THE TRAIL", [
   "Based on Russian customs filings and bank records, the investigation follows components through intermediaries that include a small office above a Hong Kong market and a home in suburban Florida. It is the first time a supply route for American technology has been traced all the way to a Russian weapons maker whose product is used in Ukraine.",
   "The Special Technology Centre was first hit by US sanctions in 2016 over alleged work with Russian military intelligence to influence the US presidential election; the measures took effect in 2017. In March 2022 Washington tightened restrictions further.",
  ]),
  ("WHY IT MATTERS", [
   "Analysts say Russia's drone makers depend on off-the-shelf Western electronics such as engines, cameras and chips, making them vulnerable to export controls if suppliers in third countries can be identified.",
  ]),
 ],
 teaser="Our tip: our defence desk's newsletter covers export-control cases every week.",
),
dict(
 file="ZO-si2-microsystems-photonics-project-profile-dec-2023.md", story="india", distractor=True,
 date="2023-12-05", outlet="Bengaluru Tech Weekly", byline="Arjun Rao",
 title="Inside Si2 Microsystems' photonic chip project with IIT-Madras", shape="explainer",
 sections=[
  (None, [
   "Si2 Microsystems, a Bengaluru company that describes itself as a system-in-package and microsystems solutions provider, is one of the industry partners in a government-backed effort to design chips that compute with light.",
  ]),
  ("The project", [
   "Announced earlier this year with the Ministry of Electronics and Information Technology (MeitY) and the Indian Institute of Technology Madras, the project aims to research the fabrication of chips with silicon photonic processor cores and to build India's capacity to make photonic integrated circuits (PICs).",
   "- Target sectors include quantum computing and quantum communication, 5G and 6G networks, the Internet of Things, radar and avionics.",
   "- The work sits under the government's Atmanirbhar Bharat (self-reliant India) push in electronics.",
  ]),
  ("The company", [
   "Si2 designs and assembles integrated circuits for commercial, military and space customers and says it has worked for ISRO, GE and IBM in the past.",
   "Photonic chips move data with light rather than electrons, which can cut power use and heat in data centres. India has no commercial photonics fab yet, and researchers say partnerships between institutes and small firms are the fastest way to build skills.",
   "The company did not reply to our questions about its customers or revenue.",
  ]),
 ],
 teaser="More from Bengaluru Tech Weekly: the startups betting on India's chip mission.",
),
]

DISTRACTOR_FILES = [a["file"] for a in ARTICLES if a["distractor"]]
