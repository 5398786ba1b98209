# Article sources, part 2: Top Glove, Gertler, Suex/Chatex
A = []

A.append(dict(fn="m-cbp-withhold-release-order-top-glove-jul-2020.txt", date="2020-07-16", source="Asia Supply Chain News", place="Kuala Lumpur",
 title="US customs blocks Top Glove imports over forced labour concerns",
 lede="US Customs and Border Protection issued a withhold release order on July 15, 2020 against disposable gloves made by two subsidiaries of Top Glove Corporation, the Malaysian company that is the world's largest maker of rubber gloves, citing evidence of forced labour.",
 caption="Workers on a glove production line in Klang, Selangor. | Source: Asia Supply Chain News",
 body="""
## What the order covers

The order applies to disposable gloves produced by Top Glove Sdn Bhd and TG Medical Sdn Bhd. CBP said it had reasonable but not conclusive information that forced labour indicators exist in their production process, including debt bondage, excessive overtime, abusive working and living conditions and retention of identity documents.

A withhold release order does not ban the company outright. Shipments covered by it are detained at US ports, and importers can either re-export the goods or try to show CBP that they were not made with forced labour. Until then the gloves cannot enter the US market.

## The company's response

Top Glove said it was surprised by the decision, that it had been working to resolve the issues raised by migrant worker advocates and that it had already reimbursed recruitment fees paid by workers. "We are working with CBP to resolve the matter as soon as possible," the company said in a filing to Bursa Malaysia.

Its shares fell more than 7 percent in Kuala Lumpur, giving back some of the gains made this year as demand for gloves surged during the coronavirus pandemic.

## Pandemic supplies

The timing is sensitive. US hospitals are short of personal protective equipment, and Malaysia supplies a large share of the world's rubber gloves. CBP said it was working with other agencies to make sure the order would not cause shortages, and noted that importers could source from other manufacturers.

## A wider crackdown

Rights groups have long complained about conditions for migrant workers from Nepal, Bangladesh and Myanmar in Malaysia's glove factories, many of whom paid large fees to recruiters to get their jobs. CBP issued an order against another Malaysian glove maker, WRP Asia Pacific, in 2019, and later lifted it after the company made changes.

Analysts said the order could push buyers to demand audits from suppliers across the industry.
""",
 reader_q="Reader question: Are the gloves I bought at my pharmacy affected? No. The order stops new shipments at the border; it does not recall products already sold.",
 teaser="Our tip: Where to find the best char kway teow in Penang - in Travel.",
 comments=[("migrantrightsMY", "This has been documented for years."), ("trader_kl", "Short-term hit, long-term the demand is still there.")]))

A.append(dict(fn="m-top-glove-forced-labor-finding-mar-2021.md", date="2021-03-30", source="Trade Compliance Review",
 author="Nadia Rahman",
 title="CBP orders seizure of Top Glove gloves after forced labour finding",
 body="""
US Customs and Border Protection said on March 29, 2021 that it had issued a forced labour finding against disposable gloves produced in Malaysia by Top Glove Corporation Bhd and directed personnel at all US ports of entry to begin seizing them.

## From detention to seizure

The finding expands on the withhold release order CBP issued in July 2020. That order was based on reasonable but not conclusive information and allowed shipments to be detained. A finding is a stronger step: CBP now says it has sufficient information to believe Top Glove uses forced labour, and covered goods are subject to seizure rather than just detention.

"Today's forced labor finding is the result of a months-long CBP investigation aimed at preventing goods made by modern slavery from entering US commerce," said Troy Miller, the senior official performing the duties of the CBP commissioner.

## Will it cause shortages?

CBP said it had taken steps to ensure the targeted enforcement would not have a significant impact on total US imports of disposable gloves, and that it would keep clearing other medical supplies needed for the Covid-19 response as quickly as possible.

The finding applies only to disposable gloves from Top Glove's factories in Malaysia. The company also operates plants in Thailand, Vietnam and China.

## What Top Glove says

Top Glove said its US lawyers were seeking more information and that it had already completed most of the remediation requested, including repaying recruitment fees to workers and improving hostels. An independent consultant, Impactt, has been hired to verify its progress. The company said it expects the financial impact to be limited because the US is a small share of its sales.

## For importers

US importers who bring in Top Glove products from Malaysia now risk losing the goods entirely. Customs lawyers advised clients to review supplier lists and keep documents showing where gloves were made.
"""))

