<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Backdrop</name>
    <message>
        <source>Not live · as of {0}</source>
        <translation>Nicht live · Stand {0}</translation>
    </message>
</context>
<context>
    <name>BranchPicker</name>
    <message>
        <source>{0} (UTC{1})</source>
        <translation>{0} (UTC{1})</translation>
    </message>
    <message>
        <source>Choose a branch</source>
        <translation>Filiale wählen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Signed in as {0}. Which branch&apos;s floor do you want to watch?</source>
        <translation>Angemeldet als {0}. Welche Filiale soll angezeigt werden?</translation>
    </message>
    <message>
        <source>Which branch&apos;s floor do you want to watch?</source>
        <translation>Welche Filiale soll angezeigt werden?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>snapshot</source>
        <translation>snapshot</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>die App</translation>
    </message>
    <message>
        <source>floorview: {0} is not available in this installation ({1}).</source>
        <translation>floorview: {0} ist in dieser Installation nicht verfügbar ({1}).</translation>
    </message>
</context>
<context>
    <name>ConnState</name>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Kein Zugriff</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Sign in again…</source>
        <translation>Neu anmelden…</translation>
    </message>
    <message>
        <source>Choose branch…</source>
        <translation>Filiale wählen…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <source>Syncing tables with the server…</source>
        <translation>Tische werden mit dem Server abgeglichen…</translation>
    </message>
    <message>
        <source>Live — over long-polling (the WebSocket was refused by the server or a proxy)</source>
        <translation>Live — über Long-Polling (der Server oder ein Proxy hat die WebSocket-Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>No answer from the server since {0}</source>
        <translation>Keine Antwort vom Server seit {0}</translation>
    </message>
    <message>
        <source>{0} — reconnecting (attempt {1}). The floor may be out of date.</source>
        <translation>{0} — Verbindung wird wiederhergestellt (Versuch {1}). Der Tischplan ist vielleicht nicht aktuell.</translation>
    </message>
    <message>
        <source>{0} — reconnecting. The floor may be out of date.</source>
        <translation>{0} — Verbindung wird wiederhergestellt. Der Tischplan ist vielleicht nicht aktuell.</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting since {0} (attempt {1}). The floor may be out of date.</source>
        <translation>Verbindung unterbrochen — Wiederverbinden seit {0} (Versuch {1}). Der Tischplan ist vielleicht nicht aktuell.</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting since {0}. The floor may be out of date.</source>
        <translation>Verbindung unterbrochen — Wiederverbinden seit {0}. Der Tischplan ist vielleicht nicht aktuell.</translation>
    </message>
    <message>
        <source>Signed out. The floor is not updating until someone signs in.</source>
        <translation>Abgemeldet. Der Tischplan wird erst wieder aktualisiert, wenn sich jemand anmeldet.</translation>
    </message>
    <message>
        <source>Signed out — the server no longer accepts this sign-in. The floor is not updating.</source>
        <translation>Abgemeldet — der Server akzeptiert diese Anmeldung nicht mehr. Der Tischplan wird nicht aktualisiert.</translation>
    </message>
    <message>
        <source>This account may not watch this branch. The floor is not updating.</source>
        <translation>Dieses Konto darf diese Filiale nicht sehen. Der Tischplan wird nicht aktualisiert.</translation>
    </message>
    <message>
        <source>{0}{1} — still trying. The floor may be out of date.</source>
        <translation>{0}{1} — es wird weiter versucht. Der Tischplan ist vielleicht nicht aktuell.</translation>
    </message>
    <message>
        <source>Server unreachable since {0}{1} — still trying. The floor may be out of date.</source>
        <translation>Server nicht erreichbar seit {0}{1} — es wird weiter versucht. Der Tischplan ist vielleicht nicht aktuell.</translation>
    </message>
    <message>
        <source>Connection failed: {0}. The floor is not updating.</source>
        <translation>Verbindung fehlgeschlagen: {0}. Der Tischplan wird nicht aktualisiert.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Connection state unknown ({0}). The floor may be out of date.</source>
        <translation>Verbindungsstatus unbekannt ({0}). Der Tischplan ist vielleicht nicht aktuell.</translation>
    </message>
</context>
<context>
    <name>DemoSupervisor</name>
    <message>
        <source>The demo server stopped</source>
        <translation>Der Demo-Server wurde beendet</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>adding table {0}</source>
        <translation>Hinzufügen von Tisch {0}</translation>
    </message>
    <message>
        <source>deleting table {0}</source>
        <translation>Löschen von Tisch {0}</translation>
    </message>
    <message>
        <source>the change of table {0}</source>
        <translation>Änderung von Tisch {0}</translation>
    </message>
    <message>
        <source>the resize of table {0}</source>
        <translation>Größenänderung von Tisch {0}</translation>
    </message>
    <message>
        <source>the turn of table {0}</source>
        <translation>Drehen von Tisch {0}</translation>
    </message>
    <message>
        <source>the move of table {0}</source>
        <translation>Verschieben von Tisch {0}</translation>
    </message>
    <message>
        <source>The table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Tisch {0}</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0} fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>The next undo or redo was not sent: the one before it was refused. Press it again if it is still needed.</source>
        <translation>Das nächste Rückgängig/Wiederholen wurde nicht gesendet, weil das vorherige abgelehnt wurde. Bei Bedarf erneut drücken.</translation>
    </message>
    <message>
        <source>That table was deleted meanwhile.</source>
        <translation>Dieser Tisch wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>{0} was changed by someone else while you edited it; it has been reloaded with their change. Make your change again if it is still needed.</source>
        <translation>{0} wurde während Ihrer Bearbeitung von jemand anderem geändert und mit dieser Änderung neu geladen. Ihre Änderung bei Bedarf bitte erneut vornehmen.</translation>
    </message>
    <message>
        <source>Saving {0}</source>
        <translation>{0}: Speichern</translation>
    </message>
    <message>
        <source>{0} saved.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <source>Changing the status of {0}</source>
        <translation>{0}: Statusänderung</translation>
    </message>
    <message>
        <source>Assigning a server to {0}</source>
        <translation>{0}: Service-Zuweisung</translation>
    </message>
    <message>
        <source>Adding table {0}</source>
        <translation>Tisch {0}: Hinzufügen</translation>
    </message>
    <message>
        <source>Table {0} added.</source>
        <translation>Tisch {0} hinzugefügt.</translation>
    </message>
    <message>
        <source>Deleting {0}</source>
        <translation>{0}: Löschen</translation>
    </message>
    <message>
        <source>{0} deleted.</source>
        <translation>{0} gelöscht.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>Undo of {0}</source>
        <translation>Rückgängig ({0})</translation>
    </message>
    <message>
        <source>Redo of {0}</source>
        <translation>Wiederholen ({0})</translation>
    </message>
    <message>
        <source>{0} not possible: the table is no longer on the floor plan. Nothing was changed.</source>
        <translation>{0} nicht möglich: Der Tisch ist nicht mehr im Tischplan. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{0} not sent: {1}. Nothing was changed; press {2} again once the floor is live.</source>
        <translation>{0} nicht gesendet: {1}. Es wurde nichts geändert; {2} erneut drücken, sobald der Tischplan wieder live ist.</translation>
    </message>
    <message>
        <source>{0}: the table is back, but {1}</source>
        <translation>{0}: Der Tisch ist wieder da, aber {1}</translation>
    </message>
    <message>
        <source>Undo: table {0} is back as it was: {1}.</source>
        <translation>Rückgängig: Tisch {0} ist wieder da wie zuvor: {1}.</translation>
    </message>
    <message>
        <source>Redo: table {0} is back as it was: {1}.</source>
        <translation>Wiederholen: Tisch {0} ist wieder da wie zuvor: {1}.</translation>
    </message>
    <message>
        <source>Undo: table {0} is back.</source>
        <translation>Rückgängig: Tisch {0} ist wieder da.</translation>
    </message>
    <message>
        <source>Redo: table {0} is back.</source>
        <translation>Wiederholen: Tisch {0} ist wieder da.</translation>
    </message>
    <message>
        <source>Undo: {0}.</source>
        <translation>Rückgängig: {0}.</translation>
    </message>
    <message>
        <source>Redo: {0}.</source>
        <translation>Wiederholen: {0}.</translation>
    </message>
    <message>
        <source>its status “{0}” is not one this app can set</source>
        <translation>sein Status „{0}“ kann in dieser App nicht gesetzt werden</translation>
    </message>
    <message>
        <source>its status ({0}) could not be set again: {1}</source>
        <translation>sein Status ({0}) ließ sich nicht wiederherstellen: {1}</translation>
    </message>
    <message>
        <source>its server could not be set again: {0}</source>
        <translation>die Service-Zuweisung ließ sich nicht wiederherstellen: {0}</translation>
    </message>
    <message>
        <source>{0}. Set it from the table&apos;s menu.</source>
        <translation>{0}. Bitte über das Tischmenü setzen.</translation>
    </message>
    <message>
        <source>someone else changed the table meanwhile</source>
        <translation>jemand anderes hat den Tisch inzwischen geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} refused: someone else changed that table since. Nothing was changed; the floor shows their version.</source>
        <translation>{0} abgelehnt: Jemand anderes hat den Tisch inzwischen geändert. Es wurde nichts geändert; der Tischplan zeigt dessen Stand.</translation>
    </message>
