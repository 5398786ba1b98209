"""Article text and metadata for blind set ZH. Paragraphs starting with '## ' are subheads.
Forum articles carry `posts` (user, text); blogs may carry `comments` (user, text)."""

A = []


def art(f, date, title, outlet, by, shape, paras, dist=False, posts=None, comments=None):
    A.append(dict(f=f, date=date, title=title, outlet=outlet, by=by, shape=shape, paras=paras,
                  dist=dist, posts=posts or [], comments=comments or []))


# ---------------------------------------------------------------- UK / FTDI
art("ZH-uk-orders-ftdi-stake-sale-nov-2024.txt", "2024-11-06",
    "UK orders Chinese-owned holding company to sell Scottish chip designer FTDI",
    "Clydeside Business Wire", "By Morag Duncan", "news", [
    "LONDON, Nov 6 (CBW) - The British government on Wednesday ordered FTDI Holding Limited, a company owned by "
    "Chinese investors, to sell its 80.2% stake in Future Technology Devices International, the Glasgow-based designer "
    "of USB interface chips, citing national security risks.",
    "## WHAT THE ORDER SAYS",
    "The final order, made under the National Security and Investment Act 2021 by the Chancellor of the Duchy of "
    "Lancaster, came into force on Tuesday, November 5. It requires the holding company to sell the 80.2% within a "
    "specified period and by following a specified process. Neither the period nor the process was published.",
    "The government named two concerns: UK-developed semiconductor technology and intellectual property being deployed "
    "in ways contrary to UK national security, and the ownership of FTDI being used to pose a risk to critical "
    "national infrastructure that uses FTDI products.",
    "## A DEAL FROM 2021",
    "FTDI Holding took control on December 7, 2021, lifting its holding to 75% or more, weeks before the Act took "
    "effect in January 2022. Officials used the law's look-back provisions, which reach deals completed from "
    "November 12, 2020.",
    "FTDI Holding did not immediately comment. A lawyer who advises on investment screening said the order was "
    "\"the first time a finished Chinese chip deal this old has been unwound\" under the Act.",
    ])

art("ZH-ftdi-final-order-notice-summary-nov-2024.md", "2024-11-07",
    "Final order on FTDI: summary of the government notice",
    "Investment Screening Digest", "Digest staff", "summary", [
    "This summary sets out the main points of the notice published by the Cabinet Office on 6 November 2024 about "
    "the acquisition of shares in Future Technology Devices International Limited (\"FTDI\").",
    "## Parties",
    "- Future Technology Devices International Limited; and",
    "- FTDI Holding Limited (\"FTDIHL\"), together with any subsidiary, controlled entity or affiliate of either.",
    "## Trigger event",
    "On 7 December 2021 FTDIHL increased its shareholding in FTDI from less than 75% to 75% or more. This is a trigger "
    "event under section 8(2)(c) of the Act. The government called the deal in for review with a call-in notice "
    "dated 22 November 2023.",
    "## The order",
    "The Chancellor of the Duchy of Lancaster made a final order under section 26 of the Act, in force from 5 "
    "November 2024. Its effect is to require FTDIHL to sell 80.2% of FTDI within a specified period and by following "
    "a specified process. The minister considers the order necessary and proportionate to mitigate the risk to "
    "national security.",
    "## Risks named",
    "1. Semiconductor technology and associated intellectual property developed in the UK being deployed against UK "
    "national security.",
    "2. FTDI's ownership being used to pose a risk to critical national infrastructure which uses its products.",
    "The notice does not name a buyer, a price or a deadline. This digest is a plain-language summary and not legal "
    "advice.",
    ])

art("ZH-ftdi-holding-seeks-judicial-review-dec-2024.html", "2024-12-16",
    "FTDI's Chinese owner goes to court over forced sale",
    "Tech Policy Bulletin", "Harriet Lowe", "news", [
    "FTDI Holding Limited has asked the High Court in London to quash the government's order forcing it to sell its "
    "80.2% stake in the Scottish chipmaker FTDI.",
    "The claim for judicial review was filed on December 3, four weeks after the final order came into force. The "
    "holding company has also asked for interim relief - an injunction or stay that would freeze the sale while the "
    "court hears the case.",
    "## What the claim argues",
    "According to people who have seen the filing, it argues that the call-in notice came too late, that the order "
    "gives too few reasons, and that a forced sale amounts to expropriation of property.",
    "## Deadline moved",
    "On Friday, December 13, the Chancellor of the Duchy of Lancaster varied the order under section 27 of the Act. "
    "The change only moves the date by which FTDI Holding must give the government a draft disposal plan. The notice "
    "says there are no other changes to the divestment process or the divestment timetable.",
    "## What happens now",
    "Until the court rules on interim relief, the order stands and the sale process continues. A hearing is "
    "expected in January. FTDI, which makes USB bridge chips used in industrial and consumer equipment, has said "
    "little in public; its staff in Glasgow were told that day-to-day business is unaffected.",
    ])

