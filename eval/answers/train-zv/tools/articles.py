"""Texts and metadata of the 30 ZV- articles (answers-zv). Rendered by build_corpus.py.

Each article: f (file name), date, title, outlet, byline, shape, distractor, paras (article text),
optional comments / posts [(user, date, text)], teaser. Word counts cover paras, comments and posts.
"""

A = []


def art(**kw):
    kw.setdefault("distractor", False)
    kw.setdefault("comments", [])
    kw.setdefault("posts", [])
    kw.setdefault("teaser", "")
    kw.setdefault("paras", [])
    kw.setdefault("byline", "")
    A.append(kw)


# ---------------------------------------------------------------- TSP / I Fund story
art(f="ZV-tsp-board-reaffirms-i-fund-switch-nov-2019.md", date="2019-11-20", shape="news",
    title="Thrift board sticks with broader I Fund index despite China objections",
    outlet="Federal Payline", byline="By Dana Whitcomb",
    paras=[
        "The Federal Retirement Thrift Investment Board (FRTIB), which runs the Thrift Savings Plan (TSP) for federal employees and members of the uniformed services, has decided to go ahead with a change to the I Fund that it first approved in November 2017.",
        "Since it opened in 2001 the I Fund has tracked the MSCI EAFE index of large companies in Europe, Australasia and the Far East. The 2017 decision moves it to the MSCI ACWI ex-U.S. Investable Market index, which adds Canada, smaller companies and emerging markets - including China. About 8% of the new index was made up of Chinese companies, according to an Aon Hewitt Investment Consulting study presented to the board in October. Aon had recommended the switch in 2017 and repeated that advice this fall.",
        "The board looked at the question again after Senators Marco Rubio (R-FL) and Jeanne Shaheen (D-NH) wrote that the change would expose nearly $50 billion in retirement assets of federal employees, including members of the armed forces, to \"severe and undisclosed material risks\" tied to Chinese companies in the MSCI index.",
        "After the review the board voted to proceed. The shift is planned for the second half of 2020. As of Dec. 31, 2018, the I Fund held $40.7 billion.",
        "Participants who do not want exposure to emerging markets can move money to the C, S, F or G funds at any time.",
    ],
    teaser="More from Federal Payline: How the L Funds rebalance every quarter")

art(f="ZV-white-house-orders-tsp-halt-may-2020.txt", date="2020-05-12", shape="news",
    title="White House orders thrift board to halt I Fund move into Chinese stocks",
    outlet="GovWorker Daily", byline="By Marcus Ebel", dateline="WASHINGTON",
    paras=[
        "The Trump administration has told the board that runs the Thrift Savings Plan to stop moving the I Fund to an index that includes Chinese companies.",
        "Two letters went out on Monday. In the first, National Economic Council director Larry Kudlow and national security adviser Robert O'Brien wrote to Labor Secretary Eugene Scalia that the change would \"expose the retirement funds to significant and unnecessary economic risk\". They pointed to \"mounting uncertainty\" in China's relations with the rest of the world, \"including the possibility that future sanctions will result\" from the Chinese government's actions over the spread of the COVID-19 pandemic. They asked Scalia to say by May 15 what the board intended to do.",
        "Scalia then wrote to the board's chairman, Michael Kennedy: \"At the direction of President Trump, the Board is to immediately halt all steps associated with\" the I Fund change and reverse its decision to invest plan assets on the basis of the MSCI ACWI ex-U.S. IMI index.",
        "The letters follow President Trump's nomination on May 4 of three people to the five-member board, which could give the White House a new majority once the Senate confirms them.",
        "WHAT IT MEANS FOR SAVERS",
        "Nothing changes in participants' accounts today. The I Fund still tracks the MSCI EAFE index, which does not include mainland China.",
    ],
    teaser="Our tip: Check your TSP allocation once a year, not every time the headlines change.")

art(f="ZV-frtib-delays-i-fund-change-may-2020.html", date="2020-05-13", shape="news",
    title="Thrift board votes to delay I Fund index change",
    outlet="Capitol Benefits Wire", byline="Rosa Lindqvist",
    paras=[
        "The Federal Retirement Thrift Investment Board voted unanimously on Wednesday to delay moving the I Fund to a new index that includes Chinese companies, a day after the White House ordered it to stop.",
        "At a special meeting, board member William (Bill) Jasien moved that the board \"delay the implementation of the I Fund benchmark change\" to the MSCI ACWI ex-U.S. IMI index from the MSCI EAFE index, \"pending further study\". He cited a \"meaningfully different economic environment\" because of the COVID-19 pandemic and the nomination of three new board members. The motion was adopted.",
        "Chairman Michael Kennedy said the move had been due to start around June 1 and take about 90 days. \"The coronavirus has had an impact on countries and markets all over the world,\" he said, adding that the board was not sure now was the time to move into emerging markets.",
        "The wider index covers 22 developed and 26 emerging markets and more than 6,000 companies. The TSP held about $593.7 billion; the I Fund had $54.3 billion at the end of 2019.",
        "The board did not say when it would take the question up again. For now the I Fund keeps tracking the MSCI EAFE index.",
    ],
    comments=[("fedretiree62", "2020-05-13", "Good. My money should not be funding companies Washington is about to sanction."),
              ("GS-13 in Denver", "2020-05-14", "Delay is not cancel. Watch what the new board members do.")],
    teaser="Retirement calculators: what a 1% match really costs you")

