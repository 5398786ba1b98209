# Clusters C (Mazepin/Uralkali/Haas), D (Russian uranium ban), E (penalties)
C = []
C.append(dict(
 file="o-haas-drops-mazepin-uralkali-mar-2022.md", date="2022-03-05", source="Pit Lane Report",
 title="Haas terminates Nikita Mazepin's contract and Uralkali title sponsorship",
 byline="By Fraser McLeod",
 lede="The Haas Formula One team said on Saturday, March 5, 2022, that it had ended the contract of Russian driver Nikita Mazepin and its title sponsorship with Uralkali, the fertiliser producer part-owned by his father, with immediate effect.",
 body=[
 ("The decision", ["In a short statement the American-owned team said it had terminated both agreements after the Russian invasion of Ukraine. Haas had already run its car without Uralkali branding and in plain white livery on the final day of pre-season testing in Barcelona in late February.",
   "Mazepin, 23, said on social media he was very disappointed and that he had been willing to accept the conditions the FIA set for Russian drivers, including racing under a neutral flag."]),
 ("Who is Uralkali?", ["Uralkali is one of the world's largest potash producers. Nikita's father, the billionaire Dmitry Mazepin, controls it through his chemicals group Uralchem. Uralkali's sponsorship had been central to the team's budget since 2021, and the team's official name carried the Uralkali brand.",
   "Uralkali said the termination was unlawful and that it would seek the return of money already paid for the 2022 season. It did not say how much."]),
 ("Not a sanctions decision", ["The team did not say it was acting under any sanctions law. As of Saturday, neither Mazepin was on a Western sanctions list, and the FIA still allowed Russian drivers to compete as neutrals. Motorsport UK, which governs racing in Britain, had already said Russian drivers could not compete at its events.",
   "\"This is a reputational call, not a legal obligation,\" said Gemma Reyes, a sports lawyer in London. \"That may matter if Uralkali goes to court over the sponsorship money.\""]),
 ("What next", ["Team principal Guenther Steiner said Haas would name a replacement driver before the season opener in Bahrain on March 20. Kevin Magnussen, who raced for the team until 2020, was widely reported as the leading candidate.",
   "Dmitry Mazepin had attended a meeting of business leaders with President Vladimir Putin at the Kremlin on February 24, the day the invasion began, a fact noted by critics of the sponsorship."])]))
C.append(dict(
 file="o-eu-lists-mazepins-mar-2022.txt", date="2022-03-10", place="Brussels", source="EuroPolicy Wire",
 title="EU sanctions Dmitry and Nikita Mazepin in new round of oligarch listings",
 lede="The European Union on Wednesday, March 9, 2022, added Uralchem owner Dmitry Mazepin and his son Nikita, the former Haas Formula One driver, to its Russia sanctions list, freezing their assets and banning them from travelling to the bloc.",
 caption="Nikita Mazepin at pre-season testing in Barcelona",
 body=[
 ("THE LISTINGS", ["The two were among 14 businesspeople and their relatives added alongside 146 members of Russia's Federation Council. The EU said Dmitry Mazepin belongs to Vladimir Putin's inner circle and attended the February 24 meeting of business leaders at the Kremlin, which the EU sees as a sign that he is one of the oligarchs closest to the president.",
   "Nikita was listed as a person associated with his father, with the EU noting that Uralkali, controlled by his father, had sponsored the Haas team for which he drove."]),
 ("WHAT IT MEANS", ["All funds and economic resources belonging to the two in the EU must be frozen, and EU persons may not make money or assets available to them. They may not enter or transit through EU territory.",
   "The listing does not name Uralkali or Uralchem. Under EU rules, however, companies owned or controlled by a listed person can be caught, and lawyers said European buyers of potash and fertiliser were reviewing contracts."]),
 ("REACTIONS", ["Dmitry Mazepin stepped down as chief executive of Uralchem and said he would challenge the listing. Nikita Mazepin said he would announce a foundation to help athletes excluded from competition, and that he intended to contest the decision in court.",
   "Uralchem said its fertiliser supplies were essential to global food security. \"Fertiliser was deliberately left out of the broader trade measures, but the owners are fair game,\" said Pieter de Wolf, a trade lawyer in Brussels."]),
 ("NEXT", ["Listings are reviewed every six months, with the next renewal due on March 15. People listed can ask the Council to reconsider and can bring an action before the EU General Court in Luxembourg. Such cases usually take well over a year."])],
 teaser="Our tip: the best sourdough starters for beginners.",
 comments=[("f1fan_88", "Listing the son for being the son seems like a stretch legally. Bet the court sees it that way."), ("oksana_v", "He got the seat because daddy paid. Association is the whole point.")]))