A.append(dict(fn="m-cbp-modifies-top-glove-finding-sep-2021.html", date="2021-09-10", source="Trade Compliance Review", kind="press",
 title="CBP modifies forced labor finding on Top Glove; imports may resume",
 body="""
Agency action summary. U.S. Customs and Border Protection (CBP) announced on September 9, 2021 that it has modified the forced labor finding issued on March 29, 2021 against disposable gloves produced in Malaysia by Top Glove Corporation Bhd.

## Effect

Effective immediately, CBP will permit the importation of disposable gloves made at Top Glove facilities in Malaysia. Shipments will no longer be seized or detained on the basis of the finding.

## Why

CBP modified the finding after reviewing evidence that Top Glove has addressed all indicators of forced labor identified at its Malaysian facilities. According to CBP, the company's actions in response to the withhold release order include more than $30 million in remediation payments to workers and improvements to labor and living conditions at its facilities.

"CBP modified a Finding after thoroughly reviewing evidence that Top Glove has addressed all indicators of forced labor," said Acting Commissioner Troy Miller. He said the outcome shows that enforcement creates a strong economic incentive for companies to eliminate forced labor from their supply chains.

## Timeline

- July 15, 2020: withhold release order against Top Glove Sdn Bhd and TG Medical Sdn Bhd.
- March 29, 2021: forced labor finding; seizures at all ports of entry.
- September 9, 2021: finding modified; imports permitted.

## Process

A company subject to a withhold release order or finding may petition CBP for modification. CBP will not modify or revoke an order until all forced labor indicators have been remediated and it is shown that forced labor is no longer used to produce the goods. The review included an independent audit of Top Glove's facilities.

## Note for importers

The modification applies to future entries. Importers whose goods were seized before September 9 should contact the port of entry about the status of their cases. Other withhold release orders against Malaysian glove makers remain in force unless separately modified.
"""))

A.append(dict(fn="m-top-glove-factory-outbreak-nov-2020.txt", date="2020-11-25", source="Asia Supply Chain News", place="Klang, Selangor",
 title="Covid outbreak shuts Top Glove factories as profits soar",
 lede="Malaysian authorities ordered the phased closure of 28 Top Glove factories in Klang after a coronavirus cluster among workers at the world's largest rubber glove maker grew to more than 2,000 cases.",
 caption="Health officials at a worker hostel in Klang. | Source: Asia Supply Chain News",
 body="""
## The cluster

The outbreak, first detected in October, spread quickly through crowded hostels where many of the company's migrant workers live. The Health Ministry said more than 5,000 workers were being tested and that the factories would close in stages so that everyone could be screened and quarantined.

The company said the closures would delay deliveries by two to four weeks but would not hurt its full-year results significantly. It pledged to spend more on worker housing, including new hostels with more space per person.

## A record year

The outbreak came as Top Glove reported its best results ever. Demand for disposable gloves from hospitals, dentists and food processors has soared during the pandemic, and average selling prices have more than doubled. Quarterly net profit has risen many times over from a year earlier, and the company has been building new production lines to keep up.

Its shares, one of the best performers on Bursa Malaysia in the first half of the year, have fallen from their August peak as investors worry that the surge in demand will not last once vaccines arrive.

## Workers' conditions

Labour activists said the outbreak showed the cost of cramming workers into dormitories. "These hostels were never designed with distancing in mind," said a migrant rights researcher who has followed the industry for years. The government said it would enforce a law on minimum housing standards for workers more strictly.

Top Glove founder Lim Wee Chai said the company would take care of infected workers and keep paying wages during quarantine.

## Customers

Top Glove sells to more than 195 countries, with customers including hospital chains and distributors in Europe, the United States and Asia. Distributors said stocks were tight across the industry, and some buyers were placing orders months ahead.
""",
 reader_q="Reader question: Are gloves from closed factories safe to use? Health officials say there is no evidence the virus spreads through packaged gloves.",
 teaser="Our tip: Our pick of the best home-workout gear under RM200 - in Lifestyle.",
 comments=[("klang_resident", "We saw the ambulances every day."), ("InvestorJoe", "Bought at the top. Ouch.")]))

A.append(dict(fn="m-gertler-global-magnitsky-sanctions-jan-2018.md", date="2018-01-05", source="Africa Mining Monitor",
 author="Jean-Paul Mbuyi",
 title="What the US sanctions on Dan Gertler mean for Congo's miners",
 body="""
Two weeks after the US Treasury sanctioned Dan Gertler, the Israeli billionaire who has made a fortune from mining and oil deals in the Democratic Republic of Congo, mining companies and banks are still working out what it means for them.

## The designation

The Treasury's Office of Foreign Assets Control designated Gertler on December 21, 2017, together with companies linked to him and his associate Pieter Deboutte, under Executive Order 13818, which implements the Global Magnitsky Act. It was among the first uses of the new programme, which targets serious human rights abusers and corrupt actors anywhere in the world.

Treasury said Gertler had amassed his fortune through hundreds of millions of dollars' worth of opaque and corrupt mining and oil deals, using his close friendship with President Joseph Kabila to act as a middleman for mining asset sales. Between 2010 and 2012 alone, it said, the DRC reportedly lost over $1.36 billion in revenues from the underpricing of mining assets sold to offshore companies linked to him.

## What the sanctions do

All of Gertler's property and interests in property within US jurisdiction are blocked, and US persons are generally prohibited from dealing with him or with entities he owns 50 percent or more. Banks worldwide that clear dollar payments are expected to refuse transactions involving his companies.

## Royalties problem

The most immediate question is royalties. Gertler's companies hold royalty rights over some of the country's biggest copper and cobalt mines, including operations run by Glencore's subsidiaries. Paying those royalties in dollars now risks breaching US sanctions, and mining companies say they are taking legal advice on whether they can pay in other currencies or must suspend payments.

## Gertler's response

Gertler's spokesman said the businessman had never been charged with any wrongdoing, that his investments had created thousands of jobs in Congo and that he would fight to clear his name.

## For investors

Shares of companies with royalty agreements with Gertler's firms fell on the news. Analysts said the sanctions do not affect ordinary shareholders of those miners, since it is the payments to Gertler's companies, not the miners themselves, that are restricted.
"""))

