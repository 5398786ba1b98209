"""Article text and metadata for blind set qa-ZP (answers-zp).

Blocks: ("p", text), ("h", subhead), ("li", [items]), ("qa", question, answer),
("post", user, text) for forum posts, ("c", commenter, text) for blog comments,
("num", [items]) for numbered points. Story facts are checked against public reporting
(see README); outlets, bylines, users and commenters are invented.
"""

ARTICLES = []


def art(**kw):
    kw.setdefault("distractor", False)
    ARTICLES.append(kw)


# ---------------------------------------------------------------- Samourai Wallet
art(file="ZP-samourai-wallet-founders-arrested-apr-2024.md", fmt="md", shape="news", story="samourai",
    date="2024-04-25", outlet="Ledger Lines", byline="Dana Whitcombe",
    title="Samourai Wallet founders arrested, charged with laundering through bitcoin mixer",
    teaser="More from Ledger Lines: Why stablecoin issuers keep freezing wallets",
    body=[
        ("p", "Federal prosecutors in Manhattan on Wednesday unsealed charges against the two founders of Samourai Wallet, "
              "a bitcoin wallet app whose privacy tools the government says were built and marketed to hide criminal money."),
        ("p", "Keonne Rodriguez, 35, the chief executive, was arrested on Wednesday morning in Pennsylvania. William Lonergan "
              "Hill, 65, the chief technology officer, was arrested the same day in Portugal, and the United States will seek "
              "his extradition."),
        ("h", "Two counts each"),
        ("p", "Each man is charged with conspiracy to commit money laundering, which carries a maximum of 20 years in prison, "
              "and conspiracy to operate an unlicensed money transmitting business, which carries a maximum of five years. "
              "The indictment was filed in February and kept under seal until the arrests."),
        ("p", "The US Attorney's Office for the Southern District of New York says Samourai executed more than $2 billion in "
              "unlawful transactions and facilitated more than $100 million of money laundering from dark web markets such "
              "as Silk Road and Hydra Market. Prosecutors say its two mixing features, Whirlpool and Ricochet, earned the "
              "founders about $4.5 million in fees."),
        ("h", "Servers seized in Iceland"),
        ("p", "Working with Icelandic law enforcement, investigators seized Samourai's web server and domain, and a seizure "
              "warrant was served to stop downloads of the app from the Google Play Store, where it had been downloaded "
              "more than 100,000 times. The FBI and IRS Criminal Investigation worked on the case."),
        ("p", "US Attorney Damian Williams said the founders had openly invited users to clean criminal proceeds through "
              "the service, citing posts and private messages quoted in the indictment."),
    ])

art(file="ZP-samourai-wallet-case-faq-jul-2024.html", fmt="html", shape="faq", story="samourai",
    date="2024-07-15", outlet="Chainwise Explainers", byline="Priya Okafor",
    title="The Samourai Wallet case: your questions answered",
    description="What Samourai Wallet is, what its founders are charged with and whether the app still works.",
    body=[
        ("qa", "What is Samourai Wallet?",
         "A mobile bitcoin wallet launched in 2015. Users keep their own keys. Its Whirlpool feature pools coins from many "
         "users in coinjoin transactions, and Ricochet adds extra hops so that payments are harder to trace."),
        ("qa", "Who has been charged?",
         "The co-founders: chief executive Keonne Rodriguez and chief technology officer William Lonergan Hill. Both were "
         "arrested on April 24 and are charged in Manhattan with conspiracy to commit money laundering and conspiracy to "
         "operate an unlicensed money transmitting business."),
        ("qa", "Are they in jail?",
         "No. Rodriguez was released on a $1 million bond and pleaded not guilty. Hill was arrested in Portugal; in early "
         "July prosecutors and his lawyers agreed on bail, but disagreed on where he should live, with the defence asking "
         "for Portugal and the government preferring a relative's home in Brooklyn."),
        ("qa", "What sentence could they face?",
         "Up to 20 years on the laundering count and up to five years on the licensing count."),
        ("qa", "Can I still download the app?",
         "Not from the Google Play Store in the US: a seizure warrant stopped downloads, and the website and servers hosted "
         "in Iceland were seized."),
        ("qa", "Is Samourai on the OFAC sanctions list?",
         "No. This is a criminal prosecution by the Justice Department, not a Treasury sanctions designation."),
        ("qa", "When is the trial?",
         "No trial date has been set."),
    ],
    comments=[("satsonly", "Good summary. The bond amount was news to me."),
              ("Marguerite L.", "Would be useful to add what happens to coins already mixed.")])

art(file="ZP-samourai-lawyers-say-fincen-advice-withheld-may-2025.txt", fmt="txt", shape="news", story="samourai",
    date="2025-05-12", outlet="The Compliance Wire", byline="Tomasz Rendell",
    title="Samourai founders say prosecutors sat on FinCEN view that the app needed no licence",
    tip="Our tip: Read our guide to the money services business rules for wallet developers.",
    body=[
        ("p", "NEW YORK, May 12 - Lawyers for the two founders of Samourai Wallet say federal prosecutors kept quiet for more "
              "than a year about a call in which Treasury officials suggested the bitcoin privacy app did not need a "
              "money transmitter licence."),
        ("h", "The letter"),
        ("p", "In a May 5 letter to the Manhattan federal court, attorneys for Keonne Rodriguez and William Hill said "
              "prosecutors spoke in August 2023 with Kevin O'Connor, chief of FinCEN's virtual assets and emerging "
              "technology section, and Lorena Valente of FinCEN's policy division. An email by prosecutor Andrew Chan "
              "summing up the call said that because Samourai did not take custody of users' bitcoin by holding private "
              "keys, that would strongly suggest Samourai was not acting as a money services business."),
        ("p", "The defence says the material was handed over only on April 1, 2025. It asked for a hearing and said it "
              "would renew its bid to have the charges dismissed."),
        ("h", "Prosecutors reply"),
        ("p", "In a May 9 letter, prosecutors denied withholding anything, described the FinCEN officials' remarks as "
              "informal views, and said the defence had about seven months to review the material before trial."),
        ("h", "Background"),
        ("p", "Rodriguez and Hill were charged in February 2024 and arrested that April, and both pleaded not guilty. The "
              "dispute follows an April memo from Deputy Attorney General Todd Blanche saying the department would stop "
              "pursuing mixing services for unwitting regulatory violations."),
        ("p", "FinCEN did not comment on the letters."),
    ])

