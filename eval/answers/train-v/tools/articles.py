# Article texts for answers-v. Each entry: file, title, date (ISO), place, source, shape, body.
# Body: paragraphs separated by blank lines; "## " starts a subhead.
ARTICLES = []

def add(file, title, date, place, source, shape, body):
    ARTICLES.append(dict(file=file, title=title, date=date, place=place, source=source, shape=shape, body=body.strip()))

# ---------------- Story A: Moldova, Plahotniuc and Shor ----------------
add("v-us-bars-plahotniuc-entry-jan-2020.md",
    "US bars Moldovan oligarch Vladimir Plahotniuc and his family from entering the country",
    "2020-01-14", "Washington", "Eastern Ledger", "news", """
The US State Department has publicly designated Vladimir Plahotniuc, the former chairman of Moldova's Democratic Party, for involvement in significant corruption, a step that makes him and his immediate family generally ineligible to enter the United States.

The designation was made under Section 7031(c) of the annual State Department appropriations act. It is a visa measure: it does not freeze bank accounts, it does not put Plahotniuc on the Treasury's Specially Designated Nationals (SDN) list, and it does not by itself bar American companies from doing business with him.

## Why Washington acted

The department said Plahotniuc had been involved in corrupt acts that undermined the rule of law and severely compromised the independence of democratic institutions in Moldova. Officials pointed to his years as the dominant figure behind the Democratic Party, when critics say he controlled the courts, prosecutors and much of the country's media.

Plahotniuc left Moldova in June 2019, after his party lost power to a coalition that briefly united the pro-European bloc of Maia Sandu with the pro-Russian Socialists. He was later reported to have spent time in the United States. The State Department said his presence there was no longer welcome.

## The billion-dollar shadow

Plahotniuc's name has long been linked to the disappearance of about $1 billion from three Moldovan banks in 2014, a fraud equal to roughly an eighth of the country's economic output. He has denied any role and calls the accusations political revenge. Moldovan prosecutors have opened cases against him, but he has not been tried.

## What it does not do

Sanctions lawyers stressed the limits of the step. "This is a travel ban with a public label attached," said one Washington practitioner. "A bank that wants to refuse him can point to it, but nothing in US law forces it to." No other country announced a matching measure on the same day, and the European Union has no equivalent listing for him.

Moldova's government welcomed the decision. Plahotniuc's lawyers did not respond to requests for comment. Officials in Chisinau said they hoped the decision would help them trace assets moved abroad after 2014.
""")

add("v-ofac-sanctions-plahotniuc-shor-oct-2022.txt",
    "Treasury sanctions Plahotniuc and Ilan Shor over corruption and Kremlin influence in Moldova",
    "2022-10-27", "WASHINGTON", "Eastern Ledger", "news", """
The US Treasury's Office of Foreign Assets Control (OFAC) on October 26 imposed sanctions on nine individuals and 12 entities over what it called the Russian government's malign influence campaign and systemic corruption in Moldova. The two best-known names are the fugitive oligarchs Vladimir Plahotniuc and Ilan Shor.

## Who was named

Plahotniuc, a former member of parliament and former leader of the Democratic Party of Moldova, was designated under Executive Order 13818, the order that implements the Global Magnitsky Act. Treasury said he bribed law enforcement officials, used his control of the judiciary to manipulate the June 2018 mayoral election in Chisinau, and kept control of key media outlets. The State Department had already barred him and his immediate family from entering the United States in January 2020.

Ilan Shor, chairman of the Shor Party, was designated for working with Russian individuals ahead of Moldova's 2021 elections to gain control of parliament and pass legislation favourable to Moscow. Treasury described him as a beneficiary of the 2014 money laundering scheme linked to the theft of $1 billion from Moldovan banks. His wife, a Russian pop singer, was also said to have played a role.

Among the others is Igor Chayka, the son of a member of Russia's Security Council, whose company National Engineering Corporation (NIK) was also designated.

## What it means

All property of the designated persons in the United States or in the possession of US persons is blocked, and Americans are generally barred from dealing with them. Companies owned 50 percent or more by them are blocked too.

"The sanctions imposed today expose not only Russia's covert strategy in Moldova, but also demonstrate how corruption undermines the rule of law," said Brian Nelson, the Treasury's under secretary for terrorism and financial intelligence.

## Reaction in Chisinau

President Maia Sandu thanked "all those who contributed to the punishment of corrupt officials" and said she hoped the measures would be an example for Moldova's judiciary, which she accused of delaying prosecutions of Plahotniuc and Shor.

Shor lives in Israel and has led street protests against the government from abroad. Plahotniuc, who left Moldova in 2019, has not been seen in public for months, and his whereabouts are not known. Neither is on any European Union sanctions list.
""")

add("v-moldova-backs-us-sanctions-nov-2022.html",
    "Moldova's emergency commission extends effect of US sanctions on Plahotniuc and Shor",
    "2022-11-01", "Chisinau", "Moldova Policy Watch", "agency", """
## Summary of the decision

On November 1, 2022, Moldova's Commission for Emergency Situations decided to support the sanctions imposed a week earlier by the US Treasury's Office of Foreign Assets Control (OFAC) on the businessmen Vladimir Plahotniuc and Ilan Shor, their political formation and associated persons. The commission acts under the state of emergency declared after Russia's invasion of Ukraine.

## What the decision requires

Reporting entities, such as banks, payment firms and notaries, must apply heightened precautions to transactions that are not consistent with the daily activities of the sanctioned persons or of persons suspected of links with them.

Sanctioned individuals must refrain from transactions, including the payment of dividends and the disposal of real estate, movable property and securities.

The Service for Prevention and Combating Money Laundering may suspend operations with goods and financial assets, shares in the capital of companies, and the registration of rights to them, for up to 30 business days.

## Removal from the list

The decision allows the Information and Security Service to exclude a person from the national list if the reasons for the listing are eliminated, or if circumstances related to the highest interests of the state arise.

## Background

OFAC designated nine individuals and 12 entities on October 26, 2022. Plahotniuc, a former deputy speaker of parliament and former leader of the Democratic Party, was listed for corruption under the Global Magnitsky programme; Shor, leader of the Shor Party, for working with Russian actors to interfere in Moldovan politics. Both live outside Moldova.

## What it means for businesses

Firms operating in Moldova should note that the commission's decision is a domestic measure: it does not copy the US list in full and it does not automatically freeze every asset. It tells reporting entities to treat dealings with the named persons as high risk and gives the anti-money-laundering service power to halt specific operations. Companies with US ties remain bound by the OFAC designations themselves.

## Contacts

Questions about this summary can be sent to our editorial desk. This summary is not legal advice.
""")

add("v-plahotniuc-detained-athens-jul-2025.txt",
    "Fugitive Moldovan oligarch Plahotniuc detained at Athens airport",
    "2025-07-23", "ATHENS", "Eastern Ledger", "news", """
Vladimir Plahotniuc, the former Moldovan power broker who fled his country in 2019, was detained at Athens airport on July 21 as he tried to board a flight to Dubai, Greek police said. He was held on an Interpol notice issued at Moldova's request.

## Sixteen passports

According to the notice cited by Greek police, Plahotniuc held 16 passports, including documents from Romania, Mexico and Russia. Police said he had lived in 22 countries since 2023. Mexico's foreign ministry has said the Mexican passport attributed to him is fake.

Moldova placed Plahotniuc on its international wanted list on April 7, 2025. Prosecutors want him in three criminal cases, the best known being the 2014 theft of about $1 billion from Moldovan banks. In July 2023 prosecutors sent to court a case accusing him of complicity in that theft, alleging he received $39 million and 3.5 million euros through companies controlled by Ilan Shor.

## Refuses extradition

At a first hearing in Athens, Plahotniuc refused to consent to extradition, his lawyer said. He denies all wrongdoing and says the accusations are based on "slander and political hatred". Russia has also asked for him, saying it has charged him in absentia with leading a criminal organisation, drug trafficking and money laundering.

Prime Minister Dorin Recean said Moldova would do everything to bring him home to face justice before parliamentary elections set for September 28.

## Still sanctioned abroad

Plahotniuc remains on the US Treasury's sanctions list, where he was placed in October 2022 under the Global Magnitsky programme, and the European Union imposed sanctions on him and six others in 2023 for actions it said destabilised Moldova. The US State Department has barred him from entering the United States since January 2020.

A Greek court is expected to rule on Moldova's request in the coming weeks. Until then he remains in custody in Greece.

## What comes next

Extradition in Greece is decided by the courts, with the justice minister having the final word. Lawyers said the process could take months if appealed.
""")

