"""Article texts and metadata for the answers-zza corpus (written blind, from scratch).

Each article: name (file name without extension), fmt (md/html/txt), shape, date, outlet, byline, title,
distractor flag, blocks, and teaser (md/txt) or related (html).

Blocks: ("p", text) paragraph; ("h", text) subhead; ("li", text) bullet; ("qa", q, a) FAQ pair;
("post", user, "DD Mon YYYY", text) forum post; ("c", user, text) blog comment.
"""

A = []


def art(name, fmt, shape, date, outlet, byline, title, blocks, teaser="", related=None, distractor=False,
        description=""):
    A.append(dict(name=name, fmt=fmt, shape=shape, date=date, outlet=outlet, byline=byline, title=title,
                  blocks=blocks, teaser=teaser, related=related or [], distractor=distractor,
                  description=description or title))


# ---------------------------------------------------------------- Story A: Russian metal on the LME / CME

art("ZZA-lme-weighs-russian-metal-ban-oct-2022", "md", "news", "2022-10-07", "Base Metals Wire", "By Harriet Colquhoun",
    "LME asks the market whether to ban new Russian aluminium, copper and nickel", [
    ("p", "The London Metal Exchange on Thursday published a discussion paper asking members and metal users whether it "
          "should stop accepting new Russian aluminium, copper and nickel into its global network of warehouses."),
    ("h", "Three options"),
    ("li", "keep the current position and go on accepting Russian metal;"),
    ("li", "introduce thresholds on how much Russian metal can be placed on warrant;"),
    ("li", "suspend the warranting of new Russian metal altogether."),
    ("p", "The discussion runs for three weeks and closes on October 28. \"Not taking action could result in market "
          "disorder... On the other hand, taking action would have impacts on market participants,\" the exchange said "
          "in its notice."),
    ("h", "Why the exchange is asking"),
    ("p", "No government has sanctioned Russian aluminium, copper or nickel as such, and the big producers, Rusal and "
          "Nornickel, are not on the US blocking list. The exchange's concern is that consumers will shun Russian metal "
          "in their 2023 supply contracts anyway, leaving producers to deliver unwanted metal to LME sheds and drag the "
          "benchmark price down."),
    ("p", "When reports of the idea first surfaced on September 29, benchmark aluminium jumped 8.5% to $2,305 a tonne and "
          "nickel gained 6%. Sources said at the time that the exchange could not ban Russian metal without sanctions on "
          "the companies that produce it, and that touching metal already in its warehouses \"would be madness\"."),
    ("p", "Nornickel accounted for about 7% of the world's mined nickel last year, and Rusal is the largest aluminium "
          "producer outside China. The LME said it had seen no evidence of its warehouses being used to offload metal on "
          "a long-term basis."),
    ], teaser="More from Base Metals Wire: Cobalt hydroxide payables slide as DRC output climbs")

art("ZZA-us-weighs-russian-aluminium-ban-oct-2022", "txt", "news", "2022-10-12", "Commodity Ledger", "By Marcus Feeney",
    "Washington weighs a full ban on Russian aluminium", [
    ("p", "WASHINGTON - The Biden administration is considering a complete ban on imports of Russian aluminium, people "
          "familiar with the discussions said, in what would be the first US measure aimed squarely at one of Russia's "
          "big metal exports."),
    ("p", "The options under discussion reportedly include an outright import ban, raising the tariff on Russian "
          "aluminium to a level high enough to stop the trade, and sanctions on Rusal, the Russian company that produces "
          "the metal. No decision has been made, and the White House declined to comment."),
    ("h", "MARKET REACTION"),
    ("p", "The news lifted the LME three-month aluminium price to a high of $2,400 a tonne on Tuesday afternoon before "
          "some of the gains were reversed by the close. Traders said the move was less about US demand, which "
          "relies little on Russian supply, than about what a US step would mean for Europe and for the London "
          "exchange."),
    ("h", "THE LME'S OWN REVIEW"),
    ("p", "The London Metal Exchange is separately asking the market whether it should stop accepting new Russian metal. "
          "Its discussion paper closes on October 28. The exchange has said it will reflect any government sanctions in "
          "its rules, but so far there are none on the metal itself."),
    ("p", "Rusal was itself under US sanctions from April 2018 until January 2019, when the Treasury removed it after "
          "Oleg Deripaska cut his control. A fresh US listing of the company would make it hard for many Western banks "
          "and buyers to keep dealing with it."),
    ], teaser="Our tip: How aluminium premiums in Rotterdam are set - a primer")

art("ZZA-lme-keeps-status-quo-on-russian-metal-nov-2022", "txt", "news", "2022-11-11", "Commodity Ledger", "By Marcus Feeney",
    "LME decides against banning Russian metal", [
    ("p", "LONDON - The London Metal Exchange said on Friday it would keep accepting Russian aluminium, copper and nickel, "
          "after a three-week discussion with the market found no clear case for a ban."),
    ("p", "\"The LME does not propose to prohibit the warranting of new Russian metal,\" the exchange said in its "
          "response paper. \"Additionally, feedback clearly indicated that thresholds or similar limits would be too "
          "complex to be practicable. As such, the LME will proceed with the status quo in respect of Russian metal.\""),
    ("h", "WHAT THE EXCHANGE FOUND"),
    ("p", "The exchange said it has a duty to keep an orderly market but saw no evidence that the market was disorderly, "
          "since a material portion of buyers still plan to accept Russian metal in 2023. It described one situation "
          "that could change its mind: Russian metal that is not sanctioned by governments but is rejected by so many "
          "consumers that large quantities flow into LME warehouses and depress the price."),
    ("p", "It said it would publish monthly data on how much Russian metal sits in its warehouses, so that users can "
          "see whether that is happening."),
    ("h", "REACTION"),
    ("p", "Some Western producers had pushed for a ban, arguing that "
          "unwanted Russian metal could end up setting the benchmark price. Others warned that a unilateral ban by a "
          "market operator, without any sanctions on the metal, would split the market in two."),
    ("p", "The decision leaves Russian metal deliverable against LME contracts unless governments act."),
    ], teaser="Our tip: Tin's wild year explained in five charts")

