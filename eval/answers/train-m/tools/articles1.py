# Article sources, part 1: Yandex/Volozh, Abramovich/Chelsea/Evraz
A = []

A.append(dict(fn="m-eu-sanctions-yandex-cofounder-volozh-jun-2022.md", date="2022-06-04", source="Brussels Ledger",
 author="Katrien Molenaar",
 title="EU sanctions Yandex co-founder Arkady Volozh; he quits the board",
 body="""
The European Union added Arkady Volozh, the co-founder of the Russian internet group Yandex, to its sanctions list on June 3, 2022, as part of the sixth package of measures over Russia's invasion of Ukraine. Within hours the Dutch-registered parent, Yandex N.V., said Volozh would step down as chief executive and leave its board.

## What the EU said

The Council's listing says Yandex, the country's leading search engine, promotes state media and narratives in its search results and news aggregator and de-ranks content critical of the Kremlin. As the group's founder and one of its largest shareholders, Volozh was held responsible for supporting actions and policies that undermine Ukraine, the EU said.

In practice the listing means an asset freeze and a travel ban. Volozh's assets in the EU are frozen, EU citizens and companies may not make funds or economic resources available to him, and he may not enter or transit the territory of the 27 member states.

## What it means for the company

The sanctions apply to Volozh personally, not to Yandex N.V. or its Russian operating companies. "The company itself is not subject to EU sanctions," a spokesperson said, adding that Yandex would keep serving users, advertisers and partners and had received no indication that any of its businesses would be designated.

Still, the group moved quickly to put distance between itself and its founder. It said Volozh would resign from all positions at Yandex N.V. and from his roles at its international subsidiaries, and that John Boynton, the chairman, would lead the search for new leadership. Volozh remains a significant shareholder through a family trust, a point that critics in Brussels say shows how hard it is to separate a founder from the business he built.

## Investors

For investors the listing changes little on its own. Trading in Yandex's Class A shares on the Nasdaq has been halted since February 28, when the exchange paused a number of Russian companies, so holders cannot sell through the exchange whatever happens to the founder.

Volozh, who has lived in Israel since 2014, has not commented on the war. Lawyers who handle EU cases said he could challenge the decision at the General Court in Luxembourg or ask the Council to drop him at one of its six-monthly reviews of the Russia listings. The next review falls in September.
"""))

A.append(dict(fn="m-yandex-nasdaq-trading-halt-mar-2022.txt", date="2022-03-08", source="Russia Tech Wire", place="Amsterdam",
 title="Yandex warns noteholders may demand repayment after Nasdaq halt",
 lede="Yandex N.V., the parent of Russia's biggest search engine, said the suspension of its shares on the Nasdaq had lasted long enough to let holders of its convertible bonds demand their money back, and that it may not have sufficient funds to pay them all at once.",
 caption="Yandex's headquarters on Lva Tolstogo Street in Moscow. | Source: Russia Tech Wire",
 body="""
## A halt, not a sanction

Nasdaq stopped trading in Yandex's Class A shares on February 28, 2022, citing requests for additional information, along with several other Russian-linked listings. Under the terms of the company's $1.25 billion convertible notes due 2025, a halt of more than five trading days counts as a "delisting event", which gives each holder the right to require the company to repurchase their notes at par.

The company said it had begun talks with noteholders and was considering options including a restructuring. It stressed that its cash sat partly in Russia, where new capital controls limit transfers abroad.

Yandex itself is not on any US, EU or UK sanctions list, the company said, and neither Yandex N.V. nor its main subsidiaries have been named by the Treasury's Office of Foreign Assets Control. The halt is a decision of the exchange, not of a government, and it does not stop anyone from using Yandex's services.

## Users and advertisers

For ordinary users nothing has changed: the search engine, the Yandex Go ride-hailing and delivery app and the music and streaming services keep working in Russia and the other markets where they operate. Several Western advertisers have paused campaigns, and the company said ad revenue in March would be weaker than planned.

## What investors can do

Investors who own the shares through US brokers cannot sell them on the Nasdaq while the halt lasts. Brokers said they had no date for a restart, and Moscow Exchange trading in the stock has also been suspended since the invasion, leaving Western holders with a position they can neither price nor exit.

Analysts said the biggest near-term risk was the notes rather than sanctions. "If enough holders put their bonds back at once, the company has a liquidity problem even though the business is still profitable," one Moscow-based analyst said.

Yandex shares had already lost more than two thirds of their value since mid-February before the halt.
""",
 reader_q="Reader question: My Yandex shares show a price of zero in my brokerage app. Have they been cancelled? Not necessarily: brokers often mark halted foreign stocks at zero while trading is suspended.",
 teaser="Our tip: Five easy ways to cut your home heating bill this spring - read it in the Home section.",
 comments=[("Dmitri_P", "Halted is not delisted, people. Relax."), ("j.vandenberg", "The bond clause is the real story here.")]))