add("v-plahotniuc-extradited-court-summary-sep-2025.html",
    "Court summary: Greece extradites Vladimir Plahotniuc to Moldova",
    "2025-09-26", "Athens / Chisinau", "Balkan Courts Review", "court", """
## Case

Request of the Republic of Moldova for the extradition of Vladimir Plahotniuc, former leader of the Democratic Party of Moldova and former deputy speaker of parliament. Plahotniuc was arrested at Athens airport on July 21, 2025, on an Interpol notice.

## Ruling

In August 2025 the Athens Court of Appeal ruled in favour of extradition in the case known in Moldova as the "theft of the century", the disappearance of about $1 billion from the banking system in 2014, a sum then equal to roughly 12 percent of Moldova's gross domestic product. Plahotniuc had refused to consent to his surrender.

## Pause and resumption

On September 17 the Greek Justice Ministry suspended the transfer, citing the need to finish examining Plahotniuc's criminal status in Greece. The delay was linked to a case opened in Romania after forged Romanian identity papers were found on him. The suspension was revoked the next day after talks between Greek and Moldovan officials, and Interpol Athens asked Moldovan police for an escort plan.

## Outcome

Plahotniuc was flown from Athens to Chisinau under escort on September 25, 2025, and placed in Penitentiary No. 13 in the capital. He faces charges in three criminal cases in Moldova, including the bank theft. Prosecutors accuse him of organised crime, money laundering, bribery and fraud.

The extradition came three days before Moldova's parliamentary elections of September 28.

## Sanctions status

The extradition does not affect his sanctions listings. Plahotniuc remains designated by the US Treasury under the Global Magnitsky programme (since October 2022) and listed by the European Union (since 2023). A person in pre-trial detention can still be on a sanctions list; removal requires a decision by the authority that listed him.

## Comment

For Moldova's government the transfer is a long-sought result: Prime Minister Dorin Recean had said the institutions must "bring him home in handcuffs". Plahotniuc denies wrongdoing. His lawyers have said he will contest the charges in Moldovan courts.

## Note

This summary is based on public reporting and statements by the Moldovan and Greek authorities. It is not an official court document.
""")

add("v-plahotniuc-sanctions-forum-thread.html",
    "Forum: Is Plahotniuc still sanctioned, and where is he now?",
    "2025-09-27", "", "ComplianceTalk forums", "forum", """
## Thread: Is Plahotniuc still sanctioned, and where is he now?

Posted by kyc_bogdan on March 3, 2023: Onboarding a Moldovan holding company and one of the former directors has links to Plahotniuc's old media group. Quick sanity check: he is on the OFAC SDN list, right? And does anyone know where he actually is? Last I read his whereabouts were unknown.

Posted by rlenz_sanctions on March 3, 2023: Yes, OFAC designated him on October 26, 2022, under the Global Magnitsky order, same action as Ilan Shor. Before that it was only the State Department visa ban from January 2020. Nobody seems to know where he lives. Rumours say Northern Cyprus, Turkey, the Gulf.

Posted by kyc_bogdan on March 4, 2023: Thanks. Anything on the EU side? Our bank is in Romania so that matters more.

Posted by rlenz_sanctions on March 4, 2023: Not yet. There is talk of a new EU framework for people destabilising Moldova, but as of today he is not on an EU list.

Posted by moderator_ana on July 24, 2025: Bumping this old thread because of the news. Plahotniuc was detained at Athens airport on July 21, 2025, trying to leave for Dubai. The EU did list him in 2023, so the earlier answer is out of date.

Posted by kyc_bogdan on September 26, 2025: Final update: Greece extradited him to Moldova on September 25, 2025. He is in custody in Chisinau. For screening purposes nothing changes: he is still on the OFAC list and the EU list, and his entities stay blocked.

Posted by vlad_audit on September 26, 2025: Worth adding that being in prison does not take anyone off a list. Keep screening his companies, including ones owned 50 percent or more.

Posted by rlenz_sanctions on September 26, 2025: Agreed. For anyone landing here from search, the short history is: US visa ban in January 2020, OFAC blocking in October 2022, EU listing in 2023, arrest in Athens in July 2025, extradition in September 2025. Ilan Shor is a separate designation in the same October 2022 action, and nothing in the extradition news changes his status either.

Posted by moderator_ana on September 27, 2025: Marking as resolved. Please do not post personal details about family members.
""")

add("v-moldova-billion-dollar-bank-fraud-explained.md",
    "The 'theft of the century': how a billion dollars vanished from Moldova's banks",
    "2024-11-18", "Chisinau", "Eastern Ledger", "explainer", """
Ten years after it was discovered, the disappearance of about $1 billion from three Moldovan banks remains the defining scandal of the country's politics. Here is what is known about how the money left and why it still matters.

## Three banks

In the run-up to parliamentary elections in November 2014, Banca de Economii, Unibank and Banca Sociala issued a series of large loans to companies with opaque owners. Within days, much of the money had moved through accounts in Russia, Latvia and elsewhere. The losses, roughly an eighth of Moldova's annual output, were later covered by the state, turning a banking fraud into a public debt that taxpayers are still paying off.

## The Kroll reports

The central bank hired the investigations firm Kroll, whose reports traced transfers to a network of companies linked to businessman Ilan Shor, then chairman of Banca de Economii. Shor, who later became mayor of the town of Orhei, denied wrongdoing. He was convicted in Moldova in 2023 in absentia, having left for Israel.

## Why recovery is slow

Only a small share of the money has been recovered. Investigators say the funds were split into thousands of transfers and layered through shell firms in several jurisdictions. Moldova has signed agreements with asset-recovery specialists and asked foreign courts to freeze property, with mixed results.

## Political aftershocks

The scandal brought thousands of people onto the streets of Chisinau in 2015 and fed a lasting distrust of the political class. It also shaped the rise of President Maia Sandu, who campaigned on bringing those responsible to justice. Plahotniuc, the businessman who dominated politics until 2019, has been repeatedly accused by opponents of involvement, which he denies.

## The numbers

Official estimates put the hole at about 13.5 billion lei. The state converted the emergency loans into public debt in 2016, to be repaid over 25 years. Economists say the cost to the budget runs to several hundred million lei a year, money that could otherwise fund roads, schools and pensions.

For many Moldovans the affair is shorthand for everything that went wrong in the 2010s.
""")

