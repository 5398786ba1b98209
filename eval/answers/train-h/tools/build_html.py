"""Write the 10 HTML pages of the train-h corpus. Run: python3 tools/build_html.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from htmlgen import news_page, blog_page, forum_page  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")

PAGES = []

# ---------------------------------------------------------------- Belavia designated, Aug 2023
PAGES.append(("h-belavia-sanctioned-aug-2023.html", "news", dict(
    title="US sanctions Belarus national airline Belavia on election anniversary",
    site="Aviation Finance Today", date="2023-08-10", date_text="August 10, 2023",
    url="https://example.org/aviation-finance-today/2023/08/10/belavia-sanctioned",
    nav=["Airlines", "Leasing", "Regulation", "Airports", "Opinion"], section="Regulation",
    kicker="Sanctions", byline="By Tomas Jankauskas",
    tags=["Belarus", "Sanctions", "Airlines"],
    related=["Lessors count the cost of aircraft stuck in Russia", "How an aviation safety licence works"],
    trending=["Ten carry-on bags that fit every airline's sizer", "Why your flight is slower than in 1990", "The best airport lounges in Europe"],
    body="""      <p>The US Treasury on Wednesday, August 9, 2023, imposed sanctions on Belavia, the state-owned flag carrier of Belarus, in a package of measures timed for the third anniversary of the disputed August 9, 2020 presidential election that kept Alexander Lukashenko in power.</p>
      <h2>What OFAC did</h2>
      <p>The Office of Foreign Assets Control (OFAC) designated eight individuals and five entities under Executive Order 14038, the 2021 order that allows sanctions on anyone operating in sectors of the Belarusian economy, including transportation. Among the entities:</p>
      <ul>
        <li><strong>Open Joint Stock Company Belavia Belarusian Airlines</strong>, designated as a state-owned enterprise that generates revenue for the government;</li>
        <li><strong>Minsk Civil Aviation Plant No. 407</strong>, one of the country's largest aircraft repair facilities;</li>
        <li>the management company of <strong>Belarusian Steel Works</strong>;</li>
        <li>the <strong>Department of Financial Investigation</strong> of Belarus's State Control Committee, which took part in a raid on an independent news site.</li>
      </ul>
      <p>OFAC also identified as blocked property a Bombardier CRJ-200 regional jet with the tail number <strong>EW-301PJ</strong>, which it said is used by senior officials and members of Lukashenko's family.</p>
      <p>Brian Nelson, the Treasury's Under Secretary for Terrorism and Financial Intelligence, said the regime relies on state-owned enterprises and key officials "to generate substantial revenue to support its fiercely undemocratic and repressive policies".</p>
      <h2>What it means for the airline</h2>
      <p>Belavia's property under US jurisdiction is now blocked, and US persons, including lessors, banks, parts suppliers and maintenance companies, may not deal with it without an OFAC licence. Foreign companies that use US dollars or US banks for Belavia business also face risk.</p>
      <p>Belavia was already shut out of Western Europe. After Belarusian controllers diverted a Ryanair flight from Athens to Vilnius to Minsk in May 2021 and arrested the dissident journalist Raman Pratasevich, the European Union banned the airline from its airspace and airports and put it under sanctions. Since then Belavia has flown mainly to Russia, the Caucasus, Central Asia and the Middle East.</p>
      <p>Much of Belavia's fleet consists of Boeing and Embraer jets that depend on Western parts and software. Analysts said the new designation would make it even harder for the airline to keep aircraft flying, and would push it further toward Russian suppliers.</p>
      <h2>Context</h2>
      <p>The United Kingdom announced new trade sanctions on Belarus the same day. Washington says Belarus continues to repress its own population and to support Russia's war against Ukraine, including by letting Russian forces use its territory.</p>
      <p>Belavia did not respond to a request for comment. Belarusian officials have in the past described Western sanctions as illegal.</p>"""
)))

# ---------------------------------------------------------------- Belavia relief, Sept 2025
PAGES.append(("h-belavia-sanctions-relief-sep-2025.html", "news", dict(
    title="Belarus frees 52 prisoners as US lifts sanctions on Belavia",
    site="Aviation Finance Today", date="2025-09-12", date_text="September 12, 2025",
    url="https://example.org/aviation-finance-today/2025/09/12/belavia-sanctions-relief",
    nav=["Airlines", "Leasing", "Regulation", "Airports", "Opinion"], section="Regulation",
    kicker="Sanctions", byline="By Tomas Jankauskas",
    tags=["Belarus", "Sanctions", "Airlines", "OFAC"],
    related=["Which airlines still fly Boeing 737 Classics?", "The rules for buying used aircraft parts"],
    trending=["How to get a refund when your flight is cancelled", "Window or aisle? What the data says", "Europe's longest train rides"],
    body="""      <p>Belarus released 52 prisoners on Thursday, September 11, 2025, in a deal brokered by the United States, which in return lifted sanctions on the Belarusian state airline Belavia.</p>
      <h2>The deal in Minsk</h2>
      <p>The announcement came during a visit to Minsk by John Coale, a US envoy who met President Alexander Lukashenko. "I would like to officially announce here that sanctions against Belavia have been lifted," Coale said, adding that the decision had been approved by all relevant US departments on President Donald Trump's instructions.</p>
      <p>The freed group, the largest since Washington began talks with Minsk this year, crossed into Lithuania. It included the journalist Ihar Losik and 14 foreign nationals, among them six Lithuanians. The veteran opposition politician Mikalai Statkevich was also freed but refused to cross the border. In June, 14 prisoners, including the opposition figure Siarhei Tsikhanouski, were released after an earlier US visit.</p>
      <h2>What OFAC actually issued</h2>
      <p>The Treasury's Office of Foreign Assets Control (OFAC) issued <strong>General License No. 11</strong>, which authorises all transactions otherwise prohibited by the Belarus Sanctions Regulations that involve Belavia or entities it owns 50 percent or more. The Commerce Department's Bureau of Industry and Security issued a letter allowing, among other things, flights of certain Belavia aircraft between Belarus and most other destinations.</p>
      <p>The US embassy said the steps would let Belavia "service and buy components for its fleet, which includes Boeing aircraft".</p>
      <p>Two limits are worth noting:</p>
      <ul>
        <li>Belavia remains on the Specially Designated Nationals (SDN) list for now. The relief works through the general licence; the airline has not been formally delisted.</li>
        <li>The licence does not unblock property that was already frozen, and it does not cover other sanctioned Belarusian companies or people.</li>
      </ul>
      <h2>Background</h2>
      <p>OFAC designated Belavia in August 2023 under Executive Order 14038. The airline had already been banned from the EU, the UK and other European countries since 2021, after a Ryanair flight was forced to land in Minsk so the authorities could arrest the journalist Raman Pratasevich. Those European bans are not affected by the US decision.</p>
      <h2>Reaction</h2>
      <p>Lithuanian President Gitanas Nauseda thanked the United States but noted that more than 1,000 opponents of the government remain in Belarusian prisons. Some analysts said the relief gives Belavia, and through it Russian airlines, an official route to Western aircraft parts. Coale said he hoped the US could also reopen its embassy in Minsk, though no date was set.</p>
      <p>For lessors and parts suppliers, the practical message is that sales and maintenance for Belavia are now authorised under US sanctions, but European rules and export licensing for specific items still need to be checked.</p>"""
)))

# ---------------------------------------------------------------- Nippon Steel blog, June 2025
PAGES.append(("h-nippon-us-steel-golden-share-blog-jun-2025.html", "blog", dict(
    title="Nippon Steel finally owns U.S. Steel: what the golden share means",
    site="The Foreign Investment Notebook", tagline="Notes on CFIUS, investment screening and deals",
    date="2025-06-19", date_text="June 19, 2025",
    url="https://example.org/foreign-investment-notebook/2025/06/19/nippon-us-steel-golden-share",
    nav=["Home", "CFIUS", "Outbound rules", "Cases", "About"], section="Cases",
    byline="Dana Whitfield", tags=["CFIUS", "Nippon Steel", "U.S. Steel", "golden share"],
    prev="Five CFIUS myths that won't die", next="Mitigation agreements, explained",
    teasers=["Why real estate near bases is now a CFIUS issue", "The history of presidential CFIUS blocks", "Reading a national security agreement"],
    recent=["Outbound investment rules: first six months", "When CFIUS says no", "Greenfield deals and CFIUS"],
    archives=["June 2025", "May 2025", "April 2025", "March 2025"],
    related=[], trending=[],
    comments=[
        ("steeltown_mike", "June 19, 2025 at 10:14 am", "So is the Biden order just gone? I thought a presidential block was final."),
        ("Dana Whitfield", "June 19, 2025 at 11:02 am", "@steeltown_mike The January order reserved the president's right to issue further orders, and Trump used that power. The new order of June 13 lets the deal go ahead as long as the national security agreement is followed, so the abandonment requirement no longer applies."),
        ("compliance_cat", "June 19, 2025 at 1:37 pm", "Worth adding that none of this ever put Nippon Steel on a sanctions list. It was only ever about this one acquisition."),
    ],
    body="""      <p>Eighteen months after it agreed to buy U.S. Steel, and five months after President Joe Biden blocked the deal, Nippon Steel completed the acquisition on Wednesday, June 18, 2025. U.S. Steel is now a wholly owned subsidiary of Nippon Steel North America. Here is how a blocked deal came back to life.</p>
      <h2>From block to approval</h2>
      <ul>
        <li><strong>January 3, 2025:</strong> Biden prohibits the $14.9 billion deal and orders the parties to abandon it within 30 days.</li>
        <li><strong>January 2025:</strong> the companies sue, arguing the review was prejudiced, and CFIUS extends the deadline to abandon the deal to June 18, 2025, to allow time for the court challenge.</li>
        <li><strong>April 7, 2025:</strong> President Donald Trump orders CFIUS to review the transaction again.</li>
        <li><strong>May 23, 2025:</strong> Trump announces a "partnership" between the two companies on social media.</li>
        <li><strong>June 13, 2025:</strong> Trump signs an executive order allowing the acquisition, provided the parties sign and comply with a national security agreement (NSA) with the US government. The companies sign it the same day.</li>
        <li><strong>June 18, 2025:</strong> the deal closes.</li>
      </ul>
      <h2>What is in the national security agreement</h2>
      <p>The full NSA has not been published, but the companies and the Commerce Secretary described its main terms:</p>
      <ul>
        <li>Nippon Steel commits to about <strong>$11 billion</strong> of new investment in U.S. Steel by 2028.</li>
        <li>The US government receives a <strong>golden share</strong>. According to Commerce Secretary Howard Lutnick, it gives the president a veto over moving U.S. Steel's headquarters from Pittsburgh, changing its name, moving production or jobs outside the United States, and closing or idling plants before agreed dates.</li>
        <li>U.S. Steel's board must include US citizens, and key managers must be Americans.</li>
      </ul>
      <p>Trump said the golden share gives the president "total control". Golden shares are common in Europe for privatised companies, but it is a new tool for CFIUS.</p>
      <h2>What it means for CFIUS cases</h2>
      <p>The case shows that a presidential block is not always the end: a later president can revisit it using the power the original order reserved. It also shows the government using CFIUS to extract investment commitments, not just to remove security risks.</p>
      <p>For anyone wondering about lists: this was always a CFIUS case about one deal. Neither Nippon Steel nor U.S. Steel was on a sanctions, export control or investment-ban list at any point.</p>
      <p>The lawsuit the companies filed against the January order is now moot, and they are expected to drop it.</p>"""
)))

# ---------------------------------------------------------------- Myanmar delistings, July 2025
PAGES.append(("h-myanmar-junta-allies-delisted-jul-2025.html", "news", dict(
    title="US lifts sanctions on Myanmar junta allies after general's letter to Trump",
    site="Mekong Business Post", date="2025-07-25", date_text="July 25, 2025",
    url="https://example.org/mekong-business-post/2025/07/25/myanmar-junta-allies-delisted",
    nav=["Markets", "Myanmar", "Thailand", "Cambodia", "Trade"], section="Myanmar",
    kicker="Sanctions", byline="By Aung Min Thu and Claire Dubois",
    tags=["Myanmar", "Sanctions", "OFAC", "Tariffs"],
    related=["Rice exporters brace for the monsoon", "Yangon's property market in 2025"],
    trending=["The best street food in Bangkok, ranked", "Visa-free travel in Southeast Asia", "How to ship a motorbike across borders"],
    body="""      <p>The United States on Thursday, July 24, 2025, removed several business allies of Myanmar's military government from its sanctions list, two weeks after the head of the junta wrote to President Donald Trump praising his leadership and asking for lower tariffs and an easing of sanctions.</p>
      <h2>Who was removed</h2>
      <p>A notice from the Treasury's Office of Foreign Assets Control (OFAC) said the following were removed from the Specially Designated Nationals (SDN) list:</p>
      <ul>
        <li><strong>KT Services &amp; Logistics</strong> (KTSL) and its founder <strong>Jonathan Myo Kyaw Thaung</strong>, designated in January 2022 on the first anniversary of the coup;</li>
        <li><strong>MCM Group</strong> and its owner <strong>Aung Hlaing Oo</strong>, designated for operating in Myanmar's defence sector;</li>
        <li><strong>Suntac Technologies</strong> and its owner <strong>Sit Taing Aung</strong>, accused of helping the military import arms and materials;</li>
        <li><strong>Tin Latt Min</strong>, described as a close associate of the military rulers, designated in 2024 on the third anniversary of the coup.</li>
      </ul>
      <p>The notice gave no reason for the removals, and the White House did not respond to requests for comment. US persons may now deal with the removed companies and people again, and their blocked property is released.</p>
      <h2>The letter</h2>
      <p>On July 11, junta chief Min Aung Hlaing replied to a letter from Trump warning that Myanmar's exports would face a 40 percent tariff from August 1. He praised Trump's "strong leadership", proposed a tariff of 10 to 20 percent, offered to cut Myanmar's own tariffs on US goods to between zero and 10 percent, and asked Washington to reconsider its sanctions, saying they hurt both countries' interests. He also said he was ready to send negotiators to Washington.</p>
      <h2>Reaction</h2>
      <p>Human Rights Watch called the removals "extremely worrying". John Sifton, its Asia advocacy director, said the move suggested a major shift in US policy toward a military that has been accused of crimes against humanity and genocide.</p>
      <p>Some analysts linked the decision to US interest in Myanmar's rare earth minerals, which are important for defence and electronics. Most of Myanmar's rare earth mines are in areas controlled by the Kachin Independence Army, which is fighting the junta, and the ore is usually processed in China.</p>
      <h2>What has not changed</h2>
      <p>Most US sanctions on Myanmar remain. Senior generals, military conglomerates and the Directorate of Procurement are still designated, as are others named alongside KTSL in 2022, such as the arms dealer Tay Za, who was not on Thursday's notice. Restrictions on financial services to the state oil and gas company MOGE also remain in force.</p>
      <p>The junta, which seized power on February 1, 2021, is planning elections that its opponents say will be neither free nor fair.</p>"""
)))

# ---------------------------------------------------------------- Binance settlement, Nov 2023 (press summary)
PAGES.append(("h-binance-settlement-press-summary-nov-2023.html", "press", dict(
    title="Binance agrees to pay $4.3 billion; FinCEN and OFAC settlements include five-year monitor and US exit",
    site="Financial Crime Bulletin", date="2023-11-22", date_text="November 22, 2023",
    url="https://example.org/financial-crime-bulletin/2023/11/22/binance-settlement-summary",
    nav=["Enforcement", "AML", "Sanctions", "Crypto", "Guidance"], section="Enforcement",
    kicker="Press release summary", byline="Financial Crime Bulletin staff",
    tags=["Binance", "FinCEN", "OFAC", "DOJ", "Crypto"],
    related=["How a compliance monitor works", "The largest OFAC settlements"],
    trending=["Choosing a winter coat that lasts", "Five books to read on a long flight", "Simple sheet-pan dinners"],
    body="""      <table class="case-box">
        <tr><th>Agencies</th><td>Department of Justice; Treasury (FinCEN and OFAC); Commodity Futures Trading Commission</td></tr>
        <tr><th>Subject</th><td>Binance Holdings Ltd. (Cayman Islands) and founder Changpeng Zhao</td></tr>
        <tr><th>Announced</th><td>Tuesday, November 21, 2023</td></tr>
        <tr><th>Court</th><td>US District Court, Western District of Washington (Seattle)</td></tr>
      </table>
      <h2>The resolution</h2>
      <p>Binance, the world's largest cryptocurrency exchange, pleaded guilty to failing to maintain an effective anti-money-laundering programme, operating an unlicensed money transmitting business and violating US sanctions law. It agreed to pay more than <strong>$4.3 billion</strong> to resolve the Justice Department's case, made up of a $1.81 billion criminal fine and $2.51 billion in forfeiture. Amounts paid to other agencies are partly credited against each other.</p>
      <p>Its founder and chief executive, <strong>Changpeng Zhao</strong>, pleaded guilty to one count of failing to maintain an effective anti-money-laundering programme, agreed to pay a $50 million fine and resigned as chief executive. Richard Teng, previously head of Binance's regional markets, takes over.</p>
      <h2>Treasury's part</h2>
      <ul>
        <li><strong>FinCEN</strong> assessed a civil money penalty of <strong>$3.4 billion</strong>, the largest in its history, for violations of the Bank Secrecy Act, including failing to file suspicious activity reports on transactions linked to terrorist groups, ransomware and child sexual abuse material.</li>
        <li><strong>OFAC</strong> reached a <strong>$968 million</strong> settlement, its largest ever, over apparent violations of sanctions programmes: Binance let US users trade with users in Iran, North Korea, Syria and the Crimea region of Ukraine, among others.</li>
        <li>Binance must accept a <strong>five-year monitorship</strong>, with the monitor reporting to Treasury and the Justice Department, and give Treasury access to its books, records and systems.</li>
        <li>Binance must ensure its <strong>complete exit from the United States</strong>. Its separately registered US affiliate, Binance.US, operated by BAM Trading Services, is not part of the exit.</li>
      </ul>
      <p>"Binance turned a blind eye to its legal obligations in the pursuit of profit," said Treasury Secretary Janet Yellen. "Its willful failures allowed money to flow to terrorists, cybercriminals, and child abusers through its platform."</p>
      <p>Attorney General Merrick Garland said: "Using new technology to break the law does not make you a disruptor, it makes you a criminal."</p>
      <h2>CFTC</h2>
      <p>The CFTC settlement requires Binance to pay $2.7 billion in disgorgement and civil penalties and Zhao to pay a $150 million civil penalty. Former chief compliance officer Samuel Lim agreed to pay $1.5 million.</p>
      <h2>What it does not do</h2>
      <p>Binance is not designated on the Specially Designated Nationals list; the OFAC matter is a settlement of apparent violations, not a sanctions listing. Zhao will be sentenced later; he has been released on a $175 million bond.</p>"""
)))

# ---------------------------------------------------------------- Binance MGX investment, Mar 2025 (distractor)
PAGES.append(("h-binance-mgx-investment-mar-2025.html", "news", dict(
    title="Abu Dhabi's MGX invests $2 billion in Binance, paid in stablecoins",
    site="Gulf Capital Markets", date="2025-03-13", date_text="March 13, 2025",
    url="https://example.org/gulf-capital-markets/2025/03/13/mgx-binance-investment",
    nav=["Markets", "Banking", "Fintech", "Real Estate", "Energy"], section="Fintech",
    kicker="Deals", byline="By Omar Haddad",
    tags=["Binance", "MGX", "Abu Dhabi", "Stablecoins"],
    related=["Dubai's crypto licensing regime explained", "Sovereign funds and AI: who is buying what"],
    trending=["The best brunches in Dubai Marina", "Summer school options in Abu Dhabi", "Electric cars: charging at home in the UAE"],
    body="""      <p>MGX, an Abu Dhabi-backed technology investment company, has invested $2 billion in Binance, the world's largest cryptocurrency exchange by trading volume, the two companies said on Wednesday, March 12, 2025. It is the first outside institutional investment Binance has taken since it was founded in 2017.</p>
      <h2>Paid in crypto</h2>
      <p>The investment was made entirely in stablecoins, digital tokens pegged to a currency such as the US dollar. Binance called it the largest investment ever made in a crypto company and the largest ever paid in cryptocurrency. Neither side said which stablecoin was used, how large a stake MGX bought, or what governance rights it received. MGX becomes a minority shareholder.</p>
      <p>Binance founder Changpeng Zhao, who remains the largest shareholder, confirmed the deal on social media. In February he had dismissed rumours that the company was looking for a buyer, saying it might at most sell small minority stakes.</p>
      <h2>Who is MGX</h2>
      <p>MGX was set up almost exactly a year ago to invest in artificial intelligence and advanced technology. It is chaired by Sheikh Tahnoon bin Zayed Al Nahyan, the UAE's national security adviser, and its founding partners are the sovereign investor Mubadala and the AI company G42. The Binance deal is its first public investment in crypto.</p>
      <p>"As institutional adoption accelerates, the need for secure, compliant, and scalable blockchain infrastructure and solutions has never been greater," said Ahmed Yahia, MGX's managing director and chief executive.</p>
      <h2>Binance and the UAE</h2>
      <p>Binance has close ties to the Emirates. It employs around 1,000 of its 5,000 staff there, and its chief executive, Richard Teng, used to head the Financial Services Regulatory Authority of Abu Dhabi Global Market. Binance holds a licence from Dubai's Virtual Assets Regulatory Authority.</p>
      <p>"This investment by MGX is a significant milestone for the crypto industry and for Binance," Teng said.</p>
      <p>The UAE has been positioning itself as a hub for digital assets, with regulators in Dubai and Abu Dhabi competing to attract exchanges, token issuers and trading firms.</p>
      <h2>Market context</h2>
      <p>The deal comes in a volatile month for crypto. The US president announced plans for a national crypto reserve earlier in March, but bitcoin has fallen from its January record amid wider market turmoil.</p>
      <p>Analysts said the investment gives Binance a deep-pocketed Gulf shareholder at a time when the exchange is trying to present itself as a mature, regulated company, and gives MGX exposure to a business that earns fees from trading whatever the direction of prices.</p>"""
)))

# ---------------------------------------------------------------- NIS licence and MOL deal, Jan 2026
PAGES.append(("h-nis-operating-license-mol-deal-jan-2026.html", "news", dict(
    title="US extends Serbia's NIS operating licence to February 20 as MOL agrees to buy Russian stake",
    site="Balkan Energy Report", date="2026-01-24", date_text="January 24, 2026",
    url="https://example.org/balkan-energy-report/2026/01/24/nis-licence-extended-mol",
    nav=["Oil & Gas", "Power", "Serbia", "Region", "Markets"], section="Serbia",
    kicker="Sanctions", byline="By Jelena Marković",
    tags=["NIS", "Serbia", "OFAC", "MOL", "Gazprom Neft"],
    related=["How JANAF's pipeline works", "Serbia's winter gas balance"],
    trending=["Ski resorts in the Balkans, compared", "Belgrade's new metro: where things stand", "Cheapest flights out of Niš"],
    body="""      <p>The US Treasury's Office of Foreign Assets Control (OFAC) has extended the licence that lets Serbia's sanctioned oil company Naftna Industrija Srbije (NIS) keep operating until <strong>February 20, 2026</strong>, Serbian officials said on Friday, January 23, hours before the previous licence was due to expire at midnight.</p>
      <p>The extension came four days after Hungary's MOL signed a binding agreement with Gazprom Neft to buy the Russian-held majority of NIS.</p>
      <h2>How NIS got back to work</h2>
      <ul>
        <li><strong>October 9, 2025:</strong> US sanctions on NIS take effect after months of postponements. Crude deliveries through Croatia's JANAF pipeline stop.</li>
        <li><strong>December 2, 2025:</strong> the Pančevo refinery, Serbia's only refinery, halts production; Serbia relies on state reserves and imported fuel.</li>
        <li><strong>December 23, 2025:</strong> OFAC issues a licence allowing NIS, MOL, the Serbian government, Gazprom Neft, Gazprom and their lawyers to <em>negotiate</em> a sale of the Russian stake until March 24, 2026. The licence requires a permanent and complete exit of Russian ownership and control, and does not authorise signing or carrying out a deal without further approval.</li>
        <li><strong>December 31, 2025:</strong> OFAC grants NIS a licence to operate until January 23, 2026, after 84 days of full sanctions.</li>
        <li><strong>January 13, 2026:</strong> crude begins flowing again through JANAF after about 100 days; the refinery restarts.</li>
        <li><strong>January 19, 2026:</strong> MOL signs a binding heads of agreement with Gazprom Neft.</li>
        <li><strong>January 23, 2026:</strong> the operating licence is extended to February 20.</li>
      </ul>
      <h2>Conditions of the licence</h2>
      <p>According to a letter to Serbia's finance ministry reported by the state broadcaster RTS, the licence remains valid only if NIS's transactions do not involve US persons or the US financial system, do not benefit any blocked party other than NIS itself, and do not involve other activities prohibited by the Russia-related sanctions.</p>
      <h2>The MOL deal</h2>
      <p>MOL will acquire the combined <strong>56.15%</strong> stake held by Gazprom Neft and the Gazprom-controlled Intelligence JSC. It is in talks with Abu Dhabi's ADNOC about taking a minority stake, with MOL keeping control. Serbia, which owns 29.87%, signed a memorandum with MOL that would let it raise its stake by 5 percentage points. The companies aim to sign the final sale agreement by March 31; it needs OFAC's approval and Serbian regulatory approval.</p>
      <h2>Still sanctioned</h2>
      <p>The licences do not remove NIS from the Specially Designated Nationals list. The company remains blocked, and the licences are temporary and conditional. Washington has made clear that the sanctions will only be lifted once Russian owners have fully left. Parliament speaker Ana Brnabić said the extension "buys additional time for our citizens, the country, and the economy".</p>"""
)))

# ---------------------------------------------------------------- hosting forum thread, Aug 2025
PAGES.append(("h-hosting-providers-forum-thread-aug-2025.html", "forum", dict(
    title="Our upstream was on Aeza. Are we in trouble, and who else is sanctioned?",
    site="HostOps Community", date="2025-08-20", date_text="August 20, 2025",
    url="https://example.org/hostops-community/threads/aeza-upstream-sanctioned",
    nav=["Forums", "What's new", "Members", "Jobs"], section="Hosting business", subsection="Legal & compliance",
    related=["Peering policies of major IXPs", "Choosing a colocation contract"],
    trending=["Home lab power bills: share yours", "Best budget 10GbE switches", "Is IPv4 leasing still worth it?"],
    similar=["Do we need to screen customers against OFAC lists?", "Reseller agreements and sanctions clauses", "Abuse desk staffing for small hosts"],
    posts=[
        ("vps_reseller_jo", "Member", "2025-08-20T08:41", "August 20, 2025, 8:41 AM",
         "<p>Small VPS reseller in Texas here. Part of our capacity in Europe was resold from a company that, it turns out, ran on Aeza Group infrastructure. Someone on another forum says Aeza is sanctioned. Is that real? Are we in trouble?</p>"),
        ("netsec_marta", "Member", "2025-08-20T09:05", "August 20, 2025, 9:05 AM",
         "<p>@vps_reseller_jo Yes, real. OFAC put Aeza Group on the SDN list on July 1, 2025, together with its UK branch Aeza International, two more related companies, four people who run it and a Tron crypto address. OFAC says Aeza hosted the BianLian ransomware crew, the Meduza and Lumma infostealers and the BlackSprut drug market.</p>"),
        ("vps_reseller_jo", "Member", "2025-08-20T09:20", "August 20, 2025, 9:20 AM",
         "<p>Great. We've been paying the reseller monthly since spring. What do I do?</p>"),
        ("sanctions_geek", "Moderator", "2025-08-20T09:48", "August 20, 2025, 9:48 AM",
         "<p>@vps_reseller_jo Not legal advice, but: stop any payments that end up with Aeza, find out exactly who the reseller pays and where the servers are, and talk to a sanctions lawyer about whether to file a voluntary self-disclosure with OFAC for payments made after July 1. Payments before July 1 were not prohibited by that designation.</p><p>Also keep in mind Aeza is the <strong>second</strong> bulletproof host sanctioned this year. Zservers, in Barnaul, was hit in February by the US, UK and Australia for hosting LockBit affiliates.</p>"),
        ("netsec_marta", "Member", "2025-08-20T10:12", "August 20, 2025, 10:12 AM",
         "<p>One more thing: there's talk that Aeza customers are being moved to a new UK company called Hypercore. As far as I can see Hypercore is not on any list right now, but if it's Aeza under a new name I'd stay well away.</p>"),
        ("old_bgp_hand", "Member", "2025-08-20T10:40", "August 20, 2025, 10:40 AM",
         "<p>@netsec_marta Agree. The SDN list only catches companies after OFAC names them, and new shells can pop up faster than that. The 50 percent rule helps only if the new company is owned by a blocked person on paper. Check the IP ranges too: if your 'new' provider announces the same prefixes Aeza used, that tells you something.</p>"),
        ("sanctions_geek", "Moderator", "2025-08-20T11:02", "August 20, 2025, 11:02 AM",
         "<p>Summary for anyone landing here: Aeza Group = sanctioned since July 1, 2025. Zservers = sanctioned since February 11, 2025. Hypercore = not designated as of today, treat with caution. If OFAC adds anyone new we'll update the thread.</p>"),
    ],
)))

# ---------------------------------------------------------------- EDA FAQ, July 2025
PAGES.append(("h-eda-curbs-lifted-faq-jul-2025.html", "faq", dict(
    title="FAQ: The US has lifted its licence requirement on chip design software for China. What now?",
    site="Semiconductor Policy Watch", date="2025-07-07", date_text="July 7, 2025",
    url="https://example.org/semiconductor-policy-watch/2025/07/07/eda-restrictions-lifted-faq",
    nav=["Export controls", "Fabs", "Design", "Supply chain", "Policy"], section="Export controls",
    kicker="Explainer", byline="Semiconductor Policy Watch staff",
    tags=["EDA", "Export controls", "China", "Synopsys", "Cadence", "Siemens"],
    related=["What an 'is informed' letter is", "Chip tools: who makes what"],
    trending=["The best mechanical keyboards for programmers", "How to keep a laptop battery healthy", "Summer gadget deals worth it"],
    body="""      <h2>What happened?</h2>
      <p>On Wednesday, July 2, 2025, the Commerce Department's Bureau of Industry and Security (BIS) told the three largest makers of electronic design automation (EDA) software, Synopsys, Cadence Design Systems and Siemens, that the China licence requirement it imposed in May no longer applies. The companies began restoring access for Chinese customers right away. Siemens said it had restored full access to its software and technology for customers in China.</p>
      <h2>What was the May requirement?</h2>
      <p>In letters dated May 23, 2025, BIS told the companies that a licence was required to export, re-export or transfer EDA software and technology classified under ECCNs 3D991 and 3E991 when a party to the deal was in China or was a Chinese military end user. Synopsys responded by halting sales and services in China from May 29 and suspending its financial guidance.</p>
      <h2>Why was it lifted?</h2>
      <p>The lifting follows a trade framework agreed by US and Chinese negotiators in London in June. Under it, Washington agreed to remove some recent export restrictions, including on chip design software, ethane and jet engine parts, while Beijing committed to speed up approvals for exports of rare earth minerals and magnets. The ethane exporter Enterprise Products Partners received a similar letter lifting its restriction.</p>
      <h2>Can I sell EDA tools to any Chinese customer now?</h2>
      <p>No. Only the country-wide licence requirement from the May letters is gone. All other export rules still apply, including:</p>
      <ul>
        <li>Entity List restrictions: customers on the Entity List, such as many Chinese chipmakers and research institutes, still need a licence;</li>
        <li>military end-use and end-user rules;</li>
        <li>the controls on advanced EDA tools for designing gate-all-around transistors introduced in 2022.</li>
      </ul>
      <p>BIS reminded the companies that they must keep complying with the rest of the Export Administration Regulations and keep records of their shipments.</p>
      <h2>Can the restriction come back?</h2>
      <p>Yes. An "is informed" letter can be reissued at any time, and officials have said export controls remain a tool in trade talks. Companies with Chinese customers should build in contract terms that allow them to suspend deliveries if rules change again.</p>
      <h2>Did this affect the Synopsys-Ansys deal?</h2>
      <p>China's market regulator had been reviewing Synopsys's acquisition of Ansys. Reports in June said the review had slowed as trade tensions rose. The deal still needs Chinese approval as of this writing.</p>
      <h2>Does this put any company on a blacklist, or take one off?</h2>
      <p>No. The letters were licence requirements for specific exporters, not listings. Neither the May letters nor their withdrawal added or removed any company from the Entity List or any other list.</p>"""
)))

# ---------------------------------------------------------------- CleanSpark buys MineOne site, Sept 2024
PAGES.append(("h-cleanspark-buys-cheyenne-site-sep-2024.html", "news", dict(
    title="US miner CleanSpark buys the Cheyenne site Biden ordered MineOne to sell",
    site="High Plains Business Journal", date="2024-09-19", date_text="September 19, 2024",
    url="https://example.org/high-plains-business-journal/2024/09/19/cleanspark-buys-cheyenne-site",
    nav=["Energy", "Agriculture", "Tech", "Real Estate", "Politics"], section="Tech",
    kicker="Crypto mining", byline="By Laura Bittner",
    tags=["CFIUS", "Bitcoin mining", "Cheyenne", "CleanSpark", "MineOne"],
    related=["Wyoming's blockchain laws, explained", "Data centres and the grid in the Mountain West"],
    trending=["Best fall hikes near Laramie", "How to winterise a camper", "Rodeo season: the results"],
    body="""      <p>The bitcoin mining facility near F.E. Warren Air Force Base that President Joe Biden ordered its Chinese-backed owner to sell has a new, American owner. CleanSpark, a Nasdaq-listed bitcoin miner based in Nevada, said on Tuesday, September 17, 2024, that it had acquired the site in Cheyenne.</p>
      <h2>Closing the divestment</h2>
      <p>CleanSpark chief executive Zach Bradford told the Wyoming Legislature's Select Committee on Blockchain, Financial Technology and Digital Innovation Technology on Monday that the purchase had closed late the previous week. The seller was MineOne, the company majority owned by Chinese nationals that the May 13 presidential order required to remove its equipment within 90 days and sell the property within 120 days.</p>
      <p>The order required CFIUS, the Committee on Foreign Investment in the United States, to have no objection to the buyer. CleanSpark describes itself as a wholly domestic company with no foreign operations.</p>
      <p>"I'm sure some of the questions today that I'll get are actually going to be about the acquisition we did near Warren Air Force Base," Bradford told lawmakers.</p>
      <h2>Plans for the site</h2>
      <p>CleanSpark already owns a second Cheyenne site, in Campstool Business Park, bought earlier this summer. "Between these two properties, we have 75 megawatts," Bradford said. He said the company expects to have close to 40 jobs in Wyoming, with staff on site around the clock, and plans further investment in infrastructure over the next few years.</p>
      <p>The company plans to use new mining machines at the sites rather than the equipment MineOne had installed, which the order required to be removed. During the summer, trucks and shipping containers were seen at the site as MineOne cleared it.</p>
      <h2>What this means</h2>
      <p>The sale completes the first forced divestment of real estate ordered by a president on the advice of CFIUS. The order was not a sanctions listing: MineOne was required to give up one property, not placed on a blacklist.</p>
      <p>Wyoming lawmakers welcomed CleanSpark. State legislators have been keen to show that the state remains open to crypto miners after the MineOne case, and a bill to tighten rules on foreign ownership of land near military sites is being discussed for next year's session.</p>
      <p>CleanSpark has said its Cheyenne facilities will be fully immersion-cooled, with the machines submerged in liquid rather than cooled by large fans.</p>
      <p>MineOne, which had denied any involvement in espionage and said it had moved its operations to the United States after China banned bitcoin mining in 2021, did not comment on the sale.</p>"""
)))


def main():
    for name, kind, p in PAGES:
        if kind == "blog":
            out = blog_page(p)
        elif kind == "forum":
            out = forum_page(p)
        elif kind == "press":
            out = news_page(p, comments=False)
        else:
            out = news_page(p, comments=True)
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(out)
        print("wrote", name)


if __name__ == "__main__":
    main()