C.append(dict(
 file="o-dmitry-mazepin-loses-eu-case-nov-2023.md", date="2023-11-15", source="Luxembourg Legal Brief",
 title="EU court upholds sanctions on Uralchem owner Dmitry Mazepin",
 byline="By Irene Castellan",
 lede="The EU General Court on Wednesday, November 15, 2023, dismissed Dmitry Mazepin's challenge to his listing under the EU's Russia sanctions, ruling that the Council had shown enough evidence that he is a leading businessperson in a sector that provides a substantial source of revenue to the Russian government.",
 body=[
 ("The ruling", ["The court, in case T-282/22, said the Council had given a proper statement of reasons and had adduced \"a set of sufficiently specific, precise and consistent indicia\" to justify keeping his name on the list. The criteria include leading businesspeople operating in Russia and people in sectors that are a substantial source of revenue for the Russian state.",
   "Mazepin had argued that he had stepped down as chief executive of Uralchem and reduced his stake, and that the fertiliser business was not a strategic sector. The court was not persuaded."]),
 ("What it means", ["Mazepin's assets in the EU stay frozen and he remains barred from entering the bloc. He can appeal on points of law to the Court of Justice of the European Union within two months and ten days.",
   "Uralchem and Uralkali are not themselves named on the EU list, and the EU has repeatedly clarified that its sanctions do not target trade in fertiliser. Lawyers say buyers still need to check ownership and control because of the listed owner."]),
 ("The son's case is different", ["Nikita Mazepin, the former Haas driver listed in March 2022 as his father's associate, has a separate case. He won interim relief from the court earlier this year, partly suspending the measures while his case proceeds. His main action has not yet been decided.",
   "\"The court is drawing a line between the businessman and his family,\" said Jonas Berger, a sanctions practitioner in Brussels. \"Family ties alone are getting harder to defend.\""]),
 ("Background", ["Uralkali's sponsorship of Haas ended on March 5, 2022, days before the EU listings. Uralchem has said it continues to supply fertiliser worldwide."])]))
C.append(dict(
 file="o-nikita-mazepin-wins-eu-court-mar-2024.html", date="2024-03-20", source="Court Watch Europe", press=True,
 title="Court summary: General Court annuls acts keeping Nikita Mazepin on EU sanctions list (T-743/22)",
 byline="Court-ruling summary",
 lede="The General Court of the European Union on March 20, 2024 annulled the Council acts that had kept former Formula One driver Nikita Mazepin on the EU's Russia sanctions list, ruling that being the son of a sanctioned businessman was not enough.",
 body=[
 ("The case", ["Case T-743/22, Mazepin v Council. Nikita Mazepin was listed in March 2022 on the ground that he was associated with his father, Dmitry Mazepin, a listed businessman. The Council extended his listing in September 2022, March 2023 and September 2023, keeping him on the list until March 15, 2024. He challenged the acts maintaining his name."]),
 ("The ruling", ["The court held that the \"association\" criterion requires more than a family link. The Council had to show shared interests, for example economic or capital ties, between father and son, and it had not done so. The court also noted that Nikita had not been a Haas driver since March 2022, so the earlier argument that his father's company financed his racing career no longer held. The contested acts were annulled as far as they concerned him."]),
 ("Interim orders", ["During the proceedings, the court's president and vice-president granted him interim relief in 2023, including an order of July 19, 2023, which partly suspended the measures so they would not stand in the way of his professional racing activities. The Council, the court noted, had not drawn the consequences of those orders when renewing the listing."]),
 ("What the ruling does not do", ["The annulment concerns the acts up to March 2024. The Council renewed the Russia listings in mid-March 2024, before the judgment, and his name was kept on the list under that new act, which must be challenged separately. Mazepin's lawyers said they would bring a new action. The Council may also appeal to the Court of Justice.",
   "His father's listing is unaffected: the General Court upheld Dmitry Mazepin's listing in November 2023."]),
 ("Timeline", ["Mar 5, 2022: Haas ends his contract and the Uralkali sponsorship. Mar 9, 2022: EU listing. Jul 19, 2023: interim order. Nov 15, 2023: father's case dismissed. Mar 20, 2024: judgment in T-743/22."])]))
