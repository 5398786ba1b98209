# Article texts for blind set train-zz. Blocks: ("p", text), ("h", subhead), ("l", [items]),
# ("q", question, answer), ("post", user, "YYYY-MM-DD", text), ("c", user, text).
# Counted as article text: p, l, q, post, c.

A = []

def art(file, date, title, outlet, byline, shape, blocks, distractor=False, teaser=None, dateline=None):
    A.append(dict(file=file, date=date, title=title, outlet=outlet, byline=byline, shape=shape,
                  blocks=blocks, distractor=distractor, teaser=teaser, dateline=dateline))

# ---------------------------------------------------------------- Petropavlovsk
art("ZZ-petropavlovsk-misses-interest-after-gazprombank-freeze-mar-2022.md", "2022-03-25",
    "Petropavlovsk misses loan interest after UK freezes Gazprombank", "Mining Desk Daily", "Helen Garside", "news", [
    ("p", "London-listed gold miner Petropavlovsk said on Friday it could not pay $560,000 of interest due that day on its $200 million term loan from Gazprombank, a day after the UK government designated the Russian lender for an asset freeze in its latest round of Russia sanctions."),
    ("p", "The Russia-focused company, a member of the FTSE 250, told investors it has \"substantial commercial and financial relationships\" with Gazprombank (GPB) and its subsidiaries. Besides the term loan, the bank provides an $87 million revolving credit facility and buys the group's gold: Petropavlovsk called it the \"off-taker of 100 per cent\" of its production."),
    ("h", "Gold sales blocked"),
    ("p", "The designation \"prohibits further sales of gold by the group to Gazprombank at present,\" the company said, warning that restrictions on buying and selling gold in Russia may make it challenging to find an alternative purchaser. It said it was urgently considering the implications with its advisers and would update the market in due course."),
    ("p", "Petropavlovsk stressed that it has not itself been named in any Western sanctions. Even so, index provider FTSE Russell is deleting it from all FTSE indexes in this month's review, after many brokers refused to deal in shares of Russia-linked miners."),
    ("p", "The shares sank more than 30 per cent on Friday, taking the fall since Russia invaded Ukraine on February 24 to more than 85 per cent. Analysts at Peel Hunt said the asset freeze also complicated the refinancing of the company's bonds due in November."),
    ], teaser="More from Mining Desk: copper smelter charges climb for a third month")

art("ZZ-sudarikov-becomes-largest-petropavlovsk-shareholder-mar-2022.txt", "2022-03-14",
    "Billionaire Sudarikov becomes Petropavlovsk's largest shareholder", "City Ledger Wire", "Tom Ashby", "news", [
    ("p", "LONDON, March 14 - Russian billionaire Sergey Sudarikov has bought a stake of about 29 per cent in Petropavlovsk, making him the largest shareholder in the London-listed gold miner just as its share price collapses."),
    ("p", "He bought the holding cheaply from fellow tycoon Konstantin Strukov, the owner of gold producer UGC, who had until now been the company's biggest investor. Petropavlovsk did not comment on the change."),
    ("h", "BANK LINKS"),
    ("p", "Sudarikov is behind the Region financial group, which since 2019 has been merging its assets with Rossium Concern, run by billionaire Roman Avdeev. Rossium is the majority shareholder of Credit Bank of Moscow, and Region separately owns a stake in the bank, which was sanctioned by the United States last month."),
    ("p", "Petropavlovsk itself is not on any sanctions list. It owns hard-rock gold mines in the Amur region of Russia's Far East and was once the biggest gold miner listed on the London stock market. It was founded by Peter Hambro, a scion of the banking family, under the name Peter Hambro Mining."),
    ("h", "A COLLAPSING PRICE"),
    ("p", "Shares in the FTSE 250 company have fallen by more than 80 per cent in the past few weeks as investors dumped anything with Russian exposure. Several London brokers have told clients they will no longer take orders in Russia-linked stocks, leaving thin trading in a company that was worth well over a billion pounds last year."),
    ], teaser="Our tip: how to read a holding notification (TR-1)")

art("ZZ-petropavlovsk-hires-alixpartners-warns-shareholders-apr-2022.html", "2022-04-14",
    "Petropavlovsk hires AlixPartners and warns shareholders may get nothing", "Bullion Street Journal", "Priya Raman", "news", [
    ("p", "Petropavlovsk, the London-listed Russian gold miner, has appointed restructuring specialists AlixPartners and warned investors it is considering a sale of all its assets that might leave them with nothing."),
    ("p", "\"These options include the sale of the company's entire interests in its operating subsidiaries as soon as practically possible,\" the company said on Wednesday. \"It is not currently clear what return, if any, may be secured for shareholders\" or for holders of its bonds."),
    ("h", "Loan called in"),
    ("p", "The warning follows a notice from Gazprombank, its main lender, demanding immediate repayment of about $201 million owed on a term loan. Gazprombank was placed under a UK asset freeze in March, which blocked the miner from selling its gold to the bank, its only buyer, and from paying interest on the loan."),
    ("p", "The group's debt consists of the Gazprombank facilities, a convertible bond and a eurobond. It has no other bank loans."),
    ("p", "Petropavlovsk has not been sanctioned itself and its shares still trade on the London Stock Exchange, although they were removed from FTSE indexes last month and many brokers no longer deal in them. The stock has lost more than 90 per cent of its value since the invasion of Ukraine."),
    ("p", "The company said it was in talks with its lender and would update the market."),
    ], teaser=None)

