# Article sources, part 3: Meng Wanzhou, Zhuhai Zhenrong, OFAC penalties, explainer, Yandex forum
A = []

A.append(dict(fn="m-meng-wanzhou-extradition-case-jan-2019.txt", date="2019-01-30", source="North Pacific Business", place="Vancouver",
 title="US unseals Huawei indictment and files Meng extradition request",
 lede="The United States formally asked Canada to extradite Huawei's chief financial officer, Meng Wanzhou, meeting a January 30, 2019 deadline, two days after the Justice Department unsealed a 13-count indictment accusing the company and Meng of bank fraud and violating sanctions on Iran.",
 caption="Meng Wanzhou leaves a Vancouver courthouse after a bail hearing. | Source: North Pacific Business",
 body="""
## The charges

The indictment, filed in federal court in Brooklyn and unsealed on January 28, charges Huawei, two affiliates (Skycom Tech and Huawei Device USA) and Meng with bank fraud, wire fraud, conspiracy to violate the International Emergency Economic Powers Act and, for the company, obstruction of justice. Prosecutors say Huawei used Skycom, a Hong Kong company, to do business in Iran and misled banks, including HSBC, about the relationship, putting them at risk of breaking US sanctions.

A separate 10-count indictment in Seattle accuses Huawei of stealing trade secrets from T-Mobile about a phone-testing robot known as Tappy.

## Meng's situation

Meng, the daughter of Huawei founder Ren Zhengfei, was arrested at Vancouver's airport on December 1, 2018 at the request of the US. She was released on bail of 10 million Canadian dollars and lives in one of her family's Vancouver homes, wearing an electronic ankle monitor. She has denied wrongdoing.

Canada's Justice Department now has 30 days to decide whether to authorise the extradition proceedings to go ahead. If it does, a judge will hold hearings that lawyers expect to take months, if not years, with appeals possible.

## Diplomatic fallout

China has called the arrest politically motivated and demanded her release. Two Canadians, Michael Kovrig and Michael Spavor, were detained in China shortly after Meng's arrest, in what many observers see as retaliation.

## Huawei's response

Huawei said it denies that it or Meng committed any of the violations and is not aware of any wrongdoing by her. The company says it complies with all laws where it operates.

## Not a blacklist, yet

The indictment is a criminal case, separate from any trade restrictions. Huawei remains free to buy US components, although officials in Washington are debating further measures against the company.
""",
 reader_q="Reader question: Could Meng face the death penalty? No. Canada does not extradite in capital cases, and the charges carry prison terms, not death.",
 teaser="Our tip: Where to see the best snow on the North Shore this weekend - in Outdoors.",
 comments=[("van_local", "This will drag on forever."), ("K. Liu", "Two Michaels should come home first.")]))

A.append(dict(fn="m-meng-deferred-prosecution-agreement-sep-2021.md", date="2021-09-25", source="Pacific Rim Courts",
 author="Alice Tremblay",
 title="Meng Wanzhou flies home after deal with US prosecutors",
 body="""
Huawei executive Meng Wanzhou left Canada on September 24, 2021 after reaching a deferred prosecution agreement with the US Justice Department, ending nearly three years of house arrest in Vancouver and a diplomatic standoff between China, Canada and the United States.

## The deal

Appearing by video before a federal judge in Brooklyn, Meng pleaded not guilty to the charges but agreed to a statement of facts in which she acknowledged making false statements to HSBC about Huawei's relationship with Skycom, a company that did business in Iran.

Under the agreement, prosecutors will defer the prosecution of the charges against her until December 1, 2022, four years after her arrest. If she complies with its terms, including not contesting the statement of facts, the charges will be dismissed then. If she breaches it, prosecutors can resume the case.

Canada's Justice Department withdrew the extradition case, and a Canadian judge discharged her. She flew to Shenzhen on a Chinese government plane.

## The two Michaels

Within hours of her departure, China released Michael Kovrig and Michael Spavor, the two Canadians detained in December 2018. Both returned to Canada on September 25.

## Huawei still charged

The agreement covers only Meng. The case against Huawei itself, including the bank fraud, Iran sanctions and trade-secret charges, continues in Brooklyn, and the company has pleaded not guilty. Prosecutors said they were prepared to go to trial.

## Separate restrictions

The deal has no effect on the export restrictions that apply to Huawei. The company has been on the Commerce Department's Entity List since May 2019, which requires licences for US technology sales, and those rules remain unchanged.

## Reaction

Huawei said it would continue to defend itself against the charges. Chinese state media hailed Meng's return as a victory, and crowds waving flags met her at the airport in Shenzhen.
"""))

