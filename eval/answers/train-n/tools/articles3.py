# Nuctech: US Entity List (Dec 2020), EU Foreign Subsidies Regulation raids (Apr 2024), court order, in-depth probe (Dec 2025).
A3 = [
dict(fname="n-nuctech-entity-list-dec-2020.txt", date="2020-12-21", outlet="Export Control Bulletin", place="Washington", byline="Nathan Price",
url="https://example.org/ecb/2020/12/21/nuctech-entity-list",
title="Scanner maker Nuctech among 77 entities added to US Entity List",
lede="The US Commerce Department on Friday, December 18, 2020, added 77 companies and organisations to its Entity List, including chipmaker SMIC, drone maker DJI and Nuctech Company Limited, the Chinese maker of airport and border security scanners.",
caption="Baggage scanners at an airport security checkpoint",
tip="How to pack a carry-on for a week away",
comments=[("airport_ops", "We have two of their units at our cargo terminal. Service contracts?"), ("M. Chen", "Entity List is about exports to them, not buying from them, right?")],
body="""
## WHAT THE LISTING DOES

The Entity List is maintained by the Bureau of Industry and Security. A listing means any company, US or foreign, needs a licence from BIS to export, re-export or transfer items subject to the Export Administration Regulations to the listed party. For most of the entities added on Friday, licence applications will be reviewed under a presumption of denial. The formal notice is due to be published in the Federal Register on December 22, 2020, but the listings took effect on December 18.

BIS said the 77 additions included entities in China that enable human rights abuses, entities that supported the militarisation of the South China Sea, entities that acquired US-origin items in support of People's Liberation Army programmes, and entities that engaged in the theft of US trade secrets. Of the 77, about 60 are in China.

## WHY NUCTECH

Nuctech, which grew out of Tsinghua University, makes X-ray and CT baggage scanners, cargo and vehicle inspection systems and body scanners. Its equipment is used at airports, ports and border crossings in dozens of countries, including many EU member states. Commerce said the companies added were acting contrary to US national security or foreign policy interests.

## WHAT IT DOES NOT DO

The Entity List restricts exports to Nuctech. It does not ban US airports or companies from buying or using Nuctech machines, and it does not freeze Nuctech's assets. It is not the Treasury's SDN list or an investment ban. However, Nuctech's scanners use components such as detectors, processors and software, and suppliers of US-origin parts will now need licences to ship to it.

## SMIC AND DJI

SMIC, China's biggest chipmaker, was listed over its alleged ties to the Chinese military, with a presumption of denial for items uniquely required to make chips at 10 nanometres and below. DJI was listed for enabling wide-scale human rights abuses through high-technology surveillance.

## REACTION

Beijing condemned the additions as abuse of state power. Nuctech did not immediately comment. The company has previously said that its systems meet the security standards of every market where they are sold.
"""),

dict(fname="n-eu-raids-nuctech-apr-2024.md", date="2024-04-25", outlet="Brussels Trade Letter", byline="Katarzyna Nowak",
url="https://example.org/btl/2024/04/25/nuctech-fsr-dawn-raids",
title="EU raids Chinese scanner maker Nuctech in first dawn raids under foreign subsidies law",
lede="European Commission officials, together with Polish and Dutch authorities, carried out unannounced inspections at the Warsaw and Rotterdam offices of Nuctech, the Chinese maker of airport and port security scanners, on Tuesday, April 23, 2024.",
body="""
## First use of the power

The inspections were the first dawn raids under the EU's Foreign Subsidies Regulation (FSR), which has applied since July 2023 and lets the Commission investigate whether non-EU companies receive foreign government subsidies that distort competition in the single market. The Commission had adopted a decision on April 16 ordering the company to submit to inspections. According to the China Chamber of Commerce to the EU, officers seized IT equipment and mobile phones, scrutinised office documents and demanded access to data.

The Commission said inspections are carried out only where it has indications of distortive foreign subsidies and that they do not prejudge the outcome of an investigation. It was the Commission's second own-initiative FSR investigation; the first, into wind turbine suppliers, was opened on April 9 without raids.

## Who is Nuctech

Nuctech makes baggage scanners, body scanners and cargo inspection systems for airports, ports and border crossings. Its European subsidiaries, Nuctech Warsaw Company Limited and Nuctech Netherlands BV, are wholly owned by Nuctech Hong Kong and ultimately controlled by Tsinghua Tongfang, a Shanghai-listed company under the state-owned China National Nuclear Corporation. Nuctech has won tenders at airports and border posts across the EU.

The US added Nuctech to its Entity List in December 2020, restricting exports of US technology to it.

## Reaction

The China Chamber of Commerce to the EU said it was strongly dissatisfied and that the raids were carried out without solid evidence. "A dawn raid in Europe to find out more information about subsidies granted in China makes no sense," said Andreas Reindl of Van Bael & Bellis, calling it political gamesmanship.

## What it means

The raids are an investigative step, not a sanction or a ban. Nuctech can still sell in the EU and bid for public contracts, and existing scanners remain in use. If the Commission eventually finds distortive subsidies, it can impose remedies such as commitments or, in public procurement cases, block contract awards. Any next step would be opening an in-depth investigation.

## Political backdrop

The raids come amid EU concerns about Chinese overcapacity. The Commission has opened FSR probes into Chinese train, solar and wind companies this year.
"""),

dict(fname="n-nuctech-sues-commission-forum-thread-jun-2024.html", date="2024-06-05", outlet="AirportOps Community", byline="forum",
url="https://example.org/airportops/forum/threads/nuctech-eu-raids-procurement",
title="Nuctech raided by the EU - can we still award our scanner tender?",
posts=[
("gate_keeper_pl", "June 5, 2024", "I work in procurement at a regional airport in Poland. We have a tender for new cabin baggage CT scanners closing next month and Nuctech is one of the bidders. After the raids in April my director asks if we are even allowed to award to them. Are they banned?"),
("sec_eng_nl", "June 5, 2024", "Not banned. The Commission did inspections under the Foreign Subsidies Regulation on April 23 in Warsaw and Rotterdam. That is an investigation step, nothing more. There is no listing and no sanction."),
("gate_keeper_pl", "June 5, 2024", "But the US blacklisted them, no?"),
("export_paula", "June 5, 2024", "The US put Nuctech on the Commerce Entity List in December 2020. That restricts US exports to Nuctech. It does not stop a Polish airport buying from them. Different thing entirely."),
("sec_eng_nl", "June 6, 2024", "Also news: Nuctech went to court. Nuctech Warsaw and Nuctech Netherlands filed an action at the General Court on May 29 asking to annul the Commission's inspection decision of April 16."),
("gate_keeper_pl", "June 6, 2024", "What is their argument?"),
("export_paula", "June 6, 2024", "Five pleas, from what's been published. Main ones: the Commission is demanding data stored in China, outside the EU, and handing it over would make them break Chinese law. They also say there is no evidence of market distortion and that the raids damaged their reputation."),
("brusselsbound", "June 6, 2024", "Important for you: the FSR has a separate procurement track. For big tenders (estimated value 250 million euros or more) bidders must notify foreign financial contributions. Your airport tender is probably far below that."),
("gate_keeper_pl", "June 7, 2024", "Ours is about 6 million euros. So no notification."),
("sec_eng_nl", "June 7, 2024", "Then normal procurement rules apply. Check your national security accreditation rules for screening equipment though; some member states have their own policies."),
("aviation_sam", "June 7, 2024", "The case will take a long time. A ruling on the main action could be a year or more away. Don't hold your tender for it."),
("mod_airportops", "June 7, 2024", "Mod note: please keep this on procurement and compliance. Thread pinned in Security Equipment."),
],
body="""
## Pinned summary

As of June 7, 2024: Nuctech is not on any EU sanctions list. The European Commission inspected its Warsaw and Rotterdam offices on April 23, 2024, under the Foreign Subsidies Regulation. Nuctech challenged the inspection decision at the General Court on May 29, 2024; the case is pending. Nuctech has been on the US Entity List since December 2020.
"""),

dict(fname="n-nuctech-interim-measures-court-summary-aug-2024.html", date="2024-08-08", outlet="Luxembourg Court Notes", byline="Claire Fontaine", kind="press",
url="https://example.org/court-notes/2024/08/08/nuctech-interim-measures",
title="Court ruling summary: General Court refuses to suspend EU demand for Nuctech data held in China",
lede="The President of the EU General Court has rejected Nuctech's application for interim measures in Case T-284/24 R, refusing to suspend the European Commission's request for access to employee mailboxes stored on servers in China.",
body="""
## Background

On April 23, 2024, the Commission carried out the first dawn raids under the Foreign Subsidies Regulation (Regulation (EU) 2022/2560) at Nuctech Warsaw Company Limited in Poland and Nuctech Netherlands BV, under an inspection decision dated April 16, 2024. Both companies are wholly owned by Nuctech Hong Kong Co. Ltd, which is ultimately controlled by Tsinghua Tongfang Co. Limited, a company listed on the Shanghai Stock Exchange.

During the raid the Commission asked for access to the mailboxes of certain employees who are Chinese citizens. The mailboxes were stored on servers in China managed by the Chinese parent. The Commission asked Nuctech to place a legal hold on them and make the data available. Nuctech refused, citing Chinese state secrecy and data export laws, and on May 29, 2024, brought an action to annul the inspection decision and the information request. It also asked the Court to suspend the request pending judgment.

## The order

The President of the General Court dismissed the application for interim measures. The order holds that the Nuctech entities under investigation are established in the EU and that the Commission must be entitled to request information held outside the EU where it needs it to assess whether conduct is likely to produce a substantial effect on the internal market. The order notes that companies facing Chinese restrictions on cross-border data transfers may have to seek approval from Chinese authorities.

## What it does not decide

The order concerns only interim relief. The main action for annulment, based on five pleas in law, is still pending and will be decided later by the General Court. Nothing in the order is a finding that Nuctech received distortive subsidies.

## Why it matters

Lawyers described the order as the first judicial test of the FSR's investigative powers. It signals that non-EU groups cannot rely on home-country blocking laws to refuse the Commission, and that they may face penalties under EU law and Chinese law at the same time.

## What it means for buyers

Nuctech remains free to sell in the EU. The FSR investigation is not a sanction or a procurement ban. Public buyers may continue to evaluate Nuctech bids under normal rules.
"""),

dict(fname="n-eu-opens-in-depth-nuctech-probe-dec-2025.txt", date="2025-12-12", outlet="Brussels Trade Letter", place="Brussels", byline="Katarzyna Nowak",
url="https://example.org/btl/2025/12/12/nuctech-in-depth-investigation",
title="EU opens in-depth foreign subsidies investigation into Nuctech",
lede="The European Commission on Thursday, December 11, 2025, opened an in-depth investigation into Chinese security scanner maker Nuctech under the Foreign Subsidies Regulation, saying the company may have received subsidies that distort the EU single market.",
caption="A cargo scanning portal at a European port",
tip="Your guide to Christmas markets reachable by train",
comments=[("screening_pro", "Twenty months from raid to in-depth. Slow but steady."), ("Jan V.", "What happens to scanners already installed?")],
body="""
## WHAT THE COMMISSION SUSPECTS

The Commission said its preliminary view is that Nuctech may have benefited from foreign subsidies, possibly including grants, preferential tax treatment and loans, that improved its competitive position in the EU at the expense of competitors in the threat detection systems sector. It said Nuctech may have been able to make offers in public tenders that rivals could not reasonably match.

Nuctech's controlling shareholder is a unit of the China National Nuclear Corporation, the state-owned builder and operator of nuclear power plants.

## HOW WE GOT HERE

The Commission began examining the company in April 2024 and carried out unannounced inspections at its premises in Poland and the Netherlands on April 23 of that year, the first dawn raids under the FSR. Nuctech challenged the inspection decision at the EU General Court, and in 2024 the Court's President refused its request to suspend the Commission's demand for data stored in China.

## THE COMPANY'S RESPONSE

"We will continue cooperating with the Commission to ensure that the facts are assessed accurately and in an unbiased manner," a Nuctech spokesperson said.

## WHAT COMES NEXT

An in-depth investigation allows the Commission to gather more evidence and hear from competitors and customers. If it concludes that subsidies distort the market, it can accept commitments from the company or impose redressive measures, which can include repaying subsidies, reducing capacity or refraining from certain investments. The investigation does not in itself ban Nuctech from selling in the EU or from bidding for contracts.

## A BUSY YEAR FOR THE FSR

The Nuctech case is the latest of several FSR investigations involving Chinese companies. In some earlier procurement cases, Chinese bidders withdrew from tenders rather than comply with the Commission's information requests.

## STILL ON THE US LIST

Separately, Nuctech remains on the US Commerce Department's Entity List, where it was placed in December 2020, meaning suppliers need a licence to export US-origin items to it. EU officials stressed that the FSR case concerns competition, not security, though several member states have separately reviewed the use of Chinese scanning equipment at sensitive sites.
"""),

dict(fname="n-airport-ct-scanners-explainer-2023.md", date="2023-09-18", outlet="Frequent Flyer Notes", byline="Tom Adeyemi",
url="https://example.org/ffn/2023/09/18/why-you-can-leave-liquids-in-your-bag",
title="Why some airports now let you leave liquids and laptops in your bag",
lede="Travellers at a growing number of European airports no longer have to unpack liquids and laptops at security. The reason is a new generation of computed tomography (CT) scanners, built by a handful of manufacturers including Smiths Detection, Rapiscan, Leidos and China's Nuctech.",
body="""
## How CT scanners work

Traditional checkpoint machines take one or two flat X-ray images of a bag. CT scanners rotate an X-ray source around the bag and build a three-dimensional image, which screeners can spin and slice on screen. Software can automatically flag items with the density of explosives. Because the machine sees inside objects, there is no need to take out laptops or the small plastic bag of liquids.

## Who makes them

The market is dominated by a few suppliers. Smiths Detection, part of Britain's Smiths Group, and Rapiscan, owned by OSI Systems, are the largest in Europe and North America. Leidos, a US defence contractor, sells the ClearScan system. Nuctech, based in Beijing, sells CT checkpoint scanners and cargo systems in Asia, Africa, Latin America and parts of Europe and has won contracts at several regional airports, usually on price.

## Why the rules still vary

Regulators must certify each machine. In the EU, scanners must meet the European Civil Aviation Conference's standards before airports can relax the liquids rule, and not every airport has finished installing the equipment. In the UK, the government set a deadline of June 2024 for major airports to install new scanners, though many have asked for more time. In the US, the Transportation Security Administration is rolling out CT machines lane by lane.

## What it costs

A single CT lane can cost about 1 million euros or more, including the conveyor and the software. Airports also have to reinforce floors, because the machines are heavy.

## What travellers should do

Check your departure airport's website before you pack. The 100ml limit still applies at many airports and on many return flights, and rules can differ between lanes in the same terminal.

## Coming next

Manufacturers are working on faster belts and better algorithms to cut false alarms, which still send many bags for manual searches. Some airports are also trialling remote screening, where operators review images from a central room rather than standing at each lane. The combination, suppliers say, could cut queues by a third.
"""),
]
