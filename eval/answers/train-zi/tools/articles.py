"""Article texts and metadata for blind set qa-ZI (answers-zi).

Body mini-language (one block per blank-line-separated chunk):
  ## Heading            -> subhead
  - item                -> bullet (consecutive lines)
  1. item               -> numbered item
  Q: question / A: answer  -> FAQ pair (same chunk)
  @post user | Mon D, YYYY | text   -> forum post
  @comment user | text               -> blog comment
  anything else         -> paragraph
Outlets, bylines, URLs, forum users and commenters are invented.
"""

ARTICLES = []


def art(file, date, outlet, byline, title, shape, story, body, distractor=False, tip=None):
    ARTICLES.append(dict(file=file, date=date, outlet=outlet, byline=byline, title=title,
                         shape=shape, story=story, body=body.strip(), distractor=distractor, tip=tip))


# ---------------------------------------------------------------- Sweden / Huawei
art("ZI-sweden-pts-bars-huawei-zte-5g-oct-2020.txt", "2020-10-20", "Nordic Telecom Wire", "By Karin Holmqvist",
    "Sweden bars Huawei and ZTE gear from 5G auction winners' networks", "news", "sweden", """
STOCKHOLM - Sweden's telecoms regulator on Tuesday barred the operators taking part in next month's 5G spectrum auction from using equipment made by China's Huawei and ZTE, setting licence conditions after assessments by the Swedish Armed Forces and the Swedish Security Service (Säpo).

The Swedish Post and Telecom Authority (PTS) said four companies had been approved to bid in the 3.5 GHz and 2.3 GHz auctions, which are due to start on November 10: Hi3G Access, Net4Mobility, Telia Sverige and Teracom. Net4Mobility is the joint venture of Tele2 and Telenor.

## What the conditions say

New installations and new implementation of central functions for radio use in the bands "must not be carried out with products from the suppliers Huawei or ZTE", the licence condition reads. Where existing infrastructure for central functions is used to provide services in the bands, Huawei and ZTE products must be phased out by January 1, 2025 at the latest. Any dependency on staff or functions placed abroad must also be phased out by that date.

PTS said central functions cover the radio access network, the transmission network, the core network and the service and maintenance network. The review was carried out under legislation that entered into force on January 1, 2020.

## Reaction

Telenor said it had used Nokia and Ericsson as core network suppliers for some time and had not yet picked a 5G radio supplier. Huawei said it was studying the decision.
""", tip="Our tip: read our guide to Nordic spectrum auctions.")

art("ZI-stockholm-court-suspends-huawei-condition-nov-2020.md", "2020-11-10", "Nordic Tech Review", "By Lars Edvinsson",
    "Stockholm court freezes Huawei clause; Sweden postpones 5G auction", "news", "sweden", """
Sweden's 5G spectrum auction, due to begin today, has been postponed after the Administrative Court in Stockholm suspended part of the regulator's decision that excluded Huawei from the country's 5G networks.

"The Administrative Court in Stockholm has decided that the license condition relating to Huawei in the allocation of the 3.5 GHz and 2.3 GHz bands will not apply for the time being," the Swedish Post and Telecom Authority (PTS) said. It has told the approved bidders that the auction will not start on November 10.

## What the court did

The court ruled on Monday, November 9, on Huawei's appeal against the October conditions. The decision is an interim one: the clause barring winning bidders from using Huawei equipment does not apply until further notice, while the court examines whether the conditions are lawful. PTS said it would continue to analyse the ruling and review the possibilities of starting the auction as soon as possible. A Swedish Radio reporter called it a "partial victory" for Huawei.

## Reactions

- Kenneth Fredriksen, Huawei's executive vice president for Central and Eastern Europe and the Nordic region, said the company had no plans to take more legal action at this stage and wanted a constructive dialogue with the Swedish authorities.
- Energy and digital development minister Anders Ygeman said Sweden "enacts its own security laws without the interference of other countries".
- Industry consultant John Strand said the ruling was neither a victory for Huawei nor a loss for the government.
""")

art("ZI-sweden-5g-auction-raises-sek-2-3-billion-jan-2021.html", "2021-01-21", "Spectrum Watch", "Maja Lindgren",
    "Sweden's delayed 5G auction raises SEK 2.3 billion in one day", "news", "sweden", """
Sweden's 5G spectrum auction finally took place on Tuesday, January 19, and was over the same day after four rounds of bidding, raising SEK 2.32 billion for the Treasury.

The sale had been delayed twice: once for the security review and a second time by Huawei's lawsuit. On December 16, 2020, the Administrative Court of Appeal in Stockholm lifted the lower court's November suspension, holding that the national security grounds outweighed Huawei's interest, so the conditions excluding Huawei and ZTE apply to the winners.

## Who won what

- Telia Sverige: 120 MHz (3500-3620 MHz) for SEK 760.25 million
- Net4Mobility (Tele2 and Telenor): 100 MHz for SEK 665.5 million
- Hi3G Access (Tre): 100 MHz for SEK 491.25 million
- Teracom: 80 MHz in the 2.3 GHz band for SEK 400 million

## Still in court

Tre, which had signed contracts with Huawei for its Swedish network, had also gone to court against the ban. Huawei's appeal against the conditions themselves is still pending before the Administrative Court in Stockholm. Huawei had opposed holding the auction, saying it would be hard to redo if the terms were later found unlawful. Tele2 and Telenor picked Ericsson and Nokia for their joint 5G radio network.

"China will take all necessary measures to safeguard the legitimate rights and interests of Chinese companies," a spokesman for China's commerce ministry said on Thursday.
""")

