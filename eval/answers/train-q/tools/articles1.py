# Houthi (Ansarallah) terrorist designations, 2021-2025, plus a Red Sea distractor.
# Body blocks: "## " = subhead; other strings = paragraphs.
ARTICLES = []
A = ARTICLES.append

A(dict(
    fname="q-us-designates-houthis-fto-jan-2021.txt", fmt="txt",
    title="Pompeo moves to label Yemen's Houthis a terrorist group in final days of Trump term",
    outlet="Gulf Desk Wire", place="Washington", date="2021-01-11",
    body=[
        "The United States will designate Yemen's Houthi movement, formally known as Ansarallah, as a Foreign Terrorist Organization, Secretary of State Mike Pompeo said late on Sunday, January 10, 2021, a decision that aid agencies warned could tip the war-torn country into famine.",
        "## WHAT WAS ANNOUNCED",
        "Pompeo said the State Department would notify Congress of its intent to list Ansarallah as a Foreign Terrorist Organization (FTO) under section 219 of the Immigration and Nationality Act and to designate the group as a Specially Designated Global Terrorist (SDGT) under Executive Order 13224. Three of the movement's leaders, Abdul Malik al-Houthi, Abd al-Khaliq Badr al-Houthi and Abdullah Yahya al-Hakim, were also to be named as SDGTs.",
        "The designations are scheduled to take effect on January 19, 2021, the last full day of the Trump administration and the day before Joe Biden is sworn in.",
        "Pompeo said the move was meant to hold the group accountable for cross-border attacks on Saudi Arabia, attacks on shipping and the December 30 strike on Aden airport, which killed more than 20 people as members of Yemen's new cabinet arrived.",
        "## AID GROUPS ALARMED",
        "Humanitarian organisations said the listing would make it far harder to work in northern Yemen, where the Houthis run the ministries, the central bank branch in Sanaa, the ports and the telecoms networks that aid agencies must deal with every day. Roughly 80 percent of Yemen's population depends on some form of assistance, and most Yemenis live in areas the Houthis control.",
        "Pompeo said the United States planned to put in place measures to reduce the impact on certain humanitarian activity and imports into Yemen, and that the Treasury Department would issue licences. Aid officials said licences would not reassure the banks, insurers and shippers that move food and fuel into the country.",
        "\"Commercial importers will simply stop,\" one relief official told Gulf Desk Wire. \"Yemen imports almost all of its food. If the banks walk away, the licences are paper.\"",
        "## WHAT HAPPENS NEXT",
        "Because the FTO listing takes effect only a day before the inauguration, the incoming administration will inherit the decision. Biden's team has not said whether it will keep it. Under US law an FTO designation can be revoked by the Secretary of State at any time, with notice to Congress.",
        "For now, the Houthis themselves were defiant. A senior official of the movement said the decision would change nothing on the battlefield and that the group had no assets in the United States.",
        "Several Democrats urged a reversal; some Republicans called the move overdue.",
    ],
    teaser="Our tip: The best budget noise-cancelling headphones we tested this winter.",
    comments=[("Sam_R", "Designating a de facto government days before leaving office is a strange way to do foreign policy."),
              ("yemen_watch", "The listing may be symbolic for the leaders but devastating for the importers.")],
))

