from boiler import md, html, p, txt
A = []

A.append(("s-toll-holdings-ofac-settlement-apr-2022.md", md(
"Australian logistics group Toll pays $6.1 million to settle US sanctions violations",
"2022-04-26", "toll-holdings-ofac-settlement", "Freight & Compliance News", """
*By our trade compliance reporter*

Toll Holdings Limited, the Melbourne-based freight forwarding and logistics group, has agreed to pay **$6,131,855** to the US Treasury's Office of Foreign Assets Control (OFAC) to settle its potential civil liability for **2,958 apparent violations** of US sanctions. OFAC announced the settlement on April 25, 2022.

## What happened

Between about January 2013 and February 2019, Toll originated or received payments through the US financial system in connection with sea, air and rail shipments to, from or through North Korea, Iran or Syria, or involving property of parties on the SDN list. The payments totalled roughly $48.4 million and went through at least four US financial institutions or their foreign branches. The rules involved were the Iran, North Korea, Syria, WMD proliferators and global terrorism sanctions regulations.

## Why it went wrong

OFAC said Toll's rapid expansion from 2007 was not matched by compliance resources. In May 2015 one of its banks restricted a subsidiary's US dollar account after spotting a Syria-related payment; a head-office treasury employee then emailed staff in the UAE and South Korea telling them to avoid naming sanctioned countries on invoices. Toll decided to stop business with US-sanctioned countries in June 2016 but did not put hard controls in place until February 2017.

## Why the penalty was modest

OFAC found the violations **non-egregious** and **voluntarily self-disclosed**. The statutory maximum penalty was more than $826 million and the base penalty $15,329,638. Toll's remedial steps counted in its favor.

## Status

The settlement resolves the case; Toll was not added to any sanctions list. Toll's managing director said the violations stemmed from a misunderstanding about rules on payments through US banks. OFAC's message: foreign companies using US dollars must screen for sanctioned countries and persons.
""")))

A.append(("s-wells-fargo-discloses-sanctions-probe-may-2022.txt", txt(
"Wells Fargo says it is negotiating with regulators over possible sanctions violations",
"""Bank Beat, May 4, 2022. Wells Fargo has told investors that it is in talks with federal regulators over apparent violations of US sanctions, according to its latest quarterly filing.

The bank disclosed that it is negotiating with the Federal Reserve and the Treasury Department's Office of Foreign Assets Control about resolving the matter, which concerns sanctions compliance at the bank. It did not give an amount and said no agreement had been reached.

Background

People familiar with the matter say the issue dates from the period after Wells Fargo bought Wachovia in 2008, and relates to a trade finance platform used by a foreign bank. The apparent violations were self-reported by Wells Fargo to the authorities in December 2015, when the bank also stopped the platform being used in that way.

What it means now

For now there is no penalty and no finding. OFAC has not announced a settlement, and neither regulator has published any enforcement document. Banks often disclose such talks months or years before a final settlement is reached. Any eventual penalty would be separate from the long-running consequences of the bank's fake-accounts scandal, including the asset cap the Federal Reserve imposed in February 2018.

Analysts' view

Analysts said the sanctions matter was unlikely to be large relative to the bank's earnings but added to the list of legacy problems chief executive Charlie Scharf has promised to clear.

A Wells Fargo spokesperson declined to comment beyond the filing.""",
"A Wells Fargo branch in San Francisco | Source: Bank Beat",
"Has Wells Fargo been sanctioned? (No: this is about penalties for its own conduct, not a listing.)",
"How to read a bank's 10-Q in a quarter of an hour.")))

