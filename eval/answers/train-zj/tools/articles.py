"""Article texts and metadata for blind set qa-ZJ (answers-zj).

Each article: file, fmt (md/html/txt), shape, title, date (ISO), outlet, byline, slug, distractor flag,
and content. Content forms:
  sections: list of (heading or None, [items]); an item is a paragraph string or ("ul"|"ol", [strings])
  faq:      list of (question, answer)
  posts:    list of (user, time, text)           (forum)
  comments: list of (name, text)                  (html news / blog / faq)
Outlets, bylines, URLs, forum users and commenters are invented colour; facts are dated to each article.
"""

ARTICLES = []


def add(**kw):
    kw.setdefault("distractor", False)
    kw.setdefault("sections", [])
    kw.setdefault("faq", [])
    kw.setdefault("posts", [])
    kw.setdefault("comments", [])
    kw.setdefault("teaser", "")
    ARTICLES.append(kw)


# ---------------------------------------------------------------- Italy: UniCredit / Banco BPM golden power

add(file="ZJ-unicredit-launches-banco-bpm-offer-nov-2024.txt", fmt="txt", shape="news",
    title="UniCredit bids about 10 billion euros for Banco BPM in all-share offer",
    date="2024-11-26", outlet="Piazza Affari Wire", byline="By Chiara Ventimiglia",
    slug="unicredit-banco-bpm-exchange-offer",
    sections=[
        (None, [
            "MILAN - UniCredit on Monday launched a voluntary public exchange offer for all of the ordinary shares "
            "of Banco BPM, putting a value of about 10.1 billion euros on Italy's third-largest bank and opening a "
            "new front in the country's banking consolidation.",
        ]),
        ("THE TERMS", [
            "The bank led by Andrea Orcel is offering 0.175 newly issued UniCredit shares for each Banco BPM share. "
            "That implies 6.657 euros per share, a premium of only about 0.5 percent on the official prices of "
            "November 22, the last trading day before the announcement.",
            "A capital increase of up to 13.9 percent to serve the offer will be put to an extraordinary meeting of "
            "UniCredit shareholders. The offer document is to be filed with the market regulator Consob within 20 "
            "calendar days, and UniCredit expects to complete the deal by June 2025.",
        ]),
        ("ANIMA AND THE APPROVALS", [
            "The bid assumes that Banco BPM's own offer for the asset manager Anima Holding goes ahead on its "
            "current terms. UniCredit needs clearance from the European Central Bank and the Bank of Italy, and the "
            "deal must also be notified to the government under Italy's golden power rules, which let Rome block or "
            "set conditions on transactions in strategic sectors, banking included.",
            "UniCredit said the offer was autonomous and independent from its investment in Germany's Commerzbank. "
            "Banco BPM had not commented by Monday evening.",
        ]),
    ],
    teaser="Our tip: how Italy's golden power screening works, in five questions.")

add(file="ZJ-rome-attaches-golden-power-conditions-unicredit-apr-2025.md", fmt="md", shape="news",
    title="Rome clears UniCredit's Banco BPM bid with golden power conditions, including a Russia exit",
    date="2025-04-23", outlet="Eurobank Monitor", byline="Marco Ferlini, Rome",
    slug="unicredit-golden-power-conditions-russia",
    sections=[
        (None, [
            "Italy's government has authorised UniCredit's exchange offer for Banco BPM under its golden power "
            "rules, but only with binding prescriptions. The decree of the Prime Minister's office, dated April 18, "
            "imposes four conditions on the bid:",
            ("ul", [
                "not to reduce, for five years, the loan-to-deposit ratio of Banco BPM and UniCredit in Italy, with "
                "the aim of increasing lending to households and small businesses;",
                "to maintain the current level of the project finance portfolio;",
                "to maintain the current weight of Anima's investments in securities of Italian issuers;",
                "to cease all activities in Russia - deposit-taking, lending, placement of funds and cross-border "
                "loans - within nine months, by January 18, 2026.",
            ]),
        ]),
        ("Why Russia", [
            "The decree says strict measures are needed to avoid \"even the slightest risk\" that savings collected "
            "by Banco BPM benefit the Russian economic system, which poses clear risks to national security. It "
            "says UniCredit lacks full control of its Russian unit, AO UniCredit Bank: Russian law bars it from "
            "sharing customer information.",
        ]),
        ("UniCredit's response", [
            "UniCredit said on Tuesday that the prescriptions could impair its freedom to take prudent decisions and "
            "that it could take no decision on the offer until the concerns it raised with the government were "
            "addressed. It noted that its presence in Russia had already been cut by about 90 percent in three "
            "years and called the use of special powers in a domestic deal between two Italian banks \"not "
            "common\". The European Commission is also looking at the decree.",
        ]),
    ],
    teaser="More from Eurobank Monitor: the ECB's timetable for Western banks still in Russia.")

add(file="ZJ-golden-power-decree-russia-exit-explainer-may-2025.html", fmt="html", shape="faq",
    title="Golden power and the UniCredit bid: what Rome's decree actually says",
    date="2025-05-06", outlet="Il Quadrante Finanza", byline="Explainer desk",
    slug="golden-power-unicredit-decree-faq",
    faq=[
        ("What is the golden power?",
         "A set of special powers under Decree-Law 21/2012, widened in 2021 and 2022, that lets the Prime "
         "Minister's office, Palazzo Chigi, block, authorise or attach conditions to deals in strategic sectors "
         "such as defence, energy, telecommunications and, since the extensions, banking."),
        ("Why was it used on a deal between two Italian banks?",
         "The April 18 decree points to UniCredit's \"transnational nature\", in its shareholders and in the "
         "location of its business, and above all to its Russian subsidiary AO UniCredit Bank. It cites the "
         "ECB's own restrictions on deposits, lending and payments to and from Russia."),
        ("What exactly must UniCredit do in Russia?",
         "Cease deposit-taking, lending, fund placement and cross-border loans within nine months of the decree, "
         "that is by January 18, 2026. UniCredit had promised to end retail business there, but not its "
         "corporate business, by mid-2026."),
        ("Which other conditions are there?",
         "A five-year floor on the loan-to-deposit ratio in Italy, an unchanged project finance portfolio and an "
         "unchanged weight of Italian securities in Anima's portfolios."),
        ("Can UniCredit contest it?",
         "The decree allows a request for reconsideration and for the bank to report at once if it cannot comply. "
         "Lawyers point out that an appeal to the regional administrative court of Lazio is also open."),
    ],
    comments=[
        ("Giulia R.", "Nine months to leave Russia sounds tidy on paper. Does Moscow have to agree?"),
        ("ex-banker", "The FAQ is clear, thanks. Curious what Brussels will make of a Russia clause from Rome."),
    ])

