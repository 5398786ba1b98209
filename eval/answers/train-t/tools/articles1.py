"""Raiffeisen Bank International / Strabag / Rasperia / Iliadis."""
A = []

A.append(dict(file="t-raiffeisen-strabag-deal-announced-dec-2023.md", date="2023-12-15", section="business",
 source="Danube Business Wire", byline="By Katrin Aigner, Vienna", title="Raiffeisen plans EUR 1.5bn Strabag share deal to pull value out of Russia",
 body=[
 "Raiffeisen Bank International (RBI), the largest Western lender still operating in Russia, said this week that its Russian unit, AO Raiffeisenbank, intends to buy a 27.78 percent stake in the Austrian construction group Strabag for about 1.51 billion euros.",
 "The seller is Rasperia Trading Limited, the Russian investment holding that has held the Strabag shares since 2007 and that was long controlled by the metals tycoon Oleg Deripaska. Deripaska has been on the US sanctions list since April 2018, and the European Union froze his assets in 2022 after the invasion of Ukraine.",
 "## How the deal would work",
 "Under the plan, the Russian bank would pay for the shares with money it holds in Russia and then pass them to the Vienna parent as a dividend in kind. Because RBI cannot send profits out of Russia, the swap is a way to move some of the billions it has accumulated there into an asset that sits in Austria.",
 "RBI said it expects to close the transaction by the end of March 2024 and that it had carried out an extensive sanctions review. The bank said the structure \"complies with all applicable sanctions\" and that no sanctioned person would receive any proceeds. Strabag said separately that Rasperia is itself being sold to a Russian company called Iliadis JSC.",
 "## Sanctions questions",
 "Strabag's core Austrian shareholders, the Haselsteiner family and the Raiffeisen/UNIQA group, cut Deripaska's influence after 2022; the shares held by Rasperia have had their voting and dividend rights frozen under EU rules since then. At the time of the announcement Rasperia itself was not named on any US or EU sanctions list.",
 "Analysts in Vienna welcomed the idea that RBI might turn stranded Russian capital into a liquid Austrian holding, and the bank's shares rose. Lawyers cautioned that Washington could take a different view. \"Anything that touches a Deripaska-linked asset will get a very hard look in Washington,\" said one Vienna sanctions practitioner.",
 "RBI has been under pressure from the European Central Bank to shrink its Russian business and has been in talks about a sale or spin-off of the unit since 2022. The bank has said it remains committed to reducing its Russian exposure.",
 ]))

A.append(dict(file="t-us-treasury-concerns-strabag-deal-mar-2024.txt", date="2024-03-26", section="business", place="Vienna",
 source="Alpine Finance Daily", byline="Staff report", title="Raiffeisen stands by Strabag deal as US officials raise concerns", kind="news",
 body=[
 "Raiffeisen Bank International said on Tuesday that it \"stands by\" its view that buying a Strabag stake from a Russian company once controlled by Oleg Deripaska complies with sanctions law, after it emerged that US Treasury officials had questioned the deal.",
 "Reuters reported on March 20 that Treasury officials had raised concerns about the transaction in meetings with the bank and with Austrian authorities. The deal, announced in December, would see RBI's Russian unit buy roughly 1.5 billion euros of Strabag shares from Rasperia Trading Limited.",
 "## A new owner for the seller",
 "The bank also said the plan now requires \"extensive compliance checks\" because Rasperia itself has changed hands. Strabag said last week that the sale of Rasperia to Iliadis JSC has been completed. Russian company records show that Iliadis was registered only on July 12, 2023, and its ownership is not clear.",
 "RBI said the new ownership structure must give it \"assurance that no sanctioned persons or entities will benefit directly or indirectly\" from the Strabag transaction. The bank had originally said it wanted to close the deal by the end of March; that target now looks unlikely.",
 "## Bond sale shelved",
 "The US objections have already had a cost. RBI dropped a planned bond sale after the Treasury's concerns were reported, according to people familiar with the matter. The bank's Russian operation remains its most profitable unit, but profits there cannot be paid out to Vienna.",
 "Deripaska has denied any current links to Strabag and has called the Western sanctions on him misguided. Neither Rasperia nor Iliadis is currently on a US sanctions list, the bank said.",
 "A spokesperson for the Austrian finance ministry declined to comment on talks with US officials.",
 "Reader question: Does a Russian court have any say over the shares? Strabag's shares are held through an Austrian share register, and RBI says any transfer would have to comply with EU rules.",
 ],
 photo="Strabag headquarters on the Danube in Vienna"))

