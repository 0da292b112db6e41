<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CliExport</name>
        <message numerus="yes">
            <source>Exported to {path} (%n byte(s)).</source>
            <translation>
                <numerusform>Exported to {path} (%n byte).</numerusform>
                <numerusform>Exported to {path} (%n bytes).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CliMaintenance</name>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CliReading</name>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n section</numerusform>
                <numerusform>%n sections</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContentsPanel</name>
        <message numerus="yes">
            <source>%n section(s) tagged “{tag}” ({description})</source>
            <translation>
                <numerusform>%n section tagged “{tag}” ({description})</numerusform>
                <numerusform>%n sections tagged “{tag}” ({description})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n section(s) tagged “{tag}”</source>
            <translation>
                <numerusform>%n section tagged “{tag}”</numerusform>
                <numerusform>%n sections tagged “{tag}”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditionUpgrade</name>
        <message numerus="yes">
            <source>Your %n note(s) on '%1' were moved to edition %2: %3, %4, %5</source>
            <translation>
                <numerusform>Your %n note on '%1' was moved to edition %2: %3, %4, %5</numerusform>
                <numerusform>Your %n notes on '%1' were moved to edition %2: %3, %4, %5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stayed</source>
            <translation>
                <numerusform>%n stayed</numerusform>
                <numerusform>%n stayed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>%n moved</numerusform>
                <numerusform>%n moved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n needs attention</numerusform>
                <numerusform>%n need attention</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message numerus="yes">
            <source>the quote occurs %n time(s) in section {section}; occurrence {occurrence} does not exist</source>
            <translation>
                <numerusform>the quote occurs %n time in section {section}; occurrence {occurrence} does not exist</numerusform>
                <numerusform>the quote occurs %n times in section {section}; occurrence {occurrence} does not exist</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>%n chosen note(s)</source>
            <translation>
                <numerusform>%n chosen note</numerusform>
                <numerusform>%n chosen notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>Your %n note(s) will be shown in it.</source>
            <translation>
                <numerusform>Your %n note will be shown in it.</numerusform>
                <numerusform>Your %n notes will be shown in it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) will be exported.</source>
            <translation>
                <numerusform>%n note will be exported.</numerusform>
                <numerusform>%n notes will be exported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n section</numerusform>
                <numerusform>%n sections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paragraph(s)</source>
            <translation>
                <numerusform>%n paragraph</numerusform>
                <numerusform>%n paragraphs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n section</numerusform>
                <numerusform>%n sections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseDialog</name>
        <message numerus="yes">
            <source>A passphrase needs at least %n characters.</source>
            <translation>
                <numerusform>A passphrase needs at least %n characters.</numerusform>
                <numerusform>A passphrase needs at least %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReaderStatusBar</name>
        <message numerus="yes">
            <source>Building the search index: %n document(s)</source>
            <translation>
                <numerusform>Building the search index: %n document</numerusform>
                <numerusform>Building the search index: %n documents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message numerus="yes">
            <source>%n min read</source>
            <translation>
                <numerusform>%n min read</numerusform>
                <numerusform>%n min read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more section(s), listed in the Contents panel (Ctrl+1).</source>
            <extracomment>Sections a cover lists at most.</extracomment>
            <translation>
                <numerusform>…and %n more section, listed in the Contents panel (Ctrl+1).</numerusform>
                <numerusform>…and %n more sections, listed in the Contents panel (Ctrl+1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message numerus="yes">
            <source>about %n result(s)</source>
            <translation>
                <numerusform>about %n result</numerusform>
                <numerusform>about %n results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
    </context>
</TS>