add(file="ZJ-tar-lazio-partly-annuls-golden-power-decree-jul-2025.txt", fmt="txt", shape="court",
    title="Case note: TAR Lazio partly annuls the golden power decree on UniCredit's Banco BPM offer",
    date="2025-07-14", outlet="Italian Public Law Digest", byline="Case note by Avv. Paola Serravalle",
    slug="tar-lazio-unicredit-golden-power",
    sections=[
        (None, [
            "ROME - The Regional Administrative Court for Lazio (First Section) has partly upheld UniCredit's "
            "challenge to the decree of the President of the Council of Ministers of April 18, 2025, which set "
            "golden power prescriptions on its exchange offer for Banco BPM. The 71-page judgment was published on "
            "July 12, 2025. Banco BPM appeared as counterparty.",
        ]),
        ("THE RULING", [
            "The court annulled the decree \"within the limits of points 14.1.5 and 14.2\" of its reasoning, "
            "\"subject to renewed exercise of the power by the competent authority\". Two of the four "
            "prescriptions fell:",
            ("ul", [
                "the duty not to reduce the loan-to-deposit ratio for five years, but only as to its duration: it "
                "was \"unreasonable to assume that setting a five-year deadline is proportionate\" to the "
                "national security risk;",
                "the duty to maintain the level of the project finance portfolio, imposed without a time limit, "
                "which the court saw as direct state intervention in the bank's business.",
            ]),
            "The obligation to exit Russia and the condition on Anima's Italian investments were upheld.",
        ]),
        ("REACTIONS", [
            "UniCredit welcomed what it called a historic decision, the first time the TAR has upheld an appeal of "
            "this kind against the golden power, and said a new decree was required. The government, the Ministry "
            "of Economy and Banco BPM also declared themselves satisfied, saying the judgment largely confirms the "
            "decree's framework. The offer is due to expire on July 23; an appeal to the Council of State remains "
            "possible.",
        ]),
    ],
    teaser="(c) 2025 Italian Public Law Digest. Case summary for information only; not legal advice.")

add(file="ZJ-brussels-says-italy-broke-merger-rules-jul-2025.md", fmt="md", shape="news",
    title="Brussels tells Rome its golden power decree on UniCredit broke EU merger rules",
    date="2025-07-16", outlet="Eurobank Monitor", byline="Sophie Maertens, Brussels",
    slug="commission-article-21-golden-power-unicredit",
    sections=[
        (None, [
            "The European Commission has sent Italy a 55-page letter setting out its preliminary conclusion that "
            "Rome violated Article 21 of the EU Merger Regulation when it attached golden power conditions to "
            "UniCredit's bid for Banco BPM. The letter was first reported by La Repubblica.",
        ]),
        ("What Brussels objects to", [
            ("ul", [
                "the decree was adopted without the prior communication to the Commission that Article 21 requires;",
                "two of the four conditions are contrary to the free movement of capital, and Italy did not show "
                "they were justified;",
                "the condition on Anima's investments overlaps with the Commission's own merger review, which "
                "cleared the deal on June 19 after UniCredit agreed to sell 209 branches;",
                "the nine-month Russia wind-down clashes with the ECB's exclusive supervision of significant banks.",
            ]),
            "\"Public security may only be invoked in the case of a genuine and sufficiently serious threat to a "
            "fundamental interest of society,\" the letter says.",
        ]),
        ("What happens next", [
            "Italy has 20 working days to submit its observations. If the preliminary conclusion is confirmed, the "
            "Commission could adopt a decision ordering Italy to revoke the decree without delay. The file is "
            "handled by Executive Vice-President Teresa Ribera. The government has not commented; opposition "
            "parties want Economy Minister Giancarlo Giorgetti to report to parliament.",
        ]),
    ],
    teaser="More from Eurobank Monitor: the Article 21 cases that came before.")

add(file="ZJ-unicredit-withdraws-banco-bpm-bid-jul-2025.html", fmt="html", shape="news",
    title="UniCredit withdraws its Banco BPM offer, blaming the golden power",
    date="2025-07-23", outlet="Il Quadrante Finanza", byline="Luca Andreoli",
    slug="unicredit-withdraws-banco-bpm-offer",
    sections=[
        (None, [
            "UniCredit has withdrawn its exchange offer for Banco BPM. In a statement late on Tuesday, July 22, the "
            "board said it was withdrawing \"as the condition relating to the golden power authorization is not "
            "satisfied\" and called the outcome a missed opportunity for BPM's shareholders and for Italian business.",
            "Earlier the same day Consob had suspended the offer for 30 days because of the uncertainty around it. "
            "Only about 0.5 percent of Banco BPM's shares had been tendered.",
        ]),
        ("Why now", [
            "UniCredit said it welcomed the \"significant progress\" made with the TAR, the Commission's DG Comp and "
            "the government, but that the time needed for a definitive resolution of the golden power question went "
            "well beyond the expiry of its offer and of the Consob suspension. It accused BPM's management of "
            "depriving shareholders of the dialogue that normally happens during an offer period.",
            "\"The continued uncertainty on the application of the golden power prescriptions does not benefit "
            "either,\" chief executive Andrea Orcel said. Chairman Pietro Carlo Padoan said the derailed offer "
            "process and continued uncertainty had made the situation untenable.",
        ]),
        ("What it means for BPM", [
            "With the offer gone, Banco BPM is freed from the passivity rule and can pursue its own deals. The "
            "government had been accused of favouring a third banking group built around Banco BPM and Monte dei "
            "Paschi di Siena.",
        ]),
    ],
    comments=[
        ("Marco T.", "Nobody tendered anyway. Half a percent says it all."),
        ("Anna", "So does the Russia deadline still apply to UniCredit now that there is no deal?"),
    ])

