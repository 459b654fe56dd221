// Sentence banks for the benchmark corpus: what English support replies say,
// well and badly. Slots in braces ({order}, {agent}) are filled by corpus.ts.
// The bad sentences are the typical problems of PRODUCT.md section 2, one bank
// per category, so the corpus exercises every rule family.

export type Category = 'formula' | 'empathy' | 'deferral' | 'ownership' | 'tone' | 'promise' | 'clarity' | 'placeholder';

export const CATEGORIES: readonly Category[] = ['formula', 'empathy', 'deferral', 'ownership', 'tone', 'promise', 'clarity', 'placeholder'];

export const SLOTS: Record<string, readonly string[]> = {
  agent: ['Ana', 'Wes', 'Priya', 'Tomás', 'Mei', 'Jonas', 'Siobhán', 'Kofi', 'Lena', 'Marco', 'Ngozi', 'Zoë'],
  customer: ['Sam', 'Alex', 'José', 'Hannah', 'Łukasz', 'Aisha', 'Daniel', 'Chloé', 'Ravi', 'Emma', 'Oluwaseun', 'Mia'],
  team: ['billing', 'shipping', 'our engineers', 'the payments team', 'the account team', 'our warehouse'],
  product: ['the mobile app', 'the web dashboard', 'Smart Sync', 'the Pro plan', 'the Team plan', 'the desktop app', 'Acme Cloud'],
  feature: ['two-factor login', 'CSV export', 'shared inboxes', 'dark mode', 'bulk editing', 'the calendar view', 'SSO'],
  order: ['#A-48213', '#A-50917', '#B-11802', '#C-77340', '#A-90125', '#B-32266'],
  amount: ['$12.99', '$42.00', '€89.50', '£19.00', '$240.00', '$7.49'],
  date: ['March 3', 'April 14', 'June 21', 'September 9', 'October 30', 'December 2'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  time: ['3 pm today', '10 am tomorrow', 'noon on Friday', 'the end of today', '9:30 tomorrow morning'],
  within: ['within 24 hours', 'within two business days', 'in the next hour', 'within 48 hours'],
  carrier: ['UPS', 'DHL', 'FedEx', 'Royal Mail', 'the courier'],
  url: ['https://help.example.com/articles/1042', 'https://status.example.com', 'https://example.com/account/billing', 'https://help.example.com/returns'],
  code: ['ERR_SYNC_409', 'INVALID_TOKEN', 'rate_limit_exceeded', 'E1027', 'ECONNRESET'],
  email: ['billing@example.com', 'returns@example.com', 'help@example.co.uk'],
  setting: ['Settings > Security', 'Billing > Invoices', 'Account > Devices', 'Settings > Notifications', 'Admin > Users'],
};

export interface Topic {
  title: string;
  /** What the customer wrote (a `>` quote: the customer's words, never linted as ours). */
  quotes: readonly string[];
  /** Facts and explanations. */
  facts: readonly string[];
  /** Steps for a numbered list. */
  steps: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    title: 'Refund',
    quotes: ['I was charged twice and nobody answered my email.', 'Where is my refund? You said it would be back soon.'],
    facts: [
      'I checked your account and the refund for order {order} went out on {date}.',
      'The bank usually takes three to five business days to show it on your statement.',
      'You were charged twice because the first payment timed out and the card was tried again.',
      'I have refunded the duplicate charge of {amount} to the card ending in 4242.',
      'The original charge stays on your statement as pending until the bank drops it.',
      'Refunds go back to the card you paid with, so you do not need to do anything else.',
    ],
    steps: ['Open {setting} in the dashboard.', 'Find the invoice from {date}.', 'Check that the status says "Refunded".'],
  },
  {
    title: 'Shipping delay',
    quotes: ['My package was supposed to arrive on Monday and it still has not shown up.', 'The tracking page has not changed in four days.'],
    facts: [
      'Your order {order} left our warehouse on {date} and is with {carrier} now.',
      'The tracking page stopped updating because the parcel was moved to a different depot.',
      'I called {carrier} this morning and they confirmed it is out for delivery.',
      'If it does not arrive, I will send a replacement at no cost to you.',
      'Orders placed over the holiday weekend are taking one extra day to pack.',
      'The new tracking number is in the email I just sent you.',
    ],
    steps: ['Open the tracking link in your confirmation email.', 'Enter your postcode to see the delivery window.', 'Reply here if the window has passed.'],
  },
  {
    title: 'Login problem',
    quotes: ['I keep getting an error when I try to log in.', 'The reset link says it has expired.'],
    facts: [
      'The error {code} means the reset link was opened after it expired.',
      'I have sent you a new reset link, and it stays valid for one hour.',
      'Your account is locked after five failed attempts, to keep it safe.',
      'I unlocked your account, so you can sign in again now.',
      'If you use {feature}, you will need your authenticator app as well.',
      'Signing out on every device clears the old session that was causing the loop.',
    ],
    steps: ['Open the newest reset email.', 'Choose a password you have not used here before.', 'Sign in on {product} with the new password.'],
  },
  {
    title: 'Bug report',
    quotes: ['The app crashes every time I open a shared file.', 'Sync has been broken since the update yesterday.'],
    facts: [
      'Thanks to your screenshots, our engineers reproduced the crash on {product}.',
      'The crash happens when a shared file has a comment with an emoji in it.',
      'A fix is in testing now, and you can follow it on {url}.',
      'Until the fix is out, opening the file from the web dashboard works.',
      'The sync error {code} came from a server change we rolled back on {date}.',
      'Your files are safe; nothing was lost while sync was paused.',
    ],
    steps: ['Update {product} to the latest version.', 'Restart the app once.', 'Open the shared file again and tell me what you see.'],
  },
  {
    title: 'Cancel subscription',
    quotes: ['Please cancel my subscription, I do not use it anymore.', 'I tried to cancel but the button does nothing.'],
    facts: [
      'I have cancelled your subscription to {product}, and you will not be charged again.',
      'You keep access until the end of the current billing period on {date}.',
      'Your data stays in your account for 90 days in case you come back.',
      'The cancel button failed because the page was still loading your invoices.',
      'I have refunded the last payment of {amount} since you did not use the new period.',
      'You can export everything first from {setting}.',
    ],
    steps: ['Go to {setting}.', 'Choose "Cancel plan" at the bottom of the page.', 'Confirm in the email we send you.'],
  },
  {
    title: 'Feature request',
    quotes: ['Is there any way to get {feature}?', 'It would really help if you had {feature}.'],
    facts: [
      'I have added your vote for {feature} to the request our product team reviews every month.',
      'We do not have {feature} yet, and I will not guess a date for it.',
      'Many teams use {feature} through our integration with a calendar tool in the meantime.',
      'Your use case, with three shared inboxes, is a clear one and I passed it on word for word.',
      'When it ships, it will be in the release notes on {url}.',
    ],
    steps: ['Open {setting}.', 'Turn on "Early access".', 'Look for {feature} in the beta list.'],
  },
  {
    title: 'Data export',
    quotes: ['How do I get all my data out of my account?', 'The export file is empty.'],
    facts: [
      'The export comes as a ZIP file with one CSV file per project.',
      'The file was empty because the export started before your projects finished loading.',
      'I started a new export for you, and the link arrives by email.',
      'Large accounts can take up to an hour to export.',
      'The export includes comments and attachments, but not deleted items.',
    ],
    steps: ['Open {setting}.', 'Click `Export data`.', 'Download the file from the email link within seven days.'],
  },
  {
    title: 'API integration',
    quotes: ['The API returns 429 for every request.', 'My webhook stopped receiving events.'],
    facts: [
      'A 429 response means the key went over 100 requests per minute.',
      'Your webhook was paused after 50 failed deliveries in a row, which is how we protect your server.',
      'I turned the webhook back on, and the missed events will be sent again.',
      'The header `Retry-After` tells your client how long to wait.',
      'Our limits are listed on {url}.',
    ],
    steps: ['Check the `X-RateLimit-Remaining` header.', 'Add a wait of one second between retries.', 'Send me the request ID if it fails again.'],
  },
];

