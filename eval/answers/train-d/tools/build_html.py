"""Writes the HTML files of the train-d corpus. Run: python3 tools/build_html.py"""
import os
from htmlgen import news_page, blog_page, forum_page

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")


def P(*paras):
    out = []
    for p in paras:
        if p.startswith("<"):
            out.append("    " + p)
        else:
            out.append(f"    <p>{p}</p>")
    return "\n".join(out)


pages = {}

pages["d-rusal-en-plus-removed-from-sdn-list.html"] = news_page(
    "Rusal, En+ and EuroSibEnergo come off the US sanctions list", "2019-01-28", "Commodity Ledger",
    "https://example.org/commodity-ledger/2019/01/28/rusal-en-plus-delisted", "Business", P(
    "The US Treasury Department's Office of Foreign Assets Control (OFAC) removed aluminium producer UC Rusal plc, its parent En+ Group plc and the power company JSC EuroSibEnergo from its list of Specially Designated Nationals and Blocked Persons on Sunday, January 27, 2019, ending nine months of sanctions that had shaken the global aluminium market.",
    "The delisting follows a notification the Treasury sent to Congress on December 19, 2018. Under the Countering America's Adversaries Through Sanctions Act (CAATSA), Congress had 30 days to review the decision and could have blocked it with a joint resolution of disapproval.",
    "<h2>Congress tried, and failed, to stop it</h2>",
    "Democrats led by Senate Minority Leader Chuck Schumer forced a vote on a resolution to keep the sanctions in place. On January 16, 2019, the measure won 57 votes in the Senate, including 11 Republicans, but fell short of the 60 votes needed to advance. The next day the House of Representatives passed its own disapproval resolution by 362 votes to 53, but without Senate action the House vote could not stop the Treasury.",
    "<h2>Why the companies were let go</h2>",
    "OFAC said the three companies had reduced Oleg Deripaska's direct and indirect shareholding and severed his control. Deripaska's stake in En+ falls below 50 percent, to 44.95 percent, and the terms ensure that a majority of the directors on the En+ and Rusal boards will be independent directors, including US and European persons, with no business, professional or family ties to Deripaska or to other sanctioned people.",
    "The companies also agreed to unprecedented transparency for OFAC, including ongoing auditing, certification and reporting requirements. If they breach the terms, the Treasury said, the sanctions can be reimposed.",
    "<h2>Deripaska remains sanctioned</h2>",
    "All sanctions on Deripaska himself remain in force. He is still on the SDN list, his assets under US jurisdiction remain blocked, and US persons still may not deal with him or with companies he owns 50 percent or more. Other companies designated with him in April 2018, including GAZ Group and his holding company Basic Element, were not part of this deal and remain blocked.",
    "<h2>What changes for buyers and investors</h2>",
    "From Monday, US persons may again buy Rusal aluminium, trade En+ and Rusal shares and bonds, and do business with EuroSibEnergo without a license. The general licenses that had let customers wind down dealings are no longer needed for the three companies. Traders said the return of Rusal metal should ease the tightness in the European aluminium market that followed the April sanctions.",
    "Rusal shares rose by more than 5 percent at the opening of trading in Hong Kong on Monday.",
    "Rusal welcomed the decision and thanked its customers and partners for their patience. \"Today's decision provides certainty for our employees, customers and shareholders,\" the company said.",
    "Critics in Congress said the deal left Deripaska with too much influence, since his stake remains large and some shares pass to parties friendly to him. The Treasury said it would monitor compliance closely.",
    ), kicker="Sanctions")