A.append(dict(fn="m-volozh-condemns-war-blog-aug-2023.html", date="2023-08-11", source="Sanctions Notebook", kind="blog", author="Miriam Ostrowski",
 title="Volozh finally condemns the war. Does that get him off the EU list?",
 body="""
Arkady Volozh, the co-founder of Yandex, broke more than a year of silence on August 10, 2023, calling Russia's invasion of Ukraine "barbaric" in a statement sent to journalists. "I am horrified by the fate of people in Ukraine, many of whom are my personal friends and relatives, whose homes are being bombed every day," he wrote, adding that he shared responsibility for the country's actions even though he left Russia in 2014.

He is one of very few members of the Russian business elite to say anything like this in public. The obvious question for readers of this blog: does an anti-war statement get you off a sanctions list?

## Short answer: not by itself

The EU listed Volozh in June 2022. Nothing in the EU's rules removes a person automatically because he changes his public position. Listings are reviewed by the Council, and every member state has to agree to a change. A person can ask for reconsideration and submit evidence, and his lawyers have said he will do exactly that, arguing that he has cut ties with the Russian business and has lived in Israel for years.

As of today he is still listed, his EU assets remain frozen and the travel ban still applies. The current Russia listings run until September 15, 2023, when they come up for renewal.

## What about Yandex?

Yandex N.V. has been negotiating the sale of its Russian businesses for months. Volozh's statement says he wants to work on projects outside Russia, such as the cloud and AI infrastructure units that are expected to stay with the Dutch holding company once the Russian assets are sold.

## My take

Statements are cheap, delisting is slow. The EU has removed people before, but usually after a court ruling or a clear change in their business links, not after a press release. Watch the September review.
""",
 comments=[("Pieter K.", "Aug 11, 2023", "Good explainer. I hadn't realised every member state has to agree to a delisting."),
           ("Miriam Ostrowski", "Aug 11, 2023", "Thanks Pieter. Yes, unanimity cuts both ways: it is needed to list and to delist."),
           ("olga_t", "Aug 12, 2023", "He waited 18 months. Forgive me if I'm not impressed."),
           ("TradeLawyerNL", "Aug 13, 2023", "Worth adding that the General Court route is also open, but it takes a long time.")]))