art("ZZA-us-200-percent-tariff-russian-aluminium-feb-2023", "html", "news", "2023-02-24", "Trade Compliance Daily",
    "Nadia Oyelaran", "US slaps 200% tariff on Russian aluminium and products made with it", [
    ("p", "President Joe Biden on Friday signed a proclamation raising the US import tariff on Russian aluminium to 200%, "
          "one of a package of measures marking a year since Russia's full-scale invasion of Ukraine."),
    ("h", "Two start dates"),
    ("li", "From March 10, 2023: a 200% ad valorem tariff on aluminium articles and derivative aluminium articles that "
           "are the product of Russia."),
    ("li", "From April 10, 2023: the same 200% tariff on aluminium products from any country where any amount of the "
           "primary aluminium used was smelted in Russia, or where the product was cast in Russia."),
    ("p", "The proclamation, Proclamation 10522, was issued under section 232 of the Trade Expansion Act of 1962, the "
          "same national-security law used for the 10% aluminium tariff of March 2018. It calls the Russian aluminium "
          "industry a key part of Russia's defense industrial base and says the step will help the viability of the "
          "domestic aluminum industry. A country that imposes its own tariff of 200% or more on Russian aluminium may be "
          "exempted from the second part."),
    ("h", "Small share, big signal"),
    ("p", "The Aluminum Association, which represents North American producers, said Russia accounts for about 3% of "
          "total US aluminium imports. Rusal declined to comment."),
    ("p", "The tariff is not a sanction: Russian aluminium can still be bought and sold by Americans outside the US and "
          "remains deliverable on the London Metal Exchange, which decided in November not to ban it."),
    ], related=["Port of Savannah adds a third container berth", "Customs rulings roundup: footwear classification"])

art("ZZA-metals-desk-blog-russian-aluminium-jul-2023", "html", "blog", "2023-07-24", "The Metals Desk (blog)",
    "Oskar Lindqvist", "Why Russian aluminium keeps ending up in LME sheds", [
    ("p", "Eight months after the LME chose the status quo, the question of Russian metal is back. This week Norsk Hydro "
          "wrote to the exchange asking it to reconsider its decision not to ban Russian aluminium from its warehouse "
          "network, arguing that the sheer amount of Russian metal now on warrant threatens the benchmark status of its "
          "contracts."),
    ("p", "The mechanics are simple. Many Western buyers now refuse Russian metal in their contracts, so it trades at a "
          "discount. The LME contract, though, lets a seller deliver any approved brand, and Russian brands are still "
          "approved. So the cheapest metal to deliver is often Russian, and holders of LME warrants can end up with it."),
    ("p", "For now, Russian metal can still be delivered to the exchange's warehouses and traded there. Nothing in the "
          "US 200% tariff changes that: it applies at the US border, not in Rotterdam or Port Klang. The UK and the EU "
          "have not banned the metal either."),
    ("p", "Rusal has pushed back, saying its metal is not sanctioned and that any ban would be discrimination. The LME "
          "says only that it keeps the matter under review."),
    ("c", "ingot_watcher", "Hydro would say that, they compete with Rusal in Europe. Still a fair point about warrants."),
    ("c", "Priya S.", "Until governments act the LME cannot do much. It said as much last November."),
    ], related=["Lithium hydroxide: is the slide over?", "A visit to a zinc smelter in Flanders"])

art("ZZA-us-uk-ban-new-russian-metal-on-exchanges-apr-2024", "md", "news", "2024-04-13", "Base Metals Wire",
    "By Harriet Colquhoun", "US and UK bar new Russian aluminium, copper and nickel from the LME and CME", [
    ("p", "The United States and the United Kingdom on Friday banned the London Metal Exchange and the Chicago Mercantile "
          "Exchange from accepting new aluminium, copper and nickel produced in Russia, in a joint move announced on April 12."),
    ("h", "What the measures do"),
    ("li", "Metal produced on or after April 13, 2024 can no longer be accepted by the exchanges."),
    ("li", "The US Treasury also banned imports of Russian aluminium, copper and nickel into the United States."),
    ("li", "Existing Russian stock on the exchanges is exempt, so it can still be traded and withdrawn."),
    ("p", "\"Our new prohibitions on key metals, in coordination with our partners in the United Kingdom, will continue to "
          "target the revenue Russia can earn to continue its brutal war against Ukraine,\" Treasury Secretary Janet "
          "Yellen said. Chancellor Jeremy Hunt said the joint ban would \"prevent the Kremlin funnelling more cash into "
          "its war machine\". The UK government said the action targets $40 billion of Russian metal exports."),
    ("h", "How much Russian metal is there"),
    ("p", "In March, Russian metal made up 91% of the aluminium stocks in LME-registered warehouses. The Russian share of "
          "copper stocks rose to 62% from 52%, and nickel to 36% from 35%."),
    ("p", "Britain had already banned imports of Russian aluminium, copper and nickel in December 2023, and the US "
          "imposed its 200% aluminium tariff in February 2023. The European Union considered banning Russian aluminium "
          "in its last package but left it out."),
    ("p", "LME chief executive Matthew Chamberlain said the exchange would publish guidance by 11am on Sunday, "
          "April 14, before the market opens at 1am on Monday."),
    ], teaser="More from Base Metals Wire: Copper smelter fees hit record lows as concentrate tightens")

art("ZZA-aluminium-record-jump-after-metal-ban-apr-2024", "txt", "news", "2024-04-15", "Commodity Ledger",
    "By Marcus Feeney", "Aluminium posts record jump as LME shuts out new Russian metal", [
    ("p", "LONDON - Aluminium prices jumped by a record amount on Monday, the first trading day after the US and UK "
          "barred new Russian metal from the London Metal Exchange and the CME."),
    ("p", "At one point in early trading aluminium was up more than 9% on the LME, the biggest rise since current "
          "trading began in 1987. Nickel climbed more than 8% at its peak. Both metals later eased as traders digested "
          "the weekend's announcements."),
    ("h", "THE LME'S GUIDANCE"),
    ("p", "In guidance published on Sunday, the LME said it would not accept Russian metal produced on or after April 13. "
          "Metal produced before that date can still be placed on warrant, but Russian metal warrants issued on or after "
          "April 13 for pre-ban metal carry restrictions: UK members and clients cannot cancel or withdraw the metal "
          "unless they act for a non-UK client."),
    ("h", "WILL SUPPLY TIGHTEN?"),
    ("p", "Analysts at Goldman Sachs said the ban was unlikely to threaten supply. \"Russian producers can continue to "
          "sell metal to non U.K./US markets,\" they wrote. British officials said direct bilateral contracts outside the "
          "exchanges are not prevented and expect Russian metal to trade at a discount."),
    ("p", "Russia accounts for around 5% of global aluminium supply, 6% of nickel and 4% of copper. It is the world's "
          "second-largest producer of the class 1 nickel that the LME contract requires, behind China."),
    ], teaser="Our tip: What a 'warrant' is and why it matters - a two-minute explainer")

