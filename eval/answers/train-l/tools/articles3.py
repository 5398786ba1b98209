from articles1 import art, A

art(slug="l-halkbank-indicted-iran-sanctions-oct-2019", ext="md", title="US charges Turkey's Halkbank over multibillion-dollar Iran sanctions scheme",
date="2019-10-16", source="Bosphorus Finance Monitor", place="New York",
body="""Federal prosecutors in Manhattan on Tuesday, October 15, 2019, charged Turkiye Halk Bankasi A.S., the Turkish state-owned lender known as Halkbank, with taking part in a scheme to evade US sanctions on Iran.

## The charges

The indictment, filed in the Southern District of New York, contains six counts, including fraud, money laundering and conspiracy to violate the International Emergency Economic Powers Act. Prosecutors say the bank helped Iran move billions of dollars of restricted oil and gas revenue, using gold trades and fake food and medicine transactions disguised to look like permitted humanitarian trade.

Prosecutors said senior bank officials designed the transactions and lied to US Treasury officials about them.

## Earlier trial

The case grows out of the prosecution of Reza Zarrab, a Turkish-Iranian gold trader who pleaded guilty and testified for the government, and of Mehmet Hakan Atilla, a Halkbank executive convicted in January 2018 and sentenced to 32 months in prison. Atilla has since returned to Turkey.

## Timing

The indictment came days after Turkey launched a military offensive in northern Syria and the same week Washington imposed sanctions on Turkish ministries over the incursion. Ankara called the charges an "unlawful, unprecedented step" and said the bank would defend itself.

## Is the bank on a sanctions list?

No. The bank is charged as a criminal defendant; it has not been placed on the Treasury's Specially Designated Nationals list. Its accounts are not frozen by the indictment, and US persons are not barred from dealing with it. A conviction could bring heavy fines, and the case could affect the bank's access to dollar clearing.

## What comes next

The bank is expected to argue that, as an instrumentality of the Turkish state, it is immune from prosecution in US courts. Lawyers said that question could take years to resolve. Its shares fell sharply in Istanbul.
""")

art(slug="l-supreme-court-halkbank-ruling-apr-2023", ext="html", kind="news", title="Supreme Court lets Halkbank prosecution proceed, rejecting immunity under 1976 law",
date="2023-04-20", source="Courtside Legal News", place="Washington",
body="""The US Supreme Court ruled on Wednesday, April 19, 2023, that the Foreign Sovereign Immunities Act does not protect Turkiye Halk Bankasi A.S. from criminal prosecution for helping Iran evade US sanctions. The vote was 7-2.

## The ruling

Writing for the majority, Justice Brett Kavanaugh said the 1976 act governs civil cases and does not apply to criminal proceedings. Federal district courts therefore have jurisdiction over the criminal case against the Turkish state-owned lender under the general federal criminal statute.

The court did not decide whether the bank might still be immune under common law, the body of judge-made rules that governed sovereign immunity before 1976. It sent that question back to the US Court of Appeals for the Second Circuit.

Justice Neil Gorsuch, joined by Justice Samuel Alito, wrote a partial dissent. He agreed the case should go back but said the statute should apply in criminal cases too, and warned that the lower court faced an "unenviable task".

## Background

Prosecutors in Manhattan charged the bank in October 2019 with fraud, money laundering and sanctions offences, accusing it of helping move billions of dollars of Iranian oil money. The bank argued that as an instrumentality of Turkey it could not be prosecuted.

## What it means

For now, the prosecution can continue, but the bank's immunity argument is not over. The Second Circuit must decide the common-law question.

Lawyers said the ruling matters for other state-owned companies: it makes clear that the 1976 act will not shield them from US criminal charges over sanctions or export-control violations.

"State-owned enterprises that do business in dollars should take note," said a former federal prosecutor.
""")

