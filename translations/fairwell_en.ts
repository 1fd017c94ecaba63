<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>fairwell::AccountRepository</name>
    <message>
        <source>There is no account number %1 in this database; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with the external id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; no longer exists; someone may have deleted it. Your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::AlternativeDialog</name>
    <message>
        <source>Alternative Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer once, and take no for an answer: leaving stays easy either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smaller plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workaround</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly was offered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::AlternativeOfferedRepository</name>
    <message>
        <source>There is no offered alternative number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offered alternative (number %1) no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offered alternative number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::AuditRepository</name>
    <message>
        <source>There is no audit entry number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::Authorization</name>
    <message>
        <source>Nobody is working in this session yet: choose your profile first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager or an admin may do this; %1 works as a rep. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin may change how Fairwell is set up. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 belongs to someone else. A rep works on their own cases and unassigned ones; ask a manager to reassign it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CallRepository</name>
    <message>
        <source>There is no call number %1; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call (number %1) no longer exists; someone may have deleted it. Your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CaseChange</name>
    <message>
        <source>The database is closed. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CaseDetailReader</name>
    <message>
        <source>There is no case number %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workaround</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Call from %1: %2, %n min</source>
        <translation>
            <numerusform>Call from %1: %2, %n min</numerusform>
            <numerusform>Call from %1: %2, %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call to %1: %2, %n min</source>
        <translation>
            <numerusform>Call to %1: %2, %n min</numerusform>
            <numerusform>Call to %1: %2, %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Note to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative offered: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit feedback recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit feedback recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back check-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back check-in planned for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you note queued for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to %1 delayed; next try %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to %1 may have been sent: please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to %1 queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to %1 confirmed as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to %1 sent by hand (.eml file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to %1 sent from the mail program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CaseHeaderView</name>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (%Ln day ago)</numerusform>
            <numerusform>%1 (%Ln days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>No call logged yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CaseHistory</name>
    <message>
        <source>churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded the exit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded an alternative offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed the task &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped the task &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened the task &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded a win-back check-in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed the case as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left the case unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned the case to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied a playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed case %1 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, after %n other change(s) to case %2 since you opened it.</source>
        <translation>
            <numerusform>%1, after %n other change to case %2 since you opened it.</numerusform>
            <numerusform>%1, after %n other changes to case %2 since you opened it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, after you opened case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; reload the case to see it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CaseRepository</name>
    <message>
        <source>There is no case number %1 in this database; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this case since you opened it. Yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this case since you opened it (%1). Reload it to see their change; yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CaseService</name>
    <message>
        <source>Case %1 is closed; only open cases are claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already taken case %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one case to reassign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot own cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed; only open cases are reassigned. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CaseView</name>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;aim Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this case yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play&amp;book checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected task done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reope&amp;n Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this case open again? The reason goes on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does “%1” not apply to this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative &amp;Offered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Ca&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-&amp;You Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the customer a personal thank-you note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CaseWorkService</name>
    <message>
        <source>Enter the date the contract ends to start offboarding. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit reason &quot;%1&quot; is archived; choose an active one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook &quot;%1&quot; is archived; choose an active one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call lasts between 0 and 1440 minutes; %1 is not possible. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call cannot be logged in the future. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date is before the call. Choose the call&apos;s day or a later one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5; %1 is not. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each secondary reason may be named once. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary reason cannot also be a secondary one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit reason &quot;%1&quot; is archived and can no longer be chosen. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 belongs to another case. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is open already. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is no longer open; reopen it first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the task is skipped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MRR lost cannot be negative. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed already. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close date %1 is before the case was opened (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A churned case needs the primary exit reason: record the feedback first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A win-back check-in needs the customer&apos;s consent to be contacted later; the feedback does not say so. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The win-back check-in must be after the close date. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case is reopened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is open already. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account already has an open case (%1); work on that one instead. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account got another open case meanwhile; work on that one instead. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ChartCsv</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ChartValueText</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ChartView</name>
    <message>
        <source>%1 (%2 of all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases in this range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CloseCaseDialog</name>
    <message>
        <source>Close Case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned: the customer left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the customer stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgraded to a smaller plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a &amp;win-back check-in on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not agreed to be contacted later (Record Feedback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MRR lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A churned case needs its primary exit reason: record the feedback first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MRR lost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CommandLine</name>
    <message>
        <source>Run &quot;fairwell --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the local SQLite database file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the shared PostgreSQL database CONNINFO, e.g. &quot;host=db port=5432 dbname=fairwell user=ann&quot;. A missing password is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language CODE (e.g. de) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database PATH (or the one given with --pg) with demo data and exit. No display needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data size: small (about 2,000 accounts, the default) or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the demo data: the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file for --generate-demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --db or --pg, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option. To open a database file, use --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database once: as PATH, with --db or with --pg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate-demo needs a database: a file PATH or --pg CONNINFO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be small or large, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply the demo data&apos;s accounts and cases by FACTOR (1 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size, --seed and --scale only go with --generate-demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 100, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs %1 YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--segment must be smb, mid_market or enterprise, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan needs a plan&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner needs a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out FILE: the PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairwell, a desktop console for customer offboarding. Without options it opens the last database used, or creates a local one filled with demo data.

  fairwell --generate-demo PATH [--size small|large] [--seed N] [--scale FACTOR]
  fairwell report --db PATH|--pg CONNINFO --from YYYY-MM-DD --to YYYY-MM-DD
                  [--segment smb|mid_market|enterprise] [--plan PLAN] [--owner LOGIN]
                  [--lang CODE] --out FILE.pdf

&quot;report&quot; writes the exit dashboards (charts, figures and definitions) for the date range and filters as a PDF file, with no display needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the first day of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the last day of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: only accounts of SEGMENT (smb, mid_market or enterprise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEGMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: only accounts on PLAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: only cases owned by the person with the login LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from, --to, --segment, --plan, --owner and --out only go with &quot;fairwell report&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs a database: --db PATH or --pg CONNINFO.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ConflictPrompt</name>
    <message>
        <source>Someone Else Changed This Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case was changed after you opened it. Nothing of yours has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Apply your change on top of theirs, or reload the case to see it first? What you typed stays in the dialog either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply My Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ConnectDialog</name>
    <message>
        <source>Connect to Shared Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared PostgreSQL database lets the whole team work on the same cases. Ask your administrator for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is empty: Fairwell will set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. This is a Fairwell database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ContactRepository</name>
    <message>
        <source>There is no contact number %1; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact %1 no longer exists; someone may have deleted it. Your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number %1 has no primary contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardChartBox</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Data as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardCharts</name>
    <message>
        <source>%1+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why customers left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR lost by exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary exit reasons (top %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR lost over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How cases closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rate: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rate over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reasons by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reasons by plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases and overdue tasks by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to the first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Median: %n day(s)</source>
        <translation>
            <numerusform>Median: %n day</numerusform>
            <numerusform>Median: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Median: %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you notes and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you note sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR returned: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction at exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average: %1 of 5, from %n scored case(s).</source>
        <translation>
            <numerusform>Average: %1 of 5, from %n scored case.</numerusform>
            <numerusform>Average: %1 of 5, from %n scored cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) gave feedback without a score.</source>
        <translation>
            <numerusform>%n case gave feedback without a score.</numerusform>
            <numerusform>%n cases gave feedback without a score.</numerusform>
        </translation>
    </message>
    <message>
        <source>This range has amounts in %1; shown: %2 only. Pick a currency above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardDefinitions</name>
    <message>
        <source>The cases closed as saved, downgraded or paused, divided by all cases closed in the date range, counted by closing date. A range in which no case closed has no save rate (not 0 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The churned cases closed in the date range, counted by their primary reason. A case with no reason recorded is counted as &quot;No reason recorded&quot;; a reason archived later is still counted under its own name. Secondary reasons are counted separately: a case can name several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly recurring revenue the case recorded as lost when it closed (all of it for a churned customer, the difference for a downgrade), counted by closing date. Amounts are shown per currency and never added across currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases opened in each period, by opening date, and the cases closed in it, by closing date and outcome. A period is a day for ranges up to 31 days, a week (from Monday) for ranges up to 92 days, a month for ranges up to ten years, and a year beyond that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The churned cases closed in the date range, by the category of their primary reason and by the segment or plan the account has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open cases each person owns and their overdue tasks, as of today, whatever the date range. A task is overdue when it is still open, belongs to an open case, and was due before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days from the case&apos;s opening (the customer&apos;s notice) to the first call logged on it, for the cases opened in the date range. Cases with no call yet are shown apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days from a case&apos;s opening to its closing, for the cases closed in the date range. The median is the middle value: half the cases took longer, half took less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The churned cases closed in the date range with a thank-you note sent, divided by all churned cases closed in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases closed in the date range with exit feedback recorded, divided by all cases closed in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-ins due in the date range (cancelled ones not counted) and how many of them are done; the accounts that returned (a check-in with the outcome &quot;returned&quot; and its return date in the range) and the MRR they came back with, per currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback scores from 1 to 5 of the cases closed in the date range. The average counts only the cases that were given a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date is the calendar date the case recorded, with no time zones. A date range includes its first and its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons by segment and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases and overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction at exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardFilterBar</name>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each figure counts, and by which date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This range has amounts in %1: each has a chart of its own, never added to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit dashboards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardReportPage</name>
    <message>
        <source>Exit dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1. Open cases and overdue tasks as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardService</name>
    <message>
        <source>The dashboards were not loaded: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardSql</name>
    <message>
        <source>There is no segment “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first and the last day of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range starts on %1, after its end on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardsPage</name>
    <message>
        <source>Exit reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments &amp;&amp; plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all reason categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is working at this desk (File ▸ Switch Profile…) to see the dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Figures Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report needs the figures first: open a database and wait for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit-dashboards-%1-to-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read this database file. Ask its owner for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Fairwell database (it is not an SQLite database at all). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the new database does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database file is on a network file system (%1). SQLite cannot lock files reliably there, so two people writing at once can damage it. For a team, use a shared PostgreSQL database (File ▸ Connect to shared database…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding this database is read-only, so Fairwell cannot write its journal beside it. Move the file to a folder you may write to. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database file is read-only. Make it writable or copy it to a folder of yours. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program or another Fairwell window is writing to it. Try again in a moment; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written to (the file or its folder is read-only). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Fairwell database (SQLite does not recognise it). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database file is damaged. Restore it from a backup; Fairwell wrote nothing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PostgreSQL role may not do this. Ask an administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a request; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver did not accept Fairwell&apos;s sort order for names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairwell tried to make a change that must not race another one inside a change that already began without that protection. Nothing was changed; please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a step of this change, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is taken already: a name, number or date that must be unique is used by another record. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the data (a required value is missing, or a value is out of range or in the wrong form). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is still in use: other records refer to it. Remove or change those first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change refers to a record that does not exist (any more), such as an account, a case, a person or a reason someone else removed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a link between records: a linked record is missing or still in use. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database is full, so the change was not saved. Make some room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment, so this change could not be applied safely. Try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else&apos;s change to the same data is still under way and holds it locked. Try again in a moment; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database accepts no changes now (it is a read-only copy, or the server is set to read-only). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full, so the change was not saved. Tell the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server broke off (the server stopped or the network failed). Open the database again and check your last change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DatabaseChooser</name>
    <message>
        <source>Fairwell databases (*.sqlite *.db *.fairwell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name exists already. Choose another name, or open it with File ▸ Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add demo data to the new database? It holds made-up accounts and cases to try Fairwell with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DatabaseOpener</name>
    <message>
        <source>Creating Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DatabaseSetupService</name>
    <message>
        <source>Upgrading the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the default exit reasons, playbooks and templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DatabaseSpec</name>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string names no database (dbname=…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2:%3 as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string is missing &quot;=&quot; after &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in the connection string has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string has an unknown key &quot;%1&quot;. Fairwell understands host, port, dbname, user, password and connect_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DefaultContent</name>
    <message>
        <source>The default content file is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default content file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no &quot;categories&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;%1&quot; has a reason without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;%1&quot; has no reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no &quot;playbooks&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playbook %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot; matches the unknown segment &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot; matches the reason category &quot;%2&quot;, which the taxonomy does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot; has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of playbook &quot;%2&quot; has an unknown kind &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of playbook &quot;%2&quot; has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of playbook &quot;%2&quot; has an unknown owner role &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no &quot;templates&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 needs a name, a subject and a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new row&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot; has &quot;%2&quot; = %3, which is not a whole, non-negative amount in minor units (cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject of template &quot;%1&quot; cannot be used. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of template &quot;%1&quot; cannot be used. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DemoCommand</name>
    <message>
        <source>Generating demo data… %1% (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data ready in %1 after %8 s: %2 users, %3 accounts, %4 cases, %5 calls, %6 notes, %7 usage events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DemoGenerator</name>
    <message>
        <source>Creating the demo data was cancelled. The rows written so far were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds accounts or cases, so no demo data was added. Demo data goes only into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data needs at least one active exit reason, playbook and note template, and this database has none of one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating accounts and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating cases, calls and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating usage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing default content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is written in batches of its own and cannot join an open transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::DrillDownDialog</name>
    <message numerus="yes">
        <source>The latest %n case(s); there may be more. Double-click a case or press Enter to open it.</source>
        <translation>
            <numerusform>The latest %n case; there may be more. Double-click a case or press Enter to open it.</numerusform>
            <numerusform>The latest %n cases; there may be more. Double-click a case or press Enter to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s). Double-click a case or press Enter to open it.</source>
        <translation>
            <numerusform>%n case. Double-click a case or press Enter to open it.</numerusform>
            <numerusform>%n cases. Double-click a case or press Enter to open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::Error</name>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ErrorMessage</name>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database on a Network Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it anyway only if you are the one person using this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ExitFeedbackRepository</name>
    <message>
        <source>There is no exit feedback number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exit feedback has been recorded for case %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exit feedback no longer exists; someone may have deleted it. Your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exit feedback number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ExitReasonRepository</name>
    <message>
        <source>There is no exit reason number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit reason &quot;%1&quot; no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exit reason number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::FeedbackDialog</name>
    <message>
        <source>Record Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s own words, as they said them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — very unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — very happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if they are switching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer agreed that we may contact them &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat&amp;isfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would they &amp;return?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason recorded before (archived since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit reasons are still loading. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the primary reason within “%1”, or set the category back to “Not known yet”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::LogCallDialog</name>
    <message>
        <source>Log Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Call with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We called them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They called us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you talk about? What does the customer need from us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words about the conversation: the next person to read this case needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call cannot be logged before it happened: the time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::MailMessage</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address “%1” is not a valid e-mail address. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply address “%1” is not a valid e-mail address. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipient. Add an address under To.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no valid Message-ID (“%1”). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::MailSettingsDialog</name>
    <message>
        <source>Mail Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server (shared by the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the server empty to send notes from each person&apos;s own mail program instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin changes the mail server. You can give this desk the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;directions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the desktop keyring, never in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the name of the person who writes the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a company certificate authority, as a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one message to the From address with the settings as they are typed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data export (quoted by notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mail server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairwell test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message comes from Fairwell&apos;s mail settings. If you read it, thank-you notes can go out through this server.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took the test message for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::MailSettingsService</name>
    <message>
        <source>&quot;%1&quot; is not a server name (like smtp.example.com) or address. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 (usually 587 for STARTTLS, 465 for TLS); %1 is not. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes need a From address to go out through the mail server. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to wait for the server is 5 to 600 seconds; %1 is not. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address a server would take as From (like thanks@example.com). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From name, user name and certificate file are one line each. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web link (like https://example.com/export). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::MainWindow</name>
    <message>
        <source>The case list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new local database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a local database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Shared Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the team&apos;s PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fairwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here administrators will shape the process: playbooks, the exit-reason taxonomy, note templates, users and roles, and the database and mail settings. Administration arrives in a coming release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data stopped: the database holds the default content only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Fairwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fairwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fairwell %1&lt;/h3&gt;&lt;p&gt;A desktop console for customer offboarding.&lt;/p&gt;&lt;p&gt;Leaving is easy: every departing customer is heard, thanked and handed their data, with the door left open.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work as another person in this local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is working yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared database you work as your PostgreSQL login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the database again for what this page shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Offboarding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case for a departing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue counts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) need attention</source>
        <translation>
            <numerusform>%n note needs attention</numerusform>
            <numerusform>%n notes need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mail Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server for thank-you notes, the export directions, your signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::MergeFields</name>
    <message>
        <source>The customer&apos;s account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs the account&apos;s name, and this case has none. Add it to the account or write the name yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary contact&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs the contact&apos;s first name, and this case has none. Add it to the contact or write the greeting yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary contact&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs the contact&apos;s last name, and this case has none. Add it to the contact or write the greeting yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the account became a customer, written in the template&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs the date the account became a customer, and this case has none. Add it to the account or leave that sentence out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the account has been a customer, in years and months (&quot;3 years and 2 months&quot;), up to the effective date or, without one, today; in the template&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs how long the account has been a customer, and this case cannot tell: the account has no customer-since date, or one after the effective date. Correct the date or leave that sentence out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs the account&apos;s plan, and this case has none. Add it to the account or write it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person writing the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs your name, and your user has none. Add a display name or sign the note yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of the person writing the note; it may span several lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs your signature, and none is set. Add one or sign the note yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the contract ends, written in the template&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs the date the contract ends, and this case has none. Add the effective date to the case or leave that sentence out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the customer&apos;s data export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs the link to the data export, and none is set. Add it in the settings or paste the link yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer gets and uses the data export, as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs the directions for the data export, and none are set. Add them in the settings or write them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::MessageLine</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::Migrator</name>
    <message>
        <source>This database holds other tables but no Fairwell data, so Fairwell will not change it. Choose a Fairwell database or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was last used by a newer Fairwell (schema version %1; this Fairwell knows up to version %2). Update Fairwell to open it; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of database migrations is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two database migration files claim version %1: &quot;%2&quot; and &quot;%3&quot;. A version has one file for both engines (NNNN_name.sql) or one file per engine with the same name (NNNN_name.sqlite.sql and NNNN_name.postgres.sql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the folder of database migrations is a folder, not a migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the folder of database migrations is not named like a migration (0001_name.sql, or 0001_name.sqlite.sql and 0001_name.postgres.sql, numbered from 0001). Fairwell will not guess what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database migration &quot;%1&quot; cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the database migration &quot;%2&quot; is a directive Fairwell does not know: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database migration version %1 is missing: the next file is &quot;%2&quot;. Versions are numbered from 1 without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database migration &quot;%1&quot; is written for one engine only, and &quot;%2&quot; is missing. When the other engine needs no change, give it a file holding only comments that say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shared database is empty, and your PostgreSQL login &quot;%1&quot; may not create Fairwell&apos;s tables in it. Ask an administrator to open it once with this Fairwell as the role that is to own Fairwell&apos;s tables. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shared database needs an upgrade to schema version %1 (it is at version %2) before this Fairwell can use it. Only the role that owns Fairwell&apos;s tables, &quot;%3&quot;, may upgrade it; you are logged in as &quot;%4&quot;. Ask an administrator to open it once with this Fairwell as &quot;%3&quot;. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 rebuilds tables, which cannot happen inside another change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite did not let Fairwell pause its foreign-key checks to upgrade the database to schema version %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 would leave records in &quot;%2&quot; that point at records that do not exist; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::Money</name>
    <message>
        <source>&quot;%1&quot; is not a currency code: a currency is three capital letters, like EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an amount in %2, but this one is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decimals, so &quot;%2&quot; cannot be an amount in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 decimals, but &quot;%3&quot; has more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative, but &quot;%1&quot; is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount in %1 and one in %2 do not add up: they are in different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of %1 and %2 is too large for an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount in %1 cannot be taken from one in %2: they are in different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minus %2 is too large for an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::MoneyTotal</name>
    <message>
        <source>There are no amounts to add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts are in different currencies (%1), so they have no single total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total in %1 is too large for an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::NoteAddresses</name>
    <message>
        <source>The note has no %1 address. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a mail address a server would take (like name@example.com). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name for %1 in %2 holds a line break or a control character. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailbox: an address in &lt;…&gt; must end the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address a server would take (like name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name for %1 holds a line break or a control character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::NoteComposer</name>
    <message>
        <source>The template “%1” cannot be used for this case. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::NoteComposerDialog</name>
    <message>
        <source>Thank-You Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;c:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &lt;name@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; separate addresses with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it yours: a line about something you remember from working together means more than any template. Sending it unchanged is fine too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the note in the outbox; it goes out in the background (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Mail App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Se&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent it from your own mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is kept on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal thank-you to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no contact with an email address. Write the address in To.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note templates are set up: write the note yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Another Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the subject and the text with “%1”? What you wrote is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address the note goes to in To.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one address in To; the others go in Cc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened. Save the note as an .eml file instead, or copy the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is open in your mail program. Once you have sent it there, choose Mark as Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the draft first; choose Save as .eml again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Note as an Email File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email files (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Open it in your mail program and send it, then choose Mark as Sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::NoteEdit</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; changed since you opened it; it is %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; reload the note to see it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::NoteRepository</name>
    <message>
        <source>There is no note number %1; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note was sent with the message id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted the note &quot;%1&quot; since you opened it. Yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the note &quot;%1&quot; since you opened it (or it was sent meanwhile). Reload it to see their change; yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::NoteService</name>
    <message>
        <source>The note &quot;%1&quot; is %2 already; only a draft can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note belongs to a case; none was given. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2; only a draft can be discarded (cancel it instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2 already; only a draft can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up for Fairwell, so the note cannot go out by itself. Open it in your mail program or save it as an .eml file, then mark it as sent. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has no subject. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject must be a single line. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has no text. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note still holds a &quot;{{&quot; placeholder from its template: fill it in or remove it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2; only a failed note or one that may have been sent can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is being handed to the mail server right now (%2), so it can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2; only a note that may have been sent can be confirmed as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note sent by hand went through the mail program or an .eml file, not through Fairwell&apos;s mail server. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Message-ID (like &lt;id@example.com&gt;). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2; only a draft, a queued or a failed note can be marked as sent by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::NoteTemplateRepository</name>
    <message>
        <source>There is no note template number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note template named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted the template &quot;%1&quot; since you opened it. Yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the template &quot;%1&quot; since you opened it. Reload it to see their change; yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note template number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::OutboxController</name>
    <message>
        <source>The mail settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you notes wait in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Server Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 on %2, to send thank-you notes. It is kept in the desktop&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 on %2, to send thank-you notes. This desktop has no keyring, so it is kept only until Fairwell closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you notes wait in the outbox until the mail server&apos;s password is given (File ▸ Mail Settings…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you note(s) may have been sent while Fairwell stopped: see the Outbox.</source>
        <translation>
            <numerusform>%n thank-you note may have been sent while Fairwell stopped: see the Outbox.</numerusform>
            <numerusform>%n thank-you notes may have been sent while Fairwell stopped: see the Outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::OutboxPage</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which notes to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed notes and notes that may have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes queued or being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note but drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected note again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected note so that it is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the note so that it is not sent (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm &amp;Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the selected note arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You checked that the note arrived: record it as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case of the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case of the note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About notes that may have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) may have been sent. Fairwell stopped, or the connection broke, after the message was handed to the mail server, so it cannot tell whether it arrived. Check the customer&apos;s mailbox or your mail server&apos;s log, then confirm it as sent or retry it. Nothing is sent again until you decide.</source>
        <translation>
            <numerusform>%Ln note may have been sent. Fairwell stopped, or the connection broke, after the message was handed to the mail server, so it cannot tell whether it arrived. Check the customer&apos;s mailbox or your mail server&apos;s log, then confirm it as sent or retry it. Nothing is sent again until you decide.</numerusform>
            <numerusform>%Ln notes may have been sent. Fairwell stopped, or the connection broke, after the messages were handed to the mail server, so it cannot tell whether they arrived. Check the customers&apos; mailboxes or your mail server&apos;s log, then confirm them as sent or retry them. Nothing is sent again until you decide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the Note Again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the note to %1 really not arrive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was handed to the mail server, but no answer came back. If it did arrive, sending it again means %1 gets it twice. If you can, look in their mailbox or your mail server&apos;s log first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the note to %1, &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will not be sent. It stays in the Outbox under Cancelled, and you can write a new note from the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have arrived already: cancelling does not take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Outbox now shows the note as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is working at this desk (File ▸ Switch Profile…) to see the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Outbox could not be loaded. The message above says why; try again with F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note needs your attention. Notes that failed or may have been sent show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note is waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note has been cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Outbox is empty. A thank-you note shows here once it is sent from its case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::OutboxSender</name>
    <message>
        <source>Fairwell could not prepare a connection to the mail server %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::OutboxService</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stopped halfway (Fairwell or its connection ended before the mail server answered), so the note may have reached the recipient. Check, then confirm it as sent or send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::OutboxTableModel</name>
    <message>
        <source>Still a draft: it has not been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server could not take it yet; it will be tried again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be handed to the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being handed to the mail server now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent from the desktop mail client on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as an .eml file and marked as sent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server accepted it on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not sent. The server&apos;s answer says why; retry it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was handed to the mail server, but no answer came back, so it may or may not have arrived. Check, then confirm it as sent or retry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a sent note went out; for any other, when it last changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a note the mail server could not take yet is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mail server said the last time, or what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent or Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::PageSidebar</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fairwell::PeopleService</name>
    <message>
        <source>On a shared database you work as your PostgreSQL login; profiles are chosen only in local files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is gone or no longer active. Choose another one or create yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name: it stands beside everything you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (it should look like name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no Fairwell profile in this database, so Fairwell shows it nothing. Ask an administrator to add you as a user with the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Fairwell profile of &quot;%1&quot; is no longer active. Ask an administrator to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::PlaybookRepository</name>
    <message>
        <source>There is no playbook number %1; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted the playbook &quot;%1&quot; since you opened it. Yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the playbook &quot;%1&quot; since you opened it. Reload it to see their change; yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no playbook number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::PlaybookService</name>
    <message>
        <source>No active playbook fits %1. An admin can add one, or widen a playbook&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen playbook is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook &quot;%1&quot; is archived; choose an active one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::PlaybookStepRepository</name>
    <message>
        <source>There is no playbook step number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook step &quot;%1&quot; no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no playbook step number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is no longer part of this playbook; someone may have changed it since you opened it. Reload the playbook; yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::PostgresConnectionProbe</name>
    <message numerus="yes">
        <source>The PostgreSQL server cannot be reached: nothing answered within %n second(s). Check the host name, the port and the network (a firewall may be swallowing the connection).</source>
        <translation>
            <numerusform>The PostgreSQL server cannot be reached: nothing answered within %n second. Check the host name, the port and the network (a firewall may be swallowing the connection).</numerusform>
            <numerusform>The PostgreSQL server cannot be reached: nothing answered within %n seconds. Check the host name, the port and the network (a firewall may be swallowing the connection).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached: nothing answered. Check the host name, the port and the network, and that the server is running and accepts connections from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server is running but takes no connections right now (it is starting up, shutting down or recovering). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection details for the PostgreSQL server are incomplete or malformed. Check the host name and the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server asks for a password for the user &quot;%1&quot;, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server did not accept the password for the user &quot;%1&quot;. Check the password and the user name: for a user it does not know, the server says the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user &quot;%1&quot; before asking for a password: there is no such user, or it may not log in, or the server&apos;s access rules do not admit it from this computer. The server&apos;s own words are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the connection to the database &quot;%1&quot;. Its own words are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server has no database named &quot;%1&quot;. Check the name, or ask an administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the connection at first and accepted it when asked again. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; exists, but the user &quot;%2&quot; may not connect to it. Ask an administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ProfileDialog</name>
    <message>
        <source>Who Is Working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairwell records who does what, so every departing customer has one clear owner. Choose your profile in this database, or create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Existing profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work as Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::QueueQuery</name>
    <message>
        <source>A page of the queue cannot hold fewer than no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the cases of the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::QueueTableModel</name>
    <message>
        <source>Small business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open task of this case is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::QueueViewPage</name>
    <message>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your open cases, the most urgent task first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases with a task due today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases whose contract ends this week (Monday to Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases nobody owns yet. Open one to claim it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every departing account the team is working on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case the team has closed, the latest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Offboarding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case for a departing account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected cases to another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account, contact or external ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by account name, contact name or external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is working at this desk (File ▸ Switch Profile…) to see the cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be loaded. The message above says why; try again with F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your queue is empty. Start offboarding a departing account, or claim one from Unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due today. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract ends this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open case has an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is leaving right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case has been closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ReasonCategoryRepository</name>
    <message>
        <source>There is no reason category number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason category &quot;%1&quot; no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reason category number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ReasonDialog</name>
    <message>
        <source>Say why in a few words: the next person to read this case needs them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ReassignDialog</name>
    <message>
        <source>Reassign Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n case(s) &amp;to:</source>
        <translation>
            <numerusform>Reassign %n case &amp;to:</numerusform>
            <numerusform>Reassign %n cases &amp;to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is active in this database to take the cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reassigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::RecentMenu</name>
    <message>
        <source>Shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::ReportCommand</name>
    <message>
        <source>--db: there is no database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: %1 is empty, not a Fairwell database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: the folder %1 may not be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: %1 is a folder; name the PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner: nobody has the login &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan: no account in %1 is on the plan &quot;%2&quot; (there are: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the exit dashboards report to %1 (%2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::RepositorySupport</name>
    <message>
        <source>The database did not say which number it gave the new record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::RoleNames</name>
    <message>
        <source>CS rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::SecretStore</name>
    <message>
        <source>There is no keyring on this desktop, so the mail password is asked once per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail password is saved in the keyring for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not give out the mail password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail password could not be saved in the keyring; it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail password for %1 could not be removed from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::Session</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is working at this desk first (File ▸ Switch Profile…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::SmtpTransport</name>
    <message>
        <source>No mail server is set up. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipient. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped before the message went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail connection could not be prepared (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped after the whole message was handed to %1; it may have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted, so nothing was sent to %1. If the server uses a certificate from your organisation&apos;s own authority, name that authority&apos;s certificate file in the mail settings. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 named in the mail settings could not be read. Nothing was sent. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s name “%1” is not valid. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of libcurl cannot send mail (no SMTP support).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 could not be found. Is the name right, and is the network up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 could not be reached. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 refused the message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the recipient %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the sender %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the login as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 turned the connection away: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 refused to encrypt the connection, so nothing was sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 refused the login as %2. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 does not offer an encrypted connection (STARTTLS), so nothing was sent. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole message was handed to %1, but its answer never came (%2). It may have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::SqliteSearchPlan</name>
    <message>
        <source>Could not read the search index&apos;s list of words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::StartOffboardingDialog</name>
    <message>
        <source>Start Offboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or external ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts by name or external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date: the day the contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Offboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (has an open case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>The first %n match; type more to narrow it down.</numerusform>
            <numerusform>The first %n matches; type more to narrow them down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Down arrow to choose.</source>
        <translation>
            <numerusform>%n match; Down arrow to choose.</numerusform>
            <numerusform>%n matches; Down arrow to choose.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching playbook (choose an account first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching playbook (looking…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching playbook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching playbook (none fits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose a playbook from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account chosen yet: type part of its name, then press the Down arrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an open case. Open it to carry on there; a second case is not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Existing Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::Startup</name>
    <message>
        <source>fairwell: no display found (DISPLAY and WAYLAND_DISPLAY are not set). Run Fairwell in a desktop session, or use --generate-demo from a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::TaskRepository</name>
    <message>
        <source>There is no task number %1; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted the task &quot;%1&quot; since you opened it. Yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the task &quot;%1&quot; since you opened it. Reload it to see their change; yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::TemplateEngine</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invisible character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a }} here with no {{ before it. To write }} as text, write }}}} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placeholder opens here with {{ and is not closed with }} on the same line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another {{ begins here before the placeholder opened at column %1 is closed with }}. Placeholders cannot be nested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single %1 cannot stand inside a placeholder; a placeholder ends with }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This placeholder holds no field name. Write one between the braces, for example {{contact.first_name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This placeholder has no field name before the |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field name cannot contain %1. Names are made of the letters a to z, digits, &quot;_&quot; and &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing follows the |. Write the text to use when the field has no value after it, or remove the |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; before this | always has a value, so nothing after it would ever be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge field called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::TemplateFault</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::TemplateRenderer</name>
    <message>
        <source>The template&apos;s subject cannot be used. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s text cannot be used. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs the field &quot;%1&quot;, and this case has no value for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note cannot be written yet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::UsageEventRepository</name>
    <message>
        <source>There are no usage figures number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These usage figures (number %1) no longer exist; someone may have deleted them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no usage figures number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::UserRepository</name>
    <message>
        <source>There is no user number %1; someone may have removed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 no longer exists; someone may have removed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user number %1 to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::VerbatimPanel</name>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the customers&apos; words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers&apos; own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The latest %n</source>
        <translation>
            <numerusform>The latest %n</numerusform>
            <numerusform>The latest %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fairwell::WholeFile</name>
    <message>
        <source>%1 could not be written: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: the folder %2 may not be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::WinbackCheckinRepository</name>
    <message>
        <source>There is no win-back check-in number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this win-back check-in since you opened it. Yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this win-back check-in since you opened it. Reload it to see their change; yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no win-back check-in number %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::WinbackOutcomeDialog</name>
    <message>
        <source>Record Win-back Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in with %1, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not contact again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New monthly recurring revenue in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;MRR (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what came of the check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return date %1 is before the case closed on %2. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new MRR in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new MRR cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::WinbackPage</name>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which check-ins to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due and upcoming (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome of the selected check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case of the selected check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is working at this desk (File ▸ Switch Profile…) to see the win-back check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-ins could not be loaded. The message above says why; try again with F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No win-back check-ins are due. They are planned when a customer who agreed to be contacted leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No win-back check-ins are planned. They are planned when a customer who agreed to be contacted leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No win-back check-in has an outcome yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::WinbackService</name>
    <message>
        <source>Enter the date the account came back. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new MRR cannot be negative. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This win-back check-in for case %1 was changed since you opened it (%2). Nothing was changed; reload to see it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This win-back check-in is finished already. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot have come back (%1) before its case closed (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::WinbackTableModel</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check-in was due on %1 and has no outcome yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::WorkDialogs</name>
    <message>
        <source>This account already has an open case: here it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is in the outbox and goes out in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is recorded on the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