A(dict(
    fname="q-blinken-revokes-houthi-designations-feb-2021.md", fmt="md",
    title="Blinken revokes Houthi terrorist designations, citing Yemen's humanitarian crisis",
    outlet="Capitol Foreign Desk", date="2021-02-12",
    body=[
        "Secretary of State Antony Blinken said on Friday, February 12, 2021, that he is revoking the designation of Ansarallah, the Yemeni movement commonly called the Houthis, as a Foreign Terrorist Organization and as a Specially Designated Global Terrorist, effective February 16, 2021.",
        "The decision undoes one of the last foreign-policy acts of the Trump administration, which had imposed both labels with effect from January 19, 2021, less than a month earlier. The State Department had notified Congress of its intent a week before.",
        "## Why the designations were dropped",
        "\"This decision is a recognition of the dire humanitarian situation in Yemen,\" Blinken said in a statement. He said the department had listened to warnings from the United Nations, humanitarian groups and bipartisan members of Congress that the designations could have a devastating impact on Yemenis' access to basic commodities like food and fuel.",
        "The revocations are intended to ensure that US policy does not impede assistance to people already suffering what has been called the world's worst humanitarian crisis, Blinken said.",
        "## Three leaders stay sanctioned",
        "The revocation does not mean the Houthi leadership is off every US list. Blinken said three leaders, Abdul Malik al-Houthi, Abd al-Khaliq Badr al-Houthi and Abdullah Yahya al-Hakim, remain subject to US sanctions under the Yemen-related executive order, which targets those who threaten the peace, security or stability of Yemen. Their terrorism-related SDGT listings lapse on February 16 together with the group's designations.",
        "Blinken also said Washington is \"clear-eyed\" about Ansarallah's malign actions and is actively identifying new targets, especially those responsible for attacks on commercial shipping in the Red Sea and missile strikes on Saudi Arabia.",
        "## What changes for aid agencies and traders",
        "From February 16, US persons no longer need a licence to deal with Ansarallah as a group, and the material-support offence tied to FTO status no longer applies. The Treasury Department had issued several general licences in January to soften the original listing; those become largely moot with the revocation.",
        "Aid officials welcomed the decision. \"Importers were pausing orders and banks were asking questions we could not answer,\" said a director of one relief group working in Hodeidah. \"This removes the biggest obstacle.\"",
        "Critics, including several Republican senators, said the revocation rewarded the Houthis at a time when the group was pressing an offensive on Marib and launching drones at Saudi Arabia. The administration said it would keep pressure on individual leaders.",
        "The move came a week after President Biden announced an end to US support for offensive operations in Yemen and named a special envoy for the conflict.",
    ],
))

A(dict(
    fname="q-houthis-sdgt-redesignation-jan-2024.html", fmt="html", shape="agency",
    title="Agency action summary: Ansarallah (Houthis) designated as Specially Designated Global Terrorist",
    outlet="Sanctions Tracker Daily", date="2024-01-18",
    description="What the January 17, 2024 SDGT designation of Ansarallah does, when it takes effect, and the humanitarian general licences.",
    body=[
        "On January 17, 2024, the US government announced the designation of Ansarallah, commonly referred to as the Houthis, as a Specially Designated Global Terrorist (SDGT) under Executive Order 13224, as amended. National Security Advisor Jake Sullivan and Secretary of State Antony Blinken announced the action, citing attacks on international shipping in the Red Sea and the Gulf of Aden since November 2023.",
        "## Key points",
        "Authority: Executive Order 13224 (counter-terrorism). This is an SDGT designation only. The State Department did not re-list the group as a Foreign Terrorist Organization (FTO), the label revoked in February 2021.",
        "Effective date: the designation takes effect 30 days after the announcement, on February 16, 2024. The delay is meant to give aid groups, banks and shippers time to prepare, and to give the Houthis a chance to stop attacking ships.",
        "Conditional: Sullivan said that if the Houthis cease their attacks in the Red Sea and Gulf of Aden, the United States will immediately reevaluate the designation.",
        "## General licences",
        "The Treasury Department's Office of Foreign Assets Control (OFAC) issued five general licences under the Global Terrorism Sanctions Regulations, 31 CFR part 594, also effective February 16, 2024:",
        "General License 22: sale of agricultural commodities, medicine and medical devices, and replacement parts. General License 23: telecommunications, mail and internet-based communications. General License 24: noncommercial, personal remittances. General License 25: transactions involving refined petroleum products in Yemen. General License 26: port and airport operations.",
        "OFAC also published FAQ 1158 explaining the designation and the licences. Existing humanitarian licences in the terrorism regulations, covering NGOs and official business of international organisations, continue to apply.",
        "## What it means in practice",
        "From February 16, 2024, all property and interests in property of Ansarallah in the United States or in the possession or control of US persons are blocked, and US persons are generally prohibited from dealing with the group unless a licence applies. Foreign financial institutions that knowingly conduct significant transactions for the group risk secondary sanctions.",
        "Because this is not an FTO listing, the criminal material-support statute tied to FTO status does not apply to the Houthis as a group.",
        "## Timeline",
        "January 19, 2021: FTO and SDGT designations take effect. February 16, 2021: both revoked by Secretary Blinken. November 2023: Red Sea attacks begin. January 17, 2024: SDGT designation announced. February 16, 2024: designation and general licences take effect.",
    ],
))