art("ZH-ftdi-interim-relief-refused-court-summary-feb-2025.txt", "2025-02-10",
    "R (FTDI Holding Ltd) v Chancellor of the Duchy of Lancaster [2025] EWHC 241 (Admin): summary",
    "Public Law Notes", "Case summary", "court", [
    "Court: High Court, King's Bench Division, Divisional Court (Lord Justice Singh and Mr Justice Chamberlain). "
    "Hearing: 16 January 2025, in OPEN and CLOSED session. Decision announced: 17 January 2025. Reasons handed down: "
    "Friday 7 February 2025.",
    "BACKGROUND",
    "The claimant, FTDI Holding Ltd, is registered in Britain but is owned by five limited partnerships based in "
    "China linked to Jiayin Investment, a state-owned investment company. It holds 80.2% of Future Technology Devices "
    "International Limited, a fabless semiconductor company specialising in USB devices. The final order of November "
    "2024 requires it to dispose of that holding and to produce a draft disposal plan within 30 days.",
    "THE APPLICATION",
    "The claimant asked for an interim injunction or stay suspending the final order until its claim for judicial "
    "review is decided. It offered interim measures to reduce any security risk.",
    "DECISION",
    "Application refused. The court held that where national security is in play, great respect must be shown to "
    "the government's judgment on whether the risks are made out and how much weight they carry, and that the "
    "national security concerns outweighed the financial harm to the claimant.",
    "WHAT REMAINS",
    "The claim for judicial review itself is still pending and is expected to be heard in full later in 2025. The "
    "claimant said it was deeply disappointed and that its ownership of FTDI poses no threat to UK national security.",
    ])

art("ZH-high-court-upholds-ftdi-divestment-jul-2025.md", "2025-07-29",
    "High Court upholds FTDI divestment order, rejects every ground but one",
    "Investment Screening Digest", "Tom Ashworth", "news", [
    "LONDON - The High Court on Friday, 25 July 2025, dismissed FTDI Holding Limited's application for judicial "
    "review and upheld the final order requiring it to divest its 80.2% shareholding in Future Technology Devices "
    "International.",
    "## Timing argument fails",
    "The holding company had argued that officials knew about its takeover long before the Director of the "
    "Investment Security Unit became aware of it on 23 May 2023, so the call-in notice of 22 November 2023 was outside "
    "the six-month limit. The court held that awareness is not limited to the minister personally and can be met by "
    "Investment Security Unit staff, but found no relevant awareness of the deal before May 2023. The call-in was in "
    "time.",
    "In 2022 officials had been looking at what they understood to be a planned purchase by a different Chinese "
    "company, Electric Connector Technology, not at FTDI Holding.",
    "## Reasons thin, order valid",
    "The judge agreed that the order was insufficiently reasoned, calling its relevant paragraphs \"largely "
    "formulaic, uninformative and by no means comprehensive\". But a failure to give adequate reasons did not make "
    "the order invalid, because there were sufficient reasons for the decision itself.",
    "## Next",
    "The ruling means the sale must go ahead. It is the second challenge to an NSIA "
    "final order to fail, after LetterOne's.",
    "*More from the Digest: Dutch screening law tightened | Japan adds chip tools to FEFTA list*",
    ])

art("ZH-ftdi-forced-sale-deadline-blog-feb-2026.html", "2026-02-10",
    "FTDI: the deadline has passed, now the forced sale begins",
    "Silicon Glen Blog", "Iain Buchanan", "blog", [
    "Fifteen months after the order, the clock has run out. The deadline set by the UK government for FTDI Holding to "
    "give up its stake in FTDI passed last weekend, and the Chinese consortium's holding is now being pushed into a "
    "forced sale, according to a Yicai report on Monday.",
    "## Five things worth knowing",
    "1. FTDI was founded in March 1992 and is registered in Glasgow. It has close to 20 percent of the global market "
    "for USB bridge chips.",
    "2. The consortium bought about 80.2 percent through FTDI Holding, a UK subsidiary of Feite Holding in Dongguan, "
    "in a deal valued at about US$414 million, including roughly US$364 million of its own funds and US$50 million of "
    "loans from an overseas bank.",
    "3. The remaining 19.8 percent is held by the founding company, Stoneyford Investments.",
    "4. Feite Holding is owned by five funds under Beijing Jianguang Asset Management; listed firms such as Electric "
    "Connector Technology hold interests through them.",
    "5. The consortium says it tried to talk to London and offered alternatives, including extension requests.",
    "## Our view",
    "The courts have closed every door: interim relief refused in early 2025, the judicial review dismissed that July. "
    "Who buys FTDI, and at what price, is the question now. Nobody has said.",
    ], comments=[("scot_eng", "Still using their FT232 chips on every board we ship. Hope the new owner keeps the line.")])

art("ZH-nsia-look-back-powers-explainer-nov-2024.md", "2024-11-20",
    "Explainer: how the UK can unwind a chip deal done before its screening law existed",
    "Westminster Law Review Online", "Priya Nair", "explainer", [
    "The order forcing FTDI Holding to sell its 80.2% stake in FTDI has surprised many because the deal closed in "
    "December 2021, before the National Security and Investment Act came into force on 4 January 2022. Here is how it "
    "works.",
    "## What is the look-back power?",
    "The Act lets the government call in acquisitions completed between 12 November 2020 and 4 January 2022. If the "
    "government was not aware of such a deal before the Act began, a call-in notice must be given within six months "
    "of becoming aware of it, and no later than 4 January 2027.",
    "## Did FTDI's owners have to notify?",
    "No. The parties did not, and could not, notify the transaction under the Act, because it had not yet come into "
    "force. The deal reached officials through market monitoring.",
    "## What can a final order do?",
    "It can block a deal, attach conditions, or - as here - require a sale. Mandatory notification now applies in 17 "
    "sensitive sectors, including semiconductors.",
    "## Is there a UK blacklist of Chinese buyers?",
    "No. The Act names no countries and keeps no list of banned investors; each deal is assessed on its own risks. "
    "The government publishes a short notice when it makes a final order.",
    "## Can the order be challenged?",
    "Yes, by judicial review in the High Court, within 28 days.",
    ])

