"""Article text and metadata for blind set ZC (written from scratch for this set).

Each article: file, title, date (ISO), outlet, shape, story, distractor flag, body.
Body mini-markup: "## " subhead, "- " bullet, other lines are paragraphs.
Optional: posts (forum), comments (blog), tip (txt teaser), footer ("reply", "copyright", "disclaimer", "none"),
qheads (explainer/FAQ with question subheads; informational only).
"""

ARTICLES = []


def add(**kw):
    kw.setdefault("distractor", False)
    kw.setdefault("posts", None)
    kw.setdefault("comments", None)
    kw.setdefault("tip", None)
    kw.setdefault("footer", "reply")
    kw.setdefault("reply_form", True)
    kw.setdefault("share", True)
    ARTICLES.append(kw)


# ---------------------------------------------------------------- Mordashov / TUI / Severstal

add(file="ZC-eu-sanctions-mordashov-tui-board-mar-2022.md", date="2022-03-02",
    outlet="Hanover Business Ledger", shape="news", story="mordashov",
    title="Mordashov quits TUI board after EU asset freeze",
    body="""HANOVER, March 2 - Russian steel billionaire Alexey Mordashov has resigned from the supervisory board of TUI with immediate effect, the German travel group said on Wednesday, two days after the European Union put him on its sanctions list over Russia's invasion of Ukraine.
The EU listing, adopted on Monday, February 28, freezes his assets in the bloc and bars him from entering it. Mordashov, the main shareholder of steelmaker Severstal, has held about 34 percent of TUI through his Cyprus-based company Unifirm.
## What TUI says
TUI said the aim of the sanctions was to prevent him from disposing of his TUI shares and from realising any proceeds or profits from the investment. The sanctions relate to Mr Mordashov as a person, not to TUI AG, the company stressed, so they have no impact on the company itself.
- The group is run by its executive board, not by its owners, chief executive Fritz Joussen told staff.
- Vladimir Lukin, a former Severstal board member, has also left the TUI board.
## Reaction
He said he had "absolutely nothing to do" with the tension and did not understand why the EU had targeted him. As of Wednesday he was not on the US Treasury's sanctions list, and Washington had taken no action against Severstal.""")

add(file="ZC-italy-seizes-lady-m-imperia-mar-2022.txt", date="2022-03-05",
    outlet="Riviera Wire", shape="news", story="mordashov",
    title="Italy impounds Mordashov's yacht Lady M in Imperia",
    tip="Our tip: five harbour walks on the Italian Riviera this spring.",
    body="""IMPERIA, March 5 - Italian financial police have impounded the superyacht Lady M, owned by Russian tycoon Alexey Mordashov, in the Ligurian port of Imperia, officials said on Saturday. They valued the vessel at about 65 million euros.
The Guardia di Finanza acted under the European Union asset freeze imposed on the Severstal chairman on February 28. In the same sweep in Liguria, officers also froze the 40-metre yacht Lena, linked to energy magnate Gennady Timchenko.
The 65-metre Lady M was built by the American yard Palmer Johnson and delivered in 2013. She flies the flag of the Cayman Islands.
A freeze is not a confiscation. The yacht stays in Italian custody and cannot be sold, chartered or moved while her owner remains on the EU list, but ownership does not pass to the state.
Mordashov's much larger yacht, the 142-metre Nord, was not in European waters and was not affected. Italian officials said further assets of listed Russians were being traced.""")

add(file="ZC-mordashov-tui-stake-wife-explainer-mar-2022.html", date="2022-03-21",
    outlet="Sanctions Compass", shape="explainer", story="mordashov",
    title="Who now controls Mordashov's TUI stake? Questions and answers",
    body="""Three weeks after the EU froze Alexey Mordashov's assets, TUI has finally said who stands behind most of his former stake. Here is what is known as of March 21.
## What happened to the shares?
On February 28, the day the EU listed him, two Mordashov companies sold their holdings in Unifirm, the Cyprus company that owns 29.87 percent of TUI, to Ondero Limited, registered in the British Virgin Islands. A further 4.1 percent of TUI was moved from Unifirm to his Russian investment vehicle Severgroup.
## Who is behind Ondero?
TUI now says that the controlling shareholder of Ondero is Marina Mordashova, who is reported to be the tycoon's wife.
## Is the transfer valid?
Germany's economy ministry has opened a review of whether the transaction is effective. Until it concludes, TUI says it has been told to treat the transfer as invalid, and the shares remain frozen.
## Is Marina Mordashova sanctioned?
Not yet. Her name does not appear on the EU, UK or US sanctions lists.
## Where is his big yacht?
The 142-metre Nord left the Seychelles on March 12 and has been heading east, away from European ports.""")

