"""Article texts and metadata for the ZU blind set (written from facts checked with the search tool).

Body markup: "## " subhead (not counted), "- " bullet, "Q: "/"A: " FAQ pair; posts/comments are (user, when, text).
"""

ARTICLES = []


def add(name, fmt, date, title, outlet, byline, shape, body, teaser="", comments=None, distractor=False,
        related=None, desc=""):
    ARTICLES.append(dict(name=name, fmt=fmt, date=date, title=title, outlet=outlet, byline=byline, shape=shape,
                         body=body, teaser=teaser, comments=comments or [], distractor=distractor,
                         related=related or [], desc=desc or title))


# ---------------------------------------------------------------- package forwarders
add("ZU-access-usa-myus-27-million-settlement-mar-2017.md", "md", "2017-03-30",
    "Sarasota package forwarder MyUS settles export case with Commerce for $27 million",
    "Gulf Coast Trade Journal", "Dana Whitcomb", "news", [
        "Access USA Shipping, LLC, the Sarasota, Florida company that does business as MyUS, has agreed to a $27 million settlement with the Commerce Department's Bureau of Industry and Security (BIS) over 150 alleged violations of the Export Administration Regulations (EAR). Of the $27 million, $17 million is suspended, leaving $10 million to be paid as long as the company keeps to the terms of the agreement.",
        "MyUS sells foreign shoppers an American address. They buy from US online stores, the parcels go to the company's Florida warehouse, and MyUS consolidates them and ships them abroad. That model makes the forwarder the exporter of record, the party primarily responsible for getting licences and filing accurate export information.",
        "## What BIS alleged",
        "According to the BIS charging documents, the company changed values and item descriptions on export paperwork to avoid scrutiny:",
        "- guns and weapons parts were described as \"sporting goods accessories\", \"fishing tools and spare parts\" or \"tailoring tools\";",
        "- rifle stocks and grips went out as \"toy accessories\";",
        "- under a \"personal shopper program\", employees posed as the buyer, using their own credit cards and home addresses, when a US seller had refused to sell export-controlled goods to the foreign customer.",
        "The charging documents also point out that BIS agents had made outreach visits to explain the export rules to the company. The settlement follows a multi-year investigation.",
        "## An award winner",
        "MyUS had once received the Commerce Department's President's \"E\" Award for exporters, an honour it advertised on its own website.",
    ], teaser="More from the Journal: Port Manatee container volumes climb for a third straight quarter")

add("ZU-package-forwarders-export-risks-explainer-apr-2017.html", "html", "2017-04-18",
    "Why package forwarders keep getting caught by export controls",
    "Export Desk Blog", "Martin Oyelaran", "blog", [
        "Last month's $27 million settlement between Access USA Shipping (MyUS) and the Bureau of Industry and Security was not the first time a package forwarder ran into the Export Administration Regulations, and it will not be the last. Only last year another forwarding company paid a $250,000 penalty for EAR violations.",
        "## Four reasons the model is risky",
        "- The forwarder usually buys or receives US-origin goods for foreign customers, so it is the exporter of record and the party primarily responsible for compliance.",
        "- Forwarders market a \"US mailing address\", so a foreign buyer can look like a domestic customer to the American store.",
        "- \"Personal shopper\" services hide the true buyer and destination even further.",
        "- Unless the warehouse physically inspects every item it consolidates, the forwarder may not even know it is exporting something that needs a licence.",
        "## What to do",
        "A forwarder needs screening against the restricted-party lists, checks on what is actually in each box, and honest descriptions and values in its export filings. In the MyUS case BIS said weapons parts had been declared as fishing tools and toy accessories. Descriptions like that are what turn a paperwork problem into an enforcement case.",
    ], comments=[
        ("shipsmart_kay", "April 18, 2017", "We run a small reshipping service in Delaware. The point about physical inspection is the one nobody wants to pay for."),
        ("T. Lindqvist", "April 19, 2017", "Good summary. Worth adding that the $27m is mostly suspended, so the cash hit is smaller than the headline."),
    ], related=["Five things to know about Incoterms 2020", "Air cargo rates ease after holiday peak"])

add("ZU-access-usa-charging-details-apr-2017.txt", "txt", "2017-04-06",
    "Inside the MyUS charging letter: 'fishing tools' and a personal shopper program",
    "Trade Compliance Weekly", "Ruth Achterberg", "analysis", [
        "WASHINGTON - The charging documents behind the $27 million settlement between the Bureau of Industry and Security and Access USA Shipping, the Florida forwarder known as MyUS, read less like a paperwork dispute than a how-to guide for evading export controls.",
        "THE DESCRIPTIONS",
        "BIS said the company altered values and item descriptions so that shipments would not attract attention. Guns and weapons parts were listed as sporting goods accessories, fishing tools and spare parts, or tailoring tools. Rifle stocks and grips were declared as toy accessories.",
        "THE SHOPPERS",
        "The agency also described a personal shopper program. When an American seller would not sell an export-controlled item to a foreign customer, MyUS employees bought it themselves, posing as the customer and using their own credit cards and home addresses.",
        "THE OUTREACH VISITS",
        "The documents dwell at length on outreach visits in which BIS agents explained the export rules to the company. Practitioners read those passages as proof of knowledge: a company that has been told the rules cannot easily claim it did not understand them.",
        "THE PENALTY",
        "The company was charged with 150 violations. Of the $27 million penalty, $17 million is suspended. MyUS, which once won the Commerce Department's President's E Award for exporters, did not admit the allegations beyond what the settlement states.",
    ], teaser="Our tip: the BIS electronic FOIA reading room posts charging letters and settlement orders for closed cases.")