add(file="ZJ-unicredit-appeals-to-council-of-state-nov-2025.txt", fmt="txt", shape="news",
    title="UniCredit takes its golden power fight to the Council of State",
    date="2025-11-12", outlet="Piazza Affari Wire", byline="By Chiara Ventimiglia",
    slug="unicredit-council-of-state-appeal",
    sections=[
        (None, [
            "MILAN - UniCredit has lodged an appeal with the Council of State, Italy's highest administrative court, "
            "against the TAR Lazio judgment of July 12 on the golden power decree that hobbled its bid for Banco "
            "BPM, people familiar with the matter said on Tuesday. The 60-day window to challenge the ruling closed "
            "on Wednesday, November 12.",
        ]),
        ("WHY APPEAL A BID THAT IS DEAD", [
            "The offer was withdrawn in July, but the bank wants \"full clarity\" on all the prescriptions, sources "
            "said. The TAR struck down two of the four conditions and left the others standing, above all the one on "
            "Russia. UniCredit's position is that only Moscow can decide the timing and manner of its exit, and that "
            "the bank cannot constitute a danger to national security. The appeal, the sources stressed, is not "
            "meant as a move against the government.",
            "The decision was discussed at an extraordinary board meeting on Sunday attended by the bank's lawyers "
            "Fabio Cintioli and Roberto Cappelli. UniCredit declined to comment.",
        ]),
        ("REACTIONS", [
            "\"It is up to individual companies to decide how to protect their interests,\" said Marco Osnato, who "
            "chairs the finance committee of the Chamber of Deputies. Economy undersecretary Federico Freni took a "
            "similar line. The European Commission is expected to decide shortly whether to open an infringement "
            "procedure against Italy over the golden power.",
        ]),
    ],
    teaser="Our tip: the timeline of the UniCredit-Banco BPM saga, from November 2024 to today.")

add(file="ZJ-commission-opens-golden-power-infringement-nov-2025.md", fmt="md", shape="press",
    title="Commission opens infringement procedure against Italy over golden power powers on banks",
    date="2025-11-21", outlet="EU Policy Brief", byline="Summary of the Commission's announcement",
    slug="infringement-italy-golden-power-banks",
    sections=[
        (None, [
            "The European Commission decided on November 21 to open an infringement procedure against Italy by "
            "sending a letter of formal notice, reference INFR(2025)2152, over the special powers known as the "
            "golden power as they apply to banks.",
        ]),
        ("The legal grounds", [
            ("ul", [
                "failure to comply with the Single Supervisory Mechanism Regulation;",
                "failure to comply with the Capital Requirements Directive;",
                "Articles 49 and 63 of the Treaty on the Functioning of the EU (freedom of establishment and free "
                "movement of capital).",
            ]),
            "The Commission says the Italian law, as applied, risks allowing unjustified interventions on economic "
            "grounds and overlaps with the exclusive competences of the European Central Bank under the Single "
            "Supervisory Mechanism.",
        ]),
        ("Next steps and reactions", [
            "Italy has two months to reply. If the answer is unsatisfactory the Commission can send a reasoned "
            "opinion and, ultimately, refer the case to the Court of Justice. Spokesperson Arianna Podestà said the "
            "procedure is \"not aimed at any specific case\", although it follows the government's use of the golden "
            "power on UniCredit's withdrawn bid for Banco BPM.",
            "Economy Minister Giancarlo Giorgetti noted the rule was reformed in 2022 under the Draghi government "
            "and said Italy would make \"a regulatory proposal that will bring clarity and overcome the "
            "objections\".",
        ]),
    ],
    teaser="More from EU Policy Brief: this month's infringement package at a glance.")

add(file="ZJ-golden-power-after-unicredit-blog-jan-2026.html", fmt="html", shape="blog",
    title="Golden power after UniCredit: three things the Banco BPM saga settled, and one it did not",
    date="2026-01-20", outlet="Capital & Sovereignty (blog)", byline="Posted by Elena Marchetti",
    slug="golden-power-after-unicredit-three-lessons",
    sections=[
        (None, [
            "Fourteen months after UniCredit announced its offer for Banco BPM, the bid is long gone but the legal "
            "questions it raised are not. Three points look settled.",
            ("ol", [
                "A court can trim a golden power decree. In July 2025 the TAR Lazio annulled two of the four "
                "prescriptions - the five-year loan-to-deposit floor, as to its length, and the frozen project "
                "finance book - while keeping the Russia exit and the Anima condition.",
                "Brussels treats bank deals as ECB territory. First came the Commission's preliminary finding in "
                "July under Article 21 of the Merger Regulation, then the letter of formal notice of November 21. "
                "Rome's two months to answer run out this week.",
                "Withdrawing a bid does not end the litigation. UniCredit's appeal to the Council of State, lodged "
                "in November, is still pending, and the January 18 deadline for leaving Russia passed with no "
                "offer left to attach it to.",
            ]),
        ]),
        ("Our view", [
            "What is not settled is whether the rewrite promised by Giancarlo Giorgetti will satisfy the "
            "Commission. A golden power that cannot touch banks would be a very different tool.",
        ]),
    ],
    comments=[
        ("Paolo V.", "Good summary. The Council of State could still say the Russia clause was fine all along."),
        ("Lena K.", "Point 3 is the one people forget. Litigation outlives deals."),
    ])

# Italy distractors
add(file="ZJ-unicredit-lifts-commerzbank-stake-aug-2025.html", fmt="html", shape="news", distractor=True,
    title="UniCredit lifts Commerzbank stake to about 26%, Berlin rebukes 'unfriendly' move",
    date="2025-08-26", outlet="Il Quadrante Finanza", byline="Luca Andreoli",
    slug="unicredit-commerzbank-26-percent",
    sections=[
        (None, [
            "UniCredit has raised its equity stake in Commerzbank to about 26 percent by converting part of its "
            "synthetic position into shares, cementing its place as the German lender's single largest "
            "shareholder. It said on Monday it would keep converting until its voting rights reach about 29 "
            "percent \"in due course\", and that it would not seek a seat on the supervisory board for now.",
        ]),
        ("Berlin says no", [
            "The German government, the second-largest investor with about 12 percent, repeated its opposition. It "
            "\"rejects UniCredit's renewed uncoordinated and unfriendly action\", a spokeswoman said, adding that "
            "Berlin supports Commerzbank's independence and will not sell its shares.",
            "A 26 percent stake was worth about 10.7 billion euros at Friday's close. Crossing 30 percent would "
            "oblige UniCredit to make an offer to all shareholders under German takeover law, and chief executive "
            "Andrea Orcel has said he may wait until 2027 before deciding on a full bid.",
        ]),
        ("A busy year", [
            "Orcel's attention has been split this year between Germany and a domestic offer for Banco BPM at "
            "home. Analysts say the Commerzbank position is now large enough to shape the German bank's strategy "
            "even without a bid.",
        ]),
    ],
    comments=[
        ("Frank W.", "Creeping control. The 29% number is not an accident."),
        ("Sara", "Would the ECB even object at this point?"),
    ])

