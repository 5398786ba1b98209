# Micron / China CAC, CFIUS real-estate rule, Gupta family
A = []

A.append(dict(fname="p-china-opens-micron-security-review-apr-2023.md", title="China opens cybersecurity review of US memory maker Micron",
date="2023-04-01", outlet="Harbour Tech Daily", place="Shanghai", body="""
China's internet regulator said it has started a cybersecurity review of products that Micron Technology sells in the country, the first time Beijing has turned this tool on a major American chipmaker.

The Cyberspace Administration of China (CAC) said in a short notice on Friday, March 31, that the review was meant to "ensure the security of the critical information infrastructure supply chain" and to prevent hidden product problems from endangering national security. It did not name any product line, and it did not say how long the check would take.

## What the review is, and what it is not

The review is not a listing on any blacklist. Micron, based in Boise, Idaho, is not on China's unreliable entity list, and the notice set out no penalty. Chinese customers remain free to buy its DRAM and NAND memory for now. Lawyers in Shanghai said the review falls under China's cybersecurity review measures, which let the regulator examine products bought by operators of critical information infrastructure, a category that covers telecoms, energy, finance, transport and government networks.

"A review is a question, not an answer," said Li Wen, a trade lawyer who advises foreign manufacturers. "What matters is the conclusion, and nobody outside the regulator knows when that comes."

## Why now

The move came weeks after Japan and the Netherlands agreed to join Washington in restricting exports of chipmaking tools to China, and months after the US Commerce Department's sweeping October 2022 controls on advanced chips and equipment. Analysts read the timing as a message.

Micron said it was aware of the notice, was cooperating fully with the CAC and stood by the security of its products. Its shares fell about 4 per cent in early trading on Monday.

## How much is at stake

Mainland China and Hong Kong together account for roughly a quarter of Micron's revenue, according to the company's filings, although much of that goes to foreign manufacturers assembling phones and computers in Chinese factories rather than to Chinese state operators. Brokers said the direct exposure to critical infrastructure buyers, such as server purchases by state telecoms and banks, was much smaller.

Rivals Samsung Electronics and SK Hynix, both South Korean, were seen as the likely winners if Chinese buyers switched suppliers. Local producers such as CXMT and YMTC could also gain, though both trail Micron in technology.

The CAC said the review was a "normal regulatory measure". Micron has no further comment on the timing.
"""))

A.append(dict(fname="p-china-bars-micron-purchases-may-2023.html", title="China tells key infrastructure operators to stop buying Micron chips",
date="2023-05-22", outlet="The Circuit Ledger", place="Beijing", body="""
Operators of China's critical information infrastructure should stop buying products from Micron Technology, the Cyberspace Administration of China (CAC) said on Sunday, May 21, after concluding the cybersecurity review it opened in March.

The regulator said Micron's products carried "relatively serious" network security risks that posed a major threat to the country's critical information infrastructure supply chain and affected national security. It gave no detail of what those risks were, and it did not list which products or which buyers were affected.

## Who may still buy

The decision binds only operators of critical information infrastructure, a broad category in Chinese law that includes telecoms, energy, transport, finance and public services. It is not a general import ban. Consumer electronics makers assembling phones and laptops in China can still buy Micron memory, and the company is not on China's unreliable entity list.

"For a laptop factory in Chongqing nothing changes on Monday," said Sun Hao, a supply-chain consultant. "For a provincial telecom carrier buying servers, Micron is now off the approved list in practice."

## Micron's first estimate

Micron said it had received the CAC's notice and was evaluating the conclusion and its next steps. On Monday the company told investors it expected the restriction to hit its total revenue by somewhere between a low-single-digit and a high-single-digit percentage, and it said it would keep engaging with Chinese authorities. Its shares fell in early trading.

The company has long said that mainland China and Hong Kong account for about a quarter of its sales, but much of that goes to non-Chinese firms manufacturing in the country.

## Washington responds

The US Commerce Department said it "firmly opposes restrictions that have no basis in fact" and would work with allies to address what it called economic coercion. The timing, as G7 leaders meeting in Hiroshima criticised Chinese economic pressure, was not lost on diplomats.

It is the first time Beijing has taken such a step against a major US chip company. Commentators called it retaliation for US export controls on chips and chipmaking tools, which have cut Chinese firms off from advanced equipment since October 2022.

## Rivals wait

Analysts expect Samsung and SK Hynix to pick up orders from Chinese server buyers, along with local makers. Seoul has reportedly been asked by Washington to discourage its chipmakers from filling any gap, a request the South Korean government has not confirmed.
"""))