add(file="ZC-us-sanctions-mordashov-severstal-jun-2022.md", date="2022-06-03",
    outlet="Capitol Sanctions Brief", shape="agency action summary", story="mordashov",
    title="US blocks Mordashov, Severstal and Nord Gold",
    body="""WASHINGTON, June 3 - The United States on Thursday, June 2, added Alexey Mordashov to the Specially Designated Nationals (SDN) list, three months after the EU froze his assets.
## Who was named
- Alexey Mordashov, the leader of Severgroup, designated under Executive Order 14024;
- Severgroup, his investment company, for operating in the financial services sector of the Russian economy;
- steelmaker PJSC Severstal and its gold-mining affiliate Nord Gold PLC;
- Limited Liability Company Algoritm, a technology, media and advertising firm;
- his wife Marina Mordashova and his adult sons Kirill and Nikita.
## What it means
All property of the designated persons that is in the United States or held by US persons is blocked, and so is any company owned 50 percent or more by them. US persons may not deal with them without an OFAC licence. A general licence lets customers and counterparties wind down business with Severstal until August 31.
Shares of Severstal and Nord Gold fell about 14 percent after the announcement. Yachts, aircraft and other luxury assets of Russian elites were targeted in the same round.""")

add(file="ZC-tui-capital-increase-mordashov-diluted-mar-2023.html", date="2023-03-24",
    outlet="Travel Trade Daily", shape="news", story="mordashov",
    title="TUI's 1.8 billion euro share sale leaves sanctioned Mordashov behind",
    body="""HANOVER, March 24 - TUI launched a capital increase of about 1.8 billion euros on Friday to repay the state aid it received during the pandemic - and its largest shareholder cannot take part.
The travel group will issue about 329 million new shares at 5.55 euros each, eight new shares for every three held. All existing shareholders may subscribe or sell their rights except Alexey Mordashov and any person or entity linked to him, who indirectly control 30.91 percent of TUI through Unifirm Limited and Severgroup LLC.
Mordashov has been under EU sanctions since February 2022, and in June 2022 the EU also listed Marina Mordashova, the controlling shareholder of Unifirm's owner Ondero. The stake therefore remains frozen.
Analysts estimate that the sanctioned holding will be diluted to about 10.9 percent once the new shares are issued, shifting roughly 370 million euros of value to other shareholders.
The proceeds will repay Germany's Economic Stabilisation Fund and cut the credit line from state bank KfW. The subscription period runs from March 28 to April 17.""")

add(file="ZC-general-court-upholds-mordashova-listing-sep-2024.txt", date="2024-09-11",
    outlet="EU Law Digest", shape="court summary", story="mordashov", footer="copyright",
    title="General Court keeps Marina Mordashova on EU sanctions list",
    body="""LUXEMBOURG, September 11 - The EU General Court on Wednesday dismissed the action brought by Marina Mordashova against her inclusion on the EU's Russia sanctions list (Case T-497/22, Mordashova v Council).
The Council first listed her in June 2022 and kept her name on the list in later renewals. It relied on two grounds: her association with her husband Alexey Mordashov, a leading businessperson operating in Russia, and the benefit she was said to obtain from him.
The First Chamber rejected every plea, including a plea of illegality against the listing criteria and claims of error of assessment, breach of the obligation to state reasons, disproportionate interference with the right to property, legal certainty, non-discrimination and the right to be heard.
What it means: her funds and economic resources in the EU stay frozen and she remains barred from entering the bloc. She may appeal to the Court of Justice on points of law within two months and ten days.
The ruling does not concern Alexey Mordashov's own listing, which remains in force.""")

add(file="ZC-tui-shares-mordashov-forum-thread.html", date="2025-02-18",
    outlet="TravelInvest Forum", shape="forum", story="mordashov", reply_form=False, share=False,
    title="Buying TUI shares - still a Mordashov problem?",
    body="",
    posts=[
        ("hanse_saver", "2025-02-14 09:12", "Thinking of buying some TUI shares on Xetra. Is TUI itself sanctioned because of Mordashov? I don't want my broker freezing anything."),
        ("compliance_kat", "2025-02-14 10:40", "No. TUI AG is not on the EU, UK or US lists. The sanctions hit Mordashov personally and, since June 2022, his wife Marina as well. Buying TUI shares on the market is fine; you just can't buy from, sell to or make funds available to them."),
        ("hanse_saver", "2025-02-14 11:02", "What about the US 50 percent rule?"),
        ("compliance_kat", "2025-02-14 11:35", "His frozen block was 30.91 percent before the 2023 rights issue and about 10.9 percent after it. Nowhere near 50, so TUI is not treated as his property."),
        ("riviera_rob", "2025-02-16 18:20", "For holidaymakers too: booking a TUI package is not dealing with him. The listed parts of his empire are Severgroup, Severstal and Nord Gold on the US side."),
        ("mod_anna", "2025-02-18 08:00", "Thread locked. Reminder: Mordashov and Severstal are still on the US SDN list and he is still on the EU list as of today. Not legal advice."),
    ])