art(slug="l-second-circuit-halkbank-immunity-oct-2024", ext="txt", title="Appeals court again rejects Halkbank's immunity claim in Iran sanctions case",
date="2024-10-24", source="Wall & Broad Legal Wire", place="New York",
lede="A federal appeals court in New York ruled on Tuesday, October 22, 2024, that Turkiye Halk Bankasi A.S. is not immune under common law from prosecution on charges that it helped Iran evade US sanctions, clearing the way for the five-year-old case to move forward.",
caption="The Thurgood Marshall courthouse in lower Manhattan | Source: Wall & Broad Legal Wire",
body="""## THE DECISION

A unanimous three-judge panel of the Second Circuit held that even if common-law immunity could extend to a state-owned company in a criminal case, it would not cover the commercial, non-governmental conduct charged in the indictment. The panel had heard argument in February.

The Supreme Court had ruled in April 2023 that the Foreign Sovereign Immunities Act does not apply to criminal cases and had sent the common-law question back to the appeals court.

## THE CASE

Prosecutors charged the bank in October 2019 with fraud, money laundering and sanctions offences, alleging it helped Iran move billions of dollars of oil and gas revenue through sham food and gold transactions. The bank, which is majority-owned by the Turkish state through the country's sovereign wealth fund, denies wrongdoing.

## WHAT NEXT

The ruling sends the case back towards trial in Manhattan federal court. The bank can ask the full appeals court to rehear the case or petition the Supreme Court again, and its lawyers said they were considering their options.

"This is the second time the same panel has rejected the immunity argument," said a sanctions litigator. "The bank has now lost on both statute and common law."

## IS THE BANK SANCTIONED?

No. The bank has never been placed on the Treasury's sanctions list; it faces criminal charges, not a designation. It continues to operate in Turkey and abroad. Turkish officials have raised the case repeatedly with Washington.
""",
rq=("Has Halkbank been convicted?", "No. The ruling only decides that the bank is not immune; no trial has taken place yet."),
teaser="Our tip: The five best rooftop bars in lower Manhattan before it gets cold.",
comments=[("jd_2026", "Five years in and still no trial date."), ("ist_banker", "Ankara will push this at every bilateral meeting.")])

art(slug="l-microsoft-sanctions-export-settlement-apr-2023", ext="md", title="Microsoft to pay $3.3 million over software sales to sanctioned Russian parties and others",
date="2023-04-07", source="Compliance Week Digest", place="Washington",
body="""Microsoft Corporation agreed on Thursday, April 6, 2023, to pay more than $3.3 million in combined civil penalties to the Treasury and Commerce departments over sales of software and services to sanctioned parties, most of them in Russia and Crimea.

## The Treasury settlement

The Office of Foreign Assets Control said Microsoft and its subsidiaries Microsoft Ireland Operations Ltd. and Microsoft Rus LLC would pay $2,980,265.86 to settle 1,339 apparent violations of its Cuba, Iran, Syria and Ukraine-/Russia-related sanctions programmes. Between July 2012 and April 2019, the companies sold or activated software licences and provided related services worth $12,105,189.79 to Specially Designated Nationals, blocked persons and other end users in Cuba, Iran, Syria, Russia and the Crimea region of Ukraine.

Most sales went through third-party resellers. OFAC said the company's screening did not aggregate information it already held, such as addresses and tax numbers, and that some Microsoft Russia employees deliberately hid the identity of end customers.

The maximum civil penalty was $404,646,121.89. OFAC said the violations were not egregious and were voluntarily self-disclosed, and credited the company's remedial measures.

## The Commerce penalty

The Bureau of Industry and Security imposed a $624,013 penalty for seven occasions between 2016 and 2017 on which Microsoft Russia employees caused software licences to be sold to two Russian companies on the Entity List: FAU Glavgosekspertiza Rossii, involved in building the Kerch bridge to Crimea, and United Shipbuilding Corporation, which builds warships for the Russian navy. BIS gave a $276,382 credit tied to the Treasury settlement.

"U.S. companies will be held accountable for the activities of their foreign subsidiaries," said Matthew Axelrod, Assistant Secretary for Export Enforcement.

## The lesson

The conduct predated the 2022 invasion of Ukraine. Lawyers said the case shows that selling through resellers does not shift responsibility: the company must know who the end user is. Microsoft said it had fired or disciplined the employees involved and rebuilt its screening.
""")