art(f="ZV-biden-withdraws-tsp-board-nominees-feb-2021.md", date="2021-02-24", shape="news",
    title="Biden pulls Trump's thrift board nominees; I Fund index question still open",
    outlet="Federal Payline", byline="By Dana Whitcomb",
    paras=[
        "President Joe Biden has withdrawn the three nominations to the Federal Retirement Thrift Investment Board that President Donald Trump made in May 2020, leaving the future of the TSP's I Fund where it has been for nine months: on hold.",
        "Trump's nominees were put forward on May 4, 2020, days before the White House told the board to stop moving the I Fund to an index that includes Chinese stocks. They could have given the administration a majority on the five-member board. The full Senate never voted on them.",
        "The board paused the change at a special meeting in May 2020 and said it would let new members make the final decision. With the nominations withdrawn, that decision now waits for a new set of nominees.",
        "Meanwhile the political pressure has not gone away. Since 2020, bills have been introduced in Congress to bar TSP funds from holding companies tied to the Chinese government, although none has become law.",
        "For participants, nothing changes: the I Fund still tracks the MSCI EAFE index of developed markets, which includes Hong Kong but not mainland China.",
    ],
    teaser="More from Federal Payline: Who sits on the thrift board, and how long are their terms?")

art(f="ZV-tsp-i-fund-faq-mar-2021.html", date="2021-03-15", shape="faq",
    title="FAQ: Is the TSP I Fund investing in China?",
    outlet="MyFedMoney", byline="MyFedMoney staff",
    paras=[
        "Q: Does the I Fund hold Chinese stocks? A: No. The I Fund tracks the MSCI EAFE index, which covers developed markets in Europe, Australasia and the Far East. Mainland China is not in it. Hong Kong, a developed market, is.",
        "Q: Wasn't the TSP going to add China? A: In 2017 the board voted to move the I Fund to the MSCI ACWI ex-U.S. IMI index, which includes China, and it reaffirmed that in November 2019. In May 2020, after letters from the White House and Labor Secretary Eugene Scalia, the board voted to delay the change pending further study.",
        "Q: So what is the status now? A: The change is on hold. The board said new members should make the final decision. President Trump's three nominees were never confirmed, and President Biden withdrew them in February 2021.",
        "Q: Is the I Fund covered by the ban on buying shares of Chinese military companies? A: The executive order bans US persons from buying securities of listed companies named as Chinese military companies. Because the EAFE index does not include mainland Chinese companies, the question has not come up for the I Fund.",
        "Q: What if I want to avoid China entirely? A: Today the I Fund already does. If the index ever changes, you can move money between funds.",
    ],
    comments=[("Lt. Col. (ret.) P.", "2021-03-16", "Thanks, this was clearer than anything on the official site."),
              ("kbrown_va", "2021-03-18", "Hong Kong counts as China to me. Why is it still in there?")],
    teaser="Read next: Roth TSP or traditional? A calculator")

art(f="ZV-frtib-picks-ex-china-index-nov-2023.md", date="2023-11-14", shape="press",
    title="Thrift board approves new I Fund benchmark that excludes China and Hong Kong",
    outlet="Federal Payline", byline="By Dana Whitcomb",
    paras=[
        "The Federal Retirement Thrift Investment Board on Tuesday approved a new benchmark for the TSP's International Stock Index Investment Fund, the I Fund: the MSCI ACWI IMI ex USA ex China ex Hong Kong Index.",
        "The index covers 5,621 large-, mid- and small-cap stocks in 21 developed markets and 23 emerging markets, about 90% of non-U.S. market value. The MSCI EAFE index it replaces covers 798 large and mid-cap stocks in 21 developed markets, about 55%. The change will be made in 2024.",
        "\"By broadening the index, the Board is expanding investment opportunities and improving the I Fund's risk-return profile, in line with its statutory mandate and fiduciary duty to the 6.9 million TSP participants,\" the board said.",
        "Its consultant, Aon, cited investment restrictions on sensitive Chinese technology sectors, delisting of Chinese companies and sanctions on Russian securities. Forced selling, it said, could cost a fund the size of the I Fund more than average. If the current restrictions are \"the beginning of further restrictions spanning China and Hong Kong\", that uncertainty can outweigh the benefits of adding China.",
        "The board made no changes to the C, S or F Fund indexes. The I Fund had $68 billion at the end of October.",
        "The decision ends a dispute that began when the board's 2017 choice of an index including China drew objections from senators and, in May 2020, an order from the Trump White House to halt.",
    ],
    teaser="More from Federal Payline: The G Fund and the debt ceiling, explained")

art(f="ZV-new-i-fund-countries-explainer-mar-2024.html", date="2024-03-29", shape="explainer",
    title="Explainer: which countries the new TSP I Fund will cover",
    outlet="MyFedMoney", byline="Theo Marchetti",
    paras=[
        "The TSP's I Fund is moving in 2024 from the MSCI EAFE index to the MSCI ACWI IMI ex USA ex China ex Hong Kong Index. Here is what changes.",
        "Emerging markets come in. For the first time the I Fund will hold emerging-market stocks, among them Brazil, India, Mexico, Saudi Arabia, South Korea, Taiwan and South Africa.",
        "Canada comes in, Hong Kong goes out. Canada, one of the largest US trading partners, joins the developed markets. Hong Kong, which the EAFE index includes, is dropped along with mainland China.",
        "Why no China? The board followed its consultant's advice. Investment restrictions on Chinese companies, delistings and sanctions can force a big fund to sell at a bad time, and the consultant judged that the risk outweighed the benefit of adding China.",
        "When? The managers will sell some stocks and buy others over several months to keep costs down. The TSP will not say the exact dates in advance, so that other traders cannot get ahead of the fund. It says the switch will be finished no later than December 31, 2024.",
        "Do I need to do anything? No. Your I Fund money stays where it is, and you can keep moving money in or out as usual during the transition.",
    ],
    comments=[("mcarter_usps", "2024-03-30", "So Taiwan is in but Hong Kong is out. Interesting."),
              ("navy_retiree", "2024-04-02", "Finally. Only took seven years.")],
    teaser="Also read: Five TSP mistakes new retirees make")

