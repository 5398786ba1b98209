"""Writes the ten HTML pages of validation-e into ../corpus."""
import os
from htmlgen import article_page, head, footer, sidebar, SHARE, NEWSLETTER, COMMENT_FORM, esc

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
PAGES = {}

def p(*paras):
    return "\n".join(f"    <p>{x}</p>" if not x.startswith("<") else "    " + x for x in paras)

# 1. AMEC / IDG removal (news)
PAGES["e-amec-idg-removed-pentagon-list-dec-2024.html"] = article_page(
    "Pentagon removes AMEC and IDG Capital from Chinese military companies list",
    "2024-12-18", "https://example.org/asia-markets-daily/2024/12/18/pentagon-removes-amec-idg-capital",
    "Asia Markets Daily", "Markets", "By Asia Markets Daily staff",
    p("The US Defense Department has removed Chinese chip equipment maker Advanced Micro-Fabrication Equipment Inc. China (AMEC) and private equity firm IDG Capital from its list of companies it says work with China's military, less than a year after adding them.",
      "A notice made public on Tuesday, December 17, 2024, and published in the Federal Register on Wednesday, December 18, said the Deputy Secretary of Defense had determined on December 13 that the two entities should be removed from the list of \"Chinese military companies\" kept under Section 1260H of the National Defense Authorization Act for Fiscal Year 2021. The notice did not give a specific reason.",
      "<h2>Shares rise</h2>",
      "AMEC's shares jumped 4.35% in Shanghai after the news. Both companies had been added to the list on January 31, 2024, in the same update that named memory chip maker YMTC and lidar maker Hesai.",
      "AMEC had gone to court. In August the company filed a federal lawsuit in Washington against the Defense Department, saying the listing had no factual basis and seeking a court order to remove it. The company has always said that it has never been involved in military activities and strictly complies with all laws and regulations. The lawsuit is still formally pending; the two sides are expected to discuss how to end it now that the designation has been withdrawn.",
      "IDG Capital, one of China's largest venture capital and private equity firms, did not sue. It had previously said it has no association with the Chinese military and did not belong on the list.",
      "<h2>What the list means</h2>",
      "Being on the Section 1260H list does not involve immediate bans, but it can damage a company's reputation and serves as a warning to US businesses about the risks of dealing with it. A law passed in 2023 will also bar the Pentagon from contracting with listed companies in coming years.",
      "The list still includes entities targeted by US trade restrictions in recent years, such as Huawei Technologies and state-owned aerospace and defense group Aviation Industry Corporation of China (AVIC). The department is required to publish an updated version of the list every year.",
      "China's foreign ministry has repeatedly criticised the list. Spokesperson Lin Jian said this month that Beijing opposes US measures that it says harm global trade."),
    ["Copper prices slip as warehouse stocks rise", "Three ways to rebalance a portfolio before year end", "Hong Kong IPO pipeline swells for 2025"],
    ["Why airline fares spike in December", "The best budget earbuds we tested this year"])