A.append(("s-wells-fargo-ofac-fed-penalty-mar-2023.html", html(
"Wells Fargo to pay nearly $98 million over software that let a European bank deal with Iran, Syria and Sudan", "2023-03-31",
"wells-fargo-ofac-fed-penalty", "Banking Ledger", p("""
Wells Fargo will pay about $97.8 million to US authorities to resolve apparent sanctions violations tied to a trade finance platform inherited from Wachovia, the Treasury Department and the Federal Reserve announced on Thursday, March 30, 2023.

OFAC said Wells Fargo Bank, N.A. agreed to pay <b>$30,000,000</b> to settle its potential civil liability for <b>124 apparent violations</b> of the Iran, Syria and Sudan sanctions programs. Separately, the Federal Reserve fined parent company Wells Fargo &amp; Company <b>$67.8 million</b> for inadequate oversight of sanctions compliance risk.

<h2>The Eximbills platform</h2>

For about seven years, from 2008 to 2015, Wells Fargo and its predecessor Wachovia provided a foreign bank located in Europe with a customised version of Eximbills, a trade finance software platform. Wachovia, at the direction of a mid-level manager, tailored the hosted software so that the European bank could handle trade instruments involving sanctioned jurisdictions and persons. Between 2010 and 2015 the European bank processed 124 transactions worth about $532 million using the platform, relying on infrastructure at Wells Fargo's Hong Kong branch and a data facility in North Carolina.

<h2>Egregious, but self-disclosed</h2>

OFAC deemed the violations egregious but voluntarily self-disclosed. The statutory maximum was just over $1 billion. OFAC said there was no sign that senior management directed or knew of the conduct, but that they should reasonably have known. As part of the deal, Wells Fargo must submit annual sanctions compliance certifications for five years.

<h2>Bank's response</h2>

Wells Fargo said it was pleased to resolve "this legacy matter involving conduct that ended in 2015", which it self-reported and cooperated on. OFAC did not name the European bank and made no accusation against the software developer, China Systems.
"""))))

A.append(("s-ofac-penalties-lessons-explainer.md", md(
"Explainer: what the Toll and Wells Fargo cases teach about OFAC penalties",
"2023-06-12", "explainer-ofac-penalties-toll-wells", "Compliance Weekly", """
*By the explainers team*

OFAC civil penalties are not sanctions listings. A company that pays OFAC is being punished for its own conduct; it is not blocked, and others may keep doing business with it. Two recent cases show how OFAC calculates what a company pays.

## Egregious or not

OFAC first decides whether a case is **egregious**. Toll Holdings (April 25, 2022) was non-egregious: its 2,958 apparent violations came from weak controls during fast growth. Wells Fargo (March 30, 2023) was egregious: a manager at Wachovia had customised trade finance software for a European bank knowing it could be used with sanctioned countries, and the use continued for years despite internal concerns.

## Voluntary self-disclosure

Both companies came forward themselves, which halves the base penalty under OFAC's Enforcement Guidelines. Wells Fargo self-reported in December 2015.

## From maximum to settlement

| | Toll | Wells Fargo |
|---|---|---|
| Apparent violations | 2,958 | 124 |
| Value of transactions | about $48.4 million | about $532 million |
| Statutory maximum | more than $826 million | just over $1 billion |
| Settlement | $6,131,855 | $30,000,000 |

Wells Fargo also paid $67.8 million to the Federal Reserve, for a total of about $97.8 million.

## Lessons

1. Non-US companies are exposed when they pay in US dollars: Toll is Australian and was caught because payments cleared through US banks.
2. Technology can be a "service": Wells Fargo's violation was providing software, not moving money.
3. Legacy issues from acquisitions do not go away: Wachovia's arrangement became Wells Fargo's problem.
4. Telling staff to drop country names from invoices, as a Toll employee did in 2015, is an aggravating factor.

Neither company was placed on a sanctions list as a result.
""")))

A.append(("s-freight-forwarder-sanctions-forum-thread.txt", txt(
"Forum thread: Small forwarder here, do US sanctions apply to us if we're not American?",
"""Trade Compliance Forum, posted in "Sanctions basics", started October 10, 2023.

shipping_sam (Oct 10, 2023): We are a 40-person forwarder in Dubai. A customer wants a quote for a consignment that would transit Iran. We are not a US company. Our boss says US sanctions don't touch us. Is he right?

compliance_jo (Oct 10, 2023): Depends how you get paid. If the money moves in US dollars through US banks, you can be caught. Look up the Toll Holdings case from April 2022. Toll is Australian and paid OFAC $6,131,855 because payments for shipments involving Iran, Syria and North Korea went through the US financial system.

shipping_sam (Oct 10, 2023): Wow. How many shipments was that?

compliance_jo (Oct 10, 2023): 2,958 apparent violations between about 2013 and 2019. It would have been far worse but they disclosed it voluntarily and OFAC found it non-egregious.

freight_ahmed (Oct 11, 2023): Also, a Toll employee told staff to leave sanctioned country names off invoices after a bank flagged a Syria payment. OFAC called that out. Don't do that.

shipping_sam (Oct 11, 2023): Understood. Is Toll still blacklisted now? Some of our partners still use them.

compliance_jo (Oct 11, 2023): Toll was never blacklisted. It settled a penalty. It's not on the SDN list, so working with them is fine from that angle.

moderator_lee (Oct 11, 2023): Locking in a day or two. Summary for future readers: non-US firms paying in dollars can face OFAC penalties; a penalty is not a listing; and get proper advice before quoting Iran business. Nothing in this thread is legal advice.""",
"Containers at Jebel Ali port | Source: forum user photo",
"Does the thread say anything about EU rules? (No, only US rules are discussed.)",
"Why air freight rates jump before Lunar New Year.")))