A.append(dict(fn="m-us-drops-meng-charges-dec-2022.html", date="2022-12-03", source="Pacific Rim Courts", kind="news", author="Alice Tremblay",
 title="US court dismisses charges against Huawei's Meng Wanzhou",
 body="""
A federal judge in Brooklyn has dismissed the bank and wire fraud charges against Huawei chief financial officer Meng Wanzhou, after prosecutors told the court she had complied with the deferred prosecution agreement she signed in September 2021.

## Case closed for Meng

The agreement deferred the charges until December 1, 2022. With that date reached and no breach alleged, prosecutors asked for the indictment against her to be dismissed with prejudice, meaning it cannot be brought again. The judge granted the request this week.

Meng is no longer a defendant in any US criminal case. Under the agreement she acknowledged making false statements to HSBC about Huawei's business in Iran through Skycom, and prosecutors can still rely on that statement of facts.

## The company's case goes on

The charges against Huawei itself are unaffected. The company faces counts including bank fraud, conspiracy to violate US sanctions on Iran, racketeering conspiracy and theft of trade secrets, under an expanded indictment filed in 2020. It has pleaded not guilty, and no trial date has been set.

## And the export blacklist

Huawei also remains on the Commerce Department's Entity List, and in November the Federal Communications Commission banned new authorisations of Huawei telecoms equipment. The end of Meng's case does not change any of those measures.

## Reaction

Huawei declined to comment. Meng, who returned to China in 2021, has resumed her role as chief financial officer and deputy chair at the company's headquarters in Shenzhen.

## Background

Meng was arrested in Vancouver in December 2018 at the request of the US. Her detention led to a deep rift between China and Canada, and China detained two Canadians, Michael Kovrig and Michael Spavor, for more than 1,000 days. They were released when Meng went home.

Legal analysts said the dismissal was expected. "This was always the most likely ending once the deferred prosecution agreement was signed," one former federal prosecutor said.
"""))

A.append(dict(fn="m-meng-wanzhou-rotating-chair-apr-2023.html", date="2023-04-01", source="Shenzhen Tech Review", kind="news", author="Zhou Lan",
 title="Meng Wanzhou takes over as Huawei's rotating chair",
 body="""
Meng Wanzhou, Huawei's chief financial officer and the daughter of founder Ren Zhengfei, began a six-month term as the company's rotating chairwoman on April 1, 2023, taking one of the top jobs at China's biggest technology company for the first time.

## How the rotation works

Huawei has used a rotating chair system since 2011. Three executives take turns leading the company for six months at a time, while Ren remains chief executive. Meng joined the rotation last year alongside Eric Xu and Ken Hu, replacing Guo Ping. She keeps her role as CFO.

The appointment is widely seen as a sign that Meng, 51, is being prepared for a bigger role, although the company says the rotating system is designed to avoid relying on a single leader.

## Results

Meng presented Huawei's 2022 annual results on March 31. Revenue was 642.3 billion yuan, about flat on the year, while net profit fell 69 percent to 35.6 billion yuan, hit by rising research spending and the loss of most of its smartphone business. Huawei spent 161.5 billion yuan on research and development, a quarter of its revenue.

"We have survived, and we have returned to business as usual," Meng said, adding that 2023 would be a year of steady growth.

## Where growth is coming from

The company's cloud, digital power and smart-car solutions units are growing fast, while its consumer business is recovering slowly. Huawei is also developing its own enterprise software to replace foreign products, including a resource-planning system called MetaERP.

## A low-key figure

Meng rarely gives interviews. Employees say she focuses on finance and internal controls. Her first public remarks as rotating chair were about investment in research and cooperation with universities.

Her term will end on September 30, when Eric Xu is due to take over again.
"""))

