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
        <source>%n cleaning long</source>
        <translation>
            <numerusform>%n cleaning long</numerusform>
            <numerusform>%n cleaning long</numerusform>
        </translation>
    </message>
</context>
</TS>