art("ZZ-petropavlovsk-shareholder-questions-answered-may-2022.html", "2022-05-27",
    "Petropavlovsk: your questions answered", "Small Cap Sentinel", "Research team", "faq", [
    ("q", "Is Petropavlovsk itself under sanctions?", "No. The company says none of its group companies is subject to EU, UK, US or other sanctions. Its problem is its lender: Gazprombank has been under a UK asset freeze since March 24, 2022."),
    ("q", "Who holds the big loan now?", "Gazprombank demanded immediate repayment of the $200 million term loan in April. In April and May it assigned the loan to entities not subject to sanctions; the rights are now held by UMMC-Invest, part of the Russian metals producer UMMC."),
    ("q", "Can the miner sell its gold again?", "Yes, in part. In May Gazprombank allowed Petropavlovsk to sell its gold to other buyers, removing the bank's exclusive off-take."),
    ("q", "Can I still trade the shares?", "Yes. The shares remain admitted to trading on the London Stock Exchange's main market, although they were deleted from FTSE indexes in March and several brokers will not take orders."),
    ("q", "Is a sale of the business coming?", "The board, advised by AlixPartners, is reviewing options that include selling all its operating subsidiaries. It has said it is not clear what return, if any, shareholders would receive."),
    ("q", "Which mines are we talking about?", "Pioneer, Malomir and Albyn, plus the Pokrovskiy pressure oxidation (POX) hub, all in the Amur region of the Russian Far East."),
    ])

art("ZZ-petropavlovsk-shares-suspended-ahead-of-administration-jul-2022.txt", "2022-07-12",
    "Petropavlovsk shares suspended as gold miner heads for administration", "City Ledger Wire", "Tom Ashby", "news", [
    ("p", "LONDON, July 12 - Trading in Petropavlovsk shares was suspended on Tuesday at the company's request after the debt-laden Russian gold producer said it would file for administration at the High Court in London in the coming days."),
    ("p", "The miner said it was \"highly unlikely\" that it could refinance the $200 million term loan that Gazprombank demanded it repay immediately in April. The bank later assigned its rights to UMMC-Invest, a Russian metals producer."),
    ("p", "Petropavlovsk proposes Allister Manson, Trevor Binyon and Jo Rolls of Opus Business Advisory Group as administrators. A statement for the court put the group's assets at about $1.62 billion at the end of June against potential liabilities of $1.7 billion. It has also applied to cancel the London listing of its shares and of its convertible bonds due 2024."),
    ("h", "SHAREHOLDERS"),
    ("p", "The shares closed on Monday at 1.2 pence, down from 19 pence at the start of the year, valuing the equity at less than 50 million pounds. The company said an approach from one party for its assets was being discussed but, given its debts, there was no certainty of any return for shareholders. In Moscow, where it also has a listing, the stock plunged to a record low."),
    ("p", "\"Although Gazprombank in May allowed the mining company to sell its gold elsewhere, it appears that this decision came too little, too late,\" said Susannah Streeter, an analyst at Hargreaves Lansdown."),
    ], teaser="Our tip: what happens to your shares in administration")

art("ZZ-petropavlovsk-administrators-sale-approval-court-summary-aug-2022.txt", "2022-08-08",
    "Court summary: Petropavlovsk plc (in administration) - liberty to sell to UMMC-Invest", "Insolvency Notes", "Case summaries desk", "court", [
    ("p", "Case: In the matter of Petropavlovsk plc (in administration), High Court of Justice, Business and Property Courts of England and Wales, Insolvency and Companies List (ChD), case no. CR-2022-002121. Judge: Jonathan Hilliard QC sitting as a Deputy Judge of the High Court."),
    ("h", "BACKGROUND"),
    ("p", "Petropavlovsk plc is an English holding company owning gold mining and exploration companies in eastern Russia. After the UK designated Gazprombank in March 2022, the group defaulted on its $200 million term loan and about $86.7 million of credit facilities from the bank and could no longer sell gold to it. The joint administrators, Allister Jonathan Manson, Trevor Binyon and Joanne Rolls, partners of Opus Restructuring LLP, were appointed by order of HHJ Jarman QC dated July 18, 2022."),
    ("h", "THE APPLICATION"),
    ("p", "By an application notice dated July 27, 2022, the administrators sought a direction under paragraph 63 of Schedule B1 to the Insolvency Act 1986 giving them liberty to proceed with a sale of the company's business to UMMC-Invest. The hearing took place on July 29."),
    ("h", "OUTCOME"),
    ("p", "The judge granted the application in a short judgment handed down on Monday, August 1, 2022 ([2022] EWHC 2074 (Ch)), describing it as extremely urgent, and gave full written reasons on August 5 ([2022] EWHC 2097 (Ch))."),
    ], teaser="This summary is for information only and is not legal advice.")

art("ZZ-petropavlovsk-agrees-600m-sale-to-ummc-invest-aug-2022.md", "2022-08-04",
    "Petropavlovsk administrators agree $600m sale to UMMC-Invest; shareholders to be wiped out", "Mining Desk Daily", "Helen Garside", "news", [
    ("p", "The administrators of Petropavlovsk have agreed to sell the failed gold miner's Russian subsidiaries, and most of its companies elsewhere, to UMMC-Invest for consideration worth more than $600 million, the company said on Thursday."),
    ("p", "The buyer is part of Ural Mining and Metallurgical Company (UMMC), the Russian metals group that had already taken over the rights to Petropavlovsk's $200 million term loan from Gazprombank."),
    ("h", "Nothing for shareholders"),
    ("p", "\"The administrators anticipate that the sale proceeds will be sufficient to pay the creditors in full but without any return for shareholders,\" Opus Business Advisory Group said. The sale is conditional on a number of matters and has a longstop completion date of September 30, 2022."),
    ("p", "Allister Manson, an Opus partner, said last month that a sale of the assets would mean the board had \"fulfilled its duty to deliver the best outcome for UK creditors and western bond holders\"."),
    ("h", "What is being sold"),
    ("l", ["the Pioneer, Malomir and Albyn gold mines in the Amur region", "the Pokrovskiy pressure oxidation (POX) hub", "resources of 19.50 million ounces of gold, including reserves of 7.16 million ounces"]),
    ("p", "Petropavlovsk, formerly Peter Hambro Mining, entered administration in July after Western sanctions on Gazprombank left it unable to sell gold or service its debts."),
    ], teaser="More from Mining Desk: the other London-listed Russia plays")