A.append(dict(fname="p-micron-warns-china-revenue-hit-jun-2023.txt", title="Micron says half of its China-headquartered sales are at risk from Beijing's ban",
date="2023-06-16", outlet="Pacific Wire", place="Boise", caption="Micron's headquarters in Boise, Idaho. | Pacific Wire file photo", body="""
Micron Technology on Friday sharply raised its estimate of the damage from China's ban on its chips in critical infrastructure, saying about half of its revenue from China-headquartered customers is now at risk.

## A BIGGER NUMBER

In a regulatory filing, the memory maker said the exposed business equals a low-double-digit percentage of its worldwide revenue. Only last month, after the Cyberspace Administration of China announced its decision on May 21, the company had guided investors to a hit of a low-single-digit to high-single-digit percentage.

Micron said some of its customers had been contacted by Chinese government officials after the decision. It said the impact remains uncertain and fluid, and that it expects greater variability in revenue from quarter to quarter while it works to offset the loss over time.

The company repeated that sales to companies headquartered in mainland China and Hong Kong, directly and through distributors, make up about a quarter of its total revenue. Half of that quarter is the part it now considers at risk.

## STILL NOT A BLACKLIST

The measure remains narrow in legal terms. It tells operators of critical information infrastructure not to buy Micron products; it does not put Micron on a sanctions list, and ordinary manufacturers in China may keep buying.

"The legal scope is small, the commercial chill is large," said Rachel Omondi, a semiconductor analyst. "Plenty of private buyers will avoid a supplier the regulator has called risky, whether or not the rule applies to them."

## SHARES AND STRATEGY

Micron stock fell about 3 per cent after the filing. The company reports its fiscal third-quarter results later this month, and investors want to hear how it will redirect supply to customers in other regions.

Chief executive Sanjay Mehrotra has said the company is in continuing talks with Chinese authorities. Micron has not said whether it will challenge the finding.

---
Our tip: Ten garden tools that survived our drought-summer test.

Leave a Reply

Dev_in_Tacoma: so "low double digit" means what, 10-12%? that is not small.

M. Arroyo: the customers who got a phone call are the story here. nobody wants to be the test case.
"""))

A.append(dict(fname="p-micron-exits-china-server-chips-oct-2025.md", title="Micron to stop selling server chips to China's data centres, two years after Beijing's ban",
date="2025-10-17", outlet="Harbour Tech Daily", place="Singapore", body="""
Micron Technology plans to stop supplying server memory chips to data centres in mainland China, two people briefed on the decision said, after its server business there failed to recover from the 2023 government ban on its products in critical infrastructure.

## What changes

The US company will keep selling to two Chinese customers that run large data centre operations outside China, one of them the PC maker Lenovo, the people said. It will also keep supplying Chinese customers in the automotive and mobile phone sectors, which were never the target of the Cyberspace Administration of China's decision of May 2023.

Micron did not confirm the plan. In a statement it said the CAC decision had "impacted" its data centre business in China, that it valued its Chinese customers, and that it abides by applicable laws wherever it does business.

## The numbers

Mainland China generated about $3.4 billion for Micron in its last fiscal year, roughly 12 per cent of total revenue. That is well below the quarter of revenue the company used to attribute to mainland China and Hong Kong customers before the ban.

Chinese spending on data centres has meanwhile surged, with procurement tied to artificial intelligence rising about ninefold last year to around 24.7 billion yuan, according to procurement documents. Samsung, SK Hynix and local producers CXMT and YMTC took the orders that Micron could not fill.

Micron's China data centre team numbers more than 300 people. It is not clear how many jobs will go.

## Still no sanctions listing

Nothing in the move changes Micron's legal position. The 2023 decision remains in force, but the company is not on China's unreliable entity list or any Chinese export-control list, and it remains free to sell in other segments.

"This is a company concluding that a market it is partly shut out of is not worth fighting for," said Omar Haddad, a Singapore-based chip analyst. "Globally it is selling everything it can make to AI customers, so the opportunity cost of China has fallen."

## Record quarter elsewhere

The retreat comes as Micron enjoys record revenue from high-bandwidth memory and server DRAM sold to US and other foreign AI customers.

Beijing has since aimed similar security accusations at Nvidia and Intel products, though without formal measures against either so far.
"""))

