"""Texts and metadata of the 30 ZW- articles (written from facts checked with the search tool; see README)."""

A = []  # list of dicts


def art(fname, title, date, outlet, byline, shape, paras, distractor=False, comments=None, faq=None, posts=None, teaser=None):
    A.append(dict(fname=fname, title=title, date=date, outlet=outlet, byline=byline, shape=shape,
                  paras=paras, distractor=distractor, comments=comments or [], faq=faq or [],
                  posts=posts or [], teaser=teaser))

# ---------------------------------------------------------------- story A: OFSI enforcement
art("ZW-wise-ofsi-disclosure-notice-sep-2023.md",
    "Wise named in OFSI's first sanctions breach disclosure over a £250 cash withdrawal",
    "2023-09-01", "Ledger Street News", "By Hannah Corrie", "news", [
    "Britain's Office of Financial Sanctions Implementation (OFSI) on Thursday published its first disclosure notice, naming the payments company Wise Payments Limited for a breach of the Russia sanctions regulations involving a cash withdrawal of just £250.",
    "According to the notice, the withdrawal was made on June 30, 2022 with a debit card linked to a business account held by a company owned or controlled by a person who had been designated the day before, on June 29, 2022. By allowing it, Wise made funds available to that company, in breach of regulation 12 of the Russia (Sanctions) (EU Exit) Regulations 2019.",
    "Wise's screening flagged a possible match and the account was suspended, but under its policy at the time the debit card stayed live until the alert was resolved. The card was only blocked on Monday, July 4, 2022.",
    "Wise, formerly known as TransferWise, reported the breach to OFSI on July 20, 2022 and cooperated fully. OFSI called the breach \"moderately severe\" but decided that a civil monetary penalty was not warranted, so no fine was imposed.",
    "The power to publish such notices was added by the Economic Crime (Transparency and Enforcement) Act 2022. Wise has since changed its policy so that cards are blocked together with accounts on a possible name match, and its sanctions specialists now work weekends.",
    ], teaser="More from Ledger Street: why fintech screening queues stall at weekends")

A_BLOG_COMMENTS = [
    ("Priya_N", "So Wise paid nothing at all? Yes: the notice is a public censure, not a fine. No monetary penalty was imposed."),
    ("compliance_dave", "The weekend gap is the real lesson. Thursday alert, Friday escalation, Monday block. We moved to seven-day cover last year."),
]
art("ZW-ofsi-disclosure-power-blog-sep-2023.html",
    "What OFSI's first disclosure, against Wise, tells compliance teams",
    "2023-09-12", "Sanctions Desk Blog", "Posted by Tom Elridge", "blog", [
    "OFSI now sorts breach cases into three bands. Cases of lesser severity usually end with a private warning letter. Serious cases can draw a civil monetary penalty. In between sit moderately severe cases, which can now be dealt with by a published disclosure that names the firm.",
    "The Wise Payments notice of August 31, 2023 is the first such disclosure. It was published under section 149(3) of the Policing and Crime Act 2017, as amended in 2022.",
    "The timeline is short. The customer was designated on the morning of June 29, 2022. An employee of the customer's company withdrew £250 early on June 30. The alert was escalated to Wise's specialist sanctions team on Friday, July 1, but the team did not work weekends, so the card was not blocked until Monday, July 4.",
    "OFSI counted Wise's voluntary disclosure, full cooperation and later fixes as mitigating factors, but still called its card policy \"inappropriate\". The lesson is simple: freeze every payment channel on a possible match, not just the account.",
    ], comments=A_BLOG_COMMENTS)

art("ZW-wise-breach-forum-sep-2023.txt",
    "Forum: Wise sanctions breach - are they getting fined?",
    "2023-09-02", "MoneyTalk Forums", "Thread in Fintech & Banking", "forum", [], posts=[
    ("ledgerlurker", "2023-09-01 18:02", "Saw OFSI named Wise over some Russia sanctions thing. Are they getting a big fine like the US banks get?"),
    ("quietcompliance", "2023-09-01 18:40", "No fine. It's a disclosure notice, the first one OFSI has published. The breach was a £250 cash withdrawal on a debit card, the day after the customer's owner was designated. OFSI rated it moderately severe, not serious enough for a penalty."),
    ("ledgerlurker", "2023-09-01 19:05", "£250? Seriously? How did the card still work?"),
    ("quietcompliance", "2023-09-01 19:21", "Account was suspended on the name match but their policy left cards live until the alert was reviewed. The review didn't happen until Monday July 4 because the sanctions team didn't work weekends."),
    ("mapleleaf_ops", "2023-09-02 08:47", "Worth adding Wise reported it themselves on July 20, 2022 and OFSI gave them credit for that and for cooperating. They now block cards straight away and have weekend cover."),
    ("ledgerlurker", "2023-09-02 09:10", "Fair enough. Public naming is still embarrassing for a listed company though."),
    ("old_treasury_hand", "2023-09-02 10:32", "That's the point of the new power. Before 2022 OFSI could only send a private warning letter or go all the way to a monetary penalty. Now it can name a firm for a moderately severe breach without fining it. Wise is simply the first one published, on August 31."),
    ])