art("ZZ-petropavlovsk-holders-thread-2022.html", "2022-08-04",
    "POG holders - sanctions fallout thread (archived)", "PennyPitch Forums", "", "forum", [
    ("post", "goldbug_77", "2022-03-25", "UK froze Gazprombank yesterday. They are the lender AND the only buyer of our gold. Missed a $560k interest payment today. Down another 30% and FTSE is kicking us out of the 250 this month."),
    ("post", "amur_miner", "2022-04-14", "AlixPartners hired, sale of everything on the table and 'not clear what return, if any' for shareholders. That is a polite way of saying zero. GPB has called in the whole loan, about $201m."),
    ("post", "lenny_k", "2022-05-30", "Glass half full: the loan has been assigned to UMMC-Invest, so no longer a sanctioned creditor, and GPB let them sell gold to others in May. Shares still trading. Holding."),
    ("post", "north_sea_sid", "2022-06-20", "Does anyone know if Petropavlovsk itself is on any list? My broker blocked buy orders and I assumed it was sanctioned. Turns out it is not, the company says none of its group companies is sanctioned. It is the lender that got frozen."),
    ("post", "goldbug_77", "2022-07-12", "Suspended this morning at their own request. Administration filing at the High Court, Opus as administrators. Last close 1.2p. Started the year at 19p."),
    ("post", "amur_miner", "2022-08-04", "There it is: sale to UMMC-Invest for more than $600m, creditors paid in full, 'without any return for shareholders'. Thread closed, good luck all."),
    ])

art("ZZ-london-russia-stocks-six-months-on-blog-sep-2022.html", "2022-09-05",
    "Six months on: what sanctions did to London's Russian stocks", "The Dividend Diary", "Margaret Oyelaran", "blog", [
    ("p", "Half a year ago the London Stock Exchange was home to dozens of Russian companies, most of them through global depositary receipts. The first domino was VTB: trading in its receipts was suspended on February 25, the day after the UK sanctioned the bank. On March 3 the exchange suspended 27 more, including Gazprom, Sberbank, Lukoil and Rosneft, and on March 4 another eight."),
    ("p", "Index providers moved at the same time. FTSE Russell deleted Russia from its equity indices from March 7, and MSCI removed Russian securities at a price that was effectively zero at the close on March 9. Passive funds were left holding shares they could not sell."),
    ("p", "The saddest case for ordinary investors was Petropavlovsk, which was never sanctioned. Its lender and sole gold buyer, Gazprombank, was frozen by the UK in March. The miner went into administration in July and its assets were sold to UMMC-Invest for more than $600 million, with nothing left for shareholders."),
    ("p", "Note that Gazprombank is still not under US blocking sanctions: the UK froze it, Washington has not."),
    ("c", "Dave R.", "I held POG in my ISA. Lesson learned: read who the lender is."),
    ("c", "Anika", "Are the depositary receipts coming back to London? Any news?"),
    ("c", "Margaret Oyelaran", "Anika, nothing announced. The suspensions remain in place."),
    ])

art("ZZ-amur-region-gold-output-2021.md", "2022-02-10",
    "Amur gold producers report mixed 2021 as oxidation hub ramps up", "Far East Resources Review", "Oleg Vasin", "distractor", [
    ("p", "Gold producers in Russia's Amur region reported mixed results for 2021, with output at some older open pits falling while new processing capacity came on stream."),
    ("p", "Petropavlovsk, the largest producer in the region, said its gold production fell 18 per cent in 2021 to 449,800 ounces, or about 14 tonnes. Managers blamed lower grades at Pioneer and Malomir and the time needed to bring refractory ore into the Pokrovskiy pressure oxidation (POX) hub."),
    ("h", "Why pressure oxidation matters"),
    ("p", "Refractory ore locks gold inside sulphide minerals, so ordinary leaching recovers only part of it. A POX autoclave breaks the sulphides down at high temperature and pressure, which allows much higher recovery. The Pokrovskiy hub was built to treat concentrate from the company's own mines and, in time, from third parties in the Far East."),
    ("p", "Analysts said 2022 would depend on how quickly the autoclaves reach design throughput and on the supply of flotation concentrate from Albyn and Malomir."),
    ("h", "Regional picture"),
    ("p", "Other Amur miners reported stable output. The regional government has said it wants more processing done locally rather than shipping concentrate to plants elsewhere in Russia or to China. Officials also highlighted road and power-line projects meant to reach deposits further north."),
    ("p", "Gold prices averaged about $1,800 an ounce in 2021, which supported margins despite higher costs for reagents, fuel and labour."),
    ], distractor=True, teaser="More from Far East Resources Review: coal rail capacity on the Baikal-Amur Mainline")