C.append(dict(
 file="o-haas-moneygram-title-sponsor-2023.txt", date="2023-01-31", place="Kannapolis, North Carolina", source="Pit Lane Report",
 title="MoneyGram Haas F1 Team shows off 2023 livery",
 lede="Haas revealed the livery for its 2023 car on Tuesday, the first under its new title partner MoneyGram, giving the American team its first title sponsor since it split with Uralkali in 2022.",
 caption="The Haas VF-23 in MoneyGram colours",
 body=[
 ("THE LOOK", ["The VF-23 keeps the team's black, white and red base with green MoneyGram accents, and the team now races as the MoneyGram Haas F1 Team. The deal, agreed last year, is a multi-year partnership, although the team did not disclose its value.",
   "Team principal Guenther Steiner said the sponsor gives the team stability after a season in which it finished eighth in the constructors' championship, its best result since 2018."]),
 ("THE DRIVERS", ["Nico Hulkenberg joins Kevin Magnussen for 2023, replacing Mick Schumacher. Magnussen returned to the team in March 2022, weeks before the season opener, and scored points on his comeback in Bahrain. He also took the team's first pole position in Brazil in November.",
   "\"Kevin brings the speed and Nico brings the experience,\" Steiner said at the launch. \"We need both.\""]),
 ("THE BUDGET", ["Haas is one of the smallest teams on the grid and relies heavily on commercial partners. The end of the Uralkali deal in 2022 left a hole that the team filled partly with shorter sponsorship agreements.",
   "A team spokesperson said MoneyGram's brand would appear on car, race suits and in digital content aimed at the US market, where Formula One's audience has grown sharply. The team said the partnership would include fan events at the three American races."]),
 ("ON TRACK", ["Haas will run the car for the first time at a filming day before pre-season testing in Bahrain in February. Technical director Simone Resta said the team had focused on reducing the car's tyre wear, a weakness in 2022.",
   "The season starts in Bahrain on March 5. Steiner said the team aims to be \"best of the rest\" behind the top teams."])],
 teaser="Our tip: a beginner's guide to sim racing rigs.",
 comments=[("grid_girl", "Green accents are nice. Much better than last year's plain white testing car."), ("pete_r", "Magnussen pole in Brazil is still one of my favourite moments of 2022.")]))

D = []
D.append(dict(
 file="o-russian-uranium-ban-signed-may-2024.md", date="2024-05-14", source="Energy Markets Weekly",
 title="Biden signs ban on Russian enriched uranium imports, with waivers until 2028",
 byline="By Gareth Lowe",
 lede="President Joe Biden on Monday, May 13, 2024, signed the Prohibiting Russian Uranium Imports Act, which bans imports of low-enriched uranium produced in Russia or by a Russian entity starting 90 days after enactment.",
 body=[
 ("What the law does", ["The act amends the USEC Privatization Act to bar unirradiated low-enriched uranium produced in Russia or by a Russian entity, as well as uranium swapped or exchanged for Russian material in a way designed to get around the ban. The prohibition starts 90 days after the law was signed and runs until the end of 2040.",
   "The Department of Energy, in consultation with the State and Commerce departments, may grant waivers if there is no alternative viable source to keep a US reactor or nuclear energy company operating, or if imports are in the national interest. Any waiver must end by January 1, 2028, and waived volumes are capped each year."]),
 ("Why it matters", ["Russia supplied roughly a quarter of the enriched uranium used in US nuclear power plants in 2022, making it the largest foreign supplier. Its exports are handled by Tenex, a subsidiary of the state nuclear corporation Rosatom.",
   "The law also releases about $2.72 billion that Congress had already appropriated to expand domestic enrichment and conversion capacity. The White House said allies including Canada, France, Japan and the UK are working to build alternative supply."]),
 ("Industry view", ["Utilities had warned that a sudden cut-off could threaten fuel for some reactors. \"The waiver window buys three and a half years, which is about how long it takes to sign and deliver new enrichment contracts,\" said Hollis Grant, a fuel-cycle analyst at Meridian Energy Advisors.",
   "Centrus Energy, which buys enrichment services from Tenex under a long-term contract, said it would apply for waivers while it expands its own production in Ohio."]),
 ("Is Rosatom sanctioned?", ["The law is an import ban, not a sanctions listing. Rosatom itself is not on the SDN list, although the US has sanctioned dozens of its subsidiaries and related people since February 2022. Russia has not yet said how it will respond."])]))
