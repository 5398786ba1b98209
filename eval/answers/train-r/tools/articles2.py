"""Petro / Colombia and Rogan / Hungary articles (10 files)."""
from boiler import md, html, txt

A = {}

A["r-us-decertifies-colombia-sep-2025.md"] = md(
"US says Colombia 'failed demonstrably' on drugs, but stops short of sanctions on Petro",
"2025-09-16", "2025/09/us-decertifies-colombia", "Andes Business Review", "By Julian Ortega, Bogota | September 16, 2025", """
President Donald Trump determined on Monday, September 15, 2025, that Colombia is a major drug transit or major illicit drug producing country that has "failed demonstrably" to meet its counternarcotics obligations, the first such finding against Bogota in decades.

## What the determination is

The annual "majors list" determination is made under the Foreign Relations Authorization Act. A failing grade is a political signal and can affect some US assistance. It is not a sanctions listing: it does not put any Colombian person or company on the Treasury's SDN list and does not freeze anyone's assets.

US officials said the decision was "not a reflection" on Colombian institutions but on the failures of President Gustavo Petro and his inner circle. Washington points to record coca cultivation and cocaine production during Petro's term.

## Petro's response

Petro, a former guerrilla member elected in 2022, rejected the finding and said Colombia had seized record amounts of cocaine. He has also clashed with Washington over US military strikes on boats in the Caribbean that the administration says carried drugs.

## Is Petro sanctioned?

No. As of today neither Petro nor members of his government are on any US sanctions list. Some Republican lawmakers have called for Treasury to designate him, but the administration has not done so.

## Business impact

Exporters and banks said the decision does not change their obligations: dealing with Colombian companies and with the government remains lawful for US persons. Analysts warned that relations could deteriorate further.
""")

A["r-petro-visa-revoked-sep-2025.txt"] = txt(
"US to revoke Colombian President Petro's visa after New York street speech",
"Andes Wire, New York, September 27, 2025. The US State Department said late on Friday, September 26, that it would revoke the visa of Colombian President Gustavo Petro over what it called his \"reckless and incendiary actions\" at a pro-Palestinian demonstration in New York during the United Nations General Assembly.",
"[Photo] Petro speaks through a megaphone outside UN headquarters | Source: wire",
"""
In a post on X, the department said Petro had stood on a New York street and urged US soldiers to disobey orders and incite violence. Videos showed Petro, speaking in Spanish, telling US soldiers to "disobey Trump's order" and "obey the order of humanity", and calling for an international army to help establish a Palestinian state.

PETRO: "I DON'T CARE"

Petro was already on his way back to Bogota when the announcement was made. After landing he wrote that he no longer had a US visa, that he did not care, and that Washington had broken the immunity that protects heads of state attending the General Assembly. Interior Minister Armando Benedetti said Israeli Prime Minister Benjamin Netanyahu's visa should have been revoked instead.

ONLY A TRAVEL MEASURE

The visa step is not a financial sanction. Petro's assets are not frozen and he is not on the Treasury's SDN list; US banks and companies may still deal with him and with the Colombian government. Earlier in the week, at the General Assembly, Petro had called the US strikes on boats in the Caribbean an act of tyranny.

The move is a new low in relations with a country long considered one of Washington's closest partners in Latin America.
""",
"What to pack for Bogota's rainy season.",
[("ccastro", "September 27, 2025", "Revoking a sitting president's visa during UNGA week. Unprecedented."),
 ("dm_rojas", "September 28, 2025", "Next they'll go for his money. Watch.")])