A(dict(
    fname="q-trump-order-houthi-fto-jan-2025.txt", fmt="txt",
    title="Trump orders Houthis back onto the terrorist organization list",
    outlet="Maritime Risk Bulletin", place="Washington", date="2025-01-23",
    body=[
        "President Donald Trump on Wednesday, January 22, 2025, signed Executive Order 14175 directing the State Department to start the process of re-designating Yemen's Ansarallah, better known as the Houthis, as a Foreign Terrorist Organization, two days after returning to office.",
        "## WHAT THE ORDER DOES",
        "The order does not itself list the group. It tells the Secretary of State, in consultation with other officials, to submit a report within 30 days on whether Ansarallah should be designated as an FTO, and to take appropriate action within 15 days after that report. In practice that puts a decision roughly 45 days away.",
        "The order says the Houthis' activities threaten the security of American civilians and personnel in the Middle East, the safety of America's closest regional partners and the stability of global maritime trade.",
        "It also directs a review of United Nations partners, non-governmental organisations and contractors funded by USAID in Yemen, to identify any payments made to the Houthis or to bodies they control, and to end relationships where needed.",
        "## WHERE THINGS STAND TODAY",
        "For now the group remains designated only as a Specially Designated Global Terrorist, the status the Biden administration imposed with effect from February 16, 2024. That designation blocks the group's property and bars US persons from most dealings, but it does not carry the criminal material-support offence that comes with an FTO listing.",
        "Shipping lawyers said the practical gap between the two labels matters most for companies paying port fees, taxes or charges in Houthi-controlled Hodeidah, Ras Isa and Salif.",
        "\"Under an FTO listing, knowingly giving the group anything of value can be a federal crime, and banks are even more cautious,\" said a London-based maritime sanctions adviser. \"Charterers will want to know exactly who collects each dollar at the port.\"",
        "## REACTIONS",
        "Aid groups said they feared a repeat of 2021, when a last-minute FTO listing disrupted food and fuel imports before it was revoked. Supporters of the order said the Biden-era SDGT label had failed to stop the group's attacks on commercial vessels.",
        "The Houthis said the order would not change their position on the Red Sea.",
    ],
    teaser="Our tip: Five container-tracking apps compared for small freight forwarders.",
    comments=[("portagent_ade", "Clients are already asking whether they can keep calling at Hodeidah. Nobody can answer yet."),
              ("c_marlow", "45 days is not long for NGOs that have to re-paper every contract.")],
))

A(dict(
    fname="q-state-designates-ansarallah-fto-mar-2025.md", fmt="md",
    title="Statement: Designation of Ansarallah as a Foreign Terrorist Organization",
    outlet="State Department statement (reprint)", date="2025-03-04",
    body=[
        "The following is a press statement issued by Secretary of State Marco Rubio on March 4, 2025, with an editor's note.",
        "## Statement",
        "Today, the State Department is fulfilling one of President Trump's first promises upon taking office, and I'm pleased to announce the Department's designation of Ansarallah, commonly referred to as the Houthis, as a Foreign Terrorist Organization.",
        "As President Trump laid out in Executive Order 14175, the Houthis' activities threaten the security of American civilians and personnel in the Middle East, the safety of our closest regional partners, and the stability of global maritime trade.",
        "Since 2023, the Houthis have launched hundreds of attacks against commercial vessels in the Red Sea and Gulf of Aden, as well as US service members defending freedom of navigation and our regional partners. Most recently, the Houthis spared Chinese-flagged ships while targeting American and allied vessels.",
        "Separately, the United States will not tolerate any country engaging with terrorist organizations like the Houthis in the name of practicing legitimate international business.",
        "Today's action is taken pursuant to section 219 of the Immigration and Nationality Act, as amended. FTO designations go into effect upon publication in the Federal Register. Additionally, the Department's Rewards for Justice program is announcing a reward offer of up to $15 million for information leading to the disruption of the financial mechanisms of Ansarallah.",
        "## Editor's note",
        "The designation was published in the Federal Register on March 5, 2025, and took effect that day. It completes the process set out in Executive Order 14175, signed on January 22, 2025.",
        "It is the second time the group has been listed as an FTO. The first listing, made by Secretary Mike Pompeo, took effect on January 19, 2021, and was revoked by Secretary Antony Blinken with effect from February 16, 2021. Between February 2024 and March 2025 the group was designated only as a Specially Designated Global Terrorist under Executive Order 13224; that SDGT designation remains in place alongside the FTO listing.",
        "The practical difference is the criminal exposure. Under 18 U.S.C. 2339B it is a federal crime to knowingly provide material support or resources to a designated FTO, and US financial institutions that become aware they hold funds of an FTO must retain them and report to the Treasury. Non-US companies can also face visa bans and sanctions for significant dealings.",
        "The Houthi movement controls Sanaa and much of northern Yemen. Aid organisations have again asked for clear licences covering food, fuel and medicine imports. The Treasury Department has said its existing general licences for humanitarian work remain available, while warning that they do not authorise payments that benefit the group itself.",
    ],
))