add("ZU-eric-baird-pleads-17-million-dec-2018.txt", "txt", "2018-12-17",
    "MyUS founder Eric Baird agrees to pay $17 million in export case",
    "Suncoast Business Review", "Alan Prewitt", "news", [
        "SARASOTA - Eric Baird, the founder and former chief executive of the package forwarder Access USA Shipping, has pleaded guilty to one count of felony smuggling and admitted 166 administrative violations of US export control law in a global settlement with the Justice Department and the Commerce Department's Bureau of Industry and Security.",
        "A federal judge in the US District Court for the Middle District of Florida accepted his criminal plea on December 12. BIS issued an order imposing a civil penalty of $17 million, of which $7 million is suspended, and a five-year denial of export privileges, of which one year is suspended. Officials said it is the largest civil penalty to be paid by an individual in BIS history. He is expected to be sentenced to two years of probation.",
        "THE CONDUCT",
        "The violations ran from about August 1, 2011 to January 7, 2013. Laser sights for firearms were described as tools and hardware and rifle scopes as sporting goods. In a 2011 email the company's chief technology officer wrote: \"I know we are WILLINGLY AND INTENTIONALLY breaking the law.\" Baird replied that \"if warned by the government\" the company \"can stop ASAP\".",
        "THE COMPANY",
        "Baird founded the business in 1997. It grew from $5 million in sales in 2004 to $65 million in 2012, and he sold it to Palm Beach Capital in September 2012. The company itself settled with BIS in 2017.",
    ], teaser="Our tip: read the BIS order in the Federal Register of December 20, 2018.")

add("ZU-baird-pays-10-million-fine-probation-jan-2019.md", "md", "2019-01-30",
    "Eric Baird pays $10 million and closes federal export case",
    "Suncoast Business Review", "Alan Prewitt", "news", [
        "Sarasota entrepreneur Eric Baird, the founder of the package forwarder Access USA Shipping (MyUS), has paid $10 million and been placed on two years of probation under his plea agreement, his lawyers said, ending a years-long federal investigation into violations of US export control laws.",
        "According to the lawyers, Ronald Hanes of Trombley & Hanes in Tampa and John Darden of Paul Hastings in Washington, the government has also agreed to an early termination of the probation.",
        "## \"Worth it\"",
        "\"This is a large amount of money to pay, particularly for an individual,\" the lawyers said in a statement. \"But it was worth it to Mr. Baird to help bring this matter to a close.\" They said he is \"pleased that these matters have come to a complete conclusion.\"",
        "## The background",
        "The case began six years ago with a high-profile raid on the company's facility. In December a judge in the Middle District of Florida accepted Baird's guilty plea to one felony smuggling count, and the Bureau of Industry and Security imposed a $17 million civil penalty, with $7 million suspended, and a five-year denial of export privileges with one year suspended.",
        "Baird founded the company in 1997 and sold it to Palm Beach Capital in September 2012. He is also one of the owners of the Main Plaza shopping centre in downtown Sarasota.",
    ], teaser="More from the Review: Lakewood Ranch office park breaks ground")

add("ZU-usgobuy-fined-riflescopes-jun-2021.txt", "txt", "2021-06-18",
    "Portland forwarder USGoBuy fined $20,000 over rifle scope exports",
    "Pacific Trade Ledger", "Keiko Brandt", "news", [
        "PORTLAND, Ore. - The Bureau of Industry and Security has fined USGoBuy, LLC, a Portland package forwarding company, $20,000 for exporting rifle scopes to the United Arab Emirates and China without the licences they needed. The settlement was approved in an order signed on June 17 by Kevin J. Kurland, then the acting assistant secretary for export enforcement.",
        "WHAT HAPPENED",
        "The scopes, worth more than $1,200, are controlled for crime control reasons. In March 2015 the company shipped four of them to an address in the UAE on behalf of a customer in Iran. About a month later BIS agents visited USGoBuy to discuss export compliance, and the company emailed customers that it was preparing to close service to several countries, including Iran, Cuba, Syria, Sudan, Myanmar and North Korea. The next day it exported another scope to China for an Iranian customer.",
        "THE TERMS",
        "BIS will waive $15,000 of the penalty if the company complies with a three-year probation. It must hire an unaffiliated third-party consultant to audit its export compliance programme for one year and send the report to the BIS Portland field office. A three-year denial of export privileges is suspended: if USGoBuy misses a payment or breaks the terms, BIS may activate it. For now the company can keep shipping.",
    ], teaser="Our tip: forwarders should screen BuyForMe-style purchase requests like any other export.")

add("ZU-usgobuy-denial-order-activated-jun-2024.html", "html", "2024-06-18",
    "Commerce bars Oregon forwarder USGoBuy from exporting for three years",
    "Freight & Compliance News", "Priya Natarajan", "news", [
        "The Bureau of Industry and Security has cut off USGoBuy, LLC, a Portland, Oregon package forwarder, from US exports for three years after finding that it ignored the terms of its 2021 settlement.",
        "On June 14, Assistant Secretary for Export Enforcement Matthew Axelrod signed an order activating the suspended $15,000 portion of the company's $20,000 civil penalty and the suspended three-year denial of export privileges. The denial order blocks USGoBuy from taking part in any transaction subject to the Export Administration Regulations.",
        "<b>The audit</b>",
        "The 2021 deal required an outside audit of the company's compliance programme. It found 176 failures to make Electronic Export Information filings, plus exports for which records were not kept. BIS said the company did not implement corrective actions.",
        "<b>The test package</b>",
        "In November 2022 Homeland Security Investigations interdicted a shipment of an export-controlled item on its way to USGoBuy's warehouse for a customer in China. Agents labelled the box as needing an export licence and swapped the item for one that did not. USGoBuy exported the package to China the same day it arrived.",
        "\"Let this denial order serve as a warning: if you don't follow the terms of our administrative settlement and you lack a robust compliance department, you may lose the ability to export at all,\" Axelrod said.",
        "The order was published in the Federal Register on June 21.",
    ], comments=[
        ("pdx_logistics", "June 18, 2024", "Three years is effectively a shutdown for a business whose whole model is exporting."),
        ("Marta G.", "June 19, 2024", "The relabelled-box test is the detail every forwarder's compliance team should read twice."),
    ], related=["Port of Portland adds weekly transpacific call", "Truck driver shortage eases in Pacific Northwest"])