art("ZZA-ofac-russian-metals-determination-summary-apr-2024", "txt", "agency", "2024-04-16", "Sanctions Notes",
    "Prepared by the Sanctions Notes editors", "Agency summary: OFAC's April 12, 2024 determinations on Russian metals", [
    ("p", "WASHINGTON - On April 12, 2024, the Treasury's Office of Foreign Assets Control issued two determinations on "
          "Russian aluminium, copper and nickel, acting in coordination with the United Kingdom."),
    ("h", "THE IMPORT DETERMINATION"),
    ("p", "The first determination, issued under Executive Order 14068 as amended by Executive Order 14114, prohibits the "
          "importation and entry into the United States, including admission into a foreign trade zone, of aluminium, "
          "copper and nickel of Russian Federation origin. Metal produced prior to April 13, 2024 is not covered by the "
          "import ban."),
    ("h", "THE SERVICES DETERMINATION"),
    ("p", "The second determination, under Executive Order 14071, bars the export, sale or supply from the United "
          "States or by a US person, to any person located in Russia, of two kinds of service: warranting services for "
          "Russian aluminium, copper or nickel on a global metal exchange, and services to acquire such metal as part of "
          "the physical settlement of a derivative contract. It excludes metal produced before April 13, 2024."),
    ("h", "WHAT IS NOT COVERED"),
    ("p", "The determinations do not block Rusal or Nornickel, which are not on the SDN list, and they do not stop "
          "non-US persons from buying Russian metal directly from producers. Other metals, such as zinc and lead, are not "
          "covered. OFAC published new frequently asked questions, numbered 1168 to 1172, alongside the "
          "determinations."),
    ("p", "The UK mirrored the exchange measures: Russian metal not on warrant by 23:59 on April 12 became subject to "
          "restrictions for UK persons."),
    ], teaser="This summary is not legal advice. Read the determinations and FAQs before acting.")

art("ZZA-russian-metal-sanctions-faq-apr-2024", "html", "faq", "2024-04-18", "Trade Compliance Daily", "Nadia Oyelaran",
    "Russian aluminium, copper and nickel after April 12: your questions answered", [
    ("qa", "Can I still import Russian aluminium into the US?",
           "Only metal produced before April 13, 2024. Russian aluminium, copper and nickel produced on or after that date "
           "cannot be imported. Older Russian aluminium still pays the 200% tariff that has applied since March 10, 2023."),
    ("qa", "Can the LME still trade Russian metal?",
           "Yes, the Russian metal that was already on the exchange can still be traded and withdrawn. What the LME and "
           "the CME can no longer accept is new metal produced on or after April 13."),
    ("qa", "Does this stop Rusal selling aluminium?",
           "No. Non-US buyers can still buy Russian metal directly from producers, and Rusal is not on the SDN list. The "
           "measure shuts Russian producers out of the two big exchanges, not out of world trade."),
    ("qa", "Which metals are covered?",
           "Aluminium, copper and nickel only. Zinc, lead, tin and palladium are not covered."),
    ("qa", "Has the EU done the same?",
           "No. The EU considered a ban on Russian aluminium for its February 2024 package but did not include it. Canada "
           "banned Russian aluminium and steel products in March 2023."),
    ("qa", "Why now, when the LME refused a ban in 2022?",
           "The LME said in November 2022 that it would only act if governments did. This time governments acted: the "
           "exchange is implementing US and UK law, not choosing a ban of its own."),
    ], related=["Section 301 exclusions: what expires in May", "Incoterms 2020 in practice"])

art("ZZA-russian-metal-stocks-drop-at-lme-may-2024", "md", "news", "2024-05-14", "Base Metals Wire",
    "By Harriet Colquhoun", "Russian aluminium stocks in LME warehouses fall by almost two-thirds", [
    ("p", "Stocks of Russian aluminium in warehouses certified by the London Metal Exchange fell sharply in April, the "
          "first month of the US and UK ban on new Russian metal, according to the exchange's monthly data."),
    ("h", "The April numbers"),
    ("li", "Russian aluminium: 116,300 tonnes at the end of April, down from 311,900 tonnes at the end of March, a fall "
           "of 62.7%."),
    ("li", "Russian copper: 47,350 tonnes, down from 60,750 tonnes."),
    ("li", "Russian nickel: virtually unchanged at 24,800 tonnes."),
    ("p", "Traders said much of the aluminium was cancelled and taken out of the system before the new rules bit, in "
          "part because warehouse companies offer rent-sharing deals to holders who move metal out. Russian metal "
          "produced before April 13 can still be warranted, but the restrictions on newer warrants mean fewer holders "
          "want it."),
    ("h", "Still a two-tier market"),
    ("p", "Analysts expect Russian metal to linger in the LME system for a long time, and they say the exchange may "
          "have to adjust its rules again. The ban does not stop Russian producers selling to buyers in China, India or "
          "Turkey, and analysts expect China to take more of it."),
    ("p", "The share of Russian metal in LME stocks had risen for months before the ban, with aluminium reaching 91% of "
          "registered stocks in March."),
    ], teaser="More from Base Metals Wire: Indonesia's nickel quota delays rattle stainless makers")

art("ZZA-metal-traders-thread-russian-warrants-2024", "txt", "forum", "2024-04-22", "BaseMetalTalk forums",
    "Thread started by coilspring", "Thread: Russian metal ban - what happens to my warrants?", [
    ("post", "coilspring", "15 Apr 2024", "Small fabricator here, we hedge on the LME. If we get allocated Russian "
             "aluminium on a warrant, are we stuck with it now?"),
    ("post", "tonne_of_bricks", "15 Apr 2024", "Depends when it was produced and when the warrant was issued. Metal made "
             "before April 13 is still good delivery. Warrants issued on or after April 13 for that older metal carry "
             "restrictions for UK members, they can't cancel or withdraw unless acting for a non-UK client."),
    ("post", "coilspring", "16 Apr 2024", "So the old stock is not frozen?"),
    ("post", "tonne_of_bricks", "16 Apr 2024", "No, existing stock can still be traded and withdrawn. The governments "
             "exempted it on purpose so the market would not seize up."),
    ("post", "MetalMick", "17 Apr 2024", "And the US side also bans imports of new Russian ali, copper and nickel. If "
             "you're a US shop, check the production date on anything Russian, and remember the 200% tariff on the old "
             "stuff."),
    ("post", "coilspring", "18 Apr 2024", "What about zinc? Our galvanizing line uses some."),
    ("post", "MetalMick", "18 Apr 2024", "Zinc isn't covered, only aluminium, copper and nickel."),
    ("post", "tonne_of_bricks", "22 Apr 2024", "Price spike on the Monday was wild, ali up over 9% at one point, but it "
             "gave a lot back. Russian metal will just go to China at a discount."),
    ])