</context>
<context>
    <name>EditMode</name>
    <message>
        <source>Edit mode: drag to move; handles rotate and resize; {0} deletes; {1} undoes, {2} redoes.</source>
        <translation>Bearbeiten: Ziehen verschiebt, Griffe drehen und skalieren; {0} löscht; {1} rückgängig, {2} wiederholen.</translation>
    </message>
    <message>
        <source>Edit mode off.</source>
        <translation>Bearbeitungsmodus aus.</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Tisch hinzufügen</translation>
    </message>
    <message>
        <source>There is no free space left on this floor for another table.</source>
        <translation>In diesem Bereich ist kein Platz mehr für einen weiteren Tisch.</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Tisch {0}</translation>
    </message>
</context>
<context>
    <name>Exits</name>
    <message>
        <source>bad credentials (the server said: {0}).</source>
        <translation>Anmeldedaten ungültig (Server: {0}).</translation>
    </message>
    <message>
        <source>bad credentials.</source>
        <translation>Anmeldedaten ungültig.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find table by number — Enter to show, Esc to close</source>
        <translation>Tisch nach Nummer suchen — Enter zeigt ihn, Esc schließt</translation>
    </message>
    <message>
        <source>Find table:</source>
        <translation>Tisch suchen:</translation>
    </message>
    <message>
        <source>No table numbered “{0}” in this branch.</source>
        <translation>Kein Tisch mit der Nummer „{0}“ in dieser Filiale.</translation>
    </message>
    <message>
        <source>Table {0}: {1}, {2}</source>
        <translation>Tisch {0}: {1}, {2}</translation>
    </message>
</context>
<context>
    <name>FloorAccessible</name>
    <message>
        <source>Floor plan {0}</source>
        <translation>Tischplan {0}</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Tischplan</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Tisch {0}</translation>
    </message>
</context>
<context>
    <name>FloorTabs</name>
    <message>
        <source>Floors</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>FloorviewApp</name>
    <message>
        <source>The demo server did not start</source>
        <translation>Der Demo-Server ist nicht gestartet</translation>
    </message>
    <message>
        <source>Cannot write the paint log</source>
        <translation>Das Zeichenprotokoll kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Changes and turns (F9)</source>
        <translation>Änderungen und Belegungen (F9)</translation>
    </message>
    <message>
        <source>Recent changes and likely free</source>
        <translation>Letzte Änderungen und bald frei</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{0}%</source>
        <comment>a percentage</comment>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a short day; Qt&apos;s date pattern</comment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>{0}m</source>
        <comment>minutes, short</comment>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>{0}h {1}m</source>
        <comment>hours and minutes, short</comment>
        <translation>{0}:{1} h</translation>
    </message>
</context>
<context>
    <name>GroupConnection</name>
    <message numerus="yes">
        <source>Joining %n branches and loading their tables…</source>
        <translation>
            <numerusform>%n Filiale wird verbunden, Tische werden geladen…</numerusform>
            <numerusform>%n Filialen werden verbunden, Tische werden geladen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>{0}: occupied share per table</source>
        <translation>{0}: Belegungsanteil je Tisch</translation>
    </message>
    <message>
        <source>{0} of the service occupied</source>
        <translation>{0} des Service besetzt</translation>
    </message>
</context>
<context>
    <name>JournalFile</name>
    <message>
        <source>the disk is full</source>
        <translation>Festplatte voll</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>Datei beschädigt</translation>
    </message>
    <message>
        <source>no permission to write in {0}</source>
        <translation>keine Schreibrechte in {0}</translation>
    </message>
    <message>
        <source>no permission to write it</source>
        <translation>keine Schreibrechte für die Datei</translation>
    </message>
    <message>
        <source>another floorview is recording this branch&apos;s journal: this one records nothing</source>
        <translation>Ein anderes floorview zeichnet das Journal dieser Filiale schon auf; dieses zeichnet nichts auf</translation>
    </message>
    <message>
        <source>it could not be written ({0})</source>
        <translation>Schreiben nicht möglich ({0})</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>Schreiben nicht möglich</translation>
    </message>
</context>
<context>
    <name>JournalStatus</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>The journal file was damaged: it was moved aside as {name} and a new one started.</source>
        <translation>Die Journaldatei war beschädigt: Sie wurde als {name} beiseitegelegt und eine neue angelegt.</translation>
    </message>
    <message>
        <source>Journal off: another floorview is recording this branch&apos;s journal: this one records nothing</source>
        <translation>Journal aus: Ein anderes floorview zeichnet das Journal dieser Filiale schon auf; dieses zeichnet nichts auf</translation>
    </message>
    <message>
        <source>Journal paused: {why} — {kept}, {when}{lost}</source>
        <translation>Journal pausiert: {why} — {kept}; {when}{lost}</translation>
    </message>
    <message>
        <source>written when there is room</source>
        <translation>Schreiben folgt, sobald Platz ist</translation>
    </message>
    <message>
        <source>written as soon as it can be</source>
        <translation>Schreiben folgt, sobald möglich</translation>
    </message>
    <message>
        <source>1 kept change written</source>
        <translation>1 zwischengespeicherte Änderung geschrieben</translation>
    </message>
    <message>
        <source>{n} kept changes written</source>
        <translation>{n} zwischengespeicherte Änderungen geschrieben</translation>
    </message>
    <message>
        <source>Journal recording again: {written}{lost}</source>
        <translation>Journal zeichnet wieder auf: {written}{lost}</translation>
    </message>
    <message>
        <source>Journal recording again{lost}</source>
        <translation>Journal zeichnet wieder auf{lost}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>Festplatte voll</translation>
    </message>
    <message>
        <source>no permission to write its folder</source>
        <translation>keine Schreibrechte für den Ordner</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>Datei beschädigt</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>Schreiben nicht möglich</translation>
    </message>
    <message>
        <source>1 change kept</source>
        <translation>1 Änderung zwischengespeichert</translation>
    </message>
    <message>
        <source>{n} changes kept</source>
        <translation>{n} Änderungen zwischengespeichert</translation>
    </message>
    <message>
        <source> (1 older change could not be kept)</source>
        <translation> (1 ältere Änderung ging verloren)</translation>
    </message>
    <message>
        <source> ({n} older changes could not be kept)</source>
        <translation> ({n} ältere Änderungen gingen verloren)</translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <source>The Leave kiosk button</source>
        <translation>die Schaltfläche „Kiosk verlassen“</translation>
    </message>
    <message>
        <source>Leave kiosk mode?</source>
        <translation>Kioskmodus verlassen?</translation>
    </message>
    <message>
        <source>Leave kiosk mode on this screen?

“Leave kiosk mode” keeps the floor in a normal window (with menus), also when floorview starts next; “Quit floorview” closes it and the floor stops updating here. ({0} asked this.)</source>
        <translation>Kioskmodus auf diesem Bildschirm verlassen?

„Kiosk verlassen“ zeigt den Tischplan in einem normalen Fenster (mit Menüs), auch beim nächsten Start von floorview; „Beenden“ schließt floorview, und der Tischplan wird hier nicht mehr aktualisiert. (Ausgelöst durch {0}.)</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kiosk verlassen</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <source>Quit floorview</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Status legend</source>
        <translation>Statuslegende</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>a status and its count</comment>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>LiveConnection</name>
    <message>
        <source>The live connection failed: {0}</source>
        <translation>Die Live-Verbindung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <source>signing in again failed: {0}</source>
        <translation>Neuanmeldung fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>You may not see this branch (the server said: {0}).</source>
        <translation>Sie dürfen diese Filiale nicht sehen (Server: {0}).</translation>
    </message>
    <message>
        <source>The server is limiting this client: {0}.</source>
        <translation>Der Server bremst diesen Client: {0}.</translation>
    </message>
    <message>
        <source>The server reported an error: {0}.</source>
        <translation>Der Server meldet einen Fehler: {0}.</translation>
    </message>
    <message>
        <source>Joining the branch and loading its tables…</source>
        <translation>Filiale wird verbunden, Tische werden geladen…</translation>
    </message>
</context>
<context>
    <name>LiveErrors</name>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (a private CA needs --ca-bundle)</source>
        <translation>dem TLS-Zertifikat des Servers wird nicht vertraut (eine private CA braucht --ca-bundle)</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to floorview</source>
        <translation>Bei floorview anmelden</translation>
    </message>
    <message>
        <source>https://floor.example.com</source>
        <translation>https://floor.example.com</translation>
    </message>
    <message>
        <source>you@restaurant.com</source>
        <translation>name@restaurant.de</translation>
    </message>
    <message>
        <source>Keep me signed in on this device</source>
        <translation>Auf diesem Gerät angemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Please enter your {0}.</source>
        <translation>Bitte {0} eingeben.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>{0}
Trying again in {1} s…</source>
        <translation>{0}
Neuer Versuch in {1} s…</translation>
    </message>
