"""Writes the ten HTML files of the train-f corpus. Run from anywhere: python3 tools/build_html.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from htmlgen import blog_page, forum_page, news_page  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")

TRENDING_A = ["Ten best hiking trails within two hours of Denver", "Why egg prices keep swinging",
              "Review: the new budget noise-cancelling earbuds", "Minor league baseball's strangest mascots"]
TRENDING_B = ["What to plant in your garden in October", "The quiet comeback of the station wagon",
              "How to read a nutrition label in 60 seconds", "Five podcasts for a long drive"]
TRENDING_C = ["Streaming price hikes: what you will pay next year", "A beginner's guide to pickleball",
              "Slow cooker chili, three ways", "The best free museums in Washington"]

PAGES = {}

PAGES["f-intellexa-ofac-sanctions-mar-2024.html"] = dict(
    kind="news", title="Treasury sanctions Intellexa spyware consortium in first-ever US spyware sanctions",
    date="2024-03-06", site="Sanctions Monitor",
    url="https://example.org/sanctions-monitor/2024/03/06/intellexa-ofac-sanctions",
    kicker="Press summary", byline="Sanctions Monitor press summary", comments=False,
    related=["How the SDN List works", "Entity List vs. SDN List: a primer", "What a 50 percent rule means for banks"],
    trending=TRENDING_A,
    body="""    <p class="dateline"><strong>WASHINGTON, March 6, 2024</strong></p>
    <p>The US Department of the Treasury's Office of Foreign Assets Control (OFAC) on Tuesday, March 5, 2024, sanctioned two individuals and five entities tied to the <strong>Intellexa Consortium</strong>, the network of companies that develops, operates and distributes the <strong>Predator</strong> commercial spyware. Officials said it was the first time the Treasury has sanctioned people or companies for the misuse of commercial spyware.</p>
    <h2>Who was designated</h2>
    <ul>
      <li><strong>Tal Jonathan Dilian</strong>, the founder of the consortium and a former Israeli military officer;</li>
      <li><strong>Sara Aleksandra Fayssal Hamou</strong>, a corporate off-shoring specialist who provided managerial services to the consortium, including renting office space in Greece;</li>
      <li><strong>Intellexa S.A.</strong>, in Greece, which exported the spyware to authoritarian governments;</li>
      <li><strong>Intellexa Limited</strong>, in Ireland, a reseller for the consortium;</li>
      <li><strong>Cytrox AD</strong>, in North Macedonia;</li>
      <li><strong>Cytrox Holdings Zrt</strong>, in Hungary, which developed Predator;</li>
      <li><strong>Thalestris Limited</strong>, in Ireland, which holds distribution rights to the spyware.</li>
    </ul>
    <h2>Why</h2>
    <p>Treasury said Predator has been used to target Americans, including US government officials, journalists and policy experts, and to facilitate human rights abuses against dissidents abroad. The tool can infect a device through so-called zero-click attacks that need no action by the target, then extract data, track the phone's location and read its contents.</p>
    <p>"Today's actions represent a tangible step forward in discouraging the misuse of commercial surveillance tools, which increasingly present a security risk to the United States and our citizens," said Brian E. Nelson, Treasury's Under Secretary for Terrorism and Financial Intelligence. "The United States remains focused on establishing clear guardrails for the responsible development and use of these technologies while also ensuring the protection of human rights and civil liberties of individuals around the world."</p>
    <h2>What the sanctions do</h2>
    <p>All property and interests in property of the seven targets that are in the United States or held by US persons are blocked and must be reported to OFAC. US persons are generally prohibited from dealing with them, and any entity owned 50% or more by one or more of them is blocked too. Banks that handle their transactions risk enforcement action.</p>
    <p>The action names no government customer of Predator.</p>
    <h2>Background</h2>
    <p>The Commerce Department added Intellexa and Cytrox to its Entity List in July 2023, cutting them off from US technology. The new Treasury sanctions go further by freezing assets and barring all dealings. In February the State Department announced a visa restriction policy for people involved in the misuse of commercial spyware, and in March 2023 President Joe Biden signed an executive order barring federal agencies from using commercial spyware that poses risks to national security.</p>
    <p>Intellexa has not publicly commented. Dilian has previously denied wrongdoing in connection with the Greek surveillance scandal in which Predator was allegedly used.</p>""")

PAGES["f-whatsapp-nso-damages-cut-injunction-oct-2025.html"] = dict(
    kind="news", title="Judge cuts NSO's WhatsApp damages to about $4 million but bars it from targeting WhatsApp for good",
    date="2025-10-20", site="Tech & Law Report",
    url="https://example.org/tech-law-report/2025/10/20/whatsapp-nso-injunction",
    kicker="Court summary", byline="By Dana Whitcomb",
    related=["Pegasus explained: how zero-click spyware works", "Apple drops its lawsuit against NSO", "What punitive damages ratios mean"],
    trending=TRENDING_B,
    body="""    <p><strong>Case:</strong> <em>WhatsApp Inc. et al. v. NSO Group Technologies Ltd. et al.</em>, No. 4:19-cv-07123 (N.D. Cal.)<br>
    <strong>Judge:</strong> US District Judge Phyllis Hamilton<br>
    <strong>Ruling:</strong> Friday, October 17, 2025</p>
    <h2>The ruling in short</h2>
    <p>Judge Phyllis Hamilton granted WhatsApp a <strong>permanent injunction</strong> that bars Israeli spyware maker NSO Group from targeting WhatsApp and its users. In the same order she sharply reduced the punitive damages a jury awarded in May, from about $167 million to about <strong>$4 million</strong>.</p>
    <h2>Why the damages were cut</h2>
    <p>The jury in Oakland had awarded $167.25 million in punitive damages and $444,719 in compensatory damages. Hamilton capped punitive damages at a <strong>9-to-1 ratio</strong> to the compensatory award because, she found, the court did not have enough evidence to conclude that NSO's conduct was "particularly egregious", the standard courts use to justify higher ratios. That brings the punitive award to roughly $4 million.</p>
    <p>NSO had asked for much more: it argued that Supreme Court precedent limits punitive damages to about four times compensatory damages, or roughly $1.77 million, and that the jury's award "grossly exceeds NSO's ability to pay". Court filings showed NSO lost $9 million in 2023 and $12 million in 2024.</p>
    <h2>The injunction</h2>
    <p>The injunction is forward-looking and, for WhatsApp, arguably more important than the money. It prohibits NSO from trying to compromise WhatsApp or its users. WhatsApp had argued that without it NSO could simply keep targeting the app, as its executives admitted at trial it did even after the lawsuit was filed.</p>
    <p>"We applaud this decision, which comes after six years of litigation to hold NSO accountable for targeting members of civil society," said Will Cathcart, head of WhatsApp, adding that the ruling bars NSO from ever targeting WhatsApp and its users around the world again.</p>
    <h2>Background</h2>
    <ul>
      <li>May 2019: an exploit in WhatsApp's calling feature is used to install NSO's Pegasus spyware on about 1,400 phones, including those of journalists and human rights activists.</li>
      <li>October 2019: WhatsApp sues.</li>
      <li>November 2021: the US Commerce Department adds NSO to its Entity List.</li>
      <li>December 2024: Hamilton finds NSO liable under federal and California anti-hacking laws.</li>
      <li>May 6, 2025: the jury awards more than $167 million.</li>
      <li>October 17, 2025: damages cut, permanent injunction granted.</li>
    </ul>
    <h2>What is unchanged</h2>
    <p>NSO remains on the Commerce Department's Entity List, where it has been since November 2021, so US suppliers still need a licence to sell it technology. The company recently confirmed that it is being acquired by a group of American investors; neither the ruling nor the sale changes its listing.</p>
    <p>Either side may appeal to the Ninth Circuit.</p>""")

PAGES["f-integrity-tech-flax-typhoon-sanctioned-jan-2025.html"] = dict(
    kind="news", title="Treasury sanctions Beijing's Integrity Technology Group over Flax Typhoon hacks",
    date="2025-01-04", site="Cyber Policy Wire",
    url="https://example.org/cyber-policy-wire/2025/01/04/integrity-tech-flax-typhoon",
    kicker="Sanctions", byline="By Hannah Iverson",
    related=["What is a botnet?", "Volt Typhoon, Salt Typhoon, Flax Typhoon: a field guide", "Sichuan Silence sanctioned over firewall hack"],
    trending=TRENDING_C,
    body="""    <p>The US Treasury on Friday, January 3, 2025, sanctioned <strong>Integrity Technology Group, Incorporated</strong> (Integrity Tech), a Beijing-based cybersecurity company, for its role in computer intrusions against US victims that have been publicly attributed to <strong>Flax Typhoon</strong>, a Chinese state-sponsored hacking group.</p>
    <h2>What Treasury says Integrity Tech did</h2>
    <p>According to the Office of Foreign Assets Control (OFAC), Flax Typhoon has been active since at least 2021 and often targets organizations in US critical infrastructure sectors, with victims in North America, Europe, Africa and across Asia and a particular focus on Taiwan. It typically exploits publicly known vulnerabilities to get in and then uses legitimate remote access tools to stay.</p>
    <p>OFAC said Integrity Tech provided infrastructure that Flax Typhoon used between the summer of 2022 and the fall of 2023. In the summer of 2023, the group compromised servers and workstations at a California-based organization, using virtual private network software and remote desktop protocols.</p>
    <p>In September 2024, the FBI and allied agencies took down a botnet run by the group, known as Raptor Train, which had grown to more than 260,000 hijacked devices such as routers, cameras and storage servers. FBI Director Christopher Wray said at the time that the hackers represent themselves as Integrity Tech and that "their chairman has publicly admitted that for years his company has collected intelligence and performed reconnaissance for Chinese government security agencies."</p>
    <h2>What the sanctions do</h2>
    <p>Integrity Tech, known in Chinese as Yongxin Zhicheng, was designated under Executive Order 13694, the cyber sanctions order. Any property it has in the US is blocked and Americans are barred from dealing with it. Foreign companies that do business with it risk penalties if the transactions touch the US financial system.</p>
    <p>"The Treasury Department will not hesitate to hold malicious cyber actors and their enablers accountable for their actions," said Acting Under Secretary of the Treasury Bradley T. Smith. "The United States will use all available tools to disrupt these threats as we continue working collaboratively to harden public and private sector cyber defenses."</p>
    <h2>A busy month</h2>
    <p>It is the second Chinese cybersecurity company the Treasury has sanctioned in less than a month. On December 10, 2024, OFAC designated Chengdu-based Sichuan Silence Information Technology and its employee Guan Tianfeng over a 2020 campaign against firewalls.</p>
    <p>The action also comes days after the Treasury disclosed that Chinese state-sponsored hackers had broken into its own systems through a third-party support provider. Treasury did not link that breach to Integrity Tech.</p>
    <p>China's embassy in Washington has called such accusations groundless and says the US is the world's biggest source of cyberattacks.</p>""")

PAGES["f-huione-fincen-final-rule-oct-2025.html"] = dict(
    kind="news", title="FinCEN finalizes rule cutting Huione Group off from the US financial system",
    date="2025-10-16", site="Banking Compliance Brief",
    url="https://example.org/banking-compliance-brief/2025/10/16/huione-final-rule",
    kicker="Agency action summary", byline="Banking Compliance Brief staff",
    related=["Section 311 explained", "What is a correspondent account?", "Pig butchering scams: a primer for bank staff"],
    trending=TRENDING_A,
    body="""    <p>The Financial Crimes Enforcement Network (FinCEN) announced on Tuesday, October 14, 2025, that it has issued a <strong>final rule</strong> under Section 311 of the USA PATRIOT Act that severs Cambodia-based <strong>Huione Group</strong> from the US financial system. The rule was published in the Federal Register on Thursday, October 16, and takes effect on <strong>November 17, 2025</strong>.</p>
    <h2>What the rule requires</h2>
    <ul>
      <li>Covered US financial institutions may not open or maintain a correspondent account for, or on behalf of, Huione Group.</li>
      <li>They must apply special due diligence to their foreign correspondent accounts that is reasonably designed to guard against their use to process transactions involving Huione Group, for example through a foreign bank that still serves it.</li>
    </ul>
    <h2>Why</h2>
    <p>FinCEN found that Huione Group, whose businesses include the payment firm Huione Pay PLC, the virtual asset service provider Huione Crypto and the online marketplace Haowang Guarantee, laundered at least <strong>$4 billion</strong> in illicit proceeds between August 2021 and January 2025. The money came from North Korean cyber heists, including at least $37 million in stolen cryptocurrency, and from pig butchering investment scams run by criminal groups in Southeast Asia.</p>
    <h2>From proposal to final rule</h2>
    <p>FinCEN first proposed the measure on May 1, 2025, and took public comments until June 4. The final rule keeps the core prohibition from the proposal.</p>
    <h2>Same-day actions</h2>
    <p>The rule was announced on the same day the Treasury's Office of Foreign Assets Control, with the United Kingdom, designated the Cambodia-based <strong>Prince Group</strong> as a transnational criminal organization and sanctioned 146 people and companies linked to it, and the Justice Department charged Prince Group chairman Chen Zhi.</p>
    <p>Earlier in the year, on May 29, OFAC sanctioned Philippines-based <strong>Funnull Technology Inc.</strong> and its administrator Liu Lizhi, saying the company bought IP addresses in bulk from cloud providers and provided infrastructure for hundreds of thousands of scam websites tied to more than $200 million in reported US losses.</p>
    <h2>What it does not do</h2>
    <p>The Section 311 rule is not an OFAC sanction. It does not freeze Huione's assets or put it on the SDN List; it cuts off its access to US correspondent banking. Huione-branded businesses have said they comply with Cambodian law.</p>""")