A.append(dict(fn="m-zhuhai-zhenrong-iran-oil-sanctions-jul-2019.txt", date="2019-07-23", source="Energy Brief", place="Washington",
 title="US sanctions Chinese state oil trader Zhuhai Zhenrong over Iranian crude",
 lede="Secretary of State Mike Pompeo announced on July 22, 2019 that the United States was imposing sanctions on Zhuhai Zhenrong Company Limited, a Chinese state-owned oil trader, and its chief executive, Youmin Li, for buying crude oil from Iran in violation of US restrictions.",
 caption="An oil tanker at anchor off Zhuhai, Guangdong province. | Source: Energy Brief",
 body="""
## Why Zhenrong

The State Department said the company had knowingly purchased or acquired oil from Iran after the expiry in May of the waivers that had allowed eight countries, including China, to keep importing limited volumes. The sanctions were imposed under the Iran Freedom and Counter-Proliferation Act.

Zhenrong is no stranger to US sanctions. It was first sanctioned in 2012 under an earlier Iran sanctions law for supplying refined petroleum products to Iran. The company was set up in the 1990s to trade Iranian crude and has been one of the main channels for Chinese purchases.

## What it means

The measures block any property of the company and of Youmin Li under US jurisdiction and bar US persons from dealing with them. Li is also banned from entering the United States. Because the company does little business in the US, analysts said the main effect would be to warn other Chinese buyers, especially larger state-owned refiners with global operations, that they could be next.

"We will continue to sanction any violation of our sanctions," Pompeo said.

## China's reaction

Beijing said it firmly opposes unilateral sanctions and the long-arm jurisdiction of US law, and that its energy cooperation with Iran is legitimate and should be respected.

## Not a consumer issue

For consumers, the move makes no difference at the pump. Zhenrong does not sell fuel in the United States, and the volumes of Iranian crude it handles go to Chinese refineries. Tanker-tracking firms estimate China still takes a few hundred thousand barrels a day of Iranian oil, often through ship-to-ship transfers that disguise the origin.

## What's next

Officials said more sanctions could follow against companies and tankers that keep shipping Iranian oil.
""",
 reader_q="Reader question: Does this raise US gasoline prices? Analysts expect no measurable effect; the oil was not coming to the US anyway.",
 teaser="Our tip: The best road-trip apps for finding cheap fuel - in Motoring.",
 comments=[("oil_watcher", "Symbolic. Zhenrong was already sanctioned."), ("Maria G.", "Will Sinopec be next?")]))

A.append(dict(fn="m-tech-companies-ofac-penalties-explainer.md", date="2023-01-12", source="Ledger & Law",
 author="Chris Okafor",
 title="Apple, Amazon, Airbnb, Kraken: what tech firms paid OFAC, and why",
 body="""
Sanctions penalties are not only for banks and oil traders. In the past few years several well-known technology and consumer companies have settled with the Treasury's Office of Foreign Assets Control (OFAC), usually for small amounts, over failures in their screening systems. Here is what they paid and why.

## Apple: $466,912 (November 2019)

Apple settled for $466,912 over apparent violations of the Foreign Narcotics Kingpin Sanctions Regulations. It had hosted, and continued to deal with, apps developed by SIS DOO, a Slovenian software company that had been designated as a narcotics trafficker's front. Apple's screening tool failed to catch the match because of differences in how the name was capitalised.

## Amazon: $134,523 (July 2020)

Amazon.com agreed to pay $134,523 for apparent violations of multiple sanctions programmes, including providing goods and services to people in Crimea, Iran and Syria and to persons on the SDN list. OFAC said Amazon's automated screening failed to flag obvious red flags such as orders with "Crimea" in the address.

## Airbnb: $91,172.29 (January 2022)

Airbnb Payments settled for $91,172.29 over apparent violations of the Cuban Assets Control Regulations. Guests had used the platform to travel to Cuba without the company collecting the information needed to show the trips fell within an authorised category of travel, and some hosts were not eligible.

## Kraken: $362,158.70 (November 2022)

Payward, the company that runs the Kraken crypto exchange, agreed to pay $362,158.70 and to invest an additional $100,000 in sanctions compliance controls. OFAC said Kraken had processed transactions for users who appeared to be in Iran, because it did not block users by their IP addresses at the time.

## The pattern

In each case OFAC treated the violations as non-egregious and the companies as having disclosed them voluntarily, which reduces penalties sharply. The common lesson, compliance lawyers say, is that a global consumer platform needs geolocation blocks and fuzzy name-matching, not just a check of the customer's stated country.

## What users should know

None of these settlements restricts customers. Apple, Amazon, Airbnb and Kraken were not placed on any sanctions list; they paid civil penalties and agreed to improve their controls.
"""))