art(f="ZV-tsp-forum-will-i-fund-hold-china-jun-2024.html", date="2024-06-18", shape="forum",
    title="Will the new I Fund hold Chinese stocks? (thread)",
    outlet="FedFolks Forum", byline="",
    posts=[
        ("sparrowhawk", "2024-06-14", "Heard the I Fund is changing this year. My brother says the TSP is finally putting federal money into Chinese companies. True?"),
        ("Ledger_Lou", "2024-06-14", "No. The new index is literally called MSCI ACWI IMI ex USA ex China ex Hong Kong. It adds emerging markets like India and Brazil but leaves out China and Hong Kong."),
        ("sparrowhawk", "2024-06-15", "So when does it happen? My account still says EAFE."),
        ("Ledger_Lou", "2024-06-15", "They are doing it in pieces over several months and will not announce the dates ahead of time. They say it will be done no later than December 31, 2024. As of today the switch is not finished."),
        ("TwoPensions", "2024-06-16", "Worth remembering the back story: in May 2020 the White House told the board to halt a switch to an index that DID include China, and the board voted to delay. The ex China version was approved in November 2023."),
        ("sparrowhawk", "2024-06-17", "Do I have to move my money during the switch?"),
        ("Ledger_Lou", "2024-06-17", "No, you keep full access. Contributions and transfers work as usual."),
        ("TwoPensions", "2024-06-18", "And if you want emerging markets including China you'd have to go outside the TSP, say an IRA. The I Fund won't hold mainland Chinese stocks after this."),
    ])

art(f="ZV-tsp-i-fund-transition-complete-sep-2024.txt", date="2024-09-10", shape="news",
    title="TSP says I Fund now tracks its new ex-China index",
    outlet="GovWorker Daily", byline="By Marcus Ebel", dateline="WASHINGTON",
    paras=[
        "The Thrift Savings Plan says the move of its I Fund to a new benchmark is complete. The fund now tracks the MSCI ACWI IMI ex USA ex China ex Hong Kong Index instead of the MSCI EAFE index, which it had followed since May 2001.",
        "\"The new I Fund benchmark index further diversifies I Fund investments and gives TSP participants access to more markets and companies,\" the TSP said. The new index holds more than 5,000 large, mid-sized and small companies in 21 developed and 23 emerging markets, about 90 percent of non-U.S. stock markets, against about 800 companies and 55 percent before.",
        "The index excludes mainland Chinese stocks and also drops stocks traded in Hong Kong, which the old index held.",
        "BACK STORY",
        "The board first chose a broader index, one that did include China, in 2017. After objections from lawmakers, a White House order in May 2020 and a board vote to delay, the plan was set aside until late 2023, when the board picked the ex-China version.",
        "The TSP had said the switch would happen during 2024 but did not publish a schedule or the completion date in advance.",
        "Participants did not need to act. Money in the I Fund stayed there throughout.",
    ],
    teaser="Our tip: Rebalance after big fund changes only if your target mix has drifted.")

art(f="ZV-tsp-contribution-limits-2024-distractor.txt", date="2024-01-08", shape="news", distractor=True,
    title="TSP contribution limits for 2024: what federal savers can put in",
    outlet="GovWorker Daily", byline="By Marcus Ebel", dateline="WASHINGTON",
    paras=[
        "Federal employees and service members can put more into the Thrift Savings Plan this year. The IRS raised the elective deferral limit for 2024 to $23,000, from $22,500 in 2023. Participants aged 50 or older can add catch-up contributions of up to $7,500.",
        "The limit covers traditional and Roth TSP contributions together. Agency automatic and matching contributions do not count against it.",
        "HOW TO SPREAD IT",
        "Savers who want to reach the limit should divide it by the number of pay periods left in the year, so they do not hit the cap early and miss matching money in later pay periods.",
        "Where the money goes is up to the participant. The core funds are the G Fund (government securities), the F Fund (bonds), the C Fund (large US companies), the S Fund (smaller US companies) and the I Fund (international stocks). The L Funds mix the five according to a target date.",
        "Many planners suggest that younger savers hold more stock funds such as the C, S and I Funds and move towards the G and F Funds as retirement nears. Changes of allocation are free and take effect quickly.",
        "Members of the uniformed services serving in combat zones can contribute tax-exempt pay, which is subject to a higher overall limit.",
    ],
    teaser="Our tip: Set your contribution as a percentage so raises raise your savings too.")

# ---------------------------------------------------------------- index providers story
art(f="ZV-sp-dji-drops-hikvision-smic-dec-2020.md", date="2020-12-11", shape="news",
    title="S&P Dow Jones Indices to drop Hikvision, SMIC and other Chinese firms after Trump order",
    outlet="Index Street Journal", byline="By Helen Osei",
    paras=[
        "S&P Dow Jones Indices (S&P DJI) on Thursday became the second major index provider, after FTSE Russell, to remove Chinese companies from its benchmarks because of President Trump's executive order barring Americans from investing in companies the Pentagon says are backed by the Chinese military.",
        "S&P DJI said it would remove the mainland-listed A shares, Hong Kong-listed H shares and American depositary receipts (ADRs) of 10 companies, among them Hangzhou Hikvision Digital Technology and Semiconductor Manufacturing International Corp (SMIC), from all its equity indexes before the market opens on December 21. Securities issued by 18 Chinese companies will leave its fixed income indices before January 1.",
        "The order \"may impact the ability of market participants to replicate S&P DJI Equity and Fixed Income Indices containing securities affected by the order,\" the company said.",
        "The order, Executive Order 13959 of November 12, bans US persons from buying publicly traded securities of the listed companies from January 11, 2021, and gives holders until November 11, 2021 to sell.",
        "## What it means for fund holders",
        "Index funds and exchange-traded funds that track S&P DJI benchmarks will generally sell the removed stocks when the indexes change. Investors do not need to do anything themselves.",
    ],
    teaser="More from Index Street Journal: How index rebalancing days move prices")