A.append(dict(file="t-raiffeisen-drops-strabag-deal-may-2024.html", date="2024-05-08", section="business", kind="news",
 source="Vienna Markets Journal", byline="By Lukas Prenner", title="Raiffeisen abandons Strabag deal after pressure from Washington",
 body=[
 "Raiffeisen Bank International has dropped its plan to buy a 1.5 billion euro stake in Strabag linked to the Russian tycoon Oleg Deripaska, the bank said on Wednesday, May 8, 2024.",
 "RBI said it had decided to abandon the transaction \"out of an abundance of caution\" because it had not obtained the required comfort from regulators and authorities that the deal was acceptable. The decision follows weeks of pressure from the US Treasury and warnings from Austria's central bank that the bank could face consequences in the United States.",
 "## What was planned",
 "The bank announced in December that its Russian unit would buy 27.78 percent of Strabag from Rasperia Trading Limited and transfer the shares to Vienna. The plan would have let RBI unlock part of the capital trapped in Russia. US officials suspected Deripaska would benefit from the sale, people familiar with the matter said, even though Rasperia had since been sold to a newly created Russian company, Iliadis JSC.",
 "Chief executive Johann Strobl told analysts the bank would continue to work on reducing its Russian business. RBI's shares fell about 2 percent in Vienna after the announcement.",
 "## What happens to the Strabag stake",
 "The stake remains with Rasperia. Its voting rights and dividends stay frozen under EU rules because of the earlier link to Deripaska. Strabag said the decision did not affect its operations.",
 "A sanctions lawyer in Vienna said the episode showed that the US can stop a European deal without formally sanctioning the European company: \"Nobody designated Raiffeisen. The threat alone was enough.\"",
 "Neither Rasperia nor Iliadis had been placed on a sanctions list as of Wednesday.",
 ]))

A.append(dict(file="t-ofac-rasperia-iliadis-action-summary-may-2024.html", date="2024-05-14", section="compliance", kind="summary",
 source="Sanctions Desk Briefing", byline="Agency action summary", title="OFAC targets Deripaska-linked scheme: Beloglazov, Titul, Iliadis and Rasperia designated",
 body=[
 "Summary of the action announced by the US Treasury's Office of Foreign Assets Control (OFAC) on Tuesday, May 14, 2024. This page summarises the public announcement; it is not legal advice.",
 "## Who was designated",
 "OFAC designated one Russian national and three Russia-based companies for what it called an attempted sanctions evasion scheme that could have unfrozen more than $1.5 billion belonging to the sanctioned tycoon Oleg Deripaska: Dmitrii Beloglazov; his financial services company Obshchestvo S Ogranichennoi Otvetstvennostiu Titul (Titul); Titul's subsidiary Aktsionernoe Obshchestvo Iliadis (Iliadis); and International Company Joint Stock Company Rasperia Trading Limited (Rasperia).",
 "## The scheme as described by Treasury",
 "According to Treasury, in June 2023 Deripaska coordinated with Beloglazov on a planned transaction to sell Deripaska's frozen shares in a European company. Within weeks Iliadis was created as a subsidiary of Titul. In early 2024 Iliadis acquired Rasperia, the holding company that owns the frozen shares.",
 "## Legal basis",
 "Beloglazov, Titul and Iliadis were designated under Executive Order 14024 for operating or having operated in the financial services sector of the Russian economy. Rasperia was designated for being owned or controlled by, or having acted for, Iliadis.",
 "## Effect",
 "All property and interests in property of the designated persons in the United States or in the possession or control of US persons are blocked. Entities owned 50 percent or more by them are also blocked. Deripaska himself has been on the SDN list since April 2018.",
 "## Context",
 "The European company is the Austrian builder Strabag. Raiffeisen Bank International had planned to buy the Rasperia stake through its Russian unit but dropped the deal on May 8, six days before this action. Raiffeisen itself was not designated.",
 ]))

