# Article texts and metadata for train-zy. Each article: file, date, title, outlet, byline, kind, distractor, body.
# body: list of blocks: ("p", text) paragraph, ("h", text) subhead, ("li", text) list item,
# ("q", question, answer) FAQ pair, ("post", user, time, text) forum post, ("c", name, text) comment.
A = []

def add(file, date, title, outlet, byline, shape, body, distractor=False, teaser=None):
    A.append(dict(file=file, date=date, title=title, outlet=outlet, byline=byline, shape=shape,
                  body=body, distractor=distractor, teaser=teaser))

# ---------------- WeChat 2020-2021 ----------------
add("ZY-trump-wechat-order-users-worry-aug-2020.md", "2020-08-08",
    "Trump order targets WeChat, leaving millions of US users asking what comes next", "Pacific Ledger",
    "Mei Lin Hart", "news", [
    ("p", "President Donald Trump on Thursday, August 6, 2020, signed an executive order aimed at WeChat, the messaging, payments and social app owned by China's Tencent Holdings. The order, Executive Order 13943, relies on the International Emergency Economic Powers Act and bars unspecified transactions with Tencent related to WeChat by anyone subject to US jurisdiction."),
    ("p", "The prohibition is to start 45 days after the order, which points to September 20. A parallel order signed the same day targets TikTok and its parent ByteDance."),
    ("h", "What the order does not say"),
    ("p", "The order leaves it to the Commerce Secretary to identify which transactions will be banned. It does not say whether people who already have WeChat on their phones must delete it, whether app stores must remove it, or whether calls to relatives in China will still connect."),
    ("p", "That uncertainty worries Chinese-speaking families and small businesses such as restaurants and travel agents that use the app to talk to suppliers and customers. Several users told the Ledger they had started collecting email addresses and phone numbers from contacts in case the app stops working."),
    ("li", "Signed: August 6, 2020 (Executive Order 13943)."),
    ("li", "Target: transactions related to WeChat with Tencent Holdings and its subsidiaries."),
    ("li", "Start: 45 days later, unless Commerce says otherwise."),
    ("p", "Tencent said it was reviewing the order. The White House cited the risk that user data could be accessed by the Chinese government."),
    ], teaser="More from the Ledger: How to export your chat history before switching apps")

add("ZY-wechat-users-alliance-sues-aug-2020.html", "2020-08-24",
    "WeChat users file suit to stop the ban, ask for a court hearing before September 20", "Bay Civic Wire",
    "Press desk", "press", [
    ("p", "A group of US users of WeChat filed a federal lawsuit on Friday, August 21, 2020, asking the US District Court for the Northern District of California in San Francisco to strike down President Trump's August 6 executive order against the app."),
    ("p", "The plaintiff group, the U.S. WeChat Users Alliance, says it is not connected to Tencent. Individual plaintiffs joined it, along with a small company, Chihuo Inc. The suit names President Trump and Commerce Secretary Wilbur Ross."),
    ("h", "The claims"),
    ("p", "The users argue that the order violates the First Amendment by shutting down a main channel of speech for Chinese-speaking Americans, that it is too vague to tell people what they may and may not do, and that it discriminates against people of Chinese descent."),
    ("p", "Lawyers from the San Francisco firm Rosen Bien Galvan & Grunfeld, led by Michael Bien, represent the alliance together with Keliang \"Clay\" Zhu of DeHeng Law Offices. The group said it would ask for a preliminary injunction before the 45-day deadline, which falls on September 20."),
    ("p", "\"For many of our members WeChat is the only way to reach parents and grandparents in China,\" a spokesperson for the alliance said. \"We are asking the court to keep that line open.\""),
    ("p", "The Justice Department did not respond to a request for comment."),
    ])

add("ZY-commerce-bars-wechat-from-app-stores-sep-2020.txt", "2020-09-18",
    "Commerce says WeChat must leave US app stores from Sunday; payments inside the US barred", "Capitol Tech Brief",
    "Daniel Okafor", "news", [
    ("p", "WASHINGTON - The Commerce Department on Friday, September 18, 2020, published the list of transactions it will prohibit under President Trump's August 6 orders on WeChat and TikTok, setting out what users will lose and when."),
    ("h", "FROM SEPTEMBER 20"),
    ("p", "Starting Sunday, September 20, no one may provide services to distribute or maintain the WeChat mobile application, its code or app updates through an online mobile application store in the United States. That means no new downloads and no updates from Apple's App Store or Google Play for US users."),
    ("p", "Also from September 20, services through WeChat for the purpose of transferring funds or processing payments within the US are barred, and so are internet hosting, content delivery network and similar services that keep WeChat running in the US."),
    ("h", "TIKTOK GETS MORE TIME"),
    ("p", "For TikTok, only the app store ban starts on September 20; the hosting and network bans take effect on November 12, 2020."),
    ("p", "Commerce said the notices do not penalise people for using the apps to exchange personal or business information. Officials acknowledged that WeChat could become slower or less reliable in the US without updates."),
    ("p", "\"Today's actions prove once again that President Trump will do everything in his power to guarantee our national security,\" Commerce Secretary Wilbur Ross said."),
    ("p", "The WeChat users who sued in August have a court hearing scheduled this weekend."),
    ], teaser="Our tip: Read our explainer on what changes for WeChat users this weekend")