art("ZH-letterone-upp-challenge-dismissed-dec-2024.txt", "2024-12-20",
    "Court throws out LetterOne's challenge to broadband sale order",
    "Clydeside Business Wire", "By Morag Duncan", "news", [
    "LONDON, Dec 20 (CBW) - The High Court has dismissed LetterOne's challenge to the government's order forcing it to "
    "sell the broadband provider Upp, the first court test of a final order under the National Security and "
    "Investment Act 2021.",
    "LetterOne, the investment group founded by Mikhail Fridman and partners, had argued that the order was "
    "unlawful and that ministers had not properly considered alternatives to a sale. Upp was sold in 2023 to "
    "another operator while the case was pending.",
    "## WHY IT MATTERS",
    "Lawyers said the ruling shows how much room judges give ministers on national security. \"The bar for "
    "overturning one of these orders is very high,\" said one competition partner in London.",
    "The judgment lands as the government faces a second challenge. FTDI Holding, the Chinese-owned shareholder of "
    "the Glasgow chip designer FTDI, filed its own claim earlier this month, and advisers expect the court to "
    "apply the same approach.",
    "## ANNUAL REPORT",
    "The Cabinet Office's annual report on the Act, published in the summer, showed a steady rise in notifications "
    "and call-ins. Most called-in deals are cleared, some with conditions; only a handful have been blocked or "
    "unwound.",
    "Neither LetterOne nor the Cabinet Office commented on the ruling.",
    "---",
    "Our tip: How to read a Companies House filing in five minutes.",
    ], dist=True)

art("ZH-uk-chip-forum-ftdi-order-thread.html", "2025-02-12",
    "Does the FTDI order mean my FT232 parts are 'banned'?",
    "EEVolt Forum", "", "forum", [], posts=[
    ("board_bodger", "Procurement just flagged FTDI as a 'sanctioned Chinese supplier' after the UK news. Do I need "
     "to redesign our USB-serial boards?"),
    ("vref_2v5", "No. The government ordered the Chinese-owned holding company to sell its 80.2% of FTDI. It is a "
     "national security order about ownership, not a sanction and not an export ban on the chips."),
    ("board_bodger", "So FTDI isn't on any list?"),
    ("vref_2v5", "Not on a UK list as far as I know. The worry in the order is the technology and IP ending up used "
     "against UK security, and ownership being used against critical national infrastructure that uses FTDI parts."),
    ("glasgow_lad", "Also the owners asked the High Court to pause the order and lost - the Divisional Court refused "
     "interim relief in January. Full judicial review still to come."),
    ("proto_pete", "Our distributor says stock and lead times are normal. Whoever ends up owning FTDI, the parts keep "
     "shipping for now."),
    ("Mod_Team", "Thread tagged as supply-chain. Please don't post distributor pricing here."),
    ("board_bodger", "Thanks. Sent procurement the gov.uk notice. Panic over, for now."),
    ])

# ---------------------------------------------------------------- Italy / Pirelli / Sinochem
art("ZH-italy-golden-power-pirelli-sinochem-jun-2023.txt", "2023-06-19",
    "Rome curbs Sinochem's grip on Pirelli with golden power decree",
    "Milano Finanza Weekly (English)", "By Chiara Bellini", "news", [
    "MILAN, June 19 (MFW) - Italy's government has limited the influence of China's Sinochem on Pirelli, including "
    "its ability to pick the tyremaker's next chief executive, Pirelli said on Sunday.",
    "## THE DECISION",
    "The cabinet of Prime Minister Giorgia Meloni used its \"golden power\" at a meeting on Thursday, June 15, after "
    "China National Tire and Rubber Corp (CNRC), a Sinochem company, notified the government in March of plans to "
    "renew and update the shareholder pact with Camfin, the vehicle of Pirelli's boss Marco Tronchetti Provera.",
    "Sinochem is Pirelli's largest shareholder with a 37% stake. Under the measures, only Camfin can nominate "
    "candidates for chief executive, and strategic decisions by the board need the votes of at least four-fifths of "
    "the directors. CNRC must give Pirelli full autonomy over its strategic, industrial and financial plans, and any "
    "change to the company's governance must be notified to Rome.",
    "## WHY NOW",
    "Officials were worried that the new pact would let the Chinese side appoint more directors and shape the "
    "choice of future chief executives. The decree does not force Sinochem to sell any shares.",
    "Tronchetti Provera has run Pirelli since 1992. Sinochem did not comment.",
    "---",
    "Our tip: Five Milan trattorias for a working lunch.",
    "Leave a Reply: Name / Email / Comment [Post Comment]",
    ])

art("ZH-palazzo-chigi-pirelli-golden-power-release-jun-2023.md", "2023-06-16",
    "Golden power on Pirelli: summary of the Palazzo Chigi statement",
    "EU Screening Watch", "Screening Watch desk", "summary", [
    "Summary of the statement issued by the Italian Prime Minister's office on 16 June 2023.",
    "## Decision",
    "At the Council of Ministers of 15 June 2023, on the proposal of the Ministry of Enterprises and Made in Italy, "
    "the government exercised the special \"golden power\" over the transaction notified by China National Tire and "
    "Rubber Corporation, Ltd. concerning the shareholders' agreement on the governance of Pirelli & C. S.p.A.",
    "## The strategic asset",
    "- CYBER sensors that can be implanted in tyres;",
    "- they collect vehicle data on road layouts, geolocation and the state of infrastructure;",
    "- the data can be sent to cloud systems and supercomputers to build digital models for smart cities and "
    "digital twins.",
    "The statement calls CYBER a critical technology of national strategic importance and warns that improper use "
    "could put at risk the confidentiality of user data and lead to the transfer of security-relevant information.",
    "## Purpose of the prescriptions",
    "To protect the autonomy of Pirelli and its management, the security of procedures, information of strategic "
    "importance and the company's know-how. For some strategic board decisions a vote of at least 4/5 of the board is "
    "required.",
    "## Background",
    "The pact under review was signed on 16 May 2022 by CNRC, Marco Polo International Italy, Camfin and Marco "
    "Tronchetti Provera & C.",
    "This is a summary, not an official translation.",
    ])

