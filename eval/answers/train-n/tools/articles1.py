# Palm oil (FGV, Sime Darby Plantation) and Central Romana: CBP forced-labour orders; WRO explainer.
A1 = [
dict(fname="n-cbp-wro-fgv-palm-oil-sep-2020.md", date="2020-10-01", outlet="Harbor Freight Ledger", byline="Alicia Moreno",
url="https://example.org/harbor-ledger/2020/10/01/cbp-detains-fgv-palm-oil",
title="US customs orders detention of palm oil from Malaysia's FGV over forced labour",
lede="US Customs and Border Protection said on Wednesday, September 30, 2020, that it would detain palm oil and palm oil products made by FGV Holdings Berhad, one of Malaysia's largest plantation groups, at every US port of entry.",
body="""
## What the order does

The measure is a withhold release order, or WRO, issued under Section 307 of the Tariff Act of 1930, the federal statute (19 U.S.C. 1307) that bars imports of goods mined, produced or manufactured wholly or in part with forced labour, including convict, indentured and forced child labour. The order covers FGV, its subsidiaries and its joint ventures, and it took effect on September 30 at all ports.

A withhold release order is not a sanction and it does not put FGV on a financial blacklist. Shipments are held at the border until the importer re-exports them or proves the oil was not made with forced labour.

## Why CBP acted

CBP said the order followed a year-long investigation that found indicators including abuse of vulnerability, deception, restriction of movement, isolation, physical and sexual violence, intimidation and threats, retention of identity documents, withholding of wages, debt bondage, abusive working and living conditions and excessive overtime. The agency added that the probe raised concerns that forced child labour was potentially being used.

"The use of forced labor in the production of such a ubiquitous product allows companies to profit from the abuse of vulnerable workers," Brenda Smith, executive assistant commissioner of CBP's Office of Trade, said.

The case began with a petition filed by labour-rights groups more than a year earlier.

## FGV's response

In a statement on October 1, FGV said the issues had been aired publicly since 2015 and that it had taken steps to fix them. It said it had been talking to CBP through legal counsel since August 2019, that it does not hire refugees or contract workers, and that as of August 2020 it employed 11,286 Indonesian and 4,683 Indian workers recruited through legal channels.

## Market impact

A CBP spokesperson said the agency did not expect the order to have a significant impact on total US palm oil imports, which the US Department of Agriculture forecast at about 1.5 million tonnes for the year. The FGV order was the 13th WRO issued in the fiscal year ending September 30, the most in the agency's history.
"""),

dict(fname="n-cbp-wro-sime-darby-dec-2020.txt", date="2020-12-31", outlet="Straits Commodity Wire", place="Kuala Lumpur", byline="Farid Hamzah",
url="https://example.org/straits-wire/2020/12/31/sime-darby-wro",
title="US blocks palm oil from Sime Darby Plantation, the second Malaysian grower hit this year",
lede="US Customs and Border Protection on Wednesday, December 30, 2020, issued a withhold release order against palm oil and palm oil products made by Sime Darby Plantation Berhad, making it the second Malaysian plantation company barred from the US market in three months after FGV Holdings in September.",
caption="Oil palm fruit bunches at a collection point in Selangor",
tip="The three pantry staples that go further than you think",
comments=[("Hui Min", "So what happens to the shipments already at sea?"), ("J. Tan", "Second one this year. Who's next?")],
body="""
## A DETENTION ORDER AT EVERY PORT

Under the order, CBP officers at all US ports of entry will detain shipments containing palm oil produced by Sime Darby Plantation, its subsidiaries and its joint ventures. The legal basis is Section 307 of the Tariff Act, which prohibits goods made wholly or in part with forced labour.

CBP said it had information that reasonably indicated the presence of all 11 of the International Labour Organization's indicators of forced labour in the company's production process, including restriction of movement, physical and sexual violence, intimidation and threats, retention of identity documents, withholding of wages and excessive overtime.

Ana Hinojosa, director of CBP's trade remedy law enforcement directorate, told reporters that palm oil is an ingredient in many products American consumers buy and that importers should demand that suppliers protect their workers. Asked whether the policy might change with the incoming administration, she said the issue was bipartisan.

## COMPANY SAYS IT WAS GIVEN TOO LITTLE DETAIL

Sime Darby Plantation, one of the world's largest producers of certified sustainable palm oil, said CBP's news release did not provide enough information to allow it to meaningfully address the allegations. It said it looked forward to receiving pertinent information and working with CBP to resolve the matter quickly.

Analysts noted that the United States takes only a small share of Malaysian palm oil exports.

## WHAT IT MEANS FOR BUYERS

A withhold release order is based on reasonable but not conclusive information. Importers whose cargo is detained can export it elsewhere or submit proof that the goods were not made with forced labour. The order does not freeze any assets, does not stop US firms from doing other business with the company and is not a listing on a sanctions list.

If CBP later gathers conclusive evidence it can publish a formal finding in the Federal Register, which allows officers to seize goods rather than merely hold them. No finding has been issued against Sime Darby Plantation.

The FGV order of September 30 remains in force.
"""),

dict(fname="n-palm-oil-wro-forum-thread-feb-2021.txt", date="2021-02-16", outlet="SmallBiz Importers Forum", place="Online", byline="forum",
url="https://example.org/smallbiz-forum/threads/palm-oil-soap-wro",
title="Thread: Soap maker here - can I still buy palm oil that came from FGV or Sime Darby?",
lede="Forum thread in the Customs & Compliance board, 11 posts.",
caption="Forum thread (Customs & Compliance board)",
tip="How to price handmade products without underselling",
comments=[("moderator_jo", "Thread locked after 11 posts. Please see the pinned CBP links."), ("latherlab", "Thanks all, very helpful.")],
posts=[
("latherlab", "February 16, 2021", "I run a small cold-process soap business in Ohio and buy refined palm oil from a US distributor. My distributor's spec sheet says some of the oil is sourced from Malaysia. I just read that CBP banned FGV and Sime Darby. Am I breaking the law by using up my current drums?"),
("tariff_tom", "February 16, 2021", "Short answer: no. The two orders are withhold release orders. They tell CBP to detain imports at the border. They don't make it illegal to own or use oil that already cleared customs before the orders, and they are not sanctions, so nobody's bank account is frozen."),
("latherlab", "February 16, 2021", "Phew. Which dates matter?"),
("tariff_tom", "February 16, 2021", "FGV's order took effect September 30, 2020. Sime Darby Plantation's took effect December 30, 2020. Cargo arriving after those dates that traces to either company gets held."),
("brokerbeth", "February 17, 2021", "Licensed broker here. The practical problem is derivatives. The orders cover palm oil products too, so glycerin, fatty acids and blends can be detained if the importer can't show where the oil came from. Ask your distributor for mill-level traceability."),
("greensuds", "February 17, 2021", "Isn't there a difference between a WRO and a finding? I heard a finding means they seize it."),
("brokerbeth", "February 17, 2021", "Correct. A WRO is reasonable but not conclusive evidence, goods are detained and the importer can re-export or prove admissibility. A finding is published in the Federal Register after CBP has conclusive evidence and lets officers seize goods. As of today neither company has a finding, just WROs."),
("palmwatcher", "February 18, 2021", "Sime Darby is saying it will get this sorted quickly. FGV has been fighting this since 2019. Don't count on either order disappearing soon."),
("latherlab", "February 18, 2021", "What about RSPO-certified oil? My supplier says certified sustainable = safe."),
("tariff_tom", "February 18, 2021", "Certification doesn't override a WRO. Sime Darby Plantation is itself a big certified producer. CBP looks at who produced it, not the label."),
("greensuds", "February 19, 2021", "I switched half my recipes to shea and coconut for now. Costs more but no headaches."),
],
body="""
## THREAD SUMMARY (ADDED BY MODERATOR)

Both Malaysian producers, FGV Holdings Berhad and Sime Darby Plantation Berhad, are subject to withhold release orders, not to Treasury sanctions. Oil already in the United States is not affected; new imports traced to either company are detained at the port. Neither company has a formal forced labour finding as of the date of this thread.
"""),

dict(fname="n-sime-darby-forced-labor-finding-jan-2022.html", date="2022-01-28", outlet="Trade Enforcement Digest", byline="Digest staff", kind="press",
url="https://example.org/ted/2022/01/28/cbp-finding-sime-darby",
title="Agency action summary: CBP issues forced labor finding against Sime Darby Plantation",
lede="Summary of the US Customs and Border Protection notice published in the Federal Register on January 28, 2022.",
body="""
## The action

On January 28, 2022, US Customs and Border Protection published a forced labor finding in the Federal Register against palm oil and palm oil derivative products produced by Sime Darby Plantation Berhad, its subsidiaries and joint ventures in Malaysia. CBP said its investigation produced sufficient information to support a finding that the company uses forced labor on its Malaysian plantations to harvest fresh fruit bunches, which are used to extract palm oil and produce derivative products, and that such goods are likely being imported into the United States.

## What changes for importers

The finding builds on the withhold release order CBP issued on December 30, 2020. Under a WRO, goods are detained on the basis of reasonable but not conclusive information, and importers may re-export them or seek release. Under a finding, CBP personnel at all ports of entry are instructed to seize covered shipments. Importers may still contest a seizure, but the burden of showing admissibility is heavier, and seized goods may be subject to forfeiture.

The covered products are palm oil and derivatives classified in tariff chapters 12, 15, 23, 29 and 38 of the Harmonized Tariff Schedule.

## Same-day action on a fishing vessel

CBP issued a second finding the same day, against seafood from the Taiwan-flagged fishing vessel Da Wang, owned by Yong Feng Fishery Ltd., which it said uses forced labor in its fishing operations.

## Reaction

Malaysia's plantation industries and commodities minister, Zuraida Kamaruddin, called the move hasty and unfounded and urged CBP to give the company time for an independent audit. Sime Darby Plantation said it had already launched a continuous improvement plan in 2021 and had appointed an ethical trade consultancy to audit its operations.

## Timeline

September 30, 2020: WRO on FGV Holdings Berhad (remains in force). December 30, 2020: WRO on Sime Darby Plantation. January 28, 2022: finding on Sime Darby Plantation; seizures authorised.

## Note on status

A finding is an import measure under the Tariff Act. It does not place Sime Darby Plantation on the Treasury's SDN list, the Commerce Entity List or any investment blacklist, and it does not bar US companies from holding the company's shares. CBP may modify a finding if the producer later shows with satisfactory evidence that forced labor has been eliminated.
"""),

dict(fname="n-sime-darby-remediation-feb-2022.txt", date="2022-02-11", outlet="Straits Commodity Wire", place="Petaling Jaya", byline="Farid Hamzah",
url="https://example.org/straits-wire/2022/02/11/emulate-top-glove",
title="Follow the glove makers' example, US customs official tells Sime Darby",
lede="A senior US customs official said on Thursday that Sime Darby Plantation should follow the path of a Malaysian glove maker that got a US import ban reversed, two weeks after the agency hardened its order against the palm oil producer into a formal forced labour finding.",
caption="A plantation worker loads fruit bunches onto a truck",
tip="Is a standing desk worth it? We tested four",
comments=[("Rizal", "Debt bondage fees should be repaid everywhere, not just where the US looks."), ("Kate B.", "Good to see a clear path out of these orders.")],
body="""
## A PATH OUT

Eric Choy, acting executive director of trade remedy and law enforcement at US Customs and Border Protection, told a video press conference from Washington that persistent engagement by a company's top officials was the key to getting an order modified. He pointed to glove maker Top Glove, which took about 14 months to have its order reversed after repaying more than US$30 million to workers trapped in debt bondage.

Choy said the longer a withhold release order stays in place, the more evidence CBP collects, which can turn an order into a finding that allows goods to be seized on arrival. That is what happened to Sime Darby Plantation on January 28, 2022.

## THE COMPANY'S PLAN

Sime Darby Plantation said it began a continuous improvement plan in 2021 aimed at meeting the standards behind the ILO's 11 indicators of forced labour. The plan includes reimbursing recruitment fees that migrant workers paid to agents in their home countries, and the company has set aside about US$20 million for current and former workers. It has hired an ethical trade consultancy to audit its Malaysian estates and said it would submit the results to CBP.

## GOVERNMENT FRUSTRATION

Malaysia's plantation minister, Zuraida Kamaruddin, criticised the finding as hasty and unfounded. Officials in Kuala Lumpur say the industry has struggled with a severe shortage of foreign workers since borders closed during the pandemic and that recruitment reforms were already under way. Malaysia announced a national plan in 2021 to eliminate debt bondage, poor dormitories and excessive overtime by 2030.

## WHERE THINGS STAND

Seven Malaysian glove makers and two palm oil producers have been hit by US forced labour orders since 2019. Two of the glove makers have had their orders withdrawn after audits. Sime Darby Plantation's goods now face seizure at US ports, and FGV Holdings remains under the withhold release order issued on September 30, 2020.

Neither order affects Malaysian palm oil exports to other markets, and neither is a sanction.
"""),

dict(fname="n-malaysia-palm-oil-labour-shortage-jun-2022.md", date="2022-06-14", outlet="Agri Markets Weekly", byline="Priya Nair",
url="https://example.org/agri-markets/2022/06/14/malaysia-palm-labour-shortage",
title="Unharvested fruit piles up as Malaysia's palm oil estates wait for workers",
lede="Malaysian plantation groups say a shortage of foreign workers is leaving fruit to rot on the trees, even as global vegetable oil prices sit near record highs after Russia's invasion of Ukraine and Indonesia's brief export ban.",
body="""
## Estates running short-handed

Industry associations estimate that Malaysian estates are short of tens of thousands of harvesters. Most field work is done by migrants from Indonesia, Bangladesh and India, and recruitment stopped almost entirely when borders closed in 2020. Companies including FGV Holdings and Sime Darby Plantation, the two largest planted-area owners in the country, have told investors that crop losses from unharvested fresh fruit bunches are weighing on output.

A manager at an estate in Johor said his teams were covering twice the usual area. "If you cannot cut it, the bunch is lost," he said.

## Prices and production

Benchmark crude palm oil futures on Bursa Malaysia Derivatives climbed to record levels in March and have stayed volatile since. Indonesia, the world's largest producer, banned exports of crude and refined palm oil from late April to late May to bring down domestic cooking oil prices, sending buyers scrambling for Malaysian cargoes.

Malaysian output for the first months of the year lagged 2021 levels, according to industry data, and analysts have trimmed full-year forecasts. Higher prices have lifted plantation profits despite smaller crops, and several groups reported sharply higher quarterly earnings.

## Mechanisation push

FGV has said it is testing mechanised harvesting tools and motorised collection vehicles to reduce its reliance on manual labour. Sime Darby Plantation has invested in research on shorter palm varieties that are easier to harvest and in drone-based crop monitoring. Both companies say mechanisation can only partly offset the shortage because much of the cutting on mature, tall palms still has to be done by hand.

## Recruitment resumes slowly

The government reopened recruitment of foreign workers early this year, and the first groups have arrived under new agreements with source countries. Employers say approvals remain slow, and costs have risen because companies now bear recruitment fees that workers used to pay to agents. The Malaysian Palm Oil Association has asked for faster processing.

## Outlook

Traders expect seasonal output to rise in the second half, but say the labour shortage will cap the recovery. "Prices will follow the weather and the workforce," said a Kuala Lumpur-based broker.
"""),

dict(fname="n-sime-darby-finding-modified-feb-2023.md", date="2023-02-03", outlet="Harbor Freight Ledger", byline="Alicia Moreno",
url="https://example.org/harbor-ledger/2023/02/03/sime-darby-cleared",
title="US lifts forced labour finding on Sime Darby Plantation, lets palm oil back in",
lede="US Customs and Border Protection has modified its forced labour finding against Sime Darby Plantation Berhad, allowing the Malaysian company's palm oil and derivative products to enter the United States again.",
body="""
## Cleared after two years

In a notice posted in the Federal Register on February 2, 2023, CBP said additional information from the company established by satisfactory evidence that its palm oil and derivatives are no longer produced in any part with forced labour. The determination covers products of Sime Darby Plantation, its subsidiaries and joint ventures and applies to goods imported on or after February 3, 2023.

"We see every modification as a tremendous success," said CBP Acting Commissioner Troy Miller. He said the agency's enforcement had helped bring about remediation that improved living and working conditions for workers.

Effective immediately, shipments containing Sime Darby-produced palm oil may enter US commerce, provided they otherwise comply with US law.

## How it got here

CBP issued a withhold release order against the company on December 30, 2020, and turned it into a formal finding on January 28, 2022, which let officers seize shipments. Sime Darby Plantation submitted a report to CBP in April 2022 mapping its Malaysian operations against the ILO's 11 indicators of forced labour. Its plan included reimbursing recruitment fees paid by migrant workers; the company set aside about $20 million for current and former workers.

Group managing director Mohamad Helmy Othman Basha said the decision showed the company's commitment to ensuring its workers feel safe, supported and respected. The company was advised by law firm Nixon Peabody.

## FGV still blocked

The decision does not help FGV Holdings Berhad. The withhold release order CBP issued against FGV on September 30, 2020, remains in force, and FGV palm oil is still detained at US ports. FGV has said it continues to engage with the agency.

## What it means

For importers, Sime Darby Plantation oil is again admissible without special proof beyond normal customs requirements. For investors, nothing changes: the finding was never a sanction and never restricted holding the company's shares on Bursa Malaysia.

Labour groups said they would watch whether improvements last. Sime Darby Plantation is among eight Malaysian companies hit by US forced labour orders in the past four years, most of them glove makers.
"""),

dict(fname="n-palm-oil-importers-faq-mar-2023.html", date="2023-03-20", outlet="Ingredient Buyer Hub", byline="Compliance desk",
url="https://example.org/ingredient-hub/faq/palm-oil-forced-labour-orders",
title="FAQ: US forced labour orders on Malaysian palm oil - what buyers need to know",
lede="Our compliance desk answers the questions we get most often from food, cosmetics and cleaning-product makers about the two US orders on Malaysian palm oil producers.",
body="""
## Which palm oil companies are covered by US forced labour orders?

Two Malaysian producers have been targeted. FGV Holdings Berhad has been under a withhold release order since September 30, 2020. Sime Darby Plantation Berhad was under a withhold release order from December 30, 2020, and a formal finding from January 28, 2022, until CBP modified the finding in early February 2023.

## Can I import Sime Darby Plantation oil now?

Yes. Since February 3, 2023, palm oil and derivatives produced by Sime Darby Plantation, its subsidiaries and joint ventures may enter the United States, provided the shipment otherwise complies with US law.

## Can I import FGV oil?

No. The FGV withhold release order remains in force. Shipments containing palm oil produced by FGV, its subsidiaries or joint ventures are detained at US ports. To get a shipment released you must show that it was not made with forced labour, or you can re-export it.

## Is FGV on a sanctions list?

No. A withhold release order is an import restriction under Section 307 of the Tariff Act. FGV is not on the Treasury's SDN list, and US persons are not barred from paying it, holding its shares or buying its products outside the United States.

## What about derivatives like glycerin or fatty alcohols?

The orders cover palm oil products as well as crude and refined oil. If a derivative contains FGV oil, it can be detained. Ask suppliers for traceability to the mill and plantation.

## Does RSPO certification protect me?

No. Certification schemes are voluntary. CBP looks at who produced the goods. Both companies have held sustainability certifications.

## What is the difference between a WRO and a finding?

A WRO rests on reasonable but not conclusive information, and covered goods are detained. A finding rests on probable cause, is published in the Federal Register, and allows seizure.

## How do companies get an order lifted?

They must submit evidence that forced labour indicators have been remedied, often including repayment of recruitment fees and independent audits. Sime Darby Plantation took just over two years from its WRO to its modification.

## What if my goods are already in the US?

Goods that entered before an order are not affected by it.
"""),

dict(fname="n-fgv-wro-modified-jan-2026.txt", date="2026-01-16", outlet="Straits Commodity Wire", place="Washington", byline="Farid Hamzah",
url="https://example.org/straits-wire/2026/01/16/fgv-wro-modified",
title="US ends five-year block on FGV palm oil after forced labour remediation",
lede="US Customs and Border Protection has modified the withhold release order it issued against FGV Holdings Berhad on September 30, 2020, ending more than five years in which the Malaysian group's palm oil was held at US ports.",
caption="FGV's headquarters in Kuala Lumpur",
tip="Winter skincare: what dermatologists actually use",
comments=[("Nadia", "Five years! Sime Darby took half that."), ("portbroker22", "Clients will want written confirmation before booking cargo, as usual.")],
body="""
## ENTRY ALLOWED AGAIN

As of January 15, 2026, CBP will no longer detain palm oil and palm oil products produced by FGV, its subsidiaries and its joint ventures, and such goods may enter the United States provided they otherwise comply with US law, the agency said.

"Responsible trade must protect the people behind the product, not put them at risk," CBP Commissioner Rodney S. Scott said. "When our review showed that FGV's shipments weren't meeting U.S. standards, we took action to stop them. The company has now made the corrections we required."

CBP said it was the agency's first modification in fiscal year 2026. It does not modify an order until it has evidence that the producer no longer uses forced labour to make the goods.

## EIGHT ORDERS, $85 MILLION REPAID

Since 2019 CBP has issued and modified eight withhold release orders and findings in Malaysia's palm oil and glove sectors, according to the agency. As a result, companies have repaid more than $85 million in withheld wages and recruitment fees to workers trapped in debt bondage, CBP said.

Susan S. Thomas, acting executive assistant commissioner for CBP's Office of Trade, said the reimbursements restore the value of labour and affirm the dignity of exploited workers.

## A LONG ROAD

The FGV order stemmed from a petition filed in 2019 and a year-long investigation that found indicators including deception, restriction of movement, retention of identity documents, debt bondage and possible forced child labour. FGV said it had been engaging with CBP through counsel since August 2019.

Its rival Sime Darby Plantation, targeted three months after FGV, had its case resolved much sooner: a formal finding against it in January 2022 was modified in February 2023.

## WHAT IT MEANS NOW

With the FGV modification, neither of the two Malaysian palm oil producers targeted in 2020 is subject to a US forced labour order. Importers that switched suppliers can resume buying FGV oil, although brokers expect buyers to keep asking for traceability documents. The decision does not affect other producers, and CBP said it continues to investigate forced labour in global supply chains.

FGV shares rose in Kuala Lumpur trading after the announcement.
"""),

dict(fname="n-cbp-wro-central-romana-nov-2022.md", date="2022-11-24", outlet="Caribbean Trade Monitor", byline="Luis Espinal",
url="https://example.org/caribbean-trade/2022/11/24/central-romana-wro",
title="US customs blocks sugar from Dominican giant Central Romana over forced labour",
lede="US Customs and Border Protection said on Wednesday, November 23, 2022, that it would detain raw sugar and sugar-based products made in the Dominican Republic by Central Romana Corporation Limited, the country's largest sugar producer.",
body="""
## The order

The withhold release order took effect on November 23 at all US ports of entry. CBP said an investigation produced information that reasonably indicates the use of forced labour in Central Romana's operations. Investigators identified five of the International Labour Organization's 11 indicators of forced labour: abuse of vulnerability, isolation, withholding of wages, abusive working and living conditions, and excessive overtime.

"The agency will continue to set a high global standard by aggressively investigating allegations of forced labor in U.S. supply chains and keeping tainted merchandise out of the United States," CBP Acting Commissioner Troy Miller said.

## A big supplier

Central Romana accounted for about 59% of Dominican sugar production in the 2020-21 marketing year and took 62.84% of the Dominican Republic's allocation of the US raw sugar tariff-rate quota in fiscal 2021, according to a US Department of Agriculture report. The Dominican Republic holds the largest country allocation of the quota. Trade sources estimated that as much as 100,000 tonnes of raw sugar shipments could be affected.

The company is one of the largest landowners in the Dominican Republic. Much of the cane-cutting workforce has long been made up of Haitian migrants and their descendants, many living in company settlements known as bateyes.

## Background

The order follows the Labor Department's decision in September 2022 to add sugarcane from the Dominican Republic to its List of Goods Produced by Child Labor or Forced Labor. The State Department placed the Dominican Republic on tier 2 of its 2022 Trafficking in Persons report.

With this order, CBP said it now enforces 55 withhold release orders and nine findings.

## What importers should do

Importers of Dominican sugar must be able to show that their cargo was not produced by Central Romana, or that it was not made with forced labour, to obtain release. The order does not apply to sugar from other Dominican mills, and it is not a sanction: Central Romana's assets are not frozen and it has not been placed on the SDN list.

Central Romana did not immediately respond to requests for comment.
"""),

dict(fname="n-central-romana-ban-stays-dec-2022.txt", date="2022-12-20", outlet="Caribbean Trade Monitor", place="Santo Domingo", byline="Luis Espinal",
url="https://example.org/caribbean-trade/2022/12/20/central-romana-ban-stays",
title="US envoy: Central Romana sugar ban stays until company shows it has changed",
lede="The US ban on sugar from Central Romana Corporation will stay in force until the company corrects the practices uncovered by investigators and the United States can verify that they have ended, the top US diplomat in the Dominican Republic said on Monday, December 19.",
caption="Cane cutters near La Romana",
tip="Holiday baking: swaps for less sugar without losing flavour",
comments=[("ana_rd", "The bateyes have needed attention for decades."), ("Tomás", "Will the quota go to other mills?")],
body="""
## NO QUICK FIX

Robert Thomas, chargé d'affaires of the US Embassy in Santo Domingo, said there had been more than ten years of continuous investigations. "We are going to work with Central Romana to address these concerns and be able to certify that these actions have been corrected," he said.

US Customs and Border Protection issued the withhold release order on November 23, 2022, directing officers to halt shipments of raw sugar and sugar-based products produced in the Dominican Republic by Central Romana Corporation Limited.

## GOVERNMENT RESPONSE

Agriculture Minister Limber Cruz said sugar exporters must draw up a plan for the United States and demonstrate that their practices are sound. He described the process as negotiations and investigations still under way. Officials have stressed that the order applies only to one company and that other Dominican producers can continue to ship under the country's share of the US tariff-rate quota.

## COMPANY POSITION

Central Romana has said it complies with Dominican labour law and that it pays its workers above the legal minimum, provides housing, schools and clinics and is reviewing CBP's concerns. It has said it will cooperate with US authorities.

## WHAT THE ORDER DOES AND DOES NOT DO

The order is a border measure under Section 307 of the Tariff Act. Shipments traced to Central Romana are detained; an importer can re-export them or try to prove that they were not produced with forced labour. The order is not a formal finding, which would allow seizure, and it is not a Treasury sanction. It does not stop US companies from dealing with Central Romana in other ways, and it does not affect the company's non-sugar businesses, which include tourism and real estate around La Romana.

## WHAT COMES NEXT

For the order to be modified, CBP must receive evidence that the five forced labour indicators it identified, abuse of vulnerability, isolation, withholding of wages, abusive working and living conditions and excessive overtime, have been remedied. In earlier cases involving Malaysian glove and palm oil makers, that process took from about a year to several years and involved repayment of fees and independent audits.
"""),

dict(fname="n-what-forced-labor-import-bans-mean-explainer-2024.md", date="2024-05-06", outlet="Supply Chain Plainly", byline="Dana Whitfield",
url="https://example.org/scp/2024/05/06/forced-labor-import-orders-explained",
title="Explainer: what a US forced labour import order means for buyers, sellers and investors",
lede="US forced labour import orders are often reported as bans or blacklists. They are neither sanctions nor trade embargoes, and the difference matters for anyone who buys from, sells to or invests in a targeted company.",
body="""
## The legal basis

Section 307 of the Tariff Act of 1930 (19 U.S.C. 1307) prohibits imports of goods mined, produced or manufactured wholly or in part by forced labour, including convict, indentured and forced child labour. US Customs and Border Protection enforces it in two steps.

## Step one: the withhold release order

When CBP has information that reasonably but not conclusively indicates forced labour, it issues a withhold release order, or WRO. Covered goods are detained at the port. The importer can re-export them or submit proof that they were not made with forced labour. Recent examples include FGV Holdings (palm oil, September 2020), Sime Darby Plantation (palm oil, December 2020) and Central Romana (Dominican sugar, November 2022).

## Step two: the finding

When CBP has probable cause, it publishes a finding in the Federal Register. Goods can then be seized, not just detained. Sime Darby Plantation received a finding on January 28, 2022.

## How orders end

CBP modifies an order when the producer shows with satisfactory evidence that forced labour has been eliminated. Typical steps are repayment of recruitment fees, better housing and independent audits. Sime Darby Plantation's finding was modified in February 2023. A modification covers goods imported after its effective date.

## What an order does not do

It does not freeze assets, and it does not forbid US persons from dealing with the company. A WRO company is not on the Treasury's SDN list or the Commerce Department's Entity List. Investors may hold its shares and US banks may process its payments for non-US sales. It covers only goods entering the United States.

## How this differs from the UFLPA

Since June 2022 the Uyghur Forced Labor Prevention Act has presumed that goods made in Xinjiang, or by companies on the UFLPA Entity List, are made with forced labour. That presumption applies regardless of any WRO. The palm oil and sugar orders discussed here are company-specific and are not based on the UFLPA.

## Practical advice

Buyers should map suppliers down to the producing mill or farm and check CBP's public list of active WROs and findings. Goods that entered before an order took effect are not affected by it.
"""),
]