add(file="ZJ-credit-agricole-cleared-above-20pct-banco-bpm-jan-2026.md", fmt="md", shape="news", distractor=True,
    title="Credit Agricole gets ECB nod to take Banco BPM stake above 20%",
    date="2026-01-13", outlet="Eurobank Monitor", byline="Sophie Maertens",
    slug="credit-agricole-banco-bpm-20-percent",
    sections=[
        (None, [
            "France's Credit Agricole said on Monday that the European Central Bank had authorised it, in a "
            "decision notified on January 9, to cross the 20 percent threshold in Banco BPM. By taking physical "
            "delivery of shares underlying a 0.3 percent derivatives position it will hold 20.1 percent of the "
            "Italian bank.",
        ]),
        ("No control, says Paris", [
            ("ul", [
                "Credit Agricole says it does not intend to acquire or exercise control over Banco BPM and will "
                "stay below the mandatory offer threshold;",
                "the stake will be accounted for under the equity method, with a one-off hit of about 600 million "
                "euros in the fourth quarter;",
                "the overall effect on 2025 results is expected to be positive, at around 200 million euros.",
            ]),
            "Italian media reported that the ECB's approval came with governance conditions limiting the French "
            "group's board representatives. Corriere della Sera said the stake could rise in two steps, to 24.9 "
            "percent and then 29.9 percent.",
        ]),
        ("Options for BPM", [
            "Credit Agricole, Banco BPM's largest shareholder and long-standing commercial partner, has worked "
            "with advisers on combining its Italian arm with the bank, Reuters reported in September.",
        ]),
    ],
    teaser="More from Eurobank Monitor: who owns Italy's mid-sized banks now.")

# ---------------------------------------------------------------- Australia: Darwin port / Landbridge

add(file="ZJ-defence-review-darwin-port-no-grounds-dec-2021.txt", fmt="txt", shape="news",
    title="Defence review finds no security grounds to overturn Darwin port lease",
    date="2021-12-29", outlet="Top End Courier", byline="By Mick Dunstan",
    slug="defence-review-darwin-port-lease",
    sections=[
        (None, [
            "DARWIN - A Defence Department review has found no national security grounds sufficient to recommend "
            "that the federal government intervene to overturn the 99-year lease of the Port of Darwin to Chinese "
            "company Landbridge, according to reports on Tuesday.",
        ]),
        ("WHAT THE REVIEW FOUND", [
            "The review was commissioned by the National Security Committee of Cabinet and confirmed by Defence "
            "Minister Peter Dutton in May. The committee has considered it, and with no formal recommendation from "
            "Defence for an intervention it has taken no action so far. The government says it is still reviewing "
            "the matter, and the findings have not been published.",
            "In April Prime Minister Scott Morrison said he would act if advice from Defence or the security "
            "agencies changed their view of the national security implications of any critical infrastructure.",
        ]),
        ("A 2015 DEAL", [
            "The Northern Territory government leased the port to Landbridge in 2015 in a deal worth $506 million. "
            "The Opposition's defence spokesman Brendan O'Connor said: \"Australians know this foreign "
            "privatisation deal should never have happened on Mr Morrison's watch.\" He warned that if the "
            "government acted beyond Defence's advice, the costs and fallout would be on the prime minister's lap.",
        ]),
    ],
    teaser="Our tip: a map of who runs which wharf in Darwin harbour.")

add(file="ZJ-darwin-port-lease-explainer-aug-2022.md", fmt="md", shape="explainer",
    title="Explainer: why the Darwin port lease keeps coming back",
    date="2022-08-24", outlet="Northern Policy Review", byline="Hannah Cole",
    slug="darwin-port-lease-explainer",
    sections=[
        (None, [
            "Prime Minister Anthony Albanese said on Monday that he had asked for advice on the lease of the Port of "
            "Darwin to Landbridge and that \"when we receive it, we of course will make it public\". He recalled "
            "that Labor opposed the deal in 2015, when he was the shadow infrastructure minister.",
        ]),
        ("What was leased", [
            "The Northern Territory government leased the port to Landbridge for 99 years for $506 million. The "
            "leased area includes:",
            ("ul", [
                "East Arm Wharf and the land and waters next to it;",
                "the Darwin Marine Supply Base;",
                "Fort Hill Wharf, used by cruise ships and Defence vessels;",
                "the bulk fuel terminal leased to Vopak.",
            ]),
            "Stokes Hill Wharf and Fisherman's Wharf stayed with the Territory. Landbridge committed to invest $35 "
            "million in the first five years and $200 million within 25 years.",
        ]),
        ("Why Canberra got involved", [
            "The deal did not need federal approval. US President Barack Obama chided Prime Minister Malcolm "
            "Turnbull for not giving Washington a heads-up, and Scott Morrison, then Treasurer, made sales of state "
            "and territory assets subject to Foreign Investment Review Board scrutiny. A Defence review in 2021 "
            "found no grounds to overturn the lease, but Defence has refused a Freedom of Information request for "
            "it, withholding ten documents including two 2021 risk assessments.",
        ]),
    ],
    teaser="More from Northern Policy Review: the critical infrastructure law in plain English.")

add(file="ZJ-pmc-review-keeps-landbridge-lease-oct-2023.html", fmt="html", shape="press",
    title="PM&C review: no need to vary or cancel the Darwin port lease",
    date="2023-10-20", outlet="Canberra Agency Watch", byline="Staff summary",
    slug="pmc-review-darwin-port-lease",
    sections=[
        (None, [
            "The Department of the Prime Minister and Cabinet has finalised its review into the circumstances of the "
            "lease of the Port of Darwin to Landbridge Group. The review found that:",
            ("ul", [
                "there is a robust regulatory system in place to manage risks to critical infrastructure, including "
                "the port;",
                "existing monitoring mechanisms are sufficient and will be ongoing;",
                "as a result, it was not necessary to vary or cancel the lease.",
            ]),
            "The government has accepted that advice. The review was run in consultation with Defence, Foreign "
            "Affairs and Trade, the Attorney-General's Department, Home Affairs, the Office of National "
            "Intelligence and ASIO. Among the regulatory tools it lists is the Security of Critical Infrastructure "
            "Act 2018.",
        ]),
        ("Reactions", [
            "Landbridge said it was pleased the review was completed and that the outcome was \"consistent with the "
            "findings of the reviews conducted in both 2015 and 2021\". It said it hoped the result would \"bring "
            "this matter to a close\".",
            "Liberal Senator James Paterson criticised the decision and demanded more transparency. The findings "
            "came weeks before Prime Minister Anthony Albanese's visit to Beijing from November 4 to 7.",
        ]),
    ],
    comments=[
        ("TerritoryTom", "Three reviews, same answer. Can we move on now?"),
        ("K. Nguyen", "A two-paragraph summary is not what was promised in 2022."),
    ])