art(file="ZP-samourai-founders-plead-guilty-jul-2025.md", fmt="md", shape="news", story="samourai",
    date="2025-07-31", outlet="Ledger Lines", byline="Dana Whitcombe",
    title="Samourai Wallet founders plead guilty to running unlicensed money transmitter",
    teaser="More from Ledger Lines: What a guilty plea means for coinjoin users",
    body=[
        ("p", "The two founders of Samourai Wallet pleaded guilty on Wednesday in Manhattan federal court to a single count "
              "of conspiracy to operate an unlicensed money transmitting business, ending their bid to take the case to "
              "trial."),
        ("h", "Laundering count to be dropped"),
        ("p", "Under the plea deals, prosecutors will dismiss the money laundering conspiracy charge that Keonne Rodriguez "
              "and William Lonergan Hill had faced since April 2024, which carried up to 20 years. The count they admitted "
              "carries a maximum of five years in prison."),
        ("p", "Prosecutors say Samourai's Whirlpool and Ricochet services handled more than 80,000 bitcoin, worth more than "
              "$2 billion, and helped move more than $237 million in criminal proceeds. They estimate the founders earned "
              "more than $6 million from the business."),
        ("h", "What comes next"),
        ("p", "Sentencing is set for the autumn before US District Judge Denise Cote. Both men remain free on bail until "
              "then."),
        ("p", "The pleas come weeks after the defence argued that FinCEN officials had told prosecutors in 2023 that the "
              "non-custodial app did not look like a money services business. Privacy advocates had hoped the case would "
              "test whether writing wallet software can amount to money transmission; with the pleas, no jury will decide "
              "that question."),
        ("li", ["Charge admitted: conspiracy to operate an unlicensed money transmitting business",
                "Maximum sentence: five years", "Judge: Denise Cote"]),
    ])

art(file="ZP-samourai-ceo-rodriguez-gets-five-years-nov-2025.html", fmt="html", shape="news", story="samourai",
    date="2025-11-06", outlet="Blockfront Daily", byline="Hannah Osei",
    title="Samourai Wallet CEO Keonne Rodriguez sentenced to five years, the maximum",
    description="Judge Denise Cote gave the Samourai co-founder the top sentence for running an unlicensed money transmitter.",
    body=[
        ("p", "Samourai Wallet co-founder Keonne Rodriguez was sentenced on Thursday to five years in prison, the maximum "
              "for the single count of conspiracy to operate an unlicensed money transmitting business to which he pleaded "
              "guilty in July."),
        ("p", "US District Judge Denise Cote also ordered Rodriguez to pay a $250,000 fine and to serve three years of "
              "supervised release. His lawyers had asked for a sentence of one year and one day."),
        ("h", "More than $6 million to repay"),
        ("p", "The judge ordered Rodriguez and his co-founder, William Lonergan Hill, to pay back more than $6 million, "
              "prosecutors' estimate of what the pair earned from Samourai. Hill is due to be sentenced on November 19."),
        ("p", "According to a courtroom account, Cote said the sentence was needed to protect the integrity of the "
              "financial system. Prosecutors said the founders knew that Whirlpool and Ricochet were being used by "
              "criminals to clean stolen and dark-market bitcoin and promoted them in forums where users asked for help "
              "with it."),
        ("h", "Privacy advocates alarmed"),
        ("p", "The case has been watched closely by developers of privacy tools. Samourai's app had been on the Google Play "
              "Store from 2015 until the founders' arrest in April 2024 and was downloaded more than 100,000 times."),
    ],
    comments=[("hodl_harbor", "Five years for a wallet. Wild."),
              ("R. Feld", "He pleaded guilty to running a money transmitter. The judge had the plea in front of her.")])

art(file="ZP-samourai-cto-hill-sentenced-court-summary-nov-2025.txt", fmt="txt", shape="court", story="samourai",
    date="2025-11-21", outlet="Docket Digest", byline="Court desk",
    title="United States v. Rodriguez and Hill (S.D.N.Y.): sentence of William Lonergan Hill",
    body=[
        ("p", "NEW YORK, Nov. 21 - This summary covers the sentencing of the second Samourai Wallet defendant."),
        ("h", "Sentence"),
        ("p", "On November 19, 2025, Judge Denise Cote of the Southern District of New York sentenced William Lonergan Hill, "
              "Samourai's co-founder and chief technology officer, to four years in prison. Hill had pleaded guilty in "
              "July to conspiracy to operate an unlicensed money transmitting business."),
        ("p", "His co-defendant, chief executive Keonne Rodriguez, received five years on November 6, together with a "
              "$250,000 fine. Both men were ordered to serve three years of supervised release and to forfeit about $6.3 "
              "million, the fees prosecutors traced to the business."),
        ("h", "The conduct"),
        ("p", "Prosecutors said Samourai's Whirlpool coinjoin service, coordinated by Samourai's own server, and its "
              "Ricochet tool processed more than 80,000 bitcoin, and that the founders knew large amounts were criminal "
              "proceeds. The court treated Samourai's control over the mixing as money transmission even though the "
              "wallet never held users' keys."),
        ("h", "Procedural history"),
        ("li", ["February 2024: indictment filed under seal",
                "April 24, 2024: arrests in Pennsylvania and Portugal",
                "July 30, 2025: guilty pleas; laundering charge to be dismissed",
                "November 6 and 19, 2025: sentences"]),
    ],
    footer="(c) 2025 Docket Digest. Summary for information only; not legal advice.")

art(file="ZP-trump-says-he-will-look-at-samourai-pardon-dec-2025.md", fmt="md", shape="news", story="samourai",
    date="2025-12-16", outlet="Capitol Crypto Report", byline="Leon Marsh",
    title="Trump says he will look at pardon for Samourai developer days before prison",
    teaser="More from Capitol Crypto Report: The crypto pardons of 2025, listed",
    body=[
        ("p", "President Donald Trump said on Monday he would look at a pardon for Keonne Rodriguez, the Samourai Wallet "
              "co-founder who is due to report to federal prison on Friday to begin a five-year sentence."),
        ("p", "Asked about Rodriguez in the Oval Office, Trump said he had heard about the case and would look at it, "
              "turning to Attorney General Pam Bondi, who was in the room. He said he did not know much about the case."),
        ("h", "A campaign for clemency"),
        ("p", "Bitcoin figures have pressed for pardons for Rodriguez and William Lonergan Hill, who was sentenced to four "
              "years. On December 2 the Bitcoin Policy Institute published a paper calling the prosecution a misapplication "
              "of federal law and arguing that publishing non-custodial software is not money transmission."),
        ("p", "Trump pardoned Silk Road creator Ross Ulbricht in January and Binance founder Changpeng Zhao in October. "
              "Democrats have criticised the crypto pardons."),
        ("h", "The case"),
        ("p", "Rodriguez and Hill pleaded guilty in July to conspiracy to operate an unlicensed money transmitting "
              "business after prosecutors agreed to drop a money laundering charge. Judge Denise Cote gave Rodriguez the "
              "maximum sentence in November."),
        ("p", "The White House did not say when a decision might come."),
    ])