A.append(dict(fn="m-eu-council-delists-volozh-mar-2024.html", date="2024-03-15", source="EU Sanctions Monitor", kind="press",
 title="Council prolongs Russia listings to September 15, 2024 and removes Volozh, Mndoyants and Hambalek",
 body="""
Summary of the Council of the European Union decision on the individual restrictive measures over actions undermining the territorial integrity, sovereignty and independence of Ukraine, published in the Official Journal on March 14, 2024.

## Renewal

The Council prolonged the asset freezes and travel bans on the listed individuals and entities for a further six months, until September 15, 2024. More than 2,000 individuals and entities remain subject to the measures.

## Removals

The Council decided not to renew the listings of three persons:

- Arkady Volozh, co-founder and former chief executive of Yandex;
- Sergei Mndoyants, a former vice-president of the AFK Sistema conglomerate;
- Jozef Hambalek, the Slovak leader of the European branch of the Night Wolves motorcycle club.

Nine listed persons who have died were also removed, among them Dmitry Utkin, a founder of the Wagner Group. The Council did not give individual reasons for the three removals; diplomats had said the evidence for keeping them listed was considered legally insufficient.

## Effect of the removal

From the date of the decision, the asset freeze and the travel ban no longer apply to Mr Volozh. Funds and economic resources belonging to him in the EU may be released, EU persons may again make funds available to him, and he may enter EU territory.

## Background

Mr Volozh was listed on June 3, 2022. In August 2023 he publicly condemned Russia's "barbaric" invasion of Ukraine and his lawyers asked the Council to review his case. The Council kept him listed at the September 2023 renewal.

On February 5, 2024, Yandex N.V. agreed to sell its Russian businesses to a consortium of Russian investors for 475 billion roubles, the largest corporate exit from Russia since the invasion. The Dutch holding company will keep its international units, including its data-centre and cloud business, which Mr Volozh is expected to lead.

## Contact

Press office, General Secretariat of the Council. This summary is provided for information and has no legal effect; the Official Journal text is authoritative.
"""))

A.append(dict(fn="m-nebius-resumes-nasdaq-trading-oct-2024.md", date="2024-10-22", source="Dutch Markets Daily",
 author="Sanne de Wit",
 title="Former Yandex parent, now Nebius, trades on the Nasdaq again after 31-month halt",
 body="""
Shares of Nebius Group N.V., the Amsterdam-based company formerly called Yandex N.V., resumed trading on the Nasdaq on October 21, 2024, under the ticker NBIS, ending a suspension that had frozen the stock since February 28, 2022.

## Why the halt ended

The restart became possible after the company completed the sale of all its Russian businesses in July 2024. A consortium of Russian investors paid 475 billion roubles, in cash and in Yandex shares, for the search engine, ride-hailing, e-commerce and other operations in Russia, which now run under a separate Russian-registered company that keeps the Yandex brand.

What remains in the Dutch group is a much smaller business: an AI-focused cloud and data-centre operator with a large site in Mäntsälä, Finland, the data-labelling company Toloka, the edtech business TripleTen and the autonomous-driving unit Avride. Arkady Volozh, the Yandex co-founder, runs Nebius as chief executive. The European Union removed him from its sanctions list in March 2024.

## For investors

Holders of the old Yandex Class A shares now hold Nebius shares and can trade them like any other Nasdaq stock. Nebius said it has no operations in Russia, no Russian shareholders with control and no exposure to Russian sanctions risk.

The stock was volatile on the first day, as investors who had been locked in for two and a half years got their first chance to sell and new buyers bet on demand for AI computing capacity.

## What changed for users

Nothing, for people in Russia. The Yandex apps they use belong to the Russian buyer, not to Nebius. Customers of Nebius's cloud in Europe and the US deal with the Dutch company.

Analysts said the listing history is a lesson in the difference between an exchange halt and a sanction. Yandex N.V. was never placed on a US or EU sanctions list itself, but its shares were stuck for 31 months because of a decision by the exchange and the practical problems of a company with most of its assets in Russia.
"""))

