<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>fairwell::AccountRepository</name>
    <message>
        <source>There is no account number %1 in this database; someone may have deleted it.</source>
        <translation>In dieser Datenbank gibt es keinen Kunden Nummer %1; vielleicht hat ihn jemand gelöscht.</translation>
    </message>
    <message>
        <source>There is no account with the external id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kunden mit der externen ID „%1“.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; no longer exists; someone may have deleted it. Your change was not saved.</source>
        <translation>Den Kunden „%1“ gibt es nicht mehr; vielleicht hat ihn jemand gelöscht. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no account number %1 to delete.</source>
        <translation>Es gibt keinen Kunden Nummer %1, der gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::AlternativeDialog</name>
    <message>
        <source>Alternative Offered</source>
        <translation>Angebotene Alternative</translation>
    </message>
    <message>
        <source>Offer once, and take no for an answer: leaving stays easy either way.</source>
        <translation>Einmal anbieten und ein Nein akzeptieren: Gehen bleibt so oder so leicht.</translation>
    </message>
    <message>
        <source>Pause the subscription</source>
        <translation>Das Abonnement pausieren</translation>
    </message>
    <message>
        <source>A smaller plan</source>
        <translation>Ein kleinerer Tarif</translation>
    </message>
    <message>
        <source>A discount</source>
        <translation>Ein Rabatt</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>A workaround</source>
        <translation>Eine Umgehungslösung</translation>
    </message>
    <message>
        <source>What exactly was offered?</source>
        <translation>Was genau wurde angeboten?</translation>
    </message>
    <message>
        <source>Thinking about it</source>
        <translation>Überlegt noch</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Offered:</source>
        <translation>&amp;Angeboten:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>&amp;Reaktion:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>fairwell::AlternativeOfferedRepository</name>
    <message>
        <source>There is no offered alternative number %1.</source>
        <translation>Es gibt keine angebotene Alternative Nummer %1.</translation>
    </message>
    <message>
        <source>This offered alternative (number %1) no longer exists; someone may have deleted it.</source>
        <translation>Diese angebotene Alternative (Nummer %1) gibt es nicht mehr; vielleicht hat sie jemand gelöscht.</translation>
    </message>
    <message>
        <source>There is no offered alternative number %1 to delete.</source>
        <translation>Es gibt keine angebotene Alternative Nummer %1, die gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::AuditRepository</name>
    <message>
        <source>There is no audit entry number %1.</source>
        <translation>Es gibt keinen Protokolleintrag Nummer %1.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>fairwell::Authorization</name>
    <message>
        <source>Nobody is working in this session yet: choose your profile first. Nothing was changed.</source>
        <translation>In dieser Sitzung arbeitet noch niemand: Wählen Sie zuerst Ihr Profil. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Only a manager or an admin may do this; %1 works as a rep. Nothing was changed.</source>
        <translation>Das dürfen nur Teamleitung oder Administration; %1 arbeitet in der Kundenbetreuung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Only an admin may change how Fairwell is set up. Nothing was changed.</source>
        <translation>Nur die Administration darf ändern, wie Fairwell eingerichtet ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Case %1 belongs to someone else. A rep works on their own cases and unassigned ones; ask a manager to reassign it. Nothing was changed.</source>
        <translation>Fall %1 gehört jemand anderem. In der Kundenbetreuung bearbeiten Sie Ihre eigenen und nicht zugewiesene Fälle; bitten Sie die Teamleitung, ihn neu zuzuweisen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>fairwell::CallRepository</name>
    <message>
        <source>There is no call number %1; someone may have deleted it.</source>
        <translation>Es gibt kein Gespräch Nummer %1; vielleicht hat es jemand gelöscht.</translation>
    </message>
    <message>
        <source>This call (number %1) no longer exists; someone may have deleted it. Your change was not saved.</source>
        <translation>Dieses Gespräch (Nummer %1) gibt es nicht mehr; vielleicht hat es jemand gelöscht. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no call number %1 to delete.</source>
        <translation>Es gibt kein Gespräch Nummer %1, das gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::CaseChange</name>
    <message>
        <source>The database is closed. Nothing was saved.</source>
        <translation>Die Datenbank ist geschlossen. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>fairwell::CaseDetailReader</name>
    <message>
        <source>There is no case number %1 in this database.</source>
        <translation>In dieser Datenbank gibt es keinen Fall Nummer %1.</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>falsche Nummer</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation>kleinerer Tarif</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>workaround</source>
        <translation>Umgehungslösung</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>thinking about it</source>
        <translation>überlegt noch</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>Kundenseite</translation>
    </message>
    <message numerus="yes">
        <source>Call from %1: %2, %n min</source>
        <translation>
            <numerusform>Anruf von %1: %2, %n Min.</numerusform>
            <numerusform>Anruf von %1: %2, %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call to %1: %2, %n min</source>
        <translation>
            <numerusform>Anruf bei %1: %2, %n Min.</numerusform>
            <numerusform>Anruf bei %1: %2, %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note to %1 (%2)</source>
        <translation>Notiz an %1 (%2)</translation>
    </message>
    <message>
        <source>Alternative offered: %1 (%2)</source>
        <translation>Alternative angeboten: %1 (%2)</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Fall eröffnet</translation>
    </message>
    <message>
        <source>Exit feedback recorded: %1</source>
        <translation>Kündigungsrückmeldung erfasst: %1</translation>
    </message>
    <message>
        <source>Exit feedback recorded</source>
        <translation>Kündigungsrückmeldung erfasst</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Aufgabe erledigt: %1</translation>
    </message>
    <message>
        <source>Task skipped: %1</source>
        <translation>Aufgabe übersprungen: %1</translation>
    </message>
    <message>
        <source>Task reopened: %1</source>
        <translation>Aufgabe wieder geöffnet: %1</translation>
    </message>
    <message>
        <source>Win-back check-in: %1</source>
        <translation>Rückgewinnungstermin: %1</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Fall wieder geöffnet</translation>
    </message>
    <message>
        <source>Case closed: %1</source>
        <translation>Fall abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Win-back check-in planned for %1</source>
        <translation>Rückgewinnungstermin für %1 geplant</translation>
    </message>
    <message>
        <source>Case unassigned</source>
        <translation>Zuweisung des Falls aufgehoben</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Playbook applied</source>
        <translation>Playbook angewendet</translation>
    </message>
    <message>
        <source>Playbook applied: %1</source>
        <translation>Playbook angewendet: %1</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Fall geändert</translation>
    </message>
    <message>
        <source>Thank-you note queued for %1</source>
        <translation>Dankesnachricht an %1 in die Warteschlange gestellt</translation>
    </message>
    <message>
        <source>Note sent to %1</source>
        <translation>Notiz an %1 gesendet</translation>
    </message>
    <message>
        <source>Note to %1 delayed; next try %2</source>
        <translation>Notiz an %1 verzögert; nächster Versuch am %2</translation>
    </message>
    <message>
        <source>Note to %1 failed</source>
        <translation>Notiz an %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Note to %1 may have been sent: please check</source>
        <translation>Notiz an %1 wurde vielleicht gesendet: bitte prüfen</translation>
    </message>
    <message>
        <source>Note to %1 queued again</source>
        <translation>Notiz an %1 erneut in die Warteschlange gestellt</translation>
    </message>
    <message>
        <source>Note to %1 cancelled</source>
        <translation>Notiz an %1 abgebrochen</translation>
    </message>
    <message>
        <source>Note to %1 confirmed as sent</source>
        <translation>Notiz an %1 als gesendet bestätigt</translation>
    </message>
    <message>
        <source>Note to %1 sent by hand (.eml file)</source>
        <translation>Notiz an %1 von Hand gesendet (.eml-Datei)</translation>
    </message>
    <message>
        <source>Note to %1 sent from the mail program</source>
        <translation>Notiz an %1 aus dem E-Mail-Programm gesendet</translation>
    </message>
