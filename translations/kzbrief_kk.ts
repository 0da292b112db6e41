<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
    <context>
        <name>About</name>
        <message>
            <source>An offline reader for human-rights briefings. It opens no network connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edition {edition}, {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source article: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original source: {source}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About kzbrief</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Quit</source>
            <extracomment>WidgetWithChildrenShortcut for keys that only make sense in one panel (Del, F2); the window adds such actions to that panel's view. Where such a key works, shown in the menu beside it: several actions share Del.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit kzbrief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a report (.md, .html or .txt) to your library; you can also drop files here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import as New &amp;Edition of…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace a briefing with its new edition; your notes move with the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export Notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export your notes as Markdown, HTML, PDF, W3C JSON or CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;Annotated Briefing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole briefing with your highlights and notes, as HTML or PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the last change to your bookmarks or notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo what was undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the library as you type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the search and its marks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the search panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Editorial Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide key facts and tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide your notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the briefings in your library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove Briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the chosen imported briefing; your notes on it are kept (undo with Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text at its normal size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the &amp;System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light or dark as the desktop is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark text on a light page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light text on a dark page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Switch Light/Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch between light and dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to where you were</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go forward again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next Match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next search match in the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous Match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The previous search match in the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next S&amp;ection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous Sec&amp;tion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The previous section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add Bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark this place, with a label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename Bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the chosen bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the chosen bookmark (undo with Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Highlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight the selected text in the last colour used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight with &amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight the selected text and write a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight the selected text in yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight the selected text in green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight the selected text in blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight the selected text in pink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;urple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight the selected text in purple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write in the current note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the current note (undo with Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in Notes or the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Re-attach Note Here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anchor the current note (one that needs attention) on the selected text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search &amp;Syntax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to write a search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About kzbrief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version and the source of the briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>The menu bar: (title, items); None is a separator, a tuple is a submenu.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{keys} {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Bookmarks</name>
        <message>
            <source>Added {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookmarksPanel</name>
        <message>
            <source>Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter jumps to a bookmark; F2 renames; Delete deletes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bookmarks yet.
Press Ctrl+D to bookmark the place you are reading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bookmarks</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheatSheet</name>
        <message>
            <source>sections with both words, in any form (protester finds protests)</source>
            <extracomment>(what you type, what it finds), in the order a newcomer needs them.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the exact phrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>either word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the first word but not the second (also: NOT elections)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>words that start with religi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>words within one typing mistake (~2: two)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sections with a tag; also section:, kind:editorial, kind:note, title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>grouping with parentheses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search syntax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search as you type. Click an example to try it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case and accents never matter. A search that cannot be read as written is run as plain words, and a note says so.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search syntax examples</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Colour</name>
        <message>
            <source>yellow</source>
            <extracomment>The highlight colours' names, for lupdate to find (translated where shown).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>purple</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Contents</name>
        <message>
            <source>Edition {edition}, {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edition {edition} · {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContentsPanel</name>
        <message>
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefings and their sections; Enter opens one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop filtering the contents by tag</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n section(s) tagged “{tag}” ({description})</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n section(s) tagged “{tag}”</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>EditorialPanel</name>
        <message>
            <source>Editorial notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key facts, why it matters, tags and related sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a section to see its editorial notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each section carries key facts, why it matters, its tags and related sections. Open a section from the contents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This briefing has no editorial notes. You can highlight its text and write notes of your own, as in any briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This section has no editorial notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KEY FACTS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WHY IT MATTERS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TAGS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RELATED SECTIONS</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>briefing {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>section {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{colour} highlights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>notes matching “{query}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n chosen note(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {date} from kzbrief — {scope}; {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{briefing}, edition {edition}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created {created} · modified {modified} · {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— {citation}. Colour: {colour}. Created {created}, modified {modified}. Note id: {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it matters:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editorial notes</source>
            <extracomment>On screen the text sits in a readable column; on paper (and in Qt's PDF) it fills the page. For Qt's rich text (the PDF), which draws no borders or padding on blocks and has no inline-block: notes and editorial boxes are one-row tables there (see _print_note).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edition {edition}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annotated copy exported {date} from kzbrief.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (annotated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes from kzbrief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collecting the briefing and its notes</source>
            <extracomment>The file name extension each format is written with. Told the name of each step as it starts ("Collecting notes", "Drawing the PDF").</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collecting notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drawing the PDF</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{file} is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full: the export did not fit in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {folder} is not writable: choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {folder} does not exist: choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {file}: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file to save the export to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is a folder: give a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not count the notes: {error}</source>
            <extracomment>Written by the GUI thread; an int store and a set.add are atomic.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export failed: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Markdown memo (.md)</source>
            <extracomment>The formats as the user sees them, in the order offered.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTML, one printable file (.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W3C Web Annotation JSON (.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV for spreadsheets (.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Annotated Briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annotated briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes in scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole of “{title}”, edition {edition}, with your highlights marked in the text and your notes after each section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a briefing first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;All notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This &amp;briefing: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This &amp;briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This &amp;section: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This &amp;section (open one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current search &amp;results: “{query}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current search &amp;results (search first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include e&amp;ditorial annotations (key facts, why it matters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include boo&amp;kmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF page size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Page size (PDF):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting the notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} exists: exporting replaces it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{format} (*{extension});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has none of your notes yet: the export is the plain briefing.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Your %n note(s) will be shown in it.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No notes in this scope: choose another.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n note(s) will be exported.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Groups</name>
        <message>
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the briefing</source>
            <extracomment>Which group each kind of hit goes in, in display order.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In your notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>language {code}</source>
            <extracomment>Name of the trash folder that holds the replaced edition (to undo the import). Re-anchoring counts for a new edition; None until notes re-anchoring is wired in. One line each: what the import changed to make the document readable (a section too long to show at once, split into parts), and repairs done on the way.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {title} as {id}, edition {edition}: {sections}, {paragraphs} ({format}, {encoding}, {language}).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paragraph(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>It replaces edition {edition}, which is kept in the trash ({hint}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It replaces edition {edition}, which is kept in the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have no notes on this briefing yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes: {stayed} stayed, {moved} moved, {orphaned} orphaned ({hint}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes: {stayed} stayed, {moved} moved, {orphaned} orphaned.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Reports (*.md *.markdown *.html *.htm *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import as New Edition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New edition of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (edition {edition})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New edition &amp;of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A .md, .html or .txt file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the first heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a Report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportTasks</name>
        <message>
            <source>English</source>
            <extracomment>A document's language as the interface names it (translated where shown).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kazakh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>see Needs attention in Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing the briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring the briefing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Skipped a damaged briefing: {error}</source>
            <extracomment>Reading-state key (+ briefing id) of the sections a new edition gave another id. Reading-state key of the way of re-anchoring the stored orphans were last tried with. A "no such section" message names at most this many of the briefing's sections. Why the data folder cannot be written ("" when it can): then nothing is written, and every change is refused (kzbrief.core.readonly). One writer per data folder, across threads and processes (two windows, a window and a script): note writes and index writes hold it. Not self._lock: an index rebuild holds this and then takes self._lock, so that order could deadlock. Messages about repairs done behind the user's back (index rebuilt, ...). Changes committed by any process (kzbrief.core.changes): the briefings in memory are those of ``_loaded``; ``_reported`` is what changes_elsewhere() told so far.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This library is read-only and {reason}: searching a copy built in memory, which is not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rebuilt the search index: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryController</name>
        <message>
            <source>Could not read the library: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing {files}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not import {file}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show Notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Edition {edition}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Comes with kzbrief (cannot be removed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported from {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported from a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{origin}; id {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The briefings in your library; Enter opens one, Delete removes an imported one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Edition…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a new edition of the chosen briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the chosen briefing (your notes on it are kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This briefing comes with kzbrief and cannot be removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the chosen briefing (your notes on it are kept; Ctrl+Z undoes)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryTasks</name>
        <message>
            <source>the search index could not be opened: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the search failed: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{title} panel</source>
            <extracomment>Actions whose handlers :meth:`MainWindow.ready` connects (they act on the panels it builds): pressed sooner, they build the panels first, then run. The index terms of the query in the search field, marked in the text. F3 (+1) or Shift+F3 (-1) pressed while the query's results were on their way.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <comment>panel title</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editorial</source>
            <comment>panel of key facts and tags</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <comment>panel with the note being written</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the &amp;System</source>
            <comment>language</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The interface will be in {language} when kzbrief starts again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — kzbrief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read where you left off: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the reading position: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No search matches in this section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No match to show in the text of this section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match {n} of {total} — F3 for the next, Shift+F3 for the previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search is unavailable: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(this section is no longer in the library)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} · added {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the bookmarks: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a section to bookmark a place in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarked. Type a label and press Enter, or leave it as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the bookmark “{label}”: its section is no longer in the library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the bookmark “{label}”. Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled: no file was written or changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read your tags: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported the annotated briefing to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {notes} to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated with changes made outside this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size {percent}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undid: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redid: {what}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>moved: re-found after the text changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs attention: not found in the current text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No note chosen.
Select text in the reader and press Ctrl+H to highlight it, or Ctrl+Shift+N to write a note on it. Click a highlight to edit its note.</source>
            <extracomment>note id, tags as typed, the tags before this edit began (for one undo step) The note's tags when the user began typing in the Tags field (None: not typing).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlighted passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight colour: {colour} (Ctrl+Z undoes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown; saved as you type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a note (Markdown). It is saved as you type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this highlight and its note (Ctrl+Z undoes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesController</name>
        <message>
            <source>Could not read the notes: {error}</source>
            <extracomment>The page colour of each of annotations.COLOURS (a test checks that none is missing).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{section} (no longer in the library)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the note: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This note's passage is not in the current text. Select where it belongs and choose Notes &gt; Re-attach Note Here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a note first: click a highlight, or one in the Notes panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select some text in the reader first, then highlight it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select some words to highlight, not only space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlighted. Write your note; it is saved as you type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlighted. Click it to write a note; Ctrl+Z undoes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the note on “{quote}”. Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a note to delete: click a highlight, or one in the Notes panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the note to re-attach first, under Needs attention in Notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the passage to attach the note to, then choose Re-attach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note can only be re-attached within its own briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-attached the note here. Ctrl+Z undoes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the note: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <source>These notes' passages are not in the current text. Choose one, select its new passage in the reader and choose Notes &gt; Re-attach Note Here.</source>
            <extracomment>Describes where a note is, for its second line ("Religion · #tag · 2024-05-01").</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Reading order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter notes by their words or tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing or section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter jumps to a note's passage; Delete deletes it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All briefings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes match these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes yet.
Select text in the reader and press Ctrl+H to highlight it, or Ctrl+Shift+N to write a note on it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Could not redo “{what}”: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not undo “{what}”: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not add the bookmark: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Bookmark “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not rename the bookmark: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Bookmark “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not delete the bookmark: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Bookmark “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not highlight the passage: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight “{quote}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not change the note: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change Colour of “{quote}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change Tags of “{quote}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not re-attach the note: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-attach “{quote}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not delete the note: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Note “{quote}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove Briefing “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed “{title}”. Your notes on it are kept; Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored “{title}” (edition {edition}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReaderStatusBar</name>
        <message>
            <source>Building the search index…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search index progress</source>
            <extracomment>QStatusBar's margins around a message, and the spacing of its permanent widgets (px).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This library is read-only: {reason}. You can read, search and export; changes are not saved.</source>
            <extracomment>The button of an offer ("Open Folder"), shown while its message is.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edition {edition} · {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cover</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Building the search index: %n document(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Reader</source>
            <extracomment>(start, end, style): a span of ``Section.text`` and how to draw it (see theme.mark_format). Layers are drawn in this order; a layer not named here is drawn first. A click (no drag, no link) on the text, at this ``Section.text`` offset. The context menu is about to show, for this offset (-1 on a cover): add to it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text of the current section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section {n} of {total}</source>
            <extracomment>Where the view should be, until it could scroll there (layout not done, window not shown, text shorter than the view) or the user scrolled elsewhere.</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n min read</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This section has no text of its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edition {edition} · {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Control characters in the query were ignored.</source>
            <extracomment>A word, for the query and for the index (kzbrief.core.analysis uses it too). It may carry combining marks (U+0300-U+036F) after its letters: "вы́боры" is one word.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the words in the first {count} characters of the query were searched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The query could not be read as written ({error}); searched as plain words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The query is nested too deeply; searched as plain words.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words, "phrases", OR, -word, prefix*, fuzzy~, tag:… Results appear as you type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search syntax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to write a search: phrases, OR, -word, prefix*, tag:…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter opens a result with every match marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No results for “{query}”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>about %n result(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{results}, showing {shown}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>editorial notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your note</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{section} ({kind})</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