# ---------------- Story B: Haiti, Michel Martelly ----------------
add("v-canada-sanctions-martelly-nov-2022.md",
    "Canada sanctions former Haitian president Michel Martelly over gang links",
    "2022-11-21", "Ottawa", "Caribbean Wire", "news", """
Canada has imposed sanctions on former Haitian president Michel Martelly and two former prime ministers, Laurent Lamothe and Jean-Henry Ceant, accusing them of protecting and enabling the illegal activities of armed criminal gangs in Haiti.

The measures, taken under Canada's Special Economic Measures Act, were dated November 17 and announced by Foreign Affairs Minister Melanie Joly over the weekend. They freeze any assets the three men hold in Canada and bar Canadians from dealing with them. The listed men are also inadmissible to Canada.

## Why now

Haiti has been gripped by gang violence since the assassination of President Jovenel Moise in July 2021. Gangs control much of Port-au-Prince and blockaded the main fuel terminal for weeks this autumn. Ottawa said the political and economic elites it targeted had used their status to support gangs for their own ends.

Martelly, a former carnival singer known as "Sweet Micky", was president from 2011 to 2016. Lamothe was his prime minister from 2012 to 2014. Ceant was prime minister under Moise. All three deny wrongdoing. Martelly called the accusation false in a social media post.

## The US position

The United States has not imposed sanctions on Martelly. Washington has sanctioned two sitting Haitian senators, Joseph Lambert and Rony Celestin, in coordinated steps this month, but Martelly does not appear on any list published by the US Treasury's Office of Foreign Assets Control. Martelly spends much of his time in Miami.

Haitian civil society groups urged Washington to follow Canada's lead. "Canada has named the people everyone in Port-au-Prince talks about," said one human rights activist. "The question is whether the Americans will do the same."

## What it means

For Canadian banks and companies, the listing means any property of the three must be frozen and reported to the police. For others, the listing is a warning signal rather than a legal bar. The United Nations Security Council adopted its own Haiti sanctions regime in October 2022, initially naming only the gang leader Jimmy "Barbecue" Cherizier.

Canada has said more names could follow as it works with partners in the region.
""")

add("v-ofac-sanctions-martelly-aug-2024.txt",
    "US Treasury sanctions former Haitian president Martelly for drug trafficking",
    "2024-08-21", "WASHINGTON", "Caribbean Wire", "news", """
The US Treasury's Office of Foreign Assets Control (OFAC) on August 20 sanctioned former Haitian president Michel Joseph Martelly under Executive Order 14059, the order targeting foreign persons involved in the global illicit drug trade. It is the first US sanctions action against Martelly, nearly two years after Canada listed him.

## The accusations

Treasury said Martelly abused his influence to facilitate the trafficking of dangerous drugs, including cocaine, destined for the United States. It said he laundered illicit drug proceeds, worked with Haitian drug traffickers and sponsored multiple Haiti-based gangs. The department noted that Martelly had previously been sanctioned by the Government of Canada on November 17, 2022.

"Today's action against Martelly emphasizes the significant and destabilizing role he and other corrupt political elites have played in perpetuating the ongoing crisis in Haiti," said Bradley T. Smith, the acting under secretary for terrorism and financial intelligence.

## A menu of restrictions

Martelly was added to OFAC's Non-SDN Menu-Based Sanctions List (NS-MBS List), rather than receiving a standard designation. The action was coordinated with the Drug Enforcement Administration. Under the measures chosen, US financial institutions are barred from making loans or providing credit to Martelly, foreign exchange transactions subject to US jurisdiction in which he has an interest are prohibited, and US persons may not invest in or buy significant amounts of his equity or debt.

## Where he lives

Martelly, president from 2011 to 2016, has lived in Miami. His lawyer declined to comment on his immigration status, and the State Department would not say whether his visa was affected. He has denied links to gangs.

## Reaction

Haitian activists welcomed the move but said it came late. "Canada named him in 2022," said a Port-au-Prince lawyer. "Washington has finally caught up." Haiti's transitional authorities did not comment.

## What it means for business

Banks should screen for Martelly under the NS-MBS List and check which prohibitions apply. Payment companies serving the Haitian diaspora said they were reviewing accounts. Lawyers noted that the 50 percent ownership rule that applies to blocked persons on the SDN list does not automatically extend to a menu-based listing.
""")

add("v-martelly-sanctions-faq-dec-2024.html",
    "FAQ: What the US and Canadian sanctions on Michel Martelly mean",
    "2024-12-05", "", "Caribbean Compliance Desk", "faq", """
## Who is Michel Martelly?

Michel Joseph Martelly was president of Haiti from 2011 to 2016. Before politics he was a popular konpa singer under the stage name Sweet Micky.

## Which countries have sanctioned him?

Canada listed him on November 17, 2022, under its Special Economic Measures Act, together with former prime ministers Laurent Lamothe and Jean-Henry Ceant. The United States followed on August 20, 2024, when OFAC acted under Executive Order 14059 on the illicit drug trade.

## Is he on the SDN list?

No. OFAC placed him on the Non-SDN Menu-Based Sanctions List (NS-MBS List). That list applies a chosen menu of restrictions instead of a full blocking of property. In his case the restrictions cover loans and credit from US financial institutions, foreign exchange transactions under US jurisdiction, and investment in his equity or debt.

## Can a US bank keep his account open?

Banks should take legal advice. The menu bars new loans and credit and certain foreign exchange dealings. Many banks will close such accounts as a matter of risk policy even where the law does not strictly require it.

## Does the listing cover his companies?

The US announcement named Martelly alone. The 50 percent rule that extends SDN blocking to owned companies does not automatically apply to menu-based measures, so companies he owns are not automatically covered. Screen them case by case.

## What about Lamothe and Ceant in the US?

The US action of August 2024 did not name them.

## Has Martelly been charged with a crime in the US?

The Treasury action is an administrative sanction. It is not a criminal charge.

## Can the sanctions be lifted?

Yes. A listed person can petition OFAC for removal, and Canada has its own process for delisting applications. Neither country has announced any removal.

## Where can I check?

Use OFAC's Sanctions List Search, which covers the NS-MBS List, and Canada's Consolidated Autonomous Sanctions List.

Last updated December 5, 2024. This FAQ is general information, not legal advice.
""")

add("v-martelly-canada-us-blog-sep-2024.html",
    "Two years apart: why Ottawa moved on Martelly long before Washington",
    "2024-09-10", "", "The Sanctions Notebook (blog)", "blog", """
When the US Treasury finally acted against Michel Martelly on August 20, 2024, the most striking line in its press release was the last one about Canada: Martelly "was previously sanctioned by the Government of Canada on November 17, 2022." Nearly 21 months separate the two measures. Why?

## Different tools

Canada's Special Economic Measures Act lets the government list a foreign national when there has been a grave breach of international peace and security. That is a broad, political standard, and Ottawa used it to name Martelly and the former prime ministers Laurent Lamothe and Jean-Henry Ceant in one move.

The US chose a narrower route. Treasury used Executive Order 14059, the drug-trade order, and built the case on trafficking and money laundering. Cases of that kind typically lean on evidence gathered with the Drug Enforcement Administration, and they take time.

## A lighter listing

The result is also different in kind. Canada froze Martelly's assets in Canada outright. The US put him on the Non-SDN Menu-Based Sanctions List, selecting restrictions on credit, foreign exchange and investment rather than blocking all his property. My reading is that Washington wanted a tool that bites on a man who lives in Miami without the full consequences of an SDN listing.

## What it signals

Even so, the US listing matters more in practice. Haiti's economy runs on dollars and on remittances through US banks. A former president who cannot borrow from US institutions is a former president with far fewer friends.

## Comments

Posted by J. Pierre-Louis on September 10, 2024: Good summary. People in Haiti wanted the US to name Lamothe too. Nothing on him yet.

Posted by compliance_mike on September 11, 2024: Useful point about the NS-MBS list. Our screening vendor flagged him as SDN at first, which was wrong.

Posted by The Sanctions Notebook on September 11, 2024: Thanks, Mike. Worth checking how your vendor tags menu-based entries.

## Leave a Reply

Your email address will not be published. Required fields are marked.
""")