art("ZW-markom-management-ofsi-penalty-aug-2025.txt",
    "OFSI fines Markom Management £300,000 over 2018 payment to a sanctioned person",
    "2025-08-01", "The City Ledger", "By Oliver Brandt", "news", [
    "LONDON, Aug 1 - The Office of Financial Sanctions Implementation has imposed a £300,000 monetary penalty on Markom Management Limited (MML), a UK company providing fiduciary, management, administration, bookkeeping and accounting services, for a breach of the sanctions imposed after Russia's annexation of Crimea.",
    "THE PAYMENT",
    "On February 19, 2018 a designated person paid money to a client of MML's Cyprus sister company, Markom Management Cyprus. Both accounts were at Gazprombank in Moscow. The next day, on being told the payment included an overpayment of £416,590.92, MML instructed the bank to send that sum back to the designated person. That made funds available to a designated person, in breach of the Ukraine (European Union Financial Sanctions) (No.2) Regulations 2014, the UK's pre-Brexit regime.",
    "A SLOW CASE",
    "MML reported the breach on October 19, 2018, about eight months later, after an internal review prompted by third-party activity. OFSI opened its civil investigation in June 2021 and gave no voluntary disclosure discount. It first proposed a £400,000 penalty, cut it to £300,000 after representations, and a ministerial review upheld the £300,000.",
    "OFSI, which announced the penalty on July 31, said firms should \"be alert to the risks of making payments in haste\". Lawyers note it is the third largest OFSI penalty to date.",
    ], teaser="Our tip: read the penalty notice's compliance notes, not just the headline figure.")

art("ZW-markom-penalty-notice-summary-aug-2025.txt",
    "Penalty summary: Markom Management Limited (OFSI, July 2025)",
    "2025-08-04", "Sanctions Notes Digest", "Prepared by the Digest editors", "summary", [
    "WHO: Markom Management Limited (MML), incorporated in the UK, a provider of fiduciary, bookkeeping and accounting services and part of the Markom Group, which also includes Markom Management Cyprus (MMC).",
    "WHAT: MML issued a transfer instruction to return an overpayment of £416,590.92 from the Moscow bank account of a client of MMC to a designated person. The payment was made on February 20, 2018.",
    "REGIME: The Ukraine (European Union Financial Sanctions) (No.2) Regulations 2014, which gave effect in the UK to Council Regulation (EU) No 269/2014 before Brexit. The designated person remains subject to an asset freeze under the current Russia sanctions.",
    "PENALTY: £300,000, announced July 31, 2025. OFSI's first figure was £400,000; after MML's representations it was revised to £300,000. MML then asked for a ministerial review under section 147 of the Policing and Crime Act 2017, and the £300,000 was upheld.",
    "DISCLOSURE: MML notified OFSI on October 19, 2018. Because the report followed third-party activity, OFSI did not treat it as eligible for a voluntary disclosure discount.",
    "CONTEXT: The penalty is the twelfth use of OFSI's civil monetary penalty powers under Part 8 of the Policing and Crime Act 2017. The breach was judged under the old knowledge-based test, not the strict liability that applies to breaches from June 15, 2022.",
    ], teaser="This summary is for information only and is not legal advice.")

A_FAQ = [
    ("What is OFSI's most recent monetary penalty?", "As of this update, the latest is the £300,000 penalty on Markom Management Limited, announced on July 31, 2025, for a 2018 payment of £416,590.92 to a designated person."),
    ("Was Wise fined?", "No. In August 2023 OFSI published a disclosure notice naming Wise Payments Limited over a £250 withdrawal, but it imposed no monetary penalty."),
    ("How large can an OFSI penalty be?", "The maximum is the greater of £1 million or 50% of the estimated value of the breach."),
    ("Does OFSI have to prove a firm knew?", "Not for breaches on or after June 15, 2022, when strict civil liability took effect. Older breaches, such as Markom's, still need knowledge or reasonable cause to suspect."),
    ("Can a penalty be challenged?", "A firm can ask for a ministerial review under section 147 of the Policing and Crime Act 2017. Markom did, and the £300,000 was upheld."),
    ("Does self-reporting help?", "A prompt, complete and voluntary report can reduce a penalty, by up to half. Markom got no discount because its report followed third-party activity."),
]
art("ZW-ofsi-enforcement-faq-aug-2025.html",
    "OFSI penalties and disclosures: your questions answered",
    "2025-08-20", "Compliance Weekly UK", "By the Compliance Weekly desk", "faq", [
    "Britain's financial sanctions enforcer has been busier since 2022. Here are short answers to the questions readers ask us most.",
    ], faq=A_FAQ)

art("ZW-bank-of-scotland-ofsi-fine-jan-2026.md",
    "Bank of Scotland fined £160,000 after Halifax account let sanctioned ex-governor move money",
    "2026-01-27", "Ledger Street News", "By Hannah Corrie", "news", [
    "Bank of Scotland, part of Lloyds Banking Group, has been fined £160,000 by the Office of Financial Sanctions Implementation (OFSI) for processing payments for a customer on the UK's Russia sanctions list. The penalty notice was published on Monday, January 26.",
    "The customer was Dmitrii Ovsyannikov, a former governor of Sevastopol in Russian-occupied Crimea and a British citizen, designated by the UK since 2020. On February 6, 2023 he opened a personal current account at Halifax, a Bank of Scotland division, using a UK passport whose spelling of his name differed from the sanctions list, so no automatic alert was raised.",
    "Between February 8 and February 24, 2023 the bank processed 24 payments totalling £77,383. OFSI found all 24 breached regulation 11 of the Russia regulations, on dealing with frozen funds, and four incoming payments also breached regulation 12, on making funds available.",
    "Lloyds reported the breaches in March 2023 and OFSI gave a 50% discount for voluntary disclosure. The penalty was first set at £175,000 and reduced to £160,000 after the bank's representations.",
    "\"Lloyds Banking Group takes its regulatory responsibilities extremely seriously,\" the group said, calling it a \"one-off, isolated matter\".",
    ], teaser="More from Ledger Street: the OFSI cases that shaped 2025")