A.append(dict(file="t-kaliningrad-court-orders-rasperia-payout-jan-2025.txt", date="2025-01-21", section="legal", place="Vienna",
 source="Central European Law Report", byline="Court summary", title="Court summary: Kaliningrad court orders Raiffeisen's Russian unit to pay Rasperia EUR 2.044bn", kind="summary",
 body=[
 "The Arbitrazh (Commercial) Court of the Kaliningrad Region on Monday, January 20, 2025, ruled for Rasperia Trading Limited in its damages claim against the Austrian construction group Strabag SE, Strabag's Austrian core shareholders and AO Raiffeisenbank, the Russian subsidiary of Raiffeisen Bank International.",
 "## The claim",
 "Rasperia, the holder of the Strabag stake once linked to Oleg Deripaska and placed on the US sanctions list in May 2024, argued that it had suffered losses because its shares were frozen and because the planned sale to Raiffeisen collapsed. In filings it said it held 24.1 percent of Strabag. It had first sought about 1.9 billion euros.",
 "## The ruling",
 "The court ordered the defendants to pay 2.044 billion euros to Rasperia. It rejected a request for an independent valuation and relied on the claimant's figures. The court also ordered that ownership of the Strabag shares held by Rasperia pass to AO Raiffeisenbank once the payment is made. RBI said the judgment can be enforced against the assets of AO Raiffeisenbank, which is 100 percent owned by the group.",
 "## The bank's response",
 "RBI said the decisions of Russian courts have no binding effect in Austria, so the transfer of the shares cannot be carried out there. It said it would book a provision in the fourth quarter of 2024 and that AO Raiffeisenbank would appeal. Chief executive Johann Strobl said the Russian unit had been \"unfairly drawn into\" a dispute between Strabag and one of its shareholders.",
 "## What comes next",
 "An appeal goes to the 13th Arbitration Court of Appeal in St Petersburg. Until it rules, the judgment is not final. The Strabag shares remain frozen under EU sanctions, which also apply to Rasperia directly.",
 ]))

A.append(dict(file="t-eu-19th-package-rasperia-clause-dropped-oct-2025.md", date="2025-10-21", section="world",
 source="Brussels Policy Post", byline="By Anna Szabo, Brussels", title="Austria drops Raiffeisen demand, clearing way for EU's 19th Russia package",
 body=[
 "Austria has stopped blocking the European Union's 19th package of Russia sanctions after failing to win a clause that would have unfrozen Strabag shares held by Rasperia Trading and handed them to Raiffeisen Bank International as compensation.",
 "\"Austria supports continued pressure on Russia and will approve the 19th sanctions package,\" the foreign ministry in Vienna said in a statement this week.",
 "## Why Vienna wanted the clause",
 "The dispute goes back to a Russian court case. In January the Kaliningrad commercial court ordered RBI's Russian unit to pay Rasperia 2.044 billion euros and take over its Strabag shares. The 13th Arbitration Court of Appeal in St Petersburg upheld that ruling in April 2025, making it final in Russia. RBI's Russian unit has since paid the damages, but the shares could not be transferred because they are frozen under EU sanctions and the Russian judgment has no effect in Austria.",
 "Austria proposed releasing Rasperia's 24 percent stake in Strabag, some 28.5 million shares worth about 2.38 billion euros at market prices on October 10, so that RBI could receive them. \"Rasperia is sitting on Strabag shares and 2.1 billion euros is already in Russia,\" RBI chief executive Johann Strobl told reporters on October 8. \"There is a way to change that.\"",
 "## Why other capitals said no",
 "Several member states objected that lifting sanctions on a company that the EU itself listed would set a dangerous precedent and reward Russian courts that order Western companies to pay sanctioned claimants. Officials also noted that Rasperia, and its parent Iliadis, have been on the EU list since 2024, after the United States designated them in May 2024.",
 "## What the package does",
 "The 19th package includes a full ban on Russian liquefied natural gas imports by 2027 and new measures on banks, the shadow fleet and payment systems. It does not contain any exemption for Rasperia, which stays listed in the EU and the US.",
 ]))