add("v-sweet-micky-carnival-return-feb-2020.txt",
    "Sweet Micky returns to the carnival stage in Port-au-Prince",
    "2020-02-25", "PORT-AU-PRINCE", "Caribbean Wire", "culture", """
Michel Martelly, the former president of Haiti, climbed back onto a carnival float this week as Sweet Micky, the konpa singer who made his name in the 1980s and 1990s with risque lyrics and outrageous costumes.

## A familiar figure

Martelly, who left the presidency in 2016, performed for several hours along the carnival route, playing songs old and new to crowds that sang along to every chorus. Some fans waved his portrait. Others shouted criticism of the politicians of the moment.

For many Haitians, Sweet Micky never really went away. Before entering politics he released more than a dozen albums and became a fixture of konpa, the dance music that dominates Haitian radio. His stage persona, brash and irreverent, was part of his appeal as a candidate in 2010 and 2011, when he won the presidency in a runoff.

## The new song

This year's carnival song, a mid-tempo track about life in Port-au-Prince, drew mixed reviews. Critics said it was too political; fans said it was the best he had written in years. Radio stations played it heavily in the week before the parade.

## The business of konpa

Konpa bands depend on live shows in Haiti and in the diaspora, from Miami and New York to Montreal and Paris. Promoters say a Sweet Micky show can still fill a hall. Tickets for his diaspora concerts often sell out, and he has toured regularly since leaving office.

## Security worries

The carnival took place amid tension. Police officers had clashed with soldiers in the capital days earlier, and some events were cancelled. Organisers said attendance was lower than in past years, though the main route still drew thousands.

## What fans say

"He is a musician first," said one fan who travelled from Petion-Ville. "When he sings, people forget the rest." Another, a student, was less forgiving: "He was president. You cannot separate the two."

Martelly did not give interviews. His band said they would release the new song on streaming services next month, followed by a short tour of the United States and Canada later in the year.
""")

# ---------------- Story C: Bulgaria, Peevski / Bozhkov / Zhelyazkov ----------------
add("v-us-magnitsky-sanctions-bulgaria-jun-2021.md",
    "US hits Bulgarian oligarchs Peevski and Bozhkov with Magnitsky sanctions",
    "2021-06-03", "Washington", "Balkan Business Daily", "news", """
The US Treasury's Office of Foreign Assets Control (OFAC) on June 2 sanctioned three Bulgarian individuals and a network of 64 entities they own or control for their roles in corruption, in what it called the single largest action targeting corruption to date under the Global Magnitsky programme.

## The three

The designations, made under Executive Order 13818, target Vassil Bozhkov, a gambling magnate and one of Bulgaria's richest businessmen; Delyan Peevski, a former member of parliament and media owner; and Ilko Zhelyazkov, a former deputy chief of the State Agency for Technical Operations who was appointed to the national bureau that oversees special intelligence-gathering devices.

Treasury said Peevski used Zhelyazkov as an intermediary and accomplice to peddle influence and pay bribes to protect himself from public scrutiny and to exert control over key institutions. Bozhkov was accused of bribing officials, including to protect his gambling businesses. Bozhkov lives in Dubai, where he went in early 2020 as Bulgarian prosecutors charged him.

"The United States stands with all Bulgarians who strive to root out corruption by promoting accountability for corrupt officials who undermine the economic functions and democratic institutions of Bulgaria," said OFAC Director Andrea M. Gacki.

## Visa bans for five

On the same day the State Department publicly designated Peevski and Zhelyazkov, together with former deputy economy minister Alexander Manolev and Petar Haralampiev and Krasimir Tomov, former chief and secretary of the State Agency for Bulgarians Abroad, under Section 7031(c). The five and their immediate families are ineligible to enter the United States. "Today's actions reaffirm our commitment to supporting rule of law and strengthening democratic institutions in Bulgaria," spokesman Ned Price said.

## What it means

All property of the three designees and of the 64 companies in the United States or held by US persons is blocked, and Americans may not deal with them. Bulgarian companies with US banks or dollar payments are expected to cut ties.

## The EU and UK

No European government announced matching measures. The European Union has no anti-corruption sanctions regime that covers its own member states, and the United Kingdom, which launched its Global Anti-Corruption regime in April 2021, has not listed any of the three.

Peevski called the sanctions unjust and said he would defend himself.
""")

add("v-bulgaria-reacts-to-us-sanctions-jun-2021.txt",
    "Bulgaria sets up working group to shield state firms from US sanctions fallout",
    "2021-06-04", "SOFIA", "Balkan Business Daily", "news", """
Bulgaria's caretaker government on Thursday set up a working group to make sure that companies with state or municipal participation are not caught up in the US sanctions imposed on Delyan Peevski, Vassil Bozhkov and Ilko Zhelyazkov and their network of 64 companies.

## Why a working group

Officials said some of the sanctioned companies have contracts with state-owned firms and municipalities, and that Bulgarian public companies dealing in dollars or with US partners could face disruption. The group will map contracts and advise ministries on how to wind them down or replace counterparties.

## Prosecutors ask for details

The spokeswoman for the Prosecutor General, Siyka Mileva, said prosecutors would ask the United States to specify the information on the corrupt practices for which the six Bulgarians were designated: the three hit by Treasury's Global Magnitsky sanctions, plus Alexander Manolev, Petar Haralampiev and Krasimir Tomov, who were named by the State Department alongside Peevski and Zhelyazkov. She said the Prosecutor's Office agreed with its American partners that the rule of law is the basis of any democracy.

## Foreign ministry

The foreign ministry said the fight against corruption in all its forms should be an unconditional priority, and that Sofia and Washington remain ready for dialogue through their strategic partnership.

## Banks react

Bulgarian banks began reviewing accounts linked to the designated persons. Lawyers said the sanctions do not legally bind Bulgarian banks that have no US nexus, but that most banks would not risk their correspondent relationships with US institutions. "In practice a US listing travels through the banking system," said a Sofia lawyer.

## Who is Zhelyazkov?

Zhelyazkov was, at the time of the designation, a member of the national bureau that oversees the use of special intelligence-gathering devices, a post to which he was elected by parliament. Lawmakers said they would consider removing him.

## Political backdrop

The sanctions landed weeks before an early general election on July 11, the second this year, after April's vote failed to produce a government. Peevski, a former member of parliament for the Movement for Rights and Freedoms, did not run in April.

## What has not happened

No Bulgarian authority has frozen assets on the basis of the US action, and there is no EU or UK measure against the three.
""")

add("v-uk-sanctions-bulgarians-press-release-feb-2023.html",
    "UK sanctions high profile Bulgarian figures involved in corruption",
    "2023-02-10", "London", "Foreign Office summary", "press", """
## Press release summary

Foreign Secretary James Cleverly has announced new sanctions on three influential Bulgarian individuals for abusing their positions of power by redirecting state funds for their own benefit. The UK is acting in close coordination with the United States.

## Who is sanctioned

Delyan Peevski, a former Member of Parliament and media mogul, who has been involved in attempts to exert control over key institutions and sectors in Bulgarian society through bribery and use of his media empire.

Ilko Zhelyazkov, a former national security official and board member of Bulgaria's largest state energy company, who used his position to redirect a lucrative state contract for his own gain.

Vasil Bozhkov, reportedly Bulgaria's richest man, who made his fortune in the gambling industry. Bozhkov used bribery extensively to protect his business interests.

## What the sanctions do

The three have been handed travel bans and asset freezes under the UK's Global Anti-Corruption sanctions regime, effective today, Friday 10 February 2023. UK persons may not make funds or economic resources available to them.

## Quote

James Cleverly said: "Those sanctioned have deprived the people of Bulgaria of resources crucial to its economic and social development. Money that should have been used to fix roads, build hospitals and support economic growth has instead ended up in the pockets of corrupt individuals."

## Context

Transparency International ranks Bulgaria as one of the countries in Europe most harmed by corruption. The UK government has sanctioned 35 individuals and entities, including the three today, under the Global Anti-Corruption regime since its introduction in April 2021.

## US action the same day

The United States on the same day designated five current or former Bulgarian officials under the Global Magnitsky programme: Rumen Ovcharov, Aleksandar Nikolov, Ivan Genov, Nikolay Malinov and Vladislav Goranov, along with entities they own or control. The US had already sanctioned Peevski, Zhelyazkov and Bozhkov in June 2021.

## Notes to editors

The UK Sanctions List is the official source for designations. Firms should report any frozen assets to the Office of Financial Sanctions Implementation.
""")