</context>
<context>
    <name>fairwell::CaseHeaderView</name>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>MRR:</source>
        <translation>MRR:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Kunde seit:</translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation>Wirksam zum:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Days open:</source>
        <translation>Tage offen:</translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation>Playbook:</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Letzter Kontakt:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the email address</source>
        <translation>E-Mail-Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy the phone number</source>
        <translation>Telefonnummer kopieren</translation>
    </message>
    <message>
        <source>External ID: %1</source>
        <translation>Externe ID: %1</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Offener Fall</translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation>Abgeschlossen am %1: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %Ln Tag)</numerusform>
            <numerusform>%1 (vor %Ln Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No call logged yet</source>
        <translation>Noch kein Gespräch erfasst</translation>
    </message>
</context>
<context>
    <name>fairwell::CaseHistory</name>
    <message>
        <source>churned</source>
        <translation>abgewandert</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>downgraded</source>
        <translation>herabgestuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>zurückgekehrt</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>jetzt nicht</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>nicht mehr kontaktieren</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation>den Fall eröffnet</translation>
    </message>
    <message>
        <source>logged a call</source>
        <translation>ein Gespräch erfasst</translation>
    </message>
    <message>
        <source>recorded the exit feedback</source>
        <translation>die Kündigungsrückmeldung erfasst</translation>
    </message>
    <message>
        <source>recorded an alternative offered</source>
        <translation>eine angebotene Alternative erfasst</translation>
    </message>
    <message>
        <source>completed the task &quot;%1&quot;</source>
        <translation>die Aufgabe „%1“ erledigt</translation>
    </message>
    <message>
        <source>skipped the task &quot;%1&quot;</source>
        <translation>die Aufgabe „%1“ übersprungen</translation>
    </message>
    <message>
        <source>reopened the task &quot;%1&quot;</source>
        <translation>die Aufgabe „%1“ wieder geöffnet</translation>
    </message>
    <message>
        <source>reopened the case</source>
        <translation>den Fall wieder geöffnet</translation>
    </message>
    <message>
        <source>recorded a win-back check-in (%1)</source>
        <translation>einen Rückgewinnungstermin erfasst (%1)</translation>
    </message>
    <message>
        <source>closed the case as %1</source>
        <translation>den Fall als %1 abgeschlossen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>left the case unassigned</source>
        <translation>die Zuweisung des Falls aufgehoben</translation>
    </message>
    <message>
        <source>took the case</source>
        <translation>den Fall übernommen</translation>
    </message>
    <message>
        <source>assigned the case to %1</source>
        <translation>den Fall %1 zugewiesen</translation>
    </message>
    <message>
        <source>applied a playbook</source>
        <translation>ein Playbook angewendet</translation>
    </message>
    <message>
        <source>changed the case</source>
        <translation>den Fall geändert</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 hat %2 (%3)</translation>
    </message>
    <message>
        <source>Someone else changed case %1 since you opened it.</source>
        <translation>Jemand anderes hat Fall %1 geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message numerus="yes">
        <source>%1, after %n other change(s) to case %2 since you opened it.</source>
        <translation>
            <numerusform>%1, nach %n weiteren Änderung an Fall %2, seit Sie ihn geöffnet haben.</numerusform>
            <numerusform>%1, nach %n weiteren Änderungen an Fall %2, seit Sie ihn geöffnet haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, after you opened case %2.</source>
        <translation>%1, nachdem Sie Fall %2 geöffnet haben.</translation>
    </message>
    <message>
        <source>Nothing was changed; reload the case to see it, then try again.</source>
        <translation>Es wurde nichts geändert; laden Sie den Fall neu, um die Änderung zu sehen, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>fairwell::CaseRepository</name>
    <message>
        <source>There is no case number %1 in this database; someone may have deleted it.</source>
        <translation>In dieser Datenbank gibt es keinen Fall Nummer %1; vielleicht hat ihn jemand gelöscht.</translation>
    </message>
    <message>
        <source>Someone else deleted this case since you opened it. Yours was not saved.</source>
        <translation>Jemand anderes hat diesen Fall gelöscht, seit Sie ihn geöffnet haben. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Someone else changed this case since you opened it (%1). Reload it to see their change; yours was not saved.</source>
        <translation>Jemand anderes hat diesen Fall geändert, seit Sie ihn geöffnet haben (%1). Laden Sie ihn neu, um die Änderung zu sehen; Ihre wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>fairwell::CaseService</name>
    <message>
        <source>Case %1 is closed; only open cases are claimed.</source>
        <translation>Fall %1 ist erledigt; übernommen werden nur offene Fälle.</translation>
    </message>
    <message>
        <source>%1 has already taken case %2. Nothing was changed.</source>
        <translation>%1 hat Fall %2 bereits übernommen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>Choose at least one case to reassign.</source>
        <translation>Wählen Sie mindestens einen Fall aus, der neu zugewiesen werden soll.</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot own cases.</source>
        <translation>%1 ist nicht mehr aktiv und kann keine Fälle verantworten.</translation>
    </message>
    <message>
        <source>Case %1 is closed; only open cases are reassigned. Nothing was changed.</source>
        <translation>Fall %1 ist erledigt; neu zugewiesen werden nur offene Fälle. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>fairwell::CaseView</name>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Zurück zur Liste (Esc)</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>&amp;Gespräch erfassen…</translation>
    </message>
    <message>
        <source>Cl&amp;aim Case</source>
        <translation>Fall ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Make this case yours</source>
        <translation>Diesen Fall selbst übernehmen</translation>
    </message>
    <message>
        <source>Play&amp;book checklist</source>
        <translation>Playbook-&amp;Checkliste</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Playbook checklist</source>
        <translation>Playbook-Checkliste</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the selected task done (Space)</source>
        <translation>Die ausgewählte Aufgabe als erledigt markieren (Leertaste)</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>Übers&amp;pringen…</translation>
    </message>
    <message>
        <source>Reope&amp;n Task</source>
        <translation>Aufgabe &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>Verlauf, neueste Einträge zuerst</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation>Erledigt von %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation>In diesem Fall ist noch nichts geschehen.</translation>
    </message>
    <message>
        <source>Reopen Case</source>
        <translation>Fall wieder öffnen</translation>
    </message>
    <message>
        <source>Why is this case open again? The reason goes on the timeline.</source>
        <translation>Warum ist dieser Fall wieder offen? Der Grund erscheint im Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Reopen Case</source>
        <translation>Fall &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>Skip Task</source>
        <translation>Aufgabe überspringen</translation>
    </message>
    <message>
        <source>Why does “%1” not apply to this case?</source>
        <translation>Warum passt „%1“ nicht zu diesem Fall?</translation>
    </message>
    <message>
        <source>&amp;Skip Task</source>
        <translation>Aufgabe über&amp;springen</translation>
    </message>
    <message>
        <source>&amp;Record Feedback…</source>
        <translation>&amp;Rückmeldung erfassen…</translation>
    </message>
    <message>
        <source>Alternative &amp;Offered…</source>
        <translation>Angebotene Al&amp;ternative…</translation>
    </message>
    <message>
        <source>Clo&amp;se Case…</source>
        <translation>Fall ab&amp;schließen…</translation>
    </message>
    <message>
        <source>Reopen Ca&amp;se…</source>
        <translation>Fall wieder öffne&amp;n…</translation>
    </message>
    <message>
        <source>Thank-&amp;You Note…</source>
        <translation>Dan&amp;kesnachricht…</translation>
    </message>
    <message>
        <source>Write the customer a personal thank-you note</source>
        <translation>Dem Kunden eine persönliche Dankesnachricht schreiben</translation>
    </message>
</context>
<context>
    <name>fairwell::CaseWorkService</name>
    <message>
        <source>Enter the date the contract ends to start offboarding. Nothing was changed.</source>
        <translation>Geben Sie das Datum ein, an dem der Vertrag endet, um das Offboarding zu starten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The exit reason &quot;%1&quot; is archived; choose an active one. Nothing was changed.</source>
        <translation>Der Kündigungsgrund „%1“ ist archiviert; wählen Sie einen aktiven. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The playbook &quot;%1&quot; is archived; choose an active one. Nothing was changed.</source>
        <translation>Das Playbook „%1“ ist archiviert; wählen Sie ein aktives. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A call lasts between 0 and 1440 minutes; %1 is not possible. Nothing was changed.</source>
        <translation>Ein Gespräch dauert zwischen 0 und 1440 Minuten; %1 ist nicht möglich. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A call cannot be logged in the future. Nothing was changed.</source>
        <translation>Ein Gespräch kann nicht in der Zukunft erfasst werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The follow-up date is before the call. Choose the call&apos;s day or a later one. Nothing was changed.</source>
        <translation>Der Termin für den erneuten Anruf liegt vor dem Gespräch. Wählen Sie den Tag des Gesprächs oder einen späteren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Erneut anrufen</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5; %1 is not. Nothing was changed.</source>
        <translation>Die Zufriedenheit wird von 1 bis 5 bewertet; %1 gehört nicht dazu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Each secondary reason may be named once. Nothing was changed.</source>
        <translation>Jeder weitere Grund darf nur einmal genannt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The primary reason cannot also be a secondary one. Nothing was changed.</source>
        <translation>Der Hauptgrund kann nicht zugleich ein weiterer Grund sein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The exit reason &quot;%1&quot; is archived and can no longer be chosen. Nothing was changed.</source>
        <translation>Der Kündigungsgrund „%1“ ist archiviert und kann nicht mehr gewählt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Task %1 belongs to another case. Nothing was changed.</source>
        <translation>Aufgabe %1 gehört zu einem anderen Fall. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is open already. Nothing was changed.</source>
        <translation>Die Aufgabe „%1“ ist bereits offen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is no longer open; reopen it first. Nothing was changed.</source>
        <translation>Die Aufgabe „%1“ ist nicht mehr offen; öffnen Sie sie zuerst wieder. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Say why the task is skipped. Nothing was changed.</source>
        <translation>Geben Sie an, warum die Aufgabe übersprungen wird. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The MRR lost cannot be negative. Nothing was changed.</source>
        <translation>Der MRR-Verlust kann nicht negativ sein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Case %1 is closed already. Nothing was changed.</source>
        <translation>Fall %1 ist bereits abgeschlossen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The close date %1 is before the case was opened (%2). Nothing was changed.</source>
        <translation>Das Abschlussdatum %1 liegt vor der Eröffnung des Falls (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A churned case needs the primary exit reason: record the feedback first. Nothing was changed.</source>
        <translation>Ein abgewanderter Fall braucht den Hauptkündigungsgrund: Erfassen Sie zuerst die Rückmeldung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A win-back check-in needs the customer&apos;s consent to be contacted later; the feedback does not say so. Nothing was changed.</source>
        <translation>Ein Rückgewinnungstermin setzt voraus, dass der Kunde einer späteren Kontaktaufnahme zugestimmt hat; laut Rückmeldung hat er das nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The win-back check-in must be after the close date. Nothing was changed.</source>
        <translation>Der Rückgewinnungstermin muss nach dem Abschlussdatum liegen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Say why the case is reopened. Nothing was changed.</source>
        <translation>Geben Sie an, warum der Fall wieder geöffnet wird. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Case %1 is open already. Nothing was changed.</source>
        <translation>Fall %1 ist bereits offen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The account already has an open case (%1); work on that one instead. Nothing was changed.</source>
        <translation>Für diesen Kunden gibt es bereits einen offenen Fall (%1); arbeiten Sie bitte dort weiter. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The account got another open case meanwhile; work on that one instead. Nothing was changed.</source>
        <translation>Für diesen Kunden wurde inzwischen ein anderer offener Fall angelegt; arbeiten Sie bitte dort weiter. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>fairwell::ChartCsv</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>fairwell::ChartValueText</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>fairwell::ChartView</name>
    <message>
        <source>%1 (%2 of all)</source>
        <translation>%1 (%2 von allen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No cases in this range</source>
        <translation>Keine Fälle in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>fairwell::CloseCaseDialog</name>
    <message>
        <source>Close Case: %1</source>
        <translation>Fall abschließen: %1</translation>
    </message>
    <message>
        <source>Churned: the customer left</source>
        <translation>Abgewandert: Der Kunde ist gegangen</translation>
    </message>
    <message>
        <source>Saved: the customer stays</source>
        <translation>Gehalten: Der Kunde bleibt</translation>
    </message>
    <message>
        <source>Downgraded to a smaller plan</source>
        <translation>Herabgestuft auf einen kleineren Tarif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Plan a &amp;win-back check-in on</source>
        <translation>&amp;Rückgewinnungstermin planen am</translation>
    </message>
    <message>
        <source>The customer has not agreed to be contacted later (Record Feedback).</source>
        <translation>Der Kunde hat einer späteren Kontaktaufnahme nicht zugestimmt (Rückmeldung erfassen).</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;MRR lost:</source>
        <translation>&amp;MRR-Verlust:</translation>
    </message>
    <message>
        <source>Close &amp;date:</source>
        <translation>Abschluss&amp;datum:</translation>
    </message>
    <message>
        <source>Win-back:</source>
        <translation>Rückgewinnung:</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>Fall ab&amp;schließen</translation>
    </message>
    <message>
        <source>A churned case needs its primary exit reason: record the feedback first.</source>
        <translation>Ein abgewanderter Fall braucht seinen Hauptkündigungsgrund: Erfassen Sie zuerst die Rückmeldung.</translation>
    </message>
    <message>
        <source>The MRR lost cannot be negative.</source>
        <translation>Der MRR-Verlust kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>fairwell::CommandLine</name>
    <message>
        <source>Run &quot;fairwell --help&quot; for the options.</source>
        <translation>Die Optionen zeigt „fairwell --help“.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
    <message>
        <source>Open the local SQLite database file PATH.</source>
        <translation>Die lokale SQLite-Datenbankdatei PFAD öffnen.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Connect to the shared PostgreSQL database CONNINFO, e.g. &quot;host=db port=5432 dbname=fairwell user=ann&quot;. A missing password is asked for.</source>
        <translation>Mit der gemeinsamen PostgreSQL-Datenbank VERBINDUNG verbinden, z. B. „host=db port=5432 dbname=fairwell user=ann“. Ein fehlendes Passwort wird abgefragt.</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <source>Use the language CODE (e.g. de) instead of the system&apos;s.</source>
        <translation>Die Sprache CODE (z. B. en) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Fill the database PATH (or the one given with --pg) with demo data and exit. No display needed.</source>
        <translation>Die Datenbank PFAD (oder die mit --pg angegebene) mit Demodaten füllen und beenden. Braucht keinen Bildschirm.</translation>
    </message>
    <message>
        <source>Demo data size: small (about 2,000 accounts, the default) or large.</source>
        <translation>Umfang der Demodaten: small (etwa 2.000 Kunden, die Voreinstellung) oder large.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>UMFANG</translation>
    </message>
    <message>
        <source>Seed for the demo data: the same seed gives the same data.</source>
        <translation>Startwert für die Demodaten: Derselbe Startwert ergibt dieselben Daten.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The database file for --generate-demo.</source>
        <translation>Die Datenbankdatei für --generate-demo.</translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation>[PFAD]</translation>
    </message>
    <message>
        <source>Give either --db or --pg, not both.</source>
        <translation>Bitte entweder --db oder --pg angeben, nicht beides.</translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation>Zu viele Argumente: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option. To open a database file, use --db PATH.</source>
        <translation>„%1“ ist keine Option. Eine Datenbankdatei öffnet --db PFAD.</translation>
    </message>
    <message>
        <source>Give the database once: as PATH, with --db or with --pg.</source>
        <translation>Bitte die Datenbank nur einmal angeben: als PFAD, mit --db oder mit --pg.</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db braucht einen Dateipfad.</translation>
    </message>
    <message>
        <source>--pg: %1</source>
        <translation>--pg: %1</translation>
    </message>
    <message>
        <source>--generate-demo needs a database: a file PATH or --pg CONNINFO.</source>
        <translation>--generate-demo braucht eine Datenbank: einen Dateipfad PFAD oder --pg VERBINDUNG.</translation>
    </message>
    <message>
        <source>--size must be small or large, not &quot;%1&quot;.</source>
        <translation>--size muss small oder large sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed muss eine ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Multiply the demo data&apos;s accounts and cases by FACTOR (1 to 100).</source>
        <translation>Kunden und Fälle der Demodaten mit FAKTOR vervielfachen (1 bis 100).</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FAKTOR</translation>
    </message>
    <message>
        <source>--size, --seed and --scale only go with --generate-demo.</source>
        <translation>--size, --seed und --scale gibt es nur zusammen mit --generate-demo.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 100, not &quot;%1&quot;.</source>
        <translation>--scale muss eine ganze Zahl von 1 bis 100 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>report needs %1 YYYY-MM-DD.</source>
        <translation>report braucht %1 JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 muss ein Datum in der Form JJJJ-MM-TT sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) liegt nach --to (%2).</translation>
    </message>
    <message>
        <source>--segment must be smb, mid_market or enterprise, not &quot;%1&quot;.</source>
        <translation>--segment muss smb, mid_market oder enterprise sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--plan needs a plan&apos;s name.</source>
        <translation>--plan braucht den Namen eines Tarifs.</translation>
    </message>
    <message>
        <source>--owner needs a login.</source>
        <translation>--owner braucht eine Anmeldung.</translation>
    </message>
    <message>
        <source>report needs --out FILE: the PDF file to write.</source>
        <translation>report braucht --out DATEI: die PDF-Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Fairwell, a desktop console for customer offboarding. Without options it opens the last database used, or creates a local one filled with demo data.

  fairwell --generate-demo PATH [--size small|large] [--seed N] [--scale FACTOR]
  fairwell report --db PATH|--pg CONNINFO --from YYYY-MM-DD --to YYYY-MM-DD
                  [--segment smb|mid_market|enterprise] [--plan PLAN] [--owner LOGIN]
                  [--lang CODE] --out FILE.pdf

&quot;report&quot; writes the exit dashboards (charts, figures and definitions) for the date range and filters as a PDF file, with no display needed.</source>
        <translation>Fairwell, eine Arbeitsoberfläche für das Offboarding von Kunden. Ohne Optionen öffnet Fairwell die zuletzt verwendete Datenbank oder legt eine lokale mit Demodaten an.

  fairwell --generate-demo PFAD [--size small|large] [--seed N] [--scale FAKTOR]
  fairwell report --db PFAD|--pg VERBINDUNG --from JJJJ-MM-TT --to JJJJ-MM-TT
                  [--segment smb|mid_market|enterprise] [--plan TARIF] [--owner ANMELDUNG]
                  [--lang CODE] --out DATEI.pdf

„report“ schreibt die Kündigungs-Dashboards (Diagramme, Kennzahlen und Definitionen) für den Zeitraum und die Filter als PDF-Datei; einen Bildschirm braucht es dafür nicht.</translation>
    </message>
    <message>
        <source>report: the first day of the range.</source>
        <translation>report: der erste Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>report: the last day of the range.</source>
        <translation>report: der letzte Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>report: only accounts of SEGMENT (smb, mid_market or enterprise).</source>
        <translation>report: nur Kunden im Segment SEGMENT (smb, mid_market oder enterprise).</translation>
    </message>
    <message>
        <source>SEGMENT</source>
        <translation>SEGMENT</translation>
    </message>
    <message>
        <source>report: only accounts on PLAN.</source>
        <translation>report: nur Kunden mit dem Tarif TARIF.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <source>report: only cases owned by the person with the login LOGIN.</source>
        <translation>report: nur Fälle, die die Person mit der Anmeldung ANMELDUNG verantwortet.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ANMELDUNG</translation>
    </message>
    <message>
        <source>report: the PDF file to write.</source>
        <translation>report: die PDF-Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--from, --to, --segment, --plan, --owner and --out only go with &quot;fairwell report&quot;.</source>
        <translation>--from, --to, --segment, --plan, --owner und --out gibt es nur zusammen mit „fairwell report“.</translation>
    </message>
    <message>
        <source>report needs a database: --db PATH or --pg CONNINFO.</source>
        <translation>report braucht eine Datenbank: --db PFAD oder --pg VERBINDUNG.</translation>
    </message>
</context>
<context>
    <name>fairwell::ConflictPrompt</name>
    <message>
        <source>Someone Else Changed This Case</source>
        <translation>Jemand anderes hat diesen Fall geändert</translation>
    </message>
    <message>
        <source>This case was changed after you opened it. Nothing of yours has been saved yet.</source>
        <translation>Dieser Fall wurde geändert, nachdem Sie ihn geöffnet haben. Von Ihren Eingaben wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>

Apply your change on top of theirs, or reload the case to see it first? What you typed stays in the dialog either way.</source>
        <translation>

Ihre Änderung zusätzlich übernehmen oder den Fall zuerst neu laden, um die andere Änderung zu sehen? Was Sie eingegeben haben, bleibt so oder so im Dialog erhalten.</translation>
    </message>
    <message>
        <source>&amp;Apply My Change</source>
        <translation>Meine Änderung &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Reload Case</source>
        <translation>Fall &amp;neu laden</translation>
    </message>
</context>
<context>
    <name>fairwell::ConnectDialog</name>
    <message>
        <source>Connect to Shared Database</source>
        <translation>Mit gemeinsamer Datenbank verbinden</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database lets the whole team work on the same cases. Ask your administrator for these details.</source>
        <translation>In einer gemeinsamen PostgreSQL-Datenbank arbeitet das ganze Team an denselben Fällen. Die Angaben erhalten Sie von Ihrer Administration.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>fairwell</source>
        <translation>fairwell</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird aufgebaut…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected. The database is empty: Fairwell will set it up.</source>
        <translation>Verbunden. Die Datenbank ist leer: Fairwell richtet sie ein.</translation>
    </message>
    <message>
        <source>Connected. This is a Fairwell database.</source>
        <translation>Verbunden. Dies ist eine Fairwell-Datenbank.</translation>
    </message>
    <message>
        <source>Success: %1</source>
        <translation>Erfolgreich: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>fairwell::ContactRepository</name>
    <message>
        <source>There is no contact number %1; someone may have deleted it.</source>
        <translation>Es gibt keinen Kontakt Nummer %1; vielleicht hat ihn jemand gelöscht.</translation>
    </message>
    <message>
        <source>The contact %1 no longer exists; someone may have deleted it. Your change was not saved.</source>
        <translation>Den Kontakt %1 gibt es nicht mehr; vielleicht hat ihn jemand gelöscht. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no contact number %1 to delete.</source>
        <translation>Es gibt keinen Kontakt Nummer %1, der gelöscht werden könnte.</translation>
    </message>
    <message>
        <source>Account number %1 has no primary contact.</source>
        <translation>Der Kunde Nummer %1 hat keinen Hauptkontakt.</translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardChartBox</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this chart</source>
        <translation>Dieses Diagramm speichern</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>Save the Data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>The chart could not be saved</source>
        <translation>Das Diagramm konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardCharts</name>
    <message>
        <source>%1+ days</source>
        <translation>%1+ Tage</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Selber Tag</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 Tage</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>Kein Grund erfasst</translation>
    </message>
    <message>
        <source>Why customers left: %1</source>
        <translation>Warum Kunden gingen: %1</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>Warum Kunden gingen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation>Grundkategorie</translation>
    </message>
    <message>
        <source>MRR lost by exit reason</source>
        <translation>MRR-Verlust nach Kündigungsgrund</translation>
    </message>
    <message>
        <source>Churned cases</source>
        <translation>Abgewanderte Fälle</translation>
    </message>
    <message>
        <source>MRR lost</source>
        <translation>MRR-Verlust</translation>
    </message>
    <message>
        <source>Secondary exit reasons (top %1)</source>
        <translation>Weitere Kündigungsgründe (Top %1)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Cases opened and closed</source>
        <translation>Eröffnete und abgeschlossene Fälle</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>MRR lost over time</source>
        <translation>MRR-Verlust im Zeitverlauf</translation>
    </message>
    <message>
        <source>How cases closed</source>
        <translation>Wie Fälle abgeschlossen wurden</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Abgeschlossene Fälle</translation>
    </message>
    <message>
        <source>Save rate: %1 %</source>
        <translation>Halterate: %1 %</translation>
    </message>
    <message>
        <source>Save rate over time</source>
        <translation>Halterate im Zeitverlauf</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Halterate</translation>
    </message>
    <message>
        <source>Exit reasons by segment</source>
        <translation>Kündigungsgründe nach Segment</translation>
    </message>
    <message>
        <source>Exit reasons by plan</source>
        <translation>Kündigungsgründe nach Tarif</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Kein Segment</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Tarif</translation>
    </message>
    <message>
        <source>Open cases and overdue tasks by owner</source>
        <translation>Offene Fälle und überfällige Aufgaben nach Verantwortlichen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Time to first call</source>
        <translation>Zeit bis zum ersten Gespräch</translation>
    </message>
    <message>
        <source>Days to the first call</source>
        <translation>Tage bis zum ersten Gespräch</translation>
    </message>
    <message>
        <source>No call yet</source>
        <translation>Kein Gespräch</translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation>Zeit bis zum Abschluss</translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation>Tage bis zum Abschluss</translation>
    </message>
    <message numerus="yes">
        <source>Median: %n day(s)</source>
        <translation>
            <numerusform>Median: %n Tag</numerusform>
            <numerusform>Median: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Median: %1 days</source>
        <translation>Median: %1 Tage</translation>
    </message>
    <message>
        <source>Thank-you notes and feedback</source>
        <translation>Dankesnachrichten und Rückmeldungen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>Thank-you note sent</source>
        <translation>Dank gesendet</translation>
    </message>
    <message>
        <source>Feedback recorded</source>
        <translation>Rückmeldung erfasst</translation>
    </message>
    <message>
        <source>Share of cases</source>
        <translation>Anteil der Fälle</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Rückgewinnungstermine</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgekehrt</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>MRR returned: none</source>
        <translation>Zurückgewonnener MRR: keiner</translation>
    </message>
    <message>
        <source>MRR returned: %1</source>
        <translation>Zurückgewonnener MRR: %1</translation>
    </message>
    <message>
        <source>Satisfaction at exit</source>
        <translation>Zufriedenheit bei Kündigung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message numerus="yes">
        <source>Average: %1 of 5, from %n scored case(s).</source>
        <translation>
            <numerusform>Durchschnitt: %1 von 5, aus %n bewertetem Fall.</numerusform>
            <numerusform>Durchschnitt: %1 von 5, aus %n bewerteten Fällen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) gave feedback without a score.</source>
        <translation>
            <numerusform>Bei %n Fall wurde eine Rückmeldung ohne Bewertung erfasst.</numerusform>
            <numerusform>Bei %n Fällen wurde eine Rückmeldung ohne Bewertung erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>This range has amounts in %1; shown: %2 only. Pick a currency above.</source>
        <translation>Dieser Zeitraum enthält Beträge in %1; angezeigt: nur %2. Wählen Sie oben eine Währung.</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>Herabgestuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardDefinitions</name>
    <message>
        <source>The cases closed as saved, downgraded or paused, divided by all cases closed in the date range, counted by closing date. A range in which no case closed has no save rate (not 0 %).</source>
        <translation>Die als gehalten, herabgestuft oder pausiert abgeschlossenen Fälle, geteilt durch alle im Zeitraum abgeschlossenen Fälle, gezählt nach Abschlussdatum. Ein Zeitraum, in dem kein Fall abgeschlossen wurde, hat keine Halterate (nicht 0 %).</translation>
    </message>
    <message>
        <source>The churned cases closed in the date range, counted by their primary reason. A case with no reason recorded is counted as &quot;No reason recorded&quot;; a reason archived later is still counted under its own name. Secondary reasons are counted separately: a case can name several.</source>
        <translation>Die im Zeitraum abgeschlossenen abgewanderten Fälle, gezählt nach ihrem Hauptgrund. Ein Fall ohne erfassten Grund zählt als „Kein Grund erfasst“; ein später archivierter Grund zählt weiter unter seinem eigenen Namen. Weitere Gründe werden gesondert gezählt: Ein Fall kann mehrere nennen.</translation>
    </message>
    <message>
        <source>The monthly recurring revenue the case recorded as lost when it closed (all of it for a churned customer, the difference for a downgrade), counted by closing date. Amounts are shown per currency and never added across currencies.</source>
        <translation>Der monatlich wiederkehrende Umsatz, den der Fall bei seinem Abschluss als verloren erfasst hat (bei einem abgewanderten Kunden der gesamte, bei einer Herabstufung die Differenz), gezählt nach Abschlussdatum. Beträge werden je Währung gezeigt und nie über Währungen hinweg addiert.</translation>
    </message>
    <message>
        <source>The cases opened in each period, by opening date, and the cases closed in it, by closing date and outcome. A period is a day for ranges up to 31 days, a week (from Monday) for ranges up to 92 days, a month for ranges up to ten years, and a year beyond that.</source>
        <translation>Die in jedem Zeitabschnitt eröffneten Fälle, nach Eröffnungsdatum, und die darin abgeschlossenen Fälle, nach Abschlussdatum und Ergebnis. Ein Zeitabschnitt ist ein Tag bei Zeiträumen bis 31 Tage, eine Woche (ab Montag) bei Zeiträumen bis 92 Tage, ein Monat bei Zeiträumen bis zehn Jahre und darüber hinaus ein Jahr.</translation>
    </message>
    <message>
        <source>The churned cases closed in the date range, by the category of their primary reason and by the segment or plan the account has now.</source>
        <translation>Die im Zeitraum abgeschlossenen abgewanderten Fälle, nach der Kategorie ihres Hauptgrunds und nach dem Segment oder Tarif, den der Kunde jetzt hat.</translation>
    </message>
    <message>
        <source>The open cases each person owns and their overdue tasks, as of today, whatever the date range. A task is overdue when it is still open, belongs to an open case, and was due before today.</source>
        <translation>Die offenen Fälle, die jede Person verantwortet, und deren überfällige Aufgaben, Stand heute, unabhängig vom Zeitraum. Eine Aufgabe ist überfällig, wenn sie noch offen ist, zu einem offenen Fall gehört und vor heute fällig war.</translation>
    </message>
    <message>
        <source>The days from the case&apos;s opening (the customer&apos;s notice) to the first call logged on it, for the cases opened in the date range. Cases with no call yet are shown apart.</source>
        <translation>Die Tage von der Eröffnung des Falls (der Kündigung des Kunden) bis zum ersten darin erfassten Gespräch, für die im Zeitraum eröffneten Fälle. Fälle ohne bisheriges Gespräch werden gesondert gezeigt.</translation>
    </message>
    <message>
        <source>The days from a case&apos;s opening to its closing, for the cases closed in the date range. The median is the middle value: half the cases took longer, half took less.</source>
        <translation>Die Tage von der Eröffnung eines Falls bis zu seinem Abschluss, für die im Zeitraum abgeschlossenen Fälle. Der Median ist der mittlere Wert: Die Hälfte der Fälle dauerte länger, die andere Hälfte kürzer.</translation>
    </message>
    <message>
        <source>The churned cases closed in the date range with a thank-you note sent, divided by all churned cases closed in the range.</source>
        <translation>Die im Zeitraum abgeschlossenen abgewanderten Fälle mit gesendeter Dankesnachricht, geteilt durch alle im Zeitraum abgeschlossenen abgewanderten Fälle.</translation>
    </message>
    <message>
        <source>The cases closed in the date range with exit feedback recorded, divided by all cases closed in the range.</source>
        <translation>Die im Zeitraum abgeschlossenen Fälle mit erfasster Kündigungsrückmeldung, geteilt durch alle im Zeitraum abgeschlossenen Fälle.</translation>
    </message>
    <message>
        <source>The check-ins due in the date range (cancelled ones not counted) and how many of them are done; the accounts that returned (a check-in with the outcome &quot;returned&quot; and its return date in the range) and the MRR they came back with, per currency.</source>
        <translation>Die im Zeitraum fälligen Rückgewinnungstermine (ohne abgesagte) und wie viele davon erledigt sind; die zurückgekehrten Kunden (ein Rückgewinnungstermin mit dem Ergebnis „zurückgekehrt“ und einem Rückkehrdatum im Zeitraum) und der MRR, mit dem sie zurückkamen, je Währung.</translation>
    </message>
    <message>
        <source>The feedback scores from 1 to 5 of the cases closed in the date range. The average counts only the cases that were given a score.</source>
        <translation>Die Bewertungen von 1 bis 5 aus den Rückmeldungen der im Zeitraum abgeschlossenen Fälle. Der Durchschnitt zählt nur die Fälle, für die eine Bewertung abgegeben wurde.</translation>
    </message>
    <message>
        <source>Every date is the calendar date the case recorded, with no time zones. A date range includes its first and its last day.</source>
        <translation>Jedes Datum ist das Kalenderdatum, das im Fall erfasst wurde, ohne Zeitzonen. Ein Zeitraum umfasst seinen ersten und seinen letzten Tag.</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Halterate</translation>
    </message>
    <message>
        <source>Exit reasons</source>
        <translation>Kündigungsgründe</translation>
    </message>
    <message>
        <source>MRR lost</source>
        <translation>MRR-Verlust</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Reasons by segment and plan</source>
        <translation>Gründe nach Segment und Tarif</translation>
    </message>
    <message>
        <source>Open cases and overdue tasks</source>
        <translation>Offene Fälle und überfällige Aufgaben</translation>
    </message>
    <message>
        <source>Time to first call</source>
        <translation>Zeit bis zum ersten Gespräch</translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation>Zeit bis zum Abschluss</translation>
    </message>
    <message>
        <source>Thank-you share</source>
        <translation>Anteil mit Dankesnachricht</translation>
    </message>
    <message>
        <source>Feedback share</source>
        <translation>Anteil mit Rückmeldung</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>Satisfaction at exit</source>
        <translation>Zufriedenheit bei Kündigung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardFilterBar</name>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Definitions…</source>
        <translation>Definitionen…</translation>
    </message>
    <message>
        <source>What each figure counts, and by which date</source>
        <translation>Was jede Kennzahl zählt und nach welchem Datum</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Bericht (PDF)…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This range has amounts in %1: each has a chart of its own, never added to another.</source>
        <translation>Dieser Zeitraum enthält Beträge in %1: Jede Währung hat ein eigenes Diagramm und wird nie mit einer anderen addiert.</translation>
    </message>
    <message>
        <source>The report was cancelled; %1 was not written.</source>
        <translation>Der Bericht wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Exit dashboards</source>
        <translation>Kündigungs-Dashboards</translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardReportPage</name>
    <message>
        <source>Exit dashboards</source>
        <translation>Kündigungs-Dashboards</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Generated on %1. Open cases and overdue tasks as of %2.</source>
        <translation>Erstellt am %1. Offene Fälle und überfällige Aufgaben mit Stand vom %2.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardService</name>
    <message>
        <source>The dashboards were not loaded: cancelled.</source>
        <translation>Die Dashboards wurden nicht geladen: abgebrochen.</translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardSql</name>
    <message>
        <source>There is no segment “%1”.</source>
        <translation>Es gibt kein Segment „%1“.</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the range.</source>
        <translation>Wählen Sie den ersten und den letzten Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>The range starts on %1, after its end on %2.</source>
        <translation>Der Zeitraum beginnt am %1, nach seinem Ende am %2.</translation>
    </message>
</context>
<context>
    <name>fairwell::DashboardsPage</name>
    <message>
        <source>Exit reasons</source>
        <translation>Kündigungsgründe</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Segments &amp;&amp; plans</source>
        <translation>Segmente &amp;&amp; Tarife</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Stimme der Kunden</translation>
    </message>
    <message>
        <source>‹ All categories</source>
        <translation>‹ Alle Kategorien</translation>
    </message>
    <message>
        <source>Back to all reason categories</source>
        <translation>Zurück zu allen Grundkategorien</translation>
    </message>
    <message>
        <source>Loading the dashboards</source>
        <translation>Dashboards werden geladen</translation>
    </message>
    <message>
        <source>Choose who is working at this desk (File ▸ Switch Profile…) to see the dashboards.</source>
        <translation>Wählen Sie, wer an diesem Arbeitsplatz arbeitet (Datei ▸ Profil wechseln…), um die Dashboards zu sehen.</translation>
    </message>
    <message>
        <source>What the Figures Mean</source>
        <translation>Was die Kennzahlen bedeuten</translation>
    </message>
    <message>
        <source>The report needs the figures first: open a database and wait for them.</source>
        <translation>Der Bericht braucht zuerst die Kennzahlen: Öffnen Sie eine Datenbank und warten Sie, bis sie geladen sind.</translation>
    </message>
    <message>
        <source>exit-dashboards-%1-to-%2.pdf</source>
        <translation>kuendigungs-dashboards-%1-bis-%2.pdf</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Der Bericht wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation>Der Bericht konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>fairwell::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>Dies ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>You may not read this database file. Ask its owner for access.</source>
        <translation>Sie dürfen diese Datenbankdatei nicht lesen. Bitten Sie die Person, der sie gehört, um Zugriff.</translation>
    </message>
    <message>
        <source>This file is not a Fairwell database (it is not an SQLite database at all). Nothing was changed.</source>
        <translation>Diese Datei ist keine Fairwell-Datenbank (sie ist überhaupt keine SQLite-Datenbank). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no database file here.</source>
        <translation>Hier gibt es keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The folder for the new database does not exist.</source>
        <translation>Der Ordner für die neue Datenbank existiert nicht.</translation>
    </message>
    <message>
        <source>This database file is on a network file system (%1). SQLite cannot lock files reliably there, so two people writing at once can damage it. For a team, use a shared PostgreSQL database (File ▸ Connect to shared database…).</source>
        <translation>Diese Datenbankdatei liegt auf einem Netzwerkdateisystem (%1). SQLite kann Dateien dort nicht zuverlässig sperren; schreiben zwei Personen gleichzeitig, kann sie beschädigt werden. Für ein Team eignet sich eine gemeinsame PostgreSQL-Datenbank (Datei ▸ Mit gemeinsamer Datenbank verbinden…).</translation>
    </message>
    <message>
        <source>The folder holding this database is read-only, so Fairwell cannot write its journal beside it. Move the file to a folder you may write to. Nothing was changed.</source>
        <translation>Der Ordner dieser Datenbank ist schreibgeschützt, daher kann Fairwell sein Journal nicht daneben schreiben. Verschieben Sie die Datei in einen Ordner, in den Sie schreiben dürfen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This database file is read-only. Make it writable or copy it to a folder of yours. Nothing was changed.</source>
        <translation>Diese Datenbankdatei ist schreibgeschützt. Machen Sie sie beschreibbar oder kopieren Sie sie in einen eigenen Ordner. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber für Qt ist nicht installiert (Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database is busy: another program or another Fairwell window is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>Die Datenbank ist beschäftigt: Ein anderes Programm oder ein anderes Fairwell-Fenster schreibt gerade hinein. Versuchen Sie es gleich noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database cannot be written to (the file or its folder is read-only). Nothing was changed.</source>
        <translation>In die Datenbank kann nicht geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This file is not a Fairwell database (SQLite does not recognise it). Nothing was changed.</source>
        <translation>Diese Datei ist keine Fairwell-Datenbank (SQLite erkennt sie nicht). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This database file is damaged. Restore it from a backup; Fairwell wrote nothing to it.</source>
        <translation>Diese Datenbankdatei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her; Fairwell hat nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>Die Datenbankdatei lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database; the change was not saved.</source>
        <translation>Der Datenträger meldete beim Lesen oder Schreiben der Datenbank einen Fehler; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your PostgreSQL role may not do this. Ask an administrator for access.</source>
        <translation>Ihre PostgreSQL-Rolle darf das nicht. Bitten Sie Ihre Administration um Zugriff.</translation>
    </message>
    <message>
        <source>The database refused a request; nothing was changed.</source>
        <translation>Die Datenbank hat eine Anfrage abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The SQLite driver did not accept Fairwell&apos;s sort order for names.</source>
        <translation>Der SQLite-Treiber hat die Sortierreihenfolge von Fairwell für Namen nicht angenommen.</translation>
    </message>
    <message>
        <source>Fairwell tried to make a change that must not race another one inside a change that already began without that protection. Nothing was changed; please report this.</source>
        <translation>Fairwell wollte eine Änderung, die nicht mit einer anderen kollidieren darf, innerhalb einer Änderung vornehmen, die bereits ohne diesen Schutz begonnen hatte. Es wurde nichts geändert; bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>The database refused a step of this change, so none of it was saved.</source>
        <translation>Die Datenbank hat einen Schritt dieser Änderung abgelehnt, daher wurde nichts davon gespeichert.</translation>
    </message>
    <message>
        <source>This value is taken already: a name, number or date that must be unique is used by another record. Nothing was changed.</source>
        <translation>Dieser Wert ist bereits vergeben: Ein Name, eine Nummer oder ein Datum, das eindeutig sein muss, wird von einem anderen Datensatz verwendet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the data (a required value is missing, or a value is out of range or in the wrong form). Nothing was changed.</source>
        <translation>Die Änderung verletzt eine Regel der Daten (ein Pflichtwert fehlt, oder ein Wert liegt außerhalb des erlaubten Bereichs oder hat die falsche Form). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This record is still in use: other records refer to it. Remove or change those first. Nothing was changed.</source>
        <translation>Dieser Datensatz wird noch verwendet: Andere Datensätze verweisen auf ihn. Entfernen oder ändern Sie diese zuerst. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The change refers to a record that does not exist (any more), such as an account, a case, a person or a reason someone else removed. Nothing was changed.</source>
        <translation>Die Änderung verweist auf einen Datensatz, den es (nicht mehr) gibt, etwa einen Kunden, einen Fall, eine Person oder einen Grund, den jemand anderes entfernt hat. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The change breaks a link between records: a linked record is missing or still in use. Nothing was changed.</source>
        <translation>Die Änderung verletzt eine Verknüpfung zwischen Datensätzen: Ein verknüpfter Datensatz fehlt oder wird noch verwendet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so the change was not saved. Make some room and try again.</source>
        <translation>Der Datenträger der Datenbank ist voll, daher wurde die Änderung nicht gespeichert. Schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment, so this change could not be applied safely. Try again; nothing was changed.</source>
        <translation>Jemand anderes hat im selben Moment dieselben Daten geändert, daher ließ sich diese Änderung nicht sicher ausführen. Versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Someone else&apos;s change to the same data is still under way and holds it locked. Try again in a moment; nothing was changed.</source>
        <translation>Eine Änderung einer anderen Person an denselben Daten läuft noch und hält sie gesperrt. Versuchen Sie es gleich noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The PostgreSQL database accepts no changes now (it is a read-only copy, or the server is set to read-only). Nothing was changed.</source>
        <translation>Die PostgreSQL-Datenbank nimmt zurzeit keine Änderungen an (sie ist eine schreibgeschützte Kopie, oder der Server ist auf Nur-Lesen eingestellt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full, so the change was not saved. Tell the server&apos;s administrator.</source>
        <translation>Der Datenträger des Datenbankservers ist voll, daher wurde die Änderung nicht gespeichert. Informieren Sie die Administration des Servers.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server broke off (the server stopped or the network failed). Open the database again and check your last change.</source>
        <translation>Die Verbindung zum PostgreSQL-Server ist abgebrochen (der Server wurde beendet oder das Netzwerk ist ausgefallen). Öffnen Sie die Datenbank erneut und prüfen Sie Ihre letzte Änderung.</translation>
    </message>
</context>
<context>
    <name>fairwell::DatabaseChooser</name>
    <message>
        <source>Fairwell databases (*.sqlite *.db *.fairwell)</source>
        <translation>Fairwell-Datenbanken (*.sqlite *.db *.fairwell)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>A file with this name exists already. Choose another name, or open it with File ▸ Open Database…</source>
        <translation>Eine Datei mit diesem Namen gibt es bereits. Wählen Sie einen anderen Namen oder öffnen Sie sie mit Datei ▸ Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Add demo data to the new database? It holds made-up accounts and cases to try Fairwell with.</source>
        <translation>Demodaten zur neuen Datenbank hinzufügen? Sie enthalten erfundene Kunden und Fälle zum Ausprobieren von Fairwell.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
</context>
<context>
    <name>fairwell::DatabaseOpener</name>
    <message>
        <source>Creating Database</source>
        <translation>Datenbank wird angelegt</translation>
    </message>
    <message>
        <source>Opening Database</source>
        <translation>Datenbank wird geöffnet</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>fairwell::DatabaseSetupService</name>
    <message>
        <source>Upgrading the database…</source>
        <translation>Datenbank wird aktualisiert…</translation>
    </message>
    <message>
        <source>Adding the default exit reasons, playbooks and templates…</source>
        <translation>Standard-Kündigungsgründe, Playbooks und Vorlagen werden angelegt…</translation>
    </message>
    <message>
        <source>Adding demo data: %1</source>
        <translation>Demodaten werden angelegt: %1</translation>
    </message>
</context>
<context>
    <name>fairwell::DatabaseSpec</name>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL address.</source>
        <translation>„%1“ ist keine gültige PostgreSQL-Adresse.</translation>
    </message>
    <message>
        <source>The connection string names no database (dbname=…).</source>
        <translation>Die Verbindungsangabe nennt keine Datenbank (dbname=…).</translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <translation>%1 auf %2:%3</translation>
    </message>
    <message>
        <source>%1 on %2:%3 as %4</source>
        <translation>%1 auf %2:%3 als %4</translation>
    </message>
    <message>
        <source>The connection string is missing &quot;=&quot; after &quot;%1&quot;.</source>
        <translation>In der Verbindungsangabe fehlt „=“ nach „%1“.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in the connection string has no closing quote.</source>
        <translation>Der Wert von „%1“ in der Verbindungsangabe hat kein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535).</source>
        <translation>„%1“ ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds.</source>
        <translation>„%1“ ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>The connection string has an unknown key &quot;%1&quot;. Fairwell understands host, port, dbname, user, password and connect_timeout.</source>
        <translation>Die Verbindungsangabe enthält den unbekannten Schlüssel „%1“. Fairwell versteht host, port, dbname, user, password und connect_timeout.</translation>
    </message>
</context>
<context>
    <name>fairwell::DefaultContent</name>
    <message>
        <source>The default content file is not valid: %1</source>
        <translation>Die Datei mit den Standardinhalten ist ungültig: %1</translation>
    </message>
    <message>
        <source>The default content file cannot be read.</source>
        <translation>Die Datei mit den Standardinhalten lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>%1 at character %2.</source>
        <translation>%1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>the top level must be an object.</source>
        <translation>Die oberste Ebene muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>it lists no &quot;categories&quot;.</source>
        <translation>Sie enthält keine „categories“.</translation>
    </message>
    <message>
        <source>category %1 has no name.</source>
        <translation>Kategorie %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; has a reason without a name.</source>
        <translation>Kategorie „%1“ hat einen Grund ohne Namen.</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; has no reasons.</source>
        <translation>Kategorie „%1“ hat keine Gründe.</translation>
    </message>
    <message>
        <source>it lists no &quot;playbooks&quot;.</source>
        <translation>Sie enthält keine „playbooks“.</translation>
    </message>
    <message>
        <source>playbook %1 has no name.</source>
        <translation>Playbook %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot; matches the unknown segment &quot;%2&quot;.</source>
        <translation>Playbook „%1“ verweist auf das unbekannte Segment „%2“.</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot; matches the reason category &quot;%2&quot;, which the taxonomy does not have.</source>
        <translation>Playbook „%1“ verweist auf die Grundkategorie „%2“, die es in der Taxonomie nicht gibt.</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot; has no steps.</source>
        <translation>Playbook „%1“ hat keine Schritte.</translation>
    </message>
    <message>
        <source>step %1 of playbook &quot;%2&quot; has an unknown kind &quot;%3&quot;.</source>
        <translation>Schritt %1 von Playbook „%2“ hat die unbekannte Art „%3“.</translation>
    </message>
    <message>
        <source>step %1 of playbook &quot;%2&quot; has no title.</source>
        <translation>Schritt %1 von Playbook „%2“ hat keinen Titel.</translation>
    </message>
    <message>
        <source>step %1 of playbook &quot;%2&quot; has an unknown owner role &quot;%3&quot;.</source>
        <translation>Schritt %1 von Playbook „%2“ hat die unbekannte verantwortliche Rolle „%3“.</translation>
    </message>
    <message>
        <source>it lists no &quot;templates&quot;.</source>
        <translation>Sie enthält keine „templates“.</translation>
    </message>
    <message>
        <source>template %1 needs a name, a subject and a body.</source>
        <translation>Vorlage %1 braucht einen Namen, einen Betreff und einen Text.</translation>
    </message>
    <message>
        <source>The database did not return the new row&apos;s id.</source>
        <translation>Die Datenbank hat die ID der neuen Zeile nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot; has &quot;%2&quot; = %3, which is not a whole, non-negative amount in minor units (cents).</source>
        <translation>Das Playbook „%1“ hat „%2“ = %3; erwartet wird ein ganzer, nicht negativer Betrag in der kleinsten Einheit (Cent).</translation>
    </message>
    <message>
        <source>the subject of template &quot;%1&quot; cannot be used. %2</source>
        <translation>Der Betreff der Vorlage „%1“ lässt sich nicht verwenden. %2</translation>
    </message>
    <message>
        <source>the text of template &quot;%1&quot; cannot be used. %2</source>
        <translation>Der Text der Vorlage „%1“ lässt sich nicht verwenden. %2</translation>
    </message>
</context>
<context>
    <name>fairwell::DemoCommand</name>
    <message>
        <source>Generating demo data… %1% (%2)</source>
        <translation>Demodaten werden erzeugt… %1 % (%2)</translation>
    </message>
    <message>
        <source>Demo data ready in %1 after %8 s: %2 users, %3 accounts, %4 cases, %5 calls, %6 notes, %7 usage events.</source>
        <translation>Demodaten in %1 nach %8 s fertig: %2 Benutzer, %3 Kunden, %4 Fälle, %5 Gespräche, %6 Notizen, %7 Nutzungsereignisse.</translation>
    </message>
</context>
<context>
    <name>fairwell::DemoGenerator</name>
    <message>
        <source>Creating the demo data was cancelled. The rows written so far were removed.</source>
        <translation>Das Anlegen der Demodaten wurde abgebrochen. Die bis dahin geschriebenen Zeilen wurden entfernt.</translation>
    </message>
    <message>
        <source>This database already holds accounts or cases, so no demo data was added. Demo data goes only into a new, empty database.</source>
        <translation>Diese Datenbank enthält bereits Kunden oder Fälle, daher wurden keine Demodaten hinzugefügt. Demodaten kommen nur in eine neue, leere Datenbank.</translation>
    </message>
    <message>
        <source>Demo data needs at least one active exit reason, playbook and note template, and this database has none of one of them.</source>
        <translation>Demodaten brauchen mindestens einen aktiven Kündigungsgrund, ein Playbook und eine Notizvorlage; in dieser Datenbank fehlt eines davon.</translation>
    </message>
    <message>
        <source>Creating accounts and contacts</source>
        <translation>Kunden und Kontakte werden angelegt</translation>
    </message>
    <message>
        <source>Creating cases, calls and notes</source>
        <translation>Fälle, Gespräche und Notizen werden angelegt</translation>
    </message>
    <message>
        <source>Creating usage history</source>
        <translation>Nutzungsverlauf wird angelegt</translation>
    </message>
    <message>
        <source>Installing default content</source>
        <translation>Standardinhalte werden angelegt</translation>
    </message>
    <message>
        <source>Creating the team</source>
        <translation>Das Team wird angelegt</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Demo data is written in batches of its own and cannot join an open transaction.</source>
        <translation>Demodaten werden in eigenen Stapeln geschrieben und können sich keiner offenen Transaktion anschließen.</translation>
    </message>
</context>
<context>
    <name>fairwell::DrillDownDialog</name>
    <message numerus="yes">
        <source>The latest %n case(s); there may be more. Double-click a case or press Enter to open it.</source>
        <translation>
            <numerusform>Der neueste Fall (%n); vielleicht gibt es weitere. Doppelklicken Sie auf einen Fall oder drücken Sie die Eingabetaste, um ihn zu öffnen.</numerusform>
            <numerusform>Die %n neuesten Fälle; vielleicht gibt es weitere. Doppelklicken Sie auf einen Fall oder drücken Sie die Eingabetaste, um ihn zu öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s). Double-click a case or press Enter to open it.</source>
        <translation>
            <numerusform>%n Fall. Doppelklicken Sie auf den Fall oder drücken Sie die Eingabetaste, um ihn zu öffnen.</numerusform>
            <numerusform>%n Fälle. Doppelklicken Sie auf einen Fall oder drücken Sie die Eingabetaste, um ihn zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>MRR lost</source>
        <translation>MRR-Verlust</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>fairwell::Error</name>
    <message>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>fairwell::ErrorMessage</name>
    <message>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Database on a Network Drive</source>
        <translation>Datenbank auf einem Netzlaufwerk</translation>
    </message>
    <message>
        <source>Open it anyway only if you are the one person using this file.</source>
        <translation>Öffnen Sie sie trotzdem nur, wenn Sie die einzige Person sind, die diese Datei benutzt.</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
</context>
<context>
    <name>fairwell::ExitFeedbackRepository</name>
    <message>
        <source>There is no exit feedback number %1.</source>
        <translation>Es gibt keine Kündigungsrückmeldung Nummer %1.</translation>
    </message>
    <message>
        <source>No exit feedback has been recorded for case %1 yet.</source>
        <translation>Für Fall %1 wurde noch keine Kündigungsrückmeldung erfasst.</translation>
    </message>
    <message>
        <source>This exit feedback no longer exists; someone may have deleted it. Your change was not saved.</source>
        <translation>Diese Kündigungsrückmeldung gibt es nicht mehr; vielleicht hat sie jemand gelöscht. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no exit feedback number %1 to delete.</source>
        <translation>Es gibt keine Kündigungsrückmeldung Nummer %1, die gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::ExitReasonRepository</name>
    <message>
        <source>There is no exit reason number %1.</source>
        <translation>Es gibt keinen Kündigungsgrund Nummer %1.</translation>
    </message>
    <message>
        <source>The exit reason &quot;%1&quot; no longer exists; someone may have deleted it.</source>
        <translation>Den Kündigungsgrund „%1“ gibt es nicht mehr; vielleicht hat ihn jemand gelöscht.</translation>
    </message>
    <message>
        <source>There is no exit reason number %1 to delete.</source>
        <translation>Es gibt keinen Kündigungsgrund Nummer %1, der gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::FeedbackDialog</name>
    <message>
        <source>Record Feedback</source>
        <translation>Rückmeldung erfassen</translation>
    </message>
    <message>
        <source>The customer&apos;s own words, as they said them.</source>
        <translation>Die Worte des Kunden, so wie er sie gesagt hat.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>1 — very unhappy</source>
        <translation>1 — sehr unzufrieden</translation>
    </message>
    <message>
        <source>2 — unhappy</source>
        <translation>2 — unzufrieden</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3 — neutral</translation>
    </message>
    <message>
        <source>4 — happy</source>
        <translation>4 — zufrieden</translation>
    </message>
    <message>
        <source>5 — very happy</source>
        <translation>5 — sehr zufrieden</translation>
    </message>
    <message>
        <source>Only if they are switching</source>
        <translation>Nur bei einem Wechsel zu einem anderen Anbieter</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The customer agreed that we may contact them &amp;later</source>
        <translation>Der Kunde ist einverstanden, dass wir uns später &amp;melden dürfen</translation>
    </message>
    <message>
        <source>Reason &amp;category:</source>
        <translation>Grund&amp;kategorie:</translation>
    </message>
    <message>
        <source>&amp;Primary reason:</source>
        <translation>&amp;Hauptgrund:</translation>
    </message>
    <message>
        <source>&amp;Other reasons:</source>
        <translation>&amp;Weitere Gründe:</translation>
    </message>
    <message>
        <source>In their &amp;words:</source>
        <translation>In &amp;eigenen Worten:</translation>
    </message>
    <message>
        <source>Sat&amp;isfaction:</source>
        <translation>Zu&amp;friedenheit:</translation>
    </message>
    <message>
        <source>Switching &amp;to:</source>
        <translation>Wechselt &amp;zu:</translation>
    </message>
    <message>
        <source>Would they &amp;return?</source>
        <translation>&amp;Rückkehr denkbar?</translation>
    </message>
    <message>
        <source>&amp;Save Feedback</source>
        <translation>Rückmeldung &amp;speichern</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>The reason recorded before (archived since)</source>
        <translation>Der zuvor erfasste Grund (inzwischen archiviert)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a category first</source>
        <translation>Zuerst eine Kategorie wählen</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Einen Grund wählen</translation>
    </message>
    <message>
        <source>The exit reasons are still loading. Try again in a moment.</source>
        <translation>Die Kündigungsgründe werden noch geladen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Choose the primary reason within “%1”, or set the category back to “Not known yet”.</source>
        <translation>Wählen Sie den Hauptgrund innerhalb von „%1“, oder setzen Sie die Kategorie zurück auf „Noch nicht bekannt“.</translation>
    </message>
</context>
<context>
    <name>fairwell::LogCallDialog</name>
    <message>
        <source>Log Call</source>
        <translation>Gespräch erfassen</translation>
    </message>
    <message>
        <source>Log Call with %1</source>
        <translation>Gespräch mit %1 erfassen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>We called them</source>
        <translation>Wir haben angerufen</translation>
    </message>
    <message>
        <source>They called us</source>
        <translation>Der Kunde hat angerufen</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>What did you talk about? What does the customer need from us?</source>
        <translation>Worüber haben Sie gesprochen? Was braucht der Kunde von uns?</translation>
    </message>
    <message>
        <source>&amp;Call again on</source>
        <translation>Erneut &amp;anrufen am</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Nachfassen:</translation>
    </message>
    <message>
        <source>&amp;Log Call</source>
        <translation>Gespräch er&amp;fassen</translation>
    </message>
    <message>
        <source>Write a few words about the conversation: the next person to read this case needs them.</source>
        <translation>Schreiben Sie ein paar Worte zum Gespräch: Wer diesen Fall als Nächstes liest, braucht sie.</translation>
    </message>
    <message>
        <source>A call cannot be logged before it happened: the time is in the future.</source>
        <translation>Ein Gespräch lässt sich nicht erfassen, bevor es stattgefunden hat: Der Zeitpunkt liegt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>fairwell::MailMessage</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The sender address “%1” is not a valid e-mail address. Nothing was sent.</source>
        <translation>Die Absenderadresse „%1“ ist keine gültige E-Mail-Adresse. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The reply address “%1” is not a valid e-mail address. Nothing was sent.</source>
        <translation>Die Antwortadresse „%1“ ist keine gültige E-Mail-Adresse. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>The message has no recipient. Add an address under To.</source>
        <translation>Die Nachricht hat keinen Empfänger. Tragen Sie unter „An“ eine Adresse ein.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address. Nothing was sent.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The message has no valid Message-ID (“%1”). Nothing was sent.</source>
        <translation>Die Nachricht hat keine gültige Message-ID („%1“). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
</context>
<context>
    <name>fairwell::MailSettingsDialog</name>
    <message>
        <source>Mail Settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Mail server (shared by the team)</source>
        <translation>Mailserver (für das ganze Team)</translation>
    </message>
    <message>
        <source>Leave the server empty to send notes from each person&apos;s own mail program instead.</source>
        <translation>Lassen Sie den Server leer, wenn jede Person Notizen stattdessen aus ihrem eigenen E-Mail-Programm senden soll.</translation>
    </message>
    <message>
        <source>Only an admin changes the mail server. You can give this desk the password.</source>
        <translation>Den Mailserver ändert nur die Administration. Sie können das Passwort für diesen Arbeitsplatz eingeben.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Absender&amp;adresse:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Export &amp;link:</source>
        <translation>Export-&amp;Link:</translation>
    </message>
    <message>
        <source>Export &amp;directions:</source>
        <translation>Export-Anleitun&amp;g:</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS von Anfang an (meist Port 465)</translation>
    </message>
    <message>
        <source>Empty: the server needs no login</source>
        <translation>Leer: Der Server braucht keine Anmeldung</translation>
    </message>
    <message>
        <source>Kept in the desktop keyring, never in the database</source>
        <translation>Wird im Schlüsselbund des Desktops gespeichert, nie in der Datenbank</translation>
    </message>
    <message>
        <source>Empty: the name of the person who writes the note</source>
        <translation>Leer: der Name der Person, die die Notiz schreibt</translation>
    </message>
    <message>
        <source>Optional: a company certificate authority, as a PEM file</source>
        <translation>Optional: eine Zertifizierungsstelle des Unternehmens, als PEM-Datei</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>Sends one message to the From address with the settings as they are typed here.</source>
        <translation>Sendet eine Nachricht an die Absenderadresse, mit den Einstellungen, wie sie hier eingegeben sind.</translation>
    </message>
    <message>
        <source>The customer&apos;s data export (quoted by notes)</source>
        <translation>Der Datenexport für den Kunden (wird in Notizen genannt)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Ihre Signatur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give the mail server first.</source>
        <translation>Geben Sie zuerst den Mailserver an.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Testnachricht an %1 wird gesendet…</translation>
    </message>
    <message>
        <source>Fairwell test message</source>
        <translation>Fairwell-Testnachricht</translation>
    </message>
    <message>
        <source>This message comes from Fairwell&apos;s mail settings. If you read it, thank-you notes can go out through this server.
</source>
        <translation>Diese Nachricht kommt aus den E-Mail-Einstellungen von Fairwell. Wenn Sie sie lesen, können Dankesnachrichten über diesen Server verschickt werden.
</translation>
    </message>
    <message>
        <source>The server took the test message for %1.</source>
        <translation>Der Server hat die Testnachricht an %1 angenommen.</translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation>Die Testnachricht wurde nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>fairwell::MailSettingsService</name>
    <message>
        <source>&quot;%1&quot; is not a server name (like smtp.example.com) or address. Nothing was changed.</source>
        <translation>„%1“ ist weder ein Servername (wie smtp.example.com) noch eine Adresse. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 (usually 587 for STARTTLS, 465 for TLS); %1 is not. Nothing was changed.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535 (meist 587 für STARTTLS, 465 für TLS); %1 gehört nicht dazu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Notes need a From address to go out through the mail server. Nothing was changed.</source>
        <translation>Damit Notizen über den Mailserver verschickt werden können, braucht es eine Absenderadresse. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The time to wait for the server is 5 to 600 seconds; %1 is not. Nothing was changed.</source>
        <translation>Die Wartezeit auf den Server liegt zwischen 5 und 600 Sekunden; %1 ist nicht möglich. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address a server would take as From (like thanks@example.com). Nothing was changed.</source>
        <translation>„%1“ ist keine E-Mail-Adresse, die ein Server als Absender annehmen würde (wie danke@example.com). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The From name, user name and certificate file are one line each. Nothing was changed.</source>
        <translation>Absendername, Benutzername und Zertifikatsdatei dürfen jeweils nur eine Zeile lang sein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web link (like https://example.com/export). Nothing was changed.</source>
        <translation>„%1“ ist kein Weblink (wie https://example.com/export). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>fairwell::MainWindow</name>
    <message>
        <source>The case list could not be loaded: %1</source>
        <translation>Die Fallliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Create a new local database file</source>
        <translation>Eine neue lokale Datenbankdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a local database file</source>
        <translation>Eine lokale Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect to Shared Database…</source>
        <translation>Mit gemeinsamer Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>Connect to the team&apos;s PostgreSQL database</source>
        <translation>Mit der PostgreSQL-Datenbank des Teams verbinden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Fairwell</source>
        <translation>&amp;Über Fairwell</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>Meine Fälle</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Here administrators will shape the process: playbooks, the exit-reason taxonomy, note templates, users and roles, and the database and mail settings. Administration arrives in a coming release.</source>
        <translation>Hier gestalten Administratorinnen und Administratoren den Ablauf: Playbooks, die Taxonomie der Kündigungsgründe, Notizvorlagen, Benutzer und Rollen sowie die Datenbank- und E-Mail-Einstellungen. Die Verwaltung kommt mit einer der nächsten Versionen.</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Arbeitsplatz von</translation>
    </message>
    <message>
        <source>Demo data stopped: the database holds the default content only.</source>
        <translation>Demodaten abgebrochen: Die Datenbank enthält nur die Standardinhalte.</translation>
    </message>
    <message>
        <source>Could Not Connect</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could Not Open Database</source>
        <translation>Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Fairwell</source>
        <translation>Fairwell</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Gemeinsame Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 — Fairwell</source>
        <translation>%1 — Fairwell</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Lokale Datenbank: %1</translation>
    </message>
    <message>
        <source>About Fairwell</source>
        <translation>Über Fairwell</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fairwell %1&lt;/h3&gt;&lt;p&gt;A desktop console for customer offboarding.&lt;/p&gt;&lt;p&gt;Leaving is easy: every departing customer is heard, thanked and handed their data, with the door left open.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fairwell %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsoberfläche für das Offboarding von Kunden.&lt;/p&gt;&lt;p&gt;Gehen ist leicht: Jeder scheidende Kunde wird gehört, bekommt ein Dankeschön und seine Daten, und die Tür bleibt offen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 Fall</translation>
    </message>
    <message>
        <source>%L1 cases</source>
        <translation>%L1 Fälle</translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation>Profil &amp;wechseln…</translation>
    </message>
    <message>
        <source>Work as another person in this local database</source>
        <translation>In dieser lokalen Datenbank als andere Person arbeiten</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Nobody is working yet</source>
        <translation>Noch arbeitet hier niemand</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>Arbeitsplatz von %1 (%2)</translation>
    </message>
    <message>
        <source>On a shared database you work as your PostgreSQL login</source>
        <translation>In einer gemeinsamen Datenbank arbeiten Sie unter Ihrer PostgreSQL-Anmeldung</translation>
    </message>
    <message>
        <source>Ask the database again for what this page shows</source>
        <translation>Die Daten dieser Seite erneut aus der Datenbank laden</translation>
    </message>
    <message>
        <source>&amp;Start Offboarding…</source>
        <translation>Offboarding &amp;starten…</translation>
    </message>
    <message>
        <source>Open a case for a departing account</source>
        <translation>Einen Fall für einen scheidenden Kunden eröffnen</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>Due or overdue</source>
        <translation>Fällig oder überfällig</translation>
    </message>
    <message>
        <source>Closing this week</source>
        <translation>Endet diese Woche</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>The queue counts could not be loaded: %1</source>
        <translation>Die Zahl der Fälle je Ansicht konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) need attention</source>
        <translation>
            <numerusform>%n Dankesnachricht braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Dankesnachrichten brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mail Settings…</source>
        <translation>&amp;E-Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>The mail server for thank-you notes, the export directions, your signature</source>
        <translation>Der Mailserver für Dankesnachrichten, die Export-Anleitung, Ihre Signatur</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
</context>
<context>
    <name>fairwell::MergeFields</name>
    <message>
        <source>The customer&apos;s account name.</source>
        <translation>Der Name des Kunden.</translation>
    </message>
    <message>
        <source>The note needs the account&apos;s name, and this case has none. Add it to the account or write the name yourself.</source>
        <translation>Die Notiz braucht den Namen des Kunden, doch für diesen Fall ist keiner hinterlegt. Ergänzen Sie ihn beim Kunden oder schreiben Sie den Namen selbst.</translation>
    </message>
    <message>
        <source>The primary contact&apos;s first name.</source>
        <translation>Der Vorname des Hauptkontakts.</translation>
    </message>
    <message>
        <source>The note needs the contact&apos;s first name, and this case has none. Add it to the contact or write the greeting yourself.</source>
        <translation>Die Notiz braucht den Vornamen des Kontakts, doch für diesen Fall ist keiner hinterlegt. Ergänzen Sie ihn beim Kontakt oder schreiben Sie die Anrede selbst.</translation>
    </message>
    <message>
        <source>The primary contact&apos;s last name.</source>
        <translation>Der Nachname des Hauptkontakts.</translation>
    </message>
    <message>
        <source>The note needs the contact&apos;s last name, and this case has none. Add it to the contact or write the greeting yourself.</source>
        <translation>Die Notiz braucht den Nachnamen des Kontakts, doch für diesen Fall ist keiner hinterlegt. Ergänzen Sie ihn beim Kontakt oder schreiben Sie die Anrede selbst.</translation>
    </message>
    <message>
        <source>The date the account became a customer, written in the template&apos;s language.</source>
        <translation>Das Datum „Kunde seit“, in der Sprache der Vorlage geschrieben.</translation>
    </message>
    <message>
        <source>The note needs the date the account became a customer, and this case has none. Add it to the account or leave that sentence out.</source>
        <translation>Die Notiz braucht das Datum „Kunde seit“, doch für diesen Fall ist keines hinterlegt. Ergänzen Sie es beim Kunden oder lassen Sie den Satz weg.</translation>
    </message>
    <message>
        <source>How long the account has been a customer, in years and months (&quot;3 years and 2 months&quot;), up to the effective date or, without one, today; in the template&apos;s language.</source>
        <translation>Wie lange die Kundenbeziehung besteht, in Jahren und Monaten („3 Jahre und 2 Monate“), bis zum Datum „Wirksam zum“ oder, falls keines gesetzt ist, bis heute; in der Sprache der Vorlage.</translation>
    </message>
    <message>
        <source>The note needs how long the account has been a customer, and this case cannot tell: the account has no customer-since date, or one after the effective date. Correct the date or leave that sentence out.</source>
        <translation>Die Notiz braucht die Dauer der Kundenbeziehung, doch für diesen Fall lässt sie sich nicht bestimmen: Beim Kunden fehlt das Datum „Kunde seit“, oder es liegt nach dem Datum „Wirksam zum“. Korrigieren Sie das Datum oder lassen Sie den Satz weg.</translation>
    </message>
    <message>
        <source>The account&apos;s plan.</source>
        <translation>Der Tarif des Kunden.</translation>
    </message>
    <message>
        <source>The note needs the account&apos;s plan, and this case has none. Add it to the account or write it yourself.</source>
        <translation>Die Notiz braucht den Tarif des Kunden, doch für diesen Fall ist keiner hinterlegt. Ergänzen Sie ihn beim Kunden oder schreiben Sie ihn selbst.</translation>
    </message>
    <message>
        <source>The name of the person writing the note.</source>
        <translation>Der Name der Person, die die Notiz schreibt.</translation>
    </message>
    <message>
        <source>The note needs your name, and your user has none. Add a display name or sign the note yourself.</source>
        <translation>Die Notiz braucht Ihren Namen, doch in Ihrem Benutzerprofil ist keiner hinterlegt. Ergänzen Sie einen Anzeigenamen oder unterschreiben Sie die Notiz selbst.</translation>
    </message>
    <message>
        <source>The signature of the person writing the note; it may span several lines.</source>
        <translation>Die Signatur der Person, die die Notiz schreibt; sie darf mehrere Zeilen lang sein.</translation>
    </message>
    <message>
        <source>The note needs your signature, and none is set. Add one or sign the note yourself.</source>
        <translation>Die Notiz braucht Ihre Signatur, doch es ist keine eingerichtet. Richten Sie eine ein oder unterschreiben Sie die Notiz selbst.</translation>
    </message>
    <message>
        <source>The date the contract ends, written in the template&apos;s language.</source>
        <translation>Das Datum, an dem der Vertrag endet, in der Sprache der Vorlage geschrieben.</translation>
    </message>
    <message>
        <source>The note needs the date the contract ends, and this case has none. Add the effective date to the case or leave that sentence out.</source>
        <translation>Die Notiz braucht das Datum, an dem der Vertrag endet, doch für diesen Fall ist keines hinterlegt. Tragen Sie im Fall das Datum „Wirksam zum“ ein oder lassen Sie den Satz weg.</translation>
    </message>
    <message>
        <source>The link to the customer&apos;s data export.</source>
        <translation>Der Link zum Datenexport des Kunden.</translation>
    </message>
    <message>
        <source>The note needs the link to the data export, and none is set. Add it in the settings or paste the link yourself.</source>
        <translation>Die Notiz braucht den Link zum Datenexport, doch es ist keiner eingerichtet. Tragen Sie ihn in den Einstellungen ein oder fügen Sie den Link selbst ein.</translation>
    </message>
    <message>
        <source>How the customer gets and uses the data export, as text.</source>
        <translation>Wie der Kunde den Datenexport erhält und nutzt, als Text.</translation>
    </message>
    <message>
        <source>The note needs the directions for the data export, and none are set. Add them in the settings or write them yourself.</source>
        <translation>Die Notiz braucht die Anleitung zum Datenexport, doch es ist keine eingerichtet. Tragen Sie sie in den Einstellungen ein oder schreiben Sie sie selbst.</translation>
    </message>
</context>
<context>
    <name>fairwell::MessageLine</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>fairwell::Migrator</name>
    <message>
        <source>This database holds other tables but no Fairwell data, so Fairwell will not change it. Choose a Fairwell database or create a new one.</source>
        <translation>Diese Datenbank enthält andere Tabellen, aber keine Fairwell-Daten, daher ändert Fairwell sie nicht. Wählen Sie eine Fairwell-Datenbank oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <source>This database was last used by a newer Fairwell (schema version %1; this Fairwell knows up to version %2). Update Fairwell to open it; the database was left untouched.</source>
        <translation>Diese Datenbank wurde zuletzt von einem neueren Fairwell benutzt (Schemaversion %1; dieses Fairwell kennt Versionen bis %2). Aktualisieren Sie Fairwell, um sie zu öffnen; die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed; nothing was changed.</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 (%2) ist fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder of database migrations is missing.</source>
        <translation>Der Ordner mit den Datenbankmigrationen fehlt.</translation>
    </message>
    <message>
        <source>Two database migration files claim version %1: &quot;%2&quot; and &quot;%3&quot;. A version has one file for both engines (NNNN_name.sql) or one file per engine with the same name (NNNN_name.sqlite.sql and NNNN_name.postgres.sql).</source>
        <translation>Zwei Migrationsdateien beanspruchen Version %1: „%2“ und „%3“. Eine Version hat entweder eine Datei für beide Datenbanksysteme (NNNN_name.sql) oder je Datenbanksystem eine Datei mit demselben Namen (NNNN_name.sqlite.sql und NNNN_name.postgres.sql).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the folder of database migrations is a folder, not a migration.</source>
        <translation>„%1“ im Ordner der Datenbankmigrationen ist ein Ordner, keine Migration.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the folder of database migrations is not named like a migration (0001_name.sql, or 0001_name.sqlite.sql and 0001_name.postgres.sql, numbered from 0001). Fairwell will not guess what it holds.</source>
        <translation>„%1“ im Ordner der Datenbankmigrationen ist nicht wie eine Migration benannt (0001_name.sql oder 0001_name.sqlite.sql und 0001_name.postgres.sql, nummeriert ab 0001). Fairwell rät nicht, was darin steht.</translation>
    </message>
    <message>
        <source>The database migration &quot;%1&quot; cannot be read (%2).</source>
        <translation>Die Datenbankmigration „%1“ lässt sich nicht lesen (%2).</translation>
    </message>
    <message>
        <source>Line %1 of the database migration &quot;%2&quot; is a directive Fairwell does not know: &quot;%3&quot;.</source>
        <translation>Zeile %1 der Datenbankmigration „%2“ ist eine Anweisung, die Fairwell nicht kennt: „%3“.</translation>
    </message>
    <message>
        <source>Database migration version %1 is missing: the next file is &quot;%2&quot;. Versions are numbered from 1 without gaps.</source>
        <translation>Die Datenbankmigration mit der Version %1 fehlt: Die nächste Datei ist „%2“. Die Versionen sind ab 1 lückenlos nummeriert.</translation>
    </message>
    <message>
        <source>The database migration &quot;%1&quot; is written for one engine only, and &quot;%2&quot; is missing. When the other engine needs no change, give it a file holding only comments that say so.</source>
        <translation>Die Datenbankmigration „%1“ ist nur für ein Datenbanksystem geschrieben, und „%2“ fehlt. Braucht das andere Datenbanksystem keine Änderung, legen Sie dafür eine Datei an, die nur einen Kommentar enthält, der genau das sagt.</translation>
    </message>
    <message>
        <source>This shared database is empty, and your PostgreSQL login &quot;%1&quot; may not create Fairwell&apos;s tables in it. Ask an administrator to open it once with this Fairwell as the role that is to own Fairwell&apos;s tables. Nothing was changed.</source>
        <translation>Diese gemeinsame Datenbank ist leer, und Ihre PostgreSQL-Anmeldung „%1“ darf darin keine Fairwell-Tabellen anlegen. Bitten Sie Ihre Administration, sie einmal mit diesem Fairwell als die Rolle zu öffnen, der die Fairwell-Tabellen gehören sollen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This shared database needs an upgrade to schema version %1 (it is at version %2) before this Fairwell can use it. Only the role that owns Fairwell&apos;s tables, &quot;%3&quot;, may upgrade it; you are logged in as &quot;%4&quot;. Ask an administrator to open it once with this Fairwell as &quot;%3&quot;. Nothing was changed.</source>
        <translation>Diese gemeinsame Datenbank muss auf Schemaversion %1 aktualisiert werden (sie hat Version %2), bevor dieses Fairwell sie nutzen kann. Aktualisieren darf sie nur die Rolle, der die Fairwell-Tabellen gehören, „%3“; Sie sind als „%4“ angemeldet. Bitten Sie Ihre Administration, sie einmal mit diesem Fairwell als „%3“ zu öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 rebuilds tables, which cannot happen inside another change. Nothing was changed.</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 baut Tabellen neu auf; das ist innerhalb einer anderen Änderung nicht möglich. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>SQLite did not let Fairwell pause its foreign-key checks to upgrade the database to schema version %1. Nothing was changed.</source>
        <translation>SQLite hat Fairwell nicht erlaubt, die Fremdschlüsselprüfung für die Aktualisierung der Datenbank auf Schemaversion %1 auszusetzen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 would leave records in &quot;%2&quot; that point at records that do not exist; nothing was changed.</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 würde in „%2“ Datensätze hinterlassen, die auf nicht vorhandene Datensätze verweisen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>fairwell::Money</name>
    <message>
        <source>&quot;%1&quot; is not a currency code: a currency is three capital letters, like EUR.</source>
        <translation>„%1“ ist kein Währungscode: Eine Währung besteht aus drei Großbuchstaben, etwa EUR.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Write it like %2.</source>
        <translation>„%1“ ist kein Geldbetrag. Schreiben Sie ihn zum Beispiel so: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount of money.</source>
        <translation>„%1“ ist zu groß für einen Geldbetrag.</translation>
    </message>
    <message>
        <source>No amount was entered.</source>
        <translation>Es wurde kein Betrag eingegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an amount in %2, but this one is in %3.</source>
        <translation>„%1“ ist ein Betrag in %2, dieser hier ist aber in %3.</translation>
    </message>
    <message>
        <source>%1 has no decimals, so &quot;%2&quot; cannot be an amount in it.</source>
        <translation>%1 hat keine Nachkommastellen, daher kann „%2“ kein Betrag in dieser Währung sein.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals, but &quot;%3&quot; has more.</source>
        <translation>%1 hat %2 Nachkommastellen, „%3“ aber mehr.</translation>
    </message>
    <message>
        <source>The amount cannot be negative, but &quot;%1&quot; is.</source>
        <translation>Der Betrag darf nicht negativ sein, „%1“ ist es aber.</translation>
    </message>
    <message>
        <source>An amount in %1 and one in %2 do not add up: they are in different currencies.</source>
        <translation>Ein Betrag in %1 und einer in %2 lassen sich nicht addieren: Sie sind in verschiedenen Währungen.</translation>
    </message>
    <message>
        <source>The sum of %1 and %2 is too large for an amount of money.</source>
        <translation>Die Summe von %1 und %2 ist zu groß für einen Geldbetrag.</translation>
    </message>
    <message>
        <source>An amount in %1 cannot be taken from one in %2: they are in different currencies.</source>
        <translation>Ein Betrag in %1 lässt sich nicht von einem in %2 abziehen: Sie sind in verschiedenen Währungen.</translation>
    </message>
    <message>
        <source>%1 minus %2 is too large for an amount of money.</source>
        <translation>%1 minus %2 ist zu groß für einen Geldbetrag.</translation>
    </message>
</context>
<context>
    <name>fairwell::MoneyTotal</name>
    <message>
        <source>There are no amounts to add up.</source>
        <translation>Es gibt keine Beträge zum Addieren.</translation>
    </message>
    <message>
        <source>The amounts are in different currencies (%1), so they have no single total.</source>
        <translation>Die Beträge sind in verschiedenen Währungen (%1), daher gibt es keine gemeinsame Summe.</translation>
    </message>
    <message>
        <source>The total in %1 is too large for an amount of money.</source>
        <translation>Die Summe in %1 ist zu groß für einen Geldbetrag.</translation>
    </message>
</context>
<context>
    <name>fairwell::NoteAddresses</name>
    <message>
        <source>The note has no %1 address. Nothing was changed.</source>
        <translation>Die Notiz hat keine Adresse unter „%1“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a mail address a server would take (like name@example.com). Nothing was changed.</source>
        <translation>„%1“ unter „%2“ ist keine E-Mail-Adresse, die ein Server annehmen würde (wie name@example.com). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The name for %1 in %2 holds a line break or a control character. Nothing was changed.</source>
        <translation>Der Name zu %1 unter „%2“ enthält einen Zeilenumbruch oder ein Steuerzeichen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailbox: an address in &lt;…&gt; must end the entry.</source>
        <translation>„%1“ ist kein gültiger Empfänger: Eine Adresse in &lt;…&gt; muss am Ende des Eintrags stehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address a server would take (like name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse, die ein Server annehmen würde (wie name@example.com).</translation>
    </message>
    <message>
        <source>The name for %1 holds a line break or a control character.</source>
        <translation>Der Name zu %1 enthält einen Zeilenumbruch oder ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>fairwell::NoteComposer</name>
    <message>
        <source>The template “%1” cannot be used for this case. %2</source>
        <translation>Die Vorlage „%1“ lässt sich für diesen Fall nicht verwenden. %2</translation>
    </message>
</context>
<context>
    <name>fairwell::NoteComposerDialog</name>
    <message>
        <source>Thank-You Note</source>
        <translation>Dankesnachricht</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>C&amp;c:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Name &lt;name@example.com&gt;</source>
        <translation>Name &lt;name@example.com&gt;</translation>
    </message>
    <message>
        <source>Optional; separate addresses with commas</source>
        <translation>Optional; mehrere Adressen mit Kommas trennen</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Make it yours: a line about something you remember from working together means more than any template. Sending it unchanged is fine too.</source>
        <translation>Machen Sie sie persönlich: Eine Zeile über etwas, an das Sie sich aus der Zusammenarbeit erinnern, bedeutet mehr als jede Vorlage. Sie unverändert zu senden, ist aber auch in Ordnung.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Put the note in the outbox; it goes out in the background (Ctrl+Return).</source>
        <translation>Die Notiz in den Postausgang legen; sie wird im Hintergrund verschickt (Strg+Eingabetaste).</translation>
    </message>
    <message>
        <source>Open in &amp;Mail App</source>
        <translation>Im E-&amp;Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Als .&amp;eml speichern…</translation>
    </message>
    <message>
        <source>Mark as Se&amp;nt</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <source>You sent it from your own mail program.</source>
        <translation>Sie haben sie aus Ihrem eigenen E-Mail-Programm gesendet.</translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation>Entwurf ver&amp;werfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The draft is kept on the case.</source>
        <translation>Der Entwurf bleibt im Fall erhalten.</translation>
    </message>
    <message>
        <source>A personal thank-you to %1.</source>
        <translation>Ein persönliches Dankeschön an %1.</translation>
    </message>
    <message>
        <source>Your draft from %1.</source>
        <translation>Ihr Entwurf vom %1.</translation>
    </message>
    <message>
        <source>This account has no contact with an email address. Write the address in To.</source>
        <translation>Für diesen Kunden gibt es keinen Kontakt mit E-Mail-Adresse. Tragen Sie die Adresse unter „An“ ein.</translation>
    </message>
    <message>
        <source>No note templates are set up: write the note yourself.</source>
        <translation>Es sind keine Notizvorlagen eingerichtet: Schreiben Sie die Notiz selbst.</translation>
    </message>
    <message>
        <source>Use Another Template</source>
        <translation>Andere Vorlage verwenden</translation>
    </message>
    <message>
        <source>Replace the subject and the text with “%1”? What you wrote is lost.</source>
        <translation>Betreff und Text durch „%1“ ersetzen? Was Sie geschrieben haben, geht verloren.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <source>Write the address the note goes to in To.</source>
        <translation>Tragen Sie unter „An“ die Adresse ein, an die die Notiz gehen soll.</translation>
    </message>
    <message>
        <source>Write one address in To; the others go in Cc.</source>
        <translation>Tragen Sie unter „An“ nur eine Adresse ein; die weiteren gehören unter „Cc“.</translation>
    </message>
    <message>
        <source>No mail program opened. Save the note as an .eml file instead, or copy the text.</source>
        <translation>Es wurde kein E-Mail-Programm geöffnet. Speichern Sie die Notiz stattdessen als .eml-Datei, oder kopieren Sie den Text.</translation>
    </message>
    <message>
        <source>The note is open in your mail program. Once you have sent it there, choose Mark as Sent.</source>
        <translation>Die Notiz ist in Ihrem E-Mail-Programm geöffnet. Sobald Sie sie dort gesendet haben, wählen Sie „Als gesendet markieren“.</translation>
    </message>
    <message>
        <source>Saving the draft first; choose Save as .eml again in a moment.</source>
        <translation>Der Entwurf wird zuerst gespeichert; wählen Sie gleich noch einmal „Als .eml speichern“.</translation>
    </message>
    <message>
        <source>Save the Note as an Email File</source>
        <translation>Notiz als E-Mail-Datei speichern</translation>
    </message>
    <message>
        <source>Email files (*.eml)</source>
        <translation>E-Mail-Dateien (*.eml)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Open it in your mail program and send it, then choose Mark as Sent.</source>
        <translation>Als %1 gespeichert. Öffnen Sie die Datei in Ihrem E-Mail-Programm und senden Sie sie; wählen Sie dann „Als gesendet markieren“.</translation>
    </message>
</context>
<context>
    <name>fairwell::NoteEdit</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>im Versand</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>may have been sent</source>
        <translation>vielleicht gesendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; changed since you opened it; it is %2 now.</source>
        <translation>Die Notiz „%1“ wurde geändert, seit Sie sie geöffnet haben; sie ist jetzt %2.</translation>
    </message>
    <message>
        <source>Last change: %1.</source>
        <translation>Letzte Änderung: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed; reload the note to see it, then try again.</source>
        <translation>Es wurde nichts geändert; laden Sie die Notiz neu, um die Änderung zu sehen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>fairwell::NoteRepository</name>
    <message>
        <source>There is no note number %1; someone may have deleted it.</source>
        <translation>Es gibt keine Notiz Nummer %1; vielleicht hat sie jemand gelöscht.</translation>
    </message>
    <message>
        <source>No note was sent with the message id %1.</source>
        <translation>Es wurde keine Notiz mit der Nachrichten-ID %1 gesendet.</translation>
    </message>
    <message>
        <source>Someone else deleted the note &quot;%1&quot; since you opened it. Yours was not saved.</source>
        <translation>Jemand anderes hat die Notiz „%1“ gelöscht, seit Sie sie geöffnet haben. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed the note &quot;%1&quot; since you opened it (or it was sent meanwhile). Reload it to see their change; yours was not saved.</source>
        <translation>Jemand anderes hat die Notiz „%1“ geändert, seit Sie sie geöffnet haben (oder sie wurde inzwischen gesendet). Laden Sie sie neu, um die Änderung zu sehen; Ihre wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no note number %1 to delete.</source>
        <translation>Es gibt keine Notiz Nummer %1, die gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::NoteService</name>
    <message>
        <source>The note &quot;%1&quot; is %2 already; only a draft can be edited.</source>
        <translation>Die Notiz „%1“ ist bereits %2; bearbeiten lässt sich nur ein Entwurf.</translation>
    </message>
    <message>
        <source>A note belongs to a case; none was given. Nothing was changed.</source>
        <translation>Eine Notiz gehört zu einem Fall, aber es wurde keiner angegeben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2; only a draft can be discarded (cancel it instead).</source>
        <translation>Die Notiz „%1“ ist %2; verwerfen lässt sich nur ein Entwurf (brechen Sie sie stattdessen ab).</translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2 already; only a draft can be sent.</source>
        <translation>Die Notiz „%1“ ist bereits %2; senden lässt sich nur ein Entwurf.</translation>
    </message>
    <message>
        <source>No mail server is set up for Fairwell, so the note cannot go out by itself. Open it in your mail program or save it as an .eml file, then mark it as sent. Nothing was changed.</source>
        <translation>Für Fairwell ist kein Mailserver eingerichtet, daher kann die Notiz nicht von selbst verschickt werden. Öffnen Sie sie in Ihrem E-Mail-Programm oder speichern Sie sie als .eml-Datei, und markieren Sie sie dann als gesendet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>The note has no subject. Nothing was changed.</source>
        <translation>Die Notiz hat keinen Betreff. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The subject must be a single line. Nothing was changed.</source>
        <translation>Der Betreff darf nur eine Zeile lang sein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The note has no text. Nothing was changed.</source>
        <translation>Die Notiz hat keinen Text. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The note still holds a &quot;{{&quot; placeholder from its template: fill it in or remove it. Nothing was changed.</source>
        <translation>Die Notiz enthält noch einen Platzhalter „{{“ aus ihrer Vorlage: Füllen Sie ihn aus oder entfernen Sie ihn. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2; only a failed note or one that may have been sent can be sent again.</source>
        <translation>Die Notiz „%1“ ist %2; erneut senden lässt sich nur eine fehlgeschlagene Notiz oder eine, die vielleicht gesendet wurde.</translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is being handed to the mail server right now (%2), so it can no longer be cancelled.</source>
        <translation>Die Notiz „%1“ wird gerade an den Mailserver übergeben (%2), daher lässt sie sich nicht mehr abbrechen.</translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2 already.</source>
        <translation>Die Notiz „%1“ ist bereits %2.</translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2; only a note that may have been sent can be confirmed as sent.</source>
        <translation>Die Notiz „%1“ ist %2; als gesendet bestätigen lässt sich nur eine Notiz, die vielleicht gesendet wurde.</translation>
    </message>
    <message>
        <source>A note sent by hand went through the mail program or an .eml file, not through Fairwell&apos;s mail server. Nothing was changed.</source>
        <translation>Eine von Hand gesendete Notiz ging über das E-Mail-Programm oder eine .eml-Datei, nicht über den Mailserver von Fairwell. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Message-ID (like &lt;id@example.com&gt;). Nothing was changed.</source>
        <translation>„%1“ ist keine Message-ID (wie &lt;id@example.com&gt;). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The note &quot;%1&quot; is %2; only a draft, a queued or a failed note can be marked as sent by hand.</source>
        <translation>Die Notiz „%1“ ist %2; als von Hand gesendet markieren lässt sich nur ein Entwurf, eine wartende oder eine fehlgeschlagene Notiz.</translation>
    </message>
</context>
<context>
    <name>fairwell::NoteTemplateRepository</name>
    <message>
        <source>There is no note template number %1.</source>
        <translation>Es gibt keine Notizvorlage Nummer %1.</translation>
    </message>
    <message>
        <source>There is no note template named &quot;%1&quot;.</source>
        <translation>Es gibt keine Notizvorlage namens „%1“.</translation>
    </message>
    <message>
        <source>Someone else deleted the template &quot;%1&quot; since you opened it. Yours was not saved.</source>
        <translation>Jemand anderes hat die Vorlage „%1“ gelöscht, seit Sie sie geöffnet haben. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed the template &quot;%1&quot; since you opened it. Reload it to see their change; yours was not saved.</source>
        <translation>Jemand anderes hat die Vorlage „%1“ geändert, seit Sie sie geöffnet haben. Laden Sie sie neu, um die Änderung zu sehen; Ihre wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no note template number %1 to delete.</source>
        <translation>Es gibt keine Notizvorlage Nummer %1, die gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::OutboxController</name>
    <message>
        <source>The mail settings could not be read: %1</source>
        <translation>Die E-Mail-Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Thank-you notes wait in the outbox: %1</source>
        <translation>Dankesnachrichten warten im Postausgang: %1</translation>
    </message>
    <message>
        <source>Mail Server Password</source>
        <translation>Passwort für den Mailserver</translation>
    </message>
    <message>
        <source>The password of %1 on %2, to send thank-you notes. It is kept in the desktop&apos;s keyring.</source>
        <translation>Das Passwort von %1 auf %2, um Dankesnachrichten zu senden. Es wird im Schlüsselbund des Desktops gespeichert.</translation>
    </message>
    <message>
        <source>The password of %1 on %2, to send thank-you notes. This desktop has no keyring, so it is kept only until Fairwell closes.</source>
        <translation>Das Passwort von %1 auf %2, um Dankesnachrichten zu senden. Dieser Desktop hat keinen Schlüsselbund, daher wird es nur aufbewahrt, bis Fairwell beendet wird.</translation>
    </message>
    <message>
        <source>Thank-you notes wait in the outbox until the mail server&apos;s password is given (File ▸ Mail Settings…).</source>
        <translation>Dankesnachrichten warten im Postausgang, bis das Passwort für den Mailserver eingegeben ist (Datei ▸ E-Mail-Einstellungen…).</translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you note(s) may have been sent while Fairwell stopped: see the Outbox.</source>
        <translation>
            <numerusform>%n Dankesnachricht wurde vielleicht gesendet, als Fairwell beendet wurde: Sehen Sie im Postausgang nach.</numerusform>
            <numerusform>%n Dankesnachrichten wurden vielleicht gesendet, als Fairwell beendet wurde: Sehen Sie im Postausgang nach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Postausgang: %1</translation>
    </message>
</context>
<context>
    <name>fairwell::OutboxPage</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Which notes to show</source>
        <translation>Welche Notizen angezeigt werden</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Failed notes and notes that may have been sent</source>
        <translation>Fehlgeschlagene Notizen und Notizen, die vielleicht gesendet wurden</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Notes queued or being sent</source>
        <translation>Notizen in der Warteschlange oder im Versand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every note but drafts</source>
        <translation>Alle Notizen außer Entwürfen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading notes</source>
        <translation>Notizen werden geladen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected note again</source>
        <translation>Die ausgewählte Notiz erneut senden</translation>
    </message>
    <message>
        <source>Cancel &amp;Note…</source>
        <translation>Notiz a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Cancel the selected note so that it is not sent</source>
        <translation>Die ausgewählte Notiz abbrechen, damit sie nicht gesendet wird</translation>
    </message>
    <message>
        <source>Cancel the note so that it is not sent (Delete)</source>
        <translation>Die Notiz abbrechen, damit sie nicht gesendet wird (Entf)</translation>
    </message>
    <message>
        <source>Confirm &amp;Sent</source>
        <translation>Als &amp;gesendet bestätigen</translation>
    </message>
    <message>
        <source>Confirm that the selected note arrived</source>
        <translation>Bestätigen, dass die ausgewählte Notiz angekommen ist</translation>
    </message>
    <message>
        <source>You checked that the note arrived: record it as sent</source>
        <translation>Sie haben geprüft, dass die Notiz angekommen ist: als gesendet erfassen</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>Fall öffne&amp;n</translation>
    </message>
    <message>
        <source>Open the case of the selected note</source>
        <translation>Den Fall der ausgewählten Notiz öffnen</translation>
    </message>
    <message>
        <source>Open the case of the note (Enter)</source>
        <translation>Den Fall der Notiz öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>About notes that may have been sent</source>
        <translation>Zu Notizen, die vielleicht gesendet wurden</translation>
    </message>
    <message>
        <source>Outbox notes</source>
        <translation>Notizen im Postausgang</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) may have been sent. Fairwell stopped, or the connection broke, after the message was handed to the mail server, so it cannot tell whether it arrived. Check the customer&apos;s mailbox or your mail server&apos;s log, then confirm it as sent or retry it. Nothing is sent again until you decide.</source>
        <translation>
            <numerusform>%Ln Notiz wurde vielleicht gesendet. Fairwell wurde beendet oder die Verbindung ist abgebrochen, nachdem die Nachricht an den Mailserver übergeben war, daher weiß Fairwell nicht, ob sie angekommen ist. Sehen Sie im Postfach des Kunden oder im Protokoll Ihres Mailservers nach, und bestätigen Sie sie dann als gesendet oder senden Sie sie erneut. Bis Sie entscheiden, wird nichts erneut gesendet.</numerusform>
            <numerusform>%Ln Notizen wurden vielleicht gesendet. Fairwell wurde beendet oder die Verbindung ist abgebrochen, nachdem die Nachrichten an den Mailserver übergeben waren, daher weiß Fairwell nicht, ob sie angekommen sind. Sehen Sie in den Postfächern der Kunden oder im Protokoll Ihres Mailservers nach, und bestätigen Sie sie dann als gesendet oder senden Sie sie erneut. Bis Sie entscheiden, wird nichts erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the Note Again?</source>
        <translation>Notiz erneut senden?</translation>
    </message>
    <message>
        <source>Did the note to %1 really not arrive?</source>
        <translation>Ist die Notiz an %1 wirklich nicht angekommen?</translation>
    </message>
    <message>
        <source>It was handed to the mail server, but no answer came back. If it did arrive, sending it again means %1 gets it twice. If you can, look in their mailbox or your mail server&apos;s log first.</source>
        <translation>Sie wurde an den Mailserver übergeben, aber es kam keine Antwort zurück. Falls sie doch angekommen ist, erhält %1 sie bei erneutem Senden zweimal. Sehen Sie nach Möglichkeit zuerst im Postfach des Empfängers oder im Protokoll Ihres Mailservers nach.</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Send</source>
        <translation>&amp;Nicht senden</translation>
    </message>
    <message>
        <source>Cancel the Note?</source>
        <translation>Notiz abbrechen?</translation>
    </message>
    <message>
        <source>Cancel the note to %1, &quot;%2&quot;?</source>
        <translation>Die Notiz an %1, „%2“, abbrechen?</translation>
    </message>
    <message>
        <source>It will not be sent. It stays in the Outbox under Cancelled, and you can write a new note from the case.</source>
        <translation>Sie wird nicht gesendet. Sie bleibt im Postausgang unter „Abgebrochen“, und Sie können im Fall eine neue Notiz schreiben.</translation>
    </message>
    <message>
        <source>It may have arrived already: cancelling does not take it back.</source>
        <translation>Vielleicht ist sie schon angekommen: Das Abbrechen holt sie nicht zurück.</translation>
    </message>
    <message>
        <source>Cancel &amp;Note</source>
        <translation>Notiz &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>The Outbox now shows the note as it is.</source>
        <translation>Der Postausgang zeigt die Notiz jetzt im aktuellen Zustand.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Choose who is working at this desk (File ▸ Switch Profile…) to see the Outbox.</source>
        <translation>Wählen Sie, wer an diesem Arbeitsplatz arbeitet (Datei ▸ Profil wechseln…), um den Postausgang zu sehen.</translation>
    </message>
    <message>
        <source>The Outbox could not be loaded. The message above says why; try again with F5.</source>
        <translation>Der Postausgang konnte nicht geladen werden. Warum, steht in der Meldung oben; versuchen Sie es mit F5 erneut.</translation>
    </message>
    <message>
        <source>No note needs your attention. Notes that failed or may have been sent show here.</source>
        <translation>Keine Notiz braucht Ihre Aufmerksamkeit. Hier erscheinen Notizen, die fehlgeschlagen sind oder vielleicht gesendet wurden.</translation>
    </message>
    <message>
        <source>No note is waiting to be sent.</source>
        <translation>Keine Notiz wartet auf den Versand.</translation>
    </message>
    <message>
        <source>No note has been sent yet.</source>
        <translation>Es wurde noch keine Notiz gesendet.</translation>
    </message>
    <message>
        <source>No note has been cancelled.</source>
        <translation>Es wurde keine Notiz abgebrochen.</translation>
    </message>
    <message>
        <source>The Outbox is empty. A thank-you note shows here once it is sent from its case.</source>
        <translation>Der Postausgang ist leer. Eine Dankesnachricht erscheint hier, sobald sie aus ihrem Fall gesendet wird.</translation>
    </message>
</context>
<context>
    <name>fairwell::OutboxSender</name>
    <message>
        <source>Fairwell could not prepare a connection to the mail server %1.</source>
        <translation>Fairwell konnte keine Verbindung zum Mailserver %1 vorbereiten.</translation>
    </message>
</context>
<context>
    <name>fairwell::OutboxService</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (nach %n Versuch aufgegeben)</numerusform>
            <numerusform>%1 (nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stopped halfway (Fairwell or its connection ended before the mail server answered), so the note may have reached the recipient. Check, then confirm it as sent or send it again.</source>
        <translation>Der Versand brach mittendrin ab (Fairwell oder seine Verbindung endete, bevor der Mailserver antwortete), daher hat die Notiz den Empfänger vielleicht erreicht. Prüfen Sie das, und bestätigen Sie sie dann als gesendet oder senden Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>fairwell::OutboxTableModel</name>
    <message>
        <source>Still a draft: it has not been sent.</source>
        <translation>Noch ein Entwurf: Sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The mail server could not take it yet; it will be tried again at %1.</source>
        <translation>Der Mailserver konnte sie noch nicht annehmen; ein neuer Versuch folgt am %1.</translation>
    </message>
    <message>
        <source>Waiting to be handed to the mail server.</source>
        <translation>Wartet auf die Übergabe an den Mailserver.</translation>
    </message>
    <message>
        <source>Being handed to the mail server now.</source>
        <translation>Wird gerade an den Mailserver übergeben.</translation>
    </message>
    <message>
        <source>Sent from the desktop mail client on %1.</source>
        <translation>Am %1 aus dem E-Mail-Programm gesendet.</translation>
    </message>
    <message>
        <source>Saved as an .eml file and marked as sent on %1.</source>
        <translation>Als .eml-Datei gespeichert und am %1 als gesendet markiert.</translation>
    </message>
    <message>
        <source>The mail server accepted it on %1.</source>
        <translation>Der Mailserver hat sie am %1 angenommen.</translation>
    </message>
    <message>
        <source>It was not sent. The server&apos;s answer says why; retry it or cancel it.</source>
        <translation>Sie wurde nicht gesendet. Warum, steht in der Antwort des Servers; senden Sie sie erneut oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>It was handed to the mail server, but no answer came back, so it may or may not have arrived. Check, then confirm it as sent or retry it.</source>
        <translation>Sie wurde an den Mailserver übergeben, aber es kam keine Antwort zurück; vielleicht ist sie angekommen, vielleicht auch nicht. Prüfen Sie das, und bestätigen Sie sie dann als gesendet oder senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cancelled: it will not be sent.</source>
        <translation>Abgebrochen: Sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Gesendet am %1</translation>
    </message>
    <message>
        <source>Last changed on %1</source>
        <translation>Zuletzt geändert am %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When a sent note went out; for any other, when it last changed.</source>
        <translation>Bei gesendeten Notizen, wann sie verschickt wurden; bei allen anderen, wann sie zuletzt geändert wurden.</translation>
    </message>
    <message>
        <source>When a note the mail server could not take yet is tried again.</source>
        <translation>Wann eine Notiz, die der Mailserver noch nicht annehmen konnte, erneut versucht wird.</translation>
    </message>
    <message>
        <source>What the mail server said the last time, or what went wrong.</source>
        <translation>Was der Mailserver zuletzt geantwortet hat oder was schiefgegangen ist.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>Sent or Changed</source>
        <translation>Gesendet oder geändert</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next Attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Server&apos;s Answer</source>
        <translation>Antwort des Servers</translation>
    </message>
</context>
<context>
    <name>fairwell::PageSidebar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln Fall</numerusform>
            <numerusform>%Ln Fälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fairwell::PeopleService</name>
    <message>
        <source>On a shared database you work as your PostgreSQL login; profiles are chosen only in local files.</source>
        <translation>In einer gemeinsamen Datenbank arbeiten Sie unter Ihrer PostgreSQL-Anmeldung; Profile werden nur in lokalen Dateien gewählt.</translation>
    </message>
    <message>
        <source>This profile is gone or no longer active. Choose another one or create yours.</source>
        <translation>Dieses Profil gibt es nicht mehr, oder es ist nicht mehr aktiv. Wählen Sie ein anderes oder legen Sie Ihres an.</translation>
    </message>
    <message>
        <source>Enter your name: it stands beside everything you do.</source>
        <translation>Geben Sie Ihren Namen ein: Er steht bei allem, was Sie tun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (it should look like name@example.org).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (sie sollte so aussehen: name@example.org).</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no Fairwell profile in this database, so Fairwell shows it nothing. Ask an administrator to add you as a user with the login &quot;%1&quot;.</source>
        <translation>Die Anmeldung „%1“ hat in dieser Datenbank kein Fairwell-Profil, daher zeigt Fairwell ihr nichts an. Bitten Sie Ihre Administration, Sie als Benutzer mit der Anmeldung „%1“ hinzuzufügen.</translation>
    </message>
    <message>
        <source>The Fairwell profile of &quot;%1&quot; is no longer active. Ask an administrator to reactivate it.</source>
        <translation>Das Fairwell-Profil von „%1“ ist nicht mehr aktiv. Bitten Sie Ihre Administration, es wieder zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>fairwell::PlaybookRepository</name>
    <message>
        <source>There is no playbook number %1; someone may have deleted it.</source>
        <translation>Es gibt kein Playbook Nummer %1; vielleicht hat es jemand gelöscht.</translation>
    </message>
    <message>
        <source>Someone else deleted the playbook &quot;%1&quot; since you opened it. Yours was not saved.</source>
        <translation>Jemand anderes hat das Playbook „%1“ gelöscht, seit Sie es geöffnet haben. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed the playbook &quot;%1&quot; since you opened it. Reload it to see their change; yours was not saved.</source>
        <translation>Jemand anderes hat das Playbook „%1“ geändert, seit Sie es geöffnet haben. Laden Sie es neu, um die Änderung zu sehen; Ihre wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no playbook number %1 to delete.</source>
        <translation>Es gibt kein Playbook Nummer %1, das gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::PlaybookService</name>
    <message>
        <source>No active playbook fits %1. An admin can add one, or widen a playbook&apos;s rules.</source>
        <translation>Kein aktives Playbook passt zu %1. Die Administration kann eines hinzufügen oder die Regeln eines Playbooks erweitern.</translation>
    </message>
    <message>
        <source>The chosen playbook is gone.</source>
        <translation>Das gewählte Playbook gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The playbook &quot;%1&quot; is archived; choose an active one.</source>
        <translation>Das Playbook „%1“ ist archiviert; wählen Sie ein aktives.</translation>
    </message>
</context>
<context>
    <name>fairwell::PlaybookStepRepository</name>
    <message>
        <source>There is no playbook step number %1.</source>
        <translation>Es gibt keinen Playbook-Schritt Nummer %1.</translation>
    </message>
    <message>
        <source>The playbook step &quot;%1&quot; no longer exists; someone may have deleted it.</source>
        <translation>Den Playbook-Schritt „%1“ gibt es nicht mehr; vielleicht hat ihn jemand gelöscht.</translation>
    </message>
    <message>
        <source>There is no playbook step number %1 to delete.</source>
        <translation>Es gibt keinen Playbook-Schritt Nummer %1, der gelöscht werden könnte.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is no longer part of this playbook; someone may have changed it since you opened it. Reload the playbook; yours was not saved.</source>
        <translation>Der Schritt „%1“ gehört nicht mehr zu diesem Playbook; vielleicht hat es jemand geändert, seit Sie es geöffnet haben. Laden Sie das Playbook neu; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>fairwell::PostgresConnectionProbe</name>
    <message numerus="yes">
        <source>The PostgreSQL server cannot be reached: nothing answered within %n second(s). Check the host name, the port and the network (a firewall may be swallowing the connection).</source>
        <translation>
            <numerusform>Der PostgreSQL-Server ist nicht erreichbar: Innerhalb von %n Sekunde hat nichts geantwortet. Prüfen Sie den Servernamen, den Port und das Netzwerk (vielleicht verschluckt eine Firewall die Verbindung).</numerusform>
            <numerusform>Der PostgreSQL-Server ist nicht erreichbar: Innerhalb von %n Sekunden hat nichts geantwortet. Prüfen Sie den Servernamen, den Port und das Netzwerk (vielleicht verschluckt eine Firewall die Verbindung).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached: nothing answered. Check the host name, the port and the network, and that the server is running and accepts connections from this computer.</source>
        <translation>Der PostgreSQL-Server ist nicht erreichbar: Nichts hat geantwortet. Prüfen Sie den Servernamen, den Port und das Netzwerk und ob der Server läuft und Verbindungen von diesem Computer annimmt.</translation>
    </message>
    <message>
        <source>The PostgreSQL server is running but takes no connections right now (it is starting up, shutting down or recovering). Try again in a moment.</source>
        <translation>Der PostgreSQL-Server läuft, nimmt aber gerade keine Verbindungen an (er startet, fährt herunter oder stellt sich wieder her). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection details for the PostgreSQL server are incomplete or malformed. Check the host name and the port.</source>
        <translation>Die Verbindungsangaben für den PostgreSQL-Server sind unvollständig oder fehlerhaft. Prüfen Sie den Servernamen und den Port.</translation>
    </message>
    <message>
        <source>The PostgreSQL server asks for a password for the user &quot;%1&quot;, and none was given.</source>
        <translation>Der PostgreSQL-Server verlangt ein Passwort für den Benutzer „%1“, aber es wurde keines angegeben.</translation>
    </message>
    <message>
        <source>The PostgreSQL server did not accept the password for the user &quot;%1&quot;. Check the password and the user name: for a user it does not know, the server says the same.</source>
        <translation>Der PostgreSQL-Server hat das Passwort für den Benutzer „%1“ nicht angenommen. Prüfen Sie Passwort und Benutzernamen: Bei einem Benutzer, den er nicht kennt, meldet der Server dasselbe.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user &quot;%1&quot; before asking for a password: there is no such user, or it may not log in, or the server&apos;s access rules do not admit it from this computer. The server&apos;s own words are below.</source>
        <translation>Der PostgreSQL-Server hat den Benutzer „%1“ abgewiesen, bevor er nach einem Passwort fragte: Diesen Benutzer gibt es nicht, er darf sich nicht anmelden, oder die Zugriffsregeln des Servers lassen ihn von diesem Computer aus nicht zu. Die Meldung des Servers steht unten.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the connection to the database &quot;%1&quot;. Its own words are below.</source>
        <translation>Der PostgreSQL-Server hat die Verbindung zur Datenbank „%1“ abgelehnt. Seine eigene Meldung steht unten.</translation>
    </message>
    <message>
        <source>The PostgreSQL server has no database named &quot;%1&quot;. Check the name, or ask an administrator to create it.</source>
        <translation>Der PostgreSQL-Server hat keine Datenbank namens „%1“. Prüfen Sie den Namen oder bitten Sie Ihre Administration, sie anzulegen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the connection at first and accepted it when asked again. Try again.</source>
        <translation>Der PostgreSQL-Server hat die Verbindung zuerst abgelehnt und beim erneuten Versuch angenommen. Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; exists, but the user &quot;%2&quot; may not connect to it. Ask an administrator for access.</source>
        <translation>Die Datenbank „%1“ gibt es, aber der Benutzer „%2“ darf sich nicht mit ihr verbinden. Bitten Sie Ihre Administration um Zugriff.</translation>
    </message>
</context>
<context>
    <name>fairwell::ProfileDialog</name>
    <message>
        <source>Who Is Working?</source>
        <translation>Wer arbeitet hier?</translation>
    </message>
    <message>
        <source>Fairwell records who does what, so every departing customer has one clear owner. Choose your profile in this database, or create it.</source>
        <translation>Fairwell hält fest, wer was tut, damit jeder scheidende Kunde eine klar verantwortliche Person hat. Wählen Sie Ihr Profil in dieser Datenbank, oder legen Sie es an.</translation>
    </message>
    <message>
        <source>&amp;Existing profiles</source>
        <translation>&amp;Vorhandene Profile</translation>
    </message>
    <message>
        <source>Existing profiles</source>
        <translation>Vorhandene Profile</translation>
    </message>
    <message>
        <source>&amp;Work as Selected</source>
        <translation>Mit &amp;diesem Profil arbeiten</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Create Profile</source>
        <translation>Profil &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
</context>
<context>
    <name>fairwell::QueueQuery</name>
    <message>
        <source>A page of the queue cannot hold fewer than no rows.</source>
        <translation>Eine Seite der Warteschlange kann nicht weniger als null Zeilen enthalten.</translation>
    </message>
    <message>
        <source>Could not count the cases of the queue.</source>
        <translation>Die Fälle der Warteschlange konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>fairwell::QueueTableModel</name>
    <message>
        <source>Small business</source>
        <translation>Kleinbetrieb</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Mittelstand</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Großunternehmen</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>Herabgestuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An open task of this case is overdue.</source>
        <translation>Eine offene Aufgabe dieses Falls ist überfällig.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Days Open</source>
        <translation>Tage offen</translation>
    </message>
    <message>
        <source>Next Task</source>
        <translation>Nächste Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>fairwell::QueueViewPage</name>
    <message>
        <source>My queue</source>
        <translation>Meine Fälle</translation>
    </message>
    <message>
        <source>Your open cases, the most urgent task first.</source>
        <translation>Ihre offenen Fälle, die dringendste Aufgabe zuerst.</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>Heute fällig oder überfällig</translation>
    </message>
    <message>
        <source>Open cases with a task due today or earlier.</source>
        <translation>Offene Fälle mit einer Aufgabe, die heute oder früher fällig ist.</translation>
    </message>
    <message>
        <source>Closing this week</source>
        <translation>Endet diese Woche</translation>
    </message>
    <message>
        <source>Open cases whose contract ends this week (Monday to Sunday).</source>
        <translation>Offene Fälle, deren Vertrag diese Woche endet (Montag bis Sonntag).</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Open cases nobody owns yet. Open one to claim it.</source>
        <translation>Offene Fälle, für die noch niemand verantwortlich ist. Öffnen Sie einen, um ihn zu übernehmen.</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Alle offenen Fälle</translation>
    </message>
    <message>
        <source>Every departing account the team is working on.</source>
        <translation>Alle scheidenden Kunden, um die sich das Team gerade kümmert.</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Abgeschlossene Fälle</translation>
    </message>
    <message>
        <source>Every case the team has closed, the latest first.</source>
        <translation>Alle Fälle, die das Team abgeschlossen hat, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>&amp;Start Offboarding…</source>
        <translation>Offboarding &amp;starten…</translation>
    </message>
    <message>
        <source>Open a case for a departing account (%1)</source>
        <translation>Einen Fall für einen scheidenden Kunden eröffnen (%1)</translation>
    </message>
    <message>
        <source>Op&amp;en Case</source>
        <translation>Fall öffne&amp;n</translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation>Den ausgewählten Fall öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Give the selected cases to another person</source>
        <translation>Die ausgewählten Fälle einer anderen Person zuweisen</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>S&amp;uche:</translation>
    </message>
    <message>
        <source>Account, contact or external ID…</source>
        <translation>Kunde, Kontakt oder externe ID…</translation>
    </message>
    <message>
        <source>Search by account name, contact name or external ID</source>
        <translation>Nach Kundenname, Kontaktname oder externer ID suchen</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading cases</source>
        <translation>Fälle werden geladen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Choose who is working at this desk (File ▸ Switch Profile…) to see the cases.</source>
        <translation>Wählen Sie, wer an diesem Arbeitsplatz arbeitet (Datei ▸ Profil wechseln…), um die Fälle zu sehen.</translation>
    </message>
    <message>
        <source>The cases could not be loaded. The message above says why; try again with F5.</source>
        <translation>Die Fälle konnten nicht geladen werden. Warum, steht in der Meldung oben; versuchen Sie es mit F5 erneut.</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Keine Fälle passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Your queue is empty. Start offboarding a departing account, or claim one from Unassigned.</source>
        <translation>Sie haben keine offenen Fälle. Starten Sie das Offboarding für einen scheidenden Kunden, oder übernehmen Sie einen Fall aus „Nicht zugewiesen“.</translation>
    </message>
    <message>
        <source>Nothing is due today. Well done.</source>
        <translation>Heute ist nichts fällig. Gut gemacht.</translation>
    </message>
    <message>
        <source>No contract ends this week.</source>
        <translation>Diese Woche endet kein Vertrag.</translation>
    </message>
    <message>
        <source>Every open case has an owner.</source>
        <translation>Jeder offene Fall hat eine verantwortliche Person.</translation>
    </message>
    <message>
        <source>No account is leaving right now.</source>
        <translation>Zurzeit geht kein Kunde.</translation>
    </message>
    <message>
        <source>No case has been closed yet.</source>
        <translation>Es wurde noch kein Fall abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln Fall</numerusform>
            <numerusform>%Ln Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
</context>
<context>
    <name>fairwell::ReasonCategoryRepository</name>
    <message>
        <source>There is no reason category number %1.</source>
        <translation>Es gibt keine Grundkategorie Nummer %1.</translation>
    </message>
    <message>
        <source>The reason category &quot;%1&quot; no longer exists; someone may have deleted it.</source>
        <translation>Die Grundkategorie „%1“ gibt es nicht mehr; vielleicht hat sie jemand gelöscht.</translation>
    </message>
    <message>
        <source>There is no reason category number %1 to delete.</source>
        <translation>Es gibt keine Grundkategorie Nummer %1, die gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::ReasonDialog</name>
    <message>
        <source>Say why in a few words: the next person to read this case needs them.</source>
        <translation>Nennen Sie den Grund in wenigen Worten: Wer diesen Fall als Nächstes liest, braucht sie.</translation>
    </message>
</context>
<context>
    <name>fairwell::ReassignDialog</name>
    <message>
        <source>Reassign Cases</source>
        <translation>Fälle neu zuweisen</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Neue verantwortliche Person</translation>
    </message>
    <message>
        <source>Loading people…</source>
        <translation>Personen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n case(s) &amp;to:</source>
        <translation>
            <numerusform>%n Fall neu zuweisen &amp;an:</numerusform>
            <numerusform>%n Fälle neu zuweisen &amp;an:</numerusform>
        </translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Neu zuweisen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nobody is active in this database to take the cases.</source>
        <translation>In dieser Datenbank ist niemand aktiv, der die Fälle übernehmen könnte.</translation>
    </message>
    <message>
        <source>Not reassigned: %1</source>
        <translation>Nicht neu zugewiesen: %1</translation>
    </message>
</context>
<context>
    <name>fairwell::RecentMenu</name>
    <message>
        <source>Shared: %1</source>
        <translation>Gemeinsam: %1</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>fairwell::ReportCommand</name>
    <message>
        <source>--db: there is no database file %1.</source>
        <translation>--db: Es gibt keine Datenbankdatei %1.</translation>
    </message>
    <message>
        <source>--db: %1 is empty, not a Fairwell database.</source>
        <translation>--db: %1 ist leer, also keine Fairwell-Datenbank.</translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation>--out: Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>--out: the folder %1 may not be written to.</source>
        <translation>--out: In den Ordner %1 darf nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>--out: %1 is a folder; name the PDF file to write.</source>
        <translation>--out: %1 ist ein Ordner; geben Sie den Namen der PDF-Datei an, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>--owner: nobody has the login &quot;%1&quot; in %2.</source>
        <translation>--owner: In %2 hat niemand die Anmeldung „%1“.</translation>
    </message>
    <message>
        <source>--plan: no account in %1 is on the plan &quot;%2&quot; (there are: %3).</source>
        <translation>--plan: In %1 hat kein Kunde den Tarif „%2“ (vorhanden sind: %3).</translation>
    </message>
    <message>
        <source>Wrote the exit dashboards report to %1 (%2 pages).</source>
        <translation>Der Bericht mit den Kündigungs-Dashboards wurde in %1 geschrieben (%2 Seiten).</translation>
    </message>
</context>
<context>
    <name>fairwell::RepositorySupport</name>
    <message>
        <source>The database did not say which number it gave the new record.</source>
        <translation>Die Datenbank hat nicht mitgeteilt, welche Nummer sie dem neuen Datensatz gegeben hat.</translation>
    </message>
</context>
<context>
    <name>fairwell::RoleNames</name>
    <message>
        <source>CS rep</source>
        <translation>Kundenbetreuung</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>fairwell::SecretStore</name>
    <message>
        <source>There is no keyring on this desktop, so the mail password is asked once per session.</source>
        <translation>Dieser Desktop hat keinen Schlüsselbund, daher wird das E-Mail-Passwort einmal pro Sitzung abgefragt.</translation>
    </message>
    <message>
        <source>No mail password is saved in the keyring for %1.</source>
        <translation>Für %1 ist im Schlüsselbund kein E-Mail-Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keyring did not give out the mail password for %1.</source>
        <translation>Der Schlüsselbund hat das E-Mail-Passwort für %1 nicht herausgegeben.</translation>
    </message>
    <message>
        <source>The mail password could not be saved in the keyring; it is kept for this session only.</source>
        <translation>Das E-Mail-Passwort konnte nicht im Schlüsselbund gespeichert werden; es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The mail password for %1 could not be removed from the keyring.</source>
        <translation>Das E-Mail-Passwort für %1 konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
</context>
<context>
    <name>fairwell::Session</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Choose who is working at this desk first (File ▸ Switch Profile…).</source>
        <translation>Wählen Sie zuerst, wer an diesem Arbeitsplatz arbeitet (Datei ▸ Profil wechseln…).</translation>
    </message>
</context>
<context>
    <name>fairwell::SmtpTransport</name>
    <message>
        <source>No mail server is set up. Nothing was sent.</source>
        <translation>Es ist kein Mailserver eingerichtet. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The message has no recipient. Nothing was sent.</source>
        <translation>Die Nachricht hat keinen Empfänger. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Sending was stopped before the message went out.</source>
        <translation>Der Versand wurde angehalten, bevor die Nachricht hinausging.</translation>
    </message>
    <message>
        <source>The mail connection could not be prepared (out of memory?).</source>
        <translation>Die Mailverbindung konnte nicht vorbereitet werden (zu wenig Arbeitsspeicher?).</translation>
    </message>
    <message>
        <source>Sending was stopped after the whole message was handed to %1; it may have been delivered.</source>
        <translation>Der Versand wurde angehalten, nachdem die ganze Nachricht an %1 übergeben war; vielleicht wurde sie zugestellt.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted, so nothing was sent to %1. If the server uses a certificate from your organisation&apos;s own authority, name that authority&apos;s certificate file in the mail settings. (%2)</source>
        <translation>Dem Zertifikat des Mailservers wird nicht vertraut, daher wurde nichts an %1 gesendet. Verwendet der Server ein Zertifikat der eigenen Zertifizierungsstelle Ihrer Organisation, geben Sie deren Zertifikatsdatei in den E-Mail-Einstellungen an. (%2)</translation>
    </message>
    <message>
        <source>The certificate file %1 named in the mail settings could not be read. Nothing was sent. (%2)</source>
        <translation>Die in den E-Mail-Einstellungen angegebene Zertifikatsdatei %1 konnte nicht gelesen werden. Es wurde nichts gesendet. (%2)</translation>
    </message>
    <message>
        <source>The mail server&apos;s name “%1” is not valid. Nothing was sent.</source>
        <translation>Der Name des Mailservers „%1“ ist ungültig. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This build of libcurl cannot send mail (no SMTP support).</source>
        <translation>Diese Version von libcurl kann keine E-Mails senden (keine SMTP-Unterstützung).</translation>
    </message>
    <message>
        <source>The mail server %1 could not be found. Is the name right, and is the network up?</source>
        <translation>Der Mailserver %1 wurde nicht gefunden. Stimmt der Name, und ist das Netzwerk verbunden?</translation>
    </message>
    <message>
        <source>The mail server at %1 could not be reached. (%2)</source>
        <translation>Der Mailserver %1 war nicht erreichbar. (%2)</translation>
    </message>
    <message>
        <source>The mail server at %1 refused the message: %2</source>
        <translation>Der Mailserver %1 hat die Nachricht abgelehnt: %2</translation>
    </message>
    <message>
        <source>The mail server refused the recipient %1: %2</source>
        <translation>Der Mailserver hat den Empfänger %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The mail server refused the sender %1: %2</source>
        <translation>Der Mailserver hat den Absender %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The mail server refused the login as %1: %2</source>
        <translation>Der Mailserver hat die Anmeldung als %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The mail server at %1 turned the connection away: %2</source>
        <translation>Der Mailserver %1 hat die Verbindung abgewiesen: %2</translation>
    </message>
    <message>
        <source>The mail server at %1 refused to encrypt the connection, so nothing was sent: %2</source>
        <translation>Der Mailserver %1 hat es abgelehnt, die Verbindung zu verschlüsseln, daher wurde nichts gesendet: %2</translation>
    </message>
    <message>
        <source>The mail server at %1 refused the login as %2. (%3)</source>
        <translation>Der Mailserver %1 hat die Anmeldung als %2 abgelehnt. (%3)</translation>
    </message>
    <message>
        <source>The mail server at %1 does not offer an encrypted connection (STARTTLS), so nothing was sent. (%2)</source>
        <translation>Der Mailserver %1 bietet keine verschlüsselte Verbindung (STARTTLS) an, daher wurde nichts gesendet. (%2)</translation>
    </message>
    <message>
        <source>The whole message was handed to %1, but its answer never came (%2). It may have been delivered.</source>
        <translation>Die ganze Nachricht wurde an %1 übergeben, aber die Antwort blieb aus (%2). Vielleicht wurde sie zugestellt.</translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time. (%2)</source>
        <translation>Der Mailserver %1 hat nicht rechtzeitig geantwortet. (%2)</translation>
    </message>
    <message>
        <source>Sending to %1 failed: %2</source>
        <translation>Der Versand an %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>fairwell::SqliteSearchPlan</name>
    <message>
        <source>Could not read the search index&apos;s list of words.</source>
        <translation>Die Wortliste des Suchindex konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>fairwell::StartOffboardingDialog</name>
    <message>
        <source>Start Offboarding</source>
        <translation>Offboarding starten</translation>
    </message>
    <message>
        <source>Name or external ID…</source>
        <translation>Name oder externe ID…</translation>
    </message>
    <message>
        <source>Search accounts by name or external ID</source>
        <translation>Kunden nach Name oder externer ID suchen</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>Effective date: the day the contract ends</source>
        <translation>Wirksam zum: der Tag, an dem der Vertrag endet</translation>
    </message>
    <message>
        <source>First exit reason</source>
        <translation>Erster Kündigungsgrund</translation>
    </message>
    <message>
        <source>No reason yet</source>
        <translation>Noch kein Grund</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>&amp;Wirksam zum:</translation>
    </message>
    <message>
        <source>First &amp;reason:</source>
        <translation>Erster &amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Playbook:</source>
        <translation>&amp;Playbook:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Start Offboarding</source>
        <translation>Offboarding &amp;starten</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <translation>%1 — %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 (has an open case)</source>
        <translation>%1 (hat einen offenen Fall)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>Nur %n Treffer angezeigt; geben Sie mehr ein, um die Suche einzugrenzen.</numerusform>
            <numerusform>Nur die ersten %n Treffer angezeigt; geben Sie mehr ein, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Down arrow to choose.</source>
        <translation>
            <numerusform>%n Treffer; mit der Pfeiltaste nach unten auswählen.</numerusform>
            <numerusform>%n Treffer; mit der Pfeiltaste nach unten auswählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Matching playbook (choose an account first)</source>
        <translation>Passendes Playbook (zuerst einen Kunden wählen)</translation>
    </message>
    <message>
        <source>Matching playbook (looking…)</source>
        <translation>Passendes Playbook (wird gesucht…)</translation>
    </message>
    <message>
        <source>Matching playbook (%1)</source>
        <translation>Passendes Playbook (%1)</translation>
    </message>
    <message>
        <source>Matching playbook (none fits)</source>
        <translation>Passendes Playbook (keines passt)</translation>
    </message>
    <message>
        <source>%1 Choose a playbook from the list.</source>
        <translation>%1 Wählen Sie ein Playbook aus der Liste.</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>No account chosen yet: type part of its name, then press the Down arrow.</source>
        <translation>Noch kein Kunde gewählt: Geben Sie einen Teil des Namens ein und drücken Sie dann die Pfeiltaste nach unten.</translation>
    </message>
    <message>
        <source>%1 already has an open case. Open it to carry on there; a second case is not started.</source>
        <translation>%1 hat bereits einen offenen Fall. Öffnen Sie ihn, um dort weiterzuarbeiten; ein zweiter Fall wird nicht gestartet.</translation>
    </message>
    <message>
        <source>&amp;Open Existing Case</source>
        <translation>Vorhandenen Fall ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>fairwell::Startup</name>
    <message>
        <source>fairwell: no display found (DISPLAY and WAYLAND_DISPLAY are not set). Run Fairwell in a desktop session, or use --generate-demo from a terminal.</source>
        <translation>fairwell: kein Bildschirm gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starten Sie Fairwell in einer Desktop-Sitzung oder verwenden Sie --generate-demo im Terminal.</translation>
    </message>
</context>
<context>
    <name>fairwell::TaskRepository</name>
    <message>
        <source>There is no task number %1; someone may have deleted it.</source>
        <translation>Es gibt keine Aufgabe Nummer %1; vielleicht hat sie jemand gelöscht.</translation>
    </message>
    <message>
        <source>Someone else deleted the task &quot;%1&quot; since you opened it. Yours was not saved.</source>
        <translation>Jemand anderes hat die Aufgabe „%1“ gelöscht, seit Sie sie geöffnet haben. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed the task &quot;%1&quot; since you opened it. Reload it to see their change; yours was not saved.</source>
        <translation>Jemand anderes hat die Aufgabe „%1“ geändert, seit Sie sie geöffnet haben. Laden Sie sie neu, um die Änderung zu sehen; Ihre wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no task number %1 to delete.</source>
        <translation>Es gibt keine Aufgabe Nummer %1, die gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::TemplateEngine</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>the invisible character U+%1</source>
        <translation>das unsichtbare Zeichen U+%1</translation>
    </message>
    <message>
        <source>There is a }} here with no {{ before it. To write }} as text, write }}}} instead.</source>
        <translation>Hier steht ein }} ohne vorangehendes {{. Um }} als Text zu schreiben, schreiben Sie stattdessen }}}}.</translation>
    </message>
    <message>
        <source>A placeholder opens here with {{ and is not closed with }} on the same line.</source>
        <translation>Hier beginnt ein Platzhalter mit {{, der nicht in derselben Zeile mit }} geschlossen wird.</translation>
    </message>
    <message>
        <source>Another {{ begins here before the placeholder opened at column %1 is closed with }}. Placeholders cannot be nested.</source>
        <translation>Hier beginnt ein weiteres {{, bevor der in Spalte %1 geöffnete Platzhalter mit }} geschlossen ist. Platzhalter lassen sich nicht verschachteln.</translation>
    </message>
    <message>
        <source>A single %1 cannot stand inside a placeholder; a placeholder ends with }}.</source>
        <translation>Ein einzelnes %1 darf nicht in einem Platzhalter stehen; ein Platzhalter endet mit }}.</translation>
    </message>
    <message>
        <source>This placeholder holds no field name. Write one between the braces, for example {{contact.first_name}}.</source>
        <translation>Dieser Platzhalter enthält keinen Feldnamen. Schreiben Sie einen zwischen die geschweiften Klammern, zum Beispiel {{contact.first_name}}.</translation>
    </message>
    <message>
        <source>This placeholder has no field name before the |.</source>
        <translation>Dieser Platzhalter hat vor dem | keinen Feldnamen.</translation>
    </message>
    <message>
        <source>A field name cannot contain %1. Names are made of the letters a to z, digits, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>In einem Feldnamen darf %1 nicht stehen. Namen bestehen aus den Buchstaben a bis z, Ziffern, „_“ und „.“.</translation>
    </message>
    <message>
        <source>Nothing follows the |. Write the text to use when the field has no value after it, or remove the |.</source>
        <translation>Nach dem | folgt nichts. Schreiben Sie dahinter den Text, der verwendet werden soll, wenn das Feld keinen Wert hat, oder entfernen Sie das |.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; before this | always has a value, so nothing after it would ever be used.</source>
        <translation>Der Text „%1“ vor diesem | hat immer einen Wert, daher würde nichts danach je verwendet.</translation>
    </message>
    <message>
        <source>There is no merge field called &quot;%1&quot;.</source>
        <translation>Es gibt kein Seriendruckfeld namens „%1“.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
