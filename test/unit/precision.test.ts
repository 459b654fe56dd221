// Precision first: well-written replies must not be flagged, and flawed
// replies must be flagged by the rule that names their problem. Every clean
// reply here is the kind of reply a support lead would approve as written;
// when one is flagged, the pack is wrong, not the reply.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

interface Reply {
  name: string;
  text: string;
  /** File name that decides the format (default reply.txt). */
  file?: string;
  /** Colleague-to-colleague reply (audience: internal). */
  internal?: boolean;
}

interface FlawedReply extends Reply {
  /** Rule ids that must all be reported. */
  expect: string[];
}

function lintReply(reply: Reply) {
  return lintText(reply.text, reply.file ?? 'reply.txt', reply.internal ? { audience: 'internal' } : undefined);
}

const CLEAN: Reply[] = [
  {
    name: 'refund approved',
    text: `Hi Maria,

Thanks for sending the photos of the damaged mug. I'm sorry it arrived in pieces; that's a disappointing way to open a gift.

I've refunded the full 24.90 EUR to your Visa card this morning. Banks usually show refunds within 3-5 business days, so you should see it by Friday at the latest. There's no need to send the mug back.

If the refund hasn't appeared by Friday, reply to this email and I'll chase it with our payments team the same day.

Best,
Ana`,
  },
  {
    name: 'outage update',
    text: `Hi Tom,

Thank you for letting us know about the sync errors, and I'm sorry they interrupted your morning.

Our engineers found the cause: a storage server in our Frankfurt data centre failed at 8:40 this morning. Syncing is working again since 10:15, and nothing you saved during the outage was lost. Any changes made while offline will upload the next time the app connects.

I'll write to you by 4 pm today with a short summary of what happened and what we're changing to prevent it.

Kind regards,
Ana Lopez
Customer Support`,
  },
  {
    name: 'shipping delay',
    text: `Hello Priya,

Thanks for checking in about order #48213, and I'm sorry it's running late. I know you wanted it before the weekend.

I called the courier this morning: the parcel is at their Leeds depot and is booked on Thursday's first van, with delivery between 9 am and 1 pm. I've added the new tracking link to your account so you can follow it.

If it hasn't arrived by Thursday evening, I'll send a replacement by express post at no cost to you.

Best regards,
Sam`,
  },
  {
    name: 'bug acknowledged',
    text: `Hi Leo,

Thanks for the detailed steps, they made the bug easy to reproduce on our side. You're right: the export drops the last row when the report has more than 1,000 lines.

Our developers have a fix ready, and it goes out with the release on Wednesday 12 June. Until then, splitting the report by month avoids the problem; I've attached your May report exported that way.

I'll message you on Wednesday once the release is live.

Cheers,
Ana`,
  },
  {
    name: 'account access',
    text: `Hi {{first_name | fallback: "there"}},

Thanks for reaching out. I've reset the two-factor authentication on your account, so you can sign in with your password alone the next time you log in. You'll then be asked to set up a new authenticator app.

For your security, the reset link in your inbox expires in 24 hours.

Let me know if anything gets in the way.

Ana`,
  },
  {
    name: 'billing error',
    text: `Hi Dana,

Thank you for spotting this, and I'm sorry for the mix-up. You were charged twice for the March invoice because the payment retried after your bank had already approved it.

I've refunded the second charge of 49.00 USD today. It should be back on your card within five business days. I've also added a note to your account so our billing system skips any retry on your card until the next renewal.

Best,
Wes
Billing Team`,
  },
  {
    name: 'feature request',
    text: `Hi Jonas,

Thanks for the suggestion about dark mode for the mobile app. I can see why it would help when you check the schedule late at night.

I've shared your request with Dana, who leads our mobile team. Dark mode is on their plan for the autumn, though the exact date isn't set yet. I've added your email to the list of customers we'll notify when it ships.

Thanks again for taking the time to write.

Best,
Ana`,
  },
  {
    name: 'refund declined with empathy',
    text: `Hi Chris,

Thanks for explaining what happened with the annual plan. I understand why you'd want the money back after the project was cancelled.

I'm sorry, but we can't refund an annual plan after the first 30 days. What I can do is switch off the renewal so you won't be charged again next year, and move your remaining months to a paused state, so your data stays safe if the project restarts.

I've already switched off the renewal. Reply "pause" and I'll pause the account today.

Kind regards,
Ana`,
  },
  {
    name: 'internal IT reply',
    internal: true,
    text: `Hi Marek,

Thanks for the quick heads-up about the printer on the third floor. I've ordered a replacement fuser; it arrives on Tuesday, and Piotr from facilities will fit it the same afternoon.

Until then, the printer by the kitchen on the second floor is set up for your team.

Thanks,
Ola (IT)`,
  },
  {
    name: 'internal finance reply',
    internal: true,
    text: `Hi Karin,

Thanks for sending the receipts. I've approved your travel expenses for the Berlin trip, and the 312.40 EUR will be in your salary payment on the 25th.

One receipt (the taxi on 14 May) was missing the VAT number. I've accepted it this time, but for future claims the taxi company can add the number when you ask for a receipt.

Best,
Tomas
Finance`,
  },
  {
    name: 'password reset walk-through',
    text: `Hi Sam,

Thanks for getting in touch. Here's how to set a new password:

1. Go to the sign-in page and click "Forgot password".
2. Enter the email address you use for your account.
3. Open the email from us and follow the link. It works for one hour.

If the email doesn't arrive within ten minutes, check your spam folder first. If it's not there either, reply here and I'll send you a link directly.

Best,
Ana`,
  },
  {
    name: 'subscription cancellation',
    text: `Hi Elena,

Thanks for being with us for the past two years. I've cancelled your subscription as you asked, and I've confirmed that no further payments will be taken.

You'll keep full access until the end of your paid period on 30 June. After that, your projects stay available to download for 90 days.

If you ever want to come back, your account will be waiting for you. I wish you all the best with the new role.

Warm regards,
Ana`,
  },
  {
    name: 'address change',
    text: `Hi Oliver,

Happy to help with this. I've updated the delivery address on order #77120 to 14 Park Lane, Bristol, BS1 5TR. The warehouse hasn't packed the order yet, so the change is in time and the delivery date stays the same: Wednesday.

You'll get a new confirmation email with the updated address in the next few minutes.

Thanks,
Sam`,
  },
  {
    name: 'wrong item received',
    text: `Hi Fatima,

I'm sorry you received the wrong size; that's frustrating when you were counting on wearing it this weekend.

I've sent the medium today by next-day delivery, so it should arrive tomorrow before 1 pm. You can keep the large or give it to a friend, since returning it would only cost you time.

Thanks for your patience while we sorted this out.

Best,
Ana`,
  },
  {
    name: 'data export question',
    text: `Hi Ben,

Thanks for your question. Yes, the CSV export includes archived projects. They appear at the end of the file with "archived" in the status column, so you can filter them out in your spreadsheet if you don't need them.

The export covers every project you have access to, including ones shared with you by other teams.

Let me know if you need the file in another format.

Ana`,
  },
  {
    name: 'delayed reply apology',
    text: `Hi Nadia,

I'm sorry it took us four days to answer; you should have heard from us within one. We had a backlog after the holiday, but that's our problem to solve, not yours.

To your question: your invoice address is now set to your company name, and I've reissued the April and May invoices with the new address. Both are attached.

Thank you for waiting, and I'll make sure your next message gets an answer the same day.

Best,
Ana`,
  },
  {
    name: 'pricing question',
    text: `Hi Rob,

Thanks for asking before you upgrade. The Team plan costs 12 USD per user per month when billed yearly, or 15 USD when billed monthly. For your eight users, that's 1,152 USD a year or 120 USD a month.

Both options include the same features, and you can switch from monthly to yearly at any time without losing anything.

If it helps, I can set up a 14-day trial of the Team plan on your current workspace so your team can try it first.

Best,
Ana`,
  },
  {
    name: 'security concern',
    text: `Hi Hannah,

Thank you for reporting the suspicious email. It didn't come from us: we never ask for your password by email, and the link in it points to a site that isn't ours.

I've checked your account and there's no sign of any unusual sign-ins. To be safe, I'd suggest changing your password and turning on two-factor authentication under Settings > Security.

I've also passed the email to our security team, and they will ask the host to take the fake site down today.

Best,
Ana`,
  },
  {
    name: 'partial outage, workaround',
    text: `Hi Grace,

Thanks for flagging the slow uploads, and I'm sorry for the disruption during your launch week.

Uploads over 100 MB are slow right now because one of our storage providers is having problems in Europe. Smaller files are unaffected. If you can, splitting large videos into parts under 100 MB gets them through at normal speed.

Our status page has live updates, and I'll email you as soon as the provider confirms the fix.

Kind regards,
Ana`,
  },
  {
    name: 'onboarding welcome',
    text: `Hi Kofi,

Welcome to Acme, and thanks for choosing us for your team's scheduling.

I'm Ana, and I'll be your contact for the first month. To get the most out of the first week, I'd start with importing your staff list, then setting up your opening hours. Each takes about five minutes, and the guide attached walks through both.

I've booked a 20-minute call for Thursday at 10 am to answer any questions. If that time doesn't suit you, reply with one that does.

Best,
Ana`,
  },
  {
    name: 'macro: order shipped',
    text: `Hi {{ticket.requester.first_name}},

Good news: your order has left our warehouse. You can follow it here: {{ticket.tracking_url}}

Most parcels arrive within 2-3 business days. If yours hasn't arrived by {{ticket.delivery_date}}, reply to this email and I'll look into it with the courier.

Thanks for shopping with us,
{{current_user.first_name}}`,
  },
  {
    name: 'quoted customer text',
    file: 'reply.md',
    text: `Hi Ravi,

> This is the WORST service ever!! Nobody answers and you obviously don't care.

I'm sorry you waited three days without an answer. That's not the service we aim for, and I'd be frustrated too.

I've moved your account to the Business plan you asked for, backdated to Monday, and refunded the price difference for the days you couldn't use it.

Best,
Ana`,
  },
  {
    name: 'trial extension',
    text: `Hi Julia,

Thanks for letting me know the trial clashed with your holiday. I've extended it by 14 days, so it now ends on 28 July.

Everything you set up during the trial is still there, and nothing changes on your card until you choose a plan.

Enjoy the rest of your break!

Best,
Ana`,
  },
  {
    name: 'internal ops handoff',
    internal: true,
    text: `Hi Piotr,

Thanks for covering the warehouse shift. The Leeds courier will collect 42 parcels at 3 pm today; the labels are printed and on the packing table.

Two parcels need a signature, so I've marked them in red. If the van is late, call Mia on the courier desk at 0113 496 0000 and she'll rebook it.

Thanks,
Ola`,
  },
  {
    name: 'chargeback explanation',
    text: `Hi Victor,

Thanks for your message, and I'm sorry the charge came as a surprise. I can see why the name on your statement looked unfamiliar: payments to us appear as "ACME SAAS LTD".

The charge of 29.00 EUR on 2 May is the monthly renewal of your Pro plan. If you'd like to stop future renewals, I can cancel the plan for you today, and you'll keep access until 1 June.

Just let me know, and I'll take care of it.

Best,
Ana`,
  },
  {
    name: 'html reply',
    file: 'reply.html',
    text: `<p>Hi Lena,</p>
<p>Thank you for your order. I've checked with our warehouse, and your sofa is scheduled for delivery on <strong>Tuesday 18 June</strong> between 8 am and noon.</p>
<p>The driver will call you about 30 minutes before arrival. If that day doesn't work, reply to this email by Friday and I'll rebook it.</p>
<p>Best regards,<br>Sam</p>`,
  },
  {
    name: 'product limitation',
    text: `Hi Mateo,

Thanks for asking about exporting to PDF. I know it would save you a step each month. Unfortunately, the reports can only export to CSV and Excel at the moment.

What works well for many customers is opening the Excel file and using File > Save as PDF, which keeps the charts. I've attached last month's report done that way so you can see the result.

Best,
Ana`,
  },
  {
    name: 'near-miss just/clearly/of course',
    text: `Hi Amir,

Thanks for your patience. I just checked your order, and it left our warehouse this morning. Of course you can change the delivery slot: reply with the time that suits you and I'll update it.

I should have explained the delivery window more clearly in my first email. I'm sorry about that.

Best,
Ana`,
  },
  {
    name: 'near-miss soon after / as soon as',
    text: `Hi Zoe,

Thanks for your message. Soon after you placed the order, the payment provider flagged the card for a routine check. That check has now cleared, and your order is being packed.

As soon as the courier collects it this afternoon, I'll send you the tracking link.

Talk soon,
Sam`,
  },
  {
    name: 'near-miss guarantee/immediately',
    text: `Hi Pablo,

Thanks for getting in touch. Your purchase is covered by our 30-day money-back guarantee, so I've started the refund. The cancellation takes effect immediately, and the money reaches your card within 5 business days.

I can't guarantee the bank will be quicker than that, but if it takes longer, reply here and I'll contact them for you.

Best,
Ana`,
  },
  {
    name: 'near-miss you need to be / everything you need',
    text: `Hi Ines,

Thanks for asking. To change the billing email, you need to be signed in as the workspace owner. Everything you need to know about roles is in the guide attached, and the steps you need to follow are on page 2.

If you'd like, I can make the change for you; just reply with the new address.

Best,
Ana`,
  },
  {
    name: 'near-miss no problem with',
    text: `Hi Carl,

Thanks for sending the card details. I checked the payment, and there's no problem with your card: the 1 EUR charge was a temporary authorisation that disappears within 3 days.

Your subscription is active, and you can start inviting your team now.

Best,
Ana`,
  },
  {
    name: 'escalation with owner',
    text: `Hi Beth,

Thank you for the screenshots. I'm sorry the invoice totals don't match; I can see why that's confusing before a month-end close.

I've escalated this to Wes, our billing lead, and he'll correct the invoice by 3 pm today. I'll stay on this thread and send you the corrected PDF as soon as it's ready.

Kind regards,
Ana`,
  },
  {
    name: 'policy explained',
    text: `Hi Noor,

Thanks for asking about returning the face cream. I'm sorry, but we can't accept opened cosmetics back: once a jar is opened, we can't resell it safely. Our returns policy covers unopened items for 30 days.

What I can do is send you a free sample of the sensitive-skin version, so you can try it before buying a full jar. It's on its way today.

Best,
Ana`,
  },
  {
    name: 'looking into with time',
    text: `Hi Ivan,

Thanks for reporting the missing invoices. I'm looking into why they weren't generated and will update you by noon tomorrow.

In the meantime, I've created the two invoices by hand and attached them here.

Best,
Ana`,
  },
  {
    name: 'unfortunately with empathy before',
    text: `Hi Laura,

I know this isn't the news you were hoping for. Unfortunately, the limited edition print sold out on Saturday, and we won't be reprinting it.

I've put you on the list for the next edition in September, and I've added a 15% discount code to your account for any print in the shop.

Thanks for understanding,
Ana`,
  },
  {
    name: 'internal reply, colleague',
    internal: true,
    text: `Marta,

I've moved the Q3 budget file to the shared drive and given your team edit access. The numbers for travel are still provisional; Tomas will confirm them by Friday.

Ola`,
  },
  {
    name: 'follow up with event',
    text: `Hi Ken,

Thanks for your patience with this one. The courier has opened an investigation into the missing parcel, and they usually reply within 2 business days.

I'll get back to you as soon as they do, and if they can't find it, I'll send a replacement straight away.

Best,
Ana`,
  },
  {
    name: 'reassurance no need to worry',
    text: `Hi Sara,

Thanks for checking. No need to worry: your data is backed up every night, and the error you saw was only in the preview. Your saved file is complete.

If you'd like a copy of last night's backup for your own records, let me know and I'll send it.

Best,
Ana`,
  },
  {
    name: 'markdown with code',
    file: 'reply.md',
    text: `Hi Dev,

Thanks for the logs. The error comes from an expired API token. You can create a new one under **Settings > API** and replace it in your config:

\`\`\`
REPLYLINT_TOKEN=your-new-token
\`\`\`

After that, the sync should run normally. If it still fails, send me the output of \`acme sync --verbose\` and I'll take a look the same day.

Best,
Ana`,
  },
  {
    name: 'thanks for your patience while with time',
    text: `Hi Mina,

Thanks for your patience while we fix the calendar sync. Our developers expect the fix to go live tomorrow morning, and I'll confirm with you once it has.

Until then, events you add in the app are saved and will sync as soon as the fix is out.

Best,
Ana`,
  },
  {
    name: 'apology for mistake owned',
    text: `Hi Otto,

I'm sorry: I sent you the wrong invoice yesterday. That was my mistake, and I've attached the right one for order #5521 now.

I've also deleted the incorrect invoice from your account, so your accountant will only see the correct one.

Thanks for pointing it out so quickly.

Best,
Ana`,
  },
  {
    name: 'closing with let me know only',
    text: `Hi Rui,

Thanks for your question about team seats. You can add up to five guests on the Starter plan at no extra cost. Guests can comment and view, but not edit.

Let me know if you'd like me to add anyone for you.

Ana`,
  },

  {
    name: 'telecom bill',
    text: `Hi Grace,

Thanks for getting in touch about your bill. I can see why the amount looked high this month: you were charged for roaming in Spain on 4 and 5 June, which came to 18.50 GBP.

Your plan includes EU roaming from next month, so I've credited the 18.50 GBP as a goodwill gesture. It will show on your July bill.

If there's anything else on the bill you'd like me to explain, just reply here.

All the best,
Ana`,
  },
  {
    name: 'travel rebooking',
    text: `Hi Mr Okafor,

Thank you for your patience during the strike. I'm sorry your trip to Lisbon was disrupted; I know how much planning goes into a family holiday.

I've rebooked all four of you on the 08:15 flight on Saturday 14 June, with the same seats together in row 12. Your hotel has agreed to move your stay by one day at no extra cost.

Your new booking confirmation is attached. If Saturday doesn't work for you, call me directly on 020 7946 0000 before 6 pm on Thursday and I'll find another option.

Kind regards,
Ana Lopez
Travel Support`,
  },
  {
    name: 'bank card replacement',
    text: `Hello Ms Chen,

Thanks for letting us know your card was stolen. I've blocked it, so nobody can use it from now on, and I've ordered a new card to your home address. It should arrive within 3 to 5 working days.

The two payments you didn't recognise (at 14:02 and 14:09 yesterday) are now under review. You won't lose that money while we investigate, and I'll write to you by Friday with the outcome.

If you need cash before the new card arrives, you can withdraw it at any branch with photo ID.

Best wishes,
Ana`,
  },
  {
    name: 'saas api limits',
    text: `Hi Sven,

Thanks for the detailed question. The 429 errors you're seeing mean the integration hit the rate limit of 100 requests per minute on your plan.

Two things will help: batching the contact updates (the bulk endpoint accepts up to 500 records per request), and adding a short pause when you get a 429, since the response tells you how many seconds to wait. I've attached a code sample that does both.

If you'd rather have a higher limit, the Scale plan allows 1,000 requests per minute, and I'm happy to set up a trial so you can test it with your real traffic.

Cheers,
Ana`,
  },
  {
    name: 'out of stock with empathy',
    text: `Hi Lucy,

Thanks for your order, and I'm sorry to be writing with bad news: the green raincoat in size 10 sold out before your order reached the warehouse.

I've refunded the 79 GBP in full, and you'll see it on your card in 3-5 working days. We're expecting more in the same colour on 20 September. I've set a reminder to email you the day it's back, and I'll hold one for you for 48 hours.

Best,
Ana`,
  },
  {
    name: 'chat style short',
    text: `Hi Tariq! Thanks for waiting. I've found your booking and moved it to 7 pm tonight, same table. You'll get a text confirmation in a minute or two. Enjoy your dinner!

Ana`,
  },
  {
    name: 'hardware warranty',
    text: `Hi Jess,

Thank you for the video, it shows the fault clearly. The flickering is a known problem with a batch of screens from last spring, and your laptop is covered under warranty.

I've booked a courier to collect it on Tuesday between 9 am and 5 pm. The repair usually takes five working days, and we'll send it back by next-day delivery. Please back up anything important before Tuesday, because the repair may include a new drive.

Best regards,
Ana`,
  },
  {
    name: 'gdpr data request',
    text: `Hi Paul,

Thanks for your request. I've started the export of all personal data we hold about you. You'll receive a secure download link by email within 7 days, and the link stays active for 14 days after that.

If you'd also like us to delete your account once you have the export, reply to this email to confirm and I'll arrange it.

Kind regards,
Ana
Privacy Team`,
  },
  {
    name: 'internal HR reply',
    internal: true,
    text: `Hi Sofia,

Thanks for checking. Yes, the new parental leave policy applies to you, because your start date was before 1 March. I've attached the form; once you send it back, I'll confirm your dates within two working days.

Best,
Kasia
People Team`,
  },
  {
    name: 'internal IT access',
    internal: true,
    text: `Hi Jonas,

I've given you access to the finance share. You may need to sign out and back in before it appears.

If it's still missing after that, message me on chat and I'll check the group membership with you.

Ola`,
  },
  {
    name: 'subscription price increase',
    text: `Hi Amelia,

Thanks for your message about the new price. I understand it's not welcome news, especially after three years with us.

The Basic plan goes up from 8 to 10 USD per month on your next renewal on 1 August. If the new price doesn't work for you, you can switch to yearly billing before then and keep today's monthly rate for the whole year, which works out at 96 USD.

I can make that switch for you now if you reply "yearly".

Best,
Ana`,
  },
  {
    name: 'follow-up after fix',
    text: `Hi Marco,

Quick update on the login problem you reported on Monday: the fix went live this morning, and I've tested it with an account set up the same way as yours.

Could you try signing in again and let me know if it works? If you still see the error, a screenshot of the message would help me find the cause quickly.

Thanks again for your patience this week.

Best,
Ana`,
  },
];