A["r-treasury-sanctions-petro-oct-2025.md"] = md(
"Treasury puts Colombian President Gustavo Petro, his wife and son on the SDN list",
"2025-10-24", "2025/10/treasury-sanctions-petro", "Andes Business Review", "By Julian Ortega and Sara Whitfield | October 24, 2025", """
The US Treasury's Office of Foreign Assets Control (OFAC) on Friday, October 24, 2025, designated Colombia's sitting president, Gustavo Petro, under counternarcotics authorities, a rare step against a head of state of a country long allied with Washington.

## Who was named

Four people were added to the Specially Designated Nationals list:

- Gustavo Francisco Petro Urrego, the president, 65, a dual Colombian-Italian citizen born in Zipaquira;
- his wife, Veronica del Socorro Alcocer Garcia;
- his eldest son, Nicolas Fernando Petro Burgos, described by Treasury as his political heir, who was arrested in 2023 on money laundering and illicit enrichment charges;
- Interior Minister Armando Alberto Benedetti Villaneda, described as a close associate.

## Legal basis and reasons

The action was taken under Executive Order 14059, issued on December 15, 2021, which targets foreign persons involved in the global illicit drug trade. The three associates were designated for providing support to Petro.

"Since President Gustavo Petro came to power, cocaine production in Colombia has exploded to the highest rate in decades, flooding the United States and poisoning Americans," Treasury Secretary Scott Bessent said. Treasury accused Petro of giving benefits to armed groups under his "total peace" policy and cited his 2024 disclosure of confidential information obtained through anti-money-laundering channels, which led to the suspension of Colombia's financial intelligence unit from the Egmont Group. It also pointed to the September 15 determination that Colombia had "failed demonstrably" on drug control.

Three days earlier, on October 21, US Senator Bernie Moreno had said publicly that Petro would be added to the list.

## Effect

All property of the four in the United States or held by US persons is blocked and must be reported to OFAC. Entities they own 50 percent or more are also blocked.

## Petro's response

Petro denied any links to drug trafficking and called the measure a great paradox and an injustice, saying he had fought traffickers for decades.
""")

A["r-petro-sanctions-companies-faq-oct-2025.html"] = html(
"Petro on the SDN list: questions from companies doing business in Colombia",
"2025-10-30", "Thursday", "Compliance Lens", """
      <p class="lede">OFAC designated President Gustavo Petro, his wife Veronica Alcocer, his eldest son Nicolas Petro and Interior Minister Armando Benedetti on October 24, 2025. Here is what clients have asked us since.</p>
      <h2>Is the Colombian government sanctioned?</h2>
      <p>No. The designations are individual. They do not extend automatically to Colombian ministries, to the government as a whole, to state-owned companies or to Colombia itself. US persons may keep dealing with non-sanctioned Colombian counterparts.</p>
      <h2>Can we sign a contract with a Colombian ministry?</h2>
      <p>Generally yes, but avoid dealings with the blocked individuals. In practice companies are making sure that Petro or Benedetti do not negotiate, countersign or otherwise take part in a transaction. The Interior Ministry deserves particular care because its minister is blocked.</p>
      <h2>Which programme is this?</h2>
      <p>The illicit drugs programme under Executive Order 14059. It is not a Global Magnitsky action and not a terrorism listing.</p>
      <h2>What about companies they own?</h2>
      <p>OFAC's 50 percent rule applies: any entity owned 50 percent or more, directly or indirectly, by one or more blocked persons is blocked.</p>
      <h2>Have they challenged it?</h2>
      <p>Both have hired counsel. Petro will be represented pro bono by US lawyer Daniel Kovalik; Benedetti has retained lawyer Michael Diaz to represent him before OFAC. A delisting petition to OFAC is the usual route.</p>
      <h2>Does this mean Colombian exports face a ban?</h2>
      <p>No trade embargo has been imposed. Trade measures and visa steps are separate from the SDN designations.</p>""",
["Screening politically exposed persons", "Andean trade outlook", "How delisting petitions work"], comments=False)

A["r-petro-sanctions-forum-thread.txt"] = txt(
"Forum thread: US sanctions on Petro - can I still invest in Colombia?",
"LatAm Investors Board, thread started October 25, 2025.",
None,
"""
ridgeway_cap wrote on October 25, 2025:
So Treasury put Petro on the SDN list yesterday. I hold Colombian government bonds and some shares of a Bogota-listed bank. Do I have to sell?

Mods_Valentina (moderator) wrote on October 25, 2025:
No. The action names four people: Petro, his wife Veronica Alcocer, his son Nicolas Petro and the interior minister Armando Benedetti. Colombia, its government and its companies are not on the list. Bonds issued by the Republic are not blocked by this action.

ridgeway_cap wrote on October 25, 2025:
Phew. What program is it under? Magnitsky?

Jorge_M wrote on October 26, 2025:
No, the drugs one, EO 14059. Same tool they use for cartel financiers.

lucia_fx wrote on October 27, 2025:
My company invoices the Interior Ministry. Our lawyer says we need to make sure Benedetti personally isn't signing anything or benefiting.

Jorge_M wrote on October 27, 2025:
That's what the law firm alerts say too. Ministries aren't blocked, the person is.

ridgeway_cap wrote on November 14, 2025:
Any news of them being taken off?

Mods_Valentina (moderator) wrote on November 14, 2025:
Not that I've seen. Petro and Benedetti have hired lawyers, but all four remain on the SDN list. Summary: individual sanctions only, no embargo, investments in non-sanctioned Colombian issuers are unaffected.
""",
"Best Spanish courses for traders.",
[])

