"""Article text and metadata for blind set qa-ZF (answers-zf).

Each article: name (file name without extension is not used; full name given), fmt (txt/md/html), title, date
(ISO), outlet, shape, body (list of blocks), optional posts (forum) / comments (blog, html only), distractor flag.

Body mini-markup: "## X" is a subhead, "- X" a bullet, anything else a paragraph.
Stories: JK = Japan's 2019 export curbs on South Korea and their 2023 reversal; NO = Norway's oil fund exclusions
(Bezeq, Israeli firms, Caterpillar and five Israeli banks, the ethics council's suspension); CW = Syria's Cham Wings
Airlines (US Entity List / SDN, EU Belarus listing and delisting, EU Syria re-listing).
"""

ARTICLES = [
    # ------------------------------------------------------------------ JK: Japan / South Korea export curbs
    dict(
        name="ZF-japan-tightens-chip-material-exports-korea-jul-2019.txt", fmt="txt", story="JK", shape="news",
        title="Japan tightens export rules on three chip materials bound for South Korea",
        date="2019-07-04", outlet="Pacific Trade Wire",
        body=[
            "TOKYO - Japan on Thursday began requiring exporters to seek a separate government licence for every "
            "shipment to South Korea of three materials that Korean chip and display makers cannot easily source "
            "elsewhere.",
            "## WHAT CHANGED",
            "The items are fluorinated polyimide, used in smartphone display panels; resist, the light-sensitive "
            "coating used to print circuit patterns on wafers; and hydrogen fluoride, an etching gas used to clean "
            "semiconductors. Japanese suppliers hold between 70 percent and almost 100 percent of the world market "
            "for them.",
            "Since 2004 the Ministry of Economy, Trade and Industry had let companies ship these goods to South "
            "Korea under bulk permits valid for three years. That preferential treatment has now ended, and "
            "officials said screening each application could take about 90 days.",
            "## WHY NOW",
            "Tokyo cites security concerns and the management of sensitive goods. Seoul and most analysts see a "
            "link to the South Korean Supreme Court rulings of 2018 that ordered Japanese companies to compensate "
            "Koreans forced to work for them in wartime. The ministry has also opened public comments on removing "
            "South Korea from its list of trusted export destinations.",
            "South Korean buyers such as Samsung and LG are said to hold only about a month of stock of the three "
            "items.",
        ],
    ),
    dict(
        name="ZF-japan-drops-korea-export-white-list-aug-2019.md", fmt="md", story="JK", shape="news",
        title="Japan's cabinet strikes South Korea off its export white list",
        date="2019-08-02", outlet="Northeast Asia Monitor",
        body=[
            "TOKYO - The Japanese cabinet on Friday approved a revision of the Export Trade Control Order that "
            "removes South Korea from the so-called white list of countries given simplified export procedures "
            "for goods that could be diverted to military use. The change takes effect on August 28.",
            "## What the delisting means",
            "- About 1,120 dual-use items will need individual licences for South Korea, according to Yonhap.",
            "- Individual licences are valid for six months, against three years for a general permit.",
            "- 26 other countries remain on the list, including the United States, Britain and Germany.",
            "Trade minister Hiroshige Seko said the step was not an embargo and only brings South Korea, which had "
            "enjoyed fast-track treatment since it was added in 2004, in line with normal procedures. It is the "
            "second step after the July 4 licence requirement on three chip materials.",
            "## Seoul responds",
            "Hours later South Korea's finance minister Hong Nam-ki said Seoul would remove Japan from its own "
            "whitelist of trusted trading partners and step up work on a complaint to the World Trade "
            "Organization. President Moon Jae-in accused Tokyo of trying to hurt the Korean economy. A day "
            "earlier Seoul had hinted that it could reconsider a military intelligence-sharing pact with Japan.",
        ],
    ),
    dict(
        name="ZF-first-photoresist-permit-samsung-aug-2019.html", fmt="html", story="JK", shape="news",
        title="Japan grants first permit under new Korea rules: photoresist bound for Samsung",
        date="2019-08-09", outlet="ChipSupply Daily",
        body=[
            "TOKYO - Japan has approved the first export of a restricted chip material to South Korea since it "
            "tightened controls on July 4, trade minister Hiroshige Seko said on Thursday.",
            "The shipment is photoresist, the light-sensitive material used to coat wafers, and according to "
            "Yonhap it is bound for Samsung Electronics. Officials judged the transaction legitimate and unlikely "
            "to be diverted to military use.",
            "The approval came a little over a month after the new rules took force, far quicker than the roughly "
            "90 days the ministry had said screening could take. Seko denied that the quick turnaround was meant to "
            "blunt South Korean complaints and said there was no particular reason for the timing.",
            "Chief Cabinet Secretary Yoshihide Suga said the tighter controls are not an export ban and that Japan "
            "would not arbitrarily block legitimate transactions.",
            "## What remains restricted",
            "Exporters of the other two materials, fluorinated polyimide and hydrogen fluoride, must still apply "
            "for each contract, and no hydrogen fluoride permit has yet been reported. South Korea's removal from "
            "Japan's white list of trusted destinations, approved on August 2, is still due to take effect on "
            "August 28. Korean chipmakers including SK Hynix have been looking for other suppliers.",
        ],
        comments=[
            ("wafer_watch", "2019-08-09", "One permit in five weeks is not exactly normal trade."),
            ("K. Lim", "2019-08-10", "Hydrogen fluoride is the one that matters. Wake me when that ships."),
        ],
    ),
    dict(
        name="ZF-korea-wto-complaint-drops-japan-white-list-sep-2019.txt", fmt="txt", story="JK", shape="news",
        title="Seoul takes Japan to the WTO and drops Tokyo from its own white list",
        date="2019-09-18", outlet="Pacific Trade Wire",
        body=[
            "SEOUL - South Korea's removal of Japan from its list of trusted trading partners took effect on "
            "Wednesday, a week after Seoul filed a complaint at the World Trade Organization over Tokyo's export "
            "curbs.",
            "## THE COMPLAINT",
            "On September 11 South Korea said it had filed the WTO case against Japan's restrictions on exports of "
            "three semiconductor materials, calling them a politically motivated attempt to change Seoul's position "
            "on the forced labour dispute. Under WTO rules the two sides must first hold consultations, and if "
            "those fail Seoul can ask for a dispute panel.",
            "Japanese trade minister Hiroshige Seko rejected the argument, saying the measures are fully "
            "consistent with WTO rules because they followed a domestic review that found improper exports of "
            "dual-use goods.",
            "## THE COUNTERMEASURE",
            "Korea's industry ministry said its revised rules mean longer permit processes and more paperwork for "
            "Korean exports to Japan of goods that could be used to make weapons. Japan had removed South Korea "
            "from its own list, which took effect on August 28.",
            "Both governments describe their steps as export control, not sanctions.",
            "---",
            "Our tip: Read the updated guide to HS codes for chemical shipments on our Exporters page.",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment * | Name * | Email * | Post Comment",
        ],
    ),
    dict(
        name="ZF-japan-korea-export-curbs-faq-dec-2019.html", fmt="html", story="JK", shape="FAQ",
        title="Japan's export curbs on South Korea: a year-end FAQ",
        date="2019-12-23", outlet="ChipSupply Daily",
        body=[
            "Six months after Tokyo tightened controls on three chip materials, here is where things stand.",
            "## Which goods are covered?",
            "Fluorinated polyimide, photoresist and high-purity hydrogen fluoride. Since July 4 each contract "
            "needs its own licence.",
            "## Has anything actually been shipped?",
            "Yes. Photoresist was approved in August, solid hydrogen fluoride in late August and fluorinated "
            "polyimide in September. In November Japan allowed the first shipment of liquid hydrogen fluoride, "
            "made by Stella Chemifa, the most tightly controlled of the three.",
            "## Did Japan ease anything?",
            "Partly. Late last week the trade ministry let exporters obtain a bulk licence covering three years of "
            "photoresist sales to a given customer instead of applying shipment by shipment. Fluorinated polyimide "
            "and hydrogen fluoride remain on the case-by-case regime.",
            "## Is South Korea back on Japan's white list?",
            "No. The removal that took effect on August 28 is still in force, and Seoul has likewise kept Japan off "
            "its own list.",
            "## What about the WTO case?",
            "Seoul filed it in September and held two rounds of consultations with Tokyo. In November it "
            "suspended the proceedings while the two governments talk.",
            "## Is this a ban?",
            "Tokyo insists it is not; it calls the measures a review of export management.",
        ],
        comments=[
            ("fab_buyer", "2019-12-23", "Bulk licence for photoresist only. Typical half step before the summit."),
        ],
    ),
    dict(
        name="ZF-japan-lifts-curbs-korea-drops-wto-case-mar-2023.md", fmt="md", story="JK", shape="news",
        title="Japan lifts chip-material curbs as Seoul drops its WTO case",
        date="2023-03-16", outlet="Northeast Asia Monitor",
        body=[
            "TOKYO - Japan on Thursday ended the tighter export controls it placed on three semiconductor and "
            "display materials bound for South Korea in July 2019, and Seoul said it would withdraw its complaint "
            "at the World Trade Organization.",
            "The announcements came as President Yoon Suk Yeol arrived in Tokyo for a summit with Prime Minister "
            "Fumio Kishida, the first such visit in years, after Seoul announced a plan to compensate wartime "
            "forced labour victims without asking Japanese companies to contribute.",
            "## What was agreed",
            "- Japan lifts the individual licence requirement on fluorine polyimide, photoresist and hydrogen "
            "fluoride.",
            "- South Korea withdraws its WTO dispute over those three items.",
            "- The two sides will keep talking about putting each other back on their white lists of trusted "
            "trading partners.",
            "The decisions followed three days of export control talks that began on Tuesday. Industry Minister "
            "Lee Chang-yang said the agreement was not only about removing export regulations but was the first "
            "step in establishing trust.",
            "## What has not changed yet",
            "Restoring South Korea to Japan's preferred Group A will take longer, officials said, because it "
            "requires a cabinet decision in Tokyo. Japan produces about 90 percent of the world's fluorine "
            "polyimide and photoresist and about 70 percent of its hydrogen fluoride.",
        ],
    ),
    dict(
        name="ZF-korea-restores-japan-white-list-apr-2023.txt", fmt="txt", story="JK", shape="news",
        title="South Korea puts Japan back on its trade white list",
        date="2023-04-24", outlet="Pacific Trade Wire",
        body=[
            "SEOUL - South Korea restored Japan to its white list of trusted trading partners on Monday, more than "
            "three years after removing it at the height of the export control row.",
            "## WHAT IT MEANS",
            "The industry ministry published an amendment to its notice on the import and export of strategic "
            "goods. Japan joins 28 other countries that enjoy simplified procedures for sensitive items that could "
            "be diverted to military use. The review period for Korean export approvals drops from 15 days to "
            "five, and the paperwork from five types of documents to three.",
            "## WHAT JAPAN STILL HAS TO DO",
            "Japan lifted its curbs on three chip materials in March, after the Yoon-Kishida summit, and Seoul "
            "withdrew its WTO complaint. But South Korea is still in Japan's Group B. Officials in Seoul expect "
            "Tokyo's decision to take more time because it must go to a cabinet meeting; director general-level "
            "talks continue.",
            "\"Follow-up measures will be taken based on the results of the discussion,\" a ministry official "
            "said.",
            "---",
            "Our tip: Our weekly newsletter on Asian trade rules is free. Sign up on the home page.",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment * | Name * | Email * | Post Comment",
        ],
    ),
    dict(
        name="ZF-meti-reinstates-korea-group-a-jun-2023.md", fmt="md", story="JK", shape="press release summary",
        title="METI: South Korea to return to Group A on July 21 (press release summary)",
        date="2023-06-27", outlet="Export Controls Digest",
        body=[
            "TOKYO - Japan's Ministry of Economy, Trade and Industry said on Tuesday that the cabinet had approved "
            "a partial revision of the Export Trade Control Order to add the Republic of Korea to the countries "
            "listed in Appended Table 3, the list informally called the white list.",
            "## Key points of the release",
            "- The amended order will be promulgated on Friday, June 30.",
            "- It takes effect on July 21, 2023.",
            "- South Korea returns to Group A, the category it held before it was downgraded to Group B in August "
            "2019.",
            "- Items on the international control lists still need licences; for other goods a licence is in "
            "principle no longer required.",
            "## Reactions",
            "Economy, Trade and Industry Minister Yasutoshi Nishimura said Japan would demand appropriate measures "
            "if problems such as improper exports to third countries arise. Chief Cabinet Secretary Hirokazu "
            "Matsuno said the two sides would keep up a policy dialogue on export control.",
            "Korean media said the change should cut the time Japanese companies need to export strategic goods "
            "to Korea from two to three months to about a week. The decision comes about two months after Seoul "
            "restored Japan to its own list and three months after Tokyo lifted its curbs on three chip "
            "materials, ending the trade dispute that began in 2019.",
        ],
    ),
    dict(
        name="ZF-exporters-forum-korea-group-a-thread.txt", fmt="txt", story="JK", shape="forum",
        title="Exporters' Forum: Is Korea Group A again? (thread)",
        date="2023-07-24", outlet="Exporters' Forum",
        body=[],
        posts=[
            ("tokyo_logistics", "2023-07-24 09:12",
             "Our compliance manual from 2021 says South Korea is Group B and every shipment of our etching "
             "chemicals needs an individual licence. Customer in Icheon says that's outdated. Who is right?"),
            ("ecr_kana", "2023-07-24 09:40",
             "Your customer. The cabinet approved the change on June 27 and South Korea went back into Group A "
             "on July 21. Your manual predates that."),
            ("tokyo_logistics", "2023-07-24 10:02",
             "And the three chip materials? We ship hydrogen fluoride."),
            ("ecr_kana", "2023-07-24 10:15",
             "Those curbs were lifted back in March, when Seoul dropped the WTO case. List-controlled items still "
             "need a licence, Group A or not, but you can use the general bulk licence again."),
            ("osaka_freight", "2023-07-24 11:30",
             "Confirmed with METI's helpdesk last week. Also note Korea put Japan back on its own list in April, "
             "so Korean exports to Japan got lighter paperwork too."),
            ("hanbit_trade", "2023-07-24 12:20",
             "For anyone new to this: Japan put the three materials under shipment-by-shipment licensing on "
             "July 4, 2019 and moved Korea to Group B on August 28, 2019. So about four years in the cold."),
            ("tokyo_logistics", "2023-07-24 12:41",
             "Does Group A mean we need no licence at all for Korea now?"),
            ("ecr_kana", "2023-07-24 13:05",
             "No. Goods on the control list still need one, just a general bulk licence instead of one per "
             "contract. For goods off the list the catch-all licence requirement in principle no longer applies."),
            ("tokyo_logistics", "2023-07-24 13:20",
             "Thanks all. Updating the manual today."),
        ],
    ),
    dict(
        name="ZF-korean-court-orders-nippon-steel-compensation-oct-2018.txt", fmt="txt", story="JK",
        shape="news", distractor=True,
        title="Korean Supreme Court orders Nippon Steel to compensate wartime workers",
        date="2018-10-30", outlet="Pacific Trade Wire",
        body=[
            "SEOUL - South Korea's Supreme Court on Tuesday ordered Nippon Steel & Sumitomo Metal to pay 100 "
            "million won each to four Koreans who were forced to work at its predecessor's plants during Japan's "
            "1910-45 colonial rule.",
            "## THE RULING",
            "The full bench upheld a 2013 appeals court decision. Only one of the four plaintiffs, Lee Chun-sik, "
            "is still alive; he is 94. Lawyers said dozens of similar suits are pending against other Japanese "
            "firms, including Mitsubishi Heavy Industries.",
            "The court said the victims' individual right to claim damages for illegal colonial-era acts was not "
            "extinguished by the 1965 agreement that restored diplomatic ties.",
            "## TOKYO'S POSITION",
            "Japan says all claims were settled completely and finally in 1965, when Tokyo provided Seoul with "
            "loans and economic aid worth some $800 million. Foreign Minister Taro Kono called the ruling "
            "unacceptable and summoned South Korea's ambassador.",
            "Nippon Steel said the decision was regrettable and that it would study the ruling while watching the "
            "Japanese government's response.",
            "Analysts said the case could sour cooperation between the two neighbours at a time when both are "
            "focused on talks with North Korea.",
            "---",
            "Our tip: Our explainer on the 1965 normalisation treaty is linked from the Asia page.",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment * | Name * | Email * | Post Comment",
        ],
    ),
    # ------------------------------------------------------------------ NO: Norway's oil fund exclusions
    dict(
        name="ZF-norway-fund-divests-bezeq-dec-2024.txt", fmt="txt", story="NO", shape="news",
        title="Norway's wealth fund sells out of Bezeq over settlement services",
        date="2024-12-04", outlet="Nordic Capital Report",
        body=[
            "OSLO - Norway's sovereign wealth fund has divested from Bezeq, Israel's biggest telecoms group, "
            "because it provides telecom services to Israeli settlements in the occupied West Bank, the fund said "
            "late on Tuesday.",
            "## TOUGHER READING OF THE RULES",
            "The decision follows a new, stricter interpretation by the fund's Council on Ethics of its standards "
            "for companies that support Israel's activities in the occupied Palestinian territories. In its "
            "recommendation the council said Bezeq facilitates the maintenance and expansion of settlements, which "
            "it considers illegal under international law.",
            "The fund, worth about $1.8 trillion, had already cut its Bezeq stake during the year and has now sold "
            "all of its shares.",
            "Bezeq did not immediately respond to a request for comment. The company has said it also serves "
            "Palestinian areas.",
            "## WHO DECIDES",
            "The Council on Ethics only recommends. The final decision to exclude or observe a company lies with "
            "the executive board of Norges Bank, the central bank that runs the fund. Norway's parliament sets the "
            "ethical guidelines.",
            "---",
            "Our tip: Our guide to the Nordic pension funds' exclusion lists is updated every quarter.",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment * | Name * | Email * | Post Comment",
        ],
    ),
    dict(
        name="ZF-oil-fund-sells-11-israeli-stocks-aug-2025.md", fmt="md", story="NO", shape="news",
        title="Oil fund dumps 11 Israeli stocks and fires its outside managers in Israel",
        date="2025-08-12", outlet="Nordic Capital Report",
        body=[
            "OSLO - Norway's $2 trillion wealth fund said it has sold its holdings in 11 Israeli companies and is "
            "ending contracts with all three external managers that handled part of its Israeli portfolio, after "
            "an urgent review over the war in Gaza.",
            "## What triggered it",
            "The review began last week after media reports that the fund had built a stake of just over 2% in "
            "Bet Shemesh Engines, a jet engine group that maintains engines for Israel's air force. The fund began "
            "buying it in November 2023 through an external manager. The stake has now been sold.",
            "\"The situation in Gaza is a serious humanitarian crisis,\" chief executive Nicolai Tangen said.",
            "## The numbers",
            "- 65 Israeli companies held at the end of 2024, worth $1.95 billion.",
            "- 61 held on June 30, 2025; 11 sold in recent days, none named except Bet Shemesh.",
            "- All remaining Israeli holdings move in-house and will be limited to the equity benchmark index.",
            "## More to come",
            "Deputy CEO Trond Grande said there was good reason to believe there would be further sell-outs. The "
            "fund is reviewing the remaining 50 Israeli companies and reports to the finance ministry by August 20. "
            "Its ethics council is weighing whether to exclude five Israeli banks.",
            "In June parliament rejected a proposal to divest from every company active in the occupied "
            "territories.",
        ],
    ),
    dict(
        name="ZF-oil-fund-six-more-exits-unnamed-aug-2025.html", fmt="html", story="NO", shape="news",
        title="Oil fund to exit six more companies but will not name them yet",
        date="2025-08-18", outlet="Fjord Markets",
        body=[
            "OSLO - Norway's sovereign wealth fund said on Monday it will divest from six more companies as part of "
            "its continuing ethics review linked to the war in Gaza and developments in the West Bank.",
            "The fund declined to identify the six groups. Names will be published only once the stakes have been "
            "sold, in line with its usual practice of not signalling trades to the market.",
            "The announcement came as Norges Bank Investment Management delivered its review of Israeli holdings "
            "to the finance ministry, which had set an August 20 deadline. Last week the fund sold out of 11 "
            "Israeli companies and dropped its external managers in Israel.",
            "## What we know",
            "Market watchers noted that the Council on Ethics had been examining Israeli banks' role in financing "
            "settlement construction, and that the fund still owned large stakes in several Israeli lenders. "
            "Neither the fund nor the council confirmed which sectors are affected.",
            "The fund said its ethics watchdog will from now on assess Israeli companies every three months.",
            "Finance Minister Jens Stoltenberg has repeatedly ruled out divesting from Israel as a whole, saying "
            "companies cannot be excluded simply for being Israeli.",
            "## Next step",
            "A further statement is expected when the sales are complete.",
        ],
        comments=[
            ("bergen_saver", "2025-08-18", "Why the secrecy? We own this fund."),
            ("Ingrid S.", "2025-08-19", "Because announcing before selling would move the price against us."),
        ],
    ),
    dict(
        name="ZF-nbim-excludes-caterpillar-five-israeli-banks-aug-2025.md", fmt="md", story="NO",
        shape="press release summary",
        title="Norges Bank excludes Caterpillar and five Israeli banks (press release summary)",
        date="2025-08-25", outlet="Export Controls Digest",
        body=[
            "OSLO - The executive board of Norges Bank said on Monday it has decided to exclude US "
            "equipment maker Caterpillar and five Israeli banking groups from the Government Pension Fund Global, "
            "following recommendations from the Council on Ethics.",
            "## Companies excluded",
            "- Caterpillar Inc.",
            "- First International Bank of Israel Ltd and its holding company FIBI Holdings Ltd",
            "- Bank Leumi Le-Israel BM",
            "- Mizrahi Tefahot Bank Ltd",
            "- Bank Hapoalim BM",
            "## Grounds",
            "The companies were excluded due to an unacceptable risk that they contribute to serious violations of "
            "the rights of individuals in situations of war and conflict.",
            "On Caterpillar the council wrote that there is no doubt that its products are being used to commit "
            "extensive and systematic violations of international humanitarian law, as Israeli authorities used "
            "its bulldozers in the widespread unlawful destruction of Palestinian property in Gaza and the West "
            "Bank, and that the company has not implemented any measures to prevent such use. As deliveries of the "
            "relevant machinery to Israel are set to resume, it saw an unacceptable risk.",
            "The banks were found to provide financial services that are a prerequisite for building settlements "
            "in the West Bank.",
            "## Stakes sold",
            "As of June 30 the fund held 1.17% of Caterpillar, worth $2.1 billion. Its stakes in the five banks were "
            "worth a combined $661 million. These are the six exits announced, unnamed, on August 18.",
        ],
    ),
    dict(
        name="ZF-graham-threatens-norway-over-caterpillar-aug-2025.txt", fmt="txt", story="NO", shape="news",
        title="US senator threatens Norway with tariffs and visa curbs over Caterpillar exit",
        date="2025-08-29", outlet="Nordic Capital Report",
        body=[
            "WASHINGTON/OSLO - Norway's prime minister moved to calm a row with Washington this week after Senator "
            "Lindsey Graham threatened tariffs and visa restrictions over the wealth fund's decision to drop "
            "Caterpillar.",
            "## THE POSTS",
            "On Wednesday the South Carolina Republican wrote on X that the decision to punish an American company "
            "because Israel uses its products was \"beyond offensive\" and \"will not go unanswered\". On Thursday "
            "he added that \"doing business or visiting America is a privilege, not a right\" and suggested "
            "tariffs on countries that refuse to do business with American companies, or denying visas to people "
            "who run such organisations.",
            "## OSLO'S ANSWER",
            "Prime Minister Jonas Gahr Store sent Graham a text message explaining that the fund is run "
            "independently of the government. Finance Minister Jens Stoltenberg also stressed that the exclusion "
            "was made under established ethical guidelines, not by politicians.",
            "The Trump administration already applies a 15% tariff on imports from Norway while trade talks "
            "continue. More than half of the fund's investments are in US stocks and bonds. Fund chief Nicolai "
            "Tangen has said he does not see a credible risk of asset seizure.",
            "Caterpillar did not comment.",
            "---",
            "Our tip: Listen to our Friday markets podcast for the week's fund news.",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment * | Name * | Email * | Post Comment",
        ],
    ),
    dict(
        name="ZF-oil-fund-exclusions-explainer-sep-2025.html", fmt="html", story="NO", shape="explainer",
        title="Explainer: how Norway's oil fund blacklists companies, and why Washington is angry",
        date="2025-09-10", outlet="Fjord Markets",
        body=[
            "Norway's wealth fund holds stakes in more than 8,500 companies, and it keeps a public list of "
            "companies it may not own. Here is how that list works after the Caterpillar decision.",
            "## Who puts a company on the list?",
            "An independent, five-member Council on Ethics monitors the portfolio and recommends exclusion or "
            "observation. The executive board of Norges Bank takes the final decision. The guidelines, first "
            "adopted in 2004, are set by parliament and cover weapons such as land mines, climate damage and "
            "serious rights violations in war and conflict.",
            "## Is exclusion a sanction?",
            "No. It binds only the fund. Nobody else is barred from dealing with an excluded company, and Norway "
            "imposes no legal penalty on it.",
            "## Why the US reaction?",
            "Caterpillar is American, and the fund had held about $2.1 billion of its shares. Senator Dave "
            "McCormick wrote to Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer calling "
            "such decisions \"a form of economic warfare\" and urging that all options stay on the table, "
            "including visa sanctions. A State Department spokesperson called the decision illegitimate.",
            "## Can a company get off the list?",
            "Yes. Norges Bank can revoke an exclusion when the grounds no longer apply.",
            "## Where does it stand now?",
            "Caterpillar, the five Israeli banks and Bezeq remain excluded.",
        ],
        comments=[
            ("T. Haugen", "2025-09-10", "Good summary. The 'not a sanction' point gets lost in the US coverage."),

        ],
    ),
    dict(
        name="ZF-norway-freezes-ethics-council-nov-2025.md", fmt="md", story="NO", shape="news",
        title="Norway freezes its oil fund's ethics council for the first time",
        date="2025-11-05", outlet="Nordic Capital Report",
        body=[
            "OSLO - Norway's parliament voted on Tuesday to suspend the work of the wealth fund's Council on "
            "Ethics while the government rewrites the fund's ethical guidelines, pausing new ethics-based "
            "divestments from the $2.1 trillion fund.",
            "## Why the government wanted it",
            "Finance Minister Jens Stoltenberg said the current framework could lead an independent body to decide "
            "to remove some of the world's largest companies, such as Microsoft, Amazon and Alphabet, over their "
            "links to Israel's war in Gaza. That, he argued, would undermine the fund's purpose as a broad, "
            "globally diversified investor; the seven biggest companies make up more than 15 percent of its "
            "equities.",
            "The minority Labour government relied on votes from the conservative opposition to pass the urgent "
            "measure. It is the first time the ethics council's work has been put on hold since the guidelines "
            "were introduced in 2004.",
            "## Reactions",
            "- Council member Cecilie Hellestveit said putting the regular work on hold \"will undoubtedly have "
            "consequences\", though it is unclear how big.",
            "- Socialist Left MP Ingrid Fiskaa attacked the decision.",
            "- The fund said it is awaiting instructions from the finance ministry.",
            "The pause follows US anger at the August exclusion of Caterpillar, when Republican senators called "
            "for visa curbs on fund executives and extra tariffs on top of the 15% already imposed.",
        ],
    ),
    dict(
        name="ZF-esg-desk-blog-oil-fund-pause-nov-2025.html", fmt="html", story="NO", shape="blog",
        title="The oil fund's ethics pause: five things investors should know",
        date="2025-11-12", outlet="The ESG Desk (blog)",
        body=[
            "Norway's vote last week to freeze its wealth fund's Council on Ethics has set off a lot of hot takes. "
            "Here is our attempt at a cool one.",
            "## 1. It is a pause, not a repeal",
            "Parliament suspended the council's work until new guidelines are written. The government has not "
            "said when that will be.",
            "## 2. Existing exclusions stand",
            "As we read the decision, the vote halts new recommendations; it does not by itself re-admit anyone. "
            "Caterpillar and the five Israeli banks dropped in August remain excluded as things stand.",
            "## 3. Big Tech was the real issue",
            "Minister Stoltenberg was explicit that the worry was a future recommendation against Microsoft, "
            "Amazon or Alphabet.",
            "## 4. Washington noticed",
            "Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer had pressed Oslo after the "
            "Caterpillar exit, according to reports.",
            "## 5. Watch the review",
            "The new rules decide whether conduct-based exclusions survive at all.",
            "Our view: if you screen against the fund's list, keep it; just do not expect additions for a while.",
        ],
        comments=[
            ("Marit O.", "2025-11-12", "Point 2 is the one clients keep asking us about. Thanks."),
            ("quant_ola", "2025-11-13", "Product-based exclusions like tobacco are untouched too, I assume?"),
        ],
    ),
    dict(
        name="ZF-norway-oil-fund-exclusions-faq-dec-2025.txt", fmt="txt", story="NO", shape="FAQ",
        title="Norway's oil fund and Israel-linked exclusions: your questions answered",
        date="2025-12-15", outlet="Nordic Capital Report",
        body=[
            "OSLO - Readers keep asking what the wealth fund has dropped and what the November vote changed. Our "
            "answers, as of mid-December.",
            "## WHICH ISRAEL-LINKED COMPANIES HAVE BEEN EXCLUDED?",
            "Bezeq in December 2024; Caterpillar and five Israeli banks (Bank Hapoalim, Bank Leumi, Mizrahi "
            "Tefahot, First International Bank of Israel and FIBI Holdings) in August 2025. Separately the fund "
            "sold 11 Israeli stocks in August as a management decision, not an ethics exclusion.",
            "## IS THE ETHICS COUNCIL STILL RECOMMENDING EXCLUSIONS?",
            "No. Parliament suspended its work on November 4 pending new guidelines.",
            "## DID THE VOTE BRING CATERPILLAR BACK?",
            "No. The companies already excluded stay excluded; the pause only stops new recommendations.",
            "## HOW BIG WERE THE STAKES?",
            "About $2.1 billion in Caterpillar and $661 million in the five banks, as of June 30.",
            "## IS THIS A NORWEGIAN SANCTION?",
            "No. It governs only what the fund owns.",
            "## WHO RUNS THE FUND?",
            "Norges Bank Investment Management, led by Nicolai Tangen, under a mandate from the finance ministry.",
            "---",
            "Our tip: Send your questions on Nordic funds to our reader desk.",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment * | Name * | Email * | Post Comment",
        ],
    ),
    dict(
        name="ZF-caterpillar-q2-2025-results-tariffs.md", fmt="md", story="NO", shape="news", distractor=True,
        title="Caterpillar profit slips as tariffs bite, but sales outlook rises",
        date="2025-08-05", outlet="Heavy Equipment Times",
        body=[
            "IRVING, Texas - Caterpillar reported lower second-quarter profit on Tuesday as higher tariffs and "
            "weaker prices squeezed margins, though it raised its full-year sales outlook.",
            "## The quarter",
            "- Sales and revenues of $16.57 billion, down 1% from $16.69 billion a year earlier.",
            "- Adjusted profit of $4.72 a share, down from $5.99 and below analysts' forecasts.",
            "- Operating profit margin of 17.3%, against 20.9% a year earlier.",
            "- Energy & Transportation sales up 7% to $7.84 billion; Construction Industries down 7% to $6.19 "
            "billion.",
            "## Tariffs",
            "The company now expects net incremental tariff costs of about $1.3 billion to $1.5 billion this year, "
            "including $400 million to $500 million in the third quarter. Chief executive Joe Creed said demand "
            "remains resilient, supported by infrastructure spending and growing energy needs.",
            "## Outlook",
            "Caterpillar now sees full-year sales and revenues slightly higher than in 2024, after previously "
            "guiding flat, while warning that its adjusted operating margin will land in the bottom half of its "
            "target range. The order backlog grew by $2.5 billion in the quarter.",
            "Shares fell about 3% in early trading.",
        ],
    ),
    # ------------------------------------------------------------------ CW: Cham Wings
    dict(
        name="ZF-cham-wings-halts-minsk-flights-nov-2021.txt", fmt="txt", story="CW", shape="news",
        title="Syria's Cham Wings halts Minsk flights as border crisis deepens",
        date="2021-11-13", outlet="Levant Aviation News",
        body=[
            "DAMASCUS - Cham Wings Airlines, Syria's only private carrier, suspended its flights to Minsk from "
            "Saturday, November 13, citing the critical situation on the Belarus-Poland border.",
            "## THE STATEMENT",
            "The airline said most passengers on its Minsk flights were Syrian nationals and that it was difficult "
            "to tell travellers heading to Belarus as a final destination from migrants. It did not say when the "
            "route might resume.",
            "Flight tracking data show the last Cham Wings flight to Minsk operated on November 10 with the A320 "
            "registered YK-BAB, which returned to Damascus on November 12. The carrier flies three Airbus A320s.",
            "## PRESSURE ON AIRLINES",
            "On Friday Turkey's civil aviation authority stopped ticket sales to Minsk for citizens of Iraq, "
            "Syria and Yemen, and Belarus's state airline Belavia said it would no longer board them on flights "
            "from Turkey. The European Union is weighing new sanctions on carriers that bring migrants to Minsk, "
            "and EU officials say they are looking at airlines that increased flights to the Belarusian capital "
            "over the summer.",
            "Cham Wings is already under US sanctions over its ties to the Assad government. The EU has not listed "
            "it.",
            "---",
            "Our tip: Our route tracker covers every new service out of Damascus and Beirut.",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment * | Name * | Email * | Post Comment",
        ],
    ),
    dict(
        name="ZF-eu-sanctions-belavia-cham-wings-dec-2021.md", fmt="md", story="CW", shape="news",
        title="EU blacklists Belavia and Syria's Cham Wings over Belarus border crisis",
        date="2021-12-03", outlet="Brussels Sanctions Brief",
        body=[
            "BRUSSELS - The European Union on Thursday added Belarus's state airline Belavia and Syria's private "
            "carrier Cham Wings to its Belarus sanctions list, accusing them of helping channel migrants toward "
            "the bloc's eastern border.",
            "## The fifth package",
            "- 17 individuals and 11 entities, including border officials, judges and companies.",
            "- Asset freezes and a ban on making funds available to those listed.",
            "- Travel bans for the individuals.",
            "The EU said Cham Wings increased its flights between Damascus and Minsk in the summer of 2021 to bring "
            "migrants to Belarus, from where many tried to cross illegally into Poland, Lithuania and Latvia. "
            "Brussels accuses President Alexander Lukashenko of orchestrating the flows in revenge for earlier "
            "sanctions.",
            "## Reactions",
            "Belarus's foreign ministry promised \"tough, asymmetric, but appropriate measures\" in response. "
            "Cham Wings has denied knowingly taking part in any scheme, saying its flights were commercial and "
            "that it had no control over who its passengers were. It stopped flying to Minsk on November 13.",
            "The listing is the first EU measure against Cham Wings. The airline has been on the US sanctions list "
            "since 2016.",
        ],
    ),
    dict(
        name="ZF-cham-wings-minsk-return-flight-dec-2021.html", fmt="html", story="CW", shape="news",
        title="Cham Wings flies 96 passengers home from Minsk as sanctions fail to slow it",
        date="2021-12-28", outlet="Damascus Business Review",
        body=[
            "DAMASCUS - Sanctions have done little to dampen the visible activity of Cham Wings Airlines, which "
            "this month flew Syrians stranded in Belarus back to Damascus.",
            "Minsk airport said on its Telegram channel that a Cham Wings Airbus A320 carried 96 passengers from "
            "Minsk to Damascus on December 8, without giving their identities. The airline had sent the aircraft "
            "empty to collect Syrians who wished to return from the Belarus-Poland border.",
            "## Busy November",
            "Before it suspended the route in mid-November, all of the airline's November flights from Damascus to "
            "Minsk were fully booked, according to people familiar with its sales.",
            "## A second national carrier",
            "Cham Wings broke the decades-long monopoly of state carrier Syrian Arab Airlines after receiving a licence "
            "in 2014 to operate scheduled flights as a second national carrier. It had halted operations in 2012. "
            "The company does not publish how many aircraft it has; its website lists modern Airbus A320s.",
            "In recent months it also announced new destinations and sponsored a humanitarian aviation "
            "conference in the United Arab Emirates organised by a United Nations agency, drawing criticism from "
            "Syrian activists.",
        ],
        comments=[
            ("Rami K.", "2021-12-28", "Same planes, same people, new sanctions. Nothing changes."),
        ],
    ),
    dict(
        name="ZF-eu-delists-cham-wings-jul-2022.md", fmt="md", story="CW", shape="news",
        title="EU lifts sanctions on Syria's Cham Wings",
        date="2022-07-20", outlet="Brussels Sanctions Brief",
        body=[
            "BRUSSELS - The European Union has removed Syria's private airline Cham Wings from its Belarus "
            "sanctions list, seven months after blacklisting it over the migrant crisis on the bloc's eastern "
            "border.",
            "\"On 18 July, Cham Wings was removed from the list of entities subject to EU sanctions in respect of "
            "Belarus,\" the EU delegation to Syria said on Wednesday. The decision was signed by EU foreign policy "
            "chief Josep Borrell.",
            "## Why",
            "An EU spokesperson said the Council considered that the restrictive measures had brought the desired "
            "effect with regard to this entity, and that according to information presented to it, Cham Wings "
            "ceased its involvement in the activities for which it was listed.",
            "## The airline's view",
            "Osama Satea, Cham Wings' business development and public relations director, said the sanctions were "
            "lifted after the company successfully denied all accusations. But he added: \"The lifting of EU "
            "sanctions does not mean we are allowed to land in EU airports, and there are currently no direct "
            "flights between Syria and European countries.\"",
            "The carrier operates three aircraft, mostly to Arab destinations plus Tehran and Moscow.",
            "## Still on the US list",
            "The delisting has no effect on US measures. Cham Wings remains under US sanctions, which Washington "
            "imposed over its role in transporting militants and weapons for the Syrian government.",
        ],
    ),
    dict(
        name="ZF-cham-wings-sanctions-explainer-aug-2022.html", fmt="html", story="CW", shape="explainer",
        title="Explainer: who still sanctions Cham Wings, Syria's private airline?",
        date="2022-08-03", outlet="Damascus Business Review",
        body=[
            "After the EU dropped Cham Wings from its Belarus list last month, readers asked where the airline "
            "stands. A short guide.",
            "## Who owns it?",
            "Cham Wings was founded in 2007 by Shammout United Trade Company, part of the family business of Issam "
            "Shammout, and began flying in 2008. Syria named it a national carrier in 2014.",
            "## What has the US done?",
            "The US Commerce Department put it on the Entity List in August 2011. On December 23, 2016 the "
            "Treasury's Office of Foreign Assets Control added it to the Specially Designated Nationals list, "
            "saying it had transported militants to Syria to fight for the government and helped Syrian Military "
            "Intelligence move weapons and equipment, and that its Damascus-Dubai route was used to launder money. "
            "Issam Shammout himself was sanctioned in May 2015 over dealings with Iran's Mahan Air.",
            "## And the EU?",
            "Listed on December 2, 2021 under the Belarus regime; removed on July 18, 2022. As of today Cham Wings "
            "is not on any EU list.",
            "## The UK?",
            "Britain has not designated the airline.",
            "## What does that mean in practice?",
            "US persons still may not deal with it, and its property in US hands stays blocked.",
        ],
        comments=[
            ("travel_agent_sy", "2022-08-03", "So European agencies can sell its tickets now?"),
            ("Editor", "2022-08-04", "EU law no longer forbids it, but check US exposure first."),
        ],
    ),
    dict(
        name="ZF-eu-relists-cham-wings-syria-jan-2024.txt", fmt="txt", story="CW", shape="agency summary",
        title="EU re-lists Cham Wings under its Syria sanctions regime (list update summary)",
        date="2024-01-26", outlet="Brussels Sanctions Brief",
        body=[
            "BRUSSELS - The European Union has reimposed sanctions on Cham Wings Airlines, this time under its "
            "Syria regime, in a list update published this week. The update adds six individuals and five "
            "entities linked to the government of Bashar al-Assad.",
            "## THE GROUNDS",
            "\"Cham Wings uses its flights to engage in the transfer of Syrian mercenaries, arms trade, narcotics "
            "trafficking, and money laundering, which supports the activities of the Syrian regime. As the only "
            "private airline in Syria, Cham Wings is therefore benefiting from, and providing support to the "
            "Syrian regime,\" the EU's statement of reasons says.",
            "## HISTORY",
            "The carrier was previously on the EU's Belarus list from December 2021 to July 2022 over flights to "
            "Minsk. After that delisting it had hoped to win an EU third country operator permit and launch "
            "scheduled flights to the bloc.",
            "## OTHER LISTS",
            "Cham Wings remains under US and Ukrainian sanctions. It is not designated by the United Kingdom.",
            "## FLEET",
            "The airline operates three A320-200s and recently took a fourth, YK-BAA, which was transferred at "
            "Minsk airport from UAE-based start-up Queens Air. Queens Air had added the jet on November 27, 2023, "
            "registering it in Kyrgyzstan as EX-32012.",
            "(c) 2024 Brussels Sanctions Brief. Summary for information only; consult the Official Journal.",
        ],
    ),
    dict(
        name="ZF-cham-wings-fitur-madrid-after-relisting-jan-2024.md", fmt="md", story="CW", shape="news",
        title="Days after EU re-listing, Cham Wings turns up at Madrid tourism fair",
        date="2024-01-29", outlet="Levant Aviation News",
        body=[
            "MADRID - Cham Wings Airlines took part in FITUR, the international tourism trade fair in Madrid, only "
            "days after the European Union put the Syrian carrier back on its sanctions list.",
            "## The fair",
            "The 44th edition of FITUR ran from January 24 to 28. Syria's tourism ministry said it was attending "
            "for the fourth year in a row, with the aim of opening tourism markets and returning Syria to the "
            "international tourism map. State news agency SANA published photos of the Cham Wings stand.",
            "## The criticism",
            "Syrian activists condemned the appearance. Karam Shaar, director of the Syria programme at the "
            "Observatory of Political and Economic Networks, pointed out on X that the airline was exhibiting in "
            "an EU capital three days after being re-sanctioned for transferring mercenaries and narcotics.",
            "The EU listing freezes any assets the airline holds in the bloc and bars EU persons from making funds "
            "or economic resources available to it.",
            "## Background",
            "- Cham Wings is owned by the Shammout business group.",
            "- Founded in 2008, it stopped flying in early 2012 and resumed in September 2014.",
            "- It was on the EU's Belarus list from December 2021 until July 2022.",
        ],
    ),
    dict(
        name="ZF-aviation-forum-cham-wings-handling-thread.html", fmt="html", story="CW", shape="forum",
        title="Ground ops forum: Handling a Cham Wings charter in Europe - allowed?",
        date="2024-02-20", outlet="GroundOps Community",
        body=[],
        posts=[
            ("fbo_larnaca", "2024-02-20 08:05",
             "We got a request to handle a Cham Wings A320 charter. Our sales guy says the EU lifted the "
             "sanctions in 2022, so it's fine. Anyone dealt with them?"),
            ("compliance_jo", "2024-02-20 08:31",
             "Your sales guy is out of date. Yes, the EU delisted them in July 2022, but they were re-listed in "
             "January 2024 under the Syria regime. Handling, fuel, landing fees: all making economic resources "
             "available. Don't."),
            ("fbo_larnaca", "2024-02-20 08:44", "Ugh. And the US side?"),
            ("compliance_jo", "2024-02-20 09:02",
             "SDN since December 2016 and on the Commerce Entity List since 2011. If you buy US-origin parts or "
             "use dollars, you have that problem too."),
            ("ramp_rat_77", "2024-02-20 10:15",
             "UK isn't on it, for what it's worth, but that doesn't help you in Cyprus."),
            ("fbo_larnaca", "2024-02-20 10:22", "What is the EU's reason this time? Still Belarus?"),
            ("compliance_jo", "2024-02-20 10:31",
             "No, Syria this time. The statement of reasons talks about transferring mercenaries, arms trade, "
             "narcotics trafficking and money laundering for the Assad government."),
            ("ramp_rat_77", "2024-02-20 10:36",
             "Expect more requests: they took a fourth A320 via Minsk around the new year."),
            ("fbo_larnaca", "2024-02-20 10:40", "Declined. Thanks all."),
        ],
    ),
    dict(
        name="ZF-cham-wings-travel-agents-faq-mar-2024.html", fmt="html", story="CW", shape="FAQ",
        title="Cham Wings and sanctions: a FAQ for travel agents",
        date="2024-03-12", outlet="Travel Trade Compliance",
        body=[
            "Agents selling Middle East itineraries keep asking about Cham Wings Airlines. Here is where the "
            "airline stands in March 2024.",
            "## Is Cham Wings under EU sanctions?",
            "Yes, again. The EU re-listed it in January 2024 under its Syria sanctions regime, after an earlier "
            "Belarus listing ran from December 2021 to July 2022.",
            "## And US sanctions?",
            "Yes. Cham Wings has been on the Treasury's SDN list since December 23, 2016, and on the Commerce "
            "Department's Entity List since August 2011.",
            "## The UK?",
            "Not designated.",
            "## Can an EU agency sell its tickets?",
            "Selling tickets and collecting fares for a listed airline means making funds available to it, which "
            "EU rules prohibit without an authorisation. Take legal advice.",
            "## Does it fly to Europe?",
            "No. The airline itself has said there are no direct flights between Syria and European countries.",
            "## How many planes?",
            "Four A320s, after a fourth arrived via Minsk at the start of the year.",
            "## Is Syrian Airlines the same company?",
            "No. Syrian Arab Airlines is the state carrier and is separately sanctioned by the US.",
        ],
        comments=[
            ("Nadia (Berlin)", "2024-03-12", "Very useful, our GDS still shows their flights."),
        ],
    ),
    dict(
        name="ZF-cham-wings-first-abu-dhabi-flight-nov-2021.html", fmt="html", story="CW", shape="news",
        distractor=True,
        title="Cham Wings launches first direct Damascus-Abu Dhabi flight",
        date="2021-11-13", outlet="Damascus Business Review",
        body=[
            "DAMASCUS - Cham Wings Airlines has launched its first direct flight from Damascus International "
            "Airport to Abu Dhabi, the Syrian private carrier said.",
            "The inaugural service on Friday carried 147 passengers, according to Osama Satea, the airline's "
            "director of development and public relations.",
            "Commercial director Hamdi Khalaf told state news agency SANA that operating the Abu Dhabi station is a "
            "first step that will be followed by other steps to cooperate with other countries in the field of "
            "flights. The company said the route meets travellers' needs and will boost air and commercial traffic "
            "between Syria and the United Arab Emirates.",
            "## Warming ties",
            "The launch comes days after UAE Foreign Minister Abdullah bin Zayed visited Damascus on November 9 at "
            "the head of a diplomatic delegation and met President Bashar al-Assad. The UAE was the first Arab "
            "country to reopen its embassy in Damascus, in 2018.",
            "Washington said it was concerned by the visit and criticised efforts to rehabilitate the Syrian "
            "leader.",
            "## Network",
            "Cham Wings already serves several Arab cities as well as Tehran and Moscow, and says more "
            "destinations will follow.",
        ],
        comments=[
            ("Hala", "2021-11-13", "Finally a direct option for families in Abu Dhabi."),
        ],
    ),
]


def by_name():
    return {a["name"]: a for a in ARTICLES}


DISTRACTOR_FILES = {a["name"] for a in ARTICLES if a.get("distractor")}
