"""Instructions written for these tests (not from the labelled set) with their expected parse."""

# (instruction, context, expected cron or None, expected actions)
CASES = [
    (
        "Every Wednesday at 2:30pm, fetch the open pull requests from the GitHub API and post "
        "a digest to #code-review.",
        {},
        "30 14 * * 3",
        ["http.request", "summarize", "slack.post_message"],
    ),
    (
        "Mon-Fri at 6:45pm Eastern, query the CRM for deals closing this week and email them "
        "to sales-leads@acme.io.",
        {},
        "45 18 * * 1-5",
        ["salesforce.query", "email.send"],
    ),
    (
        "Every 10 minutes, poll https://status.acme.io/api/health and notify #sre if the "
        "service is down.",
        {},
        "*/10 * * * *",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "On the 1st and 15th of each month at 10:00, compile a payroll report and send it to "
        "hr@acme.io.",
        {},
        "0 10 1,15 * *",
        ["generate_report", "email.send"],
    ),
    (
        "Every other hour, grab the latest tweets from the social API and classify their "
        "sentiment.",
        {},
        "0 */2 * * *",
        ["http.request", "classify"],
    ),
    (
        "Weekends at noon PT, summarize the weekend signups from the analytics API and share "
        "them in Slack.",
        {},
        "0 12 * * 0,6",
        ["http.request", "summarize", "slack.post_message"],
    ),
    (
        "Hourly, pull opportunities from Salesforce and push them to https://hooks.acme.io/opps.",
        {},
        "0 * * * *",
        ["salesforce.query", "webhook.post"],
    ),
    (
        "Every quarter hour, call the queue depth endpoint and alert #ops when the depth is "
        "greater than 500.",
        {},
        "*/15 * * * *",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "Nightly at 2am, download the audit log from the compliance API and extract the failed "
        "logins.",
        {},
        "0 2 * * *",
        ["http.request", "extract"],
    ),
    (
        "If the nightly backup fails, email ops@acme.io right away.",
        {},
        None,
        ["check_status", "email.send"],
    ),
    (
        "When a customer submits a refund request, classify it by reason, then post "
        "fraudulent ones to #risk.",
        {},
        None,
        ["classify", "check_status", "slack.post_message"],
    ),
    (
        "Pause for 30 seconds, then send the payload to the partner webhook.",
        {},
        None,
        ["wait", "webhook.post"],
    ),
    (
        "Tuesdays and Thursdays at 17:00 Europe/Berlin, write a short status report and post "
        "it to #team-berlin.",
        {},
        "0 17 * * 2,4",
        ["generate_report", "slack.post_message"],
    ),
    (
        "Every minute, ping https://shop.acme.io and email oncall@acme.io if it times out.",
        {},
        "* * * * *",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "Three times a day, collect error logs from the logging API and summarize them.",
        {},
        "0 9,13,17 * * *",
        ["http.request", "summarize"],
    ),
    (
        "Every Monday through Friday at 8 CET, read the overnight orders from the ERP API and "
        "forward them to the fulfilment webhook.",
        {},
        "0 8 * * 1-5",
        ["http.request", "webhook.post"],
    ),
    (
        "At 7:15 every Saturday, query Salesforce for stale leads and triage them.",
        {},
        "15 7 * * 6",
        ["salesforce.query", "classify"],
    ),
    (
        "Every 2 hours between 8am and 6pm, check the inventory API and email "
        "purchasing@acme.io when stock is below 20.",
        {},
        "0 8-18/2 * * *",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "Send a thank-you email to new donors, wait 3 days, then send them our newsletter by "
        "email.",
        {},
        None,
        ["email.send", "wait", "email.send"],
    ),
    (
        "Every evening at 7, summarize today's support chats and email the digest to "
        "support@acme.io.",
        {},
        "0 19 * * *",
        ["summarize", "email.send"],
    ),
    (
        "On the half hour, fetch queue stats from the broker API and post them to #infra.",
        {},
        "30 * * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "Weekly, generate a pipeline report from Salesforce and email it to the VP of sales.",
        {},
        "0 9 * * 1",
        ["salesforce.query", "generate_report", "email.send"],
    ),
    (
        "Every weekday at 9am UTC, fetch the on-call schedule from the PagerDuty API and post "
        "it in #support.",
        {},
        "0 9 * * 1-5",
        ["http.request", "slack.post_message"],
    ),
    (
        "Parse out the invoice numbers from the incoming email and send them to the accounting "
        "webhook.",
        {},
        None,
        ["extract", "webhook.post"],
    ),
    (
        "Every day at midnight, export new contacts from the marketing API and send them to "
        "https://crm.acme.io/import.",
        {},
        "0 0 * * *",
        ["http.request", "webhook.post"],
    ),
    (
        "Twice a day, pull the sales pipeline and email a summary to the sales managers.",
        {"availableTools": ["http.request", "email.send"]},
        "0 9,17 * * *",
        ["http.request", "summarize", "email.send"],
    ),
    (
        "Categorize inbound support emails into billing, technical or other and post billing "
        "ones to #billing.",
        {},
        None,
        ["classify", "check_status", "slack.post_message"],
    ),
    (
        "At 6:00 on Sundays, fetch weekly usage from the metering API, generate an invoice "
        "report and email it to billing@acme.io.",
        {},
        "0 6 * * 0",
        ["http.request", "generate_report", "email.send"],
    ),
    (
        "When the build succeeds, wait 5 minutes and then call the smoke test endpoint.",
        {},
        None,
        ["check_status", "wait", "http.request"],
    ),
    (
        "Every 20 minutes on weekdays, check the payments API and post to #payments if the "
        "error rate exceeds 2%.",
        {},
        "*/20 * * * 1-5",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "First day of the month at 9:30, run a Salesforce query for renewals and send the "
        "results to the renewals webhook.",
        {},
        "30 9 1 * *",
        ["salesforce.query", "webhook.post"],
    ),
    (
        "Every Friday afternoon, summarize the week's deployments from the CI API and post "
        "the summary to Slack.",
        {},
        "0 14 * * 5",
        ["http.request", "summarize", "slack.post_message"],
    ),
    (
        "Each morning, fetch the weather forecast from https://api.weather.example/today and "
        "email it to team@acme.io.",
        {},
        "0 9 * * *",
        ["http.request", "email.send"],
    ),
    (
        "Every 6 hours, fetch new reviews from the app store API, classify them and email "
        "negative ones to product@acme.io.",
        {},
        "0 */6 * * *",
        ["http.request", "classify", "check_status", "email.send"],
    ),
    (
        "Notify #releases on Slack whenever a release is published.",
        {},
        None,
        ["slack.post_message"],
    ),
    (
        "At 11pm every Thursday, extract the totals from the timesheet API and write a "
        "utilization report.",
        {},
        "0 23 * * 4",
        ["http.request", "extract", "generate_report"],
    ),
    (
        "Every 45 minutes, hit the cache warmup URL.",
        {},
        "*/45 * * * *",
        ["http.request"],
    ),
    (
        "Daily at 08:30 Asia/Tokyo, pull leads from Salesforce and post a summary in #jp-sales.",
        {},
        "30 8 * * *",
        ["salesforce.query", "summarize", "slack.post_message"],
    ),
    (
        "Every month on the 28th at 4pm, generate a billing report and post it to the finance "
        "webhook.",
        {},
        "0 16 28 * *",
        ["generate_report", "webhook.post"],
    ),
    (
        "Wait an hour, then email a reminder to attendees@acme.io.",
        {},
        None,
        ["wait", "email.send"],
    ),
    (
        "Every Sunday at 10pm, fetch the backlog from the Jira API, categorize the tickets by "
        "priority and post a report to #planning.",
        {},
        "0 22 * * 0",
        ["http.request", "classify", "generate_report", "slack.post_message"],
    ),
    (
        "Every 5 minutes, call https://api.acme.io/jobs and send an alert to #jobs unless the "
        "status is ok.",
        {},
        "*/5 * * * *",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "Call https://etl.acme.io/api/run, wait 20 minutes, and alert #data if the load has not "
        "completed.",
        {},
        None,
        ["http.request", "wait", "check_status", "slack.post_message"],
    ),
    (
        "Every Monday at 10am, fetch the open PRs from https://git.acme.io/api/pulls and post "
        "the ones with no reviewer to #eng.",
        {},
        "0 10 * * 1",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "Every Friday at 4pm, email a recap of this week's CRM activity to sales@acme.io.",
        {},
        "0 16 * * 5",
        ["salesforce.query", "summarize", "email.send"],
    ),
    (
        "When a purchase order is created, post it to #procurement and hold it until finance "
        "approves before emailing the vendor at orders@vendor.io.",
        {},
        None,
        ["slack.post_message", "wait_for_signal", "email.send"],
    ),
    (
        "Every Tuesday at 8am, no, every day at 8am, post the menu to #kitchen.",
        {},
        "0 8 * * *",
        ["slack.post_message"],
    ),
    (
        "When a receipt arrives, extract the vendor and total from the receipt and email them "
        "to ap@acme.io.",
        {},
        None,
        ["extract", "email.send"],
    ),
    (
        "Every weekday at 8am, send the open alerts from the monitoring API to ops@acme.io, but "
        "only the critical ones.",
        {},
        "0 8 * * 1-5",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "When a lead fills in the demo form, wait for a rep to claim it, then email the lead.",
        {},
        None,
        ["wait_for_signal", "email.send"],
    ),
    (
        "Every 15 minutes, grab mentions from https://social.acme.io/api/mentions and flag angry "
        "ones to #social.",
        {},
        "*/15 * * * *",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "When a trial ends, email the user a survey and, three days later, a discount offer "
        "by email.",
        {},
        None,
        ["email.send", "wait", "email.send"],
    ),
    (
        "Every day at 6pm, fetch shipments from https://ship.acme.io/api/shipments and send the "
        "parcels heading to Mexico to the customs webhook.",
        {},
        "0 18 * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
    (
        "Hold any invoice over $5,000 until the controller approves it, then post it to #ap.",
        {},
        None,
        ["check_status", "wait_for_signal", "slack.post_message"],
    ),
    (
        "Every night at 2am, rotate the API keys via https://vault.acme.io/api/rotate and post "
        "a note to #security.",
        {},
        "0 2 * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "When a bug is filed, classify it by severity and email oncall@acme.io for blocker bugs.",
        {},
        None,
        ["classify", "check_status", "email.send"],
    ),
    # Round 2 of issue 15: verbs the catalog lacks, two media, a wait between deliveries.
    (
        "When a deal closes, congratulate the rep on Slack in #wins.",
        {},
        None,
        ["slack.post_message"],
    ),
    (
        "When a bug is reported, create a Jira ticket via https://jira.example.com/api/issue "
        "and post it to #bugs.",
        {},
        None,
        ["http.request", "slack.post_message"],
    ),
    (
        "When a payment fails, notify the customer by email and the finance team on Slack.",
        {},
        None,
        ["check_status", "email.send", "slack.post_message"],
    ),
    (
        "When a signup happens, send a welcome email now and a follow-up in 3 days.",
        {},
        None,
        ["email.send", "wait", "email.send"],
    ),
    (
        "When a user signs up, email them a welcome note, then another one two days later.",
        {},
        None,
        ["email.send", "wait", "email.send"],
    ),
    (
        "every 10 min ping https://x.example.com/health and if it fails email me at me@example.com",
        {},
        "*/10 * * * *",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "Every 30 minutes, fetch the disk usage from https://mon.example.com/api/disk and page "
        "the oncall webhook whenever usage crosses 90%.",
        {},
        "*/30 * * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
]
