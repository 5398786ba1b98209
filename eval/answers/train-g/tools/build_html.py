"""Write the 10 HTML pages of train-g into ../corpus. Run: python3 tools/build_html.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from htmlgen import news_page, wp_blog_page, forum_page  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
PAGES = {}

# ---------------------------------------------------------------- 11 app bans revoked (FAQ)
PAGES["g-app-bans-revoked-faq-jun-2021.html"] = news_page(
    title="FAQ: Biden revokes the TikTok, WeChat and Alipay orders. What changes?",
    site="App Economy Report", date="2021-06-10",
    url="https://example.org/app-economy-report/2021/06/10/app-bans-revoked-faq",
    byline="By Dana Whitcombe", kicker="Explainer",
    sections=["Policy", "Apps", "Payments", "Markets"],
    related=["How app stores review privacy labels", "Five budgeting apps compared"],
    trending=["Best noise-cancelling headphones under $200", "Why used car prices are still rising",
              "A beginner's guide to sourdough"],
    body="""      <p>On Wednesday, June 9, 2021, President Joe Biden signed Executive Order 14034, "Protecting Americans' Sensitive Data from Foreign Adversaries". It revokes three orders signed by his predecessor against Chinese apps and replaces them with a broader review process. Here are the questions readers have sent us.</p>
      <h2>Which orders were revoked?</h2>
      <p>Three: <strong>Executive Order 13942</strong> of August 6, 2020 (TikTok and its owner ByteDance), <strong>Executive Order 13943</strong> of August 6, 2020 (WeChat), and <strong>Executive Order 13971</strong> of January 5, 2021, which targeted eight apps: Alipay, CamScanner, QQ Wallet, SHAREit, Tencent QQ, VMate, WeChat Pay and WPS Office.</p>
      <h2>Are Alipay and WeChat Pay banned in the United States?</h2>
      <p>No. With the January order revoked, there is no longer any pending prohibition on transactions with the companies behind Alipay, WeChat Pay or the other six apps. In fact the ban never took effect: the January order gave the Commerce Department 45 days to identify the prohibited transactions, and no list was ever issued.</p>
      <h2>What about TikTok and WeChat downloads?</h2>
      <p>Commerce had published rules in September 2020 that would have removed TikTok and WeChat from US app stores, but federal courts blocked them with preliminary injunctions before they took effect. The administration had already asked the courts in February to pause the appeals. With the orders revoked, there are no current prohibitions affecting users of either app.</p>
      <h2>Does this mean Washington has no concerns about these apps?</h2>
      <p>No. The new order tells the Commerce Department to evaluate apps connected to foreign adversaries, including China, under the rules that implement Executive Order 13873 of May 2019 on the information and communications technology supply chain, and to take action where appropriate. It sets criteria for an "unacceptable risk": for example, apps owned, controlled or managed by people who support a foreign adversary's military or intelligence activities, apps involved in malicious cyber activity, and apps that collect sensitive personal data.</p>
      <p>Commerce must also produce recommendations within 120 days on protecting Americans' personal and genetic data, and within 180 days on further action against risks from foreign-adversary software.</p>
      <h2>Is TikTok off the hook?</h2>
      <p>Not entirely. A White House official said a separate national security review of TikTok by the Committee on Foreign Investment in the United States is continuing.</p>
      <h2>Are any of these companies on a US blacklist?</h2>
      <p>The orders were aimed at apps, not at listing companies. The revocation does not add or remove anyone from the Entity List or any sanctions list.</p>
      <h2>What should businesses do?</h2>
      <p>Payment processors and retailers that paused plans to accept Alipay or WeChat Pay in January can resume them, lawyers say, but should watch for the Commerce Department's case-by-case reviews under the new order.</p>""")