pages["d-nord-stream-2-ag-sanctions-explainer.html"] = news_page(
    "Explainer: why the US has now sanctioned Nord Stream 2 AG", "2022-02-24", "Energy Policy Review",
    "https://example.org/energy-policy-review/2022/02/24/nord-stream-2-ag-sanctions-explainer", "Policy", P(
    "President Joe Biden said on Wednesday, February 23, 2022, that he had directed his administration to impose sanctions on Nord Stream 2 AG, the company that built the Nord Stream 2 gas pipeline from Russia to Germany, and on its corporate officers. The move came a day after German Chancellor Olaf Scholz halted the certification of the pipeline in response to Russia's recognition of two breakaway regions in eastern Ukraine.",
    "Here is what the decision means.",
    "<h2>Who exactly is sanctioned?</h2>",
    "The target is Nord Stream 2 AG, a company registered in Zug, Switzerland, and wholly owned by the Russian state gas company Gazprom, together with its corporate officers, including chief executive Matthias Warnig, a German former intelligence officer and longtime associate of Vladimir Putin. The Treasury's Office of Foreign Assets Control added the company to the list of Specially Designated Nationals.",
    "<h2>Didn't the US already sanction the pipeline?</h2>",
    "Partly. A 2019 law, the Protecting Europe's Energy Security Act, targeted the vessels laying the pipe, and in January 2021 the Trump administration sanctioned the Russian pipelaying vessel Fortuna and its owner KVT-RUS. But in May 2021 the Biden administration decided to waive sanctions on Nord Stream 2 AG itself and on Warnig, saying it was in the US national interest as it sought to repair relations with Germany. Wednesday's decision reverses that waiver.",
    "<h2>What does it mean for companies?</h2>",
    "US persons may no longer deal with Nord Stream 2 AG or its officers, and any of the company's property under US jurisdiction is blocked. Non-US companies that engage in significant transactions with it could face secondary sanctions. OFAC issued a general license that allows transactions ordinarily incident and necessary to the wind down of dealings with the company until 12:01 a.m. eastern time on March 2, 2022.",
    "<h2>Is the pipeline operating?</h2>",
    "No. Construction of the 1,230-kilometre pipeline under the Baltic Sea was completed in September 2021, but it never received the German certification it needs to start commercial operation. The pipeline, which cost about $11 billion, was designed to carry 55 billion cubic metres of gas a year, doubling the capacity of the existing Nord Stream route. Gazprom paid half of the cost; five European energy companies financed the rest.",
    "<h2>Is Gerhard Schroeder affected?</h2>",
    "The former German chancellor, who chairs the shareholder committee of the separate Nord Stream AG, was not named in Wednesday's action.",
    "<h2>What did Biden say?</h2>",
    "\"These steps are another piece of our initial tranche of sanctions in response to Russia's actions in Ukraine,\" Biden said in a statement. \"As I have made clear, we will not hesitate to take further steps if Russia continues to escalate.\"",
    "Senator Ted Cruz, who had blocked State Department nominees in protest at the 2021 waiver, welcomed the move but said it came too late.",
    ), kicker="Explainer")

pages["d-chevron-venezuela-license-blog.html"] = blog_page(
    "Chevron's Venezuela license is being unwound: what suppliers need to know", "2025-03-06", "Trade Compliance Notes",
    "https://example.org/trade-compliance-notes/2025/03/chevron-venezuela-license-unwound",
    P(
    "Quick post for the many readers who supply equipment or services to oil companies in Venezuela. The special license that let Chevron pump and export Venezuelan oil since late 2022 is going away, and the wind-down period is short.",
    "<h2>Background: why Chevron needed a license at all</h2>",
    "The state oil company Petróleos de Venezuela, S.A. (PDVSA) has been on the Treasury's Specially Designated Nationals list since January 28, 2019. Any dealings by US persons with PDVSA, or with entities it owns 50 percent or more, are prohibited unless OFAC authorizes them. Chevron's four joint ventures in Venezuela all have PDVSA as the majority partner.",
    "On November 26, 2022, OFAC issued Venezuela General License 41, which allowed Chevron to resume operating its joint ventures and to import Venezuelan crude into the United States, as long as PDVSA received no profits from the oil sales. The license ran for six months at a time and renewed automatically. According to PDVSA figures, the Chevron joint ventures produced roughly 242,000 barrels a day in January 2025.",
    "<h2>What changed</h2>",
    "On February 26, 2025, President Trump announced he was reversing the concessions the Biden administration had granted to the Maduro government, citing the elections and the slow pace of deportation flights. On March 4, OFAC replaced GL 41 with General License 41A, which only authorizes the wind-down of transactions related to Chevron's joint ventures through 12:01 a.m. eastern daylight time on April 3, 2025.",
    "That is a one-month window; wind-downs are usually closer to six months. During the wind-down, GL 41A does not authorize the payment of taxes or royalties to the Government of Venezuela, dividends to PDVSA, or the export of oil produced by the joint ventures to any country other than the United States.",
    "<h2>What it means for suppliers</h2>",
    "<ul><li>If you provide goods or services to a Chevron joint venture under GL 41, make sure the work ends by April 3 unless OFAC says otherwise.</li><li>The general guidance that let non-US companies support these ventures without sanctions risk falls away when GL 41A expires.</li><li>Other PDVSA partners such as Repsol, Eni and Maurel &amp; Prom operate under specific licenses, which are private; check with your counterparty.</li></ul>",
    "Chevron said it was complying with all laws and regulations that apply to its business. We will update this post if the deadline moves.",
    ),
    comments=[
        ("Marta G.", "2025-03-06", "Thanks, this is clear. Do you know if spare parts already shipped before March 4 are covered?"),
        ("Trade Compliance Notes", "2025-03-07", "Shipments are covered only for transactions authorized under GL 41A and only until April 3. Get advice on your specific case."),
        ("oilfield_ops", "2025-03-08", "Three years of rebuilding down the drain. We had just rehired a crew for the Petropiar upgrader."),
    ],
    teasers=["Checklist: screening customers against the SDN list", "What the 50 percent rule does and does not cover", "Export licenses for oilfield equipment, explained"],
    prev_next=("Year-end round-up of sanctions changes", "Five screening mistakes we see every month"))