D.append(dict(
 file="o-uranium-ban-takes-effect-aug-2024.txt", date="2024-08-12", place="Washington", source="Energy Markets Weekly",
 title="US ban on Russian uranium imports takes effect",
 lede="The US ban on imports of Russian low-enriched uranium came into force this weekend, 90 days after President Biden signed the Prohibiting Russian Uranium Imports Act on May 13, 2024.",
 caption="A centrifuge cascade at a US enrichment facility",
 body=[
 ("NOW IN FORCE", ["From August 11, 2024, unirradiated low-enriched uranium produced in Russia or by a Russian entity may not be imported into the United States without a Department of Energy waiver. Material swapped for Russian uranium to get around the ban is also covered.",]),
 ("WAIVERS", ["The Department of Energy has set up a process for companies to apply for waivers, which are available only until January 1, 2028. Applicants must show there is no alternative viable source of fuel for a reactor or that the import is in the national interest. The department has not published a list of approved waivers.",
   "The White House said proceeds from Russian uranium exports enrich Rosatom, which also runs parts of Russia's nuclear weapons complex, and that the US had sanctioned more than 35 Rosatom subsidiaries and related individuals since February 2022."]),
 ("RUSSIAN SUPPLY CONTINUES FOR NOW", ["Russia has not cut deliveries to US buyers that hold waivers, and Tenex continues to serve contracts elsewhere. Analysts said US utilities had built up inventories in anticipation of the ban.",
   "\"The real test comes in 2028, when waivers run out,\" said Ruth Okafor, an analyst at Lakeshore Commodities."]),
 ("BUILD-OUT", ["The law unlocked $2.72 billion for domestic fuel production. Companies including Centrus, Urenco's US plant in New Mexico and Orano have announced expansion plans. Canada, France, Japan and the UK have pledged to work with the US on allied supply."])],
 teaser="Our tip: heat pumps versus gas boilers, the real running costs.",
 comments=[("nuke_eng", "The swap clause is the important bit. Otherwise it just gets relabelled in Kazakhstan."), ("dp", "Inventories will cover a couple of years, after that it's about new capacity.")]))