# ---------------------------------------------------------------- LSE suspensions and index deletions
art("ZZ-vtb-depositary-receipts-suspended-in-london-feb-2022.txt", "2022-02-25",
    "VTB receipts suspended in London after UK sanctions", "City Ledger Wire", "Tom Ashby", "news", [
    ("p", "LONDON, Feb 25 - Trading in the global depositary receipts of VTB, Russia's second-largest bank, was suspended on the London Stock Exchange on Friday after the UK placed the bank under an asset freeze on Thursday in response to Russia's invasion of Ukraine."),
    ("p", "The Financial Conduct Authority halted trading in the receipts, which represent VTB shares and give the bank a secondary listing in London. Its primary listing is in Moscow. VTB is the first Russian company to have its London trading formally suspended."),
    ("h", "WIND-DOWN LICENCE"),
    ("p", "The Treasury issued a general licence allowing the winding down of transactions involving VTB and several related UK subsidiaries through March 27, 2022. The licence covers closing out existing commitments but does not allow new funds to be made available to a sanctioned party."),
    ("h", "OTHER RUSSIAN STOCKS STILL TRADING"),
    ("p", "Other Russian companies with London receipts, such as Sberbank, Gazprom and Lukoil, were still trading on Friday, although their prices have collapsed and some brokers have stopped accepting orders. Exchange officials said further suspensions would depend on sanctions and on whether orderly markets could be maintained."),
    ("p", "Investors holding VTB receipts through British brokers cannot sell them while the suspension lasts."),
    ], teaser="Our tip: what a depositary receipt actually is")

art("ZZ-msci-and-ftse-russell-drop-russia-from-indexes-mar-2022.md", "2022-03-03",
    "MSCI and FTSE Russell drop Russian stocks from their indexes", "Index Watch", "Carla Mendes", "news", [
    ("p", "FTSE Russell and MSCI are removing Russian equities from all their indexes, the two index providers said on Wednesday, after the escalation of sanctions on Russia and Moscow's own curbs made the market impossible to trade."),
    ("h", "FTSE Russell: deleted from March 7"),
    ("p", "\"Russia will be deleted from all FTSE Russell Equity Indices effective from the open on Monday 7 March 2022,\" the provider said, citing Rule 2.1 of its index policy on clients being unable to trade a market. The move covers 60 Russian constituents listed on the Moscow Exchange, including Gazprom, Lukoil, Rosneft, Sberbank and VTB, as well as Russian GDRs on the International Order Book. Russia becomes an \"unclassified\" market but stays in FTSE's fixed income indices for now."),
    ("h", "MSCI: standalone, at zero"),
    ("p", "MSCI will reclassify the MSCI Russia Indexes from emerging markets to standalone markets status. The change will be made in one step across all MSCI indexes \"at a price that is effectively zero and as of the close of 9 March 2022\". A consultation launched on February 28 found an overwhelming majority of investors deemed the market \"currently uninvestable\"."),
    ("p", "Russia's weight was 1.3 per cent in the FTSE Emerging Markets index and 1.5 per cent in the MSCI Emerging Markets Index. The providers pointed to Moscow Exchange's suspension of trading and a ban on foreigners selling securities."),
    ], teaser="More from Index Watch: what the quarterly reviews changed")

art("ZZ-lse-suspends-27-russian-linked-companies-mar-2022.html", "2022-03-03",
    "London Stock Exchange suspends trading in 27 Russian-linked companies", "The Market Brief", "James Okafor", "news", [
    ("p", "The London Stock Exchange suspended trading on Thursday in 27 companies with strong links to Russia, including Gazprom, Sberbank, Lukoil and Rosneft, \"in light of market conditions, and in order to maintain orderly markets\"."),
    ("p", "The list also includes En+, Novolipetsk Steel, Gazprom Neft, Norilsk Nickel, Tatneft, Polyus, Severstal, VK, TCS Group, PhosAgro, RusHydro and Magnitogorsk. The companies trade in London through global depositary receipts; their ordinary shares trade in Russia. Until now only one stock, VTB, had been formally suspended, on February 25."),
    ("p", "\"The level of sanctions is unprecedented and very dynamic,\" said David Schwimmer, chief executive of London Stock Exchange Group, calling it \"a complex and fast-moving situation\". He said further suspensions would depend on new sanctions or on the exchange being unable to maintain an orderly market."),
    ("h", "Seven still trading"),
    ("p", "Seven Russian companies with London receipts were still trading on Thursday, among them Rostelecom, the supermarket chain O'Key and the state-owned Federal Grid."),
    ("p", "The steelmaker Evraz and the miner Polymetal, which have ordinary London listings, were not suspended, but both dropped out of the FTSE 100 in the quarterly review as their market values plunged. LSEG said its own operations in Russia and Ukraine account for less than 1 per cent of its income."),
    ])

art("ZZ-lse-suspends-eight-more-russian-firms-mar-2022.txt", "2022-03-04",
    "London exchange suspends eight more Russian firms", "City Ledger Wire", "Tom Ashby", "news", [
    ("p", "LONDON, March 4 - The London Stock Exchange said on Friday it had suspended trading in eight more Russian companies, including the conglomerate Sistema and the grocery chain Magnit, a day after it froze trading in 27 others."),
    ("p", "\"The London Stock Exchange notes the ongoing deterioration of market conditions since March 2 2022, and in order to maintain orderly markets, the exchange has suspended the admission to trading of the instruments,\" it said in a statement."),
    ("h", "END OF LONDONGRAD"),
    ("p", "The move halts UK trading in almost every Russian company with depositary receipts in London, bringing to an end a connection in which 39 Russian companies listed in the city and raised $44 billion since 2005, according to data from FactSet."),
    ("p", "The suspensions still do not include Evraz, the steelmaker part-owned by Roman Abramovich, whose shares are a standard London listing rather than receipts."),
    ("h", "WHY SUSPEND"),
    ("p", "Britain, the European Union and the United States are rolling out financial sanctions to stop Russian companies using Western markets to raise funds, and exchanges and settlement houses are cutting ties with Moscow. On Thursday the exchange's chief executive, David Schwimmer, said suspensions were being made only where sanctions applied or where an orderly market could not be kept."),
    ("p", "Holders of suspended receipts cannot trade them in London until the suspension is lifted."),
    ], teaser="Our tip: can you still get dividends on a suspended receipt?")