add(file="ZJ-nt-treasurer-queries-landbridge-finances-nov-2024.txt", fmt="txt", shape="news",
    title="NT government presses Landbridge on finances as Darwin port's future is questioned",
    date="2024-11-27", outlet="Top End Courier", byline="By Mick Dunstan",
    slug="nt-treasurer-landbridge-finances",
    sections=[
        (None, [
            "DARWIN - The Northern Territory government has formally approached Landbridge about the company's "
            "financial obligations tied to the operation of Darwin Port, Treasurer Bill Yan said, amid reports "
            "that the Chinese group is offloading assets in China.",
        ]),
        ("BUYBACK TALK", [
            "Yan said he wanted clarity on Landbridge's financial position and that talks with federal "
            "Infrastructure Minister Catherine King were coming. Federal Solomon MP Luke Gosling has proposed a "
            "public-private partnership using federal money to retake the port.",
            "Prime Minister Anthony Albanese did not rule out a federal role, telling a press conference that "
            "Labor \"wouldn't have sold it in the first place\" and calling it \"our most important port in "
            "northern Australia\".",
        ]),
        ("'NOT FOR SALE'", [
            "Landbridge's non-executive director Terry O'Connor said the Territory's call for Canberra to put money "
            "on the table was a surprise and that neither Landbridge nor Darwin Port had been involved in any "
            "discussions. \"As previously stated, and confirmed by our owner today, the port is not for sale,\" he "
            "said, describing it as a long-term investment that had recorded record operational performance this "
            "year.",
        ]),
    ],
    teaser="Our tip: what a 99-year lease actually lets a port operator do.")

add(file="ZJ-albanese-dutton-pledge-darwin-port-buyback-apr-2025.md", fmt="md", shape="news",
    title="Albanese and Dutton both promise to take Darwin port back from Landbridge",
    date="2025-04-07", outlet="Northern Policy Review", byline="Hannah Cole",
    slug="albanese-dutton-darwin-port-pledge",
    sections=[
        (None, [
            "\"Australia needs to own the Port of Darwin,\" Prime Minister Anthony Albanese declared on Friday, "
            "April 4, calling ABC Radio Darwin after Labor learned the Coalition would make a similar announcement "
            "the next day.",
        ]),
        ("Two pledges", [
            ("ul", [
                "Labor: find a private buyer, preferably through superannuation funds, but \"prepared to go down "
                "the road of taxpayer direct involvement\" if needed;",
                "Coalition: Opposition Leader Peter Dutton said in Darwin on Saturday that a Coalition government "
                "would reclaim the port within six months and use compulsory acquisition if necessary, on \"just "
                "terms\".",
            ]),
            "Both parties now say continued Chinese ownership is not in the national interest. In 2023 Albanese "
            "had accepted his department's review that there was no need to vary or cancel the lease.",
        ]),
        ("Reactions", [
            "Landbridge said it was disappointed to be used as a \"political football\". Northern Territory "
            "Treasurer Bill Yan said the Territory had been blindsided: at a meeting in Canberra on March 6 federal "
            "officials had said they were not considering further action, while the NT was seeking support for a "
            "joint buyback estimated at $1.3 billion. The election is on May 3.",
        ]),
    ],
    teaser="More from Northern Policy Review: the campaign's national security promises, tracked.")

add(file="ZJ-chinese-ambassador-darwin-port-ethically-questionable-may-2025.html", fmt="html", shape="news",
    title="Chinese ambassador calls Darwin port plan 'ethically questionable'",
    date="2025-05-26", outlet="Harbour Lines", byline="Daniel Okafor",
    slug="xiao-qian-darwin-port-ethically-questionable",
    sections=[
        (None, [
            "China's ambassador to Australia, Xiao Qian, has warned the re-elected Albanese government against "
            "taking the Port of Darwin back from Landbridge, describing the plan as \"ethically questionable\".",
            "Xiao visited the port and met Landbridge staff last week and was interviewed in Darwin on May 22 by "
            "the ABC, Xinhua and Phoenix TV. His remarks were published on the embassy's website on Sunday.",
        ]),
        ("'Encouragement, not punishment'", [
            "Xiao said Landbridge won the lease a decade ago through an open bidding process and had turned the port "
            "from losses to profits. \"Such an enterprise and project deserves encouragement, not punishment,\" he "
            "said. \"It is ethically questionable to lease the port when it was unprofitable and then seek to "
            "reclaim it once it becomes profitable.\" He urged Australia to honour its binding commitments under "
            "the contract.",
        ]),
        ("A buyer in the wings?", [
            "The Australian has reported that US private equity firm Cerberus Capital Management is preparing an "
            "offer slightly above the $506 million Landbridge paid, well short of the roughly $1 billion its owner "
            "Ye Cheng would reportedly consider. Security analyst Michael Shoebridge called the ambassador's "
            "intervention a test of whether the Prime Minister would back away from his election commitment.",
        ]),
    ],
    comments=[
        ("Bec", "Swapping one foreign owner for another hardly fixes the problem."),
        ("Northerner", "Profitable now, was it? Then it should fetch a decent price."),
    ])

add(file="ZJ-china-warns-of-measures-over-darwin-port-feb-2026.txt", fmt="txt", shape="news",
    title="China warns it will take 'measures' if Landbridge is forced out of Darwin port",
    date="2026-02-05", outlet="Top End Courier", byline="By Mick Dunstan",
    slug="china-warns-measures-darwin-port",
    sections=[
        (None, [
            "CANBERRA - China's ambassador Xiao Qian has warned that Beijing would be obliged to act if the Albanese "
            "government forces Landbridge to give up its 99-year lease on the Port of Darwin.",
        ]),
        ("'NOT A WAY TO DO BUSINESS'", [
            "Speaking at a rare press conference at the embassy in Canberra this week, held for the Lunar New Year, "
            "Xiao said Canberra, Beijing and the company's owners had discussed the port since the 2025 election. "
            "\"Starting from last year, the Darwin port has stopped losing money and started to make money,\" he "
            "said. \"When you're losing money, you lease it to a foreign company, and when it has started making "
            "money, you want to take it back. That's not a way to do business.\"",
            "\"If anything happens, like the port being taken back by force or forceful measures, then we have an "
            "obligation to take measures to protect the Chinese company's interest,\" he added.",
        ]),
        ("NO DEAL YET", [
            "Landbridge, owned by billionaire Ye Cheng, recorded a $9.6 million profit last financial year, up from "
            "a $37 million loss the year before. Eight months after the election, the government has announced no "
            "deal and no timeline for the forced sale. Albanese has repeated that the port should return to "
            "Australian ownership.",
        ]),
    ],
    teaser="Our tip: China is Australia's largest trading partner - the numbers behind the warning.")