A_BOS_COMMENTS = [
    ("Rhona_K", "Is this the newest OFSI penalty? Yes, as far as I can see it is the latest published, after Markom last summer."),
    ("fincrime_mike", "The PEP miss is worse than the passport spelling. Someone read 'delisted' and never checked which list."),
]
art("ZW-bank-of-scotland-screening-lessons-blog-feb-2026.html",
    "Transliteration, PEP alerts and the Bank of Scotland penalty",
    "2026-02-10", "Sanctions Desk Blog", "Posted by Tom Elridge", "blog", [
    "OFSI's £160,000 penalty on Bank of Scotland, published on January 26, 2026, is now the latest in its list of monetary penalties, and the most useful for retail banks. The penalty notice itself is dated November 10, 2025.",
    "The customer, a designated former Russian official, held a UK passport that spelled his name with a changed character and an extra character in the forename, no middle name and a changed character in the surname. These are common Russian-to-English variations, and the bank's automated screening did not match them.",
    "A politically exposed person (PEP) alert did fire. But through human error the customer was recorded as removed from both the UK and the EU sanctions lists, when he had only been removed from the EU's. The account was identified on February 24, 2023; the suspected breach was reported on March 10 and the actual breach on March 16, 2023.",
    "OFSI placed the case in its \"serious\" category. It also said the bank's sanctions training was out of date.",
    ], comments=A_BOS_COMMENTS)

art("ZW-ofsi-three-cases-explainer-feb-2026.md",
    "Three OFSI cases, three outcomes: Wise, Markom and Bank of Scotland",
    "2026-02-16", "Sanctions Explained", "By Leila Farouk", "explainer", [
    "OFSI, the part of HM Treasury that enforces UK financial sanctions, has three main tools short of a criminal referral: a private warning, a public disclosure and a civil monetary penalty. Three recent cases show each end of the scale.",
    "## Wise: named, not fined",
    "In August 2023 Wise Payments Limited became the first firm named in a disclosure notice. A £250 withdrawal on a debit card, a day after the account holder's owner was designated, was judged moderately severe. There was no penalty.",
    "## Markom: an old case, a large fine",
    "In July 2025 Markom Management Limited was fined £300,000 for instructing the return of £416,590.92 to a designated person in February 2018, under the pre-Brexit Crimea-related regime. It got no disclosure discount and lost a ministerial review.",
    "## Bank of Scotland: the newest penalty",
    "In January 2026 OFSI published a £160,000 penalty on Bank of Scotland over 24 payments in February 2023 for Dmitrii Ovsyannikov, the UK-designated former governor of Sevastopol. A 50% disclosure discount applied.",
    "What links them is controls: cards left live, payments made in haste and screening that missed a transliteration. None of the three firms disputed the facts OFSI set out, and in each case OFSI published compliance notes aimed at other firms. The amounts are small next to US penalties, but the public naming is the point.",
    ], teaser="More from Sanctions Explained: how OFSI sets a penalty figure")

art("ZW-wise-half-year-results-distractor-nov-2023.md",
    "Wise shares rise as half-year results beat expectations",
    "2023-11-14", "Ledger Street News", "By Sam Okafor", "news", [
    "Shares in Wise, the London-listed money transfer group, rose in early trading after it published results for the six months to the end of September that came in ahead of analysts' forecasts.",
    "Chief executive Kristo Käärmann said customers were moving more money across borders and holding larger balances in their Wise accounts, which lifted interest income as rates stayed high.",
    "The company repeated that it intends to keep cutting the fees it charges for transfers, passing on savings from its own payment infrastructure. It also pointed to growth in its business accounts, used by small firms to pay suppliers and staff abroad, and in the Wise debit card, which customers use to spend in more than 40 currencies.",
    "Analysts said the figures eased worries that lower fees would squeeze margins. Some cautioned that interest income would fall if central banks cut rates next year.",
    "Wise, founded in 2011 as TransferWise, moved its listing to London's main market in 2021 through a direct listing. It has offices in London, Tallinn and several other cities.",
    "Investors will next look for an update on customer numbers with the company's third-quarter trading statement in January.",
    ], distractor=True, teaser="More from Ledger Street: fintech earnings calendar")

art("ZW-halifax-branch-closures-distractor-mar-2025.html",
    "More Halifax and Bank of Scotland branches to close as customers go online",
    "2025-03-05", "High Street Money", "By Grace Lindqvist", "news", [
    "Lloyds Banking Group has named further Halifax and Bank of Scotland branches that will close this year, saying visits have fallen sharply as customers switch to the app and online banking.",
    "The group said affected customers would still be able to use the Post Office for everyday banking, and that banking hubs shared with other lenders would open in some towns left without a branch.",
    "Consumer groups warned that older customers and small businesses that handle cash would find it harder to pay in takings or open an account in person. A spokesperson for the bank said staff would contact customers who regularly use the branches to explain other ways to bank.",
    "Bank of Scotland, which traces its history to 1695, is the Scottish arm of the group, and Halifax operates across England and Wales. Both brands share systems with Lloyds Bank.",
    "Unions said the closures would cost jobs, although the bank said most staff would be offered roles elsewhere in the group.",
    "The announcement follows similar moves by other high street lenders, which have closed thousands of branches over the past decade as digital banking has grown.",
    ], distractor=True)