PAGES["f-prince-group-sanctions-oct-2025.html"] = dict(
    kind="news", title="US and UK sanction Cambodia's Prince Group; chairman Chen Zhi charged, $15 billion in bitcoin targeted",
    date="2025-10-15", site="Asia Crime Desk",
    url="https://example.org/asia-crime-desk/2025/10/15/prince-group-sanctions",
    kicker="Press summary", byline="Asia Crime Desk press summary", comments=False,
    related=["Inside Southeast Asia's scam compounds", "How bitcoin forfeiture works", "Huione Group cut off from US banks"],
    trending=TRENDING_B,
    body="""    <p class="dateline"><strong>WASHINGTON and LONDON, October 15, 2025</strong></p>
    <p>The United States and the United Kingdom on Tuesday, October 14, 2025, took joint action against the <strong>Prince Group</strong>, a Cambodia-based conglomerate that US authorities say secretly grew into one of Asia's largest transnational criminal organizations, running forced-labour scam compounds that defrauded victims around the world.</p>
    <h2>Sanctions</h2>
    <p>The Treasury's Office of Foreign Assets Control (OFAC) designated the Prince Group as a <strong>transnational criminal organization</strong> and sanctioned <strong>146</strong> individuals and entities linked to it, including its chairman <strong>Chen Zhi</strong>. Those designated include the Jin Bei Group, a leisure and entertainment business, and Golden Fortune Resorts World Ltd., which OFAC described as a scam compound disguised as a technology park. Chen's Singapore-based family office, DW Capital, is also on the list. The UK's Foreign, Commonwealth and Development Office sanctioned Chen and several affiliates at the same time.</p>
    <p>All property of the designated persons in the US is blocked, and Americans are barred from dealing with them.</p>
    <h2>Criminal charges and a record forfeiture</h2>
    <p>The Justice Department unsealed an indictment in Brooklyn charging Chen, a UK and Cambodian national, with wire fraud conspiracy and money laundering conspiracy. It also filed to forfeit <strong>127,271 bitcoin</strong>, worth about $15 billion, which it says are proceeds of the scheme and are now in US custody. It is the largest forfeiture action in the department's history.</p>
    <p>"Today's action represents one of the most significant strikes ever against the global scourge of human trafficking and cyber-enabled financial fraud," said Attorney General Pamela Bondi.</p>
    <p>Prosecutors say the group trafficked hundreds of workers into guarded compounds in Cambodia, where they were forced under threat of violence to run "pig butchering" investment scams, and that Chen once boasted the operation was making $30 million a day.</p>
    <h2>Huione</h2>
    <p>The same day, the Financial Crimes Enforcement Network issued a final rule cutting off Cambodia's Huione Group from the US financial system.</p>
    <h2>The scale</h2>
    <p>OFAC said online investment scams of this kind caused more than $16.6 billion in US losses, including at least $10 billion in 2024 alone.</p>
    <h2>Where is Chen Zhi?</h2>
    <p>Chen, who has held advisory roles to Cambodia's leaders and the honorific title Neak Oknha, remains at large. His whereabouts were not disclosed.</p>""")