D.append(dict(
 file="o-russia-halts-uranium-exports-us-nov-2024.html", date="2024-11-16", source="Global Commodities Desk",
 title="Russia imposes temporary ban on enriched uranium exports to the US",
 byline="By Anya Petrova",
 lede="Russia's government said on Friday, November 15, 2024, that it was imposing temporary restrictions on exports of enriched uranium to the United States, a tit-for-tat response to the US law banning Russian uranium imports.",
 body=[
 ("The Russian decree", ["The measure amends Government Decree No. 313 of March 9, 2022. It covers exports to the United States and deliveries under foreign trade contracts with persons registered in US jurisdiction. Deliveries can still go ahead under one-off licences issued by Russia's Federal Service for Technical and Export Control.",
   "The government said the decision was made on President Vladimir Putin's instructions in response to the restrictions imposed by the United States for 2024-2027 and the full ban on Russian uranium products from 2028. In September, Putin had asked ministers to consider limiting exports of strategic raw materials."]),
 ("Who is affected", ["The first US company to feel it was Centrus Energy, which buys low-enriched uranium from Tenex. Centrus said Tenex had told it that it would need a one-off licence for each remaining shipment under their contract, and that it could not guarantee those would be granted.",
   "Russia provided about 27% of the enrichment services bought by US utilities in 2023. US purchases of Russian uranium totalled about $574 million so far this year, down nearly 32% from a year earlier, according to US trade statistics."]),
 ("Kremlin line", ["Rosatom called the move legal and an expected response to actions by the US authorities, and said deliveries to other countries would continue unchanged. Kremlin spokesman Dmitry Peskov said exemptions could be made where they served Russia's interests."]),
 ("What it means for US utilities", ["Until now, the main constraint on Russian fuel was Washington's ban and its waiver system, which lets the Department of Energy allow imports until January 1, 2028. Now both sides must agree. \"A US waiver is no longer enough; you need a Russian licence too,\" said Tobias Lind, a nuclear fuel consultant.",
   "Uranium prices rose on the news. Analysts said most US reactors had fuel contracted for the next two to three years."])]))
D.append(dict(
 file="o-russian-uranium-ban-explainer-dec-2024.md", date="2024-12-09", source="Energy Markets Weekly",
 title="Explainer: can US utilities still buy Russian uranium?",
 byline="By the Energy Markets Weekly desk",
 lede="Between a US import ban, a Russian export ban and a patchwork of sanctions on Rosatom's subsidiaries, the rules on Russian nuclear fuel have become tangled. Here is where things stand at the end of 2024.",
 body=[
 ("The US import ban", ["The Prohibiting Russian Uranium Imports Act, signed on May 13, 2024, bans imports of low-enriched uranium produced in Russia or by a Russian entity from August 11, 2024. The ban lasts until the end of 2040."]),
 ("Waivers", ["The Department of Energy can allow imports case by case if there is no alternative supply or if it is in the national interest. Waivers can run no later than January 1, 2028. After that there is no exception, so a utility that still relies on Russian material needs to replace it by then."]),
 ("Russia's counter-ban", ["On November 15, 2024, Russia imposed temporary restrictions on enriched uranium exports to the US and to US-registered buyers. Deliveries now need a one-off licence from Russia's export control service. In practice, a US buyer needs two permissions: a DOE waiver and a Russian licence."]),
 ("Is Tenex or Rosatom on a blacklist?", ["The import ban is not a sanctions listing. Rosatom itself is not on the SDN list, although the US has designated more than 35 of its subsidiaries and related individuals since February 2022. Dealing with a non-listed Rosatom unit is not a sanctions violation in itself, but importing its uranium without a waiver breaks the import ban."]),
 ("What about Europe?", ["The EU has not banned Russian nuclear fuel, and several member states still operate Russian-designed reactors that rely on it. The EU's sanctions packages have largely left the civil nuclear sector alone."]),
 ("What should investors watch?", ["Enrichment capacity outside Russia is the bottleneck. The $2.72 billion released by the law is meant to fund new US capacity, and Centrus, Urenco and Orano have announced expansions. Prices for enrichment services have risen sharply since 2022.",
   "\"The 2028 cliff is the date everyone should circle,\" said Hollis Grant of Meridian Energy Advisors. \"Before that, the question is whether waivers and Russian licences line up.\""])]))