# ---------------------------------------------------------------- Story B: Jammal Trust Bank

art("ZZA-treasury-blacklists-jammal-trust-bank-aug-2019", "md", "news", "2019-08-30", "Levant Finance Report",
    "By Rami Haddad", "US Treasury blacklists Lebanon's Jammal Trust Bank over Hezbollah", [
    ("p", "The US Treasury on Thursday sanctioned Jammal Trust Bank SAL, a Lebanon-based lender, accusing it of knowingly "
          "facilitating banking activities for Hezbollah."),
    ("h", "What Treasury did"),
    ("li", "The Office of Foreign Assets Control designated Jammal Trust as a Specially Designated Global Terrorist "
           "(SDGT) under Executive Order 13224."),
    ("li", "It also designated three Lebanon-based subsidiaries: Trust Insurance S.A.L., Trust Insurance Services S.A.L. "
           "and Trust Life Insurance Company S.A.L., as owned or controlled by the bank."),
    ("li", "All property of the targets in the United States or held by US persons is blocked."),
    ("p", "Treasury said the bank has a longstanding relationship with a key Hezbollah financial entity and provides "
          "financial services to Hezbollah's Executive Council and to the Iran-based Martyrs Foundation. It said "
          "Hezbollah MP Amin Sherri, whom OFAC designated in July, coordinates the group's financial activity at the "
          "bank with its management."),
    ("p", "\"Treasury is targeting Jammal Trust Bank and its subsidiaries for brazenly enabling Hizballah's financial "
          "activities,\" said Sigal Mandelker, Under Secretary for Terrorism and Financial Intelligence, adding that the "
          "US would keep working with the Central Bank of Lebanon."),
    ("h", "Also on Thursday"),
    ("p", "Treasury separately sanctioned four people it said moved money from Iran's Revolutionary Guard Corps to Hamas "
          "through Hezbollah. Secretary of State Mike Pompeo said the US would not hesitate to designate institutions that "
          "support Hezbollah."),
    ], teaser="More from Levant Finance Report: Eurobond yields climb after Fitch cut")

art("ZZA-jammal-trust-bank-statement-summary-aug-2019", "txt", "statement", "2019-08-30", "Levant Finance Report",
    "Summary by the Levant Finance Report desk", "Statement summary: Jammal Trust Bank rejects US allegations", [
    ("p", "BEIRUT - Jammal Trust Bank said on Friday that it learned of the US sanctions \"with great surprise\" and "
          "\"denies each and every allegation\" behind the Treasury's action."),
    ("h", "WHAT THE BANK SAID"),
    ("p", "The bank said it abides strictly by the rules of the Central Bank of Lebanon and by international rules on "
          "countering money laundering and terrorist financing. It said it would take appropriate steps \"to clear its "
          "good name\" and would appeal the Treasury's decision. It also said it would work with the central bank to "
          "protect depositors."),
    ("h", "OFFICIAL REACTIONS"),
    ("p", "Finance Minister Ali Hassan Khalil wrote that the banking sector would overcome the repercussions of the "
          "decision and that clients' deposits would be safe. The governor of the central bank, Riad Salameh, said the "
          "central bank would guarantee deposits at the bank that are not subject to sanctions. The Association of Banks "
          "in Lebanon expressed its regret and said all funds deposited with the bank were safe."),
    ("h", "ABOUT THE BANK"),
    ("p", "Jammal Trust is a 50-year-old commercial bank with branches throughout Lebanon. It has announced no "
          "closure. The bank did not say whether it would seek a buyer or keep operating, and it gave no timetable for "
          "its appeal."),
    ("p", "In June 2018 the US Agency for International Development had partnered with Jammal Trust on a financial "
          "inclusion and financial literacy initiative for disadvantaged communities."),
    ], teaser="This is a summary of public statements, not investment advice.")

art("ZZA-jammal-trust-bank-depositors-faq-sep-2019", "html", "faq", "2019-09-04", "Levant Finance Report",
    "Rami Haddad", "Jammal Trust Bank sanctions: what depositors need to know", [
    ("qa", "What exactly happened to Jammal Trust?",
           "On August 29, 2019 the US Treasury listed the bank and three insurance subsidiaries as Specially Designated "
           "Global Terrorists under Executive Order 13224, accusing it of serving Hezbollah."),
    ("qa", "Is my money safe?",
           "The central bank governor has said deposits that are not subject to sanctions will be guaranteed, and the "
           "finance minister has said deposits are safe. No official figure for the bank's deposits has been given."),
    ("qa", "Can the bank still send dollars abroad?",
           "In practice, no. The designation cuts the bank off from US correspondent banks, and foreign banks are "
           "unlikely to deal with it. Transfers in dollars abroad should be expected to fail."),
    ("qa", "Is the bank closing?",
           "Not so far. It says it will appeal and clear its name, and it has announced no closure. The central bank "
           "has said it will look into the lender."),
    ("qa", "Is the whole Lebanese banking system under sanctions?",
           "No. Only Jammal Trust and its subsidiaries were named. US officials have warned that others who help "
           "Hezbollah could be targeted."),
    ("qa", "Can the bank get off the list?",
           "A designated party can ask OFAC to reconsider, but removals usually take a long time and require a change "
           "of conduct or ownership."),
    ], related=["Mortgage subsidies suspended for 2019", "Beirut property prices: a buyer's market?"])

art("ZZA-lebanon-central-bank-approves-jammal-liquidation-sep-2019", "md", "news", "2019-09-20", "Levant Finance Report",
    "By Rami Haddad", "Lebanon's central bank approves Jammal Trust Bank's self-liquidation", [
    ("p", "Banque du Liban said on Thursday it had approved a request from Jammal Trust Bank, hit by US sanctions last "
          "month, to liquidate itself."),
    ("h", "What the governor said"),
    ("p", "Governor Riad Salameh said the request of September 19 was approved under Article 17 of Law 110 of November "
          "7, 1991, which deals with self-liquidation. The value of the bank's fixed assets and rights, together with its "
          "share in the National Deposit Guarantee Institution, is enough \"in principle\" to pay all of its deposits and "
          "obligations, he said."),
    ("li", "Deposits that comply with Lebanese laws and central bank rules will be paid."),
    ("li", "Depositors' money will be available on its maturity date."),
    ("li", "The rights of the bank's employees will be preserved."),
    ("h", "The bank's statement"),
    ("p", "Jammal Trust said that in light of the US Treasury's decision to list it as an SDGT on August 29, \"despite "
          "its sound financial position\" and its full compliance with banking rules, its board \"had to take the "
          "decision of self-liquidation\" in full coordination with the central bank."),
    ("p", "The bank had 25 branches in Lebanon and representative offices in London, Ivory Coast and Nigeria. Its total "
          "assets stood at nearly $1.1 billion at the end of 2017. Analysts had said a sale to a competitor was unlikely, "
          "as no Lebanese bank wanted to inherit a US terrorism designation."),
    ], teaser="More from Levant Finance Report: Fuel importers warn of dollar shortage")