add("ZU-bis-suspended-penalties-faq-aug-2024.html", "html", "2024-08-07",
    "FAQ: suspended penalties and suspended denial orders in BIS settlements",
    "Export Desk Blog", "Martin Oyelaran", "faq", [
        "Q: What is a suspended penalty?",
        "A: Part of a BIS civil penalty that the company does not have to pay if it meets the settlement's conditions during a probation period. If it breaks them, BIS can activate the suspended amount.",
        "Q: Can a suspended denial order be switched on?",
        "A: Yes. USGoBuy, a Portland forwarder, settled in June 2021 for $20,000 with $15,000 suspended and a suspended three-year denial order. On June 14, 2024 BIS activated both after an audit found 176 missed export filings and the company shipped a labelled test package to China. It is now barred from exporting for three years.",
        "Q: How large can the suspended share be?",
        "A: Large. Access USA Shipping (MyUS) agreed in 2017 to a $27 million penalty with $17 million suspended. Its founder Eric Baird was hit with $17 million, $7 million suspended, and a five-year denial of export privileges with one year suspended.",
        "Q: What does a denial order do?",
        "A: The denied party may not take part in any transaction subject to the Export Administration Regulations, and others may not deal with it in such transactions. Denied persons are published in the Federal Register.",
        "Q: Does paying the unsuspended part end the matter?",
        "A: No. The conditions, such as audits or reporting, run for the whole probation period.",
    ], comments=[
        ("compliance_jo", "August 8, 2024", "Helpful. Would love a follow-up on how BIS decides how much to suspend."),
    ], related=["How to read an ECCN", "Webinar recap: screening tools compared"])

add("ZU-forwarder-compliance-forum-thread-jul-2024.html", "html", "2024-07-02",
    "Is USGoBuy still shipping? My order has been stuck for weeks",
    "ReshipTalk Forums", "", "forum", [], comments=[
        ("coastal_buyer", "June 28, 2024", "I ordered headphones through USGoBuy in early June and the package has not moved from their Portland warehouse. Support does not answer. Anyone know what is going on?"),
        ("freightnerd", "June 28, 2024", "Commerce issued a denial order against them. BIS activated a suspended three-year denial of export privileges on June 14 because they did not follow their 2021 settlement. A denial order means they cannot take part in exports subject to the EAR, so they cannot ship your parcel abroad."),
        ("coastal_buyer", "June 29, 2024", "Three years? So my package is not coming?"),
        ("freightnerd", "June 29, 2024", "Not through them. Ask for a refund or for the item to be returned to the seller. Their audit found 176 missed export filings, and they shipped a test box to China that federal agents had labelled as needing a licence."),
        ("OldHandMiami", "July 1, 2024", "Same story as MyUS in Florida back in 2017, which paid a $27 million settlement, though MyUS kept operating. Use a forwarder that asks you what is in the box."),
        ("mod_reshiptalk", "July 2, 2024", "Reminder: nothing here is legal advice. Thread pinned for other USGoBuy customers; please post refund updates here rather than opening new threads."),
    ], related=["Best forwarders for shipping to Australia", "Customs duty calculator thread"])

add("ZU-myus-holiday-shipping-deadlines-dec-2023.md", "md", "2023-12-01",
    "Holiday reshipping: how to beat the December rush with a US forwarding address",
    "Wanderwallet Money Blog", "Chloe Varga", "guide", [
        "If you live abroad and shop at American stores, a package forwarder is the easiest way to get gifts home. Services such as MyUS, based in Sarasota, Florida, and smaller rivals in Oregon and Delaware give you a US address, receive your parcels and send them on.",
        "## Consolidate early",
        "The biggest saving is consolidation: several parcels packed into one box ship for much less than separate ones. Give your forwarder time to receive everything before you ask for the combined shipment, and remember that stores are slow in early December.",
        "## Personal shopper features",
        "Some stores do not accept foreign cards. Many forwarders offer a personal shopper feature that buys the item for you for a fee. Expect a service charge on top of the price.",
        "## Duties and paperwork",
        "You will usually pay import duty and tax at home. Declare the contents and values honestly; wrong descriptions cause delays at customs and can get a parcel returned.",
        "## Our picks",
        "- order by December 5 for economy shipping to Europe;",
        "- use express services after December 12;",
        "- keep receipts in case customs asks for them.",
        "Shipping deadlines vary by carrier, so check your forwarder's own calendar before you buy.",
    ], distractor=True, teaser="More from Wanderwallet: ten budget ski resorts for January")

add("ZU-portland-logistics-meetup-warehouses-mar-2022.txt", "txt", "2022-03-15",
    "Portland logistics meetup: warehouses near PDX fill up as e-commerce grows",
    "Pacific Trade Ledger", "Keiko Brandt", "news", [
        "PORTLAND, Ore. - More than eighty people packed a community room in Northeast Portland on Monday for the spring logistics meetup, where the talk was of vacancy rates, trucking costs and the growth of cross-border e-commerce.",
        "WAREHOUSE SPACE",
        "Brokers said industrial space close to Portland International Airport is hard to find. Package forwarders and reshippers, which receive goods bought online by overseas customers and send them abroad, have joined third-party logistics firms in the hunt for small units near the airport.",
        "THE FORWARDERS",
        "One speaker listed local operators such as USGoBuy among the businesses that have made Northeast Portland a small hub for international parcels. He said forwarders want space for sorting, consolidation and repackaging, and quick access to air cargo.",
        "LABOUR",
        "Warehouse wages rose again last year, several employers said, and staff turnover remains the main headache. One operator said training new hires on paperwork, from customs declarations to carrier labels, takes weeks.",
        "NEXT MEETING",
        "The group meets again in June, with a session on air cargo capacity and another on warehouse automation for small businesses. New members are welcome.",
    ], distractor=True, teaser="Our tip: the Port of Portland publishes monthly air cargo figures.")

