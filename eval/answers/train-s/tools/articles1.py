from boiler import md, html, p, txt
A = []

A.append(("s-suirui-buys-jupiter-systems-feb-2020.txt", txt(
"Chinese video-conferencing firm Suirui completes purchase of US display maker Jupiter Systems",
"""AV Trade Wire, March 3, 2020. Suirui International Co., Limited, the Hong Kong arm of Beijing-based Suirui Group Co., Ltd., has completed its acquisition of Jupiter Systems, the California audiovisual company known for the video wall processors that sit behind large control-room displays. The deal closed on February 28, 2020, according to people familiar with the transaction. Financial terms were not disclosed.

Suirui Group sells video communication and video cloud services in China. Jupiter, founded in the 1980s, makes visualization processors and collaboration software used in operations centers run by utilities, transport agencies, broadcasters, police departments and government bodies. The purchase brought along two Jupiter subsidiaries, one in Hong Kong and one in mainland China.

What changes for customers

Jupiter told dealers that its management team, its US engineering staff and its product roadmap would stay in place, and that existing service contracts would be honored. Integrators we spoke to said they had not been told of any change in pricing or support.

No regulatory objection

Neither company has said whether the deal was filed with the Committee on Foreign Investment in the United States, the Treasury-led panel that screens foreign purchases of American businesses. No government body has objected to the acquisition, and as of today the deal stands as completed. Jupiter is not on any US export or sanctions list, and nothing in the transaction restricts who may buy its products.

Analysts noted that Chinese buyers have faced growing scrutiny of technology deals since the 2018 FIRRMA law widened CFIUS's reach, with new rules taking effect on February 13, 2020. One Bay Area integrator said the deal "looks like a normal small-company sale" and that customers were more worried about chip shortages than ownership.

Suirui did not respond to a request for comment.""",
"A Jupiter video wall in a traffic operations center | Source: AV Trade Wire archive",
"Do I need to re-certify my Jupiter equipment after the sale? (Not according to the company.)",
"Five cable-management tricks for crowded equipment racks.")))

A.append(("s-trump-orders-suirui-divest-jupiter-jul-2025.md", md(
"Trump orders Chinese-owned Suirui to sell Jupiter Systems, five years after the deal closed",
"2025-07-12", "trump-orders-suirui-divest-jupiter", "Capitol Deal Review", """
*By staff reporter, Washington*

President Donald Trump has ordered Suirui Group Co., Ltd. and its Hong Kong subsidiary Suirui International Co., Limited to divest Jupiter Systems, a US maker of audiovisual and video-wall equipment, unwinding an acquisition that was completed on February 28, 2020.

The order is dated July 8, 2025 and was made public by the Treasury Department in a statement on July 11. It is the first order of Trump's second term to prohibit a transaction on national security grounds.

## Why the deal was blocked

The Committee on Foreign Investment in the United States (CFIUS) reviewed the 2020 purchase after it closed and found a national security risk arising from Suirui's ownership. Treasury said the risk "relates to the potential compromise of Jupiter's products used in military and critical infrastructure environments." Jupiter has supplied equipment to US government customers including the Department of Defense and NASA.

## What the order requires

- Suirui must divest all interests and rights in Jupiter within **120 days** of the order, unless CFIUS grants an extension.
- Jupiter may hold no interest in assets or operations of its Chinese subsidiaries acquired or created after the transaction.
- Until the sale, Suirui and its personnel are barred from accessing Jupiter's non-public source code, technical information, IT systems and US facilities.
- Jupiter and Suirui must send CFIUS weekly certifications of compliance.

The president acted under Section 721 of the Defense Production Act of 1950. "The US welcomes investment, but never at the cost of our national security," Trump said.

## Reaction

Jupiter said in a statement on July 12 that it was aware of the order, was working with counsel to evaluate next steps, and that operations would continue without disruption. Suirui and the Chinese embassy did not respond to requests for comment. Beijing has in the past called such decisions politically motivated.

The order does not put Jupiter or Suirui on the Entity List or the SDN list; it deals only with who owns the company. It was not clear on publication day whether Suirui had asked for more time or had lined up a buyer.
""")))