# ---------------------------------------------------------------- 12 Garantex seized (news)
PAGES["g-garantex-domains-seized-mar-2025.html"] = news_page(
    title="Garantex shut down: US seizes domains, charges two administrators; one arrested in India",
    site="Crypto Compliance Weekly", date="2025-03-13",
    url="https://example.org/crypto-compliance-weekly/2025/03/13/garantex-seized",
    byline="By Tomasz Wren", sections=["Enforcement", "Crypto", "Sanctions", "Policy"],
    related=["Stablecoin bills in Congress: a status check", "Five questions for a new compliance hire"],
    trending=["Tax season: what changed for 2025", "The best budget standing desks",
              "Why egg prices fell this month"],
    body="""      <p>Garantex, the Moscow-based cryptocurrency exchange that kept operating for almost three years after the United States sanctioned it, has been knocked offline. On Thursday, March 6, 2025, the US Secret Service seized its web domains, and the Justice Department on Friday, March 7, unsealed an indictment against two of its administrators.</p>
      <h2>The takedown</h2>
      <p>The Secret Service seized three domains, <strong>Garantex.org, Garantex.io and Garantex.academy</strong>, under a warrant obtained by the US Attorney's Office for the Eastern District of Virginia. German and Finnish police seized the exchange's servers, and US authorities froze more than <strong>$26 million</strong> in cryptocurrency linked to it. Europol, the Dutch police and Estonian police also took part.</p>
      <p>Garantex stopped processing withdrawals on March 6, after the stablecoin issuer Tether froze wallets holding about 2.5 billion rubles' worth of its USDT tokens on the exchange.</p>
      <h2>The charges</h2>
      <p>Prosecutors charged <strong>Aleksej Besciokov</strong>, 46, a Lithuanian national living in Russia who was Garantex's main technical administrator, and <strong>Aleksandr Mira Serda</strong>, 40, a Russian national living in the United Arab Emirates who was its co-founder and chief commercial officer. Both are charged with money laundering conspiracy. Besciokov is also charged with conspiring to violate US sanctions and to operate an unlicensed money transmitting business.</p>
      <p>According to the indictment, Garantex processed at least <strong>$96 billion</strong> in cryptocurrency transactions since 2019, including hundreds of millions of dollars in proceeds of hacking, ransomware, terrorism and drug trafficking. Prosecutors say the pair knew this and took steps to hide Garantex's involvement from US companies, and that Besciokov approved transactions tied to North Korea's Lazarus Group.</p>
      <h2>Arrest in Kerala</h2>
      <p>On Tuesday, March 11, police in the southern Indian state of Kerala arrested Besciokov in the coastal town of Varkala, where he was on holiday with his family, under India's extradition law. The US government said the arrest was made at its request and that he was planning to leave India. Mira Serda is believed to be in the UAE.</p>
      <h2>Sanctions background</h2>
      <p>The Treasury's Office of Foreign Assets Control put Garantex on its SDN List on <strong>April 5, 2022</strong>. The European Union added it to its own sanctions list in February 2025. Neither measure stopped the exchange from serving Russian customers, because it operated from Russia.</p>
      <h2>A successor already?</h2>
      <p>Within days, messages on Garantex's Telegram channel told users that their balances would be made available on a new platform, and blockchain analysts traced funds moving to an exchange called Grinex. US officials have not commented on Grinex.</p>
      <p>"Shutting the front door does not end the business," one blockchain investigator said. "The question is whether the people and the liquidity just move next door."</p>""")