art("ZI-stockholm-court-upholds-huawei-5g-ban-jun-2021.txt", "2021-06-23", "Scandinavian Law Digest", "Case note by Elin Sandberg",
    "Court summary: Stockholm Administrative Court upholds 5G conditions excluding Huawei", "court", "sweden", """
STOCKHOLM - On Tuesday, June 22, 2021, the Administrative Court in Stockholm (Förvaltningsrätten i Stockholm) rejected Huawei's appeals in two cases against the licence conditions that the Swedish Post and Telecom Authority (PTS) set on October 20, 2020.

## The outcome

The conditions stand. Huawei and ZTE products may not be used in new central functions in the 3.5 GHz and 2.3 GHz bands, and installed equipment must be phased out by January 1, 2025.

## The reasoning

The court deferred to the security assessment: only the Security Service and the Armed Forces together have a full picture of the security situation and the threats against Sweden. It found it can be assumed that there are links between the Chinese state and Huawei, including through Chinese intelligence legislation, that Huawei could come under pressure, and that whether technical vulnerabilities exist is irrelevant. US export restrictions could also affect Huawei's supplies. The conditions were found proportionate and not discriminatory.

PTS breached its communication obligation by not letting Huawei comment, but that was no reason to revoke the decisions. There was no duty to notify the European Commission under Directive (EU) 2015/1535 and no need to ask the EU Court of Justice for a preliminary ruling.

## Reactions

"Sweden's security is an important reason," Judge Ulrika Melin said. Kenneth Fredriksen of Huawei said there had been no evidence of wrongdoing and the verdict was "purely based on assumption". The ruling can be appealed to the Administrative Court of Appeal.
""")

art("ZI-huawei-takes-sweden-to-icsid-jan-2022.md", "2022-01-31", "Arbitration Ledger", "By Tomas Berg",
    "Huawei takes Sweden to World Bank arbitration over its 5G exclusion", "news", "sweden", """
Huawei said on Sunday it has started arbitration proceedings against Sweden at the International Centre for Settlement of Investment Disputes (ICSID), part of the World Bank Group, over the ban on its equipment in Swedish 5G networks.

"The Swedish authorities' decision to discriminate against Huawei and exclude it from the 5G rollout has significantly harmed Huawei's investment in Sweden, in breach of Sweden's international obligations," the company said.

## The case

- Name: Huawei Technologies Co., Ltd. v. Kingdom of Sweden, ICSID Case No. ARB/22/2.
- Registered by the ICSID Secretary-General on January 21, 2022; the request for arbitration was filed on January 7, 2022, after a notice of dispute dated December 31, 2020.
- Treaty: the 1982 agreement between Sweden and China on the mutual protection of investments, signed on March 29, 1982.
- Investment: Huawei Technologies Sweden AB, held through the Dutch company Huawei Technologies Coöperatief U.A.

## How much

Huawei did not name a figure. Public broadcaster SVT reported the initial sum at 5.2 billion Swedish kronor, about US$560 million, and said it could rise to 30 billion kronor. A year ago Huawei warned ministers in a letter that it could seek arbitration over lost revenue of at least SEK 5 billion.

The arbitration runs alongside Huawei's case in the Swedish courts: after losing in the Administrative Court in June 2021, it took the case to the Administrative Court of Appeal.
""")

art("ZI-appeals-court-confirms-huawei-5g-ban-jun-2022.html", "2022-06-22", "The Stockholm Ledger", "Anna Wikström",
    "Swedish appeals court confirms Huawei 5G ban", "news", "sweden", """
The Administrative Court of Appeal in Stockholm (Kammarrätten i Stockholm) on Wednesday upheld the lower court's ruling and confirmed the ban on Huawei equipment in central functions of Swedish 5G networks, in joint cases 5222-21 and 5223-21.

The court said it was fair to assume that the use of Huawei's products in central functions of the 5G network "can cause harm to Sweden's security". It also confirmed that equipment already installed has to be removed by January 1, 2025.

"Sweden's security is a particularly strong interest and the Swedish Post and Telecom Authority's decision is based on a real, current and sufficiently serious threat to Sweden's security," Judge Anita Linder said.

## Huawei 'disappointed'

Huawei's Swedish unit said it was disappointed. "We will analyse the ruling, and evaluate our next steps, including other legal remedies under Swedish law and EU law, in order to continue to safeguard our legitimate rights and interests," it said. Its ICSID arbitration against Sweden, filed in January, continues separately.

## Ericsson's bill

The dispute has cost Ericsson in China: the share of its revenue earned there has dropped to around 3% from 10-11%, and it has scaled back operations in one of its biggest markets. Beijing had warned in 2020 that the PTS decision could have "consequences" for Swedish companies in China.
""")

