<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>About</name>
        <message>
            <source>An offline reader for human-rights briefings. It opens no network connection.</source>
            <translation>Офлайн-читалка правозащитных обзоров. Не открывает сетевых соединений.</translation>
        </message>
        <message>
            <source>Edition {edition}, {date}.</source>
            <translation>Издание {edition}, {date}.</translation>
        </message>
        <message>
            <source>Source article: {source}</source>
            <translation>Исходная статья: {source}</translation>
        </message>
        <message>
            <source>Original source: {source}</source>
            <translation>Первоисточник: {source}</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About kzbrief</source>
            <translation>О программе kzbrief</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>Empty the field “{field}”</source>
            <extracomment>Every announcement made in this process, newest last (tests read it; at most 50 kept).</extracomment>
            <translation>Очистить поле «{field}»</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <source>{box}: choices</source>
            <translation>{box}: варианты</translation>
        </message>
        <message>
            <source>Up and Down choose, Enter takes, Esc closes</source>
            <translation>Вверх и вниз — выбор, Enter — принять, Esc — закрыть</translation>
        </message>
        <message>
            <source>More tools</source>
            <translation>Другие инструменты</translation>
        </message>
        <message>
            <source>The tools the toolbar has no room to show</source>
            <translation>Инструменты, которым не хватило места на панели</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Quit</source>
            <extracomment>WidgetWithChildrenShortcut for keys that only make sense in one panel (Del, F2); the window adds such actions to that panel's view. Where such a key works, shown in the menu beside it: several actions share Del.</extracomment>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>Quit kzbrief</source>
            <translation>Закрыть kzbrief</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>Add a report (.md, .html, .txt, .pdf, .docx or .epub) to your library; you can also drop files here</source>
            <translation>Добавить доклад (.md, .html, .txt, .pdf, .docx или .epub) в библиотеку; файлы можно и перетащить сюда</translation>
        </message>
        <message>
            <source>Import as New &amp;Edition of…</source>
            <translation>Импорт как новое &amp;издание…</translation>
        </message>
        <message>
            <source>Replace a briefing with its new edition; your notes move with the text</source>
            <translation>Заменить обзор его новым изданием; ваши заметки переносятся вместе с текстом</translation>
        </message>
        <message>
            <source>&amp;Export Notes…</source>
            <translation>&amp;Экспорт заметок…</translation>
        </message>
        <message>
            <source>Export your notes as Markdown, HTML, PDF, W3C JSON or CSV</source>
            <translation>Экспортировать заметки в Markdown, HTML, PDF, W3C JSON или CSV</translation>
        </message>
        <message>
            <source>Export &amp;Annotated Briefing…</source>
            <translation>Экспорт обзора с &amp;пометками…</translation>
        </message>
        <message>
            <source>The whole briefing with your highlights and notes, as HTML or PDF</source>
            <translation>Весь обзор с вашими выделениями и заметками, в HTML или PDF</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>Undo the last change to your bookmarks or notes</source>
            <translation>Отменить последнее изменение закладок или заметок</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>Redo what was undone</source>
            <translation>Повторить отменённое</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Поиск…</translation>
        </message>
        <message>
            <source>Search the library as you type</source>
            <translation>Поиск по библиотеке по мере ввода</translation>
        </message>
        <message>
            <source>&amp;Clear Search</source>
            <translation>&amp;Очистить поиск</translation>
        </message>
        <message>
            <source>Clear the search and its marks</source>
            <translation>Очистить поиск и его отметки</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>&amp;Содержание</translation>
        </message>
        <message>
            <source>Show or hide the contents</source>
            <translation>Показать или скрыть содержание</translation>
        </message>
        <message>
            <source>&amp;Search Results</source>
            <translation>&amp;Результаты поиска</translation>
        </message>
        <message>
            <source>Show or hide the search panel</source>
            <translation>Показать или скрыть панель поиска</translation>
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation>&amp;Закладки</translation>
        </message>
        <message>
            <source>Show or hide the bookmarks</source>
            <translation>Показать или скрыть закладки</translation>
        </message>
        <message>
            <source>&amp;Editorial Notes</source>
            <translation>&amp;Редакционные примечания</translation>
        </message>
        <message>
            <source>Show or hide key facts and tags</source>
            <translation>Показать или скрыть ключевые факты и теги</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Заметки</translation>
        </message>
        <message>
            <source>Show or hide your notes</source>
            <translation>Показать или скрыть ваши заметки</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Библиотека</translation>
        </message>
        <message>
            <source>Show or hide the briefings in your library</source>
            <translation>Показать или скрыть обзоры вашей библиотеки</translation>
        </message>
        <message>
            <source>&amp;Remove Briefing</source>
            <translation>&amp;Удалить обзор</translation>
        </message>
        <message>
            <source>Remove the chosen imported briefing; your notes on it are kept (undo with Ctrl+Z)</source>
            <translation>Удалить выбранный импортированный обзор; ваши заметки к нему сохранятся (отмена — Ctrl+Z)</translation>
        </message>
        <message>
            <source>in Library</source>
            <translation>в библиотеке</translation>
        </message>
        <message>
            <source>Show Earlier &amp;Edition</source>
            <translation>Показать прежнее &amp;издание</translation>
        </message>
        <message>
            <source>Bring back the earlier edition of the bundled briefing, with your notes placed in it; Remove Briefing returns to the current edition</source>
            <translation>Вернуть прежнее издание встроенного обзора, с вашими заметками на своих местах; «Удалить обзор» возвращает к текущему изданию</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>У&amp;величить</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Крупнее текст</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Мельче текст</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Обычный размер</translation>
        </message>
        <message>
            <source>Text at its normal size</source>
            <translation>Текст обычного размера</translation>
        </message>
        <message>
            <source>Follow the &amp;System</source>
            <translation>Как в &amp;системе</translation>
        </message>
        <message>
            <source>Light, dark or high contrast as the desktop is</source>
            <translation>Светлая, тёмная или высококонтрастная, как на рабочем столе</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Светлая</translation>
        </message>
        <message>
            <source>Dark text on a light page</source>
            <translation>Тёмный текст на светлой странице</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Тёмная</translation>
        </message>
        <message>
            <source>Light text on a dark page</source>
            <translation>Светлый текст на тёмной странице</translation>
        </message>
        <message>
            <source>&amp;High Contrast</source>
            <translation>&amp;Высокий контраст</translation>
        </message>
        <message>
            <source>White text on black, yellow links; the most contrast</source>
            <translation>Белый текст на чёрном, жёлтые ссылки: самый высокий контраст</translation>
        </message>
        <message>
            <source>&amp;Switch Light/Dark</source>
            <translation>&amp;Переключить светлую/тёмную</translation>
        </message>
        <message>
            <source>Switch between light and dark</source>
            <translation>Переключиться между светлой и тёмной темой</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>Go back to where you were</source>
            <translation>Вернуться туда, где вы были</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Вперёд</translation>
        </message>
        <message>
            <source>Go forward again</source>
            <translation>Снова вперёд</translation>
        </message>
        <message>
            <source>&amp;Next Match</source>
            <translation>&amp;Следующее совпадение</translation>
        </message>
        <message>
            <source>The next search match in the text</source>
            <translation>Следующее совпадение поиска в тексте</translation>
        </message>
        <message>
            <source>&amp;Previous Match</source>
            <translation>&amp;Предыдущее совпадение</translation>
        </message>
        <message>
            <source>The previous search match in the text</source>
            <translation>Предыдущее совпадение поиска в тексте</translation>
        </message>
        <message>
            <source>Next &amp;Pane</source>
            <translation>Следующая &amp;область</translation>
        </message>
        <message>
            <source>Move the focus to the next panel or the text</source>
            <translation>Перевести фокус на следующую панель или на текст</translation>
        </message>
        <message>
            <source>Previous P&amp;ane</source>
            <translation>Предыдущая о&amp;бласть</translation>
        </message>
        <message>
            <source>Move the focus to the previous panel or the text</source>
            <translation>Перевести фокус на предыдущую панель или на текст</translation>
        </message>
        <message>
            <source>&amp;Caret Browsing</source>
            <translation>&amp;Курсор в тексте</translation>
        </message>
        <message>
            <source>A caret in the text that the arrow keys move; Shift with the arrows selects</source>
            <translation>Курсор в тексте, который двигают клавиши со стрелками; Shift со стрелками выделяет</translation>
        </message>
        <message>
            <source>Next S&amp;ection</source>
            <translation>Следующий &amp;раздел</translation>
        </message>
        <message>
            <source>The next section</source>
            <translation>Следующий раздел</translation>
        </message>
        <message>
            <source>Previous Sec&amp;tion</source>
            <translation>Предыдущий р&amp;аздел</translation>
        </message>
        <message>
            <source>The previous section</source>
            <translation>Предыдущий раздел</translation>
        </message>
        <message>
            <source>&amp;Add Bookmark</source>
            <translation>&amp;Добавить закладку</translation>
        </message>
        <message>
            <source>Bookmark this place, with a label</source>
            <translation>Добавить закладку на это место, с подписью</translation>
        </message>
        <message>
            <source>&amp;Rename Bookmark</source>
            <translation>&amp;Переименовать закладку</translation>
        </message>
        <message>
            <source>Rename the chosen bookmark</source>
            <translation>Переименовать выбранную закладку</translation>
        </message>
        <message>
            <source>in Bookmarks</source>
            <translation>в закладках</translation>
        </message>
        <message>
            <source>&amp;Delete Bookmark</source>
            <translation>&amp;Удалить закладку</translation>
        </message>
        <message>
            <source>Delete the chosen bookmark (undo with Ctrl+Z)</source>
            <translation>Удалить выбранную закладку (отмена — Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;Highlight</source>
            <translation>&amp;Выделить</translation>
        </message>
        <message>
            <source>Highlight the selected text in the last colour used</source>
            <translation>Выделить выбранный текст последним использованным цветом</translation>
        </message>
        <message>
            <source>Highlight with &amp;Note</source>
            <translation>Выделить с &amp;заметкой</translation>
        </message>
        <message>
            <source>Highlight the selected text and write a note</source>
            <translation>Выделить выбранный текст и написать заметку</translation>
        </message>
        <message>
            <source>&amp;Yellow</source>
            <translation>&amp;Жёлтый</translation>
        </message>
        <message>
            <source>Highlight the selected text in yellow</source>
            <translation>Выделить выбранный текст жёлтым</translation>
        </message>
        <message>
            <source>&amp;Green</source>
            <translation>&amp;Зелёный</translation>
        </message>
        <message>
            <source>Highlight the selected text in green</source>
            <translation>Выделить выбранный текст зелёным</translation>
        </message>
        <message>
            <source>&amp;Blue</source>
            <translation>&amp;Синий</translation>
        </message>
        <message>
            <source>Highlight the selected text in blue</source>
            <translation>Выделить выбранный текст синим</translation>
        </message>
        <message>
            <source>&amp;Pink</source>
            <translation>&amp;Розовый</translation>
        </message>
        <message>
            <source>Highlight the selected text in pink</source>
            <translation>Выделить выбранный текст розовым</translation>
        </message>
        <message>
            <source>P&amp;urple</source>
            <translation>&amp;Фиолетовый</translation>
        </message>
        <message>
            <source>Highlight the selected text in purple</source>
            <translation>Выделить выбранный текст фиолетовым</translation>
        </message>
        <message>
            <source>&amp;Edit Note</source>
            <translation>&amp;Редактировать заметку</translation>
        </message>
        <message>
            <source>Write in the current note</source>
            <translation>Писать в текущей заметке</translation>
        </message>
        <message>
            <source>&amp;Delete Note</source>
            <translation>&amp;Удалить заметку</translation>
        </message>
        <message>
            <source>Delete the current note (undo with Ctrl+Z)</source>
            <translation>Удалить текущую заметку (отмена — Ctrl+Z)</translation>
        </message>
        <message>
            <source>in Notes or the text</source>
            <translation>в заметках или в тексте</translation>
        </message>
        <message>
            <source>&amp;Re-attach Note Here</source>
            <translation>&amp;Привязать заметку сюда</translation>
        </message>
        <message>
            <source>Anchor the current note (one that needs attention) on the selected text</source>
            <translation>Привязать текущую заметку (из требующих внимания) к выбранному тексту</translation>
        </message>
        <message>
            <source>The language the system asks for, from the next start</source>
            <translation>Язык, заданный в системе, — со следующего запуска</translation>
        </message>
        <message>
            <source>The interface in English, from the next start</source>
            <translation>Интерфейс на английском — со следующего запуска</translation>
        </message>
        <message>
            <source>The interface in Russian, from the next start</source>
            <translation>Интерфейс на русском — со следующего запуска</translation>
        </message>
        <message>
            <source>The interface in Kazakh, from the next start</source>
            <translation>Интерфейс на казахском — со следующего запуска</translation>
        </message>
        <message>
            <source>Search &amp;Syntax</source>
            <translation>&amp;Синтаксис поиска</translation>
        </message>
        <message>
            <source>How to write a search</source>
            <translation>Как составить поисковый запрос</translation>
        </message>
        <message>
            <source>&amp;About kzbrief</source>
            <translation>&amp;О программе kzbrief</translation>
        </message>
        <message>
            <source>Version and the source of the briefing</source>
            <translation>Версия и источник обзора</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Заблокировать</translation>
        </message>
        <message>
            <source>Lock your notes now (they stay encrypted)</source>
            <translation>Заблокировать заметки сейчас (они остаются зашифрованными)</translation>
        </message>
        <message>
            <source>Lock and &amp;Quit Now</source>
            <translation>Заблокировать и в&amp;ыйти сейчас</translation>
        </message>
        <message>
            <source>Save the note being typed, lock, clear the window and quit at once</source>
            <translation>Сохранить набираемую заметку, заблокировать, очистить окно и сразу выйти</translation>
        </message>
        <message>
            <source>&amp;Protection…</source>
            <translation>&amp;Защита…</translation>
        </message>
        <message>
            <source>Encrypt your notes with a passphrase; passphrase and idle lock</source>
            <translation>Зашифровать заметки парольной фразой; парольная фраза и блокировка при бездействии</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>The menu bar: (title, items); None is a separator, a tuple is a submenu.</extracomment>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>П&amp;ереход</translation>
        </message>
        <message>
            <source>Highlight &amp;In</source>
            <translation>Выделить &amp;цветом</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>{keys} {where}</source>
            <translation>{keys} {where}</translation>
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <extracomment>The GUI's settings key for the language (kzbrief.gui.settings.LANGUAGE); "system" or a code. What argparse says in its own words (Python 3.11-3.13), as lupdate should extract them; argparse passes each through its module-level ``_`` (gettext), which :func:`install` routes here. A message of a later Python that is not listed stays English.</extracomment>
            <translation>использование: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>позиционные аргументы</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметры</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>показать эту справку и выйти</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>нераспознанные аргументы: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>нельзя указывать вместе с аргументом %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>лишнее значение аргумента: %r</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>требуются аргументы: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>требуется один из аргументов: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ожидалось одно значение</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>ожидалось не больше одного значения</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>ожидалось хотя бы одно значение</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>недопустимое значение (%(type)s): %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>неизвестная команда %(parser_name)r (варианты: %(choices)s)</translation>
        </message>
    </context>
    <context>
        <name>Autosave</name>
        <message>
            <source>Saving the note</source>
            <extracomment>Note as written, and the number of the newest change in it (0: a field failed) note id -&gt; the newest value of each changed field, not yet handed over</extracomment>
            <translation>Сохранение заметки</translation>
        </message>
    </context>
    <context>
        <name>Bookmarks</name>
        <message>
            <source>Added {date}</source>
            <translation>Добавлена {date}</translation>
        </message>
    </context>
    <context>
        <name>BookmarksPanel</name>
        <message>
            <source>Bookmarks</source>
            <translation>Закладки</translation>
        </message>
        <message>
            <source>Enter jumps to a bookmark; F2 renames; Delete deletes</source>
            <translation>Enter — перейти к закладке; F2 — переименовать; Delete — удалить</translation>
        </message>
        <message>
            <source>No bookmarks yet.
Press Ctrl+D to bookmark the place you are reading.</source>
            <translation>Закладок пока нет.
Нажмите Ctrl+D, чтобы добавить закладку на читаемое место.</translation>
        </message>
    </context>
    <context>
        <name>CheatSheet</name>
        <message>
            <source>sections with both words, in any form (protester finds protests)</source>
            <extracomment>(what you type, what it finds), in the order a newcomer needs them.</extracomment>
            <translation>разделы с обоими словами в любой форме (протест находит протестов)</translation>
        </message>
        <message>
            <source>the exact phrase</source>
            <translation>точная фраза</translation>
        </message>
        <message>
            <source>the word as written only (not accounts, accountable)</source>
            <translation>только слово в точности как написано (не accounts, accountable)</translation>
        </message>
        <message>
            <source>a name in any script and spelling: Tokayev, Tokaev, Toqaev, Тоқаев, and its case forms (Токаева, Тоқаевтың)</source>
            <translation>имя в любой письменности и написании: Tokayev, Tokaev, Toqaev, Тоқаев, и его падежные формы (Токаева, Тоқаевтың)</translation>
        </message>
        <message>
            <source>either word</source>
            <translation>любое из слов</translation>
        </message>
        <message>
            <source>the first word but not the second (also: NOT elections)</source>
            <translation>первое слово, но не второе (также: NOT elections)</translation>
        </message>
        <message>
            <source>words that start with religi</source>
            <translation>слова, начинающиеся с religi</translation>
        </message>
        <message>
            <source>words within one typing mistake (~2: two)</source>
            <translation>слова с одной опечаткой (~2: с двумя)</translation>
        </message>
        <message>
            <source>sections with a tag; also section:, kind:editorial, kind:note, title:</source>
            <translation>разделы с тегом; а также section:, kind:editorial, kind:note, title:</translation>
        </message>
        <message>
            <source>grouping with parentheses</source>
            <translation>группировка скобками</translation>
        </message>
        <message>
            <source>Search syntax</source>
            <translation>Синтаксис поиска</translation>
        </message>
        <message>
            <source>Search as you type. Click an example, or Tab to it and press Enter, to try it. The arrow keys move a caret through this text, as in the reader and the editorial notes; F7 turns it off and on.</source>
            <translation>Поиск идёт по мере ввода. Щёлкните пример или перейдите к нему клавишей Tab и нажмите Enter, чтобы попробовать его. Клавиши со стрелками двигают по этому тексту курсор, как в тексте и в редакционных заметках; F7 выключает и включает его.</translation>
        </message>
        <message>
            <source>Case and accents never matter. A search that cannot be read as written is run as plain words, and a note says so.</source>
            <translation>Регистр и диакритика не важны. Запрос, который нельзя прочитать как написано, выполняется как простые слова, и об этом сообщается.</translation>
        </message>
        <message>
            <source>Names match across scripts: a name typed in Latin or Cyrillic letters finds its English, Russian and Kazakh spellings (Shymkent, Şymkent, Шымкент; Aktobe, Aqtöbe, Ақтөбе) and their case forms (Алматыда). Only capitalised words in the text count as names, so a common word keeps its meaning (Semey finds the city, not семей, 'of families'). A search that finds nothing offers the nearest words the library holds.</source>
            <translation>Имена находятся в любой письменности: имя, набранное латиницей или кириллицей, находит свои английские, русские и казахские написания (Shymkent, Şymkent, Шымкент; Aktobe, Aqtöbe, Ақтөбе) и падежные формы (Алматыда). Именами считаются только слова текста с заглавной буквы, поэтому обычное слово сохраняет своё значение (Semey находит город, а не слово «семей»). Если поиск ничего не нашёл, он предлагает ближайшие слова, которые есть в библиотеке.</translation>
        </message>
        <message>
            <source>Search syntax examples</source>
            <translation>Примеры поисковых запросов</translation>
        </message>
    </context>
    <context>
        <name>CliBookmarks</name>
        <message>
            <source>Added bookmark {id}: {label}</source>
            <translation>Добавлена закладка {id}: {label}</translation>
        </message>
        <message>
            <source>No bookmarks.</source>
            <translation>Закладок нет.</translation>
        </message>
        <message>
            <source>Removed bookmark {id}: {label}</source>
            <translation>Удалена закладка {id}: {label}</translation>
        </message>
        <message>
            <source>add, list or remove bookmarks</source>
            <translation>добавить, перечислить или удалить закладки</translation>
        </message>
        <message>
            <source>bookmark a section</source>
            <translation>добавить закладку на раздел</translation>
        </message>
        <message>
            <source>list bookmarks</source>
            <translation>перечислить закладки</translation>
        </message>
        <message>
            <source>remove a bookmark</source>
            <translation>удалить закладку</translation>
        </message>
    </context>
    <context>
        <name>CliExport</name>
        <message>
            <source>a PDF export needs --output FILE (or redirect stdout)</source>
            <translation>для экспорта в PDF нужен --output FILE (или перенаправьте stdout)</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name</source>
            <translation>{path} — папка; укажите имя файла</translation>
        </message>
        <message>
            <source>the folder {path} does not exist</source>
            <translation>папки {path} не существует</translation>
        </message>
        <message>
            <source>could not write {path}: {problem}</source>
            <translation>не удалось записать {path}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>Exported to {path} (%n byte(s)).</source>
            <translation>
                <numerusform>Экспортировано в {path} (%n байт).</numerusform>
                <numerusform>Экспортировано в {path} (%n байта).</numerusform>
                <numerusform>Экспортировано в {path} (%n байт).</numerusform>
            </translation>
        </message>
        <message>
            <source>export notes with their citations</source>
            <translation>экспортировать заметки со ссылками на источник</translation>
        </message>
        <message>
            <source>where to write ('-' or nothing: stdout)</source>
            <translation>куда записать («-» или ничего: stdout)</translation>
        </message>
        <message>
            <source>only notes that this search finds</source>
            <translation>только заметки, которые находит этот поиск</translation>
        </message>
        <message>
            <source>include editorial annotations</source>
            <translation>включить редакционные примечания</translation>
        </message>
        <message>
            <source>include bookmarks</source>
            <translation>включить закладки</translation>
        </message>
        <message>
            <source>the whole briefing with notes inline</source>
            <translation>весь обзор с заметками в тексте</translation>
        </message>
    </context>
    <context>
        <name>CliLibrary</name>
        <message>
            <source>undo: kzbrief restore {id}</source>
            <translation>отменить: kzbrief restore {id}</translation>
        </message>
        <message>
            <source>kept; see 'kzbrief notes list --status orphaned'</source>
            <translation>сохранены; см. «kzbrief notes list --status orphaned»</translation>
        </message>
        <message>
            <source>cannot read the password file {file}: {problem}</source>
            <translation>не удалось прочитать файл с паролем {file}: {problem}</translation>
        </message>
        <message>
            <source>the password file {file} is empty</source>
            <translation>файл с паролем {file} пуст</translation>
        </message>
        <message>
            <source>Removed {title} ({id}, edition {edition}). Your notes on it are kept. Undo: kzbrief restore {id}</source>
            <translation>Удалён обзор {title} ({id}, издание {edition}). Ваши заметки к нему сохранены. Отменить: kzbrief restore {id}</translation>
        </message>
        <message>
            <source>Restored {title} ({id}, edition {edition}).</source>
            <translation>Восстановлен обзор {title} ({id}, издание {edition}).</translation>
        </message>
        <message>
            <source>Your notes are placed in this edition now. Back to the current edition: kzbrief remove {id}</source>
            <translation>Ваши заметки теперь привязаны к этому изданию. Вернуться к текущему изданию: kzbrief remove {id}</translation>
        </message>
        <message>
            <source>add a briefing from a .md, .html, .txt, .pdf, .docx or .epub file, or a new edition of one</source>
            <translation>добавить обзор из файла .md, .html, .txt, .pdf, .docx или .epub либо новое издание обзора</translation>
        </message>
        <message>
            <source>Import a report ({formats}) into the library.</source>
            <translation>Импортировать доклад ({formats}) в библиотеку.</translation>
        </message>
        <message>
            <source>the briefing's id (default: from its title)</source>
            <translation>идентификатор обзора (по умолчанию — из заголовка)</translation>
        </message>
        <message>
            <source>the title (default: the first heading)</source>
            <translation>заголовок (по умолчанию — первый заголовок в тексте)</translation>
        </message>
        <message>
            <source>import as the new edition of the briefing with this id (notes are kept)</source>
            <translation>импортировать как новое издание обзора с этим идентификатором (заметки сохраняются)</translation>
        </message>
        <message>
            <source>the briefing's language (default: detected)</source>
            <translation>язык обзора (по умолчанию определяется по тексту)</translation>
        </message>
        <message>
            <source>a file whose first line is the password of a protected PDF</source>
            <translation>файл, первая строка которого — пароль защищённого PDF</translation>
        </message>
        <message>
            <source>move an imported briefing to the trash (notes are kept)</source>
            <translation>переместить импортированный обзор в корзину (заметки сохраняются)</translation>
        </message>
        <message>
            <source>bring back the last removed or replaced edition</source>
            <translation>вернуть последнее удалённое или заменённое издание</translation>
        </message>
    </context>
    <context>
        <name>CliMain</name>
        <message>
            <source>{message} (see '{prog} --help')</source>
            <translation>{message} (см. «{prog} --help»)</translation>
        </message>
        <message>
            <source>also print the log (kzbrief.log in the data folder) to stderr</source>
            <extracomment>Modules under kzbrief.commands, each with ``register(sub)``, in --help order.</extracomment>
            <translation>выводить журнал (kzbrief.log в папке данных) также в stderr</translation>
        </message>
        <message>
            <source>the language of the window and of these messages (default: the choice under View &gt; Language, else the system locale)</source>
            <translation>язык окна и этих сообщений (по умолчанию — выбранный в меню Вид &gt; Язык, иначе язык системы)</translation>
        </message>
        <message>
            <source>where notes, bookmarks and the index live</source>
            <translation>где хранятся заметки, закладки и индекс</translation>
        </message>
        <message>
            <source>read the passphrase of protected notes from the first line of FILE</source>
            <translation>прочитать парольную фразу защищённых заметок из первой строки FILE</translation>
        </message>
        <message>
            <source>An offline reader for human-rights briefings.</source>
            <translation>Офлайн-читалка правозащитных обзоров.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>показать версию и выйти</translation>
        </message>
        <message>
            <source>where notes, bookmarks and the index live (default: $KZBRIEF_DATA_DIR or the platform's data folder)</source>
            <translation>где хранятся заметки, закладки и индекс (по умолчанию: $KZBRIEF_DATA_DIR или папка данных системы)</translation>
        </message>
        <message>
            <source>read the passphrase of protected notes from the first line of FILE (default: $KZBRIEF_PASSPHRASE_FILE, else asked at the terminal)</source>
            <translation>прочитать парольную фразу защищённых заметок из первой строки FILE (по умолчанию: $KZBRIEF_PASSPHRASE_FILE, иначе она запрашивается в терминале)</translation>
        </message>
        <message>
            <source>add kzbrief to your applications menu (Linux; this copy is the one it starts)</source>
            <translation>добавить kzbrief в меню приложений (Linux; запускаться будет эта копия)</translation>
        </message>
        <message>
            <source>remove it from the applications menu</source>
            <translation>убрать его из меню приложений</translation>
        </message>
        <message>
            <source>Added kzbrief to your applications menu:</source>
            <translation>kzbrief добавлен в меню приложений:</translation>
        </message>
        <message>
            <source>Removed kzbrief from your applications menu:</source>
            <translation>kzbrief убран из меню приложений:</translation>
        </message>
        <message>
            <source>Nothing to remove.</source>
            <translation>Убирать нечего.</translation>
        </message>
        <message>
            <source>--install-desktop and --uninstall-desktop take no command</source>
            <translation>--install-desktop и --uninstall-desktop указываются без команды</translation>
        </message>
        <message>
            <source>kzbrief: error: {message}</source>
            <translation>kzbrief: ошибка: {message}</translation>
        </message>
        <message>
            <source>kzbrief: {message}</source>
            <translation>kzbrief: {message}</translation>
        </message>
        <message>
            <source>internal error ({kind})</source>
            <translation>внутренняя ошибка ({kind})</translation>
        </message>
        <message>
            <source>kzbrief: {message}; the details are in {log}</source>
            <translation>kzbrief: {message}; подробности в {log}</translation>
        </message>
        <message>
            <source>cannot read the passphrase file {file}: {problem}</source>
            <translation>не удалось прочитать файл с парольной фразой {file}: {problem}</translation>
        </message>
        <message>
            <source>the passphrase file {file} is empty</source>
            <translation>файл с парольной фразой {file} пуст</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Парольная фраза: </translation>
        </message>
    </context>
    <context>
        <name>CliMaintenance</name>
        <message>
            <source>Rebuilt the search index: {documents}.</source>
            <translation>Поисковый индекс перестроен: {documents}.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n документ</numerusform>
                <numerusform>%n документа</numerusform>
                <numerusform>%n документов</numerusform>
            </translation>
        </message>
        <message>
            <source>The search index is good: {documents}, {files}, {size} KiB.</source>
            <translation>Поисковый индекс в порядке: {documents}, {files}, {size} КиБ.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файла</numerusform>
                <numerusform>%n файлов</numerusform>
            </translation>
        </message>
        <message>
            <source>The search index needs a rebuild: {problem}.</source>
            <translation>Поисковый индекс нужно перестроить: {problem}.</translation>
        </message>
        <message>
            <source>check or rebuild the search index</source>
            <translation>проверить или перестроить поисковый индекс</translation>
        </message>
        <message>
            <source>check this copy of kzbrief end to end</source>
            <translation>полностью проверить эту копию kzbrief</translation>
        </message>
        <message>
            <source>also drive the window offscreen</source>
            <translation>проверить и окно (без вывода на экран)</translation>
        </message>
        <message>
            <source>the window's language for --gui, and of these messages (default: the choice under View &gt; Language, else the system locale)</source>
            <translation>язык окна для --gui и этих сообщений (по умолчанию — выбранный в меню Вид &gt; Язык, иначе язык системы)</translation>
        </message>
    </context>
    <context>
        <name>CliNotes</name>
        <message>
            <source>No notes.</source>
            <translation>Заметок нет.</translation>
        </message>
        <message>
            <source>Added note {id} in {briefing}/{section}.</source>
            <translation>Добавлена заметка {id} в {briefing}/{section}.</translation>
        </message>
        <message>
            <source>Imported {imported}, duplicate {duplicate} (skipped), orphaned {orphaned}.</source>
            <translation>Импортировано: {imported}, повторов: {duplicate} (пропущены), потеряли место: {orphaned}.</translation>
        </message>
        <message>
            <source>Removed note {id}: “{quote}”</source>
            <translation>Удалена заметка {id}: «{quote}»</translation>
        </message>
        <message>
            <source>add, list, import or remove notes</source>
            <translation>добавить, перечислить, импортировать или удалить заметки</translation>
        </message>
        <message>
            <source>highlight a passage, with an optional note and tags</source>
            <translation>выделить фрагмент, по желанию с заметкой и тегами</translation>
        </message>
        <message>
            <source>the passage, as in the text</source>
            <translation>фрагмент, в точности как в тексте</translation>
        </message>
        <message>
            <source>the note (Markdown)</source>
            <translation>заметка (Markdown)</translation>
        </message>
        <message>
            <source>comma-separated tags</source>
            <translation>теги через запятую</translation>
        </message>
        <message>
            <source>which occurrence of a repeated quote (1 = first, the default)</source>
            <translation>какое вхождение повторяющейся цитаты (1 — первое, по умолчанию)</translation>
        </message>
        <message>
            <source>list notes</source>
            <translation>перечислить заметки</translation>
        </message>
        <message>
            <source>import W3C Web Annotation JSON</source>
            <translation>импортировать W3C Web Annotation JSON</translation>
        </message>
        <message>
            <source>remove a note</source>
            <translation>удалить заметку</translation>
        </message>
    </context>
    <context>
        <name>CliProtection</name>
        <message>
            <source>Protected notes are encrypted with your passphrase. If you lose both the passphrase and the recovery key below, your notes cannot be recovered by anyone.</source>
            <translation>Защищённые заметки зашифрованы вашей парольной фразой. Если вы потеряете и парольную фразу, и ключ восстановления ниже, никто не сможет восстановить ваши заметки.</translation>
        </message>
        <message>
            <source>no passphrase: give it with --passphrase-file FILE (or KZBRIEF_PASSPHRASE_FILE), or run this at a terminal</source>
            <translation>нет парольной фразы: укажите её через --passphrase-file FILE (или KZBRIEF_PASSPHRASE_FILE) либо запустите команду в терминале</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Новая парольная фраза: </translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>Та же парольная фраза ещё раз: </translation>
        </message>
        <message>
            <source>the two passphrases differ; nothing was changed</source>
            <translation>парольные фразы не совпадают; ничего не изменено</translation>
        </message>
        <message>
            <source>a kzbrief window is open on this data folder; close it first (or use File &gt; Protection… in the window)</source>
            <translation>для этой папки данных открыто окно kzbrief; сначала закройте его (или выберите в окне Файл &gt; Защита…)</translation>
        </message>
        <message>
            <source>Current passphrase (or recovery key): </source>
            <translation>Текущая парольная фраза (или ключ восстановления): </translation>
        </message>
        <message>
            <source>this data folder is protected already</source>
            <translation>эта папка данных уже защищена</translation>
        </message>
        <message>
            <source>Your notes, bookmarks and imported briefings are now encrypted.</source>
            <translation>Ваши заметки, закладки и импортированные обзоры теперь зашифрованы.</translation>
        </message>
        <message>
            <source>Recovery key (write it down; it is shown this once, and unlocks like the passphrase):</source>
            <translation>Ключ восстановления (запишите его: он показан один раз и разблокирует, как парольная фраза):</translation>
        </message>
        <message>
            <source>this data folder is not protected</source>
            <translation>эта папка данных не защищена</translation>
        </message>
        <message>
            <source>Protection is off: your notes are in plain files again.</source>
            <translation>Защита выключена: ваши заметки снова хранятся в обычных файлах.</translation>
        </message>
        <message>
            <source>this data folder is not protected; turn protection on with 'protect'</source>
            <translation>эта папка данных не защищена; включите защиту командой «protect»</translation>
        </message>
        <message>
            <source>Changed the passphrase (the recovery key still works).</source>
            <translation>Парольная фраза изменена (ключ восстановления по-прежнему действует).</translation>
        </message>
        <message>
            <source>encrypt your notes and imported briefings (passphrase)</source>
            <translation>зашифровать заметки и импортированные обзоры (парольной фразой)</translation>
        </message>
        <message>
            <source>turn protection off (decrypt into plain files)</source>
            <translation>выключить защиту (расшифровать в обычные файлы)</translation>
        </message>
        <message>
            <source>change the passphrase of protected notes</source>
            <translation>сменить парольную фразу защищённых заметок</translation>
        </message>
        <message>
            <source>read the new passphrase from FILE (else it is asked twice at the terminal)</source>
            <translation>прочитать новую парольную фразу из FILE (иначе она дважды запрашивается в терминале)</translation>
        </message>
    </context>
    <context>
        <name>CliReading</name>
        <message>
            <source>edition {edition}</source>
            <translation>издание {edition}</translation>
        </message>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n раздел</numerusform>
                <numerusform>%n раздела</numerusform>
                <numerusform>%n разделов</numerusform>
            </translation>
        </message>
        <message>
            <source>list briefings in the library</source>
            <translation>перечислить обзоры в библиотеке</translation>
        </message>
        <message>
            <source>list the sections of a briefing</source>
            <translation>перечислить разделы обзора</translation>
        </message>
        <message>
            <source>a section's text, data or HTML</source>
            <translation>текст, данные или HTML раздела</translation>
        </message>
    </context>
    <context>
        <name>CliSearch</name>
        <message>
            <source>In the briefing ({count})</source>
            <translation>В обзоре ({count})</translation>
        </message>
        <message>
            <source>In your notes ({count})</source>
            <translation>В ваших заметках ({count})</translation>
        </message>
        <message>
            <source>--limit must be at least 1</source>
            <translation>--limit должен быть не меньше 1</translation>
        </message>
        <message>
            <source>No results.</source>
            <translation>Ничего не найдено.</translation>
        </message>
        <message>
            <source>({shown} of about {total} shown; use --limit for more)</source>
            <translation>(показано {shown} из примерно {total}; больше — с --limit)</translation>
        </message>
        <message>
            <source>({shown} of {total} shown; use --limit for more)</source>
            <translation>(показано {shown} из {total}; больше — с --limit)</translation>
        </message>
        <message>
            <source>Did you mean: {words}?</source>
            <translation>Возможно, вы искали: {words}?</translation>
        </message>
        <message>
            <source>{title} ({where})  score {score}</source>
            <translation>{title} ({where})  оценка {score}</translation>
        </message>
        <message>
            <source>{title} ({where}) [{kind}]  score {score}</source>
            <translation>{title} ({where}) [{kind}]  оценка {score}</translation>
        </message>
        <message>
            <source>search the library</source>
            <translation>искать в библиотеке</translation>
        </message>
    </context>
    <context>
        <name>Colour</name>
        <message>
            <source>yellow</source>
            <extracomment>The highlight colours' names, for lupdate to find (translated where shown).</extracomment>
            <translation>жёлтый</translation>
        </message>
        <message>
            <source>green</source>
            <translation>зелёный</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>синий</translation>
        </message>
        <message>
            <source>pink</source>
            <translation>розовый</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>фиолетовый</translation>
        </message>
    </context>
    <context>
        <name>Contents</name>
        <message>
            <source>Edition {edition}, {date}</source>
            <translation>Издание {edition}, {date}</translation>
        </message>
        <message>
            <source>Edition {edition} · {date}</source>
            <translation>Издание {edition} · {date}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Теги: {tags}</translation>
        </message>
    </context>
    <context>
        <name>ContentsPanel</name>
        <message>
            <source>Contents</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <source>Briefings and their sections; Enter opens one</source>
            <translation>Обзоры и их разделы; Enter открывает выбранный</translation>
        </message>
        <message>
            <source>Tag filter</source>
            <translation>Фильтр по тегу</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Показать все</translation>
        </message>
        <message>
            <source>Show all sections</source>
            <translation>Показать все разделы</translation>
        </message>
        <message>
            <source>Stop filtering the contents by tag</source>
            <translation>Перестать фильтровать содержание по тегу</translation>
        </message>
        <message numerus="yes">
            <source>%n section(s) tagged “{tag}” ({description})</source>
            <translation>
                <numerusform>%n раздел с тегом «{tag}» ({description})</numerusform>
                <numerusform>%n раздела с тегом «{tag}» ({description})</numerusform>
                <numerusform>%n разделов с тегом «{tag}» ({description})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n section(s) tagged “{tag}”</source>
            <translation>
                <numerusform>%n раздел с тегом «{tag}»</numerusform>
                <numerusform>%n раздела с тегом «{tag}»</numerusform>
                <numerusform>%n разделов с тегом «{tag}»</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>cannot start kzbrief from a path with a line break: {path}</source>
            <extracomment>Characters that oblige an Exec argument to be quoted (Desktop Entry Specification).</extracomment>
            <translation>нельзя запускать kzbrief по пути с переводом строки: {path}</translation>
        </message>
        <message>
            <source>--install-desktop is for Linux desktops; on Windows and macOS use the app bundle</source>
            <translation>--install-desktop предназначен для рабочих столов Linux; в Windows и macOS используйте пакет приложения</translation>
        </message>
        <message>
            <source>cannot install the desktop entry in {path}: {problem}</source>
            <translation>не удалось установить ярлык приложения в {path}: {problem}</translation>
        </message>
        <message>
            <source>cannot remove {path}: {problem}</source>
            <translation>не удалось удалить {path}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>EditionUpgrade</name>
        <message numerus="yes">
            <source>Your %n note(s) on '%1' were moved to edition %2: %3, %4, %5</source>
            <translation>
                <numerusform>%n заметка к «%1» перенесена в издание %2: %3, %4, %5</numerusform>
                <numerusform>%n заметки к «%1» перенесены в издание %2: %3, %4, %5</numerusform>
                <numerusform>%n заметок к «%1» перенесены в издание %2: %3, %4, %5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stayed</source>
            <translation>
                <numerusform>%n осталась на месте</numerusform>
                <numerusform>%n остались на месте</numerusform>
                <numerusform>%n остались на месте</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>%n перемещена</numerusform>
                <numerusform>%n перемещены</numerusform>
                <numerusform>%n перемещены</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n требует внимания</numerusform>
                <numerusform>%n требуют внимания</numerusform>
                <numerusform>%n требуют внимания</numerusform>
            </translation>
        </message>
        <message>
            <source>Show Notes</source>
            <translation>Показать заметки</translation>
        </message>
    </context>
    <context>
        <name>EditorialPanel</name>
        <message>
            <source>Editorial notes</source>
            <translation>Редакционные примечания</translation>
        </message>
        <message>
            <source>Key facts, why it matters, tags and related sections</source>
            <translation>Ключевые факты, почему это важно, теги и связанные разделы</translation>
        </message>
        <message>
            <source>Open a section to see its editorial notes.</source>
            <translation>Откройте раздел, чтобы увидеть его редакционные примечания.</translation>
        </message>
        <message>
            <source>Each section carries key facts, why it matters, its tags and related sections. Open a section from the contents.</source>
            <translation>У каждого раздела есть ключевые факты, объяснение, почему это важно, теги и связанные разделы. Откройте раздел из содержания.</translation>
        </message>
        <message>
            <source>This briefing has no editorial notes. You can highlight its text and write notes of your own, as in any briefing.</source>
            <translation>В этом обзоре нет редакционных примечаний. Вы можете выделять текст и писать свои заметки, как в любом обзоре.</translation>
        </message>
        <message>
            <source>This section has no editorial notes.</source>
            <translation>В этом разделе нет редакционных примечаний.</translation>
        </message>
        <message>
            <source>KEY FACTS</source>
            <translation>КЛЮЧЕВЫЕ ФАКТЫ</translation>
        </message>
        <message>
            <source>WHY IT MATTERS</source>
            <translation>ПОЧЕМУ ЭТО ВАЖНО</translation>
        </message>
        <message>
            <source>TAGS</source>
            <translation>ТЕГИ</translation>
        </message>
        <message>
            <source>RELATED SECTIONS</source>
            <translation>СВЯЗАННЫЕ РАЗДЕЛЫ</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>it has more than {count} headings</source>
            <extracomment>Paragraphs are split beyond this: Markdown and the sanitiser slow down more than linearly on very long ones, and the reader renders one paragraph at a time. A section longer than this (in characters of text) is split into parts at import: the reader lays a section out whole, and a 24-million-character one took minutes and gigabytes (issue 22). About 10,000 words, a 40-minute read. Beyond these a file is not a briefing but a data dump: refuse rather than crawl. Where a paragraph of a paged document sits: the page label it starts on, and (offset in its plain text, label) for each page break inside it. (Markdown or HTML block, its plain text if the reader knows it) Each paragraph's page (paged documents): (label it starts on, later pages' starts) Per paragraph, its page place (PDF); empty for documents without pages. One line each, for the import report: what was changed to make it readable. A title to use when there is no heading (HTML's &lt;title&gt;). The title the document declares for itself (an EPUB's dc:title): it wins over the first heading, which is then a section like any other.</extracomment>
            <translation>в нём больше {count} заголовков</translation>
        </message>
        <message>
            <source>it has more than {count} paragraphs</source>
            <translation>в нём больше {count} абзацев</translation>
        </message>
        <message>
            <source>unknown language {language} (use one of: en, ru, kk)</source>
            <translation>неизвестный язык {language} (используйте en, ru или kk)</translation>
        </message>
        <message>
            <source>{name} holds no text to import</source>
            <translation>в {name} нет текста для импорта</translation>
        </message>
        <message>
            <source>cannot import {name}: reading it took longer than {seconds} seconds (the file may be damaged, or made to stall the reader)</source>
            <translation>нельзя импортировать {name}: чтение заняло больше {seconds} с (файл может быть повреждён или сделан так, чтобы остановить чтение)</translation>
        </message>
        <message>
            <source>cannot import {name}: reading it needed more than {limit} MB of memory</source>
            <translation>нельзя импортировать {name}: для чтения понадобилось больше {limit} МБ памяти</translation>
        </message>
        <message>
            <source>cannot import {name}: the reader stopped abnormally on it (the file may be damaged)</source>
            <translation>нельзя импортировать {name}: чтение аварийно прервалось на нём (файл может быть повреждён)</translation>
        </message>
        <message>
            <source>the import failed because of an internal error</source>
            <translation>импорт не удался из-за внутренней ошибки</translation>
        </message>
        <message>
            <source>cannot import {name}: kzbrief imports {suffixes} files</source>
            <translation>нельзя импортировать {name}: kzbrief импортирует файлы {suffixes}</translation>
        </message>
        <message>
            <source>cannot import {name}: {error}</source>
            <translation>нельзя импортировать {name}: {error}</translation>
        </message>
        <message>
            <source>{name}: no such file</source>
            <translation>{name}: такого файла нет</translation>
        </message>
        <message>
            <source>cannot read {name}: {error}</source>
            <translation>не удалось прочитать {name}: {error}</translation>
        </message>
        <message>
            <source>{name} is a folder, not a file</source>
            <translation>{name} — это папка, а не файл</translation>
        </message>
        <message>
            <source>{name} is not a regular file</source>
            <translation>{name} — не обычный файл</translation>
        </message>
        <message>
            <source>{name} is {size} MB; an import may be at most {limit} MB</source>
            <translation>{name} занимает {size} МБ; импорт может быть не больше {limit} МБ</translation>
        </message>
        <message>
            <source>{name} is {size} MB; a notes file may be at most {limit} MB</source>
            <translation>{name} занимает {size} МБ; файл заметок может быть не больше {limit} МБ</translation>
        </message>
        <message>
            <source>{name} is {size} MB; a file may be at most {limit} MB</source>
            <translation>{name} занимает {size} МБ; файл может быть не больше {limit} МБ</translation>
        </message>
        <message>
            <source>{name} is larger than {limit} MB</source>
            <translation>{name} больше {limit} МБ</translation>
        </message>
        <message>
            <source>{name} is empty</source>
            <extracomment>More control characters than this share of the text means binary data, not a document. Declared charsets that mean cp1252 in practice (as browsers treat them).</extracomment>
            <translation>{name} пуст</translation>
        </message>
        <message>
            <source>{name} starts like {codec} text but is not valid {codec}</source>
            <translation>{name} начинается как текст {codec}, но не является корректным {codec}</translation>
        </message>
        <message>
            <source>{name} holds binary data, not text</source>
            <translation>{name} содержит двоичные данные, а не текст</translation>
        </message>
        <message>
            <source>{name} has no document body</source>
            <extracomment>Containers whose children are runs (kept), and elements that are not text (skipped).</extracomment>
            <translation>в {name} нет тела документа</translation>
        </message>
        <message>
            <source>{name} is not a Word document (it has no document part)</source>
            <translation>{name} — не документ Word (в нём нет части document)</translation>
        </message>
        <message>
            <source>{name} is not a complete EPUB: it has no reading order (spine)</source>
            <translation>{name} — неполный EPUB: в нём нет порядка чтения (spine)</translation>
        </message>
        <message>
            <source>{name} has more than {limit} chapters</source>
            <translation>в {name} больше {limit} глав</translation>
        </message>
        <message>
            <source>{name} has no chapters to import</source>
            <translation>в {name} нет глав для импорта</translation>
        </message>
        <message>
            <source>{name} is not an EPUB book (it has no package document)</source>
            <translation>{name} — не книга EPUB (в ней нет документа пакета)</translation>
        </message>
        <message>
            <source>{name} has no pages</source>
            <extracomment>Limits, documented in the README: beyond them a file is refused before it is laid out. A PDF whose pages take longer than this to read is refused (a hostile or broken file). Fewer word characters than this per page, on average, means no text layer: a scan.</extracomment>
            <translation>в {name} нет страниц</translation>
        </message>
        <message>
            <source>{name} has {count} pages; kzbrief imports PDFs of at most {limit} pages</source>
            <translation>страниц в {name}: {count}; kzbrief импортирует PDF не больше чем из {limit} страниц</translation>
        </message>
        <message>
            <source>{name} has no text layer: it looks like a scan (pictures of pages); run it through OCR first, then import the result</source>
            <translation>в {name} нет текстового слоя: похоже, это скан (изображения страниц); сначала распознайте его (OCR), затем импортируйте результат</translation>
        </message>
        <message>
            <source>{name} is not a PDF file (it is damaged, or another kind of file)</source>
            <translation>{name} — не файл PDF (он повреждён или это файл другого типа)</translation>
        </message>
        <message>
            <source>{name} is truncated or damaged: it does not end as a PDF file ends</source>
            <translation>{name} обрезан или повреждён: он заканчивается не так, как файл PDF</translation>
        </message>
        <message>
            <source>the password for {name} is not right</source>
            <translation>пароль к {name} неверен</translation>
        </message>
        <message>
            <source>{name} is protected by a password: give it with --password-file FILE</source>
            <translation>{name} защищён паролем: укажите его через --password-file FILE</translation>
        </message>
        <message>
            <source>{name} uses a protection scheme kzbrief cannot open</source>
            <translation>{name} защищён способом, который kzbrief не умеет открывать</translation>
        </message>
        <message>
            <source>{name} is damaged or truncated: it cannot be read as a PDF</source>
            <translation>{name} повреждён или обрезан: его не удаётся прочитать как PDF</translation>
        </message>
        <message>
            <source>the import of {name} was cancelled; nothing was added</source>
            <extracomment>Limits of one file's parse, well above what the largest legitimate files need: 49 MB (the size limit) of Markdown took 93 s and 297 MB at its peak, of HTML 30 s and 292 MB, on the 2-core build machine under load (issue 19's notes). A file past them is refused.</extracomment>
            <translation>импорт {name} отменён; ничего не добавлено</translation>
        </message>
        <message>
            <source>{name} takes too long to read (over {seconds} s)</source>
            <translation>{name} читается слишком долго (больше {seconds} с)</translation>
        </message>
        <message>
            <source>{name} is damaged: its page {page} cannot be read</source>
            <translation>{name} повреждён: не удаётся прочитать его страницу {page}</translation>
        </message>
        <message>
            <source>{name} is damaged: the text of its page {page} cannot be read</source>
            <translation>{name} повреждён: не удаётся прочитать текст его страницы {page}</translation>
        </message>
        <message>
            <source>{name} holds more than {limit} characters of text; kzbrief imports smaller documents</source>
            <translation>в {name} больше {limit} знаков текста; kzbrief импортирует документы поменьше</translation>
        </message>
        <message>
            <source>Word document</source>
            <extracomment>Limits, documented in the README. What each kind of archive is called in a refusal, for lupdate to find (translated where told, as a noun phrase that fits "it is not a readable …").</extracomment>
            <translation>файл Word</translation>
        </message>
        <message>
            <source>EPUB book</source>
            <translation>файл EPUB</translation>
        </message>
        <message>
            <source>{name} is damaged or truncated: it is not a readable {kind}</source>
            <translation>{name} повреждён или обрезан: это не читаемый {kind}</translation>
        </message>
        <message>
            <source>{name} holds more than {limit} files; it is not a {kind}</source>
            <translation>в {name} больше {limit} файлов; это не {kind}</translation>
        </message>
        <message>
            <source>{name} is not a complete {kind}: {member} is missing</source>
            <translation>{name} — неполный {kind}: нет {member}</translation>
        </message>
        <message>
            <source>{name} inflates to more than {limit} MB (a ZIP bomb, or too large to import)</source>
            <translation>{name} распаковывается в больше чем {limit} МБ (ZIP-бомба или слишком большой для импорта)</translation>
        </message>
        <message>
            <source>{name} is damaged or truncated: {member} cannot be read</source>
            <translation>{name} повреждён или обрезан: не удаётся прочитать {member}</translation>
        </message>
        <message>
            <source>{name} declares XML entities in {member}; kzbrief never expands them and does not import such files</source>
            <translation>{name} объявляет XML-сущности в {member}; kzbrief никогда их не раскрывает и такие файлы не импортирует</translation>
        </message>
        <message>
            <source>{name} is damaged: {member} is not well-formed XML</source>
            <translation>{name} повреждён: {member} — некорректный XML</translation>
        </message>
        <message>
            <source>a passphrase needs at least {count} characters</source>
            <extracomment>Everything personal that an unprotected folder keeps in plain files. Folders of imported briefings that go into library.kzenc. Wrong passphrases allowed before each further try waits (2 s, 4 s, … up to a minute). Why a window on a locked folder cannot change anything (shown as a read-only reason).</extracomment>
            <translation>парольная фраза должна содержать не меньше {count} символов</translation>
        </message>
        <message>
            <source>cannot read the key file {path}: {error}</source>
            <translation>не удалось прочитать файл ключей {path}: {error}</translation>
        </message>
        <message>
            <source>wrong passphrase (or recovery key): the notes stay locked, nothing was changed</source>
            <translation>неверная парольная фраза (или ключ восстановления): заметки остаются заблокированными, ничего не изменено</translation>
        </message>
        <message>
            <source>the notes database {path} fails its integrity check; not protected</source>
            <translation>база заметок {path} не прошла проверку целостности; защита не включена</translation>
        </message>
        <message>
            <source>cannot read the notes database {path}: {error}</source>
            <translation>не удалось прочитать базу заметок {path}: {error}</translation>
        </message>
        <message>
            <source>this data folder is protected already</source>
            <translation>эта папка данных уже защищена</translation>
        </message>
        <message>
            <source>this data folder is not protected</source>
            <translation>эта папка данных не защищена</translation>
        </message>
        <message>
            <source>unknown colour {colour} (choose from {choices})</source>
            <translation>неизвестный цвет {colour} (возможные: {choices})</translation>
        </message>
        <message>
            <source>the tag {tag}… is longer than {limit} letters</source>
            <translation>метка {tag}… длиннее {limit} букв</translation>
        </message>
        <message>
            <source>a note can have at most {limit} tags ({count} given)</source>
            <translation>у заметки может быть не больше {limit} меток (дано {count})</translation>
        </message>
        <message>
            <source>the note is longer than {limit:,} characters</source>
            <translation>заметка длиннее {limit:,} символов</translation>
        </message>
        <message>
            <source>unknown status {status} (choose from {choices})</source>
            <translation>неизвестное состояние {status} (возможные: {choices})</translation>
        </message>
        <message>
            <source>{value} is not an ISO 8601 date and time</source>
            <translation>{value} — не дата и время в формате ISO 8601</translation>
        </message>
        <message>
            <source>cannot read {path}: {error}</source>
            <extracomment>A snapshot of the search index in RAM (derived data: a missing, stale or damaged one is rebuilt), so that unlocking a large library does not mean indexing it again.</extracomment>
            <translation>не удалось прочитать {path}: {error}</translation>
        </message>
        <message>
            <source>briefing data is not an object</source>
            <translation>данные брифинга не являются объектом</translation>
        </message>
        <message>
            <source>briefing id {briefing} is not valid</source>
            <translation>недопустимый идентификатор брифинга {briefing}</translation>
        </message>
        <message>
            <source>briefing {briefing}: a section is not an object</source>
            <translation>брифинг {briefing}: раздел не является объектом</translation>
        </message>
        <message>
            <source>briefing {briefing}: section id {section} is missing or repeated</source>
            <translation>брифинг {briefing}: идентификатор раздела {section} отсутствует или повторяется</translation>
        </message>
        <message>
            <source>briefing {briefing} has no sections</source>
            <translation>в брифинге {briefing} нет разделов</translation>
        </message>
        <message>
            <source>briefing {briefing}: a paragraph of {section} is not an object</source>
            <translation>брифинг {briefing}: абзац раздела {section} не является объектом</translation>
        </message>
        <message>
            <source>{folder} holds no {briefing_file}</source>
            <translation>в {folder} нет файла {briefing_file}</translation>
        </message>
        <message>
            <source>the library holds no briefing</source>
            <translation>в библиотеке нет брифингов</translation>
        </message>
        <message>
            <source>no briefing {briefing} (known: none)</source>
            <translation>нет брифинга {briefing} (брифингов нет)</translation>
        </message>
        <message>
            <source>no briefing {briefing} (known: {known})</source>
            <translation>нет брифинга {briefing} (есть: {known})</translation>
        </message>
        <message>
            <source>no section {section} in {briefing}: its new edition calls it {renamed}</source>
            <translation>в {briefing} нет раздела {section}: в новой редакции он называется {renamed}</translation>
        </message>
        <message>
            <source>no section {section} in {briefing} (sections: {known} and {count} more: see 'kzbrief sections')</source>
            <translation>в {briefing} нет раздела {section} (разделы: {known} и ещё {count}: см. «kzbrief sections»)</translation>
        </message>
        <message>
            <source>no section {section} in {briefing} (sections: {known})</source>
            <translation>в {briefing} нет раздела {section} (разделы: {known})</translation>
        </message>
        <message>
            <source>unknown export format {format} (choose from {choices})</source>
            <translation>неизвестный формат экспорта {format} (возможные: {choices})</translation>
        </message>
        <message>
            <source>a briefing {briefing} is already in the library</source>
            <extracomment>Unfinished imports younger than this may belong to another running kzbrief.</extracomment>
            <translation>брифинг {briefing} уже есть в библиотеке</translation>
        </message>
        <message>
            <source>could not store the import: {error}</source>
            <translation>не удалось сохранить импорт: {error}</translation>
        </message>
        <message>
            <source>could not write the import: {error}</source>
            <translation>не удалось записать импорт: {error}</translation>
        </message>
        <message>
            <source>no imported briefing {briefing}</source>
            <translation>нет импортированного брифинга {briefing}</translation>
        </message>
        <message>
            <source>could not move {briefing} to the trash: {error}</source>
            <translation>не удалось переместить {briefing} в корзину: {error}</translation>
        </message>
        <message>
            <source>nothing called {entry} in the trash</source>
            <translation>в корзине нет ничего с именем {entry}</translation>
        </message>
        <message>
            <source>the trash entry {entry} does not say what it holds</source>
            <translation>запись корзины {entry} не говорит, что в ней</translation>
        </message>
        <message>
            <source>nothing called {name} in the trash</source>
            <translation>в корзине нет ничего с именем {name}</translation>
        </message>
        <message>
            <source>a briefing {briefing} is in the library again; remove it first</source>
            <translation>брифинг {briefing} снова есть в библиотеке; сначала удалите его</translation>
        </message>
        <message>
            <source>could not restore {briefing}: {error}</source>
            <translation>не удалось восстановить {briefing}: {error}</translation>
        </message>
        <message>
            <source>the index manifest lists no files</source>
            <translation>в описи индекса нет файлов</translation>
        </message>
        <message>
            <source>index file {name} is missing</source>
            <translation>файл индекса {name} отсутствует</translation>
        </message>
        <message>
            <source>index file {name} has the wrong size</source>
            <translation>файл индекса {name} имеет неверный размер</translation>
        </message>
        <message>
            <source>index file {name} is damaged</source>
            <translation>файл индекса {name} повреждён</translation>
        </message>
        <message>
            <source>the search failed because of an internal error</source>
            <translation>поиск не удался из-за внутренней ошибки</translation>
        </message>
        <message>
            <source>the search index is unusable: {error}</source>
            <translation>поисковый индекс непригоден: {error}</translation>
        </message>
        <message>
            <source>the search index is unusable</source>
            <translation>поисковый индекс непригоден</translation>
        </message>
        <message>
            <source>the data folder is busy (another task holds it); try again</source>
            <translation>папка данных занята (её держит другая задача); попробуйте ещё раз</translation>
        </message>
        <message>
            <source>cannot lock the data folder ({path}): {error}</source>
            <translation>не удалось заблокировать папку данных ({path}): {error}</translation>
        </message>
        <message>
            <source>another kzbrief is still writing to this data folder; try again</source>
            <translation>другой kzbrief ещё записывает в эту папку данных; попробуйте ещё раз</translation>
        </message>
        <message>
            <source>the quote is longer than {limit:,} characters</source>
            <translation>цитата длиннее {limit:,} символов</translation>
        </message>
        <message>
            <source>the quote {quote} is not in section {section} of {briefing}</source>
            <translation>цитаты {quote} нет в разделе {section} брифинга {briefing}</translation>
        </message>
        <message numerus="yes">
            <source>the quote occurs %n time(s) in section {section}; occurrence {occurrence} does not exist</source>
            <translation>
                <numerusform>цитата встречается в разделе {section} %n раз; вхождения {occurrence} нет</numerusform>
                <numerusform>цитата встречается в разделе {section} %n раза; вхождения {occurrence} нет</numerusform>
                <numerusform>цитата встречается в разделе {section} %n раз; вхождения {occurrence} нет</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown sort {sort} (choose from {choices})</source>
            <translation>неизвестная сортировка {sort} (возможные: {choices})</translation>
        </message>
        <message>
            <source>cannot attach the note there: {error}</source>
            <translation>не удалось прикрепить заметку сюда: {error}</translation>
        </message>
        <message>
            <source>no paragraph {paragraph} in section {section}</source>
            <translation>в разделе {section} нет абзаца {paragraph}</translation>
        </message>
        <message>
            <source>no note {note}</source>
            <translation>нет заметки {note}</translation>
        </message>
        <message>
            <source>cannot create data folder {path}: {error}</source>
            <translation>не удалось создать папку данных {path}: {error}</translation>
        </message>
        <message>
            <source>cannot use data folder {path}: {error}</source>
            <extracomment>errno values that mean "this folder cannot be written" (rather than "something broke").</extracomment>
            <translation>не удалось использовать папку данных {path}: {error}</translation>
        </message>
        <message>
            <source>cannot write {path}: {error}</source>
            <translation>не удалось записать {path}: {error}</translation>
        </message>
        <message>
            <source>{folder} holds no briefing</source>
            <translation>в {folder} нет брифинга</translation>
        </message>
        <message>
            <source>this library is read-only ({data_dir}: {reason}); nothing was changed</source>
            <translation>эта библиотека только для чтения ({data_dir}: {reason}); ничего не изменено</translation>
        </message>
        <message>
            <source>an encrypted briefing's {name} is damaged: {error}</source>
            <translation>{name} зашифрованного брифинга повреждён: {error}</translation>
        </message>
        <message>
            <source>an encrypted briefing has no briefing.json</source>
            <translation>в зашифрованном брифинге нет briefing.json</translation>
        </message>
        <message>
            <source>{briefing} is not a valid id (use 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit)</source>
            <translation>{briefing} — недопустимый идентификатор (1–64 строчные буквы, цифры, «.», «_» или «-», первой — буква или цифра)</translation>
        </message>
        <message>
            <source>a briefing {briefing} ({title}) is already in the library; import this as its new edition (--replace) or give it another id (--id)</source>
            <translation>брифинг {briefing} ({title}) уже есть в библиотеке; импортируйте это как его новую редакцию (--replace) или дайте другой идентификатор (--id)</translation>
        </message>
        <message>
            <source>there is no briefing {briefing} to replace; give the id of the briefing this is a new edition of (--id)</source>
            <translation>нет брифинга {briefing} для замены; укажите идентификатор брифинга, новой редакцией которого это является (--id)</translation>
        </message>
        <message>
            <source>{briefing} comes with kzbrief and cannot be removed</source>
            <translation>{briefing} входит в kzbrief, и его нельзя удалить</translation>
        </message>
        <message>
            <source>the trash holds no edition of {briefing}</source>
            <translation>в корзине нет редакции {briefing}</translation>
        </message>
        <message>
            <source>the kept edition {edition} of {briefing} is damaged</source>
            <translation>сохранённая редакция {edition} брифинга {briefing} повреждена</translation>
        </message>
        <message>
            <source>the notes database {path} is damaged: {error}</source>
            <extracomment>One line for the user when the database had to be recovered, else "". Why the database cannot be written ("" when it can): see _open_read_only. Reading state set while read-only: kept for this session, never written. A protected folder (issue 16): the database lives in memory, and every commit is saved encrypted through the vault; no plaintext file, journal or backup.</extracomment>
            <translation>база заметок {path} повреждена: {error}</translation>
        </message>
        <message>
            <source>the encrypted notes database is damaged: {error}</source>
            <translation>зашифрованная база заметок повреждена: {error}</translation>
        </message>
        <message>
            <source>the encrypted notes database is damaged: {verdict}</source>
            <translation>зашифрованная база заметок повреждена: {verdict}</translation>
        </message>
        <message>
            <source>could not save the encrypted notes: {error}</source>
            <translation>не удалось сохранить зашифрованные заметки: {error}</translation>
        </message>
        <message>
            <source>cannot read the notes database {path}: {problem}</source>
            <translation>не удалось прочитать базу заметок {path}: {problem}</translation>
        </message>
        <message>
            <source>the notes database {path} has schema {version}, and this kzbrief reads schema {supported}; it cannot be converted in a read-only folder</source>
            <translation>база заметок {path} имеет схему {version}, а эта версия kzbrief читает схему {supported}; в папке только для чтения её нельзя преобразовать</translation>
        </message>
        <message>
            <source>cannot open the notes database {path}: {error}</source>
            <translation>не удалось открыть базу заметок {path}: {error}</translation>
        </message>
        <message>
            <source>the notes database {path} was written by a newer kzbrief (schema {current}); update kzbrief to open it</source>
            <translation>база заметок {path} записана более новой версией kzbrief (схема {current}); обновите kzbrief, чтобы её открыть</translation>
        </message>
        <message>
            <source>a protected folder keeps no plaintext backups</source>
            <translation>защищённая папка не хранит незашифрованных резервных копий</translation>
        </message>
        <message>
            <source>the notes database is busy or unwritable: {error}</source>
            <translation>база заметок занята или недоступна для записи: {error}</translation>
        </message>
        <message>
            <source>could not save to the notes database: {error}</source>
            <translation>не удалось сохранить в базу заметок: {error}</translation>
        </message>
        <message>
            <source>no bookmark {bookmark}</source>
            <translation>нет закладки {bookmark}</translation>
        </message>
        <message>
            <source>cannot read edition {edition} of {briefing}: {error}</source>
            <translation>не удалось прочитать редакцию {edition} брифинга {briefing}: {error}</translation>
        </message>
        <message>
            <source>edition {edition} of {briefing} is damaged</source>
            <translation>редакция {edition} брифинга {briefing} повреждена</translation>
        </message>
        <message>
            <source>the encrypted notes {path} are damaged: {error}</source>
            <translation>зашифрованные заметки {path} повреждены: {error}</translation>
        </message>
        <message>
            <source>the encrypted library {path} is damaged: {error}</source>
            <translation>зашифрованная библиотека {path} повреждена: {error}</translation>
        </message>
        <message>
            <source>{name}: not UTF-8 text (byte {byte})</source>
            <translation>{name}: не текст UTF-8 (байт {byte})</translation>
        </message>
        <message>
            <source>{name}: JSON nested too deeply</source>
            <translation>{name}: JSON вложен слишком глубоко</translation>
        </message>
        <message>
            <source>{name}: not valid JSON ({error}, line {line} column {column})</source>
            <translation>{name}: недопустимый JSON ({error}, строка {line}, столбец {column})</translation>
        </message>
        <message>
            <source>{name}: {error}</source>
            <translation>{name}: {error}</translation>
        </message>
        <message>
            <source>{name}: JSON nested more than {limit} levels deep</source>
            <translation>{name}: JSON вложен глубже {limit} уровней</translation>
        </message>
        <message>
            <source>{name}: a \u escape makes an invalid character (a lone surrogate)</source>
            <translation>{name}: экранирование \u даёт недопустимый символ (одиночный суррогат)</translation>
        </message>
        <message>
            <source>the key {key} appears twice in one object</source>
            <translation>ключ {key} дважды встречается в одном объекте</translation>
        </message>
        <message>
            <source>{token} is not a JSON number</source>
            <translation>{token} — не число JSON</translation>
        </message>
        <message>
            <source>{name}: more than {limit:,} annotations</source>
            <translation>{name}: больше {limit:,} аннотаций</translation>
        </message>
        <message>
            <source>{name}: annotation {number}: {error}</source>
            <translation>{name}: аннотация {number}: {error}</translation>
        </message>
        <message>
            <source>{name}: item {number} of the list is not a W3C annotation (it needs "@context": "{context}")</source>
            <translation>{name}: элемент {number} списка — не аннотация W3C (нужно "@context": "{context}")</translation>
        </message>
        <message>
            <source>{name}: the collection's pages are links ({link}), not embedded; only a collection with its pages in the file can be imported</source>
            <translation>{name}: страницы коллекции — ссылки ({link}), а не вложены; импортировать можно только коллекцию со страницами в самом файле</translation>
        </message>
        <message>
            <source>{property} must be a string, not {type}</source>
            <translation>{property}: должна быть строка, а не {type}</translation>
        </message>
        <message>
            <source>{property} is longer than {limit:,} characters</source>
            <translation>{property}: длиннее {limit:,} символов</translation>
        </message>
        <message>
            <source>{property} is empty</source>
            <translation>{property}: пусто</translation>
        </message>
        <message>
            <source>a boolean</source>
            <translation>логическое значение</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>число</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>строка</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>объект</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>список</translation>
        </message>
        <message>
            <source>{property} must be an object or a list, not {type}</source>
            <translation>{property}: должен быть объект или список, а не {type}</translation>
        </message>
        <message>
            <source>must be an object, not {type}</source>
            <translation>должен быть объект, а не {type}</translation>
        </message>
        <message>
            <source>its "type" is not "Annotation"</source>
            <translation>его "type" — не "Annotation"</translation>
        </message>
        <message>
            <source>it has no "id"</source>
            <translation>у неё нет "id"</translation>
        </message>
        <message>
            <source>id must be an IRI (no spaces)</source>
            <translation>id должен быть IRI (без пробелов)</translation>
        </message>
        <message>
            <source>kzbrief:colour must be one of {choices}</source>
            <translation>kzbrief:colour должен быть одним из: {choices}</translation>
        </message>
        <message>
            <source>kzbrief:edition must be a whole number from 1</source>
            <translation>kzbrief:edition должен быть целым числом от 1</translation>
        </message>
        <message>
            <source>body {number} is a link to another resource; only text bodies are read</source>
            <translation>тело {number} — ссылка на другой ресурс; читаются только текстовые тела</translation>
        </message>
        <message>
            <source>body {number} must be an object, not {type}</source>
            <translation>тело {number}: должен быть объект, а не {type}</translation>
        </message>
        <message>
            <source>body {number} is a {kind}; only TextualBody is read</source>
            <translation>тело {number} — {kind}; читается только TextualBody</translation>
        </message>
        <message>
            <source>body {number} value</source>
            <translation>значение тела {number}</translation>
        </message>
        <message>
            <source>body {number} has purpose {purpose}, which kzbrief cannot keep</source>
            <translation>у тела {number} назначение {purpose}, которое kzbrief не может сохранить</translation>
        </message>
        <message>
            <source>body {number} is in format {format}; kzbrief keeps notes as Markdown or plain text and never reads them as HTML</source>
            <translation>тело {number} в формате {format}; kzbrief хранит заметки как Markdown или простой текст и никогда не читает их как HTML</translation>
        </message>
        <message>
            <source>more than one note text (kzbrief keeps one per annotation)</source>
            <translation>больше одного текста заметки (kzbrief хранит один на аннотацию)</translation>
        </message>
        <message>
            <source>it has no "target"</source>
            <translation>у неё нет "target"</translation>
        </message>
        <message>
            <source>it has {count} targets; kzbrief notes have exactly one</source>
            <translation>у неё {count} целей; у заметок kzbrief ровно одна</translation>
        </message>
        <message>
            <source>target must be a resource with selectors, not a bare link</source>
            <translation>target должен быть ресурсом с селекторами, а не просто ссылкой</translation>
        </message>
        <message>
            <source>target source</source>
            <translation>источник цели</translation>
        </message>
        <message>
            <source>target source {source} is not a kzbrief briefing section</source>
            <translation>источник цели {source} — не раздел брифинга kzbrief</translation>
        </message>
        <message>
            <source>target selector</source>
            <translation>селектор цели</translation>
        </message>
        <message>
            <source>every selector must be an object</source>
            <translation>каждый селектор должен быть объектом</translation>
        </message>
        <message>
            <source>the target has no TextQuoteSelector</source>
            <translation>у цели нет TextQuoteSelector</translation>
        </message>
        <message>
            <source>exact quote</source>
            <translation>точная цитата</translation>
        </message>
        <message>
            <source>quote prefix</source>
            <translation>начало цитаты</translation>
        </message>
        <message>
            <source>quote suffix</source>
            <translation>конец цитаты</translation>
        </message>
        <message>
            <source>TextPositionSelector start and end must be whole numbers, start ≤ end</source>
            <translation>start и end в TextPositionSelector должны быть целыми числами, start ≤ end</translation>
        </message>
        <message>
            <source>{name}: expected a JSON object or list</source>
            <translation>{name}: ожидался объект или список JSON</translation>
        </message>
        <message>
            <source>{name}: not W3C Web Annotation JSON (no "@context": ...)</source>
            <translation>{name}: не JSON формата W3C Web Annotation (нет "@context": ...)</translation>
        </message>
        <message>
            <source>{name}: expected an Annotation, AnnotationPage or AnnotationCollection</source>
            <translation>{name}: ожидались Annotation, AnnotationPage или AnnotationCollection</translation>
        </message>
        <message>
            <source>{name}: a collection page is not an AnnotationPage</source>
            <translation>{name}: страница коллекции — не AnnotationPage</translation>
        </message>
        <message>
            <source>{name}: an AnnotationPage has no items list</source>
            <translation>{name}: у AnnotationPage нет списка items</translation>
        </message>
        <message>
            <source>{name}: more than {limit:,} pages</source>
            <translation>{name}: больше {limit:,} страниц</translation>
        </message>
        <message>
            <source>{name}: the collection says it holds {total} annotations but has {count}</source>
            <translation>{name}: в коллекции указано {total} аннотаций, а в ней {count}</translation>
        </message>
        <message>
            <source>page size must be one of {choices}</source>
            <extracomment>The limits of the child that draws a PDF for the window. 4 MB of HTML took 8 s and 750 MB of address space on a 2-core machine (0.8 MB: 1.4 s and 275 MB): these leave room for a much longer report, and still stop a drawing that would eat the machine.</extracomment>
            <translation>размер страницы должен быть одним из: {choices}</translation>
        </message>
        <message>
            <source>cannot draw the PDF: it took longer than {minutes} minutes</source>
            <translation>нельзя создать PDF: это заняло больше {minutes} мин</translation>
        </message>
        <message>
            <source>cannot draw the PDF: it needed more memory than it may use</source>
            <translation>нельзя создать PDF: для этого нужно больше памяти, чем позволено</translation>
        </message>
        <message>
            <source>cannot draw the PDF: the process drawing it stopped</source>
            <translation>нельзя создать PDF: процесс, который его создавал, остановился</translation>
        </message>
        <message>
            <source>cannot build the search index in {folder}: {error}</source>
            <extracomment>Memory (MB) for a rebuild's posting pool. Past its limit Whoosh spills postings to disk and merges them back in Python, which made a 1M-word build half again as slow at the default 128 MB (measured in bench/); a rebuild is a one-off, so it may use more. Schema 4 adds postings (exact words, name keys); with a first, denser exact field a 1M-word build spilled at 384 MB (36.8 s of CPU against 25.5 s at 768 MB). The limit counts Whoosh's estimate of its own pool; the pool gathered by term (kzbrief.core.poolsort) holds the same postings in about half the memory: a 1M-word rebuild peaks at 295 MB, without spilling. A rebuild of at least this many documents runs in a child process (_build_in_child). The window's index_rebuild stall scenario (bench/responsiveness.py) is about 1,000. So does a change that adds or replaces this many (an import: :meth:`SearchIndex.change`). Limits of a build in a child: far above what a 1M-word library takes (about 30 s and 300 MB resident on a slow 2-core machine). The index was copied from the one shipped with the app instead of being built. Built in memory, for a data folder that cannot be written (see open_read_only).</extracomment>
            <translation>нельзя построить поисковый индекс в {folder}: {error}</translation>
        </message>
        <message>
            <source>cannot build the search index: it took longer than {seconds} seconds</source>
            <translation>нельзя построить поисковый индекс: это заняло больше {seconds} с</translation>
        </message>
        <message>
            <source>cannot build the search index: it needed more memory than it may use</source>
            <translation>нельзя построить поисковый индекс: ему нужно больше памяти, чем ему позволено</translation>
        </message>
        <message>
            <source>cannot build the search index: the process building it stopped</source>
            <translation>нельзя построить поисковый индекс: процесс, который его строил, остановился</translation>
        </message>
        <message>
            <source>the search index is not open</source>
            <extracomment>Serialises writes: a FolderLock shared with other processes, or a thread lock. Guards _searcher and _leases (held briefly, never while searching or writing). id(searcher) → how many running searches hold it. Whether a large rebuild may have a helper process (kzbrief.core.helperbuild): not beside a window on a machine of two cores (IndexKeeper.beside_a_window). Whether a large change may be written by a child process (not for an index that lives in this process's memory).</extracomment>
            <translation>поисковый индекс не открыт</translation>
        </message>
        <message>
            <source>the index of a protected folder is never saved to disk</source>
            <extracomment>Where the encrypted snapshot goes (None: a locked folder's index, never saved). Whether the index changed since the snapshot was written (or read).</extracomment>
            <translation>индекс защищённой папки никогда не сохраняется на диск</translation>
        </message>
        <message>
            <source>the index is not current; build it before saving a copy</source>
            <translation>индекс устарел; постройте его, прежде чем сохранять копию</translation>
        </message>
        <message>
            <source>the bundled resources are missing; reinstall kzbrief</source>
            <translation>встроенные ресурсы отсутствуют; переустановите kzbrief</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>{briefing}, edition {edition}, section “{section}”, {pages} [{ref}]</source>
            <extracomment>The sources of the quoted paragraph, each as "[ID] publisher, “title”, date". "p. 2" or "pp. 2–3" for a passage of a paged document (an imported PDF); else "".</extracomment>
            <translation>{briefing}, издание {edition}, раздел «{section}», {pages} [{ref}]</translation>
        </message>
        <message>
            <source>{briefing}, edition {edition}, section “{section}” [{ref}]</source>
            <translation>{briefing}, издание {edition}, раздел «{section}» [{ref}]</translation>
        </message>
        <message>
            <source>{citation}; sources: {sources}</source>
            <translation>{citation}; источники: {sources}</translation>
        </message>
        <message>
            <source>briefing {id}</source>
            <translation>обзор {id}</translation>
        </message>
        <message>
            <source>section {id}</source>
            <translation>раздел {id}</translation>
        </message>
        <message>
            <source>tag {tag}</source>
            <translation>тег {tag}</translation>
        </message>
        <message>
            <source>{colour} highlights</source>
            <translation>выделения цвета «{colour}»</translation>
        </message>
        <message>
            <source>notes matching “{query}”</source>
            <translation>заметки по запросу «{query}»</translation>
        </message>
        <message numerus="yes">
            <source>%n chosen note(s)</source>
            <translation>
                <numerusform>%n выбранная заметка</numerusform>
                <numerusform>%n выбранные заметки</numerusform>
                <numerusform>%n выбранных заметок</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>all notes</source>
            <translation>все заметки</translation>
        </message>
        <message>
            <source>Exported {date} from kzbrief — {scope}; {count}.</source>
            <translation>Экспортировано из kzbrief {date} — {scope}; {count}.</translation>
        </message>
        <message>
            <source>{briefing}, edition {edition}</source>
            <translation>{briefing}, издание {edition}</translation>
        </message>
        <message>
            <source>Created {created} · modified {modified} · {id}</source>
            <translation>Создано {created} · изменено {modified} · {id}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Теги: {tags}</translation>
        </message>
        <message>
            <source>— {citation}. Colour: {colour}. Created {created}, modified {modified}. Note id: {id}</source>
            <translation>— {citation}. Цвет: {colour}. Создано {created}, изменено {modified}. Идентификатор заметки: {id}</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>Закладки</translation>
        </message>
        <message>
            <source>Why it matters:</source>
            <translation>Почему это важно:</translation>
        </message>
        <message>
            <source>Editorial notes</source>
            <extracomment>On screen the text sits in a readable column; on paper (and in Qt's PDF) it fills the page. For Qt's rich text (the PDF), which draws no borders or padding on blocks and has no inline-block: notes and editorial boxes are one-row tables there (see _print_note).</extracomment>
            <translation>Редакционные примечания</translation>
        </message>
        <message>
            <source>Edition {edition}</source>
            <translation>Издание {edition}</translation>
        </message>
        <message>
            <source>Annotated copy exported {date} from kzbrief.</source>
            <translation>Копия с пометками экспортирована из kzbrief {date}.</translation>
        </message>
        <message>
            <source>{title} (annotated)</source>
            <translation>{title} (с пометками)</translation>
        </message>
        <message>
            <source>Notes from kzbrief</source>
            <translation>Заметки из kzbrief</translation>
        </message>
        <message>
            <source>an annotated briefing is exported as html or pdf only</source>
            <extracomment>The file name extension each format is written with. Told the name of each step as it starts ("Collecting notes", "Drawing the PDF").</extracomment>
            <translation>обзор с пометками экспортируется только в html или pdf</translation>
        </message>
        <message>
            <source>Collecting the briefing and its notes</source>
            <translation>Сбор обзора и заметок к нему</translation>
        </message>
        <message>
            <source>Collecting notes</source>
            <translation>Сбор заметок</translation>
        </message>
        <message>
            <source>Drawing the PDF</source>
            <translation>Создание PDF</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n заметка</numerusform>
                <numerusform>%n заметки</numerusform>
                <numerusform>%n заметок</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is unchanged.</source>
            <translation>Файл {file} не изменён.</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Ничего не записано.</translation>
        </message>
        <message>
            <source>The disk is full: the export did not fit in {folder}.</source>
            <translation>Диск заполнен: экспорт не поместился в {folder}.</translation>
        </message>
        <message>
            <source>The folder {folder} is not writable: choose another folder.</source>
            <translation>В папку {folder} нельзя записывать: выберите другую папку.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist: choose another folder.</source>
            <translation>Папки {folder} не существует: выберите другую папку.</translation>
        </message>
        <message>
            <source>Could not write {file}: {error}.</source>
            <translation>Не удалось записать {file}: {error}.</translation>
        </message>
        <message>
            <source>Choose a file to save the export to.</source>
            <translation>Выберите файл, в который сохранить экспорт.</translation>
        </message>
        <message>
            <source>{file} is a folder: give a file name.</source>
            <translation>{file} — это папка: укажите имя файла.</translation>
        </message>
        <message>
            <source>Saving… waiting for the export to finish</source>
            <translation>Сохранение… ждём окончания экспорта</translation>
        </message>
        <message>
            <source>Writing {file}</source>
            <translation>Запись {file}</translation>
        </message>
        <message>
            <source>p. {page}</source>
            <extracomment>The briefing's render cache, if it has one. How the section is shown, not what it is: it takes no part in comparisons. The briefing's sources that its paragraphs cite, in order of first citation. Every source the briefing cites (a briefing without them has none).</extracomment>
            <translation>с. {page}</translation>
        </message>
        <message>
            <source>pp. {first}–{last}</source>
            <translation>с. {first}–{last}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Markdown memo (.md)</source>
            <extracomment>The formats as the user sees them, in the order offered.</extracomment>
            <translation>Записка в Markdown (.md)</translation>
        </message>
        <message>
            <source>HTML, one printable file (.html)</source>
            <translation>HTML, один файл для печати (.html)</translation>
        </message>
        <message>
            <source>PDF (.pdf)</source>
            <translation>PDF (.pdf)</translation>
        </message>
        <message>
            <source>W3C Web Annotation JSON (.json)</source>
            <translation>W3C Web Annotation JSON (.json)</translation>
        </message>
        <message>
            <source>CSV for spreadsheets (.csv)</source>
            <translation>CSV для электронных таблиц (.csv)</translation>
        </message>
        <message>
            <source>Export Annotated Briefing</source>
            <translation>Экспорт обзора с пометками</translation>
        </message>
        <message>
            <source>Export Notes</source>
            <translation>Экспорт заметок</translation>
        </message>
        <message>
            <source>Your notes are protected, but an export is an ordinary, unencrypted file: anyone who gets the file can read it.</source>
            <translation>Ваши заметки защищены, но экспорт — это обычный, незашифрованный файл: его сможет прочитать любой, к кому он попадёт.</translation>
        </message>
        <message>
            <source>Export problem</source>
            <translation>Проблема экспорта</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспортировать</translation>
        </message>
        <message>
            <source>Annotated briefing</source>
            <translation>Обзор с пометками</translation>
        </message>
        <message>
            <source>Notes to export</source>
            <translation>Какие заметки экспортировать</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Тег</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <source>Notes in scope</source>
            <translation>Заметки в выборке</translation>
        </message>
        <message>
            <source>The whole of “{title}”, edition {edition}, with your highlights marked in the text and your notes after each section.</source>
            <translation>Весь обзор «{title}», издание {edition}, с вашими выделениями в тексте и заметками после каждого раздела.</translation>
        </message>
        <message>
            <source>Open a briefing first.</source>
            <translation>Сначала откройте обзор.</translation>
        </message>
        <message>
            <source>&amp;All notes</source>
            <translation>&amp;Все заметки</translation>
        </message>
        <message>
            <source>This &amp;briefing: {title}</source>
            <translation>Этот &amp;обзор: {title}</translation>
        </message>
        <message>
            <source>This &amp;briefing</source>
            <translation>Этот &amp;обзор</translation>
        </message>
        <message>
            <source>This &amp;section: {title}</source>
            <translation>Этот &amp;раздел: {title}</translation>
        </message>
        <message>
            <source>This &amp;section (open one)</source>
            <translation>Этот &amp;раздел (откройте его)</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>&amp;Тег:</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>&amp;Цвет:</translation>
        </message>
        <message>
            <source>The current search &amp;results: “{query}”</source>
            <translation>Текущие &amp;результаты поиска: «{query}»</translation>
        </message>
        <message>
            <source>The current search &amp;results (search first)</source>
            <translation>Текущие &amp;результаты поиска (сначала выполните поиск)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>Include e&amp;ditorial annotations (key facts, why it matters)</source>
            <translation>Включить р&amp;едакционные примечания (ключевые факты, почему это важно)</translation>
        </message>
        <message>
            <source>Include boo&amp;kmarks</source>
            <translation>Включить &amp;закладки</translation>
        </message>
        <message>
            <source>PDF page size</source>
            <translation>Размер страницы PDF</translation>
        </message>
        <message>
            <source>&amp;Page size (PDF):</source>
            <translation>Р&amp;азмер страницы (PDF):</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Сохранить в</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>В&amp;ыбрать…</translation>
        </message>
        <message>
            <source>Choose where to save</source>
            <translation>Выбрать, куда сохранить</translation>
        </message>
        <message>
            <source>About the file</source>
            <translation>О файле</translation>
        </message>
        <message>
            <source>Sa&amp;ve to:</source>
            <translation>&amp;Сохранить в:</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Ход экспорта</translation>
        </message>
        <message>
            <source>Export step</source>
            <translation>Этап экспорта</translation>
        </message>
        <message>
            <source>Counting the notes…</source>
            <translation>Подсчёт заметок…</translation>
        </message>
        <message>
            <source>{file} exists: exporting replaces it.</source>
            <translation>{file} уже существует: экспорт заменит его.</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Экспортировать в</translation>
        </message>
        <message>
            <source>{format} (*{extension});;All files (*)</source>
            <translation>{format} (*{extension});;Все файлы (*)</translation>
        </message>
        <message>
            <source>It has none of your notes yet: the export is the plain briefing.</source>
            <translation>В нём пока нет ваших заметок: будет экспортирован обзор без пометок.</translation>
        </message>
        <message numerus="yes">
            <source>Your %n note(s) will be shown in it.</source>
            <translation>
                <numerusform>В нём будет показана ваша %n заметка.</numerusform>
                <numerusform>В нём будут показаны ваши %n заметки.</numerusform>
                <numerusform>В нём будут показаны ваши %n заметок.</numerusform>
            </translation>
        </message>
        <message>
            <source>No notes in this scope: choose another.</source>
            <translation>В этой выборке нет заметок: выберите другую.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) will be exported.</source>
            <translation>
                <numerusform>Будет экспортирована %n заметка.</numerusform>
                <numerusform>Будут экспортированы %n заметки.</numerusform>
                <numerusform>Будет экспортировано %n заметок.</numerusform>
            </translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Начало…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
    </context>
    <context>
        <name>ExportTasks</name>
        <message>
            <source>Could not remember the export folder: {error}</source>
            <translation>Не удалось запомнить папку экспорта: {error}</translation>
        </message>
        <message>
            <source>Counting the notes</source>
            <translation>Подсчёт заметок</translation>
        </message>
        <message>
            <source>The export</source>
            <translation>Экспорт</translation>
        </message>
    </context>
    <context>
        <name>Groups</name>
        <message>
            <source>Needs attention</source>
            <translation>Требуют внимания</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>In the briefing</source>
            <extracomment>Which group each kind of hit goes in, in display order.</extracomment>
            <translation>В обзоре</translation>
        </message>
        <message>
            <source>In your notes</source>
            <translation>В ваших заметках</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>language {code}</source>
            <extracomment>Name of the trash folder that holds the replaced edition (to undo the import). How the notes were re-anchored on a new edition; None for a first import. One line each: what the import changed to make the document readable (a section too long to show at once, split into parts), and repairs done on the way.</extracomment>
            <translation>язык {code}</translation>
        </message>
        <message>
            <source>Imported {title} as {id}, edition {edition}: {sections}, {paragraphs} ({format}, {encoding}, {language}).</source>
            <translation>Импортирован {title} как {id}, издание {edition}: {sections}, {paragraphs} ({format}, {encoding}, {language}).</translation>
        </message>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n раздел</numerusform>
                <numerusform>%n раздела</numerusform>
                <numerusform>%n разделов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paragraph(s)</source>
            <translation>
                <numerusform>%n абзац</numerusform>
                <numerusform>%n абзаца</numerusform>
                <numerusform>%n абзацев</numerusform>
            </translation>
        </message>
        <message>
            <source>It replaces edition {edition}, which is kept in the trash ({hint}).</source>
            <translation>Оно заменяет издание {edition}, которое сохранено в корзине ({hint}).</translation>
        </message>
        <message>
            <source>It replaces edition {edition}, which is kept in the trash.</source>
            <translation>Оно заменяет издание {edition}, которое сохранено в корзине.</translation>
        </message>
        <message>
            <source>You have no notes on this briefing yet.</source>
            <translation>У вас пока нет заметок к этому обзору.</translation>
        </message>
        <message>
            <source>Your notes: {stayed} stayed, {moved} moved, {orphaned} orphaned ({hint}).</source>
            <translation>Ваши заметки: на месте — {stayed}, перемещены — {moved}, потеряли место — {orphaned} ({hint}).</translation>
        </message>
        <message>
            <source>Your notes: {stayed} stayed, {moved} moved, {orphaned} orphaned.</source>
            <translation>Ваши заметки: на месте — {stayed}, перемещены — {moved}, потеряли место — {orphaned}.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import as New Edition</source>
            <translation>Импорт нового издания</translation>
        </message>
        <message>
            <source>New edition of</source>
            <translation>Новое издание обзора</translation>
        </message>
        <message>
            <source>{title} (edition {edition})</source>
            <translation>{title} (издание {edition})</translation>
        </message>
        <message>
            <source>New edition &amp;of:</source>
            <translation>Новое издание &amp;обзора:</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Файл для импорта</translation>
        </message>
        <message>
            <source>Reports (*.md *.markdown *.html *.htm *.txt *.pdf *.docx *.epub);;All files (*)</source>
            <translation>Доклады (*.md *.markdown *.html *.htm *.txt *.pdf *.docx *.epub);;Все файлы (*)</translation>
        </message>
        <message>
            <source>A .md, .html, .txt, .pdf, .docx or .epub file</source>
            <translation>Файл .md, .html, .txt, .pdf, .docx или .epub</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Выбрать файл для импорта</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>From the first heading</source>
            <translation>Из первого заголовка</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Заголовок:</translation>
        </message>
        <message>
            <source>Briefing id</source>
            <translation>Идентификатор обзора</translation>
        </message>
        <message>
            <source>From the title</source>
            <translation>Из заголовка</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>&amp;Идентификатор:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Определить</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Ход импорта</translation>
        </message>
        <message>
            <source>Import problem</source>
            <translation>Проблема импорта</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>Import a Report</source>
            <translation>Импорт доклада</translation>
        </message>
        <message>
            <source>That password does not open %1. Try again:</source>
            <translation>Этот пароль не открывает %1. Попробуйте ещё раз:</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Enter it to import the file:</source>
            <translation>Файл %1 защищён паролем. Введите пароль, чтобы импортировать файл:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
    </context>
    <context>
        <name>ImportTasks</name>
        <message>
            <source>English</source>
            <extracomment>A document's language as the interface names it (translated where shown).</extracomment>
            <translation>английский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>русский</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>казахский</translation>
        </message>
        <message>
            <source>see Needs attention in Notes</source>
            <extracomment>A protected PDF's password, when the user gave one (never shown or logged). The file is a PDF protected by a password (``error`` says so): ask for it, retry.</extracomment>
            <translation>см. «Требуют внимания» в заметках</translation>
        </message>
        <message>
            <source>The import</source>
            <extracomment>Set from the GUI thread to stop the running import while it reads its file.</extracomment>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Saving… waiting for the import to finish</source>
            <translation>Сохранение… ждём окончания импорта</translation>
        </message>
        <message>
            <source>Removing the briefing</source>
            <translation>Удаление обзора</translation>
        </message>
        <message>
            <source>Saving… waiting for the briefing to be removed</source>
            <translation>Сохранение… ждём, пока брифинг будет удалён</translation>
        </message>
        <message>
            <source>Restoring the briefing</source>
            <translation>Восстановление обзора</translation>
        </message>
        <message>
            <source>Saving… waiting for the briefing to be restored</source>
            <translation>Сохранение… ждём, пока брифинг будет восстановлен</translation>
        </message>
    </context>
    <context>
        <name>LabelDelegate</name>
        <message>
            <source>Bookmark label</source>
            <translation>Название закладки</translation>
        </message>
        <message>
            <source>Type a label and press Enter; Esc keeps the label as it is</source>
            <translation>Введите название и нажмите Enter; Esc оставляет название как есть</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>stopped: the notes are being locked</source>
            <translation>остановлено: заметки блокируются</translation>
        </message>
        <message>
            <source>your notes are locked; unlock them with File &gt; Unlock</source>
            <extracomment>Why the data folder cannot be written ("" when it can): then nothing is written, and every change is refused (kzbrief.core.readonly). Asked for the passphrase when personal data is first needed (the CLI reads a file or the terminal); the vault holds the key once unlocked. A window on a locked folder (browse_locked): the public briefings, read-only. Called when everything personal is forgotten (lock, unlock, a switch of protection). Called once each time the notes database is opened (outside the state lock). Set while long work must stop (the lock, the panic key: issue 16).</extracomment>
            <translation>ваши заметки заблокированы; разблокируйте их через «Файл &gt; Разблокировать»</translation>
        </message>
        <message>
            <source>Skipped a damaged briefing: {error}</source>
            <extracomment>Reading-state key (+ briefing id) of the sections a new edition gave another id. A "no such section" message names at most this many of the briefing's sections. What a briefing folder's files were when read: (inode, size, modification time) of each. The files a briefing is read from (its text, its editorial notes, its rendered sections). The imported briefings last read, by folder, with their folder's stamp then: one whose files are as they were is not read again (an import into a library of a hundred briefings read all of them again: a third of its time). Counts the times the briefings were read again or one of them refreshed.</extracomment>
            <translation>Пропущен повреждённый обзор: {error}</translation>
        </message>
        <message>
            <source>This library is read-only and {reason}: searching a copy built in memory, which is not saved.</source>
            <extracomment>A window shows this library (:meth:`beside_a_window`). A new bundled edition was taken up: the rebuild that follows is expected, not a repair to report. ((briefings' generation, notes' stamp), the fingerprint they give).</extracomment>
            <translation>Эта библиотека доступна только для чтения, и {reason}: поиск идёт по копии в памяти, которая не сохраняется.</translation>
        </message>
        <message>
            <source>Rebuilt the search index: {reason}.</source>
            <translation>Поисковый индекс пересоздан: {reason}.</translation>
        </message>
        <message>
            <source>Your notes are locked: only the bundled briefings were searched.</source>
            <translation>Ваши заметки заблокированы: поиск шёл только по встроенным обзорам.</translation>
        </message>
        <message>
            <source>The search index will be rebuilt: {error}</source>
            <translation>Поисковый индекс будет перестроен: {error}</translation>
        </message>
        <message>
            <source>The search index will be rebuilt on the next search ({error}).</source>
            <translation>Поисковый индекс будет перестроен при следующем поиске ({error}).</translation>
        </message>
        <message>
            <source>Finished importing {briefing}, which was interrupted.</source>
            <translation>Импорт {briefing}, который был прерван, завершён.</translation>
        </message>
        <message>
            <source>The notes database was damaged ({problem}). It is kept at {kept}; restored the automatic backup {backup}.</source>
            <translation>База заметок была повреждена ({problem}). Она сохранена в {kept}; восстановлена автоматическая резервная копия {backup}.</translation>
        </message>
        <message>
            <source>The notes database was damaged ({problem}) and no good backup was found. It is kept at {kept}; started a new, empty database.</source>
            <translation>База заметок была повреждена ({problem}), и исправной резервной копии не нашлось. Она сохранена в {kept}; начата новая, пустая база.</translation>
        </message>
    </context>
    <context>
        <name>LibraryController</name>
        <message>
            <source>Could not read the library: {error}</source>
            <translation>Не удалось прочитать библиотеку: {error}</translation>
        </message>
        <message>
            <source>kzbrief keeps no earlier edition of the briefings shown.</source>
            <translation>kzbrief не хранит прежних изданий показанных обзоров.</translation>
        </message>
        <message>
            <source>Importing {files}…</source>
            <translation>Импорт: {files}…</translation>
        </message>
        <message>
            <source>Could not import {file}: {error}</source>
            <translation>Не удалось импортировать {file}: {error}</translation>
        </message>
        <message>
            <source>Show Notes</source>
            <translation>Показать заметки</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Edition {edition}</source>
            <translation>Издание {edition}</translation>
        </message>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n раздел</numerusform>
                <numerusform>%n раздела</numerusform>
                <numerusform>%n разделов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n заметка</numerusform>
                <numerusform>%n заметки</numerusform>
                <numerusform>%n заметок</numerusform>
            </translation>
        </message>
        <message>
            <source>Comes with kzbrief (cannot be removed)</source>
            <translation>Поставляется с kzbrief (удалить нельзя)</translation>
        </message>
        <message>
            <source>Imported from {file}</source>
            <translation>Импортирован из {file}</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Импортирован из файла</translation>
        </message>
        <message>
            <source>{origin}; id {id}</source>
            <translation>{origin}; идентификатор {id}</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Библиотека</translation>
        </message>
        <message>
            <source>The briefings in your library; Enter opens one, Delete removes an imported one</source>
            <translation>Обзоры вашей библиотеки; Enter открывает, Delete удаляет импортированный</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Import a report</source>
            <translation>Импортировать доклад</translation>
        </message>
        <message>
            <source>New Edition…</source>
            <translation>Новое издание…</translation>
        </message>
        <message>
            <source>Import a new edition of the chosen briefing</source>
            <translation>Импортировать новое издание выбранного обзора</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Remove the chosen briefing (your notes on it are kept)</source>
            <translation>Удалить выбранный обзор (ваши заметки к нему сохранятся)</translation>
        </message>
        <message>
            <source>This briefing comes with kzbrief and cannot be removed</source>
            <translation>Этот обзор поставляется с kzbrief, его нельзя удалить</translation>
        </message>
        <message>
            <source>Remove the chosen briefing (your notes on it are kept; Ctrl+Z undoes)</source>
            <translation>Удалить выбранный обзор (ваши заметки к нему сохранятся; Ctrl+Z отменяет)</translation>
        </message>
    </context>
    <context>
        <name>LibraryTasks</name>
        <message>
            <source>Saving… waiting for the search index to be built</source>
            <translation>Сохранение… ждём, пока будет построен поисковый индекс</translation>
        </message>
        <message>
            <source>Opening the search index</source>
            <translation>Открытие поискового индекса</translation>
        </message>
        <message>
            <source>The search</source>
            <translation>Поиск</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{title} panel</source>
            <extracomment>Actions whose handlers :meth:`WindowBuilding.build_rest` connects (they act on the panels it builds): pressed sooner, they build the panels first, then run.</extracomment>
            <translation>Панель «{title}»</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <source>Search</source>
            <comment>panel title</comment>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>Закладки</translation>
        </message>
        <message>
            <source>Editorial</source>
            <comment>panel of key facts and tags</comment>
            <translation>Редакция</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>panel with the note being written</comment>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Библиотека</translation>
        </message>
        <message>
            <source>The interface will be in {language} when kzbrief starts again.</source>
            <translation>Язык интерфейса — {language} — будет применён при следующем запуске kzbrief.</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Панель инструментов</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Отменить: {what}</translation>
        </message>
        <message>
            <source>&amp;Redo {what}</source>
            <translation>&amp;Повторить: {what}</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>{title} — kzbrief</source>
            <translation>{title} — kzbrief</translation>
        </message>
        <message>
            <source>Could not read where you left off: {error}</source>
            <translation>Не удалось прочитать, где вы остановились: {error}</translation>
        </message>
        <message>
            <source>Could not save the reading position: {error}</source>
            <translation>Не удалось сохранить место чтения: {error}</translation>
        </message>
        <message>
            <source>No search matches in this section.</source>
            <translation>В этом разделе нет совпадений.</translation>
        </message>
        <message>
            <source>No match to show in the text of this section.</source>
            <translation>В тексте этого раздела нечего показать.</translation>
        </message>
        <message>
            <source>Match {n} of {total} — F3 for the next, Shift+F3 for the previous</source>
            <translation>Совпадение {n} из {total} — F3: следующее, Shift+F3: предыдущее</translation>
        </message>
        <message>
            <source>Search is unavailable: {error}</source>
            <translation>Поиск недоступен: {error}</translation>
        </message>
        <message>
            <source>(this section is no longer in the library)</source>
            <translation>(этого раздела больше нет в библиотеке)</translation>
        </message>
        <message>
            <source>{where} · added {date}</source>
            <translation>{where} · добавлена {date}</translation>
        </message>
        <message>
            <source>Could not read the bookmarks: {error}</source>
            <translation>Не удалось прочитать закладки: {error}</translation>
        </message>
        <message>
            <source>Open a section to bookmark a place in it.</source>
            <translation>Откройте раздел, чтобы поставить в нём закладку.</translation>
        </message>
        <message>
            <source>Bookmarked. Type a label and press Enter, or leave it as it is.</source>
            <translation>Закладка добавлена. Введите подпись и нажмите Enter или оставьте как есть.</translation>
        </message>
        <message>
            <source>Cannot open the bookmark “{label}”: its section is no longer in the library.</source>
            <translation>Не удалось открыть закладку «{label}»: её раздела больше нет в библиотеке.</translation>
        </message>
        <message>
            <source>Deleted the bookmark “{label}”. Ctrl+Z brings it back.</source>
            <translation>Закладка «{label}» удалена. Ctrl+Z вернёт её.</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written or changed.</source>
            <extracomment>Whether this completes the early window (kzbrief.gui.startpage): its docks are in place already; its page, menu titles, toolbar and status bar are stand-ins. The index terms of the query in the search field, marked in the text. F3 (+1) or Shift+F3 (-1) pressed while the query's results were on their way.</extracomment>
            <translation>Экспорт отменён: ни один файл не записан и не изменён.</translation>
        </message>
        <message>
            <source>Could not read your tags: {error}</source>
            <translation>Не удалось прочитать ваши теги: {error}</translation>
        </message>
        <message>
            <source>Exported the annotated briefing to {path}.</source>
            <translation>Обзор с пометками экспортирован в {path}.</translation>
        </message>
        <message>
            <source>Exported {notes} to {path}.</source>
            <translation>Экспортировано в {path}: {notes}.</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <source>Updated with changes made outside this window.</source>
            <translation>Обновлено с учётом изменений, сделанных вне этого окна.</translation>
        </message>
        <message>
            <source>Text size {percent}%</source>
            <translation>Размер текста {percent}%</translation>
        </message>
        <message>
            <source>Undid: {what}</source>
            <translation>Отменено: {what}</translation>
        </message>
        <message>
            <source>Redid: {what}</source>
            <translation>Повторено: {what}</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseDialog</name>
        <message>
            <source>Choose a Passphrase</source>
            <translation>Выберите парольную фразу</translation>
        </message>
        <message>
            <source>If you lose both the passphrase and the recovery key, your notes cannot be recovered by anyone.</source>
            <translation>Если вы потеряете и парольную фразу, и ключ восстановления, ваши заметки не сможет восстановить никто.</translation>
        </message>
        <message>
            <source>Current passphrase:</source>
            <translation>Текущая парольная фраза:</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>Новая парольная фраза:</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>Ещё раз:</translation>
        </message>
        <message numerus="yes">
            <source>A passphrase needs at least %n characters.</source>
            <translation>
                <numerusform>Парольная фраза должна содержать не меньше %n символа.</numerusform>
                <numerusform>Парольная фраза должна содержать не меньше %n символов.</numerusform>
                <numerusform>Парольная фраза должна содержать не меньше %n символов.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Парольные фразы не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>moved: re-found after the text changed</source>
            <translation>перемещена: найдена заново после изменения текста</translation>
        </message>
        <message>
            <source>needs attention: not found in the current text</source>
            <translation>требует внимания: не найдена в текущем тексте</translation>
        </message>
        <message>
            <source>No note chosen.
Select text in the reader and press Ctrl+H to highlight it, or Ctrl+Shift+N to write a note on it. Click a highlight to edit its note.</source>
            <extracomment>note id, tags as typed, the tags before this edit began (for one undo step) The note's tags when the user began typing in the Tags field (None: not typing).</extracomment>
            <translation>Заметка не выбрана.
Выделите текст в окне чтения и нажмите Ctrl+H, чтобы выделить его цветом, или Ctrl+Shift+N, чтобы написать к нему заметку. Нажмите на выделение, чтобы изменить его заметку.</translation>
        </message>
        <message>
            <source>Highlighted passage</source>
            <translation>Выделенный фрагмент</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>Цвет:</translation>
        </message>
        <message>
            <source>Highlight colour: {colour} (Ctrl+Z undoes)</source>
            <translation>Цвет выделения: {colour} (Ctrl+Z отменяет)</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Теги через запятую</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Markdown; saved as you type</source>
            <translation>Markdown; сохраняется по мере ввода</translation>
        </message>
        <message>
            <source>Write a note (Markdown). It is saved as you type.</source>
            <translation>Напишите заметку (Markdown). Она сохраняется по мере ввода.</translation>
        </message>
        <message>
            <source>Save state</source>
            <translation>Состояние сохранения</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete this highlight and its note (Ctrl+Z undoes)</source>
            <translation>Удалить это выделение и его заметку (Ctrl+Z отменяет)</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
    </context>
    <context>
        <name>NotesController</name>
        <message>
            <source>Could not read the notes: {error}</source>
            <extracomment>The page colour of each of annotations.COLOURS (a test checks that none is missing). A swatch's border: 4.2:1 or more against the light window (the fill is 9.5:1 or more against the dark one).</extracomment>
            <translation>Не удалось прочитать заметки: {error}</translation>
        </message>
        <message>
            <source>{section} (no longer in the library)</source>
            <translation>{section} (больше нет в библиотеке)</translation>
        </message>
        <message>
            <source>Cannot open the note: {error}</source>
            <translation>Не удалось открыть заметку: {error}</translation>
        </message>
        <message>
            <source>This note's passage is not in the current text. Select where it belongs and choose Notes &gt; Re-attach Note Here.</source>
            <translation>Фрагмента этой заметки нет в текущем тексте. Выделите место, где он должен быть, и выберите «Заметки &gt; Привязать заметку сюда».</translation>
        </message>
        <message>
            <source>Choose a note first: click a highlight, or one in the Notes panel.</source>
            <translation>Сначала выберите заметку: нажмите на выделение или на заметку в панели «Заметки».</translation>
        </message>
        <message>
            <source>Select some text in the reader first, then highlight it.</source>
            <translation>Сначала выделите текст в окне чтения, затем выделите его цветом.</translation>
        </message>
        <message>
            <source>Select some words to highlight, not only space.</source>
            <translation>Выделите слова, а не только пробелы.</translation>
        </message>
        <message>
            <source>Highlighted. Write your note; it is saved as you type.</source>
            <translation>Выделено. Напишите заметку — она сохраняется по мере ввода.</translation>
        </message>
        <message>
            <source>Highlighted. Click it or press Enter on it to write a note; Ctrl+Z undoes.</source>
            <translation>Выделено. Щёлкните по выделению или нажмите на нём Enter, чтобы написать заметку; Ctrl+Z отменяет.</translation>
        </message>
        <message>
            <source>Deleted the note on “{quote}”. Ctrl+Z brings it back.</source>
            <translation>Заметка к «{quote}» удалена. Ctrl+Z вернёт её.</translation>
        </message>
        <message>
            <source>Choose a note to delete: click a highlight, or one in the Notes panel.</source>
            <translation>Выберите заметку для удаления: нажмите на выделение или на заметку в панели «Заметки».</translation>
        </message>
        <message>
            <source>Choose the note to re-attach first, under Needs attention in Notes.</source>
            <translation>Сначала выберите заметку для привязки в группе «Требуют внимания» в панели «Заметки».</translation>
        </message>
        <message>
            <source>Select the passage to attach the note to, then choose Re-attach.</source>
            <translation>Выделите фрагмент, к которому привязать заметку, затем выберите «Привязать».</translation>
        </message>
        <message>
            <source>A note can only be re-attached within its own briefing.</source>
            <translation>Заметку можно привязать только внутри её собственного обзора.</translation>
        </message>
        <message>
            <source>Re-attached the note here. Ctrl+Z undoes.</source>
            <translation>Заметка привязана сюда. Ctrl+Z отменяет.</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Сохранено</translation>
        </message>
        <message>
            <source>Could not save the note: {error}</source>
            <translation>Не удалось сохранить заметку: {error}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <source>These notes' passages are not in the current text. Choose one, select its new passage in the reader and choose Notes &gt; Re-attach Note Here.</source>
            <extracomment>Describes where a note is, for its second line ("Religion · #tag · 2024-05-01").</extracomment>
            <translation>Фрагментов этих заметок нет в текущем тексте. Выберите заметку, выделите её новый фрагмент в окне чтения и выберите «Заметки &gt; Привязать заметку сюда».</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Reading order</source>
            <translation>По порядку чтения</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Сначала новые</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>Недавно изменённые</translation>
        </message>
        <message>
            <source>Filter notes</source>
            <translation>Фильтр заметок</translation>
        </message>
        <message>
            <source>Filter notes by their words or tags</source>
            <translation>Фильтровать заметки по словам или тегам</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <source>Any colour</source>
            <translation>Любой цвет</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Тег</translation>
        </message>
        <message>
            <source>Briefing or section</source>
            <translation>Обзор или раздел</translation>
        </message>
        <message>
            <source>Sort</source>
            <translation>Сортировка</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Enter jumps to a note's passage; Delete deletes it</source>
            <translation>Enter — перейти к фрагменту заметки; Delete — удалить её</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Любой тег</translation>
        </message>
        <message>
            <source>All briefings</source>
            <translation>Все обзоры</translation>
        </message>
        <message>
            <source>No notes match these filters.</source>
            <translation>Нет заметок, подходящих под эти фильтры.</translation>
        </message>
        <message>
            <source>No notes yet.
Select text in the reader and press Ctrl+H to highlight it, or Ctrl+Shift+N to write a note on it.</source>
            <translation>Заметок пока нет.
Выделите текст в окне чтения и нажмите Ctrl+H, чтобы выделить его цветом, или Ctrl+Shift+N, чтобы написать к нему заметку.</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Could not redo “{what}”: {error}</source>
            <translation>Не удалось повторить «{what}»: {error}</translation>
        </message>
        <message>
            <source>Could not undo “{what}”: {error}</source>
            <translation>Не удалось отменить «{what}»: {error}</translation>
        </message>
        <message>
            <source>Could not add the bookmark: {error}</source>
            <translation>Не удалось добавить закладку: {error}</translation>
        </message>
        <message>
            <source>Add Bookmark “{label}”</source>
            <translation>Добавление закладки «{label}»</translation>
        </message>
        <message>
            <source>Could not rename the bookmark: {error}</source>
            <translation>Не удалось переименовать закладку: {error}</translation>
        </message>
        <message>
            <source>Rename Bookmark “{label}”</source>
            <translation>Переименование закладки «{label}»</translation>
        </message>
        <message>
            <source>Could not delete the bookmark: {error}</source>
            <translation>Не удалось удалить закладку: {error}</translation>
        </message>
        <message>
            <source>Delete Bookmark “{label}”</source>
            <translation>Удаление закладки «{label}»</translation>
        </message>
        <message>
            <source>Could not highlight the passage: {error}</source>
            <translation>Не удалось выделить фрагмент: {error}</translation>
        </message>
        <message>
            <source>Highlight “{quote}”</source>
            <translation>Выделение «{quote}»</translation>
        </message>
        <message>
            <source>Could not change the note: {error}</source>
            <translation>Не удалось изменить заметку: {error}</translation>
        </message>
        <message>
            <source>Change Colour of “{quote}”</source>
            <translation>Смена цвета «{quote}»</translation>
        </message>
        <message>
            <source>Change Tags of “{quote}”</source>
            <translation>Смена тегов «{quote}»</translation>
        </message>
        <message>
            <source>Could not re-attach the note: {error}</source>
            <translation>Не удалось привязать заметку: {error}</translation>
        </message>
        <message>
            <source>Re-attach “{quote}”</source>
            <translation>Привязка «{quote}»</translation>
        </message>
        <message>
            <source>Could not delete the note: {error}</source>
            <translation>Не удалось удалить заметку: {error}</translation>
        </message>
        <message>
            <source>Delete Note “{quote}”</source>
            <translation>Удаление заметки «{quote}»</translation>
        </message>
        <message>
            <source>Remove Briefing “{title}”</source>
            <translation>Удаление обзора «{title}»</translation>
        </message>
        <message>
            <source>Removed “{title}”. Your notes on it are kept; Ctrl+Z brings it back.</source>
            <translation>Обзор «{title}» удалён. Ваши заметки к нему сохранены; Ctrl+Z вернёт его.</translation>
        </message>
        <message>
            <source>Restored “{title}” (edition {edition}).</source>
            <translation>Обзор «{title}» восстановлен (издание {edition}).</translation>
        </message>
    </context>
    <context>
        <name>Panes</name>
        <message>
            <source>{pane} pane</source>
            <extracomment>Keys a text field keeps even where the window has a shortcut on them: they edit text.</extracomment>
            <translation>Область «{pane}»</translation>
        </message>
        <message>
            <source>&amp;Dock in the Window</source>
            <translation>&amp;Вернуть в окно</translation>
        </message>
        <message>
            <source>&amp;Float</source>
            <translation>&amp;Открепить</translation>
        </message>
        <message>
            <source>Move to the &amp;Left</source>
            <translation>Переместить &amp;влево</translation>
        </message>
        <message>
            <source>Move to the &amp;Right</source>
            <translation>Переместить в&amp;право</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Показать</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <source>{panel} closed</source>
            <translation>Панель «{panel}» закрыта</translation>
        </message>
        <message>
            <source>{panel} floats in a window of its own</source>
            <translation>Панель «{panel}» открыта в отдельном окне</translation>
        </message>
        <message>
            <source>{panel} is back in the window</source>
            <translation>Панель «{panel}» снова в окне</translation>
        </message>
        <message>
            <source>{panel} moved to the left</source>
            <translation>Панель «{panel}» перемещена влево</translation>
        </message>
        <message>
            <source>{panel} moved to the right</source>
            <translation>Панель «{panel}» перемещена вправо</translation>
        </message>
        <message>
            <source>{panel} shown</source>
            <translation>Панель «{panel}» показана</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Панели</translation>
        </message>
    </context>
    <context>
        <name>ProtectionDialog</name>
        <message>
            <source>Protection</source>
            <translation>Защита</translation>
        </message>
        <message>
            <source>&amp;Encrypt my notes, bookmarks and imported briefings</source>
            <translation>&amp;Шифровать мои заметки, закладки и импортированные обзоры</translation>
        </message>
        <message>
            <source>&amp;Change Passphrase…</source>
            <translation>&amp;Сменить парольную фразу…</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Lock after this much idle time:</source>
            <translation>Блокировать после бездействия:</translation>
        </message>
        <message>
            <source>Your Recovery Key</source>
            <translation>Ваш ключ восстановления</translation>
        </message>
        <message>
            <source>Protection is on. Write this recovery key down and keep it apart from this computer; it is shown only now and unlocks like the passphrase:

%1</source>
            <translation>Защита включена. Запишите этот ключ восстановления и храните его отдельно от этого компьютера; он показывается только сейчас и открывает заметки так же, как парольная фраза:

%1</translation>
        </message>
        <message>
            <source>Passphrase changed.</source>
            <translation>Парольная фраза изменена.</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>p. %1</source>
            <translation>с. %1</translation>
        </message>
        <message>
            <source>yellow</source>
            <extracomment>The highlight colours as a screen reader says them.</extracomment>
            <translation>жёлтый</translation>
        </message>
        <message>
            <source>green</source>
            <translation>зелёный</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>синий</translation>
        </message>
        <message>
            <source>pink</source>
            <translation>розовый</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>фиолетовый</translation>
        </message>
        <message>
            <source>highlighted in {colour}</source>
            <translation>выделено, цвет: {colour}</translation>
        </message>
        <message>
            <source>highlighted</source>
            <translation>выделено</translation>
        </message>
        <message>
            <source>search match {n} of {total}</source>
            <translation>совпадение {n} из {total}</translation>
        </message>
        <message>
            <source>search match</source>
            <translation>совпадение с поиском</translation>
        </message>
    </context>
    <context>
        <name>ReaderStatusBar</name>
        <message>
            <source>Building the search index…</source>
            <translation>Создание поискового индекса…</translation>
        </message>
        <message>
            <source>Search index progress</source>
            <extracomment>QStatusBar's margins around a message, and the spacing of its permanent widgets (px).</extracomment>
            <translation>Ход создания поискового индекса</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Издание</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Раздел</translation>
        </message>
        <message>
            <source>This library is read-only: {reason}. You can read, search and export; changes are not saved.</source>
            <extracomment>The button of an offer ("Open Folder"), shown while its message is.</extracomment>
            <translation>Эта библиотека доступна только для чтения: {reason}. Можно читать, искать и экспортировать; изменения не сохраняются.</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Только чтение</translation>
        </message>
        <message>
            <source>Edition {edition} · {date}</source>
            <translation>Издание {edition} · {date}</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Обложка</translation>
        </message>
        <message numerus="yes">
            <source>Building the search index: %n document(s)</source>
            <translation>
                <numerusform>Создание поискового индекса: %n документ</numerusform>
                <numerusform>Создание поискового индекса: %n документа</numerusform>
                <numerusform>Создание поискового индекса: %n документов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Reader</source>
            <extracomment>(start, end, style): a span of ``Section.text`` and how to draw it (see theme.mark_format). Layers are drawn in this order; a layer not named here is drawn first. A click (no drag, no link) on the text, at this ``Section.text`` offset. The context menu is about to show, for this offset (-1 on a cover): add to it.</extracomment>
            <translation>Окно чтения</translation>
        </message>
        <message>
            <source>The text of the current section</source>
            <translation>Текст текущего раздела</translation>
        </message>
        <message>
            <source>Section {n} of {total}</source>
            <extracomment>Where the view should be, until it could scroll there (layout not done, window not shown, text shorter than the view) or the user scrolled elsewhere. (Section.text offset, page label) where a new page starts (paged documents).</extracomment>
            <translation>Раздел {n} из {total}</translation>
        </message>
        <message numerus="yes">
            <source>%n min read</source>
            <translation>
                <numerusform>%n мин чтения</numerusform>
                <numerusform>%n мин чтения</numerusform>
                <numerusform>%n мин чтения</numerusform>
            </translation>
        </message>
        <message>
            <source>This section has no text of its own.</source>
            <translation>У этого раздела нет собственного текста.</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more section(s), listed in the Contents panel (Ctrl+1).</source>
            <extracomment>Sections a cover lists at most.</extracomment>
            <translation>
                <numerusform>…и ещё %n раздел — все они в панели «Содержание» (Ctrl+1).</numerusform>
                <numerusform>…и ещё %n раздела — все они в панели «Содержание» (Ctrl+1).</numerusform>
                <numerusform>…и ещё %n разделов — все они в панели «Содержание» (Ctrl+1).</numerusform>
            </translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Edition {edition} · {date}</source>
            <translation>Издание {edition} · {date}</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>Saving your change</source>
            <extracomment>Progress from the worker reaches the window at most this often: each report is a queued event and a redraw of the status bar, and a long import made 800 of them (issue 18). The ticket running now (set on the worker thread; for close_now).</extracomment>
            <translation>Сохранение изменения</translation>
        </message>
        <message>
            <source>Saving… waiting for the library to be free</source>
            <translation>Сохранение… ждём, пока библиотека освободится</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Control characters in the query were ignored.</source>
            <extracomment>Quoted ("accountability"): only the word as written matches (case and accents aside), not other words with its stem, nor other spellings of a name. A word, for the query and for the index (kzbrief.core.analysis uses it too). It may carry combining marks (U+0300-U+036F) after its letters: "вы́боры" is one word.</extracomment>
            <translation>Управляющие символы в запросе пропущены.</translation>
        </message>
        <message>
            <source>Only the words in the first {count} characters of the query were searched.</source>
            <translation>Искались только слова из первых {count} символов запроса.</translation>
        </message>
        <message>
            <source>unbalanced parenthesis</source>
            <translation>непарная скобка</translation>
        </message>
        <message>
            <source>unexpected text</source>
            <translation>лишний текст</translation>
        </message>
        <message>
            <source>AND needs a term before it</source>
            <translation>перед AND нужно слово</translation>
        </message>
        <message>
            <source>an operator is missing a term</source>
            <translation>оператору не хватает слова</translation>
        </message>
        <message>
            <source>NOT needs a term after it</source>
            <translation>после NOT нужно слово</translation>
        </message>
        <message>
            <source>parentheses nested too deeply</source>
            <translation>скобки вложены слишком глубоко</translation>
        </message>
        <message>
            <source>unbalanced quote</source>
            <translation>непарная кавычка</translation>
        </message>
        <message>
            <source>{field}: needs a value</source>
            <translation>{field}: нужно значение</translation>
        </message>
        <message>
            <source>a field needs a value</source>
            <translation>у поля должно быть значение</translation>
        </message>
        <message>
            <source>empty phrase</source>
            <translation>пустая фраза</translation>
        </message>
        <message>
            <source>more than {count} terms</source>
            <translation>больше {count} слов в запросе</translation>
        </message>
        <message>
            <source>{term} is not a word</source>
            <translation>{term} — не слово</translation>
        </message>
        <message>
            <source>{term} has no letters</source>
            <translation>в {term} нет букв</translation>
        </message>
        <message>
            <source>The query could not be read as written ({error}); searched as plain words.</source>
            <translation>Запрос не удалось прочитать как написано ({error}); поиск выполнен по простым словам.</translation>
        </message>
        <message>
            <source>The query is nested too deeply; searched as plain words.</source>
            <translation>Слишком глубокая вложенность запроса; поиск выполнен по простым словам.</translation>
        </message>
        <message>
            <source>The query holds only very common words; nothing to search for.</source>
            <extracomment>A search that finds at most this many documents offers "did you mean" suggestions. An exact word counts this much more than a word that only shares its stem, so that "accountability" ranks above "accounts". A query word matches at most this many keyed names (its spellings and case forms). A Cyrillic query word is taken as a name (and not stemmed: Токаев is not "тока") when at least this share of the documents with the word have it capitalised. Per index reader: what each query word looks for (a query asks twice: to search, to mark).</extracomment>
            <translation>В запросе только очень частые слова; искать нечего.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Words, "phrases", OR, -word, prefix*, fuzzy~, tag:… Results appear as you type</source>
            <translation>Слова, "фразы", OR, -слово, префикс*, нечётко~, tag:… Результаты появляются по мере ввода</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Поиск по библиотеке</translation>
        </message>
        <message>
            <source>Search now</source>
            <translation>Искать сейчас</translation>
        </message>
        <message>
            <source>Search for what the field holds at once</source>
            <translation>Сразу искать то, что введено в поле</translation>
        </message>
        <message>
            <source>Search syntax</source>
            <translation>Синтаксис поиска</translation>
        </message>
        <message>
            <source>How to write a search: phrases, OR, -word, prefix*, tag:…</source>
            <translation>Как составить запрос: фразы, OR, -слово, префикс*, tag:…</translation>
        </message>
        <message>
            <source>Search notice</source>
            <translation>Уведомление поиска</translation>
        </message>
        <message>
            <source>Search summary</source>
            <translation>Итог поиска</translation>
        </message>
        <message>
            <source>Did you mean</source>
            <translation>Возможно, вы искали</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Результаты поиска</translation>
        </message>
        <message>
            <source>Enter opens a result with every match marked</source>
            <translation>Enter открывает результат со всеми отмеченными совпадениями</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Поиск…</translation>
        </message>
        <message>
            <source>No results for “{query}”.</source>
            <translation>По запросу «{query}» ничего не найдено.</translation>
        </message>
        <message numerus="yes">
            <source>about %n result(s)</source>
            <translation>
                <numerusform>около %n результата</numerusform>
                <numerusform>около %n результатов</numerusform>
                <numerusform>около %n результатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n результат</numerusform>
                <numerusform>%n результата</numerusform>
                <numerusform>%n результатов</numerusform>
            </translation>
        </message>
        <message>
            <source>{results}, showing {shown}</source>
            <translation>{results}, показано {shown}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Did you mean: %1?</source>
            <translation>Возможно, вы искали: %1?</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>editorial notes</source>
            <translation>редакционные примечания</translation>
        </message>
        <message>
            <source>your note</source>
            <translation>ваша заметка</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n совпадение</numerusform>
                <numerusform>%n совпадения</numerusform>
                <numerusform>%n совпадений</numerusform>
            </translation>
        </message>
        <message>
            <source>{section} ({kind})</source>
            <translation>{section} ({kind})</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>&amp;Lock</source>
            <extracomment>Milliseconds the last panic took from key to quit (for the record and tests). How the panic key ends the process (tests replace it). The panic key's sequences, caught in any window or dialog (a modal dialog blocks the window's shortcuts).</extracomment>
            <translation>&amp;Заблокировать</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>&amp;Разблокировать…</translation>
        </message>
    </context>
    <context>
        <name>TextDocumentView</name>
        <message>
            <source>Caret browsing on</source>
            <extracomment>A link was activated (click or Enter); named as QTextBrowser's, for the same use. F7 turned caret browsing on (True) or off. Enter where no link is, at this document position (the reader opens a highlight's note). Tab goes from link to link before it leaves (a page of a few links: the help, the editorial panel); in the reader, links are many, and reached with the caret.</extracomment>
            <translation>Курсор в тексте включён</translation>
        </message>
        <message>
            <source>Caret browsing off</source>
            <translation>Курсор в тексте выключен</translation>
        </message>
        <message>
            <source>link: {text}</source>
            <translation>ссылка: {text}</translation>
        </message>
        <message>
            <source>link, Enter follows it</source>
            <translation>ссылка, Enter — перейти</translation>
        </message>
        <message>
            <source>heading level {level}</source>
            <translation>заголовок уровня {level}</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock Your Notes</source>
            <extracomment>Input that counts as "the user is here" for the idle lock. The interpreter's thread switch interval during a panic (the default is 5 ms).</extracomment>
            <translation>Разблокировать заметки</translation>
        </message>
        <message>
            <source>Your notes, bookmarks and imported briefings are encrypted. Type your passphrase (or your recovery key) to open them. The bundled briefing can be read without unlocking.</source>
            <translation>Ваши заметки, закладки и импортированные обзоры зашифрованы. Введите парольную фразу (или ключ восстановления), чтобы открыть их. Встроенный обзор можно читать без разблокировки.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Парольная фраза или ключ восстановления</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Разблокировать</translation>
        </message>
        <message>
            <source>Read the &amp;Public Briefing Only</source>
            <translation>Читать только &amp;открытый обзор</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Разблокировка…</translation>
        </message>
        <message>
            <source>Wrong passphrase or recovery key. Nothing was changed.</source>
            <translation>Неверная парольная фраза или ключ восстановления. Ничего не изменено.</translation>
        </message>
        <message>
            <source>Could not unlock: %1</source>
            <translation>Не удалось разблокировать: %1</translation>
        </message>
    </context>
    <context>
        <name>failures</name>
        <message>
            <source>{action} failed because of an internal error; the details are in {log}.</source>
            <translation>{action}: сбой из-за внутренней ошибки; подробности в {log}.</translation>
        </message>
    </context>
</TS>