pages["d-rosneft-lukoil-sanctioned-oct-2025.html"] = news_page(
    "US blacklists Rosneft and Lukoil, Russia's two largest oil companies", "2025-10-23", "Global Energy Wire",
    "https://example.org/global-energy-wire/2025/10/23/rosneft-lukoil-sanctions", "World", P(
    "The US Treasury Department on Wednesday, October 22, 2025, imposed full blocking sanctions on Rosneft and Lukoil, Russia's two largest oil producers, in the first major Russia sanctions action of President Donald Trump's second term.",
    "The Office of Foreign Assets Control (OFAC) added Open Joint Stock Company Rosneft Oil Company and Lukoil OAO, together with 34 of their Russia-based subsidiaries, to the Specially Designated Nationals (SDN) list under Executive Order 14024, for operating in the energy sector of the Russian economy.",
    "\"Given President Putin's refusal to end this senseless war, Treasury is sanctioning Russia's two largest oil companies that fund the Kremlin's war machine,\" Treasury Secretary Scott Bessent said. He added that the Treasury was prepared to take further action if necessary.",
    "<h2>From sectoral to full sanctions</h2>",
    "Until now, both companies had been subject only to narrower sectoral sanctions dating from 2014, which restricted new debt financing but allowed most trade. In January 2025, the outgoing Biden administration blocked the third- and fourth-largest producers, Gazprom Neft and Surgutneftegas, but left Rosneft and Lukoil off the SDN list. With Wednesday's action, all four of Russia's biggest oil companies are now fully blocked.",
    "Because of OFAC's 50 percent rule, any entity that Rosneft or Lukoil owns 50 percent or more is blocked as well, even if it is not named. Both companies have large networks abroad, including Lukoil's refineries in Bulgaria and Romania and its stakes in oilfields in Iraq, Kazakhstan and Uzbekistan.",
    "<h2>Secondary sanctions risk</h2>",
    "OFAC warned that foreign financial institutions that conduct or facilitate significant transactions for the two companies risk being sanctioned themselves. That warning is aimed at buyers of Russian crude in India, China and Turkey.",
    "<h2>Wind-down licenses</h2>",
    "OFAC issued four general licenses with the designations:",
    "<ul><li><b>GL 124A</b> keeps authorizing transactions related to the Caspian Pipeline Consortium and the Tengizchevroil project in Kazakhstan.</li><li><b>GL 126</b> authorizes the wind down of transactions involving Rosneft or Lukoil until 12:01 a.m. eastern time on November 21, 2025.</li><li><b>GL 127</b> authorizes certain transactions to divest debt, equity or derivatives of the two companies.</li><li><b>GL 128</b> authorizes certain transactions involving Lukoil retail service stations located outside Russia.</li></ul>",
    "<h2>Reaction</h2>",
    "Oil prices jumped by about 5 percent on Thursday. Indian refiners said they were reviewing their purchases. The Kremlin said the sanctions would not have a significant impact on the Russian economy.",
    "Analysts said Lukoil, which has significant international operations, may be forced to sell its foreign assets, and that any such sale would need a license from OFAC.",
    ), kicker="Sanctions")