art(file="ZP-samourai-founder-reports-to-prison-blog-dec-2025.html", fmt="html", shape="blog", story="samourai",
    date="2025-12-20", outlet="Node & Notice (blog)", byline="Ines Carvalho",
    title="Rodriguez heads to prison asking Trump for a pardon: four things to know",
    description="The Samourai co-founder says his prosecution was lawfare and asks for clemency for himself and Bill Hill.",
    body=[
        ("p", "Keonne Rodriguez, the Samourai Wallet co-founder sentenced to five years, said on X on Thursday that he would "
              "report to prison on Friday. His post was a direct appeal to President Trump."),
        ("num", ["He blames the last administration. Rodriguez called his case lawfare by a weaponised Biden DOJ and said "
                 "activist judges had targeted him over an anti-innovation political agenda.",
                 "He wants two pardons. He asked for federal pardons for himself and for William 'Bill' Lonergan Hill, "
                 "the co-founder sentenced to four years.",
                 "He says there were no victims. Rodriguez argued that nobody was harmed by running a non-custodial "
                 "wallet.",
                 "Trump has not ruled it out. Earlier in the week the president said he would look at the case. No "
                 "pardon had been announced when Rodriguez posted."]),
        ("h", "Our view"),
        ("p", "Whatever happens to the pardon request, the plea stands: both men admitted to conspiring to run an "
              "unlicensed money transmitting business, and the separate money laundering charge was dropped as part of "
              "the deal. Developers who run a coordinator server should read the case closely."),
    ],
    comments=[("coinjoin_carl", "Hope he gets it. Writing code is not a crime."),
              ("Beth A.", "He pleaded guilty though. Hard to call it lawfare after a plea."),
              ("quietmixer", "Any word on when Hill has to report?")])

art(file="ZP-forfeited-samourai-bitcoin-sold-jan-2026.txt", fmt="txt", shape="news", story="samourai",
    date="2026-01-06", outlet="The Compliance Wire", byline="Tomasz Rendell",
    title="Bitcoin forfeited by Samourai founders appears to have been sold, report says",
    tip="Our tip: See our tracker of government bitcoin holdings.",
    body=[
        ("p", "NEW YORK, Jan. 6 - The bitcoin that the Samourai Wallet founders handed over under their plea deal appears "
              "to have been sold, according to a document published on Monday by Bitcoin Magazine."),
        ("h", "The liquidation agreement"),
        ("p", "The document, an asset liquidation agreement, shows Keonne Rodriguez and William Lonergan Hill agreed to "
              "transfer $6,367,139.69 worth of bitcoin, or 57.55353033 BTC, to the US Marshals Service. The last "
              "signature, by Assistant US Attorney Cecilia Vogel, is dated November 3, 2025."),
        ("p", "The coins left the sending address that day and went straight to an address that blockchain analysts "
              "attribute to Coinbase Prime, the brokerage. That address now shows a zero balance, suggesting the bitcoin "
              "may already have been sold."),
        ("h", "Executive order"),
        ("p", "If the coins were sold, critics say, the sale may have breached Executive Order 14233, which directs that "
              "bitcoin the government obtains through criminal or civil forfeiture be kept in the Strategic Bitcoin "
              "Reserve rather than sold."),
        ("p", "The forfeiture stems from the founders' guilty pleas last July to conspiracy to operate an unlicensed money "
              "transmitting business. Rodriguez is serving five years and Hill was sentenced to four."),
        ("p", "The Marshals Service has not said publicly what happened to the coins."),
    ])

# ---------------------------------------------------------------- BTC-e / Vinnik
art(file="ZP-us-sues-btc-e-vinnik-to-collect-fincen-penalties-jul-2019.md", fmt="md", shape="news", story="vinnik",
    date="2019-07-26", outlet="Ledger Lines", byline="Marcus Delaney",
    title="US sues BTC-e and Alexander Vinnik to collect $122 million in FinCEN penalties",
    teaser="More from Ledger Lines: How FinCEN decides who is a money services business",
    body=[
        ("p", "The United States has gone to federal court in San Francisco to collect the civil penalties that Treasury's "
              "Financial Crimes Enforcement Network assessed against the BTC-e exchange and its alleged operator two years "
              "ago."),
        ("p", "The complaint, filed on Thursday in the Northern District of California, names BTC-e, also known as Canton "
              "Business Corporation, and Russian national Alexander Vinnik. It seeks to recover penalties imposed under the "
              "Bank Secrecy Act."),
        ("h", "The 2017 penalties"),
        ("p", "On July 26, 2017, FinCEN assessed a civil money penalty of $110,003,314 against BTC-e and a $12 million penalty "
              "against Vinnik. It was FinCEN's first action against a foreign-located money services business doing "
              "business in the US and its second against a virtual currency exchanger."),
        ("p", "FinCEN found that BTC-e wilfully failed to:"),
        ("li", ["register with FinCEN as a money services business",
                "run an effective anti-money laundering programme",
                "file suspicious activity reports",
                "keep records of transfers of $3,000 or more"]),
        ("p", "Then acting FinCEN director Jamal El-Hindi said at the time: We will hold accountable foreign-located money "
              "transmitters, including virtual currency exchangers, that do business in the United States when they "
              "willfully violate U.S. anti-money laundering laws."),
        ("h", "Where Vinnik is"),
        ("p", "Vinnik has been held in Greece since his arrest there in July 2017 on a US warrant. The US, Russia and France "
              "have all asked Greece to hand him over. The complaint says BTC-e was organised under the laws of Cyprus "
              "and/or the Seychelles."),
    ])

art(file="ZP-greece-hands-vinnik-to-france-jan-2020.html", fmt="html", shape="news", story="vinnik",
    date="2020-01-24", outlet="EuroCrime Monitor", byline="Sofia Andreou",
    title="Greece hands alleged BTC-e operator Vinnik to France, not the US",
    description="The Russian wanted in three countries was flown to Paris to face ransomware-linked charges.",
    body=[
        ("p", "Greece on Thursday, January 23, handed Alexander Vinnik, the Russian national accused by the United States of running "
              "the BTC-e cryptocurrency exchange, to France under a European arrest warrant."),
        ("p", "Vinnik was arrested at a resort in northern Greece in July 2017 at the request of US authorities, who "
              "accuse him of laundering billions of dollars through BTC-e. Russia also sought him on lesser fraud charges, "
              "and Paris prosecutors issued their own warrant in July 2018, accusing him of extortion, money laundering "
              "and computer fraud."),
        ("h", "The French case"),
        ("p", "French investigators suspect Vinnik of involvement in the Locky ransomware, which hit about 200 companies, "
              "local authorities and individuals in France between 2016 and 2018. Damage worldwide was estimated in 2018 "
              "at about 135 million euros. Vinnik denies the accusations and says he was only a technical operator of "
              "BTC-e."),
        ("h", "Hunger strikes"),
        ("p", "During his detention in Greece, Vinnik went on hunger strike for several weeks in protest at his "
              "conditions and to press for extradition to Russia instead."),
        ("p", "The US has not dropped its case. A 21-count indictment in California charges him with money laundering "
              "and operating an unlicensed money services business, and Greek courts had already approved the American "
              "request."),
    ],
    comments=[("Nikos P.", "Three countries fighting over one man. Only in this case."),
              ("anon_sat", "He'll end up in the US eventually, mark my words.")])