# 2. Sinbad (news)
PAGES["e-sinbad-mixer-sanctioned-nov-2023.html"] = article_page(
    "Treasury sanctions Sinbad, a crypto mixer it says launders for North Korea's Lazarus Group",
    "2023-11-30", "https://example.org/ledger-lines/2023/11/30/treasury-sanctions-sinbad-mixer",
    "Ledger Lines", "Crypto & Policy", "By Ledger Lines newsroom",
    p("The US Treasury Department's Office of Foreign Assets Control (OFAC) on Wednesday, November 29, 2023, sanctioned Sinbad.io, a virtual currency mixer that it called a key money-laundering tool of the Lazarus Group, the state-sponsored hacking group of the Democratic People's Republic of Korea (DPRK).",
      "<h2>What Treasury says</h2>",
      "According to the Treasury, Sinbad has processed millions of dollars' worth of virtual currency from Lazarus Group heists, including the June 2022 hack of Harmony's Horizon Bridge, the March 2022 theft from Axie Infinity's Ronin Bridge and the June 2023 hack of Atomic Wallet. Cybercriminals also used the mixer to hide transactions linked to sanctions evasion, drug trafficking, the purchase of child sexual abuse materials and other sales on darknet marketplaces.",
      "\"Mixing services that enable criminal actors, such as the Lazarus Group, to launder stolen assets will face serious consequences,\" Deputy Secretary of the Treasury Wally Adeyemo said. \"The Treasury Department and its U.S. government partners stand ready to deploy all tools at their disposal to prevent virtual currency mixers, like Sinbad, from facilitating illicit activities.\"",
      "<h2>Website seized</h2>",
      "In a coordinated operation, the FBI, the Dutch Fiscal Information and Investigation Service (FIOD) and Finland's National Bureau of Investigation seized Sinbad's website. Visitors now see a seizure banner.",
      "<h2>The third mixer on the list</h2>",
      "Sinbad is the third crypto mixer that OFAC has put on its Specially Designated Nationals (SDN) list. It sanctioned Blender.io on May 6, 2022, and Tornado Cash on August 8, 2022. Blockchain analytics firm Elliptic said in February that it was \"highly likely\" that Sinbad and Blender were the same operation, rebranded to evade sanctions.",
      "Roman Semenov, a co-founder of Tornado Cash, was added to the SDN list in August and remains at large. Another co-founder, Roman Storm, has pleaded not guilty to charges including money laundering and sanctions violations.",
      "All property of Sinbad in the United States or in the possession of US persons is blocked, and Americans are generally prohibited from transacting with it. Treasury said the ultimate goal of sanctions is not to punish but to bring about a positive change in behavior."),
    ["Bitcoin ETF decision: what the SEC must weigh", "Stablecoin bills stall in the Senate", "How a hardware wallet works"],
    ["Top phones for battery life in 2023", "Is it time to refinance?"], section="Crypto")

# 3. Tornado Cash delisting (press-release style)
PAGES["e-tornado-cash-delisted-mar-2025.html"] = article_page(
    "Tornado Cash removed from US sanctions list; developer Roman Semenov stays designated",
    "2025-03-21", "https://example.org/sanctions-desk/2025/03/21/tornado-cash-delisted",
    "Sanctions Desk", "Press summary", "Sanctions Desk press summary",
    p("<p class=\"dateline\"><strong>WASHINGTON, March 21, 2025</strong></p>",
      "The US Department of the Treasury's Office of Foreign Assets Control (OFAC) today removed the virtual currency mixer Tornado Cash from the List of Specially Designated Nationals and Blocked Persons (SDN List). The removal covers the Tornado Cash entry and the Ethereum addresses, including smart contract addresses, that had been listed with it.",
      "<h2>Treasury's statement</h2>",
      "In its announcement the Treasury said: \"Based on the Administration's review of the novel legal and policy issues raised by use of financial sanctions against financial and commercial activity occurring within evolving technology and legal environments, we have exercised our discretion to remove the economic sanctions against Tornado Cash.\"",
      "The department added that it remains deeply concerned about the exploitation of the digital assets industry by state and non-state malicious cyber actors, including North Korea, and that it will keep using its authorities against them.",
      "<h2>Background</h2>",
      "<ul><li>OFAC first designated Tornado Cash on <strong>August 8, 2022</strong>, saying it had been used to launder more than $7 billion worth of virtual currency since 2019, including over $455 million stolen by North Korea's Lazarus Group. It re-designated the mixer in November 2022, adding North Korea-related authorities.</li><li>On <strong>November 26, 2024</strong>, the US Court of Appeals for the Fifth Circuit ruled in <em>Van Loon v. Department of the Treasury</em> that Tornado Cash's immutable smart contracts are not \"property\" that can be blocked under the International Emergency Economic Powers Act, and that OFAC had exceeded its authority.</li><li>A related challenge, <em>Coin Center v. Secretary of the Treasury</em>, was pending before the Eleventh Circuit.</li></ul>",
      "<h2>What is not changing</h2>",
      "Tornado Cash developer <strong>Roman Semenov</strong>, a Russian national designated in August 2023, remains on the SDN List. US persons are still prohibited from dealing with him. The removal also does not affect the criminal case against co-founder Roman Storm, which is brought by the Justice Department and not by OFAC.",
      "On the same day, government lawyers told the district court in Texas, which is handling the <em>Van Loon</em> case after the appeals ruling, that the removal meant the plaintiffs' requests were moot.",
      "<h2>Reaction</h2>",
      "Coinbase, which funded the Van Loon lawsuit, welcomed the decision. The price of Tornado Cash's TORN governance token rose sharply on the news."),
    ["OFAC publishes new FAQ on digital asset screening", "Export controls: the month in review", "EU adopts 16th sanctions package"],
    ["Tax season: five common filing mistakes", "Which savings accounts pay the most now"], section="Sanctions", comments=False)