art("ZZA-jammal-trust-depositors-thread-2019", "html", "forum", "2019-09-23", "Beirut Money Forum (archived)",
    "Thread started by salwa_k", "Thread: Jammal Trust customers - what are you doing?", [
    ("post", "salwa_k", "31 Aug 2019", "My salary goes into Jammal Trust. After the US news, do I move it? Branch says "
             "all normal."),
    ("post", "karim.b", "31 Aug 2019", "Salameh said deposits not under sanctions are guaranteed. I'd still move a "
             "dollar account, transfers abroad will be a problem now."),
    ("post", "salwa_k", "2 Sep 2019", "Tried a transfer to my brother in Dubai, it was refused."),
    ("post", "Nadim77", "5 Sep 2019", "The bank says it will appeal to Treasury. Good luck with that, these listings "
             "almost never get reversed quickly."),
    ("post", "karim.b", "19 Sep 2019", "It's over: the board chose self-liquidation and BdL approved it today."),
    ("post", "salwa_k", "20 Sep 2019", "So what happens to my term deposit?"),
    ("post", "Nadim77", "20 Sep 2019", "Paid when it matures, according to the governor. Current accounts should be paid "
             "out as the liquidation goes on. The deposit guarantee institution's share is part of the money."),
    ("post", "salwa_k", "21 Sep 2019", "My salary account is in Lebanese pounds. Does the same apply?"),
    ("post", "Nadim77", "21 Sep 2019", "Same rule, as far as anyone knows. The governor said deposits that comply with "
             "Lebanese law and central bank rules will be paid. Ask your employer to switch your salary to another "
             "bank now, and keep the paperwork for every account you hold there."),
    ("post", "karim.b", "23 Sep 2019", "Also the employees keep their rights, he said. Sad for a bank that was 50 years "
             "old. USAID even did a financial literacy program with them last year."),
    ])

# ---------------------------------------------------------------- Story C: Venezuelan gold

art("ZZA-trump-order-venezuela-gold-sector-nov-2018", "txt", "news", "2018-11-01", "Hemisphere Brief",
    "By Lucia Arriaga", "Trump order opens Venezuela's gold sector to US sanctions", [
    ("p", "MIAMI - President Donald Trump has signed an executive order allowing sanctions on anyone operating in "
          "Venezuela's gold sector, National Security Adviser John Bolton announced on Thursday."),
    ("p", "The order, Executive Order 13850 of November 1, 2018, blocks the property of any person the Treasury "
          "determines operates in the gold sector of the Venezuelan economy, or in any other sector the Treasury names "
          "later, and of people responsible for corrupt or deceptive transactions involving the Maduro government."),
    ("h", "THE TURKEY CONNECTION"),
    ("p", "US officials said the order aims to disrupt Venezuela's gold exports, much of which have gone to Turkey this "
          "year and which they fear undercut the pressure on President Nicolas Maduro. \"The Maduro regime has used this "
          "sector as a bastion to finance illicit activities, to fill its coffers, and to support criminal groups,\" "
          "Bolton said."),
    ("h", "NO NAMES YET"),
    ("p", "The order itself names no company or person. The Treasury will decide whom to designate under it, and "
          "officials said the gold sector was only the first area in view."),
    ("p", "Bolton spoke at the Freedom Tower, where Cuban refugees were received in the 1960s, and branded Cuba, "
          "Venezuela and Nicaragua a \"troika of tyranny\". He also announced that the State Department would add more "
          "than two dozen entities tied to the Cuban military and intelligence services to its restricted list."),
    ("p", "Venezuela's central bank has been selling gold from its reserves, and state miners deliver gold to it."),
    ], teaser="Our tip: Venezuela's bolivar soberano, three months on")

art("ZZA-bank-of-england-blocks-maduro-gold-jan-2019", "md", "news", "2019-01-26", "Hemisphere Brief",
    "By Lucia Arriaga", "Bank of England denies Maduro bid to pull $1.2 billion of gold", [
    ("p", "Nicolas Maduro's government was blocked in a bid to withdraw $1.2 billion worth of gold held at the Bank of "
          "England, people familiar with the matter said on Friday."),
    ("h", "Part of the reserves"),
    ("p", "The gold is a big part of the $8 billion in foreign reserves held by the Central Bank of Venezuela, much of "
          "whose whereabouts is unknown. The refusal followed lobbying of British officials by US Secretary of State "
          "Mike Pompeo and National Security Adviser John Bolton, who want to cut the government off from its assets "
          "abroad and steer them to opposition leader Juan Guaido, who declared himself interim president on Wednesday."),
    ("p", "Officials at the central bank in Caracas have been told that Bank of England staff will not respond to them, "
          "citing compliance reasons, according to a Venezuelan official."),
    ("h", "What the Bank of England says"),
    ("p", "The Bank of England declined to comment. It \"provides banking services - including gold custody services - "
          "to a large number of customers\" and does not comment on those relationships, it said, adding that it abides "
          "by all relevant legislation, including applicable financial sanctions."),
    ("h", "Not yet a US target"),
    ("p", "The Central Bank of Venezuela is not itself on the US sanctions list. Washington's gold-sector order of "
          "November has so far led to no designation of a gold company, though officials say gold sales help keep "
          "Maduro's government afloat."),
    ("li", "US recognized Guaido: Wednesday, January 23."),
    ("li", "Gold at the Bank of England: about $1.2 billion."),
    ], teaser="More from Hemisphere Brief: Colombia's border towns brace for new arrivals")