art(slug="l-bat-north-korea-penalty-apr-2023", ext="html", kind="news", title="British American Tobacco to pay over $635 million for North Korea sales",
date="2023-04-26", source="Global Enforcement Review", place="Washington",
body="""British American Tobacco agreed on Tuesday, April 25, 2023, to pay more than $635 million to US authorities to resolve charges that it did business with North Korea in violation of US sanctions. It is one of the largest North Korea sanctions penalties ever imposed.

## The resolution

The company entered into a deferred prosecution agreement with the Justice Department, and its Singapore subsidiary, BAT Marketing Singapore, pleaded guilty to conspiracy to commit bank fraud and to violate sanctions laws. The Justice Department said the settlement totalled about $629 million.

The Treasury Department's Office of Foreign Assets Control announced a settlement of $508,612,492 for apparent sanctions violations, which is partly satisfied by the payments to the Justice Department.

## What happened

According to the authorities, from 2007 to 2017 the company sold tobacco products to North Korea through a third-party intermediary, even after saying publicly that it had ended its involvement. Payments were routed through US banks, which processed them without knowing they were linked to North Korea. The intermediary's front companies disguised the source of the money.

Prosecutors also unsealed charges against a North Korean banker and two Chinese facilitators accused of running the payment network.

## The company's response

Chief executive Jack Bowles said the company regretted the misconduct and had since overhauled its compliance programme. The company had set aside about GBP 450 million in its accounts for the matter.

## Why it matters

The case shows that a non-US company can be penalised when payments tied to a sanctioned country pass through US banks. The company is not on a sanctions list itself, and its shares trade normally in London and New York.

"If your dollars touch New York, you are in scope," said a sanctions lawyer in London.
""")

art(slug="l-exxon-ofac-penalty-vacated-jan-2020", ext="txt", title="Judge throws out $2 million Treasury fine against Exxon over Rosneft deals",
date="2020-01-02", source="Lone Star Energy Courier", place="Dallas",
lede="A federal judge in Dallas on Tuesday, December 31, 2019, vacated a $2 million penalty that the Treasury Department had imposed on Exxon Mobil for signing deals with Rosneft chief executive Igor Sechin, a sanctioned Russian official.",
caption="An Exxon Mobil sign outside a Texas office | Source: Lone Star Energy Courier",
body="""## THE RULING

Judge Jane Boyle of the US District Court for the Northern District of Texas ruled that the Office of Foreign Assets Control had violated the company's due-process rights by failing to give fair notice of how it interpreted its own rules.

## THE DEALS

In May 2014, executives of Exxon subsidiaries signed eight documents related to oil and gas projects in Russia with Rosneft, which were countersigned by Sechin. He had been placed on the Specially Designated Nationals list in April 2014 over Russia's annexation of Crimea. Rosneft itself was not blocked; it later became subject to narrower sectoral sanctions.

In July 2017 the agency fined the company $2 million, saying that signing contracts with Sechin amounted to receiving a service from a blocked person, even though he signed in his role at Rosneft.

## FAIR NOTICE

The company sued, arguing that White House and Treasury statements at the time suggested that dealing with a sanctioned person acting in a professional capacity for a non-sanctioned company was allowed. The judge agreed the guidance had not been clear, saying the company did not have fair notice of the agency's interpretation.

## WHY IT MATTERS

The ruling is rare: companies almost never take the agency to court over a penalty, and even more rarely win. Lawyers said it does not mean that dealing with a blocked executive is safe today, because the agency has since clarified its position.

The agency did not say whether it would appeal.
""",
rq=("Does this mean US firms can now deal with Igor Sechin?", "No. The ruling was about fair notice in 2014. Sechin remains blocked, and the agency has since made its position clear."),
teaser="Our tip: Texas barbecue road trip: six stops between Dallas and Austin.",
comments=[("oilpatch", "Good. The 2014 guidance really was confusing."), ("cz", "Wonder if OFAC appeals.")])

art(slug="l-fcc-covered-list-hytera-mar-2021", ext="html", kind="news", title="FCC's first Covered List names Hytera alongside Huawei and ZTE",
date="2021-03-15", source="Radio Channel Weekly", place="Washington",
body="""The Federal Communications Commission on Friday, March 12, 2021, published its first list of communications equipment and services deemed a threat to US national security. Alongside Huawei and ZTE, it names Hytera Communications Corporation, the Chinese maker of two-way radios used by security guards, hotels, schools and some public agencies.

## What the list is

The list was required by the Secure and Trusted Communications Networks Act of 2019. It draws on earlier determinations by Congress and national security agencies, including Section 889 of the 2019 National Defense Authorization Act, which had already barred federal agencies from buying equipment from the same companies.

For Hytera, as for the camera makers Hikvision and Dahua, the listing covers video surveillance and telecommunications equipment produced by the company to the extent it is used for public safety, the security of government facilities, the physical security of critical infrastructure and other national security purposes. Huawei and ZTE equipment is listed without that qualification.

## What it means now

The immediate effect is on subsidies: money from the FCC's Universal Service Fund may not be used to buy or maintain covered equipment or services. The list does not by itself ban sales of the radios, and owners can keep using the devices they have. The agency said it would update the list as other agencies make new determinations.

## Not the company's only US problem

Hytera is also fighting Motorola Solutions in court. In February 2020 a jury in Chicago found that it had stolen Motorola trade secrets and copyrighted code and awarded Motorola $764.6 million, an amount the judge later reduced.

## Dealers react

Radio dealers said customers have started asking whether they need to replace their fleets. "For a hotel or a warehouse, nothing changes today," said a dealer in Ohio. "For anyone spending federal money, it's a different story."

The company said it was disappointed and that its products pose no security threat.
""")