# ---------------------------------------------------------------- 13 forum thread
PAGES["g-russian-crypto-exchanges-forum-thread.html"] = forum_page(
    title="Garantex, Grinex, A7A5, Bitzlato... which Russian exchanges can we touch? (compliance thread)",
    site="LedgerTalk Forums", date="2025-09-03",
    url="https://example.org/ledgertalk/threads/russian-exchanges-compliance.48812",
    board="Sanctions screening",
    similar=["OFAC SDN crypto addresses: how often do you rescreen?", "Travel rule vendors compared",
             "Best hardware wallet for a small treasury?"],
    posts=[
        dict(user="ledger_lena", joined="Mar 2021", count=412, dt="2025-09-03T09:12:00", when="Sep 3, 2025 at 9:12 AM",
             text="<p>I run compliance at a small US on-ramp. Our blockchain analytics tool started flagging deposits that trace back to something called Grinex and a ruble token, A7A5. Can someone give me the short version of where all these Russian exchanges stand right now? I keep mixing up Garantex, Grinex, Bitzlato and PM2BTC.</p>"),
        dict(user="mod_kestrel", role="Moderator", joined="Jan 2019", count=5203, dt="2025-09-03T09:40:00", when="Sep 3, 2025 at 9:40 AM", likes=14,
             text="<p>Short version, as of today:</p><ul><li><b>Garantex</b>: on the SDN List since April 5, 2022; domains seized March 6, 2025; re-designated by OFAC on August 14, 2025 under the cyber order as well.</li><li><b>Grinex</b>: Garantex's successor, put on the SDN List on August 14, 2025.</li><li><b>A7A5</b>: the issuer, Old Vector, was designated the same day, along with A7, A71 and A7 Agent.</li><li><b>Bitzlato</b>: FinCEN section 9714 order from January 2023 (effective Feb 1, 2023).</li><li><b>PM2BTC</b>: FinCEN section 9714 order from September 26, 2024.</li></ul><p>Not legal advice, read the primary sources.</p>"),
        dict(user="satoshi_saltmarsh", joined="Aug 2022", count=88, dt="2025-09-03T10:05:00", when="Sep 3, 2025 at 10:05 AM",
             text="<p>@mod_kestrel isn't Bitzlato on the SDN list too? I thought they got sanctioned when the founder was arrested in Miami.</p>"),
        dict(user="mod_kestrel", role="Moderator", joined="Jan 2019", count=5203, dt="2025-09-03T10:22:00", when="Sep 3, 2025 at 10:22 AM", likes=9,
             text="<p>@satoshi_saltmarsh No. Bitzlato got a FinCEN order, not an OFAC designation. The order bars US financial institutions from sending funds to or receiving funds from Bitzlato. Nothing is frozen. Practically it's the same for you: don't touch it. Same logic for PM2BTC. Cryptex, the exchange hit the same day as PM2BTC, IS on the SDN List.</p>"),
        dict(user="volga_trader", joined="Nov 2020", count=231, dt="2025-09-03T11:47:00", when="Sep 3, 2025 at 11:47 AM",
             text="<p>For what it's worth, from the user side: when Garantex went dark in March most of us got our balances back on Grinex as A7A5. It was basically a one-to-one switch. Nobody in Russia thinks Grinex is a different company.</p>"),
        dict(user="ledger_lena", joined="Mar 2021", count=412, dt="2025-09-03T12:15:00", when="Sep 3, 2025 at 12:15 PM",
             text="<p>@volga_trader that matches what OFAC wrote, thanks. So for me Grinex exposure = SDN exposure. What about the people? Are the Garantex founders caught?</p>"),
        dict(user="mod_kestrel", role="Moderator", joined="Jan 2019", count=5203, dt="2025-09-03T12:31:00", when="Sep 3, 2025 at 12:31 PM", likes=6,
             text="<p>@ledger_lena Besciokov, the technical admin, was arrested in India in March. Mira Serda is still at large; State is offering up to $5 million for him. Mendeleev and Karavatsky were sanctioned in August, not charged as far as I know.</p>"),
        dict(user="satoshi_saltmarsh", joined="Aug 2022", count=89, dt="2025-09-03T13:02:00", when="Sep 3, 2025 at 1:02 PM",
             text="<p>Got it. Bitzlato = FinCEN order, Garantex and Grinex = SDN. I'll fix our internal wiki. Thanks both.</p>"),
    ])

# ---------------------------------------------------------------- 14 India 2011 removal (news)
PAGES["g-india-space-defense-off-entity-list-jan-2011.html"] = news_page(
    title="US removes ISRO and DRDO units from Entity List, but nuclear bodies stay on",
    site="South Asia Trade Wire", date="2011-01-26",
    url="https://example.org/south-asia-trade-wire/2011/01/26/isro-drdo-removed-entity-list",
    byline="By Vikram Desai-Holt", sections=["Trade", "Defence", "Technology", "Policy"],
    related=["Monsoon forecast and the rupee", "India's new telecom licences explained"],
    trending=["Cricket World Cup: squad announcements", "Mumbai property prices in 2011",
              "Five gadgets to watch this year"],
    body="""      <p>The United States has removed nine Indian space and defence organisations from the Commerce Department's Entity List, fulfilling a promise President Barack Obama made during his visit to India in November 2010. The change was published in a Federal Register notice on Monday, January 24, 2011, on the eve of India's Republic Day.</p>
      <h2>Who came off the list</h2>
      <ul>
        <li><strong>Bharat Dynamics Ltd</strong>, the state-owned missile maker;</li>
        <li>four subordinates of the <strong>Defence Research and Development Organisation (DRDO)</strong>: the Armament Research and Development Establishment, the Defence Research and Development Laboratory, the Missile Research and Development Complex, and the Solid State Physics Laboratory;</li>
        <li>four subordinates of the <strong>Indian Space Research Organisation (ISRO)</strong>: the Liquid Propulsion Systems Centre, the Solid Propellant Space Booster Plant, the Sriharikota space centre (SHAR) and the Vikram Sarabhai Space Centre.</li>
      </ul>
      <p>Removal eliminates the licence requirement specific to these organisations; they are now treated like any other buyer in India for export licensing purposes, the Commerce Department said.</p>
      <p>"Today's action marks a significant milestone in reinforcing the US-India strategic partnership and moving forward with export control reforms that will facilitate high technology trade and cooperation," said Commerce Secretary Gary Locke, who will lead a trade delegation to New Delhi, Bangalore and Mumbai next month.</p>
      <h2>Other changes</h2>
      <p>The same notice removes India from several country groups in the Export Administration Regulations, which ends some licence requirements that applied to the country as a whole, and places it in a group with members of the Missile Technology Control Regime. Washington has said it will support India's membership of the four multilateral export control regimes in a phased manner.</p>
      <h2>Who is still listed</h2>
      <p>The move does not cover India's nuclear establishment. Entities of the <strong>Department of Atomic Energy</strong> that were listed after the May 1998 nuclear tests remain on the Entity List, including the <strong>Bhabha Atomic Research Centre (BARC)</strong>, the <strong>Indira Gandhi Centre for Atomic Research (IGCAR)</strong> and <strong>Indian Rare Earths</strong>. US exporters still need a licence to sell them items subject to US export rules.</p>
      <p>Indian officials said they would keep pressing for these to be removed as the 2008 civil nuclear agreement is implemented. US officials said the remaining listings would be reviewed, but gave no timetable.</p>
      <h2>Background</h2>
      <p>The United States placed more than 200 Indian and Pakistani entities on the Entity List in November 1998 in response to the two countries' nuclear tests that May. Many were removed during the 2000s as relations improved, but the ISRO and DRDO units had remained a long-standing irritant for New Delhi.</p>
      <p>"This realignment marks a milestone in the US-India strategic partnership," said US Ambassador Timothy Roemer.</p>""")