D.append(dict(
 file="o-vogtle-unit-4-commercial-operation-apr-2024.md", date="2024-04-30", source="Southern Grid News",
 title="Vogtle Unit 4 enters commercial operation, completing Georgia's nuclear expansion",
 byline="By Beth Carraway",
 lede="Georgia Power said Unit 4 at Plant Vogtle entered commercial operation on April 29, 2024, making the plant near Waynesboro the largest generator of clean energy in the United States.",
 body=[
 ("The milestone", ["Unit 4 follows Unit 3, which began commercial operation in July 2023. The two Westinghouse AP1000 reactors are the first new nuclear units built from scratch in the United States in decades. With four units, Vogtle can generate more than 4,500 megawatts, enough to power about a million homes and businesses.",
   "The project ran years late and billions of dollars over budget. Estimates put the total cost of the two new units at more than $30 billion, roughly double the original estimate."]),
 ("Fuel and operations", ["Unit 4 reached initial criticality in February and was synchronised to the grid in March. Georgia Power said the unit would now run around the clock and refuel roughly every 18 months, like the other three units at the site.",
   "The company did not say where the fuel for the new reactors is enriched, and said its fuel supply is contracted several years ahead. Nuclear fuel for US reactors passes through mining, conversion, enrichment and fabrication, often in different countries."]),
 ("Customers and costs", ["Georgia regulators approved a rate increase in 2023 to cover part of the costs of Unit 3, and a further increase is expected for Unit 4. Consumer groups say customers have paid too much for the delays; the company says the plant will deliver carbon-free power for 60 to 80 years.",
   "Co-owners Oglethorpe Power, MEAG Power and Dalton Utilities share the output."]),
 ("What it means nationally", ["Supporters say Vogtle shows the US can still build large reactors, while critics point to its cost. Several utilities are now studying small modular reactors. \"Vogtle is the proof of concept and the cautionary tale at the same time,\" said Dr Lena Morris, an energy economist at Savannah Policy Institute.",
   "The Energy Department called the completion a milestone for the US nuclear industry."])]))

E = []
E.append(dict(
 file="o-ofac-gva-capital-penalty-jun-2025.md", date="2025-06-13", source="Sanctions Notice Digest",
 title="OFAC imposes $215,988,868 penalty on GVA Capital over Kerimov investment",
 byline="Agency action summary",
 lede="The Treasury's Office of Foreign Assets Control on June 12, 2025 imposed a civil penalty of $215,988,868 on GVA Capital Ltd., a San Francisco venture capital firm, for managing an investment for sanctioned Russian oligarch Suleiman Kerimov and for failing to comply with a subpoena.",
 body=[
 ("The penalty", ["The amount is the statutory maximum. It is a penalty notice, not a settlement: GVA Capital did not agree to it. It is OFAC's first public enforcement action since the new administration took office in January 2025 and its largest since the Binance settlement of November 2023."]),
 ("What OFAC found", ["Kerimov was designated on April 6, 2018 under Executive Order 13661. GVA Capital had approached him in 2016 about investing in a US company, and senior managers met him at his estate in France. In September 2016 he invested $20 million through a Guernsey vehicle.",
   "After the designation, OFAC said, GVA Capital knowingly continued to manage the investment between 2018 and 2021, dealing through Kerimov's nephew and financial facilitator Nariman Gadzhiev. It relied on a legal opinion that OFAC called flawed, and tried more than once to transfer or sell the shares. The investment grew to more than $436 million."]),
 ("Heritage Trust", ["OFAC learned of the scheme in April 2021 from a planned share transfer by Heritage Trust, a Delaware trust formed in 2017 to hold Kerimov's US assets, valued at more than $1 billion. In June 2022 OFAC issued a notice that the trust's property was blocked, preventing its liquidation."]),
 ("The subpoena", ["GVA Capital certified in 2021 that it had answered an OFAC subpoena, then produced more than 1,300 further documents about two years later. OFAC counted 28 reporting violations, adding almost $2 million to the total."]),
 ("Takeaways", ["OFAC said the case shows the risk for \"gatekeepers\" who rely on formalistic ownership structures that hide the real parties in interest. Lawyers said the action signals that sanctions enforcement on Russia continues under the new administration.",
   "\"A nephew as proxy is still the oligarch,\" said Amelia Stroud, a former OFAC attorney now in private practice."])]))