</context>
<context>
    <name>LongPolling</name>
    <message numerus="yes">
        <source>Over long-polling: WebSocket was refused ({0}); WebSocket is tried again every %n min.</source>
        <translation>
            <numerusform>Über Long-Polling: WebSocket wurde abgelehnt ({0}); WebSocket wird jede Minute erneut versucht.</numerusform>
            <numerusform>Über Long-Polling: WebSocket wurde abgelehnt ({0}); WebSocket wird alle %n Min. erneut versucht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>as of {0}</source>
        <translation>Stand {0}</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>nicht abgeglichen</translation>
    </message>
    <message>
        <source>{0} — floorview</source>
        <translation>{0} — floorview</translation>
    </message>
    <message>
        <source>To leave the floor monitor, press {0}.</source>
        <translation>Zum Verlassen der Tischansicht {0} drücken.</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Find a table by number</source>
        <translation>Tisch nach Nummer suchen</translation>
    </message>
    <message>
        <source>Find table</source>
        <translation>Tisch suchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the number pad (Esc)</source>
        <translation>Ziffernblock schließen (Esc)</translation>
    </message>
    <message>
        <source>Table number typed</source>
        <translation>Eingegebene Tischnummer</translation>
    </message>
    <message>
        <source>Which table Show finds</source>
        <translation>Welchen Tisch „Zeigen“ findet</translation>
    </message>
    <message>
        <source>Delete the last character (Backspace)</source>
        <translation>Letztes Zeichen löschen (Rücktaste)</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show this table on the floor (Enter)</source>
        <translation>Diesen Tisch im Plan zeigen (Enter)</translation>
    </message>
    <message>
        <source>Type {digit}</source>
        <translation>{digit} eingeben</translation>
    </message>
    <message>
        <source>Numbers that begin with {prefix}</source>
        <translation>Nummern, die mit {prefix} beginnen</translation>
    </message>
    <message>
        <source>No table numbered {number} here.</source>
        <translation>Hier gibt es keinen Tisch {number}.</translation>
    </message>
    <message>
        <source>Type a table&apos;s number, then Show.</source>
        <translation>Tischnummer eingeben, dann „Zeigen“.</translation>
    </message>
    <message>
        <source>Show: table {number} · {status}, {seats}</source>
        <translation>Zeigen: Tisch {number} · {status}, {seats}</translation>
    </message>
</context>
<context>
    <name>PageButtons</name>
    <message>
        <source>Floor to the left</source>
        <translation>Bereich links</translation>
    </message>
    <message>
        <source>Floor to the right</source>
        <translation>Bereich rechts</translation>
    </message>
    <message>
        <source>Floor above</source>
        <translation>Bereich oben</translation>
    </message>
    <message>
        <source>Floor below</source>
        <translation>Bereich unten</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> turns</source>
        <translation> Belegungen</translation>
    </message>
    <message>
        <source>Likely free next: the median of the last this many turns of parties that size at about that time of day.</source>
        <translation>Voraussichtlich frei: der Median aus so vielen letzten Belegungen durch gleich große Gruppen zu etwa derselben Tageszeit.</translation>
    </message>
    <message>
        <source>Who Seat a party offers next</source>
        <translation>Wen „Gäste platzieren“ als Nächstes vorschlägt</translation>
    </message>
    <message>
        <source>Rotation, skipping anyone well ahead on covers</source>
        <translation>Reihum, außer wer bei Gästen weit vorn liegt</translation>
    </message>
    <message>
        <source>Strict rotation</source>
        <translation>Streng reihum</translation>
    </message>
    <message>
        <source>Fewest covers</source>
        <translation>Wenigste Gäste</translation>
    </message>
    <message>
        <source>Rotation: the server whose last party is longest ago, skipping anyone well ahead on covers for the seats they hold. Strict rotation: no skipping. Fewest covers: the fewest covers per seat held first.</source>
        <translation>Reihum: der Service, dessen letzte Gruppe am längsten her ist; wer gemessen an seinen Plätzen weit mehr Gäste hat, wird übersprungen. Streng reihum: ohne Überspringen. Wenigste Gäste: zuerst, wer die wenigsten Gäste je Platz hat.</translation>
    </message>
    <message>
        <source>Sound when a table goes past red</source>
        <translation>Ton, wenn ein Tisch die Rot-Grenze überschreitet</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect the next time floorview starts.</source>
        <translation>Gilt ab dem nächsten Start von floorview.</translation>
    </message>
    <message>
        <source>A seated table&apos;s time turns amber, then red, after:</source>
        <translation>Die Zeit eines besetzten Tischs wird gelb, dann rot, nach:</translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation>Gelb nach</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Rot nach</translation>
    </message>
    <message>
        <source>Likely free from</source>
        <translation>Frei-Schätzung aus</translation>
    </message>
    <message>
        <source>Next server</source>
        <translation>Nächster Service</translation>
    </message>
    <message>
        <source>A new language takes effect the next time floorview starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von floorview.</translation>
    </message>