# 4. WuXi Biologics Singapore (distractor)
PAGES["e-wuxi-biologics-singapore-investment-jul-2022.html"] = article_page(
    "WuXi Biologics to invest $1.4 billion in new Singapore research and manufacturing centre",
    "2022-07-19", "https://example.org/biopharma-asia/2022/07/19/wuxi-biologics-singapore-1-4-billion",
    "BioPharma Asia", "Manufacturing", "By BioPharma Asia reporters",
    p("Hong Kong-listed contract drug developer WuXi Biologics said on Tuesday, July 19, 2022, that it will invest US$1.4 billion (S$2 billion) over ten years to expand research, development and large-scale manufacturing in Singapore.",
      "The plan will see the company build a new site that adds 120,000 litres of biomanufacturing capacity to its global network by 2026. When complete, the centre is expected to employ 1,500 research, development and manufacturing staff. The investment is supported by the Singapore Economic Development Board (EDB).",
      "<h2>Part of a dual-sourcing strategy</h2>",
      "WuXi Biologics, founded in 2010, helps pharmaceutical and biotech companies discover, develop and manufacture biologic drugs. It employs more than 10,000 people in China, the United States, Ireland, Germany and Singapore. The company said the Singapore centre will become a critical part of its global supply network and reinforce its \"Global Dual Sourcing\" strategy, under which customer projects can be made at more than one facility to reduce risk.",
      "\"Singapore has established itself as one of the most advanced pharmaceutical hubs in the world,\" chief executive Chris Chen said. He said the centre would enhance the growth of Singapore's biotech ecosystem and give the global biologics industry a more robust supply chain.",
      "EDB chairman Beh Swan Gin said the investment would establish Singapore as a significant node in the company's network. \"It is a testament to Singapore's position as a global biopharmaceutical hub,\" he said.",
      "<h2>Sister company also expanding</h2>",
      "In a separate statement the same day, WuXi AppTec, which is headquartered in Shanghai, said it intends to invest up to S$2 billion in a research and manufacturing site in Singapore in stages over the next ten years. Together the two commitments amount to as much as S$4 billion.",
      "Singapore's biomedical manufacturing sector accounted for about a fifth of the country's manufacturing value added in 2019. Analysts said the island's tax incentives, intellectual property protection and skilled workforce continue to attract drug makers looking to add capacity in Asia."),
    ["Vaccine makers race to update shots", "Five biotech IPOs to watch", "Hospitals turn to robots for pharmacy work"],
    ["The cheapest cities in Asia for expats", "How to pick a standing desk"], section="Health")