# ---------------------------------------------------------------- story B: Prigozhina at the General Court
art("ZW-eu-lists-prigozhina-feb-2022.txt",
    "EU blacklists Wagner financier's mother as it punishes Russia over Donbas recognition",
    "2022-02-25", "Brussels Wire", "By Anne-Sophie Laurent", "news", [
    "BRUSSELS, Feb 25 - The European Union has added Violetta Prigozhina, the mother of Yevgeny Prigozhin, the businessman behind the Wagner mercenary group, to its list of people under sanctions over Russia's actions against Ukraine.",
    "THE LISTING",
    "She was named in Council Decision (CFSP) 2022/265 and Council Implementing Regulation (EU) 2022/260, adopted on February 23, 2022, a day before Russia launched its full-scale invasion. The package, a response to Moscow's recognition of the breakaway Donetsk and Luhansk regions, also covered members of the Russian government, banks, businesspeople and members of the State Duma.",
    "WHY SHE WAS LISTED",
    "The Council described her as the owner of Concord Management and Consulting LLC, part of the Concord group founded and owned until 2019 by her son, and of other companies with links to him. On that basis it said she supported actions undermining Ukraine's territorial integrity, sovereignty and independence.",
    "WHAT IT MEANS",
    "Listed people face a travel ban in the EU and a freeze of their assets there, and EU persons may not make funds or economic resources available to them. Her son had already been sanctioned by the EU over Libya in 2020.",
    "Neither Prigozhina nor her son commented.",
    ], teaser="Our tip: the Council's reasons are published in the Official Journal annex; read them before assuming a listing is final.")

art("ZW-prigozhina-challenge-lodged-jun-2022.md",
    "Prigozhin's mother asks EU court to strike out her sanctions",
    "2022-06-21", "Europe Legal Brief", "By Marc Delaune", "news", [
    "Violetta Prigozhina, the mother of Wagner founder Yevgeny Prigozhin, has asked the EU's General Court to annul her listing under the bloc's Ukraine sanctions, according to a case notice published in the Official Journal on June 20.",
    "The action, Case T-212/22, was brought on April 21, 2022. Represented by the lawyer M. Cessieux, she asks the court to annul Council Decision (CFSP) 2022/265 and Implementing Regulation (EU) 2022/260 of February 23, 2022 in so far as they concern her, to order that her name be removed without delay, and to make the Council pay the costs.",
    "## Five pleas",
    "She relies on five pleas in law. The first says the Council failed to state reasons. The second says the listing rests on factual errors and a manifest error of assessment: she disputes being currently linked to Concord Management and Consulting LLC. The others allege breaches of her rights, among them proportionality.",
    "Her lawyers argue she was sanctioned only to put pressure on her son, and that nothing shows she herself contributed to undermining Ukraine.",
    "## What happens next",
    "The Council will file a defence. General Court sanctions cases typically take a year or more to reach judgment.",
    ], teaser="More from Europe Legal Brief: the first wave of Russia sanctions challenges in Luxembourg")

art("ZW-general-court-annuls-prigozhina-mar-2023.html",
    "EU court annuls sanctions on mother of Wagner chief Prigozhin",
    "2023-03-08", "Brussels Wire", "By Anne-Sophie Laurent", "news", [
    "The European Union's General Court on Wednesday annulled the sanctions imposed on Violetta Prigozhina, the mother of Yevgeny Prigozhin, the head of Russia's Wagner mercenary group, in a rare court defeat for the bloc's Russia sanctions.",
    "\"Even if the latter is responsible for actions undermining the territorial integrity, sovereignty and independence of Ukraine, the link between Ms Prigozhina and her son established at the time of the adoption of the contested acts is based solely on their family relationship and is therefore not sufficient to justify her inclusion on the contested lists,\" the court said.",
    "The EU's sanctions related to Russia cover nearly 1,700 individuals and entities. A court spokesman said the ruling takes effect only if an appeal window of two months and ten days lapses, or if it is upheld on appeal.",
    "\"That is not reassuring, of course,\" one EU official said. The official said the EU's options were to delist her, appeal the ruling or relist her with more evidence. The European Commission said it was analysing the decision.",
    "Prigozhin's press office said he would look into his mother's case later, adding that he would not contest the sanctions on himself and Wagner in court.",
    ], comments=[
    ("Jonas_B", "So is she off the list now? Not automatically, from what the spokesman says. The Council still has moves."),
    ("eurolawnerd", "The annulment only covers the February 2022 acts. Watch the March renewal."),
    ])