art("ZH-italy-opens-sinochem-pirelli-procedure-nov-2024.html", "2024-11-07",
    "Italy opens breach procedure against Sinochem over Pirelli",
    "Auto Industry Europe", "Luca Ferrante", "news", [
    "MILAN - Italy has opened an administrative procedure against China's Sinochem, Pirelli's largest shareholder, "
    "over a possible breach of the golden power restrictions imposed in 2023 to protect the tyremaker's autonomy.",
    "Pirelli announced the procedure on Wednesday. It said Sinochem, which controls a 37% stake, denies any "
    "violation, and that the government has 120 days to reach a finding.",
    "## What is being examined",
    "The 2023 measures restrict access to some information and set higher voting thresholds for strategic "
    "decisions. Officials are checking whether the presence of Sinochem executives on Pirelli's board breaches "
    "those rules. \"If there are prescriptions and non-compliance is verified, the prescriptions are followed by "
    "sanctions,\" Cabinet Undersecretary Alfredo Mantovano said earlier this year.",
    "## The sensors",
    "In invoking the golden power, Rome cited sensors implanted in tyres that can collect data such as road layouts, "
    "geolocation and the state of infrastructure, calling them a \"critical technology of national strategic "
    "importance\".",
    "## Investors at odds",
    "Camfin, the vehicle of executive vice-chairman Marco Tronchetti Provera, is the second-largest investor. Camfin "
    "has argued that Chinese influence hampers Pirelli's plans in the United States, where Washington is moving to "
    "bar Chinese software and hardware from connected vehicles.",
    ])

art("ZH-pirelli-board-ends-sinochem-control-apr-2025.md", "2025-04-29",
    "Pirelli board declares Sinochem no longer in control",
    "Auto Industry Europe", "Luca Ferrante", "news", [
    "MILAN - Pirelli said on Monday, 28 April, that its board had passed a resolution declaring that China's "
    "Sinochem no longer controls the tyremaker, citing the Italian government's golden power decree.",
    "## The resolution",
    "The board approved a report acknowledging that, with the issuance of the golden power decree, control by MPI "
    "Italy - Sinochem's Italian holding company - over Pirelli had ended under international accounting principles. "
    "Pirelli \"is not subject to the control of any entity\", the company said.",
    "Management called it \"a first, but not decisive, step\" on the path to adjusting the company's governance to "
    "regulatory constraints in the USA, a key market for high-value tyres and for its Cyber Tyre technology, and "
    "said talks with the main shareholders would continue.",
    "## Sinochem objects",
    "Sinochem, which still holds 37%, said it opposed the decision and that the golden power ruling did not contain "
    "any clause stripping it of control. It did not say whether it would go to court. Pirelli said it rejected the "
    "content of Sinochem's statement.",
    "## Background",
    "Sinochem bought its stake in 2015 in a deal worth 7.1 billion euros. US rules on connected vehicles ban Chinese "
    "and Russian technology on national security grounds; the 2023 decree did not force Sinochem to sell.",
    "*More: Brembo opens Mexican plant | Stellantis to cut shifts in Melfi*",
    ])

art("ZH-italy-closes-sinochem-pirelli-probe-sep-2025.txt", "2025-09-29",
    "Italy closes Sinochem probe, finds no breach of Pirelli golden power rules",
    "Milano Finanza Weekly (English)", "By Chiara Bellini", "news", [
    "MILAN, Sept 29 (MFW) - Italy has found that Sinochem, Pirelli's largest shareholder, did not violate the golden "
    "power measures imposed in 2023, the tyremaker said on Monday.",
    "## THE FINDING",
    "The Prime Minister's office notified China National Tire and Rubber Corp (CNRC) of a decree closing the "
    "administrative procedure on Friday, September 26. It covered conduct between the decree of June 16, 2023 and "
    "the opening of the procedure on October 31, 2024, and found that it had not harmed Pirelli's management "
    "autonomy. Actions by the non-independent directors appointed by Sinochem did not compromise that autonomy.",
    "The outcome makes it less likely that Rome will impose penalties on Sinochem under the golden power law.",
    "## US PRESSURE",
    "The issue has also drawn attention in Washington. In July the US Commerce Department's Bureau of Industry and "
    "Security warned Italy that the existing protections might not be enough to shield Pirelli from American "
    "restrictions on connected-vehicle technology, according to reports this month.",
    "Camfin's boss Marco Tronchetti Provera has called for further restrictive measures.",
    "---",
    "Our tip: What the new Italian budget means for company cars.",
    "Leave a Reply: Name / Email / Comment [Post Comment]",
    ])