art(file="ZP-paris-court-jails-vinnik-five-years-dec-2020.txt", fmt="txt", shape="news", story="vinnik",
    date="2020-12-08", outlet="Paris Wire Review", byline="Claire Monnet",
    title="Paris court jails Russian Vinnik for five years for laundering, clears him of ransomware",
    tip="Our tip: Read our explainer on how French courts handle European arrest warrants.",
    body=[
        ("p", "PARIS, Dec. 8 - A Paris criminal court on Monday sentenced Alexander Vinnik, the Russian accused of running "
              "the BTC-e exchange, to five years in prison and a 100,000 euro fine for aggravated money laundering."),
        ("h", "One offence of fourteen"),
        ("p", "The 13th correctional chamber found Vinnik guilty of laundering as part of an organised group but cleared "
              "him of 13 of the 14 offences he was tried for, including extortion linked to the Locky ransomware. The "
              "court also ordered the confiscation of seized assets."),
        ("p", "Prosecutors had asked for 10 years in prison and a 750,000 euro fine, calling Vinnik the brain of the "
              "scheme. The defence said he was a simple operator of BTC-e who never profited from any malware."),
        ("h", "Appeal planned"),
        ("p", "His lawyer, Frederic Belot, called the decision very serious and said it rested on documents of which the "
              "French side had only copies. He said the defence would appeal. Belot said Vinnik had already spent three "
              "and a half years in detention."),
        ("h", "Still wanted elsewhere"),
        ("p", "Vinnik was arrested in Greece in July 2017 on a US warrant and sent to France in January. The trial opened "
              "on October 19. The United States still wants to try him in California over BTC-e, which it says laundered "
              "billions of dollars."),
    ])

art(file="ZP-paris-appeal-court-upholds-vinnik-sentence-jun-2021.md", fmt="md", shape="news", story="vinnik",
    date="2021-06-25", outlet="EuroCrime Monitor", byline="Sofia Andreou",
    title="Paris appeal court upholds Vinnik's five-year laundering sentence",
    teaser="More from EuroCrime Monitor: Locky ransomware, five years on",
    body=[
        ("p", "The Paris Court of Appeal on Thursday upheld the five-year prison sentence handed to Russian national "
              "Alexander Vinnik for laundering money through the BTC-e cryptocurrency exchange."),
        ("h", "Ransomware acquittal stands"),
        ("p", "The appeal opened on May 18. Advocate general Jerome Marilly told the court there was no evidence that "
              "Vinnik designed or spread the Locky ransomware and asked it to confirm his acquittal on those charges, "
              "while upholding the conviction for organised money laundering. The court agreed."),
        ("p", "It also turned down defence requests, including one to examine the copies of evidence supplied by the "
              "FBI."),
        ("h", "Defence looks to Cassation"),
        ("p", "Lawyer Frederic Belot called the ruling a lazy decision and said the defence would take the case to the "
              "Court of Cassation. He welcomed the fact that most of the other charges, especially extortion, had been "
              "dropped."),
        ("p", "The defence's main worry now is what happens after the French sentence. Greece approved a US extradition "
              "request before sending Vinnik to France, and his lawyers fear that returning him to Greece would lead to "
              "his transfer to the United States."),
        ("li", ["First-instance verdict: December 2020, five years",
                "Appeal verdict: June 24, 2021, five years upheld",
                "Russian human rights commissioner Tatiana Moskalkova has asked France to send him home"]),
    ])

art(file="ZP-vinnik-extradited-to-us-appears-in-court-aug-2022.html", fmt="html", shape="news", story="vinnik",
    date="2022-08-06", outlet="Blockfront Daily", byline="Hannah Osei",
    title="Vinnik extradited to US, appears in San Francisco court over BTC-e",
    description="After five years of litigation the alleged BTC-e operator is in American custody.",
    body=[
        ("p", "Alexander Vinnik, the Russian national accused of operating the BTC-e cryptocurrency exchange, was "
              "extradited from Greece to the United States on Thursday and made his first appearance in federal court in "
              "San Francisco on Friday, the Justice Department said."),
        ("p", "France released Vinnik on Thursday after he served his French sentence for money laundering and returned "
              "him to Greece, which sent him on to the US. In July, US authorities had withdrawn a request to take him "
              "directly from France, reactivating the request already approved in Greece."),
        ("h", "The charges"),
        ("p", "Vinnik faces a 21-count indictment in the Northern District of California, including money laundering and "
              "operating an unlicensed money services business. He could face decades in prison if convicted."),
        ("p", "After more than five years of litigation, Russian national Alexander Vinnik was extradited to the United "
              "States yesterday to be held accountable for operating BTC-e, a criminal cryptocurrency exchange, which "
              "laundered more than $4 billion of criminal proceeds, said Assistant Attorney General Kenneth A. Polite Jr."),
        ("h", "Swap speculation"),
        ("p", "His French lawyer, Frederic Belot, said Vinnik maintains his innocence. The timing, the same day a Moscow "
              "court sentenced US basketball star Brittney Griner to nine years, fuelled speculation that Vinnik could "
              "be used in a prisoner exchange."),
    ],
    comments=[("Tessa W.", "Five years in three countries' jails before a US court even saw him."),
              ("blockwatcher", "Watch this one for a swap.")])

art(file="ZP-btc-e-operator-vinnik-pleads-guilty-may-2024.txt", fmt="txt", shape="agency", story="vinnik",
    date="2024-05-03", outlet="Enforcement Brief", byline="Staff summary",
    title="Agency summary: BTC-e operator Alexander Vinnik pleads guilty to money laundering conspiracy",
    body=[
        ("p", "SAN FRANCISCO, May 3 - The Justice Department announced today that Alexander Vinnik, 44, a Russian "
              "national, pleaded guilty to conspiracy to commit money laundering for his role in operating the BTC-e "
              "cryptocurrency exchange from 2011 to 2017."),
        ("h", "What the department says"),
        ("li", ["BTC-e processed over $9 billion worth of transactions and served over one million users worldwide, "
                "including many in the United States.",
                "It was shut down by law enforcement in about July 2017, at the time of Vinnik's arrest.",
                "It received proceeds of hacking, ransomware, identity theft, corrupt public officials and drug rings.",
                "Vinnik enabled the laundering of at least $121 million in criminal proceeds."]),
        ("h", "Compliance failures"),
        ("p", "Despite doing substantial business in the US, BTC-e was not registered with FinCEN as a money services "
              "business, had no anti-money laundering or know-your-customer processes and collected virtually no "
              "customer data. It used shell companies and affiliates to move funds."),
        ("h", "Statement"),
        ("p", "Deputy Attorney General Lisa Monaco said: Today's result shows how the Justice Department, working with "
              "international partners, reaches across the globe to combat cryptocrime. This guilty plea reflects the "
              "Department's ongoing commitment to use all tools to fight money laundering, police crypto markets, and "
              "recover restitution for victims."),
        ("p", "Vinnik was arrested in Greece in 2017, extradited to France, where he was sentenced to five years, and "
              "brought to the US in August 2022."),
    ],
    footer="(c) 2024 Enforcement Brief. Summary for information only; not legal advice.")