# ---------------------------------------------------------------- oilfield services
add("ZU-doj-release-schlumberger-plea-summary-mar-2015.txt", "txt", "2015-03-25",
    "Summary: Schlumberger Oilfield Holdings to plead guilty and pay $232.7 million over Iran and Sudan trade",
    "Sanctions Enforcement Digest", "Staff summary", "agency", [
        "WASHINGTON - The Justice Department announced today that Schlumberger Oilfield Holdings Ltd. (SOHL), a wholly owned subsidiary of Schlumberger Ltd., has agreed to plead guilty and pay $232,708,356 for conspiring to violate the International Emergency Economic Powers Act (IEEPA) by willfully facilitating illegal transactions and engaging in trade with Iran and Sudan.",
        "WHO ANNOUNCED IT",
        "The announcement was made by Assistant Attorney General for National Security John P. Carlin, US Attorney Ronald C. Machen Jr. of the District of Columbia and Under Secretary Eric L. Hirschhorn of the Commerce Department's Bureau of Industry and Security.",
        "THE TERMS",
        "The plea agreement is contingent on the court's approval. SOHL will submit to three years of corporate probation, keep cooperating with the government and commit no further felony violations of US federal law. During the probation the parent company, Schlumberger Ltd., agrees to:",
        "(1) maintain its cessation of all operations in Iran and Sudan;",
        "(2) report on its compliance with sanctions;",
        "(3) respond to requests to disclose information and materials on its sanctions compliance;",
        "(4) hire an independent consultant to review its internal sanctions policies, procedures and audits.",
        "THE INVESTIGATION",
        "The case concludes a joint investigation begun in 2009 by the department's National Security Division, the US Attorney's Office for the District of Columbia and the BIS Dallas Field Office.",
    ], teaser="This summary is for information only and is not legal advice.")

add("ZU-schlumberger-unit-plea-232-million-mar-2015.md", "md", "2015-03-26",
    "Schlumberger unit to pay record $232.7 million in Iran and Sudan sanctions case",
    "Energy Compliance Report", "Hector Salinas", "news", [
        "Schlumberger Oilfield Holdings Ltd., a subsidiary of the world's largest oilfield services company, has agreed to plead guilty to conspiring to violate the International Emergency Economic Powers Act and to pay the United States $232,708,356.",
        "The sum is made up of a criminal forfeiture of $77,569,452 and a criminal fine of $155,138,904. Prosecutors said the fine is the largest imposed to date in an IEEPA prosecution.",
        "## Subject to the court",
        "The company waived indictment and was charged in the US District Court for the District of Columbia with one count of conspiracy. The plea agreement still has to be approved by the court. It calls for three years of corporate probation.",
        "## The parent's promises",
        "The parent, Schlumberger Ltd., agreed to keep its operations in Iran and Sudan closed, to report on its sanctions compliance and to hire an independent consultant to review its sanctions policies and internal audits.",
        "## Who investigated",
        "The guilty plea ends an investigation that began in 2009, led by the Justice Department's National Security Division, the US Attorney's Office in Washington and the Commerce Department's Bureau of Industry and Security through its Dallas Field Office.",
        "\"Over a period of years, Schlumberger Oilfield Holdings Ltd. conducted business with Iran and Sudan from the United States and took steps to disguise those business dealings,\" said Assistant Attorney General John Carlin.",
    ], teaser="More from the Report: Gulf of Mexico rig count slips again")

add("ZU-schlumberger-northern-gulf-code-names-explainer-apr-2015.html", "html", "2015-04-09",
    "'Northern Gulf' and 'South Egypt': how Schlumberger's sanctions case unfolded",
    "Sanctions Lens", "Ingrid Maas", "blog", [
        "Schlumberger's holding company and parent are foreign companies. Schlumberger Oilfield Holdings Ltd. (SOHL) is incorporated in the British Virgin Islands and Schlumberger Ltd. in Curacao, and the Justice Department accepted that they could lawfully work in Iran and Sudan as long as no US persons, goods or services were involved. The problem was the Americans.",
        "<b>Decisions made in Texas</b>",
        "From 2004 to 2010, the court filings say, SOHL's Drilling & Measurements (D&M) segment ran business with Iran and Sudan from its Texas office, where US employees made and carried out decisions affecting the operations in both countries.",
        "<b>Code names</b>",
        "Capital expenditure requests were disguised. Staff outside the United States called Iran \"Northern Gulf\" and Sudan \"Southern Egypt\" or \"South Egypt\" in emails to US colleagues, or used the codes of countries that were not under embargo. A US manager then approved the requests.",
        "<b>Help desk exports</b>",
        "Technicians in Iran and Sudan who ran into problems sent questions into a system that routed them to an expert. Sometimes the expert sat in the United States, so US technical services went to embargoed countries.",
        "Prosecutors also said the company did not tell its US staff to recuse themselves from deals with sanctioned countries and did not train them well enough.",
    ], comments=[
        ("R. Okafor", "April 10, 2015", "The help-desk routing point should worry every company with a global support centre in the US."),
        ("energylawyer_tx", "April 11, 2015", "Recusal policies on paper are not enough if nobody enforces them."),
    ], related=["OFAC's 2014 year in review", "Brent slides below $55"])

add("ZU-schlumberger-judge-bates-accepts-plea-may-2015.txt", "txt", "2015-05-08",
    "Court enters judgment: Schlumberger unit sentenced to pay $232.7 million",
    "Federal Courts Watch", "Elise Harrington", "court", [
        "WASHINGTON - The US District Court for the District of Columbia yesterday entered a formal judgment requiring Schlumberger Oilfield Holdings Ltd. (SOHL), a wholly owned subsidiary of Schlumberger Ltd., to pay a $232,708,356 penalty for conspiring to violate the International Emergency Economic Powers Act through trade with Iran and Sudan.",
        "THE HEARING",
        "At a hearing on April 30, 2015, District Judge John D. Bates accepted the company's guilty plea and imposed the sentence proposed in the plea agreement: the fine and forfeiture and three years of corporate probation. The court said the scope of the conduct justified the large penalty and that the probation terms gave adequate deterrence to SOHL and to other companies.",
        "THE GOVERNMENT'S VIEW",
        "\"This case marks the first conviction of a corporate entity for facilitating violations of the International Emergency Economic Powers Act and the highest criminal fine ever imposed in a sanctions prosecution,\" Assistant Attorney General for National Security John P. Carlin said.",
        "The judgment was announced by Carlin, Acting US Attorney Vincent H. Cohen Jr. of the District of Columbia and Under Secretary Eric L. Hirschhorn of the Bureau of Industry and Security, whose Dallas Field Office helped lead the investigation.",
        "WHAT IT MEANS",
        "With the judgment entered, the plea deal announced in March is no longer awaiting approval: the sentence is final and the probation period has begun.",
    ], teaser="This court summary is for information only and is not legal advice.")