art("ZH-camfin-ends-sinochem-pact-jan-2026.html", "2026-01-24",
    "Camfin will not renew Pirelli pact with Sinochem",
    "Tyre Trade Today", "Giulia Rinaldi", "news", [
    "MILAN - Camfin, the holding company of Marco Tronchetti Provera, said on Friday, January 23, that it will not "
    "renew its shareholder agreement with China's Sinochem over Pirelli.",
    "Camfin said it had found it impossible to agree with Sinochem, at this stage, on ways to adapt Pirelli's "
    "governance to US regulatory requirements so that it can keep developing its cyber tyre technology.",
    "## Stakes have shifted",
    "Beijing-controlled Sinochem is Pirelli's largest shareholder with a 34.1% stake. Camfin owns 25.3% and plans to "
    "raise that to as much as 29.9%. The pact, which came into force in May 2023, expires in May, shortly before "
    "Pirelli's investors vote on a new board.",
    "## Rome weighs its options",
    "The end of the pact is expected to trigger a fresh review by the Italian government, which is assessing options "
    "to limit Sinochem's influence further or even turn it into a passive shareholder. Industry Minister Adolfo Urso "
    "has shared Camfin's concerns about the US market.",
    "Washington's connected-vehicle rules, with some core provisions due to take effect in March 2026, bar key "
    "Chinese software and hardware from cars on US roads. North America accounts for up to a quarter of Pirelli's "
    "revenue.",
    ])

art("ZH-sinochem-pirelli-structured-solution-jan-2026.md", "2026-01-27",
    "Sinochem says it has offered a 'structured solution' in Pirelli dispute",
    "EU Screening Watch", "Screening Watch desk", "news", [
    "MILAN - Sinochem said on Monday, 26 January 2026, that it had put forward a \"structured solution\" to end its "
    "governance dispute with Camfin over Pirelli, days after Camfin said it would let their shareholder pact lapse.",
    "## Where things stand",
    "- Sinochem remains Pirelli's largest shareholder with a 34.1% stake.",
    "- Camfin holds about 25.3% and has said it could go to 29.9%.",
    "- The pact between the two expires in May 2026.",
    "- The Italian government is assessing options to limit Sinochem's influence or make it a passive shareholder.",
    "Sinochem did not give details of its proposal. People close to the matter said it was aimed at meeting US "
    "concerns without forcing the Chinese group to sell.",
    "## Why it matters",
    "Pirelli and Camfin argue that having a Chinese company as the main shareholder is an obstacle to expanding in "
    "the United States, where rules on connected vehicles restrict Chinese-controlled suppliers. Rome first "
    "intervened in June 2023 and cleared Sinochem of breaching those measures in September 2025.",
    "The government has not said what it will do when the pact ends. Any new golden power decision would have to be "
    "taken by the Council of Ministers.",
    "*More from Screening Watch: Spain reviews Chinese battery plant | Czech court on CEFC stake*",
    ])

art("ZH-italy-golden-power-faq-pirelli-2024.html", "2024-03-12",
    "FAQ: Italy's golden power and the Pirelli case",
    "Europe Investment Law Hub", "Hub editors", "faq", [
    "Italy's golden power rules come up in almost every question we receive about Chinese investors in Italian "
    "companies. Here are short answers, using Pirelli as the example.",
    "## What is the golden power?",
    "A set of special powers that let the government veto takeovers, impose conditions or block corporate decisions "
    "that threaten strategic national assets, in sectors such as defence, energy, communications and critical "
    "technologies.",
    "## Did Italy ban Sinochem from Pirelli?",
    "No. The June 2023 decree left Sinochem's shares untouched. It set prescriptions: Pirelli's autonomy, limits on "
    "sensitive information, a four-fifths board majority for strategic decisions, and CEO nominations reserved to "
    "Camfin.",
    "## Who controls Pirelli now?",
    "Under the shareholder pact, Sinochem is still treated as the controlling shareholder, and consolidates "
    "Pirelli in its accounts. The decree did not change that.",
    "## Has Sinochem been accused of breaking the decree?",
    "Not formally. Pirelli has reported no breach procedure so far.",
    "## Is there an Italian blacklist of Chinese investors?",
    "No. Decisions are taken case by case by the Council of Ministers; there is no published list of banned "
    "companies.",
    "## Can a decree be challenged?",
    "Yes, before the administrative courts (TAR Lazio).",
    ])

art("ZH-pirelli-cyber-tyre-rollout-oct-2025.txt", "2025-10-14",
    "Pirelli pushes Cyber Tyre into more car models as sensor demand grows",
    "Tyre Trade Today", "By Giulia Rinaldi", "news", [
    "MILAN, Oct 14 (TTT) - Pirelli is fitting its Cyber Tyre sensor system to a growing number of premium car models, "
    "the company told analysts, as carmakers look for real-time data on grip, wear and road conditions.",
    "## HOW IT WORKS",
    "A sensor inside each tyre measures load, pressure, temperature and wear and passes the data to the car's "
    "electronics. The system can warn drivers of aquaplaning and help tune driver-assistance features. Pirelli says "
    "the technology is at the centre of its premium strategy.",
    "## MARKETS",
    "Executives said Europe remains the main market for now, but the company sees large potential in North America, "
    "where premium and prestige tyres are growing fastest. They declined to give volume figures for the sensors.",
    "Asked about Sinochem and Camfin, a spokesman said shareholder matters were for the shareholders and that "
    "management was focused on products. Marco Tronchetti Provera, the executive vice-chairman, did not take part in "
    "the call.",
    "## RIVALS",
    "Continental, Michelin and Bridgestone are also developing in-tyre sensors, but Pirelli claims the broadest "
    "fitment with carmakers.",
    "---",
    "Our tip: Winter tyre rules by country - a checklist.",
    "Leave a Reply: Name / Email / Comment [Post Comment]",
    ], dist=True)