art(f="ZV-msci-plans-to-delete-chinese-securities-dec-2020.md", date="2020-12-16", shape="news",
    title="MSCI to delete 10 Chinese securities from its global indexes",
    outlet="Index Street Journal", byline="By Helen Osei",
    paras=[
        "MSCI said on Tuesday, December 15, that it will delete 10 securities issued by seven Chinese companies from its global indexes, making it the third big index provider to act on President Trump's November executive order banning US investment in companies said to be tied to the Chinese military.",
        "The deletions take effect as of the close of business on January 5, 2021. Among the companies are SMIC, China Communications Construction and Hangzhou Hikvision. MSCI said the decision followed feedback from more than 100 market participants.",
        "S&P Dow Jones Indices and FTSE Russell have already announced removals. The trading app Robinhood has also acted on the order.",
        "MSCI also said it would create a new, separate series of indexes that does not reflect the deletions, for clients outside the United States who are not bound by the order, and that it would send these parallel indexes to clients automatically.",
        "## Why it matters",
        "MSCI's emerging markets and all-country indexes are followed by trillions of dollars in funds. The order, which takes effect on January 11, bars US persons from buying the listed companies' securities, including through funds.",
        "MSCI said it would consider any further changes to the list published by the US government and announce how it would treat them.",
    ],
    teaser="More from Index Street Journal: The quiet power of the index committee")

art(f="ZV-ftse-russell-weighs-more-exclusions-dec-2020.txt", date="2020-12-29", shape="news",
    title="FTSE Russell may drop more Chinese firms after Treasury clarifies investment ban",
    outlet="Asia Markets Brief", byline="By Kenji Watanabe", dateline="SHANGHAI",
    paras=[
        "Global index publisher FTSE Russell said it may delete more Chinese companies from its benchmarks after the US Treasury on Monday clarified the executive order that bars US investment in firms the Pentagon says have Chinese military backing.",
        "Treasury guidance published on Monday, December 28, says the order applies to investors in exchange-traded funds and index funds, and to subsidiaries of the named Chinese companies.",
        "FTSE Russell has so far announced the exclusion of nine Chinese companies. Eight have already been deleted, including Hangzhou Hikvision Digital Technology and China Railway Construction. Chipmaker SMIC is due to go in January.",
        "In a statement late on Monday the company said it was reviewing the clarification and would evaluate \"potential additional exclusions\". It will publish an announcement on January 4, with any additional deletions effective from January 7.",
        "OTHER PROVIDERS",
        "MSCI has announced the deletion of 10 securities issued by seven Chinese firms, and S&P Dow Jones Indices said it would remove securities of 10 Chinese companies.",
        "MSCI had said it would create parallel indexes without the changes and send them to clients automatically. On Monday it said it would now send them only on request, and reminded index users that they are \"responsible for ensuring compliance\" with sanctions.",
    ],
    teaser="Our tip: Read an index provider's notice for the effective date, not the announcement date.")

art(f="ZV-msci-final-deletion-list-summary-dec-2020.txt", date="2020-12-31", shape="summary",
    title="Summary: MSCI's final list of securities deleted under Executive Order 13959",
    outlet="Benchmark Notes", byline="Prepared by the Benchmark Notes desk", dateline="NEW YORK",
    paras=[
        "On December 30, 2020 MSCI published its final list of securities to be deleted from the MSCI ACWI Indexes following US Executive Order 13959. This summary sets out the main points.",
        "WHAT IS DELETED",
        "Eleven securities will be deleted as of the close of business of January 5, 2021, at that day's closing prices: China Communications Construction (A and H shares), China Railway Construction (A and H shares), China Spacesat (A shares), China United Network (A shares), CRRC Corp (A and H shares), Dawning Information (A shares), Hangzhou Hikvision (A shares) and SMIC (Hong Kong shares).",
        "WHAT CHANGED SINCE DECEMBER 15",
        "MSCI's December 15 list covered securities of companies explicitly named in the order. The final list reflects clarifications published by the Office of Foreign Assets Control on December 28, 2020. The one new security is the A share of China United Network.",
        "HOW BIG",
        "The eleven securities are 0.03% of the MSCI ACWI IMI and 0.26% of the MSCI EM IMI, based on data of December 29, 2020.",
        "LATER CHANGES",
        "MSCI said it would consider and evaluate any further updates to the list communicated by OFAC and would announce their treatment separately. Clients subscribing to the indexes can ask for versions that do not reflect the deletions.",
        "This summary is for information only and is not investment or legal advice.",
    ])

art(f="ZV-blog-do-i-have-to-sell-my-china-fund-jan-2021.html", date="2021-01-05", shape="blog",
    title="Do I have to sell my China fund? A plain-English guide to the military-company ban",
    outlet="The Frugal Indexer", byline="Priya Raman",
    paras=[
        "Readers keep asking whether Trump's ban on investing in \"Communist Chinese military companies\" means they must dump their emerging markets fund. Short answer: no, but your fund may quietly change.",
        "The order bars US persons from buying securities of the listed companies from January 11, 2021. Treasury said on December 28 that this covers exchange-traded funds and index funds too. So fund managers, not you, have to make sure the fund stops buying the listed names. That is why MSCI, FTSE Russell and S&P Dow Jones Indices are deleting them from the indexes most funds track.",
        "What about the three telecom giants? Tonight's news: S&P DJI says it has cancelled its planned removal of the ADRs of China Mobile, China Telecom and China Unicom, which was due before the open on January 7. It changed course after the New York Stock Exchange said on January 4 that it would no longer delist them. So for now the three stay in S&P DJI's indexes.",
        "If you own the shares directly, you have until November 11, 2021 to sell, under the order.",
        "My advice: do not panic-sell a diversified fund over a stock that is a fraction of a percent of it.",
    ],
    comments=[("retire_at_55", "2021-01-05", "What a mess. The NYSE has changed its mind twice in a week."),
              ("etf_nerd", "2021-01-06", "I wouldn't bet on the telecoms staying put. Treasury seems unhappy with the NYSE.")],
    teaser="You might also like: Why I stopped checking my portfolio daily")