add("ZU-weatherford-252-million-settlement-nov-2013.txt", "txt", "2013-11-26",
    "Weatherford to pay more than $252 million to settle bribery and export cases",
    "Energy Compliance Report", "Hector Salinas", "news", [
        "HOUSTON - Weatherford International, the Swiss oilfield services company whose shares trade on the New York Stock Exchange, and several of its subsidiaries agreed on Tuesday to pay more than $252 million in penalties and fines to resolve bribery and export control investigations.",
        "THE EXPORT CASE",
        "In the export part of the settlement, Weatherford International and four subsidiaries will pay a combined $100 million to resolve a criminal and administrative investigation by the US Attorney's Office for the Southern District of Texas, the Commerce Department's Bureau of Industry and Security and the Treasury's Office of Foreign Assets Control. The parent company entered into a two-year deferred prosecution agreement, and two subsidiaries agreed to plead guilty to violations of the International Emergency Economic Powers Act and the Trading with the Enemy Act. The conduct involved oilfield equipment and services for Iran, Syria, Cuba and Sudan.",
        "THE BRIBERY CASE",
        "Separately, the subsidiary Weatherford Services Limited agreed to plead guilty to violating the anti-bribery provisions of the Foreign Corrupt Practices Act, and the parent will pay an $87.2 million criminal penalty under a deferred prosecution agreement.",
        "\"This case demonstrates how loose controls and an anemic compliance environment can foster foreign bribery and fraud by a company's subsidiaries around the globe,\" said Acting Assistant Attorney General Mythili Raman.",
    ], teaser="Our tip: the company's next quarterly filing should break down the charges.")

add("ZU-weatherford-ofac-bis-breakdown-dec-2013.md", "md", "2013-12-05",
    "Weatherford settlement: the OFAC and BIS pieces explained",
    "Sanctions Lens", "Ingrid Maas", "agency", [
        "Last week's global settlement with Weatherford International combined bribery, export control and sanctions cases before five US agencies. Here is how the trade pieces break down.",
        "## OFAC",
        "The Treasury's Office of Foreign Assets Control set a civil penalty of $91,026,450 for transactions with Cuba, Iran and Sudan worth $107,089,941 in total. They comprised 441 oilfield equipment and services transactions with Cuba, 100 with Iran and 45 with Sudan, all between 2005 and 2008. OFAC found them egregious and not voluntarily self-disclosed. OFAC's penalty is treated as satisfied by payments under the related settlements rather than paid on top of them.",
        "- Aggravating: wilful conduct, knowledge by executives, a long-term pattern, harm to sanctions programmes, a large and sophisticated company, a substantially deficient compliance programme.",
        "- Mitigating: no prior OFAC penalties, significant remedial steps, substantial cooperation and an agreement to toll the statute of limitations.",
        "## BIS",
        "The Commerce Department's Bureau of Industry and Security collected $50 million, which law firms called the largest fine BIS had ever obtained.",
        "## The SEC angle",
        "The SEC for the first time brought books-and-records charges against a public company for mischaracterising transactions to hide export control and sanctions violations.",
    ], teaser="More from Sanctions Lens: what OFAC's egregiousness test really means")

add("ZU-oilfield-services-sanctions-cases-faq-jun-2015.html", "html", "2015-06-15",
    "FAQ: the Weatherford and Schlumberger sanctions cases compared",
    "Energy Compliance Report", "Hector Salinas", "faq", [
        "Q: Which case was bigger?",
        "A: Schlumberger's. Its subsidiary SOHL is paying $232,708,356, including a $155,138,904 fine, the largest criminal fine in an IEEPA case. Weatherford's export and sanctions settlement in November 2013 was $100 million, part of more than $252 million once bribery penalties are included.",
        "Q: Which countries were involved?",
        "A: Schlumberger's case concerned Iran and Sudan. Weatherford's covered Iran, Sudan, Cuba and Syria.",
        "Q: What role did the Commerce Department play?",
        "A: In both cases the Bureau of Industry and Security was one of the investigators. Its Dallas Field Office helped lead the Schlumberger investigation; in Weatherford's case BIS collected $50 million.",
        "Q: Is the Schlumberger plea final?",
        "A: Yes. Judge John D. Bates accepted the plea on April 30, 2015 and the court entered judgment in May. SOHL is now on three years of corporate probation.",
        "Q: Were the companies' parents charged?",
        "A: Weatherford International itself entered a two-year deferred prosecution agreement. Schlumberger Ltd. was not charged but made commitments during the probation, including hiring an independent consultant.",
        "Q: Did either disclose voluntarily?",
        "A: OFAC said Weatherford's violations were not voluntarily self-disclosed.",
    ], comments=[
        ("GulfCoastCounsel", "June 16, 2015", "Worth noting both cases turned on US staff and US offices, not on the foreign subsidiaries' own business."),
    ], related=["Offshore rig day rates fall", "Permian producers cut budgets"])

