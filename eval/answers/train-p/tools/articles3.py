# Shvidler (UK), cartel FTO designations, Hong Kong officials
A = []

A.append(dict(fname="p-uk-sanctions-eugene-shvidler-mar-2022.md", title="UK freezes assets of Abramovich associate Eugene Shvidler",
date="2022-03-24", outlet="Thames Business Post", place="London", body="""
Britain on Thursday froze the assets of Eugene Shvidler, a long-time business partner of Roman Abramovich and a former director of the steelmaker Evraz, in a new round of sanctions over Russia's invasion of Ukraine.

## Why he was named

Foreign Secretary Liz Truss designated Shvidler under the Russia (Sanctions) (EU Exit) Regulations 2019. The Foreign Office said he was involved in obtaining a benefit from or supporting the Russian government, pointing to his role as a non-executive director of Evraz, a company operating in a sector of strategic significance to Russia, and to his close association with Abramovich, who was designated on March 10.

Shvidler stepped down from the Evraz board on the day Abramovich was sanctioned. Evraz shares were suspended in London the same day.

## What the freeze means

Shvidler's assets in the UK are frozen and he may not deal with them without a licence. It is a criminal offence for anyone in Britain to make funds or economic resources available to him, or for his benefit, without permission from the Office of Financial Sanctions Implementation (OFSI). He is also banned from travelling to the UK.

Unusually, Shvidler is a British citizen. He left the Soviet Union in 1989, settled in the West, and became a naturalised British citizen in 2010. He has lived in the UK with his family for years.

"Sanctioning one of our own citizens is rare, but the law allows it," said Gareth Lloyd, a sanctions barrister. "What matters is the association with the Russian state and strategic sectors."

## He will fight it

A spokesperson for Shvidler said he had not visited Russia for many years, had never been a Russian citizen and had no links to the Kremlin. He intends to challenge the designation in the courts.

## A wider round

The same package named 65 people and entities, including the Wagner Group, the diamond miner Alrosa and the state railway operator. More than 1,000 individuals and businesses have now been sanctioned by the UK since February.

Shvidler was a senior executive at Sibneft, the oil company Abramovich sold to Gazprom in 2005, before joining the Evraz board in 2011.

Evraz, which denies that it supplies the Russian military, has not itself been designated.
"""))

A.append(dict(fname="p-uk-supreme-court-shvidler-ruling-jul-2025.html", title="Court ruling summary: Supreme Court upholds UK sanctions on Eugene Shvidler (4-1)",
date="2025-07-30", outlet="Chancery Lane Digest", place="London", shape="court", body="""
## Case

Shvidler v Secretary of State for Foreign, Commonwealth and Development Affairs; Dalston Projects Ltd and others v Secretary of State for Transport, [2025] UKSC 30. Judgment given on July 29, 2025 by Lord Reed, Lord Sales, Lord Leggatt, Lady Rose and Lord Richards. On appeal from the Court of Appeal, [2024] EWCA Civ 172.

## Outcome

The Supreme Court dismissed both appeals. In Mr Shvidler's case the majority was 4-1, with Lord Leggatt dissenting. The Dalston Projects appeal, about the detention of the yacht Phi, was dismissed unanimously.

## Background

Eugene Shvidler, a naturalised British citizen, was designated on March 24, 2022 under the Russia (Sanctions) (EU Exit) Regulations 2019, because of his former directorship of Evraz plc and his long association with Roman Abramovich. Evraz itself was designated on May 5, 2022. His worldwide assets were frozen and it became a criminal offence for others to deal with him without a licence. He lost in the High Court and in the Court of Appeal.

## The majority

Lord Sales and Lady Rose, with whom Lord Reed and Lord Richards agreed, held that the designation interfered with his rights under Article 8 of the European Convention and Article 1 of its First Protocol, but that the interference was proportionate. The court must make its own assessment of proportionality, but ministers have a wide margin of discretion in foreign policy and national security. Sanctions that are broad and open-ended can be rationally connected to the aim of pressuring Russia, even if one person's designation has little effect alone.

## The dissent

Lord Leggatt would have allowed the appeal. Making it a crime for someone who has done nothing unlawful to deal with his own assets, without any limit in place or time, was in his view a serious invasion of liberty that needed cogent reasons. He called the government's reasons "flimsy".

## Dalston Projects

The court upheld the detention of the 58.5-metre yacht Phi, moored in London since 2021 and beneficially owned by Russian businessman Sergei Naumenko. Its owner had said the detention cost up to 650,000 euros a week in charter fees.

## What it means

Shvidler remains designated and his assets remain frozen. The ruling is the first Russia sanctions case decided by the Supreme Court and sets a deferential standard for challenges. Anyone in the UK dealing with him still needs an OFSI licence.

## Timeline

- March 10, 2022: Abramovich designated; Shvidler leaves Evraz board.
- March 24, 2022: Shvidler designated.
- May 5, 2022: Evraz designated.
- 2024: Court of Appeal dismisses appeal.
- July 29, 2025: Supreme Court dismisses appeal, 4-1.
"""))