A.append(dict(fn="m-gertler-licence-quietly-granted-jan-2021.txt", date="2021-01-26", source="Africa Mining Monitor", place="Kinshasa",
 title="Trump Treasury quietly eased sanctions on Dan Gertler in final days",
 lede="The US Treasury issued a licence on January 15, 2021, five days before President Donald Trump left office, that allowed the sanctioned Israeli billionaire Dan Gertler to use the US financial system again, anti-corruption groups revealed this week.",
 caption="A copper-cobalt mine near Kolwezi, Lualaba province. | Source: Africa Mining Monitor",
 body="""
## What the licence does

The licence, issued by the Office of Foreign Assets Control without any public announcement, was reported by the anti-corruption groups Global Witness and The Sentry. It is reported to run for about a year and to unblock funds frozen since Gertler was sanctioned in December 2017, allowing him and his companies to carry out transactions with US banks and companies.

Gertler remains formally on the Specially Designated Nationals list. The licence does not remove him; it authorises dealings that would otherwise be prohibited.

## Lobbying

Gertler had hired lawyers and lobbyists with ties to the Trump administration, including Alan Dershowitz, to argue for relief. His representatives said he has offered to sell his assets in Congo and that the sanctions were hurting the Congolese economy.

## Outrage in Kinshasa and Washington

Congolese civil society groups called the licence a betrayal. In Washington, Democratic lawmakers including Gregory Meeks, the new chairman of the House Foreign Affairs Committee, wrote to Treasury Secretary Janet Yellen urging the Biden administration to revoke it "as soon as possible", calling it arbitrary and capricious.

A Treasury spokesperson said the department does not comment on specific licensing decisions. The State Department said the new administration was reviewing the matter.

## What it means for miners

Mining companies that suspended dollar royalty payments to Gertler's firms in 2018 are unsure whether to resume them. Lawyers said a company relying on the licence would be acting lawfully while it is in force, but warned that it could be withdrawn at any time.
""",
 reader_q="Reader question: Does a licence mean Gertler is off the sanctions list? No. He stays listed; a licence only authorises certain dealings.",
 teaser="Our tip: Five Congolese musicians you should be listening to - in Culture.",
 comments=[("ACIDH_watch", "A disgrace. We will keep fighting."), ("mining_analyst", "Biden's team will revoke this within weeks.")]))

A.append(dict(fn="m-us-revokes-gertler-licence-mar-2021.html", date="2021-03-09", source="Africa Mining Monitor", kind="news", author="Jean-Paul Mbuyi",
 title="Biden administration revokes Dan Gertler's sanctions licence",
 body="""
The US Treasury, in consultation with the State Department, revoked on March 8, 2021 the licence it had issued on January 15 to Dan Gertler, restoring the full force of the sanctions on the Israeli mining billionaire.

## The statement

State Department spokesperson Ned Price said the licence was "inconsistent with America's strong foreign policy interests in combatting corruption around the world, specifically including U.S. efforts to counter corruption and promote stability in the Democratic Republic of the Congo."

With the licence gone, all of Gertler's assets in the United States are blocked again and transactions with US persons are generally prohibited, as they were from his designation in December 2017 and the additional designations of his companies in 2018.

## Why it matters

Gertler was among the first targets of the Global Magnitsky programme. The US government says his corrupt mining and oil deals cost the DRC more than $1.36 billion in lost revenue between 2010 and 2012. The quiet licence granted in the last days of the Trump administration had been criticised by lawmakers of both parties and by former Trump officials, one of whom called it "truly appalling".

US Ambassador Mike Hammer said the Biden administration supports President Félix Tshisekedi's efforts to fight corruption, which he said is the main concern Congolese people raise with him.

## Reaction

Senator Ben Cardin, the author of the Global Magnitsky Act, said Gertler "never should have been granted an eleventh-hour permit". Congolese anti-corruption campaigners welcomed the decision and called for an investigation into how the licence was issued.

Gertler's lawyers did not comment. He has always denied wrongdoing.

## For companies

Mining companies and banks that had looked at resuming dealings with Gertler's firms under the licence must stop. Lawyers advised clients to unwind any transactions begun after January 15 and to check with OFAC about payments already made.
"""))