# ---------------------------------------------------------------- Canada / TikTok Canada and Hikvision Canada
art("ZH-canada-orders-tiktok-canada-wind-up-nov-2024.txt", "2024-11-06",
    "Ottawa orders TikTok's Canadian business to wind up; app stays available",
    "Maple Ledger", "By Daniel Okafor", "news", [
    "OTTAWA, Nov 6 (ML) - The federal government on Wednesday ordered the wind-up of the Canadian business carried "
    "on by TikTok Technology Canada, Inc. following a national security review under the Investment Canada Act.",
    "## WHAT OTTAWA SAID",
    "Industry Minister François-Philippe Champagne said the government was acting on \"specific national security "
    "risks\" related to ByteDance Ltd.'s operations in Canada through the establishment of TikTok Technology Canada. "
    "The decision was based on information gathered in a multi-step review and on the advice of Canada's security "
    "and intelligence community. The risks were not described.",
    "The government is not blocking Canadians' access to the TikTok app or their ability to create content. "
    "Champagne urged users to adopt good cyber security practices and said the decision to use a social media app is "
    "a personal choice.",
    "## TIKTOK RESPONDS",
    "\"Shutting down TikTok's Canadian offices and eliminating hundreds of well-paying local jobs is not in anyone's "
    "best interest,\" a TikTok spokesperson said. \"We will challenge this order in court.\"",
    "The platform has offices in Toronto and Vancouver. Canada had already barred TikTok from government-issued "
    "devices in 2023.",
    "---",
    "Our tip: How to lock down your phone's app permissions.",
    "Leave a Reply: Name / Email / Comment [Post Comment]",
    ])

art("ZH-tiktok-canada-files-court-challenge-dec-2024.md", "2024-12-10",
    "TikTok files Federal Court challenge to Canadian shutdown order",
    "Northern Tech Review", "Amelia Grant", "news", [
    "VANCOUVER - TikTok is challenging the federal government's order to shut down its operations in Canada, in "
    "documents filed in Federal Court in Vancouver on Thursday, 5 December.",
    "## What TikTok wants",
    "TikTok Technology Canada Inc. asks the court to set aside the order, or send it back to the government with "
    "guidance, and to pause it while the case is heard. It calls the minister's decision \"unreasonable\" and "
    "\"driven by improper purposes\".",
    "The filing says François-Philippe Champagne failed to engage with the company on the substance of the concerns, "
    "and that the measures \"bear no rational connection\" to the national security risks identified. It argues there "
    "were less onerous options than a shutdown, such as keeping a local team under conditions.",
    "## Jobs and users",
    "TikTok says the order would eliminate hundreds of jobs. The app has more than 14 million monthly users in Canada "
    "and remains available to them.",
    "## The government's side",
    "The minister's office did not comment. The order was made under the Investment Canada Act, which lets Ottawa "
    "review any foreign investment that could harm national security; reasons are generally kept confidential.",
    "The company's law firm, Osler, Hoskin & Harcourt, declined to comment.",
    "*More from Northern Tech Review: Ottawa's online harms bill stalls | Rogers outage report*",
    ])

art("ZH-tiktok-wind-up-order-explained-nov-2024.md", "2024-11-12",
    "Is TikTok banned in Canada? What the wind-up order does and doesn't do",
    "Northern Tech Review", "Amelia Grant", "explainer", [
    "Last week's order against TikTok Technology Canada has left many users asking whether the app is going away. "
    "Short answer: no.",
    "## What was ordered?",
    "The federal cabinet ordered TikTok Technology Canada, Inc. - ByteDance's Canadian subsidiary - to wind up its "
    "Canadian business. That means closing its offices and ending its local operations, not removing the app.",
    "## Can I still use TikTok?",
    "Yes. The government said explicitly that it is not blocking access to the app or the ability to create content. "
    "App stores are not affected.",
    "## Why was it ordered?",
    "Ottawa cited national security risks linked to ByteDance's activities in Canada, found in a review that began "
    "when TikTok expanded its Canadian business. It has not made the evidence public.",
    "## Is TikTok on a Canadian sanctions list?",
    "No. The order is an Investment Canada Act measure, not a sanction under the Special Economic Measures Act. "
    "TikTok is not on any Canadian sanctions list.",
    "## What about government phones?",
    "TikTok has been banned on government-issued mobile devices since February 2023, under a separate decision.",
    "## Will TikTok fight it?",
    "The company has said it will challenge the order in court.",
    ])

art("ZH-ottawa-orders-hikvision-canada-closure-jun-2025.html", "2025-06-28",
    "Ottawa orders Hikvision to shut its Canadian business",
    "Maple Ledger", "Daniel Okafor", "news", [
    "OTTAWA - The federal government has ordered Hikvision Canada Inc., the Canadian arm of the Chinese maker of "
    "surveillance cameras, to cease all operations in Canada and close its Canadian business over national security "
    "concerns.",
    "Industry Minister Mélanie Joly announced the order in a post on X late Friday, June 27. She said the government "
    "had determined that Hikvision Canada's continued operations would be injurious to Canada's national security, "
    "after a multi-step review of information and evidence from the security and intelligence community.",
    "## Government use banned",
    "Joly said federal departments, agencies and Crown corporations will be barred from buying or using Hikvision "
    "equipment, and the government is reviewing its properties to make sure legacy Hikvision products are not used "
    "in future. She encouraged Canadians to take note of the decision but did not tell them to stop using the "
    "cameras.",
    "## Scope",
    "The review under the Investment Canada Act does not extend to Hikvision's affiliate operations outside Canada. "
    "\"Canada welcomes foreign investment, but we will never compromise on the safety and security of Canadians,\" "
    "Joly said.",
    "Hangzhou Hikvision Digital Technology describes itself as the world's largest maker of surveillance equipment "
    "and has had a Canadian subsidiary since 2014. It did not immediately comment.",
    ])