A.append(dict(fname="p-shvidler-ruling-what-it-means-blog-aug-2025.html", title="Blog: After Shvidler, can a British sanctions target ever win?",
date="2025-08-04", outlet="The Sanctions Notebook", place="", shape="blog", body="""
Last Tuesday the Supreme Court ended Eugene Shvidler's three-year fight against his UK asset freeze. Several readers have asked what the ruling changes for people who deal with designated persons, so here is my short take.

## Short version

Nothing changes for compliance teams. Shvidler stays on the UK list. If you are a UK bank, landlord, school or accountant, you still need an OFSI licence before providing him funds or services. The ruling only confirms that the designation was lawful.

## Why he lost

The majority, four justices to one, accepted that freezing the assets of a British citizen who has not visited Russia for many years is a heavy burden. But they gave ministers a wide margin in foreign policy. The government did not need to prove that freezing one man's money would shorten the war; it is enough that sanctions work cumulatively and that visible, hard-hitting designations of people linked to strategic Russian businesses serve that aim.

Lord Leggatt's dissent is worth reading. He thought the reasons given were too thin to justify a criminal ban, unlimited in time and place, on a man dealing with his own property.

## Could he go to Strasbourg?

In principle he could apply to the European Court of Human Rights, since he argued under the Convention. His team has not said whether it will. Any such case would take years, and the designation stays in force meanwhile.

## Delisting by other routes

A designated person can always ask the Foreign Office for an administrative review, with new evidence. That route is separate from court challenges, and ministers review designations from time to time.

## What about his family?

The ruling does not extend the freeze to relatives. OFSI has granted licences over the years for living costs and legal fees; those remain the main way he pays his bills.

Related reading: "The 50 per cent rule in UK sanctions, explained" | "Three licensing mistakes we keep seeing"

## Comments

Harriet B: Thanks, clear. So our school can keep taking fees for his grandchildren if paid by the parents?

Author reply: If the parents are not designated and the money is not his, generally yes. Check ownership of the funds.

Ken_W: Leggatt was right. Punishing a citizen for friendships is not law.

Author reply: Many agree with you. But four justices did not.
"""))

A.append(dict(fname="p-trump-order-cartels-terror-label-jan-2025.txt", title="Trump orders cartels to be labelled terrorists, but no groups named yet",
date="2025-01-21", outlet="Borderline Dispatch", place="El Paso", caption="A checkpoint near the Ysleta port of entry. | Borderline Dispatch", body="""
President Donald Trump on his first day back in office signed an executive order starting the process of designating drug cartels and other transnational gangs as foreign terrorist organisations, a step long sought by some Republicans and resisted by Mexico.

## WHAT THE ORDER SAYS

Executive Order 14157 declares that cartels "threaten the safety of the American people, the security of the United States, and the stability of the international order in the Western Hemisphere". It directs the secretary of state, in consultation with other cabinet members, to recommend within 14 days which groups should be designated as Foreign Terrorist Organizations (FTOs) or Specially Designated Global Terrorists.

The order itself names no cartel. Officials said the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG), along with the Venezuelan gang Tren de Aragua and MS-13, were likely candidates. Until the State Department publishes designations, none of these groups is on the FTO list.

## WHY IT MATTERS TO BUSINESS

An FTO designation makes it a federal crime to knowingly provide material support to the group. Lawyers said that could expose companies operating in parts of Mexico where cartels demand "cobro de piso" protection payments from shopkeepers, farmers and transport firms.

"A payment that today is extortion could tomorrow be evidence of material support," said Luis Carrillo, a trade lawyer in San Antonio. "Companies need to map where their suppliers pay whom."

Banks would have to block funds in which a designated group has an interest. Victims of cartel violence could also sue under the Anti-Terrorism Act.

## MEXICO'S REACTION

President Claudia Sheinbaum said Mexico would cooperate against drug trafficking but would not accept any violation of its sovereignty, and warned against any US military action on Mexican soil. During Trump's first term, he considered a similar step in 2019 but held back at the request of then-President Andres Manuel Lopez Obrador.

## WHAT COMES NEXT

The State Department's recommendations are due in early February. Designations take effect on publication in the Federal Register.

---
Our tip: Five taquerias in the Lower Valley worth the drive.

Leave a Reply

rgv_trucker: so if I pay at a checkpoint to get my load through am I a terrorist now?

Ana P.: Labels don't stop fentanyl. Demand does.
"""))