art("ZI-nordic-telecom-forum-huawei-deadline-thread.html", "2025-01-09", "NordicNet Forum", "Thread in Regulation & Policy",
    "Thread: Huawei phase-out deadline has passed - anything left of the court fight?", "forum", "sweden", """
@post fiberfinn | Jan 2, 2025 | So the PTS deadline has passed: since January 1, 2025 nobody holding the 3.5/2.3 GHz licences may have Huawei or ZTE kit in central functions. Did Huawei ever win anything in court?

@post kammarkoll | Jan 2, 2025 | No. The Administrative Court in Stockholm said no in June 2021, and the Administrative Court of Appeal said no in June 2022 (judge Linder: "real, current and sufficiently serious threat"). The only thing Huawei ever got was the interim suspension in November 2020, and the appeal court lifted that on December 16, 2020.

@post fiberfinn | Jan 3, 2025 | And the money claim?

@post icsid_watcher | Jan 3, 2025 | Still pending at ICSID, case ARB/22/2 under the 1982 China-Sweden investment treaty. UNCTAD's database lists the claim at SEK 5.2 billion (about US$569 million) and the tribunal as Gabrielle Kaufmann-Kohler (president), Willems (appointed by the claimant) and Zachary Douglas (appointed by Sweden). Alleged breaches: national treatment, fair and equitable treatment and indirect expropriation. No award published yet.

@post tre_user | Jan 4, 2025 | Tre had signed with Huawei and went to court too back in 2020. All quiet now.

@post kammarkoll | Jan 9, 2025 | Worth remembering all four auction winners (Telia, Tre, Net4Mobility, Teracom) bought their spectrum in January 2021 under the same conditions.
""")

art("ZI-huawei-sweden-ban-explainer-mar-2024.md", "2024-03-12", "Policy Brief Nordic", "By the Policy Brief desk",
    "Explainer: Sweden's Huawei 5G ban and the 2025 phase-out deadline", "explainer", "sweden", """
Sweden was the second country in Europe, after the UK, and the first in the EU to explicitly ban Huawei from almost all of the infrastructure that runs a 5G network. Here is where things stand.

## Who decided?

The Swedish Post and Telecom Authority (PTS), on October 20, 2020. It did not pass a law naming the company: it wrote licence conditions for the 3.5 GHz and 2.3 GHz auction, based on assessments by the Swedish Security Service and the Armed Forces.

## What has to go?

Huawei and ZTE products in central functions: the radio access, transmission, core, and service and maintenance networks. Existing equipment in central functions must be phased out by January 1, 2025, and dependencies on staff or functions abroad must end too.

## Did the courts agree?

Yes, twice. The Administrative Court in Stockholm upheld the conditions on June 22, 2021, and the Administrative Court of Appeal upheld them on June 22, 2022.

## What is left?

Huawei's claim at ICSID, case ARB/22/2, is pending. Huawei says Sweden breached national treatment, fair and equitable treatment and protection against indirect expropriation, and puts its loss at SEK 5.2 billion. The tribunal is chaired by Gabrielle Kaufmann-Kohler.

## What did Beijing say?

China's commerce ministry said after the 2021 auction that it would take all necessary measures to safeguard the rights of Chinese companies.
""")

# ---------------------------------------------------------------- Spain / Talgo
art("ZI-hungarian-group-bids-for-talgo-mar-2024.txt", "2024-03-08", "Iberian Business Post", "By Lucía Ferrer",
    "Hungarian consortium Ganz-Mavag moves to buy Spanish trainmaker Talgo", "news", "talgo", """
MADRID - Hungary's Ganz-Mavag Europe has told Spain's securities regulator, the CNMV, that it intends to launch a public offer for 100% of train maker Talgo at about 5 euros a share, valuing the company at roughly 619 million euros.

Talgo's board, in a notice from chief executive Gonzalo Urquijo published on Thursday, March 7, called the approach friendly and attractive for shareholders. Pegaso Transportation International, the vehicle of the Trilantic fund and the Oriol family that holds about 40% of Talgo, has said it intends to accept the offer for its whole stake.

## Who is behind it

Ganz-Mavag Europe is 55% owned by investor András Tombor's Ganz-Mavag Holding and 45% by Corvinus, a Hungarian state investment fund whose ownership rights are exercised by Hungary's Ministry for National Economy. Spanish media have pointed to the group's closeness to Viktor Orbán's government.

## Madrid's doubts

Transport minister Óscar Puente has said the government will do "everything possible" to stop the deal, and the economy ministry said it will be vigilant given Talgo's role in a strategic sector with a fundamental role in rail transport. The purchase needs the government's foreign-investment authorisation.

Talgo says it will judge the bid on four points: keeping jobs and industrial capacity in Spain, keeping its head office and senior management in Spain, keeping ownership of its patents and intellectual property, and the best option for all shareholders.
""", tip="Our tip: sign up for the Iberian Business Post markets briefing.")

art("ZI-spain-blocks-ganz-mavag-talgo-bid-aug-2024.html", "2024-08-27", "Madrid Markets Daily", "Javier Ortega",
    "Spain's cabinet vetoes Hungarian takeover of Talgo on national security grounds", "news", "talgo", """
The Spanish government on Tuesday rejected Ganz-Mavag Europe's takeover bid for train maker Talgo, refusing the foreign-investment authorisation the Hungarian consortium needed for its offer for 100% of the company.

The Council of Ministers said authorising the deal "would entail risks to guarantee national security and public order" and cited Spain's strategic interests. Under the foreign investment rules, a purchase of this size, more than 500 million euros, requires a Council of Ministers decision; the Foreign Investment Board of the economy ministry reviewed the file, and the government has classified it.

## Shares suspended

The CNMV suspended trading in Talgo as a precaution after reports of the veto; the shares had fallen 0.93% to 4.26 euros. The suspension was lifted later the same day. The offer, filed with the regulator on April 4, was worth 619.3 million euros at 5 euros a share.

## Why

Ministers questioned whether Ganz-Mavag's factories had enough capacity to solve Talgo's production problems, and Spanish media have reported alleged links between the consortium and Moscow. Prime Minister Pedro Sánchez had publicly opposed the bid early on. The government said the rejection fully respects EU law on foreign direct investment and the free movement of capital.
""")

