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
    <name>fairwell::CaseListLoader</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>fairwell::CaseListQuery</name>
    <message>
        <source>Could not count the cases.</source>
        <translation>Die Fälle konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>A page of the case list cannot start or end before its first row.</source>
        <translation>Eine Seite der Fallliste kann nicht vor ihrer ersten Zeile beginnen oder enden.</translation>
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
    <name>fairwell::CaseTableModel</name>
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
        <translation>Konzern</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Erledigt</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
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
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>fairwell::CasesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search accounts…</source>
        <translation>Kunden suchen…</translation>
    </message>
    <message>
        <source>Search accounts by name or external ID</source>
        <translation>Kunden nach Name oder externer ID suchen</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>This database has no cases yet.</source>
        <translation>Diese Datenbank enthält noch keine Fälle.</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Keine Fälle passen zu diesen Filtern.</translation>
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
    <name>fairwell::CommandLine</name>
    <message>
        <source>Run &quot;fairwell --help&quot; for the options.</source>
        <translation>Die Optionen zeigt „fairwell --help“.</translation>
    </message>
    <message>
        <source>Fairwell, a desktop console for customer offboarding. Without options it opens the last database used, or creates a local one filled with demo data.</source>
        <translation>Fairwell, eine Arbeitsoberfläche für das Offboarding von Kunden. Ohne Optionen öffnet es die zuletzt benutzte Datenbank oder legt eine lokale mit Demodaten an.</translation>
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
        <source>--size and --seed only go with --generate-demo.</source>
        <translation>--size und --seed gehören nur zu --generate-demo.</translation>
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
    <name>fairwell::Database</name>
    <message>
        <source>The change breaks a rule of the data (a required value is missing, a value is out of range, a name is taken, or a linked record is missing). Nothing was changed.</source>
        <translation>Die Änderung verletzt eine Regel der Daten (ein Pflichtwert fehlt, ein Wert liegt außerhalb des erlaubten Bereichs, ein Name ist vergeben oder ein verknüpfter Datensatz fehlt). Es wurde nichts geändert.</translation>
    </message>
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
        <source>The disk is full; the change was not saved.</source>
        <translation>Der Datenträger ist voll; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database; the change was not saved.</source>
        <translation>Der Datenträger meldete beim Lesen oder Schreiben der Datenbank einen Fehler; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The PostgreSQL server did not accept the user name or password for &quot;%1&quot;.</source>
        <translation>Der PostgreSQL-Server hat Benutzername oder Passwort für „%1“ nicht angenommen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server has no database named &quot;%1&quot;.</source>
        <translation>Auf dem PostgreSQL-Server gibt es keine Datenbank namens „%1“.</translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached. Check the host name and port, and that the server is running and accepts connections from here.</source>
        <translation>Der PostgreSQL-Server ist nicht erreichbar. Prüfen Sie Servername und Port, und ob der Server läuft und Verbindungen von hier annimmt.</translation>
    </message>
    <message>
        <source>Your PostgreSQL role may not do this. Ask an administrator for access.</source>
        <translation>Ihre PostgreSQL-Rolle darf das nicht. Bitten Sie Ihre Administration um Zugriff.</translation>
    </message>
    <message>
        <source>Someone else is changing the same data right now. Try again; nothing was changed.</source>
        <translation>Jemand anderes ändert gerade dieselben Daten. Versuchen Sie es noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database refused a request; nothing was changed.</source>
        <translation>Die Datenbank hat eine Anfrage abgelehnt; es wurde nichts geändert.</translation>
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
        <source>Adding the default exit reasons, playbooks and templates…</source>
        <translation>Standard-Kündigungsgründe, Playbooks und Vorlagen werden angelegt…</translation>
    </message>
    <message>
        <source>Adding demo data: %1</source>
        <translation>Demodaten werden angelegt: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
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
    <name>fairwell::MainWindow</name>
    <message>
        <source>Fairwell databases (*.sqlite *.db *.fairwell)</source>
        <translation>Fairwell-Datenbanken (*.sqlite *.db *.fairwell)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
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
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
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
        <source>All cases</source>
        <translation>Alle Fälle</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Here you will see why customers leave and what it costs: exit reasons, churn and revenue lost, and save and win-back rates, by segment, plan, owner and time, with drill-down to the cases and export to PDF, PNG and CSV. Dashboards arrive in a coming release.</source>
        <translation>Hier sehen Sie, warum Kunden gehen und was es kostet: Kündigungsgründe, Abwanderung und entgangener Umsatz sowie Halte- und Rückgewinnungsquoten, nach Segment, Tarif, Verantwortlichen und Zeitraum, mit dem Weg zu den einzelnen Fällen und Export als PDF, PNG und CSV. Die Dashboards kommen mit einer der nächsten Versionen.</translation>
    </message>
    <message>
        <source>Here administrators will shape the process: playbooks, the exit-reason taxonomy, note templates, users and roles, and the database and mail settings. Administration arrives in a coming release.</source>
        <translation>Hier gestalten Administratorinnen und Administratoren den Ablauf: Playbooks, die Taxonomie der Kündigungsgründe, Notizvorlagen, Benutzer und Rollen sowie die Datenbank- und E-Mail-Einstellungen. Die Verwaltung kommt mit einer der nächsten Versionen.</translation>
    </message>
    <message>
        <source>&amp;Working as:</source>
        <translation>Arbeitsp&amp;latz von:</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Arbeitsplatz von</translation>
    </message>
    <message>
        <source>The person at this desk: My queue shows their open cases</source>
        <translation>Die Person an diesem Arbeitsplatz: „Meine Fälle“ zeigt ihre offenen Fälle</translation>
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
    <message>
        <source>Shared: %1</source>
        <translation>Gemeinsam: %1</translation>
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
        <source>The list of people could not be loaded: %1</source>
        <translation>Die Personenliste konnte nicht geladen werden: %1</translation>
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
    <name>fairwell::RepositorySupport</name>
    <message>
        <source>The database did not say which number it gave the new record.</source>
        <translation>Die Datenbank hat nicht mitgeteilt, welche Nummer sie dem neuen Datensatz gegeben hat.</translation>
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
</TS>