A.append(dict(fname="p-state-designates-eight-cartels-fto-feb-2025.md", title="Press release: State Department designates eight cartels and gangs as Foreign Terrorist Organizations",
date="2025-02-20", outlet="Hemisphere Policy Wire (statement reprint)", place="Washington", body="""
*The following is the text of a statement issued by the Department of State, with a short editor's note at the end.*

Today, the Department of State is fulfilling one of President Trump's first promises since he took office. The Department designates eight organizations as Foreign Terrorist Organizations (FTOs) and Specially Designated Global Terrorists (SDGTs).

## The designated groups

- Tren de Aragua (TdA)
- Mara Salvatrucha (MS-13)
- Cartel de Sinaloa
- Cartel de Jalisco Nueva Generacion (CJNG)
- Cartel del Noreste (CDN), formerly Los Zetas
- La Nueva Familia Michoacana (LNFM)
- Cartel de Golfo (Gulf Cartel, CDG)
- Carteles Unidos (CU)

As President Trump said in Executive Order 14157, cartels and other transnational organizations threaten the safety of the American people, the security of the United States, and the stability of the international order in the Western Hemisphere.

## Effect of the designations

The FTO designations are made under section 219 of the Immigration and Nationality Act and the SDGT designations under Executive Order 13224. All property and interests in property of the designated groups that are in the United States or in the possession or control of US persons are blocked, and US persons are generally prohibited from engaging in transactions with them. It is a crime to knowingly provide, or attempt or conspire to provide, material support or resources to a designated FTO. Members and representatives of FTOs who are not US citizens are inadmissible to the United States.

Terrorist designations expose and isolate these organizations and deny them access to the US financial system. These designations give law enforcement additional tools to stop these groups.

## Publication

The designations take effect upon publication in the Federal Register today, February 20, 2025.

---

*Editor's note:* Six of the eight groups are Mexican; Tren de Aragua originated in a Venezuelan prison, and MS-13 began in Los Angeles before spreading to El Salvador and the rest of Central America. It is the first time the US has used the FTO list, which includes groups such as ISIS and Hamas, against profit-driven criminal organisations. The Sinaloa Cartel and CJNG had already been targeted under counter-narcotics sanctions, and the new step adds the terrorism statutes. Mexico's government said it would accept no interference in its sovereignty and proposed a constitutional amendment on foreign intervention. Several US lawmakers asked Treasury to publish guidance for companies with suppliers in cartel-affected regions.
"""))

A.append(dict(fname="p-cartel-fto-what-companies-need-to-know-mar-2025.html", title="Explainer: Cartels are now 'terrorists'. What does that mean for companies doing business in Mexico?",
date="2025-03-12", outlet="Supply Chain Risk Review", place="", shape="explainer", body="""
Since February 20, 2025, six Mexican cartels, the Venezuelan gang Tren de Aragua and MS-13 have been on the US list of Foreign Terrorist Organizations (FTOs), as well as the Treasury's SDN list as Specially Designated Global Terrorists. Here is what it means for firms that buy, build or ship in Mexico and Latin America.

## The material-support risk

Providing "material support or resources" to an FTO is a federal crime under 18 U.S.C. 2339B when done knowingly. Unlike ordinary OFAC sanctions, the criminal provision can reach non-US persons, and it does not need proof that the money was meant for violence. The big question for companies is extortion. Cartels routinely demand payments from avocado and lime growers, trucking firms and shops. Lawyers say a forced payment is not a safe harbour: prosecutors have discretion, and companies should document any coercion and report it.

## Civil suits

The Anti-Terrorism Act lets US nationals injured by an act of international terrorism sue anyone who aided and abetted it. Plaintiff firms are already studying suits against banks, logistics firms and gun makers that allegedly helped the groups.

## Banks will ask more questions

Expect banks to screen Mexican counterparties harder, to ask for beneficial-ownership detail on suppliers, and to slow payments to regions such as Michoacan, Sinaloa, Tamaulipas and Jalisco where the listed groups operate.

## What is not banned

The designations do not ban trade with Mexico, and they do not blacklist any legitimate company. Only the groups themselves, and any person or firm separately designated, are blocked. Buying limes from a farm is lawful; paying a cartel's "quota" is the risk.

## Practical steps

- Map where you and your suppliers operate and who collects fees there.
- Add the eight group names and their aliases to screening tools.
- Set an escalation path for extortion demands, including a report to law enforcement.
- Review contracts for termination rights if a partner is later designated.

## Is this the final list?

The State Department said it would keep reviewing other groups. Any later additions would appear in the Federal Register.

Related: "Nearshoring in Nuevo Leon: the 2025 map" | "Why your freight rates jumped in February"
"""))