art("ZW-prigozhina-judgment-court-summary-mar-2023.txt",
    "Case T-212/22, Prigozhina v Council: judgment of March 8, 2023 in brief",
    "2023-03-09", "Luxembourg Case Notes", "Summary by the Case Notes team", "summary", [
    "COURT: General Court of the European Union. Press release No 43/23.",
    "PARTIES: Violetta Prigozhina, St Petersburg, against the Council of the European Union.",
    "ACTS CHALLENGED: Council Decision (CFSP) 2022/265 and Council Implementing Regulation (EU) 2022/260 of February 23, 2022, which added her to the lists of persons subject to restrictive measures over actions against Ukraine's territorial integrity.",
    "RESULT: The acts are annulled in so far as they concern the applicant.",
    "REASONING: Of her five pleas, the court upheld the second, on the factual basis of the listing. The Council had named her as owner of Concord Management and Consulting LLC. The court found that, although she had held shares in it, she had not been its owner since 2017, and that the Council had not shown she owned other companies linked to her son when the acts were adopted. What remained was the family relationship, which on its own does not justify a listing.",
    "APPEAL: An appeal on points of law only may be brought before the Court of Justice within two months and ten days of notification.",
    "NOTE: The judgment concerns the initial listing acts only; later acts maintaining a listing would need their own challenge.",
    ], teaser="This summary is for information only and is not legal advice.")

art("ZW-eu-renews-sanctions-prigozhina-stays-mar-2023.md",
    "EU rolls over Russia listings; Prigozhin's mother stays on despite court win",
    "2023-03-14", "Europe Legal Brief", "By Marc Delaune", "news", [
    "EU governments on Monday extended the bloc's individual sanctions over Russia's war against Ukraine for another six months, until September 15, 2023, and Violetta Prigozhina remains on the list despite winning her case at the General Court last week.",
    "The renewal covers 1,473 individuals and 205 entities, which face travel bans and asset freezes.",
    "## Why the ruling did not free her",
    "The March 8 judgment annulled only the Council acts of February 23, 2022 that first listed her. The decision to keep her on the list was a later act, which the judgment did not touch, so the sanctions on the mother of the Wagner founder stay in force.",
    "Lawyers say this is a familiar pattern: a court win on an old act can be overtaken by a renewal, and the listed person must start a fresh challenge against the new one.",
    "## Hungary's demands",
    "The rollover was unanimous after weeks of talks. In February, Hungarian Prime Minister Viktor Orbán was reported to have threatened to veto the extension unless four people were removed from the list.",
    "Prigozhina's lawyer did not respond to a request for comment.",
    ], teaser="More from Europe Legal Brief: annulment wins that changed nothing")

B_FAQ = [
    ("Is Violetta Prigozhina still under EU sanctions?", "Yes. Despite the March 8, 2023 judgment, the Council kept her on the list in its March 2023 renewal, which runs until September 15, 2023."),
    ("What did the General Court decide?", "It annulled the February 23, 2022 acts that first listed her, because the link to her son was based solely on their family relationship."),
    ("Why was she listed in the first place?", "The Council called her the owner of Concord Management and Consulting LLC, founded by her son, and of other companies linked to him."),
    ("Did the court find she owned Concord?", "No. It found she had not been the owner since 2017."),
    ("Could the Council appeal?", "Yes, on points of law, to the Court of Justice, within two months and ten days."),
    ("Does the ruling help other relatives?", "Lawyers say it shows that kinship alone is not enough, but each listing turns on its own evidence."),
]
art("ZW-prigozhina-eu-listing-faq-jun-2023.html",
    "Prigozhina and the EU sanctions list: FAQ",
    "2023-06-20", "Sanctions Explained", "By Leila Farouk", "faq", [
    "Readers keep asking what the court win by Yevgeny Prigozhin's mother actually changed. Our short answers, as of June 2023.",
    ], faq=B_FAQ)

art("ZW-eu-drops-prigozhina-sep-2024.txt",
    "EU removes Prigozhin's mother from its Russia sanctions list",
    "2024-09-14", "Brussels Wire", "By Anne-Sophie Laurent", "news", [
    "BRUSSELS, Sept 14 - The European Union on Friday removed Violetta Prigozhina, the mother of the late Wagner group leader Yevgeny Prigozhin, from its sanctions list, as it renewed its other Russia-related listings for six more months.",
    "A WEAK CASE",
    "EU diplomats said ambassadors had agreed earlier in the week to drop her, together with one other person, because the bloc's legal service considered them weak cases. The EU had kept her listed since the General Court annulled her original 2022 listing in March 2023, on the grounds that the judgment covered only the first listing acts.",
    "The removal was based on that March 2023 decision, in which the court found her inclusion rested only on her family connection with her son.",
    "HUNGARY",
    "Renewals need all 27 member states and had to be agreed by September 15. Hungary has repeatedly pressed for names to be removed in exchange for its support, while the Baltic states and Poland proposed annual rather than six-month renewals, which Budapest resisted.",
    "BACKGROUND",
    "Prigozhin died with nine other people in a plane crash in August 2023, two months after he led a short-lived rebellion. The EU has imposed asset freezes and visa bans on about 2,300 people and entities since February 2022.",
    ], teaser="Our tip: a removal from the EU list does not change UK or US listings; check each list separately.")

art("ZW-family-ties-delisting-explainer-oct-2024.md",
    "Family ties are not enough: what the Prigozhina case says about EU delistings",
    "2024-10-08", "Sanctions Explained", "By Leila Farouk", "explainer", [
    "Violetta Prigozhina's case took two and a half years from listing to removal, and it shows how slowly an EU court win turns into freedom from sanctions.",
    "## The timeline",
    "- February 23, 2022: listed as owner of Concord Management and Consulting LLC and other firms linked to her son, Wagner founder Yevgeny Prigozhin.",
    "- April 21, 2022: she files Case T-212/22 at the General Court.",
    "- March 8, 2023: the court annuls the initial listing; kinship alone is not enough, and she had not owned Concord since 2017.",
    "- March 2023: the Council keeps her on the list in its six-month renewal.",
    "- September 13, 2024: the EU finally removes her from the list.",
    "## The lesson",
    "Annulment judgments bite on the acts they examine. If the Council has renewed a listing in the meantime, the person stays listed unless the Council chooses to drop them or a new challenge succeeds. For Prigozhina, that took about 18 months after her win.",
    "The principle survives: the Council must show what the relative did, owned or gained, not only who they are related to. She is no longer subject to EU sanctions.",
    ], teaser="More from Sanctions Explained: how EU renewals work")