A.append(("s-treasury-statement-jupiter-summary.txt", txt(
"Summary: Treasury statement on the presidential order regarding Jupiter Systems",
"""Policy Desk summary, July 11, 2025. The following is our plain-language summary of the Treasury Department statement issued today on the order signed by the President on July 8, 2025, "Regarding the Acquisition of Jupiter Systems, LLC by Suirui International Co., Limited".

The parties

Suirui International Co., Limited is a Hong Kong company majority-owned by Suirui Group Co., Ltd., a company organized under the laws of the People's Republic of China that focuses on video communication and video cloud services. Jupiter Systems, LLC is a Delaware company (later converted into Jupiter Systems, Inc.) that supplies large-screen visualization and audiovisual equipment. Suirui International acquired all interests in Jupiter in February 2020.

The finding

The Committee on Foreign Investment in the United States conducted a review of the transaction under Section 721 of the Defense Production Act. Treasury said CFIUS identified a national security risk arising from Suirui's ownership of Jupiter, relating to the potential compromise of Jupiter's products used in military and critical infrastructure environments.

The remedy

The order prohibits the transaction. To address the risk, it directs Suirui to divest all interests and rights in Jupiter, including intellectual property, non-public source code and customer contracts, and requires that Jupiter hold no interest in assets or operations of its Chinese subsidiaries acquired or created after the deal. The divestment must be completed within 120 days, subject to extension by CFIUS.

Treasury's framing

Treasury said the CFIUS process focuses exclusively on identifying and addressing national security concerns on a case-by-case basis, and that the United States remains open to foreign investment.

What the statement does not say

The statement does not name a buyer, does not give a sale price, and does not mention any penalty. It does not address whether federal agencies must remove Jupiter equipment already installed.""",
"The Treasury building in Washington | Source: Policy Desk photo",
"Is this the same as putting Jupiter on a blacklist? (No: it is an ownership order, not a listing.)",
"How to read a Federal Register notice in five minutes.")))

A.append(("s-jupiter-divestment-order-faq.html", html(
"Jupiter Systems divestment order: an FAQ for integrators and end users", "2025-07-18",
"jupiter-divestment-faq", "Control Room Journal", p("""
The presidential order of July 8, 2025 requiring Suirui Group to sell Jupiter Systems has prompted questions from integrators and agencies that run Jupiter video walls. Here are answers based on the order and the Treasury statement.

<h2>Is Jupiter banned or blacklisted?</h2>

No. The order is a CFIUS divestment order about ownership. It does not add Jupiter to the Commerce Department's Entity List, the Treasury SDN list or the FCC Covered List. Nothing in it prohibits buying, installing or servicing Jupiter products.

<h2>Can I still buy Jupiter equipment?</h2>

Yes. The order does not restrict sales to customers. Jupiter said operations would continue without disruption while it evaluates next steps with counsel. Agencies with their own procurement rules should check them separately.

<h2>Why did the government act?</h2>

CFIUS found that Suirui's ownership created a risk of "potential compromise of Jupiter's products used in military and critical infrastructure environments". Jupiter gear is used in defense, space, police, banking and health-care operations centers.

<h2>How long does Suirui have?</h2>

120 days from July 8, 2025, which points to early November 2025, unless CFIUS grants an extension.

<h2>Can Suirui engineers still get at the software?</h2>

No. Pending divestment, Suirui and its personnel may not access Jupiter's non-public source code, technical data, IT systems, products, records or US facilities, and both companies must file weekly certifications with CFIUS.

<h2>The deal closed in 2020. How can it be undone now?</h2>

CFIUS's power to review a transaction that was never cleared has no statute of limitations. It can look at a closed deal years later, as it did here more than five years after the February 28, 2020 closing.

<h2>Who will buy Jupiter?</h2>

No buyer has been announced. We will update this page.
"""))))

