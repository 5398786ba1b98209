"""Article text and metadata for the ZG blind set.

Each article: slug (file name without extension), fmt (txt/md/html), shape, title, date (ISO), outlet, author,
distractor flag, blocks.  Blocks: ("p", text), ("h", subhead), ("li", [items]), ("post", user, time, text) for
forum posts, ("comment", user, date, text) for reader comments under blogs and news.
Stories: G = Germany (Elmos / Silex / ERS and COSCO / Tollerort), C = Canada (lithium divestment orders),
A = Australia (Northern Minerals disposal orders).
"""

ARTICLES = [
    # ------------------------------------------------------------------ Germany
    dict(
        slug="ZG-cabinet-caps-cosco-tollerort-stake-oct-2022", fmt="txt", shape="news", story="G",
        title="Berlin lets Cosco into Hamburg terminal, but only below 25 percent",
        date="2022-10-27", outlet="Northport Business Wire", author="Katrin Ahlers", distractor=False,
        blocks=[
            ("p", "BERLIN - Germany's cabinet on Wednesday allowed China's Cosco Shipping Ports to buy into the "
                  "operator of the Container Terminal Tollerort (CTT) in Hamburg, but cut the stake it may take "
                  "from the 35 percent agreed with port group HHLA to 24.9 percent."),
            ("p", "The decision is a so-called partial prohibition. Cosco may hold a purely financial stake: it "
                  "may not be given veto rights over strategic business or personnel decisions and may not appoint "
                  "members of the terminal company's management."),
            ("h", "A fight inside the coalition"),
            ("p", "Chancellor Olaf Scholz had pushed for the deal to go ahead. Economy Minister Robert Habeck "
                  "warned of new dependencies on China and wanted the purchase banned outright, and six "
                  "ministries had registered reservations. The Foreign Office told the cabinet in a note "
                  "that the purchase disproportionately expands China's strategic influence on German and "
                  "European transport infrastructure."),
            ("p", "Government officials said that had the cabinet not decided this week, the deal would have "
                  "been approved automatically on the terms Cosco and HHLA had signed."),
            ("p", "Scholz, who travels to Beijing on November 4, has stressed that the port is not being "
                  "sold: the land belongs entirely to the city of Hamburg. Cosco ships have called at Tollerort, "
                  "the smallest of HHLA's three Hamburg container terminals, for more than 40 years. Hamburg's "
                  "mayor Peter Tschentscher welcomed the outcome, while opposition leader Friedrich Merz called "
                  "it a serious strategic mistake."),
        ]),
    dict(
        slug="ZG-germany-blocks-elmos-fab-sale-silex-nov-2022", fmt="md", shape="news", story="G",
        title="Germany blocks sale of Elmos chip plant to Chinese-owned Silex",
        date="2022-11-09", outlet="Rhein-Ruhr Tech Report", author="Jonas Becker", distractor=False,
        blocks=[
            ("p", "DORTMUND/BERLIN - The German government on Wednesday prohibited Elmos Semiconductor from "
                  "selling its wafer fab in Dortmund to Silex Microsystems, a Swedish company owned by China's "
                  "Sai MicroElectronics, saying the takeover would have endangered Germany's public order and "
                  "security."),
            ("p", "The cabinet followed a recommendation from the economy ministry, which had argued that milder "
                  "measures, such as approval with conditions, would not be enough to avert the danger. Elmos had "
                  "warned investors on Monday that the sale would most likely be prohibited."),
            ("h", "The deal"),
            ("li", ["Elmos agreed in December 2021 to sell the fab's production to Silex for about 85 million "
                    "euros.",
                    "Under Germany's Foreign Trade and Payments Ordinance, makers of microelectronics count as a "
                    "sensitive sector, so buyers from outside the EU face a detailed review.",
                    "The plant makes chips on older technology for the car industry."]),
            ("h", "A second veto"),
            ("p", "The cabinet also blocked a second Chinese purchase. Economy Minister Robert Habeck said that case was covered by "
                  "business secrecy; Handelsblatt reported it was the takeover of ERS Electronic, a maker of "
                  "semiconductor equipment based in Germering near Munich."),
            ("p", "Germany is an open market economy and foreign investment is welcome, Habeck told reporters, "
                  "\"but an open market economy is not a naive market economy.\" Dortmund's mayor Thomas Westphal had worried that a veto "
                  "could put jobs at the plant at risk."),
        ]),
    dict(
        slug="ZG-german-investment-screening-faq-dec-2022", fmt="html", shape="faq", story="G",
        title="FAQ: How Germany screens Chinese buyers after the Elmos and Cosco decisions",
        date="2022-12-12", outlet="Mittelstand Compliance Desk", author="Dr. Lena Vogt", distractor=False,
        blocks=[
            ("p", "Two decisions this autumn have made German investment screening front-page news. Here are "
                  "the questions our readers ask most."),
            ("h", "Why was the Elmos sale stopped?"),
            ("p", "The cabinet found on November 9 that the sale of the Dortmund fab to Silex, owned by China's "
                  "Sai MicroElectronics, would have endangered public order and security, and that conditions "
                  "would not have removed that danger."),
            ("h", "Who owns the Elmos fab now?"),
            ("p", "Elmos still owns and runs it. The veto means the Silex contract cannot be completed; Elmos "
                  "has said it will look at other options for the plant."),
            ("h", "Was Cosco's Hamburg deal blocked too?"),
            ("p", "No. On October 26 the cabinet let Cosco take 24.9 percent of the Tollerort terminal company "
                  "instead of 35 percent, below the blocking minority, and barred it from management influence. "
                  "As of this month the purchase has not yet been completed."),
            ("h", "Is there a German list of banned Chinese buyers?"),
            ("p", "No. There is no blacklist of buyers: each deal is screened case by case by the economy "
                  "ministry, and only the cabinet can prohibit or restrict it."),
            ("h", "What was the second deal vetoed on November 9?"),
            ("p", "The government gave no details, citing business secrecy. Press reports named ERS Electronic, "
                  "a semiconductor equipment maker near Munich."),
        ]),
    dict(
        slug="ZG-tollerort-critical-infrastructure-cosco-doubt-apr-2023", fmt="txt", shape="news", story="G",
        title="Cosco's Hamburg terminal stake in question again after critical infrastructure listing",
        date="2023-04-12", outlet="Northport Business Wire", author="Katrin Ahlers", distractor=False,
        blocks=[
            ("p", "HAMBURG - Six months after the cabinet's decision in principle, Cosco's planned stake in "
                  "Hamburg's Tollerort container terminal is once again uncertain, because the terminal is now "
                  "classified as critical infrastructure."),
            ("p", "Port group HHLA confirmed on Wednesday that the Federal Office for Information Security (BSI) "
                  "had registered Tollerort as critical infrastructure at the start of 2023. A new category "
                  "covers cargo handling facilities in sea and inland ports that move 3.27 million tonnes a year, "
                  "which takes in Tollerort and all other Hamburg terminals. HHLA said that meant no significant "
                  "change for the group, which has been classed as critical infrastructure since 2018."),
            ("h", "Ministry reviewing"),
            ("p", "A spokeswoman for Economy Minister Robert Habeck said that because the conditions had changed, "
                  "the ministry was examining what this meant for the case. She pointed out that the ministry's "
                  "final confirmation for the purchase was still missing, and would not say whether a full ban "
                  "was now possible."),
            ("p", "Green parliamentary leader Katharina Droege said the government should review the stake very "
                  "critically once more, calling Cosco's participation in the port a mistake. A spokesman for "
                  "Chancellor Olaf Scholz said his position had not changed."),
            ("p", "In October the cabinet allowed Cosco less than 25 percent of the terminal company instead of "
                  "the 35 percent it had agreed with HHLA."),
        ]),
    dict(
        slug="ZG-government-confirms-cosco-tollerort-limit-may-2023", fmt="md", shape="agency", story="G",
        title="Summary: Federal government confirms Cosco may take up to 24.99 percent of Tollerort",
        date="2023-05-11", outlet="Port Policy Monitor", author="Editorial team", distractor=False,
        blocks=[
            ("p", "BERLIN - The federal government has this week authorised Cosco Shipping Ports to acquire a "
                  "stake in HHLA Container Terminal Tollerort GmbH, ending a review reopened in April. Our summary "
                  "of the decision and the company statements:"),
            ("h", "What the government decided"),
            ("li", ["Cosco may buy up to 24.99 percent of the terminal company's capital.",
                    "The prohibition on acquiring 25 percent or more, imposed on October 26 2022, is confirmed "
                    "and stays legally valid.",
                    "The government notes that the terminal now counts as critical infrastructure; the "
                    "classification did not lead to a full ban."]),
            ("h", "What HHLA said"),
            ("p", "HHLA said the transaction would now be finalised shortly. Tollerort is to become a preferred "
                  "hub for the Cosco group, one of HHLA's oldest customers, where cargo flows between Asia and "
                  "Europe will be concentrated. The minority shareholding, the company said, secures jobs and "
                  "strengthens Hamburg as a logistics hub."),
            ("h", "Background"),
            ("p", "Cosco first agreed in 2021 to buy 35 percent of the terminal company. The cabinet cut that "
                  "to below 25 percent last October after a dispute inside the coalition. In April the economy "
                  "ministry said it was re-examining the case after the BSI classified Tollerort as critical "
                  "infrastructure."),
        ]),
    dict(
        slug="ZG-cosco-completes-tollerort-stake-jun-2023", fmt="html", shape="news", story="G",
        title="Cosco now owns 24.99 percent of Hamburg's Tollerort terminal",
        date="2023-06-20", outlet="Hanse Logistics Today", author="Mareike Thiessen", distractor=False,
        blocks=[
            ("p", "HAMBURG - Chinese state shipping group Cosco has completed its entry into a Hamburg container "
                  "terminal, around two years after negotiations began."),
            ("p", "\"Following the completion of the investment screening process,\" HHLA and Cosco Shipping "
                  "Ports Limited (CSPL) signed the contracts for CSPL's minority shareholding in Container "
                  "Terminal Tollerort (CTT) on Monday, the Hamburg port group said. CSPL now holds 24.99 percent "
                  "of the terminal company."),
            ("h", "Preferred hub"),
            ("p", "Under the partnership, CTT becomes a preferred handling location for Cosco, where its "
                  "freight flows between Asia and Europe will be concentrated. HHLA said the cooperation "
                  "strengthens Hamburg's position as a logistics hub for the North Sea and Baltic region."),
            ("h", "Long dispute"),
            ("p", "The original plan was for Cosco to take 35 percent. Chancellor Olaf Scholz's cabinet allowed "
                  "only a stake below 25 percent in October 2022, over objections from the Greens and the Free "
                  "Democrats, and the deal was thrown into doubt again in April when the terminal was classed as "
                  "critical infrastructure. The government confirmed the 24.99 percent limit in May."),
            ("p", "The stake carries no say in management. HHLA, majority-owned by the city of Hamburg, "
                  "continues to run the terminal, which is the smallest of its three in the port."),
        ]),
    dict(
        slug="ZG-elmos-agrees-littelfuse-fab-sale-jun-2023", fmt="md", shape="news", story="G",
        title="Elmos finds a US buyer for the Dortmund fab Berlin would not let China have",
        date="2023-06-28", outlet="Rhein-Ruhr Tech Report", author="Jonas Becker", distractor=False,
        blocks=[
            ("p", "DORTMUND - Elmos Semiconductor has agreed to sell its Dortmund wafer fab to Littelfuse, the "
                  "Chicago-based maker of circuit protection and power components, seven months after the German "
                  "government vetoed a sale of the same plant to Chinese-owned Silex Microsystems."),
            ("h", "Terms"),
            ("li", ["Net purchase price of about 93 million euros.",
                    "Littelfuse takes over the 200mm fab and about 225 employees; Elmos keeps everything else, "
                    "including its test operations.",
                    "About 37 million euros is payable once regulators approve and about 56 million euros at "
                    "closing, which is expected to take effect on December 31, 2024.",
                    "A capacity-sharing arrangement lets Elmos keep buying wafers from the fab, with an initial "
                    "term through 2029."]),
            ("h", "Why it matters"),
            ("p", "Elmos signed the earlier deal with Silex, a subsidiary of China's Sai MicroElectronics, in "
                  "December 2021. The cabinet blocked it in November 2022 on security grounds. The new sale still "
                  "needs approval under foreign trade law, but a US buyer is expected to face fewer questions."),
            ("p", "Chief executive Arne Schneider called the agreement a milestone for chip production in "
                  "Dortmund. Littelfuse said the fab would expand its power semiconductor business."),
        ]),
    dict(
        slug="ZG-bmwk-clears-littelfuse-elmos-fab-aug-2023", fmt="txt", shape="agency", story="G",
        title="Regulatory summary: Economy ministry clears sale of Elmos fab to Littelfuse without conditions",
        date="2023-08-08", outlet="Export Control Digest", author="Digest staff", distractor=False,
        blocks=[
            ("p", "DORTMUND - The Federal Ministry for Economic Affairs and Climate Action (BMWK) has granted "
                  "approval under foreign trade law for the sale of Elmos Semiconductor's Dortmund wafer fab to "
                  "Littelfuse, Inc. of the United States, without conditions, Elmos said on Tuesday."),
            ("h", "Approvals in place"),
            ("p", "The Federal Cartel Office (Bundeskartellamt) had already given antitrust clearance on July 27, "
                  "also without conditions. With the foreign trade clearance, all regulatory requirements for "
                  "closing the deal have been met."),
            ("h", "Money and timing"),
            ("p", "The purchase agreement was signed on June 28 at a net price of about 93 million euros. With "
                  "the approvals in hand, Littelfuse will now pay Elmos about 37 million euros. The rest of the "
                  "price falls due at closing, which is still expected to take effect on December 31, 2024."),
            ("h", "Contrast with 2022"),
            ("p", "The same ministry recommended last November that the cabinet prohibit the sale of the fab "
                  "to Silex Microsystems, owned by China's Sai MicroElectronics. The cabinet agreed, finding the "
                  "Chinese-controlled purchase a threat to public order and security. This time the buyer is "
                  "from the United States and the review ended without any conditions."),
            ("p", "Littelfuse takes over about 225 employees; the rest of Elmos, including testing, stays with "
                  "the company."),
        ]),
    dict(
        slug="ZG-littelfuse-closes-dortmund-fab-deal-jan-2025", fmt="html", shape="news", story="G",
        title="Littelfuse completes purchase of Elmos fab; Elmos is now fabless",
        date="2025-01-03", outlet="Semicon Europe Brief", author="Anna Kowalski", distractor=False,
        blocks=[
            ("p", "DORTMUND - The sale of Elmos Semiconductor's Dortmund wafer fab to Littelfuse has closed with "
                  "the arrival of the new year, completing the German chipmaker's move to a fabless model."),
            ("p", "US-based Littelfuse is now the owner of Dortmund Semiconductor GmbH, the separate company "
                  "that holds the fab. Littelfuse paid 37.2 million euros in August 2023 after regulators "
                  "approved the deal, and transferred the remaining roughly 56 million euros on December 30, "
                  "2024. The total net price was about 93 million euros."),
            ("h", "From veto to closing"),
            ("p", "The plant was at the centre of one of Germany's first vetoes of a Chinese chip deal: in "
                  "November 2022 the cabinet barred its sale to Silex Microsystems, a Swedish subsidiary of "
                  "China's Sai MicroElectronics. Elmos signed with Littelfuse in June 2023, and the economy "
                  "ministry and the Federal Cartel Office cleared that deal in the summer of 2023."),
            ("p", "\"The closing of the fab sale is a very important milestone for the future success of "
                  "Elmos,\" chief executive Arne Schneider said. As a fabless company it will source wafers from "
                  "manufacturing partners, including Littelfuse under a capacity-sharing arrangement running "
                  "initially through 2029."),
            ("p", "Elmos keeps its test operations and its headquarters in Dortmund."),
        ]),
    dict(
        slug="ZG-chip-forum-who-owns-elmos-fab-thread", fmt="html", shape="forum", story="G",
        title="Thread: Can a Chinese buyer still purchase a German fab? (Elmos / Silex / Littelfuse)",
        date="2025-02-11", outlet="SemiSupply Forum", author="", distractor=False,
        blocks=[
            ("post", "procure_ruhr", "10:02",
             "Our sourcing team still has the Dortmund fab down as 'Elmos, sale to Silex pending'. Is that "
             "right? Who actually owns it now?"),
            ("post", "waferwatcher", "10:19",
             "Out of date by two years. Berlin blocked the Silex sale in November 2022 because Silex belongs to "
             "China's Sai MicroElectronics. Elmos then sold the fab to Littelfuse, and that closed at the turn "
             "of the year. Littelfuse owns it now; Elmos is fabless."),
            ("post", "procure_ruhr", "10:31",
             "Thanks. So does Germany just ban Chinese buyers in chips?"),
            ("post", "fdi_lawyer_k", "10:48",
             "No blanket ban and no list. Microelectronics is a sensitive sector under the Foreign Trade and "
             "Payments Ordinance, so the economy ministry reviews non-EU buyers deal by deal and the cabinet can "
             "prohibit. Elmos and ERS Electronic were both vetoed on the same day in 2022. Cosco's Hamburg "
             "terminal deal went the other way: allowed, but capped below 25 percent."),
            ("post", "waferwatcher", "11:05",
             "And Cosco did complete that one, 24.99 percent, in June 2023."),
            ("post", "procure_ruhr", "11:12",
             "Updating the vendor file. Is Elmos still buying wafers from Dortmund?"),
            ("post", "fdi_lawyer_k", "11:20",
             "Yes, under a capacity-sharing arrangement with Littelfuse that runs initially through 2029."),
        ]),
    dict(
        slug="ZG-msc-seeks-hhla-stake-sep-2023", fmt="md", shape="news", story="G",
        title="MSC wants almost half of Hamburg port operator HHLA",
        date="2023-09-13", outlet="Hanse Logistics Today", author="Mareike Thiessen", distractor=True,
        blocks=[
            ("p", "HAMBURG - Mediterranean Shipping Company (MSC), the world's largest container line, plans to "
                  "buy into Hamburger Hafen und Logistik AG (HHLA), the operator of the city's container "
                  "terminals, the Hamburg senate and the company said on Wednesday."),
            ("h", "The plan"),
            ("li", ["The city, which holds about 69 percent of listed HHLA today, and Geneva-based MSC have "
                    "signed a binding preliminary agreement on a strategic partnership.",
                    "HHLA would become a joint venture, with the city holding 50.1 percent and MSC 49.9 percent.",
                    "MSC will offer 16.57 euros per share to the other shareholders through a new company, Port "
                    "of Hamburg Beteiligungsgesellschaft."]),
            ("h", "Volumes"),
            ("p", "MSC says it will steer more cargo to HHLA's terminals, with a target of at least one million "
                  "TEU a year by 2031, and will build a new German headquarters in Hamburg's HafenCity."),
            ("p", "The plan still needs the approval of the city parliament and of competition authorities. "
                  "Trade unions at the port criticised the lack of consultation, and some shipping lines that use "
                  "HHLA terminals asked how their cargo would be treated once a competitor sits on the "
                  "shareholder register."),
            ("p", "HHLA shares jumped on the news. The group runs the Altenwerder, Burchardkai and Tollerort "
                  "container terminals as well as rail and logistics businesses."),
        ]),
    dict(
        slug="ZG-elmos-record-2023-results-feb-2024", fmt="txt", shape="news", story="G",
        title="Elmos posts record 2023 as car chip demand holds up",
        date="2024-02-15", outlet="Rhein-Ruhr Tech Report", author="Jonas Becker", distractor=True,
        blocks=[
            ("p", "DORTMUND - Elmos Semiconductor grew sales and earnings sharply in 2023, helped by a fourth "
                  "quarter that beat analysts' expectations, according to preliminary figures published on "
                  "Thursday."),
            ("h", "The numbers"),
            ("p", "Sales rose 28.6 percent to 575 million euros. Earnings before interest and taxes (EBIT) climbed "
                  "36.8 percent to 150.7 million euros, lifting the EBIT margin to 26.2 percent from 24.6 percent. "
                  "Net income rose almost 40 percent to 99.1 million euros. Both sales and EBIT were records, "
                  "the company said."),
            ("h", "Outlook"),
            ("p", "For 2024 Elmos expects sales of 605 million euros, plus or minus 25 million euros, and an EBIT "
                  "margin of 25 percent, plus or minus two percentage points."),
            ("p", "\"After three years of very high growth rates, the automotive semiconductor market is now in a "
                  "phase of normalisation with temporary inventory corrections,\" chief executive Arne Schneider "
                  "said. Structurally, demand keeps rising as cars carry more intelligent electronics."),
            ("p", "The shares, listed in the SDAX, rose more than 12 percent in early trading. Elmos, which "
                  "specialises in mixed-signal chips for cars, has been expanding its test capacity in Asia. "
                  "One trader said the market could now bet on margins reaching the top of the target range. "
                  "The final figures and the annual report are due in March."),
        ]),
    # ------------------------------------------------------------------ Canada
    dict(
        slug="ZG-canada-orders-chinese-firms-exit-lithium-juniors-nov-2022", fmt="md", shape="news", story="C",
        title="Canada orders three Chinese firms to sell out of lithium juniors",
        date="2022-11-03", outlet="Prairie & Shield Mining Journal", author="Ryan Okafor", distractor=False,
        blocks=[
            ("p", "OTTAWA - Canada's federal government on Wednesday ordered three Chinese companies to divest "
                  "their holdings in three small Canadian lithium explorers, days after tightening its rules for "
                  "foreign investment in critical minerals."),
            ("h", "Who must sell"),
            ("li", ["Sinomine (Hong Kong) Rare Metals Resources must divest from Vancouver-based Power Metals "
                    "Corp.",
                    "Chengze Lithium International, also based in Hong Kong, must exit Calgary-based Lithium "
                    "Chile Inc.",
                    "Zangge Mining Investment (Chengdu) must divest from Ultra Lithium Inc. of Vancouver."]),
            ("h", "Why"),
            ("p", "The orders were made on national security grounds under the Investment Canada Act. \"These "
                  "companies were reviewed via the multi-step national security review process, which involves "
                  "rigorous scrutiny by Canada's national security and intelligence community,\" Industry "
                  "Minister Francois-Philippe Champagne said."),
            ("p", "\"While Canada continues to welcome foreign direct investment, we will act decisively when "
                  "investments threaten our national security and our critical minerals supply chains, both at "
                  "home and abroad,\" the government said."),
            ("p", "The move follows guidelines released last Friday under which takeovers by foreign "
                  "state-owned companies in critical minerals such as lithium, nickel, copper and uranium will "
                  "be approved only \"on an exceptional basis\". Shares of Power Metals and Ultra Lithium fell "
                  "sharply on Thursday."),
        ]),
    dict(
        slug="ZG-ised-statement-critical-minerals-divestment-orders-nov-2022", fmt="txt", shape="press", story="C",
        title="Press release summary: Government of Canada orders divestitures in critical minerals sector",
        date="2022-11-02", outlet="Canadian Trade Compliance Notes", author="Notes staff", distractor=False,
        blocks=[
            ("p", "OTTAWA - Innovation, Science and Economic Development Canada issued the following statement "
                  "this evening (summary; quotations verbatim)."),
            ("h", "The orders"),
            ("p", "Following multi-step national security reviews under the Investment Canada Act, the Governor "
                  "in Council has ordered three foreign investors to divest their interests in Canadian companies "
                  "in the critical minerals sector: Sinomine (Hong Kong) Rare Metals Resources Co. Limited from "
                  "Power Metals Corp.; Chengze Lithium International Limited from Lithium Chile Inc.; and Zangge "
                  "Mining Investment (Chengdu) Co. Ltd. from Ultra Lithium Inc."),
            ("h", "The reasoning"),
            ("p", "The government said certain types of investment, such as those in the critical minerals "
                  "sectors, receive enhanced scrutiny. \"The government's decisions are based on facts and "
                  "evidence and on the advice of critical minerals subject matter experts, Canada's security and "
                  "intelligence community, and other government partners,\" Minister Francois-Philippe "
                  "Champagne said."),
            ("h", "The policy"),
            ("p", "On October 28 the government published an updated policy on foreign state-owned enterprises "
                  "in critical minerals. Acquisitions of control of Canadian businesses in the sector by "
                  "state-owned enterprises will be approved only on an exceptional basis, and minority "
                  "investments may also be reviewed."),
            ("p", "The statement did not give a deadline for the sales, the value of the stakes or the "
                  "specific security concerns, which are not published under the Act."),
        ]),
    dict(
        slug="ZG-lithium-juniors-react-divestment-orders-nov-2022", fmt="html", shape="news", story="C",
        title="'Very surprised': lithium juniors weigh options after Ottawa orders Chinese investors out",
        date="2022-11-07", outlet="Westcoast Resource Daily", author="Priya Raman", distractor=False,
        blocks=[
            ("p", "VANCOUVER - The three small explorers caught up in Ottawa's divestment orders have reacted "
                  "with surprise, and at least one is weighing legal options."),
            ("h", "Ultra Lithium"),
            ("p", "Ultra Lithium said on Friday that Zangge Mining Investment (Chengdu) had received the order, "
                  "and that the two had agreed to terminate their June 2022 agreement on the Laguna Verde brine "
                  "property in Argentina. Its board and management \"are very surprised\" by the policy against "
                  "Chinese investment in Canadian lithium projects and are assessing legal and other options."),
            ("h", "Power Metals"),
            ("p", "Power Metals, which holds the Case Lake lithium, cesium and tantalum property in "
                  "northeastern Ontario, said Sinomine had made a C$1.5 million equity investment and was "
                  "negotiating an offtake agreement. Chairman and chief executive Jonathan More said the order "
                  "shows Ottawa sees the company's assets as \"too valuable\" for such foreign investment. "
                  "Sinomine is expected to look at an appeal."),
            ("h", "Lithium Chile"),
            ("p", "Lithium Chile said on Monday that Chengze owns approximately 19.35 percent of its shares. It "
                  "noted that its assets are held through subsidiaries in Chile and Argentina and are not "
                  "Canadian assets, and that Chengze's stake does not amount to control."),
            ("p", "In US over-the-counter trading, Power Metals shares fell 13.5 percent and Ultra Lithium 21.1 "
                  "percent on the day after the orders."),
        ]),
    dict(
        slug="ZG-canada-critical-minerals-investment-explainer-nov-2022", fmt="html", shape="explainer", story="C",
        title="Explainer: What Canada's lithium divestment orders mean for foreign investors",
        date="2022-11-15", outlet="Northern Capital Review", author="Marc-Andre Gagnon", distractor=False,
        blocks=[
            ("p", "Ottawa's November 2 orders against three Chinese investors were a first for Canada's critical "
                  "minerals sector. What changed, and what happens next?"),
            ("h", "What law was used?"),
            ("p", "The national security provisions of the Investment Canada Act. They let cabinet review any "
                  "foreign investment, including minority stakes far below control, and order it blocked, made "
                  "subject to conditions or, once completed, undone through divestment."),
            ("h", "Were these big stakes?"),
            ("p", "No. The targets are junior explorers. Sinomine put C$1.5 million into Power Metals; Chengze "
                  "held about 19 percent of Lithium Chile. The government did not say what size of stake it "
                  "considers a risk."),
            ("h", "What changed in policy?"),
            ("p", "Guidelines published October 28 say acquisitions of control by state-owned investors in "
                  "critical minerals will be approved only on an exceptional basis. The list of critical "
                  "minerals includes lithium, nickel, copper and uranium."),
            ("h", "Is there a blacklist of Chinese companies?"),
            ("p", "No. Canada publishes no list of barred investors; each case goes through the review process, "
                  "and the security reasons are not made public."),
            ("h", "Have the investors sold yet?"),
            ("p", "Not so far. None of the three has announced a sale, and the companies are considering their "
                  "options."),
        ]),
    dict(
        slug="ZG-winsome-buys-sinomine-power-metals-stake-dec-2022", fmt="md", shape="news", story="C",
        title="Australia's Winsome steps in to buy Sinomine's Power Metals stake",
        date="2022-12-02", outlet="Prairie & Shield Mining Journal", author="Ryan Okafor", distractor=False,
        blocks=[
            ("p", "VANCOUVER - A month after Ottawa ordered three Chinese companies out of Canadian lithium "
                  "juniors, Australia's Winsome Resources has agreed to buy Sinomine Rare Metals Resources' "
                  "holding in Power Metals."),
            ("h", "The deal"),
            ("li", ["Winsome will pay C$2 million for Sinomine's interest in Power Metals.",
                    "The package comprises 7.5 million common shares and 7.5 million share purchase warrants, "
                    "exercisable at 40 cents a share and expiring in March 2025.",
                    "Winsome also takes over Sinomine's offtake rights for lithium, cesium and tantalum from the "
                    "Case Lake project in Ontario."]),
            ("h", "Passive holding"),
            ("p", "Winsome managing director Chris Evans called it an exciting opportunity but said the current "
                  "plan is for the stake to remain a passive investment. Winsome's focus stays on its Cancet and "
                  "Adina lithium projects in Quebec. Its shares rose more than 13 percent on the news."),
            ("p", "Case Lake, about 100 km north of Kirkland Lake, hosts high-grade cesium, lithium and "
                  "tantalum, all classed as critical minerals in Canada and the United States. It is unclear why "
                  "the divestment policy targeted projects at such an early stage, analysts said."),
        ]),
    dict(
        slug="ZG-lithium-chile-order-satisfied-gator-capital-feb-2023", fmt="txt", shape="news", story="C",
        title="Lithium Chile says divestment order satisfied as Chengze sells to Toronto firm",
        date="2023-02-17", outlet="Westcoast Resource Daily", author="Priya Raman", distractor=False,
        blocks=[
            ("p", "CALGARY - Lithium Chile Inc., one of three Canadian miners hit by Ottawa's order blocking "
                  "Chinese investment in critical minerals, says the order has been satisfied."),
            ("p", "Chengze Lithium International, which had built up a 19.4 percent stake and was one of the "
                  "company's largest shareholders, sold its shares to Gator Capital Ltd., a Toronto-based "
                  "investment consulting and asset management firm. The sale was worth about $34.5 million, or 91 "
                  "cents per share."),
            ("h", "'An incredible shareholder'"),
            ("p", "\"The order has been satisfied,\" chief operating officer Michelle DeCecco said in an emailed "
                  "statement on Thursday. \"While we regret the situation has resulted in us losing an "
                  "incredible shareholder with a valued expertise in lithium brine, we welcome a shareholder who "
                  "clearly sees the value of our company, paying a premium to market for our shares.\""),
            ("h", "The other two"),
            ("p", "Sinomine Rare Metals Resources agreed in December to sell its Power Metals holding to "
                  "Australia's Winsome Resources for C$2 million. Ultra Lithium has not announced a buyer for the "
                  "shares held by Zangge Mining Investment (Chengdu)."),
            ("p", "Chengze had invested in Lithium Chile through private placements in January and May 2022. "
                  "Lithium Chile's lithium brine assets are in Chile and Argentina."),
        ]),
    dict(
        slug="ZG-junior-miners-forum-divestment-orders-thread", fmt="html", shape="forum", story="C",
        title="Thread: Status of the three Chinese divestment orders (PWM / LITH / ULT)?",
        date="2023-03-09", outlet="JuniorMiners Board", author="", distractor=False,
        blocks=[
            ("post", "caselake_bull", "08:14",
             "Trying to keep track. Ottawa ordered three Chinese holders out in November. Where do they stand?"),
            ("post", "brine_and_rock", "08:40",
             "LITH is done: Chengze sold its 19.4% to Gator Capital at 91 cents, and the company said in February "
             "the order has been satisfied."),
            ("post", "caselake_bull", "08:52",
             "PWM? I still see Sinomine on an old shareholder list."),
            ("post", "brine_and_rock", "09:05",
             "Old list. Winsome Resources agreed in December to buy Sinomine's 7.5m shares and 7.5m warrants for "
             "C$2 million and took over the Case Lake offtake rights."),
            ("post", "tsxv_lurker", "09:31",
             "ULT is the odd one out. Zangge got the order, the Laguna Verde deal with Zangge was terminated, and "
             "I have not seen anything on who takes Zangge's shares."),
            ("post", "caselake_bull", "09:44",
             "Could they appeal?"),
            ("post", "tsxv_lurker", "10:02",
             "Ultra said it was assessing legal options back in November. Orders under the Investment Canada Act "
             "are a cabinet decision; I'm not aware of any court challenge being filed by any of the three."),
            ("post", "brine_and_rock", "10:15",
             "Worth remembering the orders came days after Ottawa tightened its policy on state-owned investors in "
             "critical minerals. Small stakes, but a big signal to anyone planning a placement in a junior."),
        ]),
    dict(
        slug="ZG-ultra-lithium-yahua-joint-venture-may-2022", fmt="txt", shape="news", story="C",
        title="Ultra Lithium closes sale of 60 percent of Ontario lithium properties to China's Yahua",
        date="2022-05-10", outlet="Westcoast Resource Daily", author="Priya Raman", distractor=True,
        blocks=[
            ("p", "VANCOUVER - Ultra Lithium Inc. has closed the sale of a 60 percent interest in its Georgia "
                  "Lake and Forgan Lake lithium properties in northern Ontario to Yahua International Investment "
                  "and Development Co., Ltd., and formed a joint venture with the Chinese group."),
            ("h", "The terms"),
            ("p", "Under the purchase, sale and joint venture agreement announced in April 2020, Yahua invests "
                  "C$8 million: C$5 million for 60 percent of the subsidiary that holds the Ontario properties, "
                  "paid in instalments, and C$3 million for exploration by the joint venture company. Ultra "
                  "Lithium keeps 40 percent."),
            ("p", "Yahua also agreed in 2020 to make a C$5 million strategic investment in Ultra Lithium shares "
                  "at 23.5 cents each."),
            ("h", "Who is Yahua"),
            ("p", "Founded in 1952, Yahua Group is listed in Shenzhen and has two main businesses, lithium and "
                  "civil explosives. It has more than 70 subsidiaries in China, Hong Kong, New Zealand, Australia "
                  "and other countries."),
            ("p", "The Georgia Lake and Forgan Lake properties are hard-rock spodumene projects. Ultra Lithium "
                  "chief executive Weiguo Lang has called the partnership strategic, giving the company a partner "
                  "that is one of the major producers and suppliers of lithium products. Ultra Lithium also holds "
                  "brine lithium properties in Argentina and copper and gold rights there."),
        ]),
    dict(
        slug="ZG-power-metals-maiden-cesium-resource-jun-2025", fmt="md", shape="news", story="C",
        title="Power Metals puts a number on Case Lake cesium",
        date="2025-06-09", outlet="Prairie & Shield Mining Journal", author="Ryan Okafor", distractor=True,
        blocks=[
            ("p", "COCHRANE, Ont. - Vancouver-based Power Metals Corp. is promoting its Case Lake project as a "
                  "globally significant source of cesium after publishing its first mineral resource estimate."),
            ("h", "The estimate"),
            ("li", ["A maiden inferred resource, released June 5, of 13,000 tonnes of cesium grading 2.40 percent "
                    "at the West Joe dykes.",
                    "Based on more than 7,200 metres of drilling in 113 holes from programmes in 2018, 2022 and "
                    "2024.",
                    "An additional exploration target of 11,000 to 15,000 tonnes of cesium, with 17 untested "
                    "targets further west."]),
            ("h", "Fourth largest"),
            ("p", "The company says Case Lake is the world's fourth largest cesium resource after the hard-rock "
                  "mines at Tanco in Manitoba, Bikita in Zimbabwe and Sinclair in Western Australia. With "
                  "high-grade intercepts near surface, it sees a potential open-pit mine. The property, about "
                  "80 km east of Cochrane near the Quebec border, also carries lithium and tantalum."),
            ("p", "\"The majority of the pollucite bearing pegmatites remain unconstrained,\" chief executive "
                  "Haydn Daxter said. An inferred resource rests on limited geological evidence; more drilling "
                  "is needed to reach the indicated category."),
            ("p", "Cesium is used in drilling fluids for oil and gas wells and in aerospace, electronics and "
                  "medical applications."),
        ]),
    # ------------------------------------------------------------------ Australia
    dict(
        slug="ZG-chalmers-blocks-yuxiao-northern-minerals-feb-2023", fmt="txt", shape="news", story="A",
        title="Canberra blocks Chinese-linked fund from raising stake in rare earths miner",
        date="2023-02-28", outlet="Pilbara & Kimberley Resources News", author="Tom Hartigan", distractor=False,
        blocks=[
            ("p", "PERTH - Northern Minerals said on Tuesday that the federal government has stopped its largest "
                  "shareholder, the Singapore-registered Yuxiao Fund, from increasing its investment in the heavy "
                  "rare earths company on national interest grounds."),
            ("p", "Yuxiao Fund applied to the Foreign Investment Review Board (FIRB) in August to lift its "
                  "holding to 19.9 percent from 9.92 percent. A government register shows Treasurer Jim Chalmers "
                  "signed a prohibition order on February 15."),
            ("h", "First such decision"),
            ("p", "Industry sources said it was the first decision to block a Chinese investment since Chalmers "
                  "said in a November speech that Australia would be more selective about who invests in its "
                  "critical minerals industry."),
            ("p", "The fund is an investment vehicle of a Chinese national who also owns miners in "
                  "Mozambique, executive chairman Nick Curtis said. \"There is a special category of assets for "
                  "any government to protect its national interest,\" Curtis said, adding that the investor had "
                  "invested for financial reasons, not to supply China, and had voted for an exclusive supply "
                  "deal with Iluka Resources."),
            ("h", "Dysprosium"),
            ("p", "Northern Minerals wants to become the first significant producer of dysprosium outside China "
                  "from its Browns Range project in Western Australia. Dysprosium is used in magnets for electric "
                  "vehicles. The Treasurer's office declined to comment."),
        ]),
    dict(
        slug="ZG-chalmers-orders-northern-minerals-sell-down-jun-2024", fmt="md", shape="news", story="A",
        title="Chalmers orders five China-linked investors to sell Northern Minerals shares",
        date="2024-06-03", outlet="Pilbara & Kimberley Resources News", author="Tom Hartigan", distractor=False,
        blocks=[
            ("p", "CANBERRA - Treasurer Jim Chalmers has ordered five China-linked shareholders to sell down "
                  "their stakes in rare earths developer Northern Minerals, his first divestment order in more "
                  "than two years in the job."),
            ("h", "Who must sell"),
            ("li", ["Yuxiao Fund, the Singapore vehicle said to be controlled by Chinese businessman Wu Tao: 80 "
                    "million shares bought on September 6 last year.",
                    "Black Stone Resources, registered in the British Virgin Islands: 166.7 million shares bought "
                    "the same day.",
                    "Indian Ocean International Shipping and Service Company, based in the United Arab Emirates: "
                    "165 million shares bought between May 2022 and March 2023.",
                    "China-based Ximei Liu (100 million shares) and Singapore-based Xi Wang (101.9 million)."]),
            ("p", "In all, about 613.6 million shares, or 10.4 percent of the company, must go. The orders, "
                  "signed on Sunday on advice from FIRB, give the holders 60 days."),
            ("p", "\"The decision, based on advice from the Foreign Investment Review Board, is designed to protect "
                  "our national interest and ensure compliance with our foreign investment framework,\" a "
                  "spokesperson for Chalmers said."),
            ("p", "Northern Minerals had asked FIRB last year to investigate whether the fund was covertly "
                  "building its stake in breach of the 2023 ban. Chairman Nick Curtis, who pushed for that "
                  "probe, left the board last week."),
        ]),
    dict(
        slug="ZG-firb-disposal-orders-explainer-jun-2024", fmt="html", shape="explainer", story="A",
        title="Explainer: How Australia forces foreign investors to sell, and what Northern Minerals shows",
        date="2024-06-12", outlet="Southern Cross Policy Review", author="Dr. Hannah Liew", distractor=False,
        blocks=[
            ("p", "The June 3 orders on Northern Minerals are a rare use of the Treasurer's power to make a "
                  "foreign investor sell. How does it work?"),
            ("h", "What is a disposal order?"),
            ("p", "Under the Foreign Acquisitions and Takeovers Act, the Treasurer can order a foreign person to "
                  "dispose of an interest acquired contrary to the national interest or in breach of the Act. "
                  "FIRB advises; the Treasurer decides."),
            ("h", "How is it different from the 2023 order?"),
            ("p", "In February 2023 the Treasurer issued a prohibition order, which stopped Yuxiao Fund buying "
                  "more; it capped the fund's stake rather than forcing a sale. The 2024 disposal orders require "
                  "shares already bought to be sold."),
            ("h", "What if the holders do not sell?"),
            ("p", "If the stock is not sold by the deadline, Treasury can seize the shares and sell them itself. "
                  "Failing to comply is also an offence, and carries the risk of both criminal and civil "
                  "penalties."),
            ("h", "Why rare earths?"),
            ("p", "Browns Range, 145 km south-east of Halls Creek, could produce dysprosium, terbium, neodymium "
                  "and praseodymium for magnets in electric vehicles, wind turbines and defence equipment. It is "
                  "seen as possible feed for Iluka Resources' Eneabba refinery, which has A$1 billion of "
                  "government funding."),
            ("h", "Is this a sanctions list?"),
            ("p", "No. The orders name particular shareholders in one company; there is no general list of "
                  "barred Chinese investors."),
        ]),
    dict(
        slug="ZG-northern-minerals-deadline-passes-sep-2024", fmt="txt", shape="news", story="A",
        title="One Northern Minerals shareholder misses sell-down deadline; Yuxiao exits",
        date="2024-09-03", outlet="Pilbara & Kimberley Resources News", author="Tom Hartigan", distractor=False,
        blocks=[
            ("p", "PERTH - The deadline set by Treasurer Jim Chalmers for five China-linked shareholders to sell "
                  "down in Northern Minerals expired on Monday, and not all of them have complied."),
            ("p", "\"As at the close of business on September 2, Northern Minerals has been advised that a total "
                  "of 448,537,944 of the shares the subject of the orders have been divested, with 165,035,638 "
                  "remaining to be divested,\" the company told the ASX. It understands the holder of the "
                  "remaining shares is trying to sell them. The holder was not named."),
            ("h", "Yuxiao gone, new names on the register"),
            ("p", "Yuxiao Fund, once the largest shareholder, has sold its 500 million shares to Hong Kong-based "
                  "Qogir Trading and no longer holds any stock. Qogir now holds 8.45 percent and Hong Kong Ying "
                  "Tak 8.37 percent; the company said it intends to meet both new substantial holders."),
            ("h", "Enforcement"),
            ("p", "Northern Minerals said it has no role in carrying out the orders; ensuring compliance is a "
                  "matter for FIRB. Chair Adam Handley said a cyber attack on the company the day after the orders "
                  "were announced in June was not related."),
            ("p", "The company, led by chief executive Shane Hartwig, is developing the Browns Range heavy rare "
                  "earths project in Western Australia."),
        ]),
    dict(
        slug="ZG-northern-minerals-investors-still-holding-mar-2025", fmt="md", shape="news", story="A",
        title="China-linked investor still defying Northern Minerals sell-down order",
        date="2025-03-14", outlet="Pilbara & Kimberley Resources News", author="Tom Hartigan", distractor=False,
        blocks=[
            ("p", "PERTH - Six months after the deadline, shares covered by Treasurer Jim Chalmers' divestment "
                  "order are still held, Northern Minerals disclosed in its half-year report on Friday."),
            ("h", "The numbers"),
            ("li", ["The June 2024 orders required five China-linked holders to sell 613.6 million shares, or 10.4 "
                    "percent of the company, by September 2.",
                    "When the deadline passed, 165 million shares were still held.",
                    "Barely 20 million of those have since been sold, leaving 146.2 million shares, worth about "
                    "$2.9 million."]),
            ("p", "Northern Minerals did not identify the holder and said enforcement remains a matter for FIRB. "
                  "Non-compliance carries the risk of criminal and civil penalties. There was no immediate "
                  "comment from Chalmers."),
            ("h", "Money needed"),
            ("p", "The same report said the company may need to raise new funds to support Browns Range, 145 km "
                  "south-east of Halls Creek, which could produce praseodymium, dysprosium, neodymium and "
                  "terbium oxides."),
            ("p", "The Albanese government and other Western countries are taking a harder line on Chinese "
                  "investment in minerals seen as important to the energy transition, to limit China's market "
                  "dominance."),
        ]),
    dict(
        slug="ZG-northern-minerals-divestment-complete-apr-2025", fmt="html", shape="news", story="A",
        title="Northern Minerals: all shares under Chalmers' order have now been sold",
        date="2025-04-02", outlet="Goldfields & Rare Earths Weekly", author="Sophie Marr", distractor=False,
        blocks=[
            ("p", "PERTH - The China-linked investors ordered to sell out of Northern Minerals have finally "
                  "complied, the rare earths company said in a market update late last month."),
            ("p", "Northern Minerals said it \"is now able to confirm that those undivested shares have been "
                  "divested ... which means all of the shares subject to the orders have been divested\". The "
                  "update came barely two weeks after the company had disclosed that 146.2 million shares were "
                  "still held. The remaining shares are understood to have been held by a single shareholder."),
            ("h", "Seven months late"),
            ("p", "Treasurer Jim Chalmers ordered five entities in June 2024 to sell 613.6 million shares, 10.4 "
                  "percent of the company, by September 2 that year. Treasury had warned in September that it "
                  "would act against the unnamed holders if the shares were not sold quickly."),
            ("p", "The company has said throughout that enforcement was a matter for the Foreign Investment "
                  "Review Board."),
            ("h", "Browns Range"),
            ("p", "Northern Minerals is developing the Browns Range heavy rare earths project in the east "
                  "Kimberley, seen as a key part of Australia's future critical minerals supply chain."),
        ]),
    dict(
        slug="ZG-northern-minerals-agm-deferral-court-nov-2025", fmt="txt", shape="court", story="A",
        title="Court filing summary: Northern Minerals asks NSW Supreme Court to defer AGM over foreign ownership referral",
        date="2025-11-21", outlet="ASX Filings Digest", author="Digest staff", distractor=False,
        blocks=[
            ("p", "SYDNEY - Northern Minerals Limited (ASX: NTU) said on Friday it is commencing proceedings in the "
                  "Supreme Court of New South Wales to defer its 2025 annual general meeting, which had been "
                  "scheduled for Thursday, November 27."),
            ("h", "Why"),
            ("p", "A review of the company's share register indicated possible breaches of foreign acquisition "
                  "rules. The company has referred potential beneficial ownership issues to the Foreign "
                  "Investment Division of the Department of the Treasury (FIRB), and says FIRB's consideration may "
                  "not be complete by the statutory deadline for holding the AGM."),
            ("h", "Orders at issue"),
            ("li", ["A disposal order dated June 2, 2024 that required five shareholders, including Yuxiao Fund "
                    "Pte Ltd and Indian Ocean International Shipping and Service Company, to divest 613,573,632 "
                    "shares.",
                    "A prohibition order of February 15, 2023 that barred Yuxiao from acquiring a further 9.92 "
                    "percent, capping its stake at 9.98 percent."]),
            ("p", "The company stressed that no findings of any breach have been made."),
            ("h", "Company comment"),
            ("p", "Executive chair Adam Handley said the deferral reflects the company's commitment to "
                  "transparency and compliance. The matters are important given the project finance opportunity "
                  "the company announced on October 21, 2025."),
        ]),
    dict(
        slug="ZG-rare-earths-blog-northern-minerals-lessons-dec-2025", fmt="html", shape="blog", story="A",
        title="Five lessons from the Northern Minerals saga (and why it is not over)",
        date="2025-12-08", outlet="The Critical Minerals Ledger (blog)", author="Greg Pattison", distractor=False,
        blocks=[
            ("p", "Three years, two orders, one court application. Here is what investors should take from "
                  "Canberra's longest-running fight over a Chinese-linked register."),
            ("h", "1. Prohibition first, disposal later"),
            ("p", "The February 2023 prohibition order kept Yuxiao Fund below 10 percent. When stakes built up "
                  "through associates, the June 2024 disposal orders made five holders sell 10.4 percent."),
            ("h", "2. Deadlines slip"),
            ("p", "The September 2024 deadline was missed by one holder; the last shares were sold only in "
                  "March 2025."),
            ("h", "3. The register keeps changing"),
            ("p", "Yuxiao sold to Qogir Trading, and new Hong Kong holders appeared within weeks."),
            ("h", "4. It is not closed"),
            ("p", "In November 2025 the company referred possible new breaches of foreign acquisition rules to "
                  "FIRB and went to the NSW Supreme Court to push back its AGM. Anyone who thinks the case ended "
                  "with the March sale is out of date."),
            ("h", "5. No list to check"),
            ("p", "These are orders against named holders in one company, not a sanctions list."),
            ("p", "Our view: watch FIRB, not the share price."),
            ("comment", "perth_retail", "December 8, 2025",
             "Good summary. Has FIRB said anything about the new referral yet?"),
            ("comment", "Greg Pattison", "December 8, 2025",
             "Nothing public so far. The company said no findings have been made."),
        ]),
    dict(
        slug="ZG-global-lithium-board-fight-feb-2025", fmt="md", shape="news", story="A",
        title="Global Lithium chair quits after board fight with China-linked shareholders",
        date="2025-02-14", outlet="Goldfields & Rare Earths Weekly", author="Sophie Marr", distractor=True,
        blocks=[
            ("p", "PERTH - Global Lithium Resources executive chair Ron Mitchell resigned on Thursday after losing "
                  "a months-long battle with a group of China-linked shareholders, as Treasury watches one of the "
                  "country's larger critical minerals companies."),
            ("h", "The fight"),
            ("p", "The board under Mitchell argued that shareholders owning 30 to 40 percent of the company were "
                  "working together to take control of the board, and with it effective control of the Manna "
                  "lithium project near Kalgoorlie. It appealed to the Foreign Investment Review Board and the "
                  "Takeovers Panel."),
            ("p", "The Takeovers Panel declined to intervene, finding the shareholders' actions could be "
                  "explained as activism. FIRB has yet to rule."),
            ("h", "New board"),
            ("p", "After Mitchell's exit and director Matthew Allen's withdrawal from the election, the board "
                  "will consist of three directors of Chinese descent, including incumbent Dianmin Chen and "
                  "David Sun, who have held senior roles at Chinese-owned miners, and incoming director Leon Zhu, "
                  "a Perth property developer who has bought more than $10 million of shares."),
            ("p", "Treasurer Jim Chalmers and senior Treasury officials are understood to be watching, and "
                  "Chalmers would not hesitate to act to protect the national interest, people familiar with "
                  "his thinking said. Zhu said there was no foreign takeover."),
        ]),
]

DISTRACTOR_FILES = {a["slug"] + "." + a["fmt"] for a in ARTICLES if a["distractor"]}


def filename(a):
    return a["slug"] + "." + a["fmt"]