art(file="ZP-vinnik-freed-in-swap-for-marc-fogel-feb-2025.md", fmt="md", shape="news", story="vinnik",
    date="2025-02-13", outlet="Capitol Crypto Report", byline="Leon Marsh",
    title="US frees BTC-e's Alexander Vinnik in exchange for teacher Marc Fogel",
    teaser="More from Capitol Crypto Report: Every US-Russia prisoner swap since 2022",
    body=[
        ("p", "The United States is releasing Alexander Vinnik, the Russian who pleaded guilty last year to laundering "
              "money through the BTC-e exchange, in exchange for American teacher Marc Fogel, a Trump administration "
              "official confirmed on Wednesday."),
        ("h", "Fogel home"),
        ("p", "Fogel, a history teacher from Pennsylvania, was freed on Tuesday and welcomed at the White House. He had "
              "been held since August 2021, when he was detained at a Moscow airport with medically prescribed marijuana, "
              "and was serving a 14-year sentence. Envoy Steve Witkoff flew him home and said Saudi Arabia helped."),
        ("h", "Vinnik's release"),
        ("p", "Kremlin spokesman Dmitry Peskov said a Russian citizen held in US custody would be returned to Russia in "
              "the coming days. According to an administration source, Vinnik has to forfeit money seized by the US "
              "government as part of the exchange. He remained in custody in northern California awaiting transport."),
        ("p", "It is a real relief for my client and his family, said his lawyer, Frederic Belot, who had pushed for "
              "Vinnik to be included in a swap. The Justice Department declined to comment."),
        ("h", "Eight years of cases"),
        ("p", "Vinnik was arrested in Greece in 2017, jailed in France for five years in 2020 for laundering, and extradited "
              "to the US in 2022. In May 2024 he pleaded guilty in San Francisco to conspiracy to commit money laundering."),
    ])

art(file="ZP-btc-e-vinnik-case-faq-mar-2025.html", fmt="html", shape="faq", story="vinnik",
    date="2025-03-03", outlet="Chainwise Explainers", byline="Priya Okafor",
    title="BTC-e and Alexander Vinnik: the case from 2017 to the swap",
    description="What BTC-e was, what FinCEN and the courts did, and where Vinnik's case ended up.",
    body=[
        ("qa", "What was BTC-e?",
         "A cryptocurrency exchange that ran from 2011 until US authorities shut it down in July 2017. Prosecutors say it "
         "was a favourite of hackers and ransomware gangs and that coins stolen from Mt. Gox were laundered through it."),
        ("qa", "What did Treasury do?",
         "FinCEN fined BTC-e $110 million and Vinnik $12 million in July 2017 for wilful anti-money laundering "
         "violations. BTC-e was not put on the OFAC sanctions list; FinCEN's action was a civil penalty."),
        ("qa", "Where was Vinnik tried?",
         "First in France, where a Paris court gave him five years for laundering in 2020, upheld on appeal in 2021. "
         "He was then extradited to the US in August 2022."),
        ("qa", "Did he plead guilty in the US?",
         "Yes. In May 2024 he admitted conspiracy to commit money laundering in federal court in San Francisco."),
        ("qa", "Is he still in a US prison?",
         "No. In February 2025 the US released him in exchange for Marc Fogel, the American teacher held in Russia. "
         "The Kremlin said he would be returned to Russia."),
        ("qa", "What happened to BTC-e's users?",
         "After the shutdown, a successor platform called WEX relaunched under new management and took over BTC-e "
         "balances."),
    ],
    comments=[("Jonas K.", "The WEX bit deserves its own FAQ."),
              ("mtgox_creditor", "Still waiting on the full Gox story.")])

# ---------------------------------------------------------------- KuCoin
art(file="ZP-new-york-ag-sues-kucoin-mar-2023.txt", fmt="txt", shape="news", story="kucoin",
    date="2023-03-10", outlet="The Compliance Wire", byline="Ada Brennan",
    title="New York attorney general sues KuCoin, says ether is a security",
    tip="Our tip: Read our primer on New York's Martin Act.",
    body=[
        ("p", "NEW YORK, March 10 - New York Attorney General Letitia James on Thursday, March 9, sued KuCoin, the Seychelles-based "
              "cryptocurrency exchange, for letting New Yorkers trade without registering with the state."),
        ("h", "Ether in the spotlight"),
        ("p", "The suit, filed in the New York State Supreme Court under the Martin Act, says ether, like the LUNA token "
              "and the TerraUSD stablecoin, is a security and a commodity because its value depends on the efforts of "
              "third-party developers. It is the first time a regulator has claimed in court that ether is a security. "
              "The price of ether fell about 8% within half an hour."),
        ("p", "The attorney general says KuCoin failed to register as a securities and commodities broker-dealer, falsely "
              "called itself an exchange and sold unregistered securities through its KuCoin Earn lending product. Staff "
              "in her office were able to open an account and trade."),
        ("h", "Seeking a block"),
        ("p", "James wants KuCoin barred from operating in New York until it complies, with its website and app "
              "geoblocked. One by one my office is taking action against cryptocurrency companies that are brazenly "
              "disregarding our laws and putting investors at risk, she said."),
        ("p", "According to the office, KuCoin did not respond to subpoenas served by email and in person."),
    ])