A(dict(
    fname="q-houthi-fto-shipping-ngo-faq-2025.html", fmt="html", shape="faq",
    title="FAQ: The Houthi FTO designation for shipowners, charterers and aid groups",
    outlet="Sanctions Tracker Daily", date="2025-03-20",
    description="Plain-language answers on what the March 2025 FTO listing of Ansarallah means for ships calling in Yemen and for NGOs.",
    body=[
        "This page answers the questions our readers have sent since the State Department listed Ansarallah, the Houthis, as a Foreign Terrorist Organization on March 5, 2025. It is general information, not legal advice.",
        "## Are the Houthis on a US terrorism list right now?",
        "Yes. Ansarallah has been a Foreign Terrorist Organization since March 5, 2025, when the designation announced by Secretary Marco Rubio on March 4 was published in the Federal Register. It is also a Specially Designated Global Terrorist, a status it has held since February 16, 2024.",
        "## Wasn't the designation lifted in 2021?",
        "It was. The first FTO listing took effect on January 19, 2021, and was revoked on February 16, 2021. That revocation is no longer the current position: the group was re-designated as an SDGT in 2024 and as an FTO in 2025.",
        "## Can my ship still call at Hodeidah?",
        "Calling at a port in Houthi-held territory is not in itself banned, but payments of port dues, taxes or fees that reach the group are the risk. Under the FTO listing, knowingly providing money or other material support to the group is a crime under US law, and non-US companies can be sanctioned. Owners should find out who receives each payment.",
        "## What about fuel cargoes?",
        "The State Department has singled out petroleum deliveries to Houthi-controlled ports as a concern. OFAC's General License 25, which had allowed certain transactions in refined petroleum products in Yemen, was a 2024 licence; readers should check OFAC's website for the current version before relying on it. We do not list later amendments here.",
        "## We are an NGO. Do we need a licence?",
        "OFAC's humanitarian general licences in the Global Terrorism Sanctions Regulations still authorise most NGO activity, including paying incidental fees and taxes to authorities. The FTO material-support statute has its own exceptions for medicine and religious materials only, so legal advice is sensible for any payment to a Houthi-run ministry.",
        "## Does the listing cover all Yemenis?",
        "No. It covers the group and its members and agents, not the Yemeni people, Yemeni companies as such, or the internationally recognised government in Aden.",
        "## Is there a reward?",
        "Yes. The Rewards for Justice programme offers up to $15 million for information that disrupts Ansarallah's financial mechanisms.",
        "## Can the listing be reversed again?",
        "An FTO designation can be revoked by the Secretary of State at any time. The State Department has given no sign that it plans to do so, and nothing in this FAQ suggests a date.",
    ],
))