add("ZU-record-export-penalties-explainer-feb-2019.md", "md", "2019-02-25",
    "Records in US export and sanctions enforcement: a short guide",
    "Export Desk Blog", "Martin Oyelaran", "explainer", [
        "Enforcement press releases love the word \"largest\". Here are the records claimed in four cases outside China and Russia, each as it was described at the time.",
        "## Largest IEEPA criminal fine: Schlumberger (2015)",
        "Schlumberger Oilfield Holdings paid $232,708,356 over trade with Iran and Sudan, including a $155,138,904 fine, described as the largest criminal fine ever in an IEEPA prosecution and the first conviction of a company for facilitating IEEPA violations.",
        "## Largest BIS fine at the time: Weatherford (2013)",
        "Weatherford International's $100 million export and sanctions settlement included $50 million for the Bureau of Industry and Security, then the largest fine the bureau had collected.",
        "## Largest penalty on an individual: Eric Baird (2018)",
        "The MyUS founder's $17 million civil penalty, with $7 million suspended, was called the largest to be paid by an individual in BIS history. He paid $10 million and was put on two years of probation in January 2019.",
        "## A forwarder's settlement: Access USA (2017)",
        "MyUS itself agreed to $27 million, with $17 million suspended, for 150 violations.",
        "## A caution",
        "Records are broken quickly, and agencies measure differently: criminal fines, forfeitures, civil penalties and suspended amounts are not the same thing. Always check which number a headline is quoting.",
    ], teaser="More from Export Desk: how BIS calculates a base penalty")

add("ZU-houston-energy-week-digital-drilling-oct-2015.txt", "txt", "2015-10-21",
    "Houston energy week: service companies pitch digital drilling to cash-strapped producers",
    "Energy Compliance Report", "Hector Salinas", "news", [
        "HOUSTON - With oil prices in a slump, the big oilfield service companies used this week's energy gatherings in Houston to argue that software, not more rigs, will cut the cost of a well.",
        "MEASUREMENT WHILE DRILLING",
        "Speakers from Schlumberger, Weatherford and smaller rivals talked up drilling and measurements tools that send data from the bottom of the hole to engineers in real time. Several described remote operations centres, some in Sugar Land and other Houston suburbs, where experts watch wells around the world and advise crews on site.",
        "THE PITCH",
        "The message to producers was that fewer days on each well matter more than day rates. One panel argued that automated drilling could cut days per well by a fifth in some basins; another warned that data is only as good as the sensors and crews behind it.",
        "JOBS",
        "The mood in the corridors was less upbeat. The service sector has cut tens of thousands of jobs since oil prices fell, and recruiters said engineers with data skills are the only group in demand.",
        "WHAT NEXT",
        "Most executives said they expect budgets to stay tight into next year, and that customers will keep pushing for discounts on services and equipment.",
    ], distractor=True, teaser="Our tip: the Baker Hughes rig count comes out every Friday.")

# ---------------------------------------------------------------- South Sudan Entity List
add("ZU-south-sudan-15-oil-entities-entity-list-mar-2018.md", "md", "2018-03-21",
    "US to put 15 South Sudan oil entities on Commerce restricted list",
    "Africa Policy Monitor", "Samuel Oduya", "news", [
        "The United States said on Wednesday it will restrict exports to 15 South Sudanese oil-related entities whose revenues, it says, have contributed to the crisis in the country. The entities will be added to the Commerce Department's Entity List, and their names will be published in the Federal Register on Thursday. The department did not release the names on Wednesday.",
        "Anyone wanting to export, re-export or transfer US-origin items to them will first need a licence from the US government.",
        "## Why",
        "State Department spokeswoman Heather Nauert said the entities are a \"source of substantial revenue for the government of South Sudan\".",
        "\"Unfortunately, the South Sudanese government, and corrupt official actors, use this revenue to purchase weapons and fund irregular militias that undermine the peace, security, and stability of South Sudan rather than support the welfare and current emergency food needs of the South Sudanese people,\" she said.",
        "## Context",
        "The step follows the arms embargo on South Sudan that the US imposed last month through changes to the International Traffic in Arms Regulations. South Sudan, independent since 2011, has been at war since late 2013, and peace talks under the regional revitalization forum are due to resume. The US called on the region and the broader international community to join in limiting the financial flows that fuel the violence.",
    ], teaser="More from the Monitor: Uganda's refugee settlements strain under new arrivals")

add("ZU-entity-list-rule-south-sudan-pakistan-removals-mar-2018.txt", "txt", "2018-03-22",
    "Federal Register summary: Entity List adds 15 South Sudan oil entities, removes two",
    "Export Rules Digest", "Staff summary", "agency", [
        "WASHINGTON - A Bureau of Industry and Security final rule published today adds 23 persons to the Entity List (Supplement No. 4 to part 744 of the Export Administration Regulations) and removes two.",
        "SOUTH SUDAN",
        "Fifteen additions are in South Sudan: Ascom Sudd Operating Company; Dar Petroleum Operating Company; DietsmannNile; Greater Pioneer Operating Co. Ltd; Juba Petrotech Technical Services Ltd; Nile Delta Petroleum Company; Nile Drilling and Services Company; Nile Petroleum Corporation (Nilepet); Nyakek and Sons; Oranto Petroleum; Safinat Group; SIPET Engineering and Consultancy Services; the South Sudan Ministry of Mining; the South Sudan Ministry of Petroleum; and Sudd Petroleum Operating Co.",
        "BIS describes them as government, parastatal and private entities in the oil sector whose revenue contributes to the crisis. There is a licence requirement for all items subject to the EAR, and applications are reviewed under a presumption of denial.",
        "OTHER ADDITIONS",
        "The rest are entities in Pakistan and Singapore tied to procurement for Pakistani nuclear-related entities or to unsafeguarded nuclear activities.",
        "REMOVALS",
        "One entry in the United Arab Emirates and one in Ecuador are removed, based on information BIS received and a review by the End-User Review Committee.",
    ], teaser="This summary is for information only and is not legal advice.")