A.append(("s-japan-post-completes-toll-takeover-may-2015.html", html(
"Japan Post completes its A$6.5 billion takeover of Australia's Toll", "2015-05-29",
"japan-post-toll-takeover-complete", "Logistics Today", p("""
Japan Post Holdings has completed its acquisition of Toll Holdings, Australia's largest freight and logistics group, ending Toll's 22-year run on the Australian stock exchange that began in 1993.

The deal, first announced on February 18, 2015, valued Toll at about A$6.5 billion (US$5.1 billion). Japan Post offered A$9.04 per share in cash, a 49% premium to Toll's closing price the day before the announcement, and Toll's directors unanimously recommended it as "compelling". It was the largest takeover of an Australian company by a Japanese firm.

<h2>Approvals</h2>

The deal needed clearance from regulators in several countries, including Australia's Foreign Investment Review Board and, last, New Zealand's Overseas Investment Office. Shareholders approved the scheme of arrangement at a meeting in Melbourne on May 13, and the Supreme Court of Victoria then approved it. Toll shares were suspended from trading from the close on May 14.

<h2>What changes</h2>

Toll will run as a division of Japan Post and keep its name, and managing director Brian Kruger and his team stay on. Toll employs about 40,000 people in more than 50 countries and reported revenue of about A$8.8 billion in 2014, across freight forwarding, contract logistics, express parcels, rail and trucking, and a fleet of tugs and barges in Asia.

<h2>Why Japan Post did it</h2>

State-owned Japan Post is preparing to list its mail, banking and insurance arms in Tokyo later this year and wanted a global growth story to offset a shrinking domestic mail business. Combined, the two groups would be one of the world's top five logistics companies, the companies said.

"We have made a first step toward becoming a global logistics company," Japan Post president Taizo Nishimuro said when the deal was announced.
"""))))

A.append(("s-fed-lifts-wells-fargo-asset-cap-jun-2025.md", md(
"Fed lifts Wells Fargo's $1.95 trillion asset cap after seven years",
"2025-06-04", "fed-lifts-wells-fargo-asset-cap", "Banking Ledger", """
*By our Washington banking correspondent*

The Federal Reserve said on Tuesday, June 3, 2025 that Wells Fargo no longer has to operate under the $1.95 trillion asset cap it imposed in February 2018 over the bank's fake-accounts scandal.

## What the Fed said

The central bank said Wells Fargo had made "substantial progress" in fixing its deficiencies, including its governance and risk management, and had completed a third-party review of its overhaul. The board voted unanimously. Other parts of the 2018 enforcement action remain in place for now.

The cap was the first time the Fed had directly ordered a bank to stop growing in order to fix widespread problems. One estimate put the profits Wells Fargo missed out on at about $39 billion.

## The scandal

Between roughly 2009 and 2016 Wells Fargo employees opened millions of unauthorized accounts to hit aggressive sales targets. The revelations in September 2016 led to fines, executive departures and years of regulatory orders, several of which have been terminated in recent months.

## The Scharf turnaround

Chief executive Charlie Scharf, who joined in 2019, replaced much of the senior management team and invested heavily in risk and control functions. Michael Barr, a Fed governor, said removal of the cap reflected successful remediation but that strong oversight would need to continue.

## What's next

Without the cap, Wells Fargo can grow its balance sheet again, including corporate deposits and trading. Shares rose about 3% in after-hours trading on the news. Analysts said the bank could now compete more directly with JPMorgan Chase, Bank of America and Citigroup, which grew substantially while Wells Fargo stood still.
""")))
