<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EditController</name>
    <message numerus="yes">
        <source>%n guests</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupConnection</name>
    <message numerus="yes">
        <source>Joining %n branches and loading their tables…</source>
        <translation>
            <numerusform>Joining %n branch and loading its tables…</numerusform>
            <numerusform>Joining %n branches and loading their tables…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LongPolling</name>
    <message numerus="yes">
        <source>Over long-polling: WebSocket was refused ({0}); WebSocket is tried again every %n min.</source>
        <translation>
            <numerusform>Over long-polling: WebSocket was refused ({0}); WebSocket is tried again every %n min.</numerusform>
            <numerusform>Over long-polling: WebSocket was refused ({0}); WebSocket is tried again every %n min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteSection</name>
    <message numerus="yes">
        <source>%n seated</source>
        <translation>
            <numerusform>%n seated</numerusform>
            <numerusform>%n seated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %n min</source>
        <translation>
            <numerusform>Within %n min</numerusform>
            <numerusform>Within %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes never saw their table seated again before the journal ended: not in the figures.</source>
        <translation>
            <numerusform>%n quote never saw its table seated again before the journal ended: not in the figures.</numerusform>
            <numerusform>%n quotes never saw their table seated again before the journal ended: not in the figures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n min late</numerusform>
            <numerusform>%n min late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min early</source>
        <translation>
            <numerusform>%n min early</numerusform>
            <numerusform>%n min early</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentChangesPanel</name>
    <message numerus="yes">
        <source>{0}  ~{1} ({2}) · median of %n turns</source>
        <translation>
            <numerusform>{0}  ~{1} ({2}) · median of %n turn</numerusform>
            <numerusform>{0}  ~{1} ({2}) · median of %n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No estimate for %n tables yet: it takes {0} past turns of parties that size.</source>
        <translation>
            <numerusform>No estimate for %n table yet: it takes {0} past turns of parties that size.</numerusform>
            <numerusform>No estimate for %n tables yet: it takes {0} past turns of parties that size.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <source>; %n older changes could not be kept</source>
        <translation>
            <numerusform>; %n older change could not be kept</numerusform>
            <numerusform>; %n older changes could not be kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>journal paused: {0} — %n changes kept, written when there is room{1}</source>
        <translation>
            <numerusform>journal paused: {0} — %n change kept, written when there is room{1}</numerusform>
            <numerusform>journal paused: {0} — %n changes kept, written when there is room{1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>journal paused: {0} — %n changes kept, written as soon as it can{1}</source>
        <translation>
            <numerusform>journal paused: {0} — %n change kept, written as soon as it can{1}</numerusform>
            <numerusform>journal paused: {0} — %n changes kept, written as soon as it can{1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>journal recording again: %n kept changes written{0}</source>
        <translation>
            <numerusform>journal recording again: %n kept change written{0}</numerusform>
            <numerusform>journal recording again: %n kept changes written{0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message numerus="yes">
        <source>{0}: {1}, %n floor plans</source>
        <translation>
            <numerusform>{0}: {1}, %n floor plan</numerusform>
            <numerusform>{0}: {1}, %n floor plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers</source>
        <translation>
            <numerusform>%n cover</numerusform>
            <numerusform>%n covers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The screen lost its connection %n times (first at {0});</source>
        <translation>
            <numerusform>The screen lost its connection %n time (first at {0});</numerusform>
            <numerusform>The screen lost its connection %n times (first at {0});</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes made meanwhile were recovered when it came back and are counted at the time they happened.</source>
        <translation>
            <numerusform>%n change made meanwhile was recovered when it came back and is counted at the time it happened.</numerusform>
            <numerusform>%n changes made meanwhile were recovered when it came back and are counted at the time they happened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were recovered on a resync.</source>
        <translation>
            <numerusform>%n change was recovered on a resync.</numerusform>
            <numerusform>%n changes were recovered on a resync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers seated</source>
        <translation>
            <numerusform>%n cover seated</numerusform>
            <numerusform>%n covers seated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median of %n resets</source>
        <translation>
            <numerusform>median of %n reset</numerusform>
            <numerusform>median of %n resets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>turns over %n min</source>
        <translation>
            <numerusform>turns over %n min</numerusform>
            <numerusform>turns over %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How long tables stood in cleaning before they were set again: {0} over %n resets.</source>
        <translation>
            <numerusform>How long tables stood in cleaning before they were set again: {0} over %n reset.</numerusform>
            <numerusform>How long tables stood in cleaning before they were set again: {0} over %n resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over time (turns over %n min)</source>
        <translation>
            <numerusform>Over time (turns over %n min)</numerusform>
            <numerusform>Over time (turns over %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables were still seated when the journal ended at {0}; their turns are not in the figures.</source>
        <translation>
            <numerusform>%n table was still seated when the journal ended at {0}; its turn is not in the figures.</numerusform>
            <numerusform>%n tables were still seated when the journal ended at {0}; their turns are not in the figures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Retry</name>
    <message numerus="yes">
        <source>retrying in %n s.</source>
        <translation>
            <numerusform>retrying in %n s.</numerusform>
            <numerusform>retrying in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused a new sign-in at once; signing in again in %n s.</source>
        <translation>
            <numerusform>The server refused a new sign-in at once; signing in again in %n s.</numerusform>
            <numerusform>The server refused a new sign-in at once; signing in again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seat</name>
    <message numerus="yes">
        <source>A party of %n at {0}:</source>
        <translation>
            <numerusform>A party of %n at {0}:</numerusform>
            <numerusform>A party of %n at {0}:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatPanel</name>
    <message numerus="yes">
        <source>A party of %n</source>
        <translation>
            <numerusform>A party of %n</numerusform>
            <numerusform>A party of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show options: where a party of %n can sit.</source>
        <translation>
            <numerusform>Show options: where a party of %n can sit.</numerusform>
            <numerusform>Show options: where a party of %n can sit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatParty</name>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing seats a party of %n.</source>
        <translation>
            <numerusform>Nothing seats a party of %n.</numerusform>
            <numerusform>Nothing seats a party of %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatWrites</name>
    <message numerus="yes">
        <source>Seated a party of %n at {0} ({1}).</source>
        <translation>
            <numerusform>Seated a party of %n at {0} ({1}).</numerusform>
            <numerusform>Seated a party of %n at {0} ({1}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seating</name>
    <message numerus="yes">
        <source>in about %n min</source>
        <translation>
            <numerusform>in about %n min</numerusform>
            <numerusform>in about %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message numerus="yes">
        <source>{0}: {1}, %n tables, {2}×{3}</source>
        <translation>
            <numerusform>{0}: {1}, %n table, {2}×{3}</numerusform>
            <numerusform>{0}: {1}, %n tables, {2}×{3}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers</source>
        <translation>
            <numerusform>%n cover</numerusform>
            <numerusform>%n covers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableItem</name>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n guests</source>
        <translation>
            <numerusform>{0} of %n guest</numerusform>
            <numerusform>{0} of %n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turns</name>
    <message numerus="yes">
        <source>median of %n turns of parties of {0}, {1}</source>
        <translation>
            <numerusform>median of %n turn of parties of {0}, {1}</numerusform>
            <numerusform>median of %n turns of parties of {0}, {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message numerus="yes">
        <source>All branches · %n</source>
        <translation>
            <numerusform>All branches · %n</numerusform>
            <numerusform>All branches · %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message numerus="yes">
        <source>%n of {0} tables occupied</source>
        <translation>
            <numerusform>%n of {0} tables occupied</numerusform>
            <numerusform>%n of {0} tables occupied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers of {0} seats</source>
        <translation>
            <numerusform>%n cover of {0} seats</numerusform>
            <numerusform>%n covers of {0} seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables over time</source>
        <translation>
            <numerusform>%n table over time</numerusform>
            <numerusform>%n tables over time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables cleaning for long</source>
        <translation>
            <numerusform>%n table cleaning for long</numerusform>
            <numerusform>%n tables cleaning for long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation>
            <numerusform>%n over time</numerusform>
            <numerusform>%n over time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over</source>
        <translation>
            <numerusform>%n over</numerusform>
            <numerusform>%n over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleaning long</source>
        <translation>
            <numerusform>%n cleaning long</numerusform>
            <numerusform>%n cleaning long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n long</source>
        <translation>
            <numerusform>%n long</numerusform>
            <numerusform>%n long</numerusform>
        </translation>
    </message>
</context>
</TS>