art(file="ZP-kucoin-pays-22-million-exits-new-york-dec-2023.md", fmt="md", shape="news", story="kucoin",
    date="2023-12-13", outlet="Ledger Lines", byline="Marcus Delaney",
    title="KuCoin to pay $22 million and leave New York to settle state lawsuit",
    teaser="More from Ledger Lines: Which exchanges still serve New York?",
    body=[
        ("p", "KuCoin has agreed to pay $22 million and shut out New York users to settle the lawsuit brought by Attorney "
              "General Letitia James in March, according to a stipulation and consent order filed on Tuesday in the "
              "Supreme Court of the State of New York."),
        ("h", "Refunds and a payment"),
        ("p", "KuCoin will refund $16.77 million in crypto to about 177,800 New York investors and pay $5.3 million to the "
              "state. It must close New York users' accounts no later than 120 days after the order takes effect and "
              "block New Yorkers from opening new ones."),
        ("p", "The exchange acknowledged that New York users could buy and sell cryptocurrencies that are securities or "
              "commodities under state law on its platform although it was not registered as a broker-dealer."),
        ("p", "Crypto companies should understand that they must play by the same rules as other financial institutions, "
              "James said."),
        ("h", "KuCoin's response"),
        ("p", "Chief executive Johnny Lyu announced the settlement on X and said affected users would be contacted by "
              "email or text. Earlier this year KuCoin made identity checks mandatory, blocking deposits from unverified "
              "accounts after July 15."),
        ("li", ["Total: $22 million", "Refunds: $16.77 million", "To the state: $5.3 million",
                "Deadline to close New York accounts: 120 days"]),
    ])

art(file="ZP-kucoin-and-founders-charged-in-manhattan-mar-2024.html", fmt="html", shape="news", story="kucoin",
    date="2024-03-27", outlet="Blockfront Daily", byline="Hannah Osei",
    title="KuCoin and two founders criminally charged with flouting US anti-money laundering law",
    description="Manhattan prosecutors unsealed an indictment against the exchange and founders Chun Gan and Ke Tang.",
    body=[
        ("p", "Federal prosecutors in Manhattan on Tuesday, March 26, unsealed an indictment against KuCoin, one of the world's "
              "largest cryptocurrency exchanges, and two of its founders, Chun Gan, known as Michael, and Ke Tang, known "
              "as Eric."),
        ("p", "They are charged with conspiring to operate an unlicensed money transmitting business and conspiring to "
              "violate the Bank Secrecy Act by failing to keep an adequate anti-money laundering programme, failing to "
              "verify customers and never filing suspicious activity reports. KuCoin itself also faces two substantive "
              "counts. Gan and Tang remain at large."),
        ("h", "Billions in suspicious funds"),
        ("p", "The indictment, announced by US Attorney Damian Williams and Darren McCormack of Homeland Security "
              "Investigations, says KuCoin received more than $5 billion and sent more than $4 billion of suspicious and "
              "criminal proceeds. KuCoin operates through Flashdot Limited, Peken Global Limited and PhoenixFin Private "
              "Limited, was founded in about September 2017 and claims more than 30 million customers in 207 countries "
              "and territories."),
        ("p", "KuCoin and its founders deliberately sought to conceal the fact that substantial numbers of U.S. users "
              "were trading on KuCoin's platform, Williams said. Until at least July 2023 the exchange required no "
              "identifying information from customers."),
        ("p", "KuCoin said on X that it was operating well and that the assets of its users were absolutely safe."),
    ],
    comments=[("deg3n", "Binance first, now KuCoin. Who's next?"),
              ("M. Ortiz", "Withdrew my coins this morning, no issues.")])

art(file="ZP-kucoin-indictment-explainer-apr-2024.txt", fmt="txt", shape="explainer", story="kucoin",
    date="2024-04-02", outlet="Paris Wire Review", byline="Claire Monnet",
    title="Explainer: what the US charges against KuCoin mean, and what they don't",
    tip="Our tip: Compare this with our explainer on the Binance settlement.",
    body=[
        ("p", "NEW YORK, April 2 - A week after US prosecutors charged KuCoin and two of its founders, here is what the "
              "case is about."),
        ("h", "A licensing and controls case"),
        ("p", "The indictment does not accuse KuCoin of stealing customer money. It says the exchange served large "
              "numbers of Americans without registering with FinCEN as a money transmitter and without the anti-money "
              "laundering controls the Bank Secrecy Act requires, and that it never filed a single suspicious activity "
              "report. Each count carries a maximum of five years in prison."),
        ("h", "Not the same as the New York case"),
        ("p", "Last December KuCoin paid $22 million to settle Letitia James's state lawsuit, which was about selling "
              "securities and commodities without registration. That deal only closed New York accounts. The federal "
              "case is separate and nationwide."),
        ("h", "Can Americans still use KuCoin?"),
        ("p", "The charges do not by themselves shut the exchange to US users, and KuCoin says customer assets are "
              "safe. Any order to leave the US market would have to come from a court judgment or a settlement."),
        ("h", "Where are the founders?"),
        ("p", "Chun Gan and Ke Tang are not in US custody. Prosecutors describe them as at large."),
    ])

art(file="ZP-kucoin-pleads-guilty-297-million-jan-2025.txt", fmt="txt", shape="news", story="kucoin",
    date="2025-01-28", outlet="The Compliance Wire", byline="Ada Brennan",
    title="KuCoin pleads guilty, will pay $297 million and leave the US for two years",
    tip="Our tip: Our table of crypto exchange penalties is updated.",
    body=[
        ("p", "NEW YORK, Jan. 28 - Peken Global Limited, one of the entities that operates KuCoin, pleaded guilty on Monday "
              "in Manhattan federal court to one count of operating an unlicensed money transmitting business."),
        ("h", "The penalties"),
        ("p", "US District Judge Andrew Carter imposed a criminal fine of $112.9 million and ordered forfeiture of $184.5 "
              "million, a total of more than $297 million. KuCoin agreed to exit the US market for at least two years."),
        ("p", "Prosecutors said KuCoin served about 1.5 million registered US users and earned at least about $184.5 "
              "million in fees from them. It adopted a know-your-customer process only in August 2023 and did not apply "
              "it to existing customers."),
        ("h", "Founders step aside"),
        ("p", "Chun Gan and Ke Tang, indicted with the exchange in March 2024, entered two-year deferred prosecution "
              "agreements, will each forfeit about $2.7 million and will have no role in KuCoin's management or "
              "operations. Gan said he was stepping down and never intended to break US law. Chief legal officer BC Wong "
              "becomes chief executive."),
        ("p", "KuCoin was used to facilitate billions of dollars' worth of suspicious transactions and to transmit "
              "potentially criminal proceeds, said US Attorney Danielle R. Sassoon. Today's guilty plea and penalties show "
              "the cost of refusing to follow these laws and allowing unlawful activity to continue."),
    ])