</context>
<context>
    <name>fairwell::TemplateFault</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>fairwell::TemplateRenderer</name>
    <message>
        <source>The template&apos;s subject cannot be used. %1</source>
        <translation>Der Betreff der Vorlage lässt sich nicht verwenden. %1</translation>
    </message>
    <message>
        <source>subject, %1</source>
        <translation>Betreff, %1</translation>
    </message>
    <message>
        <source>The template&apos;s text cannot be used. %1</source>
        <translation>Der Text der Vorlage lässt sich nicht verwenden. %1</translation>
    </message>
    <message>
        <source>text, %1</source>
        <translation>Text, %1</translation>
    </message>
    <message>
        <source>The note needs the field &quot;%1&quot;, and this case has no value for it.</source>
        <translation>Die Notiz braucht das Feld „%1“, doch für diesen Fall hat es keinen Wert.</translation>
    </message>
    <message>
        <source>The note cannot be written yet:</source>
        <translation>Die Notiz kann noch nicht geschrieben werden:</translation>
    </message>
</context>
<context>
    <name>fairwell::UsageEventRepository</name>
    <message>
        <source>There are no usage figures number %1.</source>
        <translation>Es gibt keine Nutzungszahlen Nummer %1.</translation>
    </message>
    <message>
        <source>These usage figures (number %1) no longer exist; someone may have deleted them.</source>
        <translation>Diese Nutzungszahlen (Nummer %1) gibt es nicht mehr; vielleicht hat sie jemand gelöscht.</translation>
    </message>
    <message>
        <source>There are no usage figures number %1 to delete.</source>
        <translation>Es gibt keine Nutzungszahlen Nummer %1, die gelöscht werden könnten.</translation>
    </message>