A["r-colombia-total-peace-policy-2023.txt"] = txt(
"Petro's 'total peace' explained: talks with armed groups a year on",
"Andes Wire, Bogota, November 6, 2023. A year after Colombia's Congress gave President Gustavo Petro legal tools to negotiate with armed groups, his \"total peace\" policy has produced ceasefires, suspended talks and deep public scepticism.",
"[Photo] Government and ELN delegations at the negotiating table | Source: wire",
"""
WHAT THE POLICY IS

"Total peace" is Petro's plan to end decades of conflict by negotiating simultaneously with guerrilla groups such as the ELN and with criminal organisations and FARC dissident factions. A law passed in late 2022 allows the government to open political talks with armed groups and to seek surrender terms with criminal gangs.

Talks with the ELN began in Caracas in November 2022 and produced a bilateral ceasefire that took effect in August 2023. Talks with the main FARC dissident faction started in October 2023.

CRITICISM

Critics say armed groups have used ceasefires to expand their territory and recruit, and that coca cultivation keeps rising. Petro says that a purely military approach failed and that the policy needs time.

WHAT COMES NEXT

The government hopes to reach partial agreements before the end of Petro's term in 2026. Polls show most Colombians doubt the talks will succeed.
""",
"Coffee regions to visit this season.",
[("andres_b", "November 6, 2023", "A year in and nothing signed."),
 ("paz_ya", "November 7, 2023", "Give it time, it took years with FARC too.")])

A["r-treasury-sanctions-rogan-jan-2025.html"] = html(
"US sanctions Antal Rogan, head of Orban's Cabinet Office, for corruption",
"2025-01-07", "Tuesday", "Central Europe Observer", """
      <p class="lede">The US Treasury on Tuesday, January 7, 2025, designated Antal Rogan, the Hungarian minister who heads Prime Minister Viktor Orban's Cabinet Office, under the Global Magnitsky programme for corruption. It is a rare step against a serving minister of an EU and NATO member state.</p>
      <h2>The designation</h2>
      <p>The Office of Foreign Assets Control acted under Executive Order 13818. Rogan's property in the United States or held by US persons is blocked, as are entities he owns 50 percent or more. He was the only Hungarian citizen named in the update.</p>
      <p>"Corruption undermines a country's governing institutions and limits its economic development," said Bradley T. Smith, Acting Under Secretary of the Treasury for Terrorism and Financial Intelligence. Treasury said Rogan had orchestrated Hungary's system for distributing public contracts and resources to cronies loyal to himself and to the Fidesz party, in schemes designed to control strategic sectors of the economy.</p>
      <h2>Who he is</h2>
      <p>Rogan has run Orban's Cabinet Office since 2015 and oversees bodies such as the National Communications Office and the Digital Government Agency. He is a central figure in the government's communications and election strategy.</p>
      <h2>The ambassador's words</h2>
      <p>Announcing the step in Budapest, US Ambassador David Pressman called Rogan "the primary architect, implementer and beneficiary" of a system of corruption.</p>
      <h2>Timing</h2>
      <p>The action came two weeks before Donald Trump, an ally of Orban, returns to the White House on January 20. Hungarian officials called it political revenge by an outgoing administration and said they expected it to be reversed.</p>""",
["Hungary's EU funds: where things stand", "Budapest property market cools", "Orban and Trump: a timeline"])