add(file="ZC-lady-m-porto-santo-stefano-aug-2019.md", date="2019-08-20",
    outlet="Yachting Coast Review", shape="feature", story="mordashov", distractor=True,
    title="Superyacht Lady M draws crowds at Porto Santo Stefano",
    body="""PORTO SANTO STEFANO, August 20 - The 65-metre Lady M has moored at the historic Pilarella quay of Porto Santo Stefano, drawing a crowd of onlookers along the waterfront of the Argentario promontory this week.
The yacht belongs to Russian businessman Alexey Mordashov, chairman of the steel group Severstal. She was built by the American yard Palmer Johnson and delivered in 2013, with lines and interiors by the Italian studio Nuvolari Lenard.
## On board
- a metal sculpture of a leaping jaguar on the bow;
- glass panels through which water runs in a cascade effect;
- a helicopter landing pad and an outdoor swimming pool;
- two engines of about 4,600 horsepower each, enough for more than 30 knots.
Lady M sleeps 12 guests in large cabins and carries 14 crew. As usual she travels with her tender, Little M, and sails under the flag of the Cayman Islands.
Local harbour officials said the quay, which has welcomed famous yachts for 150 years, was pleased to host one of the most modern vessels in the Mediterranean.""")

# ---------------------------------------------------------------- Pumpyansky / TMK / Axioma

add(file="ZC-gibraltar-arrests-axioma-jpmorgan-mar-2022.txt", date="2022-03-23",
    outlet="Rock Harbour News", shape="news", story="pumpyansky",
    tip="Our tip: the best viewpoints on the Upper Rock for spring walkers.",
    title="Gibraltar arrests superyacht Axioma over JPMorgan loan claim",
    body="""GIBRALTAR, March 23 - The 72.5-metre superyacht Axioma, linked to Russian pipe magnate Dmitry Pumpyansky, has been arrested in Gibraltar after US bank JPMorgan filed an admiralty claim in the territory's Supreme Court.
Gibraltar has closed its port to Russian-linked vessels, but the government cleared the yacht to enter on Monday, March 21, once it was confirmed that she would be arrested in connection with the claim.
According to court papers, JPMorgan lent 20.5 million euros to Pyrene Investments Ltd, a British Virgin Islands company owned by Furdberg Holding Ltd, whose owner Pumpyansky guaranteed the loan. The bank says the loan went into default after Pumpyansky transferred his Furdberg shares to a third party on March 4 and was then sanctioned, which means it can no longer accept repayments.
The EU listed Pumpyansky on March 9. He has since stepped down as chairman of TMK, the steel pipe maker that supplies Gazprom.
Lawyers stressed that the arrest is a creditor's action in a civil court, not a government confiscation.""")

add(file="ZC-axioma-sold-gibraltar-auction-sep-2022.md", date="2022-09-07",
    outlet="Maritime Courts Monitor", shape="news", story="pumpyansky",
    title="Axioma fetches $37.5 million in Gibraltar's first sale of a Russian-linked yacht",
    body="""GIBRALTAR, September 7 - The superyacht Axioma has been sold for $37,500,055, the Admiralty Marshal of Gibraltar's Supreme Court said, about half the $75 million at which the vessel had been valued.
## The auction
- Sealed bids closed at noon on Tuesday, August 23, and 63 bids were received.
- The buyer's identity remains confidential.
- The sale was run for the Admiralty Marshal by broker Nigel Hollyer.
## Where the money goes
JPMorgan, which says it is owed about 20.5 million euros, is paid first, together with the costs of the arrest. Any surplus goes into an account at the Supreme Court of Gibraltar and stays frozen until the sanctions on Dmitry Pumpyansky are resolved.
None of the proceeds will go to Ukraine. Pumpyansky, the former chairman of pipe maker TMK, is under EU and UK sanctions.
The Axioma, built in Turkey in 2013, is the first superyacht linked to a sanctioned Russian to be sold at a public auction since the invasion of Ukraine. It had been held in Gibraltar since March.""")