art(f="ZV-telecom-index-flip-flop-jan-2021.html", date="2021-01-08", shape="news",
    title="Index providers drop China Mobile, China Telecom and China Unicom after NYSE's final reversal",
    outlet="Asia Markets Brief", byline="Kenji Watanabe",
    paras=[
        "Index providers are removing China's three biggest telecom companies from their benchmarks after the New York Stock Exchange confirmed, in its latest about-face, that it will delist their US shares.",
        "S&P Dow Jones Indices said late on Wednesday, January 6, that it will remove the American depositary receipts of China Mobile, China Telecom and China Unicom (Hong Kong). \"S&P DJI's announcement to move forward with removing the above-referenced ADRs from its indices is due to the New York Stock Exchange's latest confirmation that the ADRs will be delisted prior to the open on Monday, January 11, 2021,\" it said. Less than 24 hours earlier it had cancelled the removals.",
        "MSCI said it will delete the Hong Kong shares of the three from the MSCI ACWI and China All Shares indexes as of the close of business on January 8, after further OFAC guidance. FTSE Russell will delete them from its global indexes from January 11.",
        "The NYSE's confirmation came a day after Treasury Secretary Steven Mnuchin told the exchange's chief he disagreed with its decision to reverse the delistings.",
        "In Hong Kong, China Unicom shares fell as much as 9.4% at the start of trading, China Mobile as much as 6.8% and China Telecom 5.8%.",
    ],
    comments=[("HKtrader88", "2021-01-08", "Three changes in a week. Whoever held the ADRs got whipsawed."),
              ("longterm_lisa", "2021-01-09", "My EM fund just sells and moves on. Glad I don't hold single stocks.")],
    teaser="Related: Where to find an index's methodology document")

art(f="ZV-index-funds-and-the-military-company-ban-explainer-jan-2021.md", date="2021-01-12", shape="explainer",
    title="Explainer: what the Chinese military company ban does to your index fund",
    outlet="Index Street Journal", byline="By Helen Osei",
    paras=[
        "## Who is banned?",
        "Executive Order 13959 bars US persons from buying publicly traded securities of companies on a Defense Department list of Chinese military companies. The list now has 35 companies. Treasury said on January 6 that subsidiaries with similar names are covered as well.",
        "## How have the indexes reacted?",
        "A total of 15 companies have been or will be removed from equity indexes: MSCI has removed nine, S&P DJI 13 and FTSE Russell 11. S&P DJI also removed 18 companies from bond indexes; FTSE has not removed any securities from its fixed income indexes. Twenty-four of the affected companies had affiliates listed on major exchanges in December, according to the State Department.",
        "## Why does it matter to me?",
        "Billions of dollars in exchange-traded funds and other passive funds track these benchmarks. When a stock leaves the index, funds that track it sell. The New York Stock Exchange has also delisted the US shares of China Mobile, China Telecom and China Unicom, which were removed from the indexes.",
        "## Do I have to sell?",
        "If you hold a listed company's shares directly, the order gives you until November 11, 2021 to sell them. Fund shareholders normally do not need to act: the fund does it.",
    ],
    teaser="More from Index Street Journal: ADRs, H shares and A shares - what is the difference?")

art(f="ZV-ftse-sp-remove-more-after-biden-order-jul-2021.txt", date="2021-07-12", shape="news",
    title="FTSE Russell and S&P Dow Jones to remove about 20 more Chinese stocks after Biden order",
    outlet="Asia Markets Brief", byline="By Kenji Watanabe", dateline="SHANGHAI",
    paras=[
        "Index providers FTSE Russell and S&P Dow Jones Indices are each removing about 20 more Chinese stocks from their indexes after President Joe Biden's order banning US investment in \"Chinese Military-Industrial Complex Companies\".",
        "Biden issued the ban in early June, amending and widening the order signed by former President Donald Trump. It covers companies in defense and in surveillance technology.",
        "FTSE Russell will remove 20 stocks from its FTSE Global Equity Index Series (GEIS) and the FTSE Global China A Inclusion indexes on July 28. It made the changes after reviewing feedback from index users on the new order. S&P Dow Jones Indices will remove 25 Chinese stocks from its indexes on August 2.",
        "The stocks being removed include Aerospace CH UAV, AVIC Aircraft, China Shipbuilding and Zhonghang Electronic Measuring Instruments.",
        "These deletions add to the earlier rounds that followed Trump's order, when FTSE Russell, MSCI and S&P DJI removed companies such as Hikvision and SMIC.",
        "BEIJING REACTS",
        "China's foreign ministry spokesman Wang Wenbin said the changes \"will only hurt the image of and cause losses to the indices themselves\".",
        "On the same day, BlackRock said Chinese stocks no longer belong in the emerging markets category and put them in a separate category of their own.",
    ],
    teaser="Our tip: An index deletion is not a sanctions designation - check the order itself.")