add("ZY-wechat-ban-what-changes-this-weekend-sep-2020.md", "2020-09-19",
    "Explainer: What the WeChat ban changes for you on Sunday", "Pacific Ledger", "Mei Lin Hart", "explainer", [
    ("p", "The Commerce Department's rules for WeChat take effect on Sunday, September 20, 2020, unless a court steps in first. Here is what they mean for an ordinary user in the United States, based on the notice published on Friday."),
    ("h", "Can I keep the app?"),
    ("p", "Yes. Nothing in the notice makes it illegal for you to keep WeChat on your phone or to send messages with it. The rules target companies that distribute and support the app, not individual users."),
    ("h", "Can I download it or update it?"),
    ("p", "Not from a US app store. From Sunday, Apple and Google may not offer WeChat or its updates to US users. If you already have it, you will keep the version you have, and it will not receive security fixes."),
    ("h", "Will it keep working?"),
    ("p", "At first, mostly. Because hosting and delivery services for WeChat in the US are also barred from Sunday, experts expect the app to become slow or unreliable over time."),
    ("h", "What about WeChat Pay?"),
    ("p", "Services through WeChat for transferring funds or processing payments within the US are barred from Sunday."),
    ("p", "Our advice: back up your chats, collect other contact details for people you talk to, and check back with us. A federal magistrate judge in San Francisco heard the users' request for an injunction this week and has not yet ruled."),
    ], teaser="More from the Ledger: Five other apps to reach family in China")

add("ZY-judge-beeler-blocks-wechat-ban-sep-2020.html", "2020-09-21",
    "Court summary: Judge Beeler blocks the WeChat ban nationwide", "Courtside Notes", "Ana Ruiz", "court", [
    ("p", "Case: U.S. WeChat Users Alliance v. Trump, US District Court for the Northern District of California, San Francisco."),
    ("p", "On Saturday night, September 19, 2020, US Magistrate Judge Laurel Beeler granted a nationwide preliminary injunction that stops the Commerce Department from enforcing the WeChat prohibitions that were due to take effect on Sunday, September 20."),
    ("h", "Why the judge ruled for the users"),
    ("p", "Judge Beeler found that the plaintiffs had shown serious questions going to the merits of their First Amendment claim and that the balance of hardships tipped in their favour. She wrote that WeChat is effectively the only means of communication for many in the Chinese-speaking and Chinese American community, and that the ban would eliminate that platform without alternatives."),
    ("p", "She accepted that the government has significant national security concerns about China but said the specific evidence about WeChat was modest, and that the rules burdened substantially more speech than necessary."),
    ("h", "What it means for users"),
    ("p", "For now, WeChat may stay in US app stores, updates may continue, and hosting and payment services are not blocked. The order does not decide the case; it holds the rules back while the lawsuit goes on."),
    ("p", "The Justice Department is expected to ask the judge, and then the Ninth Circuit, to put the injunction on hold."),
    ])

add("ZY-judge-unlikely-to-lift-wechat-injunction-oct-2020.txt", "2020-10-16",
    "Judge signals she will keep WeChat injunction in place despite new government evidence", "Capitol Tech Brief",
    "Daniel Okafor", "news", [
    ("p", "SAN FRANCISCO - The federal magistrate judge who blocked the WeChat ban said at a hearing on Thursday, October 15, 2020, that she is unlikely to lift her September preliminary injunction while the government appeals."),
    ("p", "Magistrate Judge Laurel Beeler heard the Justice Department's request to stay her order. The department filed new evidence about national security concerns, and a government lawyer argued that the aim was to limit the app's functionality to push users toward platforms not controlled by Beijing."),
    ("h", "NOT ILLEGAL TO SEND MESSAGES"),
    ("p", "Judge Beeler said the additional evidence did not change her view that the rules would burden the free speech of millions of Chinese-speaking Americans who rely on WeChat. She noted that \"the activity on this platform is not illegal\" and that the case is about users talking to one another."),
    ("p", "She did not rule from the bench on Thursday and said a written order would follow."),
    ("h", "WHAT USERS CAN DO NOW"),
    ("p", "As long as the injunction stands, WeChat remains available in Apple's and Google's US stores and keeps receiving updates, and the payment and hosting bans are on hold."),
    ("p", "The government has also appealed the injunction itself to the Ninth Circuit, where it could renew its stay request if Judge Beeler turns it down."),
    ], teaser="Our tip: How the Ninth Circuit handles emergency stay motions")

add("ZY-ninth-circuit-keeps-wechat-injunction-oct-2020.md", "2020-10-27",
    "Appeals court refuses to lift WeChat injunction; app stays in US stores", "Pacific Ledger", "Mei Lin Hart", "news", [
    ("p", "A three-judge panel of the US Court of Appeals for the Ninth Circuit on Monday, October 26, 2020, unanimously denied the government's request to suspend the injunction that blocks the WeChat ban."),
    ("p", "The panel said the government had not demonstrated that it would suffer an imminent, irreparable injury while the appeal is pending. The ruling came three days after Magistrate Judge Laurel Beeler denied the same request in San Francisco on October 23."),
    ("h", "Where things stand"),
    ("li", "The preliminary injunction of September 19 remains in force."),
    ("li", "WeChat may still be offered and updated in US app stores."),
    ("li", "Oral argument on the appeal itself is set for January 14, 2021."),
    ("p", "Lawyers for the U.S. WeChat Users Alliance called it the government's latest loss in the case. \"Each of the federal judges who have looked at the emergency request has seen the harm to users,\" the alliance's counsel said."),
    ("p", "The Justice Department did not comment. The appeal will be argued after the November 3 presidential election, and a new administration could take a different position if the result changes the White House."),
    ("p", "For users the practical message is unchanged from September: the app keeps working, payments inside the US are not cut off, and there is no rule against using WeChat to talk to family."),
    ], teaser="More from the Ledger: What the election could mean for the TikTok and WeChat cases")