PAGES["f-fincen-extends-mexican-bank-deadline-aug-2025.html"] = dict(
    kind="news", title="FinCEN again delays cut-off of CIBanco, Intercam and Vector, now to October 20",
    date="2025-08-20", site="Banking Compliance Brief",
    url="https://example.org/banking-compliance-brief/2025/08/20/fincen-mexico-orders-extended",
    kicker="Compliance", byline="By Laura Benítez",
    related=["The FEND Off Fentanyl Act in five minutes", "How to search ACH files for a blocked bank", "Section 311 vs. Section 2313a"],
    trending=TRENDING_C,
    body="""    <p>The Financial Crimes Enforcement Network (FinCEN) on Tuesday, August 19, 2025, extended for a second time the effective date of its orders against three Mexican financial institutions. US banks and other covered institutions now have until <strong>October 20, 2025</strong>, to implement the prohibition on transmittals of funds involving <strong>CIBanco</strong>, <strong>Intercam</strong> and <strong>Vector Casa de Bolsa</strong>.</p>
    <h2>How the deadline moved</h2>
    <ul>
      <li><strong>June 25:</strong> FinCEN issues the orders, the first under the FEND Off Fentanyl Act, finding the three institutions to be of primary money laundering concern in connection with illicit opioid trafficking.</li>
      <li><strong>June 30:</strong> the orders are published in the Federal Register, setting an effective date of July 21.</li>
      <li><strong>July 9:</strong> FinCEN grants an extra 45 days, to September 4.</li>
      <li><strong>August 19:</strong> FinCEN extends again, to October 20.</li>
    </ul>
    <h2>Why</h2>
    <p>FinCEN said the extension reflects continued steps by the Government of Mexico to address the concerns raised in the orders, including maintaining temporary management of the affected institutions to promote regulatory compliance and the prevention of illicit finance. Mexico's banking regulator had taken over management of CIBanco and Intercam shortly after the orders were announced.</p>
    <p>"Treasury and the Government of Mexico continue to make progress in joint efforts to safeguard our financial institutions and economies from terrorist cartels and their money laundering activities," said FinCEN Deputy Director Jimmy Kirby.</p>
    <h2>What has not changed</h2>
    <p>The findings stand. The orders have not been withdrawn, and once they take effect covered institutions may not send funds to, or receive funds from, the three institutions or accounts they administer. FinCEN said it will carefully consider all facts and circumstances in implementing the orders.</p>
    <h2>In court</h2>
    <p>CIBanco has filed a complaint in the US District Court for the District of Columbia challenging the order against it.</p>
    <h2>What banks should do</h2>
    <p>Compliance officers said they would keep their screening for the three names switched on and use the extra weeks to finish reviewing correspondent and ACH flows, rather than assume further extensions.</p>""")