art(f="ZV-msci-index-review-consultation-distractor-aug-2020.txt", date="2020-08-21", shape="news", distractor=True,
    title="MSCI asks investors whether to stagger its index reviews",
    outlet="Benchmark Notes", byline="By the Benchmark Notes desk", dateline="NEW YORK",
    paras=[
        "MSCI has opened a consultation on changing how it carries out its regular index reviews, saying the growth of index-linked products over the last decade has made the market impact of rebalancing days a bigger concern.",
        "The index provider is proposing two changes. The first would stagger the implementation of its semi-annual and quarterly index reviews for its Global Investable Market Indexes and for its non-market-cap-weighted indexes, instead of carrying out every change on one day. The second would switch a semi-annual review to a \"light\" rebalancing when markets are under stress, as judged by its Market Monitoring Framework.",
        "That framework looks at three things: how markets are functioning, market liquidity and whether data are available.",
        "MSCI said it may later consult on technical details of the proposals.",
        "TIMETABLE",
        "Feedback is open until December 15, 2020, and MSCI will announce the results on or before January 31, 2021.",
        "WHO CARES",
        "Index funds and ETFs that track MSCI's emerging markets, all-country and world indexes must trade when the indexes change. Spreading changes over several days could cut the cost of those trades, but could also make tracking harder for some funds. Active managers often trade around review dates, so the timing matters to them too.",
        "Index users can send comments to MSCI's client service teams.",
    ],
    teaser="Our tip: The index methodology book is dull, but it tells you when your fund will trade.")

art(f="ZV-china-mobile-5g-rollout-distractor-2021.md", date="2021-03-25", shape="news", distractor=True,
    title="China Mobile bets on 5G packages and cloud as subscriber growth slows",
    outlet="Asia Markets Brief", byline="By Kenji Watanabe",
    paras=[
        "China Mobile, the country's largest telecom operator, says its future lies in 5G packages, cloud services and business customers as growth in ordinary mobile subscriptions slows in a saturated home market.",
        "The company has been building 5G base stations across China and moving customers to higher-priced 5G plans. Executives told analysts that mobile cloud, smart home and enterprise services are now its fastest-growing lines.",
        "## Dividends and buybacks",
        "The Hong Kong-listed operator has long been a favourite of income investors because of its steady dividends. Management said it intends to keep raising the share of profit paid out and is considering a listing of A shares on a mainland exchange to widen its investor base.",
        "## Competition",
        "China Telecom and China Unicom, which share parts of their 5G networks to save money, are competing hard for the same business customers. Analysts expect price competition in consumer plans to stay limited because the three operators are all state-owned.",
        "## Network sharing and spectrum",
        "China Mobile also received spectrum in the 700 MHz band through a partnership with China Broadcasting Network, which it expects to improve coverage in rural areas and inside buildings.",
        "Analysts said the company's biggest challenge is turning heavy network spending into higher revenue per user.",
    ],
    teaser="More from Asia Markets Brief: China's tech giants and the common prosperity push")

# ---------------------------------------------------------------- Maryland / state device bans story
art(f="ZV-south-dakota-noem-bans-tiktok-nov-2022.txt", date="2022-11-30", shape="news",
    title="South Dakota bans TikTok on state devices",
    outlet="Plains Statehouse Report", byline="By Carly Hendricks", dateline="PIERRE, S.D.",
    paras=[
        "South Dakota Gov. Kristi Noem, a Republican, on Tuesday, November 29, signed an executive order banning state employees and contractors from accessing TikTok on state-owned devices, citing the app's ties to China.",
        "The order covers state agencies and anyone working for the state under contract. It applies to devices the state owns or leases, not to personal phones.",
        "Noem said the state would not take part in an intelligence-gathering operation of the Chinese Communist Party. TikTok is owned by ByteDance, a company based in China.",
        "WHAT OTHER STATES ARE DOING",
        "The move comes as FBI Director Christopher Wray has warned that TikTok poses national security concerns. Several Republican governors have been under pressure to follow suit, and lawmakers in other states have talked about bills, but South Dakota is the first state to act this month.",
        "WHAT IT DOES NOT DO",
        "The order does not ban TikTok for ordinary South Dakotans and does not cover other Chinese apps or hardware. It does not affect private businesses.",
        "TikTok has said concerns about its data practices are based on misinformation and that it is working with the federal government on a security agreement.",
        "Violations will be handled under existing state personnel rules, the governor's office said.",
    ],
    teaser="Our tip: Ask your IT office which apps are blocked before you install anything on a work phone.")

art(f="ZV-state-tiktok-bans-forum-dec-2022.html", date="2022-12-02", shape="forum",
    title="Which states have banned TikTok on government phones? (thread)",
    outlet="PublicSector IT Forum", byline="",
    posts=[
        ("netadmin_md", "2022-11-30", "Saw South Dakota banned TikTok on state devices yesterday. Anyone know if other states are doing this? I run a small county network in Maryland."),
        ("CISO_lite", "2022-11-30", "So far it's only South Dakota this round. Noem's order covers employees and contractors on state-owned devices."),
        ("netadmin_md", "2022-12-01", "Nothing from Annapolis yet? Our state agencies still have TikTok accounts."),
        ("CISO_lite", "2022-12-01", "Nothing from Maryland that I've seen. No directive, no memo. I'd block it at the firewall anyway."),
        ("pkt_loss", "2022-12-02", "Remember a state ban on state devices is different from the FCC stuff. The FCC Covered List is about equipment like Huawei and ZTE gear, not apps on your phone."),
        ("CISO_lite", "2022-12-02", "Also worth knowing: South Dakota's order is about state-owned devices only. Nobody is stopping residents from using the app at home, and it does not touch Chinese hardware or other apps."),
        ("old_router", "2022-12-02", "Our agency already blocks a lot at the proxy. Blocking one app is easy; finding every personal phone on the guest wifi is not."),
        ("netadmin_md", "2022-12-02", "Fair. For now we'll just note it. If Maryland does anything I'll post the details here."),
    ])