art("ZW-prigozhin-libya-ruling-distractor-jun-2022.html",
    "EU court upholds Prigozhin's Libya sanctions",
    "2022-06-02", "Brussels Wire", "By Anne-Sophie Laurent", "news", [
    "The EU's General Court on Wednesday rejected a challenge by Yevgeny Prigozhin, the Russian businessman close to the Wagner Group, to the sanctions imposed on him over the conflict in Libya.",
    "The Council listed Prigozhin in October 2020, saying Wagner's operations in Libya threatened the country's peace, stability and security, and extended the measures in July 2021. They freeze his funds and bar him from entering the EU.",
    "In Case T-723/20, Prigozhin argued that the Council had not given proper reasons, that its evidence was inadmissible, that it had misjudged the facts, misused its powers and breached his fundamental rights.",
    "The court dismissed every argument. It found that the statement of reasons identified the actual and specific reasons why he was listed, and that the Council's evidence, taken together, was sufficiently concrete.",
    "Prigozhin, who has long denied links to Wagner, has several other challenges pending in Luxembourg, including one against his listing under the EU's global human rights regime.",
    "He can appeal to the Court of Justice on points of law.",
    ], distractor=True, comments=[
    ("Kaisa_T", "Different case from the Ukraine listings, right? Yes, this one is only about Libya."),
    ])

art("ZW-concord-catering-distractor-apr-2023.txt",
    "Concord: the catering empire behind Putin's chef",
    "2023-04-18", "Eastern Europe Review", "By Pavel Ostrov", "analysis", [
    "ST PETERSBURG - Long before Wagner made his name, Yevgeny Prigozhin built a business feeding people. His Concord group started with restaurants in St Petersburg in the 1990s, among them a floating restaurant where he hosted visiting leaders, which earned him the nickname \"Putin's chef\".",
    "OFFICIAL CONTRACTS",
    "Concord Management and Consulting and related firms later won large catering contracts, supplying meals to schools in Moscow and to the Russian army. Parents' groups complained for years about food quality, and the companies faced lawsuits over outbreaks of illness at kindergartens.",
    "A FAMILY BUSINESS",
    "Members of his family have appeared at times as shareholders of group companies, and the structure has changed often, which makes the group hard to map from public records.",
    "WHAT NEXT",
    "Russian business analysts say the catering side has become less important than the group's other interests, but it remains a symbol of how close access to the state could build a fortune. The group's website still advertises banqueting services in St Petersburg.",
    "Concord did not respond to questions sent by email. A receptionist at the group's St Petersburg office said no one was available to speak about the company's history or its current owners.",
    ], distractor=True, teaser="Our tip: corporate registries in Russia have become harder to search since 2022.")

# ---------------------------------------------------------------- story C: Graham Phillips in the High Court
art("ZW-uk-sanctions-blogger-graham-phillips-jul-2022.html",
    "UK sanctions British video blogger Graham Phillips over Ukraine content",
    "2022-07-27", "Northern Dispatch", "By Ellen Marsh", "news", [
    "The UK government has added Graham Phillips, a British video blogger who reports from Russian-held parts of eastern Ukraine, to its Russia sanctions list, freezing his assets.",
    "Phillips, 43, from Nottingham, was added on Monday, one of 42 new designations, and is the first British citizen on the list. The Foreign, Commonwealth and Development Office said he \"has produced and published media content that supports and promotes actions and policies which destabilise Ukraine\".",
    "In April he drew condemnation for a video, posted on YouTube on April 19, in which he questioned Aiden Aslin, a British man captured while fighting with Ukrainian forces in Mariupol. Aslin was handcuffed during the interview. YouTube removed the video. Robert Jenrick, MP for Newark, called it \"a flagrant breach of the Geneva Conventions\".",
    "Phillips previously worked for the Russian state broadcaster RT and was detained briefly by Ukrainian authorities in 2014. He has received medals from the Russian state for his work.",
    "He called the sanctions \"absolutely absurd, dangerous, ridiculous\" and said he would challenge them.",
    ], comments=[
    ("tynesider", "First British citizen on the list. That will end up in court, mark my words."),
    ])

art("ZW-phillips-designation-statement-summary-jul-2022.txt",
    "Designation summary: Graham William Phillips (UK Russia regime)",
    "2022-07-28", "Sanctions Notes Digest", "Prepared by the Digest editors", "summary", [
    "NAME: Graham William Phillips. Nationality: British. Role given: video blogger.",
    "REGIME: The Russia (Sanctions) (EU Exit) Regulations 2019, made under the Sanctions and Anti-Money Laundering Act 2018.",
    "MEASURE: Asset freeze. UK persons may not deal with his funds or economic resources or make funds available to him without an OFSI licence.",
    "STATEMENT OF REASONS: \"Graham Phillips is a video blogger who has produced and published media content that supports and promotes actions and policies which destabilise Ukraine and undermine or threaten the territorial integrity, sovereignty, or independence of Ukraine.\"",
    "CONTEXT: Added in July 2022 as one of 42 new designations. The FCDO said the UK's Russia package now includes designations of more than 1,100 individuals and more than 100 entities. He is the first UK citizen designated under the Russia regime.",
    "EVIDENCE CITED IN REPORTING: His April 2022 YouTube interview of Aiden Aslin, a captured British fighter, which YouTube removed; earlier work for RT; medals received from the Russian state.",
    "CHALLENGE ROUTE: A designated person may ask the Foreign Secretary to review the designation and may then apply to the High Court under section 38 of the 2018 Act, where judicial review principles apply.",
    ], teaser="This summary is for information only and is not legal advice.")