art(file="ZP-kucoin-plea-what-it-means-for-us-users-blog-jan-2025.html", fmt="html", shape="blog", story="kucoin",
    date="2025-01-30", outlet="Node & Notice (blog)", byline="Ines Carvalho",
    title="KuCoin's guilty plea: what it means if you are a US user",
    description="Withdrawals yes, trading no: five points on KuCoin's exit from the US market.",
    body=[
        ("p", "KuCoin's operator pleaded guilty this week and agreed to pay nearly $300 million. Here is what US customers "
              "need to know."),
        ("num", ["Trading is over for now. KuCoin has agreed to leave the US market for at least two years. US users can "
                 "still withdraw their funds but are barred from trading.",
                 "This is bigger than New York. The 2023 state settlement only shut out New Yorkers. The federal plea "
                 "covers the whole country.",
                 "The founders are out. Michael Gan and Eric Tang signed deferred prosecution agreements and gave up "
                 "their roles; BC Wong now runs the company.",
                 "KuCoin wants to come back. The company says it plans to return to the US with proper licences and has "
                 "spent the past year on compliance fixes.",
                 "Elsewhere, business as usual. KuCoin says its operations in other markets are unaffected."]),
        ("h", "Our view"),
        ("p", "Users outside the US should not assume the story is over: regulators in other countries read US plea "
              "papers too, and a company that admits to skipping registration in one market invites questions in "
              "others."),
    ],
    comments=[("texas_trader", "Got my funds out in ten minutes. Smooth at least."),
              ("Ola N.", "Two years minimum. So 2027 at the earliest?"),
              ("kcs_holder", "Token went up on the news, go figure.")])

art(file="ZP-fintrac-fines-kucoin-operator-peken-global-sep-2025.md", fmt="md", shape="news", story="kucoin",
    date="2025-09-26", outlet="Maple Ledger", byline="Noah Tremblay",
    title="FINTRAC fines KuCoin operator Peken Global $19.5 million; KuCoin appeals",
    teaser="More from Maple Ledger: Who has to register as a foreign money services business?",
    body=[
        ("p", "Canada's financial intelligence unit has imposed an administrative monetary penalty of $19,552,000 on Peken "
              "Global Limited, the Seychelles company that operates the KuCoin exchange."),
        ("p", "FINTRAC said on Thursday that the penalty was imposed on July 28, 2025, for three violations of the Proceeds "
              "of Crime (Money Laundering) and Terrorist Financing Act. It is one of the largest penalties in the agency's "
              "history."),
        ("h", "Three violations"),
        ("li", ["Failure to register with FINTRAC as a foreign money services business, classed as a serious violation",
                "Failure to report large virtual currency transactions of $10,000 or more",
                "Failure to submit suspicious transaction reports"]),
        ("p", "Peken Global argued that it was not a foreign money services business. FINTRAC found that it provided money "
              "services, had no place of business in Canada, directed its services at people in Canada and had clients "
              "here, so it had to register. It was given a chance to register but missed the deadline."),
        ("h", "Appeal"),
        ("p", "Peken Global Limited has appealed the penalty to the Federal Court. KuCoin said it strongly disagrees with "
              "the findings on substantive and procedural grounds and called the amount excessive and punitive."),
        ("p", "FINTRAC director and chief executive Sarah Paquet said Canada's regime is in place to protect the safety of "
              "Canadians and the security of Canada's economy, and that the centre will take appropriate actions when "
              "they are needed."),
    ])

art(file="ZP-kucoin-canada-fintrac-appeal-forum-thread-oct-2025.html", fmt="html", shape="forum", story="kucoin",
    date="2025-10-08", outlet="NorthChain Forums (archive)", byline="Thread started by maple_sats",
    title="Thread: Is KuCoin banned in Canada now? (FINTRAC penalty)",
    description="Archived forum thread on FINTRAC's penalty against KuCoin's operator.",
    body=[
        ("post", "maple_sats", "Saw the FINTRAC news. Do I need to pull my coins off KuCoin? Is it banned here like in "
                               "the US?"),
        ("post", "ledgerlynn", "Not a ban. FINTRAC imposed a penalty of $19,552,000 on Peken Global for not registering "
                               "as a foreign money services business and for missing large transaction and suspicious "
                               "transaction reports. Nothing in the notice orders Canadians off the platform."),
        ("post", "maple_sats", "So what happens with the fine?"),
        ("post", "ledgerlynn", "Peken Global has appealed it to the Federal Court, so it is in litigation. The notice "
                               "says the penalty was imposed July 28 and published September 25."),
        ("post", "oldminer88", "The US is different: KuCoin pleaded guilty in January and agreed to stay out of the US "
                               "market for at least two years. Before that it paid New York $22 million and closed New "
                               "York accounts."),
        ("post", "maple_sats", "Does the US plea still stand? Thought the new administration was dropping crypto cases."),
        ("post", "oldminer88", "The plea was entered and the penalties imposed by Judge Carter; that is done. The "
                               "founders' deferred prosecution agreements run two years."),
        ("post", "mod_frost", "Locking soon. Not financial or legal advice, folks."),
    ])

# ---------------------------------------------------------------- Distractors
art(file="ZP-ashigaru-brings-back-whirlpool-coinjoin-jun-2025.md", fmt="md", shape="news", story="distractor",
    distractor=True, date="2025-06-25", outlet="Ledger Lines", byline="Dana Whitcombe",
    title="Ashigaru brings Samourai's Whirlpool coinjoin back online",
    teaser="More from Ledger Lines: Tor-only services and what they protect",
    body=[
        ("p", "Whirlpool, the coinjoin protocol first built by the Samourai Wallet team, is running again. The anonymous "
              "Ashigaru Open Source Project announced Ashigaru Whirlpool on Monday, June 23, after months of work."),
        ("h", "What is new"),
        ("p", "Ashigaru says its coordinator does not change the core design of Samourai's coinjoin cycles but reaches "
              "users only over Tor, with no clearnet connections, so the coordinator cannot link inputs and outputs by IP "
              "address. Session identities are isolated to make linking harder still."),
        ("p", "Alongside the coordinator the project released Ashigaru Terminal v1.0.0, a desktop client built from Sparrow "
              "Wallet v1.8.4. It uses an Electrum server as its backend and no longer needs a Dojo node. It can only "
              "broadcast the Tx0 staging transaction; it is not meant for ordinary spending."),
        ("h", "Who is behind it"),
        ("p", "Ashigaru describes itself as a free, open fork maintained by former Samourai users with no link to the "
              "original developers. The name refers to the foot soldiers of feudal Japan. Its mobile app keeps Samourai "
              "features such as Ricochet, PayNym and Stealth Mode, and its code is licensed under GNU GPLv3."),
        ("p", "Users who had held coins in Whirlpool pools have been without a coordinator for more than a year. Ashigaru "
              "says it focused on the coordinator over the last six months, which slowed work on the mobile app."),
        ("li", ["Release date: June 23, 2025", "Network: Tor only", "Client: Ashigaru Terminal v1.0.0"]),
    ])