art(f="ZV-hogan-bans-tiktok-state-networks-dec-2022.md", date="2022-12-06", shape="news",
    title="Hogan bans TikTok and other Chinese and Russian products across Maryland state government",
    outlet="Chesapeake Capital News", byline="By Nora Pellegrini",
    paras=[
        "Maryland Gov. Larry Hogan on Tuesday issued an emergency cybersecurity directive banning TikTok and certain China- and Russia-based products and platforms in the executive branch of state government.",
        "The directive, signed by the state's Chief Information Security Officer, Charles \"Chip\" Stewart, applies to TikTok; Huawei Technologies; ZTE Corp; Tencent Holdings, including Tencent QQ, QQ Wallet and WeChat; Alibaba products, including AliPay; and Kaspersky.",
        "Agencies must remove the products from state networks, take measures to prevent their installation and put in network-based restrictions to block use of or access to the banned services. They have 14 days to comply. The executive branch covers 21 state agencies.",
        "\"There may be no greater threat to our personal safety and our national security than the cyber vulnerabilities that support our daily lives,\" Hogan said.",
        "Hogan, a two-term Republican who leaves office next month, acted a week after South Dakota Gov. Kristi Noem banned TikTok on state devices. South Carolina Gov. Henry McMaster on Monday asked his state's Department of Administration to ban TikTok from the state government devices it manages.",
        "Maryland Gov.-elect Wes Moore, a Democrat, declined to comment through a spokesperson.",
    ],
    teaser="More from Chesapeake Capital News: Annapolis prepares for the 2023 session")

art(f="ZV-maryland-governor-release-summary-dec-2022.txt", date="2022-12-07", shape="summary",
    title="Summary: Governor Hogan's release on the emergency directive banning TikTok and other products",
    outlet="Maryland Policy Digest", byline="Prepared by the Policy Digest staff", dateline="ANNAPOLIS",
    paras=[
        "The governor's office framed the December 6 directive as action taken \"while the federal government delays action on cyber threats\". This summary sets out what the release says.",
        "WHAT IS BANNED",
        "The directive prohibits use across the executive branch of China- and Russia-based products and platforms that \"pose a threat to US cybersecurity\", including TikTok. The release calls it \"the most aggressive action of any governor in America\".",
        "WHY",
        "The products \"present an unacceptable level of cybersecurity risk to the state\" and may be involved in cyber-espionage, surveillance of government entities and inappropriate collection of sensitive personal information.",
        "WHO SIGNED",
        "The directive was issued by the State Chief Information Security Officer, Chip Stewart, who called it \"a critical step in protecting Maryland State systems from the cybersecurity threats caused by foreign organizations\".",
        "BACKGROUND IN THE RELEASE",
        "The release recalls that Hogan convened a cybersecurity summit at the State House in Annapolis last year and announced more than $200 million to modernize and expand the state's cyber infrastructure. It quotes a USA Today op-ed he wrote with former NSA Director Admiral Dennis Blair: \"For far too long, Washington has been asleep on cybersecurity.\"",
        "The release describes Maryland as \"the cyber capital of America\".",
        "This summary is for information only and is not legal advice.",
    ])

art(f="ZV-maryland-ban-faq-state-workers-dec-2022.html", date="2022-12-09", shape="faq",
    title="FAQ for Maryland state workers: what the TikTok and Kaspersky directive means for you",
    outlet="Chesapeake Capital News", byline="Nora Pellegrini",
    paras=[
        "Q: Who is covered? A: The executive branch of Maryland state government, which includes 21 state agencies. The directive was issued by the state's Chief Information Security Officer on December 6, 2022.",
        "Q: Which products are banned? A: TikTok; Huawei Technologies; ZTE Corp; Tencent Holdings products such as Tencent QQ, QQ Wallet and WeChat; Alibaba products such as AliPay; and Kaspersky.",
        "Q: How long do agencies have? A: 14 days to remove the hardware and software from state networks. They must also stop new installations and block access at the network level.",
        "Q: What about my own phone? A: The directive is about state networks and state systems. It does not ban TikTok for the public.",
        "Q: Do state agencies have TikTok accounts? A: Yes. The Comptroller's Office and Towson University are among the state bodies with a TikTok account.",
        "Q: Is Kaspersky banned nationally? A: The Maryland directive only covers state government. It does not say anything about federal rules for consumers.",
        "Q: Will it last after Hogan leaves? A: Hogan leaves office in January. His successor, Wes Moore, declined to comment on the directive.",
    ],
    comments=[("towson_staffer", "2022-12-09", "Our social media team is scrambling. Nobody told us what happens to the account itself."),
              ("md_it_guy", "2022-12-10", "14 days over the holidays. Fun.")],
    teaser="Also in Chesapeake Capital News: State pay raises for 2023")

art(f="ZV-why-maryland-banned-kaspersky-and-alipay-explainer-dec-2022.md", date="2022-12-12", shape="explainer",
    title="Why Maryland's ban reaches beyond TikTok to Kaspersky, AliPay and Huawei",
    outlet="Chesapeake Capital News", byline="By Nora Pellegrini",
    paras=[
        "## More than one app",
        "Most state bans this winter have targeted TikTok alone. Maryland's December 6 directive goes further: it also covers Huawei, ZTE, Tencent products including WeChat, Alibaba products including AliPay, and the Russian security company Kaspersky.",
        "## The stated reasons",
        "The directive cites a \"reasonable belief\" of risks such as cyber-espionage, surveillance of government entities, \"inappropriate collection of sensitive personal information\" and \"algorithmic modification to conduct disinformation or misinformation campaigns\".",
        "## The federal backdrop",
        "FBI Director Christopher Wray said in late November that TikTok is a national security threat and that the Chinese government \"has shown a willingness to steal Americans' data on a scale that dwarfs any other\". Former President Donald Trump tried in 2020 to halt the use of TikTok and WeChat in the US, but a federal judge blocked him. In June 2021 President Joe Biden reversed that course and ordered a review of the national security risks of such apps instead.",
        "## What is not covered",
        "The directive does not apply to the legislature, the courts or private businesses, and it does not stop residents from using the products.",
        "## Was anyone using them?",
        "It was not immediately clear whether the governor or executive branch agencies used TikTok or the other products, although some state bodies had TikTok accounts.",
    ],
    teaser="More from Chesapeake Capital News: The state's cyber workforce gap")