# ---------------------------------------------------------------- 15 Fufeng blog (WordPress)
PAGES["g-grand-forks-kills-fufeng-mill-blog.html"] = wp_blog_page(
    title="It's over: Grand Forks pulls the plug on the Fufeng corn mill",
    site="Forks Civic Notes", tagline="A neighbour's notebook on Grand Forks city hall",
    date="2023-02-08", url="https://example.org/forks-civic-notes/2023/02/08/fufeng-over",
    author="Marlys Engebretson",
    categories=["City Hall", "Base News"], tags=["Fufeng", "Grand Forks AFB", "CFIUS", "City Council"],
    prev_post="Snow removal budget: where the money went", next_post="Ag Park: what could go there instead?",
    also_like=["A short history of the Grand Forks Air Force Base", "How annexation works in North Dakota",
               "Ice fishing on the Red: safety first"],
    recent_posts=["Ag Park: what could go there instead?", "Snow removal budget: where the money went",
                  "School board race preview"],
    archives=["February 2023", "January 2023", "December 2022"],
    body="""    <p>Fourteen months after Fufeng Group picked Grand Forks for its first American plant, the project is dead. On <strong>Monday, February 6, 2023</strong>, the City Council voted <strong>unanimously</strong> to stop the proposed $700 million wet corn mill, directing staff not to connect industrial infrastructure to the site and not to issue building permits.</p>
    <h2>What changed since December</h2>
    <p>In December the federal Committee on Foreign Investment in the United States (CFIUS) said the land deal was not a "covered transaction" and that it had no jurisdiction, and the city went back to planning. Many of us assumed that was the final federal word.</p>
    <p>It wasn't. On Tuesday, January 31, Senators John Hoeven and Kevin Cramer released a letter from <strong>Andrew P. Hunter</strong>, the Air Force's assistant secretary for acquisition, technology and logistics, dated January 27. The key sentence:</p>
    <blockquote><p>"While the CFIUS review concluded that it does not have jurisdiction, the Department of the Air Force's view is unambiguous: the proposed project presents a significant threat to national security with both near- and long-term risks of significant impacts to our operations in the area."</p></blockquote>
    <p>The site is about 12 miles from Grand Forks Air Force Base, which hosts drone and satellite communications work.</p>
    <h2>What the council did</h2>
    <p>Mayor Brandon Bochenski said the federal government had asked for the city's help in stopping the project, and that the only tools the city has are to refuse to connect infrastructure and to deny permits. Council member Kyle Kvamme said he had been waiting for "an official statement" and that the Air Force letter was it: "This is what we needed to hear."</p>
    <h2>What it did not do</h2>
    <ul>
      <li>The vote does not take the land away. <strong>Fufeng USA still owns the roughly 370 acres</strong> it bought for $2.6 million, and the city cannot force a sale.</li>
      <li>It does not put Fufeng on any federal list. This is a local decision about permits and pipes, not a sanction.</li>
      <li>The development agreement with Fufeng has not yet been formally terminated; City Administrator Todd Feland says staff are working through it.</li>
    </ul>
    <h2>What next</h2>
    <p>Feland says the site remains a prime spot for agri-business and the city will look for other developments, such as the soybean crushing plant announced in December. Our senators say they will help find an American company for the Ag Park. As for Fufeng, the company has not said what it will do with the land.</p>""",
    comments=[
        dict(who="Jodi C.", dt="2023-02-08T18:20:00", when="February 8, 2023 at 6:20 pm",
             text="Finally. A year and a half of being called paranoid at every council meeting. Thank you for covering this.",
             reply=dict(who="Marlys Engebretson", dt="2023-02-08T19:02:00", when="February 8, 2023 at 7:02 pm",
                        text="Thanks Jodi. To be fair to the council, they said all along they needed something official from the federal side, and the Air Force letter was that.")),
        dict(who="prairie_pete", dt="2023-02-09T08:45:00", when="February 9, 2023 at 8:45 am",
             text="So does Fufeng get its land money back? Can the city just take the land?",
             reply=dict(who="Marlys Engebretson", dt="2023-02-09T09:30:00", when="February 9, 2023 at 9:30 am",
                        text="No, the city can't just take it. Fufeng owns it. The council only refused permits and infrastructure.")),
        dict(who="Gary from Emerado", dt="2023-02-09T12:10:00", when="February 9, 2023 at 12:10 pm",
             text="Corn growers around here lost a buyer. I hope whatever goes there instead still buys local corn."),
    ])