add("v-uk-ambassador-dixon-interview-feb-2023.md",
    "UK ambassador: sanctions on Bulgarians a first for Europe",
    "2023-02-13", "Sofia", "Balkan Business Daily", "news", """
British Ambassador to Bulgaria Rob Dixon said on Sunday that the sanctions London imposed on three Bulgarians on Friday marked the first time the United Kingdom had identified individuals from Europe as a serious corruption risk under its anti-corruption regime.

"For the first time, we are identifying individuals from Europe as being at risk of serious corruption," Dixon told the television channel bTV. "This proves our determination to fight corruption globally, no matter where in the world."

## What was decided

On February 10 the UK placed former MP Delyan Peevski, former national security official Ilko Zhelyazkov and gambling businessman Vassil Bozhkov under its Global Anti-Corruption sanctions regime. The measures are travel bans and asset freezes. Dixon said they will cut off the three men's access to the British financial system: they will not be able to trade, do business or carry out economic activity in the UK or with entities registered there.

## Coordinated with Washington

Dixon said the steps were agreed with US partners. Washington, which had sanctioned the three in June 2021, on Friday designated five more Bulgarians under the Global Magnitsky programme, among them former finance minister Vladislav Goranov and former energy minister Rumen Ovcharov. US Secretary of State Antony Blinken said the coordinated actions showed the commitment of the two countries to helping Bulgaria, a NATO ally, carry out rule-of-law reforms.

## Reaction

Peevski, who returned to parliament in 2022 as a deputy for the Movement for Rights and Freedoms, rejected the accusations. Bozhkov, who lives in the United Arab Emirates, has called earlier charges against him politically motivated.

## Does the EU follow?

Dixon said the decisions were for each country. The European Union has not imposed sanctions on any of the three, and EU law does not provide a corruption regime aimed at citizens of its own member states. Bulgarian officials have said the country is preparing its own Magnitsky-style legislation.

## What changes for companies

British banks and companies must freeze any funds of the three. For Bulgarian firms with London listings, bank accounts or UK partners, the listing adds a second major jurisdiction to the US measures.
""")

add("v-us-sanctions-five-bulgarian-officials-feb-2023.txt",
    "US sanctions five more Bulgarian officials, including ex-finance minister Goranov",
    "2023-02-11", "WASHINGTON", "Balkan Business Daily", "news", """
The US Treasury on Friday designated five current or former Bulgarian government officials under the Global Magnitsky programme for corruption that it said resulted in illicit personal gain and perpetuated Bulgaria's corrosive dependence on Russian energy.

## The five

OFAC named former energy minister Rumen Ovcharov, Aleksandar Nikolov and Ivan Genov, two former senior energy officials, Nikolay Malinov, leader of a pro-Russian lobby group, and Vladislav Goranov, a former finance minister. Five entities they own or control were also designated under Executive Order 13818.

Treasury said Ovcharov, Nikolov and Genov received bribes and kickbacks in exchange for fixed-price contracts with Russian energy companies. Malinov, who leads the Russophiles National Movement, was accused of bribing a Bulgarian judge so that he could travel to Russia while under charges of espionage. Goranov was accused of taking bribes to influence gambling legislation.

## Visa bans

The State Department also imposed visa restrictions on Ovcharov, Nikolov and Goranov and their immediate families under Section 7031(c).

## Same day as London

The action came on the day the United Kingdom imposed travel bans and asset freezes on Delyan Peevski, Ilko Zhelyazkov and Vassil Bozhkov, the three men the US had designated in June 2021. That brings to eight the number of Bulgarians the US has sanctioned under the Magnitsky programme.

## What it means

All property of the designees in the United States or held by US persons is blocked, and entities owned 50 percent or more by them are blocked too, unless exempt or authorised by an OFAC licence.

## Reactions

Goranov, a senior figure in the GERB party of former prime minister Boyko Borissov, denied the accusations and said he would ask for an explanation. Malinov called the measure political. The Bulgarian government, a caretaker cabinet appointed by President Rumen Radev, said it would study the designations.

## Energy angle

Analysts said the focus on Russian energy contracts was deliberate. Bulgaria depended almost entirely on Russian gas until Gazprom cut supplies in April 2022. Washington has urged Sofia to diversify and to investigate past deals.
""")

add("v-bulgaria-fifth-election-apr-2023.txt",
    "Bulgaria votes again: fifth election in two years produces another split parliament",
    "2023-04-03", "SOFIA", "Balkan Business Daily", "politics", """
Bulgarians went to the polls on Sunday for the fifth time in two years, and the results pointed to yet another fragmented parliament with no obvious path to a stable government.

## The results

Former prime minister Boyko Borissov's GERB, running with the smaller SDS, and the reformist alliance of We Continue the Change and Democratic Bulgaria finished close together at the top, each with about a quarter of the vote. The nationalist Vazrazhdane party came third. The Movement for Rights and Freedoms (DPS), the party of Bulgaria's Turkish minority, finished fourth.

## Familiar faces

Among the DPS candidates re-elected was Delyan Peevski, the media owner who has become one of the party's most visible figures. Peevski campaigned little in public, but he remains a divisive name: reformist parties have said they will not work with the DPS as long as he plays a leading role.

## Low turnout

Turnout was about 40 percent, one of the lowest since the end of communism. Voters interviewed outside polling stations in Sofia spoke of exhaustion. "We vote, nothing changes, we vote again," said a retired teacher.

## What comes next

President Rumen Radev will hand the first mandate to form a government to the largest party. Analysts said a grand coalition between GERB and the reformists was the most likely outcome, despite years of mutual hostility, because the alternative would be a sixth election.

## The euro and the budget

Whoever governs faces urgent tasks. Bulgaria is running without a regular 2023 budget, and its plan to join the euro area has slipped. The country also needs to pass reforms to unlock EU recovery funds.

## The economy

Inflation has eased from its peak but remains high. Business groups urged parties to agree quickly. "Investors want to know who they will be dealing with," said the head of a Sofia chamber of commerce.

## Machines and paper

The election was also the first in years to allow voters to choose between paper ballots and machines, after a change in the electoral code. Counting was slower as a result, and final results were expected by midweek.
""")