add("ZY-wechat-in-the-us-faq-jan-2021.html", "2021-01-08",
    "WeChat in the US: your questions answered (January 2021)", "Bay Civic Wire", "Help desk", "faq", [
    ("q", "Is WeChat banned in the United States?", "No. The Commerce Department's WeChat rules never took effect. Magistrate Judge Laurel Beeler blocked them on September 19, 2020, and the Ninth Circuit refused to suspend her injunction on October 26."),
    ("q", "Can I still download and update WeChat?", "Yes. While the injunction stands, Apple and Google may keep WeChat in their US stores, and updates continue."),
    ("q", "Can I use WeChat Pay to pay a shop in the US?", "The Commerce ban on payment services through WeChat is on hold with the rest of the rules. Whether WeChat Pay works for US merchants depends on Tencent and the merchant, not on the court."),
    ("q", "Is the case over?", "No. The government's appeal is pending in the Ninth Circuit, with oral argument scheduled for January 14, 2021. If the government wins, the Commerce rules could come back."),
    ("q", "Will a new president change this?", "President-elect Joe Biden takes office on January 20. His administration could continue the appeal, drop it, or ask the court to pause the case while it reviews the policy. Nothing has been announced."),
    ("q", "Should my business stop using WeChat?", "No rule stops you today. Keep a backup channel with customers in case the situation changes."),
    ])

add("ZY-biden-revokes-wechat-tiktok-orders-jun-2021.txt", "2021-06-09",
    "Biden revokes Trump's WeChat and TikTok orders, orders new review of foreign apps", "Capitol Tech Brief",
    "Daniel Okafor", "news", [
    ("p", "WASHINGTON - President Joe Biden on Wednesday, June 9, 2021, revoked the executive orders that sought to ban WeChat and TikTok in the United States and replaced them with a broader review of apps tied to foreign adversaries."),
    ("p", "The new order, Executive Order 14034, titled \"Protecting Americans' Sensitive Data from Foreign Adversaries\", revokes Executive Orders 13942 (TikTok) and 13943 (WeChat) of August 6, 2020, and Executive Order 13971 of January 2021, which targeted eight other Chinese payment and software apps."),
    ("h", "THE BANS NEVER TOOK EFFECT"),
    ("p", "Federal courts had blocked the WeChat and TikTok restrictions in the autumn of 2020. In February 2021 the Biden Justice Department asked the appeals courts to pause the cases while it reviewed the policy; it made that request in the WeChat appeal on February 11."),
    ("h", "WHAT COMES NEXT"),
    ("p", "The order directs Commerce Secretary Gina Raimondo to evaluate, on a continuing basis, transactions involving connected software applications designed, developed or supplied by people owned or controlled by, or subject to the jurisdiction of, a foreign adversary, including China, and to act where the risk is undue or unacceptable."),
    ("p", "A White House official said a separate national security review of TikTok continues."),
    ("p", "For US users, nothing changes on their phones today: both apps remain available and can be downloaded and updated."),
    ], teaser="Our tip: What Commerce's new app reviews could look like")

add("ZY-commerce-rescinds-wechat-identification-jun-2021.txt", "2021-06-23",
    "Agency summary: Commerce rescinds the September 2020 WeChat and TikTok identifications", "Trade Register Digest",
    "Staff summary", "agency", [
    ("p", "SUMMARY - The Department of Commerce has published a notice in the Federal Register on June 23, 2021, confirming that the Secretary of Commerce rescinded two actions taken under the now-revoked executive orders on WeChat and TikTok."),
    ("h", "THE ACTIONS RESCINDED"),
    ("p", "1. The September 18, 2020 Identification of Prohibited Transactions related to TikTok, published in the Federal Register on September 24, 2020."),
    ("p", "2. The September 18, 2020 Identification of Prohibited Transactions related to WeChat, which was filed for public inspection on September 18, 2020 and withdrawn before publication."),
    ("h", "EFFECTIVE DATE AND BASIS"),
    ("p", "The rescission is effective as of June 16, 2021. The notice rests on Executive Order 14034 of June 9, 2021, which revoked Executive Orders 13942 and 13943."),
    ("h", "PRACTICAL EFFECT"),
    ("p", "The WeChat prohibitions on app store distribution and updates, payment services within the United States, hosting, content delivery and related services never took effect because of the preliminary injunction issued on September 19, 2020. With the identification rescinded, there is no Commerce rule restricting those transactions."),
    ("p", "The notice does not end the pending lawsuits; the parties are expected to tell the courts whether the cases are now moot."),
    ("p", "This summary is for information only and is not legal advice."),
    ])

add("ZY-wechat-ban-rescinded-cases-dismissed-aug-2021.md", "2021-08-16",
    "The WeChat ban is over: what happened, and what users learned", "Pacific Ledger", "Mei Lin Hart", "explainer", [
    ("p", "A year after President Trump ordered it, the attempt to ban WeChat in the United States has ended without a single day in force. The last piece fell into place this summer, when the lawsuits against the WeChat and TikTok bans were voluntarily dismissed as moot on July 14 and August 10, 2021."),
    ("h", "The timeline"),
    ("li", "August 6, 2020: Executive Order 13943 targets WeChat."),
    ("li", "August 21, 2020: the U.S. WeChat Users Alliance sues in San Francisco."),
    ("li", "September 18, 2020: Commerce lists the banned transactions, due from September 20."),
    ("li", "September 19, 2020: Magistrate Judge Laurel Beeler issues a nationwide preliminary injunction."),
    ("li", "October 26, 2020: the Ninth Circuit refuses to stay it."),
    ("li", "June 9, 2021: President Biden's Executive Order 14034 revokes the order; Commerce rescinds its identification effective June 16."),
    ("h", "What it meant for users"),
    ("p", "WeChat never left the US app stores, never stopped receiving updates and its payment features were never cut off by US rules. Users who deleted the app in September 2020 out of caution can download it again."),
    ("p", "The story is not necessarily finished. Executive Order 14034 told Commerce to keep reviewing apps connected to foreign adversaries, and any new action would follow a different legal path."),
    ], teaser="More from the Ledger: The apps Commerce could look at next")