art(f="ZV-blog-state-bans-vs-federal-lists-dec-2022.html", date="2022-12-14", shape="blog",
    title="State device bans are not federal blacklists: a guide for confused readers",
    outlet="Compliance Corner (blog)", byline="Jordan Kessler",
    paras=[
        "This month three Republican governors and one outgoing Republican in a blue state have moved against TikTok: South Dakota's Kristi Noem on November 29, South Carolina's Henry McMaster on December 5 and Maryland's Larry Hogan on December 6, whose directive also names Huawei, ZTE, Tencent, Alibaba and Kaspersky.",
        "These are rules for state government devices and networks. They say nothing about what you can buy or install at home.",
        "Federal lists work differently. The FCC's Covered List names equipment and services that pose a national security risk; in November 2022 the FCC stopped authorizing new equipment from Huawei and ZTE, among others. That affects what can be sold in the US, not which apps a state worker may open.",
        "Investment bans are different again. An executive order bars US persons from buying listed shares of designated Chinese military companies. It does not stop you using a company's products.",
        "So if you work for Maryland, delete TikTok from your work phone. If you own Kaspersky at home, no state directive tells you to remove it.",
    ],
    comments=[("anna_k", "2022-12-14", "Finally someone separates the three kinds of ban. Thanks."),
              ("skeptic99", "2022-12-15", "Give it a year and every state will have a list.")],
    teaser="Popular on Compliance Corner: How to read an OFAC FAQ")

art(f="ZV-maryland-cyber-jobs-fair-distractor-oct-2023.md", date="2023-10-18", shape="news", distractor=True,
    title="Maryland cyber jobs fair draws crowds as state agencies hunt for security staff",
    outlet="Chesapeake Capital News", byline="By Nora Pellegrini",
    paras=[
        "Hundreds of job seekers lined up in Annapolis on Tuesday for a cybersecurity careers fair aimed at filling open security posts in Maryland state government, where agencies say they compete with federal contractors for the same people.",
        "Recruiters from state agencies, community colleges and Towson University offered interviews on the spot. Many of the open jobs are for security analysts, network engineers and staff to run the state's security operations center.",
        "## Why the state is hiring",
        "Officials said demand has grown as agencies move more services online and attacks on state and local governments increase. Maryland, which calls itself \"the cyber capital of America\" because of the National Security Agency and other federal agencies near Fort Meade, has set up training programs with community colleges.",
        "## What candidates said",
        "Several job seekers said pay remains the main obstacle, since private firms and contractors near Fort Meade offer more. Others said they were drawn by pensions and job security.",
        "## Training pipeline",
        "Organizers said apprenticeships let people without degrees learn on the job, and that veterans were a large share of the applicants.",
        "A second fair is planned in the spring in Baltimore.",
    ],
    teaser="More from Chesapeake Capital News: Where Maryland's cyber money goes")

art(f="ZV-kaspersky-antivirus-review-distractor-2021.html", date="2021-09-02", shape="review", distractor=True,
    title="Review: Kaspersky Total Security - strong protection, busy interface",
    outlet="Home Tech Bench", byline="Ellis Grant",
    paras=[
        "Kaspersky's top consumer suite is still one of the better-performing antivirus packages we test. In our lab it blocked every malicious download we threw at it and caught all of our phishing test pages.",
        "The suite includes a password manager, a limited VPN, parental controls, a file shredder and a backup tool. It runs on Windows, macOS, Android and iOS, although the iPhone version does far less.",
        "Performance: full scans slowed our test laptop noticeably, but quick scans and real-time protection had little effect on everyday work.",
        "Interface: there are a lot of menus. Beginners may find the settings overwhelming, and the app pushes upgrades and extra products.",
        "Price: the first year is discounted; renewals cost noticeably more, so check the price before auto-renewal kicks in.",
        "Verdict: strong protection and lots of features, held back by a cluttered interface and renewal pricing. Readers who want something simpler may prefer a lighter suite.",
        "We test antivirus products on a Windows 10 laptop with current updates, using live malicious links gathered over a week and a set of fake banking pages built for the purpose.",
    ],
    comments=[("pc_dad", "2021-09-03", "Been using it for years on three laptops. No complaints except the renewal price."),
              ("minimalist_mo", "2021-09-04", "Too many pop-ups for me.")],
    teaser="Related reviews: The best free antivirus for Windows")

art(f="ZV-south-carolina-mcmaster-asks-tiktok-ban-dec-2022.txt", date="2022-12-05", shape="news",
    title="South Carolina governor asks for TikTok ban on state government devices",
    outlet="Palmetto Wire", byline="By Jamal Whitaker", dateline="COLUMBIA, S.C.",
    paras=[
        "South Carolina Gov. Henry McMaster, a Republican, on Monday asked the state's Department of Administration to ban TikTok from all state government devices that the department manages.",
        "In a letter to the department, McMaster pointed to concerns that the Chinese government could get access to data collected by the app, which is owned by the Beijing-based company ByteDance.",
        "McMaster also asked other state agencies and bodies that manage their own devices to consider similar steps.",
        "NOT A BAN FOR THE PUBLIC",
        "The request covers state-managed devices only. It does not stop South Carolinians from using TikTok on their own phones, and it does not cover other Chinese apps or equipment.",
        "WHO ELSE",
        "South Dakota Gov. Kristi Noem banned TikTok on state devices for employees and contractors last week, on November 29. FBI Director Christopher Wray has said the app raises national security concerns.",
        "WHAT HAPPENS NEXT",
        "The Department of Administration did not say on Monday when it would act on the governor's request. A department spokesperson said it was reviewing the letter.",
        "Some state lawmakers have said they may file a bill in the new session to make a ban permanent.",
        "TikTok has denied that it shares user data with the Chinese government.",
    ],
    teaser="Our tip: Keep work and personal accounts on separate devices.")