A.append(dict(fname="p-micron-boise-fab-groundbreaking-sep-2022.txt", title="Micron breaks ground on Boise memory fab, first new US memory plant in two decades",
date="2022-09-01", outlet="Gem State Courier", place="Boise", caption="Officials turn soil at the Micron campus in Boise. | Gem State Courier", body="""
Micron Technology broke ground on Thursday on a new memory chip factory at its Boise headquarters, the first of the investments the company promised after Congress passed the CHIPS and Science Act last month.

## A $15 BILLION PLAN

The company says it will invest about $15 billion through the end of the decade in the Idaho plant, which it describes as the first new memory manufacturing fab built in the United States in about 20 years. Production is expected to ramp in the second half of the decade, depending on demand.

Governor Brad Little and members of Idaho's congressional delegation attended the ceremony along with several hundred employees. Micron said the project would create about 2,000 direct jobs and many thousands more in construction and supply businesses.

"For a long time memory was something America designed but did not make," chief executive Sanjay Mehrotra told the crowd. "We are changing that here."

## WHY NOW

The CHIPS Act sets aside about $39 billion for manufacturing incentives and a 25 per cent investment tax credit for chip plants. Micron has not said how much federal support it will seek for Boise, and the Commerce Department has not yet opened applications.

The company also said it was looking at sites for additional fabs elsewhere in the country. Industry officials in New York and Texas are known to be competing.

## LOCAL CONCERNS

Not everyone is celebrating. Neighbours in southeast Boise asked how the plant would affect water use and traffic, and the city council will hold hearings on road improvements this autumn. Micron said it would recycle most process water and is working with the Idaho Transportation Department.

Micron already employs several thousand people in Idaho, and it also runs a fab in Manassas, Virginia.

The company, which makes DRAM and NAND memory for phones, computers, cars and data centres, has been hit this summer by weakening consumer demand and told investors in June to expect lower sales in the coming quarters.

---
Our tip: Where to find the best huckleberry pie before the season ends.

Leave a Reply

boisebarb: 2,000 jobs is great but please fix Eisenman Road first.

K.Nakamura: finally some fabs that arent in Asia. good.
"""))

A.append(dict(fname="p-micron-xian-packaging-investment-jun-2023.md", title="Micron to invest $600m in Chinese packaging plant despite Beijing's ban",
date="2023-06-16", outlet="Pacific Wire", place="Xi'an", body="""
Micron Technology said on Friday it will invest 4.3 billion yuan, about $600 million, over the next few years in its chip packaging and testing plant in Xi'an, less than a month after China's regulator barred key infrastructure operators from buying its products.

## Packaging, not fabrication

The Xi'an site does not make memory wafers. It assembles and tests chips made in Micron's fabs in Taiwan, Japan, Singapore and the US, and ships them to customers in China and abroad. The new money will pay for new equipment and a building to handle mobile DRAM, NAND and solid-state drives.

Micron also said it would buy packaging equipment from Powertech Technology's Xi'an unit, a Taiwanese contractor, and offer jobs to that company's workers there.

"We value our Chinese customers and employees," the company said in a statement posted on its Chinese social media account. "This project shows our commitment to China."

## Mixed signals

The announcement came on the same day Micron told investors that about half of its revenue from China-headquartered customers was at risk after the May 21 decision by the Cyberspace Administration of China. The company's stock fell in New York.

Analysts said the investment made sense because much of Micron's China business goes to international manufacturers that assemble phones and PCs in Chinese factories, and these buyers are outside the scope of the ban.

"Micron is splitting the Chinese market in two," said Dana Whitfield of Lakeline Research. "The state and telecom side is lost for now. The contract-manufacturing side is worth defending."

## No US licence needed

The investment does not involve advanced chipmaking tools, which are subject to US export controls, and Micron said it would comply with all applicable rules. Its planned fab expansion in Idaho and New York is unchanged.

Micron has not said whether it will appeal the CAC finding or seek a new review. Chinese officials have not commented on the Xi'an announcement.

## Background

China's commerce ministry said in May that it welcomed foreign companies that abided by Chinese laws. It has repeatedly said the Micron review was a normal regulatory step and not aimed at any particular country.

The Xi'an plant is Micron's only manufacturing site in mainland China, and local officials have courted further investment.
"""))