pages["d-lukoil-gunvor-forum-thread.html"] = forum_page(
    "Lukoil sanctions: Gunvor deal dead? What happens to the stations and refineries?", "2025-11-07", "Fuel Trade Forum",
    "https://example.org/fuel-trade-forum/t/lukoil-gunvor-deal-dead", "Sanctions and Compliance", [
    ("petrolhead_eu", "2025-11-07 08:12", "Member",
     "Morning all. Saw the news overnight that Gunvor pulled its bid for Lukoil's international business. I supply lubricants to two Lukoil-branded stations in Belgium. Can I still sell to them or not? The sanctions came in on October 22."),
    ("CompliancePaul", "2025-11-07 08:40", "Moderator",
     "Short version of what happened: Lukoil announced last week that it had accepted an offer from the Geneva-based trader Gunvor for Lukoil International, which holds its foreign refineries, oilfield stakes and retail networks. The deal needed an OFAC license. On Thursday, November 6, the Treasury posted on X that \"as long as Putin continues the senseless killings, the Kremlin's puppet, Gunvor, will never get a license to operate and profit.\" Gunvor called that fundamentally misinformed and false, but withdrew its proposal the same day.\n\nSo the sale to Gunvor is off. Lukoil still has to find another buyer that OFAC will accept."),
    ("petrolhead_eu", "2025-11-07 08:55", "Member",
     "OK but the stations?"),
    ("CompliancePaul", "2025-11-07 09:10", "Moderator",
     "For the stations, look at General License 128, which OFAC issued together with the designations. It authorizes certain transactions involving Lukoil retail service stations located outside Russia. The general wind-down license, GL 126, runs until November 21, 2025. Read the license text and get advice; I'm not your lawyer."),
    ("nordic_trader", "2025-11-07 09:32", "Member",
     "Worth remembering why Treasury hates Gunvor: it was co-founded by Gennady Timchenko, who sold his stake in 2014 right before he was sanctioned after Crimea. Gunvor says it has distanced itself from Russia for more than a decade. Doesn't matter, the headline says puppet."),
    ("refinery_watch", "2025-11-07 10:05", "Member",
     "The bigger issue is the refineries: Burgas in Bulgaria, Petrotel in Romania, the ISAB plant in Sicily was sold already a while ago. Bulgaria has been talking about taking control of Burgas. Reports put the Gunvor deal at around $20 billion, which many bankers thought was beyond Gunvor anyway."),
    ("petrolhead_eu", "2025-11-07 10:20", "Member",
     "Thanks. So: sale dead, stations maybe OK under GL 128, deadline Nov 21 for the rest. Got it."),
    ("CompliancePaul", "2025-11-07 10:31", "Moderator",
     "Correct as of today. Also note this is US law; the EU and UK have their own rules on Lukoil, which this thread doesn't cover. Locking in 48h unless there's news."),
    ])