art("ZI-ganz-mavag-withdraws-talgo-offer-aug-2024.md", "2024-08-30", "Rail Business Europe", "By Péter Nagy",
    "Ganz-Mavag withdraws its Talgo offer and heads for Spain's Supreme Court", "news", "talgo", """
Ganz-Mavag Europe has withdrawn its bid for 100% of Talgo, two days after the Spanish government blocked it. The consortium's board decided at a meeting in Budapest on Thursday, August 29, and told the CNMV that "depending on the evolution of the circumstances" it may consider bidding again.

## Legal fight

The group says its offer complied with all legal requirements and that there are "no well-founded reasons" for the government's opposition. It plans to file a contentious-administrative appeal at the Supreme Court, for which it has two months, asking for the veto to be annulled and for compensation for all damages, and to take the matter to the competent EU bodies. It said the decision lacks the slightest reasoning.

## Brussels stays out

The European Commission said the decision is Spain's. "The prerogative of these decisions lies with the member states," spokeswoman Francesca Dalboni said, adding that EU law allows restrictions on grounds of public security if they are justified and proportionate.

## At Talgo

About 700 people work at Talgo's main plant in Rivabellosa (Álava), and workers have asked for an industrial plan, citing uncertainty. The company has work signed until 2030 but needs more production capacity. The Czech group Skoda is the other suitor that has shown interest.
""")

art("ZI-sidenor-expresses-interest-in-talgo-oct-2024.txt", "2024-10-16", "Iberian Business Post", "By Lucía Ferrer",
    "Basque steelmaker Sidenor makes an approach for Talgo", "news", "talgo", """
MADRID - Talgo said on Wednesday it had received a letter from steel company Sidenor Aceros Especiales expressing interest in a "total or partial acquisition" of the train maker, seven weeks after the government vetoed the Hungarian bid.

## Who is Sidenor

Sidenor, based in Basauri (Bizkaia), makes special long steel and is chaired by José Antonio Jainaga. It had 1,840 employees at the end of 2023 and sales of close to 1 billion euros. Jainaga is reported to be aiming for up to 29.9% of Talgo, enough to lead the company without having to launch a takeover bid for all shares, and to want the Basque government and the state holding company SEPI alongside him as minority partners.

## Talgo today

Founded in 1942, Talgo is known for its variable-gauge wheel system and tilting trains. Its order backlog rose 54% to a record 4.2 billion euros at the end of 2023. Its largest shareholder, Pegaso (the Trilantic fund, part of the Oriol family and Juan Abelló), put its stake up for sale in 2022 and gave Lazard and Citi a mandate to find a buyer. In July, the board rejected a business-combination proposal from the Czech group Skoda Transportation.
""", tip="Our tip: our rail industry newsletter goes out every Monday.")

art("ZI-supreme-court-rejects-ganz-mavag-interim-measures-dec-2024.txt", "2024-12-23", "Spanish Courts Review", "Case note by Marta Iglesias",
    "Court summary: Supreme Court refuses Ganz-Mavag's request to freeze any sale of Talgo", "court", "talgo", """
MADRID - The Third Section of the Contentious-Administrative Chamber of Spain's Supreme Court (Tribunal Supremo) has refused the interim measures sought by Ganz-Mavag Europe, the Hungarian consortium of Magyar Vagon and the state fund Corvinus, in its appeal against the Council of Ministers decision of August 27, 2024 that refused to authorise its bid for 100% of Talgo.

## What was asked

Ganz-Mavag wanted the court to suspend any deal or process to acquire shares or any stake in Talgo's capital, and to notify the CNMV. That would have halted the talks led by Sidenor to buy a stake together with the Basque government, the Vital foundation and the state through SEPI.

## The ruling

In its order of December 19, the chamber found neither periculum in mora nor an appearance of good law (fumus boni iuris). Refusing the measure would not make it impossible to carry out a judgment in Ganz-Mavag's favour, since any harm from the veto could be repaired later. Restricting the purchase and sale of Talgo shares would affect general interests and third parties, depriving potential investors of rights and harming Talgo's shareholders through the share price.

## What next

The appeal itself goes on. The ruling only means that a sale of Talgo can proceed while the court decides whether the veto was lawful.
""")

art("ZI-talgo-ownership-faq-jul-2025.html", "2025-07-17", "Madrid Markets Daily", "Markets desk",
    "Talgo after the veto: who is buying, and what is still pending? (FAQ)", "faq", "talgo", """
Q: Who is buying Talgo?
A: A Basque consortium led by Sidenor chairman José Antonio Jainaga, with the Basque government's fund Finkatuz and the BBK and Vital foundations. It reached an agreement in principle on February 14, 2025 to buy the roughly 29.8% stake held by Pegaso, the vehicle of the Trilantic fund. The contract has not been signed yet.

Q: What changed this week?
A: On July 15, after meeting Prime Minister Pedro Sánchez at La Moncloa, lehendakari Imanol Pradales said the two governments had agreed on the participation of SEPI, the state holding company, which Sidenor had made a condition. According to reports, Finkatuz and SEPI will each provide half of a 150 million euro loan, with SEPI committed not to take a stake in Talgo's capital. Banks had made SEPI's role a condition for refinancing more than 400 million euros of Talgo debt.

Q: Where will Talgo be based?
A: The consortium plans to move the head office from Las Rozas (Madrid) to the Basque Country, where about 700 people work at the Rivabellosa plant in Álava.

Q: Is the Hungarian case over?
A: No. Ganz-Mavag's appeal against the August 2024 veto is still before the Supreme Court, which refused to freeze a sale in December 2024.

Q: Who runs Talgo today?
A: Chief executive Gonzalo Urquijo.
""")