add(file="ZC-general-court-upholds-pumpyansky-listing-sep-2023.html", date="2023-09-06",
    outlet="Luxembourg Case Notes", shape="court summary", story="pumpyansky",
    title="General Court upholds EU sanctions on Dmitry and Galina Pumpyansky",
    body="""On 6 September 2023 the General Court dismissed the actions brought by Dmitry Pumpyanskiy (Case T-270/22) and his wife Galina Pumpyanskaya (Case T-272/22) against their inclusion on the EU's Russia sanctions list. Both names stay on the list.
## The grounds for listing
The Council listed Mr Pumpyanskiy on 9 March 2022 as chairman of the board of Pipe Metallurgical Company (TMK) and president of the board of Sinara Group. It said he supported the Russian authorities and state-owned companies and was a leading businessperson involved in sectors providing a substantial source of revenue to the Russian government. Ms Pumpyanskaya was listed as his spouse and as chair of the BF Sinara Foundation's board of trustees.
## The ruling
The Court held that, although he played no direct role in the military offensive in Ukraine, he could be classified as a leading businessperson in the oil and gas industry sectors, so the listing was well founded. The Council had also pointed to his presence at the meeting of 37 businesspeople with President Putin on 24 February 2022.
## Next steps
Either applicant may appeal on points of law to the Court of Justice.""")

add(file="ZC-pumpyansky-son-wins-eu-court-nov-2023.txt", date="2023-11-29",
    outlet="Brussels Wire", shape="news", story="pumpyansky", footer="copyright",
    title="Son of Russian tycoon Pumpyansky wins EU sanctions case",
    body="""BRUSSELS, November 29 - Alexander Pumpyansky, the son of Russian pipe tycoon Dmitry Pumpyansky, has won his challenge against European Union sanctions, the EU General Court said on Wednesday.
The court said the Council had itself admitted that from March 9, 2022, Alexander was no longer president and board member of Sinara nor a board member of TMK - the positions that had been the reason for listing him. The listing therefore had to be annulled and his name taken off the list. The court rejected his claim for damages.
A court official said the Council now has two months to appeal to the Court of Justice.
TMK supplies steel pipes to Gazprom, and Sinara is a Russian investment group. The ruling does not help his father, whose own challenge was dismissed in September.
Alexander Pumpyansky is a long-term resident of Geneva. About 74 Russians have filed appeals against EU sanctions with the Luxembourg court, the official said.""")

add(file="ZC-pumpyansky-wins-but-stays-listed-blog-jun-2024.html", date="2024-06-28",
    outlet="Sanctions Litigation Blog", shape="blog", story="pumpyansky",
    title="Pumpyansky wins in Luxembourg - and stays on the list",
    body="""On June 26, 2024 the General Court annulled several renewals of the EU sanctions on Dmitry Pumpyansky and his wife Galina and ordered the Council to pay their costs.
The judgment covers the decisions keeping him listed from September 2022, March 2023 and September 2023. The court found that having held senior posts at TMK and Sinara in the past does not make him a "leading businessperson operating in Russia" once he has left them.
## Why he is still frozen
For procedural reasons the latest renewal, of March 2024, was not part of the case. His Vienna lawyers say he therefore remains listed on the same grounds the court has just rejected, and call the six-monthly renewals a "perpetuum mobile of illegal sanctions".
## Our view
For banks and traders nothing changes until the Council removes him or a court annuls the act now in force. Screen against the current list, not against a press release. The September 2023 judgment upholding his original March 2022 listing still stands.""",
    comments=[
        ("ledger_lena", "June 28, 2024", "So the win is worthless for now? His accounts stay blocked?"),
        ("Blog editor", "June 29, 2024", "For now, yes - the March 2024 act keeps the freeze in place. The annulled periods may matter for a damages claim."),
    ])

add(file="ZC-pumpyansky-listings-annulled-again-apr-2025.md", date="2025-04-16",
    outlet="Euro Sanctions Review", shape="news", story="pumpyansky",
    title="EU court strikes down Pumpyansky family listings again; Council 'analysing'",
    body="""BRUSSELS, April 16 - The EU Council says it is analysing a fresh set of General Court defeats over the Pumpyansky family.
## The April 2 judgments
- Case T-272/24: the court annulled the March 2024 decisions keeping Dmitry Pumpyansky on the list, on the same reasoning as in June 2024: he no longer holds posts at TMK or Sinara and there is no evidence that he still influences them.
- Case T-1108/23: the listing of his wife Galina Pumpyanskaya was annulled because she was listed only through her association with him.
## The son
Alexander Pumpyansky, a long-term Geneva resident, won in 2023 and the Council did not appeal. It then relisted him under the 2023 criterion covering immediate family members who benefit from listed persons, and renewed that decision in mid-March 2025. Two weeks later the court ruled against the Council for a second time. His lawyers demand his immediate delisting and have filed a claim for damages.
## Still frozen?
The judgments concern earlier acts. The renewal of March 14, 2025, which runs until September 15, 2025, was not before the court, and an EU source said the Council was studying whether it needed to act.""")