A.append(dict(fname="p-micron-china-ban-investor-forum-thread.html", title="Forum: Is Micron (MU) on some Chinese blacklist now? Should I worry?",
date="2023-07-05", outlet="StockTalk Community", place="", shape="forum", body="""
## Is Micron (MU) on some Chinese blacklist now? Should I worry?

chipdad_77 wrote on June 30, 2023:
Long MU holder here. My brother-in-law says China "blacklisted" Micron and the stock is toast. Is Micron actually on a sanctions list? Do I have to sell?

RAMrod wrote on June 30, 2023:
No. It is not on any sanctions list. China's internet regulator (the CAC) concluded its security review on May 21 and told critical information infrastructure operators to stop buying Micron products. That is a procurement restriction, not a listing. Nobody is forbidden from owning the shares.

chipdad_77 wrote on June 30, 2023:
ok but how big is the hit?

RAMrod wrote on July 1, 2023:
The company said about half of its China-headquartered customer revenue is at risk, which works out to a low-double-digit percentage of total revenue. Earlier, in May, it had said low-single-digit to high-single-digit. So the estimate went up.

NandGate wrote on July 1, 2023:
Also not on China's unreliable entity list, which is the actual Chinese blacklist. Different thing entirely. The unreliable entity list can bar import/export and investment in China. Micron just lost state buyers.

chipdad_77 wrote on July 2, 2023:
So US investors are fine?

NandGate wrote on July 2, 2023:
From a legal point of view yes. There is no US or Chinese rule stopping you from holding MU. The risk is commercial. Samsung and SK Hynix pick up the Chinese server orders.

moderator_kw wrote on July 3, 2023:
Reminder: this is not investment advice. Please keep the thread on facts and link sources.

RAMrod wrote on July 3, 2023:
Fair. Micron's June 16 filing is the source for the half-of-China number. Their Q3 earnings call on June 28 said the CAC decision is a significant headwind slowing the recovery.

bitflip wrote on July 5, 2023:
Funny thing is they announced a $600m packaging investment in Xi'an the same day. So they clearly are not leaving China.

NandGate wrote on July 5, 2023:
Right, they want the phone/PC assembly business in China. Those customers are outside the ban.

chipdad_77 wrote on July 5, 2023:
Thanks all. Holding for now.

Similar threads: "Is Nvidia allowed to sell the A800 in China?" | "SK Hynix Wuxi fab and US rules"
"""))