art("ZI-sidenor-consortium-signs-talgo-deal-nov-2025.md", "2025-11-07", "Regulatory Filings Digest", "Summary by the filings desk",
    "Filing summary: Sidenor-led consortium signs purchase of 29.76% of Talgo", "press", "talgo", """
In a filing with the CNMV on Friday, November 7, Talgo reported that the Basque consortium headed by Sidenor has signed a contract with Pegaso and other minority holders to buy 29.7633% of its shares, ratifying the agreement in principle of February 14.

## Key terms

- Price: a fixed 4.25 euros a share, 156.67 million euros in total.
- Shares: about 36.8 million, equal to 29.76% of the capital and 29.99% of voting rights once treasury stock is excluded.
- Buyers: Clerbil, the company of Sidenor chairman José Antonio Jainaga, 8.5%; Finkatuz, the Basque government's fund, 8.5%; Fundación BBK, 8.5%; Fundación Bancaria Vital, 4.24%.
- Conditions: to be met no later than January 31, 2026, including financing agreements and hedging instruments to be signed by Patentes Talgo, lenders and the export credit insurer Cesce.

## Next steps

An extraordinary general meeting must approve the new financing structure, which Sidenor called essential to transfer the shares. The CNMV briefly suspended trading in Talgo on the news; the stock had closed the previous day at 2.68 euros. Sidenor said Talgo will begin a new stage "with a solid, future-oriented project and a strong industrial and technological component".

Mikel Jauregi, the Basque government's industry minister, said the deal clears the way to close the operation this year.
""")

art("ZI-talgo-new-owners-take-control-dec-2025.html", "2025-12-18", "Basque Economy Today", "Iker Zubizarreta",
    "Sidenor consortium and SEPI take over Talgo; head office moves to Álava", "news", "talgo", """
Talgo on Wednesday signed the change of ownership that hands control to the consortium led by Sidenor chairman José Antonio Jainaga, ending a sale process of almost two years that the company said had hurt its ordinary business "very negatively".

Shareholders approved the new financing structure at an extraordinary general meeting on December 12. The state holding company SEPI put 45 million euros into a capital increase at 4.25 euros a share and now holds 7.8% of Talgo. The consortium's 29.76% stake, bought from Pegaso (the Trilantic fund and part of the Oriol family), was diluted to 27.4% by the increase.

## The money

- Convertible bonds: 30 million euros subscribed by SEPI, and 75 million euros taken by Clerbil, the Basque public fund Ekarpen and the BBK and Vital foundations
- A syndicated loan of up to 770 million euros for Patentes Talgo: 650 million partly guaranteed by Cesce plus a 120 million revolving tranche
- A guarantee line of up to 500 million euros, also partly guaranteed by Cesce

## New management

The board approved moving Talgo's registered and tax office to Álava, removed Gonzalo Urquijo as chief executive and named Rafael Sterling general manager. The meeting also cut the board to eight members.
""")

art("ZI-talgo-veto-files-supreme-court-blog-feb-2026.html", "2026-02-05", "Screening Notes", "Posted by Ana Robles",
    "The Talgo veto file: what the Supreme Court has let the parties see", "blog", "talgo", """
Talgo has new owners, but the legal fight over the August 27, 2024 veto of Ganz-Mavag's bid is not over. Three points from the Supreme Court's recent orders:

1. In an order of November 12, 2025, the Third Section told the government to hand over "all the documents that make up the administrative file", including those classed as reserved, delivered by hand to the court's clerk so the judges can decide what the parties may see. The request to complete the file came from Pegaso Transportation, Talgo's former main shareholder, and the State Attorney's challenge was rejected.
2. Reports from the National Intelligence Centre (CNI), treated as secret, can be left out. The court said it only knew of them from what the State Attorney had said.
3. In a resolution dated January 29, 2026, the court rejected the State's appeal and confirmed Ganz-Mavag's right to consult the reserved documents. Keeping them from the consortium would breach the principles of equality of arms and of contradiction and the right to effective judicial protection.

Our view: the merits are still undecided, and the CNI material stays out. But the case shows that a veto's reasons can end up in front of judges even when the file is classified.

@comment jlm_abogado | Does this mean the veto could be annulled? Not yet, as far as I can see: these orders are only about access to documents.

@comment railfan_bilbao | Meanwhile the new owners are moving the head office north anyway.
""")

