A = []
def art(**k): A.append(k)

art(slug="l-nvidia-h20-licence-requirement-apr-2025", ext="md", title="Nvidia hit with US licence requirement on H20 chips for China, flags $5.5 billion charge",
date="2025-04-17", source="Chip Ledger", place="Santa Clara",
body="""Nvidia said on Tuesday, April 15, 2025, that the US government now requires a licence to export its H20 artificial-intelligence chip to China, and that it expects to book charges of up to about $5.5 billion as a result. The disclosure came in a filing with the Securities and Exchange Commission.

## What the filing says

According to the filing, the government informed the company on April 9, 2025, that a licence is required for exports of the H20 to China, including Hong Kong and Macau, and to D:5 countries, as well as for any other circuits that reach the chip's memory bandwidth, interconnect bandwidth or a combination of the two. On April 14 the government told the company that the licence requirement will be in effect for the indefinite future.

The government said the requirement addresses the risk that the chips may be used in, or diverted to, a supercomputer in China. The H20 was designed in 2023 to fit under earlier export rules and had become the most advanced Nvidia accelerator that could legally be shipped to Chinese customers, which include large cloud and internet groups.

## The bill

The company said its first quarter of fiscal 2026 ends on April 27, 2025, and that results are expected to include up to approximately $5.5 billion of charges associated with H20 products for inventory, purchase commitments and related reserves. Its shares fell about 6% in after-hours trading.

AMD, which sells a comparable MI308 accelerator, said separately that the new rules could cost it up to about $800 million in charges.

## Is Nvidia blacklisted?

No. The measure is a licence requirement on a product, not a listing of the company. Nvidia is not on the Entity List or any Treasury sanctions list, and nothing in the filing restricts who may buy its shares. What changes is that each H20 shipment to China now needs a licence from the Commerce Department, and the filing gives no indication that licences will be granted.

"A licence requirement with no end date is, in practice, a ban until someone in Washington decides otherwise," said a trade lawyer who advises chip distributors. She noted that the rule does not touch Nvidia's gaming cards sold to consumers.

## What comes next

Analysts said the immediate question is whether Chinese buyers switch to domestic accelerators. The company has not said how many H20 units it holds in inventory, and it did not comment beyond the filing.
""")

art(slug="l-nvidia-h20-sales-resume-jul-2025", ext="txt", title="Nvidia to resume H20 sales to China after Washington signals licences will be granted",
date="2025-07-15", source="Pacific Tech Wire", place="Santa Clara",
lede="Nvidia said on Tuesday, July 15, 2025, that it is filing applications to sell its H20 chip in China again and that the US government has assured it the licences will be granted, reversing the effective halt imposed in April.",
caption="An Nvidia accelerator board on display at a trade fair | Source: Pacific Tech Wire archive",
body="""## WHAT CHANGED

In April the Commerce Department told the chipmaker that exports of the H20 to China needed a licence for the indefinite future. The company wrote down inventory after that: when it reported first-quarter results in May it booked a $4.5 billion charge, less than the $5.5 billion it had first warned of, and said it had been unable to ship $2.5 billion of H20 orders in the quarter. It also said it expected to lose about $8 billion of H20 revenue in the second quarter.

On Tuesday the company said in a blog post that it was filing applications to sell the chip again and that "the U.S. government has assured NVIDIA that licenses will be granted," adding that it hoped to start deliveries soon.

## HUANG IN BEIJING

The announcement came as chief executive Jensen Huang was in Beijing for a supply-chain trade fair. He also presented a new RTX Pro graphics card that he said was fully compliant with export rules and aimed at factories and robotics.

## WHAT IT DOES NOT MEAN

The licence requirement itself stays in place. Each sale still needs a licence, and the government can attach conditions or refuse applications. Officials in Washington presented the move as part of wider trade talks with Beijing, which in June agreed to ease exports of rare-earth magnets.

Chinese buyers had spent three months turning to domestic chips. "Some customers will come back, some have already redesigned around local hardware," said a Shenzhen-based analyst. Critics in Congress said the decision would help Chinese AI developers and called for hearings.

The company did not say how many units it expects to sell or when the first licence might arrive. Its shares rose about 4% in early trading.
""",
rq=("Was Nvidia taken off a blacklist?", "No. It was never on one. The April measure was a licence requirement on the H20 chip; it still applies, and the change is that Washington now says licences will be granted."),
teaser="Our tip: Five budget mechanical keyboards that survived a month of heavy typing in our office.",
comments=[("kai_r", "So the rule stays but the licences flow. Classic."), ("mdesk", "Would love to know what the $4.5bn charge means for margins next quarter.")])