add("ZY-wechat-mini-programs-restaurant-guide-mar-2021.txt", "2021-03-10",
    "Small business guide: setting up a WeChat mini program for your restaurant", "Main Street Digital",
    "Kevin Tran", "distractor", [
    ("p", "SAN GABRIEL, Calif. - For many Chinese restaurants in the US, WeChat is where regulars find the daily specials. A mini program, a lightweight app that runs inside WeChat, lets customers browse a menu and place an order without leaving the chat."),
    ("h", "STEP ONE: THE ACCOUNT"),
    ("p", "You will need a WeChat official account. Service accounts suit businesses that send a few notices a month; subscription accounts can post daily but have fewer features. Verification asks for business documents and can take a few weeks."),
    ("h", "STEP TWO: THE MENU"),
    ("p", "Developers charge anywhere from a few hundred to several thousand dollars for a basic ordering mini program. Templates from agencies are cheaper but look alike. Keep photos small so pages load quickly on older phones."),
    ("h", "STEP THREE: GETTING FOUND"),
    ("p", "Put a QR code on every table, takeout bag and receipt. Group chats of local families are still the best advertising; a free dessert for sharing a post costs less than an ad."),
    ("p", "Owners we spoke to in the San Gabriel Valley said Lunar New Year brought the busiest weeks for preorders, and that answering messages within an hour mattered more than any design choice."),
    ("p", "Tencent publishes developer documentation in Chinese and English. Budget time for testing on both iPhone and Android before launch."),
    ], distractor=True, teaser="Our tip: Ten menu photo mistakes to avoid")

# ---------------- Marvel Snap / ByteDance apps, Jan 2025 ----------------
add("ZY-marvel-snap-goes-dark-in-us-jan-2025.md", "2025-01-19",
    "Marvel Snap goes dark in the US as ByteDance pulls its apps", "Pixel Dispatch", "Jordan Pike", "news", [
    ("p", "US players of Marvel Snap, the superhero card game, found it unavailable late on Saturday, January 18, 2025, when ByteDance took TikTok and its other apps offline ahead of the January 19 deadline in the divest-or-ban law."),
    ("p", "Players who opened the game saw a message: \"A law banning Marvel Snap has been enacted in the U.S. Unfortunately, that means you can't use Marvel Snap for now.\" The game also disappeared from Apple's and Google's US app stores."),
    ("h", "Why a California game was caught"),
    ("p", "Marvel Snap is developed by Second Dinner, a studio in Irvine, California, but it is published by Nuverse, a ByteDance subsidiary. The law, the Protecting Americans from Foreign Adversary Controlled Applications Act, covers applications operated by ByteDance and TikTok and their subsidiaries."),
    ("p", "\"In a surprise to Second Dinner and our publisher Nuverse, MARVEL SNAP was affected by the takedown of TikTok late on Saturday, January 18th,\" the studio posted on Sunday. \"MARVEL SNAP isn't going anywhere.\""),
    ("p", "In a later post the studio said it had been working around the clock and hoped to have the game back online in the US within 24 hours."),
    ("h", "What about PC?"),
    ("p", "The game is still listed on Steam, but US players there also reported that they could not log in."),
    ("p", "Players outside the US were not affected. Second Dinner did not say whether purchases made shortly before the outage would be refunded."),
    ], teaser="More from Pixel Dispatch: Which other ByteDance games are offline")

add("ZY-snap-players-forum-outage-jan-2025.txt", "2025-01-19",
    "Forum thread: Snap down in the US?? What happens to my gold and season pass", "CardTable Community Forums",
    "Thread archive", "forum", [
    ("post", "ricochet_rae", "Jan 19, 2025 1:12 AM", "Just got kicked out mid match. Message says a law banning Marvel Snap has been enacted in the US. I bought the season pass TWO DAYS ago. Is my account gone?"),
    ("post", "lanes_and_cubes", "Jan 19, 2025 1:30 AM", "Not gone. Your account lives on their servers, it is just blocked for US players right now. Publisher is Nuverse which is ByteDance, so the TikTok law hit it. The devs at Second Dinner say they did not know this was coming."),
    ("post", "ricochet_rae", "Jan 19, 2025 1:41 AM", "Can I play on Steam instead?"),
    ("post", "deadpool_discards", "Jan 19, 2025 2:05 AM", "Tried. Steam page is still up but login fails for US accounts. Also the app is gone from the App Store so if you delete it you cannot reinstall. Do NOT delete it."),
    ("post", "grandmaster_flux", "Jan 19, 2025 9:48 AM", "Someone in my group chat used a VPN and got in. Not recommending it, could break the terms of service and your account is what matters here."),
    ("post", "lanes_and_cubes", "Jan 19, 2025 11:20 AM", "Official account now says they hope to be back within 24 hours. TikTok itself is already coming back this morning after Trump said he would delay enforcement, so fingers crossed."),
    ("post", "ricochet_rae", "Jan 19, 2025 11:34 AM", "If they come back I want that season pass time back. Keeping the app installed. Thanks all."),
    ])

add("ZY-marvel-snap-back-online-jan-2025.txt", "2025-01-21",
    "Marvel Snap returns for US players; studio looks for a new publisher", "Pixel Dispatch", "Jordan Pike", "news", [
    ("p", "IRVINE, Calif. - Marvel Snap came back online for US players on Monday, January 20, 2025, after an outage of roughly a day and a half that began late on Saturday when ByteDance pulled its apps."),
    ("p", "The return was gradual. The game reappeared first in Google Play, with Apple's App Store to follow, and in-app purchases were still switched off for US players on Monday. Players on PC through Steam regained access, though some reported login errors."),
    ("h", "A NEW PUBLISHER"),
    ("p", "Second Dinner said it would move more of the game's services in-house and look for a new publishing partner so that a dispute involving ByteDance cannot take the game down again. The game has been published by Nuverse, ByteDance's games unit, since its October 2022 launch."),
    ("p", "\"We are committed to making sure this does not happen again,\" the studio said in a post on X."),
    ("h", "THE LEGAL BACKDROP"),
    ("p", "President Trump signed an executive order on January 20 directing the Justice Department not to enforce the law against TikTok and related apps for 75 days while his administration looks for a deal. That reprieve covers Nuverse's titles too, but it does not change the law, which remains on the books."),
    ("p", "Second Dinner said compensation for players who missed time-limited content would be announced later in the week."),
    ], teaser="Our tip: How to check whether your purchases went through")