art("ZZ-sp-dow-jones-indices-to-remove-russian-stocks-mar-2022.html", "2022-03-07",
    "S&P Dow Jones Indices to remove Russian stocks before Wednesday", "The Market Brief", "James Okafor", "news", [
    ("p", "S&P Dow Jones Indices, the index provider behind the S&P 500, said it will cut stocks listed or domiciled in Russia from its emerging markets and other standard equity indexes before the market opens on Wednesday, March 9."),
    ("p", "The provider cited \"the deterioration in the level of accessibility of the Russian market which may impact the ability of market participants to replicate S&P DJI Indices containing Russian securities.\""),
    ("h", "Last of the big three"),
    ("p", "The decision follows similar moves by MSCI and FTSE Russell last Wednesday. FTSE Russell deleted Russia from its equity indices at the open on Monday, March 7, while MSCI will remove Russian securities at the close on March 9 at a price that is effectively zero."),
    ("p", "Together the three decisions mean that almost every widely tracked equity benchmark will hold no Russian stocks by the end of this week. Funds that track those benchmarks are not obliged to buy Russian shares any more, but many still hold positions that they cannot sell while Moscow bars foreign investors from selling."),
    ("p", "Fund managers said the practical effect for savers is small, because Russia made up only about 1.5 per cent of the main emerging markets benchmarks before the invasion and the prices had already collapsed."),
    ])

art("ZZ-russia-index-deletion-explainer-zero-price-mar-2022.md", "2022-03-10",
    "Explainer: what 'deleted at effectively zero' means for your emerging markets fund", "Index Watch", "Carla Mendes", "explainer", [
    ("p", "When MSCI removed Russian securities from its indexes at the close on March 9, it did so \"at a price that is effectively zero\". Here is what that means for people who own index funds."),
    ("h", "Why zero?"),
    ("p", "Foreign investors could not sell. The Moscow Exchange had suspended trading and Russia banned non-residents from selling securities, while Western sanctions and exchange suspensions cut off London trading in depositary receipts. An index has to be replicable, so the providers valued the holdings at what a fund could actually get for them."),
    ("h", "What changes for fund holders"),
    ("l", ["Your fund's index no longer contains Russia, so the fund will not buy more.", "Russian shares the fund still owns may be written down to near zero in its valuation.", "If trading reopens to foreigners, the fund may be able to sell later."]),
    ("h", "Standalone company"),
    ("p", "MSCI moved Russia from emerging markets to standalone markets status, alongside Argentina, Jamaica, Panama, Trinidad and Tobago, Bosnia Herzegovina, Bulgaria, Malta, Botswana, Zimbabwe, Lebanon, Palestine and Ukraine. FTSE Russell calls Russia \"unclassified\" and says it will re-evaluate once regular trading resumes on the Moscow Exchange and all restrictions on non-resident investors are lifted."),
    ("p", "In its September 2021 review FTSE Russell had placed Russia on its watch list for a possible upgrade from Secondary Emerging to Advanced Emerging."),
    ], teaser="More from Index Watch: how index providers consult investors")

art("ZZ-russian-depositary-receipts-in-london-faq-mar-2022.html", "2022-03-10",
    "Russian depositary receipts in London: a holder's FAQ", "Investor Help Centre", "Help Centre editors", "faq", [
    ("q", "Why was trading in my Russian receipts suspended?", "The London Stock Exchange said it acted in light of market conditions and to maintain orderly markets. Its chief executive said suspensions depended on sanctions or on the exchange being unable to keep an orderly market."),
    ("q", "Is every suspended company sanctioned?", "No. Several suspended names, such as the oil producers, were not on sanctions lists at the time. Suspension is an exchange decision, not a sanctions designation."),
    ("q", "How many were suspended?", "VTB on February 25, 27 companies on March 3 and eight more on March 4, including Sistema and Magnit."),
    ("q", "Can I sell on the Moscow Exchange instead?", "Not easily. Moscow Exchange trading was suspended and Russia banned non-residents from selling securities. Converting receipts into local shares also needs a depositary and a broker able to act in Russia."),
    ("q", "What about my index fund?", "FTSE Russell deleted Russia from its equity indices on March 7 and MSCI at the close on March 9, at a price that is effectively zero. S&P Dow Jones Indices removed Russian stocks before the open on March 9."),
    ("q", "Will dividends still be paid?", "That depends on each company and on the depositary bank. Payments involving sanctioned companies may be blocked."),
    ])

art("ZZ-lseg-full-year-results-2021-mar-2022.txt", "2022-03-03",
    "LSEG profit doubles as Refinitiv deal beds in", "City Ledger Wire", "Rachel Moore", "distractor", [
    ("p", "LONDON, March 3 - London Stock Exchange Group reported pre-tax profit of 987 million pounds for 2021, almost double the 492 million pounds of pandemic-hit 2020, as the first full year of the Refinitiv data business lifted income."),
    ("h", "DATA DRIVES GROWTH"),
    ("p", "The group, which runs the London Stock Exchange, the FTSE Russell index business and the LCH clearing house, said data and analytics now provide the bulk of its revenue. Chief executive David Schwimmer said the integration of Refinitiv was ahead of plan and that cost savings would reach their target a year early."),
    ("p", "Subscription revenue grew steadily, helped by the Workspace desktop that replaces the old Eikon terminal. Customer retention improved and price increases stuck, the company said."),
    ("h", "DIVIDEND AND BUYBACK"),
    ("p", "The board proposed a higher final dividend and announced a share buyback of up to 750 million pounds. Analysts said the figures were broadly in line with forecasts and focused on guidance for 2022, which the group kept unchanged."),
    ("p", "LSEG shares rose in early trading. The company also said it would hold a capital markets day later in the year to explain its medium-term targets and its partnership with Microsoft on cloud and data products."),
    ], distractor=True, teaser="Our tip: how exchange groups make money")