PAGES["f-arrow-units-removed-entity-list-oct-2025.html"] = dict(
    kind="news", title="US reverses Entity List curbs on Arrow Electronics' China affiliates",
    date="2025-10-19", site="Trade Compliance Wire",
    url="https://example.org/trade-compliance-wire/2025/10/19/arrow-entity-list-reversed",
    kicker="Export controls", byline="By Karim Haddad",
    related=["How to request removal from the Entity List", "What a license requirement means for distributors", "Drone parts and the Middle East"],
    trending=TRENDING_A,
    body="""    <p>Arrow Electronics said on Saturday, October 18, 2025, that the US government is reversing the trade restrictions it placed ten days earlier on the company's China-based affiliates, which had been added to the Commerce Department's Entity List over US components found in drones used by Iran-backed groups.</p>
    <h2>What Arrow says</h2>
    <p>"We have received official communication from the U.S. Commerce Department," Arrow spokesman John Hourigan said in an email. "Arrow is authorized to resume shipping to and from these entities under the same conditions that applied prior to October 8."</p>
    <p>According to Arrow, the Commerce Department told the company that it would soon publish the reversal in the Federal Register, and sent a letter on Friday, October 17, lifting the restrictions in the meantime.</p>
    <p>A spokesperson for the Commerce Department's Bureau of Industry and Security said: "BIS is committed to ensuring that export restrictions are appropriately targeted to protect national security."</p>
    <h2>What was listed</h2>
    <p>On October 8, BIS had added <strong>Arrow (China) Electronics Trading Co.</strong> and a Hong Kong entity with six aliases to the Entity List, as part of 26 entities accused of supplying US parts to Iran's drone programme. BIS said US components traced to sales tied to the Arrow-related entities had been found since 2017 in drones and drone debris of Iran-backed groups such as the Houthis.</p>
    <h2>A copycat name</h2>
    <p>Hourigan said that <strong>Arrow Electronics (Hong Kong) Co. Ltd.</strong>, which the October 8 notice described as a subsidiary, is not actually affiliated with Arrow Electronics and appears to be a copycat using a similar name. However, the six aliases attached to that Hong Kong entry are Arrow affiliates, and they are among those being removed.</p>
    <h2>What it means</h2>
    <p>For customers and suppliers, the practical answer is that Arrow's China affiliates can again receive US-origin items as they could before October 8. The rest of the October 8 rule, covering the other entities in China, Hong Kong, Turkey and the United Arab Emirates, is unchanged.</p>
    <p>Colorado-based Arrow had global 2024 sales of $28 billion.</p>
    <p>Trade lawyers said removals this fast are rare; delisting requests usually take months. "It shows BIS will move quickly when it gets a name or an ownership link wrong," one said.</p>""")