pages["d-ninestar-cit-injunction-denied.html"] = news_page(
    "Court summary: trade court refuses to pause Ninestar's UFLPA listing", "2024-03-04", "Customs Law Bulletin",
    "https://example.org/customs-law-bulletin/2024/03/04/ninestar-preliminary-injunction-denied", "Courts", P(
    "<p><b>Case:</b> Ninestar Corp. et al. v. United States, Court of International Trade, No. 23-00182. <b>Judge:</b> Gary S. Katzmann. <b>Decision made public:</b> February 29, 2024.</p>",
    "<h2>Background</h2>",
    "On June 9, 2023, the Forced Labor Enforcement Task Force (FLETF), an interagency body chaired by the Department of Homeland Security, added the Chinese printer and cartridge maker Ninestar Corporation and eight of its subsidiaries based in Zhuhai to the Uyghur Forced Labor Prevention Act (UFLPA) Entity List, effective June 12, 2023. The FLETF said the companies worked with the government of the Xinjiang region to recruit, transport, transfer, harbor or receive Uyghurs or members of other persecuted groups out of Xinjiang. Goods made by listed entities are presumed to be made with forced labor and are barred from entering the United States.",
    "Ninestar, which reported sales of about $3.6 billion in 2022, sued in August 2023. It argued that the listing was arbitrary and capricious under the Administrative Procedure Act, that the task force gave no explanation for it, and that it created a \"guilty until proven innocent\" situation. It asked the court for a preliminary injunction that would suspend the listing while the case proceeds.",
    "<h2>Jurisdiction</h2>",
    "In November 2023 the court held that it has exclusive jurisdiction over challenges to the UFLPA Entity List, because the UFLPA is a law providing for embargoes.",
    "<h2>The ruling</h2>",
    "Judge Katzmann denied the motion for a preliminary injunction. He found that Ninestar was unlikely to succeed on the merits of its claims, had not shown that it would suffer irreparable harm without an injunction, and that the balance of equities and the public interest favored the government.",
    "On the key legal question, the court held that \"reasonable cause\" is the appropriate burden of proof for UFLPA listing decisions. Ninestar had argued the task force should have needed a preponderance of the evidence. The judge noted that Section 307 of the Tariff Act, which bans imports of goods made with forced labor, has long used a reasonable-cause standard.",
    "The court did give Ninestar a partial win: it held that the company did not first have to ask the task force to remove it from the list before coming to court, because Ninestar had no timely access to the confidential record or even an explanation of why it was listed. The judge stressed that this holding was limited to Ninestar's case.",
    "<h2>What it means</h2>",
    "Ninestar and its eight subsidiaries remain on the UFLPA Entity List, and their goods remain barred from US entry while the case continues. The ruling is not a final judgment on the merits. Lexmark, the US printer company that Ninestar acquired in 2016, is not on the list.",
    "For importers, the decision confirms that the government needs only reasonable cause to list a company, and that listed companies face a steep climb in court.",
    ), kicker="Court summary")

pages["d-sugon-higon-entity-list-june-2019.html"] = news_page(
    "Commerce blacklists supercomputer maker Sugon and AMD's Chinese partner", "2019-06-24", "Chip Policy Daily",
    "https://example.org/chip-policy-daily/2019/06/24/sugon-higon-entity-list", "Tech", P(
    "The US Commerce Department has added five Chinese organisations involved in supercomputing to its Entity List, including the server and supercomputer maker Sugon and the chip designer Higon, a partner of the US chipmaker AMD. The decision was announced on Friday, June 21, 2019, and takes effect with its publication in the Federal Register on Monday, June 24, 2019.",
    "The five entities are:",
    "<ul><li><b>Sugon</b>, also known as Dawning Information Industry or Zhongke Shuguang, which Commerce identified as the majority owner of Higon;</li><li><b>Higon</b>, also known as Tianjin Haiguang Advanced Technology Investment Co. (THATIC);</li><li><b>Chengdu Haiguang Integrated Circuit</b>;</li><li><b>Chengdu Haiguang Microelectronics Technology</b>;</li><li><b>Wuxi Jiangnan Institute of Computing Technology</b>.</li></ul>",
    "<h2>Why they were listed</h2>",
    "The Bureau of Industry and Security (BIS) said the organisations were involved in activities contrary to the national security or foreign policy interests of the United States. It said Sugon has publicly acknowledged a variety of military end uses and end users of its high-performance computers, and that the Wuxi Jiangnan Institute is owned by the 56th Research Institute of the General Staff of China's People's Liberation Army, whose mission is to support China's military modernisation. Together with the National University of Defense Technology, Sugon and the Wuxi institute lead China's development of exascale supercomputers.",
    "Commerce Secretary Wilbur Ross said the department would use its full authority to keep US technology from supporting military activities that threaten US national security.",
    "<h2>What the listing does</h2>",
    "US companies now need a license from Commerce to sell any item subject to the Export Administration Regulations to the five entities, and applications will be reviewed with a presumption of denial. The listing does not ban buying from these companies, and it does not affect their shares.",
    "<h2>AMD's joint venture</h2>",
    "The decision hits AMD's Chinese joint venture arrangement. In 2016 AMD agreed to license its x86 processor designs to a set of Chinese ventures under THATIC, in a deal worth $293 million plus royalties. Higon (also spelled Hygon) used the license to make server processors based on AMD's first Zen design. AMD chief executive Lisa Su said recently that AMD was not licensing further chip designs to the venture.",
    "The listing also matters for Intel and Nvidia, whose parts go into Sugon's machines. Sugon has built many of China's fastest supercomputers.",
    "China's foreign ministry said it firmly opposed the move. The decision comes weeks after Commerce added Huawei to the Entity List and days before President Trump is due to meet Chinese President Xi Jinping at the G20 summit in Osaka.",
    ), kicker="Export controls")