A.append(dict(fname="p-el-mayo-zambada-arrested-jul-2024.txt", title="Sinaloa cartel co-founder 'El Mayo' Zambada arrested in Texas",
date="2024-07-26", outlet="Borderline Dispatch", place="El Paso", caption="The airfield near Santa Teresa, New Mexico. | Borderline Dispatch", body="""
Ismael "El Mayo" Zambada, a co-founder of the Sinaloa Cartel who evaded capture for decades, was arrested on Thursday in the El Paso area along with Joaquin Guzman Lopez, a son of the jailed drug lord Joaquin "El Chapo" Guzman, US officials said.

## HOW IT HAPPENED

The two men landed on a private plane at an airfield near Santa Teresa, New Mexico, where federal agents were waiting, according to people familiar with the case. Zambada's lawyer later said his client had been kidnapped in Mexico and forced onto the plane by Guzman Lopez, a claim US officials did not address.

Attorney General Merrick Garland said both men face multiple charges in the United States for leading the cartel's operations, including fentanyl trafficking. Zambada, 76, had never before spent a day in jail.

## A SPLIT CARTEL

The Sinaloa Cartel has been run for years by two factions: Zambada's and the "Chapitos", the sons of El Chapo. Analysts warned the arrests could trigger a violent struggle for control in the state of Sinaloa.

"When a leader of that age falls, everyone below him recalculates," said Veronica Ortega, a security researcher in Culiacan. "The next months will be bloody."

## MEXICO SURPRISED

Mexican officials said they had not been informed in advance. President Andres Manuel Lopez Obrador said his government was reviewing what happened and complained about the lack of cooperation.

## WHAT COMES NEXT

Zambada is expected to appear in federal court in Texas, and his case may be moved to New York or Chicago, where he faces older indictments. Guzman Lopez is to appear in Chicago.

The State Department had offered a reward of up to $15 million for information leading to Zambada's arrest.

---
Our tip: The best green chile cheeseburgers on I-10.

Leave a Reply

lascruces_dan: Santa Teresa airfield is a 15 minute drive from my house. wild.

M. Ibarra: Sinaloa will suffer for this. Pray for Culiacan.
"""))

A.append(dict(fname="p-us-sanctions-carrie-lam-hk-officials-aug-2020.html", title="US sanctions Carrie Lam and ten other officials over Hong Kong crackdown",
date="2020-08-08", outlet="Harbour Tech Daily", place="Hong Kong", body="""
The United States on Friday, August 7, imposed sanctions on Hong Kong Chief Executive Carrie Lam and ten other senior Hong Kong and mainland Chinese officials, accusing them of undermining the city's autonomy and curbing freedoms under the national security law imposed by Beijing on June 30.

## Who was named

The Treasury's Office of Foreign Assets Control designated the 11 under Executive Order 13936, which President Donald Trump signed in July after declaring Hong Kong no longer sufficiently autonomous to justify special treatment. Besides Lam, the list includes Security Secretary John Lee, Police Commissioner Chris Tang, former police chief Stephen Lo, Justice Secretary Teresa Cheng, Secretary for Mainland and Constitutional Affairs Erick Tsang, and Luo Huining, director of Beijing's liaison office in the city. Xia Baolong and Zhang Xiaoming of the Hong Kong and Macau Affairs Office were also named.

"Carrie Lam is directly responsible for implementing Beijing's policies of suppression of freedom and democratic processes," Treasury Secretary Steven Mnuchin said.

## What it means

Any property of the 11 in the United States or in the hands of US persons is frozen, and Americans may not deal with them. Banks with US operations, including international lenders with large Hong Kong businesses, face a dilemma: continue serving officials who are on a US blacklist, or refuse them and risk Beijing's anger.

Lam said she had no assets in the United States and was not worried by the sanctions. Beijing called the move "barbaric" and promised countermeasures.

## Banks in the spotlight

Separately, the Hong Kong Autonomy Act, signed by Trump in July, requires the State Department to report on foreign officials who contributed to the erosion of Hong Kong's autonomy, and the Treasury then to identify foreign financial institutions that knowingly conduct significant transactions with them. Those banks could face secondary sanctions.

"Today's names will almost certainly appear in the State Department report," said Alice Leung, a compliance consultant. "After that, the question is whether any bank gets named."

## Not the city

The sanctions do not target Hong Kong companies or the Hong Kong government as an institution. The Hong Kong Monetary Authority said local banks were not obliged to follow unilateral foreign sanctions, but added that they should manage their risks.
"""))