# 5. MEU list FAQ
PAGES["e-military-end-user-list-faq-dec-2020.html"] = article_page(
    "FAQ: Commerce's new Military End-User List, explained",
    "2020-12-23", "https://example.org/trade-compliance-notes/2020/12/23/military-end-user-list-faq",
    "Trade Compliance Notes", "FAQ", "By the Trade Compliance Notes team",
    p("The Commerce Department has published its first Military End-User (MEU) List. Here are answers to the questions exporters have been asking us this week.",
      "<h2>What happened?</h2>",
      "On Monday, December 21, 2020, the Commerce Department's Bureau of Industry and Security (BIS) announced a new Military End-User List and a first tranche of 103 entities: 58 in China and 45 in Russia. The final rule was published in the Federal Register on December 23, 2020.",
      "<h2>Who is on it?</h2>",
      "In China, the list includes seven subsidiaries of Aviation Industry Corporation of China (AVIC), several units of the Aero Engine Corporation of China (AECC) and the China Academy of Space Power Technology. On the Russian side, it names the Defense Ministry, the Foreign Intelligence Service (SVR), Rostec, Sukhoi, Tupolev, Irkut, United Aircraft Corporation, Russian Helicopters, Admiralty Shipyard and rocket maker Progress, among others.",
      "<h2>What does it restrict?</h2>",
      "A license is required to export, reexport or transfer (in-country) certain items listed in a supplement to the Export Administration Regulations to an entity on the list. The control applies to military end users in China, Russia and Venezuela. License applications are likely to be denied. The list is narrower than the Entity List: it covers only the specified items, not everything subject to the regulations.",
      "<h2>Is the military end-user rule new?</h2>",
      "No. The rule itself was expanded in April 2020 to cover not just armed forces and police but any person or entity that supports or contributes to the development, production or maintenance of military items. What is new is a public list of names to help exporters screen their customers.",
      "<h2>If my customer is not on the list, am I in the clear?</h2>",
      "Not necessarily. BIS says that the list is not exhaustive: a party that is not listed can still be a military end user, and exporters must keep doing their own due diligence.",
      "<h2>Who decides changes?</h2>",
      "Additions and removals are made by the End-User Review Committee, an interagency group of the Commerce, Defense, State and Energy departments, with Treasury as needed.",
      "<h2>What did officials say?</h2>",
      "\"This action establishes a new process to designate military end-users on the MEU List to assist exporters in screening their customers for military end-users,\" Commerce Secretary Wilbur Ross said. Russia's space chief Dmitry Rogozin called the list \"dumb\" and \"illegal\".",
      "<em>This FAQ is general information, not legal advice.</em>"),
    ["Entity List: December additions at a glance", "How to build a screening workflow", "Incoterms 2020 cheat sheet"],
    ["Holiday shipping cut-off dates", "Ocean freight rates hit a record"], section="Compliance")

# 6. Moore Threads IPO (distractor)
PAGES["e-moore-threads-shanghai-debut-dec-2025.html"] = article_page(
    "Moore Threads soars more than 400% in Shanghai trading debut",
    "2025-12-05", "https://example.org/asia-markets-daily/2025/12/05/moore-threads-star-market-debut",
    "Asia Markets Daily", "Markets", "By Asia Markets Daily staff",
    p("Shares of Moore Threads Technology, the Beijing-based designer of graphics processing units often called \"China's Nvidia\", more than quintupled on their first day of trading in Shanghai on Friday, December 5, 2025.",
      "The stock opened at 650 yuan on the Nasdaq-style STAR Market, a 468% jump from the initial public offering price of 114.28 yuan, and closed up about 425% at 600.50 yuan. That gave the company a market value of roughly 282.3 billion yuan at the close, about half that of rival chip designer Cambricon.",
      "<h2>Second-largest mainland IPO of the year</h2>",
      "Moore Threads raised 8 billion yuan ($1.13 billion), the second-largest IPO on the mainland this year after Huadian New Energy Group's $2.7 billion listing in July. The retail portion of the offering was oversubscribed about 2,750 times.",
      "The company says the proceeds will fund next-generation AI and graphics chip projects and supplement working capital. It is not yet profitable: it reported a net loss of 724 million yuan in the first three quarters of 2025.",
      "Moore Threads had a fast path to market, winning approval from the China Securities Regulatory Commission in October, about four months after it applied. Earlier this year regulators eased listing rules for unprofitable companies on the STAR board. DeepSeek founder Liang Wenfeng was listed as a top institutional investor, having put 7 million yuan into the company before the IPO, according to mainland media.",
      "<h2>Froth warning</h2>",
      "\"A surge of this scale can be somewhat expected from the strong demand,\" said Shao Qifeng, chief investment officer at Ying An Asset Management. \"However, from experience, such memorable IPOs don't always bode well for their respective sectors.\"",
      "Founded in October 2020 by Zhang Jianzhong, who spent 15 years at Nvidia, Moore Threads is among the domestic chipmakers vying to fill the gap in China's AI accelerator market. The benchmark CSI300 index slipped 0.1% on the day."),
    ["Cambricon: the AI chip stock that doubled", "What the STAR Market rules change means", "Yuan firms against dollar"],
    ["Ski season opens early in Hokkaido", "Best noise-cancelling headphones"], section="Markets")