pages["d-iflytek-smart-translator-review.html"] = news_page(
    "Review: iFlytek's pocket translator is a frequent flyer's friend", "2024-05-14", "Gadget Roundup",
    "https://example.org/gadget-roundup/2024/05/14/iflytek-translator-review", "Tech", P(
    "Pocket translators used to be a gimmick. Phones do the job, after all. But after three weeks carrying the iFlytek Smart Translator through airports, taxis and restaurants in four countries, I understand why people still buy a dedicated device.",
    "<h2>Design</h2>",
    "The translator is about the size of a TV remote, with a small touchscreen, two physical buttons for the two speakers in a conversation, and a microphone array at the top. It feels solid, with a matt finish that does not show fingerprints. Battery life is the big win: I charged it twice in three weeks of daily use.",
    "<h2>Translation quality</h2>",
    "iFlytek, the Hefei-based speech company best known in China for its voice recognition and education products, has built its reputation on speech, and it shows. In a noisy Bangkok night market, the device picked up my speech reliably where my phone's app gave up. Translation between English and Mandarin was excellent; English to Spanish and French was very good; Thai was usable for directions and menus but stumbled on anything idiomatic.",
    "Offline mode covers a smaller set of languages and is noticeably weaker, so plan to use a local SIM or Wi-Fi for best results. The photo translation mode handled menus and street signs well, though it struggled with handwritten text.",
    "<h2>Setup and everyday use</h2>",
    "Setup takes about five minutes: choose a language pair, connect to Wi-Fi or insert a SIM card, and the device downloads updates. In use, you hold down the button for your language, speak, and release; the translation appears on screen and is read aloud a second or two later. Conversation mode, which alternates between two speakers automatically, worked well across a restaurant table but got confused when a third person joined in. A transcript of each conversation can be saved and exported, which is handy for taxi addresses and hotel instructions.",
    "<h2>Niggles</h2>",
    "The menus are cluttered and some settings are hidden three levels deep. The speaker is loud enough for a quiet room but not for a street. And the price is high for what is, in the end, a single-purpose gadget.",
    "<h2>Verdict</h2>",
    "If you travel a lot, especially in China, the iFlytek Smart Translator earns its place in your bag. Casual travellers should stick with a phone app.",
    "<p><b>Score:</b> 4 out of 5. <b>Pros:</b> excellent speech recognition, battery life, good in noise. <b>Cons:</b> cluttered menus, weak offline mode, pricey.</p>",
    ), kicker="Review")

pages["d-deepseek-state-bans-blog.html"] = blog_page(
    "Which states have banned DeepSeek? A running list", "2025-02-21", "GovTech Compliance Blog",
    "https://example.org/govtech-compliance/2025/02/which-states-banned-deepseek",
    P(
    "Since the Chinese AI start-up DeepSeek shot to the top of the app stores in late January 2025, governments have been moving to keep its chatbot off official devices. Several readers asked us for a single list, so here it is. We will keep it updated.",
    "<h2>States</h2>",
    "<ul><li><b>Texas</b> was first. On January 31, 2025, Governor Greg Abbott ordered state agencies to ban DeepSeek from state-issued devices, along with the Chinese social media apps RedNote (Xiaohongshu) and Lemon8 and the trading apps Webull, Tiger Brokers and Moomoo. \"Texas will not allow the Chinese Communist Party to infiltrate our state's critical infrastructure through data-harvesting AI and social media apps,\" Abbott said.</li><li><b>New York</b> followed on February 10, 2025, when Governor Kathy Hochul banned downloads of DeepSeek on devices and networks managed by the state's Office of Information Technology Services.</li><li><b>Virginia</b>: on February 11, 2025, Governor Glenn Youngkin signed Executive Order 46, banning DeepSeek on state devices and state-run networks.</li><li><b>Iowa</b>: Governor Kim Reynolds ordered a ban on DeepSeek and other Chinese apps on state-owned devices on February 19, 2025.</li></ul>",
    "<h2>Federal agencies and Congress</h2>",
    "Several federal bodies told staff not to use DeepSeek, including the US Navy, NASA and the Pentagon, and the House of Representatives' Chief Administrative Officer warned congressional offices against it. On February 6, 2025, Representatives Josh Gottheimer and Darin LaHood introduced the No DeepSeek on Government Devices Act, which would ban the app on federal government devices. As of this post the bill has not passed.",
    "<h2>Why?</h2>",
    "The stated concerns are about data: DeepSeek's privacy policy says user data is stored on servers in China, and officials worry Chinese law could force the company to hand it over. DeepSeek is owned by High-Flyer, a Chinese quantitative hedge fund.",
    "<h2>What these bans are not</h2>",
    "These are device policies for government employees. None of them stops private citizens or private companies from using DeepSeek, and DeepSeek is not on the Commerce Department's Entity List or on any Treasury sanctions list. If your company is deciding whether to allow it, that is a data-security question, not a sanctions one.",
    ),
    comments=[
        ("Jenna R.", "2025-02-21", "Useful list, thanks. Is anyone tracking local governments and universities too?"),
        ("GovTech Compliance Blog", "2025-02-21", "Not yet, there are too many. We focus on state-level orders."),
        ("dev_in_austin", "2025-02-22", "Worth noting you can run the open model weights on your own servers. The bans are about the app and the hosted service."),
    ],
    teasers=["TikTok on state devices: the 2022-2023 wave of bans", "Data residency clauses you should add to AI contracts", "Our favourite password managers for small teams"],
    prev_next=("What the new federal AI memo means for agencies", "How to write an acceptable-use policy for chatbots"))