</context>
<context>
    <name>fairwell::UserRepository</name>
    <message>
        <source>There is no user number %1; someone may have removed them.</source>
        <translation>Es gibt keinen Benutzer Nummer %1; vielleicht wurde er entfernt.</translation>
    </message>
    <message>
        <source>There is no user with the login &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer mit der Anmeldung „%1“.</translation>
    </message>
    <message>
        <source>The user %1 no longer exists; someone may have removed them.</source>
        <translation>Den Benutzer %1 gibt es nicht mehr; vielleicht wurde er entfernt.</translation>
    </message>
    <message>
        <source>There is no user number %1 to remove.</source>
        <translation>Es gibt keinen Benutzer Nummer %1, der entfernt werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::VerbatimPanel</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>G&amp;rund:</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>Search the customers&apos; words</source>
        <translation>In den Worten der Kunden suchen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>In eigenen Worten</translation>
    </message>
    <message>
        <source>The customers&apos; own words</source>
        <translation>Die eigenen Worte der Kunden</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>Kein Grund erfasst</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>The words could not be loaded.</source>
        <translation>Die Worte konnten nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n</source>
        <translation>
            <numerusform>Der neueste (%n)</numerusform>
            <numerusform>Die neuesten %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fairwell::WholeFile</name>
    <message>
        <source>%1 could not be written: the folder %2 does not exist.</source>
        <translation>%1 konnte nicht geschrieben werden: Den Ordner %2 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 could not be written: the folder %2 may not be written to.</source>
        <translation>%1 konnte nicht geschrieben werden: In den Ordner %2 darf nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fairwell::WinbackCheckinRepository</name>
    <message>
        <source>There is no win-back check-in number %1.</source>
        <translation>Es gibt keinen Rückgewinnungstermin Nummer %1.</translation>
    </message>
    <message>
        <source>Someone else deleted this win-back check-in since you opened it. Yours was not saved.</source>
        <translation>Jemand anderes hat diesen Rückgewinnungstermin gelöscht, seit Sie ihn geöffnet haben. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed this win-back check-in since you opened it. Reload it to see their change; yours was not saved.</source>
        <translation>Jemand anderes hat diesen Rückgewinnungstermin geändert, seit Sie ihn geöffnet haben. Laden Sie ihn neu, um die Änderung zu sehen; Ihre wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no win-back check-in number %1 to delete.</source>
        <translation>Es gibt keinen Rückgewinnungstermin Nummer %1, der gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>fairwell::WinbackOutcomeDialog</name>
    <message>
        <source>Record Win-back Outcome</source>
        <translation>Ergebnis der Rückgewinnung erfassen</translation>
    </message>
    <message>
        <source>Check-in with %1, due %2.</source>
        <translation>Rückgewinnungstermin bei %1, fällig am %2.</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Was daraus wurde</translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation>&amp;Zurückgekehrt</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Jetzt nicht</translation>
    </message>
    <message>
        <source>&amp;Do not contact again</source>
        <translation>&amp;Nicht mehr kontaktieren</translation>
    </message>
    <message>
        <source>No &amp;answer</source>
        <translation>&amp;Keine Antwort</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Datum der Rückkehr</translation>
    </message>
    <message>
        <source>Re&amp;turned on:</source>
        <translation>Zurückgekehrt &amp;am:</translation>
    </message>
    <message>
        <source>New monthly recurring revenue in %1</source>
        <translation>Neuer monatlich wiederkehrender Umsatz in %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>New &amp;MRR (%1):</source>
        <translation>Neuer &amp;MRR (%1):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Save Outcome</source>
        <translation>Ergebnis &amp;speichern</translation>
    </message>
    <message>
        <source>Choose what came of the check-in.</source>
        <translation>Wählen Sie, was aus dem Rückgewinnungstermin wurde.</translation>
    </message>
    <message>
        <source>The return date %1 is before the case closed on %2. Check the date.</source>
        <translation>Das Rückkehrdatum %1 liegt vor dem Abschluss des Falls am %2. Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>Enter the new MRR in %1.</source>
        <translation>Geben Sie den neuen MRR in %1 ein.</translation>
    </message>
    <message>
        <source>The new MRR cannot be read: %1</source>
        <translation>Der neue MRR lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>fairwell::WinbackPage</name>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>Which check-ins to show</source>
        <translation>Welche Rückgewinnungstermine angezeigt werden</translation>
    </message>
    <message>
        <source>Due and upcoming (30 days)</source>
        <translation>Fällig und demnächst (30 Tage)</translation>
    </message>
    <message>
        <source>All planned</source>
        <translation>Alle geplanten</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Erledigte</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading check-ins</source>
        <translation>Rückgewinnungstermine werden geladen</translation>
    </message>
    <message>
        <source>&amp;Record Outcome…</source>
        <translation>&amp;Ergebnis erfassen…</translation>
    </message>
    <message>
        <source>Record the outcome of the selected check-in</source>
        <translation>Das Ergebnis des ausgewählten Rückgewinnungstermins erfassen</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>Fall öffne&amp;n</translation>
    </message>
    <message>
        <source>Open the case of the selected check-in</source>
        <translation>Den Fall des ausgewählten Rückgewinnungstermins öffnen</translation>
    </message>
    <message>
        <source>Win-back check-ins</source>
        <translation>Rückgewinnungstermine</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Choose who is working at this desk (File ▸ Switch Profile…) to see the win-back check-ins.</source>
        <translation>Wählen Sie, wer an diesem Arbeitsplatz arbeitet (Datei ▸ Profil wechseln…), um die Rückgewinnungstermine zu sehen.</translation>
    </message>
    <message>
        <source>The check-ins could not be loaded. The message above says why; try again with F5.</source>
        <translation>Die Rückgewinnungstermine konnten nicht geladen werden. Warum, steht in der Meldung oben; versuchen Sie es mit F5 erneut.</translation>
    </message>
    <message>
        <source>No win-back check-ins are due. They are planned when a customer who agreed to be contacted leaves.</source>
        <translation>Es sind keine Rückgewinnungstermine fällig. Sie werden geplant, wenn ein Kunde geht, der einer späteren Kontaktaufnahme zugestimmt hat.</translation>
    </message>
    <message>
        <source>No win-back check-ins are planned. They are planned when a customer who agreed to be contacted leaves.</source>
        <translation>Es sind keine Rückgewinnungstermine geplant. Sie werden geplant, wenn ein Kunde geht, der einer späteren Kontaktaufnahme zugestimmt hat.</translation>
    </message>
    <message>
        <source>No win-back check-in has an outcome yet.</source>
        <translation>Noch kein Rückgewinnungstermin hat ein Ergebnis.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