# 7. FCC foreign drones (news)
PAGES["e-fcc-covered-list-foreign-drones-dec-2025.html"] = article_page(
    "FCC adds foreign-made drones, including DJI and Autel, to its Covered List",
    "2025-12-23", "https://example.org/tech-policy-wire/2025/12/23/fcc-covered-list-foreign-drones",
    "Tech Policy Wire", "Telecom", "By Tech Policy Wire staff",
    p("The Federal Communications Commission on Monday, December 22, 2025, added uncrewed aircraft systems (UAS) and UAS critical components produced in foreign countries to its Covered List of communications equipment that poses an unacceptable risk to US national security. The update covers China's DJI and Autel Robotics as well as all other foreign drone makers.",
      "<h2>Why now</h2>",
      "The FCC acted on a National Security Determination received on December 21 from an executive branch interagency body, as required by Section 1709 of the National Defense Authorization Act for Fiscal Year 2025. Under the Secure and Trusted Communications Networks Act of 2019, the FCC cannot add equipment to the list on its own; it must rely on such determinations.",
      "The determination warned that foreign-made drones and components could enable persistent surveillance, data exfiltration and destructive operations over US territory, and pointed to risks at upcoming mass events such as the 2026 FIFA World Cup and the 2028 Los Angeles Olympics. Components of concern include flight controllers, navigation systems, data links, batteries and ground control stations.",
      "<h2>What changes for buyers</h2>",
      "Equipment on the Covered List cannot receive new FCC equipment authorizations, which are needed to import or sell new models in the United States. The decision applies to new models only. Drones that were already authorized can still be imported, marketed, sold and used, and people who own them can keep flying them.",
      "A new drone or component can still be cleared if the Department of War or the Department of Homeland Security makes a specific determination that it does not pose such risks.",
      "<h2>Reaction</h2>",
      "FCC Chairman Brendan Carr said the agency would work closely with US drone makers to \"unleash American drone dominance.\" DJI's head of global policy, Adam Welsh, said the company was disappointed and that no information had been provided on how the determination was made, but that DJI remains committed to the US market and existing products will continue to work as usual. China's foreign ministry called the move discriminatory.",
      "Industry group AUVSI welcomed a push to expand domestic production, while some commercial operators warned of higher costs and fewer choices."),
    ["Satellite broadband: who is winning rural America", "Robocall rules tightened again", "Spectrum auction calendar for 2026"],
    ["Gift guide: gadgets under $50", "How to keep your phone warm in winter"], section="Tech")

