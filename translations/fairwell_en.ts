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
    <name>fairwell::CaseListLoader</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CaseListQuery</name>
    <message>
        <source>Could not count the cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of the case list cannot start or end before its first row.</source>
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
    <name>fairwell::CaseTableModel</name>
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
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
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
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
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
        <source>Status</source>
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
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fairwell::CasesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts by name or external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
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
    <name>fairwell::CommandLine</name>
    <message>
        <source>Run &quot;fairwell --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairwell, a desktop console for customer offboarding. Without options it opens the last database used, or creates a local one filled with demo data.</source>
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
        <source>--size and --seed only go with --generate-demo.</source>
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
    <name>fairwell::Database</name>
    <message>
        <source>The change breaks a rule of the data (a required value is missing, a value is out of range, a name is taken, or a linked record is missing). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The disk is full; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server did not accept the user name or password for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server has no database named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached. Check the host name and port, and that the server is running and accepts connections from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PostgreSQL role may not do this. Ask an administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else is changing the same data right now. Try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a request; nothing was changed.</source>
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
        <source>Adding the default exit reasons, playbooks and templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
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
    <name>fairwell::MainWindow</name>
    <message>
        <source>Fairwell databases (*.sqlite *.db *.fairwell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
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
        <source>All cases</source>
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
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will see why customers leave and what it costs: exit reasons, churn and revenue lost, and save and win-back rates, by segment, plan, owner and time, with drill-down to the cases and export to PDF, PNG and CSV. Dashboards arrive in a coming release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here administrators will shape the process: playbooks, the exit-reason taxonomy, note templates, users and roles, and the database and mail settings. Administration arrives in a coming release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person at this desk: My queue shows their open cases</source>
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
    <message>
        <source>Shared: %1</source>
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
        <source>The list of people could not be loaded: %1</source>
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
    <name>fairwell::RepositorySupport</name>
    <message>
        <source>The database did not say which number it gave the new record.</source>
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
</TS>