export const GOOD = {
  greetings: [
    'Hi {{ticket.requester.first_name}},',
    'Hi {customer},',
    'Hello {customer},',
    'Hi {{first_name | fallback: "there"}},',
    'Hey {customer},',
    'Good morning {customer},',
  ],
  openings: [
    'Thanks for reaching out about this.',
    'Thank you for getting in touch.',
    'Thanks for the details and the screenshots.',
    'Thanks for writing in, and for your patience while I checked.',
    'Thank you for letting us know.',
  ],
  empathy: [
    "I'm sorry the refund took two weeks.",
    'That would frustrate me too.',
    "You're right to flag this.",
    "I'm sorry this held up your work today.",
    'I understand how stressful it is to wait for a delivery you need.',
    "I'm sorry we made you chase this.",
  ],
  nextSteps: [
    "I'll update you by {time}.",
    "You'll have an answer {within}.",
    "I'll check again first thing {weekday} and write back then.",
    "I'll follow up by {time} with the tracking number.",
    "I'll confirm here {within} once the payment clears.",
  ],
  ownership: [
    "I'll connect you with {agent} from billing and stay on the thread.",
    "I've asked {agent} on the payments team to look at this with me, and I'll keep you posted.",
    "I'm keeping this conversation open until it's fixed.",
  ],
  closings: ['Best,\n{agent}', 'Thanks,\n{agent}', 'Kind regards,\n{agent}', 'All the best,\n{agent} from Support', 'Cheers,\n{agent}'],
};