const FLAWED: FlawedReply[] = [
  {
    name: 'hollow form letter',
    expect: ['formula/dear-customer', 'formula/hollow-phrase', 'empathy/non-apology', 'deferral/vague-timeframe'],
    text: `Dear Customer,

Your call is important to us. We apologize for any inconvenience caused by the delay. Rest assured, we will get back to you as soon as possible.

Regards,
Support Team`,
  },
  {
    name: 'no greeting no closing',
    expect: ['formula/greeting', 'formula/closing', 'deferral/looking-into-it'],
    // A reply to send: a macro with neither half would be read as a body the help desk wraps.
    text: `<!-- replylint kind=reply -->\nYour order is delayed. We're looking into it.`,
  },
  {
    name: 'deflection',
    expect: ['ownership/not-my-department', 'ownership/you-will-have-to', 'ownership/policy-hiding'],
    text: `Hi Sam,

That's not my department. You'll have to contact the billing team yourself. It's company policy that support can't see invoices.

Thanks,
Ana`,
  },
  {
    name: 'blame and condescension',
    expect: ['tone/blame', 'tone/condescending', 'tone/commanding'],
    text: `Hi Sam,

As I already said, you should have read the setup guide. Simply click Save after each step. You need to restart the app before it works.

Thanks,
Ana`,
  },
  {
    name: 'over-promise',
    expect: ['promise/never-again', 'promise/guarantee', 'promise/immediately'],
    text: `Hi Sam,

Thanks for your patience. I'm sorry about the double charge. This will never happen again, I guarantee it. We'll fix the billing system immediately.

Best,
Ana`,
  },
  {
    name: 'jargon and passive',
    expect: ['clarity/jargon', 'clarity/passive-closed'],
    text: `Hi Sam,

Thanks for writing in. Your ticket has been escalated to L2 and is now a P1. Your request has been closed on our side.

Best,
Ana`,
  },
  {
    name: 'bad news cold',
    expect: ['empathy/bad-news-without-empathy'],
    text: `Hi Sam,

Thanks for your email. Unfortunately, we can't refund orders older than 30 days.

Best,
Ana`,
  },
  {
    name: 'placeholders broken',
    file: 'macro.md',
    expect: ['placeholder/malformed', 'placeholder/name-without-fallback'],
    text: `Hi {{first_name}},

Thanks for your order. {% if order.express %}It ships today.

Best,
{{agent.name`,
  },
  {
    name: 'someone will contact you',
    expect: ['deferral/no-owner', 'ownership/nameless-handoff'],
    text: `Hi Sam,

Thanks for the details. I'll pass this on to the team. Someone will contact you.

Best,
Ana`,
  },
  {
    name: 'calm down + shouting',
    expect: ['tone/calm-down', 'tone/shouting'],
    text: `Hi Sam,

Thanks for your message. Please calm down. The refund was SENT LAST WEEK!!

Best,
Ana`,
  },
  {
    name: 'feelings non-apology',
    expect: ['empathy/blame-feelings', 'empathy/passive-apology', 'formula/no-problem'],
    text: `Hi Sam,

Thanks for the feedback. I'm sorry you feel that way. Mistakes were made during the migration. No problem, I can cancel it for you.

Best,
Ana`,
  },
  {
    name: 'check back + wait',
    expect: ['deferral/check-back', 'deferral/wait-on-us', 'deferral/follow-up-without-time'],
    text: `Hi Sam,

Thanks for reporting this. Please bear with us while we fix the login page. Try again later, and I'll get back to you.

Best,
Ana`,
  },
  {
    name: 'system + long sentence',
    expect: ['clarity/the-system', 'clarity/long-sentence', 'formula/hope-this-helps', 'ownership/we-cant-control'],
    text: `Hi Sam,

Thanks for asking. Our system shows that the parcel was handed to the courier on Monday and that it was scanned at the depot on Tuesday but after that there were no more scans because the courier's tracking was down for most of the week and the delay is beyond our control.

I hope this helps!

Best,
Ana`,
  },
];