# ---------------- Story D: Viktor Medvedchuk ----------------
add("v-ukraine-nsdc-sanctions-medvedchuk-feb-2021.txt",
    "Ukraine sanctions pro-Kremlin opposition leader Medvedchuk and his wife",
    "2021-02-20", "KYIV", "Dnipro Dispatch", "news", """
Ukraine's National Security and Defence Council (NSDC) on Friday imposed sanctions on Viktor Medvedchuk, a leader of the Opposition Platform - For Life party and a friend of Vladimir Putin, together with his wife Oksana Marchenko and a group of Russian citizens and companies.

## What was decided

Council secretary Oleksiy Danilov told reporters that the restrictions cover eight individuals, five of them Russian citizens, and 19 legal entities, and that they apply for three years. He said they concern all of Medvedchuk's property. The security service SBU is investigating the group on suspicion of financing terrorism, which it links to coal supplies from the parts of eastern Ukraine held by Russian-backed separatists. President Volodymyr Zelensky signed a decree putting the decision into effect.

## The pipeline

The council also decided to return to state hands an oil product pipeline that carries fuel from Russia towards Europe. Zelensky's office said the pipeline was officially owned by two companies registered abroad but was "affiliated with two citizens of Ukraine". Ukrainian media have long reported that it was controlled by Medvedchuk, which he has not confirmed. Most of Medvedchuk's business assets are registered in his wife's name.

## Earlier steps

Earlier this month Zelensky put into effect NSDC sanctions for five years against three television channels associated with Medvedchuk's party and their owner, MP Taras Kozak, taking them off the air.

## US support

The US Embassy in Kyiv said it supported Ukraine's efforts to protect its sovereignty through sanctions, adding that Medvedchuk "has been under U.S. sanctions since 2014" for undermining Ukraine's security, territorial integrity and democratic institutions.

## Moscow's response

Dmitry Medvedev, deputy chairman of Russia's Security Council, called the move a "political inquisition". Medvedchuk's party called it an attack on the opposition and said the sanctions were unconstitutional because Ukrainian citizens can be sanctioned only in connection with terrorism, and no terror charges have been brought.

## Not in the EU

Medvedchuk is not on any European Union sanctions list. He remains a member of parliament and is free to travel.
""")

add("v-medvedchuk-captured-apr-2022.md",
    "Medvedchuk captured by Ukraine's security service after escaping house arrest",
    "2022-04-13", "Kyiv", "Dnipro Dispatch", "news", """
Viktor Medvedchuk, the pro-Russian politician who fled house arrest shortly after Russia's full-scale invasion, has been detained by Ukraine's security service (SBU), President Volodymyr Zelensky announced on April 12, posting a photograph of him in handcuffs and a Ukrainian army uniform.

## From house arrest to flight

Medvedchuk was placed under house arrest in May 2021 after prosecutors served him with a notice of suspicion of treason and of plundering national resources in Crimea. He disappeared from his home in the days after the invasion of February 24, and was put on the wanted list in early March.

The SBU said the operation to capture him was "lightning-fast and dangerous". It did not say where he was found.

## Proposed swap

Zelensky suggested that Russia could exchange Medvedchuk for Ukrainians held by Russian forces. The Kremlin, through spokesman Dmitry Peskov, said Medvedchuk was a foreign politician and that Russia had nothing to do with his fate. Medvedchuk's wife, television presenter Oksana Marchenko, appealed to Putin and to Zelensky for his release.

## Sanctions

Medvedchuk has been under US sanctions since 2014, when the Treasury designated him for his role in the crisis over Crimea. Ukraine's NSDC sanctioned him, his wife and associated companies in February 2021 for three years. The European Union has not listed him, and he is not on the UK sanctions list.

## The party

His party, Opposition Platform - For Life, was suspended by the NSDC in March along with other parties accused of links to Russia. Some of its lawmakers have distanced themselves from Medvedchuk.

## What happens now

Prosecutors said he will face trial on the treason charges. Lawyers said a court must first decide on pre-trial detention, and that he is likely to be held in an SBU facility.

## Who he is

Medvedchuk, 67, was head of the presidential administration under Leonid Kuchma. Putin is godfather to his youngest daughter. He co-led the party that came second in the 2019 parliamentary election and owned stakes in media, energy and logistics businesses.
""")

add("v-medvedchuk-exchanged-pows-sep-2022.txt",
    "Medvedchuk handed to Russia in prisoner swap that frees Mariupol defenders",
    "2022-09-22", "KYIV", "Dnipro Dispatch", "news", """
Ukraine handed Viktor Medvedchuk to Russia in a prisoner exchange that brought home 215 Ukrainians, including commanders of the defence of the Azovstal steelworks in Mariupol, President Volodymyr Zelensky said on Thursday.

## The exchange

Zelensky said Ukraine gave up Medvedchuk, whom he described as a man who had "done everything" for Russia, and 55 Russian prisoners in return for the 215 Ukrainians. The swap was mediated by Turkey and Saudi Arabia. Five Azovstal commanders will stay in Turkey until the end of the war under an agreement with President Recep Tayyip Erdogan.

"It is not a pity to give up Medvedchuk for real warriors," Zelensky said.

## What the SBU says

The SBU said Medvedchuk had given evidence during his detention and that the exchange would not stop the criminal cases against him, which can proceed in absentia. He had been held since his capture on April 12.

## Where he goes

Medvedchuk was flown to Russia. Officials in Kyiv said he would be free to live there, where he has family and business ties. His wife, Oksana Marchenko, has lived abroad since the start of the invasion.

## Sanctions remain

The exchange does not change his sanctions status. He remains on the US Treasury's sanctions list, where he has been since 2014, and under Ukrainian NSDC sanctions imposed in February 2021. He is not on the EU sanctions list.

## Reaction

Relatives of the freed soldiers gathered in Kyiv and Zaporizhzhia to wait for news. Some Ukrainian commentators criticised the loss of a high-profile defendant, but most welcomed the return of the Mariupol defenders.

## Citizenship questions

Lawmakers said they would ask whether Medvedchuk should keep Ukrainian citizenship. Ukraine's constitution does not allow citizens to be stripped of citizenship lightly, but dual citizenship is not recognised, and officials said they would examine whether he has acquired a Russian passport.

## What comes next

Prosecutors said they would continue treason proceedings. Kyiv's courts can try defendants in absentia in cases involving national security.
""")

add("v-czech-sanctions-voice-of-europe-mar-2024.html",
    "Agency summary: Czech Republic puts Voice of Europe, Medvedchuk and Marchevskyi on national sanctions list",
    "2024-03-28", "Prague", "Central Europe Sanctions Monitor", "agency", """
## Summary

On March 27, 2024, the Czech government placed the Prague-registered news website Voice of Europe, the Ukrainian-born businessman Artem Marchevskyi and the former Ukrainian politician Viktor Medvedchuk on the Czech national sanctions list. The listing followed an investigation by the Czech Security Information Service (BIS).

## Grounds

According to the government, Voice of Europe was part of a Russian influence operation run from Moscow and financed by Medvedchuk, who has lived in Russia since he was exchanged for Ukrainian prisoners of war in September 2022. The operation spread pro-Kremlin narratives ahead of the European Parliament elections of June 2024 and, according to Czech officials, paid money to politicians from several EU countries. Marchevskyi, a former producer of the TV channel 112 Ukraine, was described as running the platform.

## Effect

The Czech national list allows assets in the Czech Republic to be frozen. Czech persons may not make funds available to the listed persons. The measure applies only in the Czech Republic.

## EU level

Prime Minister Petr Fiala said Prague would ask its EU partners to add the three to EU sanctions. As of this summary, Medvedchuk is not on an EU sanctions list; the Czech measure is national only.

## US status

Medvedchuk has been on the US Treasury's sanctions list since 2014.

## Background

Ukraine's President Volodymyr Zelensky revoked Medvedchuk's Ukrainian citizenship on January 10, 2023. Ukraine's National Security and Defence Council had sanctioned him in February 2021.

## What it means for media buyers and advertisers

Advertising networks and payment processors with Czech operations should stop payments to Voice of Europe. Companies elsewhere in the EU are not legally bound by the Czech list, but banks are expected to treat the listing as a high-risk flag.

## Open questions

The government did not publish the amounts frozen or name the politicians said to have received money. Officials said other EU states, including Poland and Belgium, were examining the case.

## Sources

Government statement of March 27, 2024; public reporting. This summary is not legal advice.
""")