add(file="ZC-ask-sanctions-desk-pumpyansky-annulments-oct-2025.txt", date="2025-10-20",
    outlet="Trade Compliance Weekly", shape="advice column", story="pumpyansky", footer="disclaimer",
    title="Ask the Sanctions Desk: the court keeps annulling Pumpyansky's listing - can we deal with his family now?",
    body="""Dear Sanctions Desk,
Our firm in Rotterdam buys pipe fittings through a trader that used to belong to the TMK group. We keep reading that the EU court has annulled Dmitry Pumpyansky's sanctions. Are we now free to deal with him and his family?
- Cautious in Rotterdam
Dear Cautious,
The court has indeed ruled for him repeatedly. On September 10, 2025, in Case T-541/24, it annulled the September 2024 and March 2025 decisions keeping him listed - his third annulment at the General Court - holding that the "mere fact" that he held executive posts a year earlier could not justify the listing. On October 15, in Case T-235/25, it annulled the March 2025 listing of his wife Galina, who argued that she is separated from him and lives in Dubai.
But an annulment strikes down a specific past act. The Council reviews the list every six months, most recently around September 15. Before you pay anyone, check the current consolidated list, run your bank's screening and establish whether the trader is still owned or controlled by a listed person.""")

add(file="ZC-axioma-charter-review-2019.txt", date="2019-05-14",
    outlet="Charter Life", shape="review", story="pumpyansky", distractor=True, footer="reply",
    tip="Our tip: what to pack for a week in the Balearics.",
    title="Axioma review: a beach house that goes to sea",
    body="""PALMA, May 14 - Few charter yachts feel as relaxed as the 72.5-metre Axioma, which one guest this spring called a luxury beach house.
Launched in 2013 by Turkey's Dunya Yachts under the name Red Square, she has interiors by the Paris designer Alberto Pinto and a double-height main salon.
Highlights include a glass elevator spanning four decks, an infinity pool, a spa, a 3D cinema, an open-air gym and a jacuzzi on the sun deck. Axioma sleeps 12 guests in six cabins, and her crew is known for its water-sports programme.
The price matches the setting: a week on board costs from about $558,500, plus expenses such as fuel, food and port fees.
The yacht is owned through a company linked to Russian industrialist Dmitry Pumpyansky, chairman of pipe maker TMK, who uses her when she is not on charter.
Verdict: five stars for space and calm, three for value.""")

# ---------------------------------------------------------------- Gazprom Germania / SEFE

add(file="ZC-germany-takes-control-gazprom-germania-apr-2022.md", date="2022-04-05",
    outlet="Berlin Energy Post", shape="news", story="sefe",
    title="Berlin puts Gazprom Germania under regulator's trusteeship",
    body="""BERLIN, April 5 - Germany has placed Gazprom Germania, the German arm of Russia's Gazprom, under the trusteeship of the Federal Network Agency (Bundesnetzagentur) until September 30, Economy Minister Robert Habeck said on Monday, April 4.
Gazprom said on Friday, April 1, that it had ended its participation in the subsidiary, without saying who the new owners were. Habeck said the change of ownership had not received the approval the law requires and cited unclear legal relations and breaches of reporting rules. Any acquisition of the company by new investors without that consent is treated as invalid.
## What the trustee can do
- dismiss and appoint managers and run the company;
- keep gas flowing to customers;
- block decisions that would harm supply security.
## Why it matters
Gazprom Germania trades, stores and transports gas. Its units include gas trader Wingas and storage operator Astora, which runs Germany's biggest storage site at Rehden in Lower Saxony.
The company is not on any EU or US sanctions list: the trusteeship is a supply-security measure, not a sanction.""")

add(file="ZC-russia-sanctions-gazprom-germania-units-may-2022.html", date="2022-05-12",
    outlet="Continental Gas Report", shape="news", story="sefe",
    title="Moscow blacklists Gazprom Germania units and other Western energy firms",
    body="""MOSCOW/BERLIN, May 12 - Russia has imposed sanctions on 31 companies based in countries that have sanctioned it, most of them units of Gazprom Germania, the former German subsidiary of Gazprom that is now run by a German trustee.
The list, published by the Russian government on Wednesday, May 11, implements a decree that President Vladimir Putin signed on May 3 on retaliatory special economic measures. Russian entities may not make deals with the listed companies or fulfil obligations under existing contracts, and ships linked to them may not call at Russian ports.
Also on the list is EuRoPol GAZ, the owner of the Polish section of the Yamal-Europe pipeline. Other EU firms and companies from the United States and Singapore are named. The affected German units include gas trader Wingas and storage operator Astora.
Economy Minister Robert Habeck said on Thursday that the affected volumes amounted to around 10 million cubic metres per day, about three percent of Germany's total annual consumption, and that they could be bought elsewhere on the market. "Once more, it shows that Russia uses energy as a weapon," he said.""")