pages["d-ns-cmic-investor-qa.html"] = news_page(
    "Reader Q&A: can I still own shares of Chinese companies on the Treasury list?", "2022-01-10", "Smart Money Answers",
    "https://example.org/smart-money-answers/2022/01/10/ns-cmic-list-investor-qa", "Business", P(
    "Every week our markets desk answers questions from readers. This week, a batch of questions about the Treasury's Chinese military companies list after the December 2021 additions.",
    "<h2>Q: What is the NS-CMIC list?</h2>",
    "It is the Non-SDN Chinese Military-Industrial Complex Companies List, kept by the Treasury's Office of Foreign Assets Control. It was created by Executive Order 14032, which President Biden signed on June 3, 2021, and which replaced the Pentagon-driven program under Executive Order 13959 from November 2020. The original list had 59 companies.",
    "<h2>Q: What does it ban?</h2>",
    "It bans US persons from buying or selling publicly traded securities of listed companies, including funds and derivatives that give exposure to them. The purchase ban starts 60 days after a company is listed. Existing holders may sell (divest) for 365 days after listing. It is not a full sanctions listing: US companies may still buy products from, or sell products to, a company that is only on the NS-CMIC list.",
    "<h2>Q: Which companies were added in December?</h2>",
    "On December 16, 2021, OFAC added eight technology companies that it said actively support the biometric surveillance and tracking of ethnic and religious minorities in China, particularly the Uyghurs in Xinjiang: CloudWalk Technology, Dawning Information Industry (better known as Sugon), Leon Technology, Megvii Technology, NetPosa Technologies, SZ DJI Technology, Xiamen Meiya Pico Information and Yitu. The ban on purchases of their securities takes effect on February 14, 2022, and US holders have until December 15, 2022, to divest.",
    "<h2>Q: I own a China tech fund that holds Sugon. Do I have to sell?</h2>",
    "Your fund manager does. Sugon's shares trade in Shanghai, and US funds will have to stop buying them from February 14, 2022, and get rid of them by December 15, 2022. Many funds sell well before the deadline.",
    "<h2>Q: Sugon is already on the Commerce Entity List. Isn't that the same thing?</h2>",
    "No. Sugon was added to the Commerce Department's Entity List in June 2019, which restricts exports of US technology to it. That listing never stopped anyone from buying its shares. The December 2021 NS-CMIC listing is what brings an investment ban. The eight companies added in December were all already on the Entity List.",
    "<h2>Q: Does the ban cover subsidiaries?</h2>",
    "Only if the subsidiary is itself named on the NS-CMIC list. OFAC's 50 percent rule, which extends SDN sanctions to companies owned by a blocked party, does not apply to this list.",
    "<h2>Q: Where can I check a name?</h2>",
    "OFAC publishes the list on its website and in its search tool. Check the exact legal name and any aliases.",
    ), kicker="Reader Q&A")

for name, text in pages.items():
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
print(len(pages), "html files written")