E.append(dict(
 file="o-gva-capital-lessons-for-fund-managers-jun-2025.html", date="2025-06-20", source="Venture Law Notes",
 title="What the GVA Capital penalty means for fund managers with foreign LPs",
 byline="By Jordan Pike",
 lede="OFAC's $215,988,868 penalty on GVA Capital is a warning to every fund that takes money through layered vehicles. Here is what managers should take from it.",
 body=[
 ("Property interest means any interest", ["The core of the case is simple. Suleiman Kerimov, designated in April 2018, kept a beneficial interest in a $20 million investment held through a Guernsey vehicle and later through Heritage Trust. Because he retained an interest, the property was blocked, whatever the paperwork said. GVA Capital kept managing it anyway.",
   "OFAC rejected the idea that an entity in which a sanctioned person holds an indirect interest is automatically outside the rules. The 50% rule tells you when an entity is blocked by ownership; it does not license dealing with property in which a blocked person has any interest."]),
 ("Proxies count", ["GVA took instructions from Kerimov's nephew, Nariman Gadzhiev. OFAC treated that as dealing with Kerimov. Funds should screen the people who actually give instructions, not just the names on the subscription documents."]),
 ("Subpoenas are not optional", ["Almost $2 million of the penalty came from 28 violations for failing to produce documents: the firm certified compliance in 2021 and only produced about 1,300 more records two years later."]),
 ("Maximum penalties are real", ["OFAC usually settles. Here it imposed the statutory maximum because it judged the conduct egregious and the firm uncooperative. Compare the OFAC settlements of recent years, which often carry large discounts for voluntary disclosure."]),
 ("Checklist", ["Identify ultimate beneficial owners, including trusts. Re-screen existing investors when sanctions lists change, not only at onboarding. Escalate when someone asks to move shares after a designation. Keep legal opinions under review.",
   "\"The lesson is that the firm had a warning, a lawyer's opinion and three years to stop,\" said Carmen Iliescu, a fund formation lawyer. \"OFAC thought that was enough time.\""])]))
E.append(dict(
 file="o-ofsi-fines-standard-chartered-apr-2020.txt", date="2020-04-01", place="London", source="City Compliance Wire",
 title="UK sanctions office fines Standard Chartered £20.47m over loans to Sberbank-owned Denizbank",
 lede="Britain's Office of Financial Sanctions Implementation (OFSI) has fined Standard Chartered £20.47 million for breaching Russia-related sanctions, its first substantial penalty and by far the largest since it gained the power to fine in 2017.",
 caption="Standard Chartered's London headquarters",
 body=[
 ("THE BREACHES", ["OFSI said Standard Chartered made 102 loans to Denizbank A.S., a Turkish bank then almost wholly owned by Russia's Sberbank, between April 8, 2015 and January 26, 2018. Sberbank and certain subsidiaries are subject to EU sectoral sanctions that restrict new loans and credit.",
   "OFSI found that 70 of the loans did not fall within an exemption for trade finance. The penalty covers only 21 of them, worth about £97.4 million, made between April 2017 and January 2018, after OFSI gained its civil penalty powers. It treated the case as \"most serious\"."]),
 ("THE AMOUNT WAS CUT", ["OFSI had originally decided to impose £31.5 million. Standard Chartered asked for a ministerial review, and the minister reduced the penalty to £20.47 million, finding that OFSI had not given enough weight to the bank's good faith, its cooperation and its remedial steps. The figures already include the maximum 30% discount for voluntary disclosure.",
   "The penalty dwarfs OFSI's previous largest, £146,341 imposed on Telia Carrier UK in October 2019."]),
 ("THE BANK'S RESPONSE", ["Standard Chartered said the breaches were self-identified and self-reported and that it had cooperated fully. It said it had strengthened controls. The bank is not itself subject to any sanctions, and the penalty does not restrict its business.",
   "Denizbank has since been sold to Emirates NBD and is no longer owned by Sberbank."]),
 ("WHAT IT MEANS", ["\"OFSI has shown it has teeth,\" said Fiona Wray, a financial crime partner in London. \"Trade-finance exemptions need documentation, not assumptions.\"",
   "Lawyers said the case also shows the value of ministerial review, which OFSI's regime allows before a penalty becomes final."])],
 teaser="Our tip: how to read your pension statement in ten minutes.",
 comments=[("compl_jo", "Interesting that review knocked off £11m. Worth asking for, apparently."), ("T. Bashir", "Only 21 of 102 loans penalised because of the 2017 start date. Lucky timing for the bank.")]))