add(file="ZJ-darwin-port-forum-thread-feb-2026.html", fmt="html", shape="forum",
    title="Is the Darwin port buyback actually happening? (thread)",
    date="2026-02-09", outlet="OzPolicy Forums", byline="Thread in Politics > Foreign investment",
    slug="darwin-port-buyback-thread",
    posts=[
        ("salty_wharfie", "Mon Feb 9, 2026 8:12 am",
         "Both sides promised last April to get the port back from Landbridge. Ten months on, has anything "
         "actually been signed?"),
        ("canberra_watcher", "Mon Feb 9, 2026 8:40 am",
         "No. Last week the Chinese ambassador said at his Lunar New Year presser that there is still no deal and "
         "no timeline, and warned Beijing would take measures if the port is taken back by force."),
        ("TerritoryTom", "Mon Feb 9, 2026 9:05 am",
         "Remember the history: 2015 lease for $506m, a Defence review in 2021 found no grounds to overturn it, "
         "and PM&C in October 2023 said it was not necessary to vary or cancel the lease. Then the election turned "
         "it into a promise."),
        ("salty_wharfie", "Mon Feb 9, 2026 9:31 am",
         "Was Cerberus not supposed to be buying it?"),
        ("canberra_watcher", "Mon Feb 9, 2026 9:48 am",
         "That was a report in May 2025 of an offer slightly above $506m. Nothing announced since. Dutton had "
         "talked about compulsory acquisition; Labor only said it was prepared for taxpayer direct involvement."),
        ("NT_local", "Mon Feb 9, 2026 9:55 am",
         "And the port is apparently in the black now, which the ambassador made a big deal of. Selling a "
         "profitable 99-year lease will not come cheap."),
        ("mod_ruth", "Mon Feb 9, 2026 10:02 am",
         "Reminder to keep this on policy. Links to sources please."),
    ])

# Darwin distractor
add(file="ZJ-darwin-port-md-interview-feb-2026.md", fmt="md", shape="news", distractor=True,
    title="Darwin Port chief Ben Cheng on Landbridge's decade at the port",
    date="2026-02-03", outlet="Harbour Lines", byline="Interview by Daniel Okafor",
    slug="ben-cheng-darwin-port-interview",
    sections=[
        (None, [
            "Ben Cheng, managing director of Darwin Port, spoke to a business school publication about running the "
            "port for Landbridge since the company took the operating lease in November 2015 through a competitive "
            "tender. Highlights:",
        ]),
        ("On performance", [
            ("ul", [
                "Port infrastructure is a long-term investment with long payback cycles, Cheng said.",
                "He said the port had moved from operating losses to breakeven and, in recent years, to sustained "
                "profitability, reversing a long history of losses before privatisation.",
                "Landbridge, he said, manages the port strictly in line with its lease obligations and federal and "
                "Northern Territory law.",
            ]),
        ]),
        ("On the regulatory climate", [
            "Cheng described an \"intensive regulatory environment\" and said decisions balanced the port's regional "
            "responsibilities with commercial sustainability. As a privately owned company, he said, Landbridge "
            "takes a long view of its Australian assets.",
            "He did not discuss the federal government's plans for the lease or any approach from potential "
            "buyers, and gave no figures.",
        ]),
    ],
    teaser="More from Harbour Lines: container volumes across northern Australia's ports.")

# ---------------------------------------------------------------- Czech Republic: Dukovany tender exclusions

add(file="ZJ-czechs-exclude-rosatom-from-dukovany-apr-2021.txt", fmt="txt", shape="news",
    title="Czechs drop Rosatom from Dukovany nuclear tender after Vrbetice revelations",
    date="2021-04-22", outlet="Central Europe Energy Report", byline="By Tomas Novotny",
    slug="czechs-exclude-rosatom-dukovany",
    sections=[
        (None, [
            "PRAGUE - Russia's state nuclear corporation Rosatom will be excluded from the tender to build a new "
            "unit at the Dukovany nuclear power plant, Industry and Trade Minister Karel Havlicek told the daily "
            "Pravo on April 19, saying the step would come \"within a few days\".",
        ]),
        ("WHY", [
            "Prime Minister Andrej Babis backed removing Rosatom a day earlier, after Czech intelligence reports "
            "that Russian special services were involved in the 2014 explosions at an ammunition depot in "
            "Vrbetice, which killed two people. Prague expelled 18 Russian embassy staff over the affair. \"None of "
            "the companies invited will use a subcontractor from Rosatom,\" Havlicek said.",
            "Only in late March the government had agreed, at Havlicek's suggestion, to keep Rosatom in the "
            "competition. Security questionnaires were being prepared for four potential bidders: Rosatom, "
            "Westinghouse, Korea Hydro & Nuclear Power (KHNP) and EDF. China's CGN was excluded earlier this year "
            "after pressure from the security services and the opposition.",
        ]),
        ("THE PROJECT", [
            "The contract is estimated at about 6 billion euros. In March the State Office for Nuclear Safety "
            "granted a siting permit for two units of up to 1,200 MWe each. The tender is to be launched after the "
            "October elections.",
        ]),
    ],
    teaser="Our tip: the six reactors that supply a third of Czech electricity.")

add(file="ZJ-dukovany-tender-binding-bids-edf-khnp-feb-2024.md", fmt="md", shape="news",
    title="Prague asks only EDF and KHNP for binding Dukovany bids",
    date="2024-02-01", outlet="Central Europe Energy Report", byline="Tomas Novotny",
    slug="dukovany-binding-bids-edf-khnp",
    sections=[
        (None, [
            "The Czech government said on Wednesday, January 31, that it will seek binding bids from France's EDF "
            "and South Korea's KHNP for up to four new reactor units, at Dukovany and Temelin. US-based "
            "Westinghouse, the third bidder, has been dropped because it \"did not meet the necessary conditions\".",
        ]),
        ("How the field shrank", [
            ("ul", [
                "2021: China's CGN and then Russia's Rosatom were excluded on security grounds;",
                "2021: security questionnaires went to EDF, Westinghouse and KHNP only;",
                "2022: the contracting authority, Elektrarna Dukovany II, chose to run the award outside the "
                "ordinary procurement procedure under a security exception;",
                "October 2023: all three submitted initial offers;",
                "January 2024: Westinghouse out, EDF and KHNP invited to make binding offers.",
            ]),
        ]),
        ("What comes next", [
            "The government expects to choose a preferred supplier this year. The first new unit is meant to be "
            "completed in 2036. The plan has widened from one unit at Dukovany to up to four, two at each site.",
        ]),
    ],
    teaser="More from Central Europe Energy Report: what an EPC nuclear contract covers.")