add("ZU-juba-shrugs-off-us-restrictions-mar-2018.html", "html", "2018-03-23",
    "Juba shrugs off US export curbs on oil firms",
    "East Africa Business Wire", "Grace Akello", "news", [
        "South Sudan's petroleum ministry has dismissed US export restrictions on 15 of the country's oil-related entities, saying production will keep rising.",
        "Output is 135,000 barrels a day and \"going up\", Petroleum Minister Ezekiel Lul Gatkuoth said. The effect of the US steps \"is zero affecting the production\", he said.",
        "In a statement, the ministry said measures restricting the import of US technology \"are viewed by the Ministry of Petroleum as counterproductive\" to peace and stability, but that it was \"nevertheless committed to resolving this situation and improving the trading relationship\".",
        "<b>Ministries and a Nigerian investor on the list</b>",
        "The entries include the petroleum and mining ministries themselves and the state-owned Nile Petroleum Corp. (Nilepet), which will now face barriers to importing US equipment. Private companies are on the list too, among them Oranto Petroleum, a closely held Nigerian business that announced a plan last year to invest $500 million in South Sudan.",
        "Global Witness has said militias are funded by revenue from such companies.",
        "<b>Plans for more oil</b>",
        "South Sudan plans to lift output to 175,000 barrels a day once production resumes at its shuttered northern fields, officials said. Oil accounts for almost all of the country's exports.",
    ], comments=[
        ("juba_observer", "March 23, 2018", "Zero effect? Then why does the ministry want to 'resolve the situation'?"),
        ("K. Deng", "March 24, 2018", "Spare parts for the fields mostly come through Western suppliers. We will see."),
    ], related=["Kenya's shilling steady ahead of budget", "Ethiopia opens telecom sector consultation"])

add("ZU-nhial-deng-not-retaliate-mar-2018.txt", "txt", "2018-03-26",
    "South Sudan will not retaliate against US oil restrictions, negotiator says",
    "Africa Policy Monitor", "Samuel Oduya", "news", [
        "JUBA - South Sudan's government will not retaliate against the United States for listing 15 oil-related institutions, its chief negotiator Nhial Deng Nhial said, although he warned that the measures could make a difficult economic situation worse.",
        "Speaking at an SPLM event on Saturday to brief party members on the peace process, Deng Nhial called the US steps \"potentially very serious\" and said they would \"aggravate\" the weakening economy.",
        "\"The steps that have been taken by the United States are measures that are within its powers and sovereign authority,\" he said.",
        "ASSESS AND MITIGATE",
        "Rather than retaliate, he said, the government would assess the impact of the restrictions and work to mitigate their effects.",
        "WHO IS LISTED",
        "Last Wednesday Washington announced the listing of oil entities including the state-owned Nilepet, Dar Petroleum, Sudd Petroleum and Greater Pioneer Operating Company, as well as the ministries of petroleum and mining. US and other companies now need a licence to export, re-export or transfer US-origin goods or technology to them.",
        "The US said the restrictions are meant to force the government and companies to show that the country's oil benefits its people rather than enriching corrupt elites or fuelling violence. The decision came weeks after the investigative group The Sentry published a brief on how elites exploit the country's oil.",
    ], teaser="Our tip: Radio Tamazuj and Eye Radio carry daily coverage of the peace talks.")

add("ZU-enough-project-welcomes-listing-mar-2018.html", "html", "2018-03-21",
    "Enough Project: US action on South Sudan oil entities 'an important use of non-sanctions measures'",
    "Advocacy Wire", "Press release", "press", [
        "WASHINGTON - The Enough Project and The Sentry welcomed today's US announcement that 15 South Sudanese oil-related entities will be added to the Commerce Department's Entity List.",
        "\"Today's action by the Commerce Department is an important use of non-sanctions measures to build pressure for peace in South Sudan,\" said Brad Brooks-Rubin, Managing Director at The Sentry and the Enough Project. \"With these new requirements, South Sudanese entities will be forced to show that their work will benefit the country rather than provide funding to militias or line the pockets of corrupt leaders.\" He urged the extractives and financial sectors to follow the measures carefully.",
        "\"This move is an important step in the search for peace in South Sudan,\" said Brian Adeba, Deputy Director of Policy at the Enough Project. As the next round of peace talks approaches, he said, the US and its partners should keep building leverage \"to target as wide a network as possible\".",
        "<b>Why oil</b>",
        "According to the World Bank, oil accounts for almost all of South Sudan's exports and about 60 percent of its gross domestic product, making it the world's most oil-dependent country. Earlier this month The Sentry published a brief on how elites exploit the oil sector, and Global Witness has accused Nilepet and the Ministry of Petroleum of using oil revenue to fund the war.",
        "<b>What the listing means</b>",
        "US and non-US companies will need a licence to export, re-export or transfer US-origin goods or technology to the listed entities.",
    ], comments=[], related=["Sudan talks: what's on the table", "Report: gold smuggling in the Great Lakes"])

add("ZU-south-sudan-entity-list-explainer-jul-2019.md", "md", "2019-07-15",
    "Explainer: South Sudan's oil sector on the US Entity List, after the 2018 peace deal",
    "Africa Policy Monitor", "Samuel Oduya", "explainer", [
        "In March 2018 the US Commerce Department added 15 South Sudanese oil-related entities to its Entity List, among them the Ministry of Petroleum, the Ministry of Mining and the state-owned oil company Nilepet. More than a year later, what has changed?",
        "## The listing",
        "The entries remain on the Entity List. A licence is required for all items subject to the Export Administration Regulations, and applications face a presumption of denial. The US says the listed entities' revenue paid for weapons and militias. The State Department's 2019 investment climate statement still describes the listing as barring the export of certain US goods and technology to them.",
        "## The war",
        "The situation on the ground has changed. In September 2018 the parties to the civil war signed a new peace agreement, the revitalised deal. Implementation is still under way, but as of April 2019 hostilities had ceased in most parts of the country, according to the US statement.",
        "## The economy",
        "South Sudan remains one of the most oil-dependent economies in the world, and the sector is fraught with corruption, the statement says. Displacement, food insecurity and harassment of aid workers continue.",
        "## Will the listing be lifted?",
        "Washington has not announced any review. Entities can ask the End-User Review Committee to remove them, but none of the South Sudanese entries has been taken off.",
    ], teaser="More from the Monitor: Sudan's transition deal explained")