# ---------------------------------------------------------------- 16 Syria FAQ July 2025
PAGES["g-syria-sanctions-ended-faq-jul-2025.html"] = news_page(
    title="FAQ: The US Syria sanctions programme has ended. Who is still blacklisted?",
    site="Mideast Business Brief", date="2025-07-10",
    url="https://example.org/mideast-business-brief/2025/07/10/syria-sanctions-ended-faq",
    byline="By Karim Haddad-Benson", kicker="Explainer",
    sections=["Sanctions", "Levant", "Energy", "Banking"],
    related=["Gulf sovereign funds and reconstruction", "Shipping rates in the eastern Mediterranean"],
    trending=["Summer travel: Beirut's restaurant revival", "Why gold hit a new record",
              "Ten phrases every visitor to Amman should know"],
    body="""      <p>President Donald Trump signed <strong>Executive Order 14312</strong>, "Providing for the Revocation of Syria Sanctions", on Monday, June 30, 2025. It took effect on Tuesday, July 1. Here is what it does, and what is left.</p>
      <h2>What did the order revoke?</h2>
      <p>It ended the national emergency declared in 2004 and revoked the six executive orders that formed the Syria sanctions programme: EO 13338 (2004), EO 13399 (2006), EO 13460 (2008) and EOs 13572, 13573 and 13582 (all 2011). The Treasury's Office of Foreign Assets Control (OFAC) will remove the Syrian Sanctions Regulations from the Code of Federal Regulations.</p>
      <h2>Who came off the SDN List?</h2>
      <p>OFAC removed <strong>518</strong> individuals and entities that had been sanctioned only under the Syria programme. Their property is unblocked. They include the <strong>Central Bank of Syria</strong>, the <strong>Syrian Company for Oil Transport</strong>, <strong>SYTROL</strong>, the <strong>Banias Refinery Company</strong>, the <strong>Homs Refinery Company</strong> and the <strong>Lattakia Port General Company</strong>.</p>
      <h2>Who is still sanctioned?</h2>
      <p>Bashar al-Assad, his associates, human rights abusers, Captagon traffickers, people linked to Syria's past chemical weapons programme, ISIS and al-Qaeda affiliates, and Iran and its proxies. Anyone also designated under a different authority stays on the list. The order expands Executive Order 13894 so that more members of the former regime can be targeted.</p>
      <h2>Is General License 25 still needed?</h2>
      <p>GL 25, issued on May 23, 2025, authorised transactions prohibited by the Syrian Sanctions Regulations. With the regulations gone, it matters less, but OFAC says people may continue to rely on it where still necessary.</p>
      <h2>What about exports?</h2>
      <p>The order waives some export restrictions required by the Syria Accountability Act and the chemical and biological weapons law. US-origin food and medicine may now be exported to Syria. Most other goods on the Commerce Control List still need a licence, but Commerce is expected to ease its policy.</p>
      <h2>Is the Caesar Act gone?</h2>
      <p>No. The Caesar Act is a law, and only Congress can repeal it. The order directs the Secretary of State to examine whether to suspend its sanctions; the 180-day waiver issued on May 23 remains in place for now.</p>
      <h2>Is Syria still a state sponsor of terrorism?</h2>
      <p>Yes, for now. The order directs a review of the designation and of UN sanctions.</p>
      <h2>What about Hayat Tahrir al-Sham?</h2>
      <p>Secretary of State Marco Rubio announced on July 7 that the designation of Hayat Tahrir al-Sham, the group that led the offensive that toppled Assad, as a foreign terrorist organisation would be revoked, effective July 8.</p>
      <h2>What about the Commercial Bank of Syria?</h2>
      <p>The state lender is subject to a FinCEN rule under section 311 of the USA PATRIOT Act, not to the revoked orders. FinCEN's May exceptive relief letting US banks keep correspondent accounts for it remains in place.</p>""")