A["r-hungary-says-rogan-listing-revenge-feb-2025.txt"] = txt(
"Budapest expects Rogan to come off US sanctions list 'in record time'",
"Central Europe Observer, Budapest, February 27, 2025. Hungary's government says it is convinced that minister Antal Rogan will soon be removed from the US Treasury's sanctions list, seven weeks after the outgoing Biden administration designated him for corruption.",
"[Photo] Gergely Gulyas at a government press briefing | Source: wire",
"""
"We are convinced that the time Antal Rogan has to spend on the sanctions list will be record short," Gergely Gulyas, the minister heading the Prime Minister's Office, told a weekly briefing. "Since this measure had no basis, we hope the new American administration will withdraw it soon."

STILL LISTED

For now nothing has changed. Rogan, who heads Prime Minister Viktor Orban's Cabinet Office, remains on the Specially Designated Nationals list, where he was placed on January 7 under the Global Magnitsky programme. The Trump administration has not commented on his case. Foreign Minister Peter Szijjarto has raised it with US counterparts.

WHAT THE LISTING MEANS FOR HIM

Rogan has said he has no assets in the United States. Lawyers note that the bigger effect is on banks: European banks with US dollar business are reluctant to handle payments for anyone on the SDN list.

OPPOSITION VIEW

Opposition politicians say the designation confirms long-standing corruption allegations against the government, which Fidesz denies.
""",
"Budapest's best thermal baths in winter.",
[("kovacs_p", "February 27, 2025", "Record short? We'll see."),
 ("eszter_b", "February 28, 2025", "Trump will lift it, no doubt.")])

A["r-us-removes-rogan-from-sdn-apr-2025.md"] = md(
"US lifts sanctions on Orban aide Antal Rogan",
"2025-04-16", "2025/04/us-removes-rogan", "Central Europe Observer", "By Marta Kiss, Budapest | April 16, 2025", """
The United States has removed Antal Rogan, the minister who heads Hungarian Prime Minister Viktor Orban's Cabinet Office, from the Treasury's Specially Designated Nationals and Blocked Persons List. OFAC published the removal on Tuesday, April 15, 2025, without giving a reason.

## The State Department's explanation

State Department spokesperson Tammy Bruce said Secretary of State Marco Rubio had informed Hungarian Foreign Minister Peter Szijjarto of the removal in a phone call on Tuesday, "noting that continued designation was inconsistent with U.S. foreign policy interests". The two also discussed strengthening US-Hungary alignment and economic cooperation.

## Hungary's reaction

Szijjarto said on Facebook that the step "clearly proves that the winds have shifted in Washington". He described the January designation as the "political revenge of an ambassador who left Budapest frustrated", a reference to former US Ambassador David Pressman.

## Background

The outgoing Biden administration designated Rogan on January 7, 2025, under Executive Order 13818 (Global Magnitsky), accusing him of running a system for steering public contracts and resources to loyalists of the Fidesz party. He spent just over three months on the list.

## What it means

With the removal, US persons may again deal with Rogan and his property is no longer blocked. Anti-corruption groups criticised the decision, saying it sends the wrong signal about corruption in the EU's lowest-ranked member on Transparency International's index.
""")

A["r-rogan-orban-message-machine-profile-2022.md"] = md(
"Antal Rogan, the man behind Orban's message machine",
"2022-05-30", "2022/05/rogan-profile", "Central Europe Observer", "By Marta Kiss, Budapest | May 30, 2022", """
When Viktor Orban won a fourth consecutive term in April 2022, few people in Budapest were surprised that Antal Rogan kept his job as minister heading the Prime Minister's Cabinet Office.

## From district mayor to minister

Rogan, a Fidesz politician since the 1990s, was mayor of Budapest's fifth district, the city centre, before moving into government. Since 2015 he has run the Cabinet Office, which coordinates government communication, the national consultation questionnaires sent to every household, and state advertising.

## The campaigns

His office has been behind some of the government's best-known campaigns, from billboards on migration to questionnaires on sanctions against Russia and energy prices. Critics say the line between government information and party campaigning has disappeared; the government says it is informing citizens.

## The settlement bond affair

Rogan has faced questions for years about the residency bond scheme that let foreigners obtain Hungarian residence by buying special bonds through intermediaries, a programme suspended in 2017. Opposition parties alleged that intermediary firms earned large fees. Rogan has denied wrongdoing.

## What's next

Orban's new cabinet is being sworn in this week. Rogan's portfolio now also covers the secret services, making him one of the most powerful members of the government.
""")