PAGES["f-byd-transit-bus-ban-faq.html"] = dict(
    kind="news", title="FAQ: Can my transit agency still buy BYD buses or CRRC rail cars?",
    date="2022-01-18", site="Transit Procurement Guide",
    url="https://example.org/transit-procurement-guide/2022/01/18/byd-crrc-ban-faq",
    kicker="FAQ", byline="Transit Procurement Guide editors",
    related=["Buy America waivers explained", "Zero-emission bus grants: a checklist", "How to write a rolling stock RFP"],
    trending=TRENDING_B,
    body="""    <p>Section 7613 of the National Defense Authorization Act for Fiscal Year 2020 restricts how US transit agencies can buy buses and rail cars from Chinese manufacturers. Its grace period ended last month, so we answer the questions agencies ask us most.</p>
    <h2>What does the law say?</h2>
    <p>Section 7613, signed into law on December 20, 2019 (Pub. L. No. 116-92), added a new subsection, 49 U.S.C. 5323(u), to federal transit law. It bars the use of Federal Transit Administration (FTA) funds to award a contract or subcontract for <strong>rolling stock</strong>, meaning buses and rail cars, from a manufacturer that is owned or controlled by, is a subsidiary of, or is otherwise related legally or financially to a corporation based in a country covered by the law. In practice the covered country is <strong>China</strong>.</p>
    <h2>When did it start?</h2>
    <p>The law gave most agencies a <strong>two-year</strong> delay, so the ban applies to contracts awarded from <strong>December 20, 2021</strong>. The Washington Metropolitan Area Transit Authority (WMATA) had no grace period: the restriction applied to it immediately.</p>
    <h2>Which companies are affected?</h2>
    <p>The law does not name companies. The two best known are <strong>CRRC</strong>, the Chinese state-owned rail car maker that has won subway and commuter rail orders in Boston, Chicago, Los Angeles and Philadelphia since entering the US market in 2014, and <strong>BYD</strong>, the electric bus maker with a factory in Lancaster, California. BYD is not state-owned, but because it is a Chinese-based corporation, buses from it and its US subsidiary fall under the restriction.</p>
    <h2>Can we still buy BYD buses with our own money?</h2>
    <p>The law also discourages local-funded purchases: an agency that buys covered rolling stock with non-federal funds can be penalised in its federal funding. Talk to your FTA regional office before signing anything.</p>
    <h2>What about buses we already own?</h2>
    <p>Vehicles delivered under earlier contracts can stay in service, and the law does not require agencies to retire them. Contracts awarded before the cut-off date are not affected.</p>
    <h2>Is this a ban on BYD selling in the US?</h2>
    <p>No. It is a condition on federal transit money. It does not put BYD or CRRC on any sanctions or export control list, and private fleets, universities and airports that do not use FTA funds are not covered.</p>
    <h2>Why did Congress pass it?</h2>
    <p>Supporters, including the Rail Security Alliance and the Alliance for American Manufacturing, argued that Chinese state-subsidized companies were underbidding US and allied manufacturers; in Boston, CRRC's subway car bid was 22% below the next lowest. The House approved the final NDAA by 377 to 48.</p>
    <p><em>This FAQ is general information, not legal advice. FTA publishes its own guidance on Section 7613.</em></p>""")