A.append(dict(file="t-raiffeisen-strabag-investor-forum-thread.html", date="2025-10-24", section="forum", kind="forum",
 source="EuroStocks Community Forum", byline="Forum: Austrian equities", title="Thread: RBI, Strabag and the Rasperia mess - where are we now?",
 body=[
 "Board: Austrian equities. 7 posts. Posts by users do not represent the views of the forum operator.",
 ],
 posts=[
 ("vienna_value", "2025-10-09", "Trying to get a clear timeline for the Strabag/Rasperia saga before I add to my RBI position. Is the 2023 deal still alive?"),
 ("Donaukanal88", "2025-10-09", "No. RBI announced the 1.51bn purchase in Dec 2023 and walked away on May 8 2024. A week later OFAC designated Rasperia and its new parent Iliadis. The deal is dead."),
 ("vienna_value", "2025-10-10", "And the Russian lawsuit? Last I read, RBI said it would appeal the Kaliningrad ruling."),
 ("Donaukanal88", "2025-10-10", "Appeal lost in April 2025 in St Petersburg. The 2.044bn ruling is final in Russia and RBI says its Russian unit paid. Vienna then tried to get the EU to unfreeze the Strabag shares so RBI gets something back."),
 ("mod_eurostocks", "2025-10-23", "Mod note: Austria dropped that demand and said it will approve the 19th package, so no carve-out for Rasperia. Rasperia is still sanctioned in the US and the EU as of today. Please keep posts on topic and do not post screenshots of paywalled articles."),
 ("grazer_bond", "2025-10-23", "What I still do not get: who actually ends up with the 2bn? Deripaska's people say he has nothing to do with Rasperia any more, and Treasury said the whole sale to Iliadis was a scheme to unfreeze his money. Either way RBI is the one out of pocket, and the Strabag shares stay frozen in Vienna."),
 ("kontrollbank_kid", "2025-10-24", "So RBI paid in Russia and got no shares. Strabag itself is fine operationally; its results are not affected by any of this as far as I can see. Not investment advice."),
 ]))

A.append(dict(file="t-strabag-wins-rail-tunnel-contract.md", date="2024-06-12", section="business",
 source="Alpine Construction News", byline="By Peter Gruber", title="Strabag joint venture wins rail tunnel contract in southern Germany",
 body=[
 "A joint venture led by Strabag has won a contract to build a twin-bore rail tunnel in southern Germany, the Vienna-based construction group said on Wednesday. The contract value for Strabag's share was described as a \"high three-digit million euro amount\".",
 "The project covers about 7 kilometres of tunnel, two emergency access shafts and the track bed, and is part of a wider plan to increase freight capacity on one of the region's busiest lines. Construction is due to start in the autumn and run for about six years.",
 "## Tunnelling method",
 "Most of the tunnel will be driven with two tunnel boring machines, while shorter sections near the portals will use conventional excavation. Strabag said its tunnelling unit had completed similar projects in Austria and Switzerland and would employ up to 400 people on site at peak.",
 "## Order backlog",
 "The company has reported a record order backlog, driven by transport infrastructure and energy projects in Germany, Austria and central Europe. Strabag employs around 86,000 people and generated output of more than 19 billion euros in the last financial year, according to its annual report.",
 "Chief executive Klemens Haselsteiner said public infrastructure spending in Germany remained a key driver. \"Rail is where the long-term demand is,\" he told reporters.",
 "## Listing and shareholders",
 "Strabag shares are listed on the Vienna Stock Exchange. The stock moved little on the news. The company's core shareholders are the Haselsteiner family, the Raiffeisen/UNIQA group and Rasperia Trading Limited; the company does not comment on individual shareholders' affairs in contract announcements.",
 "Local officials welcomed the award. A spokesperson for the regional transport ministry said the tunnel would take lorries off nearby roads and cut journey times for passenger trains by up to 12 minutes.",
 ]))