# ---------------------------------------------------------------- 17 Cadence court summary
PAGES["g-cadence-guilty-plea-nudt-court-summary.html"] = news_page(
    title="Court summary: Cadence pleads guilty over chip design exports to Chinese military university",
    site="Export Enforcement Review", date="2025-07-30",
    url="https://example.org/export-enforcement-review/2025/07/30/cadence-plea-nudt",
    byline="Case summary by the Export Enforcement Review legal desk", kicker="Court summary",
    sections=["Enforcement", "Courts", "Semiconductors", "Compliance"],
    related=["Reading a BIS charging letter", "Voluntary self-disclosure: pros and cons"],
    trending=["The best ergonomic keyboards", "Summer interns: onboarding checklist",
              "Why office rents are falling downtown"],
    comments=False,
    body="""      <table class="case-box">
        <tr><th>Case</th><td>United States v. Cadence Design Systems, Inc. (criminal information and plea agreement) and a parallel Bureau of Industry and Security administrative settlement</td></tr>
        <tr><th>Court</th><td>US District Court for the Northern District of California</td></tr>
        <tr><th>Announced</th><td>Monday, July 28, 2025</td></tr>
        <tr><th>Charge</th><td>One count of conspiracy to commit export control violations</td></tr>
        <tr><th>Total penalties</th><td>More than $140 million in criminal and civil penalties and forfeiture</td></tr>
      </table>
      <h2>Parties</h2>
      <p><strong>Cadence Design Systems</strong>, based in San Jose, California, is one of the largest makers of electronic design automation (EDA) software, the tools used to design chips. Its wholly owned Chinese subsidiary, <strong>Cadence Design Systems Management (Shanghai) Co. Ltd.</strong> (Cadence China), made the sales at issue.</p>
      <p>The customer was the <strong>National University of Defense Technology (NUDT)</strong>, a military university under China's Central Military Commission. NUDT has been on the Commerce Department's <strong>Entity List since February 2015</strong>, because it used US technology to build supercomputers believed to support nuclear explosive simulations.</p>
      <h2>What Cadence admitted</h2>
      <p>According to the plea agreement and the BIS settlement, between 2015 and 2020 Cadence China exported EDA hardware, software and semiconductor design technology to NUDT at least 59 times without the required licences. The sales went through <strong>Central South CAD Center (CSCC)</strong>, an alias of NUDT that served as a front. According to the government, Cadence China employees had reason to know that CSCC was NUDT, and letters of assurance from the customer were accepted despite red flags. Cadence ended the relationship with CSCC in September 2020.</p>
      <h2>Penalties</h2>
      <ul>
        <li>A guilty plea by Cadence to one count of conspiracy to commit export control violations.</li>
        <li>Combined criminal and civil penalties and forfeiture of more than <strong>$140 million</strong>, of which about <strong>$95 million</strong> is attributable to the BIS settlement.</li>
      </ul>
      <p>Prosecutors said Cadence did not voluntarily disclose the conduct, which weighed in setting the penalty.</p>
      <h2>Statements</h2>
      <p>"Cadence has agreed to accept responsibility for unlawfully exporting sensitive semiconductor design tools to a restricted Chinese military university," said Assistant Attorney General for National Security John A. Eisenberg. Craig Missakian, US Attorney for the Northern District of California, said Cadence "admitted to unlawfully exporting its semiconductor design technology to a restricted PRC military university using a front company."</p>
      <p>In a filing with the Securities and Exchange Commission, Cadence said it has since "significantly enhanced its export compliance programs".</p>
      <h2>Status</h2>
      <p>Cadence itself is not placed on any restricted list. NUDT remains on the Entity List. The conduct took place largely while Lip-Bu Tan, now Intel's chief executive, led Cadence; he is not accused of wrongdoing.</p>""")