A.append(dict(fn="m-what-an-asset-freeze-means-explainer.md", date="2026-01-20", source="Sanctions Notebook",
 author="Miriam Ostrowski",
 title="Listed: what a sanctions designation means for customers, investors and suppliers",
 body="""
Every week readers ask the same thing in different words: a company or a businessman has been "sanctioned" or "blacklisted", so what am I allowed to do now? The answer depends on which list, which country and who you are. This guide covers the US, UK and EU asset-freeze lists; trade lists such as the Commerce Department's Entity List work differently.

## The three main asset-freeze lists

In the United States, the Treasury's Office of Foreign Assets Control keeps the Specially Designated Nationals (SDN) list. In the UK, the Foreign Office designates people and the Office of Financial Sanctions Implementation (OFSI) enforces the asset freeze. In the European Union, the Council adopts listings unanimously, and national authorities enforce them.

## If you are a customer

A listing rarely makes a private customer a lawbreaker for things already bought. Products already in your home are not confiscated. New dealings are the issue: paying a listed person or a company it owns is generally prohibited for US, UK or EU persons unless a licence allows it. Governments often issue licences so that ordinary customers, fans or employees are not harmed, as the UK did for football supporters in 2022.

## If you are an investor

An asset freeze does not always stop trading by itself, but exchanges often suspend the shares, brokers freeze positions, and dividends cannot be paid to you without a licence. Holdings can be stuck for years.

## If you are a supplier or exporter

Suppliers must stop deliveries and payments unless licensed. In the US, companies owned 50 percent or more by listed persons are treated as blocked even if not named. The EU and UK use an ownership-or-control test.

## How people get off

Listings can end through a court ruling, an administrative review or a political decision. The EU reviews most Russia listings every six months. OFAC accepts delisting petitions. A licence, by contrast, only authorises specific dealings; the person stays listed.

## The bottom line

Check the current list, not an old news story. Listings change, licences expire and courts overturn decisions.
"""))

A.append(dict(fn="m-yandex-shares-stuck-forum-thread-jul-2024.txt", date="2024-07-20", source="EuroStocks Forum", place="online",
 forum=True,
 title="Thread: Yandex (YNDX) holders - sale closed, when does Nasdaq trading come back?",
 lede="A discussion thread started on July 16, 2024 in the Foreign Stocks board, after Yandex N.V. said it had completed the sale of its Russian businesses.",
 caption="Screenshot of a brokerage app showing YNDX as halted. | Source: forum user upload",
 posts=[
 ("amsterdam_andy", "July 16, 2024", "Yandex N.V. just announced the Russia sale is fully closed. 475 billion roubles, the Russian business now belongs to the consortium. We've been halted since Feb 28, 2022. Anyone know when Nasdaq lets us trade again?"),
 ("ValueHunter77", "July 16, 2024", "@amsterdam_andy No date yet. The company says it is 'working with Nasdaq' to resume trading. It will also change its name - Nebius Group is the new name being floated."),
 ("k_petrova", "July 16, 2024", "Don't forget part of the payment was in Yandex shares, so the share count drops. Good for us remaining holders."),
 ("amsterdam_andy", "July 17, 2024", "Is Yandex N.V. sanctioned? My broker keeps calling it 'restricted'."),
 ("ValueHunter77", "July 17, 2024", "@amsterdam_andy No, the company was never on the SDN list or the EU list. The founder Volozh was on the EU list but got removed in March. 'Restricted' at your broker is the trading halt, not a sanction."),
 ("LongSuffering", "July 18, 2024", "I'd be careful. The halt has lasted two and a half years. I'll believe it when I see a quote."),
 ("k_petrova", "July 18, 2024", "The halt was Nasdaq's decision. Now that there's no Russian business left, there's no reason to keep it halted. But Nasdaq takes its time."),
 ("DutchDividend", "July 19, 2024", "Also: the Moscow Exchange shares are a different line now, they belong to the new Russian Yandex. Don't mix them up."),
 ("LongSuffering", "July 20, 2024", "Fair. Still halted as of today though. Setting an alert."),
 ],
 reader_q="Moderator note: Forum posts are opinions of users, not investment advice. Check official company announcements.",
 teaser="Sponsored: Compare the cheapest brokers for European shares in 2024.",
 comments=[("Mod_Team", "Thread pinned by request. Please keep it on topic.")]))