A.append(("s-jupiter-cfius-law-blog.html", html(
"Five years later: what the Jupiter order says about CFIUS non-notified deals", "2025-07-24",
"blog/jupiter-non-notified-deals", "Deal Counsel Notes (blog)", p("""
<p class="entry-meta">Posted in <a href="/cat/cfius">CFIUS</a>, <a href="/cat/china">China</a> | Tags: non-notified, divestment, Section 721</p>

When President Trump signed the order of July 8, 2025 forcing Suirui Group to divest Jupiter Systems, many of our clients asked the same thing: how does a deal that closed on February 28, 2020 come back to life? Here is our take.

<h2>Non-notified does not mean finished</h2>

CFIUS has a team that hunts for transactions nobody filed. Its jurisdiction over a deal that gave a foreign person control of a US business does not expire. Jupiter is a textbook case: a small audiovisual company whose customers included military and critical-infrastructure users, bought by a Hong Kong subsidiary of a Chinese video-cloud company.

<h2>The remedy is broad</h2>

Suirui must divest all interests and rights in Jupiter within 120 days, subject to extension. The order reaches intellectual property, non-public source code and customer contracts. It carves out assets that Jupiter's Asian subsidiaries acquired or created after the deal, and Jupiter may keep no interest in those. Until the sale, Suirui personnel are locked out of source code, systems and US facilities, with weekly certifications to CFIUS.

<h2>A rare presidential step</h2>

Presidential prohibitions are rare; most CFIUS cases end with mitigation agreements or abandoned deals. This is the first such order of the second Trump term, and it came less than a month after the June 2025 order that let Nippon Steel's purchase of U.S. Steel proceed under a national security agreement.

<h2>Practical lessons</h2>

Buyers of US businesses that sell to government customers should consider a voluntary filing even when it is not mandatory. Sellers should expect questions about government end users in diligence. And a later divestment order can arrive long after integration is complete.

<h3>3 comments</h3>
<p><b>ravi_k</b>: Does the order say what happens to the Chinese subsidiary staff?</p>
<p><b>Author</b>: It does not name staff. It only says Jupiter may hold no interest in post-deal assets of those subsidiaries.</p>
<p><b>mkt_watcher</b>: Any word on a price?</p>
<p><b>Author</b>: Nothing public yet.</p>
<div class="post-nav"><a href="/prev">&laquo; Previous: Mandatory filings after FIRRMA</a> | <a href="/next">Next: Reading a mitigation agreement &raquo;</a></div>
"""))))

A.append(("s-jupiter-forum-thread.html", html(
"Thread: Client asks if we can still install Jupiter video wall processors after the Trump order", "2025-08-05",
"forum/jupiter-after-order", "AV Integrators Forum", p("""
<p class="breadcrumbs">Forums &gt; Control rooms &amp; video walls &gt; Vendors</p>

<b>wallbuilder_tx</b> (Aug 5, 2025): County 911 center wants a Jupiter processor refresh. Their IT guy says Jupiter got "blacklisted by Trump" last month and we should quote something else. Is that right?

<b>dana_av</b> (Aug 5, 2025): Not blacklisted. The July 8 order tells the Chinese owner, Suirui, to sell the company within 120 days. It is about who owns Jupiter, not about selling the gear.

<b>wallbuilder_tx</b> (Aug 5, 2025): So no Entity List thing, nothing like Huawei?

<b>dana_av</b> (Aug 5, 2025): Correct. No Entity List, no SDN, no FCC Covered List. You can buy it and install it. Check whether the county has its own procurement policy on Chinese-owned vendors though.

<b>old_rack_guy</b> (Aug 6, 2025): I heard the Chinese side already sold it to a US private equity fund.

<b>mod_kelly</b> (Moderator) (Aug 6, 2025): @old_rack_guy please don't post rumours. As of today no buyer has been announced. The order gives Suirui 120 days, which CFIUS can extend, and it bars Suirui staff from Jupiter's source code and US facilities in the meantime. The reason CFIUS gave is the risk of compromise of products used in military and critical infrastructure environments.

<b>wallbuilder_tx</b> (Aug 6, 2025): Thanks, that's what I needed for the client email.

<b>dana_av</b> (Aug 7, 2025): Also worth telling them: the deal closed back in February 2020, so this isn't a new purchase being blocked, it's an old one being unwound.

<p class="quick-reply">Quick reply: <textarea></textarea> <button>Post</button></p>
<p class="similar">Similar threads: "Hikvision cameras in city halls?" | "Best LED wall for 24/7 use"</p>
"""), comments=False)))