A.append(dict(fn="m-yandex-delivery-robots-us-campuses-2021.txt", date="2021-08-19", source="Campus Tech Daily", place="Columbus, Ohio",
 title="Six-wheeled Yandex robots start delivering food on US college campuses",
 lede="Students at Ohio State University will be able to order burritos and coffee from small, six-wheeled delivery robots built by Yandex, the Russian internet company, under a partnership with the food-ordering platform Grubhub announced this week.",
 caption="A Yandex delivery rover waits at a crossing during a test run. | Source: Campus Tech Daily",
 body="""
## How it works

Students place an order in the Grubhub app as usual and pick the robot option at participating outlets. A rover, roughly the size of a picnic cooler, rolls along sidewalks at walking pace and unlocks its lid when the customer taps a button in the app. Yandex says the machines can handle rain and snow and navigate around pedestrians using lidar and cameras.

The robots, developed by Yandex's self-driving group, have already made thousands of deliveries in Moscow and Innopolis and were tested in Ann Arbor, Michigan. Ohio State is the first campus in the programme, and the companies say dozens more could follow over the coming years.

## Why campuses

Colleges are attractive for delivery robots because of their dense, pedestrian-friendly layouts and a customer base that is comfortable with new technology. Grubhub already runs meal-plan ordering at more than 250 campuses.

Yandex, whose shares are listed on the Nasdaq in New York, did not say how much it is investing in the US programme. Analysts note the company has been spinning its self-driving unit into a separate business that could one day raise outside money.

## Students' reaction

"It's weirdly cute," said Maya Harris, a junior studying engineering. "It stopped to let me cross, which is more than most cyclists do."

The university said the robots had been cleared by campus safety staff and would be limited to set routes during the first semester. Staff will monitor the fleet remotely, and a human operator can take control if a rover gets stuck or is blocked.

Competitors including Starship Technologies already run similar services at several universities, and the field is crowded. Yandex said its rover is cheaper to build because it relies on in-house sensors.

## What's next

The companies plan to expand the service to evening hours once students return in full for the autumn semester. Pricing will be the same as regular Grubhub delivery.
""",
 reader_q="Reader question: Can the robots climb stairs? No. They use ramps and curb cuts, so some buildings cannot receive deliveries.",
 teaser="Our tip: The best budget laptops for the new semester - see our guide.",
 comments=[("buckeye22", "Saw one today near the library, it's tiny!"), ("R. Allen", "Wait until someone tries to steal one.")]))

A.append(dict(fn="m-uk-freezes-abramovich-assets-chelsea-mar-2022.html", date="2022-03-10", source="London Sports Desk", kind="news", author="Tom Hargreaves",
 title="UK freezes Abramovich's assets, halts Chelsea sale and puts club under special licence",
 body="""
The UK government froze the assets of Chelsea owner Roman Abramovich on March 10, 2022, and imposed a travel ban on him, one of seven Russian oligarchs sanctioned over the invasion of Ukraine. The others were Oleg Deripaska, Igor Sechin, Andrey Kostin, Alexei Miller, Nikolai Tokarev and Dmitri Lebedev.

The move puts an immediate stop to Abramovich's plan, announced on March 2, to sell Chelsea and give the net proceeds to victims of the war. Any sale now needs government permission.

## A licence to keep playing

To stop the club from collapsing mid-season, the government issued a special licence that lets Chelsea continue football-related activities. Players and staff will be paid and fixtures will go ahead. Fans who already hold season tickets or tickets bought before today can still attend matches, but the club cannot sell new tickets, and the club shop and online store are closed.

The licence, valid until May 31, 2022, also bars Chelsea from buying or selling players or offering new contracts. Culture Secretary Nadine Dorries said the government would work with the Premier League to keep the club running while making sure Abramovich gains nothing.

## Why he was listed

The government said Abramovich has had a close relationship with President Vladimir Putin for decades and had obtained a financial benefit from the Russian state. It also pointed to his stake in Evraz, saying the steelmaker may have supplied steel to the Russian military for tanks.

## Evraz says it is not covered

Trading in Evraz shares on the London Stock Exchange was suspended by the Financial Conduct Authority on the same day. Evraz, which says Abramovich owns 28.64 percent of it, argued that he does not control the company because he owns less than 50 percent and cannot appoint a majority of the board. It said it therefore does not consider UK financial sanctions to apply to Evraz itself. Most of its directors resigned the following day.

## What's next

Abramovich, who also holds Israeli and Portuguese citizenship, has not commented. The Premier League board disqualified him as a director of the club. Sponsors began to review their deals, and mobile operator Three asked for its name to be removed from the shirts.
"""))