# ---------------------------------------------------------------- 18 ABLV withdrawal (agency summary)
PAGES["g-ablv-finding-withdrawn-sep-2024.html"] = news_page(
    title="FinCEN withdraws its 2018 money-laundering finding against Latvia's ABLV Bank",
    site="AML Bulletin", date="2024-09-27",
    url="https://example.org/aml-bulletin/2024/09/27/ablv-finding-withdrawn",
    byline="Agency action summary, AML Bulletin staff", kicker="Agency action",
    sections=["Agencies", "Banking", "Enforcement", "Europe"],
    related=["Correspondent banking due diligence, step by step", "Baltic banks five years on"],
    trending=["Autumn reading list", "How to negotiate a remote-work day",
              "The best rain jackets for commuters"],
    comments=False,
    body="""      <table class="case-box">
        <tr><th>Agency</th><td>Financial Crimes Enforcement Network (FinCEN), US Treasury</td></tr>
        <tr><th>Action</th><td>Withdrawal of finding and notice of proposed rulemaking</td></tr>
        <tr><th>Subject</th><td>ABLV Bank, AS, Riga, Latvia</td></tr>
        <tr><th>Announced</th><td>Thursday, September 26, 2024</td></tr>
        <tr><th>Effective</th><td>Withdrawn as of September 27, 2024 (89 FR 79184)</td></tr>
      </table>
      <h2>What FinCEN did</h2>
      <p>FinCEN withdrew its finding that <strong>ABLV Bank</strong> is a financial institution of primary money laundering concern, and withdrew the related proposed rule that would have imposed the fifth special measure under <strong>section 311</strong> of the USA PATRIOT Act, a ban on US correspondent accounts for the bank.</p>
      <p>FinCEN said ABLV "is no longer a financial institution of primary money laundering concern that warrants the implementation of a special measure under section 311."</p>
      <h2>The 2018 proposal</h2>
      <p>FinCEN announced the finding and proposed rule on February 13, 2018, and published them in the Federal Register on February 16, 2018. It accused ABLV's management of institutionalising money laundering as a pillar of the bank's business, of serving high-risk shell companies and of processing transactions for parties linked to North Korea's ballistic missile procurement. The proposed rule was <strong>never finalised</strong>.</p>
      <h2>Why it was withdrawn</h2>
      <p>FinCEN pointed to "material subsequent developments" that have mitigated the risks:</p>
      <ul>
        <li>Shortly after the 2018 proposal, the <strong>European Central Bank</strong> determined that ABLV and its subsidiary, ABLV Bank Luxembourg, were failing or likely to fail.</li>
        <li>The ECB later withdrew ABLV's banking licence, and the Luxembourg subsidiary was ordered dissolved. ABLV no longer operates as a deposit-taking bank.</li>
        <li>The bank is in the advanced stage of an <strong>irrevocable liquidation</strong> supervised by the Latvian government, which ensures anti-money-laundering compliance.</li>
        <li>Latvian authorities have brought criminal charges against the bank's owners and senior managers over past illicit activity.</li>
      </ul>
      <h2>Same-day actions</h2>
      <p>The withdrawal was announced on the same day as FinCEN's section 9714 order against the Russian exchanger PM2BTC and OFAC's sanctions on the exchange Cryptex.</p>
      <h2>What it means</h2>
      <p>US banks are no longer subject to any proposed prohibition regarding ABLV. In practice little changes, because the bank is being wound up; the main beneficiaries are the liquidators, who make payments to creditors. Lawyers said the withdrawal of a 311 finding is rare and shows the tool can be lifted once the risk is gone.</p>""")