art("ZZ-msci-cuts-russia-esg-rating-mar-2022.md", "2022-03-01",
    "MSCI cuts Russia's sovereign ESG rating to BB", "Sustainable Finance Weekly", "Ines Kohl", "distractor", [
    ("p", "MSCI has downgraded Russia's sovereign ESG rating from BBB to BB with a negative outlook, in a move that will ripple through sustainable bond funds that use the score to screen government debt."),
    ("p", "The rating assesses how exposed a country is to environmental, social and governance risks and how well it manages them. MSCI said governance factors, including the rule of law and political stability, drove the change."),
    ("h", "Who uses sovereign ESG scores"),
    ("p", "Many sustainable fixed income funds exclude or underweight government bonds whose issuer scores below a set threshold. A one-notch cut can push a country below the line for some funds and force sales of its bonds."),
    ("p", "Sovereign ESG scores are separate from MSCI's equity index decisions and from credit ratings by agencies such as S&P, Moody's and Fitch. They are also separate from the company-level ESG ratings that MSCI publishes for listed firms."),
    ("h", "Methodology questions"),
    ("p", "Critics have long argued that sovereign ESG scores move too slowly. Russia kept a BBB for several years despite sanctions that began in 2014. MSCI said its framework combines annual data with event-driven reviews, and that the latest review was event-driven."),
    ("p", "The provider said it would keep the rating under review."),
    ], distractor=True, teaser="More from Sustainable Finance Weekly: green bond issuance hits a quarterly record")

# ---------------------------------------------------------------- Nasdaq / NYSE halted Russian ADRs
art("ZZ-nasdaq-halts-russian-adrs-mar-2022.txt", "2022-03-01",
    "Nasdaq halts trading in Russian-focused companies", "Wall Street Wire", "Daniel Cho", "news", [
    ("p", "NEW YORK, March 1 - Nasdaq halted trading on Monday in the American depositary shares of several Russia-focused companies, including the e-commerce group Ozon, the online recruiter HeadHunter and the payments company Qiwi, pending requests for additional information from the companies. The New York Stock Exchange halted Cian, a property classifieds portal."),
    ("p", "None of the three Nasdaq companies named here has been placed on a US or EU sanctions list. They are holding companies registered in Cyprus whose businesses are mainly in Russia, and their shares have plunged since the invasion of Ukraine on February 24."),
    ("h", "BOND CLAUSES"),
    ("p", "The halt matters beyond the stock price: a suspension of trading can trigger default or put clauses in exchange-linked bonds, and Ozon said its convertible bondholders may gain the right to demand early repayment."),
    ("h", "INDEX PROVIDERS"),
    ("p", "MSCI launched a consultation on Monday with investors about whether the Russian market is still investable. It has not yet decided whether to remove Russian stocks from its emerging markets indexes."),
    ("p", "Exchange rules allow Nasdaq to keep a security halted while it seeks information. No date has been given for trading to resume, and US holders cannot buy or sell the shares on the exchange until then."),
    ], teaser="Our tip: what a trading halt means for limit orders")

art("ZZ-russia-bans-foreign-listings-of-depositary-receipts-apr-2022.md", "2022-04-20",
    "Russia orders its companies to pull depositary receipts from foreign exchanges", "Emerging Europe Markets", "Anna Lebedeva", "news", [
    ("p", "President Vladimir Putin has signed a law that prohibits the placement and circulation of depositary receipts for shares of Russian companies on foreign stock exchanges, the latest step in splitting Russian issuers from Western markets."),
    ("p", "Under the law, Russian companies whose receipts still trade abroad must terminate their depositary programmes and convert the receipts into shares that trade in Russia. A government commission can grant an exemption to keep a foreign programme."),
    ("h", "Who is affected"),
    ("p", "The rule applies to companies registered in Russia, such as the big banks, oil producers and miners whose receipts were already suspended in London in early March. Holding companies incorporated abroad, such as the Cyprus-registered owners of Ozon, HeadHunter and Qiwi, are not directly covered, but their American depositary shares have been halted on Nasdaq since February 28."),
    ("h", "What holders can do"),
    ("l", ["Foreign holders may need a Russian broker and custody account to receive converted shares.", "Conversion does not mean they can sell: Russia still restricts non-residents.", "Some depositary banks have said they are studying the law."]),
    ("p", "Moscow Exchange said shares of affected issuers would keep trading locally."),
    ], teaser="More from Emerging Europe Markets: the rouble's rebound explained")

art("ZZ-nasdaq-moves-to-delist-ozon-headhunter-qiwi-mar-2023.html", "2023-03-16",
    "Nasdaq moves to delist Ozon, HeadHunter and Qiwi a year after halt", "Wall Street Wire", "Daniel Cho", "news", [
    ("p", "Nasdaq has notified the Russia-focused companies Ozon Holdings, HeadHunter Group and Qiwi that it will delist their American depositary shares, more than a year after it halted trading in them on February 28, 2022."),
    ("p", "The shares will be delisted from March 24 unless the companies appeal to the exchange's Listing Qualifications Hearings Panel. The notices went out on March 15. The New York Stock Exchange on the same day began delisting proceedings against Cian, the property portal it halted in 2022."),
    ("h", "Companies say they complied"),
    ("p", "Ozon said it had fully complied with all reporting obligations since the suspension and with the exchange's listing criteria, and stressed that it is not under sanctions imposed by the US or the EU. It said the decision does not affect its operations or financial stability and that it was studying the appeal process."),
    ("h", "Moscow trading unaffected"),
    ("p", "Moscow Exchange said trading in the companies' securities would continue as usual and that, under Bank of Russia rules, issuers of foreign securities keep their current listing level provided they continue to disclose information. On Thursday the Moscow-traded securities of the companies fell 1 to 3 per cent at the open before the decline slowed."),
    ])