A.append(dict(fn="m-chelsea-fans-sanctions-faq-mar-2022.html", date="2022-03-14", source="Blue Terrace Fanzine", kind="faq",
 title="Chelsea under sanctions: your questions answered",
 intro="The UK government froze Roman Abramovich's assets on March 10, 2022, and Chelsea now operates under a special government licence. We have collected the questions readers sent us most often. This page reflects the licence as it stands today and will be updated if it changes.",
 faq=[
 ("Can I still go to matches?", "Yes, if you already have a ticket. Season-ticket holders and supporters who bought tickets before March 10 can attend. The club is not allowed to sell new tickets for home or away games, so if you don't have one already, you cannot buy one from Chelsea."),
 ("Can I buy a new shirt or scarf?", "Not from the club. The Megastore at Stamford Bridge and the official online shop are closed under the licence, because money from merchandise would go to a company owned by a sanctioned person. Shirts already sold by independent retailers are a different matter, but stock is running low."),
 ("Will the team still play?", "Yes. The licence lets Chelsea carry on football-related activities, pay players and staff, and play fixtures. It caps what the club can spend on travel to away matches at 20,000 pounds per game, which supporters' groups say may be too tight for European trips."),
 ("Can the club sign players?", "No. Chelsea cannot buy or sell players or offer new contracts to existing players while the licence applies, which worries fans about players whose deals end in June."),
 ("How long does the licence last?", "It runs until May 31, 2022. The government can amend it, and officials have said they are open to a sale as long as Abramovich does not benefit from it."),
 ("Is Chelsea itself sanctioned?", "Because Abramovich owns the club, it is treated as a frozen asset. That is why a licence was needed for anything to happen at all."),
 ("Do fans break the law by going to games?", "No. Attending with a valid ticket is expressly allowed by the licence. Supporters do not need to do anything special."),
 ("What about the women's team and the academy?", "They are covered by the same licence and continue to play their fixtures."),
 ]))

A.append(dict(fn="m-chelsea-sale-completes-may-2022.txt", date="2022-05-31", source="London Sports Desk", place="London",
 title="Boehly-Clearlake consortium completes Chelsea takeover",
 lede="A consortium led by Todd Boehly and Clearlake Capital completed its purchase of Chelsea on May 30, 2022, ending Roman Abramovich's 19-year ownership and a day before the government licence that kept the club running was due to expire.",
 caption="Fans outside Stamford Bridge on the day the takeover completed. | Source: London Sports Desk",
 body="""
## The price

The deal values the club at 4.25 billion pounds. Of that, 2.5 billion pounds is the purchase price for the shares, paid into a frozen UK bank account, and the new owners have committed a further 1.75 billion pounds to investment in the stadium, the academy, the women's team and the Kingsmeadow training ground.

The government approved the sale on May 25 after receiving assurances that Abramovich would not benefit from the proceeds. He had promised to donate the money to a foundation supporting victims of the war in Ukraine, and the funds can only leave the account under a further government licence.

## What changes for fans

With Abramovich no longer the owner, the restrictions of the special licence fall away for the club. Chelsea can sell tickets and merchandise again and sign players in the summer transfer window.

The sanctions on Abramovich himself remain in place: his UK assets are still frozen and he is banned from entering the country. The European Union also listed him on March 15, 2022.

## Who the new owners are

Boehly is a co-owner of baseball's Los Angeles Dodgers and the Los Angeles Lakers. Clearlake is a California private-equity firm that holds the majority of the economic interest. Swiss billionaire Hansjörg Wyss and British businessman Jonathan Goldstein are also part of the group.

"We are honoured to become the custodians of Chelsea," Boehly said in a statement.

## The long goodbye

Under Abramovich, Chelsea won 21 major trophies, including two Champions League titles. He wrote off the loans he had made to the club, which Chelsea said amounted to more than 1.5 billion pounds, as part of the deal.
""",
 reader_q="Reader question: Does the 2.5 billion go straight to Ukraine? No. It sits in a frozen account until the government licenses its transfer to a charitable foundation.",
 teaser="Our tip: Ten summer walks within an hour of London - in Weekend.",
 comments=[("KTBFFH_Rich", "Finally. What a three months."), ("Sandra M", "Now let's see if the money actually reaches anyone in Ukraine.")]))