PAGES["f-texas-lone-star-infrastructure-act-blog.html"] = dict(
    kind="blog", title="Texas just shut China out of its power grid. Here's what the new law does (and doesn't) do",
    date="2021-07-02", site="Lone Star Grid Notes",
    url="https://example.org/lone-star-grid-notes/2021/07/02/lone-star-infrastructure-protection-act",
    author="Jim Whitaker", categories=["Grid", "Legislature"], tags=["SB 2116", "Laughlin AFB", "Val Verde County", "GH America"],
    prev_post="ERCOT after the February freeze: four months on", next_post="Why your summer electric bill is higher",
    also_like=["Wind, birds and the Devils River: a field trip", "What the February blackout taught us about gas", "Solar on the ranch: a practical guide"],
    widgets=["ERCOT after the February freeze: four months on", "Why your summer electric bill is higher", "Transmission lines 101"],
    body="""    <p>Last month Governor Greg Abbott signed <strong>Senate Bill 2116</strong>, the <strong>Lone Star Infrastructure Protection Act</strong>. It passed both chambers without a single no vote and took effect immediately. Here is what it does, and, because I keep getting asked, what it does not do.</p>
    <h2>What it does</h2>
    <p>The law bars Texas businesses and government entities from entering into agreements that give access to <strong>critical infrastructure</strong> (the electric grid, communications networks, water and wastewater systems, chemical plants and similar facilities) to companies owned by, controlled by or headquartered in <strong>China, Russia, North Korea or Iran</strong>, or owned or controlled by citizens or governments of those countries. In plain terms: a company in that position cannot plug a power plant into the ERCOT grid or get remote access to the systems that run it.</p>
    <h2>Why it passed</h2>
    <p>The bill was written with one project in mind. GH America Energy, the Houston-based subsidiary of China's Guanghui group, bought roughly 140,000 acres in Val Verde County for the <strong>Blue Hills Wind</strong> project, near <strong>Laughlin Air Force Base</strong> in Del Rio, where the Air Force trains many of its pilots. Guanghui is controlled by Sun Guangxin, a billionaire from Xinjiang and a former officer in China's army. Local officials, Senator Ted Cruz and the Devils River Conservancy all warned that turbines and grid access so close to the base were a security risk. With this law, the wind farm cannot connect to the grid.</p>
    <h2>What it does not do</h2>
    <ul>
      <li>It does <strong>not</strong> ban anyone from buying land. Sun's company still owns its acreage, and nothing in SB 2116 forces a sale or stops future purchases.</li>
      <li>It does <strong>not</strong> ban Chinese-made products. Solar panels, inverters or cameras made in China are not touched by it.</li>
      <li>It does not cover companies from other countries, only the four named.</li>
    </ul>
    <h2>What to watch</h2>
    <p>Expect more bills on land ownership when the Legislature meets again in 2023. For now, the grid is closed to these companies, but the land market is not.</p>""",
    comments_html="""<h2 class="comments-title">3 thoughts on &ldquo;Texas just shut China out of its power grid&rdquo;</h2>
<ol class="comment-list">
  <li class="comment" id="comment-201"><article class="comment-body"><footer class="comment-meta"><b class="fn">RanchWife_DelRio</b> <time datetime="2021-07-02T18:14:00">July 2, 2021 at 6:14 pm</time></footer><div class="comment-content"><p>So can Sun still own all that ranch land out by us? That's what everybody at church wants to know.</p></div>
    <ol class="children"><li class="comment" id="comment-202"><article class="comment-body"><footer class="comment-meta"><b class="fn">Jim Whitaker</b> <span class="says">(author)</span> <time datetime="2021-07-02T19:02:00">July 2, 2021 at 7:02 pm</time></footer><div class="comment-content"><p>Yes. The law is about grid and infrastructure access, not ownership. The land stays his unless he decides to sell.</p></div></article></li></ol>
  </article></li>
  <li class="comment" id="comment-203"><article class="comment-body"><footer class="comment-meta"><b class="fn">solar_sam_atx</b> <time datetime="2021-07-03T09:40:00">July 3, 2021 at 9:40 am</time></footer><div class="comment-content"><p>Does this mean I can't put Chinese solar panels on my roof anymore? My installer quoted me Trina panels.</p></div>
    <ol class="children"><li class="comment" id="comment-204"><article class="comment-body"><footer class="comment-meta"><b class="fn">Jim Whitaker</b> <span class="says">(author)</span> <time datetime="2021-07-03T10:05:00">July 3, 2021 at 10:05 am</time></footer><div class="comment-content"><p>No, nothing in SB 2116 bans products. It's about who gets access to critical infrastructure, not what hardware you buy.</p></div></article></li></ol>
  </article></li>
  <li class="comment" id="comment-205"><article class="comment-body"><footer class="comment-meta"><b class="fn">Del Rio Dave</b> <time datetime="2021-07-04T15:21:00">July 4, 2021 at 3:21 pm</time></footer><div class="comment-content"><p>Good. Laughlin is the biggest employer in this town and nobody here wanted those turbines in the training airspace.</p></div></article></li>
</ol>""")