art("ZZ-ozon-appeals-nasdaq-delisting-mar-2023.txt", "2023-03-22",
    "Ozon files appeal against Nasdaq delisting: statement summary", "Corporate Filings Digest", "Filings desk", "press", [
    ("p", "MOSCOW, March 22 - Ozon Holdings PLC said on Wednesday it had appealed against Nasdaq's decision to delist its American depositary shares (ADSs)."),
    ("h", "WHAT THE COMPANY SAID"),
    ("p", "\"On March 21, Ozon filed an appeal against Nasdaq's decision on the compulsory delisting of the Company's American depositary shares,\" the statement said. The company has requested a hearing before a hearings panel, which under the exchange's rules must take place within 45 days of the request."),
    ("p", "Without a written decision by the panel, the shares cannot be compulsorily removed from the listing, the company said. If the appeal is rejected it plans a further appeal, which the exchange's rules allow."),
    ("p", "\"No matter how this plays out, the delisting decision has no impact whatsoever on the Company's operations and does not affect its financial stability,\" the press service said."),
    ("h", "BACKGROUND"),
    ("p", "Ozon received the notice on March 15. Similar notices went to HeadHunter, Qiwi and another Russia-focused Nasdaq company. Trading in Ozon's ADSs has been suspended since February 28, 2022, and the shares remain halted while the appeal is pending. Ozon's securities also trade on the Moscow Exchange."),
    ], teaser="This summary is based on the company's statement and is not investment advice.")

art("ZZ-russian-tech-firms-appeal-us-delistings-mar-2023.md", "2023-03-23",
    "HeadHunter, Qiwi and Ozon appeal US delistings; Cian goes to NYSE board", "Tech Markets Today", "Samir Haddad", "news", [
    ("p", "Russia-focused technology companies facing removal from US exchanges have filed appeals, keeping their shares listed, though still halted, while the cases are heard."),
    ("p", "Online recruiter HeadHunter, payments company Qiwi and e-commerce group Ozon, along with a fourth Nasdaq-listed company, have asked for hearings before Nasdaq's Listing Qualifications Hearings Panel. Nasdaq said the securities will remain halted and unavailable to trade until any appeal is resolved."),
    ("h", "Cian at the NYSE"),
    ("p", "The New York Stock Exchange announced a similar decision on Cian, the classifieds portal. Cian said it would appeal by submitting a written request for review to the NYSE's Committee of the Board of Directors."),
    ("h", "How the appeals work"),
    ("p", "A delisting is put on hold if an appeal is filed before a written decision is issued. Under the exchange's rules the hearing must take place within 45 days of the company's request."),
    ("p", "Trading in the companies was halted on February 28, 2022, days after Russia's invasion of Ukraine. The halt triggered default clauses on exchange-linked bonds issued by Ozon. Ozon raised roughly $1 billion in its initial public offering in late 2020, a debut that set off a wave of Russian listings in New York."),
    ], teaser="More from Tech Markets Today: where Russian tech founders went")

art("ZZ-halted-russian-adr-holders-thread-2023.txt", "2023-03-24",
    "Thread: Stuck with halted OZON / HHR / QIWI shares - anyone heard anything?", "BullBoard Community", "", "forum", [
    ("post", "midwest_value", "2022-03-02", "Nasdaq halted OZON, HHR and QIWI on Monday, 'additional information requested'. My broker shows the last price but I can't sell. None of them are sanctioned as far as I can tell."),
    ("post", "cyprus_holdco", "2022-04-22", "Russia passed a law forcing Russian companies to drop foreign depositary receipts. These three are Cyprus holding companies so the law doesn't hit them directly. Still halted here though."),
    ("post", "midwest_value", "2022-11-14", "Eight months halted. My broker marked the position down but it still shows in the account."),
    ("post", "tradr_jen", "2023-01-09", "Does anyone know if Nasdaq has a deadline for these? Over ten months now. Ozon keeps filing results as if nothing happened and says it still meets the listing criteria."),
    ("post", "tradr_jen", "2023-03-16", "Bad news: Nasdaq sent delisting notices yesterday. Delisting on March 24 unless they appeal. Cian got the same from the NYSE."),
    ("post", "cyprus_holdco", "2023-03-22", "Ozon appealed on March 21. Hearing must happen within 45 days and no delisting until the panel decides in writing. HHR and QIWI appealed too."),
    ("post", "tradr_jen", "2023-03-24", "So today's deadline passes with nothing delisted, but nothing trading either. Still halted, still waiting for the hearings panel."),
    ])

art("ZZ-halted-russian-adrs-what-holders-can-do-faq-apr-2023.html", "2023-04-12",
    "Halted Russian ADRs: what US holders can and cannot do", "Investor Help Centre", "Help Centre editors", "faq", [
    ("q", "Which stocks are we talking about?", "Russia-focused companies halted on US exchanges since February 28, 2022, including Ozon, HeadHunter and Qiwi on Nasdaq and Cian on the NYSE."),
    ("q", "Are these companies sanctioned?", "Not as companies. Ozon, for example, says it is not under sanctions imposed by the US or the EU. The halts are exchange decisions, not listings by the Treasury."),
    ("q", "Have they been delisted?", "Not yet. Nasdaq sent delisting notices on March 15, 2023 with a March 24 effective date, but the companies appealed. While an appeal is pending the shares stay listed but halted."),
    ("q", "How long will the appeal take?", "The hearing must be held within 45 days of the company's request; the panel then issues a written decision. Companies can appeal further within the exchange."),
    ("q", "Can I convert my ADSs into Moscow-traded shares?", "Some brokers offer conversion through the depositary, but you need a route to hold shares in Russia and may not be able to sell them as a non-resident."),
    ("q", "Will my broker remove the position?", "Usually not while the shares are halted; many brokers show a stale price or a valuation mark."),
    ])