describe('precision of the recommended English pack', () => {
  it('has a realistic corpus: 25+ clean replies and 10+ flawed ones', () => {
    assert.ok(CLEAN.length >= 25, `${CLEAN.length} clean replies`);
    assert.ok(FLAWED.length >= 10, `${FLAWED.length} flawed replies`);
  });

  describe('well-written replies get no warnings or errors', () => {
    for (const reply of CLEAN) {
      it(reply.name, () => {
        const problems = lintReply(reply).findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
        assert.deepEqual(
          problems.map((finding) => `${finding.ruleId}: "${finding.excerpt}"`),
          [],
        );
      });
    }
  });

  describe('flawed replies are flagged by the rules that name their problems', () => {
    for (const reply of FLAWED) {
      it(`${reply.name}: ${reply.expect.join(', ')}`, () => {
        const fired = new Set(lintReply(reply).findings.map((finding) => finding.ruleId));
        const missing = reply.expect.filter((id) => !fired.has(id));
        assert.deepEqual(missing, [], `fired: ${[...fired].join(', ')}`);
      });
    }
  });

  it('internal replies skip the customer greeting and closing rules but keep the others', () => {
    const text = 'Marek,\n\nSomeone will look at the printer.\n\nOla';
    const internal = new Set(lintText(text, 'reply.txt', { audience: 'internal', kind: 'reply' }).findings.map((finding) => finding.ruleId));
    const customer = new Set(lintText(text, 'reply.txt', { kind: 'reply' }).findings.map((finding) => finding.ruleId));
    assert.ok(customer.has('formula/greeting') && customer.has('formula/closing'));
    assert.ok(!internal.has('formula/greeting') && !internal.has('formula/closing'));
    assert.ok(internal.has('deferral/no-owner'));
  });
});