add("ZU-juba-oil-power-conference-oct-2018.html", "html", "2018-10-30",
    "Juba oil and power conference pitches new blocks to investors",
    "East Africa Business Wire", "Grace Akello", "news", [
        "South Sudan's government used a two-day oil and power conference in Juba this week to court investors, promising a new licensing round and more reliable electricity for the capital.",
        "Officials from the Ministry of Petroleum told delegates that several exploration blocks would be offered in the coming year and that restarting shut-in fields in the north remains a priority. Executives from Nilepet, the state oil company, spoke about training South Sudanese engineers and building local service companies.",
        "<b>Power first</b>",
        "Much of the talk was about electricity. Juba still relies largely on diesel generators, and speakers said a gas-to-power project and new transmission lines would cut costs for businesses.",
        "<b>Investors cautious</b>",
        "Several foreign delegates said security and payment delays remain their main concerns. One banker said lenders want clearer rules on how oil revenue is collected and spent before they finance new projects.",
        "<b>Regional links</b>",
        "Speakers from Kenya, Uganda and Ethiopia discussed pipelines and road links that could give the landlocked country new export routes. No new agreements were signed at the event.",
        "Organisers said they plan to hold the conference again next year.",
    ], comments=[
        ("investor_nairobi", "October 30, 2018", "Same promises as last year. Show us the payments record first."),
    ], distractor=True, related=["Uganda refinery financing update", "Kenya crude trucking resumes"])

# ---------------------------------------------------------------- cross-story pieces
add("ZU-bis-enforcement-roundup-blog-mar-2019.html", "html", "2019-03-12",
    "Export enforcement roundup: a forwarder's founder pays, South Sudan a year on",
    "Export Desk Blog", "Martin Oyelaran", "blog", [
        "Three threads from the last year of Commerce enforcement outside the usual China and Russia headlines.",
        "<b>Baird case closed</b>",
        "Eric Baird, founder of the Florida forwarder Access USA Shipping (MyUS), has paid the $10 million he owed and was put on two years of probation, which prosecutors agreed could end early. His $17 million BIS penalty, with $7 million suspended, is the largest on an individual in the bureau's history. He also faces a five-year denial of export privileges, one year of it suspended.",
        "<b>South Sudan: a year on the list</b>",
        "It is a year since BIS added 15 South Sudanese oil entities, including Nilepet and the petroleum and mining ministries, to the Entity List. A peace agreement was signed in September 2018, but the entries are still there.",
        "<b>Schlumberger's probation</b>",
        "Schlumberger Oilfield Holdings, sentenced in 2015 to pay $232.7 million over Iran and Sudan, was put on three years of corporate probation. The company's parent agreed to keep its Iran and Sudan operations closed during that time.",
        "Reminder: suspended amounts and suspended denials can be activated if a respondent breaks its settlement terms.",
    ], comments=[
        ("Lena P.", "March 12, 2019", "Would like a deeper piece on how the End-User Review Committee handles removal requests."),
    ], related=["Webinar: deemed exports for universities", "Incoterms and export filings"])

add("ZU-entity-list-basics-explainer-sep-2022.md", "md", "2022-09-20",
    "Entity List basics: licence requirements, review policies and removal requests",
    "Export Desk Blog", "Martin Oyelaran", "explainer", [
        "The Entity List, Supplement No. 4 to part 744 of the Export Administration Regulations, names foreign companies, government bodies and people that need extra export licences. Here are the basics.",
        "## Who decides",
        "Additions, changes and removals are decided by the End-User Review Committee, chaired by Commerce with the State, Defense and Energy departments and, where relevant, Treasury.",
        "## What a listing does",
        "Each entry states a licence requirement, often for all items subject to the EAR, even low-level EAR99 goods. It also states a licence review policy, such as case-by-case review or a presumption of denial. Licence exceptions are usually not available.",
        "## Getting off",
        "A listed party can ask for removal under section 744.16. It should explain why it was listed, what has changed, and what compliance steps it has taken. Removals are published as final rules in the Federal Register, often together with new additions.",
        "## Common mistakes",
        "- screening only the exact name and missing aliases and addresses;",
        "- forgetting that a forwarder or reseller in the middle does not remove the requirement;",
        "- treating the Entity List as the same thing as the Treasury SDN list, which blocks property rather than requiring licences.",
        "Check the consolidated screening list before every shipment, not once a year.",
    ], distractor=True, teaser="More from Export Desk: how to write an export compliance manual")

add("ZU-export-enforcement-year-review-dec-2024.md", "md", "2024-12-16",
    "2024 in export enforcement: forwarders in the spotlight",
    "Export Desk Blog", "Martin Oyelaran", "explainer", [
        "Commerce's Bureau of Industry and Security spent much of 2024 on Russia and China, but one of its sharpest warnings was aimed at a small company in Oregon.",
        "## USGoBuy: from probation to denial",
        "In June BIS activated a suspended three-year denial order and the suspended $15,000 of a $20,000 penalty against USGoBuy, a Portland package forwarder that had settled in 2021 over rifle scopes exported to the UAE and China. An audit found 176 missed Electronic Export Information filings, and the company shipped to China a box that agents had marked as needing a licence. USGoBuy remains barred from exporting under the denial order, which runs for three years from June 14, 2024.",
        "## The message to forwarders",
        "Matthew Axelrod, the assistant secretary for export enforcement, said a forwarder with \"an entire business model based on exports\" that fails to build an adequate compliance programme while under a suspended denial order \"should not be able to export\" at all.",
        "## Lessons",
        "- treat settlement conditions like audits as deadlines, not formalities;",
        "- act on audit findings and document the corrective steps;",
        "- train warehouse staff to stop labelled or suspicious parcels.",
        "The MyUS case of 2017, with its $27 million settlement, showed the same risks in a larger business.",
    ], teaser="More from Export Desk: our 2025 compliance calendar")