add(file="ZC-gazprom-germania-kfw-loan-renamed-sefe-jun-2022.txt", date="2022-06-15",
    outlet="Rhine Markets Daily", shape="news", story="sefe",
    tip="Our tip: how to read your new gas bill.",
    title="Berlin lends billions to Gazprom Germania and renames it SEFE",
    body="""BERLIN, June 15 - The German government will keep Gazprom Germania afloat with a loan from state development bank KfW of between nine and ten billion euros, according to government sources, and will rename the company Securing Energy for Europe GmbH (SEFE).
The government said on Tuesday that Russian sanctions imposed in mid-May on the company and almost all of its subsidiaries had stopped its gas deliveries, forcing it to buy replacement gas at very high market prices and pushing it toward insolvency. Officials said the money may be used only for the company's business and to maintain the gas supply, and cannot flow to Russia.
The trusteeship of the Federal Network Agency, due to expire on September 30, will be extended beyond September and placed on a new legal basis.
Berlin has not expropriated the company, so its legal ownership remains unresolved.
Critics were scathing. "We are now saving Russia's Gazprom (!) Germania with German tax money," Bild deputy editor Paul Ronzheimer wrote on Twitter.""")

add(file="ZC-germany-nationalises-sefe-nov-2022.html", date="2022-11-15",
    outlet="Energy Policy Wire", shape="press release", story="sefe", reply_form=False,
    title="Press release: Federal government takes full ownership of SEFE",
    body="""Press release summary. The following summarises the statement issued by the Federal Ministry for Economic Affairs and Climate Action on November 14, 2022.
The ministry has issued an order under the Energy Security of Supply Act making the federally owned SEEHG Securing Energy for Europe Holding GmbH the sole shareholder of SEFE, formerly Gazprom Germania.
SEFE's existing registered capital of 225.6 million euros is set to zero, ending the ownership of Gazprom Export, and new shares of the same nominal amount are subscribed by the state. The European Commission approved the 225.6 million euro measure on November 12.
The ministry said that because ownership had remained unclear since April, business partners and banks had suspended dealings with the company or hesitated to enter new ones, threatening its operations and the gas supply.
SEFE holds a 14 percent share of the German gas supply market and operates 28 percent of German gas storage, including the site at Rehden. The KfW loan granted to the company, now 11.8 billion euros, is to be raised to 13.8 billion euros.
"We welcome the change in ownership of SEFE, which will allow Germany to look for new gas suppliers while ensuring the security of supply," Commission Executive Vice-President Margrethe Vestager said.""")

add(file="ZC-eu-approves-sefe-recapitalisation-dec-2022.txt", date="2022-12-21",
    outlet="State Aid Watch", shape="agency action summary", story="sefe", footer="copyright",
    title="Commission clears 6.3 billion euro equity for state-owned SEFE",
    body="""BRUSSELS, December 21 - The European Commission on Tuesday, December 20, approved under EU state aid rules a 6.3 billion euro capital injection into SEFE, the former Gazprom Germania, now wholly owned by Germany.
The equity is created by converting part of the existing KfW loan of 13.8 billion euros, which falls to 7.5 billion euros. The measure is financed from the reactivated 200 billion euro Economic Stabilisation Fund.
Conditions attached by the Commission:
- Germany must present an exit plan by the end of 2023, aiming to reduce its stake significantly by the end of 2028 at the latest;
- SEFE must sell its businesses in Switzerland, Romania, the Czech Republic, Hungary, Slovakia, Bulgaria and Mexico;
- limits on sales volumes and a ban on acquisitions apply.
The economy ministry said no legal challenge had been lodged against the November 14 nationalisation order before the deadline expired, so SEFE is now nationalised. The debt-to-equity swap is meant to restore the company's creditworthiness while it rebuilds its business away from Russian gas.""")

add(file="ZC-sefe-gas-procurement-faq-mar-2024.md", date="2024-03-28",
    outlet="Municipal Utility Buyers Guide", shape="FAQ", story="sefe",
    title="Buying gas from SEFE: a procurement FAQ (updated March 2024)",
    body="""Our readers at municipal utilities keep asking whether they may sign supply contracts with SEFE. Short answers, updated after the Commission's decision of March 26, 2024.
## Is SEFE the same company as Gazprom Germania?
Yes. Gazprom Germania GmbH was renamed Securing Energy for Europe GmbH in June 2022 and has been fully owned by the German state since its nationalisation in November 2022. Gazprom no longer holds any stake.
## Is SEFE on a sanctions list?
It is not on the EU or US lists. The blacklist it appeared on is Russia's: in May 2022 Moscow named the company and most of its subsidiaries among 31 firms that Russian entities may not deal with. That restricts Russian counterparties, not EU buyers.
## Can a municipal utility sign a supply contract?
Yes, under normal procurement rules.
## What changed in March 2024?
The Commission approved a change to Germany's state-aid commitments so that SEFE may take over the remaining shares of gas network operator WIGA, which it already owns almost 50 percent of. In return Germany offered additional divestments and wind-downs, a lower volume commitment and a third claw-back mechanism.
## Will the state stay the owner?
Germany has committed to reduce its stake significantly by the end of 2028.""")