E.append(dict(
 file="o-ofsi-fines-hsf-moscow-mar-2025.md", date="2025-03-21", source="Legal Business Today",
 title="OFSI fines Herbert Smith Freehills' former Moscow office £465,000",
 byline="By Olivia Grant",
 lede="The UK's Office of Financial Sanctions Implementation announced on March 20, 2025 a £465,000 penalty on Herbert Smith Freehills CIS LLP, the former Moscow office of the law firm, for payments made to sanctioned Russian banks as it closed down, the first penalty against a law firm for breaching Russia sanctions.",
 body=[
 ("The payments", ["HSF Moscow made six payments worth £3,932,392.10 to three designated banks, Alfa-Bank JSC, PJSC Sovcombank and PJSC Sberbank, between May 25 and May 31, 2022, as it wound down ahead of closing on May 31, 2022. The largest, about £3.9 million, related to transferring its office lease to a local firm; the others covered life insurance, a redundancy payment and an audit fee.",
   "OFSI said the payments showed a pattern of failings and that the firm had made funds directly available to sanctioned entities."]),
 ("Half off for disclosure", ["HSF London disclosed the breaches voluntarily on behalf of the Moscow office, so OFSI applied a 50% reduction. Without it the penalty would have been £930,000.",
   "OFSI first imposed the penalty in November 2024. The firm asked for a ministerial review, and the penalty was upheld in February 2025. HSF London then agreed to pay in full on behalf of its former subsidiary. OFSI made no findings against HSF London itself."]),
 ("Reaction", ["Economic Secretary to the Treasury Emma Reynolds said the government's commitment to robust enforcement was steadfast. HSF said the payments were the result of human error, did not relate to clients or client work, and that it was disappointed by the fine.",
   "\"It's a cautionary tale for anyone exiting Russia in a hurry,\" said Callum Reid, a sanctions lawyer in London. \"The exit itself is where mistakes happen.\""]),
 ("Context", ["The case follows a penalty on Integral Concierge Services in August 2024. OFSI's largest penalty remains the £20.47 million imposed on Standard Chartered in 2020. The UK also opened a new Office of Trade Sanctions Implementation in October 2024 to enforce trade sanctions."])]))
E.append(dict(
 file="o-us-uk-sanctions-penalties-explainer-2025.html", date="2025-07-02", source="Compliance Basics",
 title="Explainer: how US and UK sanctions penalties work, from GVA Capital to Standard Chartered",
 byline="By the Compliance Basics team",
 lede="A fine for breaching sanctions is not the same as being sanctioned. Here is how penalties work on each side of the Atlantic, using recent cases.",
 body=[
 ("Who fines?", ["In the US, OFAC enforces financial sanctions and can impose civil penalties, while the Justice Department handles criminal cases. In the UK, OFSI, part of HM Treasury, imposes civil penalties for financial sanctions breaches, and since October 2024 the Office of Trade Sanctions Implementation handles trade sanctions."]),
 ("How big can they get?", ["In June 2025 OFAC imposed $215,988,868 on GVA Capital, the statutory maximum, over an investment managed for Suleiman Kerimov. OFSI's largest is still £20.47 million on Standard Chartered in 2020, cut from £31.5 million on ministerial review.",
   "OFSI penalties have mostly been much smaller: £465,000 on HSF's former Moscow office in 2025, after a 50% discount for voluntary disclosure."]),
 ("Does a fine put you on a list?", ["No. A penalty punishes a breach. Standard Chartered, GVA Capital and Herbert Smith Freehills are not on any sanctions list, and customers and investors can keep dealing with them. Being listed is different: it freezes your assets."]),
 ("Disclosure matters", ["OFAC guidelines halve the base penalty for voluntary self-disclosure. OFSI, which used to offer up to 30% off for 'most serious' cases, now offers up to 50%, as the HSF case shows."]),
 ("Can penalties be challenged?", ["In the UK a firm can ask for ministerial review and then go to the Upper Tribunal. In the US, penalty notices can be challenged in federal court. GVA Capital had not said publicly whether it would challenge its penalty when this explainer was published."]),
 ("Bottom line", ["\"Penalties are the price of getting the screening wrong,\" said Hana Okoro, a compliance trainer. \"Listings are what you screen for.\""])]))