art(slug="l-nvidia-h20-revenue-share-forum-aug-2025", ext="html", kind="forum", title="H20 licences are here, but 15% goes to Uncle Sam? (thread)",
date="2025-08-13", source="SemiTalk Forums", place="",
posts=[("wafer_wendy", "2025-08-11 09:02", "Reports this morning say Nvidia and AMD agreed to pay the US government 15% of the revenue from chips they sell in China, in exchange for export licences for the H20 and the MI308. Commerce apparently started issuing H20 licences last Friday, August 8. Is this even legal?"),
("gpu_grumbler", "2025-08-11 09:40", "Trump confirmed it in a press conference. He said he first asked for 20% and Jensen talked him down to 15%. He also said the H20 is basically an obsolete chip."),
("exportnerd", "2025-08-11 10:15", "Legal question is real. The Constitution bars taxes on exports, so lawyers are already arguing about whether a revenue share is an export tax by another name. Nothing has been published in the Federal Register yet as far as I can see."),
("wafer_wendy", "2025-08-11 10:31", "So to be clear for the newcomers: back in April the rule said a licence was needed for the indefinite future and none were being granted. In July they said licences would be granted. Now licences are actually being issued, with the 15% arrangement attached."),
("lurker42", "2025-08-11 11:05", "Does any of this let Nvidia sell Blackwell chips to China?"),
("exportnerd", "2025-08-11 11:20", "No. This is only about the H20 (and AMD's MI308). The top-end parts are still off the table."),
("shenzhen_dev", "2025-08-12 02:44", "From the China side it's not so simple. On July 31 the Cyberspace Administration summoned Nvidia over alleged tracking and remote shutdown risks in the H20, which the company denied. Several big firms have been told to justify why they need H20s instead of domestic chips."),
("gpu_grumbler", "2025-08-12 08:13", "So Washington says yes and Beijing says maybe not. Brilliant."),
("cap_table", "2025-08-12 14:50", "For investors: the April charge was already taken. If sales restart, any H20 revenue is upside, minus the 15%. I'm not changing my position."),
("lurker42", "2025-08-13 07:30", "Thanks all. Bookmarking this thread."),
("exportnerd", "2025-08-13 08:02", "One more detail: the arrangement covers sales to China specifically. It is not a general tax on Nvidia's business and the company is not on any sanctions list. It is still a licence regime, case by case.")])

art(slug="l-trump-allows-h200-china-dec-2025", ext="md", title="Trump says Nvidia can ship H200 chips to approved Chinese customers, with a 25% cut for Washington",
date="2025-12-10", source="The Silicon Brief", place="Washington",
body="""President Donald Trump said on Monday, December 8, 2025, that Nvidia will be allowed to ship its H200 artificial-intelligence chip to approved customers in China, with 25% of the proceeds going to the United States. The H200 is far more capable than the H20, the chip at the centre of the year's export fight.

## What was announced

In a social-media post, Mr Trump said he had informed Chinese leader Xi Jinping and that Xi had responded positively. He said the Commerce Department was finalising the details and that the same approach would apply to AMD, Intel and other American chipmakers. He said Nvidia's Blackwell and future Rubin chips were not part of the arrangement.

The H200 belongs to the Hopper generation and had been barred from sale to China under rules dating from 2022 and 2023. Licences will still be required, and the post said sales would go only to customers vetted by the government.

## How the H20 story ended

The H20, a cut-down chip designed for China, was made subject to a licence requirement in April. Washington later agreed to licence it in return for a 15% share of revenue, but Chinese regulators discouraged domestic companies from buying it. In November the company said sizable H20 purchase orders had not materialised in its third quarter because of competition and geopolitical issues.

## Reaction

Democratic senators said the decision would hand China advanced computing power and called for the details to be published. Nvidia said it welcomed the decision, saying it would support American jobs while keeping the most advanced products at home.

"The question is not whether Washington allows it any more, it is whether Beijing lets its companies buy," said a semiconductor analyst in Hong Kong.

## What it means for buyers and investors

For Chinese buyers the chip remains a licensed export, not a free sale: each customer must be approved. For shareholders, the announcement reopens a market that had fallen close to zero for the company's data-centre products. Nvidia is not on any US sanctions or entity list, and its shares remain freely tradable.

The White House did not say when the first licences would be issued or how the 25% would be collected.
""")