A.append(dict(fname="p-hkaa-report-names-officials-no-banks-oct-2020.txt", title="US report names ten officials under Hong Kong Autonomy Act; no banks identified yet",
date="2020-10-15", outlet="Pacific Wire", place="Washington", caption="The Hong Kong skyline at dusk. | Pacific Wire", body="""
The State Department on Wednesday, October 14, sent Congress its first report under the Hong Kong Autonomy Act, naming ten Chinese and Hong Kong officials it said had materially contributed to the failure of China to meet its obligations to the city.

## THE TEN

All ten were already under US sanctions from the August 7 designations, including Chief Executive Carrie Lam, Security Secretary John Lee and Police Commissioner Chris Tang. The list was one name shorter than August's round. Officials said the August designations used a different legal basis, Executive Order 13936, than the act.

## THE BANK QUESTION

The report itself does not name any foreign financial institutions. Under the act, the Treasury must identify, within 30 to 60 days, any bank that knowingly conducts a significant transaction with a person on the State Department list. Banks named by Treasury could then face penalties, from limits on US loans to a ban on dollar clearing.

A senior State Department official said that, so far, no financial institution had been found to be conducting significant transactions with the ten. He said the report should encourage banks to wind down any such relationships.

## RELIEF IN CENTRAL

For large lenders such as HSBC, Standard Chartered and Bank of China (Hong Kong), the absence of names was a relief, at least for now. Many had already quietly closed or restricted accounts of the sanctioned officials after August.

"Banks were hoping for a clean first report and they got it," said Martin Yu, a Hong Kong banking analyst. "But the Treasury deadline is the one that matters."

## THE OFFICIALS' SIDE

Lam said she had nothing to fear and that the report would have no impact on her. Beijing's foreign ministry said it firmly opposed the report and urged Washington to stop interfering in China's internal affairs.

The act was passed by Congress with broad bipartisan support in July, soon after Beijing imposed the national security law.

---
Our tip: A weekend on Lamma Island without a car.

Leave a Reply

hk_expat_21: our bank asked me to confirm I'm not related to any of them. lol.

Wing: the banks closed these accounts months ago. this is theatre.
"""))

A.append(dict(fname="p-carrie-lam-paid-in-cash-nov-2020.txt", title="Carrie Lam says she keeps 'piles of cash' at home because US sanctions cut off her bank account",
date="2020-11-28", outlet="Pacific Wire", place="Hong Kong", caption="Carrie Lam speaks to reporters at Government House. | Pacific Wire", body="""
Hong Kong leader Carrie Lam says she has been paid her government salary in cash since the United States put her on its sanctions list in August, because she has no bank account.

## CASH AT HOME

"Sitting in front of you is a chief executive of the Hong Kong special administrative region who has no banking services," Lam said in an interview broadcast on Friday by a local television channel. "I have piles of cash at home. The government is paying me cash for my salary because I don't have a bank account."

Her annual salary is about HK$5.2 million, among the highest of any government leader in the world.

Lam did not say which bank had closed her account, or whether she had tried to open one at a mainland Chinese bank without US business. Analysts said most large lenders in Hong Kong depend on access to dollar clearing and did not want to risk being caught by US secondary sanctions.

## HOW THE SANCTIONS BITE

The Treasury designated Lam and ten other officials on August 7 under Executive Order 13936. Americans may not deal with them, and the Hong Kong Autonomy Act threatens penalties for foreign banks that knowingly conduct significant transactions with officials named in a State Department report. Lam was named in that report in October.

"She is showing what a US listing means in practice," said Ivy Chan, a lecturer in banking law. "Even in her own city, banks will not take the risk."

## NO REGRETS

Lam said she regarded the sanctions as an honour in the service of her country and her city. She also said the sanctions were "completely groundless" and that she had no intention of travelling to the United States.

## OTHER OFFICIALS

Other sanctioned officials, including Security Secretary John Lee and Police Commissioner Chris Tang, have not publicly said how they are paid. Hong Kong's civil service rules allow salaries to be paid by cheque or cash on request.

The Hong Kong Monetary Authority has said local banks are not legally obliged to follow unilateral foreign sanctions, but it has left decisions on individual customers to the banks.

---
Our tip: Hong Kong's best dim sum for under HK$100.

Leave a Reply

kowloon_kat: imagine keeping 400k a month under the bed.

D. Leung: Every banker in Central knew this already.
"""))