# ---------------------------------------------------------------- 19 Paks II license June 2025
PAGES["g-paks-ii-gazprombank-license-jun-2025.html"] = news_page(
    title="Hungary says US has lifted sanctions blocking Paks II after new Treasury licence",
    site="Energy Sanctions Explained", date="2025-06-30",
    url="https://example.org/energy-sanctions-explained/2025/06/30/paks-ii-license",
    byline="By Johanna Reuter", sections=["Nuclear", "Sanctions", "Europe", "Gas"],
    related=["Small modular reactors: who is building what", "Europe's gas storage before winter"],
    trending=["Heatwave tips for older relatives", "The best electric bikes of 2025",
              "Why coffee prices keep climbing"],
    body="""      <p>Hungary says the United States has lifted the sanctions that had stalled construction of the <strong>Paks II</strong> nuclear power plant. The announcement follows a new general licence published by the US Treasury's Office of Foreign Assets Control (OFAC) on Friday, June 27, 2025.</p>
      <h2>What OFAC published</h2>
      <p>The licence authorises transactions "related to civil nuclear energy" that involve <strong>Gazprombank</strong> and a list of other sanctioned Russian financial institutions, including Sberbank, VTB and the Central Bank of Russia. It replaces the civil nuclear licence first issued for Gazprombank in December 2024, which was due to expire on June 30, 2025, and runs for about six months.</p>
      <p>The December 2024 licence covered only projects initiated before November 21, 2024, and OFAC's guidance at the time explicitly excluded Paks II and its project company, Paks II Ltd.</p>
      <h2>What Hungary says</h2>
      <p>"The US has lifted sanctions that blocked construction of the Paks II nuclear plant," Foreign Minister Péter Szijjártó wrote on Sunday, June 29. "These politically motivated measures were imposed by the Biden admin just before @realDonaldTrump took office. Grateful to the Trump admin, as this project will guarantee our future energy supply."</p>
      <p>He said manufacturing of the main equipment is under way in Russia and France and that construction at the site in Paks can now speed up.</p>
      <p>OFAC did not comment. Some sanctions lawyers noted that the licence is temporary and must be renewed, and that Gazprombank itself remains on the SDN List.</p>
      <h2>The project</h2>
      <p>Paks II, agreed with Russia in 2014, will add two reactors built by Rosatom next to Hungary's existing Paks plant, which produces about half of the country's electricity. Russia is lending about <strong>10 billion euros</strong> of the roughly 12.5 billion euro cost, and payments under the loan run through Gazprombank, which is why the November 2024 US sanctions on the bank halted much of the work.</p>
      <h2>What has not changed</h2>
      <ul>
        <li>Gazprombank is still a blocked person under US sanctions; the licence covers only civil nuclear transactions.</li>
        <li>The wind-down licence for ordinary business with Gazprombank expired on December 20, 2024.</li>
        <li>Hungary still relies on Russian gas and has opposed European Union plans to phase out Russian gas imports by 2027.</li>
      </ul>
      <p>Szijjártó said disputes with Brussels over oil and gas purchases were likely to continue despite the progress on nuclear power.</p>""")

# ---------------------------------------------------------------- 20 Seagate Mozaic (distractor)
PAGES["g-seagate-mozaic-hamr-launch-jan-2024.html"] = news_page(
    title="Seagate launches Mozaic 3+ platform and its first 30TB hard drives",
    site="Storage Tech Today", date="2024-01-17",
    url="https://example.org/storage-tech-today/2024/01/17/seagate-mozaic-3-plus",
    byline="By Alan Kuroda", sections=["Storage", "Data Centers", "Reviews", "Components"],
    related=["SSD prices in 2024: what to expect", "How to back up a home NAS"],
    trending=["The best 4K monitors for work", "Why your Wi-Fi slows down at night",
              "A beginner's guide to homelab servers"],
    body="""      <p>Seagate Technology on Wednesday, January 17, 2024, unveiled <strong>Mozaic 3+</strong>, its first high-volume hard drive platform using heat-assisted magnetic recording (HAMR), and with it the first <strong>Exos</strong> hard drives with 30 terabytes of capacity.</p>
      <h2>The drives</h2>
      <p>The new Exos drives store more than <strong>3TB per platter</strong>. With ten platters, the conventional version holds 30TB, and a version using shingled magnetic recording reaches 32TB. Seagate said volume shipments to large cloud customers, the so-called hyperscalers, were starting this quarter, with broader availability later.</p>
      <h2>What is new inside</h2>
      <p>HAMR uses a tiny laser on the recording head to heat a spot on the disk for a fraction of a second, so that much smaller magnetic grains can be written reliably. Seagate says Mozaic 3+ depends on four technologies:</p>
      <ul>
        <li>platters made with a new iron-platinum superlattice alloy;</li>
        <li>a plasmonic writer that heats and writes a spot a few tens of nanometres wide;</li>
        <li>a seventh-generation spintronic reader;</li>
        <li>a controller built on a 12-nanometre process.</li>
      </ul>
      <h2>Why customers care</h2>
      <p>The pitch is density and power. A customer replacing 16TB drives with 30TB drives can nearly double the storage in the same rack space, because the new drives are drop-in replacements. Seagate says the 30TB drive draws about 10.5 watts on average, slightly more than the older Exos X16, but about 0.35 watts per terabyte instead of 0.59, a <strong>40% saving per terabyte</strong>.</p>
      <p>Seagate has been promising HAMR for more than a decade; it showed 16TB HAMR test drives in 2018. Rival Western Digital announced 28TB drives in November 2023 using different technology.</p>
      <h2>What comes next</h2>
      <p>Seagate says it has 4TB and 5TB per platter "on the horizon" and expects areal density to grow by up to 20% a generation, compared with about 8% a year for conventional drives over the past decade. Chief executive Dave Mosley said the platform would help data centres cope with the growth of data driven by artificial intelligence.</p>
      <p>Pricing was not announced; hyperscale contracts are negotiated privately.</p>""")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, html in PAGES.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(html)
    print(f"wrote {len(PAGES)} pages")


if __name__ == "__main__":
    main()