add("ZY-bytedance-games-pulled-list-jan-2025.html", "2025-01-22",
    "It was not just TikTok: the ByteDance games pulled from US app stores", "Pixel Dispatch", "Sam Okoro", "news", [
    ("p", "When ByteDance took TikTok offline in the US on the night of January 18, 2025, it also pulled at least 10 other apps from Apple's and Google's US stores, including several games whose players had spent real money on them."),
    ("p", "Apple said it removed the apps pursuant to the Protecting Americans from Foreign Adversary Controlled Applications Act, and that its notice covered all applications from ByteDance and its subsidiaries."),
    ("h", "Games affected"),
    ("li", "Marvel Snap (Second Dinner, published by Nuverse), back online from January 20."),
    ("li", "Nuverse titles Land of Empires: Immortal, Land of Empires: Dice Hero and Mission EVO."),
    ("li", "Games from Moonton, a studio owned by ByteDance: Mobile Legends: Bang Bang, Mobile Legends: Adventure and One Punch Man: The Strongest."),
    ("p", "Players of several of these games reported they could not open titles already installed on their phones, not just that they could not download them."),
    ("h", "Why it matters for buyers"),
    ("p", "Unlike TikTok, most of these games sell in-game currency and passes. Marvel Snap earned more than $116 million in mobile revenue in its first year. A removal from the store means no new installs and no updates, and a shutdown of the servers means purchases cannot be used at all until service returns."),
    ("p", "Nuverse and Moonton did not respond to questions about refunds."),
    ])

add("ZY-marvel-snap-make-good-rewards-blog-jan-2025.html", "2025-01-27",
    "Second Dinner's make-good package: what US Snap players got for the outage", "Snapshot Notes (blog)",
    "Priya Calloway", "blog", [
    ("p", "Second Dinner has published its compensation plan for the Marvel Snap outage of January 18 to 20, and it is more generous than many of us expected."),
    ("p", "In a note to players the studio wrote: \"We realize that many of you missed out on time-based content, rewards, and Missions during this outage. This disruption of service is more than just an unfortunate blip in our eyes.\""),
    ("h", "What US players receive"),
    ("p", "US accounts get a package that grows with collection level: spotlight keys, season pass XP, credits, collector's tokens, gold, conquest medals, mystery variant cards, cosmic borders and boosters. Players outside the US get a smaller Global Gratitude Package."),
    ("h", "What it does not fix"),
    ("p", "The package is in-game currency and items, not cash. The studio has not offered refunds for season passes that ran while the game was down, and in-app purchases were switched back on only after the game returned. Anyone who deleted the app during the outage had to wait for it to reappear in their app store before reinstalling."),
    ("p", "My take: good gesture, and the bigger news is still the studio's plan to find a new publisher. As long as Nuverse is the publisher, the game depends on how Washington treats ByteDance."),
    ("c", "snapjunkie", "Got 2 spotlight keys and a pile of gold at CL 9000. I'll take it."),
    ("c", "margo_b", "Still no answer on my season pass days. Emailed support twice."),
    ], teaser="Read next: Ranking the best decks after the January patch")

add("ZY-foreign-adversary-apps-law-faq-feb-2025.html", "2025-02-06",
    "FAQ: The TikTok law and the other ByteDance apps on your phone", "Consumer Tech Answers", "Help desk", "faq", [
    ("q", "What does the law prohibit?", "The Protecting Americans from Foreign Adversary Controlled Applications Act, signed on April 24, 2024, makes it unlawful to distribute, maintain or update a foreign adversary controlled application through an app store, or to provide internet hosting that enables it. It names ByteDance and TikTok and covers their subsidiaries' apps."),
    ("q", "When did it take effect?", "On January 19, 2025. The Supreme Court upheld the law on January 17, 2025."),
    ("q", "Am I breaking the law by using an app I already have?", "No. The law is aimed at app stores and hosting companies. Users are not penalised."),
    ("q", "What can app stores be fined?", "Up to $5,000 multiplied by the number of US users who accessed, maintained or updated the app in violation."),
    ("q", "Why do some ByteDance apps work again?", "On January 20, 2025, President Trump ordered the Justice Department not to enforce the law for 75 days. Some apps came back, including Marvel Snap, but the law itself has not changed."),
    ("q", "Will my games get updates?", "Updates need an app store to carry them. Whether a store carries a ByteDance app depends on its own reading of the legal risk."),
    ])

add("ZY-marvel-snap-moves-publishing-in-house-sep-2025.md", "2025-09-15",
    "Marvel Snap's studio takes publishing in-house after the January scare", "Pixel Dispatch", "Jordan Pike", "news", [
    ("p", "Eight months after Marvel Snap vanished from US phones for a weekend, its developer has moved to cut the game's dependence on ByteDance."),
    ("p", "Second Dinner, the Irvine, California studio behind the card game, has announced that it will work with Skystone Games, a US company, to bring publishing duties in-house. Nuverse, the ByteDance games unit that published Marvel Snap since its launch in October 2022, will no longer be the game's publisher once the move is complete."),
    ("h", "Why it matters to players"),
    ("p", "In January the game was taken offline in the US late on Saturday, January 18, because the federal divest-or-ban law covers apps operated by ByteDance subsidiaries. It returned on January 20, but only after a reprieve from the White House, and in-app purchases were briefly disabled."),
    ("p", "Second Dinner said at the time that it would seek a new publishing partner and move more services in-house. With a US publisher, the game should no longer fall under the law's definition of a ByteDance-controlled app."),
    ("h", "What does not change"),
    ("p", "Accounts, collections and purchases carry over, according to the studio. Players do not need to reinstall the game, though the publisher name shown in app stores will change."),
    ("p", "ByteDance did not comment. The fate of TikTok itself is still being negotiated."),
    ], teaser="More from Pixel Dispatch: A year of Snap after the outage")