add("v-eu-sanctions-medvedchuk-may-2024.md",
    "EU adds Medvedchuk, Marchevskyi and Voice of Europe to its sanctions list",
    "2024-05-27", "Brussels", "Dnipro Dispatch", "news", """
The European Union on May 27 imposed sanctions on Viktor Medvedchuk, the former Ukrainian lawmaker and friend of Vladimir Putin, his associate Artem Marchevskyi and the news website Voice of Europe, extending across the bloc the measures that the Czech Republic had imposed at national level in March.

## What the sanctions mean

The two men are banned from entering or transiting through any of the 27 EU member states, and the funds and economic resources of all three are frozen throughout the EU. EU persons may not make funds available to them.

"All restrictions previously imposed by Czechia are now valid in all 27 EU Member States," the Czech foreign ministry said. It called Voice of Europe "one of the important tentacles of the Russian regime", through which the Kremlin tried to build structures of influence in the European Parliament.

## The Council's reasons

The Council of the EU said Voice of Europe was involved in a systematic international campaign of media manipulation and distortion of facts to destabilise Ukraine, the EU and its member states, and was used to channel money to pay propagandists and build a network of influence among European politicians. It described Marchevskyi as the covert head of Voice of Europe and said Medvedchuk, through his cronies, controlled Ukrainian media outlets and used them to spread pro-Russian propaganda.

## Earlier steps

On May 17 the EU suspended the broadcasting activities of Voice of Europe and three other outlets it considers Russian propaganda channels. Medvedchuk has been on the US sanctions list since 2014 and under Ukrainian sanctions since 2021.

## Where they are

Medvedchuk lives in Russia after the prisoner exchange of September 2022. Marchevskyi moved to the Czech Republic after the start of the full-scale war and later to Slovakia, after Prague sanctioned him.

## What changes for companies

Banks, advertisers and web hosting firms in the EU must freeze any assets of the three and stop making payments to them. The listing covers Voice of Europe's accounts wherever they are held in the EU.
""")

add("v-medvedchuk-eu-sanctions-forum-thread.html",
    "Forum: Is Medvedchuk on the EU sanctions list? (screening question)",
    "2024-05-28", "", "ScreeningPros community", "forum", """
## Thread: Is Medvedchuk on the EU sanctions list?

Posted by petra_kyc on June 14, 2023: Screening hit on a Cyprus company whose former shareholder was a relative of Viktor Medvedchuk. I know he is on the OFAC list since 2014. Is he on the EU consolidated list? Our EU tool shows nothing.

Posted by mm_compliance on June 14, 2023: Your tool is right. The EU has never listed him. Ukraine sanctioned him in February 2021 and he was swapped to Russia in September 2022, but Brussels did not follow. UK also nothing as far as I can see.

Posted by petra_kyc on June 15, 2023: Thanks. We will treat it as US-only plus reputational risk.

Posted by olek_risk on June 16, 2023: One more point for your file: Ukraine's NSDC sanctions from February 2021 run for three years, and Zelensky stripped Medvedchuk of Ukrainian citizenship on January 10, 2023. Neither of those binds an EU bank, but your risk committee will want to see them. Also check his wife, Oksana Marchenko, who was named in the Ukrainian decision and holds many of the family assets on paper.

Posted by daniel_s on March 29, 2024: New development: the Czech Republic put him, Artem Marchevskyi and Voice of Europe on its national sanctions list on March 27, 2024. Still not EU-wide though.

Posted by mm_compliance on March 29, 2024: Correct, national list only. Prague wants the EU to follow.

Posted by daniel_s on May 27, 2024: It happened. The EU listed Medvedchuk, Marchevskyi and Voice of Europe today: travel ban for the two men and asset freeze for all three across the 27 member states.

Posted by petra_kyc on May 28, 2024: So my answer from last year is now wrong. Updating our procedures: Medvedchuk is on both the US and EU lists.

Posted by olek_risk on May 28, 2024: For completeness: the EU decision also covers Voice of Europe itself, so payments to the site from any EU bank must stop. Our advertising client had to cancel a campaign booked through a reseller.

Posted by moderator_k on May 28, 2024: Thread updated and marked answered. Reminder: check the Official Journal for exact identifiers before you match.
""")

# ---------------- Story E: Honduras, Juan Orlando Hernandez ----------------
add("v-hernandez-engel-list-feb-2022.md",
    "US reveals ex-Honduran president Hernandez was secretly placed on corruption list",
    "2022-02-08", "Washington", "Central America Report", "news", """
The State Department said on February 7 that former Honduran president Juan Orlando Hernandez had been placed on its list of corrupt and undemocratic actors in Central America in July 2021, a designation it kept classified while he was still in office. It also revoked his US visa.

## The Engel list

The list, known as the Engel list after former congressman Eliot Engel, who sponsored the law that requires it, names officials and others in El Salvador, Guatemala and Honduras who have undermined democracy, engaged in significant corruption or obstructed investigations. People on it are generally ineligible for visas and admission to the United States. The first public version, released in July 2021, named 55 people, including former Honduran president Porfirio Lobo, but not Hernandez.

Hernandez left office on January 27, when Xiomara Castro was sworn in. The State Department said that with him out of power it no longer needed to keep his name secret.

## The accusations

"Juan Orlando Hernandez has engaged in significant corruption by committing or facilitating acts of corruption and narco-trafficking, and using the proceeds of illicit activity to facilitate political campaigns," Secretary of State Antony Blinken said. The department said Hernandez had been named in sworn testimony in a US federal criminal case as having received drug-trafficking proceeds for his campaigns. His brother Tony Hernandez was sentenced to life in prison in New York in March 2021.

Hernandez denies the accusations and said he was "surprised" by the announcement, arguing that drug traffickers he helped extradite are seeking revenge.

## Not a Treasury sanction

The Engel list is a visa measure. It does not freeze assets. Senator Bob Menendez has asked the administration to designate Hernandez as a significant foreign narcotics trafficker, which would make it illegal for US companies to do business with him, and Congresswoman Norma Torres has urged the Justice Department to indict him. Neither step has been taken.

## What it means

For banks, the listing is a red flag rather than a legal prohibition. Hernandez holds a seat in the Central American Parliament, which his critics say could give him some protection from arrest in Honduras.
""")

add("v-hernandez-extradited-apr-2022.md",
    "Former Honduran president Hernandez extradited to the United States",
    "2022-04-22", "Tegucigalpa", "Central America Report", "news", """
Juan Orlando Hernandez, who ruled Honduras from 2014 until January 2022, was extradited to the United States on April 21 to face drug trafficking and weapons charges, less than three months after leaving office.

## Arrest and extradition

Hernandez was arrested at his home in Tegucigalpa on February 15, a day after the United States requested his extradition. A Honduran judge approved the request in March and the Supreme Court upheld it. Television footage showed him in shackles and a bulletproof vest, escorted by police onto a US Drug Enforcement Administration aircraft.

## The charges

US prosecutors in the Southern District of New York accuse Hernandez of conspiring to import cocaine into the United States and of related weapons offences. They say he took millions of dollars in bribes from traffickers, including money linked to Joaquin "El Chapo" Guzman, in exchange for protection of their shipments. Hernandez denies the charges.

## From ally to defendant

For years Washington treated Hernandez as a partner in the fight against drug trafficking and migration. That changed after the trial of his brother Tony, in which witnesses said the president had taken drug money. In February the State Department disclosed that it had placed him on its list of corrupt actors in July 2021.

## What the Engel list meant

The listing, revealed in February, made him generally ineligible for a US visa. It did not freeze assets. Being extradited does not change that status: the list is about visas, not criminal guilt.

## Honduran reaction

President Xiomara Castro's government welcomed the extradition. Supporters of Hernandez's National Party held small protests, saying he was the victim of revenge by traffickers he had sent to the United States.

## Next steps

Hernandez is due to appear before a federal judge in Manhattan. If convicted on the most serious counts he faces up to life in prison. Lawyers expect the case to take more than a year to reach trial.
""")