art(slug="l-hytera-indicted-trade-secrets-feb-2022", ext="md", title="Hytera charged in US with conspiring to steal Motorola radio secrets",
date="2022-02-08", source="Justice Beat", place="Chicago",
body="""The US Justice Department on Monday, February 7, 2022, unsealed an indictment charging Hytera Communications Corporation, the Chinese two-way radio maker, with conspiring to steal trade secrets from Motorola Solutions.

## The charges

The indictment, returned by a grand jury in Chicago, contains 21 counts, including conspiracy to commit theft of trade secrets and possession of stolen trade secrets. Prosecutors say the company recruited Motorola engineers in Malaysia from 2007 onward and had them bring thousands of confidential technical documents and source code with them, which Hytera then used to develop its own digital radios.

Seven former Motorola employees are named as co-conspirators in the indictment.

## The civil case

The charges follow a civil lawsuit that Motorola won in February 2020, when a jury found that the company had misappropriated trade secrets and infringed copyrights and awarded $764.6 million. The judge later cut the award and the parties are still litigating royalties.

## Other US restrictions

The company has been on the Federal Communications Commission's Covered List since March 2021, which bars federal subsidies for its equipment, and federal agencies have been barred from buying its products since 2019. It is not on the Treasury's sanctions list.

## What the indictment means for customers

A criminal case against a company does not stop anyone from buying or using its radios. Prosecutors are seeking fines, and a conviction could lead to restrictions on its US business. The company has previously denied wrongdoing in the civil case and said it developed its technology independently.

"Stealing American technology is not a business strategy we will tolerate," said a senior Justice Department official.
""")

art(slug="l-eu-sanctions-fridman-aven-mar-2022", ext="txt", title="EU freezes assets of Alfa Group founders Fridman and Aven",
date="2022-03-02", source="Brussels Markets Letter", place="Brussels",
lede="The European Union on Monday, February 28, 2022, added Russian billionaires Mikhail Fridman and Petr Aven, co-founders of Alfa Group, to its sanctions list, freezing their assets in the bloc and banning them from travelling there.",
caption="EU flags outside the Berlaymont building | Source: Brussels Markets Letter",
body="""## THE LISTING

The two men were among 26 people named in the latest round of EU sanctions over Russia's invasion of Ukraine. The Council said Fridman was a top Russian financier and enabler of Vladimir Putin's inner circle, and described Aven as one of the oligarchs closest to the president. Both deny close ties to the Kremlin.

## KNOCK-ON EFFECTS

LetterOne, the Luxembourg-based investment group Fridman co-founded, said he would step back from its board and that his shares would be frozen. Aven stepped down from the board of Alfa-Bank's holding company. The bank said its operations were not affected by the personal sanctions.

## THEIR RESPONSE

Fridman told reporters that the sanctions were unfounded and that he would contest them. Lawyers said both men were expected to challenge their listing before the EU's General Court in Luxembourg, which can annul Council decisions if the evidence does not support them.

## WHAT IT MEANS

EU banks and companies must freeze any funds and economic resources belonging to the two men and may not make funds available to them. Companies they own or control may be affected depending on the degree of control. The listing does not automatically cover Alfa-Bank, which faces separate measures.

Diplomats said more names were likely in coming weeks.
""",
rq=("Can the two men challenge the listing?", "Yes. They can ask the EU General Court to annul it; such cases usually take one to two years."),
teaser="Our tip: A long weekend in Ghent without a car.",
comments=[("eu_obs", "26 names in one go. The Council is moving fast.")])