</context>
<context>
    <name>fairwell::WinbackService</name>
    <message>
        <source>Enter the date the account came back. Nothing was changed.</source>
        <translation>Geben Sie das Datum ein, an dem der Kunde zurückgekehrt ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The new MRR cannot be negative. Nothing was changed.</source>
        <translation>Der neue MRR kann nicht negativ sein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>This win-back check-in for case %1 was changed since you opened it (%2). Nothing was changed; reload to see it, then try again.</source>
        <translation>Dieser Rückgewinnungstermin für Fall %1 wurde geändert, seit Sie ihn geöffnet haben (%2). Es wurde nichts geändert; laden Sie neu, um die Änderung zu sehen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This win-back check-in is finished already. Nothing was changed.</source>
        <translation>Dieser Rückgewinnungstermin ist bereits erledigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The account cannot have come back (%1) before its case closed (%2). Nothing was changed.</source>
        <translation>Der Kunde kann nicht zurückgekehrt sein (%1), bevor sein Fall abgeschlossen wurde (%2). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>fairwell::WinbackTableModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgekehrt</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Do not contact again</source>
        <translation>Nicht mehr kontaktieren</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>This check-in was due on %1 and has no outcome yet.</source>
        <translation>Dieser Rückgewinnungstermin war am %1 fällig und hat noch kein Ergebnis.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Closed On</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>MRR Lost</source>
        <translation>MRR-Verlust</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Returned On</source>
        <translation>Zurückgekehrt am</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>Neuer MRR</translation>
    </message>
</context>
<context>
    <name>fairwell::WorkDialogs</name>
    <message>
        <source>This account already has an open case: here it is.</source>
        <translation>Für diesen Kunden gibt es bereits einen offenen Fall: Hier ist er.</translation>
    </message>
    <message>
        <source>The note is in the outbox and goes out in a moment.</source>
        <translation>Die Notiz liegt im Postausgang und wird gleich verschickt.</translation>
    </message>
    <message>
        <source>The note is recorded on the case.</source>
        <translation>Die Notiz wurde im Fall gespeichert.</translation>
    </message>
</context>
</TS>