# ---------------------------------------------------------------- India / app bans
art("ZI-india-blocks-59-chinese-apps-jun-2020.txt", "2020-06-30", "Delhi Tech Dispatch", "By Priya Raman",
    "India blocks TikTok and 58 other Chinese apps after border clash", "news", "india", """
NEW DELHI - India on Monday blocked 59 mobile apps linked to Chinese companies, including ByteDance's TikTok and Helo, Tencent's WeChat, Alibaba's UC Browser, Shareit, CamScanner, Club Factory and the fashion retailer Shein.

The Ministry of Electronics and Information Technology said it acted under Section 69A of the Information Technology Act, read with the Information Technology (Procedure and Safeguards for Blocking of Access of Information by Public) Rules 2009, because the apps were "engaged in activities which is prejudicial to sovereignty and integrity of India, defence of India, security of state and public order".

## Why now

The ministry said it had received many complaints that apps were "stealing and surreptitiously transmitting users' data in an unauthorized manner to servers which have locations outside India". The order comes two weeks after the clash in the Galwan Valley in Ladakh on June 15 in which 20 Indian soldiers were killed.

## TikTok responds

TikTok India head Nikhil Gandhi said the company was complying with the order and had been invited to meet the government stakeholders concerned to respond and submit clarifications. He said TikTok had not shared any information of Indian users with any foreign government, including the Chinese government. India has been TikTok's biggest market by downloads, and ByteDance had planned to invest about $1 billion in the country.
""", tip="Our tip: how to back up your videos before an app disappears.")

art("ZI-pubg-mobile-among-118-blocked-apps-sep-2020.md", "2020-09-02", "GameBeat India", "By Rohan Mehta",
    "PUBG Mobile among 118 more apps blocked by India", "news", "india", """
India on Wednesday blocked 118 more mobile apps, among them the battle royale game PUBG Mobile and PUBG Mobile Lite, in its latest action against apps with Chinese links.

## What's on the list

- PUBG Mobile, its Nordic Map: Livik edition and PUBG Mobile Lite
- Baidu and Alipay
- WeChat Work and WeChat Reading (WeChat itself was blocked in June)
- Games including Arena of Valor, Ludo World and Knives Out
- ByteDance's ULike
- VPN apps that gave access to the already banned TikTok

## The legal basis

The Ministry of Electronics and Information Technology again used its power under Section 69A of the Information Technology Act, saying the apps were prejudicial to sovereignty and integrity of India, defence of India, security of state and public order. It cited reports of apps transmitting users' data to servers outside India and said the compilation, mining and profiling of such data by elements hostile to national security was a matter of very deep and immediate concern which required emergency measures.

## Why PUBG matters

PUBG Mobile, published by Tencent, counted about 33 million active players in India, which accounted for some 175 million of its downloads worldwide. Tournaments such as the PUBG Mobile Club Open Fall Split 2020 are affected. The game had changed its privacy policy for Indian users but was blocked anyway.
""")

art("ZI-india-keeps-tiktok-ban-bytedance-cuts-jobs-jan-2021.txt", "2021-01-28", "Delhi Tech Dispatch", "By Priya Raman",
    "India makes TikTok ban permanent; ByteDance scales back its India team", "news", "india", """
NEW DELHI - ByteDance told employees on Wednesday it is cutting its India team of more than 2,000 people, after India decided to keep blocking TikTok and 58 other Chinese apps.

The government sent notices to the companies, including TikTok, WeChat and UC Browser, saying the blocking order would continue, after reviewing their replies to a set of 77 questions on compliance and privacy. "Hence, the ban for these 59 apps is permanent now," a person familiar with the notices told Livemint.

## The memo

"We initially hoped that this situation would be short-lived ... we find that has not been the case," ByteDance wrote in the memo. "We simply cannot responsibly stay fully staffed while our apps remain un-operational ... we don't know when we will make a comeback in India."

A TikTok spokesperson said it was disappointing that, despite its efforts, the company had not been given a clear direction on how and when its apps could be reinstated, and that it was "deeply regretful" to scale back after supporting its 2,000-plus employees for more than half a year. It did not say how many jobs would go.

## What it loses

India was one of TikTok's biggest markets, with about 200 million users before the June 29, 2020 order, and ByteDance had set out plans in 2019 to invest $1 billion in the country.
""", tip="Our tip: our weekly startup jobs tracker.")

art("ZI-bgmi-pulled-from-app-stores-jul-2022.html", "2022-07-29", "GameBeat India", "Sneha Kulkarni",
    "BGMI pulled from Google Play and the App Store on government order", "news", "india", """
Krafton's Battlegrounds Mobile India (BGMI), the Indian version of PUBG Mobile launched in July 2021, was taken down from the Google Play Store and Apple's App Store on Thursday night after an order from the Indian government.

Google said it had received the order and, following the established process, notified the developer and temporarily blocked access to the app. Players who already have the game installed can still open it for now, but it can no longer be downloaded.

## Why

The government has not published its reasons: blocking orders under Section 69A of the IT Act are kept confidential. Reports say officials were concerned that the game collected data that could be misused, such as location and audio, and that it was communicating with servers in China. An NGO, PRAHAR, had petitioned the home and IT ministries, alleging that the banned PUBG had been reintroduced through Krafton as a front for Tencent. Krafton denies any such link and says it is seeking clarity from the authorities.

## How big

BGMI had more than 100 million registered players in India by July, making it the country's most popular battle royale game and the centre of its mobile esports scene.
""")