FORUM_POSTS = [
    ("netsec_dana", "Member", "2025-01-18T08:12:00",
     """<p>Third one in about five weeks. Treasury on Friday (Jan 17) sanctioned <strong>Sichuan Juxinhe Network Technology</strong> and a Shanghai-based hacker, <strong>Yin Kecheng</strong>. Treasury says Juxinhe had "direct involvement" in the <strong>Salt Typhoon</strong> intrusions into US telecom companies and ISPs, and that Yin was involved in the recent break-in at Treasury itself.</p>
<p>So the tally since December: Sichuan Silence (Dec 10), Integrity Tech / Flax Typhoon (Jan 3), Sichuan Juxinhe (Jan 17). Our procurement team is asking me whether any of this touches our vendor list.</p>"""),
    ("ComplianceCarl", "Moderator", "2025-01-18T09:47:00",
     """<p>Quick version for your procurement folks: all three were designated by OFAC under the cyber sanctions order, EO 13694. They are on the <strong>SDN List</strong>, which means US persons can't pay them, buy from them, or provide them services, and anything 50% or more owned by them is blocked too. This is not the Commerce Entity List, which only restricts exports to a company.</p>
<p>Deputy Treasury Secretary Wally Adeyemo's line was that Treasury "will continue to use its authorities to hold accountable malicious cyber actors who target the American people, our companies, and the United States government, including those who have targeted the Treasury Department specifically."</p>"""),
    ("tradeops_mike", "Member", "2025-01-18T11:03:00",
     """<p>What was Salt Typhoon again? I know it was the telecom one.</p>"""),
    ("netsec_dana", "Member", "2025-01-18T11:30:00",
     """<p>@tradeops_mike yes, it's the group that got into at least nine US telecom and internet providers, Verizon and AT&amp;T among them, and reportedly went after call records and communications of senior officials. Treasury says China's Ministry of State Security keeps close ties with a number of "computer network exploitation" companies like Juxinhe.</p>"""),
    ("j_whitfield", "Member", "2025-01-19T14:22:00",
     """<p>We had a quote from a Chinese pen-testing shop last year that I now can't find the name of. Is there a list of "all Chinese cyber companies" we should avoid?</p>"""),
    ("ComplianceCarl", "Moderator", "2025-01-19T15:10:00",
     """<p>@j_whitfield there's no such blanket list. Screen each vendor by its exact legal name and its owners against the SDN List (and the Entity List if you export to them). Being a Chinese security company is not itself sanctionable. Sanctions attach to named companies and people.</p>
<p>Also note: Sichuan Silence and Juxinhe are both Sichuan companies but unrelated as far as the Treasury releases go. Don't assume a shared owner from a shared province.</p>"""),
    ("tradeops_mike", "Member", "2025-01-21T08:55:00",
     """<p>Update for the thread: our vendor check came back clean, none of the three on our books. Thanks all. Marking solved.</p>"""),
]

PAGES["f-china-cyber-firms-sanctions-forum-thread.html"] = dict(
    kind="forum", title="Treasury keeps sanctioning Chinese 'cybersecurity' firms: does this hit our vendor list?",
    date="2025-01-18", site="ExportPros Community",
    url="https://example.org/exportpros/forum/threads/chinese-cyber-firms-sanctions.5521",
    board="Sanctions & Screening", posts=FORUM_POSTS,
    related=["Screening vendors with common names", "OFAC 50% rule: worked examples", "Do I need to screen freelancers?"])


def main():
    for name, spec in PAGES.items():
        spec = dict(spec)
        kind = spec.pop("kind")
        if kind == "news":
            text = news_page(**spec)
        elif kind == "blog":
            text = blog_page(**spec)
        else:
            text = forum_page(**spec)
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", name)


if __name__ == "__main__":
    main()