A(dict(
    fname="q-houthi-designation-aid-workers-forum-thread.txt", fmt="txt", shape="forum",
    title="Forum thread: Houthi FTO listing - what changes for our Sanaa office?",
    outlet="HumanitarianOps Community Forum", place="Online", date="2025-03-07",
    body=[
        "mira_k wrote on March 7, 2025: We run a small water and sanitation programme with an office in Sanaa. Our US donor just emailed asking whether we can keep paying the local water authority fees now that the Houthis are an FTO. Anyone else dealing with this?",
        "logistics_ben wrote on March 7, 2025: Same question here. Quick facts as I understand them: FTO listing effective March 5, 2025; SDGT since February 16, 2024. The SDGT part came with OFAC general licences 22 to 26 in January 2024, and the NGO licence in the terrorism regulations still exists.",
        "mira_k wrote on March 7, 2025: So the licences cover us for sanctions purposes. But is there separate criminal risk?",
        "dr_haddad wrote on March 8, 2025: That is the key point. An OFAC licence answers the sanctions question. The FTO listing adds the material-support statute, 18 U.S.C. 2339B, and its exceptions are much narrower: medicine and religious materials. Our counsel told us to document that fees are incidental and paid to an authority, not to the movement itself, and to keep records.",
        "logistics_ben wrote on March 8, 2025: In 2021 we went through this too. The FTO label took effect January 19 and was gone by February 16, so we just paused for four weeks. This time nobody expects a quick reversal.",
        "tariq_y wrote on March 8, 2025: Our fuel supplier in Hodeidah has stopped delivering altogether. They say their bank in Dubai will not touch anything linked to Houthi ports. So the practical effect is bigger than the legal one.",
        "mira_k wrote on March 9, 2025: Thanks all. Did anyone get a specific licence from OFAC for staff salaries paid through Sanaa banks?",
        "dr_haddad wrote on March 9, 2025: Not yet. We applied but have no answer. Salaries to our own staff are not payments to the group, but the banks still ask.",
        "moderator_jo wrote on March 9, 2025: Summary for later readers: Ansarallah is an FTO (from March 5, 2025) and an SDGT (from February 16, 2024). OFAC humanitarian licences still apply for sanctions purposes; the FTO adds criminal material-support risk. The 2021 revocation is history, not current law. Please do not post donor names.",
        "tariq_y wrote on March 10, 2025: One more data point: our insurer added a Yemen exclusion clause this week.",
    ],
    teaser="Our tip: Ten field-tested solar lamps for clinics without mains power.",
    comments=[],
))

A(dict(
    fname="q-red-sea-shipping-diversions-jan-2024.md", fmt="md",
    title="Red Sea attacks push container lines around the Cape of Good Hope",
    outlet="Freight Lines Weekly", date="2024-01-05",
    body=[
        "Attacks by Yemen's Houthi movement on merchant ships have sent most of the world's largest container lines around the southern tip of Africa, adding days to voyages between Asia and Europe and pushing spot freight rates sharply higher.",
        "## How it started",
        "The campaign began in November 2023. On November 19, Houthi fighters landed by helicopter on the car carrier Galaxy Leader in the southern Red Sea and took it to the Yemeni coast, where the ship and its crew of 25 were held. Since then the group has fired drones and missiles at vessels it says are linked to Israel, and later at ships with little obvious connection.",
        "## Carriers reroute",
        "In mid-December, Maersk, Hapag-Lloyd, MSC and CMA CGM paused transits of the Bab el-Mandeb strait. On December 18, the United States announced Operation Prosperity Guardian, a multinational naval effort to protect shipping. Some carriers tried to resume transits, but a fresh attack on a Maersk vessel on December 30 led the Danish line to pause again.",
        "Sending a ship from Shanghai to Rotterdam via the Cape of Good Hope instead of the Suez Canal adds roughly 10 to 14 days and thousands of nautical miles, requiring more vessels to keep weekly services running.",
        "## Rates and costs",
        "Spot rates on the Asia to North Europe lane more than doubled in the second half of December, brokers said. Insurers raised war-risk premiums for Red Sea transits, and some shipowners said they would avoid the route entirely until the situation settles.",
        "\"The Suez route is simply not insurable at sensible prices right now,\" one Hamburg-based broker said. \"Every line is recalculating its network.\"",
        "## Winners and losers",
        "Egypt's Suez Canal Authority is losing toll revenue, while ports on the Cape route, such as those in South Africa, are seeing more calls for bunkering. European retailers have warned of delays to spring stock, and car makers with plants relying on Asian components have flagged possible production gaps.",
        "## Outlook",
        "Analysts said the diversions could last months. The Houthis have said attacks will continue as long as the war in Gaza does. Governments are weighing further military and political options, and shipping executives said they would wait for clear security guarantees before returning to the Red Sea.",
        "For shippers, the advice from forwarders is to book early, expect longer transit times, and budget for surcharges that lines are now adding to Asia-Europe bookings.",
    ],
))