A.append(("s-jupiter-systems-company-profile.md", md(
"Company profile: Jupiter Systems and the business of control-room video walls",
"2024-05-20", "profile-jupiter-systems", "Integrator Monthly", """
*By the product desk*

Walk into a regional power dispatch center, a metro traffic management hub or a network operations center, and the wall of screens in front of the operators is often driven by a specialist processor. Jupiter Systems is one of the older names in that niche.

## What Jupiter sells

The company's products fall into three groups. Hardware processors take dozens of video and computer inputs and arrange them across a wall of LCD or LED panels. Collaboration software lets operators share windows from their desks onto the wall and across sites. Its display and LED lines are designed to run around the clock. Jupiter markets the combination as collaborative visualization for "mission-critical, 24/7 informed decision-making".

## Who buys

Customers listed in Jupiter's case studies span utilities, transport, broadcasting, police and emergency dispatch, banking, health care and space. Integrators say the appeal is reliability: once installed, processors often run for a decade.

## Competition

The market is fragmented. Jupiter competes with large display makers that bundle their own controllers, and with software-only platforms that run on standard servers. Prices have fallen as LED walls have become cheaper, pushing vendors towards software subscriptions.

## What to watch

Integrators told us the biggest shifts are the move from LCD tiles to fine-pitch LED, remote operations after the pandemic, and cyber-security requirements in utility tenders, which now often ask for software bills of materials and patch commitments.

## Our verdict

For buyers who need a long-lived, vendor-supported processor and are prepared to pay for it, Jupiter remains on most shortlists. Smaller sites may find software-based alternatives cheaper. We will review the latest software release in a future issue.
""")))

A.append(("s-four-ways-washington-restricts-a-company-explainer.md", md(
"Explainer: four different ways Washington can act against a company, from CFIUS orders to the SDN list",
"2025-12-01", "explainer-four-ways-us-restricts-companies", "Compliance Weekly", """
*By the explainers team*

Readers often call any US action against a company a "blacklisting". The tools are different, and so are the consequences. This explainer uses cases from the past few years.

## 1. A CFIUS divestment order

A presidential order under Section 721 of the Defense Production Act can prohibit a foreign purchase of a US business, even years after it closed. In July 2025 Suirui Group was ordered to sell Jupiter Systems within 120 days. Such an order changes ownership; it does not stop anyone from buying the company's products.

## 2. The Entity List

Run by the Commerce Department's Bureau of Industry and Security, the Entity List requires a licence to ship items subject to US export rules to a listed company. On October 17, 2023 BIS added 13 Chinese entities, including GPU designers Moore Threads and Biren. A listed company can still sell its own products and even raise money on a stock exchange.

## 3. OFAC civil penalties

Treasury's Office of Foreign Assets Control fines companies that break sanctions rules, without listing them. Toll Holdings paid $6,131,855 in 2022 and Wells Fargo $30 million in 2023. The companies were not designated; they settled.

## 4. Asset freezes (SDN and foreign equivalents)

A designation on OFAC's SDN list blocks a company's US-linked property and bars US persons from dealing with it. Europe and Britain have their own regimes, and their courts review them: Iran's Bank Mellat persuaded the UK Supreme Court in June 2013 to quash a 2009 Treasury order, and the EU General Court annulled its EU listing in January 2013.

## The takeaway

Before deciding whether you "can do business" with a company, ask which tool was used, who administers it, and whether it has since been lifted or annulled.
""")))