add(file="ZC-rehden-gas-storage-low-oct-2021.html", date="2021-10-20",
    outlet="Continental Gas Report", shape="news", story="sefe", distractor=True,
    title="Germany's biggest gas store sits near empty as winter nears",
    body="""REHDEN, October 20 - Germany's largest underground gas storage site, a depleted gas field at Rehden in Lower Saxony, remains far emptier than other German facilities as the heating season begins, market data show.
The site is operated by Astora, a unit of Gazprom Germania, which also owns the gas trader Wingas. It can hold around four billion cubic metres of gas.
Traders say little gas has been injected at Rehden since the spring, while other operators have filled their caverns closer to normal levels. Wholesale gas prices in Europe have hit record highs this autumn, making summer-to-winter storage less attractive.
Gazprom has said it meets all of its long-term supply contracts and that storage decisions are commercial ones. The economy ministry in Berlin said it was watching the situation and saw no immediate risk to supply.
Analysts note that Rehden's level matters for the whole market because the site alone accounts for a large share of Germany's storage capacity. A cold winter could draw the remaining reserves down quickly, they said.""")

# ---------------------------------------------------------------- Li Shangfu / EDD (CAATSA)

add(file="ZC-us-sanctions-china-edd-li-shangfu-sep-2018.md", date="2018-09-21",
    outlet="Pacific Security Wire", shape="news", story="li",
    title="US sanctions Chinese military agency and its director over Russian arms",
    body="""WASHINGTON, September 21 - The United States on Thursday imposed sanctions on the Chinese military's Equipment Development Department (EDD) and its director, Li Shangfu, for buying Russian fighter jets and missile equipment - the first use of Section 231 of the Countering America's Adversaries Through Sanctions Act (CAATSA).
The State Department said the EDD had engaged in significant transactions with Rosoboronexport, Russia's main arms exporter: the delivery of 10 Su-35 combat aircraft in 2017 and of S-400 surface-to-air missile system-related equipment in 2018.
## What the sanctions do
- the EDD and Li are added to the Treasury's SDN list, and their property under US jurisdiction is blocked;
- they may not obtain US export licences;
- they are cut off from the US financial system and from foreign-exchange transactions under US jurisdiction;
- Li is barred from receiving a US visa.
## Also on Thursday
The State Department added 33 Russian military and intelligence-linked people and entities to its CAATSA list, bringing it to 72 names; significant deals with any of them can trigger sanctions. President Trump signed an executive order to implement the measures.
Officials said the aim was to impose costs on Russia, not to undermine any country's military capabilities.""")

add(file="ZC-china-summons-us-envoy-recalls-navy-chief-sep-2018.txt", date="2018-09-23",
    outlet="Asia Desk Daily", shape="news", story="li",
    tip="Our tip: a weekend guide to Beijing's autumn hutong markets.",
    title="China summons US envoy, recalls navy chief over sanctions",
    body="""BEIJING, September 23 - China summoned the US ambassador and called off military talks in protest at Washington's sanctions on the army department that buys its weapons and on its director, Li Shangfu.
Senior foreign ministry official Zheng Zeguang summoned Ambassador Terry Branstad on Saturday to lodge "stern representations". He said Sino-Russian military cooperation was a normal activity between two sovereign states that the United States had no right to interfere in, and urged Washington to revoke the so-called sanctions.
The Ministry of National Defense said it had recalled navy commander Vice Admiral Shen Jinlong, who was attending the International Seapower Symposium in the United States, and postponed talks between the two militaries that had been planned in Beijing for September 25.
Defence ministry spokesman Wu Qian called the US approach "a blatant violation of the basic norms of international relations" and said the military reserved the right to take further countermeasures.
A senior State Department official said China was the only country that had taken possession of the S-400 system.""")

add(file="ZC-li-shangfu-defence-minister-sanctions-explainer-mar-2023.html", date="2023-03-14",
    outlet="Pacific Security Wire", shape="explainer", story="li",
    title="China's new defence minister is on a US sanctions list. What does that mean?",
    body="""General Li Shangfu was named China's defence minister at the National People's Congress on Sunday, March 12, 2023. He has been under US sanctions since September 2018.
## Why was he sanctioned?
As head of the Central Military Commission's Equipment Development Department, he oversaw the purchase of Su-35 jets and S-400 equipment from Russia's Rosoboronexport, which triggered the first sanctions under CAATSA Section 231.
## Is he still on the list?
Yes. His name remains on the SDN list, and no waiver or removal has been announced.
## Can US officials still meet him?
The Pentagon says the sanctions do not prevent official US government business with him. The measures target his property, transactions, export licences and visas.
## What about US companies?
US persons may not do business with him personally or deal in his property under US jurisdiction. The listing is personal: it does not extend to China's defence ministry as such, although the Equipment Development Department itself also remains sanctioned.
## Who is he?
An aerospace engineer, Li spent decades in China's space programme, including at the Xichang satellite launch centre, before heading the EDD.""")