art("ZH-hikvision-canada-challenges-order-jul-2025.txt", "2025-07-09",
    "Hikvision calls Ottawa's shutdown order 'procedurally unfair' in court filing",
    "Maple Ledger", "By Daniel Okafor", "news", [
    "OTTAWA, July 9 (ML) - Hikvision Canada has asked the Federal Court to review the June 27 order requiring it to "
    "close its Canadian business, and to put the order on hold while the court decides.",
    "## THE ARGUMENTS",
    "In the notice of application, filed on Monday, July 7, the company says the national security review was "
    "procedurally unfair, its conclusion unreasonable, and the directive based on incorrect assumptions. It says "
    "Industry Minister Mélanie Joly abruptly concluded the review, did not properly communicate deadlines and declined "
    "to consider additional information it wanted to provide.",
    "## THE BUSINESS",
    "Hikvision Canada has 66 full-time employees, according to the filing. End users of its products are mostly "
    "non-critical small and medium businesses, such as hotels, condominiums and convenience stores. Best Buy Canada "
    "said it stopped selling Hikvision products on July 1.",
    "## STILL OPERATING",
    "Under an agreement with the attorney general, the company has resumed normal operations until the court rules "
    "on its request for a stay. The order gives it 120 days to wind up, cancel sales, end marketing and after-sales "
    "support, and terminate staff and contractors.",
    "\"Hikvision products and technology have not endangered the national security of Canada or any other country in "
    "which we operate,\" the company said.",
    "---",
    "Our tip: Choosing a home security camera - what to check.",
    "Leave a Reply: Name / Email / Comment [Post Comment]",
    ])

art("ZH-federal-court-refuses-hikvision-stay-sep-2025.md", "2025-09-24",
    "Hikvision Canada Inc. v. Canada (Attorney General), 2025 FC 1527: stay refused",
    "Canadian Trade Law Notes", "Case note", "court", [
    "Docket T-2284-25. Justice Furlanetto, Federal Court, Toronto. Confidential order and reasons issued 16 September "
    "2025; public order and reasons dated 22 September 2025.",
    "## The motion",
    "Hikvision Canada Inc. and Hangzhou Hikvision Digital Technology Co., Ltd. sought to stay the Order in Council of "
    "27 June 2025, made by the Governor in Council under subsection 25.4(1) of the Investment Canada Act, until their "
    "application for judicial review is decided. The order required Hikvision Canada to wind up its business and "
    "cease all operations in Canada within 120 days.",
    "## The test",
    "Under the three-part RJR-MacDonald test the applicants had to show a serious issue, irreparable harm and that "
    "the balance of convenience favoured a stay. The Attorney General conceded a serious issue and some irreparable "
    "harm, but not the balance of convenience.",
    "## Result",
    "Motion dismissed. The court found that the increased national security risk to the public from the "
    "proliferation of Hikvision Canada's products during a stay outweighed the commercial harm to the company. The "
    "judicial review itself continues.",
    "## After the ruling",
    "Hikvision said it would challenge the decision and gave notice that it intends to file a claim for "
    "arbitration under the 2014 Canada-China bilateral investment treaty. The ruling does not ban sales of Hikvision "
    "products by distributors.",
    ])

art("ZH-court-sets-aside-tiktok-wind-up-order-jan-2026.html", "2026-01-22",
    "Federal Court sets aside TikTok shutdown order; Joly to start a new review",
    "Maple Ledger", "Daniel Okafor", "news", [
    "OTTAWA - Canada's Federal Court on Wednesday set aside the government's November 2024 order to wind up TikTok's "
    "Canadian business, allowing TikTok Technology Canada to keep operating for now.",
    "In a brief judgment without reasons, Justice Russel Zinn sent the matter back to Industry Minister Mélanie Joly "
    "for reconsideration. The government had told the court in a letter on Monday that it had reached an agreement "
    "with TikTok to set the order aside and launch another national security review.",
    "## A new review",
    "The industry department said Joly \"will now proceed with a new national security review\" and could say no "
    "more because of confidentiality provisions in the Investment Canada Act. The outcome could still be another "
    "order.",
    "## TikTok welcomes it",
    "A TikTok spokesperson welcomed the decision and said the company looked forward to working with the minister on "
    "a resolution for its more than 14 million monthly users in Canada. Keeping its Canadian workforce would allow "
    "continued investment and local jobs, the company said.",
    "## Context",
    "The ruling comes as Prime Minister Mark Carney seeks better ties with China to soften the impact of US tariffs. "
    "The app itself was never blocked.",
    ])

art("ZH-investment-canada-act-shutdown-orders-faq-oct-2025.html", "2025-10-06",
    "FAQ: Canada's national security shutdown orders against Chinese tech firms",
    "Canadian Trade Law Notes", "Editors", "faq", [
    "Two high-profile orders under the Investment Canada Act have raised the same questions from readers. Here are "
    "our answers as of early October 2025.",
    "## Which companies have been ordered to close?",
    "TikTok Technology Canada (November 2024) and Hikvision Canada (June 2025). Both orders require a wind-up of the "
    "Canadian business, not a ban on the products or the app.",
    "## Is Hikvision banned in Canada?",
    "Not for private buyers. Federal departments, agencies and Crown corporations may not buy or use its equipment. "
    "Quebec had already barred new Hikvision and Dahua gear in provincial bodies by a decree of 21 December 2023.",
    "## Where do the TikTok and Hikvision cases stand?",
    "Both are before the Federal Court. TikTok's challenge, filed in December 2024, has not been decided, and the "
    "order against TikTok Canada remains in force. Hikvision lost its request for a stay in September 2025.",
    "## How can an existing business be reviewed years later?",
    "The Act lets the government review investments, including the establishment of a new Canadian business, that "
    "may be injurious to national security. Hikvision's review reportedly followed its failure to file a "
    "notification when it set up in Canada.",
    "## Is there a Canadian list of banned Chinese companies?",
    "No. Orders are made case by case and their contents are usually confidential.",
    ])