art("ZW-phillips-court-challenge-heard-dec-2023.md",
    "Blogger Graham Phillips takes sanctions fight to High Court; judgment reserved",
    "2023-12-22", "Northern Dispatch", "By Ellen Marsh", "news", [
    "Graham Phillips, the British video blogger frozen out of the UK financial system since July 2022, has asked the High Court to set aside the Foreign Secretary's decision to keep him on the Russia sanctions list.",
    "At a two-day hearing on December 20 and 21 before Mr Justice Johnson, his barrister, Joshua Hitchens, instructed by Savic & Co, argued that the Sanctions and Anti-Money Laundering Act 2018 does not allow sanctions to be imposed over political views, and that the asset freeze disproportionately restricts his freedom of expression, his property and his family life.",
    "## The government's case",
    "For the Foreign Secretary, Maya Lester KC said Phillips is a propagandist for Russia, feted by the Russian authorities, whose content feeds a Russian narrative that supports actions destabilising Ukraine.",
    "Phillips says the freeze has left him unable to earn from his videos or pay bills and debts in the UK. He says he is the first \"mono-British\" national sanctioned by his own government.",
    "## What next",
    "The judge reserved judgment, which is expected in the new year. Until then Phillips remains designated and his challenge is pending. The case, brought under section 38 of the 2018 Act, is the first in England and Wales on sanctions and free speech.",
    ], teaser="More from Northern Dispatch: who has challenged a UK sanctions listing?")

art("ZW-high-court-dismisses-phillips-challenge-jan-2024.txt",
    "High Court rejects blogger Graham Phillips' challenge to UK sanctions",
    "2024-01-12", "The City Ledger", "By Oliver Brandt", "news", [
    "LONDON, Jan 12 - The High Court on Friday dismissed a challenge by Graham Phillips, the British video blogger who reports from Russian-held Donbas, to the government's decision to keep him under UK financial sanctions.",
    "THE RULING",
    "Mr Justice Johnson found that Phillips was not sanctioned for his political views but because his video content is propaganda in favour of Russia's invasion of Ukraine. The judge held that the Sanctions and Anti-Money Laundering Act 2018 and the Russia regulations allow designations of people who spread such propaganda.",
    "The judge accepted that the designation \"significantly interferes\" with Phillips' rights, including to his property and his private and family life, but found it proportionate to the legitimate aim of the UK's national security and foreign policy.",
    "DONATIONS",
    "The court heard that Phillips has a Russian bank account into which he receives donations, but that he chose not to disclose the details or the source of those donations.",
    "FIRST OF ITS KIND",
    "It is the first time a court in England and Wales has considered the relationship between financial sanctions and freedom of expression. The judgment is cited as [2024] EWHC 32 (Admin). Phillips remains designated and his assets stay frozen.",
    ], teaser="Our tip: the judgment's proportionality section is the part sanctions lawyers are quoting.")

C_SUM = [
    "Court: High Court, King's Bench Division, Administrative Court. Judge: Mr Justice Johnson. Claim AC-2023-LON-1868. Hearing: December 20 and 21, 2023. Judgment handed down: January 12, 2024.",
    "Parties: Graham William Phillips (claimant), represented by Joshua Hitchens; the Secretary of State for Foreign, Commonwealth and Development Affairs (defendant), represented by Maya Lester KC and others.",
    "Application: to set aside the decision to maintain the claimant's designation under the Russia (Sanctions) (EU Exit) Regulations 2019.",
    "Issue 1 - does the 2018 Act permit regulations that authorise sanctions in response to free speech? Held: yes, where the speech is propaganda supporting Russia's destabilisation of Ukraine.",
    "Issue 2 - do the 2019 Regulations permit it? Held: yes.",
    "Issue 3 - is maintaining the designation a lawful and proportionate interference with his rights under Articles 8 and 10 and Article 1 of Protocol 1 to the ECHR? Held: yes; the interference is significant but justified, with significant weight given to the Foreign Secretary's assessment in foreign policy.",
    "Other findings: the claimant was not designated for his political views; he has a Russian bank account receiving donations whose details he chose not to disclose; the designation significantly interferes with his rights but is proportionate to the aim of the UK's national security and foreign policy.",
    "Result: application dismissed.",
]
art("ZW-phillips-judgment-summary-jan-2024.html",
    "Phillips v Secretary of State for Foreign, Commonwealth and Development Affairs [2024] EWHC 32 (Admin): case summary",
    "2024-01-15", "CaseBrief UK", "Case summary by CaseBrief editors", "summary", C_SUM)