art("ZZA-uganda-probes-refinery-venezuelan-gold-mar-2019", "html", "news", "2019-03-14", "East Africa Markets",
    "Brian Ssekandi", "Uganda probes Entebbe refinery over 7.4 tonnes of gold", [
    ("p", "Ugandan authorities said on Wednesday they are investigating the country's biggest gold refinery over recent "
          "imports of an estimated 7.4 tonnes of gold, worth some $300 million. State-run media reported the gold could "
          "have come from Venezuela, which has been selling gold to prop up its sanctions-hit economy."),
    ("h", "Two shipments"),
    ("p", "Police spokesman Fred Enanga said intelligence reports showed that African Gold Refinery (AGR) received a "
          "shipment of 3.8 tonnes on March 2 and another of 3.6 tonnes on March 4, and that neither passed through "
          "official customs entry points. On March 7 police raided AGR's premises in Entebbe with a court order and found "
          "the 3.6-tonne batch, but the first shipment had disappeared."),
    ("p", "\"We are very much interested in them indicating to us where the 3.8 tonnes of gold are,\" Enanga said. He "
          "said the seized gold was handed to the central bank while investigators establish its origin and owner."),
    ("h", "The refinery's answer"),
    ("p", "AGR said the gold came from South America, without giving details, and rejected allegations of smuggling. "
          "\"AGR transactions are legal and documentations are 1000% legitimate,\" it said."),
    ("p", "The refinery was launched in 2014 by President Yoweri Museveni and was set up by Belgian businessman Alain "
          "Goetz. Washington has warned gold traders against dealing in Venezuelan gold, but AGR itself is not under US "
          "sanctions."),
    ], related=["Coffee exports dip on lower prices", "Kampala expressway tolls take effect"])

art("ZZA-us-sanctions-minerven-gold-mar-2019", "html", "news", "2019-03-20", "Hemisphere Brief", "Lucia Arriaga",
    "US blacklists Venezuela's state gold miner Minerven", [
    ("p", "The US Treasury on Tuesday imposed sanctions on Minerven, Venezuela's state-run gold mining company, and its "
          "president, Adrian Antonio Perdomo Mata, the first gold company hit under the order Donald Trump signed in "
          "November."),
    ("p", "Minerven, in full CVG Compania General de Mineria de Venezuela CA, is the only state processor of gold in the "
          "country. Treasury said it buys gold from miners and melts it into bars; the military then carries the bars to "
          "air bases outside Caracas and on to the Central Bank of Venezuela."),
    ("h", "Why gold"),
    ("p", "\"Treasury is targeting gold processor Minerven and its president for propping up the inner circle of the "
          "corrupt Maduro regime,\" Treasury Secretary Steven Mnuchin said. Marshall Billingslea, assistant secretary "
          "for terrorist financing, said that as oil production plummeted, the government turned to gold as \"a final "
          "frontier for their kleptocratic activities\"."),
    ("p", "It is the sixth round of US sanctions on Venezuela since January. Officials said the action was aimed in "
          "particular at China, Russia and Turkey, and they pointed to a spike in Venezuelan gold shipments to Africa, "
          "especially Uganda."),
    ("h", "What it means"),
    ("p", "All US property of Minerven and Perdomo is blocked, and Americans are barred from dealing with them. The "
          "Central Bank of Venezuela, which buys Minerven's bars, was not designated on Tuesday."),
    ], related=["Caracas blackout: day six", "Peru's copper output rises"])

art("ZZA-uganda-attorney-general-releases-agr-gold-summary-mar-2019", "txt", "agency", "2019-03-29", "East Africa Markets",
    "Prepared by the East Africa Markets legal desk", "Agency summary: Attorney General orders release of AGR's gold", [
    ("p", "KAMPALA - Uganda's Attorney General, William Byaruhanga, has directed police to return the gold they seized "
          "from African Gold Refinery and to withdraw their officers from its premises."),
    ("h", "THE DIRECTIVE"),
    ("p", "In a letter dated March 26, addressed to Jessica Kaigombe, commandant of the police Minerals Protection Unit, "
          "the Attorney General said AGR had lawfully imported the gold. He found that an existing tax exemption law "
          "covered the shipment, which in his words \"dispels the suspicion of smuggling\", and told police to release any "
          "gold that had been seized or impounded."),
    ("p", "The letter cited a security investigation report showing that the gold had been imported from Venezuela. It "
          "also instructed AGR to stop importing gold from Venezuela."),
    ("h", "WHAT WAS RETURNED"),
    ("p", "The returned consignment was the 3.6-tonne batch, worth about $149 million, part of the 7.4 tonnes AGR "
          "imported in two batches on March 2 and March 4. Police confirmed they had left AGR's premises, and the "
          "refinery confirmed it by email. The Uganda Revenue Authority had earlier said AGR declared the gold for "
          "inward processing."),
    ("h", "OPEN QUESTIONS"),
    ("p", "The directive does not say who owned the gold or who bought the 3.8 tonnes that left Uganda. Alain Goetz, who "
          "set up the refinery, has said he now serves as a consultant after selling his stake to an investor from "
          "Bahrain."),
    ], teaser="This summary is not legal advice.")

art("ZZA-us-designates-venezuela-central-bank-apr-2019", "md", "news", "2019-04-17", "Hemisphere Brief",
    "By Lucia Arriaga", "US designates the Central Bank of Venezuela", [
    ("p", "The US Treasury on Wednesday designated the Central Bank of Venezuela (BCV), cutting it off from the US "
          "financial system, in a step announced by National Security Adviser John Bolton in Miami."),
    ("h", "The designations"),
    ("li", "The central bank was designated under Executive Order 13850 for operating in the financial sector of the "
           "Venezuelan economy."),
    ("li", "Its director Iliana Josefa Ruzza Teran was designated under Executive Order 13692."),
    ("li", "All their property in the United States or held by US persons is blocked."),
    ("p", "\"Treasury is designating the Central Bank of Venezuela to prevent it from being used as a tool of the "
          "illegitimate Maduro regime, which continues to plunder Venezuelan assets and exploit government institutions "
          "to enrich corrupt insiders,\" Treasury Secretary Steven Mnuchin said."),
    ("h", "Cards and remittances"),
    ("p", "Mnuchin said the US had taken steps so that regular debit and credit card transactions can proceed and "
          "personal remittances and humanitarian assistance continue. Bolton said the bank had been crucial to keeping "
          "Maduro in power, in part through transactions involving the country's gold reserves."),
    ("p", "The step follows the March 19 designation of the state gold company Minerven, whose bars go to the central "
          "bank, and the March 22 designation of the development bank Bandes and its subsidiaries."),
    ], teaser="More from Hemisphere Brief: Remittance firms in Miami adjust to new rules")