A.append(dict(fname="p-cfius-proposes-more-military-sites-jul-2024.md", title="Treasury proposes widening CFIUS review of land deals near dozens more military bases",
date="2024-07-10", outlet="Capitol Compliance Report", place="Washington", body="""
The Treasury Department on Monday proposed expanding the list of military installations around which foreign purchases and leases of US land can be reviewed by the Committee on Foreign Investment in the United States (CFIUS), after a string of disputes over Chinese-linked land deals near bases.

## What the proposal does

The notice of proposed rulemaking would add roughly 60 installations across some 30 states to the appendix of sensitive sites in CFIUS's real estate regulations. For some sites, CFIUS would gain jurisdiction over property within one mile; for others, the reach would extend to 100 miles. The draft would also move several existing installations into the 100-mile category.

The list was drawn up after a Department of Defense review of its bases. The Pentagon has said it will keep reviewing installations and recommend more.

## Not yet in force

The rule is only a proposal. Until a final rule is published and takes effect, deals near the newly named bases fall outside CFIUS's real estate jurisdiction, unless they come under its ordinary powers over businesses. The public has 30 days to comment.

"Buyers should not assume a deal signed today is safe just because the rule is not final," said Jennifer Okafor, a Washington lawyer who files CFIUS notices. "The final rule will say which agreements it catches, and the committee can always ask questions."

## Why it matters

CFIUS's real estate powers date from the Foreign Investment Risk Review Modernization Act of 2018 (FIRRMA) and regulations that took effect in 2020. They cover purchases, leases and concessions that give a foreign person at least three property rights, such as access, exclusion, improvement or the right to attach structures. Filing is voluntary for real estate, but the committee can review a deal on its own initiative.

The proposal follows the 2023 controversy over Fufeng Group's planned corn mill near Grand Forks Air Force Base, which CFIUS said it lacked jurisdiction to review because the base was not on the list, and President Biden's May 2024 order forcing a Chinese-backed crypto mining firm to sell land near F.E. Warren Air Force Base in Wyoming.

## Farmland not covered

The rule does not address farmland in general. Several states have passed their own limits on land buying by Chinese nationals, and bills in Congress would give the Agriculture Department more powers. None of those are part of this proposal.
"""))

A.append(dict(fname="p-cfius-real-estate-final-rule-nov-2024.html", title="Agency action summary: CFIUS final rule adds 59 military installations to real estate review list",
date="2024-11-08", outlet="TradeReg Monitor", place="Washington", shape="agency", body="""
## Action

The Department of the Treasury, as chair of the Committee on Foreign Investment in the United States (CFIUS), issued a final rule on November 1, 2024, published in the Federal Register on November 7, that expands the list of military installations in its real estate regulations (31 C.F.R. part 802). The rule finalises the proposal issued in July 2024.

## Effective date

The rule takes effect on December 9, 2024. It does not apply to a transaction completed before that date, or to one for which a binding written agreement establishing the material terms was signed before that date. A deal that has only reached a letter of intent or other non-binding agreement can still be caught if the binding agreement is signed on or after December 9.

## What changes

- 40 installations are added with a one-mile radius of jurisdiction.
- 19 installations are added with a 100-mile radius.
- Jurisdiction over eight installations already on the list is extended from one mile to the one-to-100-mile band.
- Names and locations of several existing installations are updated.

In total 59 installations are added, spread across some 30 states. The rule also broadens the definition of "military installation" so that more types of sites can be listed in future.

## What it means for buyers

A foreign person buying or leasing land within the radius of a listed site may find the deal reviewed. Filing is voluntary, but CFIUS may call in a non-notified transaction. If it finds an unresolved risk, it can require mitigation or refer the deal to the President, who can block it or order a divestment, as happened with the MineOne crypto mine near F.E. Warren Air Force Base in May 2024.

The rule does not create a list of banned buyers and does not change the treatment of air and maritime ports.

## Statement

Treasury Secretary Janet Yellen said the rule would "significantly increase the ability of CFIUS to thoroughly review real estate transactions near bases" and help deter foreign adversaries from intelligence gathering.

## Timeline

- 2020: real estate regulations take effect under FIRRMA.
- September 2023: eight installations added.
- July 2024: proposed rule published.
- November 1, 2024: final rule issued.
- December 9, 2024: final rule effective.
"""))