art("ZZ-cian-nyse-delisting-notice-mar-2023.md", "2023-03-17",
    "NYSE starts delisting Russian property portal Cian", "Tech Markets Today", "Samir Haddad", "news", [
    ("p", "The New York Stock Exchange has started proceedings to delist the American depositary shares of Cian, the Russian real-estate classifieds company, a year after it halted trading in the stock."),
    ("p", "The move came on the same day as Nasdaq sent delisting notices to Ozon, HeadHunter and Qiwi. All of these companies have seen their US trading halted since February 28, 2022, days after Russia invaded Ukraine."),
    ("h", "Appeal planned"),
    ("p", "Cian, which runs a property listings database in Russia, said it would appeal by submitting a written request for a review by the NYSE's Committee of the Board of Directors. Under NYSE rules, a timely request puts the delisting on hold until the committee rules."),
    ("h", "What it means for holders"),
    ("p", "US investors have been unable to trade Cian's ADSs for more than a year. The company's shares also trade in Moscow. If the delisting goes ahead, the ADS programme could remain in place but without a US exchange listing, leaving holders with over-the-counter trading at best."),
    ("p", "Cian listed in New York in November 2021, only three months before the invasion. It is not on a US sanctions list."),
    ], teaser="More from Tech Markets Today: the Russian IPO class of 2021")

art("ZZ-ozon-nasdaq-debut-nov-2020.md", "2020-11-24",
    "Ozon jumps on Nasdaq debut after upsized IPO", "Tech Markets Today", "Samir Haddad", "distractor", [
    ("p", "Ozon, the Russian online retailer often described as the Amazon of Russia, began trading on the Nasdaq on Tuesday after an initial public offering that raised roughly $1 billion, the largest listing by a Russian company in New York for years."),
    ("p", "The American depositary shares jumped in early trading as investors bet that the pandemic would speed up Russia's shift to online shopping. Ozon said demand was strong enough to raise the price range before pricing."),
    ("h", "Growth story"),
    ("p", "The company runs a marketplace where third-party sellers list goods, alongside its own first-party sales. It has been building warehouses and pick-up points across Russia and said it would use IPO money to expand logistics and its fintech products."),
    ("p", "Ozon's biggest shareholders before the offering were the conglomerate Sistema and the investment firm Baring Vostok. The company is registered in Cyprus as Ozon Holdings PLC."),
    ("h", "More listings expected"),
    ("p", "Bankers said the deal would encourage other Russian technology companies to look at New York, with classifieds, recruitment and payments businesses among the candidates. Investors will be watching how Ozon's marketplace margins develop as it spends heavily on delivery."),
    ("p", "Ozon is not yet profitable and said losses would continue while it invests."),
    ], distractor=True, teaser="More from Tech Markets Today: Russian e-commerce by the numbers")

art("ZZ-ftse-quarterly-review-changes-explained-jun-2022.txt", "2022-06-02",
    "FTSE quarterly review: how promotions and demotions work", "City Ledger Wire", "Rachel Moore", "distractor", [
    ("p", "LONDON, June 2 - FTSE Russell publishes the results of its quarterly review of the FTSE 100 and FTSE 250 on Wednesday evenings in early March, June, September and December, with changes taking effect after the close on the third Friday of the month."),
    ("h", "THE RULES"),
    ("p", "A company is promoted to the FTSE 100 if it rises to 90th place or above by market value, and demoted if it falls to 111th place or below. The buffer zone between those positions is meant to reduce turnover, so a company hovering near the line does not bounce in and out every quarter."),
    ("p", "Similar buffers apply at the boundary between the FTSE 250 and the SmallCap index. Eligibility also depends on free float, liquidity and nationality tests."),
    ("h", "WHY IT MATTERS"),
    ("p", "Tracker funds must buy promoted stocks and sell demoted ones at the close on the effective date, which can move prices sharply on the day. Active managers often trade ahead of expected changes."),
    ("p", "Analysts at several brokers publish predictions a few days before each announcement, based on closing prices on the Tuesday before the review. The June review results were published on Wednesday evening, and the changes will take effect after the close on June 17."),
    ], distractor=True, teaser="Our tip: why index inclusion is not an endorsement")

art("ZZ-gazprombank-now-on-us-sanctions-list-explainer-dec-2024.html", "2024-12-02",
    "Gazprombank is now on the US sanctions list: what changed", "Sanctions Explained", "Leah Brandt", "explainer", [
    ("p", "On November 21, 2024 the US Treasury's Office of Foreign Assets Control designated Gazprombank, Russia's third-largest bank and a main channel for payments for Russian oil and gas. The bank had been left untouched by Washington's blocking sanctions for more than two and a half years."),
    ("p", "The same action hit several other Russian banks, more than 40 Russian securities registrars and 15 Russian finance officials. Treasury said Gazprombank had been used to buy military equipment and to pay Russian soldiers."),
    ("h", "Others got there first"),
    ("p", "Australia, Canada, New Zealand and the United Kingdom had already sanctioned the bank. The UK's asset freeze of March 24, 2022 is remembered in London because of its side effect on Petropavlovsk, the London-listed gold miner that borrowed from Gazprombank and sold all its gold to it. Petropavlovsk was never sanctioned itself, but it missed an interest payment the next day, went into administration in July 2022 and was sold to UMMC-Invest, with nothing left for shareholders."),
    ("h", "What it means now"),
    ("p", "US persons must block any Gazprombank property they hold and may not deal with the bank or companies it owns 50 per cent or more, except under a licence."),
    ])