add("ZY-marvel-snap-season-preview-jun-2025.md", "2025-06-03",
    "Marvel Snap June season preview: new cards, new locations, same six turns", "Pixel Dispatch", "Sam Okoro",
    "distractor", [
    ("p", "Marvel Snap's June season brings a new batch of cards and locations, and a ranked reset that will send everyone back down the ladder."),
    ("h", "The cards"),
    ("p", "The season pass card is a 4-cost with an on-reveal effect that rewards players who fill a lane. Early testers called it strong in move decks and weak everywhere else. Two more series 5 cards arrive mid-season, and one older card drops to series 3, which should make it easier to collect."),
    ("h", "Locations"),
    ("p", "Three new locations join the pool. One doubles the power of the first card played there each turn; another destroys the lowest-power card on both sides at the end of turn 4. Expect chaos in the first week."),
    ("h", "Events"),
    ("p", "A limited-time game mode returns for ten days, with rewards in gold and variants. Conquest tickets are unchanged."),
    ("p", "Second Dinner's designers said on the developer stream that they want games to feel decided on turn six, not turn three, and that they will watch win rates closely. Balance patches usually land on Thursdays."),
    ("p", "If you took a break in the spring, the season pass is a decent moment to return: the free track alone gives enough credits to upgrade several cards."),
    ], distractor=True, teaser="More from Pixel Dispatch: Our tier list for the new season")

add("ZY-second-dinner-launch-profile-oct-2022.html", "2022-10-20",
    "How a studio of Hearthstone veterans built Marvel Snap", "Pixel Dispatch", "Jordan Pike", "distractor", [
    ("p", "Marvel Snap launched worldwide on October 18, 2022, on iOS, Android and, in early access, on PC. It is the first game from Second Dinner, a studio founded by former Hearthstone director Ben Brode and executive producer Hamilton Chu after they left Blizzard in 2018."),
    ("p", "In January 2019 the studio announced a $30 million investment from NetEase, enough, it said, to fund its first project without scrambling for money partway through. Marvel agreed to license its characters after seeing an early prototype."),
    ("h", "Six turns, twelve cards"),
    ("p", "Each deck has 12 cards. Both players play at the same time over six turns, fighting over three randomly chosen locations. The \"snap\" lets a confident player double the stakes, in ranked cubes, at any time, a nod to the doubling cube in backgammon."),
    ("h", "Paying without pressure"),
    ("p", "Brode said the team did not want a game that nags players to pay. Players cannot buy card packs; money goes to cosmetic variants and a $10 season pass that unlocks one card."),
    ("p", "The game is published by Nuverse. Early numbers are strong: millions of downloads in the first week and a spot near the top of the mobile charts."),
    ("p", "Brode said the team will add new cards every season and that the studio plans to stay small."),
    ], distractor=True)

# ---------------- Lorex 2021-2025 ----------------
add("ZY-retailers-drop-lorex-ezviz-oct-2021.txt", "2021-10-26",
    "Home Depot, Best Buy and Lowe's drop Lorex and Ezviz cameras", "Retail Signal", "Grace Whitfield", "news", [
    ("p", "NEW YORK - Three of the largest US retailers have stopped selling home security cameras from Lorex and Ezviz after reports tied the brands' Chinese parent companies to surveillance of Uyghurs in Xinjiang."),
    ("p", "Lorex is a subsidiary of Dahua Technology. Ezviz is a camera brand owned by Hikvision. Both parents were added to the Commerce Department's Entity List in 2019."),
    ("h", "WHAT THE RETAILERS SAID"),
    ("p", "Home Depot said it is \"committed to upholding the highest standards of ethical sourcing and we immediately stopped selling products from Lorex when this was brought to our attention.\" It also stopped selling Ezviz. Best Buy said it was \"discontinuing its relationship\" with both brands. Lowe's did not comment but removed Lorex from its shelves."),
    ("p", "The moves followed questions from TechCrunch and the surveillance research site IPVM."),
    ("h", "NOT A BAN"),
    ("p", "No federal rule bars consumers from buying or using Lorex or Ezviz cameras. The Entity List limits US exports to the parent companies, and federal procurement rules limit what agencies buy, but neither applies to a household buying a doorbell camera. Cameras already installed keep working and receive updates from the brands."),
    ("p", "On Monday, several Lorex products were still listed on Best Buy's website."),
    ], teaser="Our tip: How to check who really makes your smart camera")

add("ZY-fcc-rule-and-lorex-sale-explainer-dec-2022.md", "2022-12-05",
    "Explainer: The FCC's Dahua rule, the Lorex sale, and the camera on your porch", "Home Network Review",
    "Luis Ferreira", "explainer", [
    ("p", "On November 25, 2022, the Federal Communications Commission adopted rules that stop it from approving new equipment from companies on its Covered List. For Hikvision, Dahua and Hytera, the ban applies to video surveillance and radio gear for public safety, government facilities and critical infrastructure until the FCC approves their marketing plans."),
    ("h", "What happened to Lorex"),
    ("p", "The day before the FCC acted, Dahua sold Lorex, the consumer camera brand it owned, to Skywatch, a holding company based in Taiwan. Lorex cameras are sold at warehouse clubs and online."),
    ("h", "Do I have to remove my camera?"),
    ("p", "No. The FCC did not revoke any existing authorizations. Devices already approved can still be used, and there is no rule telling households to take down cameras from any brand."),
    ("h", "Can I still buy one?"),
    ("p", "Yes. The FCC rule concerns new equipment authorizations for the covered companies. It does not order stores to stop selling models approved earlier."),
    ("h", "What should I do?"),
    ("li", "Keep firmware updated through the manufacturer's app."),
    ("li", "Put cameras on a separate guest network if your router allows it."),
    ("li", "Turn off remote access you do not use."),
    ("p", "Critics say the Lorex sale changes ownership on paper but not the supply chain. We will follow that question."),
    ], teaser="More from Home Network Review: Setting up a guest network in ten minutes")