art("ZH-canada-tech-forum-tiktok-ban-thread.html", "2024-11-08",
    "Is TikTok getting banned in Canada or what??",
    "CanuckTech Forums", "", "forum", [], posts=[
    ("hockeymom_88", "My kids are freaking out, saying TikTok is banned in Canada now. Is that true?"),
    ("byte_north", "No. Ottawa ordered TikTok Technology Canada to wind up, meaning the Canadian offices close. The "
     "government said it is not blocking access to the app."),
    ("hockeymom_88", "So they can keep posting dances. Great (not great)."),
    ("gr8_white_north", "The reason is 'national security' but they won't say what. Review under the Investment "
     "Canada Act."),
    ("byte_north", "TikTok says it will challenge the order in court. And remember government phones already can't "
     "have it since 2023."),
    ("lurker_yyz", "What happens to the people who work there? Heard it's hundreds of jobs in Toronto and Vancouver."),
    ("maple_dev", "Investment Canada Act reviews are usually about who owns a business here. They can order a wind-up of the "
     "local company without touching the product, which is what happened."),
    ("hockeymom_88", "Ok so offices close, app stays. Thanks all, that is clearer than the news."),
    ("Moderator", "Reminder: no speculation about named employees. Locking in 24h."),
    ])

art("ZH-canada-bans-tiktok-government-devices-feb-2023.txt", "2023-02-28",
    "TikTok removed from Canadian government phones from today",
    "Maple Ledger", "By Daniel Okafor", "news", [
    "OTTAWA, Feb 28 (ML) - TikTok is being removed from all government-issued mobile devices from today, Treasury "
    "Board President Mona Fortier announced on Monday, and users of those devices will be blocked from downloading "
    "it in future.",
    "## WHY",
    "Fortier said Canada's Chief Information Officer had determined that TikTok presents an unacceptable level of "
    "risk to privacy and security. She said the decision was a precaution and that there was no evidence government "
    "information had been compromised.",
    "## WHO IS AFFECTED",
    "The ban applies to federal public servants' work phones. It does not affect Canadians' personal devices, and the "
    "government did not advise the public to delete the app, though it said people should make their own choices.",
    "The decision follows similar moves by the European Commission and the United States. Canada's privacy "
    "commissioners opened an investigation into TikTok's handling of personal information the same week.",
    "## TIKTOK RESPONDS",
    "TikTok said it was disappointed and that the government had blocked the app without contacting the company or "
    "citing any specific security concern.",
    "---",
    "Our tip: Password managers compared.",
    "Leave a Reply: Name / Email / Comment [Post Comment]",
    ], dist=True)

art("ZH-tiktok-us-divestiture-law-apr-2024.md", "2024-04-25",
    "Biden signs TikTok divest-or-ban law",
    "Northern Tech Review", "Amelia Grant", "news", [
    "WASHINGTON - President Joe Biden on Wednesday, 24 April 2024, signed into law a measure that gives ByteDance "
    "about nine months to sell TikTok's US operations or see the app banned from US app stores.",
    "## What the law does",
    "The Protecting Americans from Foreign Adversary Controlled Applications Act was part of a foreign aid package. "
    "It sets a deadline of 270 days, to 19 January 2025, which the president can extend once by 90 days if a sale is "
    "under way.",
    "## What comes next",
    "TikTok said it would challenge the law in court, calling it unconstitutional. The company says it has 170 "
    "million US users.",
    "## Elsewhere",
    "Other governments are watching. Canada, the UK and the EU institutions have banned TikTok on official devices, "
    "and Canadian officials have been reviewing TikTok's plans to expand its business there under investment rules, "
    "though no decision has been announced.",
    "Analysts said a forced sale would be complicated by Chinese export rules on algorithms.",
    "*More from Northern Tech Review: Apple opens Vancouver office | 5G auction results*",
    ], dist=True)

art("ZH-hikvision-uk-surveillance-camera-removal-nov-2022.txt", "2022-11-25",
    "UK tells departments to stop installing Chinese cameras at sensitive sites",
    "Clydeside Business Wire", "By Morag Duncan", "news", [
    "LONDON, Nov 25 (CBW) - The British government has told departments to stop installing Chinese-made "
    "surveillance cameras at sensitive sites, a move aimed at equipment from companies such as Hikvision.",
    "## THE INSTRUCTION",
    "Oliver Dowden, then Chancellor of the Duchy of Lancaster, said on Thursday that departments should cease "
    "deploying visual surveillance systems on sensitive government sites where they are produced by companies "
    "subject to China's National Intelligence Law, and should consider whether to remove existing ones.",
    "## WHY",
    "A review found that additional controls were needed in light of the threat to the UK and the increasing "
    "capability of the systems. The instruction covers cameras connected to core networks.",
    "## REACTION",
    "Hikvision said it was categorically false to represent the company as a threat to national security and that it "
    "could not transmit data to third parties. Lawmakers had pressed for a wider ban on the company's products across "
    "the country.",
    "The instruction is not a sanction and does not stop businesses or households from buying the cameras.",
    "---",
    "Our tip: How councils are spending their CCTV budgets.",
    "Leave a Reply: Name / Email / Comment [Post Comment]",
    ], dist=True)