add(file="ZJ-khnp-wins-dukovany-tender-jul-2024.html", fmt="html", shape="news",
    title="South Korea's KHNP picked to build new Czech reactors",
    date="2024-07-18", outlet="Prague Business Daily", byline="Jana Kralova",
    slug="khnp-wins-dukovany-tender",
    sections=[
        (None, [
            "The Czech government has chosen Korea Hydro & Nuclear Power (KHNP) as preferred bidder to build new "
            "nuclear units, beating France's EDF. \"The Korean bid was better in all criteria assessed,\" Prime "
            "Minister Petr Fiala told reporters on Wednesday, July 17.",
        ]),
        ("What was decided", [
            "KHNP is to build two units at Dukovany, with an option for two more at Temelin. The two Dukovany units "
            "are estimated at about 400 billion koruna. The final contract is to be negotiated and signed by March "
            "2025, and the first unit should be completed in 2036.",
            "The award was made outside the ordinary procurement procedure, under a security exception, after "
            "Russian and Chinese bidders were excluded on security grounds in 2021.",
        ]),
        ("Losers' options", [
            "EDF said it would examine the decision. Westinghouse, eliminated in January, has long argued that "
            "KHNP's reactor designs rely on technology licensed from it.",
        ]),
    ],
    comments=[
        ("Petr H.", "Good. Better a Korean reactor than a Russian one."),
        ("Ondrej", "400 billion is the estimate. Let's see the price in the contract."),
    ])

add(file="ZJ-uohs-rejects-edf-westinghouse-objections-oct-2024.txt", fmt="txt", shape="news",
    title="Czech competition office throws out EDF and Westinghouse challenges to nuclear tender",
    date="2024-10-31", outlet="Central Europe Energy Report", byline="By Tomas Novotny",
    slug="uohs-rejects-edf-westinghouse",
    sections=[
        (None, [
            "BRNO - The Czech Office for the Protection of Competition (UOHS) has ruled at first instance on the "
            "challenges by EDF and Westinghouse to the selection of KHNP for the Dukovany project, terminating most "
            "of the proceedings and rejecting the rest. The decisions are not final and can be appealed to the "
            "office's chairman.",
        ]),
        ("WHY THE OFFICE WOULD NOT LOOK", [
            "The contracting authority, Elektrarna Dukovany II, awarded the contract outside the Public Procurement "
            "Act under the security exception in Section 29(a). Westinghouse should have objected to the use of the "
            "exception within 15 days of learning of it in March 2022, but its objections arrived on August 1, "
            "2024, the office said. Objections cannot be raised against an award made outside the procurement "
            "procedure, so the office did not assess the tender on the merits.",
            "EDF had challenged the choice of KHNP. Westinghouse argued KHNP had no right to sublicense the "
            "technology it offered.",
        ]),
        ("CONTRACT ON HOLD", [
            "On Wednesday the office barred the conclusion of a contract with KHNP until its decisions take effect. "
            "CEZ says the challenges will not change its timetable and still aims to sign by next March.",
        ]),
    ],
    teaser="Our tip: the security exception in Czech procurement law, explained.")

add(file="ZJ-westinghouse-khnp-settle-ip-dispute-jan-2025.md", fmt="md", shape="news",
    title="Westinghouse and KHNP settle IP fight, removing a Dukovany obstacle",
    date="2025-01-17", outlet="Prague Business Daily", byline="Jana Kralova",
    slug="westinghouse-khnp-settlement",
    sections=[
        (None, [
            "Westinghouse has reached a global settlement of its intellectual property dispute with Korea Electric "
            "Power Corporation (KEPCO) and its subsidiary KHNP, the companies said. The agreement was finalised at "
            "a ceremony in the United States on January 16; its terms are confidential.",
        ]),
        ("What it changes", [
            ("ul", [
                "Westinghouse will work with KEPCO and KHNP to dismiss all current legal actions;",
                "the deal removes a major obstacle to the Czech contract, which KHNP hopes to sign by March;",
                "the companies say it sets the stage for future cooperation on new reactors worldwide.",
            ]),
            "\"With this agreement, both sides have restored their traditional cooperative relationship spanning "
            "nearly 50 years,\" KEPCO chief executive Kim Dong-cheol said. Westinghouse chief executive Patrick "
            "Fragman said the world demands more firm baseload power.",
        ]),
        ("Background", [
            "Westinghouse had appealed to the Czech competition office on August 26, 2024, arguing that KHNP's "
            "APR1000 and APR1400 designs use Westinghouse-licensed System 80 technology and that KHNP had no right "
            "to sublicense it. A US court dismissed a related Westinghouse lawsuit in 2023. EDF's challenge to the "
            "Czech award is not affected by the settlement.",
        ]),
    ],
    teaser="More from Prague Business Daily: Korea's nuclear export drive after Dukovany.")

add(file="ZJ-brno-court-blocks-dukovany-contract-may-2025.html", fmt="html", shape="news",
    title="Court in Brno blocks Dukovany contract as Brussels asks Prague to wait",
    date="2025-05-13", outlet="Prague Business Daily", byline="Jana Kralova",
    slug="brno-court-blocks-dukovany-contract",
    sections=[
        (None, [
            "The signing of the contract with KHNP for two new units at Dukovany, planned for May 7, has been "
            "called off. On May 6 the Regional Court in Brno issued an interim injunction barring the contract "
            "until it rules on EDF's lawsuit against the competition office's decision that the tender was in "
            "order. The government approved the signing in advance on May 7 so it can go ahead once allowed, and "
            "Elektrarna Dukovany II has filed a cassation complaint.",
        ]),
        ("Brussels weighs in", [
            "In a letter dated May 2, European Commission Executive Vice-President Stephane Sejourne asked Industry "
            "Minister Lukas Vlcek to postpone the signing while the Commission carries out a preliminary review of "
            "whether KHNP received foreign subsidies that distort the EU market. \"A contract creates final facts,\" "
            "he wrote. The ministry replied on Tuesday that the contract is not subject to the foreign subsidies "
            "regulation.",
            "\"It is hard to believe that there is an investigation going on when no one asks you any questions,\" "
            "said CEZ chief executive Daniel Benes. EDF said it had never sought to disrupt the Czech nuclear "
            "programme and was exercising its legal right to raise concerns under EU law.",
        ]),
    ],
    comments=[
        ("Radek", "The French lost fair and square and are now litigating the country into delay."),
        ("Eva M.", "Isn't checking subsidies exactly what the EU is for?"),
    ])