A.append(dict(fn="m-abramovich-chelsea-funds-standoff-jun-2025.md", date="2025-06-17", source="Whitehall Brief",
 author="Fiona Sayers",
 title="Government ready to sue Abramovich over frozen Chelsea billions",
 body="""
The UK government said on June 17, 2025 that it was "deeply frustrated" that Roman Abramovich had not agreed to release the 2.5 billion pounds from the 2022 sale of Chelsea for humanitarian purposes in Ukraine, and that it was prepared to take him to court if talks failed.

## Three years in a frozen account

The money has sat in a frozen UK bank account controlled by Fordstam, Abramovich's holding company, since the sale to the Todd Boehly and Clearlake Capital consortium completed in May 2022. Abramovich pledged at the time that the net proceeds would go to a foundation for victims of the war. Because he is still under UK sanctions, the money can only move under a licence issued by the Office of Financial Sanctions Implementation.

## What the dispute is about

Chancellor Rachel Reeves and Foreign Secretary David Lammy said the government wants the funds to go to humanitarian causes in Ukraine. People close to Abramovich have said his pledge covered "all victims of the war", which they interpret to include people in Russia, and that he wants to run the foundation himself, with Mike Penrose, a former UNICEF UK chief, lined up as its head.

"While the door for negotiations will remain open, we are fully prepared to pursue this through the courts if required," Reeves and Lammy said in a joint statement.

## No licence yet

No licence has been granted, and the government has not started legal proceedings. Lawyers said a court case would be novel, since the money belongs legally to a company owned by a sanctioned person who has not been charged with any crime.

## Still sanctioned

Abramovich remains on the UK sanctions list, along with the EU's. Chelsea is not affected: the club has been owned by the Boehly-Clearlake group for three years and operates normally.
"""))

A.append(dict(fn="m-uk-licence-chelsea-funds-dec-2025.txt", date="2025-12-18", source="Westminster Report", place="London",
 title="Starmer tells Abramovich 'the clock is ticking' as UK licenses transfer of Chelsea money",
 lede="The UK government issued a licence on December 17, 2025 allowing the 2.5 billion pounds from the sale of Chelsea to be transferred out of its frozen account for humanitarian causes in Ukraine, and warned Roman Abramovich that he has 90 days to act before it goes to court.",
 caption="Prime Minister Keir Starmer at Prime Minister's Questions. | Source: Westminster Report",
 body="""
## The licence

The licence, issued by the Office of Financial Sanctions Implementation, permits the money to be paid to a charitable body or foundation whose purpose is humanitarian work in Ukraine. It does not let the funds go anywhere else, and it does not lift any sanctions on Abramovich.

Prime Minister Keir Starmer told MPs: "The clock is ticking. Honour the commitment you made and pay up now. If not, we are ready to go to court." Officials said that if Abramovich does not act within 90 days, the government will begin legal action to enforce the pledge he made in March 2022.

## Abramovich's position

People close to the former owner repeated that his pledge was meant for all victims of the war and said he would consider his options. He has previously said he would resist any attempt to seize the funds. The money is held by Fordstam, the company through which he owned the club.

## Why it has taken so long

The sale to the consortium led by Todd Boehly and Clearlake Capital completed in May 2022. Since then the funds have been stuck because the two sides disagreed about who would control the foundation and where the money could be spent. In June the government said it was "deeply frustrated" and prepared to sue; today's licence is the first formal step.

## Still sanctioned

Abramovich remains subject to a UK asset freeze and travel ban. The licence covers only this one transfer.
""",
 reader_q="Reader question: Could the money end up with the Treasury? Not under this licence. Ministers say it must go to Ukraine-related humanitarian work.",
 teaser="Our tip: How to make your Christmas leftovers last until New Year - in Food.",
 comments=[("norfolk_nick", "About time, three and a half years!"), ("L. Kovalenko", "90 days. Mark your calendars.")]))