</context>
<context>
    <name>QuoteSection</name>
    <message>
        <source>Quotes</source>
        <translation>Zeitangaben</translation>
    </message>
    <message>
        <source>No quote was given: every party asked about had a table free, or no time could be said.</source>
        <translation>Keine Zeitangabe: Für jede Gruppe war ein Tisch frei, oder es ließ sich keine Zeit nennen.</translation>
    </message>
    <message numerus="yes">
        <source>%n seated</source>
        <translation>
            <numerusform>%n platziert</numerusform>
            <numerusform>%n platziert</numerusform>
        </translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>seated vs quoted</source>
        <translation>platziert vs. genannt</translation>
    </message>
    <message>
        <source>Worst early</source>
        <translation>Maximal zu früh</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>seated sooner than told</source>
        <translation>früher platziert als gesagt</translation>
    </message>
    <message>
        <source>Worst late</source>
        <translation>Maximal zu spät</translation>
    </message>
    <message>
        <source>seated later than told</source>
        <translation>später platziert als gesagt</translation>
    </message>
    <message numerus="yes">
        <source>Within %n min</source>
        <translation>
            <numerusform>Innerhalb %n Min.</numerusform>
            <numerusform>Innerhalb %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>of the quotes seated</source>
        <translation>der Zeitangaben eingehalten</translation>
    </message>
    <message>
        <source>Each time nothing seated a party now, the time the app gave for the table likely free first, against when that table (or one of the joined tables) was next seated.</source>
        <translation>Jedes Mal, wenn für eine Gruppe nichts frei war: die Zeit, die die App für den voraussichtlich zuerst freien Tisch nannte, verglichen damit, wann dieser Tisch (oder einer der zusammengestellten Tische) als Nächstes belegt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes never saw their table seated again before the journal ended: not in the figures.</source>
        <translation>
            <numerusform>Bei %n Zeitangabe wurde der Tisch bis zum Ende des Journals nicht wieder belegt: nicht in den Zahlen.</numerusform>
            <numerusform>Bei %n Zeitangaben wurde der Tisch bis zum Ende des Journals nicht wieder belegt: nicht in den Zahlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>each quote, early to late</source>
        <translation>jede Zeitangabe, früh bis spät</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Genannt</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Platziert</translation>
    </message>
    <message>
        <source>Off by</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n Min. zu spät</numerusform>
            <numerusform>%n Min. zu spät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min early</source>
        <translation>
            <numerusform>%n Min. zu früh</numerusform>
            <numerusform>%n Min. zu früh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentChangesPanel</name>
    <message>
        <source>&lt;b&gt;Recent changes&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;newest first&lt;/span&gt;</source>
        <translation>&lt;b&gt;Letzte Änderungen&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;neueste zuerst&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likely free next&lt;/b&gt;</source>
        <translation>&lt;b&gt;Als Nächstes frei&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Tisch {0}</translation>
    </message>
    <message>
        <source>{0} removed</source>
        <translation>{0} entfernt</translation>
    </message>
    <message>
        <source>{0} added</source>
        <translation>{0} hinzugefügt</translation>
    </message>
    <message>
        <source>{0} {1} → {2} ({3})</source>
        <translation>{0} {1} → {2} ({3})</translation>
    </message>
    <message>
        <source>{0} {1} → {2}</source>
        <translation>{0} {1} → {2}</translation>
    </message>
    <message>
        <source>{0} guests {1} → {2}</source>
        <translation>{0}: Gäste {1} → {2}</translation>
    </message>
    <message>
        <source>{0} unassigned</source>
        <translation>{0}: Service entfernt</translation>
    </message>
    <message>
        <source>{0} assigned to another server</source>
        <translation>{0}: anderer Service zugewiesen</translation>
    </message>
    <message>
        <source>{0} assigned to {1}</source>
        <translation>{0} zugewiesen an {1}</translation>
    </message>
    <message>
        <source>{0} moved</source>
        <translation>{0} verschoben</translation>
    </message>
    <message>
        <source>{0}  (while offline)</source>
        <translation>{0}  (in der Offline-Zeit)</translation>
    </message>
    <message>
        <source>{0}  {1} {2}</source>
        <translation>{0}  {1} {2}</translation>
    </message>
    <message>
        <source>any minute now</source>
        <translation>jeden Moment</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>in {0} Min.</translation>
    </message>
    <message numerus="yes">
        <source>{0}  ~{1} ({2}) · median of %n turns</source>
        <translation>
            <numerusform>{0}  ~{1} ({2}) · Median aus %n Belegung</numerusform>
            <numerusform>{0}  ~{1} ({2}) · Median aus %n Belegungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No table is occupied.</source>
        <translation>Kein Tisch ist besetzt.</translation>
    </message>
    <message numerus="yes">
        <source>No estimate for %n tables yet: it takes {0} past turns of parties that size.</source>
        <translation>
            <numerusform>Noch keine Schätzung für %n Tisch: Dafür braucht es {0} frühere Belegungen durch gleich große Gruppen.</numerusform>
            <numerusform>Noch keine Schätzung für %n Tische: Dafür braucht es {0} frühere Belegungen durch gleich große Gruppen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentOverlay</name>
    <message>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <source>newest first · F9 or a tap closes</source>
        <translation>neueste zuerst · F9 oder Tippen schließt</translation>
    </message>
    <message>
        <source>&lt;i&gt;No changes yet since this screen started.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch keine Änderungen seit dem Start dieses Bildschirms.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <source>; %n older changes could not be kept</source>
        <translation>
            <numerusform>; %n ältere Änderung ging verloren</numerusform>
            <numerusform>; %n ältere Änderungen gingen verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>journal: the file was damaged; moved aside as {0}, a new one started</source>
        <translation>Journal: Datei war beschädigt; als {0} beiseitegelegt, eine neue angelegt</translation>
    </message>
    <message>
        <source>journal off: {0}</source>
        <translation>Journal aus: {0}</translation>
    </message>
    <message numerus="yes">
        <source>journal paused: {0} — %n changes kept, written when there is room{1}</source>
        <translation>
            <numerusform>Journal pausiert: {0} — %n Änderung zwischengespeichert, Schreiben folgt, sobald Platz ist{1}</numerusform>
            <numerusform>Journal pausiert: {0} — %n Änderungen zwischengespeichert, Schreiben folgt, sobald Platz ist{1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>journal paused: {0} — %n changes kept, written as soon as it can{1}</source>
        <translation>
            <numerusform>Journal pausiert: {0} — %n Änderung zwischengespeichert, Schreiben folgt, sobald möglich{1}</numerusform>
            <numerusform>Journal pausiert: {0} — %n Änderungen zwischengespeichert, Schreiben folgt, sobald möglich{1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>journal recording again: %n kept changes written{0}</source>
        <translation>
            <numerusform>Journal zeichnet wieder auf: %n zwischengespeicherte Änderung geschrieben{0}</numerusform>
            <numerusform>Journal zeichnet wieder auf: %n zwischengespeicherte Änderungen geschrieben{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>journal recording again{0}</source>
        <translation>Journal zeichnet wieder auf{0}</translation>
    </message>
    <message>
        <source>journal recording{0}</source>
        <translation>Journal zeichnet auf{0}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{0}

floorview carries on; if something looks wrong, sign in again or restart it.

The details are in {1}</source>
        <translation>{0}

floorview läuft weiter. Wenn etwas nicht stimmt, neu anmelden oder floorview neu starten.

Details stehen in {1}</translation>
    </message>
    <message>
        <source>{0}

floorview carries on; if something looks wrong, sign in again or restart it.</source>
        <translation>{0}

floorview läuft weiter. Wenn etwas nicht stimmt, neu anmelden oder floorview neu starten.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Recovered from an error: the floor was reloaded.</source>
        <translation>Nach einem Fehler wiederhergestellt: Der Tischplan wurde neu geladen.</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>not a number: {0!r}</source>
        <translation>keine Zahl: {0!r}</translation>
    </message>
    <message>
        <source>choose a speed above 0 (at most 100000)</source>
        <translation>Geschwindigkeit über 0 wählen (höchstens 100000)</translation>
    </message>
    <message>
        <source>floorview replay: cannot write frames in {0}: {1}</source>
        <translation>floorview replay: kann keine Bilder in {0} schreiben: {1}</translation>
    </message>
    <message>
        <source>floorview replay: could not write {0}</source>
        <translation>floorview replay: {0} konnte nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1}, %n floor plans</source>
        <translation>
            <numerusform>{0}: {1}, %n Tischplan</numerusform>
            <numerusform>{0}: {1}, %n Tischpläne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Replay · {0} — floorview</source>
        <translation>Wiedergabe · {0} — floorview</translation>
    </message>
    <message>
        <source>Replay · {0} · {1}  {2}</source>
        <translation>Wiedergabe · {0} · {1}  {2}</translation>
    </message>
    <message>
        <source>  ·  paused</source>
        <translation>  ·  pausiert</translation>
    </message>
    <message>
        <source>  ·  the screen was offline then (as of {0})</source>
        <translation>  ·  der Bildschirm war da offline (Stand {0})</translation>
    </message>
    <message>
        <source>  ·  the screen was offline then</source>
        <translation>  ·  der Bildschirm war da offline</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>not a date (YYYY-MM-DD): {0!r}</source>
        <translation>kein Datum (JJJJ-MM-TT): {0!r}</translation>
    </message>
    <message>
        <source>{0}: no journal at {1}</source>
        <translation>{0}: kein Journal unter {1}</translation>
    </message>
    <message>
        <source>{0}: give a JOURNAL file, --date or --demo (no journals in {1} yet)</source>
        <translation>{0}: JOURNAL-Datei, --date oder --demo angeben (noch keine Journale in {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{0}: no journal for {1} in {2} (latest: {3})</source>
        <translation>{0}: kein Journal für {1} in {2} (neuestes: {3})</translation>
    </message>
    <message>
        <source>{0}: journals of several branches for {1}; choose one with --branch: {2}</source>
        <translation>{0}: Journale mehrerer Filialen für {1}; eine mit --branch wählen: {2}</translation>
    </message>
    <message>
        <source>floorview report: no folder {0} to write {1} in</source>
        <translation>floorview report: kein Ordner {0}, um {1} zu schreiben</translation>
    </message>
    <message>
        <source>floorview report: could not write {0}: {1}</source>
        <translation>floorview report: {0} konnte nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3}, {4}; journal {5} KiB, built in {6} s</source>
        <translation>{0}: {1}, {2}, {3}, {4}; Journal {5} KiB, erstellt in {6} s</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} h {1}</source>
        <comment>hours and minutes</comment>
        <translation>{0}:{1} h</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>Unknown branch</source>
        <translation>Unbekannte Filiale</translation>
    </message>
    <message numerus="yes">
        <source>The screen lost its connection %n times (first at {0});</source>
        <translation>
            <numerusform>Der Bildschirm hat %n-mal die Verbindung verloren (um {0});</numerusform>
            <numerusform>Der Bildschirm hat %n-mal die Verbindung verloren (zuerst um {0});</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes made meanwhile were recovered when it came back and are counted at the time they happened.</source>
        <translation>
            <numerusform>%n Änderung aus dieser Zeit wurde danach nachgeholt und zählt zu dem Zeitpunkt, an dem sie geschah.</numerusform>
            <numerusform>%n Änderungen aus dieser Zeit wurden danach nachgeholt und zählen zu dem Zeitpunkt, an dem sie geschahen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were recovered on a resync.</source>
        <translation>
            <numerusform>%n Änderung wurde bei einem Neuabgleich nachgeholt.</numerusform>
            <numerusform>%n Änderungen wurden bei einem Neuabgleich nachgeholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Median turn</source>
        <translation>Belegung (Median)</translation>
    </message>
    <message>
        <source>middle half {0}–{1}</source>
        <translation>mittlere Hälfte {0}–{1}</translation>
    </message>
    <message>
        <source>no turns</source>
        <translation>keine Belegungen</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>Stärkste Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n covers seated</source>
        <translation>
            <numerusform>%n Gast platziert</numerusform>
            <numerusform>%n Gäste platziert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Reinigung</translation>
    </message>
    <message numerus="yes">
        <source>median of %n resets</source>
        <translation>
            <numerusform>Median aus %n Eindeckung</numerusform>
            <numerusform>Median aus %n Eindeckungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no resets</source>
        <translation>keine Eindeckungen</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Überzeit</translation>
    </message>
    <message numerus="yes">
        <source>turns over %n min</source>
        <translation>
            <numerusform>Belegungen über %n Min.</numerusform>
            <numerusform>Belegungen über %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>times on the branch&apos;s clock ({0})</source>
        <translation>Uhrzeiten der Filiale ({0})</translation>
    </message>
    <message>
        <source>times on the branch&apos;s clock</source>
        <translation>Uhrzeiten der Filiale</translation>
    </message>
    <message>
        <source>service {0}–{1}</source>
        <translation>Service {0}–{1}</translation>
    </message>
    <message>
        <source>Covers per hour</source>
        <translation>Gäste pro Stunde</translation>
    </message>
    <message>
        <source>covers per hour</source>
        <translation>Gäste pro Stunde</translation>
    </message>
    <message>
        <source>How full each table was</source>
        <translation>Wie voll jeder Tisch war</translation>
    </message>
    <message>
        <source>Share of the service ({0}–{1}) each table was occupied.</source>
        <translation>Anteil des Service ({0}–{1}), in dem jeder Tisch besetzt war.</translation>
    </message>
    <message>
        <source>Turn times</source>
        <translation>Belegungsdauer</translation>
    </message>
    <message>
        <source>Seated → cleared: median, with the middle half of the parties in brackets and drawn as the bar.</source>
        <translation>Platziert → abgeräumt: Median, die mittlere Hälfte der Gruppen in Klammern und als Balken.</translation>
    </message>
    <message>
        <source>{0} guests</source>
        <comment>a party size band</comment>
        <translation>{0} Gäste</translation>
    </message>
    <message>
        <source>By party size</source>
        <translation>Nach Gruppengröße</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>By server</source>
        <translation>Nach Service</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>By table</source>
        <translation>Nach Tisch</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Service</translation>
    </message>
    <message numerus="yes">
        <source>How long tables stood in cleaning before they were set again: {0} over %n resets.</source>
        <translation>
            <numerusform>Wie lange Tische in Reinigung standen, bis sie neu eingedeckt waren: {0} bei %n Eindeckung.</numerusform>
            <numerusform>Wie lange Tische in Reinigung standen, bis sie neu eingedeckt waren: {0} bei %n Eindeckungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest in cleaning</source>
        <translation>Am längsten in Reinigung</translation>
    </message>
    <message>
        <source>Longest waits</source>
        <translation>Längste Wartezeiten</translation>
    </message>
    <message>
        <source>Tables held for a booking before the party sat</source>
        <translation>Tische, die für eine Reservierung freigehalten wurden, bevor die Gruppe saß</translation>
    </message>
    <message>
        <source>No bookings were held.</source>
        <translation>Es wurden keine Reservierungen freigehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Over time (turns over %n min)</source>
        <translation>
            <numerusform>Überzeit (Belegungen über %n Min.)</numerusform>
            <numerusform>Überzeit (Belegungen über %n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>No table went over time.</source>
        <translation>Kein Tisch kam in Überzeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n tables were still seated when the journal ended at {0}; their turns are not in the figures.</source>
        <translation>
            <numerusform>%n Tisch war noch besetzt, als das Journal um {0} endete; seine Belegung ist nicht in den Zahlen.</numerusform>
            <numerusform>%n Tische waren noch besetzt, als das Journal um {0} endete; ihre Belegungen sind nicht in den Zahlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>floorview report · from the journal {0} · a turn is a party from seated to cleared; covers count guests who joined later.</source>
        <translation>floorview-Bericht · aus dem Journal {0} · eine Belegung ist eine Gruppe von platziert bis abgeräumt; Gäste zählen auch später Hinzugekommene.</translation>
    </message>
    <message>
        <source>No turns.</source>
        <translation>Keine Belegungen.</translation>
    </message>
    <message>
        <source>middle half</source>
        <translation>mittlere Hälfte</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Belegungen</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Middle half</source>
        <translation>Mittlere Hälfte</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Share of covers</source>
        <translation>Anteil Gäste</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>No parties were seated.</source>
        <translation>Es wurden keine Gruppen platziert.</translation>
    </message>
</context>
<context>
    <name>Rest</name>
    <message>
        <source>The server refused the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>Not signed in, or the sign-in has expired</source>
        <translation>Nicht angemeldet, oder die Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <source>Wrong email or password</source>
        <translation>E-Mail oder Passwort falsch</translation>
    </message>
    <message>
        <source>You are not allowed to do that</source>
        <translation>Dafür fehlt Ihnen die Berechtigung</translation>
    </message>
    <message>
        <source>Not found (it may have been deleted)</source>
        <translation>Nicht gefunden (vielleicht gelöscht)</translation>
    </message>
    <message>
        <source>Someone else changed this table first; reload it and try again</source>
        <translation>Jemand anderes hat diesen Tisch zuerst geändert; neu laden und erneut versuchen</translation>
    </message>
    <message>
        <source>The server is busy with too many requests</source>
        <translation>Der Server ist mit zu vielen Anfragen ausgelastet</translation>
    </message>
    <message>
        <source>Try again in {0} s.</source>
        <translation>Erneut versuchen in {0} s.</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>Fehler auf dem Server</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand</source>
        <translation>Der Server hat eine Antwort geschickt, die diese App nicht versteht</translation>
    </message>
    <message>
        <source>The server does not speak HTTPS at this address: try {0} instead</source>
        <translation>Der Server spricht unter dieser Adresse kein HTTPS: stattdessen {0} versuchen</translation>
    </message>
    <message>
        <source>TLS failed (a private CA needs --ca-bundle): {0}</source>
        <translation>TLS fehlgeschlagen (eine private CA braucht --ca-bundle): {0}</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off: the connection broke mid-way</source>
        <translation>Die Antwort des Servers brach ab: Die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: its compressed body is damaged</source>
        <translation>Die Antwort des Servers war nicht lesbar: Ihr komprimierter Inhalt ist beschädigt</translation>
    </message>
    <message>
        <source>The server&apos;s address redirects in a loop; check the server&apos;s address</source>
        <translation>Die Serveradresse leitet im Kreis weiter; bitte die Serveradresse prüfen</translation>
    </message>
    <message>
        <source>The server&apos;s address is not a valid URL; check the server&apos;s address</source>
        <translation>Die Serveradresse ist keine gültige URL; bitte die Serveradresse prüfen</translation>
    </message>
    <message>
        <source>The request could not be sent: a value in it is not valid JSON</source>
        <translation>Die Anfrage konnte nicht gesendet werden: Ein Wert darin ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>The request could not be sent ({0})</source>
        <translation>Die Anfrage konnte nicht gesendet werden ({0})</translation>
    </message>
</context>
<context>
    <name>Retry</name>
    <message numerus="yes">
        <source>retrying in %n s.</source>
        <translation>
            <numerusform>neuer Versuch in %n s.</numerusform>
            <numerusform>neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>The server refused a new sign-in at once; signing in again in %n s.</source>
        <translation>
            <numerusform>Der Server hat eine sofortige Neuanmeldung abgelehnt; neue Anmeldung in %n s.</numerusform>
            <numerusform>Der Server hat eine sofortige Neuanmeldung abgelehnt; neue Anmeldung in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server ({0}); {1}</source>
        <translation>Server nicht erreichbar ({0}); {1}</translation>
    </message>
    <message>
        <source>Connection lost ({0}); {1}</source>
        <translation>Verbindung unterbrochen ({0}); {1}</translation>
    </message>
    <message>
        <source>Still cannot reach the server ({0}); {1}</source>
        <translation>Server weiterhin nicht erreichbar ({0}); {1}</translation>
    </message>
</context>
<context>
    <name>Seat</name>
    <message>
        <source>not a number of guests: {0!r}</source>
        <translation>keine Gästezahl: {0!r}</translation>
    </message>
    <message>
        <source>a party is 1 to {0} guests</source>
        <translation>eine Gruppe hat 1 bis {0} Gäste</translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>Passwort für {0}: </translation>
    </message>
    <message>
        <source>give --server URL (or FLOORVIEW_SERVER)</source>
        <translation>--server URL (oder FLOORVIEW_SERVER) angeben</translation>
    </message>
    <message numerus="yes">
        <source>A party of %n at {0}:</source>
        <translation>
            <numerusform>%n Person in {0}:</numerusform>
            <numerusform>%n Personen in {0}:</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} [free at {1}]</source>
        <translation>{0} [frei um {1}]</translation>
    </message>
</context>
<context>
    <name>SeatPanel</name>
    <message>
        <source>Seat a party</source>
        <translation>Gäste platzieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without seating anyone (Esc)</source>
        <translation>Schließen, ohne jemanden zu platzieren (Esc)</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <source>Party size typed</source>
        <translation>Eingegebene Personenzahl</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Letzte Ziffer löschen (Rücktaste)</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Show options</source>
        <translation>Tische zeigen</translation>
    </message>
    <message>
        <source>Where this party can sit (Enter)</source>
        <translation>Wo diese Gruppe sitzen kann (Enter)</translation>
    </message>
    <message>
        <source>Type {0}</source>
        <translation>{0} eingeben</translation>
    </message>
    <message>
        <source>Where the party can sit, best first</source>
        <translation>Wo die Gruppe sitzen kann, beste zuerst</translation>
    </message>
    <message>
        <source>Change size</source>
        <translation>Anzahl ändern</translation>
    </message>
    <message>
        <source>Type another party size</source>
        <translation>Andere Personenzahl eingeben</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Put the tables back as they were</source>
        <translation>Tische wieder wie vorher setzen</translation>
    </message>
    <message>
        <source>Seat another</source>
        <translation>Nächste Gruppe</translation>
    </message>
    <message>
        <source>Seat the next party</source>
        <translation>Die nächste Gruppe platzieren</translation>
    </message>
    <message>
        <source>Type how many are in the party first.</source>
        <translation>Zuerst die Personenzahl eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>A party of %n</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to offer.</source>
        <translation>Nichts frei.</translation>
    </message>
    <message>
        <source>Tap where they sit: number 1 is the best.</source>
        <translation>Antippen, wo sie sitzen: Nummer 1 passt am besten.</translation>
    </message>
    <message>
        <source>Option {0}: {1}</source>
        <translation>Vorschlag {0}: {1}</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Platziert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>Fenster schließen (Esc)</translation>
    </message>
    <message>
        <source>Party of {0}</source>
        <translation>Personen: {0}</translation>
    </message>
    <message>
        <source>How many are at the door? Then Show options.</source>
        <translation>Wie viele Personen? Dann „Tische zeigen“.</translation>
    </message>
    <message numerus="yes">
        <source>Show options: where a party of %n can sit.</source>
        <translation>
            <numerusform>Tische zeigen: wo %n Person sitzen kann.</numerusform>
            <numerusform>Tische zeigen: wo %n Personen sitzen können.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Only tables in {0}</source>
        <translation>Nur Tische in {0}</translation>
    </message>
    <message>
        <source>Tables in any section</source>
        <translation>Tische in jedem Revier</translation>
    </message>
</context>
<context>
    <name>SeatParty</name>
    <message>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>kein Service</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Tisch {0}</translation>
    </message>
    <message>
        <source>Tables {0}</source>
        <translation>Tische {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing seats a party of %n.</source>
        <translation>
            <numerusform>Kein Platz für %n Person.</numerusform>
            <numerusform>Kein Platz für %n Personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is free for them now: these free up first. Tell the party the time; seat them when the table is free.</source>
        <translation>Gerade ist nichts frei; diese Tische werden zuerst frei. Der Gruppe die Zeit nennen und sie platzieren, sobald der Tisch frei ist.</translation>
    </message>
    <message>
        <source>no estimate of when it frees</source>
        <translation>keine Schätzung, wann er frei wird</translation>
    </message>
    <message>
        <source>free {0}</source>
        <translation>frei {0}</translation>
    </message>
    <message>
        <source>Table {0} is not free yet ({1}): tell the party, and seat them when it is.</source>
        <translation>Tisch {0} ist noch nicht frei ({1}): der Gruppe Bescheid geben und sie platzieren, sobald er frei ist.</translation>
    </message>
    <message>
        <source>{0} was just taken: the options as the floor is now.</source>
        <translation>{0} ist gerade vergeben worden: die Vorschläge nach aktuellem Stand.</translation>
    </message>
    <message>
        <source>table {0}</source>
        <translation>Tisch {0}</translation>
    </message>
    <message>
        <source>tables {0}</source>
        <translation>Tische {0}</translation>
    </message>
    <message>
        <source>A party of {0} at {1} · {2}. Undo puts it back.</source>
        <translation>Gruppe von {0} an {1} · {2}. „Rückgängig“ setzt es zurück.</translation>
    </message>
</context>
<context>
    <name>SeatWrites</name>
    <message>
        <source>table {0}</source>
        <translation>Tisch {0}</translation>
    </message>
    <message>
        <source>tables {0}</source>
        <translation>Tische {0}</translation>
    </message>
    <message>
        <source>seating {0}</source>
        <translation>Platzieren an {0}</translation>
    </message>
    <message>
        <source>That table was deleted meanwhile.</source>
        <translation>Dieser Tisch wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Seating table {0} failed: {1}</source>
        <translation>Platzieren an Tisch {0} fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>kein Service</translation>
    </message>
    <message numerus="yes">
        <source>Seated a party of %n at {0} ({1}).</source>
        <translation>
            <numerusform>%n Person an {0} platziert ({1}).</numerusform>
            <numerusform>%n Personen an {0} platziert ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>{0} of {1} refused: someone else changed that table since. Nothing was changed there; the floor shows their version.</source>
        <translation>{0} ({1}) abgelehnt: Jemand anderes hat den Tisch inzwischen geändert. Dort wurde nichts geändert; der Tischplan zeigt dessen Stand.</translation>
    </message>
    <message>
        <source>{0} of {1} not sent: {2}. Press it again once the floor is live.</source>
        <translation>{0} ({1}) nicht gesendet: {2}. Erneut drücken, sobald der Tischplan wieder live ist.</translation>
    </message>
    <message>
        <source>{0} of {1} failed: {2}</source>
        <translation>{0} ({1}) fehlgeschlagen: {2}</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
</context>
<context>
    <name>Seating</name>
    <message>
        <source>no server assigned</source>
        <translation>kein Service zugewiesen</translation>
    </message>
    <message>
        <source>{0}&apos;s section (next in rotation)</source>
        <translation>Revier von {0} (als Nächstes an der Reihe)</translation>
    </message>
    <message>
        <source>{0}&apos;s section ({0} is well ahead on covers, {1}, and skipped in the rotation)</source>
        <translation>Revier von {0} ({0} liegt mit {1} Gästen weit vorn und wird übersprungen)</translation>
    </message>
    <message>
        <source>{0}&apos;s section</source>
        <translation>Revier von {0}</translation>
    </message>
    <message>
        <source>the smallest free table</source>
        <translation>der kleinste freie Tisch</translation>
    </message>
    <message>
        <source>a larger free table</source>
        <translation>ein größerer freier Tisch</translation>
    </message>
    <message>
        <source>Table {0} seats {1}: {2} for {3}, in {4}</source>
        <translation>Tisch {0} mit {1} Plätzen: {2} für {3}, {4}</translation>
    </message>
    <message>
        <source>one section</source>
        <translation>ein Revier</translation>
    </message>
    <message>
        <source>across sections</source>
        <translation>über Reviere hinweg</translation>
    </message>
    <message>
        <source>Tables {0} together seat {1}: no single free table seats {2}, and these stand side by side ({3}), in {4}</source>
        <translation>Tische {0} zusammen mit {1} Plätzen: Kein einzelner freier Tisch reicht für {2}, und diese stehen nebeneinander ({3}), {4}</translation>
    </message>
    <message>
        <source>nothing free seats {0} now (the largest free table seats {1}, and no free neighbours add up)</source>
        <translation>gerade nichts frei für {0} Personen (der größte freie Tisch hat {1} Plätze, und freie Nachbartische reichen nicht)</translation>
    </message>
    <message>
        <source>any minute now</source>
        <translation>jeden Moment</translation>
    </message>
    <message numerus="yes">
        <source>in about %n min</source>
        <translation>
            <numerusform>in etwa %n Min.</numerusform>
            <numerusform>in etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Table {0} seats {1}: {2}; it is likely free {3} ({4}), in {5}</source>
        <translation>Tisch {0} mit {1} Plätzen: {2}; er wird voraussichtlich {3} frei ({4}), {5}</translation>
    </message>
    <message>
        <source>Table {0} seats {1}: {2}; it is occupied and there is no history of parties this size to say when it frees, in {3}</source>
        <translation>Tisch {0} mit {1} Plätzen: {2}; er ist besetzt, und ohne Daten zu Gruppen dieser Größe lässt sich nicht sagen, wann er frei wird, {3}</translation>
    </message>
    <message>
        <source>Nothing seats {0}, now or later: the largest table seats {1}, and no free neighbouring tables add up to {0}</source>
        <translation>Kein Platz für {0} Personen, weder jetzt noch später: Der größte Tisch hat {1} Plätze, und freie Nachbartische ergeben zusammen keine {0} Plätze</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <comment>the last of a list</comment>
        <translation>{0} und {1}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Choose a branch with --branch; this user may see: {0}.</source>
        <translation>Filiale mit --branch wählen; dieser Benutzer darf sehen: {0}.</translation>
    </message>
    <message>
        <source>No branch {0!r} that this user may see; choose one of: {1}.</source>
        <translation>Keine Filiale {0!r}, die dieser Benutzer sehen darf; eine davon wählen: {1}.</translation>
    </message>
    <message>
        <source>Give --email (with the password in {0} or at the prompt), or a token in {1}.</source>
        <translation>--email angeben (Passwort in {0} oder bei der Abfrage) oder ein Token in {1}.</translation>
    </message>
    <message>
        <source>No password for {0}.</source>
        <translation>Kein Passwort für {0}.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Summary and table list</source>
        <translation>Übersicht und Tischliste</translation>
    </message>
    <message>
        <source>Summary and list</source>
        <translation>Übersicht und Liste</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Sign in as someone else</source>
        <translation>Als andere Person anmelden</translation>
    </message>
    <message>
        <source>Sign in as someone else, or Cancel to quit.</source>
        <translation>Als andere Person anmelden oder mit „Abbrechen“ beenden.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte neu anmelden.</translation>
    </message>
    <message>
        <source>Could not load the branches</source>
        <translation>Filialen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>No branches</source>
        <translation>Keine Filialen</translation>
    </message>
    <message>
        <source>{0} may not see any branch.</source>
        <translation>{0} darf keine Filiale sehen.</translation>
    </message>
    <message>
        <source>More than one branch is named “{0}”: which one?</source>
        <translation>Mehrere Filialen heißen „{0}“: Welche ist gemeint?</translation>
    </message>
    <message>
        <source>{0} may not watch “{1}” (or no branch has that name). Choose one of these:</source>
        <translation>{0} darf „{1}“ nicht sehen (oder keine Filiale heißt so). Bitte eine dieser Filialen wählen:</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>not a whole number of pixels: {0!r}</source>
        <translation>keine ganze Pixelzahl: {0!r}</translation>
    </message>
    <message>
        <source>choose between 16 and 16384 pixels</source>
        <translation>zwischen 16 und 16384 Pixel wählen</translation>
    </message>
    <message>
        <source>This branch has no floor plans.</source>
        <translation>Diese Filiale hat keine Tischpläne.</translation>
    </message>
    <message>
        <source>No floor plan {0!r}; choose one of: {1}.</source>
        <translation>Kein Tischplan {0!r}; einen davon wählen: {1}.</translation>
    </message>
    <message>
        <source>floorview snapshot: give --server URL (or FLOORVIEW_SERVER), or --demo.</source>
        <translation>floorview snapshot: --server URL (oder FLOORVIEW_SERVER) oder --demo angeben.</translation>
    </message>
    <message>
        <source>floorview snapshot: no folder {0} to write {1} in</source>
        <translation>floorview snapshot: kein Ordner {0}, um {1} zu schreiben</translation>
    </message>
    <message>
        <source>floorview snapshot: could not write {0} (is its suffix an image format?)</source>
        <translation>floorview snapshot: {0} konnte nicht geschrieben werden (ist die Endung ein Bildformat?)</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1}, %n tables, {2}×{3}</source>
        <translation>
            <numerusform>{0}: {1}, %n Tisch, {2}×{3}</numerusform>
            <numerusform>{0}: {1}, %n Tische, {2}×{3}</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>Passwort für {0}: </translation>
    </message>
    <message>
        <source>{0}  {1}</source>
        <comment>the strip&apos;s day and time</comment>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>may be out of date · {0}</source>
        <translation>vielleicht nicht aktuell · {0}</translation>
    </message>
</context>
<context>
    <name>StallMarks</name>
    <message>
        <source>seated</source>
        <translation>besetzt</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>in Reinigung</translation>
    </message>
    <message>
        <source>{0} {1} — usually {2}</source>
        <translation>{0} seit {1} — sonst {2}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Reinigung</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n Tisch</numerusform>
            <numerusform>%n Tische</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>%p% occupancy</source>
        <translation>%p% Auslastung</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Click a server to highlight their tables; click again to clear</source>
        <translation>Namen anklicken, um die zugehörigen Tische hervorzuheben; erneut klicken zum Aufheben</translation>
    </message>
    <message>
        <source>Next server in the rotation</source>
        <translation>Nächster Service in der Reihe</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>Tables — {0}, may be out of date</source>
        <translation>Tische — {0}, vielleicht nicht aktuell</translation>
    </message>
    <message>
        <source>Covers {0} of {1} seats · {2}</source>
        <translation>Gäste {0} von {1} Plätzen · {2}</translation>
    </message>
    <message>
        <source> · {0} unknown</source>
        <translation> · {0} unbekannt</translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation>Service unbekannt</translation>
    </message>
    <message>
        <source>{0}  —  {1} · {2}</source>
        <translation>{0}  —  {1} · {2}</translation>
    </message>
    <message>
        <source>Unassigned  —  {0} · {1}</source>
        <translation>Ohne Service  —  {0} · {1}</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>Table {0}</source>
        <translation>Tisch {0}</translation>
    </message>
    <message>
        <source> of {0} seats</source>
        <translation> von {0} Plätzen</translation>
    </message>
    <message>
        <source>Table {0} · {1} seats</source>
        <translation>Tisch {0} · {1} Plätze</translation>
    </message>
    <message>
        <source>Table {0} — {1}, {2}</source>
        <translation>Tisch {0} — {1}, {2}</translation>
    </message>
    <message>
        <source>Acknowledge over time</source>
        <translation>Überzeit bestätigen</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Assign server</source>
        <translation>Service zuweisen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Number, seats, shape…</source>
        <translation>Nummer, Plätze, Form…</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Tisch löschen</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>No server</source>
        <translation>Kein Service</translation>
    </message>
    <message>
        <source>One guest fewer</source>
        <translation>Ein Gast weniger</translation>
    </message>
    <message>
        <source>One guest more</source>
        <translation>Ein Gast mehr</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>TableFormDialog</name>
    <message>
        <source>Square</source>
        <translation>Quadratisch</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rund</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteckig</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Tisch hinzufügen</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Give the table a number.</source>
        <translation>Bitte eine Tischnummer angeben.</translation>
    </message>
    <message>
        <source>Another table is numbered {0}.</source>
        <translation>Es gibt schon einen Tisch {0}.</translation>
    </message>
</context>
<context>
    <name>TableItem</name>
    <message>
        <source>Table {0}</source>
        <translation>Tisch {0}</translation>
    </message>
    <message>
        <source>Unknown status ({0})</source>
        <translation>Unbekannter Status ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n guests</source>
        <translation>
            <numerusform>{0} von %n Gast</numerusform>
            <numerusform>{0} von %n Gästen</numerusform>
        </translation>
    </message>
    <message>
        <source>for {0}</source>
        <comment>time in status</comment>
        <translation>seit {0}</translation>
    </message>
    <message>
        <source>server {0}</source>
        <translation>Service {0}</translation>
    </message>
    <message>
        <source>server unknown</source>
        <translation>Service unbekannt</translation>
    </message>
    <message>
        <source>stalled: {0}</source>
        <translation>zu lange: {0}</translation>
    </message>
    <message>
        <source>not confirmed by the server: its last answer for this table could not be read, so this is the last known state</source>
        <translation>vom Server nicht bestätigt: Seine letzte Antwort zu diesem Tisch war nicht lesbar, daher ist dies der letzte bekannte Stand</translation>
    </message>
</context>
<context>
    <name>TableKeys</name>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Cmd</source>
        <translation>Cmd</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Strg</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Minus</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
</context>
<context>
    <name>TableList</name>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>Table columns</source>
        <translation>Spalten der Tischliste</translation>
    </message>
</context>
<context>
    <name>TableListModel</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Free in ~</source>
        <translation>Frei in ~</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Sorted by {0}, ascending: click to reverse</source>
        <translation>Sortiert nach {0}, aufsteigend: Klicken kehrt um</translation>
    </message>
    <message>
        <source>Sorted by {0}, descending: click to reverse</source>
        <translation>Sortiert nach {0}, absteigend: Klicken kehrt um</translation>
    </message>
    <message>
        <source>Click to sort by {0}</source>
        <translation>Klicken, um nach {0} zu sortieren</translation>
    </message>
    <message>
        <source>Unknown ({0})</source>
        <translation>Unbekannt ({0})</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not confirmed by the server: its last answer for this table could not be read, so this is the last known state.</source>
        <translation>Vom Server nicht bestätigt: Seine letzte Antwort zu diesem Tisch war nicht lesbar, daher ist dies der letzte bekannte Stand.</translation>
    </message>
    <message>
        <source>No estimate: too few past turns of parties this size (it takes a few, at about this time of day or any).</source>
        <translation>Keine Schätzung: zu wenige frühere Belegungen durch Gruppen dieser Größe (es braucht einige, zu etwa dieser Tageszeit oder insgesamt).</translation>
    </message>
    <message>
        <source>Likely free ~{0}: {1}</source>
        <translation>Voraussichtlich frei ~{0}: {1}</translation>
    </message>
</context>
<context>
    <name>TouchBar</name>
    <message>
        <source>Host stand</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Host stand actions</source>
        <translation>Aktionen am Empfang</translation>
    </message>
    <message>
        <source>Next server in the rotation</source>
        <translation>Nächster Service in der Reihe</translation>
    </message>
    <message>
        <source>Seat a party</source>
        <translation>Gäste platzieren</translation>
    </message>
    <message>
        <source>Where the party at the door sits, and who serves them</source>
        <translation>Wo die wartenden Gäste sitzen und wer sie bedient</translation>
    </message>
    <message>
        <source>Find table</source>
        <translation>Tisch suchen</translation>
    </message>
    <message>
        <source>Find a table by its number (Ctrl + F)</source>
        <translation>Tisch nach Nummer suchen (Strg + F)</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <source>The recent changes over the floor (F9); again to hide them</source>
        <translation>Letzte Änderungen über dem Tischplan (F9); erneut zum Ausblenden</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Frei ab</translation>
    </message>
    <message>
        <source>Show when each seated table is likely free (F8)</source>
        <translation>Zeigen, wann jeder besetzte Tisch voraussichtlich frei wird (F8)</translation>
    </message>
    <message>
        <source>Fit floor</source>
        <translation>Plan einpassen</translation>
    </message>
    <message>
        <source>Fit the whole floor to the screen (Ctrl + 0)</source>
        <translation>Ganzen Tischplan in den Bildschirm einpassen (Strg + 0)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of this stand (asks first)</source>
        <translation>An diesem Empfang abmelden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Kiosk verlassen</translation>
    </message>
    <message>
        <source>Leave kiosk mode or quit (asks first; Ctrl + Shift + Q)</source>
        <translation>Kioskmodus verlassen oder beenden (mit Rückfrage; Strg + Umschalt + Q)</translation>
    </message>
</context>
<context>
    <name>TurnMarks</name>
    <message>
        <source>no history</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>free ~now</source>
        <translation>frei ~jetzt</translation>
    </message>
    <message>
        <source>free ~{0}</source>
        <translation>frei ~{0}</translation>
    </message>
</context>
<context>
    <name>Turns</name>
    <message>
        <source>at any time of day</source>
        <translation>zu jeder Tageszeit</translation>
    </message>
    <message>
        <source>seated within {0} of this time of day</source>
        <translation>platziert bis zu {0} vor oder nach dieser Tageszeit</translation>
    </message>
    <message numerus="yes">
        <source>median of %n turns of parties of {0}, {1}</source>
        <translation>
            <numerusform>Median aus %n Belegung mit {0} Personen, {1}</numerusform>
            <numerusform>Median aus %n Belegungen mit {0} Personen, {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>einer Stunde</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} Stunden</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>This account</source>
        <translation>Dieses Konto</translation>
    </message>
    <message>
        <source>{0} may not watch {1} any more. Choose another branch:</source>
        <translation>{0} darf {1} nicht mehr sehen. Bitte eine andere Filiale wählen:</translation>
    </message>
    <message>
        <source>Signed out. Sign in to show the floor again.</source>
        <translation>Abgemeldet. Zum Anzeigen des Tischplans wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>Waiting for the server</source>
        <translation>Warten auf den Server</translation>
    </message>
    <message>
        <source>floorview: waiting for the server</source>
        <translation>floorview: Warten auf den Server</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>{0}
The floor shows here as soon as the server answers.</source>
        <translation>{0}
Der Tischplan erscheint hier, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Trying now…</source>
        <translation>Verbindungsversuch läuft…</translation>
    </message>
    <message>
        <source>Trying again in {0} s…</source>
        <translation>Neuer Versuch in {0} s…</translation>
    </message>
</context>
<context>
    <name>WallAccessible</name>
    <message>
        <source>All branches</source>
        <translation>Alle Filialen</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <source>Totals of every branch</source>
        <translation>Summen aller Filialen</translation>
    </message>
    <message>
        <source>Tables by status, every branch</source>
        <translation>Tische nach Status, alle Filialen</translation>
    </message>
    <message>
        <source>Order: by name</source>
        <translation>Sortierung: Name</translation>
    </message>
    <message>
        <source>Order: needs attention</source>
        <translation>Sortierung: Dringlichkeit</translation>
    </message>
    <message>
        <source>Order the branches by what needs attention</source>
        <translation>Filialen nach Dringlichkeit sortieren</translation>
    </message>
    <message>
        <source>Order the branches by name</source>
        <translation>Filialen nach Name sortieren</translation>
    </message>
    <message numerus="yes">
        <source>All branches · %n</source>
        <translation>
            <numerusform>Alle Filialen · %n</numerusform>
            <numerusform>Alle Filialen · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}/{1} tables occupied · {2} covers · {3} over time</source>
        <translation>{0}/{1} Tische besetzt · {2} Gäste · {3} in Überzeit</translation>
    </message>
</context>
<context>
    <name>WallSwitch</name>
    <message>
        <source>All branches</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>Every branch you may see, a tile each (Ctrl+Shift+A)</source>
        <translation>Jede Filiale, die Sie sehen dürfen, als eigene Kachel (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Back to all branches</source>
        <translation>Zurück zu allen Filialen</translation>
    </message>
    <message>
        <source>Back to every branch&apos;s tile (Alt+Left)</source>
        <translation>Zurück zu den Kacheln aller Filialen (Alt+Links)</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>Stand {0}</translation>
    </message>
    <message>
        <source>Offline, as of {0}</source>
        <translation>Offline, Stand {0}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>6+</source>
        <translation>6+</translation>
    </message>
    <message>
        <source>{0}: {1}; {2} local time; no tables yet.</source>
        <translation>{0}: {1}; {2} Ortszeit; noch keine Tische.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} tables occupied</source>
        <translation>
            <numerusform>%n von {0} Tischen besetzt</numerusform>
            <numerusform>%n von {0} Tischen besetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers of {0} seats</source>
        <translation>
            <numerusform>%n Gast bei {0} Plätzen</numerusform>
            <numerusform>%n Gäste bei {0} Plätzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables over time</source>
        <translation>
            <numerusform>%n Tisch in Überzeit</numerusform>
            <numerusform>%n Tische in Überzeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables cleaning for long</source>
        <translation>
            <numerusform>%n Tisch lange in Reinigung</numerusform>
            <numerusform>%n Tische lange in Reinigung</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing free</source>
        <translation>nichts frei</translation>
    </message>
    <message>
        <source>free now: {0} for 2, {1} for 4, {2} for 6 or more</source>
        <translation>jetzt frei: {0} für 2, {1} für 4, {2} für 6 oder mehr</translation>
    </message>
    <message>
        <source>{0}: {1}; {2} local time; {3}.</source>
        <translation>{0}: {1}; {2} Ortszeit; {3}.</translation>
    </message>
    <message>
        <source>Waiting for tables…</source>
        <translation>Warten auf Tische…</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>Gäste</translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation>
            <numerusform>%n Überzeit</numerusform>
            <numerusform>%n Überzeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over</source>
        <translation>
            <numerusform>%n Überz.</numerusform>
            <numerusform>%n Überz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleaning long</source>
        <translation>
            <numerusform>%n lange Reinigung</numerusform>
            <numerusform>%n lange Reinigung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n long</source>
        <translation>
            <numerusform>%n lang</numerusform>
            <numerusform>%n lang</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>im Rahmen</translation>
    </message>
    <message>
        <source>Nothing free</source>
        <translation>Nichts frei</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>{0} state {1}</source>
        <translation>{0} Status {1}</translation>
    </message>
    <message>
        <source>(as of {0})</source>
        <translation>(Stand {0})</translation>
    </message>
    <message>
        <source>{0} table {1} [{2}] v{3}</source>
        <translation>{0} Tisch {1} [{2}] v{3}</translation>
    </message>
    <message>
        <source>{0} deleted</source>
        <comment>a table</comment>
        <translation>{0} gelöscht</translation>
    </message>
    <message>
        <source>[resync]</source>
        <translation>[Neuabgleich]</translation>
    </message>
    <message>
        <source>server {0}</source>
        <translation>Service {0}</translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>Passwort für {0}: </translation>
    </message>
    <message>
        <source>give --server URL (or FLOORVIEW_SERVER)</source>
        <translation>--server URL (oder FLOORVIEW_SERVER) angeben</translation>
    </message>
    <message>
        <source>signing in to {0}</source>
        <translation>Anmeldung bei {0}</translation>
    </message>
    <message>
        <source>--all-branches follows every branch: give no --branch and no --journal</source>
        <translation>--all-branches folgt allen Filialen: kein --branch und kein --journal angeben</translation>
    </message>
    <message>
        <source>listing the branches</source>
        <translation>Filialen werden abgefragt</translation>
    </message>
    <message>
        <source>{0} not written: the branch&apos;s tables were never loaded</source>
        <translation>{0} nicht geschrieben: Die Tische der Filiale wurden nie geladen</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Follow system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Reviere</translation>
    </message>
    <message>
        <source>Likely free times</source>
        <translation>Voraussichtlich frei</translation>
    </message>
    <message>
        <source>Find table…</source>
        <translation>Tisch suchen…</translation>
    </message>
    <message>
        <source>Seat a party…</source>
        <translation>Gäste platzieren…</translation>
    </message>
    <message>
        <source>Edit layout</source>
        <translation>Plan bearbeiten</translation>
    </message>
    <message>
        <source>Add table…</source>
        <translation>Tisch hinzufügen…</translation>
    </message>
    <message>
        <source>Delete table…</source>
        <translation>Tisch löschen…</translation>
    </message>
    <message>
        <source>Number, seats, shape…</source>
        <translation>Nummer, Plätze, Form…</translation>
    </message>
    <message>
        <source>Undo layout edit</source>
        <translation>Planänderung rückgängig</translation>
    </message>
    <message>
        <source>Redo layout edit</source>
        <translation>Planänderung wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Switch branch…</source>
        <translation>Filiale wechseln…</translation>
    </message>
    <message>
        <source>Enter kiosk mode</source>
        <translation>Kioskmodus starten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tische</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Tab / Shift + Tab</source>
        <translation>Tab / Umschalt + Tab</translation>
    </message>
    <message>
        <source>Next / previous table</source>
        <translation>Nächster / vorheriger Tisch</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>The nearest table that way</source>
        <translation>Nächster Tisch in diese Richtung</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected table</source>
        <translation>Gewählten Tisch öffnen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection; close the find bar</source>
        <translation>Auswahl aufheben; Suchleiste schließen</translation>
    </message>
    <message>
        <source>Plus / Minus / 0</source>
        <translation>Plus / Minus / 0</translation>
    </message>
    <message>
        <source>Zoom in / out / fit (on the floor)</source>
        <translation>Vergrößern / Verkleinern / Einpassen (im Tischplan)</translation>
    </message>
    <message>
        <source>Shift + arrow keys</source>
        <translation>Umschalt + Pfeiltasten</translation>
    </message>
    <message>
        <source>Scroll the floor</source>
        <translation>Im Tischplan scrollen</translation>
    </message>
    <message>
        <source>Leave kiosk mode (asks first)</source>
        <translation>Kioskmodus verlassen (mit Rückfrage)</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Delete table</source>
        <translation>Tisch löschen</translation>
    </message>
    <message>
        <source>Delete table {0} from the floor plan?</source>
        <translation>Tisch {0} aus dem Tischplan löschen?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign {0} out of floorview?

The floor stays on screen, no longer updating, until someone signs in again; a kept password is forgotten.</source>
        <translation>{0} von floorview abmelden?

Der Tischplan bleibt sichtbar, wird aber nicht mehr aktualisiert, bis sich wieder jemand anmeldet; ein gespeichertes Passwort wird gelöscht.</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>Live · as of {0}</source>
        <translation>Live · Stand {0}</translation>
    </message>
    <message>
        <source>As of {0} — may be out of date</source>
        <translation>Stand {0} — vielleicht nicht aktuell</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
</context>
<context>
    <name>ZoneNames</name>
    <message>
        <source>{0} ({1})</source>
        <comment>a place and its UTC offset</comment>
        <translation>{0} ({1})</translation>
    </message>
</context>
</TS>