/** Typical problems, by category; each is one sentence or a greeting/closing variant. */
export const BAD: Record<Category, { greetings?: readonly string[]; sentences: readonly string[]; closings?: readonly string[] }> = {
  formula: {
    greetings: ['Dear Customer,', 'Dear Sir or Madam,', 'To whom it may concern,'],
    sentences: [
      'Your call is important to us.',
      'We value your business.',
      'Rest assured, we are on it.',
      'No problem!',
      'Thank you for your patience and understanding.',
    ],
    closings: ['I hope this helps!\n{agent}', 'Hope this helps.\nThe Support Team'],
  },
  empathy: {
    sentences: [
      'We apologize for any inconvenience this may have caused.',
      'Sorry you feel that way.',
      'Sorry if you were offended by our last email.',
      'Mistakes were made.',
      'Unfortunately, we are unable to refund this order.',
      "We can't change the delivery address once an order ships.",
      'We regret any inconvenience.',
    ],
  },
  deferral: {
    sentences: [
      "We'll get back to you soon.",
      'Our team will reply as soon as possible.',
      'You will hear from us shortly.',
      "We're looking into it.",
      'Someone will contact you.',
      'This will be fixed in due course.',
      'We will update the app at some point.',
      'A specialist will reach out in the near future.',
    ],
  },
  ownership: {
    sentences: [
      "That's not my department.",
      "It's company policy.",
      "There's nothing I can do.",
      "You'll have to contact your bank.",
      "I'll pass this on.",
      'That is handled by another team.',
    ],
  },
  tone: {
    sentences: [
      'You should have read the FAQ before ordering.',
      'You failed to enter the code from the email.',
      'As I already said, the link is in your inbox.',
      'Calm down, it is just a setting.',
      'Simply click Save and it will work.',
      'Obviously the order has already shipped.',
      'Clearly you missed our last email.',
      'You need to restart the app.',
      'Actually, that is expected behaviour.',
      'Just log out and back in.',
    ],
  },
  promise: {
    sentences: [
      'This will never happen again.',
      'Delivery is guaranteed by Friday.',
      "I'm 100% sure it's fixed now.",
      'We will refund you immediately.',
      'I promise it will work this time.',
    ],
  },
  clarity: {
    sentences: [
      'Your ticket has been escalated to L2 per our SLA.',
      'This is a P1 on our side and the TAM has the RCA.',
      'Your request has been closed.',
      'The issue has been resolved by the backend team after the ticket was triaged.',
      'Because the payment provider that we use for card payments in your region had a partial outage that started late on Tuesday evening and was not fully resolved until the next morning, some of the payments that were attempted during that window, including the one for your order, were recorded twice on our side and then sent again to the bank.',
    ],
  },
  placeholder: {
    greetings: ['Hi {{first_name}},', 'Hi {{ticket.requester.frist_name}},', 'Hello {{ticket.requester.first_name},', 'Hi {{customer.name}},'],
    sentences: [
      '{% if ticket.requester.vip %}As a VIP customer, you get free express shipping.',
      'Your case number is {{ticket.id}}.',
      'Your agent is {{current_user.frist_name}}.',
    ],
  },
};

/** Non-prose a macro library carries: never linted as the writer's words. */
export const EXTRAS = {
  comments: ['<!-- internal: check Stripe before sending -->', '<!-- owner: billing team, reviewed Q3 -->', '<!-- replylint-disable-next-line tone -->'],
  codeBlocks: [
    '```\ncurl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/events\n```',
    '```json\n{ "error": "rate_limit_exceeded", "retry_after": 30 }\n```',
  ],
  links: [
    'You can read more in [our help article]({url}).',
    'The full steps are at {url}.',
    'Our status page, {url}, shows live updates.',
    'If it is easier, email {email} and quote your order number.',
  ],
};