art("ZW-phillips-ruling-forum-jan-2024.html",
    "Forum: Graham Phillips loses High Court sanctions case",
    "2024-01-13", "UK Law Forum (archived)", "Thread in Public Law", "forum", [], posts=[
    ("barrister_b", "2024-01-12 14:10", "Judgment is out: Johnson J dismissed Phillips' challenge to his sanctions designation. [2024] EWHC 32 (Admin)."),
    ("civlib_sue", "2024-01-12 14:32", "Disappointing for free speech. A British citizen's assets frozen for making videos."),
    ("barrister_b", "2024-01-12 14:50", "The judge's point is that he wasn't sanctioned for opinions but for propaganda supporting the invasion. He accepts the interference with his rights is significant, but finds it proportionate."),
    ("northern_pete", "2024-01-12 15:15", "Wasn't this the guy who filmed Aiden Aslin in handcuffs? That video was taken down by YouTube back in April 2022."),
    ("civlib_sue", "2024-01-12 16:02", "Yes. Still think the principle matters. Did he say whether he'll appeal?"),
    ("lse_student22", "2024-01-12 18:44", "Read the whole thing. Hearing was on 20 and 21 December, Maya Lester KC for the FCDO, Joshua Hitchens for Phillips. Judge says bloggers and citizen journalists can get strong protection in principle, just not for propaganda."),
    ("northern_pete", "2024-01-12 19:05", "So what actually happens to him now? Assets still frozen, I assume, and he'd need an OFSI licence for anything in the UK."),
    ("barrister_b", "2024-01-13 09:20", "Nothing announced that I've seen. For now he stays on the list. It's the first case in England and Wales on sanctions and freedom of expression, so expect it to be cited a lot."),
    ])

art("ZW-sanctions-and-free-speech-explainer-feb-2024.md",
    "Sanctions and free speech after the Graham Phillips ruling",
    "2024-02-05", "Sanctions Explained", "By Leila Farouk", "explainer", [
    "Can the UK freeze a British citizen's assets over what he says online? After the High Court dismissed Graham Phillips' challenge on January 12, 2024, the short answer is yes, if what he publishes is propaganda that supports Russia's destabilisation of Ukraine.",
    "## What the court drew a line between",
    "Mr Justice Johnson distinguished legitimate political dissent, which gets the highest protection, from propaganda, which gets less. He said \"citizen journalists\" and bloggers can in principle get strong protection too, but that harm from content on the internet can be greater than from the traditional press.",
    "## How much the court defers",
    "In foreign policy, the judge said, a court gives significant weight to the Foreign Secretary's assessment. Phillips' videos from the Donbas, his Z symbol and his interview of the captured Briton Aiden Aslin were part of the evidence.",
    "## Where things stand",
    "The designation made in July 2022 remains in force. Phillips can still ask for licences from OFSI to pay basic living costs, but a newspaper column reported that he has refused on principle to live by government permission.",
    "Lawyers expect the ruling to be relied on in other challenges to designations of commentators and media figures.",
    ], teaser="More from Sanctions Explained: how section 38 court reviews work")

C_FAQ_TXT = [
    "Q: How do I challenge a UK sanctions designation?",
    "A: First ask the minister who made it, usually the Foreign Secretary, to vary or revoke it. If the designation is maintained, you can apply to the High Court under section 38 of the Sanctions and Anti-Money Laundering Act 2018.",
    "Q: What does the court look at?",
    "A: It applies the principles of judicial review. It does not simply re-decide the case, and in foreign policy it gives weight to the minister's assessment.",
    "Q: Has anyone challenged a Russia designation on free speech grounds?",
    "A: Yes. Graham Phillips, a British video blogger designated in July 2022, argued the freeze punished his political views. The High Court dismissed his claim on January 12, 2024, finding his content was propaganda and the designation proportionate.",
    "Q: Can a designated person still pay for food or lawyers?",
    "A: Only under a licence issued by OFSI, the Treasury's Office of Financial Sanctions Implementation.",
    "Q: Does a court loss end the matter?",
    "A: Not necessarily. A person can ask for a fresh review if circumstances change.",
]
art("ZW-court-review-sanctions-faq-mar-2024.txt",
    "Challenging a UK sanctions designation: a short FAQ",
    "2024-03-04", "Sanctions Notes Digest", "Prepared by the Digest editors", "faqtxt", C_FAQ_TXT,
    teaser="This FAQ is for information only and is not legal advice.")

art("ZW-youtube-war-content-policy-distractor-may-2022.md",
    "YouTube tightens rules on war videos as creators cry foul",
    "2022-05-10", "Northern Dispatch", "By Ellen Marsh", "news", [
    "YouTube says it has removed thousands of channels and videos about the war in Ukraine since February for breaking its rules on violent content, misinformation and the treatment of prisoners.",
    "The platform, owned by Google, has blocked channels linked to Russian state media across Europe and stopped paying advertising money to channels that it says glorify or deny well-documented violent events.",
    "Some creators who film in Russian-held parts of Ukraine, among them the British blogger Graham Phillips, say the rules are applied unevenly and amount to censorship of reporting that does not fit the Western view of the war.",
    "YouTube said its policies apply equally to all sides and that it relies on a mix of automated systems and human reviewers. It declined to discuss individual channels.",
    "Digital rights groups said platforms should publish more detail about why war content is removed, and give creators a clearer route to appeal.",
    "Researchers who track online propaganda said the removals have pushed some channels to smaller video sites and to messaging apps such as Telegram, where moderation is lighter.",
    ], distractor=True, teaser="More from Northern Dispatch: what the war did to creator income")