art("ZI-bgmi-returns-on-three-month-trial-may-2023.md", "2023-05-19", "GameBeat India", "By Sneha Kulkarni",
    "BGMI to return after 10-month ban, on a three-month trial", "news", "india", """
Battlegrounds Mobile India is coming back. Krafton said on Friday the Indian authorities have allowed it to resume operations, about 10 months after the game was blocked in July 2022.

"This is a 3 month trial approval of #BGMI after it has complied with issues of server locations and data security etc.," Rajeev Chandrasekhar, the Minister of State for Electronics and IT, wrote. "We will keep a close watch on other issues of User harm, Addiction etc in next 3 months before a final decision is taken."

## The conditions

The Ministry of Home Affairs gave conditional approval to unblock the game for "analysis and re-evaluation" and asked the IT ministry to carry it out. Players should expect changes such as limits on playing time. PUBG Mobile remains blocked in India.

## Krafton

"We are highly grateful to the Indian authorities for allowing us to resume operations of BATTLEGROUNDS MOBILE INDIA (BGMI)," said Sean Hyunil Sohn, chief executive of Krafton's India unit. "We would like to extend our gratitude to our Indian gaming community for their support and patience over the past few months."

The game is expected back on the Google Play Store and Apple's App Store within days.
""")

art("ZI-india-chinese-app-ban-explainer-oct-2024.md", "2024-10-08", "Policy Brief South Asia", "By the explainers team",
    "Explainer: how India's Chinese app bans work, four years on", "explainer", "india", """
## The legal tool

India blocks apps under Section 69A of the Information Technology Act and the 2009 blocking rules, which let the IT ministry act in an emergency on grounds such as sovereignty and integrity of India, defence, security of the state and public order. In June 2020 the ministry told Google and Apple to remove the apps, and the Department of Telecom told telecom companies and internet providers to block access.

## How many?

The first order, on June 29, 2020, covered 59 apps, TikTok among them. On September 2, 2020, another 118 followed, including PUBG Mobile. Hundreds more have been blocked since. In January 2021, after the companies had answered 77 questions, the government kept the first 59 blocked for good.

## Can an app come back?

Yes, on conditions. Krafton's BGMI was blocked in July 2022 and allowed back in May 2023 on a three-month trial, after it complied on server locations and data security. PUBG Mobile itself stays blocked.

## And Shein?

Shein's own app is still blocked. Reliance Retail signed a partnership with Shein in 2023 to build an Indian platform, but at the time of writing it had not launched.

## And TikTok?

Still blocked. ByteDance scaled back its India team in 2021.
""")

art("ZI-shein-relaunches-in-india-with-reliance-feb-2025.html", "2025-02-04", "Delhi Tech Dispatch", "Priya Raman",
    "Shein is back in India, five years after the ban, through Reliance Retail", "news", "india", """
Shein has returned to India almost five years after its app was blocked in June 2020. The Shein India Fast Fashion app, built and run by Mukesh Ambani's Reliance Retail, went live on Friday and has passed 10,000 downloads on Google's Play Store.

## Who controls it

The products are made, marketed and sold by Nextgen Fast Fashion, a wholly owned subsidiary of Reliance Retail Ventures (RRVL), through a network of mostly small Indian manufacturers. Shein has no equity in the Indian company: Reliance Retail has a technology agreement with Roadget Business Pte Ltd, which owns Shein. The platform is hosted in India, all platform data stays in India, and Shein has no access to, or rights over, that data.

## How it was cleared

Commerce minister Piyush Goyal told the Lok Sabha in December that selling Shein-branded products was not banned, although its app was blocked. The Ministry of Textiles consulted the IT ministry, which consulted the Ministry of Home Affairs, and no objection was raised. "The licence agreement covered the protection that ownership and control of the platform will always remain with RRVL through its wholly owned subsidiary," Goyal said.

## What's on offer

Items start at 199 rupees, with delivery first in Delhi, Mumbai and Bengaluru. The old Shein app and the Shein.in website are not part of the relaunch.
""")

art("ZI-government-denies-tiktok-unblock-aug-2025.txt", "2025-08-23", "Delhi Tech Dispatch", "By Arjun Sethi",
    "TikTok is still blocked in India, government sources say after website reports", "news", "india", """
NEW DELHI - The Indian government has not issued any order to unblock TikTok, official sources said late on Friday, after some users reported that they could open the short-video platform's website.

"The Government of India has not issued any unblocking order for TikTok. Any such statement or news is false and misleading," a government source said.

## What users saw

Some users could load the TikTok homepage on desktop browsers, but could not log in, upload or watch videos. The TikTok app is not available on the Google Play Store or Apple's App Store. Neither TikTok nor ByteDance commented on why the site had become partly reachable. Internet providers are still blocking the service, according to telecom officials.

## Five years on

TikTok has been blocked since June 2020, along with 58 other Chinese apps, after the Galwan Valley clash. Some blocked names have found a way back on Indian terms, such as Shein through Reliance Retail's licensed app and Krafton's BGMI, but TikTok's block remains in force.
""", tip="Our tip: how to spot fake 'unban' news.")

# ---------------------------------------------------------------- distractors
art("ZI-ericsson-china-sales-slide-jul-2021.txt", "2021-07-16", "Nordic Telecom Wire", "By Karin Holmqvist",
    "Ericsson says lost China sales are 'not coming back'", "news", "sweden", """
STOCKHOLM - Ericsson shares fell more than 8% on Friday after the company said it no longer expects to keep the share of Chinese 5G tenders it once had.

Second-quarter net sales fell 1% to SEK 54.9 billion, the group's first revenue decline in three years, as sales in mainland China dropped by SEK 2.5 billion. Asked on an analyst call whether that money would come back, chief executive Börje Ekholm replied: "No, it's not coming back."

## 'Prudent'

Chief financial officer Carl Mellander said it was prudent to forecast materially lower market share in China, and that tenders expected in the quarter had not taken place. Fredrik Jejdling, head of the Networks business, said Sweden's decision to exclude Huawei and ZTE "may adversely impact our market share position".

## Elsewhere

North America brought in SEK 18 billion, and Ericsson raised its forecast for growth in the Chinese equipment market this year to 11% from 4%. Ekholm has been outspoken against the exclusion of Chinese vendors, saying it restricts competition and free trade, and the Wallenberg family, a major investor, has also criticised it.
""", distractor=True, tip="Our tip: our quarterly results calendar.")