# 8. Arctic LNG 2 (news)
PAGES["e-arctic-lng-2-sanctioned-nov-2023.html"] = article_page(
    "US sanctions Russia's Arctic LNG 2 project; official says goal is to 'kill' it",
    "2023-11-10", "https://example.org/energy-ledger/2023/11/10/arctic-lng-2-sanctions",
    "Energy Ledger", "Energy", "By Energy Ledger correspondents",
    p("The United States on Thursday, November 2, 2023, imposed sanctions on Limited Liability Company Arctic LNG 2, the operator of Novatek's flagship liquefied natural gas project in the Russian Arctic, as part of a broad package of measures over Russia's war in Ukraine.",
      "Arctic LNG 2 was added to the Specially Designated Nationals (SDN) list under Executive Order 14024. Its assets under US jurisdiction are blocked and US persons are generally prohibited from dealing with it. The Treasury's Office of Foreign Assets Control issued a general license allowing transactions involving the project to be wound down through January 31, 2024.",
      "<h2>The project</h2>",
      "Located on the Gydan Peninsula, Arctic LNG 2 is designed to have three liquefaction trains with total capacity of 19.8 million tonnes a year. The first train had been due to start commercial operations by the end of this year. It is central to Moscow's goal of raising its share of the global LNG market to 20% by 2035, from around 8% now.",
      "Novatek, Russia's largest LNG producer, holds 60%. France's TotalEnergies has a 10% stake, as do three other partners: China's CNPC and CNOOC, and a Japanese consortium of Mitsui and JOGMEC. TotalEnergies said it was assessing the consequences of the designation for its contractual commitments.",
      "<h2>\"Our objective is to kill that project\"</h2>",
      "Testifying before the Senate Foreign Relations Committee this week, Assistant Secretary of State for Energy Resources Geoffrey Pyatt said the sanctions were part of a strategy to systematically reduce Russia's future energy revenue. \"Our objective is to kill that project,\" he said.",
      "A State Department spokesperson said the US was working closely with partner countries ahead of the January wind-down deadline. \"We do not have a strategic interest in reducing the global supply of energy, which would raise energy prices around the world and pad Putin's profits,\" the spokesperson said, adding that the measures target Russia's future production rather than current supply.",
      "The US was the world's largest LNG exporter in the first half of this year, according to the Energy Information Administration."),
    ["Oil tanker rates jump on Red Sea worries", "Europe's gas storage is nearly full", "Coal's comeback in Asia"],
    ["Heat pumps: are they worth it?", "Electric car range in winter"], section="Energy")

for name, html_text in PAGES.items():
    with open(os.path.join(OUT, name), "w") as f:
        f.write(html_text)
print(len(PAGES), "pages")