add("ZY-lawmakers-question-costco-lorex-nov-2023.html", "2023-11-02",
    "Lawmakers question Costco over Lorex cameras linked to Dahua", "Retail Signal", "Grace Whitfield", "news", [
    ("p", "Two members of Congress have asked Costco to explain why it sells Lorex security cameras, arguing that the brand is still tied to Dahua, the Chinese surveillance company restricted by the Federal Communications Commission."),
    ("p", "Representative Christopher Smith and Senator Jeff Merkley, who lead the Congressional-Executive Commission on China, sent the letter on October 31, 2023. They questioned \"Costco's sale of Lorex security products, which are linked directly to the Chinese company Dahua, whose products are restricted for all in the U.S. by the Federal Communications Commission.\""),
    ("h", "The sale to Skywatch"),
    ("p", "Dahua sold Lorex to Skywatch, a Taiwanese company, in November 2022. The lawmakers said that did not end their concern because Dahua still supplies component parts for Lorex equipment."),
    ("p", "They also wrote that critical vulnerabilities are regularly discovered in Dahua products, including unauthorized viewing of video and audio feeds and archives, network access and remote tampering with settings."),
    ("h", "What shoppers should know"),
    ("p", "The letter is a request for information, not a ban. Costco had not removed Lorex products from its website as of Thursday, and no federal agency has ordered retailers to stop selling Lorex."),
    ("p", "Costco did not respond to a request for comment."),
    ])

add("ZY-nebraska-sues-lorex-sep-2025.md", "2025-09-23",
    "Nebraska sues Lorex, says cameras sold as private are tied to Dahua", "Plains Report", "Hannah Voss", "news", [
    ("p", "Nebraska Attorney General Mike Hilgers on Tuesday, September 23, 2025, sued Lorex Corporation and Lorex Technology Inc., accusing the home security camera seller of deceiving consumers about security flaws and its ties to the Chinese company Dahua."),
    ("p", "The 39-page complaint, filed in state court, says Lorex marketed its cameras as \"private by design\" and suitable for children's bedrooms while relying on Dahua for components and software. It seeks civil penalties under the Nebraska Consumer Protection Act and the Uniform Deceptive Trade Practices Act."),
    ("h", "A split \"in name only\""),
    ("p", "Dahua sold Lorex to Skywatch, a Taiwanese holding company, the day before the FCC issued its 2022 order restricting Dahua products. Hilgers said the split \"was in name only\" and that the firmware is still made by Dahua."),
    ("p", "The complaint says the Lorex 2K Dual Lens Indoor camera, sold on Costco.com, BestBuy.com, Kohls.com and HomeDepot.com, closely mirrors Dahua models H5D-5F and H3D-3F."),
    ("h", "Advice to owners"),
    ("p", "Hilgers suggested that Nebraskans who own Lorex cameras take them offline if possible and look for patches. \"Just either be honest or don't sell,\" he said."),
    ("p", "Michael Lucci, chief executive of State Armor, said Lorex products \"shouldn't just say 'Made in China', they should say 'Watching from China'.\" Lorex did not comment."),
    ], teaser="More from the Plains Report: How to take a camera offline without losing recordings")

add("ZY-lorex-owners-forum-sep-2025.html", "2025-09-25",
    "Forum: Nebraska says unplug Lorex cams. Do I have to replace my whole system?", "HomeSec Talk Forums",
    "Thread archive", "forum", [
    ("post", "omaha_dad_84", "Sep 24, 2025 8:02 PM", "Saw the Nebraska AG lawsuit. I have an 8-camera Lorex NVR system from Costco. Is it illegal to keep using it now? Do I need to rip it out?"),
    ("post", "nvr_nerd", "Sep 24, 2025 8:20 PM", "Not illegal. It's a state consumer protection lawsuit against the company over its marketing, not a ban on owning anything. The AG suggested taking cameras offline, which is advice, not a law."),
    ("post", "omaha_dad_84", "Sep 24, 2025 8:31 PM", "Offline as in no app access from my phone?"),
    ("post", "nvr_nerd", "Sep 24, 2025 8:47 PM", "Yes. Block the NVR from the internet at the router and record locally. You lose remote viewing and cloud alerts, you keep recording. Or put it on its own VLAN."),
    ("post", "blue_iris_bill", "Sep 24, 2025 9:15 PM", "I swapped mine last year. Cost me about $900 for new cameras plus a weekend on a ladder. Nobody is paying you back for that, just so you know."),
    ("post", "skeptic_sam", "Sep 25, 2025 7:40 AM", "Lorex says it's owned by Skywatch in Taiwan since 2022. The lawsuit says Dahua still makes the parts and firmware. Courts will sort that out. Until then it's your call."),
    ("post", "porch_pirate_hunter", "Sep 25, 2025 7:58 AM", "FWIW my Lorex app pushed a firmware update this week, so updates are still coming. Whether you trust them is another question."),
    ("post", "omaha_dad_84", "Sep 25, 2025 8:05 AM", "Going with local only for now. Thanks everyone."),
    ])