A.append(dict(fn="m-chelsea-club-world-cup-final-jul-2025.md", date="2025-07-14", source="Touchline Weekly",
 author="Gareth Pryce",
 title="Palmer double as Chelsea thrash PSG to win the Club World Cup",
 body="""
Chelsea beat Paris Saint-Germain 3-0 in the final of the expanded Club World Cup at MetLife Stadium in East Rutherford, New Jersey, on July 13, 2025, with Cole Palmer scoring twice and setting up João Pedro for the third, all in the first half.

## The match

PSG arrived as European champions and favourites, but Chelsea pressed high from the start. Palmer opened the scoring in the 22nd minute with a low finish from the edge of the box and added a second eight minutes later. João Pedro, signed from Brighton only days before the tournament's knockout rounds, lifted the ball over Gianluigi Donnarumma just before half-time.

PSG's frustration boiled over late on, when João Neves was sent off after a VAR review. US President Donald Trump, who attended the final, presented the trophy and stayed on the stage as the players celebrated.

## What it means for the club

The win brings Chelsea prize money of well over 100 million dollars from the tournament, a welcome boost under the Premier League's spending rules. It is the club's first major trophy under the ownership group led by Todd Boehly and Clearlake Capital, which bought the club in 2022, and the second Club World Cup in its history after 2021.

Manager Enzo Maresca said the squad had shown "personality and hunger" throughout the tournament. "People doubted this group. Today they answered," he said.

## Looking back

Chelsea's modern era of success began after Roman Abramovich bought the club in 2003, bringing Premier League titles and Champions League wins in 2012 and 2021. The current owners have spent heavily on young players, and supporters had questioned the strategy after a difficult first season.

## Looking ahead

The players now get a short break before pre-season, with the Premier League campaign starting in mid-August. Maresca said he expected to add one or two more signings.
"""))

A.append(dict(fn="m-uk-sanctions-evraz-may-2022.html", date="2022-05-06", source="City Metals Report", kind="news", author="Harriet Olu",
 title="UK sanctions Evraz, former FTSE 100 steelmaker part-owned by Abramovich",
 body="""
The UK government imposed sanctions on Evraz plc on May 5, 2022, freezing the assets of the steel and mining company in which Roman Abramovich holds an almost 29 percent stake. It is thought to be the first time a former member of the FTSE 100 index has been sanctioned.

## Why Evraz

The Foreign Office said Evraz operates in sectors of strategic significance to the government of Russia. It produces 28 percent of all Russian railway wheels and 97 percent of the country's rail tracks, which the government said is "of vital significance as Russia uses rail to move key military supplies and troops to the frontline in Ukraine."

The asset freeze means no UK citizen or company can do business with Evraz without a licence.

## North America carved out

The government issued a separate general licence allowing people to continue business involving Evraz's North American subsidiaries, which run steel mills in the United States and Canada. Those units employ thousands of workers and supply rail and pipe to North American customers, and they can keep operating and trading under the licence.

## A change from March

When Abramovich was sanctioned on March 10, Evraz argued that the UK measures did not apply to the company, because he owned less than 50 percent of it and could not appoint a majority of the board. The designation of Evraz in its own name ends that argument: the company is now directly listed.

## Investors

Evraz shares have been suspended on the London Stock Exchange since March 10, and its London listing has since been cancelled. Funds that held the stock, including large index trackers, have in many cases written the holding down to zero. Under the asset freeze, UK investors cannot receive dividends or other payments from the company without a licence.

## Reaction

The company said it was studying the designation and would comply. Unions at its Russian plants said the move would not change production, which goes almost entirely to the domestic market.
"""))