art(slug="l-eu-court-annuls-fridman-aven-listing-apr-2024", ext="html", kind="news", title="EU court annuls Fridman and Aven's original sanctions listings, but the freeze stays",
date="2024-04-11", source="Luxembourg Court Watch", place="Luxembourg",
body="""The EU General Court ruled on Wednesday, April 10, 2024, that the Council of the EU had not given sufficient grounds for the initial sanctions on Russian businessmen Mikhail Fridman and Petr Aven, annulling the acts that kept them on the list from February 2022 to March 2023.

## What the court decided

The court found that the reasons the Council gave in 2022, including that the two men supported actions undermining Ukraine, were not sufficiently substantiated. It said the Council had not shown that Fridman and Aven were leading businessmen involved in economic sectors providing a substantial source of revenue to the Russian government, or that they supported Russia's actions in Ukraine.

## Why they remain sanctioned

The judgments cover only the listing acts from February 2022 until March 2023. The Council has since renewed the sanctions on new grounds, and those later acts were not part of this case. The two men therefore remain on the EU list, and their assets in the bloc remain frozen.

The Council said the sanctions would stay in place and that it would consider its next steps. It can appeal to the Court of Justice within two months and ten days.

## Reactions

Lawyers for the two businessmen said they would use the ruling to challenge the current listing as well. Ukrainian officials criticised the judgment.

"The annulment is a moral victory, but in practice nothing is unfrozen," said a Brussels sanctions lawyer.

## What it means for companies

EU banks and businesses must continue to treat the two men as listed persons. The ruling does not oblige anyone to release funds. It does suggest that the Council must put forward stronger evidence when it lists businessmen only because of their wealth or status.
""")

art(slug="l-what-a-blacklisting-means-explainer-jun-2021", ext="md", title="Blacklisted: what a sanctions, export or telecom listing means for consumers, investors and exporters",
date="2021-06-10", source="Plain Money Explainers", place="New York",
body="""Headlines say a company has been "blacklisted" in Washington, but there are several different lists, and each has different consequences. Here is a short guide, with examples.

## The SDN list (Treasury)

The Specially Designated Nationals list is the strictest. The property of a listed company in the United States or held by US persons is blocked, and Americans may generally not deal with it at all. Companies owned 50 percent or more by listed parties are blocked too, even if they are not named. Listings can be lifted: in January 2020 the Treasury removed a COSCO tanker unit four months after listing it.

## The Entity List (Commerce)

The Entity List is an export control. Sending US items subject to export rules to a listed company requires a licence, which is usually denied. It does not stop Americans from buying the company's products or, on its own, its shares.

## The FCC Covered List

The Federal Communications Commission's Covered List, first published in March 2021, names equipment and services considered a national security risk, including radios and cameras made by some Chinese companies. Federal subsidies cannot be spent on them. Consumers are not required to throw away devices they own.

## The investment ban (Treasury)

On June 3, 2021, President Joe Biden signed Executive Order 14032, replacing an earlier order. It bars US persons from buying or selling publicly traded securities of listed Chinese military and surveillance technology companies. The order takes effect on August 2, 2021, and the initial list names 59 companies. Investors get 365 days to sell holdings. This is the list that matters most for anyone with a brokerage account.

## Criminal cases are not listings

A company can be charged with sanctions crimes without being on any list. Turkey's Halkbank, indicted in 2019, is an example: it is a defendant, not a designated entity.

## Outside the US

The EU freezes the assets of listed people and companies and bans making funds available to them. China has its own unreliable entity list, created in 2020, which it has used against US defence companies.

## The bottom line

Ask which list, and who it binds: US persons, exporters, telecom carriers or investors.
""")