# ---- special shapes: blog and forum ----
def blog_page():
    title = "Florida grounds Chinese drones: what the new rule means for police and fire departments"
    date = "2023-05-08"
    url = "https://example.org/skywatch-blog/2023/05/08/florida-chinese-drone-ban-explained"
    site = "SkyWatch Drone Blog"
    body = p(
      "Posted in <a href=\"/category/regulation/\">Regulation</a>, <a href=\"/category/public-safety/\">Public Safety</a> by <a href=\"/author/marisol/\">Marisol Vega</a>",
      "If you follow public-safety drone programs, you have probably heard the news out of Tallahassee. Since <strong>April 5, 2023</strong>, Florida's state and local government agencies, including police, fire departments and even mosquito control districts, may no longer fly drones that do not meet a new state rule. In practice, that means drones made by China's DJI are grounded.",
      "<h2>What the rule says</h2>",
      "Florida amended section 934.50 of its statutes to require government agencies to use only drones that meet the requirements of Rule 60GG-2.0075 of the Florida Administrative Code. The law targets drones from \"foreign countries of concern\": China, Russia, Iran, North Korea, Cuba, Venezuela and Syria. China is the one that matters, because DJI dominates the market.",
      "Agencies can now buy only from an approved list of manufacturers: <strong>Skydio, Parrot, Altavian, Teal Drones and Vantage Robotics</strong>. Look familiar? It is the same set of companies as the Pentagon's original Blue UAS list.",
      "<h2>How big is the hit?</h2>",
      "According to Christopher Todd, founder of Airborne Response, more than 92% of Florida public safety agencies have DJI drones in their fleet. State Sen. Tom Wright, a Republican from New Smyrna Beach, estimates that police and local governments have spent at least $200 million on Chinese-made drones.",
      "The Broward County Sheriff's Office pulled more than 60 drones from service, equipment that cost more than $250,000. Miami-Dade Fire Rescue grounded 25 drones worth about $80,000. \"It has impacted us in a way where I believe that we've been pushed back five years now,\" said Capt. Luis Valeriano of the department's drone program.",
      "<h2>The $25 million fix</h2>",
      "Last week lawmakers agreed to put about <strong>$25 million</strong> into a drone replacement program run by the Florida Department of Law Enforcement (FDLE). Law enforcement agencies that hand over non-compliant drones will be reimbursed based on the purchase price and flight hours, and must spend the money on new, compliant drones. The surrendered drones go to the Florida Center for Cybersecurity at the University of South Florida, which will analyse whether they present security risks. Awards are planned for a 12-month period starting July 1, 2023.",
      "\"We want to start over with drones to make sure they're securely safe,\" said Senate appropriations chairman Doug Broxson. Wright called the plan a waste of taxpayer money, arguing that replacement costs could double because US-made drones are more expensive.",
      "<h2>Does this affect hobbyists?</h2>",
      "No. The rule applies to government agencies. Private pilots and businesses in Florida can still buy and fly DJI drones.",
      "<p class=\"tags\">Tags: <a href=\"/tag/dji/\">DJI</a> <a href=\"/tag/florida/\">Florida</a> <a href=\"/tag/public-safety/\">public safety</a> <a href=\"/tag/blue-uas/\">Blue UAS</a></p>")
    comments = """<section class="comments">
  <h3>3 thoughts on &ldquo;Florida grounds Chinese drones&rdquo;</h3>
  <ol class="comment-list">
    <li class="comment"><p class="comment-author">RotorDad_407 <span class="says">says:</span> <time datetime="2023-05-08T14:12">May 8, 2023 at 2:12 pm</time></p><p>So I can still fly my Mini 3 at the beach this weekend? My neighbour says DJI is "banned in Florida" now.</p>
      <ol class="children"><li class="comment"><p class="comment-author">Marisol Vega (author) <span class="says">says:</span> <time datetime="2023-05-08T15:01">May 8, 2023 at 3:01 pm</time></p><p>Yes. The Florida rule only covers government agencies. Normal FAA rules still apply to you, of course.</p></li></ol></li>
    <li class="comment"><p class="comment-author">k_navarro_fire <span class="says">says:</span> <time datetime="2023-05-09T07:44">May 9, 2023 at 7:44 am</time></p><p>Our department had three Mavics doing thermal search. The approved replacement quote was four times the price. The $25M won't stretch far across 67 counties.</p></li>
  </ol>
</section>"""
    nav = """<nav class="post-navigation"><a rel="prev" href="/2023/05/01/remote-id-deadline">&larr; Previous: Remote ID deadline is September 16 &ndash; are you ready?</a> <a rel="next" href="/2023/05/15/best-beginner-drones">Next: Best beginner drones under $500 &rarr;</a></nav>
<section class="related-posts"><h3>You might also like</h3><ul><li><a href="/2023/04/20/night-flying-tips">Night flying: 7 tips for Part 107 pilots</a></li><li><a href="/2023/03/30/prop-guards">Are prop guards worth it?</a></li><li><a href="/2023/03/12/drone-insurance">Drone insurance explained</a></li></ul></section>"""
    out = head(title, date, url, site, "Regulation") + f"""<div class="layout">
<main class="content">
<article class="post type-post">
  <h1 class="entry-title">{esc(title)}</h1>
  <p class="entry-meta">Posted on <time datetime="{date}">May 8, 2023</time></p>
  {SHARE}
  <div class="entry-content">
{body}
  </div>
  {SHARE}
</article>
{nav}
{comments}
{COMMENT_FORM}
</main>
<aside class="sidebar widget-area">
  <section class="widget"><h3>Categories</h3><ul><li><a href="/category/reviews/">Reviews</a></li><li><a href="/category/regulation/">Regulation</a></li><li><a href="/category/how-to/">How-to</a></li></ul></section>
  <section class="widget"><h3>Recent posts</h3><ul><li><a href="/2023/05/01/remote-id-deadline">Remote ID deadline is September 16</a></li><li><a href="/2023/04/20/night-flying-tips">Night flying tips</a></li></ul></section>
  {NEWSLETTER}
</aside>
</div>
""" + footer(site)
    return out

PAGES2 = {"e-florida-drone-ban-blog.html": blog_page()}