art("ZZA-maduro-reacts-central-bank-sanctions-apr-2019", "txt", "news", "2019-04-18", "Hemisphere Brief",
    "By Lucia Arriaga", "Maduro calls central bank sanctions illegal", [
    ("p", "CARACAS - President Nicolas Maduro said on Wednesday that US sanctions on the Central Bank of Venezuela were "
          "\"totally illegal and immoral\" and would only make his government stronger."),
    ("p", "Speaking on television hours after the Treasury action, Maduro called the central bank a \"sacred "
          "institution\" of the country."),
    ("h", "WHAT WASHINGTON SAID"),
    ("p", "Announcing the measure in Miami, John Bolton said the central bank had been crucial to maintaining Maduro in "
          "power, pointing to its role in selling gold reserves. The US also named Iliana Ruzza, a director of the bank."),
    ("h", "THE GOLD TRAIL"),
    ("p", "Opposition lawmakers have said that tonnes of gold left the central bank's vaults this year. In March, "
          "Ugandan police investigated 7.4 tonnes of gold imported by a refinery in Entebbe that officials said came "
          "from Venezuela, and the Bank of England has declined since January to release about $1.2 billion of "
          "Venezuelan gold."),
    ("p", "With the central bank designated, dealing with Venezuela's reserves now exposes buyers and banks to US "
          "sanctions, not only gold purchases from state miners."),
    ("h", "CARDS STILL WORK"),
    ("p", "Treasury said regular card payments, personal remittances and humanitarian aid may continue, so most "
          "Venezuelans should see no immediate change at the till."),
    ], teaser="Our tip: The Venezuela sanctions timeline, 2015 to now")

art("ZZA-venezuela-gold-sanctions-explainer-may-2019", "html", "explainer", "2019-05-06", "Hemisphere Brief",
    "Lucia Arriaga", "Explainer: how US sanctions closed in on Venezuela's gold", [
    ("p", "Venezuela's gold became a target because it was one of the few assets the government could still sell after "
          "sanctions hit its oil company. Here is how the US measures built up."),
    ("h", "Step by step"),
    ("li", "November 1, 2018: Executive Order 13850 allows sanctions on anyone operating in the gold sector."),
    ("li", "January 2019: the Bank of England declines to release about $1.2 billion of gold; the US recognizes Juan "
           "Guaido on January 23."),
    ("li", "March 19, 2019: the state gold processor Minerven and its president are designated."),
    ("li", "April 17, 2019: the Central Bank of Venezuela is designated under the same order."),
    ("h", "Who is exposed"),
    ("p", "Anyone who buys gold from Minerven or from the central bank risks US sanctions, including refiners and traders "
          "outside the United States. The Uganda case in March, in which a refinery in Entebbe received 7.4 tonnes of "
          "gold that officials said came from Venezuela, showed how gold could move through third countries."),
    ("h", "Who is not"),
    ("p", "The refinery in Uganda, African Gold Refinery, was not sanctioned; Ugandan authorities released the gold "
          "after the Attorney General found the import lawful. Small private miners in Venezuela are not named, though "
          "selling to Minerven is risky. Card payments and remittances by ordinary Venezuelans remain allowed."),
    ("p", "Sanctions can be lifted: US officials say removal is available to those who take concrete steps to restore "
          "democratic order."),
    ], related=["Guaido's envoy in Washington: profile", "Oil tanker rates in the Caribbean"])

art("ZZA-us-sanctions-african-gold-refinery-goetz-mar-2022", "md", "news", "2022-03-18", "East Africa Markets",
    "By Brian Ssekandi", "US sanctions Alain Goetz and Uganda's African Gold Refinery", [
    ("p", "The US Treasury on Thursday sanctioned Belgian businessman Alain Goetz, the African Gold Refinery in Uganda "
          "and a network of companies it said moved gold worth hundreds of millions of dollars a year out of the "
          "Democratic Republic of the Congo."),
    ("h", "The designations"),
    ("li", "OFAC designated Goetz and nine companies, including AGR, on March 17, 2022."),
    ("li", "AGR was designated under Executive Order 13413, the Congo sanctions order, for supporting people who "
           "threaten the peace or stability of the DRC; Goetz for being its leader; eight others as companies he owns "
           "or controls."),
    ("li", "The companies are in Belgium, Uganda, the United Arab Emirates and the Seychelles."),
    ("p", "Treasury said more than 90 percent of DRC gold is smuggled to neighbours such as Uganda and Rwanda, refined "
          "there and exported, mostly to the UAE. \"Conflict gold provides the largest source of revenue to armed groups "
          "in eastern DRC,\" said Under Secretary Brian Nelson."),
    ("h", "Goetz denies it"),
    ("p", "Goetz denied the allegations. \"I have not been to (Congo) in more than 20 years,\" he said, and called the "
          "sanctions unfair and unjust, saying they rest on NGO reports."),
    ("p", "The refinery, opened in Entebbe in 2014, was at the centre of a 2019 police inquiry into 7.4 tonnes of gold "
          "flown in from Venezuela, after which the gold was released. Until this week AGR had never been on a US "
          "sanctions list."),
    ], teaser="More from East Africa Markets: Kenya's shilling hits a record low")

# ---------------------------------------------------------------- Distractors (no question expects them)

art("ZZA-rusal-2023-results-distractor-mar-2024", "md", "news", "2024-03-15", "Base Metals Wire", "By Harriet Colquhoun",
    "Rusal's 2023 profit falls as costs rise and prices slip", [
    ("p", "Rusal, the largest aluminium producer outside China, reported a sharp fall in profit for 2023, blaming lower "
          "aluminium prices, higher costs for alumina and energy, and the expense of longer delivery routes to Asian "
          "customers."),
    ("h", "Highlights"),
    ("li", "Aluminium output was broadly stable at about 3.8 million tonnes."),
    ("li", "Sales to Asia, led by China, made up a growing share of revenue."),
    ("li", "The company kept its capital spending plans for its Siberian smelters."),
    ("p", "Chief executive Evgenii Nikitin said the company had adapted its logistics, shipping more metal by rail and "
          "through Far Eastern ports, and that demand for low-carbon aluminium remained strong in Asia."),
    ("h", "Shares and debt"),
    ("p", "The Hong Kong-listed shares moved little after the results. The company said it had refinanced part of its "
          "debt in yuan and had enough liquidity for the year. It did not pay a dividend."),
    ("p", "Rusal also said it was studying new alumina capacity to cut its reliance on outside suppliers, after losing "
          "access to some raw materials in 2022. Its Irkutsk and Krasnoyarsk smelters ran at full capacity, and the "
          "company expects aluminium demand in China to keep growing with the spread of electric cars and solar panels, "
          "which use more of the metal than older products."),
    ("p", "Analysts said the results were in line with expectations for a producer that sells mostly into Asia and pays "
          "higher freight than it did before 2022."),
    ], teaser="More from Base Metals Wire: Alumina prices climb on Guinea bauxite worries", distractor=True)

