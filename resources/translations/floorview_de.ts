<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <extracomment>Floors with more tables than this are drawn without section outlines (see FloorTabs.display_settings).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalStatus</name>
    <message>
        <source>Journal</source>
        <extracomment>a passing message for the window&apos;s status bar: (text, error)</extracomment>
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
        <extracomment>The overlay hides by itself after this long (ms). At most this many changes on it (the newest): each one line at 2 m type. Its type, in px: a 1080p stand&apos;s 34 px lines have capitals ~7 mm tall on a 24&quot; screen, which reads from two metres.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Find a table by number</source>
        <extracomment>A key&apos;s size (px): well over a finger&apos;s target, as on a card terminal&apos;s pad. At most this many letter keys (the most used beginnings of the branch&apos;s numbers). The digits in a phone&apos;s order, then the bottom row&apos;s middle key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find table</source>
        <extracomment>every key by what it types (&quot;0&quot;-&quot;9&quot;, a prefix), or &quot;back&quot;, &quot;show&quot;, &quot;close&quot;</extracomment>
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
    <name>SummaryPanel</name>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableItem</name>
    <message>
        <source>not confirmed by the server: its last answer for this table could not be read, so this is the last known state</source>
        <extracomment>the floor&apos;s typical table size (plan units): badges and time pills scale with it device px per plan unit when a view fits the whole floor (0: not shown yet): the labels are at least their least size on screen at that scale item → (kind, progress 0..1) of its running pulse (&quot;live&quot; or &quot;flash&quot;). called when the user ended a drag / rotation / resize of an item in edit mode. what the painting draws (None: to build again, something in it changed) The server&apos;s last answer held this table unreadable: its last known copy is shown, drawn as stale data is (set_unconfirmed). what the painting shows at the last zoom it was asked for: (lod, its detail) Items of one z value stack in the order they were made (as a scene stacks them): what the scene&apos;s tables layer sorts by.</extracomment>
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
        <source>Not confirmed by the server: its last answer for this table could not be read, so this is the last known state.</source>
        <extracomment>What the &quot;Free in ~&quot; column says of an occupied table without an estimate. The sorted column&apos;s title ends with one of these: {ascending: ..., descending: ...}. Narrower than this (px), the list leaves out the floor&apos;s column when it shows &quot;Free in ~&quot;. How long after the pointer last moved on the list a re-sort waits (seconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchBar</name>
    <message>
        <source>Host stand</source>
        <extracomment>The bar&apos;s buttons: taller than the target, since they are what a host reaches for most. Its type: the kiosk&apos;s body size.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host stand actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find table</source>
        <extracomment>the buttons by name: find, recent, freeTimes, fit, signOut, leave</extracomment>
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
    <name>WaitingScreen</name>
    <message>
        <source>Waiting for the server</source>
        <extracomment>The Retry now button&apos;s height (px): a finger&apos;s target, above the kiosk&apos;s least of 44.</extracomment>
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
    <name>WindowActions</name>
    <message>
        <source>Enter kiosk mode</source>
        <extracomment>The theme choices in the View menu: (the setting&apos;s value, the menu&apos;s words).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