add(file="ZC-china-declines-austin-li-meeting-may-2023.md", date="2023-05-30",
    outlet="Capitol Defense Notes", shape="news", story="li",
    title="China rejects Austin meeting with sanctioned defence minister",
    body="""WASHINGTON, May 30 - China has turned down a US proposal for Defense Secretary Lloyd Austin to meet Chinese Defence Minister Li Shangfu at the Shangri-La Dialogue in Singapore, which runs from June 2 to 4, the Pentagon said on Monday.
Beijing has signalled that it wants the 2018 sanctions on Li lifted before such talks. President Joe Biden said at the G7 summit in Hiroshima on May 21 that the sanctions were "under negotiation right now", but a day later State Department spokesman Matthew Miller, asked whether Washington was considering lifting them, said: "No, we are not."
Pentagon spokesman Brigadier General Pat Ryder said the sanctions do not prevent Austin from meeting Li "in the course of conducting official United States Government business", and accused Beijing of a "concerning unwillingness" to engage.
## Background
- Li has been defence minister since March 2023.
- Austin told a Senate panel on May 11 that he had tried to contact Li on a number of occasions.
- Austin met Li's predecessor, Wei Fenghe, at the same forum in 2022.""")

add(file="ZC-china-removes-li-shangfu-oct-2023.txt", date="2023-10-25",
    outlet="Asia Desk Daily", shape="news", story="li",
    tip="Our tip: five new Beijing museums to see this winter.",
    title="China removes defence minister Li Shangfu without explanation",
    body="""BEIJING, October 25 - China has removed Li Shangfu as defence minister, state media said on Tuesday, nearly two months after he disappeared from public view. No reason was given.
The National People's Congress Standing Committee also stripped him of his post as a state councillor. Li, who took office in March, was last seen in public in late August. He is the second senior official removed this year after foreign minister Qin Gang was ousted in July.
No successor was named at the session, leaving open who will represent China in any future talks with the Pentagon.
His departure does not change his status on the US sanctions list: the 2018 designation applies to him personally, not to the office he held.""")

add(file="ZC-li-shangfu-expelled-dong-austin-met-jun-2024.html", date="2024-06-28",
    outlet="Pacific Security Wire", shape="news", story="li",
    title="China expels former defence minister Li Shangfu from the party",
    body="""BEIJING, June 28 - China's Communist Party has expelled former defence minister Li Shangfu and his predecessor Wei Fenghe, state media said on Thursday, June 27, and handed Li's suspected crimes to military prosecutors.
The Politburo decided to expel Li, terminate his credentials as a delegate to the 20th Party Congress and transfer his case to military procuratorial organs for review and prosecution. The defence ministry said he had used his authority to accept bribes and grant favours. An investigation began in late August 2023, shortly after his last public appearance, and he was removed as minister in October 2023.
Li was replaced in December 2023 by Admiral Dong Jun, a former navy chief and the first naval officer to hold the post. Unlike Li, Dong is not under US sanctions, and he met US Defense Secretary Lloyd Austin on May 31 on the sidelines of the Shangri-La Dialogue in Singapore - the first in-person talks between the two countries' defence chiefs since November 2022.
Washington has announced no change to the 2018 sanctions on Li, which were imposed on him personally.""")

add(file="ZC-li-shangfu-moscow-visit-apr-2023.md", date="2023-04-18",
    outlet="Eurasia Monitor", shape="news", story="li", distractor=True,
    title="China's new defence minister makes Moscow his first foreign trip",
    body="""MOSCOW, April 18 - Chinese Defence Minister Li Shangfu has chosen Russia for his first trip abroad since taking office in March, meeting President Vladimir Putin in the Kremlin on Sunday, April 16.
Li, accompanied by senior officers, also held talks with Defence Minister Sergei Shoigu during the visit, which runs until Wednesday, April 19. The two sides praised their military cooperation, joint exercises and planned contacts between their armed forces.
Putin told his guest that military ties between the two countries were developing well and that the two militaries regularly exchanged information. Li said the two sides would take their cooperation to a new level.
## Why the timing matters
- The trip came a month after President Xi Jinping's state visit to Moscow in March.
- It was Li's first official meeting with a foreign head of state as minister.
Russian state media showed Li laying a wreath at the Tomb of the Unknown Soldier near the Kremlin wall. He was also due to visit a Russian military academy before returning to Beijing.""")