art(slug="l-illumina-novaseq-x-launch-sep-2022", ext="md", title="Illumina unveils NovaSeq X, promising the $200 genome",
date="2022-09-30", source="Sequencing Today", place="San Diego",
body="""Illumina on Thursday, September 29, 2022, unveiled its NovaSeq X series of high-throughput gene sequencers, saying the machines will eventually bring the cost of sequencing a human genome down to about $200.

## The machines

The series comes in two models, the NovaSeq X and the larger NovaSeq X Plus. The company said the top model can sequence more than 20,000 whole genomes a year, roughly two and a half times the throughput of its previous flagship. New chemistry, which it calls XLEAP-SBS, is faster and more robust, and the reagents are shipped at room temperature in a smaller package.

The company also said onboard computing would let labs process data on the instrument itself, cutting the need for separate servers.

## Why it matters

Lower costs could open the way for sequencing to be used more widely in cancer care, newborn screening and population studies. Large genome centres in the United States, Europe and Asia have already placed orders, the company said.

"The $200 genome is a milestone people have talked about for a decade," said a genomics researcher in Boston. "The question is how quickly labs can reach the volumes needed to get there."

## Competition

The launch comes as rivals, including Chinese and US challengers, try to win share with cheaper instruments. The company, which is listed on the Nasdaq, dominates the market for short-read sequencers. It also faces a regulatory fight in Europe over its acquisition of the cancer-test developer Grail.

## Availability

Shipments are expected to begin in the first quarter of 2023. The company did not disclose list prices for every configuration but said the NovaSeq X Plus would cost about $1.25 million.

The new machines will be sold worldwide through the company's existing sales channels, including in China, where it has offices in Shanghai and Beijing.
""")

art(slug="l-nvidia-rtx-50-ces-jan-2025", ext="html", kind="news", title="Nvidia unveils RTX 50 series graphics cards at CES",
date="2025-01-07", source="Gadget Pulse", place="Las Vegas",
body="""Nvidia chief executive Jensen Huang opened CES in Las Vegas on Monday, January 6, 2025, with the launch of the GeForce RTX 50 series, the company's first consumer graphics cards built on its Blackwell architecture.

## Prices and dates

The flagship RTX 5090 will cost $1,999 and the RTX 5080 $999, both on sale from January 30. The RTX 5070 Ti will cost $749 and the RTX 5070 $549, arriving in February. Laptops with the new chips are due from March.

Huang said the RTX 5070 would deliver performance comparable to the previous generation's RTX 4090 thanks to DLSS 4, a new version of the company's AI upscaling technology that can generate several frames for every one rendered.

## More than gaming

The keynote also introduced Cosmos, a family of models for training robots and autonomous vehicles, and Project Digits, a small desktop AI computer priced from $3,000 that runs on a new Grace Blackwell chip.

## China version

The company said a separate RTX 5090D would be sold in China, designed to comply with US export rules. Gaming cards are not covered by the licence requirements that apply to the company's data-centre accelerators.

## Reaction

Analysts said the prices were lower than many had feared. "The 5070 at $549 is the headline for most gamers," said a hardware reviewer. Shares of the company rose to a record high before the keynote.

The cards will be sold by the company directly and through partners including Asus, MSI and Gigabyte.
""")

art(slug="l-skydio-x10-launch-sep-2023", ext="txt", title="Skydio unveils X10 drone for police, fire and military customers",
date="2023-09-21", source="Bay Area Tech Times", place="San Mateo",
lede="Skydio, the Californian drone maker, on Wednesday, September 20, 2023, unveiled the X10, a new drone aimed at first responders, utilities and the military, a month after it quit the consumer drone business.",
caption="The Skydio X10 drone at its launch event | Source: Bay Area Tech Times",
body="""## THE DRONE

The X10 carries a 50-megapixel main camera, a 64-megapixel narrow-angle camera that the company says can read a licence plate from about 300 feet away, and a radiometric thermal camera. It can fly in the dark using onboard sensors and artificial intelligence for obstacle avoidance, and it folds to fit in a backpack.

A military version, the X10D, is designed for defence customers and meets Pentagon requirements for drones made without Chinese components in key systems.

## NO MORE CONSUMER DRONES

In August the company said it would stop selling drones to consumers, saying the hobbyist market was dominated by a single competitor and that it would focus on enterprise and public-sector buyers. Consumer models already sold will continue to be supported.

## MADE IN AMERICA

The company builds its drones at a factory in Hayward, California, which chief executive Adam Bry said could produce tens of thousands of aircraft a year. It has sold drones to police departments, fire services and the US Army, and has supplied Ukraine.

## PRICING AND DELIVERY

The company did not publish a price but said deliveries would begin in the first quarter of 2024. Customers can choose from several connectivity options, including 5G.

"Public safety agencies want an American option with real capabilities," Bry said at the launch.
""",
rq=("Can I still buy a Skydio drone for personal use?", "Not a new one. The company stopped selling consumer drones in August 2023; the X10 is for enterprise and public-sector customers."),
teaser="Our tip: Six weekend hikes within an hour of San Francisco.",
comments=[("dronepilot_j", "Sad to see the consumer line go. The X10 looks impressive though.")])