add(file="ZJ-supreme-administrative-court-clears-dukovany-signing-jun-2025.txt", fmt="txt", shape="court",
    title="Court summary: Supreme Administrative Court lifts Dukovany injunction; contract signed the same day",
    date="2025-06-05", outlet="Czech Courts Digest", byline="Summary by Mgr. Lucie Dvorakova",
    slug="nss-lifts-dukovany-injunction",
    sections=[
        (None, [
            "BRNO - On June 4, 2025 the Supreme Administrative Court granted the cassation complaints of "
            "Elektrarna Dukovany II and KHNP and annulled the interim injunction issued by the Regional Court in "
            "Brno, which had barred the signing of the contract for two new units at Dukovany.",
        ]),
        ("REASONING", [
            "The tenth chamber found the injunction unlawful and in part unreviewable. It said a court must first "
            "weigh how likely a lawsuit is to succeed, and that EDF's action \"preliminarily appears unfounded\". It "
            "disagreed with the regional court that the public interest in concluding the contract on time was only "
            "comparable to the harm threatening EDF. The case returns to Brno, where a hearing on the lawsuit is "
            "set for June 25; the lawsuit has no suspensive effect and no further interim measure will be issued, "
            "acting spokesperson Martina Charvatova said.",
        ]),
        ("AFTERMATH", [
            "Elektrarna Dukovany II and KHNP signed the final contracts that afternoon. The current estimated cost "
            "of the two units is 407 billion koruna; the government says 30 percent of the work goes to Czech firms, "
            "with a target of 60 percent. Court president Karel Simka said the proceedings were not over. The "
            "European Commission said its preliminary foreign subsidies review was continuing.",
        ]),
    ],
    teaser="(c) 2025 Czech Courts Digest. Summary for information only; not legal advice.")

add(file="ZJ-dukovany-who-was-shut-out-faq-sep-2025.html", fmt="html", shape="faq",
    title="Dukovany FAQ: who was shut out, who sued, and where things stand",
    date="2025-09-10", outlet="Prague Business Daily", byline="Explainer team",
    slug="dukovany-faq-exclusions-lawsuits",
    faq=[
        ("Which bidders were barred on security grounds?",
         "China's CGN, dropped early in 2021, and Russia's Rosatom, excluded in April 2021 after the Vrbetice "
         "ammunition depot revelations. Neither was sent the security questionnaire."),
        ("Who won?",
         "KHNP of South Korea, chosen as preferred bidder in July 2024. Contracts for two units were signed on "
         "June 4, 2025, at an estimated 407 billion koruna."),
        ("Did Westinghouse keep fighting?",
         "No. It settled its intellectual property dispute with KEPCO and KHNP in January 2025 and withdrew its "
         "appeal at the competition office."),
        ("And EDF?",
         "Its lawsuit against the competition office was dismissed by the Regional Court in Brno on June 25. Judge "
         "Jan Cizek said the office was right not to review the tender: \"The aim of the legislator was to exclude "
         "any possibility of interfering in the contracting authority's selection of a supplier and to protect the "
         "security interests of the state.\" EDF then said it would take no further legal action in the Czech "
         "Republic over the tender."),
        ("Is the EU still looking?",
         "The Commission said in June that its preliminary review of possible foreign subsidies to KHNP was "
         "continuing. Prague says the contract is not subject to the foreign subsidies regulation."),
    ],
    comments=[
        ("Jakub", "Clear summary. The security exception did a lot of work in this story."),
        ("M. Leroy", "Any word on damages? CEZ said it would go after EDF."),
    ])

# Czech distractors
add(file="ZJ-cez-becomes-rolls-royce-smr-shareholder-mar-2025.txt", fmt="txt", shape="news", distractor=True,
    title="CEZ becomes a Rolls-Royce SMR shareholder, eyes first small reactor at Temelin",
    date="2025-03-05", outlet="Central Europe Energy Report", byline="By Tomas Novotny",
    slug="cez-rolls-royce-smr-stake",
    sections=[
        (None, [
            "PRAGUE - CEZ Group has become a shareholder in the British company Rolls-Royce SMR after regulators "
            "approved its gradual purchase of a stake of about a fifth, CEZ spokesman Ladislav Kriz said on Tuesday.",
        ]),
        ("THE PLAN", [
            "The two companies will cooperate on developing small modular reactors. The first Czech unit is to be "
            "built at the Temelin nuclear plant in the first half of the 2030s, and CEZ aims for 3 GWe of small "
            "reactors by 2050, mainly on the sites of coal plants such as Prunerov and Detmarovice.",
            "Rolls-Royce SMR was picked in September 2024 from a shortlist of seven as preferred supplier, and the "
            "strategic agreement, including the stake purchase, was signed in October 2024. Each unit is a "
            "pressurised water reactor of 470 MWe.",
        ]),
        ("BIG AND SMALL", [
            "The small reactor programme runs alongside CEZ's large-reactor project at Dukovany, where KHNP is the "
            "chosen supplier. Prime Minister Petr Fiala called the small reactor plan a significant step for energy "
            "security.",
        ]),
    ],
    teaser="Our tip: how small modular reactors differ from the big ones.")

add(file="ZJ-edf-connects-flamanville-3-dec-2024.md", fmt="md", shape="news", distractor=True,
    title="EDF connects Flamanville 3 to the grid, twelve years late",
    date="2024-12-23", outlet="Energy Markets Weekly", byline="Claire Dubois",
    slug="edf-flamanville-3-grid",
    sections=[
        (None, [
            "EDF connected its Flamanville 3 reactor in Normandy to the French grid on Saturday, December 21, the "
            "first new reactor to start up in France in a quarter of a century.",
        ]),
        ("Late and over budget", [
            ("ul", [
                "construction of the 1,600 MW EPR began in 2007 and was meant to finish in 2012;",
                "the initial budget was about 3.3 billion euros; EDF now puts the construction cost at about 13.2 "
                "billion euros;",
                "the reactor will run at low power at first and ramp up over the coming months.",
            ]),
        ]),
        ("Export ambitions", [
            "EDF is promoting its reactors abroad, including in central Europe, and is preparing a programme of six "
            "new EPR2 units at home. Executives say Flamanville's lessons have been built into the new design and "
            "into the company's bids outside France.",
            "Critics point out that the EPR's record, from Flamanville to the Finnish and British projects, has made "
            "cost and schedule the first questions any foreign buyer asks. EDF says standardisation and a steady "
            "order book are the answer.",
        ]),
    ],
    teaser="More from Energy Markets Weekly: what France's nuclear fleet costs to run.")