art("ZZA-orinoco-mining-arc-profile-distractor-2018", "md", "explainer", "2018-08-20", "Hemisphere Brief",
    "By Lucia Arriaga", "Profile: the Orinoco Mining Arc and Venezuela's gold rush", [
    ("p", "The Orinoco Mining Arc is a vast zone in southern Venezuela that the government opened to mining in 2016, "
          "covering about 112,000 square kilometres of Bolivar state and parts of Amazonas and Delta Amacuro."),
    ("h", "What is mined there"),
    ("li", "gold, the main prize, mostly from small and artisanal pits;"),
    ("li", "coltan, diamonds and bauxite in smaller amounts;"),
    ("li", "iron ore near Ciudad Guayana, long worked by state companies."),
    ("p", "The government says the arc will replace falling oil income and has invited foreign partners. The state "
          "company Minerven operates plants in El Callao, the historic gold town, where it processes ore bought from "
          "small miners."),
    ("h", "The human cost"),
    ("p", "Rights groups report violence by armed gangs that control many mines, the use of mercury that poisons rivers, "
          "and deforestation inside protected areas. Indigenous communities say they were not consulted. Malaria cases "
          "have risen sharply in mining areas."),
    ("p", "Prices paid to miners are set by the state in bolivars, which lose value quickly, so many miners sell to "
          "smugglers who pay in cash or in gold itself. Experts estimate that a large part of the gold produced in the "
          "region leaves the country illegally, through Colombia, Brazil and Guyana."),
    ("p", "The government says it is formalising small miners and building new processing plants. Critics say the arc "
          "has brought little to local people."),
    ], teaser="More from Hemisphere Brief: Inside El Callao's gold market", distractor=True)

art("ZZA-lebanon-banks-reopen-after-closure-distractor-nov-2019", "html", "news", "2019-11-01", "Levant Finance Report",
    "Rami Haddad", "Lebanese banks reopen after two weeks, with informal limits", [
    ("p", "Lebanon's banks reopened on Friday after being shut for two weeks during nationwide protests, with long queues "
          "at branches and informal limits on withdrawals and transfers abroad."),
    ("h", "What customers found"),
    ("p", "Many branches limited dollar withdrawals and refused most transfers abroad unless they were for tuition, "
          "medicine or imports of essential goods. The Association of Banks in Lebanon said there were no formal capital "
          "controls and called on customers to stay calm."),
    ("p", "Central bank governor Riad Salameh said there would be no haircut on deposits and that the central bank "
          "had the means to keep the currency peg at 1,507.5 pounds to the dollar. On the parallel market, money "
          "changers quoted well above that rate."),
    ("h", "Why the banks closed"),
    ("p", "The banks shut on October 18, the day after protests began over a planned tax on WhatsApp calls and grew into "
          "a movement against the political class. Prime Minister Saad Hariri resigned on October 29."),
    ("p", "Bankers said deposit outflows had been growing for months as confidence fell and as Lebanon's credit rating "
          "was cut. Economists warned that a government with a credible rescue plan was needed to stop the run, and "
          "that the informal limits could become long-lasting if no plan came. Union leaders said staff had faced "
          "angry customers at several branches."),
    ], related=["Fuel importers strike ends", "Tourism season ends early"], distractor=True)

art("ZZA-lme-nickel-suspension-distractor-mar-2022", "html", "news", "2022-03-16", "Base Metals Wire",
    "Harriet Colquhoun", "LME nickel trading resumes after week-long suspension", [
    ("p", "Nickel trading on the London Metal Exchange resumed on Wednesday after a week-long suspension, but quickly hit "
          "its daily limit as the market struggled to find a price."),
    ("h", "What happened"),
    ("p", "The LME halted nickel trading on March 8 after prices more than doubled in a matter of hours to above $100,000 "
          "a tonne, squeezing traders who had bet on lower prices, including a large Chinese producer. The exchange then "
          "cancelled trades done on the morning of March 8, a step that angered some members and hedge funds."),
    ("p", "On reopening, the exchange introduced daily price limits for nickel and other metals. Technical problems "
          "meant that some trades were cancelled again on the first day."),
    ("h", "Why it matters"),
    ("p", "The crisis raised questions about the LME's oversight of large positions and its clearing house. Some users "
          "said they would move hedging to other exchanges. The UK's Financial Conduct Authority and the Bank of England "
          "said they would look at what happened."),
    ("p", "The market was already tense because of fears about supply from Russia, a major producer of the class 1 "
          "nickel the LME contract requires, after the invasion of Ukraine. Russian metal has not been sanctioned and "
          "remains deliverable on the exchange. Traders said liquidity in the nickel contract was likely to stay thin."),
    ], related=["Palladium premiums narrow", "Steel scrap exports from the UK rise"], distractor=True)

art("ZZA-uganda-gold-refining-feature-distractor-jun-2018", "txt", "news", "2018-06-12", "East Africa Markets",
    "By Brian Ssekandi", "Uganda bets on gold refining to lift exports", [
    ("p", "ENTEBBE - Uganda wants to become a regional hub for gold refining, and the refinery that opened near the "
          "airport here four years ago is at the centre of the plan."),
    ("p", "African Gold Refinery, launched in 2014 with President Yoweri Museveni at the opening, says it can process "
          "several tonnes of gold a month and produce bars of high purity. Its founder, the Belgian trader Alain Goetz, "
          "has long argued that refining in Africa keeps more value on the continent."),
    ("h", "EXPORT FIGURES"),
    ("p", "Gold has become one of Uganda's largest exports by value in recent years, even though the country mines "
          "little of it. Most of the metal comes from neighbouring countries, officials say, and is refined or simply "
          "re-exported, mainly to the United Arab Emirates."),
    ("h", "QUESTIONS"),
    ("p", "Activist groups have asked how much of the gold comes from conflict areas in eastern Congo, and say buyers "
          "should ask for better paperwork. The refinery says it follows international guidance on responsible "
          "sourcing. The government plans a new mining law with a register of licensed dealers."),
    ("p", "Small miners in Busia and Karamoja welcome the plan but say they get low prices from middlemen. A new "
          "gold-testing laboratory is due to open next year."),
    ], teaser="Our tip: How to read Uganda's monthly trade data", distractor=True)
