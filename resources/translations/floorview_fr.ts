<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BranchPicker</name>
    <message>
        <source>{0} (UTC{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {0}. Which branch&apos;s floor do you want to watch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which branch&apos;s floor do you want to watch?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing tables with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live — over long-polling (the WebSocket was refused by the server or a proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — reconnecting (attempt {1}). The floor may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — reconnecting. The floor may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — reconnecting since {0} (attempt {1}). The floor may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — reconnecting since {0}. The floor may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. The floor is not updating until someone signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out — the server no longer accepts this sign-in. The floor is not updating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not watch this branch. The floor is not updating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}{1} — still trying. The floor may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable since {0}{1} — still trying. The floor may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: {0}. The floor is not updating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state unknown ({0}). The floor may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSupervisor</name>
    <message>
        <source>The demo server stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>adding table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change of table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resize of table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the turn of table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the move of table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next undo or redo was not sent: the one before it was refused. Press it again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That table was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was changed by someone else while you edited it; it has been reloaded with their change. Make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the status of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning a server to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {0} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} not possible: the table is no longer on the floor plan. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} not sent: {1}. Nothing was changed; press {2} again once the floor is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the table is back, but {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: table {0} is back as it was: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: table {0} is back as it was: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: table {0} is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: table {0} is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its status “{0}” is not one this app can set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its status ({0}) could not be set again: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its server could not be set again: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. Set it from the table&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else changed the table meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} refused: someone else changed that table since. Nothing was changed; the floor shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditMode</name>
    <message>
        <source>Edit mode: drag to move; handles rotate and resize; {0} deletes; {1} undoes, {2} redoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mode off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no free space left on this floor for another table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find table by number — Enter to show, Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table numbered “{0}” in this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {0}: {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorAccessible</name>
    <message>
        <source>Floor plan {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorTabs</name>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorviewApp</name>
    <message>
        <source>The demo server did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the paint log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and turns (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes and likely free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalStatus</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file was damaged: it was moved aside as {name} and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal off: another floorview is recording this branch&apos;s journal: this one records nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal paused: {why} — {kept}, {when}{lost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written when there is room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written as soon as it can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 kept change written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kept changes written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal recording again: {written}{lost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal recording again{lost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to write its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (1 older change could not be kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({n} older changes could not be kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <source>The Leave kiosk button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode on this screen?

“Leave kiosk mode” keeps the floor in a normal window (with menus), also when floorview starts next; “Quit floorview” closes it and the floor stops updating here. ({0} asked this.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit floorview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to floorview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://floor.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@restaurant.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep me signed in on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
Trying again in {1} s…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>as of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — floorview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To leave the floor monitor, press {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Find a table by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the number pad (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table number typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which table Show finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last character (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this table on the floor (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that begin with {prefix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table numbered {number} here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a table&apos;s number, then Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: table {number} · {status}, {seats}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely free next: the median of the last this many turns of parties that size at about that time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who Seat a party offers next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation, skipping anyone well ahead on covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation: the server whose last party is longest ago, skipping anyone well ahead on covers for the seats they hold. Strict rotation: no skipping. Fewest covers: the fewest covers per seat held first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound when a table goes past red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time floorview starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seated table&apos;s time turns amber, then red, after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely free from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time floorview starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentChangesPanel</name>
    <message>
        <source>&lt;b&gt;Recent changes&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;newest first&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Likely free next&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} → {2} ({3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} → {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} guests {1} → {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} assigned to another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} assigned to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  (while offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any minute now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}  ~{1} ({2}) · median of %n turns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No table is occupied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No estimate for %n tables yet: it takes {0} past turns of parties that size.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentOverlay</name>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first · F9 or a tap closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No changes yet since this screen started.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{0}

floorview carries on; if something looks wrong, sign in again or restart it.

The details are in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

floorview carries on; if something looks wrong, sign in again or restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from an error: the floor was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay · {0} — floorview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay · {0} · {1}  {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  the screen was offline then (as of {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  the screen was offline then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatPanel</name>
    <message>
        <source>Seat a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without seating anyone (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party size typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this party can sit (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the party can sit, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type another party size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the tables back as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat the next party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many are in the party first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A party of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap where they sit: number 1 is the best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the panel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are at the door? Then Show options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show options: where a party of %n can sit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tables in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables in any section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatParty</name>
    <message>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing seats a party of %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is free for them now: these free up first. Tell the party the time; seat them when the table is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no estimate of when it frees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {0} is not free yet ({1}): tell the party, and seat them when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was just taken: the options as the floor is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party of {0} at {1} · {2}. Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatWrites</name>
    <message>
        <source>table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seating {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That table was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating table {0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Seated a party of %n at {0} ({1}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} refused: someone else changed that table since. Nothing was changed there; the floor shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} not sent: {2}. Press it again once the floor is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} failed: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Summary and table list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Sign in as someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as someone else, or Cancel to quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} may not see any branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one branch is named “{0}”: which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} may not watch “{1}” (or no branch has that name). Choose one of these:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StallMarks</name>
    <message>
        <source>seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} — usually {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <source>%n tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a server to highlight their tables; click again to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next server in the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables — {0}, may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers {0} of {1} seats · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0} unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  —  {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned  —  {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>Table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {0} seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {0} · {1} seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {0} — {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, seats, shape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>No server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One guest fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One guest more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableFormDialog</name>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the table a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another table is numbered {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableItem</name>
    <message>
        <source>stalled: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed by the server: its last answer for this table could not be read, so this is the last known state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableKeys</name>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableList</name>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableListModel</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free in ~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by {0}, ascending: click to reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by {0}, descending: click to reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed by the server: its last answer for this table could not be read, so this is the last known state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate: too few past turns of parties this size (it takes a few, at about this time of day or any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely free ~{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchBar</name>
    <message>
        <source>Host stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host stand actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next server in the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the party at the door sits, and who serves them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a table by its number (Ctrl + F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recent changes over the floor (F9); again to hide them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when each seated table is likely free (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole floor to the screen (Ctrl + 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of this stand (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode or quit (asks first; Ctrl + Shift + Q)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnMarks</name>
    <message>
        <source>no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free ~now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free ~{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>This account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} may not watch {1} any more. Choose another branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. Sign in to show the floor again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floorview: waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
The floor shows here as soon as the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again in {0} s…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallAccessible</name>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <source>Totals of every branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables by status, every branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the branches by what needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the branches by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All branches · %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0}/{1} tables occupied · {2} covers · {3} over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallSwitch</name>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every branch you may see, a tile each (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to every branch&apos;s tile (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, as of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}; {2} local time; no tables yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} tables occupied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers of {0} seats</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables over time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables cleaning for long</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free now: {0} for 2, {1} for 4, {2} for 6 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}; {2} local time; {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleaning long</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Follow system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat a party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, seats, shape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo layout edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo layout edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift + Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nearest table that way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection; close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus / Minus / 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out / fit (on the floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift + arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Delete table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete table {0} from the floor plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign {0} out of floorview?

The floor stays on screen, no longer updating, until someone signs in again; a kept password is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live · as of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {0} — may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