add("ZY-texas-florida-probe-lorex-nov-2025.txt", "2025-11-03",
    "Texas and Florida open probes of Lorex as state pressure grows", "Plains Report", "Hannah Voss", "news", [
    ("p", "AUSTIN - Two more states have opened investigations into Lorex, the home security camera brand once owned by China's Dahua, following Nebraska's lawsuit in September."),
    ("h", "TEXAS"),
    ("p", "Texas Attorney General Ken Paxton announced in late October that his office had opened an investigation into Lorex Technology Inc. to determine whether it deceptively sells goods known to pose national security and privacy risks while representing them as secure and appropriate for homes. \"Texans should never have to worry that the devices protecting their homes could be tied to foreign adversaries,\" Paxton said."),
    ("h", "FLORIDA"),
    ("p", "Florida Attorney General James Uthmeier has issued a subpoena seeking documents on Lorex's ownership, its contracts for manufacturing and firmware development, where software updates originate, who has access to camera firmware source code, which cloud providers and data centres handle US customer data, and its sales through retailers in Florida. His office stressed that a subpoena is not a finding of wrongdoing."),
    ("h", "STILL ON SALE"),
    ("p", "Lorex cameras remain available through major retailers, including Amazon and Costco. After a news outlet asked about listings in October, Home Depot removed Lorex cameras from its website."),
    ("p", "None of the states has ordered consumers to stop using the cameras, and no federal agency has banned Lorex-branded products. Lorex did not respond to requests for comment."),
    ], teaser="Our tip: A checklist for choosing a camera brand in 2026")

add("ZY-can-i-still-use-lorex-cameras-faq-dec-2025.html", "2025-12-08",
    "Can I still buy, use and update Lorex cameras? (December 2025)", "Home Network Review", "Luis Ferreira", "faq", [
    ("q", "Are Lorex cameras banned in the US?", "No. No federal agency bans buying, owning or using Lorex-branded cameras. The FCC's 2022 rule restricts new equipment authorizations for Dahua and other covered companies; it did not revoke approvals of devices already on the market."),
    ("q", "Who owns Lorex?", "Skywatch, a Taiwan-based holding company, since November 2022. Dahua sold it the day before the FCC's order. State officials argue Dahua still supplies components and firmware."),
    ("q", "Which states are acting?", "Nebraska sued Lorex on September 23, 2025. Texas has opened an investigation and Florida has issued a subpoena. These are consumer protection actions against the company, not bans on owners."),
    ("q", "Where is Lorex still sold?", "Costco and Amazon still sell Lorex. Home Depot, which stopped in 2021 and later carried listings again, removed Lorex from its website in October 2025."),
    ("q", "Will my cameras keep getting updates?", "Lorex continues to ship firmware and app updates. Nothing in current law stops that."),
    ("q", "What should I do?", "If you are worried, block remote access and record locally, as Nebraska's attorney general suggested, or replace the system. Nobody is required to."),
    ])

add("ZY-lorex-2k-doorbell-review-may-2024.md", "2024-05-14",
    "Review: Lorex 2K Wired Video Doorbell, sharp picture, no subscription", "Home Network Review", "Luis Ferreira",
    "distractor", [
    ("p", "Lorex's 2K wired doorbell costs about $100 and records to a microSD card inside the doorbell, so there is no monthly fee to see your clips. After three weeks on our front door, it is one of the better values we have tested."),
    ("h", "Picture and sound"),
    ("p", "Daytime video is sharp enough to read a house number across the street. The head-to-toe field of view catches packages on the step, which many doorbells miss. Night vision is grainy but usable, and the two-way audio was clear even with traffic noise."),
    ("h", "Setup"),
    ("p", "It needs existing doorbell wiring. Installation took us 25 minutes, most of it spent finding the right transformer. The app walks you through Wi-Fi setup and asks you to draw motion zones, which cut false alerts from passing cars."),
    ("h", "Downsides"),
    ("li", "Person detection sometimes flagged our cat."),
    ("li", "The included chime is quiet."),
    ("li", "Clips on the microSD card are lost if someone steals the doorbell."),
    ("p", "Lorex also sells cameras that record to a home NVR box, and the doorbell can join that system. If you already have Lorex cameras, it is an easy add."),
    ("p", "Verdict: 4 out of 5. A strong pick for renters and owners who hate subscriptions."),
    ], distractor=True, teaser="More from Home Network Review: The best outdoor cameras under $150")

add("ZY-costco-warehouse-tech-deals-nov-2024.txt", "2024-11-20",
    "Costco's Black Friday tech deals: TVs, laptops and a Lorex camera bundle", "Deal Hunter Daily", "Rosa Jimenez",
    "distractor", [
    ("p", "ISSAQUAH, Wash. - Costco has posted its Black Friday savings book, and the tech section is bigger than last year. Most prices run from November 21 through December 2, online and in warehouses, while supplies last."),
    ("h", "TELEVISIONS"),
    ("p", "A 65-inch 4K set from a major brand drops by $200, and a 75-inch model comes with an extra year of warranty on top of Costco's usual extended coverage for TVs. Soundbars are bundled with free wall mounts."),
    ("h", "LAPTOPS AND TABLETS"),
    ("p", "Two 15-inch laptops with 16GB of memory are on sale, one under $600. Tablets from two brands get $50 to $80 off, with keyboard cases included on the pricier model."),
    ("h", "HOME SECURITY"),
    ("p", "A Lorex bundle with an NVR recorder, eight 4K cameras and a 2TB drive is $150 off. A four-camera wireless kit from another brand is $100 off. Members can add Costco's installation referral service at extra cost."),
    ("h", "TIPS"),
    ("p", "Costco's return policy on most electronics is 90 days, shorter than for other products, so test your gear early. Price adjustments are available within 30 days if an item drops further."),
    ("p", "Lines are usually shortest on weekday mornings. Bring your membership card, and check the app for items that are online only."),
    ], distractor=True, teaser="Our tip: Which Black Friday TV deals are actually good")