art(slug="l-cosco-dalian-tanker-units-sanctioned-sep-2019", ext="txt", title="US sanctions two COSCO tanker units over Iranian oil, sending freight rates soaring",
date="2019-09-27", source="Harbour Line Daily", place="Singapore",
lede="The United States on Wednesday, September 25, 2019, placed two Dalian-based tanker subsidiaries of China's state shipping giant COSCO on its Specially Designated Nationals list, accusing them of transporting Iranian crude oil in defiance of sanctions.",
caption="Crude tankers at anchor off Singapore | Source: Harbour Line Daily",
body="""## WHO WAS NAMED

The Treasury Department's Office of Foreign Assets Control designated COSCO Shipping Tanker (Dalian) Co. Ltd. and COSCO Shipping Tanker (Dalian) Seaman and Ship Management Co. Ltd. under Executive Order 13846, the order that reimposed US sanctions on Iran after Washington left the 2015 nuclear deal. Secretary of State Mike Pompeo announced the action in New York and warned China and other countries to stop importing Iranian oil. Several other Chinese companies and executives were named at the same time.

## THE PARENT IS NOT BLOCKED

Treasury said in guidance that the blocking applies only to the listed entities and to companies they own 50 percent or more. It does not apply to the ultimate parent, COSCO Shipping Corporation, or to other affiliates such as the container line COSCO Shipping Holdings, provided they are not owned 50 percent or more by blocked persons. US persons may therefore keep dealing with the parent and its non-blocked units, as long as no blocked entity is involved.

## MARKET SHOCK

The Dalian units and their subsidiaries control dozens of tankers, by some counts about 50. Charterers, banks and insurers rushed to avoid them, and rates for very large crude carriers jumped to their highest level in years within days. Oil majors cancelled charters, and some cargoes already at sea were left looking for new ships.

"Nobody wants to be the one who lifts a cargo from a blocked ship," said a tanker broker in Singapore. "The 50 percent rule means you have to check every vessel's owner now."

China's foreign ministry said it opposed unilateral sanctions and "long-arm jurisdiction". The company did not comment.

## WHAT HAPPENS NEXT

Lawyers expect Treasury to issue a general licence to let existing voyages wind down. Whether the listing lasts will depend on talks between Washington and Beijing, which are also negotiating a trade deal.
""",
rq=("I ship containers with COSCO. Is that now illegal for a US company?", "Not because of this action. Only the two Dalian tanker units and companies they own 50 percent or more are blocked; the parent and the container line are not."),
teaser="Our tip: The best noodle stalls near Tanjong Pagar, ranked by our night desk.",
comments=[("brokerbob", "Rates went vertical. Owners with clean ships are laughing."), ("lwc", "Wind-down licence please, we have cargo afloat.")])

art(slug="l-treasury-delists-cosco-shipping-tanker-dalian-jan-2020", ext="html", kind="press", title="Sanctions update: COSCO Shipping Tanker (Dalian) removed from the SDN List",
date="2020-02-03", source="Trade Compliance Monitor", place="Washington",
body="""The Treasury Department's Office of Foreign Assets Control removed COSCO Shipping Tanker (Dalian) Co., Ltd. from the Specially Designated Nationals and Blocked Persons List on Friday, January 31, 2020. The entity had been designated on September 25, 2019, under Executive Order 13846 for transporting Iranian oil. This summary sets out what changed and what did not.

## Action in brief

- Removed: COSCO Shipping Tanker (Dalian) Co., Ltd., five affiliated entities and one individual designated with it in September 2019.
- Still designated: COSCO Shipping Tanker (Dalian) Seaman and Ship Management Co., Ltd., and several affiliates and executives named in the same round.
- Reason given: none. OFAC published the removal without a statement of reasons. A US official told reporters that the administrative delisting should not be read as a change in policy towards Iran.

## Wind-down licences that preceded the removal

After the designation, tanker rates rose sharply and OFAC eased the pressure in stages. On October 24, 2019, it issued General License K, authorising transactions ordinarily incident and necessary to the maintenance or wind down of dealings with the Dalian tanker company through December 20, 2019. On December 19, 2019, it replaced that licence with General License K-1, running to February 4, 2020. Neither licence covered the Seaman and Ship Management company. The removal came a few days before General License K-1 was due to expire.

## Context

The delisting followed the signing of the Phase One trade agreement between the United States and China on January 15, 2020. Practitioners noted that delisting decisions usually take many months and that the speed in this case was unusual. The company was represented by US law firms in its petition.

## What this means

- US persons may again deal with COSCO Shipping Tanker (Dalian) and its vessels, subject to other sanctions programmes.
- Dealings with the Seaman and Ship Management company, and with entities it owns 50 percent or more, remain prohibited.
- The parent group, COSCO Shipping Corporation, was never designated.

## Contacts

Media enquiries: press office, Trade Compliance Monitor.
""")