A.append(dict(fn="m-suex-first-crypto-exchange-sanctioned-sep-2021.md", date="2021-09-22", source="Ledger & Law",
 author="Chris Okafor",
 title="Treasury sanctions Suex, the first crypto exchange on the SDN list",
 body="""
The US Treasury added the virtual currency exchange Suex to its sanctions list on September 21, 2021, the first time it has designated a crypto exchange, accusing it of laundering proceeds from ransomware attacks.

## Who is Suex

SUEX OTC, S.R.O. is registered in the Czech Republic but operates from offices in Moscow and St. Petersburg, according to Treasury. It offers over-the-counter services for converting cryptocurrency into cash and other assets. Treasury said analysis of its known transactions showed that over 40 percent of its transaction history was associated with illicit actors, and that it had facilitated transactions involving proceeds from at least eight ransomware variants.

The designation was made under Executive Order 13694, which targets malicious cyber-enabled activities. All property of Suex under US jurisdiction is blocked, and US persons and businesses are prohibited from dealing with it. Treasury also published the crypto addresses associated with Suex so that exchanges and wallets can screen them.

## A warning to the industry

Deputy Treasury Secretary Wally Adeyemo said some exchanges are exploited by criminals but that Suex was a bad actor that knowingly helped them. He stressed that most of the crypto industry is legitimate.

On the same day, Treasury's Office of Foreign Assets Control updated its advisory on the sanctions risks of paying ransoms, strongly discouraging victims from paying and urging them to report attacks to the authorities.

## What it means for users

US users who had accounts with Suex can no longer use the service, and any funds they held there are frozen rather than returned. Compliance teams at US exchanges said they were tracing deposits from the listed addresses and would block them.

## Next targets

Officials signalled that more designations are likely. Analytics firms have named other Russian-linked exchanges that process ransomware payments, and Treasury said it would use all its tools against them.
"""))

A.append(dict(fn="m-chatex-sanctioned-forum-thread-nov-2021.html", date="2021-11-09", source="CoinCompliance Forum", kind="forum",
 title="Chatex sanctioned - second crypto exchange after Suex?",
 posts=[
 ("btc_auditor", "Nov 9, 2021 08:14", "OFAC designated Chatex yesterday (Nov 8, 2021). Treasury says it is Latvian-registered and that over half of Chatex's known transactions are directly traced to illicit or high-risk activities such as darknet markets, high-risk exchanges and ransomware. Also says it has direct ties to Suex."),
 ("lena_k", "Nov 9, 2021 08:40", "So that's the second exchange on the SDN list after Suex in September? Or did I miss one?"),
 ("btc_auditor", "Nov 9, 2021 08:52", "@lena_k Yes, Treasury itself describes it that way: Chatex is the second, after Suex. Same executive order, 13694 (cyber)."),
 ("MikeFromOps", "Nov 9, 2021 09:30", "They also designated three companies that provided infrastructure for Chatex: IZIBITS OU in Estonia, Chatextech SIA in Latvia and Hightrade Finance Ltd in Saint Vincent and the Grenadines. Check your vendor lists, people."),
 ("lena_k", "Nov 9, 2021 09:41", "Does this affect customers? We have a handful of inbound deposits that trace back to Chatex addresses."),
 ("CryptoCompliance_Mod", "Nov 9, 2021 10:05", "@lena_k Moderator note: we don't give legal advice here. In general, if funds come from a blocked person you may have to block them and report to OFAC within 10 business days. Talk to counsel."),
 ("MikeFromOps", "Nov 9, 2021 10:22", "Also the same week the State Department offered up to $10 million under Rewards for Justice for info on the DarkSide ransomware leadership. Clearly a coordinated week."),
 ("satoshi_fan88", "Nov 9, 2021 11:03", "Honest question: if I used Chatex's Telegram bot last year am I in trouble? I'm in Germany."),
 ("CryptoCompliance_Mod", "Nov 9, 2021 11:19", "@satoshi_fan88 US sanctions apply to US persons and to dealings that touch the US. A past transaction before the listing was not a violation. Don't send new funds."),
 ("btc_auditor", "Nov 9, 2021 12:47", "For the record, Chatex markets itself as a Telegram-based wallet and exchange. Treasury said it also facilitated transactions for Suex."),
 ("lena_k", "Nov 9, 2021 13:10", "Thanks all. Escalated to legal."),
 ]))