A.append(dict(fname="p-treasury-sanctions-gupta-brothers-oct-2019.txt", title="US blacklists South Africa's Gupta brothers over state capture corruption",
date="2019-10-10", outlet="Cape Meridian News", place="Johannesburg", caption="The Gupta family's former compound in Saxonwold. | Cape Meridian News", body="""
The US Treasury on Thursday imposed sanctions on Ajay, Atul and Rajesh Gupta and their business associate Salim Essa, accusing the family at the centre of South Africa's state capture scandal of running a corruption network that bribed officials and looted state companies.

## GLOBAL MAGNITSKY

The Office of Foreign Assets Control (OFAC) designated the four men under Executive Order 13818, which implements the Global Magnitsky Human Rights Accountability Act. Any property they hold in the United States or in the hands of US persons is now blocked, and Americans are generally barred from dealing with them.

The block extends to any company owned 50 per cent or more by the designated men, alone or together, even though no companies were named on the list on Thursday.

"The Gupta family leveraged its political connections to engage in widespread corruption and bribery, capture government contracts, and misappropriate state assets," said Sigal Mandelker, Treasury's under secretary for terrorism and financial intelligence.

## WHAT TREASURY ALLEGES

Treasury said the brothers, who moved to South Africa from India in the 1990s, grew their business through close ties to former President Jacob Zuma and large donations to a political party. It said the network used overpayments on government contracts, bribes and shell companies to steal hundreds of millions of dollars.

## SOUTH AFRICA WELCOMES IT

South Africa's justice ministry welcomed the move and said it had sent requests for legal assistance to several countries, including the United States. The brothers have left South Africa and are believed to be living in Dubai. They have denied wrongdoing and have not been charged in South Africa.

For South African banks the action adds to pressure. Most local lenders closed Gupta-linked accounts in 2016. Lawyers said any bank with a US correspondent account would now treat the four men as untouchable.

## NO UK OR EU STEP YET

Britain and the European Union have not announced similar measures. Campaigners urged London, where the family's associates have used property and banking services, to follow.

---
Our tip: Five hikes above Cape Town that take less than two hours.

Leave a Reply

thandi_m: Took long enough. Now extradite them.

Pieter vd W: sanctions dont bring back the money from Eskom and Transnet.
"""))

A.append(dict(fname="p-uk-sanctions-guptas-anti-corruption-apr-2021.md", title="UK names Gupta brothers in first sanctions under new anti-corruption regime",
date="2021-04-26", outlet="Cape Meridian News", place="London", body="""
Britain on Monday froze the assets of Ajay, Atul and Rajesh Gupta and their associate Salim Essa, adding the South African businessmen to the first list made under its new Global Anti-Corruption sanctions regime, 18 months after the United States blacklisted the same four men.

## A new regime

Foreign Secretary Dominic Raab announced 22 designations from several countries in the first use of the regime, which lets the UK target people involved in serious corruption abroad. Besides the Gupta network, the list included people linked to the Sergei Magnitsky tax fraud in Russia, a Sudanese businessman and officials from Latin America.

The designated people may not enter the UK, and their assets in Britain are frozen. British persons and companies may not make funds or economic resources available to them without a licence from the Office of Financial Sanctions Implementation (OFSI).

"Corruption has a corrosive effect as it slows development, drains the wealth of poorer nations and keeps their people trapped in poverty," Raab told Parliament. "It poisons the well of democracy."

## The Gupta case

The Foreign Office said the Guptas and Essa were involved in serious corruption in South Africa, bribing officials and using their relationship with former President Jacob Zuma to win state contracts and benefit from misappropriated public funds. The family has denied the allegations.

The US Treasury designated the four men in October 2019 under the Global Magnitsky programme. The UK action means that British banks, accountants and estate agents can no longer deal with them, and that the UK now lines up with Washington.

## What it means for firms

Compliance officers said the UK listing matters more in practice for South African businesses, many of which bank through London or have UK subsidiaries. "Before Monday a UK firm with no US nexus could in theory deal with them," said Anita Pillay, a sanctions adviser in Johannesburg. "Now it cannot."

## South Africa's inquiry

South Africa's Zondo commission on state capture is still hearing evidence, and prosecutors have said they want the brothers returned from Dubai to stand trial. South Africa has no extradition treaty with the United Arab Emirates in force yet, though one has been signed.

The EU, which adopted its own human rights sanctions regime in December 2020, has no corruption-specific regime and has not listed the Guptas.
"""))