art(slug="l-first-teapot-refinery-sanctioned-mar-2025", ext="md", title="US sanctions first Chinese 'teapot' refinery for buying Iranian oil",
date="2025-03-21", source="Energy Sanctions Review", place="Washington",
body="""The US Treasury Department on Thursday, March 20, 2025, sanctioned Shandong Shouguang Luqing Petrochemical Co., Ltd., an independent refinery in China's Shandong province, accusing it of buying Iranian oil worth roughly half a billion dollars. The State Department said it was the first time the United States had designated a so-called teapot refinery.

## Who was named

The Office of Foreign Assets Control also designated the refinery's chief executive and legal representative, Wang Xueqing. The action was taken under Executive Order 13902, which targets the petroleum sector of Iran's economy. Alongside the refinery, Treasury named 19 entities and vessels in Iran's "shadow fleet" of tankers that it said helped deliver millions of barrels of Iranian oil to teapot refineries, some of them linked to Yemen's Houthis and to Iran's Ministry of Defense and Armed Forces Logistics.

The State Department separately designated Huaying Huizhou Daya Bay Petrochemical Terminal Storage Co., an oil terminal operator that it said had taken in Iranian crude from a sanctioned vessel.

It was the fourth round of Iran oil sanctions since President Donald Trump restored a policy of "maximum pressure" in February.

## Why teapots

Teapot refineries are small private plants, mostly in Shandong, that buy the bulk of Iran's crude exports, usually at a discount and paid for in yuan. "So-called 'teapot' refinery purchases of Iranian oil provide the primary economic lifeline for the Iranian regime," Treasury Secretary Scott Bessent said.

## What the designation means

All property of the refinery and its chief executive in the United States or held by US persons is blocked, and US persons are generally barred from dealing with them. Companies owned 50 percent or more by the designated persons are blocked too. Non-US banks and traders that handle significant transactions with the refinery risk secondary sanctions.

In practice the plant has little direct exposure to the US financial system. Traders said the bigger effect is on the foreign banks, shipping firms and suppliers that deal with it, which may now cut ties.

## Beijing's reaction

A spokesperson for the Chinese embassy in Washington said China firmly opposed "illegal and unjustifiable unilateral sanctions" and long-arm jurisdiction. China does not recognise US sanctions and is the largest buyer of Iranian oil.
""")

art(slug="l-second-teapot-refinery-shengxing-apr-2025", ext="txt", title="Treasury names second teapot refinery, says it bought over $1 billion of Iranian crude",
date="2025-04-18", source="Gulf & Asia Energy Daily", place="Washington",
lede="The US Treasury Department on Wednesday, April 16, 2025, sanctioned Shandong Shengxing Chemical Co., Ltd., an independent refinery in Shandong province that it said had received Iranian crude oil worth more than $1 billion.",
caption="Storage tanks at a refinery complex in Shandong | Source: Gulf & Asia Energy Daily",
body="""## THE ALLEGATIONS

According to the Office of Foreign Assets Control, the refinery received dozens of shipments of Iranian crude from shadow-fleet tankers, some of which had already been sanctioned. Treasury said that between March 2020 and January 2023 it sent more than $800 million in wire transfers to China Oil and Petroleum Company Limited, which it described as a front company for the Islamic Revolutionary Guard Corps-Qods Force that sold Iranian oil to China.

Treasury said that front company had laundered billions of dollars through the US financial system and that the Justice Department seized about $108 million of those funds in February 2024.

## A SECOND TEAPOT

It is the second teapot refinery to be designated, after Shandong Shouguang Luqing Petrochemical in March, and the sixth round of sanctions on Iranian oil sales since the White House ordered maximum economic pressure on Tehran in February. OFAC also designated several shipping companies and vessels, and updated its advisory for the maritime industry on sanctions-evasion practices.

"Any refinery, company, or broker that chooses to purchase Iranian oil or facilitate Iran's oil trade places itself at serious risk," Treasury Secretary Scott Bessent said.

## TALKS IN THE BACKGROUND

The designation came on the same day Iran confirmed it would hold another round of nuclear talks with the United States. Analysts said Washington was keeping up pressure while negotiating.

## WHAT IT MEANS FOR SUPPLIERS

As with the first teapot designation, the company's property under US jurisdiction is blocked and US persons may not deal with it. Equipment suppliers and traders outside the United States are not automatically barred, but they face the risk of secondary sanctions if they carry out significant transactions with a designated refinery. Several trading houses in Singapore said they had already stopped selling blending components to the plant.

Beijing again said it opposed unilateral sanctions. The refinery could not be reached for comment.
""",
rq=("Are all refineries in Shandong now sanctioned?", "No. Only the named refineries, their listed executives and companies they own 50 percent or more are blocked."),
teaser="Our tip: How to keep basil alive on a windowsill through winter.",
comments=[("tradeflow", "Two down, dozens of teapots to go."), ("sg_trader", "Banks here were already nervous. This makes it worse.")])