add("v-hernandez-sentenced-court-summary-jun-2024.html",
    "Court summary: United States v. Juan Orlando Hernandez, sentencing",
    "2024-06-27", "New York", "Americas Justice Brief", "court", """
## Court

United States District Court for the Southern District of New York. Judge P. Kevin Castel.

## Defendant

Juan Orlando Hernandez, president of Honduras from 2014 to 2022. Extradited to the United States on April 21, 2022.

## Verdict

On March 8, 2024, after a trial of about two weeks, a Manhattan jury found Hernandez guilty of conspiring to import cocaine into the United States and of two weapons charges, including possessing machine guns in furtherance of the drug conspiracy.

## Sentence

On June 26, 2024, Judge Castel sentenced Hernandez to 45 years in prison and imposed a fine of $8 million. The government had asked for life imprisonment. The judge said the former president had used his power to help traffickers move an enormous quantity of cocaine.

## Government's position

Prosecutors said Hernandez helped facilitate the importation into the United States of "an almost unfathomable 400 tons of cocaine" and was "at the center of one of the largest and most violent drug-trafficking conspiracies in the world". They said he took bribes from traffickers to protect shipments and to fund his rise in Honduran politics.

## Defence

Hernandez maintained his innocence, telling the court he was the victim of drug traffickers who testified against him in revenge after he helped extradite them. His lawyers said they would appeal.

## Sanctions and visa status

The criminal case is separate from the State Department's 2021 placement of Hernandez on the Engel list of corrupt actors, which makes him generally ineligible for a US visa. The Treasury has not designated him under its sanctions programmes.

## Comment

The sentence is among the heaviest imposed on a former head of state by a US court. Hernandez is held in federal custody while any appeal proceeds.

## Note

This is an unofficial summary prepared from public court records and reporting.

## Leave a Reply

Comments are moderated. Your email address will not be published.
""")

add("v-trump-pardons-hernandez-dec-2025.txt",
    "Trump pardons former Honduran president Hernandez, who walks free from US prison",
    "2025-12-02", "WASHINGTON", "Central America Report", "news", """
President Donald Trump has pardoned Juan Orlando Hernandez, the former president of Honduras who was serving a 45-year sentence in the United States for conspiring to import cocaine, and Hernandez was released from a federal prison in Hazelton, West Virginia, on Monday, according to the Federal Bureau of Prisons.

## A full pardon

A White House official confirmed that Trump signed the pardon on Monday, December 1. Trump had announced days earlier that he would grant a "full and complete pardon", saying Hernandez had been treated unfairly by the Biden administration. Press secretary Karoline Leavitt called the case "a clear Biden over-prosecution".

Hernandez was convicted by a Manhattan jury in March 2024 and sentenced in June 2024 to 45 years in prison and an $8 million fine.

"On behalf of President Hernandez and his family I would like to thank President Trump for correcting this injustice," said his lawyer, Renato Stabile. His wife, Ana Garcia de Hernandez, wrote that her husband had "RETURNED to being a free man" after nearly four years.

## Criticism

Democrats and some Republicans criticised the pardon, noting that the administration has justified military strikes on boats in the Caribbean and the eastern Pacific as part of a campaign against drug trafficking.

## The Honduran election

The release came days after a Honduran presidential election in which Trump backed Nasry Asfura of Hernandez's National Party. The latest count showed Asfura and the Liberal Salvador Nasralla almost tied, each with just under 40 percent.

## What the pardon does not change

A pardon wipes out the federal criminal sentence. It does not erase the record of the trial, and it is a separate matter from the State Department's Engel list, on which Hernandez was placed in July 2021. The State Department did not say whether that designation would be reviewed.

## What next

Hernandez's wife said he would not return to politics, citing security reasons. It was not clear where he would live.
""")

add("v-engel-list-faq.html",
    "FAQ: The Engel list of corrupt actors in Central America",
    "2022-07-22", "", "Central America Report", "faq", """
## What is the Engel list?

It is a list of people who, according to the US State Department, have knowingly engaged in actions that undermine democratic processes or institutions, engaged in significant corruption, or obstructed investigations into such acts. It is required by Section 353 of the United States-Northern Triangle Enhanced Engagement Act, passed in December 2020 and named after former congressman Eliot Engel.

## Which countries does it cover?

The law covers El Salvador, Guatemala and Honduras. The July 2022 update also named, for the first time, officials from Nicaragua.

## How many people are on it?

The first report, in July 2021, named 55 people. The update released on July 20, 2022 named about 60 more.

## What happens to someone on the list?

They are generally ineligible for visas and admission to the United States, and existing visas are revoked. The list does not freeze assets and does not bar US companies from dealing with them.

## Is it the same as the OFAC SDN list?

No. The SDN list is kept by the Treasury and blocks property. The Engel list is a State Department visa tool. A person can be on one, both or neither.

## Is Juan Orlando Hernandez on it?

Yes. The State Department added the former Honduran president in July 2021 but kept his name classified until February 7, 2022, after he left office.

## Is anyone on it from the current governments?

Yes. The July 2022 update named officials close to President Nayib Bukele of El Salvador, and former officials of the Honduran government of Manuel Zelaya, husband of President Xiomara Castro.

## Can someone be removed?

The law does not set out a public delisting procedure. The State Department reviews the list each year when it reports to Congress.

## What should a bank do?

Treat a match as a high-risk indicator for enhanced due diligence. It is not, by itself, a legal prohibition on opening an account.

Last updated July 22, 2022.
""")

# ---------------- Cross-story explainer ----------------
add("v-visa-bans-vs-asset-freezes-explainer.md",
    "Visa ban, asset freeze, menu sanctions: five cases that show the difference",
    "2024-09-30", "London", "Sanctions Explained", "explainer", """
Headlines often say a politician has been "sanctioned", but the word covers very different measures. Five cases from eastern Europe and the Americas show the range.

## Visa-only measures

When the US State Department named Moldova's Vladimir Plahotniuc in January 2020 and Honduras's Juan Orlando Hernandez on the Engel list in July 2021, the consequence was the same: the person and, under Section 7031(c), often the immediate family, became ineligible to enter the United States. No assets were frozen. Banks could still lawfully deal with them.

## Full blocking

A designation by the Treasury's Office of Foreign Assets Control onto the SDN list goes much further. Plahotniuc moved from a visa ban to a full blocking in October 2022. Bulgaria's Delyan Peevski and Vassil Bozhkov were designated under the Global Magnitsky programme in June 2021 with 64 companies. Blocking extends to companies owned 50 percent or more by listed persons.

## Menu-based sanctions

Haiti's former president Michel Martelly was placed on the Non-SDN Menu-Based Sanctions List in August 2024. That list lets Treasury pick restrictions, such as bans on loans or foreign exchange, without blocking all property.

## National and regional lists

Ukraine's security council sanctioned Viktor Medvedchuk in February 2021; the Czech Republic listed him nationally in March 2024 and the EU followed in May 2024. The UK used its Global Anti-Corruption regime against Peevski, Bozhkov and Ilko Zhelyazkov in February 2023.

## A quick comparison

A visa ban stops travel. An SDN listing stops money. A menu listing stops specific kinds of money. A national list binds only that country's persons, while an EU listing binds all 27 member states.

## Criminal cases are separate

Sanctions are administrative. Hernandez was convicted by a US jury in March 2024 and sentenced to 45 years; that prosecution had nothing to do with the Engel list. Likewise, the criminal cases against Plahotniuc in Moldova do not depend on his US listing.

## What to check

Screening teams should record which list produced a match, which authority keeps it, and what it prohibits.
""")