art(file="ZP-mt-gox-trustee-starts-repayments-jul-2024.txt", fmt="txt", shape="news", story="distractor",
    distractor=True, date="2024-07-08", outlet="Paris Wire Review", byline="Claire Monnet",
    title="Mt. Gox trustee starts repaying creditors in bitcoin, ten years after the collapse",
    tip="Our tip: See our chart of bitcoin held by governments and trustees.",
    body=[
        ("p", "TOKYO, July 8 - The trustee of Mt. Gox has begun repaying creditors of the defunct exchange in bitcoin and "
              "bitcoin cash, more than a decade after it collapsed."),
        ("h", "How much is owed"),
        ("p", "Under the rehabilitation plan, trustee Nobuaki Kobayashi must distribute about 142,000 bitcoin, 143,000 "
              "bitcoin cash and 69 billion yen to roughly 127,000 creditors. The deadline for repayment is October 31, "
              "2024. In May the trustee moved 141,686 bitcoin, worth about $9.6 billion, to a new wallet, the first "
              "on-chain movement in more than five years."),
        ("p", "Repayments go through exchanges that have completed checks with the trustee, including Bitbank, BitGo, "
              "Bitstamp, Kraken and SBI VC Trade. Some creditors may wait 60 to 90 days."),
        ("h", "Market jitters"),
        ("p", "Bitcoin fell to about $53,600, a five-month low, as traders feared creditors would sell."),
        ("h", "The old hack"),
        ("p", "Mt. Gox, once the largest bitcoin exchange, halted withdrawals in February 2014 and filed for bankruptcy "
              "after losing hundreds of thousands of bitcoin. Investigators and US prosecutors have long linked part of "
              "the stolen coins to BTC-e, the exchange associated with Russian national Alexander Vinnik. About 200,000 "
              "bitcoin were later found."),
    ])

art(file="ZP-kucoin-hot-wallet-hack-sep-2020.html", fmt="html", shape="news", story="distractor",
    distractor=True, date="2020-09-28", outlet="Blockfront Daily", byline="Hannah Osei",
    title="KuCoin hacked: hot wallet keys leaked, more than $150 million moved out",
    description="The exchange says cold wallets are safe and its insurance fund will cover losses.",
    body=[
        ("p", "KuCoin, the Singapore-based cryptocurrency exchange, says hackers drained its hot wallets after gaining "
              "their private keys, in what could be one of the largest exchange thefts on record."),
        ("p", "Chief executive Johnny Lyu said the first alert from the risk system came at 2:51 a.m. Singapore time on "
              "Saturday, September 26, about an abnormal ETH transaction. Alerts about bitcoin, XRP and other tokens "
              "followed, and by about 4:20 a.m. the team concluded the hot wallet keys had been compromised and began "
              "moving the remaining funds to cold storage."),
        ("h", "How much"),
        ("p", "An Ethereum address linked to the hack held more than $150 million in ETH and ERC-20 tokens, and estimates "
              "of the total taken, including bitcoin, XRP, litecoin and stellar, run as high as about $281 million. "
              "KuCoin says cold wallets were not affected and that its insurance fund will cover users' losses."),
        ("h", "Freezes and help"),
        ("p", "Tether and Bitfinex froze tens of millions of dollars of USDT linked to the hacker, and some token projects "
              "swapped or froze their tokens. Lyu said KuCoin was working with Huobi, Binance, OKEx, BitMax and Bybit, "
              "security firms and law enforcement."),
        ("p", "Deposits and withdrawals are suspended while the exchange upgrades its wallet security."),
    ],
    comments=[("altseason", "Third-biggest exchange hack ever if the numbers hold."),
              ("Y. Tan", "Good that they published the addresses quickly.")])

art(file="ZP-griner-freed-in-swap-for-viktor-bout-dec-2022.txt", fmt="txt", shape="news", story="distractor",
    distractor=True, date="2022-12-09", outlet="Capitol Crypto Report", byline="Leon Marsh",
    title="Griner freed in swap for arms dealer Viktor Bout; other Russians left out",
    tip="Our tip: Read our timeline of Americans detained in Russia.",
    body=[
        ("p", "WASHINGTON, Dec. 9 - US basketball star Brittney Griner was flown home on Thursday after the United States "
              "exchanged her for Russian arms dealer Viktor Bout in a swap at Abu Dhabi airport."),
        ("h", "The deal"),
        ("p", "Griner, detained at a Moscow airport in February with vape cartridges containing cannabis oil, had been "
              "sentenced in August to nine years. Bout was serving a 25-year sentence in the United States. President "
              "Joe Biden said Griner was safe and on her way home."),
        ("h", "Who was not included"),
        ("p", "Former Marine Paul Whelan, held in Russia on spying charges, was not part of the deal, and neither was "
              "Marc Fogel, the American teacher serving 14 years on drug charges. On the Russian side, lawyers for "
              "Alexander Vinnik, the Russian accused of running the BTC-e crypto exchange, have lobbied for him to be "
              "included in an exchange; he was not part of this one."),
        ("p", "US officials said Moscow had treated Whelan's case differently and that they would keep working on it."),
        ("h", "Criticism"),
        ("p", "Republicans criticised trading Bout, known as the Merchant of Death, for an athlete, while Griner's "
              "supporters said the swap was overdue."),
    ])

art(file="ZP-coinjoin-wallets-explained-mar-2022.md", fmt="md", shape="explainer", story="distractor",
    distractor=True, date="2022-03-15", outlet="Chainwise Explainers", byline="Priya Okafor",
    title="Coinjoin wallets explained: Wasabi, Samourai's Whirlpool and JoinMarket",
    teaser="More from Chainwise Explainers: Chain analysis and what it can see",
    body=[
        ("p", "Bitcoin is not anonymous. Every transaction sits on a public ledger, and analytics firms cluster addresses "
              "to guess who owns what. Coinjoin is the best-known way to break those links."),
        ("h", "How a coinjoin works"),
        ("p", "In a coinjoin, several users combine their inputs into one transaction that pays out equal amounts to new "
              "addresses. An outside observer cannot tell which output belongs to which input. The idea was popularised "
              "by bitcoin developer Gregory Maxwell in 2013."),
        ("h", "The main tools"),
        ("li", ["Wasabi Wallet: a desktop wallet that runs large coinjoin rounds through a central coordinator.",
                "Samourai Wallet's Whirlpool: a mobile-first system that mixes fixed-size pools and lets coins remix "
                "for free after an entry fee; Samourai also offers Ricochet, which adds extra hops to a payment.",
                "JoinMarket: a peer-to-peer market where some users pay others to join their transactions."]),
        ("h", "Trade-offs"),
        ("p", "Coordinators are points of trust: they cannot steal coins, but a bad one could try to link participants. "
              "Fees, waiting times and the size of the anonymity set vary. Some exchanges flag or refuse coins that come "
              "straight out of a mix, so users should check their exchange's rules."),
        ("p", "Coinjoin tools are legal to use in most countries, but users remain responsible for where their coins "
              "came from."),
    ])