def forum_page():
    title = "Customer turned out to be on the Military End-User list? (small valve distributor, need advice)"
    date = "2021-02-03"
    url = "https://example.org/exportforum/threads/meu-list-customer-valve-distributor.48213/"
    site = "ExportForum Community"
    posts = [
      ("TriCountyValve_Dan", "Feb 3, 2021, 9:14 AM", "Member since 2016 &middot; 212 posts",
       "We're Tri-County Valve Supply, a 14-person distributor in Ohio. A long-time customer in Xi'an just sent a PO for stainless ball valves. Our screening software flagged that their parent appears on the new Military End-User List that Commerce published in December. I always thought the Entity List was the only one that mattered. Do we have to cancel the order?"),
      ("ECO_Rachel", "Feb 3, 2021, 9:40 AM", "Export compliance officer &middot; 3,980 posts",
       "Different list, different effect. The MEU List came out on December 21, 2020 (103 entities, 58 Chinese and 45 Russian). Being on it means a license is required only for the items listed in Supplement No. 2 to Part 744 of the EAR. The Entity List, by contrast, usually requires a license for everything subject to the EAR. So step one: classify your valves. If they are EAR99 and not one of the listed ECCNs, the MEU license requirement generally does not apply."),
      ("TriCountyValve_Dan", "Feb 3, 2021, 10:02 AM", "Member since 2016 &middot; 212 posts",
       "They're EAR99 as far as we know, nothing special. So we can ship?"),
      ("ECO_Rachel", "Feb 3, 2021, 10:25 AM", "Export compliance officer &middot; 3,980 posts",
       "Probably, but do not treat the list as a safe harbor in either direction. BIS says the list is not exhaustive, and if you know or have reason to know an item is for a military end use, you still have obligations. Document your classification and your end-use check. Also note the named entity and the actual buyer may not be the same legal entity."),
      ("freightfwd_mike", "Feb 3, 2021, 11:08 AM", "Freight forwarder &middot; 640 posts",
       "FYI the list is already growing. On January 14 Commerce added Skyrizon, the Chinese company that tried to take control of Ukraine's Motor Sich, as the first addition since the list was created."),
      ("ECO_Rachel", "Feb 3, 2021, 11:31 AM", "Export compliance officer &middot; 3,980 posts",
       "Right. And don't mix it up with the Unverified List. If a customer is on the UVL, license exceptions are suspended and you need a signed UVL statement from the party before shipping. Three lists, three different rule sets."),
      ("TriCountyValve_Dan", "Feb 3, 2021, 12:15 PM", "Member since 2016 &middot; 212 posts",
       "This is really helpful, thanks. We'll get the classification in writing from our supplier and talk to our trade lawyer before we ship."),
    ]
    body = "".join(f"""<article class="message" id="post-{i+1}"><header class="message-user"><span class="username">{u}</span><span class="user-title">{meta}</span></header><div class="message-body"><time>{t}</time><p>{txt}</p></div><footer class="message-actions"><a href="#">Like</a> <a href="#">Quote</a> <a href="#">Reply</a> <a href="#">Report</a></footer></article>
""" for i, (u, t, meta, txt) in enumerate(posts))
    out = head(title, date, url, site, "Forums") + f"""<div class="layout">
<main class="content forum">
<nav class="breadcrumb"><a href="/">Forums</a> &rsaquo; <a href="/forums/export-controls/">Export Controls &amp; Sanctions</a></nav>
<h1 class="thread-title">{esc(title)}</h1>
<p class="thread-meta">Thread starter TriCountyValve_Dan &middot; Start date <time datetime="{date}">Feb 3, 2021</time> &middot; 6 replies</p>
{body}
<section class="quick-reply"><h3>Reply to this thread</h3><form><textarea placeholder="Write your reply..."></textarea><button>Post reply</button></form><p>You must log in or register to reply here.</p></section>
</main>
<aside class="sidebar">
  <section class="widget"><h3>Similar threads</h3><ul><li><a href="/t/1">Incoterms for drop shipments to Canada?</a></li><li><a href="/t/2">AES filing for samples under $2,500</a></li></ul></section>
  <section class="widget"><h3>Members online</h3><p>214 members, 1,032 guests</p></section>
</aside>
</div>
""" + footer(site)
    return out

PAGES2["e-exporters-forum-meu-customer-thread.html"] = forum_page()
for name, html_text in PAGES2.items():
    with open(os.path.join(OUT, name), "w") as f:
        f.write(html_text)
print(len(PAGES2), "special pages")