art("ZI-renfe-penalty-claim-talgo-avril-2024.md", "2024-04-02", "Rail Business Europe", "By Péter Nagy",
    "Renfe readies multimillion claim against Talgo over late Avril trains", "news", "talgo", """
Renfe's legal team is preparing a claim against Talgo over the late delivery of 30 high-speed Avril trains ordered in 2016 and 2017, according to people familiar with the matter.

## The numbers

- 116 million euros for breach of contract, equal to 20% of the purchase contract
- 50 million euros for lost profits
- 80,000 euros for each further 24 hours of delay from Monday, April 1

Renfe bought a first batch of 15 trains in 2016 for 786 million euros, with 30 years of maintenance, and 15 more in June 2017 for 495 million euros. Deliveries were first due from January 2021; after Renfe asked for changes to a model not yet tested on the tracks, the date moved to July 2022.

## The takeover in the background

The claim lands in the middle of the takeover bid launched by the Hungarian consortium Ganz-Mavag. Renfe says the two are unrelated. "Renfe is neutral on the takeover bid," its chairman Raül Blanco said. Talgo's management, led by Gonzalo Urquijo, has said the claim is not final.
""", distractor=True)

art("ZI-skoda-talgo-combination-rejected-jul-2024.html", "2024-07-26", "Madrid Markets Daily", "Javier Ortega",
    "Talgo board turns down Skoda's business-combination proposal", "news", "talgo", """
Talgo's board has rejected a proposal from the Czech train maker Skoda Transportation for a business combination, the Spanish company said, leaving the Hungarian consortium Ganz-Mavag's pending offer as the only bid on the table.

Skoda, part of the PPF investment group, had suggested combining the two businesses rather than making a cash offer for all of Talgo's shares. Talgo's directors concluded the approach did not meet their priorities, which include keeping production capacity and jobs in Spain and protecting the company's technology.

## Capacity problem

Talgo has a record order book but has struggled to deliver trains on time, and its managers have argued that a larger partner could add factories. Ganz-Mavag has offered several plants in Hungary; Skoda has its own works in Plzen.

## Waiting for Madrid

The Ganz-Mavag offer still needs the government's foreign-investment authorisation, and ministers have made no secret of their doubts. "Talgo is being courted by two Central European groups while Madrid decides what kind of owner it wants," said one Madrid-based analyst.
""", distractor=True)

art("ZI-krafton-invests-in-nodwin-gaming-mar-2021.txt", "2021-03-10", "GameBeat India", "By Rohan Mehta",
    "PUBG maker Krafton invests $22.4 million in India's Nodwin Gaming", "news", "india", """
MUMBAI - Krafton, the South Korean company behind the PUBG franchise, has invested Rs 164 crore (US$22.4 million) in the Indian esports firm Nodwin Gaming, a subsidiary of Nazara Technologies.

The investment gives Krafton a seat on Nodwin's board. Nodwin has hosted tournaments and produced content for Blizzard Entertainment, Valve, Riot Games and ESL, and the two companies have agreed to hold two PUBG Mobile events in Asia.

## Commitment to India

Krafton pledged last year to invest US$100 million in India's video game, esports, entertainment and technology industries. It has cut its publishing ties with Tencent for India while PUBG Mobile remains unavailable in the country.

"Esports will be a key pillar to the growth of sports entertainment in the future," said Akshat Rathee, Nodwin's co-founder and managing director. "With Krafton coming on board, we have an endorsement from the mecca of gaming and esports, South Korea."

"Krafton is excited to partner with Nodwin Gaming to help foster the promising esports ecosystem and engage with our fans and players in India," said Krafton chief executive Changhan Kim, adding that the company would explore more investments in the region.
""", distractor=True, tip="Our tip: the esports calendar for the season.")

art("ZI-us-orders-tiktok-wechat-transactions-ban-aug-2020.md", "2020-08-07", "Capitol Tech Report", "By Dana Whitfield",
    "Trump orders ban on transactions with TikTok and WeChat owners in 45 days", "news", "india", """
President Donald Trump on Thursday signed two executive orders that will bar US persons from transactions with ByteDance, the owner of TikTok, and with Tencent's WeChat app, starting in 45 days.

## What the orders do

- They rely on the International Emergency Economic Powers Act and the national emergency over information and communications technology declared in 2019.
- The Commerce Secretary is to identify the transactions that will be prohibited once the 45 days have passed.
- The orders say the apps automatically capture vast amounts of user information that could be accessed by the Chinese government.

## Reactions

TikTok said it was shocked by an order issued without any due process and that it would pursue all remedies available. Microsoft has confirmed it is in talks to buy TikTok's operations in the United States, Canada, Australia and New Zealand.

## Abroad

The orders come as other governments weigh their own steps on Chinese apps. India has already blocked both apps, and officials in Australia have said they are reviewing TikTok. "Washington is now doing by executive order what New Delhi did by blocking order," one trade lawyer said.
""", distractor=True)
